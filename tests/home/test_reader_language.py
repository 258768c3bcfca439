"""A reader who follows a link from their language to a page not translated into it is told so
in their language, with the versions that exist; switcher and hreflang list only those."""

import re
import subprocess

import pytest
from django.conf import settings as django_settings

from tests.home.factories import english_home, translate
from tests.home.test_languages import alternates, switcher_links
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitIndexPageFactory, StudyVisitReportPageFactory

pytestmark = pytest.mark.django_db

NOTICE = "This page is not yet available in %(wanted)s; it is shown in %(shown)s."
GREEK_NOTICE = "Η σελίδα δεν είναι ακόμη διαθέσιμη στα %(wanted)s· εμφανίζεται στα %(shown)s."
ALSO = "Also available in:"
GREEK_ALSO = "Διαθέσιμη επίσης στα:"


def compile_catalogue(directory, language, messages):
    """A compiled gettext catalogue of `messages` ({msgid: msgstr}) for `language` under
    `directory` (laid out like locale/), as `make messages` makes them."""
    folder = directory / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    entries = "".join(
        f'\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n' for msgid, msgstr in messages.items()
    )
    po = folder / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + entries,
        encoding="utf-8",
    )
    subprocess.run(["msgfmt", "-o", str(folder / "django.mo"), str(po)], check=True)


@pytest.fixture
def greek_catalogue(settings, tmp_path):
    """The notice's sentences in Greek, ahead of the project's own catalogues."""
    compile_catalogue(tmp_path, "el", {NOTICE: GREEK_NOTICE, ALSO: GREEK_ALSO})
    settings.LOCALE_PATHS = [tmp_path, *django_settings.LOCALE_PATHS]


@pytest.fixture
def report():
    """The Bremen 2026 report in English and German, not in Greek; a Greek study-visit listing."""
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    bremen = CityProfilePageFactory(parent=cities, title="Bremen")
    visits = StudyVisitIndexPageFactory(parent=home, slug="study-visits")
    report = StudyVisitReportPageFactory(parent=bremen, title="Bremen 2026", slug="bremen-2026")
    translate(home, "de", title="Willkommen", slug="home-de")
    translate(cities, "de", title="Städte", slug="staedte")
    translate(bremen, "de", title="Bremen", slug="bremen")
    german = translate(report, "de", title="Bremen 2026 (Bericht)", slug="bremen-2026-bericht")
    translate(home, "el", title="Καλώς ήρθατε", slug="home-el")
    greek_visits = translate(visits, "el", title="Επισκέψεις μελέτης", slug="episkepseis-meletis")
    return {"en": report, "de": german, "greek_visits": greek_visits}


def notice(html):
    match = re.search(r'<aside class="reader-language[^"]*"([^>]*)>(.*?)</aside>', html, re.S)
    if match is None:
        return None
    return {
        "lang": re.search(r'lang="([^"]+)"', match.group(1)).group(1),
        "text": re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(2))).strip(),
        "links": re.findall(r'<a href="([^"]+)" lang="([^"]+)"', match.group(2)),
    }


def test_the_greek_listing_links_an_untranslated_report_with_the_readers_language(client, report):
    html = client.get("/el/episkepseis-meletis/").content.decode()

    assert 'href="/en/cities/bremen/bremen-2026/?from=el"' in html


def test_a_greek_reader_of_an_untranslated_report_is_told_in_greek(
    client, report, greek_catalogue
):
    html = client.get("/en/cities/bremen/bremen-2026/?from=el").content.decode()

    shown = notice(html)
    assert shown is not None, "no notice for the Greek reader"
    assert shown["lang"] == "el"
    assert shown["text"].startswith(
        GREEK_NOTICE % {"wanted": "Ελληνικά", "shown": "English"} + " " + GREEK_ALSO + " Deutsch"
    )
    assert ("/de/staedte/bremen/bremen-2026-bericht/", "de") in shown["links"]
    # The page itself stays in its own language.
    assert '<html lang="en"' in html
    assert '<span lang="en">English</span>' in html


def test_switcher_and_hreflang_list_only_the_versions_that_exist(client, report):
    html = client.get("/en/cities/bremen/bremen-2026/?from=el").content.decode()

    assert [(code, href) for code, href, _ in switcher_links(html)] == [
        ("en", "/en/cities/bremen/bremen-2026/"),
        ("de", "/de/staedte/bremen/bremen-2026-bericht/"),
    ]
    assert set(alternates(html)) == {"en", "de", "x-default"}
    assert "?from" not in "".join(alternates(html).values())
    # The notice offers the same versions as the switcher.
    assert [href for href, _lang in notice(html)["links"]] == [
        "/de/staedte/bremen/bremen-2026-bericht/"
    ]


@pytest.mark.parametrize(
    "query",
    [
        "",  # no marker
        "?from=zz",  # not a language
        "?from=en",  # the page's own language
        "?from=de",  # a version that exists
        "?from=%3Cscript%3E",
        "?from=el&from=",
    ],
)
def test_no_notice_without_a_reader_whose_language_is_missing(client, report, query):
    response = client.get(f"/en/cities/bremen/bremen-2026/{query}")

    assert response.status_code == 200
    assert notice(response.content.decode()) is None


def test_the_notice_is_kept_apart_in_the_page_cache(client, report, settings):
    settings.PAGE_CACHE_ENABLED = True
    url = "/en/cities/bremen/bremen-2026/"

    plain = client.get(url)
    greek = client.get(url + "?from=el")
    plain_again = client.get(url)

    assert notice(plain.content.decode()) is None
    assert notice(greek.content.decode())["lang"] == "el"
    assert plain_again["X-Page-Cache"] == "hit"
    assert notice(plain_again.content.decode()) is None
    assert client.get(url + "?from=el")["X-Page-Cache"] == "hit"
