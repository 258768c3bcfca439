"""The public search: the pages of the reader's language only, narrowed by type and city, with
highlighted, escaped excerpts, pagination, bad input handled, and (on PostgreSQL) each language
stemmed with its own text-search configuration."""

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.highlight import excerpt, highlight
from tests.home.factories import StandardPageFactory, english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, StudyVisitReportPageFactory

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script>'


@pytest.fixture
def site():
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    bremen = CityProfilePageFactory(
        parent=cities, title="Bremen", slug="bremen", summary="A port city on the Weser."
    )
    ghent = CityProfilePageFactory(
        parent=cities, title="Ghent", slug="ghent", country="BE", summary="A port in Flanders."
    )
    return SimpleNamespace(home=home, cities=cities, bremen=bremen, ghent=ghent)


def results(client, path, **params):
    """(title text, link) of each result, in order."""
    html = client.get(path, params).content.decode()
    return [
        (re.sub(r"<[^>]+>", "", title), href)
        for href, title in re.findall(
            r'class="search-result__title"><a href="([^"]*)">(.*?)</a>', html, re.S
        )
    ]


def titles(client, path, **params):
    return [title for title, _href in results(client, path, **params)]


def test_each_language_searches_its_own_pages(client, site):
    practice = PracticeArticlePageFactory(
        parent=site.bremen, title="Housing guides", summary="Volunteers in Bremen help tenants."
    )
    translate(site.home, "de", title="Willkommen", slug="home-de")
    translate(site.cities, "de", title="Städte", slug="staedte")
    translate(site.bremen, "de", title="Bremen", slug="bremen", summary="Hafenstadt an der Weser.")
    translate(
        practice,
        "de",
        title="Wohnungslotsen",
        slug="wohnungslotsen",
        summary="Ehrenamtliche in Bremen begleiten Mieter.",
    )

    english = results(client, "/en/search/", q="Bremen")
    german = results(client, "/de/search/", q="Bremen")

    assert sorted(english) == [
        ("Bremen", "/en/cities/bremen/"),
        ("Housing guides", "/en/cities/bremen/housing-guides/"),
    ]
    assert sorted(german) == [
        ("Bremen", "/de/staedte/bremen/"),
        ("Wohnungslotsen", "/de/staedte/bremen/wohnungslotsen/"),
    ]


@pytest.fixture
def content(site):
    StandardPageFactory(parent=site.home, title="About", intro="The network started in Bremen.")
    PracticeArticlePageFactory(
        parent=site.bremen, title="Housing guides", summary="Volunteers in Bremen help tenants."
    )
    StudyVisitReportPageFactory(
        parent=site.bremen, title="Study visit", summary="Partners visited Bremen in spring."
    )
    PracticeArticlePageFactory(
        parent=site.ghent, title="Dutch practice", summary="Learners from Bremen and Ghent."
    )
    return site


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("", ["About", "Bremen", "Dutch practice", "Housing guides", "Study visit"]),
        ("practice", ["Dutch practice", "Housing guides"]),
        ("report", ["Study visit"]),
        ("city", ["Bremen"]),
        ("other", ["About"]),
    ],
)
def test_type_filter(client, content, kind, expected):
    assert sorted(titles(client, "/en/search/", q="Bremen", type=kind)) == expected


def test_city_filter(client, content):
    assert sorted(titles(client, "/en/search/", q="Bremen", city="bremen")) == [
        "Bremen",
        "Housing guides",
        "Study visit",
    ]
    assert titles(client, "/en/search/", q="Bremen", city="ghent") == ["Dutch practice"]
    assert titles(client, "/en/search/", q="Bremen", city="ghent", type="city") == []


def test_results_show_a_highlighted_excerpt_with_markup_escaped(client, site):
    PracticeArticlePageFactory(
        parent=site.bremen,
        title="Housing guides",
        summary='Flats & <b>housing</b> for "newcomers" in a port city.',
    )

    html = client.get("/en/search/", {"q": "housing"}).content.decode()

    assert "<mark>Housing</mark> guides</a>" in html
    assert "Flats &amp; &lt;b&gt;<mark>housing</mark>&lt;/b&gt; for &quot;newcomers&quot;" in html
    assert "<b>housing</b>" not in html


def test_the_excerpt_is_taken_around_the_first_match():
    text = ("Lorem ipsum dolor sit amet. " * 30) + "Volunteers find housing. " + "Tail. " * 60

    snippet = str(excerpt(text, ["housing"]))

    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "Volunteers find <mark>housing</mark>." in snippet
    assert len(snippet) < 300


