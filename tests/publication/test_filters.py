"""The practice and study-visit listings: filters that narrow them, pages not yet translated
shown after the translated ones, nonsense parameters that never break them, and query counts
that do not grow with the content."""

import datetime
import itertools
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PracticeIndexPageFactory,
    StudyVisitIndexPageFactory,
    StudyVisitReportPageFactory,
    TargetGroupFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    return SimpleNamespace(
        home=home,
        cities=cities,
        bremen=CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen"),
        ghent=CityProfilePageFactory(parent=cities, title="Ghent", slug="ghent", country="BE"),
        practices=PracticeIndexPageFactory(parent=home, slug="practices"),
        visits=StudyVisitIndexPageFactory(parent=home, slug="study-visits"),
        housing=ThematicAreaFactory(name="Housing"),
        language=ThematicAreaFactory(name="Language learning"),
        children=TargetGroupFactory(name="Children"),
        women=TargetGroupFactory(name="Women"),
    )


@pytest.fixture
def german(site):
    """The German side of the site: Bremen is the only city translated into German."""
    return SimpleNamespace(
        home=translate(site.home, "de", title="Willkommen", slug="home-de"),
        cities=translate(site.cities, "de", title="Städte", slug="staedte"),
        bremen=translate(site.bremen, "de", title="Bremen", slug="bremen"),
        practices=translate(site.practices, "de", title="Praxisbeispiele", slug="praxis"),
        visits=translate(site.visits, "de", title="Studienbesuche", slug="besuche"),
        housing=ThematicAreaFactory(
            name="Wohnen", locale=locale("de"), translation_key=site.housing.translation_key
        ),
    )


def practice(city, title, year=2020, areas=(), groups=(), **fields):
    """A practice that ran in `year` only, unless `fields` say otherwise."""
    fields.setdefault("end_date", datetime.date(year, 11, 30))
    fields.setdefault("status", "completed")
    page = PracticeArticlePageFactory(
        parent=city, title=title, start_date=datetime.date(year, 3, 1), **fields
    )
    page.thematic_areas.set(areas)
    page.target_groups.set(groups)
    page.save()
    return page


def report(city, title, year=2021, **fields):
    return StudyVisitReportPageFactory(
        parent=city,
        title=title,
        start_date=datetime.date(year, 4, 19),
        end_date=datetime.date(year, 4, 21),
        **fields,
    )


def cards(html):
    """(title, lang attribute or None) of each card, in order."""
    return [
        (title, lang or None)
        for lang, title in re.findall(
            r'class="card__link" href="[^"]*"(?: lang="([^"]+)")?>([^<]*)</a>', html
        )
    ]


def titles(client, url, params=None):
    return [title for title, _lang in cards(client.get(url, params).content.decode())]


def chips(html):
    """{text: href} of the active-filter chips."""
    found = re.findall(r'<a class="chip" href="([^"]*)">(.*?)</a>', html, re.S)
    return {re.sub(r"<[^>]+>|×", "", text).strip(): href for href, text in found}


# Each filter narrows the list.


def test_city_filter_lists_only_that_citys_practices(client, site):
    practice(site.bremen, "Housing guides")
    practice(site.ghent, "Dutch in the neighbourhood")

    assert titles(client, site.practices.url, {"city": "bremen"}) == ["Housing guides"]
    assert titles(client, site.practices.url, {"city": "ghent"}) == ["Dutch in the neighbourhood"]


def test_thematic_area_filter(client, site):
    practice(site.bremen, "Housing guides", areas=[site.housing])
    practice(site.bremen, "Language cafés", areas=[site.language])
    practice(site.ghent, "Homes and Dutch", areas=[site.housing, site.language])

    found = titles(client, site.practices.url, {"thematic_area": "housing"})

    assert sorted(found) == ["Homes and Dutch", "Housing guides"]


def test_target_group_filter(client, site):
    practice(site.bremen, "Homework club", groups=[site.children])
    practice(site.bremen, "Mothers' café", groups=[site.women])

    found = titles(client, site.practices.url, {"target_group": "children"})

    assert found == ["Homework club"]


def test_old_id_urls_redirect_to_the_readable_ones(client, site, german):
    practice(site.bremen, "Housing guides", areas=[site.housing])
    practice(site.bremen, "Homework club", groups=[site.children])
    key = site.housing.translation_key

    response = client.get(site.practices.url, {"thematic_area": key, "year": "2020"})
    assert response.status_code == 301
    assert response["Location"] == f"{site.practices.url}?thematic_area=housing&year=2020"
    deutsch = client.get(german.practices.url, {"thematic_area": key})
    assert deutsch["Location"] == f"{german.practices.url}?thematic_area=wohnen"
    assert titles(client, response["Location"]) == ["Housing guides"]
    # An id nobody knows is not redirected: the listing says it is not one of its areas.
    unknown = client.get(
        site.practices.url, {"thematic_area": "0" * 8 + "-0000" * 3 + "-" + "0" * 12}
    )
    assert unknown.status_code == 200
    assert "is not one of the thematic areas listed" in unknown.content.decode()


