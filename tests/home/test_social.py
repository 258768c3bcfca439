"""A shared page shows its title, text and a 1200×630 picture (Open Graph, Twitter card) and
names its canonical address; all URLs are absolute, on the host the reader used."""

import html
import os
import re

import pytest

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
    assert tags["og:description"] == SUMMARY
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


def test_without_a_picture_the_card_is_a_plain_summary(client, tree):
    page = StandardPageFactory(
        parent=tree["home"], title="Privacy", slug="privacy", intro="What we keep about you."
    )

    tags, canonical = head_tags(client, page.url)

    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"
    assert tags["og:description"] == "What we keep about you."
    assert canonical == [f"{HOST}/en/privacy/"]


def test_a_picture_whose_file_is_lost_does_not_break_the_page(client, tree):
    image = picture("Lost picture")
    page = StandardPageFactory(
        parent=tree["home"], title="Funding", slug="funding", social_image=image
    )
    os.remove(image.file.path)

    tags, _ = head_tags(client, page.url)

    assert "og:image" not in tags
    assert tags["og:title"] == "Funding"
