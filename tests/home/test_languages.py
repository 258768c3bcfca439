"""Every public URL carries its language; readers are sent to theirs and can switch to any
language the page exists in, and only to those."""

import re

import pytest

from tests.home.factories import StandardPageFactory, english_home, translate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("pl-PL,pl;q=0.9,en;q=0.5", "/pl/"),
        ("de-DE,de;q=0.9", "/de/"),
        ("el", "/el/"),
        ("ja-JP,ja;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.fixture
def about():
    home = english_home()
    page = StandardPageFactory(parent=home, title="About the network", slug="about")
    translate(home, "pl", title="Witamy", slug="home-pl")
    translate(home, "de", title="Willkommen", slug="home-de")
    translate(page, "pl", title="O sieci", slug="o-sieci")
    translate(page, "de", title="Über das Netzwerk", slug="ueber-das-netzwerk", live=False)
    return page


def switcher_links(html):
    """(hreflang, href, text) of each link in the language switcher."""
    nav = re.search(r'<nav[^>]*class="[^"]*language-switcher[^"]*".*?</nav>', html, re.S)
    assert nav, "no language switcher on the page"
    links = re.findall(r"<a\b([^>]*)>(.*?)</a>", nav.group(0), re.S)
    result = []
    for attrs, text in links:
        hreflang = re.search(r'hreflang="([^"]+)"', attrs).group(1)
        href = re.search(r'href="([^"]+)"', attrs).group(1)
        result.append((hreflang, href, re.sub(r"<[^>]+>|\s+", " ", text).strip()))
    return result


def alternates(html):
    return dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
        + [
            (lang, href)
            for href, lang in re.findall(
                r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"', html
            )
        ]
    )


def test_pages_are_served_under_their_language_prefix_with_html_lang(client, about):
    english = client.get("/en/about/")
    polish = client.get("/pl/o-sieci/")

    assert english.status_code == 200 and polish.status_code == 200
    assert '<html lang="en"' in english.content.decode()
    assert '<html lang="pl"' in polish.content.decode()
    assert "O sieci" in polish.content.decode()
    assert "O sieci" not in english.content.decode()


def test_switcher_lists_exactly_the_live_translations_named_in_their_own_language(client, about):
    links = switcher_links(client.get("/en/about/").content.decode())

    assert [(lang, href) for lang, href, _ in links] == [
        ("en", "/en/about/"),
        ("pl", "/pl/o-sieci/"),
    ]
    assert [text for *_, text in links] == ["English", "Polski"]


def test_switcher_offers_german_once_the_translation_is_published(client, about):
    german = about.get_translation(about.locale.__class__.objects.get(language_code="de"))
    german.save_revision().publish()

    links = switcher_links(client.get("/pl/o-sieci/").content.decode())

    assert ("de", "/de/ueber-das-netzwerk/", "Deutsch") in links


def test_hreflang_alternates_name_every_live_translation_and_a_default(client, about):
    html = client.get("/pl/o-sieci/").content.decode()

    assert alternates(html) == {
        "en": "http://testserver/en/about/",
        "pl": "http://testserver/pl/o-sieci/",
        "x-default": "http://testserver/en/about/",
    }


def test_interface_strings_are_translated(client, about):
    polish = client.get("/pl/o-sieci/").content.decode()
    english = client.get("/en/about/").content.decode()

    # The skip link, in the page's language.
    assert "Przejdź do treści" in polish
    assert "Skip to content" in english