def test_year_filter(client, site):
    practice(site.bremen, "Started in 2019", year=2019)
    practice(site.bremen, "Started in 2021", year=2021)

    html = client.get(site.practices.url, {"year": "2019"}).content.decode()

    assert [title for title, _ in cards(html)] == ["Started in 2019"]
    assert re.search(r'<option value="2021">2021</option>', html), "each year is offered"


def year_options(html):
    return [int(year) for year in re.findall(r'<option value="(\d{4})"', html)]


def test_a_practice_counts_for_every_year_it_ran(client, site):
    practice(
        site.bremen,
        "Language café",
        year=2017,
        end_date=datetime.date(2019, 6, 30),
        status="completed",
    )
    practice(site.bremen, "One summer", year=2014)

    url = site.practices.url
    for year in (2017, 2018, 2019):
        assert titles(client, url, {"year": str(year)}) == ["Language café"], year
    assert titles(client, url, {"year": "2014"}) == ["One summer"]
    assert year_options(client.get(url).content.decode()) == [2019, 2018, 2017, 2014]
    assert "is not one of the years listed" in client.get(url, {"year": "2016"}).content.decode()


def test_a_running_practice_and_a_regular_service_count_until_this_year(client, site):
    this_year = timezone.localdate().year
    practice(site.bremen, "Still running", year=2019, end_date=None, status="running")
    practice(
        site.bremen,
        "Became a regular service",
        year=2015,
        end_date=datetime.date(2016, 12, 31),
        status="regular",
    )
    practice(site.bremen, "Completed, end unknown", year=2018, end_date=None)
    practice(site.ghent, "Starts next year", year=this_year + 1, end_date=None, status="pilot")

    url = site.practices.url
    html = client.get(url).content.decode()

    assert year_options(html) == list(range(this_year + 1, 2014, -1)), "no gap, up to now"
    assert titles(client, url, {"year": str(this_year)}) == [
        "Still running",
        "Became a regular service",
    ]
    assert titles(client, url, {"year": "2018"}) == [
        "Completed, end unknown",
        "Became a regular service",
    ]
    assert titles(client, url, {"year": "2017"}) == ["Became a regular service"]
    assert titles(client, url, {"year": str(this_year + 1)}) == ["Starts next year"]


def test_a_report_counts_for_the_year_of_its_visit_only(client, site):
    StudyVisitReportPageFactory(
        parent=site.bremen,
        title="New Year visit",
        start_date=datetime.date(2021, 12, 30),
        end_date=datetime.date(2022, 1, 2),
    )
    report(site.ghent, "Ghent 2019", year=2019)

    url = site.visits.url
    assert year_options(client.get(url).content.decode()) == [2021, 2019]
    assert titles(client, url, {"year": "2021"}) == ["New Year visit"]
    assert titles(client, url, {"year": "2019"}) == ["Ghent 2019"]
    assert "is not one of the years listed" in client.get(url, {"year": "2022"}).content.decode()


def test_filters_combine(client, site):
    practice(site.bremen, "All three", year=2020, areas=[site.housing])
    practice(site.bremen, "Wrong year", year=2018, areas=[site.housing])
    practice(site.bremen, "Wrong area", year=2020, areas=[site.language])
    practice(site.ghent, "Wrong city", year=2020, areas=[site.housing])

    found = titles(
        client,
        site.practices.url,
        {"city": "bremen", "thematic_area": "housing", "year": "2020"},
    )

    assert found == ["All three"]


def test_study_visits_filter_by_city_and_year(client, site):
    report(site.bremen, "Bremen 2021", year=2021)
    report(site.bremen, "Bremen 2023", year=2023)
    report(site.ghent, "Ghent 2021", year=2021)

    assert titles(client, site.visits.url, {"city": "bremen"}) == ["Bremen 2023", "Bremen 2021"]
    assert titles(client, site.visits.url, {"year": "2021"}) == ["Bremen 2021", "Ghent 2021"]
    assert titles(client, site.visits.url, {"city": "ghent", "year": "2021"}) == ["Ghent 2021"]


