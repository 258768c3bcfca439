"""With real servers: the site keeps answering while its Redis is down and uses it again when it
is back; a publish is visible through Varnish on the next request."""

import logging
import time
import urllib.request

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import english_home
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, PracticeIndexPageFactory
from tests.servers import VarnishServer


@pytest.fixture
def redis_cache(settings, redis_server):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.cache_backend.FailOpenRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {"retry_after": 0.2},
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    yield
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def practices():
    home = english_home()
    city = CityProfilePageFactory(parent=CityIndexPageFactory(parent=home), title="Bremen")
    PracticeArticlePageFactory(parent=city, title="Flats, not shelters")
    return PracticeIndexPageFactory(parent=home, slug="practices")


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "Flats, not shelters" in response.content.decode()
    return len(queries)


@pytest.mark.django_db
def test_pages_answer_while_redis_is_down_and_use_it_again_when_back(
    client, admin_client, practices, redis_cache, redis_server, caplog
):
    url = practices.url
    assert queries_for(client, url) > 0
    assert queries_for(client, url) == 0  # from Redis

    redis_server.stop()
    with caplog.at_level(logging.ERROR, logger="home.cache_backend"):
        for _ in range(5):
            assert queries_for(client, url) > 0  # from the database
            time.sleep(0.05)
        # Editors keep working too.
        assert admin_client.get("/admin/").status_code == 200
    unreachable = [record for record in caplog.records if "unreachable" in record.message]
    assert len(unreachable) == 1

    redis_server.start()
    time.sleep(0.3)
    assert queries_for(client, url) > 0  # fills the cache again ...
    assert queries_for(client, url) == 0  # ... and is served from it


@pytest.mark.django_db
def test_while_redis_is_down_a_process_keeps_what_it_read_but_never_a_page(
    client, practices, redis_cache, redis_server
):
    from django.core.cache import cache

    url = practices.url
    queries_for(client, url)
    redis_server.stop()
    client.get(url)  # the outage is found
    with_memory = queries_for(client, url)
    cache._state.fallback.clear()
    without_memory = queries_for(client, url)
    # Site root paths and the like come from the process's memory; the page never does.
    assert 0 < with_memory < without_memory
    assert not any(key.startswith("page-cache:") for key in cache._state.fallback)

    practice = PracticeArticlePageFactory._meta.model.objects.get(title="Flats, not shelters")
    practice.title = "Homes, not shelters"
    practice.save_revision().publish()
    assert "Homes, not shelters" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_publish_made_while_redis_was_unreachable_is_not_hidden_by_its_old_pages(
    client, practices, redis_cache, redis_server
):
    import redis

    url = practices.url
    queries_for(client, url)
    assert queries_for(client, url) == 0

    # Redis keeps its data but does not answer for a while (a network blip, a busy server).
    redis.Redis.from_url(redis_server.url).execute_command("CLIENT", "PAUSE", "1500", "ALL")
    practice = PracticeArticlePageFactory._meta.model.objects.get(title="Flats, not shelters")
    practice.title = "Homes, not shelters"
    practice.save_revision().publish()  # the cache cannot be told
    time.sleep(1.8)

    html = client.get(url).content.decode()
    assert "Homes, not shelters" in html
    assert "Flats, not shelters" not in html


@pytest.fixture
def varnish(live_server, settings):
    port = int(live_server.url.rsplit(":", 1)[1])
    server = VarnishServer(port)
    server.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": server.url,
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    yield server
    server.stop()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local test server
        return response.headers, response.read().decode()


@pytest.mark.django_db(transaction=True)
def test_a_publish_is_visible_through_varnish_on_the_next_request(varnish):
    home = english_home()
    city = CityProfilePageFactory(parent=CityIndexPageFactory(parent=home), title="Bremen")
    practice = PracticeArticlePageFactory(parent=city, title="Flats, not shelters")
    url = varnish.url + practice.url

    fetch(url)
    headers, html = fetch(url)
    assert headers["X-Cache"] == "HIT"
    assert "Flats, not shelters" in html

    practice.title = "Homes, not shelters"
    practice.save_revision().publish()

    headers, html = fetch(url)
    assert headers["X-Cache"] == "MISS"
    assert "Homes, not shelters" in html
    headers, html = fetch(varnish.url + city.url)
    assert "Homes, not shelters" in html


@pytest.mark.django_db
def test_an_outage_is_logged_once_per_process_whatever_the_threads(
    redis_cache, redis_server, caplog
):
    import threading

    from django.core.cache import cache

    from home.cache_backend import cache_recovered

    def read_in_threads():
        threads = [threading.Thread(target=cache.get, args=("anything",)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    recoveries = []
    cache_recovered.connect(lambda **kwargs: recoveries.append(1), weak=False, dispatch_uid="t")
    try:
        redis_server.stop()
        with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
            read_in_threads()
            redis_server.start()
            time.sleep(0.3)
            read_in_threads()
    finally:
        cache_recovered.disconnect(dispatch_uid="t")

    messages = [record.message for record in caplog.records]
    assert sum("unreachable" in message for message in messages) == 1
    assert sum(message.endswith("using it.") for message in messages) == 1
    assert recoveries == [1]


def test_a_value_set_without_a_timeout_is_kept_forever(redis_cache, redis_server):
    """The page cache's generation is set with no timeout: it must not expire after Django's
    default five minutes, which would empty the page cache every five minutes."""
    import redis
    from django.core.cache import cache

    cache.set("page-cache:generation", "token", None)
    cache.set("short", "value", 30)

    server = redis.Redis.from_url(redis_server.url)
    keys = {key.decode().rsplit(":", 1)[-1]: key for key in server.keys("*")}
    assert server.ttl(keys["generation"]) == -1
    assert 0 < server.ttl(keys["short"]) <= 30
