"""The full-page cache: public pages, listings, feeds, the sitemap and API answers are served to
anonymous readers from the cache without touching the database, and are never stale.

Every cached answer is stored under the current *generation* of the site, a random token kept in
the cache. Publishing, unpublishing, moving or deleting a page (a translation included), and
changing what pages show from elsewhere (a thematic area, an organisation, an image's alt text, a
site, a locale, a page's privacy) replace the generation, so that the next request of every page
is rendered afresh; the old answers are never read again and expire on their own. A frontend
cache (Varnish, a CDN) configured in `WAGTAILFRONTENDCACHE` is purged at the same moment.

Why the whole site, not exactly the pages that show the change: every page shows the language
switcher of its own translations, the home page, listings, city pages, reports (their practices),
the publication, feeds, sitemap and API list pages across the tree, and snippets appear on any
number of them. Working out the exact set at each publish is where stale pages come from; the
site is published to a few times a day, read all the time, and re-rendering a page costs tens of
milliseconds, so starting afresh is both simpler and always right.

Never cached: a request carrying the cookie of an existing session (an editor, or a reader who
unlocked a private page), anything but GET/HEAD, the admin, documents, media, previews (they
live in the admin), an answer that sets a cookie (every form with a CSRF token does), that is
not 200, that says private/no-store, and PDFs (they have their own storage)."""

import hashlib
import logging
import time
import uuid
from importlib import import_module

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_request

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Answers larger than this (a very large sitemap part is about 10 MB) are not kept.
MAX_SIZE = 16 * 1024 * 1024
UNCACHED_TYPES = ("application/pdf",)
# Cached addresses outside the language prefixes.
LANGUAGE_FREE_PREFIXES = ("/sitemap", "/robots.txt", "/api/v2/")


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 24 * 60 * 60)


def shared_max_age():
    """How long a CDN or Varnish may keep a page; it is purged on every publish."""
    return getattr(settings, "PAGE_CACHE_SHARED_MAX_AGE", timeout())


def generation():
    """The current generation token (a new one when there is none, e.g. after a flush)."""
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, token, None):
            token = cache.get(GENERATION_KEY, token)
    return token


def _new_generation(reason):
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    logger.info("Page cache cleared: %s", reason)


def clear(reason="", purge_frontend=True):
    """Start the page cache afresh: now, and again once the current transaction commits (so
    that a page rendered from the database between the change and its commit is not kept)."""
    _new_generation(reason)
    transaction.on_commit(lambda: _new_generation(f"{reason} (committed)"))
    if purge_frontend and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(purge_frontend_caches)


def purge_frontend_caches():
    """Purge the frontend caches (Varnish, a CDN) of every site. The Varnish configuration
    shipped in `deploy/varnish/` treats a purge as "forget this site's pages", like the page
    cache does."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    purge_urls_from_cache([site.root_url + "/" for site in Site.objects.all()])


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def request_is_cacheable(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if not request.path.startswith(_language_prefixes() + LANGUAGE_FREE_PREFIXES):
        return False
    return not has_session(request)


def has_session(request):
    """Whether the request's session cookie names a session that exists (an editor signed in,
    a reader who unlocked a private page). A cookie naming none (made up, or left from a
    session since ended) would otherwise make any request skip the cache: it is served like
    an anonymous reader. Costs one lookup of the session's key (the session table's primary
    key), only for requests that carry the cookie.

    Sessions stay in the database alone, not behind the cache ("cached_db"): the cache fails
    open, and a sign-out during a Redis outage, whose deletion from the cache is dropped, would
    bring the session back from the cache once Redis answers again."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if session_key is None:
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    # The store forgets a key that cannot be one (too short, not text) without a query.
    return store.session_key is not None and store.exists(store.session_key)


def remembered(name, compute):
    """What `compute()` answers (True or False), kept under the current generation: worked out
    once, then read from the cache until the next change a reader can see (every publish,
    unpublish, picture moved between collections starts a new generation). The copies of
    pictures use it for "may anyone see this picture", so that a page's pictures cost no query
    when it is shown again."""
    if not enabled():
        return compute()
    key = f"page-cache:{generation()}:{name}"
    answer = cache.get(key)
    if answer is None:
        answer = bool(compute())
        cache.set(key, answer, timeout())
    return answer


def cache_key(request, token):
    # The scheme too: an answer names the address it was asked at (canonical, og:url), and
    # behind a proxy the same host is reached over http and https.
    parts = [request.scheme, request.get_host(), request.get_full_path()]
    if not request.path.startswith(_language_prefixes()):
        # Not in a language of its own (the API, sitemap, robots): the key holds the language
        # the reader's browser asks for, as Django serves it.
        parts.append(get_language_from_request(request, check_path=False))
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"page-cache:{token}:{digest}"


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if response.get("Content-Type", "").startswith(UNCACHED_TYPES):
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return len(response.content) <= MAX_SIZE


def _set_http_caching(response, etag, last_modified):
    """Browsers ask again every time (and get a 304 while nothing changed); shared caches keep
    the page until it is purged."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(
        response, public=True, max_age=0, must_revalidate=True, s_maxage=shared_max_age()
    )


def _not_modified(request, etag, response):
    if etag in parse_etags(request.headers.get("If-None-Match", "")):
        not_modified = HttpResponseNotModified()
        for header in ("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Language"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return None


class PageCacheMiddleware:
    """Serves anonymous readers from the page cache and fills it; place it early (after
    security and static files, before sessions) so that a cached answer costs no query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request, generation())
        entry = cache.get(key)
        if entry is not None:
            content, headers, etag, last_modified = entry
            response = HttpResponse(content if request.method == "GET" else b"")
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return _not_modified(request, etag, response) or response

        response = self.get_response(request)
        if not response_is_cacheable(request, response):
            return response
        etag = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        now = time.time()
        _set_http_caching(response, etag, now)
        headers = list(response.items())
        if request.method == "GET":
            cache.set(key, (response.content, headers, etag, now), timeout())
        response["X-Page-Cache"] = "miss"
        return _not_modified(request, etag, response) or response
