"""A shared page shows its title, text and a 1200×630 picture (Open Graph, Twitter card) and
names its canonical address; all URLs are absolute, on the host the reader used."""

import html
import json
import os
import re

import pytest

from home.seo import cut_description
from tests.home.factories import StandardPageFactory, english_home, picture, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import SUMMARY, StudyVisitReportPageFactory

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def head_tags(client, path):
    """The page's <meta property|name> contents (a list where a property repeats) and its
    canonical link."""
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    tags = {}
    for key, content in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', page):
        tags.setdefault(key, []).append(html.unescape(content))
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', page)
    return {key: values[0] if len(values) == 1 else values for key, values in tags.items()}, (
        canonical
    )


@pytest.fixture
def tree():
    home = english_home()
    translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home)
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    translate(bremen, "pl", title="Brema", slug="brema")
    hero = picture("Harbour of Bremen", description="Cranes over the Weser at dusk")
    report = StudyVisitReportPageFactory(
        parent=bremen, title="Visit to Bremen", slug="visit", hero_image=hero
    )
    translate(report, "pl", title="Wizyta w Bremie", slug="wizyta")
    return {"home": home, "report": report, "hero": hero}


def test_a_report_is_shared_as_an_article_with_its_picture_at_1200_by_630(client, tree):
    tags, canonical = head_tags(client, "/en/cities/bremen/visit/")

    assert canonical == [f"{HOST}/en/cities/bremen/visit/"]
    assert tags["og:url"] == f"{HOST}/en/cities/bremen/visit/"
    assert tags["og:type"] == "article"
    assert tags["og:title"] == "Visit to Bremen"
    # The summary's one long sentence, cut at a word near 160 characters, as in the head.
    assert tags["og:description"] == tags["description"]
    assert SUMMARY.startswith(tags["description"].removesuffix("…"))
    assert 120 < len(tags["description"]) <= 161 and tags["description"].endswith("…")
    assert re.fullmatch(
        rf"{HOST}/media/images/harbour-of-bremen\.[0-9a-f]+\.fill-1200x630\.format-jpeg\.jpg",
        tags["og:image"],
    )
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] == "Cranes over the Weser at dusk"
    assert tags["twitter:card"] == "summary_large_image"


def test_the_picture_is_really_made_at_that_size(client, tree):
    client.get("/en/cities/bremen/visit/")

    rendition = tree["hero"].renditions.get(filter_spec="fill-1200x630|format-jpeg")
    assert (rendition.width, rendition.height) == (1200, 630)
    assert os.path.exists(rendition.file.path)


def test_the_locale_and_its_alternates_are_named_in_open_graph_form(client, tree):
    english, _ = head_tags(client, "/en/cities/bremen/visit/")
    polish, canonical = head_tags(client, "/pl/miasta/brema/wizyta/")

    assert (english["og:locale"], english["og:locale:alternate"]) == ("en_GB", "pl_PL")
    assert (polish["og:locale"], polish["og:locale:alternate"]) == ("pl_PL", "en_GB")
    assert canonical == [f"{HOST}/pl/miasta/brema/wizyta/"]
    assert polish["og:title"] == "Wizyta w Bremie"


def test_the_sharing_picture_and_text_win_over_the_page_own(client, tree):
    page = StandardPageFactory(
        parent=tree["home"],
        title="About the network",
        slug="about",
        intro="What the network does.",
        social_image=picture("Partners on the pier"),
        social_text="Ten cities, one question: how do newcomers settle in?",
    )

    tags, canonical = head_tags(client, page.url)

    assert tags["og:type"] == "website"
    assert tags["og:description"] == "Ten cities, one question: how do newcomers settle in?"
    assert "/media/images/partners-on-the-pier." in tags["og:image"]
    assert tags["og:image:alt"] == "Partners on the pier"
    assert canonical == [f"{HOST}/en/about/"]


def test_without_a_picture_of_its_own_a_page_is_shared_with_the_networks(client, tree):
    page = StandardPageFactory(
        parent=tree["home"], title="Privacy", slug="privacy", intro="What we keep about you."
    )

    tags, canonical = head_tags(client, page.url)

    assert tags["og:image"] == f"{HOST}/static/img/og-default.png"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"].startswith("Welcoming Cities")
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["og:description"] == tags["description"] == "What we keep about you."
    assert canonical == [f"{HOST}/en/privacy/"]


def test_a_picture_whose_file_is_lost_does_not_break_the_page(client, tree):
    image = picture("Lost picture")
    page = StandardPageFactory(
        parent=tree["home"], title="Funding", slug="funding", social_image=image
    )
    os.remove(image.file.path)

    tags, _ = head_tags(client, page.url)

    assert tags["og:image"] == f"{HOST}/static/img/og-default.png"
    assert tags["og:title"] == "Funding"


def json_ld(client, path):
    page = client.get(path).content.decode()
    (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    graph = json.loads(data)["@graph"]
    return {node["@type"]: node for node in graph}


def test_descriptions_are_cut_at_a_sentence_near_160_characters():
    text = (
        "Bremen welcomes about 10,000 newcomers a year. Guides walk them to offices, schools "
        "and doctors in their first weeks. Language cafés meet in every district, twice a week."
    )
    assert cut_description(text) == (
        "Bremen welcomes about 10,000 newcomers a year. Guides walk them to offices, schools "
        "and doctors in their first weeks."
    )
    assert cut_description("<p>Short and <b>plain</b>.</p><p>Two.</p>") == "Short and plain. Two."


def test_a_report_says_what_it_is_and_what_it_translates_in_json_ld(client, tree):
    nodes = json_ld(client, "/pl/miasta/brema/wizyta/")
    article = nodes["Article"]
    assert article["headline"] == "Wizyta w Bremie"
    assert article["inLanguage"] == "pl"
    assert article["url"] == f"{HOST}/pl/miasta/brema/wizyta/"
    assert article["translationOfWork"] == {"@id": f"{HOST}/en/cities/bremen/visit/"}
    assert article["datePublished"]
    crumbs = nodes["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in crumbs] == ["Witamy", "Miasta", "Brema", "Wizyta w Bremie"]
    assert [item["position"] for item in crumbs] == [1, 2, 3, 4]

    original = json_ld(client, "/en/cities/bremen/visit/")["Article"]
    assert original["workTranslation"] == [
        {"@id": f"{HOST}/pl/miasta/brema/wizyta/", "inLanguage": "pl"}
    ]
    assert "translationOfWork" not in original


def test_the_home_page_is_the_networks_web_site_and_a_city_profile_is_about_a_city(client, tree):
    home = json_ld(client, "/en/")
    assert home["WebSite"]["publisher"] == {"@id": home["Organization"]["@id"]}
    assert home["Organization"]["name"] == "Welcoming Cities"
    assert "BreadcrumbList" not in home

    city = json_ld(client, "/en/cities/bremen/")["WebPage"]["about"]
    assert city["@type"] == "City"
    assert city["name"] == "Bremen"
    assert city["address"]["addressCountry"]


def test_json_ld_cannot_end_its_script_early(client, tree):
    report = tree["report"]
    report.title = "Bremen </script><script>alert(1)</script>"
    report.save_revision().publish()
    page = client.get("/en/cities/bremen/visit/").content.decode()
    assert "</script><script>alert(1)" not in page