def test_highlighting_marks_close_word_forms_and_escapes_the_rest():
    marked = str(highlight("Eine <eigene> Wohnung & Wohnungslotsen; Wohnheime.", ["wohnungen"]))

    assert marked == "Eine &lt;eigene&gt; <mark>Wohnung</mark> &amp; Wohnungslotsen; Wohnheime."
    assert str(highlight("Houses, housing, house", ["housing"])) == (
        "<mark>Houses</mark>, <mark>housing</mark>, <mark>house</mark>"
    )


def test_results_are_paginated(client, site):
    for n in range(12):
        PracticeArticlePageFactory(
            parent=site.bremen, title=f"Mediation {n}", summary="Language mediation."
        )

    first = titles(client, "/en/search/", q="mediation")
    second = titles(client, "/en/search/", q="mediation", page="2")

    assert len(first) == 10
    assert len(second) == 2
    assert not set(first) & set(second)
    assert titles(client, "/en/search/", q="mediation", page="99") == second
    html = client.get("/en/search/", {"q": "mediation"}).content.decode()
    assert "12 results for “mediation”" in html
    assert 'href="?q=mediation&amp;page=2"' in html


def test_a_blank_search_shows_the_form_only(client, site):
    html = client.get("/en/search/", {"q": "   "}).content.decode()

    assert 'id="search-page-query"' in html
    assert "Nothing was found" not in html
    assert 'class="search-result' not in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": XSS},
        {"q": "housing " + "x" * 5000},
        {"q": "!!! ???"},
        {"q": "a\x00b"},
        {"q": "AND OR NOT NEAR \" * ^ : \\ '"},
        {"q": "housing", "type": XSS},
        {"q": "housing", "city": "atlantis"},
        {"q": "housing", "city": XSS},
        {"q": "housing", "page": "abc"},
        {"q": "housing", "page": "-1"},
        {"q": "housing", "page": "99999999999999999999"},
        {XSS: XSS},
    ],
)
def test_bad_parameters_give_a_sensible_page(client, site, params):
    PracticeArticlePageFactory(parent=site.bremen, title="Housing guides", summary="Housing.")

    response = client.get("/en/search/", params)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<script>" not in html
    assert "x" * 300 not in html, "a long query is not echoed in full"
    if params.get("q") == "housing":
        assert titles(client, "/en/search/", **params) == ["Housing guides"]


def test_a_query_without_words_asks_for_some(client, site):
    html = client.get("/en/search/", {"q": "!!! ???"}).content.decode()

    assert "Type one or more words to search for." in html


def test_drafts_and_other_languages_drafts_are_not_found(client, site):
    PracticeArticlePageFactory(
        parent=site.bremen, title="Secret housing plan", summary="Housing.", live=False
    )

    assert titles(client, "/en/search/", q="housing") == []


postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming per language needs PostgreSQL"
)


@pytest.fixture
def housing(site):
    """The same practice in English and German; the German text has "Wohnung", never
    "Wohnungen", and the English one has "housing", never "houses"."""
    practice = PracticeArticlePageFactory(
        parent=site.bremen,
        title="Housing guides",
        summary="Volunteers help newcomers find housing. German: eigene Wohnung.",
    )
    translate(site.home, "de", title="Willkommen", slug="home-de")
    translate(site.cities, "de", title="Städte", slug="staedte")
    translate(site.bremen, "de", title="Bremen", slug="bremen", summary="Hafenstadt.")
    translate(
        practice,
        "de",
        title="Lotsen",
        slug="lotsen",
        summary="Ehrenamtliche begleiten Neuankommende in die eigene Wohnung.",
    )
    return practice


@postgresql
def test_a_german_inflected_word_finds_the_german_page_only(client, housing):
    assert titles(client, "/de/search/", q="Wohnungen") == ["Lotsen"]
    assert titles(client, "/en/search/", q="Wohnungen") == []


@postgresql
def test_english_words_are_stemmed_in_english(client, housing):
    assert titles(client, "/en/search/", q="houses") == ["Housing guides"]
    assert titles(client, "/de/search/", q="houses") == []


@postgresql
def test_the_admin_search_finds_each_language_by_its_own_stemming(housing):
    backend = get_search_backend()
    found = {page.title for page in backend.search("Wohnungen houses", Page, operator="or")}

    assert {"Lotsen", "Housing guides"} <= found


def test_without_stemming_the_exact_word_still_finds_its_page(client, housing):
    assert titles(client, "/de/search/", q="Wohnung") == ["Lotsen"]
    assert titles(client, "/en/search/", q="housing") == ["Housing guides"]
