"""City names in the reader's language in every list and filter: the city's page title in that
language where it has one ("Gandawa" to a Polish reader), otherwise its English one
("Thessaloniki", not "Θεσσαλονίκη", to a German reader), otherwise its own."""

import datetime
import html
import re
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import translation

from home.i18n import city_names, city_names_by_key
from partners.models import CityProfilePage
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PracticeIndexPageFactory,
    StudyVisitIndexPageFactory,
    StudyVisitReportPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    """English, Polish and German sides; Ghent written in Dutch ("Gent") and translated into
    English ("Ghent") and Polish ("Gandawa"); Thessaloniki written in Greek and translated into
    English only; Bremen written in German, whose report Thessaloniki visited."""
    for code in ("pl", "de", "nl", "el"):
        locale(code)
    home = english_home()
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    visits = StudyVisitIndexPageFactory(parent=home, title="Study visits", slug="study-visits")
    practices = PracticeIndexPageFactory(parent=home, title="Practices", slug="practices")
    pages = {}
    for code, names in {
        "pl": ("Miasta", "Wizyty studyjne", "Praktyki"),
        "de": ("Städte", "Studienbesuche", "Praxisbeispiele"),
        "nl": ("Steden", "Studiebezoeken", "Praktijken"),
        "el": ("Πόλεις", "Επισκέψεις", "Πρακτικές"),
    }.items():
        translate(home, code, slug=f"home-{code}")
        pages[code] = [
            translate(page, code, title=title, slug=f"{page.slug}-{code}")
            for page, title in zip((cities, visits, practices), names, strict=True)
        ]
    ghent = CityProfilePageFactory(parent=pages["nl"][0], title="Gent", slug="gent", country="BE")
    translate(ghent, "en", title="Ghent", slug="ghent")
    translate(ghent, "pl", title="Gandawa", slug="gandawa")
    thessaloniki = CityProfilePageFactory(
        parent=pages["el"][0], title="Θεσσαλονίκη", slug="thessaloniki-el", country="GR"
    )
    translate(thessaloniki, "en", title="Thessaloniki", slug="thessaloniki")
    bremen = CityProfilePageFactory(parent=pages["de"][0], title="Bremen", slug="bremen")
    StudyVisitReportPageFactory(
        parent=ghent,
        title="Studiebezoek aan Gent",
        start_date=datetime.date(2021, 4, 19),
        end_date=datetime.date(2021, 4, 21),
    )
    PracticeArticlePageFactory(
        parent=thessaloniki,
        title="Στέγαση",
        start_date=datetime.date(2020, 3, 1),
        end_date=datetime.date(2020, 11, 30),
        status="completed",
    )
    bremen_report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch in Bremen",
        start_date=datetime.date(2021, 3, 22),
        end_date=datetime.date(2021, 3, 24),
    )
    bremen_report.visiting_cities.set([thessaloniki])
    bremen_report.save_revision().publish()
    return SimpleNamespace(
        ghent=ghent, thessaloniki=thessaloniki, bremen_report=bremen_report, pages=pages
    )


def city_choices(url):
    """The labels of the city filter's options on the listing at `url`."""
    response = Client().get(url)
    assert response.status_code == 200
    select = re.search(r'<select name="city".*?</select>', response.content.decode(), re.S)
    assert select, f"no city filter on {url}"
    return [html.unescape(label).strip() for label in re.findall(r">([^<]*)</option>", select[0])]


def test_polish_filters_name_ghent_gandawa(network):
    visits, practices = network.pages["pl"][1], network.pages["pl"][2]
    for url in (visits.url, practices.url):
        choices = city_choices(url)
        assert "Gandawa" in choices, url
        assert "Gent" not in choices and "Ghent" not in choices, url


def test_a_city_without_a_page_in_the_readers_language_is_named_in_english(network):
    choices = city_choices(network.pages["de"][2].url)
    assert "Thessaloniki" in choices
    assert "Θεσσαλονίκη" not in choices

    # The card of the Greek practice, listed untranslated, names its city the same way.
    listing = html.unescape(Client().get(network.pages["de"][2].url).content.decode())
    assert '<span class="card__city">Thessaloniki</span>' in listing
    assert "Θεσσαλονίκη" not in listing

    # The German report's visiting cities, too.
    report = Client().get(network.bremen_report.url)
    text = html.unescape(report.content.decode())
    assert "Thessaloniki" in text
    assert "Θεσσαλονίκη" not in text


def test_greek_readers_read_greek_names_where_there_are_some(network):
    cities = CityProfilePage.objects.filter(pk__in=[network.ghent.pk, network.thessaloniki.pk])
    names = city_names(cities, locale("el"))
    assert names == {network.ghent.pk: "Ghent", network.thessaloniki.pk: "Θεσσαλονίκη"}


def test_admin_lists_name_cities_in_the_editors_language(network):
    """What the translation status and batch filters use: the cities by translation key."""
    keys = [str(network.ghent.translation_key), str(network.thessaloniki.translation_key)]
    assert city_names_by_key(keys, "pl") == {keys[0]: "Gandawa", keys[1]: "Thessaloniki"}
    assert city_names_by_key(keys, "el") == {keys[0]: "Ghent", keys[1]: "Θεσσαλονίκη"}
    with translation.override("pl"):
        assert city_names_by_key(keys)[keys[0]] == "Gandawa"
