"""What a new partner gets is theirs and in their language: the draft profile's placeholder text
is written in the partner's language, and whether a profile is sample content (a flag of the
demo) is the network's decision: only Gdańsk's editors see the box, and a partner's POST of it
changes nothing."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from partners.models import CityProfilePage
from tests.home.factories import english_home
from tests.partners.admin import page_form_data
from tests.partners.factories import CityIndexPageFactory


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.mark.parametrize(
    ("city", "language", "summary"),
    [
        ("Torino", "it", "Torino: il profilo della città, che sarà scritto dai suoi redattori."),
        ("Poznań", "pl", "Poznań: profil miasta, który napiszą jego redaktorzy."),
    ],
)
@pytest.mark.django_db
def test_a_new_partners_placeholder_is_in_the_partners_language(city, language, summary):
    CityIndexPageFactory(parent=english_home(), title="Cities", slug="cities")

    # Whatever language the command runs in, the placeholder is the partner's.
    with translation.override("en"):
        call_command("add_partner", city=city, country="IT", language=language, stdout=None)

    profile = CityProfilePage.objects.get(title=city, locale__language_code=language)
    assert profile.summary == summary
    assert profile.get_latest_revision_as_object().summary == summary
    assert translation.get_language() == "en"


def test_only_gdansk_editors_see_the_sample_box(world):
    partner_form = client_for(world.users["bremen"]).get(edit_url(world.bremen)).content.decode()
    gdansk_form = client_for(world.users["gdansk"]).get(edit_url(world.bremen)).content.decode()

    assert 'name="title"' in partner_form, "the partner's form itself must be there"
    assert 'name="is_sample"' not in partner_form
    assert 'name="is_sample"' in gdansk_form


def test_a_partners_post_cannot_mark_or_unmark_sample_content(world):
    bremen, partner = world.bremen, world.users["bremen"]
    client = client_for(partner)

    data = page_form_data(bremen, partner, summary="Bremen, von seinen Redakteuren.")
    data["is_sample"] = "on"
    response = client.post(edit_url(bremen), data)

    assert response.status_code == 302, response.content.decode()[:500]
    saved = Page.objects.get(pk=bremen.pk).specific.get_latest_revision_as_object()
    assert saved.summary == "Bremen, von seinen Redakteuren.", "the partner's edit is saved"
    assert saved.is_sample is False

    # Nor can a partner unmark a sample profile.
    bremen = saved
    bremen.is_sample = True
    bremen.save_revision()
    data = page_form_data(bremen, partner, summary="Bremen, noch einmal.")
    response = client.post(edit_url(bremen), data)
    assert response.status_code == 302
    assert CityProfilePage.objects.get(pk=bremen.pk).get_latest_revision_as_object().is_sample


def test_a_gdansk_editor_can_mark_a_profile_as_sample_content(world):
    bremen, gdansk = world.bremen, world.users["gdansk"]

    data = page_form_data(bremen, gdansk, is_sample=True)
    response = client_for(gdansk).post(edit_url(bremen), data)

    assert response.status_code == 302, response.content.decode()[:500]
    assert CityProfilePage.objects.get(pk=bremen.pk).get_latest_revision_as_object().is_sample
