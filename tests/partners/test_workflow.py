"""The "Partner submission" workflow through the admin: a partner submits, Gdańsk requests
changes with a comment the partner sees, the partner resubmits, Gdańsk approves and the partner's
text goes live; e-mails tell each side. A partner alone can never make a page live."""

import html

from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from partners import roles
from publication.models import StudyVisitReportPage
from tests.partners.admin import page_form_data

COMMENT = "Bitte ergänzen Sie die Namen der Gastgeber."


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def submit(client, page, user, title):
    data = page_form_data(fresh(page), user, title=title)
    data["action-submit"] = "action-submit"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:500]


def act(client, page, action, comment=""):
    """A Gdańsk editor's decision on the page's current task, as the admin's buttons post it."""
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code == 302


def test_submit_request_changes_resubmit_approve_goes_live(world):
    page = world.bremen_report
    partner, gdansk = world.users["bremen"], world.users["gdansk"]
    partner_client, gdansk_client = client_for(partner), client_for(gdansk)
    live_title = fresh(page).title

    assert fresh(page).get_workflow().name == roles.WORKFLOW_NAME

    # The partner submits; the Gdańsk editors hear about it.
    submit(partner_client, page, partner, "Studienbesuch in Bremen, März 2021")
    state = fresh(page).current_workflow_state
    assert state.status == state.STATUS_IN_PROGRESS
    assert fresh(page).title == live_title, "submitting must not publish"
    assert [message.to for message in mail.outbox] == [[gdansk.email]]
    assert mail.outbox[0].from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert "Studienbesuch in Bremen, März 2021" in mail.outbox[0].subject + mail.outbox[0].body
    mail.outbox.clear()

    # Gdańsk asks for changes; the partner is told, comment included.
    act(gdansk_client, page, "reject", COMMENT)
    state.refresh_from_db()
    assert state.status == state.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [[partner.email]]
    assert COMMENT in mail.outbox[0].body
    # In the partner's language, in words that say what to do, not "rejected"; the link leads
    # to the page's edit view.
    told = mail.outbox[0]
    assert told.subject.startswith("Änderungen erbeten")
    assert "bittet um Änderungen" in told.body
    assert "abgelehnt" not in (told.subject + told.body).lower()
    edit_url = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert edit_url in told.body
    mail.outbox.clear()

    # The partner sees the comment where they work: on the page's edit view.
    edit_view = partner_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert COMMENT in html.unescape(edit_view.content.decode())

    # The partner fixes the text and resubmits; Gdańsk hears again.
    submit(partner_client, page, partner, "Studienbesuch in Bremen, 22.–24. März 2021")
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    assert [message.to for message in mail.outbox] == [[gdansk.email]]
    assert fresh(page).title == live_title
    mail.outbox.clear()

    # Gdańsk approves: the partner's text is live, and the partner is told.
    act(gdansk_client, page, "approve")
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    page = fresh(page)
    assert page.live
    assert page.title == "Studienbesuch in Bremen, 22.–24. März 2021"
    assert not page.has_unpublished_changes
    assert [message.to for message in mail.outbox] == [[partner.email]]
    public = Client().get(page.url)
    assert "Studienbesuch in Bremen, 22.–24. März 2021" in html.unescape(public.content.decode())


def test_a_partner_page_under_review_is_locked_for_the_partner(world):
    page = world.bremen_report
    partner = world.users["bremen"]
    client = client_for(partner)
    submit(client, page, partner, "Studienbesuch in Bremen (eingereicht)")

    data = page_form_data(fresh(page), partner, title="Noch schnell geändert")
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    revision = fresh(page).get_latest_revision_as_object()
    assert revision.title == "Studienbesuch in Bremen (eingereicht)"


def test_a_partner_cannot_publish_a_new_page(world):
    partner = world.users["bremen"]
    start, end = world.new_report_dates
    new = StudyVisitReportPage(
        title="Studienbesuch 2022",
        slug="studienbesuch-2022",
        summary="Ein neuer Besuch.",
        start_date=start,
        end_date=end,
        context="<p>Kontext.</p>",
    )
    data = page_form_data(new, partner, parent=world.bremen)
    data["action-publish"] = "action-publish"
    url = reverse(
        "wagtailadmin_pages:add", args=["publication", "studyvisitreportpage", world.bremen.pk]
    )

    client_for(partner).post(url, data)

    created = StudyVisitReportPage.objects.get(slug="studienbesuch-2022")
    assert not created.live
    assert created.get_parent().pk == world.bremen.pk
    assert Client().get("/de/staedte/bremen/studienbesuch-2022/").status_code == 404


def test_a_partner_cannot_publish_changes_to_a_live_page(world):
    partner = world.users["bremen"]
    page = world.bremen
    data = page_form_data(fresh(page), partner, title="Bremen (nicht freigegeben)")
    data["action-publish"] = "action-publish"

    client_for(partner).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert fresh(page).title == "Bremen"
    assert fresh(page).get_latest_revision_as_object().title == "Bremen (nicht freigegeben)"
    public = Client().get(fresh(page).url).content.decode()
    assert "nicht freigegeben" not in public