def test_options_are_named_in_the_readers_language(client, site, german):
    practice(german.bremen, "Wohnungslotsen", areas=[german.housing])

    english = client.get(site.practices.url).content.decode()
    deutsch = client.get(german.practices.url).content.decode()

    assert '<option value="housing">Housing</option>' in english
    assert '<option value="wohnen">Wohnen</option>' in deutsch
    assert '<option value="ghent">Ghent</option>' in deutsch, "an untranslated city is offered"


def test_active_filters_are_shown_and_each_can_be_removed(client, site):
    practice(site.bremen, "Housing guides", year=2020, areas=[site.housing])

    html = client.get(
        site.practices.url,
        {"city": "bremen", "year": "2020", "thematic_area": "not-an-area", "page": "1"},
    ).content.decode()

    assert chips(html) == {
        "Remove filter: City: Bremen": f"{site.practices.url}?year=2020",
        "Remove filter: Year: 2020": f"{site.practices.url}?city=bremen",
    }
    assert f'<a class="active-filters__clear" href="{site.practices.url}">' in html
    assert "is not one of the thematic areas listed" in html


def test_a_filter_that_matches_nothing_says_so(client, site):
    practice(site.bremen, "Housing guides", groups=[site.women])

    html = client.get(site.practices.url, {"target_group": "children"}).content.decode()

    assert cards(html) == []
    assert "Nothing matches these filters." in html


# Pages not yet translated into the reader's language.


def test_pages_not_yet_translated_follow_in_their_original_language(client, site, german):
    practice(site.bremen, "Flats for newcomers", year=2019)
    practice(german.bremen, "Wohnungslotsen", year=2022)

    english = client.get(site.practices.url).content.decode()
    deutsch = client.get(german.practices.url).content.decode()

    assert cards(english) == [("Flats for newcomers", None), ("Wohnungslotsen", "de")]
    assert cards(deutsch) == [("Wohnungslotsen", None), ("Flats for newcomers", "en")]
    assert re.search(r'Not yet translated: <span lang="de">Deutsch</span>', english)
    assert re.search(r'badge--language">[^<]+: <span lang="en">English</span>', deutsch)
    assert english.index("Flats for newcomers") < english.index("Wohnungslotsen")


def test_a_translated_page_is_listed_once_in_the_readers_language(client, site, german):
    original = practice(german.bremen, "Wohnungslotsen")
    translate(original, "en", title="Housing guides", slug="housing-guides")

    assert cards(client.get(site.practices.url).content.decode()) == [("Housing guides", None)]
    assert cards(client.get(german.practices.url).content.decode()) == [("Wohnungslotsen", None)]


def test_an_untranslated_page_appears_once_in_its_original_language(client, site, german):
    translate(site.home, "pl", title="Witamy", slug="home-pl")
    translate(site.cities, "pl", title="Miasta", slug="miasta")
    translate(site.bremen, "pl", title="Brema", slug="brema")
    original = practice(german.bremen, "Wohnungslotsen")
    translate(original, "pl", title="Przewodnicy mieszkaniowi", slug="przewodnicy")

    # Two live versions, neither English: the one written first is the original.
    assert cards(client.get(site.practices.url).content.decode()) == [("Wohnungslotsen", "de")]


def test_the_translation_source_decides_which_version_is_the_original(client, site, german):
    translate(site.home, "pl", title="Witamy", slug="home-pl")
    translate(site.cities, "pl", title="Miasta", slug="miasta")
    translate(site.bremen, "pl", title="Brema", slug="brema")
    first = practice(german.bremen, "Wohnungslotsen")
    polish = translate(first, "pl", title="Przewodnicy mieszkaniowi", slug="przewodnicy")
    TranslationSource.get_or_create_from_instance(polish)

    assert cards(client.get(site.practices.url).content.decode()) == [
        ("Przewodnicy mieszkaniowi", "pl")
    ]


def test_drafts_never_appear(client, site, german):
    practice(german.bremen, "Unpublished original", live=False)
    original = practice(german.bremen, "Wohnungslotsen")
    translate(original, "en", title="Housing guides (draft)", slug="draft", live=False)

    english = client.get(site.practices.url).content.decode()
    deutsch = client.get(german.practices.url).content.decode()

    assert cards(english) == [("Wohnungslotsen", "de")], "the original stands in for the draft"
    assert "Housing guides (draft)" not in english + deutsch
    assert "Unpublished original" not in english + deutsch


