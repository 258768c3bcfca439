"""Long compounds ("Migrationshintergrund") in key-figure cards and headings break at a syllable
with a hyphen: the stylesheet asks the browser to hyphenate them, and it can only do so by the
rules of the right language, so the cards sit inside an element that carries the page's lang;
browsers without a hyphenation dictionary (Debian's Chromium) get soft hyphens in the labels."""

import re

import pytest
from django.conf import settings
from lxml import html as lxml_html

from tests.home.factories import english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory

STYLESHEET = settings.BASE_DIR / "static" / "css" / "site.css"


def hyphenated_selectors():
    """The selectors of the stylesheet's rules that set `hyphens: auto` (outside @media)."""
    css = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.S)
    selectors = set()
    for selector_list, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", css):
        if re.search(r"(?<![-\w])hyphens\s*:\s*auto", body):
            selectors.update(part.strip() for part in selector_list.split(","))
    return selectors


def test_the_stylesheet_hyphenates_key_figures_and_long_headings():
    selectors = hyphenated_selectors()

    assert {".key-figure", "h1", "h2", ".card__title"} <= selectors


def nearest_lang(element):
    for ancestor in element.iterancestors():
        if ancestor.get("lang"):
            return ancestor.get("lang")
    return None


@pytest.mark.django_db
def test_a_german_citys_key_figures_are_marked_as_german(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    home = english_home()
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    translate(home, "de", slug="home-de")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    bremen = CityProfilePageFactory(
        parent=cities_de,
        title="Bremen",
        slug="bremen",
        key_figures=[
            (
                "figure",
                {
                    "measure": "",
                    "value": "38 %",
                    "label": "Einwohnerinnen und Einwohner mit Migrationshintergrund",
                    "year": 2021,
                    "source": "Statistisches Landesamt",
                },
            )
        ],
    )

    page = lxml_html.fromstring(client.get(bremen.url).content)

    [card] = page.xpath('//li[@class="key-figure"]')
    assert nearest_lang(card) == "de"
    # Soft hyphens at German syllable breaks, for browsers without a hyphenation dictionary;
    # invisible where the word fits.
    [label] = card.xpath('.//*[@class="key-figure__label"]')
    assert "Mi\u00adgra\u00adti\u00adons\u00adhin\u00adter\u00adgrund" in label.text_content()
    assert label.text_content().replace("\u00ad", "") == (
        "Einwohnerinnen und Einwohner mit Migrationshintergrund"
    )
    [heading] = page.xpath("//h1")
    assert nearest_lang(heading) == "de"
