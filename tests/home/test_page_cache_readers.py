"""Which reader gets which cached answer: one reached over https never gets the answer kept for
http (its canonical and sharing addresses name the scheme); a session cookie that names no
session is served from the cache like any anonymous reader, a real session never is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import StandardPageFactory, english_home

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    # As in production, behind a proxy that says which scheme the reader used.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.fixture
def page():
    return StandardPageFactory(parent=english_home(), title="About the network", slug="about")


def read(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def canonical(response):
    html = response.content.decode()
    start = html.index('<link rel="canonical" href="') + len('<link rel="canonical" href="')
    return html[start : html.index('"', start)]


def test_https_readers_get_https_addresses_after_an_http_reader(client, page):
    # The proxy passes the reader's Host on whichever the scheme.
    host = "cities.example.org"
    over_http = read(client, page.url, host=host, x_forwarded_proto="http")
    over_https = read(client, page.url, host=host, x_forwarded_proto="https")
    again = read(client, page.url, host=host, x_forwarded_proto="https")

    assert canonical(over_http).startswith("http://")
    assert canonical(over_https).startswith("https://")
    assert 'content="http://' not in over_https.content.decode()
    assert again["X-Page-Cache"] == "hit" and canonical(again).startswith("https://")


def test_a_session_cookie_naming_no_session_is_served_from_the_cache(client, page):
    read(client, page.url)
    client.cookies["sessionid"] = "madeupsessionkey0123456789abcdef"

    with CaptureQueriesContext(connection) as queries:
        response = read(client, page.url)

    assert response["X-Page-Cache"] == "hit"
    # Finding that the session does not exist costs one lookup, at most.
    assert len(queries) <= 1, [query["sql"] for query in queries]


@pytest.mark.parametrize("value", ["x", "", "7-chars"])
def test_a_malformed_session_cookie_is_served_from_the_cache_without_a_query(client, page, value):
    read(client, page.url)
    client.cookies["sessionid"] = value

    with CaptureQueriesContext(connection) as queries:
        response = read(client, page.url)

    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0, [query["sql"] for query in queries]


def test_an_editors_session_is_never_served_a_cached_copy(client, django_user_model, page):
    read(client, page.url)
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    response = read(client, page.url)

    assert "X-Page-Cache" not in response
    assert "userbar" in response.content.decode()


def test_a_reader_who_unlocked_a_private_page_is_not_served_from_the_cache(client, page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="network"
    )
    form = client.get(page.url)
    action = form.content.decode().split('action="')[1].split('"')[0]
    client.post(action, {"password": "network", "return_url": page.url})

    first = read(client, page.url)
    second = read(client, page.url)

    assert "About the network" in second.content.decode()
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
