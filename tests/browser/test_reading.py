"""A reader opens the site, reads a report and switches language from the switcher."""

import pytest

from tests.home.factories import english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitIndexPageFactory, StudyVisitReportPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site():
    home = english_home()
    cities = CityIndexPageFactory(parent=home, show_in_menus=True)
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    visits = StudyVisitIndexPageFactory(parent=home, show_in_menus=True, slug="study-visits")
    report = StudyVisitReportPageFactory(
        parent=bremen, title="Three days in Bremen", slug="three-days-in-bremen"
    )
    translate(home, "pl", title="Witamy", slug="home-pl")
    translate(cities, "pl", title="Miasta", slug="miasta")
    translate(visits, "pl", title="Wizyty studyjne", slug="wizyty-studyjne")
    translate(bremen, "pl", title="Brema", slug="brema")
    translate(report, "pl", title="Trzy dni w Bremie", slug="trzy-dni-w-bremie")
    return report


def test_reader_switches_a_report_from_english_to_polish(live_server, page, site, screenshot):
    page.goto(f"{live_server.url}/en/study-visits/")
    page.get_by_role("link", name="Three days in Bremen").first.click()
    assert page.locator("h1").inner_text() == "Three days in Bremen"
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "report-en-desktop")

    page.locator(".language-switcher").get_by_role("link", name="Polski").click()

    assert page.url == f"{live_server.url}/pl/cities/brema/trzy-dni-w-bremie/".replace(
        "/cities/", "/miasta/"
    )
    assert page.locator("h1").inner_text() == "Trzy dni w Bremie"
    assert page.locator("html").get_attribute("lang") == "pl"


def test_phone_reader_reaches_the_search_form_and_main_content(live_server, phone, site):
    phone.goto(f"{live_server.url}/en/cities/bremen/three-days-in-bremen/")
    phone.keyboard.press("Tab")
    skip = phone.locator(":focus")
    assert skip.get_attribute("href") == "#main"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px wide)"
