"""What a page shows when it is shared (Open Graph, Twitter card) and its canonical URL."""

from django import template
from django.utils.html import format_html
from wagtail.images.models import SourceImageIOError

from home import seo
from home.templatetags.content_tags import sharing_image
from home.templatetags.navigation_tags import (
    _memoize,
    breadcrumb_items,
    current_page,
    home_page,
    page_languages,
)

register = template.Library()

# Open Graph names a locale with its country ("pl_PL"); each language's most usual one.
OG_LOCALES = {
    "en": "en_GB",
    "el": "el_GR",
    "cs": "cs_CZ",
    "da": "da_DK",
    "et": "et_EE",
    "sl": "sl_SI",
    "sv": "sv_SE",
    "uk": "uk_UA",
}

SHARING_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def og_locale(language_code):
    return OG_LOCALES.get(language_code, f"{language_code}_{language_code.upper()}")


def sharing_alt(page, image):
    """The shared picture's alternative text: the page's own description of its hero image
    where that is the picture shared (it is in the page's language), else the picture's."""
    own = getattr(page, "hero_image_alt", "")
    if own and image.pk == getattr(page, "hero_image_id", None):
        return own
    return image.default_alt_text


def sharing_picture(request, page):
    """The page's own picture for sharing, 1200×630, as URL, size and alternative text; None
    when it has none. One query for its rendition at most, once per request."""

    def compute():
        image = sharing_image(page)
        if image is None:
            return None
        try:
            rendition = image.get_rendition(SHARING_IMAGE_SPEC)
        except SourceImageIOError:
            return None  # the file is missing: share the page without a picture
        return {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": sharing_alt(page, image),
        }

    return _memoize(request, ("sharing_picture", page.pk), compute)


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """The canonical link and the Open Graph and Twitter card tags of a Wagtail page; nothing
    elsewhere. The languages come from the request cache the switcher fills; the image costs
    one query for its rendition at most."""
    request = context.get("request")
    page = current_page(context)
    if page is None or request is None:
        return {}
    languages = page_languages(request, page)
    current = next(entry for entry in languages if entry["is_current"])
    picture = sharing_picture(request, page) or seo.default_image(request)
    return {
        "page": page,
        "url": current["full_url"],
        "title": page.seo_title or page.title,
        "description": getattr(page, "social_text", "") or seo.page_description(page),
        "type": "article" if getattr(page, "schema_type", "") == "Article" else "website",
        "locale": og_locale(current["code"]),
        "alternate_locales": [
            og_locale(entry["code"]) for entry in languages if not entry["is_current"]
        ],
        "image": picture,
    }


@register.simple_tag(takes_context=True)
def meta_description(context):
    """<meta name="description"> of a Wagtail page: its search description, else its summary
    or introduction, cut at a sentence near 160 characters."""
    page = current_page(context)
    description = seo.page_description(page) if page is not None else ""
    if not description:
        return ""
    return format_html('<meta name="description" content="{}">', description)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org JSON-LD: what the page is (WebSite, Article, a page about a City,
    WebPage), its language and translations, the network as publisher, its breadcrumbs."""
    request = context.get("request")
    page = current_page(context)
    if page is None or request is None or not hasattr(page, "structured_data"):
        return ""
    languages = page_languages(request, page)
    current = next(entry for entry in languages if entry["is_current"])
    home = home_page(request, page)
    home_url = request.build_absolute_uri(home.get_url(request)) if home else current["full_url"]
    network = seo.network(request, home_url)
    picture = sharing_picture(request, page)
    about = {
        "url": current["full_url"],
        "language": current["code"],
        "description": seo.page_description(page),
        "image": picture["url"] if picture else None,
        "languages": languages,
        "organization": network["@id"],
        "network": network,
    }
    graph = page.structured_data(request, about)
    if page.depth > 2:
        items = [
            {"title": item["title"], "url": request.build_absolute_uri(item["url"])}
            for item in breadcrumb_items(request, page)
        ]
        graph.append(seo.breadcrumb_list(items, page.title, current["full_url"]))
    return seo.json_ld(graph)
