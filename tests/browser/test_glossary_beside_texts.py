"""The glossary beside the text in the browser: in wagtail-localize's translation editor, a text
of the original that contains a glossary term shows the term and its approved translation right
under it; a text with the term only inside another word shows nothing."""

import re

import pytest
from playwright.sync_api import expect

from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory
from tests.translation.translation_setup import translation_of
from translation.localize import translate_page
from translation.models import GlossaryTerm

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WITH_TERM = "Die Integration beginnt am ersten Tag."
INSIDE_A_WORD = "Die Desintegration der Nachbarschaft ist eine Gefahr."


@pytest.fixture
def english_translation(migration_data, django_user_model):
    locale("de")
    home = english_home()
    translate(home, "de", title="Willkommen", slug="home-de")
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    cities_de = translate(cities, "de", title="Städte", slug="staedte")
    bremen = CityProfilePageFactory(parent=cities_de, title="Bremen", slug="bremen")
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Studienbesuch",
        slug="studienbesuch",
        context=f"<p>{WITH_TERM}</p><p>{INSIDE_A_WORD}</p>",
    )
    report.save_revision().publish()
    translate_page(report, locale("en"))
    GlossaryTerm.objects.create(
        source_language="de",
        target_language="en",
        term="Integration",
        translation="inclusion",
        note="The network's word.",
    )
    django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    return translation_of(report, "en").get_target_instance()


def test_a_texts_glossary_terms_are_shown_beside_it(
    live_server, page, english_translation, screenshot
):
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("pw")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/{english_translation.pk}/edit/")

    with_term = page.locator("li").filter(has_text=WITH_TERM).last
    beside = with_term.locator(".translation-glossary-beside")
    expect(beside).to_have_text(re.compile(r"Integration → inclusion"), timeout=20_000)
    expect(beside.locator("[title]")).to_have_attribute("title", "The network's word.")
    inside = page.locator("li").filter(has_text=INSIDE_A_WORD).last
    expect(inside.locator(".translation-glossary-beside")).to_have_count(0)
    expect(page.locator(".translation-glossary-beside")).to_have_count(1)
    with_term.scroll_into_view_if_needed()
    screenshot(page, "glossary-beside-texts")
