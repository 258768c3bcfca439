"""Every kind of public page, in English and Polish, on a phone and on a desktop: axe-core finds
no serious or critical accessibility problem, and the language switcher leads to the same page
in the other language. Every public page in every language, taken from the sitemap, with the
listings filtered, a search and the "not found" page: the Nu HTML Checker finds no error in it,
and its schema.org JSON-LD uses real types and properties and names its translations.

The pages are those of the demo content (`load_demo`), which uses every block and page type.
Loading it takes half a minute on SQLite and a minute and a half on PostgreSQL, so the module
loads it once, behind a live server of its own, rather than once per test: pytest-django's
`live_server` makes each test transactional, and a transactional test empties the database when
it ends. The tests themselves are ordinary database tests that only read, through the browser
or Django's test client.
When the module is done the database is put back exactly as it was before (what Django's
"serialized rollback" does for a test, done here for the module).

axe-core comes from the npm registry (`npm install --prefix build/axe axe-core@4`, run by
`make test` and `.ci/run`) and is injected from that local file: nothing is fetched from a
CDN. So does the Nu checker's vnu.jar (`make vnu`, tests/html_checker.py); extruct reads the
JSON-LD as a search engine's crawler would."""

import json
import os
import re
from importlib import import_module
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest
from django.apps import apps as global_apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from wagtail.models import Collection

from home.models import HomePage
from partners.models import CityComparisonPage, CityProfilePage
from publication.models import (
    PracticeArticlePage,
    PracticeIndexPage,
    PublicationPage,
    StudyVisitReportPage,
)
from tests import json_ld
from tests.home.factories import english_home
from tests.html_checker import check_html, require_vnu

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

