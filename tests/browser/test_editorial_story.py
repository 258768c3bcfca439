"""The editorial story end to end in the browser, each person in their own language.

Bremen's editor meets a German admin and a Bremen dashboard, writes a new report with a chart
and a picture chosen from the network's pictures, and submits it; a Gdańsk editor (a Polish
admin) asks for changes with a comment; Bremen's editor reads the comment on the dashboard and
on the page, fixes the text and submits again; the Gdańsk editor approves it (the German page
goes live), translates it into English in wagtail-localize's editor, the chart's labels too, and
publishes; readers of the English page see the chart in English."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect
from wagtail.models import Collection

from partners import roles
from publication.models import StudyVisitReportPage
from tests.home.factories import english_home, locale, picture, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from translation.localize import translate_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "welcome"
TIMEOUT = 20_000

TITLE_DE = "Studienbesuch im Bremer Norden"
SLUG_DE = "studienbesuch-im-bremer-norden"
SUMMARY_DE = (
    "Drei Tage lang besuchten die Partnerstädte Bremen-Nord. Sie sahen, wie das Bürgerhaus "
    "Vegesack neu angekommene Familien empfängt, wie Willkommenslotsinnen und -lotsen Menschen "
    "zu Ämtern, Schulen und Ärzten begleiten und wie Sprachcafés Nachbarn zusammenbringen. Im "
    "Gespräch mit Vereinen, Migrantinnen und der Stadtverwaltung ging es um Wohnungen, um Arbeit "
    "und um die Frage, wie eine Stadt Menschen von Anfang an beteiligt. Der Bericht fasst "
    "zusammen, was die Gäste mitnehmen und was sich in ihren eigenen Städten umsetzen lässt."
)
CONTEXT_DE = "Bremen-Nord nimmt jedes Jahr viele neue Nachbarinnen und Nachbarn auf."
FIXED_CONTEXT_DE = "Bremen-Nord nimmt jedes Jahr rund 1.200 neue Nachbarinnen und Nachbarn auf."
CHART = {
    "title": "Teilnehmende am Treffen",
    "value_label": "Personen",
    "data": [("Vereine", 12), ("Verwaltung", 8)],
}
CHART_EN = {
    "Teilnehmende am Treffen": "Who took part in the meeting",
    "Personen": "People",
    "Vereine": "Associations",
    "Verwaltung": "City administration",
}
COMMENT = "Bitte nennen Sie die Zahl der Menschen, die jedes Jahr ankommen."
PICTURE_ALT = "Das Weserufer in Vegesack am Abend"
TITLE_EN = "Study visit to Bremen-North"
SLUG_EN = "study-visit-to-bremen-north"


@pytest.fixture
def world(migration_data):
    """English, Polish and German home pages and city indexes; Bremen's German profile, live
    and translated into English; the Gdańsk and Bremen editor groups with the workflow on
    Bremen's profile, an account in each; a picture in the network's shared collection."""
    for code in ("de", "pl"):
        locale(code)
    home = english_home()
    translate(home, "de", title="Willkommen", slug="home-de")
    translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    bremen = CityProfilePageFactory(parent=cities_de, title="Bremen", slug="bremen", country="DE")
    bremen.save_revision().publish()
    bremen_en = translate_page(bremen, locale("en"))

    gdansk_editors, _changes = roles.ensure_gdansk_editors()
    bremen_editors, _changes = roles.onboard_partner(bremen, "Bremen")
    network = Collection.objects.get(name=roles.NETWORK_COLLECTION)
    river = picture(title="Weserufer Vegesack", collection=network, description=PICTURE_ALT)

    def account(username, group):
        return roles.ensure_account(
            username, group, email=f"{username}@example.org", password=PASSWORD
        )[0]

    return SimpleNamespace(
        bremen=bremen,
        bremen_en=bremen_en,
        picture=river,
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
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def footer_action(page, selector):
    """Clicks an action of the edit view's footer menu, opening "More actions" if it is there."""
    button = page.locator(f"footer {selector}")
    if not button.is_visible():
        page.locator("footer .w-dropdown-button [data-w-dropdown-target='toggle']").click()
    button.click()


