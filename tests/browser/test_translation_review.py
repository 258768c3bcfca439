"""The review of a translation in the browser, each person in their own admin language.

A Polish translator whose admin is in German translates the summary of a German report into
Polish in wagtail-localize's translation editor and submits it for review; a Gdańsk editor (a
Polish admin) finds it on the dashboard, comments on the summary and asks for changes; the
translator reads the comment, with the text it is about quoted, fixes the translation and
submits it again; the Gdańsk editor approves it and readers of the Polish page see the fixed
summary."""

import re
from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment

from partners import roles
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory
from translation import review
from translation.localize import translate_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "welcome"
TIMEOUT = 20_000

SUMMARY_DE = (
    "Partner aus fünf Städten verbrachten drei Tage in Bremen und besuchten ein Stadtteilhaus, "
    "das neu angekommene Familien empfängt."
)
FIRST_TRY = (
    "Partnerzy z pięciu miast spędzili trzy dni w Bremie i odwiedzili dom sąsiedzki "
    "(wersja robocza)."
)
FIXED = (
    "Partnerzy z pięciu miast spędzili trzy dni w Bremie i odwiedzili dom sąsiedzki, który "
    "przyjmuje nowo przybyłe rodziny."
)
COMMENT = "Brakuje drugiej części zdania: kogo przyjmuje dom sąsiedzki?"
FOR_THE_TRANSLATOR = "Prawie gotowe, proszę uzupełnić streszczenie."


def in_language(code, message, **values):
    """`message` as the admin shows it in `code` (the site's catalogues)."""
    with translation.override(code):
        text = gettext(message)
    return text % values if values else text


@pytest.fixture
def world(migration_data):
    """Bremen's German report, live and translated into Polish (its texts still German); the
    Polish translators' group with a translator whose admin is in German, and a Gdańsk
    editor."""
    for code in ("de", "pl"):
        locale(code)
    home = english_home()
    translate(home, "de", title="Willkommen", slug="home-de")
    home_pl = translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(parent=cities_de, title="Bremen", slug="bremen", country="DE")
    bremen.save_revision().publish()
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch in Bremen",
        slug="studienbesuch-in-bremen",
        summary=SUMMARY_DE,
    )
    report.save_revision().publish()
    translate_page(bremen, locale("pl"))
    report_pl = translate_page(report, locale("pl"), slug="wizyta-studyjna-w-bremie")

    gdansk_editors, _changes = roles.ensure_gdansk_editors()
    translators, _changes = roles.ensure_translators(home_pl)

    def account(username, group):
        return roles.ensure_account(
            username, group, email=f"{username}@example.org", password=PASSWORD
        )[0]

    translator = account("polish-translator", translators)
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "de"
    profile.save(update_fields=["preferred_language"])
    account("gdansk-editor", gdansk_editors)

    translation_pl = review.translation_of_page(report_pl)
    summary = StringSegment.objects.get(source=translation_pl.source, context__path="summary")
    return SimpleNamespace(report_pl=report_pl, summary_segment=summary)


@pytest.fixture(autouse=True)
def patient_expect():
    """The admin's first pages can be slow on a cold server: wait longer than the default 5 s
    for assertions in this file, and put the default back afterwards."""
    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=None)


def log_in(page, base_url, username, language):
    page.context.clear_cookies()
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("html")).to_have_attribute("lang", language)


def translate_summary(page, text):
    """Types `text` as the summary's translation in wagtail-localize's editor and saves it,
    waiting for the server to confirm."""
    item = page.locator("li:not([data-review-comment])").filter(has_text=SUMMARY_DE).last
    item.locator("button").filter(has_text=re.compile("Übersetzen|Bearbeiten")).first.click()
    item.locator("textarea").fill(text)
    item.locator("button").filter(has_text="Speichern").first.click()
    expect(item.locator("textarea")).to_have_count(0)
    expect(item).to_contain_text(text)


def shoot(page, bar, path):
    """A screenshot of the admin with the review bar in view: the translation editor scrolls
    inside its own container, so a full-page screenshot would show only what is in view."""
    bar.scroll_into_view_if_needed()
    page.screenshot(path=path)


