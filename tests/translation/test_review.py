"""The review of a translation through the admin's own views: a translator (who may not publish)
submits the Polish report for review, a Gdańsk editor comments on one of its texts and asks for
changes, the translator is told in Polish and sees it on the dashboard, fixes the text and submits
again, the Gdańsk editor approves and the translation goes live. Until then readers see the
version that was live before."""

import html
from urllib.parse import urlencode

import pytest
from django.contrib.messages import constants
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment

from tests.partners.admin import refused, said
from tests.partners.conftest import world  # noqa: F401 (the fixture)
from translation import review
from translation.models import ReviewComment

pytestmark = pytest.mark.django_db

FIRST_TRY = "Partnerzy z pięciu miast spędzili trzy dni w Bremie (wersja robocza)."
FIXED = "Partnerzy z pięciu miast spędzili trzy dni w Bremie."
COMMENT = "Proszę usunąć dopisek o wersji roboczej."


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def text(response):
    return html.unescape(response.content.decode())


def translation_of(page):
    return review.translation_of_page(page)


def summary_segment(translation):
    return StringSegment.objects.get(source=translation.source, context__path="summary")


def translate_summary(client, translation, value):
    """Types a translation of the summary into wagtail-localize's editor (its own API)."""
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, summary_segment(translation).pk],
    )
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def post(client, name, translation, *args, **data):
    return client.post(reverse(name, args=[translation.pk, *args]), data)


def public_text(page):
    return text(Client().get(fresh(page).url))


def state_of(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()


def test_submit_comment_request_changes_resubmit_approve(world):  # noqa: F811
    polish = world.bremen_report_pl
    translation = translation_of(polish)
    translator, gdansk = world.users["translator"], world.users["gdansk"]
    as_translator, as_gdansk = client_for(translator), client_for(gdansk)
    live_revision = fresh(polish).live_revision_id
    edit_url = reverse("wagtailadmin_pages:edit", args=[polish.pk])

    # The translator writes the Polish summary; publishing it is refused and changes nothing.
    translate_summary(as_translator, translation, FIRST_TRY)
    assert refused(as_translator.post(edit_url, {"action": "publish"}))
    assert fresh(polish).live_revision_id == live_revision
    assert said(translator, "Submit for review") in text(as_translator.get(edit_url))

    # Submitted for review: the Gdańsk editors are told; readers still see the live version.
    response = post(as_translator, "translation_review_submit", translation)
    assert response.status_code == 302
    assert state_of(polish).status == WorkflowState.STATUS_IN_PROGRESS
    page = fresh(polish)
    assert page.live_revision_id == live_revision
    assert page.latest_revision_id != live_revision
    assert FIRST_TRY not in public_text(polish)
    assert FIRST_TRY not in page.summary
    assert [message.to for message in mail.outbox] == [[gdansk.email]]
    mail.outbox.clear()

    # The translator cannot approve their own translation.
    assert refused(post(as_translator, "translation_review_decide", translation, "approve"))
    assert fresh(polish).live_revision_id == live_revision

    # The reviewer sees it on the dashboard, and comments on the summary in the editor.
    dashboard = text(as_gdansk.get(reverse("wagtailadmin_home")))
    assert said(gdansk, "Translations awaiting review") in dashboard
    assert page.title in dashboard
    post(
        as_gdansk,
        "translation_review_comment",
        translation,
        segment=summary_segment(translation).pk,
        text=COMMENT,
    )
    editor = text(as_gdansk.get(edit_url))
    assert COMMENT in editor
    assert FIRST_TRY in editor  # the text commented on, quoted
    assert said(gdansk, "Approve and publish") in editor

    # Changes requested: the translator hears it in Polish, with the comment and its text.
    post(as_gdansk, "translation_review_decide", translation, "reject", comment="Prawie gotowe.")
    assert state_of(polish).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert fresh(polish).live_revision_id == live_revision
    assert [message.to for message in mail.outbox] == [[translator.email]]
    told = mail.outbox[0]
    assert told.subject.startswith("Prośba o zmiany")
    assert "Prawie gotowe." in told.body
    assert COMMENT in told.body and FIRST_TRY in told.body
    assert edit_url in told.body
    mail.outbox.clear()
    dashboard = text(as_translator.get(reverse("wagtailadmin_home")))
    assert said(translator, "Translations with changes requested") in dashboard
    assert page.title in dashboard

    # The translator fixes the text, resolves the comment and submits again.
    translate_summary(as_translator, translation, FIXED)
    comment = ReviewComment.objects.get(translation=translation)
    post(as_translator, "translation_review_resolve_comment", translation, comment.pk)
    assert ReviewComment.objects.get(pk=comment.pk).resolved
    post(as_translator, "translation_review_submit", translation)
    assert state_of(polish).status == WorkflowState.STATUS_IN_PROGRESS
    assert FIXED not in public_text(polish)

    # Approved: the translation is live with the fixed text.
    post(as_gdansk, "translation_review_decide", translation, "approve")
    assert state_of(polish).status == WorkflowState.STATUS_APPROVED
    page = fresh(polish)
    assert page.live and page.live_revision_id == page.latest_revision_id != live_revision
    assert page.summary == FIXED
    assert FIXED in public_text(polish)
    assert said(world.users["gdansk"], "Translations awaiting review") not in text(
        as_gdansk.get(reverse("wagtailadmin_home"))
    )


def test_bad_review_requests_are_refused_with_a_message(world):  # noqa: F811
    polish = world.bremen_report_pl
    translation = translation_of(polish)
    as_translator = client_for(world.users["translator"])
    as_gdansk = client_for(world.users["gdansk"])

    assert (
        as_translator.get(reverse("translation_review_submit", args=[translation.pk])).status_code
        == 405
    )
    post(as_translator, "translation_review_submit", translation)

    # A comment on a text of another page, an empty one, an unknown decision.
    other = translation_of(world.bremen_report_en)
    for data in [
        {"segment": summary_segment(other).pk + 10_000, "text": COMMENT},
        {"segment": "not a number", "text": COMMENT},
        {"segment": summary_segment(translation).pk, "text": "  "},
    ]:
        response = as_gdansk.post(
            reverse("translation_review_comment", args=[translation.pk]), data, follow=True
        )
        assert response.status_code == 200
        errors = [m for m in response.context["messages"] if m.level == constants.ERROR]
        assert len(errors) == 1
    assert not ReviewComment.objects.exists()
    response = post(as_gdansk, "translation_review_decide", translation, "publish-everything")
    assert response.status_code == 302
    assert state_of(polish).status == WorkflowState.STATUS_IN_PROGRESS

    # A partner may not even look at a translation's review.
    as_partner = client_for(world.users["bremen"])
    assert refused(post(as_partner, "translation_review_submit", translation))
    response = post(as_partner, "translation_review_comment", translation, text=COMMENT)
    assert refused(response)


def test_a_reviewer_who_publishes_directly_ends_the_review(world):  # noqa: F811
    polish = world.bremen_report_pl
    translation = translation_of(polish)
    post(client_for(world.users["translator"]), "translation_review_submit", translation)

    as_gdansk = client_for(world.users["gdansk"])
    as_gdansk.post(reverse("wagtailadmin_pages:edit", args=[polish.pk]), {"action": "publish"})

    assert state_of(polish).status == WorkflowState.STATUS_CANCELLED
    assert said(world.users["gdansk"], "Translations awaiting review") not in text(
        as_gdansk.get(reverse("wagtailadmin_home"))
    )
