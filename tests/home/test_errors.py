"""Error pages speak the language of the address the reader asked for; the 500 page needs no
database, since it is shown when something (often the database) has failed."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from home.models import HomePage
from tests.home.factories import english_home, translate


@pytest.fixture
def homes(db):
    home = english_home()
    translate(home, "pl", title="Witamy", slug="home-pl")
    return home


def html_lang(html):
    return re.search(r'<html[^>]*\blang="([^"]+)"', html).group(1)


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_missing_english_page_shows_the_english_404(client, homes, settings):
    assert settings.DEBUG is False
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert html_lang(html) == "en"
    assert title(html).startswith("Page not found")
    assert "Sorry, there is no page at this address." in html
    assert 'href="/en/"' in html


def test_missing_polish_page_shows_the_polish_404(client, homes):
    response = client.get("/pl/nie-ma/")

    assert response.status_code == 404
    html = response.content.decode()
    assert html_lang(html) == "pl"
    assert title(html).startswith("Nie znaleziono strony")
    assert "Page not found" not in html
    # The way back leads to the Polish home page, and the page keeps the site's landmarks.
    assert re.search(r'<a [^>]*href="/pl/"', html)
    assert '<main id="main"' in html
    assert 'class="skip-link"' in html


def test_500_page_renders_in_the_active_language_without_the_database():
    # No django_db mark: any query made while rendering would fail this test.
    request = RequestFactory().get("/pl/")
    with translation.override("pl"):
        response = server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert html_lang(html) == "pl"
    assert "Coś poszło nie tak" in html
    assert 'href="/pl/"' in html
    assert '<main id="main"' in html
    assert 'class="skip-link"' in html


def test_an_error_on_a_polish_page_shows_the_polish_500(client, homes, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client.raise_request_exception = False

    response = client.get("/pl/")

    assert response.status_code == 500
    html = response.content.decode()
    assert html_lang(html) == "pl"
    assert "Coś poszło nie tak" in html
    assert "the database went away" not in html
