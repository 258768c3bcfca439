"""The site under its Content-Security-Policy in Chromium: the public pages in English and
Polish (the home page's map, a city, the comparison, a report with its chart and gallery, a
filtered listing, a search, the publication and its PDF link), and the admin of a signed-in
editor (the dashboard, a report's editor with its StreamField, preview and picture chooser, the
translation editor, uploading pictures, a public page under the user bar): the browser refuses
nothing, and the pages are drawn with their styles, pictures and scripts.

Every `securitypolicyviolation` event of every frame reaches the test through a function the
page calls, and so does every console message about the policy. The demo content and its live
server are those of the accessibility tests (tests/browser/test_accessibility.py), loaded once
for this module too."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import Locale

from publication import pdf as pdf_documents
from publication.models import StudyVisitReportPage
from tests.browser import test_accessibility
from tests.browser.test_accessibility import page_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The demo behind its live server, and the demo's pictures kept in the module's media folder:
# pytest finds fixtures by their name in the module.
demo_site = test_accessibility.demo_site
_media_root = test_accessibility._media_root

PASSWORD = "policy"
TIMEOUT = 20_000
PUBLIC_KINDS = ["home", "city", "comparison", "report", "practices", "search", "publication"]
WATCH = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportPolicyViolation({
    page: document.location.href,
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
    sample: event.sample,
  });
});
"""


class Watched:
    """A browser context whose pages report what the policy refused."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(TIMEOUT)
        self.violations = []
        self.context.expose_function("reportPolicyViolation", self.record)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.page.on("console", self.console)

    def record(self, violation):
        self.violations.append(violation)

    def console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append({"page": self.page.url, "console": message.text})

    def visit(self, url):
        response = self.page.goto(url)
        self.settle()
        return response

    def settle(self):
        """Let the page's scripts run, and their reports reach the test."""
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(200)


@pytest.fixture(scope="module")
def reader(browser, demo_site):
    watched = Watched(browser)
    yield watched
    watched.context.close()


@pytest.fixture(scope="module")
def editor(browser, demo_site, django_db_blocker):
    """A superuser's context, signed in once for the module."""
    with django_db_blocker.unblock():
        get_user_model().objects.create_superuser("policy", "policy@example.org", PASSWORD)
    watched = Watched(browser)
    watched.visit(f"{demo_site['url']}/admin/login/")
    watched.page.locator("#id_username").fill("policy")
    watched.page.locator("#id_password").fill(PASSWORD)
    watched.page.locator("form button[type=submit]").click()
    expect(watched.page).to_have_url(re.compile(r"/admin/$"))
    yield watched
    watched.context.close()


@pytest.fixture(scope="module")
def report(demo_site, django_db_blocker):
    """Bremen's report: the German original (Wagtail's editor), its English translation
    (wagtail-localize's editor) and its English PDF, made beforehand where this machine can."""
    with django_db_blocker.unblock():
        english = StudyVisitReportPage.objects.get(
            locale__language_code="en", slug__contains="bremen"
        )
        german = english.get_translation(Locale.objects.get(language_code="de"))
        pdf_made = not pdf_documents.unavailable_reason()
        if pdf_made:
            pdf_documents.build(pdf_documents.request_build(english).pk)
    return {"en": english.pk, "de": german.pk, "pdf_made": pdf_made}


@pytest.fixture(autouse=True)
def patient_expect():
    """The admin's first pages can be slow on a cold server."""
    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=None)


def assert_nothing_refused(watched):
    assert not watched.violations, "\n".join(map(str, watched.violations))


def assert_styled(page):
    """The site's stylesheet applies (the menu bar is not the browser's default white)."""
    background = page.locator(".site-header__bar").evaluate(
        "bar => getComputedStyle(bar).backgroundColor"
    )
    assert background not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), background


def assert_pictures_shown(page):
    broken = page.locator("main img").evaluate_all(
        "images => images.filter(image => image.complete && !image.naturalWidth)"
        ".map(image => image.currentSrc || image.src)"
    )
    assert not broken, broken


