"""While Redis is down, the site's cache calls do not wait for it: once it has failed, Redis is
tried again by one call per retry window, whichever the number of calls and threads, and the
other calls answer at once (a miss) while that one waits for its answer.

A real redis-server is started and stopped; a listening socket then takes its port and counts
the connections made to it, holding them unanswered, as a server that hangs would."""

import socket
import threading
import time

from home.cache_backend import FailOpenRedisCache

CALLS = 200
THREADS = 8


class HangingServer:
    """Accepts connections on `port`, counts them and never answers until released; with
    `hold=False` closes each at once, as a server that drops its clients."""

    def __init__(self, port, hold=True):
        self.hold = hold
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", port))
        self.listener.listen(64)
        self.held = []
        self.accepted = threading.Semaphore(0)
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)
            if not self.hold:
                connection.close()
            self.accepted.release()

    @property
    def connections(self):
        return len(self.held)

    def release(self):
        for connection in self.held:
            connection.close()

    def close(self):
        self.release()
        self.listener.close()


def cache_for(server, retry_after):
    """A cache object as Django makes one per thread: each its own, sharing the server's
    state. A hung server holds a call for 30 s, far longer than the test takes."""
    return FailOpenRedisCache(
        server.url, {"OPTIONS": {"retry_after": retry_after, "socket_timeout": 30}}
    )


def from_memory(result):
    """Whether a read made while Redis is down gave what the process wrote meanwhile (or,
    for get_many, nothing at all)."""
    return result == "value" or isinstance(result, dict) and set(result.values()) <= {"value"}


def calls_while_down(server, retry_after):
    """CALLS reads and writes from each of THREADS threads, each with its own cache object;
    returns what the reads gave."""
    results = []

    def work():
        cache = cache_for(server, retry_after)
        for number in range(CALLS):
            cache.set(f"key-{number}", "value")
            results.append(cache.get(f"key-{number}", "miss"))
            results.append(cache.get_many([f"key-{number}"]))

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert not any(thread.is_alive() for thread in threads), "a call waited for Redis"
    return results


def test_one_call_tries_redis_again_while_the_others_go_on_without_it(redis_server):
    cache = cache_for(redis_server, retry_after=0.2)
    cache.set("before", "value")
    assert cache.get("before") == "value"

    redis_server.stop()
    assert cache.get("before", "miss") == "miss"  # refused: Redis is down for 0.2 s
    hanging = HangingServer(redis_server.port)
    try:
        time.sleep(0.3)
        # Past the window: one call tries Redis again and hangs on the server ...
        probe = threading.Thread(target=cache_for(redis_server, retry_after=60).get, args=("x",))
        probe.start()
        assert hanging.accepted.acquire(timeout=10)
        # ... while every other call, from any thread, answers at once without trying (a read
        # of what the process wrote meanwhile from its own memory).
        results = calls_while_down(redis_server, retry_after=60)
        assert all(from_memory(result) for result in results)
        assert hanging.connections == 1
        assert probe.is_alive()

        # The hung call fails: for the next minute nothing tries Redis.
        hanging.release()
        probe.join(timeout=10)
        assert not probe.is_alive()
        results = calls_while_down(redis_server, retry_after=60)
        assert all(from_memory(result) for result in results)
        assert hanging.connections == 1
    finally:
        hanging.close()


def test_a_failing_call_connects_once_without_retrying(redis_server):
    """redis-py retries a failed connection with growing pauses when told to (its client does
    by default when it makes its own connections): each call here must try once and fail."""
    redis_server.stop()
    dropping = HangingServer(redis_server.port, hold=False)
    try:
        cache = cache_for(redis_server, retry_after=60)
        assert cache.get("key", "miss") == "miss"
        assert dropping.connections == 1
    finally:
        dropping.close()
