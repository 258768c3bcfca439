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
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from home import storage

logger = logging.getLogger(__name__)

# Debian's fonts-dejavu-core puts DejaVu here (.ci/run installs it); the second is Fedora's.
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu-sans-fonts")]
FONT_FILES = {
    ("normal", "normal"): "DejaVuSans.ttf",
    ("bold", "normal"): "DejaVuSans-Bold.ttf",
    ("normal", "italic"): "DejaVuSans-Oblique.ttf",
    ("bold", "italic"): "DejaVuSans-BoldOblique.ttf",
}

# Seconds a reader is asked to wait before asking again for a document being made; a failed
# build is tried again on a request this long after it was queued. A build still going after
# settings.TASK_STALE_AFTER seconds (about 5 s is usual) was stopped with its worker: it is
# taken up again like a failed one, by the worker's second run of the task or by a request.
RETRY_AFTER = 30
RETRY_FAILED_AFTER = 10 * 60
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
BEING_PREPARED = _(
    "The PDF version of this publication is being prepared. Please try again in a minute, or "
    "read the publication online."
)
GENERATION_FAILED = _(
    "The PDF version could not be generated just now. Please try again later, or read the "
    "publication online."
)


PUBLICATION_TEMPLATE = "publication/pdf/publication.html"

# The EU emblem beside the funding line, as EU visibility rules ask (the web footer's too).
EMBLEM = Path(settings.BASE_DIR) / "static" / "img" / "eu-flag.svg"


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
    if page.pdf_template == PUBLICATION_TEMPLATE:
        return f"welcoming-cities-{page.locale.language_code}.pdf"
    return f"{page.slug}-{page.locale.language_code}.pdf"


def version(page, chapters):
    """Changes whenever the publication or one of its chapters is published again (or the
    document's layout changes)."""
    stamps = [f"layout:{LAYOUT_VERSION}", f"{page.pk}:{page.last_published_at}"] + [
        f"{chapter.pk}:{chapter.last_published_at}" for chapter in chapters
    ]
    return hashlib.sha256("|".join(stamps).encode()).hexdigest()[:32]


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
            if url.startswith("file:") and Path(unquote(url[5:])).parent in (
                self.fonts,
                EMBLEM.parent,
            ):
                return super().fetch(url, headers)
            raise ValueError(f"not fetched for the PDF: {url}")

    return SiteFilesFetcher


def site_request(page):
    """A request for the page's own site, to render the document outside a reader's request:
    links and pictures get the site's public address (PUBLIC_URL, else the Site record's)."""
    site = page.get_site()
    root = urlsplit(
        settings.PUBLIC_URL or (site.root_url if site else settings.WAGTAILADMIN_BASE_URL)
    )
    request = HttpRequest()
    request.META = {
        "SERVER_NAME": root.hostname or "localhost",
        "SERVER_PORT": str(root.port or (443 if root.scheme == "https" else 80)),
        "HTTP_HOST": root.netloc,
        "wsgi.url_scheme": root.scheme or "http",
    }
    scheme = root.scheme or "http"
    request._get_scheme = lambda: scheme  # what a WSGI request reads from wsgi.url_scheme
    request.path = request.path_info = page.url or "/"
    return request


def render_pdf(page, request, chapters):
    """The PDF bytes of `page` in its own language: a publication with its chapters, or a
    report or practice as its one chapter (each page type names its `pdf_template` and gives
    its chapters through `get_chapters()`)."""
    from weasyprint import HTML

    fonts = font_dir()
    site_root = request.build_absolute_uri("/")
    html = render_pdf_html(page, request, chapters)
    fetcher = _fetcher_class()(site_root, fonts)
    # Tagged PDF/UA: headings, lists, tables, pictures' alternative text and the document's
    # language reach a screen reader as they do on the web page.
    return HTML(string=html, base_url=site_root, url_fetcher=fetcher).write_pdf(
        pdf_variant="pdf/ua-1"
    )


def render_pdf_html(page, request, chapters):
    """The HTML document WeasyPrint makes the PDF of `page` from, in the page's language."""
    fonts = font_dir()
    language = page.locale.language_code
    with translation.override(language):
        return render_to_string(
            page.pdf_template,
            {
                "page": page,
                "chapters": chapters,
                "language": language,
                "published": timezone.localdate(page.last_published_at or timezone.now()),
                "online_url": request.build_absolute_uri(page.get_url(request)),
                "fonts": {style: (fonts / name).as_uri() for style, name in FONT_FILES.items()},
                "emblem": EMBLEM.as_uri(),
            },
            request=request,
        )


def stale_build():
    """A build started longer than TASK_STALE_AFTER ago (or before builds recorded when they
    began) has stopped with its worker."""
    started_before = timezone.now() - timedelta(seconds=settings.TASK_STALE_AFTER)
    return models.Q(status=PublicationPDF.Status.BUILDING) & (
        models.Q(building_since__lt=started_before) | models.Q(building_since__isnull=True)
    )


