"""Site navigation, the language switcher and the hreflang alternates.

Every helper here costs a fixed number of queries per request, whatever the amount of content:
results are kept on the request so the header, the footer and <head> share them."""

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from home.i18n import first_source_language, original_language, x_default
from home.languages import READER_PARAMETER, language_name, open_languages, reader_language
from home.models import HomePage, StandardPage, in_private_section

register = template.Library()

LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}


def active_language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _request_cache(request):
    """A dict living as long as the request (or a throwaway one without a request)."""
    if request is None:
        return {}
    cache = getattr(request, "_navigation_cache", None)
    if cache is None:
        cache = request._navigation_cache = {}
    return cache


def _memoize(request, key, compute):
    cache = _request_cache(request)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def absolute_url(request, page, url):
    """A page's absolute URL on the host the reader is using (Wagtail's own full URL uses the
    Site record's hostname, which is "localhost" until someone changes it)."""
    if request is not None and url and url.startswith("/"):
        return request.build_absolute_uri(url)
    return page.get_full_url(request)


def routed_ancestors(page):
    """The ancestors of `page` below the tree root, from its home page down, as Wagtail's routing
    fetched them on its way to the page: it keeps each page's parent where treebeard's
    get_parent() looks first. None when the page was not reached that way (a preview)."""
    ancestors = []
    current = page
    while current.depth > 2:
        current = getattr(current, "_cached_parent_obj", None)
        if current is None:
            return None
        ancestors.append(current)
    return ancestors[::-1]


def home_page(request, page=None):
    """The live HomePage of the active language, falling back to the default language's.

    On a page below a home page, that is the home page Wagtail's routing started from (the
    active language's, or the site's own where that language has none): no query. Elsewhere one
    query."""

    def compute():
        routed = routed_ancestors(page) if page is not None else None
        if routed and isinstance(routed[0], HomePage) and routed[0].live:
            return routed[0]
        language = active_language()
        homes = {
            home.locale.language_code: home
            for home in HomePage.objects.live()
            .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
            .select_related("locale")
        }
        return homes.get(language) or homes.get(settings.LANGUAGE_CODE)

    return _memoize(request, "home_page", compute)


