"""Translating at scale in the browser: a Gdańsk editor (Polish admin) translates a new German
report whose first paragraph repeats an earlier report's. The translation memory has filled that
paragraph in already; the glossary view marks the network's term with its approved English;
the editor translates the rest (ignoring the term) and publishes, and the publish message counts
the warnings of the checks, which name the term."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from partners import roles
from publication.models import StudyVisitReportPage
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory
from tests.translation.translation_setup import fill_in, translation_of
from translation.localize import translate_page
from translation.models import GlossaryTerm

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "welcome"
TIMEOUT = 20_000

REPEATED_DE = "Bremen nimmt jedes Jahr viele neue Nachbarinnen und Nachbarn auf."
REPEATED_EN = "Bremen welcomes many new neighbours every year."
GLOSSARY_DE = "Die Willkommenslotsen begleiten Familien zu Ämtern und Schulen."
IGNORING_EN = "The volunteers take families to offices and schools."


@pytest.fixture
def world(migration_data):
    """Bremen's German profile (translated into English) with an earlier report already in
    English, a new German report repeating its first paragraph, a glossary term and a Gdańsk
    editor's account."""
    for code in ("de", "pl"):
        locale(code)
    home = english_home()
    translate(home, "de", title="Willkommen", slug="home-de")
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    bremen = CityProfilePageFactory(parent=cities_de, title="Bremen", slug="bremen")
    bremen.save_revision().publish()
    translate_page(bremen, locale("en"))

    earlier = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch 2024",
        slug="studienbesuch-2024",
        context=f"<p>{REPEATED_DE}</p>",
    )
    earlier.save_revision().publish()
    translate_page(earlier, locale("en"))
    fill_in(
        translation_of(earlier, "en"),
        render=lambda text: REPEATED_EN if text == REPEATED_DE else f"{text} (en)",
    )

    new = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch 2026",
        slug="studienbesuch-2026",
        context=f"<p>{REPEATED_DE}</p><p>{GLOSSARY_DE}</p>",
    )
    new.save_revision().publish()
    GlossaryTerm.objects.create(
        source_language="de",
        target_language="en",
        term="Willkommenslotsen",
        translation="welcome guides",
    )
    editors, _changes = roles.ensure_gdansk_editors()
    roles.ensure_account("gdansk-editor", editors, password=PASSWORD)
    return SimpleNamespace(new=new)


@pytest.fixture(autouse=True)
def patient_expect():
    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=None)


def segment(page, text):
    """The innermost item of wagtail-localize's translation editor holding `text`."""
    return page.locator("li").filter(has_text=text).last


def translate_segment(page, item, text):
    item.locator("button").filter(has_text=re.compile("Translate|[Tt]łumacz")).first.click()
    item.locator("textarea").fill(text)
    item.locator("button").filter(has_text=re.compile("Save|Zapisz")).first.click()
    expect(item.locator("textarea")).to_have_count(0)
    expect(item).to_contain_text(text)


def test_memory_glossary_and_checks_in_the_translation_editor(
    live_server, page, world, screenshot
):
    page.set_default_timeout(TIMEOUT)
    base = live_server.url
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill("gdansk-editor")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # Translate the new report into English: the repeated paragraph comes from the memory.
    page.goto(f"{base}/admin/localize/submit/page/{world.new.pk}/")
    page.get_by_label(re.compile("English|angielski", re.I)).check()
    page.locator("main form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    repeated = segment(page, REPEATED_DE)
    expect(repeated).to_contain_text(REPEATED_EN)
    expect(repeated).to_contain_text("Studienbesuch 2024")  # where the memory had it from
    screenshot(page, "scale-1-memory-filled")

    # The glossary view marks the term with its approved translation.
    messages = page.locator(".messages")
    glossary_url = messages.get_by_role("link", name=re.compile("Glossary|Słowniczek", re.I))
    editor_url = page.url
    glossary_url.click()
    mark = page.locator("mark").filter(has_text="Willkommenslotsen").first
    expect(mark).to_be_visible()
    expect(page.locator("main")).to_contain_text("welcome guides")
    screenshot(page, "scale-2-glossary")

    # Translate the rest, ignoring the term, and publish: the message counts the warnings.
    page.goto(editor_url)
    title = page.locator("li").filter(has=page.get_by_role("heading", name="Tytuł", exact=True))
    translate_segment(page, title.first, "Study visit 2026")
    translate_segment(page, segment(page, GLOSSARY_DE), IGNORING_EN)
    page.locator("button").filter(has_text=re.compile("Publish|Opublikuj")).first.click()
    notice = page.locator(".messages")
    expect(notice).to_contain_text(re.compile(r"\b[1-9]\d*\b"))
    screenshot(page, "scale-3-published-with-warnings")
    checks = notice.get_by_role("link", name=re.compile("Checks|Kontrol|Sprawdz", re.I)).first
    checks.click()
    expect(page.locator("main")).to_contain_text("Willkommenslotsen")
    expect(page.locator("main")).to_contain_text("welcome guides")
    screenshot(page, "scale-4-checks")

    english = StudyVisitReportPage.objects.get(
        translation_key=world.new.translation_key, locale=locale("en")
    )
    assert english.live
    assert REPEATED_EN in english.context
