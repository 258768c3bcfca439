"""What a page shows when it is shared (Open Graph, Twitter card) and its canonical URL."""

from django import template
from wagtail.images.models import SourceImageIOError

from home.templatetags.content_tags import sharing_image, teaser
from home.templatetags.navigation_tags import current_page, page_languages

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


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """The canonical link and the Open Graph and Twitter card tags of a Wagtail page; nothing
    elsewhere. The languages come from the request cache the switcher fills; the image costs
    one query for its rendition at most."""
    from publication.models import ArticlePage

    request = context.get("request")
    page = current_page(context)
    if page is None or request is None:
        return {}
    languages = page_languages(request, page)
    current = next(entry for entry in languages if entry["is_current"])
    image = sharing_image(page)
    rendition = None
    if image is not None:
        try:
            rendition = image.get_rendition(SHARING_IMAGE_SPEC)
        except SourceImageIOError:
            rendition = None  # the file is missing: share the page without a picture
    return {
        "page": page,
        "url": current["full_url"],
        "title": page.seo_title or page.title,
        "description": getattr(page, "social_text", "") or teaser(page, 50),
        "type": "article" if isinstance(page, ArticlePage) else "website",
        "locale": og_locale(current["code"]),
        "alternate_locales": [
            og_locale(entry["code"]) for entry in languages if not entry["is_current"]
        ],
        "image": rendition,
        "image_url": request.build_absolute_uri(rendition.url) if rendition else None,
        "image_alt": image.default_alt_text if rendition else "",
    }