def menu_title_models():
    """The page types with a short title for the main menu (a `menu_title` field of their own,
    as the publication has), found by their field so that this base layer names none of them."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and any(field.name == "menu_title" for field in model._meta.local_concrete_fields)
    ]


def menu_title():
    """The menu title of the page of the outer query, "" where it has none: read in the same
    query as the pages, whatever their types."""
    titles = [
        NullIf(
            Subquery(
                model._base_manager.filter(pk=OuterRef("pk")).values("menu_title")[:1],
                output_field=CharField(),
            ),
            Value(""),
        )
        for model in menu_title_models()
    ]
    if not titles:
        return Value("", output_field=CharField())
    return Coalesce(*titles, Value(""), output_field=CharField())


def home_children(request, home):
    """The live, public children of the home page, each with its `short_title` for the menu:
    the menu and the footer share one query."""
    return _memoize(
        request,
        "home_children",
        lambda: list(
            home.get_children()
            .live()
            .exclude(in_private_section())
            .annotate(short_title=menu_title())
        ),
    )


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    home = home_page(request, current_page(context))
    url = home.get_url(request) if home else None
    return url or f"/{active_language()}/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live, in-menu children of the active language's home page, by their menu titles
    where they have one."""
    request = context.get("request")
    page = current_page(context)
    home = home_page(request, page)
    children = home_children(request, home) if home else []
    items = []
    for item in (child for child in children if child.show_in_menus):
        if page is not None and page.path == item.path:
            current = "page"
        elif page is not None and page.path.startswith(item.path):
            current = "true"
        else:
            current = None
        items.append(
            {
                "title": item.short_title or item.title,
                "url": item.get_url(request),
                "current": current,
            }
        )
    return {"items": items}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The standard pages (about, funding, privacy) directly under the active home page."""
    request = context.get("request")
    home = home_page(request, current_page(context))
    standard = ContentType.objects.get_for_model(StandardPage).pk
    return {
        "items": [
            {"title": item.title, "url": item.get_url(request)}
            for item in (home_children(request, home) if home else [])
            if item.content_type_id == standard
        ]
    }


def language_entry(request, page, *, is_current, is_original=False):
    """What the switcher and the alternates need to know about one language version."""
    code = page.locale.language_code
    url = page.get_url(request)
    return {
        "code": code,
        "name": language_name(code),
        "page": page,
        "url": url,
        "full_url": absolute_url(request, page, url),
        "is_current": is_current,
        "is_original": is_original,
    }


def by_language_order(entries):
    return sorted(
        entries, key=lambda entry: LANGUAGE_ORDER.get(entry["code"], len(LANGUAGE_ORDER))
    )


def page_languages(request, page):
    """The languages a page exists in as a live page, in the order of settings.LANGUAGES.

    Each entry: code, name, page, url, full_url, is_current, is_original. One query: the
    translations with their locales and the language of their translation source."""

    def compute():
        translations = list(
            page.get_translations(inclusive=True)
            .live()
            .defer_streamfields()
            .select_related("locale")
            .annotate(source_language=Subquery(first_source_language(OuterRef("translation_key"))))
        )
        if translations:
            source_language = translations[0].source_language
        else:
            source_language = first_source_language(page.translation_key).first()
        if page.pk not in {item.pk for item in translations}:
            # A preview of a draft: the page itself is not live but is what is being read.
            translations.append(page)
        original = original_language(source_language, translations)
        readable = open_languages()
        return by_language_order(
            language_entry(
                request,
                item,
                is_current=item.pk == page.pk,
                is_original=item.locale.language_code == original,
            )
            for item in translations
            # A language not yet open to readers is offered nowhere (an editor reading a page
            # of it still sees where they are).
            if item.locale.language_code in readable or item.pk == page.pk
        )

    return _memoize(request, ("page_languages", page.pk), compute)


def home_languages(request):
    """Every language with a live home page, for views that are not Wagtail pages."""

    def compute():
        language = active_language()
        readable = open_languages()
        return by_language_order(
            language_entry(request, home, is_current=home.locale.language_code == language)
            for home in HomePage.objects.live().select_related("locale")
            if home.locale.language_code in readable
        )

    return _memoize(request, "home_languages", compute)


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of what is shown: the page's own on a Wagtail page (which can differ from
    the URL's when a page is not translated), the active language elsewhere."""
    page = current_page(context)
    if page is None:
        return active_language()
    for entry in page_languages(context.get("request"), page):
        if entry["is_current"]:
            return entry["code"]
    return active_language()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = current_page(context)
    languages = page_languages(request, page) if page else home_languages(request)
    return {"languages": languages}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every live translation of the page, plus x-default:
    the English version if there is one, otherwise the original."""
    page = current_page(context)
    if page is None:
        return {"alternates": [], "default": None}
    languages = page_languages(context.get("request"), page)
    by_code = {entry["code"]: entry for entry in languages}
    original = next((entry["code"] for entry in languages if entry["is_original"]), None)
    return {"alternates": languages, "default": x_default(by_code, original)}


@register.inclusion_tag("includes/original_language.html", takes_context=True)
def original_language_notice(context):
    """On a translation, say which language the page was written in and link to it."""
    page = current_page(context)
    if page is None:
        return {}
    languages = page_languages(context.get("request"), page)
    current = next((entry for entry in languages if entry["is_current"]), None)
    original = next((entry for entry in languages if entry["is_original"]), None)
    if current is None or original is None or current is original:
        return {}
    return {"original": original}


@register.simple_tag(takes_context=True)
def reader_language_notice(context):
    """To a reader who came from a language the page does not exist in (`?from=el`, the link of
    a listing in that language): a notice in the reader's language saying which language the
    page is shown in and linking to every version there is."""
    page = current_page(context)
    request = context.get("request")
    if page is None:
        return ""
    languages = page_languages(request, page)
    reader = reader_language(request, {entry["code"] for entry in languages})
    current = next((entry for entry in languages if entry["is_current"]), None)
    if reader is None or current is None:
        return ""
    with translation.override(reader):
        return render_to_string(
            "includes/reader_language.html",
            {
                "reader": {
                    "code": reader,
                    "name": language_name(reader),
                    "url": f"/{reader}/",
                },
                "shown_html": format_html(
                    '<span lang="{}">{}</span>', current["code"], current["name"]
                ),
                "others": [entry for entry in languages if not entry["is_current"]],
            },
        )


@register.simple_tag(takes_context=True)
def reader_url(context, item):
    """The URL of a page in a listing; for a page in another language than the listing's (one
    not yet translated), with the listing's language as the reader's (`?from=el`)."""
    request = context.get("request")
    url = item.get_url(request)
    page = current_page(context)
    if url and page is not None and item.locale_id != page.locale_id:
        language = language_of(context, page)
        if language:
            url = f"{url}?{urlencode({READER_PARAMETER: language})}"
    return url


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The live ancestors of the page below the tree root: those routing fetched, else one
    query."""
    page = current_page(context)
    if page is None or page.depth <= 2:
        return {"items": []}
    return {"items": breadcrumb_items(context.get("request"), page), "current": page.title}


def breadcrumb_items(request, page):
    """The page's live ancestors below the tree root as titles and URLs (memoized: the
    breadcrumbs and the structured data both use them)."""

    def compute():
        ancestors = routed_ancestors(page)
        if ancestors is None:
            ancestors = page.get_ancestors().live().filter(depth__gt=1)
        return [
            {"title": item.title, "url": item.get_url(request)} for item in ancestors if item.live
        ]

    return _memoize(request, ("breadcrumbs", page.pk), compute)


@register.simple_tag(takes_context=True)
def language_of(context, page):
    """The language code of any page, from one query for all locales per request."""

    def compute():
        return dict(Locale.objects.values_list("pk", "language_code"))

    return _memoize(context.get("request"), "locale_codes", compute).get(page.locale_id, "")


@register.simple_tag
def name_of_language(code):
    return language_name(code)
