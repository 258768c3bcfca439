"""Report, practice and city pages cost a small, fixed number of queries, the same with 5 or 50
related cities, practices, organisations and snippets, and show each of them in the reader's
language; drafts never appear."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import PolicyCategory
from tests.home.factories import english_home, locale, picture, translate
from tests.partners.factories import (
    CityIndexPageFactory,
    CityProfilePageFactory,
    NetworkFactory,
    PartnerOrganisationFactory,
)
from tests.publication.factories import (
    PracticeArticlePageFactory,
    StudyVisitReportPageFactory,
    TargetGroupFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db

# Uncached: the full-page cache is off; Wagtail's own caches (site root paths, content types)
# are warmed by a first request, as they are on a running site.
REPORT_QUERIES = {"en": 20, "pl": 21}
PRACTICE_QUERIES = 17
CITY_QUERIES = 20


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def rendered(client, url):
    """The page's HTML and the queries its second rendering made."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in captured]


def assert_queries(queries, expected):
    listing = "\n".join(query[:150] for query in queries)
    assert len(queries) == expected, f"{len(queries)} queries, not {expected}:\n{listing}"


def shows(html, text):
    """Whether `text` is the whole text of an element (so "Area 1" is not found in "Area 10")."""
    return re.search(rf">\s*{re.escape(text)}\s*<", html) is not None


def translate_snippet(snippet, **fields):
    translation = snippet.copy_for_translation(locale("pl"))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


@pytest.fixture
def site():
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    host = CityProfilePageFactory(parent=cities, title="Bremen", hero_image=picture())
    translate(home, "pl", title="Witamy")
    translate(cities, "pl", title="Miasta", slug="miasta")
    translate(host, "pl", title="Brema", slug="brema")
    return {"cities": cities, "host": host, "items": []}


def add_items(site, count):
    """`count` more visiting cities, practices, organisations, thematic areas and target groups;
    every fifth one translated into Polish."""
    for number in range(len(site["items"]), len(site["items"]) + count):
        item = {
            "city": CityProfilePageFactory(parent=site["cities"], title=f"Visitor {number:02d}"),
            "practice": PracticeArticlePageFactory(
                parent=site["host"], title=f"Practice {number:02d}"
            ),
            "organisation": PartnerOrganisationFactory(name=f"Organisation {number:02d}"),
            "area": ThematicAreaFactory(name=f"Area {number:02d}"),
            "group": TargetGroupFactory(name=f"Group {number:02d}"),
        }
        if number % 5 == 0:
            for kind, title in (("city", "Miasto"), ("practice", "Praktyka")):
                translate(
                    item[kind],
                    "pl",
                    title=f"{title} {number:02d}",
                    slug=f"{title.lower()}-{number:02d}",
                    # The first one's translation is still a draft.
                    live=number > 0,
                )
            translate_snippet(item["organisation"], name=f"Organizacja {number:02d}")
            translate_snippet(item["area"], name=f"Obszar {number:02d}")
            translate_snippet(item["group"], name=f"Grupa {number:02d}")
        site["items"].append(item)


def relate(page, site, draft):
    """Give a report every item of the site, and the draft practice among its practices."""
    items = site["items"]
    page.visiting_cities.set([item["city"] for item in items])
    page.host_organisations.set([item["organisation"] for item in items])
    page.thematic_areas.set([item["area"] for item in items])
    page.target_groups.set([item["group"] for item in items])
    page.practices = [("practice", item["practice"]) for item in items] + [("practice", draft)]
    page.save()


@pytest.fixture
def reports(site):
    report = StudyVisitReportPageFactory(
        parent=site["host"], title="Visit to Bremen", hero_image=picture()
    )
    return {
        "en": report,
        "pl": translate(report, "pl", title="Wizyta w Bremie", slug="wizyta"),
        "draft": PracticeArticlePageFactory(
            parent=site["host"], title="Unpublished practice", live=False
        ),
    }


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_report_costs_the_same_few_queries_with_5_or_50_related_items(
    client, site, reports, language
):
    report = reports[language]
    add_items(site, 5)
    relate(report, site, reports["draft"])
    html, five = rendered(client, report.url)

    add_items(site, 45)
    relate(report, site, reports["draft"])
    html, fifty = rendered(client, report.url)

    assert_queries(five, REPORT_QUERIES[language])
    assert_queries(fifty, REPORT_QUERIES[language])
    assert not shows(html, "Unpublished practice")
    assert shows(html, "Visitor 49")
    assert shows(html, "Practice 49")
    assert shows(html, "Organisation 49")
    assert shows(html, "Area 49")
    assert shows(html, "Group 49")


