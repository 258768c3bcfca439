"""The translation memory: a sentence translated on one page is translated the same way on the
next page that has it, marked as not yet confirmed; a sentence like one translated before gets
that translation offered with how alike the two are."""

import html
import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from tests.home.factories import locale
from tests.partners.admin import refusal_shown
from tests.publication.factories import StudyVisitReportPageFactory
from tests.translation.translation_setup import (
    german_partner,
    partner_editor,
    site_in,
    submit_translation,
    sync,
    translation_of,
)

pytestmark = pytest.mark.django_db

CAFES = "Die Stadt eröffnete 2023 drei neue Sprachcafés."
CAFES_EN = "The city opened three new language cafés in 2023."
TWO_CAFES = "Die Stadt eröffnete 2023 zwei neue Sprachcafés."
MENTORS = "Freiwillige begleiten Familien in den ersten Monaten."
MENTORS_EN = "Volunteers support families in their first months."


@pytest.fixture
def bremen(admin_client):
    """Bremen's report, its cafés sentence translated into English by an editor."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree, context=f"<p>{CAFES}</p><p>{MENTORS}</p>")
    submit_translation(admin_client, report, "en")
    translate_manually(report, CAFES, CAFES_EN)
    translate_manually(report, MENTORS, MENTORS_EN)
    return {"tree": tree, "city": city, "report": report}


def segment(page, text):
    return StringSegment.objects.select_related("string", "context").get(
        source=translation_of(page, "en").source, string__data=text
    )


def translation_in_place(page, text, code="en"):
    found = segment(page, text)
    return StringTranslation.objects.filter(
        translation_of=found.string, context=found.context, locale=locale(code)
    ).first()


def translate_manually(page, text, translated, code="en"):
    found = segment(page, text)
    StringTranslation.objects.update_or_create(
        translation_of=found.string,
        locale=locale(code),
        context=found.context,
        defaults={
            "data": translated,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
        },
    )


def new_report(city, title, slug, context):
    return StudyVisitReportPageFactory(
        parent=city, locale=locale("de"), title=title, slug=slug, context=context
    )


def editor(client, page):
    """The translation editor of `page`'s English translation: (its props, the messages)."""
    english = translation_of(page, "en").get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    return json.loads(response.context["props"]), html.unescape(response.content.decode())


def editor_comment(props, translated):
    """What the translation editor says next to the translation `translated`."""
    return next(
        item["comment"]
        for item in props["initialStringTranslations"]
        if item["data"] == translated
    )


def memory_view(client, page):
    return client.get(
        reverse("translation_translation_memory", args=[translation_of(page, "en").pk])
    )


def test_a_sentence_translated_on_one_page_is_filled_in_on_the_next_pages_translation(
    admin_client, bremen
):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{CAFES}</p>")

    submit_translation(admin_client, market, "en")

    filled = translation_in_place(market, CAFES)
    assert filled.data == CAFES_EN
    assert filled.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert filled.tool_name == "Translation memory from “Studienbesuch in Bremen”"
    english = translation_of(market, "en").get_target_instance()
    assert CAFES_EN in english.context
    props, _page = editor(admin_client, market)
    assert editor_comment(props, CAFES_EN).startswith(
        "Translated with Translation memory from “Studienbesuch in Bremen” on "
    )
    # The title was not translated anywhere before: left for the translator.
    assert translation_in_place(market, "Marktbesuch") is None


def test_the_memory_prefers_a_recent_translation_confirmed_by_a_person(admin_client, bremen):
    """A newer machine translation and a newer translation with an error are passed over."""
    harbour = new_report(bremen["city"], "Hafen", "hafen", f"<p>{MENTORS}</p>")
    submit_translation(admin_client, harbour, "en")
    translate_manually(harbour, MENTORS, "Volunteers accompany families early on.")
    machine = translation_in_place(harbour, MENTORS)
    machine.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
    machine.save()
    school = new_report(bremen["city"], "Schule", "schule", f"<p>{MENTORS}</p>")

    submit_translation(admin_client, school, "en")

    assert translation_in_place(school, MENTORS).data == MENTORS_EN


def test_a_sentence_already_translated_in_its_place_is_not_overwritten(admin_client, bremen):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{CAFES}</p>")
    submit_translation(admin_client, market, "en")
    translate_manually(market, CAFES, "Three language cafés opened in 2023.")

    market.title = "Marktbesuch 2023"
    market.save_revision().publish()
    sync(admin_client, market)

    own = translation_in_place(market, CAFES)
    assert own.data == "Three language cafés opened in 2023."
    assert own.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL


def test_a_sync_fills_in_a_sentence_added_to_the_original(
    admin_client, client, bremen, django_capture_on_commit_callbacks
):
    market = new_report(bremen["city"], "Marktbesuch", "markt", "<p>Ein Markt.</p>")
    submit_translation(admin_client, market, "en")

    market.context = f"<p>Ein Markt.</p><p>{MENTORS}</p>"
    market.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        sync(admin_client, market)

    assert translation_in_place(market, MENTORS).data == MENTORS_EN
    english = translation_of(market, "en").get_target_instance()
    assert english.live
    assert MENTORS_EN in html.unescape(client.get(english.get_url()).content.decode())


