"""Presentation helpers for page templates: dates, numbers, map links, programme days, ids."""

import itertools
import uuid
from decimal import Decimal

from django import template
from django.utils import formats, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from wagtail.models import Page

from home.alt_text import alt_text

register = template.Library()

# Django's own English date format is American ("Apr. 12, 2021"); the other languages' long
# formats are right, and Polish and Greek need the genitive month names ("E").
LONG_DATE_FORMATS = {"en": "j F Y", "el": "j E Y"}


@register.filter
def long_date(value):
    """A date written out in the reader's language: 12 April 2021, 12 kwietnia 2021."""
    if not value:
        return ""
    language = (translation.get_language() or "en").split("-")[0]
    return formats.date_format(value, LONG_DATE_FORMATS.get(language, "DATE_FORMAT"))


@register.filter
def when(value, condition):
    """`value` where `condition` holds, else "": a heading's language only where the text under
    it is in another one (`ui_lang|when:chapter.content_lang`)."""
    return value if condition else ""


@register.filter
def localized_number(value, decimals=None):
    """A number with the reader's digit grouping and decimal mark: 1,200 / 1 200 / 1.200."""
    if value is None or value == "":
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return formats.number_format(
        value, decimal_pos=int(decimals), use_l10n=True, force_grouping=True
    )


@register.simple_tag
def osm_url(latitude, longitude, zoom=13):
    """A link to OpenStreetMap centred on a point, with a marker."""
    if latitude is None or longitude is None:
        return ""
    lat, lon = Decimal(latitude).normalize(), Decimal(longitude).normalize()
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={zoom}/{lat}/{lon}"


@register.filter
def coordinate(value, axis):
    """54.352025 with a hemisphere letter: 54.3520° N."""
    if value is None:
        return ""
    value = Decimal(value)
    positive, negative = ("N", "S") if axis == "lat" else ("E", "W")
    hemisphere = positive if value >= 0 else negative
    return f"{formats.number_format(abs(value), decimal_pos=4, use_l10n=True)}° {hemisphere}"


@register.simple_tag
def programme_days(programme):
    """Sessions of a programme StreamField grouped by day, in date and time order.

    Returns [{"date": date, "sessions": [bound blocks]}]."""
    sessions = sorted(
        (block for block in programme if block.value.get("date")),
        key=lambda block: (block.value["date"], block.value.get("start_time") or ""),
    )
    return [
        {"date": date, "sessions": list(group)}
        for date, group in itertools.groupby(sessions, key=lambda block: block.value["date"])
    ]


@register.simple_tag
def dom_id(prefix, block_id=None):
    """An id unique on the page: from the StreamField block's id when there is one."""
    suffix = str(block_id) if block_id else uuid.uuid4().hex[:8]
    return f"{prefix}-{suffix}"


@register.simple_tag
def parent_page(page):
    """The page a page lives under (a report's or practice's city): the one Wagtail's routing
    passed through on its way to the page, else one query (a preview, the PDF)."""
    if page is None or page.depth < 2:
        return None
    # Wagtail's routing keeps each page's parent here, as treebeard's get_parent() does.
    routed_parent = getattr(page, "_cached_parent_obj", None)
    if routed_parent is not None:
        return routed_parent
    return Page.objects.filter(path=page.path[: -page.steplen]).first()


@register.filter
def teaser(page, words=40):
    """The short text a listing shows for any page: its search description, else its summary,
    else its introduction."""
    for attribute in ("search_description", "summary", "intro", "tagline"):
        text = getattr(page, attribute, "")
        if text:
            # Keep words of adjacent paragraphs or headings apart once the tags are gone.
            plain = " ".join(strip_tags(str(text).replace("</", " </")).split())
            return Truncator(plain).words(int(words))
    return ""


@register.filter
def verbose_name(page):
    """The page type as a reader would call it: "Study visit report", "City profile"."""
    return capfirst(type(page)._meta.verbose_name)


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers for a pagination bar, with "…" standing for long runs."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )


@register.filter
def of_type(pages, model_name):
    """The first of already-fetched pages whose model is `model_name` (e.g. "practiceindexpage");
    no query."""
    return next((page for page in pages if page._meta.model_name == model_name), None)


@register.simple_tag
def sharing_image(page):
    """The image a page shows when shared: its social image, else its hero image."""
    return getattr(page, "social_image", None) or getattr(page, "hero_image", None)


@register.simple_tag
def picture_alt(image, own_text=""):
    """A picture's alternative text in the active language (home/alt_text.py): `.text`, and
    `.lang` to mark it with where it is in another language."""
    return alt_text(image, own_text)