def fill_rich_text(page, field, text):
    editor = page.locator(f"[data-contentpath='{field}'] [contenteditable=true]").first
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    # Draftail writes what was typed into the form's field a moment later.
    expect(page.locator(f"input[name='{field}']")).to_have_value(re.compile(re.escape(text)))


def add_chart(page):
    """A chart block at the end of the report's body, filled in through the block picker."""
    body = page.locator("[data-contentpath='body']")
    body.locator("button[title]").filter(has=page.locator(".icon-plus")).last.click()
    page.get_by_role("option", name=re.compile("Diagramm", re.I)).click()
    chart = body  # the body's only block
    chart.locator("[data-contentpath='title'] input").fill(CHART["title"])
    chart.locator("[data-contentpath='value_label'] input").fill(CHART["value_label"])
    rows = chart.locator("[data-contentpath='data']")
    for index, (label, value) in enumerate(CHART["data"]):
        if index:
            rows.get_by_role("button", name=re.compile("Hinzufügen|Add", re.I)).last.click()
        row = rows.locator("[data-contentpath='label'] input").nth(index)
        row.fill(label)
        rows.locator("[data-contentpath='value'] input").nth(index).fill(str(value))


def choose_network_picture(page):
    hero = page.locator("[data-contentpath='hero_image']")
    hero.get_by_role("button").first.click()
    modal = page.locator(".modal-content")
    expect(modal).to_contain_text("Weserufer Vegesack")
    modal.get_by_text("Weserufer Vegesack").first.click()
    expect(hero).to_contain_text("Weserufer Vegesack")


def translate_segment(page, segment, text):
    """Types `text` as the translation of `segment` (an item of wagtail-localize's translation
    editor) and saves it, waiting for the server to confirm."""
    segment.locator("button").filter(has_text=re.compile("Translate|[Tt]łumacz")).first.click()
    segment.locator("textarea").fill(text)
    segment.locator("button").filter(has_text=re.compile("Save|Zapisz")).first.click()
    expect(segment.locator("textarea")).to_have_count(0)
    expect(segment).to_contain_text(text)


