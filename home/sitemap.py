"""The XML sitemap, which names every translation of every page, and robots.txt."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from home.i18n import original_language, x_default
from home.languages import open_languages
from home.templatetags.navigation_tags import absolute_url, by_language_order

# The protocol allows 50,000 URLs and 50 MB per file; with an alternate for each of six or more
# languages, every URL takes about a kilobyte, so a file is cut well before the size limit.
URLS_PER_SITEMAP = 10_000
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def original_languages():
    """The language each page was written in, by translation key, for every page that went
    through wagtail-localize: one query."""
    page_type = ContentType.objects.get_for_model(Page)
    sources = (
        TranslationSource.objects.filter(object__content_type=page_type)
        .order_by("-created_at")
        .values_list("object_id", "locale__language_code")
    )
    # Newest first, so that the first source of each page is the one left in the dict.
    return dict(sources)


def sitemap_entries(request):
    """Every live, public page of every language open to readers with its absolute URL, last
    publication and the URLs of its live translations, in tree order. Four queries whatever the
    number of pages."""
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .only("path", "depth", "url_path", "translation_key", "last_published_at", "locale")
        .order_by("path")
    )
    # The few locales are shared rather than joined: one object each, not one per page.
    locales = Locale.objects.in_bulk()
    readable = open_languages()
    urls = {}
    translations = defaultdict(list)
    for page in pages:
        page.locale = locales[page.locale_id]
        if page.locale.language_code not in readable:
            continue  # a language not yet open to readers
        url = page.get_url(request)
        if url:  # pages outside every site have no URL
            urls[page] = absolute_url(request, page, url)
            translations[page.translation_key].append(page)
    originals = original_languages()

    languages = {}
    for key, group in translations.items():
        by_language = {page.locale.language_code: page for page in group}
        default = x_default(by_language, original_language(originals.get(key), group))
        languages[key] = {
            "alternates": by_language_order(
                {"code": code, "url": urls[page]} for code, page in by_language.items()
            ),
            "default": urls[default] if default else None,
        }
    return [
        {"url": url, "lastmod": page.last_published_at, **languages[page.translation_key]}
        for page, url in urls.items()
    ]


def sitemap(request, section=None):
    """The sitemap of the whole site; past URLS_PER_SITEMAP URLs, an index of numbered parts."""
    entries = sitemap_entries(request)
    parts = [
        entries[start : start + URLS_PER_SITEMAP]
        for start in range(0, len(entries), URLS_PER_SITEMAP)
    ] or [[]]
    if section is None and len(parts) > 1:
        return xml_response(write_index, request, parts)
    if section is not None and not 1 <= section <= len(parts):
        raise Http404("No such part of the sitemap.")
    return xml_response(write_urlset, parts[(section or 1) - 1])


def xml_response(write, *args):
    """An XML document written by `write(xml, *args)` with Django's XML generator, the feeds'
    own: with thousands of URLs it is three times as fast as a template loop."""
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    xml = SimplerXMLGenerator(response, "utf-8", short_empty_elements=True)
    xml.startDocument()
    write(xml, *args)
    xml.endDocument()
    return response


def w3c_datetime(value):
    return value.isoformat(timespec="seconds")


def write_urlset(xml, entries):
    xml.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS})
    for entry in entries:
        xml.startElement("url", {})
        xml.addQuickElement("loc", entry["url"])
        if entry["lastmod"]:
            xml.addQuickElement("lastmod", w3c_datetime(entry["lastmod"]))
        alternates = entry["alternates"]
        if entry["default"]:
            alternates = [*alternates, {"code": "x-default", "url": entry["default"]}]
        for alternate in alternates:
            attributes = {
                "rel": "alternate",
                "hreflang": alternate["code"],
                "href": alternate["url"],
            }
            xml.addQuickElement("xhtml:link", attrs=attributes)
        xml.endElement("url")
    xml.endElement("urlset")


def write_index(xml, request, parts):
    xml.startElement("sitemapindex", {"xmlns": SITEMAP_NS})
    for number, part in enumerate(parts, start=1):
        xml.startElement("sitemap", {})
        xml.addQuickElement(
            "loc", request.build_absolute_uri(reverse("sitemap_part", args=[number]))
        )
        lastmod = max((entry["lastmod"] for entry in part if entry["lastmod"]), default=None)
        if lastmod:
            xml.addQuickElement("lastmod", w3c_datetime(lastmod))
        xml.endElement("sitemap")
    xml.endElement("sitemapindex")


def robots_txt(request):
    """Tells crawlers to keep out of the admin and where the sitemap is."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
