"""Slugs that keep ranges and decimals apart: "12.–14. Mai" becomes "12-14-mai", not "1214-mai",
and "3.5 %" becomes "3-5", not "35". The same rules serve the admin's slug field (Wagtail's
SlugInput runs them in the browser before its own slugify) and the slugs the project makes."""

import re

from django.utils.text import slugify as django_slugify
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput

# (pattern, replacement) pairs, written so that Python's re and JavaScript's RegExp read them
# alike (Wagtail converts them with get_js_regex): a dash of any kind becomes a hyphen, and a
# point, comma, slash or colon between two digits becomes a hyphen, where Django and Wagtail
# would drop them and run the numbers together.
SLUG_FORMATTERS = [
    (r"[\u2010-\u2015\u2212]", "-"),
    (r"(?<=\d)[.,/:](?=\d)", "-"),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in SLUG_FORMATTERS]


def slugify(value, allow_unicode=False):
    """Django's slugify, after the SLUG_FORMATTERS have kept numbers apart."""
    value = str(value)
    for pattern, replacement in _COMPILED:
        value = pattern.sub(replacement, value)
    return django_slugify(value, allow_unicode=allow_unicode)


class SlugFormattersPageForm(WagtailAdminPageForm):
    """A page form whose slug field makes slugs from titles by the rules above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].widget = SlugInput(formatters=SLUG_FORMATTERS)
