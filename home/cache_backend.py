"""A Redis cache that fails open: with Redis unreachable the site answers from the database, more
slowly, instead of answering 500.

Wagtail reads the cache on every page (site root paths, renditions) and the page cache reads it
on every request, so Django's own Redis backend, which raises when Redis is down, would take the
whole site down with it. This one treats an unreachable Redis as an empty cache that keeps
nothing: reads miss, writes are dropped. The failure is logged once per outage, Redis is left
alone for a few seconds after each failure (so that a dead server costs a request at most one
short timeout every few seconds, not one per cache call) and used again as soon as it answers.

While Redis is away, each process keeps what it reads (Wagtail's site root paths, the records of
pictures' copies) in its own memory for at most FALLBACK_SECONDS, so that pages cost no more
queries than on a site with a local-memory cache. Never the page cache's entries or generation:
those must be the same for every process, or a publish would leave other processes serving the
old page. Never a lock (`add`): a lock held in one process's memory locks out no other host.

When Redis comes back, `cache_recovered` is sent: whatever was cached before the outage may
have been missed by an invalidation during it (the page cache listens and starts afresh)."""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger(__name__)

cache_recovered = Signal()

# Seconds to leave Redis alone after a failure before trying it again.
RETRY_AFTER = 5.0
# While Redis is away: how long a process keeps a value in its own memory, and how many at most.
FALLBACK_SECONDS = 30.0
FALLBACK_ENTRIES = 1000
# Keys that only a cache shared by every process may hold.
SHARED_ONLY_PREFIXES = ("page-cache:",)
USE, PROBE = "use", "probe"


class _ServerState:
    def __init__(self):
        self.lock = threading.Lock()
        self.down = False
        self.down_until = 0.0
        # Whether a thread is trying Redis again after an outage: the others go on without it
        # meanwhile, so that a server that takes its timeout to fail holds up one call, not
        # every thread's.
        self.probing = False
        # What this process read while Redis is away: {key: (expires at, value)}.
        self.fallback = {}

    def remember(self, key, value):
        with self.lock:
            if len(self.fallback) >= FALLBACK_ENTRIES:
                self.fallback.clear()
            self.fallback[key] = (time.monotonic() + FALLBACK_SECONDS, value)

    def recall(self, key, default):
        entry = self.fallback.get(key)
        if entry is None or entry[0] < time.monotonic():
            return default
        return entry[1]

    def may_try(self):
        """Whether a call may use Redis: USE while it is up; while it is down, PROBE for one
        call at a time once the time to leave it alone has passed (the caller then calls
        probed()), None for the others."""
        if not self.down:
            return USE
        with self.lock:
            if self.probing or time.monotonic() < self.down_until:
                return None
            self.probing = True
            return PROBE

    def probed(self):
        with self.lock:
            self.probing = False


_states = {}
_MISSING = object()


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, whose every operation degrades to a miss while Redis is away."""

    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        self.retry_after = float(options.pop("retry_after", RETRY_AFTER))
        # A server that does not answer must cost a fraction of a second, not a request.
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.5)
        options.setdefault("retry_on_timeout", False)
        # One try a call. redis-py's client, given a host rather than a pool, retries ten
        # times with growing pauses (redis 8.2): seconds a call against a stopped server. The
        # pool Django makes from the URL does not retry, and must not start to in a later
        # version: failing at once is what this class is for.
        options.setdefault("retry", Retry(NoBackoff(), 0))
        super().__init__(server, params)
        # Django makes one cache object per thread: the state of the server is shared by all
        # of a process's objects for it, so that an outage is logged (and its end acted on)
        # once per process, not once per thread.
        self._state = _states.setdefault(str(server), _ServerState())

    def _call(self, operation, default, *args, **kwargs):
        state = self._state
        attempt = state.may_try()
        if attempt is None:
            return default
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except (RedisError, OSError) as error:
            with state.lock:
                state.down_until = time.monotonic() + self.retry_after
                first = not state.down
                state.down = True
            if first:
                logger.error(
                    "The cache (Redis) is unreachable; serving without it until it answers "
                    "again: %s",
                    error,
                )
            return default
        finally:
            if attempt is PROBE:
                state.probed()
        if state.down:
            with state.lock:
                recovered, state.down = state.down, False
            if recovered:
                state.fallback.clear()
                logger.warning("The cache (Redis) answers again; using it.")
                cache_recovered.send(sender=type(self), cache=self)
                if operation in ("get", "get_many", "has_key"):
                    # Read again: what was read may be what the receivers just replaced.
                    return self._call(operation, default, *args, **kwargs)
        return result

    def get(self, key, default=None, version=None):
        if self._state.down:
            fallback = self._state.recall(self.make_key(key, version), _MISSING)
            if fallback is not _MISSING:
                return fallback
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        found = {}
        if self._state.down:
            for key in keys:
                value = self._state.recall(self.make_key(key, version), _MISSING)
                if value is not _MISSING:
                    found[key] = value
            if len(found) == len(keys):
                return found
        return self._call("get_many", found, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        result = self._call("set", None, key, value, timeout, version)
        if self._state.down and timeout != 0 and not key.startswith(SHARED_ONLY_PREFIXES):
            self._state.remember(self.make_key(key, version), value)
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        result = self._call("set_many", list(data), data, timeout, version)
        if self._state.down and timeout != 0:
            for key, value in data.items():
                if not key.startswith(SHARED_ONLY_PREFIXES):
                    self._state.remember(self.make_key(key, version), value)
        return result

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        self._state.fallback.pop(self.make_key(key, version), None)
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        for key in keys:
            self._state.fallback.pop(self.make_key(key, version), None)
        return self._call("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        # Django raises ValueError for a missing key; an unreachable Redis behaves the same.
        result = self._call("incr", None, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found")
        return result

    def clear(self):
        self._state.fallback.clear()
        return self._call("clear", False)
