"""The publication as a PDF document, generated on the server with WeasyPrint from the same
chapter templates as the web page, in the language of the URL.

WeasyPrint lays out HTML and CSS (page numbers, a table of contents with page references, PDF
bookmarks from the headings) but needs the Pango system libraries; the PDF also needs fonts that
have Polish and Greek letters (DejaVu). Where either is missing the site still runs: the
publication page says why there is no PDF and the PDF address answers 503."""

import functools
import hashlib
import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urljoin

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Debian's fonts-dejavu-core puts DejaVu here (.ci/run installs it); the second is Fedora's.
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu-sans-fonts")]
FONT_FILES = {
    ("normal", "normal"): "DejaVuSans.ttf",
    ("bold", "normal"): "DejaVuSans-Bold.ttf",
    ("normal", "italic"): "DejaVuSans-Oblique.ttf",
    ("bold", "italic"): "DejaVuSans-BoldOblique.ttf",
}

# Generated documents stay in the cache for a week; a new publish changes the key anyway.
CACHE_SECONDS = 7 * 24 * 60 * 60
# Bump when the document's templates change, so that no cached PDF keeps the old layout.
LAYOUT_VERSION = 1

LIBRARY_MISSING = _(
    "The PDF version is not available on this server: its PDF library (WeasyPrint, with the "
    "Pango system libraries it needs) is not installed."
)
FONTS_MISSING = _(
    "The PDF version is not available on this server: the fonts it needs for Polish and Greek "
    "letters (DejaVu) are not installed."
)
GENERATION_FAILED = _(
    "The PDF version could not be generated just now. Please try again later, or read the "
    "publication online."
)


@functools.cache
def _weasyprint_error():
    """Why WeasyPrint cannot be imported here (None if it can). Importing it loads Pango, which
    raises OSError where the system libraries are missing; the answer does not change while the
    process runs."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        logger.warning("PDF generation is unavailable: %s", error)
        return str(error)
    return None


def font_dir():
    """The folder holding every DejaVu Sans style the document uses, or None."""
    for folder in FONT_DIRS:
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    return None


def unavailable_reason():
    """Why this server cannot make PDFs, as a sentence for readers; None when it can."""
    if _weasyprint_error() is not None:
        return LIBRARY_MISSING
    if font_dir() is None:
        return FONTS_MISSING
    return None


def filename(page):
    return f"welcoming-cities-{page.locale.language_code}.pdf"


def cache_key(page, chapters):
    """Changes whenever the publication or one of its chapters is published again."""
    stamps = [f"{page.pk}:{page.last_published_at}"] + [
        f"{chapter.pk}:{chapter.last_published_at}" for chapter in chapters
    ]
    digest = hashlib.sha256("|".join(stamps).encode()).hexdigest()[:24]
    language = page.locale.language_code
    return f"publication-pdf:{LAYOUT_VERSION}:{page.pk}:{language}:{digest}"


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SiteFilesFetcher(URLFetcher):
        """Gives WeasyPrint the site's own media files (read from storage, not over HTTP) and
        the fonts, and nothing else: a document is never held up by, or leaks a request to,
        another server."""

        def __init__(self, site_root, fonts):
            super().__init__(allowed_protocols={"file", "http", "https"})
            self.media_prefix = urljoin(site_root, settings.MEDIA_URL)
            self.fonts = fonts

        def fetch(self, url, headers=None):
            if url.startswith(self.media_prefix):
                name = unquote(url[len(self.media_prefix) :].split("?")[0])
                content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, default_storage.open(name), {"Content-Type": content_type}
                )
            if url.startswith("file:") and Path(unquote(url[5:])).parent == self.fonts:
                return super().fetch(url, headers)
            raise ValueError(f"not fetched for the PDF: {url}")

    return SiteFilesFetcher


def render_pdf(page, request, chapters):
    """The PDF bytes of `page` (a PublicationPage) in its own language."""
    from weasyprint import HTML

    fonts = font_dir()
    language = page.locale.language_code
    site_root = request.build_absolute_uri("/")
    with translation.override(language):
        html = render_to_string(
            "publication/pdf/publication.html",
            {
                "page": page,
                "chapters": chapters,
                "language": language,
                "published": timezone.localdate(page.last_published_at or timezone.now()),
                "online_url": request.build_absolute_uri(page.get_url(request)),
                "fonts": {style: (fonts / name).as_uri() for style, name in FONT_FILES.items()},
            },
            request=request,
        )
    fetcher = _fetcher_class()(site_root, fonts)
    return HTML(string=html, base_url=site_root, url_fetcher=fetcher).write_pdf()


def unavailable_response(request, page, reason):
    response = TemplateResponse(
        request,
        "publication/pdf/unavailable.html",
        {"page": page, "self": page, "reason": reason},
        status=503,
    )
    response["Cache-Control"] = "no-store"
    return response


def pdf_response(page, request):
    """The publication as a PDF download, made once per published version and then served
    from the cache; 503 with an explanation where this server cannot make PDFs."""
    reason = unavailable_reason()
    if reason:
        return unavailable_response(request, page, reason)
    chapters = page.get_chapters()
    key = cache_key(page, chapters)
    pdf = cache.get(key)
    if pdf is None:
        try:
            pdf = render_pdf(page, request, chapters)
        except Exception:
            # A layout or library failure must not take the page down with a 500; it is
            # logged with its traceback for whoever runs the site.
            logger.exception("The PDF of %r could not be generated", page)
            return unavailable_response(request, page, GENERATION_FAILED)
        cache.set(key, pdf, CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename(page)}"'
    return response
