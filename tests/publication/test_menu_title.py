"""The publication's long title would wrap the main menu onto two lines: the menu shows its
short menu title, in each language, where it has one, and the page keeps its own title."""

import re

import pytest

from tests.home.factories import english_home, translate
from tests.publication.factories import PracticeIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

LONG_TITLE = "Welcoming Cities: what we learnt from each other"
LONG_TITLE_PL = "Welcoming Cities: czego nauczyliśmy się od siebie nawzajem"


def menu_items(response):
    """The texts of the main menu's links."""
    html = response.content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S)
    assert nav, "the page has no main menu"
    return [text.strip() for text in re.findall(r"<a [^>]*>(.*?)</a>", nav.group(0), re.S)]


@pytest.fixture
def site():
    home = english_home()
    practices = PracticeIndexPageFactory(parent=home, title="Practices", show_in_menus=True)
    publication = PublicationPageFactory(
        parent=home, title=LONG_TITLE, menu_title="Publication", show_in_menus=True
    )
    home_pl = translate(home, "pl", title="Strona główna")
    translate(practices, "pl", title="Praktyki", slug="praktyki")
    publication_pl = translate(
        publication, "pl", title=LONG_TITLE_PL, menu_title="Publikacja", slug="publikacja"
    )
    return {"home": home, "home_pl": home_pl, "en": publication, "pl": publication_pl}


def test_the_menu_shows_the_short_title_and_the_page_keeps_its_own(client, site):
    for language, short, title in [
        ("en", "Publication", LONG_TITLE),
        ("pl", "Publikacja", LONG_TITLE_PL),
    ]:
        response = client.get(site[language].url)
        html = response.content.decode()

        assert short in menu_items(response)
        assert title not in menu_items(response)
        assert re.search(r"<h1[^>]*>\s*" + re.escape(title) + r"\s*</h1>", html), language
        assert f"<title>{title}" in html


def test_the_current_page_is_marked_in_the_menu_under_its_short_title(client, site):
    html = client.get(site["pl"].url).content.decode()

    assert re.search(r'aria-current="page"[^>]*>Publikacja</a>', html)


def test_without_a_menu_title_the_menu_shows_the_title(client, site):
    site["pl"].menu_title = ""
    site["pl"].save_revision().publish()

    assert LONG_TITLE_PL in menu_items(client.get(site["home_pl"].url))
    assert "Publication" in menu_items(client.get(site["home"].url))