@pytest.mark.parametrize("language", ["en", "pl"])
def test_public_pages_need_nothing_the_policy_refuses(
    reader, demo_site, report, screenshot, language
):
    reader.violations.clear()
    for kind in PUBLIC_KINDS:
        response = reader.visit(page_url(demo_site, kind, language))
        assert response.status == 200, kind
        assert_styled(reader.page)
        reader.page.locator("main img").evaluate_all(
            "images => images.forEach(image => image.scrollIntoView())"
        )
        reader.settle()
        assert_pictures_shown(reader.page)
        if kind == "home":
            expect(reader.page.locator(".glance__map svg a").first).to_be_visible()
            expect(reader.page.locator(".bar-list__bar rect").first).to_be_visible()
            if language == "en":
                screenshot(reader.page, "content-security-policy-home")
        if kind == "report":
            expect(reader.page.locator(".chart-block svg").first).to_be_visible()
            pdf_link = reader.page.locator("a[href$='/pdf/']").first.get_attribute("href")
    # The English PDF is made: a download. The Polish one is not yet: a page that says it is
    # being prepared.
    if report["pdf_made"] and language == "en":
        with reader.page.expect_download() as download:
            reader.page.evaluate("url => { document.location.href = url; }", pdf_link)
        with open(download.value.path(), "rb") as document:
            assert document.read(5) == b"%PDF-"
    else:
        assert reader.visit(demo_site["url"] + pdf_link).status == 503
        assert_styled(reader.page)

    assert_nothing_refused(reader)


def test_the_admin_needs_nothing_its_policy_refuses(editor, demo_site, report, screenshot):
    editor.violations.clear()
    page, url = editor.page, demo_site["url"]

    editor.visit(f"{url}/admin/")
    expect(page.locator("main")).to_be_visible()

    # A report in Wagtail's editor: its StreamField drawn by the admin's scripts, its preview.
    editor.visit(f"{url}/admin/pages/{report['de']}/edit/")
    body = page.locator("[data-contentpath='body']")
    expect(body.locator("[data-contentpath]").first).to_be_visible()
    page.locator("[data-side-panel-toggle='preview']").click()
    # The preview loads in a second frame that then takes the first one's place.
    expect(page.locator("[data-side-panel='preview'] iframe[src*='/preview/']")).to_have_count(1)
    expect(page.locator("[data-side-panel='preview'] iframe")).to_have_count(1)
    preview = page.frame_locator("[data-side-panel='preview'] iframe")
    expect(preview.locator(".site-header__bar")).to_be_visible()
    editor.settle()
    screenshot(page, "content-security-policy-admin-edit")
    page.locator("[data-side-panel-toggle='preview']").click()

    # The picture chooser, opened from the hero picture.
    hero = page.locator("[data-contentpath='hero_image']")
    hero.get_by_role("button", name="Actions").click()
    page.locator("[data-chooser-action-choose]").filter(visible=True).first.click()
    expect(page.locator(".modal-content")).to_be_visible()
    editor.settle()

    # The English translation in wagtail-localize's editor.
    editor.visit(f"{url}/admin/pages/{report['en']}/edit/")
    editor_app = page.locator(".js-translation-editor")
    editor_app.get_by_role("button", name="Edit").first.click()
    expect(editor_app.locator("textarea").first).to_be_visible()

    # Uploading a picture.
    editor.visit(f"{url}/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(
        files=[{"name": "square.png", "mimeType": "image/png", "buffer": png()}]
    )
    expect(page.locator("#upload-list li.upload-complete")).to_have_count(1)
    editor.settle()

    # A public page under the user bar, which the admin's scripts draw.
    editor.visit(page_url(demo_site, "report", "en"))
    expect(page.locator("wagtail-userbar, [data-wagtail-userbar]").first).to_be_attached()

    assert_nothing_refused(editor)


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "#2a6f97").save(buffer, format="PNG")
    return buffer.getvalue()
