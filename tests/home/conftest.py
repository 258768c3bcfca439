import pytest

from tests.servers import RedisServer


@pytest.fixture
def redis_server():
    """A redis-server of the test's own, which the test may stop and start again."""
    server = RedisServer()
    server.start()
    yield server
    server.stop()
