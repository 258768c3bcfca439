"""Through Varnish (deploy/varnish/default.vcl), a reader over https never gets the copy kept
for a reader over http: each names the address it was asked at."""

import re
import urllib.request

import pytest

from tests.home.factories import StandardPageFactory, english_home
from tests.servers import VarnishServer


@pytest.fixture
def varnish(live_server, settings):
    server = VarnishServer(int(live_server.url.rsplit(":", 1)[1]))
    server.start()
    settings.PAGE_CACHE_ENABLED = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    yield server
    server.stop()


def fetch(url, scheme):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": scheme})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local server
        html = response.read().decode()
        return response.headers, re.search(r'<link rel="canonical" href="([^"]+)"', html)[1]


@pytest.mark.django_db(transaction=True)
def test_https_and_http_readers_get_their_own_copy_through_varnish(varnish):
    page = StandardPageFactory(parent=english_home(), title="About the network", slug="about")
    url = varnish.url + page.url

    fetch(url, "http")
    headers, canonical = fetch(url, "http")
    assert headers["X-Cache"] == "HIT" and canonical.startswith("http://")
    headers, canonical = fetch(url, "https")
    assert canonical.startswith("https://")
    headers, canonical = fetch(url, "https")
    assert headers["X-Cache"] == "HIT" and canonical.startswith("https://")
