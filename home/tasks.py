"""Background work of the site, queued in the database and run by the worker
(`manage.py run_worker`, which also takes up the tasks of a worker that died)."""

import contextlib
import logging
import threading
from urllib.parse import urlsplit

from django_tasks import task

logger = logging.getLogger(__name__)

_bulk = threading.local()


@contextlib.contextmanager
def bulk_publishing():
    """Publishing many pages at once (the demo loader): queue no work per page; the caller
    queues what is needed once at the end."""
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = False


def in_bulk():
    return getattr(_bulk, "active", False)


def pages_to_warm(page):
    """What a publish of `page` changes for readers, in every language: the page and the pages
    above it (its city, the home page); for a home page, also its sections (the listings, the
    publication)."""
    from wagtail.models import Page

    keys = page.get_ancestors(inclusive=True).filter(depth__gt=1).values("translation_key")
    pages = Page.objects.filter(translation_key__in=keys)
    if page.depth == 2:
        for home in Page.objects.filter(translation_key=page.translation_key):
            pages |= home.get_children()
    return pages.live().public().distinct()


@task(backend="background")
def warm_after_publish(page_id):
    """Render what a publish changed, as an anonymous reader would get it, so that the pictures
    in all their sizes (renditions) are made here, not in the first reader's request, and the
    page cache holds the new pages."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    warmed = 0
    for other in pages_to_warm(page):
        _warm(other)
        warmed += 1
    return warmed


def _warm(page):
    from django.test import Client

    url = page.get_full_url()
    if not url:
        return
    parts = urlsplit(url)
    response = Client(raise_request_exception=False).get(
        parts.path, HTTP_HOST=parts.netloc, secure=parts.scheme == "https"
    )
    if response.status_code != 200:
        logger.warning("Warming %s answered %s", url, response.status_code)


@task(backend="background")
def warm_site():
    """Render every live page once (after the demo content is loaded in bulk)."""
    from wagtail.models import Page

    warmed = 0
    for page in Page.objects.filter(depth__gt=1).live().public():
        _warm(page)
        warmed += 1
    return warmed
