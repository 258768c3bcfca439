"""With the database unreachable, readers get a 503 with Retry-After rather than a 500, and an
editor whose save failed is told that nothing was saved and gets back what they typed."""

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from tests.home.factories import StandardPageFactory, english_home
from tests.partners.admin import page_form_data

pytestmark = pytest.mark.django_db


def writes_fail(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
        raise OperationalError("server closed the connection unexpectedly")
    return execute(sql, params, many, context)


def test_an_editors_failed_save_says_so_and_gives_back_what_they_typed(client, django_user_model):
    page = StandardPageFactory(parent=english_home(), title="About", slug="about")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    data = page_form_data(page, editor, title="About the network", intro="Words I typed slowly.")

    with connection.execute_wrapper(writes_fail):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Your changes were not saved" in html
    assert "Words I typed slowly." in html
    assert "csrfmiddlewaretoken" not in html
    page.refresh_from_db()
    assert page.title == "About"


def test_a_reader_gets_a_503_not_a_500(client, monkeypatch):
    english_home()
    from wagtail.models import Page

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(Page, "route", unreachable)
    response = client.get("/en/")

    assert response.status_code == 503
    assert "Retry-After" in response
    assert "database could not be reached" in response.content.decode()