def test_filters_apply_to_pages_not_yet_translated(client, site, german):
    practice(site.ghent, "Dutch in the neighbourhood", areas=[site.language])
    practice(german.bremen, "Wohnungslotsen", year=2022, areas=[german.housing])
    practice(german.bremen, "Sprachmittlung", year=2021, areas=[])

    url = site.practices.url
    assert titles(client, url, {"city": "bremen"}) == ["Wohnungslotsen", "Sprachmittlung"]
    assert titles(client, url, {"thematic_area": "housing"}) == ["Wohnungslotsen"]
    assert titles(client, url, {"year": "2021"}) == ["Sprachmittlung"]
    assert titles(client, german.practices.url, {"city": "ghent"}) == [
        "Dutch in the neighbourhood"
    ]


def test_pagination_runs_across_both_groups(client, site, german):
    for n in range(11):
        practice(site.bremen, f"English {n:02}", year=2000 + n)
    for year in (2022, 2021, 2020):
        practice(german.bremen, f"Deutsch {year}", year=year)

    first = cards(client.get(site.practices.url).content.decode())
    second = cards(client.get(site.practices.url, {"page": "2"}).content.decode())

    assert [title for title, _ in first] == [f"English {n:02}" for n in reversed(range(11))] + [
        "Deutsch 2022"
    ]
    assert second == [("Deutsch 2021", "de"), ("Deutsch 2020", "de")]


# Nonsense parameters give a sensible page.

XSS = '<script>alert("x")</script>'


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"year": "-1"},
        {"page": "99999"},
        {"page": "-1"},
        {"page": "abc"},
        {"city": "atlantis"},
        {"city": XSS},
        {"year": XSS},
        {"thematic_area": XSS},
        {"target_group": XSS},
        {"page": XSS},
        {"thematic_area": "00000000-0000-0000-0000-000000000000"},
        {"city": "x" * 10_000},
        {"city": "a\x00b"},
        {XSS: XSS},
    ],
)
def test_nonsense_parameters_give_the_listing(client, site, params):
    practice(site.bremen, "Housing guides")

    response = client.get(site.practices.url, params)
    html = response.content.decode()

    assert response.status_code == 200
    assert [title for title, _ in cards(html)] == ["Housing guides"]
    assert "<script>" not in html
    assert "x" * 300 not in html, "a long parameter is not echoed in full"


def test_an_invalid_value_is_reported_escaped(client, site):
    practice(site.bremen, "Housing guides")

    html = client.get(site.practices.url, {"city": XSS}).content.decode()

    assert "“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;” is not one of the cities" in html


@pytest.mark.parametrize("params", [{"year": "abc"}, {"city": XSS}, {"page": "99999"}])
def test_nonsense_parameters_on_study_visits(client, site, params):
    report(site.bremen, "Bremen 2021")

    response = client.get(site.visits.url, params)

    assert response.status_code == 200
    assert titles(client, site.visits.url, params) == ["Bremen 2021"]


# Query counts.


def count_queries(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("index", ["practices", "visits"])
def test_filtered_listing_query_count_does_not_grow_with_items(client, site, german, index):
    numbers = itertools.count()

    def add(n):
        for _ in range(n):
            title = f"Deutsch {next(numbers)}"
            if index == "practices":
                page = practice(german.bremen, title, year=2021, areas=[german.housing])
            else:
                page = report(german.bremen, title, year=2021)
            page.target_groups.set([site.children])
            page.save()

    practice(site.bremen, "English practice", year=2021, areas=[site.housing])
    report(site.bremen, "English report", year=2021)
    params = {"city": "bremen", "year": "2021"}
    if index == "practices":
        params.update(
            thematic_area="housing",
            target_group="children",
        )
    url = getattr(site, index).url

    add(5)
    client.get(url, params)  # warm caches (site root paths, content types)
    five = count_queries(client, url, params)
    add(45)
    fifty = count_queries(client, url, params)

    assert len(titles(client, url, params)) == 12, "a full page of the English and German items"
    assert fifty == five, f"{five} queries for 5 items, {fifty} for 50"


def test_the_years_offered_cost_the_same_queries_however_many_spans(client, site):
    """Each practice below runs over a different span of years: the choices are read in
    one query all the same."""

    def add(first, count):
        for start in range(first, first + count):
            end = datetime.date(start + start % 7, 6, 30)
            practice(site.bremen, f"From {start}", year=start, end_date=end)

    add(1990, 3)
    client.get(site.practices.url)  # warm caches (site root paths, content types)
    few = count_queries(client, site.practices.url, {"year": "1991"})
    add(1993, 30)
    many = count_queries(client, site.practices.url, {"year": "1991"})

    html = client.get(site.practices.url).content.decode()
    assert year_options(html) == list(range(2028, 1989, -1))
    assert many == few, f"{few} queries for 3 spans of years, {many} for 33"