def test_an_english_report_shows_its_related_items_in_english(client, site, reports):
    add_items(site, 10)
    relate(reports["en"], site, reports["draft"])

    html, _queries = rendered(client, reports["en"].url)

    for title in ("Visitor 05", "Practice 05", "Organisation 05", "Area 05", "Group 05"):
        assert shows(html, title)
    for title in ("Miasto 05", "Praktyka 05", "Organizacja 05", "Obszar 05", "Grupa 05"):
        assert not shows(html, title)
    assert not shows(html, "Unpublished practice")


def test_a_polish_report_shows_its_related_items_in_polish_where_they_are(client, site, reports):
    add_items(site, 10)
    relate(reports["pl"], site, reports["draft"])

    html, _queries = rendered(client, reports["pl"].url)

    for title in ("Miasto 05", "Praktyka 05", "Organizacja 05", "Obszar 05", "Grupa 05"):
        assert shows(html, title)
    for title in ("Visitor 05", "Practice 05", "Organisation 05", "Area 05", "Group 05"):
        assert not shows(html, title)
    # Not translated: shown in English.
    assert shows(html, "Visitor 06")
    assert shows(html, "Practice 06")
    assert shows(html, "Organisation 06")
    # Translated, but the translation is a draft: the English page is shown, not the draft.
    assert shows(html, "Visitor 00")
    assert shows(html, "Practice 00")
    assert not shows(html, "Miasto 00")
    assert not shows(html, "Praktyka 00")
    assert not shows(html, "Unpublished practice")
    # The host city, in Polish, from the page's own ancestors.
    assert shows(html, "Brema")
    # Saved, the report chose the Polish versions where they are live (BasePage.save): in the
    # order of the titles shown.
    assert html.index("Miasto 05") < html.index("Visitor 04") < html.index("Visitor 06")


def test_a_practice_that_is_unpublished_later_disappears_from_the_report(client, site, reports):
    add_items(site, 2)
    relate(reports["en"], site, reports["draft"])
    assert shows(rendered(client, reports["en"].url)[0], "Practice 01")

    site["items"][1]["practice"].unpublish()

    html, _queries = rendered(client, reports["en"].url)
    assert not shows(html, "Practice 01")
    assert shows(html, "Practice 00")


def test_a_practice_costs_the_same_few_queries_with_5_or_50_snippets(client, site):
    practice = PracticeArticlePageFactory(
        parent=site["host"], title="Welcome desk", hero_image=picture()
    )

    def add(count):
        add_items(site, count)
        practice.thematic_areas.set([item["area"] for item in site["items"]])
        practice.target_groups.set([item["group"] for item in site["items"]])
        practice.save()

    add(5)
    html, five = rendered(client, practice.url)
    add(45)
    html, fifty = rendered(client, practice.url)

    assert_queries(five, PRACTICE_QUERIES)
    assert_queries(fifty, PRACTICE_QUERIES)
    assert shows(html, "Area 49")
    assert shows(html, "Group 49")
    assert shows(html, "Bremen")


def test_a_city_costs_the_same_few_queries_with_5_or_50_reports_practices_and_snippets(
    client, site
):
    city = site["host"]
    StudyVisitReportPageFactory(parent=city, title="Unpublished visit", live=False)
    categories, networks = [], []

    def add(count):
        for number in range(len(categories), len(categories) + count):
            StudyVisitReportPageFactory(parent=city, title=f"Visit {number:02d}")
            categories.append(
                PolicyCategory.objects.create(name=f"Category {number:02d}", locale=locale("en"))
            )
            networks.append(NetworkFactory(name=f"Network {number:02d}"))
        add_items(site, count)
        city.partner_organisations.set([item["organisation"] for item in site["items"]])
        city.policy_categories.set(categories)
        city.networks.set(networks)
        city.save()

    add(5)
    html, five = rendered(client, city.url)
    add(45)
    html, fifty = rendered(client, city.url)

    assert_queries(five, CITY_QUERIES)
    assert_queries(fifty, CITY_QUERIES)
    for title in ("Visit 49", "Practice 49", "Organisation 49", "Category 49", "Network 49"):
        assert shows(html, title)
    assert not shows(html, "Unpublished visit")
    # The newest ten reports; the others are in the listing filtered by the city.
    assert shows(html, "Visit 40") and not shows(html, "Visit 39")
