"""Reports and practices on pages of the layer below (the home page)."""

from django import template

from publication.models import PracticeArticlePage, StudyVisitReportPage, cards

register = template.Library()

KINDS = {"reports": StudyVisitReportPage, "practices": PracticeArticlePage}


@register.simple_tag
def latest_cards(kind, locale, limit=3):
    """The newest live "reports" or "practices" of `locale`, with what their cards show, in a
    fixed number of queries."""
    listing = KINDS[kind].objects.listing(locale).order_by("-start_date")
    return cards(listing, locale, limit=limit)
