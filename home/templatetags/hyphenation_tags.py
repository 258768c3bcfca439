from django import template
from django.utils.translation import get_language

from home.hyphenation import soft_hyphens as insert_soft_hyphens

register = template.Library()


@register.filter
def soft_hyphens(text, language=None):
    """Soft hyphens in the long words of `text`, in `language` (the active one by default)."""
    return insert_soft_hyphens(str(text), language or get_language())
