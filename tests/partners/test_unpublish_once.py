"""A live page's edit view and its listing offer "Unpublish" once: Wagtail offers it in the edit
view's header "More" menu and again in its action menu."""

import re

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def unpublish_links(client, url, page):
    html = client.get(url).content.decode()
    return re.findall(rf'href="/admin/pages/{page.pk}/unpublish/[^"]*"', html)


@pytest.mark.parametrize("page_name", ["bremen_report", "bremen"])
def test_unpublish_is_offered_once_on_a_live_pages_edit_view_and_listing(world, page_name):
    page = getattr(world, page_name)
    client = Client()
    client.force_login(world.users["gdansk"])

    edit = unpublish_links(client, reverse("wagtailadmin_pages:edit", args=[page.pk]), page)
    listing = unpublish_links(
        client, reverse("wagtailadmin_explore", args=[page.get_parent().pk]), page
    )

    assert page.live
    assert len(edit) == 1, edit
    assert len(listing) == 1, listing


def test_a_partner_editor_is_not_offered_unpublish(world):
    client = Client()
    client.force_login(world.users["bremen"])
    url = reverse("wagtailadmin_pages:edit", args=[world.bremen_report.pk])

    assert unpublish_links(client, url, world.bremen_report) == []
