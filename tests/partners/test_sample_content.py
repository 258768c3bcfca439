"""The sample-content notice is on the demo's pages only: a report a partner writes under a
sample city is the partner's own, and reads as such."""

import pytest
from django.test import Client
from django.urls import reverse

from publication.models import StudyVisitReportPage
from tests.partners.admin import form_errors, page_form_data
from tests.publication.factories import StudyVisitIndexPageFactory

pytestmark = pytest.mark.django_db

NOTICE = 'class="sample-notice"'


@pytest.fixture
def sample_bremen(world):
    """Bremen as the demo makes it: a sample city whose report the demo wrote."""
    world.bremen.is_sample = True
    world.bremen.save_revision().publish()
    StudyVisitReportPage.objects.filter(pk=world.bremen_report.pk).update(is_sample=True)
    return world


def gdansk_editor(world):
    client = Client()
    client.force_login(world.users["gdansk"])
    return client


def published_new_report(world, client):
    start, end = world.new_report_dates
    page = StudyVisitReportPage(
        title="Unser eigener Studienbesuch",
        slug="unser-studienbesuch",
        summary="Ein Besuch, den die Stadt selbst beschreibt.",
        start_date=start,
        end_date=end,
        context="<p>Kontext.</p>",
    )
    data = page_form_data(page, world.users["gdansk"], parent=world.bremen)
    url = reverse(
        "wagtailadmin_pages:add", args=["publication", "studyvisitreportpage", world.bremen.pk]
    )
    response = client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, form_errors(response)
    return StudyVisitReportPage.objects.get(slug="unser-studienbesuch")


def text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def cards(html):
    """{title: card HTML} of the listing's cards."""
    found = {}
    for card in html.split('<article class="card')[1:]:
        title = card.split('class="card__link"')[1].split(">", 1)[1].split("<", 1)[0]
        found[title] = card.split("</article>")[0]
    return found


def test_the_demos_report_has_the_notice_and_a_new_report_under_the_same_city_has_not(
    sample_bremen, client
):
    world = sample_bremen
    new = published_new_report(world, gdansk_editor(world))
    listing = StudyVisitIndexPageFactory(parent=world.homes["de"], slug="studienbesuche")

    assert NOTICE in text(client, world.bremen)
    assert NOTICE in text(client, world.bremen_report)
    assert not new.is_sample
    assert NOTICE not in text(client, new)
    shown = cards(text(client, listing))
    assert "badge--sample" in shown[world.bremen_report.title]
    assert "badge--sample" not in shown[new.title]


def test_the_flag_is_not_in_the_admin_and_editing_a_demo_page_keeps_it(sample_bremen):
    world = sample_bremen
    client = gdansk_editor(world)
    report = StudyVisitReportPage.objects.get(pk=world.bremen_report.pk)
    edit_url = reverse("wagtailadmin_pages:edit", args=[report.pk])

    form = client.get(edit_url).content.decode()
    data = page_form_data(report.get_latest_revision_as_object(), world.users["gdansk"])
    response = client.post(edit_url, {**data, "action-publish": "action-publish"})

    assert 'name="is_sample"' not in form
    assert response.status_code == 302, form_errors(response)
    report.refresh_from_db()
    assert report.is_sample
    assert report.get_latest_revision_as_object().is_sample


def test_a_copy_of_a_demo_report_is_not_sample_content(sample_bremen):
    report = StudyVisitReportPage.objects.get(pk=sample_bremen.bremen_report.pk)

    copy = report.copy(update_attrs={"title": "Kopie", "slug": "kopie"})

    assert not copy.specific.is_sample
