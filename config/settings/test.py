"""Test runs: fast hashing, plain static storage, no outgoing email."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "build" / "test-media"  # noqa: F405
WHITENOISE_AUTOREFRESH = True
# Most tests change pages through the ORM and read them again; the page cache's own tests
# (tests/home/test_page_cache.py) turn it on.
PAGE_CACHE_ENABLED = False
# One process: the cache is its own memory, one store for both aliases as before (the tests that
# need a shared cache start Redis or servers of their own), so that query counts are the site's,
# not a cache table's.
CACHES = {
    alias: {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "",
        "TIMEOUT": CACHES[alias].get("TIMEOUT", 300),  # noqa: F405
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
    for alias in ("default", "renditions")
}
