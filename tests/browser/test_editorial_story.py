"""The editorial story end to end in the browser: Bremen's editor changes the German report and
submits it to the "Partner submission" workflow, a Gdańsk editor approves it (the German page
goes live), translates it into English in wagtail-localize's translation editor and publishes;
readers of the English page see the new text and that it was written in German."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from home.localize import translate_page
from partners import roles
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "welcome"
OLD_SUMMARY_DE = (
    "Drei Tage in Bremen: ein Aufnahmezentrum, eine Schule und ein Nachbarschaftshaus."
)
NEW_SUMMARY_DE = (
    "Im Bürgerhaus Vegesack lernten die Gäste das Bremer Willkommenslotsen-Programm kennen."
)
NEW_SUMMARY_EN = "At the Vegesack community centre the guests met Bremen's welcome guides scheme."
TITLE_EN = "Study visit to Bremen"
CONTEXT_EN = "Bremen takes in many people every year."
SLUG_EN = "study-visit-to-bremen"
TIMEOUT = 20_000


@pytest.fixture
def world():
    """English and German home pages and city indexes, Bremen's German profile (sample content)
    with a live German report, the profile's English translation, the Gdańsk and Bremen editor
    groups with the workflow on Bremen's profile, and one account in each group."""
    locale("de")
    home = english_home()
    translate(home, "de", title="Willkommen", slug="home-de")
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    bremen = CityProfilePageFactory(
        parent=cities_de, title="Bremen", slug="bremen", country="DE", is_sample=True
    )
    bremen.save_revision().publish()
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch in Bremen",
        slug="studienbesuch-in-bremen",
        summary=OLD_SUMMARY_DE,
        context="<p>Bremen nimmt jedes Jahr viele Menschen auf.</p>",
    )
    report.save_revision().publish()
    bremen_en = translate_page(bremen, locale("en"))

    gdansk_editors, _changes = roles.ensure_gdansk_editors()
    bremen_editors, _changes = roles.onboard_partner(bremen, "Bremen")

    def account(username, group):
        return roles.ensure_account(
            username, group, email=f"{username}@example.org", password=PASSWORD
        )[0]

    return SimpleNamespace(
        report=report,
        bremen_en=bremen_en,
        bremen_editor=account("bremen-editor", bremen_editors),
        gdansk_editor=account("gdansk-editor", gdansk_editors),
    )


@pytest.fixture(autouse=True)
def patient_expect():
    """The admin's first pages can be slow on a cold server: wait longer than the default 5 s
    for assertions in this file, and put the default back afterwards."""
    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=None)


def log_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label(re.compile("username", re.I)).fill(username)
    page.get_by_label(re.compile("password", re.I)).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def translate_segment(page, heading, text):
    """Types `text` as the translation of the segment under the field `heading` in
    wagtail-localize's translation editor and saves it, waiting for the server to confirm (the
    editor shows "Saving..." until then)."""
    segment = page.locator("li").filter(has=page.get_by_role("heading", name=heading, exact=True))
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.locator("textarea")).to_have_count(0)
    expect(segment).to_contain_text(text)
    expect(segment).to_contain_text("Translated manually")


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def test_partner_text_is_approved_translated_and_published(live_server, page, world, screenshot):
    page.set_default_timeout(TIMEOUT)
    base = live_server.url
    report = world.report
    public_de = f"{base}{report.url}"
    edit_url = f"{base}/admin/pages/{report.pk}/edit/"

    # Bremen's editor changes the summary and submits it for approval.
    log_in(page, base, "bremen-editor")
    page.goto(edit_url)
    summary = page.locator("#id_summary")
    expect(summary).to_have_value(OLD_SUMMARY_DE)
    summary.fill(NEW_SUMMARY_DE)
    screenshot(page, "story-1-partner-edits")
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Partner submission").click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    screenshot(page, "story-2-partner-submitted")

    state = fresh(report).current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    page.goto(public_de)
    expect(page.locator("main")).to_contain_text(OLD_SUMMARY_DE)
    expect(page.locator("main")).not_to_contain_text(NEW_SUMMARY_DE)

    # A Gdańsk editor approves it from the page's edit view: the German page is live.
    log_in(page, base, "gdansk-editor")
    page.goto(edit_url)
    page.locator("footer").get_by_role("button", name="More actions").click()
    screenshot(page, "story-3-gdansk-reviews")
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been updated")
    screenshot(page, "story-4-gdansk-approved")
    page.goto(public_de)
    expect(page.locator("main")).to_contain_text(NEW_SUMMARY_DE)
    screenshot(page, "story-5-german-live")

    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    assert not fresh(report).has_unpublished_changes

    # The Gdańsk editor asks for an English translation.
    page.goto(f"{base}/admin/localize/submit/page/{report.pk}/")
    screenshot(page, "story-6-translate")
    page.get_by_label("English").check()
    page.get_by_role("button", name="Submit").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.get_by_role("heading", name="Deutsch to English translation")).to_be_visible()

    # In the translation editor: the changed summary, the title and the context through the
    # editor; then the slug on the Promote tab.
    translate_segment(page, "Title", TITLE_EN)
    translate_segment(page, "Summary", NEW_SUMMARY_EN)
    translate_segment(page, "Context and challenge", CONTEXT_EN)
    page.get_by_role("tab", name="Promote").click()
    translate_segment(page, "Slug", SLUG_EN)
    page.get_by_role("tab", name="Content").click()
    screenshot(page, "story-7-translated")
    page.get_by_role("button", name="Publish in English").click()
    expect(page.locator(".messages")).to_contain_text("published", ignore_case=True)
    screenshot(page, "story-8-english-published")
    expect(page.locator("header").first).to_contain_text(TITLE_EN)

    report_en = fresh(report).get_translation(locale("en"))
    assert report_en.live and not report_en.has_unpublished_changes
    assert report_en.url == f"/en/cities/{world.bremen_en.slug}/{SLUG_EN}/"

    # Readers of the English page see the English text and that it was written in German.
    page.context.clear_cookies()
    page.goto(f"{base}{report_en.url}")
    expect(page.locator("h1")).to_have_text(TITLE_EN)
    expect(page.locator("main")).to_contain_text(NEW_SUMMARY_EN)
    expect(page.locator("main")).not_to_contain_text(NEW_SUMMARY_DE)
    notice = page.locator(".original-language")
    expect(notice).to_have_text(
        re.compile(r"This page is a translation\.\s+Original language:\s+Deutsch")
    )
    original = notice.get_by_role("link", name="Deutsch")
    expect(original).to_have_attribute("hreflang", "de")
    screenshot(page, "story-9-english-public")
    original.click()
    expect(page).to_have_url(public_de)
    expect(page.locator("main")).to_contain_text(NEW_SUMMARY_DE)