AXE = Path(__file__).resolve().parents[2] / "build" / "axe" / "node_modules" / "axe-core"
AXE_SCRIPT = AXE / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}
VIEWPORTS = {"phone": (375, 812), "desktop": (1280, 900)}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content behind a live server, for the whole module.

    Yields {"url": the server's address, "pages": {kind: {language: (path, title)}}}."""
    from pytest_django.live_server_helper import LiveServer

    media = tmp_path_factory.mktemp("demo-media")
    with override_settings(MEDIA_ROOT=media), django_db_blocker.unblock():
        refuse_unless_test_database()
        before = connection.creation.serialize_db_to_string()
        try:
            restore_migration_data()
            call_command("load_demo", verbosity=0)
            pages = {
                "home": in_languages(HomePage.objects.get(locale__language_code="en")),
                "practices": in_languages(
                    PracticeIndexPage.objects.get(locale__language_code="en"),
                    query={"en": "?city=bremen", "pl": "?city=brema"},
                ),
                "report": in_languages(
                    StudyVisitReportPage.objects.get(
                        locale__language_code="en", slug__contains="bremen"
                    )
                ),
                "practice": in_languages(
                    PracticeArticlePage.objects.filter(locale__language_code="en")
                    .order_by("path")
                    .first()
                ),
                "comparison": in_languages(
                    CityComparisonPage.objects.get(locale__language_code="en")
                ),
                "city": in_languages(
                    CityProfilePage.objects.get(locale__language_code="en", slug="bremen")
                ),
                "publication": in_languages(
                    PublicationPage.objects.get(locale__language_code="en")
                ),
            }
            server = LiveServer("localhost")
            try:
                yield {"url": server.url, "pages": pages}
            finally:
                server.stop()
        finally:
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(before)
            # Content-type ids and Wagtail's cached site roots belong to the data just replaced.
            ContentType.objects.clear_cache()
            cache.clear()


def refuse_unless_test_database():
    """The module commits data outside a test: make sure it lands in the test database."""
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (in_memory or name.startswith("test_")):
        pytest.fail(f"refusing to load the demo into {name!r}: it is not a test database")


def restore_migration_data():
    """What data migrations make and the demo needs, in case a transactional test has emptied
    the database: the root and home pages and the site, the root collection, wagtail-localize's
    "submit translations" permission."""
    english_home()
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    migration = "wagtail_localize.migrations.0006_create_submit_translation_permission"
    import_module(migration).create_submit_translation_permission(global_apps, None)


@pytest.fixture(autouse=True)
def _media_root():
    """The demo's pictures stay in the module's media folder (the suite's per-test media folder
    would hide them from the live server)."""


def in_languages(page, query=None):
    """{language: (path, title)} of the page in English and Polish."""
    result = {}
    for language in ("en", "pl"):
        version = page.get_translation(HomePage.objects.get(locale__language_code=language).locale)
        result[language] = (version.url + (query or {}).get(language, ""), version.title)
    return result


def page_url(site, kind, language):
    if kind == "search":
        query = {"en": "integration", "pl": "integracja"}[language]
        return f"{site['url']}/{language}/search/?q={query}"
    if kind == "missing":
        return f"{site['url']}/{language}/{'no-such-page' if language == 'en' else 'nie-ma'}/"
    return site["url"] + site["pages"][kind][language][0]


@pytest.fixture
def axe():
    if not AXE_SCRIPT.exists():
        message = f"axe-core is missing: run `npm install --prefix build/axe axe-core@4` ({AXE})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    def run(page):
        """The serious and critical WCAG 2.1 A/AA violations axe finds on the page."""
        page.add_script_tag(path=str(AXE_SCRIPT))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        return [
            {
                "rule": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "where": [
                    {"target": node["target"], "why": node["failureSummary"]}
                    for node in violation["nodes"][:5]
                ],
            }
            for violation in result["violations"]
            if violation["impact"] in BLOCKING
        ]

    return run


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", ["en", "pl"])
@pytest.mark.parametrize(
    "kind",
    [
        "home",
        "practices",
        "report",
        "practice",
        "city",
        "comparison",
        "search",
        "publication",
        "missing",
    ],
)
def test_page_has_no_serious_accessibility_problem(
    browser, demo_site, axe, screenshot, kind, language, viewport
):
    width, height = VIEWPORTS[viewport]
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=viewport == "phone",
        bypass_csp=True,
    )
    page = context.new_page()
    try:
        response = page.goto(page_url(demo_site, kind, language))
        assert response.status == (404 if kind == "missing" else 200)
        assert page.locator("html").get_attribute("lang") == language
        if kind in demo_site["pages"]:
            title = demo_site["pages"][kind][language][1]
            assert page.locator("h1").first.inner_text().strip() == title
        if kind == "search":
            assert page.locator(".search-result").count() > 0, "the search found nothing"

        violations = axe(page)
        screenshot(page, f"{kind}-{language}-{viewport}")
        assert not violations, json.dumps(violations, indent=2, ensure_ascii=False)

        # Nothing sideways on a phone; the skip link is the first thing the keyboard reaches.
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the page is {scroll_width}px wide at {width}px"
        page.keyboard.press("Tab")
        assert page.locator(":focus").get_attribute("href") == "#main"
        # Every section of the menu in sight, none hidden behind a sideways scroll.
        for box in page.locator(".main-nav__link").evaluate_all(
            "links => links.map(link => link.getBoundingClientRect().toJSON())"
        ):
            assert box["left"] >= 0 and box["right"] <= width, f"a menu item at {box}"
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["home", "practices", "report", "practice", "publication"])
def test_switcher_leads_to_the_same_page_in_polish_and_back(page, demo_site, kind):
    (en_path, en_title), (pl_path, pl_title) = (
        demo_site["pages"][kind]["en"],
        demo_site["pages"][kind]["pl"],
    )
    page.goto(page_url(demo_site, kind, "en"))

    page.locator(".language-switcher").get_by_role("link", name="Polski").click()

    assert page.url.split("?")[0] == demo_site["url"] + pl_path.split("?")[0]
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("h1").first.inner_text().strip() == pl_title

    page.locator(".language-switcher").get_by_role("link", name="English").click()

    assert page.url.split("?")[0] == demo_site["url"] + en_path.split("?")[0]
    assert page.locator("h1").first.inner_text().strip() == en_title


# Every public page, as a crawler reads it: valid HTML, sound structured data.

LANGUAGES = ("en", "pl", "de", "nl", "it", "el")
SEARCH_TERMS = {
    "en": "integration",
    "pl": "integracja",
    "de": "Integration",
    "nl": "integratie",
    "it": "integrazione",
    "el": "ένταξη",
}


