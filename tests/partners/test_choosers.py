"""The admin's choices of cities, organisations, thematic areas and target groups: each offered
once, as a checkbox, stored in the page's language, named in the editor's admin language."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from partners.models import PartnerOrganisation
from tests.home.factories import locale, translate
from tests.partners.admin import form_errors, page_form_data
from tests.partners.factories import CityProfilePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(world):
    """Ghent in Dutch (its original), English, German and Polish; Bremen's Polish profile
    named "Brema"; Hamburg in German only; Housing in English and German."""
    ghent = {
        "nl": world.ghent,
        "en": translate(world.ghent, "en", title="Ghent", slug="ghent"),
        "de": translate(world.ghent, "de", title="Gent", slug="gent"),
        "pl": translate(world.ghent, "pl", title="Gandawa", slug="gandawa"),
    }
    bremen_pl = world.bremen.get_translation(locale("pl"))
    bremen_pl.title = "Brema"
    bremen_pl.save_revision().publish()
    housing_de = world.thematic_area.copy_for_translation(locale("de"))
    housing_de.name = "Wohnen"
    housing_de.save()
    return {"ghent": ghent, "housing_de": housing_de}


def editor(world, admin_language):
    user = world.users["bremen"]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def checkboxes(html, name):
    """[(value, label, checked)] of the checkboxes called `name`, in the order shown."""
    found = re.findall(
        rf'<input type="checkbox" name="{name}" value="(\d+)"([^>]*)>\s*([^<]*?)\s*</label>',
        html,
    )
    return [(int(value), label, "checked" in attrs) for value, attrs, label in found]


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "admin_language, names",
    [("de", ["Bremen", "Gent", "Hamburg"]), ("pl", ["Brema", "Gandawa", "Hamburg"])],
)
def test_each_city_is_offered_once_as_a_checkbox_named_in_the_editors_language(
    world, cities, admin_language, names
):
    html = edit_form(editor(world, admin_language), world.bremen_report)

    offered = checkboxes(html, "visiting_cities")
    # Stored in the report's language, German: Ghent's German version, not its Dutch original.
    german = [world.bremen.pk, cities["ghent"]["de"].pk, world.hamburg.pk]
    assert [(value, label) for value, label, _checked in offered] == list(
        zip(german, names, strict=True)
    )
    assert '<select name="visiting_cities"' not in html
    assert "<select multiple" not in html


def test_thematic_areas_are_offered_once_in_the_pages_language(world, cities):
    for admin_language, name in [("en", "Housing"), ("de", "Wohnen"), ("it", "Wohnen")]:
        html = edit_form(editor(world, admin_language), world.bremen_report)

        assert [
            (value, label) for value, label, _checked in checkboxes(html, "thematic_areas")
        ] == [(cities["housing_de"].pk, name)]


def test_organisations_of_a_new_report_are_offered_in_its_parents_language(world):
    welcome = PartnerOrganisation.objects.create(name="Welcome Centre", locale=locale("en"))
    welcome_de = welcome.copy_for_translation(locale("de"))
    welcome_de.name = "Willkommenszentrum"
    welcome_de.save()
    url = reverse(
        "wagtailadmin_pages:add",
        args=["publication", "studyvisitreportpage", world.bremen.pk],
    )

    html = editor(world, "de").get(url).content.decode()

    assert [
        (value, label) for value, label, _checked in checkboxes(html, "host_organisations")
    ] == [(welcome_de.pk, "Willkommenszentrum")]
    assert {value for value, _label, _checked in checkboxes(html, "visiting_cities")} == {
        world.bremen.pk,
        world.hamburg.pk,
        world.ghent.pk,  # Dutch: Ghent has no German version here
    }


def latest(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def test_a_choice_stored_in_another_language_is_kept_in_the_pages_language(world, cities):
    report = world.bremen_report
    draft = latest(report)
    draft.visiting_cities = [cities["ghent"]["en"]]
    draft.thematic_areas = [world.thematic_area]
    draft.save_revision()
    client = editor(world, "de")

    html = edit_form(client, report)
    checked = {
        name: [value for value, _label, is_checked in checkboxes(html, name) if is_checked]
        for name in ("visiting_cities", "thematic_areas")
    }
    data = page_form_data(latest(report), world.users["bremen"])
    response = client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)

    assert checked == {
        "visiting_cities": [cities["ghent"]["de"].pk],
        "thematic_areas": [cities["housing_de"].pk],
    }
    assert response.status_code == 302, form_errors(response)
    saved = latest(report)
    assert list(saved.visiting_cities.all()) == [cities["ghent"]["de"]]
    assert list(saved.thematic_areas.all()) == [cities["housing_de"]]


def test_a_city_profiles_choices_are_checkboxes(world):
    html = edit_form(editor(world, "de"), world.bremen)

    for name in ("partner_organisations", "policy_categories", "networks"):
        assert f'<select name="{name}"' not in html
    assert "<select multiple" not in html


def test_an_unpublished_city_is_not_offered(world):
    CityProfilePageFactory(parent=world.bremen.get_parent(), title="Köln", live=False)

    html = edit_form(editor(world, "de"), world.bremen_report)

    assert "Köln" not in [label for _value, label, _checked in checkboxes(html, "visiting_cities")]
