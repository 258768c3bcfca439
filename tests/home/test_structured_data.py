"""The check of the pages' schema.org JSON-LD (tests/json_ld.py, run over every page of the demo
in tests/browser/test_accessibility.py) tells real types and properties from invented ones, and
the site's pages pass it: a report, its translation, a city and the home page."""

from decimal import Decimal

import extruct
import pytest

from publication.models import StudyVisitReportPage
from tests import json_ld
from tests.home.factories import english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory

HOST = "http://testserver"


def graph(*nodes, context="https://schema.org"):
    return {"@context": context, "@graph": list(nodes)}


ARTICLE = {
    "@type": "Article",
    "@id": f"{HOST}/en/cities/bremen/visit/",
    "url": f"{HOST}/en/cities/bremen/visit/",
    "name": "Visit to Bremen",
    "headline": "Visit to Bremen",
    "inLanguage": "en",
    "datePublished": "2021-03-01T10:00:00+00:00",
    "publisher": {"@id": f"{HOST}/en/#organization"},
    "workTranslation": [{"@id": f"{HOST}/pl/miasta/brema/wizyta/", "inLanguage": "pl"}],
    "about": {
        "@type": "City",
        "name": "Bremen",
        "address": {"@type": "PostalAddress", "addressCountry": "DE"},
        "geo": {"@type": "GeoCoordinates", "latitude": 53.08, "longitude": 8.8},
    },
}
BREADCRUMBS = {
    "@type": "BreadcrumbList",
    "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{HOST}/en/"},
    ],
}


def test_real_types_and_properties_pass():
    assert json_ld.document_problems(graph(ARTICLE, BREADCRUMBS)) == []


@pytest.mark.parametrize(
    "node, problem",
    [
        ({**ARTICLE, "@type": "Articel"}, "@type 'Articel' is not one of the known"),
        ({**ARTICLE, "headlines": "Visit"}, "'headlines' is not a schema.org property of Article"),
        (
            {"@type": "Organization", "name": "Network", "headline": "Network"},
            "'headline' is not a schema.org property of Organization",
        ),
        (
            {**ARTICLE, "about": {"@type": "City", "addressCountry": "DE"}},
            "@graph.about: 'addressCountry' is not a schema.org property of City",
        ),
        (
            {**ARTICLE, "translationOfWork": {"@id": "/pl/", "inLanguag": "pl"}},
            "'inLanguag' is not a schema.org property of CreativeWork",
        ),
        ({**ARTICLE, "inLanguage": "Polish"}, "'Polish' is not a language code"),
        ({**ARTICLE, "url": "/en/cities/"}, "'/en/cities/' is not an absolute URL"),
        ({**ARTICLE, "datePublished": "yesterday"}, "'yesterday' is not an ISO 8601 date"),
        ({"name": "Untyped"}, "a node without @type"),
    ],
)
def test_an_invented_type_or_property_or_a_bad_value_is_found(node, problem):
    problems = json_ld.document_problems(graph(node))

    assert any(problem in found for found in problems), problems


def test_only_schema_org_is_the_context():
    problems = json_ld.document_problems(graph(ARTICLE, context="http://schema.org/"))

    assert problems == ["@context is 'http://schema.org/', not 'https://schema.org'"]


@pytest.fixture
def site(db):
    home = english_home()
    translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home)
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(
        parent=cities,
        title="Bremen",
        slug="bremen",
        latitude=Decimal("53.08"),
        longitude=Decimal("8.8"),
    )
    translate(bremen, "pl", title="Brema", slug="brema")
    report = StudyVisitReportPageFactory(parent=bremen, title="Visit to Bremen", slug="visit")
    translate(report, "pl", title="Wizyta w Bremie", slug="wizyta")
    return ["/en/", "/pl/", "/en/cities/bremen/", "/en/cities/bremen/visit/", "/pl/miasta/"]


def page_problems(client, path):
    response = client.get(path)
    assert response.status_code == 200
    documents = extruct.extract(
        response.content.decode(), base_url=HOST + path, syntaxes=["json-ld"]
    )["json-ld"]
    assert documents, f"{path} has no JSON-LD"
    return [problem for document in documents for problem in json_ld.document_problems(document)]


def test_the_sites_pages_pass(client, site):
    for path in [*site, "/pl/miasta/brema/wizyta/"]:
        assert page_problems(client, path) == [], path


def test_a_page_type_that_says_it_is_something_schema_org_does_not_know_fails(
    client, site, monkeypatch
):
    monkeypatch.setattr(StudyVisitReportPage, "schema_type", "StudyVisitReport")

    problems = page_problems(client, "/en/cities/bremen/visit/")

    assert problems == [
        "@graph: @type 'StudyVisitReport' is not one of the known schema.org types"
    ]