def test_a_translation_reviewed_in_german_and_polish_admins(live_server, page, world, tmp_path):
    page.set_default_timeout(TIMEOUT)
    base = live_server.url
    report_pl = world.report_pl
    bar = page.locator("[data-translation-review]")
    heading = bar.locator("#translation-review-heading")
    messages = page.locator(".messages")
    panel = page.locator("[aria-labelledby='translation-review-panel-heading']")

    # The translator, in a German admin, translates the summary and submits it for review.
    log_in(page, base, "polish-translator", "de")
    page.goto(f"{base}/admin/pages/{report_pl.pk}/edit/")
    expect(heading).to_have_text(
        re.compile(
            re.escape(in_language("de", "Review")) + r":\s+" + in_language("de", "not submitted")
        )
    )
    translate_summary(page, FIRST_TRY)
    shoot(page, bar, tmp_path / "1-translator-de-before-submitting.png")
    bar.get_by_role("button", name=in_language("de", "Submit for review")).click()
    expect(messages).to_contain_text(
        in_language(
            "de", "Submitted for review. The translation goes live when a reviewer approves it."
        )
    )
    expect(heading).to_contain_text(
        in_language("de", "waiting for review (submitted by %(name)s)", name="polish-translator")
    )
    expect(bar.get_by_role("button", name=in_language("de", "Approve and publish"))).to_have_count(
        0
    )

    # The Gdańsk editor, in a Polish admin, finds it on the dashboard, comments on the summary
    # and asks for changes.
    log_in(page, base, "gdansk-editor", "pl")
    expect(panel.get_by_role("heading")).to_have_text(
        in_language("pl", "Translations awaiting review")
    )
    row = panel.locator("li").filter(has_text=report_pl.title)
    expect(row).to_contain_text(
        in_language("pl", "submitted by %(name)s", name="polish-translator")
    )
    row.get_by_role("link", name=report_pl.title).click()
    expect(heading).to_contain_text(
        in_language("pl", "waiting for review (submitted by %(name)s)", name="polish-translator")
    )
    texts = bar.locator("label").filter(has_text=in_language("pl", "Text")).locator("select")
    texts.select_option(str(world.summary_segment.pk))
    bar.get_by_label(in_language("pl", "Comment on this text")).fill(COMMENT)
    bar.get_by_role("button", name=in_language("pl", "Add comment")).click()
    expect(messages).to_contain_text(in_language("pl", "Comment added."))
    comment = bar.locator("[data-review-comment]")
    expect(comment).to_contain_text(COMMENT)
    expect(comment.locator("q").first).to_have_text(SUMMARY_DE)
    expect(comment.locator("q").last).to_have_text(FIRST_TRY)
    bar.get_by_label(in_language("pl", "Comment for the translator")).fill(FOR_THE_TRANSLATOR)
    shoot(page, bar, tmp_path / "2-reviewer-pl-comments.png")
    bar.get_by_role("button", name=in_language("pl", "Request changes")).click()
    expect(messages).to_contain_text(
        in_language("pl", "Changes requested: the translator has been told.")
    )
    expect(heading).to_contain_text(in_language("pl", "changes requested"))

    # The translator reads the comment in German, fixes the summary and submits it again.
    log_in(page, base, "polish-translator", "de")
    expect(panel.get_by_role("heading")).to_have_text(
        in_language("de", "Translations with changes requested")
    )
    panel.get_by_role("link", name=report_pl.title).click()
    expect(heading).to_contain_text(in_language("de", "changes requested"))
    expect(comment).to_contain_text(COMMENT)
    expect(comment).to_contain_text("gdansk-editor")
    expect(bar.locator("[data-changes-comment]")).to_contain_text(FOR_THE_TRANSLATOR)
    expect(comment.locator("q").first).to_have_text(SUMMARY_DE)
    expect(comment.locator("q").last).to_have_text(FIRST_TRY)
    shoot(page, bar, tmp_path / "3-translator-de-reads-the-comment.png")
    translate_summary(page, FIXED)
    comment.get_by_role("button", name=in_language("de", "Mark as resolved")).click()
    expect(comment).to_contain_text(f"({in_language('de', 'resolved')})")
    bar.get_by_role("button", name=in_language("de", "Submit again for review")).click()
    expect(messages).to_contain_text(
        in_language(
            "de", "Submitted for review. The translation goes live when a reviewer approves it."
        )
    )

    # The Gdańsk editor approves: the translation is live.
    log_in(page, base, "gdansk-editor", "pl")
    panel.get_by_role("link", name=report_pl.title).click()
    expect(comment).to_contain_text(FIXED)
    bar.get_by_role("button", name=in_language("pl", "Approve and publish")).click()
    expect(messages).to_contain_text(in_language("pl", "Approved: the translation is published."))

    # Readers of the Polish page see the fixed summary.
    page.context.clear_cookies()
    page.goto(f"{base}{Page.objects.get(pk=report_pl.pk).url}")
    expect(page.locator("main")).to_contain_text(FIXED)
    expect(page.locator("main")).not_to_contain_text(FIRST_TRY)