@pytest.fixture(scope="module")
def crawl(demo_site, django_db_blocker, tmp_path_factory):
    """Every page of the sitemap, each listing with filters applied (and with a filter that is
    not valid), a search and a missing page in every language, fetched once and saved for the
    checks: a list of {"url", "status", "expected", "html", "file", "kind"}."""
    folder = tmp_path_factory.mktemp("crawl")
    client = Client()
    pages = []

    def fetch(path, kind, expected=200):
        response = client.get(path)
        html = response.content.decode()
        saved = folder / f"{len(pages):03}.html"
        saved.write_text(html, encoding="utf-8")
        pages.append(
            {
                "url": path,
                "status": response.status_code,
                "expected": expected,
                "html": html,
                "file": saved,
                "kind": kind,
            }
        )
        return html

    with django_db_blocker.unblock():
        sitemap = client.get("/sitemap.xml").content.decode()
        paths = [urlparse(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        for path in paths:
            html = fetch(path, "page")
            choices = filter_choices(html)
            if choices:
                first = {name: values[0] for name, values in choices.items() if values}
                for name, value in first.items():
                    fetch(f"{path}?{urlencode({name: value})}", "listing")
                fetch(f"{path}?{urlencode(first)}", "listing")
                fetch(f"{path}?{urlencode({'year': 'not-a-year'})}", "listing")
        for language in LANGUAGES:
            fetch(f"/{language}/search/?{urlencode({'q': SEARCH_TERMS[language]})}", "search")
            fetch(f"/{language}/no-such-page/", "missing", expected=404)
    return pages


def filter_choices(html):
    """{field name: [values]} of a listing's filter form; {} on a page without one."""
    form = re.search(r'<form class="filters".*?</form>', html, re.S)
    if form is None:
        return {}
    return {
        name: re.findall(r'<option value="([^"]+)"', options)
        for name, options in re.findall(
            r'<select name="([^"]+)"[^>]*>(.*?)</select>', form.group(0), re.S
        )
    }


def test_the_crawl_reaches_every_kind_of_page_in_every_language(crawl):
    assert [page for page in crawl if page["status"] != page["expected"]] == []
    languages = {page["url"].split("/")[1] for page in crawl if page["kind"] == "page"}
    assert languages == set(LANGUAGES)
    assert sum(page["kind"] == "page" for page in crawl) >= 100, "the whole demo"
    # Two listings, each filtered by city and by year at least, by all its filters at once
    # and by a year that is not one, in each language.
    assert sum(page["kind"] == "listing" for page in crawl) >= 2 * 4 * len(LANGUAGES)


def test_every_public_page_is_valid_html(crawl):
    """One run of the Nu HTML Checker over every page; the errors as (URL, line, message)."""
    require_vnu()
    urls = {page["file"].resolve(): page["url"] for page in crawl}

    errors = check_html(urls)

    report = [
        f"{urls.get(error['file'].resolve(), error['file'])} line {error['line']}: "
        f"{error['message']}\n    {' '.join(error['extract'].split())}"
        for error in errors
    ]
    assert not report, f"{len(report)} HTML error(s):\n" + "\n".join(report)


def test_every_page_has_sound_schema_org_structured_data(crawl):
    """extruct reads each page's JSON-LD; its types and properties are schema.org's
    (tests/json_ld.py), and a report or practice names its language and translations."""
    import extruct

    problems = []
    articles = 0
    for page in crawl:
        if page["kind"] == "missing":
            continue
        try:
            documents = extruct.extract(
                page["html"], base_url="http://testserver" + page["url"], syntaxes=["json-ld"]
            )["json-ld"]
        except Exception as error:  # noqa: BLE001 - any parse failure is the finding
            problems.append(f"{page['url']}: the JSON-LD does not parse: {error}")
            continue
        if not documents and page["kind"] != "search":
            problems.append(f"{page['url']}: no JSON-LD")
        for document in documents:
            problems += [f"{page['url']}: {p}" for p in json_ld.document_problems(document)]
        for article in json_ld.nodes_of_type(documents, "Article"):
            articles += page["kind"] == "page"
            problems += [f"{page['url']}: {p}" for p in translation_problems(page, article)]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)
    # The demo's 4 reports and 10 practices in English and Polish, and their originals.
    assert articles >= 2 * 14


def translation_problems(page, article):
    """A report or practice names its language and its other language versions, the same
    ones its hreflang links name: a translation its original (translationOfWork), an original
    its translations (workTranslation)."""
    language = re.search(r'<html lang="([^"]+)"', page["html"]).group(1)
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page["html"])
    )
    others = {url: code for code, url in alternates.items() if code not in ("x-default", language)}
    problems = []
    if article.get("inLanguage") != language:
        problems.append(f"inLanguage is {article.get('inLanguage')!r}, the page is {language!r}")
    if not others:
        return problems
    original = article.get("translationOfWork")
    translations = article.get("workTranslation")
    if original is not None:
        if original.get("@id") not in others:
            problems.append(f"translationOfWork {original} is none of {sorted(others)}")
        if translations is not None:
            problems.append("a translation with workTranslation")
    elif translations is not None:
        named = {entry.get("@id"): entry.get("inLanguage") for entry in translations}
        if named != others:
            problems.append(f"workTranslation names {named}, the other versions are {others}")
    else:
        problems.append("neither translationOfWork nor workTranslation")
    return problems
