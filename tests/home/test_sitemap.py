"""The sitemap names every live, public page of every language with all its translations and an
x-default, the same alternates the pages carry; robots.txt points crawlers to it."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail_localize.models import TranslationSource

from home import sitemap
from tests.home.factories import StandardPageFactory, english_home, translate

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"


def read_sitemap(client, path="/sitemap.xml"):
    """{loc: {hreflang: href}} of a sitemap, which must be well-formed XML."""
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


def page_alternates(client, path):
    html = client.get(path).content.decode()
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


@pytest.fixture
def tree():
    home = english_home()
    homes = {
        "en": home,
        "pl": translate(home, "pl", title="Witamy", slug="home-pl"),
        "de": translate(home, "de", title="Willkommen", slug="home-de"),
    }
    about = StandardPageFactory(parent=home, title="About the network", slug="about")
    about.save_revision().publish()
    translate(about, "pl", title="O sieci", slug="o-sieci")
    translate(about, "de", title="Über das Netzwerk", slug="ueber-das-netzwerk", live=False)
    StandardPageFactory(parent=home, title="Secret plans", slug="secret-plans", live=False)
    members = StandardPageFactory(parent=home, title="Members only", slug="members")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="network"
    )
    StandardPageFactory(parent=members, title="Minutes", slug="minutes")
    translate(members, "pl", title="Tylko dla członków", slug="czlonkowie")
    return homes


def test_every_live_public_page_of_every_language_is_listed_and_nothing_else(client, tree):
    urls = read_sitemap(client)

    assert set(urls) == {
        f"{HOST}/en/",
        f"{HOST}/pl/",
        f"{HOST}/de/",
        f"{HOST}/en/about/",
        f"{HOST}/pl/o-sieci/",
    }


def test_each_url_names_all_its_live_translations_and_english_as_default(client, tree):
    urls = read_sitemap(client)

    expected = {
        "en": f"{HOST}/en/about/",
        "pl": f"{HOST}/pl/o-sieci/",
        "x-default": f"{HOST}/en/about/",
    }
    assert urls[f"{HOST}/en/about/"] == expected
    assert urls[f"{HOST}/pl/o-sieci/"] == expected
    assert urls[f"{HOST}/de/"] == {
        "en": f"{HOST}/en/",
        "pl": f"{HOST}/pl/",
        "de": f"{HOST}/de/",
        "x-default": f"{HOST}/en/",
    }


def test_the_sitemap_and_the_page_name_the_same_alternates(client, tree):
    assert read_sitemap(client)[f"{HOST}/pl/o-sieci/"] == page_alternates(client, "/pl/o-sieci/")


def test_without_english_the_default_is_the_original_language(client, tree):
    # Written in Polish first, translated into German: no English version yet.
    polish = StandardPageFactory(parent=tree["pl"], title="Model integracji", slug="model")
    translate(polish, "de", title="Integrationsmodell", slug="integrationsmodell")

    urls = read_sitemap(client)

    assert urls[f"{HOST}/de/integrationsmodell/"] == {
        "pl": f"{HOST}/pl/model/",
        "de": f"{HOST}/de/integrationsmodell/",
        "x-default": f"{HOST}/pl/model/",
    }


def test_an_english_translation_is_the_default_even_of_a_polish_original(client, tree):
    polish = StandardPageFactory(parent=tree["pl"], title="Model integracji", slug="model")
    TranslationSource.get_or_create_from_instance(polish)
    translate(polish, "en", title="Integration model", slug="integration-model")

    urls = read_sitemap(client)

    assert urls[f"{HOST}/pl/model/"]["x-default"] == f"{HOST}/en/integration-model/"
    assert page_alternates(client, "/pl/model/") == urls[f"{HOST}/pl/model/"]


def test_the_translation_source_names_the_original_even_if_created_later(client, tree):
    polish = StandardPageFactory(parent=tree["pl"], title="Model integracji", slug="model")
    german = translate(polish, "de", title="Integrationsmodell", slug="integrationsmodell")
    # wagtail-localize says the German version is the one the others are translated from.
    TranslationSource.get_or_create_from_instance(german)

    urls = read_sitemap(client)

    assert urls[f"{HOST}/pl/model/"]["x-default"] == f"{HOST}/de/integrationsmodell/"
    assert page_alternates(client, "/pl/model/") == urls[f"{HOST}/pl/model/"]


def test_lastmod_is_the_last_publication(client, tree):
    about = tree["en"].get_children().get(slug="about")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    lastmods = {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }

    assert lastmods[f"{HOST}/en/about/"].startswith(about.last_published_at.strftime("%Y-%m-%d"))


def test_the_number_of_queries_does_not_grow_with_the_pages(client, tree):
    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get("/sitemap.xml")
        return len(context)

    queries()  # fills Wagtail's cache of site root paths
    few = queries()
    for number in range(6):
        page = StandardPageFactory(parent=tree["en"], title=f"Page {number}")
        translate(page, "pl", title=f"Strona {number}", slug=f"strona-{number}")
        translate(page, "de", title=f"Seite {number}", slug=f"seite-{number}")

    assert len(read_sitemap(client)) == 5 + 18
    assert queries() == few


def test_a_long_sitemap_becomes_an_index_of_parts(client, tree, monkeypatch):
    monkeypatch.setattr(sitemap, "URLS_PER_SITEMAP", 2)

    root = ET.fromstring(client.get("/sitemap.xml").content)
    parts = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]

    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    assert parts == [f"{HOST}/sitemap-{number}.xml" for number in (1, 2, 3)]
    listed = {}
    for part in parts:
        listed.update(read_sitemap(client, part.removeprefix(HOST)))
    assert len(listed) == 5
    assert listed[f"{HOST}/pl/o-sieci/"]["x-default"] == f"{HOST}/en/about/"


def test_a_part_that_does_not_exist_is_not_found(client, tree):
    response = client.get("/sitemap-9.xml")

    assert response.status_code == 404


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in lines
    assert "Disallow: /django-admin/" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    assert "Disallow: /" not in lines
