"""What search engines and link previews read about a page: a description of about 160
characters cut at a sentence, and schema.org structured data (JSON-LD).

Each page type says what it is to schema.org through `structured_data()` (home/models.py and
the page types that override it); this module only assembles the graph."""

import json
import re

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

DESCRIPTION_LENGTH = 160
# A sentence that ends this far before the limit still makes a description; a shorter one
# would say too little, and the text is cut at a word instead.
SHORTEST_SENTENCE_CUT = 70
SENTENCE_ENDS = (". ", "! ", "? ", "; ")

DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)


# Closing tags of blocks (paragraphs, headings, list items): their words stay apart once the
# tags are gone; inline tags (bold, links) join their words as written.
BLOCK_END = re.compile(r"</(p|h[1-6]|li|div|blockquote|td|th|dd|dt)>", re.I)


def plain_text(value):
    """Rich or plain text as one line of words."""
    return " ".join(strip_tags(BLOCK_END.sub(" ", str(value or ""))).split())


def cut_description(text, limit=DESCRIPTION_LENGTH):
    """`text` cut at the end of a sentence near `limit` characters, else at a word with an
    ellipsis; shorter text as it is."""
    text = plain_text(text)
    if len(text) <= limit:
        return text
    window = text[: limit + 1]
    end = max(window.rfind(mark) for mark in SENTENCE_ENDS)
    if end >= SHORTEST_SENTENCE_CUT:
        return window[: end + 1]
    return window[: window.rfind(" ", 0, limit)].rstrip(" ,;:–—") + "…"


def page_description(page):
    """The page's search description, else its summary, introduction or tagline, cut."""
    for attribute in ("search_description", "summary", "intro", "tagline"):
        text = plain_text(getattr(page, attribute, ""))
        if text:
            return cut_description(text)
    return ""


def default_image(request):
    """The network's picture for pages without one of their own: (absolute URL, width,
    height, alternative text)."""
    width, height = DEFAULT_IMAGE_SIZE
    return {
        "url": request.build_absolute_uri(static(DEFAULT_IMAGE)),
        "width": width,
        "height": height,
        "alt": _("Welcoming Cities: European cities exchanging how they integrate migrants"),
    }


def network(request, home_url):
    """The network as a schema.org Organization."""
    return {
        "@type": "Organization",
        "@id": f"{home_url}#organization",
        "name": _("Welcoming Cities"),
        "url": home_url,
        "logo": request.build_absolute_uri(static("img/logo.svg")),
        "description": _("European cities exchanging how they integrate migrants"),
    }


def breadcrumb_list(items, current_title, current_url):
    """schema.org BreadcrumbList from the breadcrumbs the page shows, the page itself last."""
    trail = [*items, {"title": current_title, "url": current_url}]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": index, "name": item["title"], "item": item["url"]}
            for index, item in enumerate(trail, start=1)
        ],
    }


def json_ld(graph):
    """A <script type="application/ld+json"> element for `graph`, safe inside HTML."""
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    # "</" would end the script element early; JSON reads "<\/" as "</".
    data = data.replace("</", "<\\/")
    return mark_safe(f'<script type="application/ld+json">{data}</script>')  # noqa: S308