def test_a_german_report_with_a_chart_from_draft_to_english(live_server, page, world, screenshot):
    page.set_default_timeout(TIMEOUT)
    base = live_server.url

    # Bremen's editor: a German admin and Bremen's dashboard.
    log_in(page, base, "bremen-editor")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    city = page.locator("#partner-city-section")
    expect(city).to_contain_text("Ihre Stadt: Bremen")
    screenshot(page, "story-1-bremen-dashboard")

    # A new report: text, a chart in the body and a picture from the network's collection.
    city.get_by_role("link", name="Bericht über einen Studienbesuch schreiben").click()
    page.locator("#id_title").fill(TITLE_DE)
    page.locator("#id_start_date").fill("2026-03-02")
    page.locator("#id_end_date").fill("2026-03-04")
    page.locator("#id_summary").fill(SUMMARY_DE)
    fill_rich_text(page, "context", CONTEXT_DE)
    choose_network_picture(page)
    add_chart(page)
    screenshot(page, "story-2-bremen-writes")
    footer_action(page, "button[name='action-submit']")
    expect(page.locator(".messages")).to_contain_text(TITLE_DE)
    report = StudyVisitReportPage.objects.get(slug=SLUG_DE)
    assert report.get_parent().pk == world.bremen.pk
    assert report.current_workflow_state.status == "in_progress"
    assert not report.live

    # Gdańsk's editor, in a Polish admin, asks for changes with a comment.
    log_in(page, base, "gdansk-editor")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    page.goto(f"{base}/admin/pages/{report.pk}/edit/")
    footer_action(page, "[data-workflow-action-name='reject']")
    page.locator(".modal-content textarea[name='comment']").fill(COMMENT)
    page.locator(".modal-content button[type='submit']").click()
    expect(page.locator(".messages")).to_be_visible()
    screenshot(page, "story-3-gdansk-requests-changes")
    report.refresh_from_db()
    assert report.current_workflow_state.status == "needs_changes"

    # Bremen's editor reads the comment on the dashboard and on the page, fixes, resubmits.
    log_in(page, base, "bremen-editor")
    row = page.locator("#partner-city-section tr").filter(has_text=TITLE_DE)
    expect(row).to_contain_text("Änderungen angefordert")
    expect(row).to_contain_text(COMMENT)
    screenshot(page, "story-4-bremen-sees-the-comment")
    row.get_by_role("link", name=TITLE_DE).click()
    expect(page.locator(".messages")).to_contain_text(COMMENT)
    fill_rich_text(page, "context", FIXED_CONTEXT_DE)
    screenshot(page, "story-5-bremen-fixes")
    footer_action(page, "button[name='action-submit']")
    expect(page.locator(".messages")).to_contain_text(TITLE_DE)
    report.refresh_from_db()
    assert report.current_workflow_state.status == "in_progress"
    assert "rund 1.200" in report.get_latest_revision_as_object().context

    # Gdańsk's editor approves: the German page is live with its chart and picture. (This page
    # goes live before its translations: "release with its translations" is turned off, as an
    # editor may; releasing them together has its own test, tests/translation/.)
    type(report).objects.filter(pk=report.pk).update(release_together=False)
    draft = report.get_latest_revision()
    draft.content["release_together"] = False
    draft.save(update_fields=["content"])
    log_in(page, base, "gdansk-editor")
    page.goto(f"{base}/admin/pages/{report.pk}/edit/")
    footer_action(
        page, "[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    expect(page.locator(".messages")).to_be_visible()
    report.refresh_from_db()
    assert report.live
    page.goto(f"{base}{report.url}")
    main = page.locator("main")
    expect(main).to_contain_text("rund 1.200 neue Nachbarinnen")
    expect(main.locator("svg")).to_contain_text("Vereine")
    expect(main.locator(f"img[alt='{PICTURE_ALT}']")).to_have_count(1)
    expect(main).not_to_contain_text("Wichtigste Erkenntnisse")  # left empty: no heading
    screenshot(page, "story-6-german-live")

    # The English translation, the chart's labels included.
    page.goto(f"{base}/admin/localize/submit/page/{report.pk}/")
    languages = page.locator("input[name='locales']")
    expect(languages).to_have_count(2)  # English and Polish: the targets, nothing else
    page.get_by_label(re.compile("English|angielski", re.I)).check()
    page.locator("main form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    screenshot(page, "story-7-translation-editor")
    title = page.locator("li").filter(has=page.get_by_role("heading", name="Tytuł", exact=True))
    translate_segment(page, title.first, TITLE_EN)
    for source, english in CHART_EN.items():
        # The innermost item holding the German text: the segment, not the chart around it.
        translate_segment(page, page.locator("li").filter(has_text=source).last, english)
    screenshot(page, "story-7-english-translation")
    page.locator("button").filter(has_text=re.compile("Publish|Opublikuj")).first.click()
    expect(page.locator(".messages")).to_be_visible()

    report_en = StudyVisitReportPage.objects.get(
        translation_key=report.translation_key, locale=locale("en")
    )
    assert report_en.live
    page.context.clear_cookies()
    page.goto(f"{base}{report_en.url}")
    expect(page.locator("h1")).to_have_text(TITLE_EN)
    chart = page.locator("main figure").filter(has=page.locator("svg"))
    expect(chart).to_contain_text("Who took part in the meeting")
    expect(chart.locator("svg")).to_contain_text("Associations")
    expect(chart.locator("table")).to_contain_text("City administration")
    expect(chart).not_to_contain_text("Vereine")
    screenshot(page, "story-8-english-public")
