"""Each language has an Atom (and RSS) feed of its newest live reports and practices: valid XML,
newest first, absolute links, nothing in draft, private or in another language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    StudyVisitReportPageFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HOST = "http://testserver"


def published_on(page, day):
    """Set when a page was first (and last) published, as if it had been on `day` of June 2024."""
    when = timezone.make_aware(datetime.datetime(2024, 6, day, 12))
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    return page


@pytest.fixture
def tree():
    home = english_home()
    translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home)
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    translate(bremen, "pl", title="Brema", slug="brema")
    housing = ThematicAreaFactory(name="Housing")
    housing_pl = housing.copy_for_translation(locale("pl"))
    housing_pl.name = "Mieszkalnictwo"
    housing_pl.save()

    spring = StudyVisitReportPageFactory(parent=bremen, title="Spring visit to Bremen")
    desk = PracticeArticlePageFactory(parent=bremen, title="Welcome desk")
    desk.thematic_areas.add(housing)
    desk.save_revision().publish()
    autumn = StudyVisitReportPageFactory(parent=bremen, title="Autumn visit to Bremen")
    cafe = PracticeArticlePageFactory(parent=bremen, title="Language café")
    members = PracticeArticlePageFactory(parent=bremen, title="Members' practice")
    published_on(spring, 3)
    published_on(desk, 10)
    published_on(cafe, 12)
    published_on(autumn, 20)

    spring_pl = translate(spring, "pl", title="Wiosenna wizyta w Bremie", slug="wiosna")
    spring_pl.summary = "Wizyta."
    spring_pl.save_revision().publish()
    published_on(spring_pl, 5)
    published_on(translate(desk, "pl", title="Punkt powitalny", slug="punkt"), 15)
    translate(autumn, "pl", title="Jesienna wizyta (szkic)", slug="jesien", live=False)
    private = translate(members, "pl", title="Praktyka dla członków", slug="tajna")
    published_on(private, 25)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="network"
    )


def atom_entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "categories": [category.get("term") for category in entry.findall(f"{ATOM}category")],
            "updated": entry.findtext(f"{ATOM}updated"),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]
    return feed, entries


def test_the_polish_feed_holds_only_live_polish_pages_newest_first(client, tree):
    feed, entries = atom_entries(client, "/pl/feed/")

    assert feed.get(XML_LANG) == "pl"
    assert [entry["title"] for entry in entries] == [
        "Punkt powitalny",
        "Wiosenna wizyta w Bremie",
    ]


def test_the_english_feed_holds_the_english_pages_newest_first(client, tree):
    feed, entries = atom_entries(client, "/en/feed/")

    assert feed.get(XML_LANG) == "en"
    assert [entry["title"] for entry in entries] == [
        "Autumn visit to Bremen",
        "Language café",
        "Welcome desk",
        "Spring visit to Bremen",
        "Members' practice",  # never published through a revision: no date, so last
    ]


def test_entries_carry_absolute_links_city_summary_and_areas_in_their_language(client, tree):
    _feed, entries = atom_entries(client, "/pl/feed/")
    desk, spring = entries

    assert desk["link"] == f"{HOST}/pl/miasta/brema/punkt/"
    assert spring["link"] == f"{HOST}/pl/miasta/brema/wiosna/"
    assert desk["author"] == "Brema"
    assert spring["summary"] == "Wizyta."
    assert desk["categories"] == ["Mieszkalnictwo"]
    assert desk["updated"].startswith("2024-06-15")


def test_the_rss_feed_lists_the_same_pages_with_its_language(client, tree):
    response = client.get("/pl/feed/rss/")
    channel = ET.fromstring(response.content).find("channel")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("language") == "pl"
    assert [item.findtext("title") for item in channel.findall("item")] == [
        "Punkt powitalny",
        "Wiosenna wizyta w Bremie",
    ]
    assert channel.find("item").findtext("link") == f"{HOST}/pl/miasta/brema/punkt/"


def test_pages_link_the_feed_of_their_language(client, tree):
    html = client.get("/pl/miasta/brema/").content.decode()

    assert '<link rel="alternate" type="application/atom+xml" href="/pl/feed/"' in html
    assert '<link rel="alternate" type="application/rss+xml" href="/pl/feed/rss/"' in html


def test_a_language_without_content_has_no_feed(client, tree):
    assert client.get("/el/feed/").status_code == 404


def test_the_number_of_queries_does_not_grow_with_the_entries(client, tree):
    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get("/en/feed/")
        return len(context)

    queries()
    few = queries()
    bremen = Page.objects.get(slug="bremen").specific
    for number in range(5):
        StudyVisitReportPageFactory(parent=bremen, title=f"Visit {number}")
        PracticeArticlePageFactory(parent=bremen, title=f"Practice {number}")

    assert len(atom_entries(client, "/en/feed/")[1]) == 15
    assert queries() == few
