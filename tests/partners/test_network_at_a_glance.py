"""The network at a glance: the map and the comparison list exactly the live cities of the reader's
language, with the originals of those not yet translated (badged with their language); each
practice and report sits under its city and thematic areas; the filters narrow the comparison and
bad values are reported, not obeyed; the home page's figures count each practice once; the
comparison costs the same queries however many cities and articles there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html as lxml_html

from partners import network_map
from partners.models import CityComparisonPage
from publication.models import ThematicArea
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PracticeIndexPageFactory,
    StudyVisitReportPageFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def figure(measure, value, label, year=2020, source="Statistics office"):
    return (
        "figure",
        {"measure": measure, "value": value, "label": label, "year": year, "source": source},
    )


def translate_area(area, name):
    translation = area.copy_for_translation(locale("pl"))
    translation.name = name
    translation.save()
    return translation


@pytest.fixture
def network():
    home = english_home()
    home_pl = translate(home, "pl", title="Witamy", slug="home-pl")
    index = CityIndexPageFactory(parent=home)
    translate(index, "pl", title="Miasta", slug="miasta")
    comparison = CityComparisonPage(title="The cities side by side", slug="compare")
    index.add_child(instance=comparison)
    comparison_pl = translate(comparison, "pl", title="Miasta obok siebie", slug="porownanie")
    housing = ThematicAreaFactory(name="Housing")
    housing_pl = translate_area(housing, "Mieszkalnictwo")
    education = ThematicAreaFactory(name="Education")
    translate_area(education, "Edukacja")

    bremen = CityProfilePageFactory(
        parent=index,
        title="Bremen",
        latitude="53.079296",
        longitude="8.801694",
        key_figures=[
            figure("population", "567,000", "residents of Bremen"),
            figure("", "23", "districts"),
        ],
    )
    bremen_pl = translate(bremen, "pl", title="Brema", slug="brema")
    ghent = CityProfilePageFactory(
        parent=index,
        title="Ghent",
        country="BE",
        latitude="51.054342",
        longitude="3.717424",
        key_figures=[figure("population", "262,000", "residents of Ghent")],
    )
    draft_city = CityProfilePageFactory(parent=index, title="Atlantis", live=False)

    shelter = PracticeArticlePageFactory(
        parent=bremen, title="From a shelter to a flat", people_reached=400
    )
    shelter.thematic_areas.set([housing])
    shelter.save()
    shelter_pl = translate(shelter, "pl", title="Ze schroniska do mieszkania", slug="schronisko")
    shelter_pl.thematic_areas.set([housing_pl])
    shelter_pl.save()
    classes = PracticeArticlePageFactory(
        parent=ghent, title="Dutch in the neighbourhood", people_reached=250
    )
    classes.thematic_areas.set([education, housing])
    classes.save()
    visit = StudyVisitReportPageFactory(parent=ghent, title="Study visit to Ghent")
    visit.thematic_areas.set([education])
    visit.save()
    secret = PracticeArticlePageFactory(parent=bremen, title="Unpublished plan", live=False)
    secret.thematic_areas.set([housing])
    secret.save()
    return {
        "home": home,
        "home_pl": home_pl,
        "index": index,
        "comparison": comparison,
        "comparison_pl": comparison_pl,
        "bremen": bremen,
        "bremen_pl": bremen_pl,
        "ghent": ghent,
        "draft_city": draft_city,
    }


def page_tree(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content.decode())


def text(element):
    return " ".join(element.text_content().split())


def table(tree, heading_id):
    """{row heading: [cell text per column]} and the column headings of a comparison table."""
    section = tree.xpath(f'//section[@aria-labelledby="{heading_id}"]')[0]
    columns = [text(th) for th in section.xpath(".//thead/tr/th")][1:]
    rows = {
        text(row.xpath("./th")[0]): [text(cell) for cell in row.xpath("./td")]
        for row in section.xpath(".//tbody/tr")
    }
    return columns, rows


def map_labels(tree):
    return {
        text(label): label.get("lang")
        for label in tree.xpath('//*[local-name()="svg"]//*[local-name()="text"]')
    }


def test_the_map_and_comparison_show_the_live_cities_of_the_readers_language(client, network):
    english = page_tree(client, network["comparison"].url)
    assert map_labels(english) == {"Bremen": None, "Ghent": None}
    columns, _rows = table(english, "by-area-heading")
    assert columns == ["Bremen", "Ghent"]

    polish = page_tree(client, network["comparison_pl"].url)
    # Ghent has no Polish profile yet: its English one is shown, marked as English.
    assert map_labels(polish) == {"Brema": None, "Ghent": "en"}
    columns, _rows = table(polish, "by-area-heading")
    assert columns[0] == "Brema"
    assert columns[1].startswith("Ghent") and "English" in columns[1]
    assert "Atlantis" not in text(polish)


def test_each_city_links_to_its_profile_on_the_map_and_in_the_list(client, network):
    tree = page_tree(client, network["index"].url)
    links = {
        text(link): link.get("href")
        for link in tree.xpath('//*[local-name()="svg"]//*[local-name()="a"]')
    }
    assert links == {"Bremen": network["bremen"].url, "Ghent": network["ghent"].url}
    # The home page's map has the text list beside it.
    home = page_tree(client, network["home"].url)
    listed = [text(item) for item in home.xpath('//ul[@class="network-map__list"]/li/a')]
    assert listed == ["Bremen", "Ghent"]


def test_the_map_places_cities_where_they_are():
    ghent, bremen = network_map.project(3.72, 51.05), network_map.project(8.8, 53.08)
    gdansk, thessaloniki = network_map.project(18.65, 54.35), network_map.project(22.94, 40.64)
    assert ghent[0] < bremen[0] < gdansk[0] < thessaloniki[0]  # west to east
    assert gdansk[1] < bremen[1] < ghent[1] < thessaloniki[1]  # north to south
    for x, y in (ghent, bremen, gdansk, thessaloniki):
        assert 0 < x < network_map.WIDTH and 0 < y < network_map.HEIGHT


def test_articles_sit_under_their_city_and_thematic_areas_in_the_readers_language(client, network):
    _columns, rows = table(page_tree(client, network["comparison_pl"].url), "by-area-heading")
    brema, ghent = rows["Mieszkalnictwo"]
    assert "Ze schroniska do mieszkania" in brema
    assert "From a shelter" not in brema
    assert "Unpublished plan" not in brema
    assert "Dutch in the neighbourhood" in ghent
    education_brema, education_ghent = rows["Edukacja"]
    assert "Dutch in the neighbourhood" in education_ghent
    assert "Study visit to Ghent" in education_ghent
    assert "Ze schroniska" not in education_brema


def test_filters_narrow_the_comparison_and_bad_values_are_reported(client, network):
    url = network["comparison_pl"].url
    tree = page_tree(client, f"{url}?city=brema&thematic_area=mieszkalnictwo")
    columns, rows = table(tree, "by-area-heading")
    assert columns == ["Brema"]
    assert list(rows) == ["Mieszkalnictwo"]

    tree = page_tree(client, f"{url}?city=atlantis&thematic_area=%00nonsense")
    columns, rows = table(tree, "by-area-heading")
    assert len(columns) == 2
    assert set(rows) == {"Mieszkalnictwo", "Edukacja"}
    errors = " ".join(text(error) for error in tree.xpath('//p[@class="filters__error"]'))
    assert "atlantis" in errors and "nonsense" in errors


def test_key_figures_are_compared_by_what_they_measure(client, network):
    _columns, rows = table(page_tree(client, network["comparison"].url), "by-figure-heading")
    bremen, ghent = rows["Residents"]
    assert "567,000" in bremen and "residents of Bremen (2020)" in bremen
    assert "262,000" in ghent
    # A figure only one city has stays on its profile.
    assert not any("districts" in cell for cells in rows.values() for cell in cells)
    assert rows["People reached by its practices"] == ["400", "250"]


def test_home_figures_count_each_practice_once_in_the_readers_language(client, network):
    PracticeIndexPageFactory(parent=network["home"])
    tree = page_tree(client, network["home_pl"].url)
    section = tree.xpath('//section[@aria-labelledby="network-heading"]')[0]
    figures = [text(value) for value in section.xpath('.//*[@class="key-figure__value"]')]
    # 400 + 250: the Polish translation of the shelter practice is not counted again.
    assert figures == ["650", "2"]
    bars = {
        text(item.xpath('./*[@class="bar-list__label"]')[0]): text(
            item.xpath('./*[@class="bar-list__value"]')[0]
        )
        for item in section.xpath('.//li[@class="bar-list__item"]')
    }
    assert bars == {"Mieszkalnictwo": "2", "Edukacja": "1"}


def test_the_comparison_costs_the_same_queries_with_more_cities_and_articles(client, network):
    url = network["comparison"].url
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    area = ThematicArea.objects.get(name="Housing")
    for number in range(4):
        city = CityProfilePageFactory(
            parent=network["index"], title=f"City {number}", latitude="50", longitude="10"
        )
        for kind in (PracticeArticlePageFactory, StudyVisitReportPageFactory):
            article = kind(parent=city)
            article.thematic_areas.set([area])
            article.save()
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert "City 3" in html
    assert len(many) == len(few), "\n".join(q["sql"][:140] for q in many)
