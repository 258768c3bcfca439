"""Index pages list the live pages of their own language, and cost the same number of queries
whatever the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PracticeIndexPageFactory,
    StudyVisitIndexPageFactory,
    StudyVisitReportPageFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    return {
        "home": home,
        "city": CityProfilePageFactory(parent=cities, title="Bremen"),
        "visits": StudyVisitIndexPageFactory(parent=home),
        "practices": PracticeIndexPageFactory(parent=home),
    }


def test_study_visit_index_lists_live_reports_newest_first(client, tree):
    StudyVisitReportPageFactory(parent=tree["city"], title="Spring visit to Bremen")
    StudyVisitReportPageFactory(parent=tree["city"], title="Summer visit to Bremen")
    StudyVisitReportPageFactory(parent=tree["city"], title="Secret draft visit", live=False)

    html = client.get(tree["visits"].url).content.decode()

    assert "Spring visit to Bremen" in html
    assert "Summer visit to Bremen" in html
    assert html.index("Summer visit to Bremen") < html.index("Spring visit to Bremen")
    assert "Secret draft visit" not in html


def test_listing_shows_the_city_and_thematic_areas_of_each_item(client, tree):
    area = ThematicAreaFactory(name="Housing")
    practice = PracticeArticlePageFactory(parent=tree["city"], title="Flats, not shelters")
    practice.thematic_areas.add(area)
    practice.save()

    html = client.get(tree["practices"].url).content.decode()

    assert "Flats, not shelters" in html
    assert "Bremen" in html
    assert "Housing" in html


def test_a_draft_translation_never_appears_in_the_listing_of_its_language(client, tree):
    report = StudyVisitReportPageFactory(parent=tree["city"], title="Visit to Bremen")
    home_pl = translate(tree["home"], "pl", title="Witamy")
    translate(tree["city"].get_parent(), "pl", title="Miasta", slug="miasta")
    translate(tree["city"], "pl", title="Brema", slug="brema")
    visits_pl = translate(tree["visits"], "pl", title="Wizyty studyjne", slug="wizyty")
    translate(report, "pl", title="Wizyta w Bremie (szkic)", slug="wizyta", live=False)

    polish = client.get(visits_pl.url).content.decode()
    english = client.get(tree["visits"].url).content.decode()

    assert home_pl.url == "/pl/"
    assert "Wizyta w Bremie (szkic)" not in polish
    assert "Visit to Bremen" in english
    assert "Wizyta w Bremie" not in english


def test_an_unpublished_page_disappears_from_its_listing(client, tree):
    report = StudyVisitReportPageFactory(parent=tree["city"], title="Withdrawn visit")
    assert "Withdrawn visit" in client.get(tree["visits"].url).content.decode()

    report.unpublish()

    assert "Withdrawn visit" not in client.get(tree["visits"].url).content.decode()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("index", "factory"),
    [("visits", StudyVisitReportPageFactory), ("practices", PracticeArticlePageFactory)],
)
def test_index_query_count_does_not_grow_with_items(client, tree, index, factory):
    areas = ThematicAreaFactory.create_batch(3)

    def add(n):
        for _ in range(n):
            page = factory(parent=tree["city"])
            page.thematic_areas.set(areas)
            page.save()

    add(5)
    client.get(tree[index].url)  # warm caches (site root paths, content types)
    five = count_queries(client, tree[index].url)
    add(45)
    fifty = count_queries(client, tree[index].url)

    assert fifty == five, f"{five} queries for 5 items, {fifty} for 50"


def test_city_index_query_count_does_not_grow_with_cities(client, tree):
    cities = tree["city"].get_parent()
    for _ in range(4):
        CityProfilePageFactory(parent=cities)
    client.get(cities.url)
    five = count_queries(client, cities.url)
    for _ in range(45):
        CityProfilePageFactory(parent=cities)
    fifty = count_queries(client, cities.url)

    assert fifty == five, f"{five} queries for 5 cities, {fifty} for 50"


def test_nonsense_page_numbers_show_a_real_page(client, tree):
    StudyVisitReportPageFactory(parent=tree["city"], title="Only visit")
    for page in ("abc", "99999", "-1", "<script>"):
        response = client.get(tree["visits"].url, {"page": page})
        assert response.status_code == 200
        assert "Only visit" in response.content.decode()


def test_home_page_query_count_does_not_grow_with_content(client, tree):
    areas = ThematicAreaFactory.create_batch(3)

    def add(n):
        for _ in range(n):
            for factory in (StudyVisitReportPageFactory, PracticeArticlePageFactory):
                page = factory(parent=tree["city"])
                page.thematic_areas.set(areas)
                page.save()

    add(5)
    client.get(tree["home"].url)
    five = count_queries(client, tree["home"].url)
    add(45)
    fifty = count_queries(client, tree["home"].url)

    assert fifty == five, f"{five} queries with 5 of each, {fifty} with 50"


def test_a_city_lists_its_newest_practices_and_links_to_all_of_them(client, tree):
    import datetime

    for number in range(12):
        PracticeArticlePageFactory(
            parent=tree["city"],
            title=f"Practice {number:02d}",
            start_date=datetime.date(2010 + number, 1, 1),
        )

    html = client.get(tree["city"].url).content.decode()

    assert "Practice 11" in html and "Practice 02" in html
    assert "Practice 01" not in html
    link = f'href="{tree["practices"].url}?city=bremen"'
    assert link in html and "All practices from Bremen" in html
    listing = client.get(f"{tree['practices'].url}?city=bremen").content.decode()
    assert "Practice 00" in listing and "Practice 11" in listing
