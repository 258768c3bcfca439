"""A language added by the editors (Swedish here) is written and previewed in the admin, and is
public only once they open it: switchers, hreflang, sitemap, the `/` redirect and /sv/…"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.models import LanguageOpening
from partners import roles
from tests.home.factories import StandardPageFactory, english_home, translate
from tests.home.test_languages import alternates, switcher_links
from tests.home.test_reader_language import compile_catalogue

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
OPENING_FIELD = "component-home_languageopening-open_to_readers"


@pytest.fixture
def swedish():
    """The English about page with a published Swedish translation; Swedish added, not opened."""
    home = english_home()
    about = StandardPageFactory(parent=home, title="About the network", slug="about")
    call_command("site_languages", "add", "sv", verbosity=0)
    translate(home, "sv", title="Välkommen", slug="home-sv")
    translate(about, "sv", title="Om nätverket", slug="om-natverket")
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("gdansk", "gdansk@example.org", "pw")
    return user


def sitemap_urls(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locs = [loc.text for loc in root.findall("sm:url/sm:loc", NS)]
    hreflangs = {link.get("hreflang") for link in root.iter(f"{{{NS['xhtml']}}}link")}
    return locs, hreflangs


def assert_swedish_is_nowhere_public(client):
    html = client.get("/en/about/").content.decode()
    assert "Svenska" not in html
    assert [code for code, *_ in switcher_links(html)] == ["en"]
    assert "sv" not in alternates(html)
    locs, hreflangs = sitemap_urls(client)
    assert not any("/sv/" in loc for loc in locs) and "sv" not in hreflangs
    assert client.get("/", headers={"accept-language": "sv"})["Location"] == "/en/"
    assert client.get("/", headers={"accept-language": "sv,de;q=0.8"})["Location"] == "/de/"
    for url in ("/sv/", "/sv/om-natverket/", "/sv/search/?q=x", "/sv/feed/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Om nätverket" not in response.content.decode()
    swedish_about = Page.objects.get(locale__language_code="sv", slug="om-natverket")
    assert client.get("/api/v2/pages/?locale=sv").json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/pages/{swedish_about.pk}/").status_code == 404
    english_about = Page.objects.get(locale__language_code="en", slug="about")
    versions = client.get(f"/api/v2/pages/{english_about.pk}/").json()["meta"]["languages"]
    assert "sv" not in versions["versions"]


def test_a_language_added_is_not_public(client, swedish):
    assert_swedish_is_nowhere_public(client)


def test_an_unopened_language_is_not_public_from_the_page_cache_either(client, swedish, editor):
    with override_settings(PAGE_CACHE_ENABLED=True):
        client.force_login(editor)
        assert client.get("/sv/om-natverket/").status_code == 200
        client.logout()
        assert client.get("/sv/om-natverket/").status_code == 404
        assert_swedish_is_nowhere_public(client)


def test_editors_read_an_unopened_language_on_the_site(client, swedish, editor):
    client.force_login(editor)

    html = client.get("/sv/om-natverket/").content.decode()

    assert "Om nätverket" in html
    assert '<html lang="sv"' in html


def test_opened_in_the_admin_the_language_is_public_everywhere(client, swedish, editor):
    client.force_login(editor)
    form = client.get(f"/admin/locales/edit/{swedish.pk}/").content.decode()
    assert f'name="{OPENING_FIELD}"' in form

    response = client.post(
        f"/admin/locales/edit/{swedish.pk}/", {"language_code": "sv", OPENING_FIELD: "on"}
    )
    assert response.status_code == 302
    client.logout()

    html = client.get("/en/about/").content.decode()
    assert ("sv", "/sv/om-natverket/", "Svenska") in switcher_links(html)
    assert alternates(html)["sv"] == "http://testserver/sv/om-natverket/"
    locs, hreflangs = sitemap_urls(client)
    assert "http://testserver/sv/om-natverket/" in locs and "sv" in hreflangs
    assert client.get("/", headers={"accept-language": "sv"})["Location"] == "/sv/"
    swedish_page = client.get("/sv/om-natverket/")
    assert swedish_page.status_code == 200 and "Om nätverket" in swedish_page.content.decode()
    api = client.get("/api/v2/pages/?locale=sv&fields=title").json()
    assert "Om nätverket" in [item["title"] for item in api["items"]]


def test_opening_a_language_starts_the_page_cache_afresh(client, swedish, settings):
    settings.PAGE_CACHE_ENABLED = True
    assert "Svenska" not in client.get("/en/about/").content.decode()
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"

    call_command("site_languages", "open", "sv", verbosity=0)

    assert "Svenska" in client.get("/en/about/").content.decode()


def test_closing_again_hides_it(client, swedish):
    call_command("site_languages", "open", "sv", verbosity=0)
    assert client.get("/sv/om-natverket/").status_code == 200

    call_command("site_languages", "close", "sv", verbosity=0)

    assert_swedish_is_nowhere_public(client)


def test_a_language_of_site_languages_can_be_closed_but_not_the_default(client, editor):
    english_home()
    german = Locale.objects.create(language_code="de")
    client.force_login(editor)

    form = client.get(f"/admin/locales/edit/{german.pk}/").content.decode()
    # Open from the start (SITE_LANGUAGES): the box says so.
    assert re.search(rf'<input[^>]*name="{OPENING_FIELD}"[^>]*\schecked', form)
    client.post(f"/admin/locales/edit/{german.pk}/", {"language_code": "de"})
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/en/"

    english = Locale.objects.get(language_code="en")
    response = client.post(f"/admin/locales/edit/{english.pk}/", {"language_code": "en"})
    assert response.status_code == 200
    assert "default language cannot be closed" in response.content.decode()
    assert not LanguageOpening.objects.filter(locale=english).exists()
    with pytest.raises(CommandError, match="default language"):
        call_command("site_languages", "close", "en", verbosity=0)


def test_the_command_refuses_an_unknown_language():
    with pytest.raises(CommandError, match=r"Unknown language 'xx'; the site can have en, pl"):
        call_command("site_languages", "add", "xx", verbosity=0)


def test_gdansk_editors_may_add_and_open_a_language_in_the_admin(client):
    english_home()
    editors, _changes = roles.ensure_gdansk_editors()
    user = get_user_model().objects.create_user("coordinator", "c@example.org", "pw")
    user.groups.add(editors)
    client.force_login(user)

    dashboard = client.get("/admin/").content.decode()
    # Settings → Locales in the sidebar's menu (which the page carries as JSON).
    assert re.search(r'"name": "locales".{0,200}"url": "/admin/locales/"', dashboard)
    response = client.post("/admin/locales/new/", {"language_code": "sv"})

    assert response.status_code == 302
    swedish = Locale.objects.get(language_code="sv")
    assert LanguageOpening.objects.get(locale=swedish).open_to_readers is False
    assert Group.objects.filter(name=roles.GDANSK_EDITORS).exists()


def test_the_admin_says_when_the_sites_texts_are_not_in_the_editors_language(
    client, editor, settings, tmp_path
):
    english_home()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(editor)
    notice = "are not yet translated into Svenska, so they are shown in English"

    assert notice in client.get("/admin/").content.decode()

    # A catalogue made for Swedish (as `make messages` does) is picked up: the notice goes, and
    # the site's texts are in Swedish.
    compile_catalogue(tmp_path, "sv", {"Skip to content": "Hoppa till innehållet"})
    settings.LOCALE_PATHS = [tmp_path, *django_settings.LOCALE_PATHS]
    assert notice not in client.get("/admin/").content.decode()
    call_command("site_languages", "open", "sv", verbosity=0)
    client.logout()
    translate(english_home(), "sv", title="Välkommen", slug="home-sv")
    assert "Hoppa till innehållet" in client.get("/sv/").content.decode()
