"""Template tags for the admin templates that partners/ overrides."""

from django import template

from partners.admin_views import shown_title

register = template.Library()


@register.simple_tag(takes_context=True)
def chooser_title(context, page):
    """The page's title as the person choosing may see it (see shown_title)."""
    return shown_title(page, context["request"].user)
