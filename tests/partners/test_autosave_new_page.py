"""Wagtail's autosave makes a new page as soon as its editor starts typing in the create view.
An editor who starts the page again (they left before saving, or the first autosave's answer
never reached them) continues that draft instead of being refused with "slug already in use"
(home/wagtail_hooks.py); a page an editor saved themselves is never taken over."""

from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from publication.models import StudyVisitReportPage
from tests.partners.admin import form_errors, page_form_data

AUTOSAVE = {"Accept": "application/json"}


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def new_report(world, title):
    start, end = world.new_report_dates
    page = StudyVisitReportPage(
        title=title,
        slug="studienbesuch-2022",
        summary="Ein neuer Besuch.",
        start_date=start,
        end_date=end,
        context="<p>Kontext.</p>",
    )
    return page_form_data(page, world.users["bremen"], parent=world.bremen)


def add_url(world):
    return reverse(
        "wagtailadmin_pages:add", args=["publication", "studyvisitreportpage", world.bremen.pk]
    )


def reports(world):
    return StudyVisitReportPage.objects.child_of(world.bremen).filter(slug="studienbesuch-2022")


def latest_title(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object().title


def test_autosave_makes_the_page_before_the_editor_saves(world):
    client = client_for(world.users["bremen"])
    assert client.get(add_url(world)).context["autosave_enabled"]

    response = client.post(add_url(world), new_report(world, "Studienbesuch"), headers=AUTOSAVE)

    assert response.json()["success"]
    [draft] = reports(world)
    assert not draft.live
    assert response.json()["url"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])


def test_starting_again_continues_the_autosaved_draft(world):
    client = client_for(world.users["bremen"])
    client.post(add_url(world), new_report(world, "Studienbesuch"), headers=AUTOSAVE)
    [draft] = reports(world)

    # The editor opens "Add child page" again: its autosave and then the save go to the draft.
    again = new_report(world, "Studienbesuch in Bremen")
    autosaved = client.post(add_url(world), again, headers=AUTOSAVE)
    assert autosaved.json()["success"], autosaved.json()
    assert autosaved.json()["url"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    again["title"] = "Studienbesuch in Bremen, Mai 2022"
    again["action-submit"] = "action-submit"
    saved = client.post(add_url(world), again)

    assert saved.status_code == 302, form_errors(saved)
    assert list(reports(world)) == [draft]
    assert latest_title(draft) == "Studienbesuch in Bremen, Mai 2022"
    assert Page.objects.get(pk=draft.pk).current_workflow_state is not None

    # Saved by its editor, the draft is theirs like any page: a third start is refused.
    third = client.post(add_url(world), new_report(world, "Noch einmal"))
    assert third.status_code == 200
    assert "slug" in third.context["form"].errors
    assert list(reports(world)) == [draft]


def test_a_page_the_editor_saved_is_never_taken_over(world):
    client = client_for(world.users["bremen"])
    first = client.post(add_url(world), new_report(world, "Studienbesuch"))
    assert first.status_code == 302, form_errors(first)
    [page] = reports(world)

    again = client.post(add_url(world), new_report(world, "Ein anderer Bericht"), headers=AUTOSAVE)

    assert again.status_code == 400
    assert again.json()["error_code"] == "validation_error"
    assert list(reports(world)) == [page]
    assert latest_title(page) == "Studienbesuch"


def test_another_editors_autosaved_draft_is_not_taken_over(world):
    bremen = client_for(world.users["bremen"])
    bremen.post(add_url(world), new_report(world, "Studienbesuch"), headers=AUTOSAVE)
    [draft] = reports(world)

    gdansk = client_for(world.users["gdansk"])
    response = gdansk.post(add_url(world), new_report(world, "Von Danzig"))

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert latest_title(draft) == "Studienbesuch"
