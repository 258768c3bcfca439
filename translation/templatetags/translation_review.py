"""The review of a translation in the admin's templates: the translation editor's review bar and
the comments on its texts in the e-mail that asks the translator for changes."""

from django import template

from translation import review
from translation.views.review import review_bar_context

register = template.Library()


@register.inclusion_tag("translation/includes/review_bar.html", takes_context=True)
def translation_review_bar(context):
    return review_bar_context(context["request"], context["translation"])


@register.simple_tag
def open_review_comments(page):
    """The comments not yet resolved on the translation whose target is `page` (none for a page
    that is not a translation)."""
    translation = review.translation_of_page(page) if page is not None else None
    return review.comments(translation, open_only=True) if translation else []
