"""The production settings with a cache in each process's own memory and no page cache: the
comparison benchmarks/redis_down.py measures a Redis outage against."""

from config.settings.production import *  # noqa: F403

CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "renditions")
}
PAGE_CACHE_ENABLED = False