def build(pdf_id):
    """Build the PDF of one queued version (the background task's work). A version already
    built, or being built by another worker, is left alone; a failure is recorded, logged and
    retried on a later request; a build left unfinished by a worker that died is started
    again."""
    from django.core.files.base import ContentFile

    Status = PublicationPDF.Status
    with transaction.atomic():
        claimed = (
            PublicationPDF.objects.filter(pk=pdf_id)
            .filter(models.Q(status__in=[Status.QUEUED, Status.FAILED]) | stale_build())
            .update(status=Status.BUILDING, building_since=timezone.now())
        )
    if not claimed:
        return None
    record = PublicationPDF.objects.select_related("page").get(pk=pdf_id)
    page = record.page.specific
    chapters = page.get_chapters()
    if version(page, chapters) != record.version:
        # Published again since it was queued: the newer version has its own build.
        record.delete()
        return None
    try:
        pdf = render_pdf(page, site_request(page), chapters)
    except Exception as error:
        logger.exception("The PDF of %r could not be generated", page)
        record.status = PublicationPDF.Status.FAILED
        record.error = str(error)[:2000]
        record.save(update_fields=["status", "error"])
        return None
    name = f"{page.pk}-{page.locale.language_code}-{record.version}.pdf"
    record.file.save(name, ContentFile(pdf))
    record.size = len(pdf)
    record.status = PublicationPDF.Status.READY
    record.built_at = timezone.now()
    record.error = ""
    record.save()
    # The versions before this one are no longer offered.
    for old in PublicationPDF.objects.filter(page=page).exclude(pk=record.pk):
        old.file.delete(save=False)
        old.delete()
    return record.pk


def request_build(page):
    """Queue the PDF of the page's current version unless it is queued or built already; the
    row's uniqueness (and get_or_create's retry on it) makes this safe under any number of
    simultaneous requests."""
    current = version(page, page.get_chapters())
    record, created = PublicationPDF.objects.get_or_create(page=page, version=current)
    if created or _take_up(record):
        transaction.on_commit(lambda: build_publication_pdf.enqueue(record.pk))
    return record


def _take_up(record):
    """Queue again a build that failed a while ago, or that stopped with its worker (still
    `building` long after it began). The conditional update lets one request of many do it."""
    Status = PublicationPDF.Status
    now = timezone.now()
    if record.status == Status.FAILED:
        taken = PublicationPDF.objects.filter(
            pk=record.pk,
            status=Status.FAILED,
            requested_at__lt=now - timedelta(seconds=RETRY_FAILED_AFTER),
        ).update(requested_at=now)
    elif record.status == Status.BUILDING:
        taken = PublicationPDF.objects.filter(stale_build(), pk=record.pk).update(
            status=Status.QUEUED, requested_at=now
        )
        if taken:
            logger.warning("The PDF build %s stopped unfinished; queued again", record)
            record.status = Status.QUEUED
    else:
        return False
    return bool(taken)


def unavailable_response(request, page, reason):
    response = TemplateResponse(
        request,
        "publication/pdf/unavailable.html",
        {"page": page, "self": page, "reason": reason},
        status=503,
    )
    response["Cache-Control"] = "no-store"
    return response


def file_response(record, page):
    response = storage.file_response(
        record.file.storage,
        record.file.name,
        as_attachment=True,
        filename=filename(page),
        content_type="application/pdf",
    )
    response["ETag"] = f'"{record.version}"'
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    return response


def pdf_response(page, request):
    """The publication as a PDF download: the current version's document, or the previous one
    while the current one is built in the background, or a "being prepared" page. A reader never
    waits for a document to be made; 503 with an explanation where this server cannot make
    PDFs."""
    reason = unavailable_reason()
    if reason:
        return unavailable_response(request, page, reason)
    record = request_build(page)
    if record.status == PublicationPDF.Status.READY and not record.file.storage.exists(
        record.file.name
    ):
        # The file went missing from the media storage (restored without media?): build again.
        logger.error("The PDF file %s is missing; building it again", record.file.name)
        record.delete()
        record = request_build(page)
    if record.status == PublicationPDF.Status.READY:
        return file_response(record, page)
    previous = next(
        (
            ready
            for ready in PublicationPDF.objects.filter(
                page=page, status=PublicationPDF.Status.READY
            ).order_by("-built_at")
            if ready.file.storage.exists(ready.file.name)
        ),
        None,
    )
    if previous is not None:
        return file_response(previous, page)
    if record.status == PublicationPDF.Status.FAILED:
        response = unavailable_response(request, page, GENERATION_FAILED)
    else:
        response = unavailable_response(request, page, BEING_PREPARED)
    response["Retry-After"] = str(RETRY_AFTER)
    return response


class PublicationPDF(models.Model):
    """One built PDF of one published version of a publication in its language (the version is
    a digest of the publication's and its chapters' publication dates). Built in the background
    by `build_publication_pdf`; one row per version keeps the builds single:
    however many readers ask, a version is queued once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    version = models.CharField(_("version"), max_length=64)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    file = models.FileField(_("file"), upload_to="publication-pdf/", blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    error = models.TextField(_("error"), blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    building_since = models.DateTimeField(_("being built since"), null=True, blank=True)
    built_at = models.DateTimeField(_("built at"), null=True, blank=True)

    class Meta:
        verbose_name = _("publication PDF")
        constraints = [
            models.UniqueConstraint(fields=["page", "version"], name="one_pdf_per_version")
        ]

    def __str__(self):
        return f"{self.page_id} {self.version} ({self.status})"


@task(backend="background")
def build_publication_pdf(pdf_id):
    """Build one queued version of a PDF: the background worker's task
    (`manage.py run_worker`)."""
    return build(pdf_id)
