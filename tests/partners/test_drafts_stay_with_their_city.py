"""Nothing of another city's unpublished work reaches a partner editor through the admin's
reports or page chooser: wagtail-localize's Translations report is for Gdańsk's editors only, so
is Wagtail's page types report, and the page chooser lists only pages one may edit or that are
live, each live page under its published title."""

import pytest
from django.urls import reverse

from tests.partners.admin import refused
from tests.publication.factories import PracticeArticlePageFactory

LOCALIZE_REPORT = "/admin/localize/reports/translations/"


@pytest.fixture
def ghent_secret(world):
    """A practice Ghent's editors are writing, never published."""
    page = PracticeArticlePageFactory(
        parent=world.ghent, title="Geheim concept over huisvesting", live=False
    )
    page.save_revision()
    return page


def signed_in(client, world, role):
    client.force_login(world.users[role])
    return client


def reports_menu(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize(
    "path",
    [
        LOCALIZE_REPORT,
        LOCALIZE_REPORT + "results/",
        LOCALIZE_REPORT + "?export=csv",
        LOCALIZE_REPORT + "?export=xlsx",
    ],
)
def test_a_partner_cannot_open_the_localize_report_or_its_export(client, world, path):
    response = signed_in(client, world, "bremen").get(path)

    assert refused(response)
    assert "Studienbesuch in Bremen" not in response.content.decode(errors="replace")


def test_gdansk_editors_open_the_localize_report_and_its_export(client, world):
    signed_in(client, world, "gdansk")

    page = client.get(LOCALIZE_REPORT)
    export = client.get(LOCALIZE_REPORT + "?export=csv")

    assert page.status_code == 200
    assert "Studienbesuch in Bremen" in page.content.decode()
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")


def test_the_reports_menu_offers_a_partner_neither_report(client, world):
    bremen = reports_menu(signed_in(client, world, "bremen"))
    gdansk = reports_menu(signed_in(client, world, "gdansk"))

    for url in (LOCALIZE_REPORT, reverse("wagtailadmin_reports:page_types_usage")):
        assert url not in bremen
        assert url in gdansk


def test_the_page_types_report_does_not_show_a_partner_another_citys_draft(
    client, world, ghent_secret
):
    url = reverse("wagtailadmin_reports:page_types_usage")
    results = reverse("wagtailadmin_reports:page_types_usage_results")

    for path in (url, results):
        response = signed_in(client, world, "bremen").get(path)
        assert refused(response)
        assert "Geheim concept" not in response.content.decode()
    response = signed_in(client, world, "gdansk").get(url)
    assert response.status_code == 200
    assert "Geheim concept over huisvesting" in response.content.decode()


def browse(client, page=None):
    if page is None:
        url = reverse("wagtailadmin_choose_page")
    else:
        url = reverse("wagtailadmin_choose_page_child", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.json()["html"]


def search(client, words):
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": words})
    assert response.status_code == 200
    return response.content.decode()


def test_a_partners_chooser_lists_live_pages_under_their_published_titles(
    client, world, ghent_secret
):
    signed_in(client, world, "bremen")

    listed = browse(client, world.ghent)

    assert "Studiebezoek aan Gent" in listed
    assert "Concept: Studiebezoek" not in listed
    assert "Geheim concept" not in listed


def test_a_partners_chooser_search_finds_live_pages_never_drafts(client, world, ghent_secret):
    signed_in(client, world, "bremen")

    found = search(client, "Studiebezoek")

    assert "Studiebezoek aan Gent" in found
    assert "Concept: Studiebezoek" not in found
    assert "Geheim concept" not in search(client, "Geheim concept")
    assert "Geheim concept" not in search(client, "huisvesting")


def test_a_partner_cannot_browse_into_another_citys_draft(client, world, ghent_secret):
    signed_in(client, world, "bremen")

    response = client.get(reverse("wagtailadmin_choose_page_child", args=[ghent_secret.pk]))

    assert response.status_code == 404
    assert "Geheim concept" not in response.content.decode()


def test_a_partners_chooser_lists_its_own_drafts_under_their_draft_titles(client, world):
    signed_in(client, world, "bremen")

    listed = browse(client, world.bremen)

    assert "Entwurf: Studienbesuch in Bremen" in listed
    assert "Sprachmittlung (Entwurf)" in listed
    # Ghent's editors see Bremen's live report as published, and not its draft at all.
    signed_in(client, world, "ghent")
    listed = browse(client, world.bremen)
    assert "Studienbesuch in Bremen" in listed
    assert "Entwurf" not in listed


def test_gdansk_editors_choose_from_every_page_and_draft(client, world, ghent_secret):
    signed_in(client, world, "gdansk")

    listed = browse(client, world.ghent)

    assert "Concept: Studiebezoek" in listed
    assert "Geheim concept over huisvesting" in listed


def test_the_chooser_search_finds_ones_own_drafts(client, world, ghent_secret):
    assert "Sprachmittlung (Entwurf)" in search(
        signed_in(client, world, "bremen"), "Sprachmittlung"
    )
    assert "Geheim concept over huisvesting" in search(
        signed_in(client, world, "gdansk"), "Geheim"
    )