def test_the_editor_says_how_many_texts_are_untranslated_and_links_to_the_memory(
    admin_client, bremen
):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{TWO_CAFES}</p>")
    submit_translation(admin_client, market, "en")

    _props, page = editor(admin_client, market)

    # The title, the slug, the summary and the sentence.
    assert "4 texts of this page are not translated yet." in page
    url = reverse("translation_translation_memory", args=[translation_of(market, "en").pk])
    assert f'href="{url}"' in page
    assert "Suggestions from the translation memory" in page


def test_a_similar_sentence_is_suggested_with_its_score_and_can_be_used(admin_client, bremen):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{TWO_CAFES}</p>")
    submit_translation(admin_client, market, "en")
    assert translation_in_place(market, TWO_CAFES) is None

    response = memory_view(admin_client, market)

    page = html.unescape(response.content.decode())
    row = page.split(f'<th scope="row" class="title">{TWO_CAFES}</th>')[1].split("</tr>")[0]
    first = row.split("</li>")[0]
    assert "96% alike:" in first
    assert CAFES in first and CAFES_EN in first
    assert "From “Studienbesuch in Bremen”" in first
    suggestion = next(
        suggestion
        for found, suggestions in response.context["rows"]
        if found.string.data == TWO_CAFES
        for suggestion in suggestions
    )
    assert suggestion.score >= 90

    response = admin_client.post(
        reverse("translation_use_memory_suggestion", args=[translation_of(market, "en").pk]),
        {"segment": segment(market, TWO_CAFES).pk, "suggestion": suggestion.translation_id},
        follow=True,
    )

    used = translation_in_place(market, TWO_CAFES)
    assert used.data == CAFES_EN
    assert used.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert used.tool_name == "Translation memory (96% match) from “Studienbesuch in Bremen”"
    messages = [str(message) for message in get_messages(response.wsgi_request)] or [
        html.unescape(response.content.decode())
    ]
    assert any(
        f"“{TWO_CAFES}” is translated from the translation memory" in text for text in messages
    )
    assert f'<th scope="row" class="title">{TWO_CAFES}</th>' not in html.unescape(
        response.content.decode()
    )
    props, _page = editor(admin_client, market)
    assert editor_comment(props, CAFES_EN).startswith(
        "Translated with Translation memory (96% match) from “Studienbesuch in Bremen” on "
    )


def test_a_suggestion_does_not_replace_a_translation_made_in_the_meantime(admin_client, bremen):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{TWO_CAFES}</p>")
    submit_translation(admin_client, market, "en")
    suggestion = translation_in_place(bremen["report"], CAFES)
    translate_manually(market, TWO_CAFES, "The city opened two new language cafés in 2023.")

    admin_client.post(
        reverse("translation_use_memory_suggestion", args=[translation_of(market, "en").pk]),
        {"segment": segment(market, TWO_CAFES).pk, "suggestion": suggestion.pk},
    )

    assert translation_in_place(market, TWO_CAFES).data == (
        "The city opened two new language cafés in 2023."
    )


def test_partner_editors_cannot_open_or_use_the_memory(client, django_user_model, bremen):
    market = new_report(bremen["city"], "Marktbesuch", "markt", f"<p>{TWO_CAFES}</p>")
    client.force_login(django_user_model.objects.get(is_superuser=True))
    submit_translation(client, market, "en")
    client.force_login(partner_editor(django_user_model, bremen["city"]))

    response = client.get(
        reverse("translation_translation_memory", args=[translation_of(market, "en").pk]),
        follow=True,
    )
    assert refusal_shown(response)
    assert CAFES_EN not in html.unescape(response.content.decode())
    response = client.post(
        reverse("translation_use_memory_suggestion", args=[translation_of(market, "en").pk]),
        {
            "segment": segment(market, TWO_CAFES).pk,
            "suggestion": translation_in_place(bremen["report"], CAFES).pk,
        },
        follow=True,
    )
    assert refusal_shown(response)
    assert translation_in_place(market, TWO_CAFES) is None


def test_a_text_with_another_year_is_offered_no_translation_with_the_old_one(admin_client, bremen):
    # 96% like CAFES, but a translation of CAFES would say 2023 on the page.
    later = "Die Stadt eröffnete 2025 drei neue Sprachcafés."
    market = new_report(
        bremen["city"], "Marktbesuch", "markt", f"<p>{later}</p><p>{TWO_CAFES}</p>"
    )
    submit_translation(admin_client, market, "en")

    response = memory_view(admin_client, market)
    offered = {
        found.string.data: [suggestion.text for suggestion in suggestions]
        for found, suggestions in response.context["rows"]
    }
    assert offered[later] == []
    assert CAFES_EN in offered[TWO_CAFES]  # same year, other words: still offered

    response = admin_client.post(
        reverse("translation_use_memory_suggestion", args=[translation_of(market, "en").pk]),
        {
            "segment": segment(market, later).pk,
            "suggestion": translation_in_place(bremen["report"], CAFES).pk,
        },
    )
    assert response.status_code == 404
    assert translation_in_place(market, later) is None
