"""Links in e-mails lead to the site's public address (set by `manage.py set_public_url`), not
to the development server's http://127.0.0.1:8000."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from partners import roles
from tests.home.factories import english_home
from tests.partners.admin import page_form_data

PUBLIC = "https://welcomingcities.example.org"


def set_public_url():
    call_command("set_public_url", url=PUBLIC, stdout=None)


@pytest.mark.django_db
def test_the_password_reset_email_links_to_the_public_address(client):
    english_home()
    set_public_url()
    get_user_model().objects.create_user("anna", "anna@example.org", "old-password")

    response = client.post(reverse("wagtailadmin_password_reset"), {"email": "anna@example.org"})

    assert response.status_code == 302
    [message] = mail.outbox
    assert f"{PUBLIC}/admin/password_reset/confirm/" in message.body
    assert "127.0.0.1" not in message.body and "localhost" not in message.body
    # The setting the e-mail was built with is the configured one again after the request.
    assert settings.WAGTAILADMIN_BASE_URL == "http://127.0.0.1:8000"


@pytest.mark.django_db
def test_without_a_public_address_the_link_is_the_development_servers(client):
    english_home()  # its Site record is still Wagtail's "localhost"
    get_user_model().objects.create_user("anna", "anna@example.org", "old-password")

    client.post(reverse("wagtailadmin_password_reset"), {"email": "anna@example.org"})

    assert "http://127.0.0.1:8000/admin/password_reset/confirm/" in mail.outbox[0].body


def test_the_moderation_email_links_to_the_public_address(world):
    set_public_url()
    page, partner = world.bremen_report, world.users["bremen"]
    client = Client()
    client.force_login(partner)

    data = page_form_data(Page.objects.get(pk=page.pk).specific, partner, title="Neuer Titel")
    data["action-submit"] = "action-submit"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [world.users["gdansk"].email]
    edit_path = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert f"{PUBLIC}{edit_path}" in message.body
    assert "127.0.0.1" not in message.body


def test_a_new_editors_set_password_link_uses_the_public_address(world):
    set_public_url()

    link = roles.password_set_link(world.users["bremen"])

    assert link.startswith(f"{PUBLIC}/admin/password_reset/confirm/")


def test_an_address_given_in_the_environment_wins(world, settings):
    set_public_url()
    settings.WAGTAILADMIN_BASE_URL = "https://admin.welcomingcities.example.org"
    settings.ADMIN_BASE_URL_GIVEN = True

    link = roles.password_set_link(world.users["bremen"])

    assert link.startswith("https://admin.welcomingcities.example.org/admin/")
