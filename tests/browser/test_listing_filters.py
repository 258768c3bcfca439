"""A reader on a phone narrows the practices to one city with the filter form (no JavaScript
needed), sees the active filter and removes it again."""

import pytest

from tests.home.factories import english_home
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, PracticeIndexPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def practices():
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    ghent = CityProfilePageFactory(parent=cities, title="Ghent", slug="ghent", country="BE")
    PracticeArticlePageFactory(parent=bremen, title="Housing guides", slug="housing-guides")
    PracticeArticlePageFactory(parent=ghent, title="Dutch in the neighbourhood", slug="dutch")
    return PracticeIndexPageFactory(parent=home, slug="practices")


def card_titles(page):
    return page.locator(".card__title").all_inner_texts()


def test_reader_filters_practices_by_city_and_removes_the_filter(
    live_server, phone, practices, screenshot
):
    phone.goto(f"{live_server.url}/en/practices/")
    assert sorted(card_titles(phone)) == ["Dutch in the neighbourhood", "Housing guides"]

    phone.get_by_label("City").select_option(label="Bremen")
    phone.get_by_role("button", name="Show").click()

    assert "city=bremen" in phone.url
    assert card_titles(phone) == ["Housing guides"]
    chip = phone.locator(".active-filters").get_by_role("link", name="Remove filter: City: Bremen")
    assert chip.is_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the filtered listing scrolls sideways on a phone ({width}px wide)"
    screenshot(phone, "practices-filtered-en-phone")

    chip.click()

    assert phone.url == f"{live_server.url}/en/practices/"
    assert sorted(card_titles(phone)) == ["Dutch in the neighbourhood", "Housing guides"]
