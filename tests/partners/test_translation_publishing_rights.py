"""wagtail-localize's actions that replace or publish a live page (convert a translation back to
an alias of its original, sync translations with "Publish immediately", publish from the
translation editor) need the permission to publish that page; a translator, who may edit but
not publish, is refused and the live page stays as it was."""

import html

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from tests.partners.admin import refused

pytestmark = pytest.mark.django_db


def fresh(page):
    return Page.objects.get(pk=page.pk)


def state(page):
    """What a reader and the history see of a page."""
    page = fresh(page)
    return (
        page.title,
        page.alias_of_id,
        page.live,
        page.live_revision_id,
        page.latest_revision_id,
    )


def logged_in(client, world, role):
    client.force_login(world.users[role])
    return client


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


def test_a_translator_cannot_turn_a_live_translation_into_an_alias(client, world):
    polish = world.bremen_report_pl
    before = state(polish)
    url = reverse("wagtail_localize:convert_to_alias", args=[polish.pk])
    logged_in(client, world, "translator")

    assert refused(client.get(url))
    assert refused(client.post(url))
    assert state(polish) == before
    assert Translation.objects.filter(pk=translation_of(polish).pk).exists()


def test_a_gdansk_editor_can_turn_a_translation_into_an_alias(client, world):
    polish = world.bremen_report_pl
    url = reverse("wagtail_localize:convert_to_alias", args=[polish.pk])

    response = logged_in(client, world, "gdansk").post(url)

    assert response.status_code == 302 and not refused(response)
    assert fresh(polish).alias_of_id == world.bremen_report.pk


def test_convert_to_alias_is_offered_only_to_those_who_may_publish(client, world):
    polish = world.bremen_report_pl
    # The action is offered on Wagtail's own editor, once the translation is stopped.
    Translation.objects.filter(pk=translation_of(polish).pk).update(enabled=False)
    url = reverse("wagtailadmin_pages:edit", args=[polish.pk])

    as_translator = logged_in(client, world, "translator").get(url)
    assert as_translator.status_code == 200
    assert "localize-convert-to-alias" not in as_translator.content.decode()
    as_gdansk = logged_in(client, world, "gdansk").get(url)
    assert "localize-convert-to-alias" in as_gdansk.content.decode()


def test_syncing_with_publish_is_refused_unless_every_translation_may_be_published(
    client, world, django_capture_on_commit_callbacks
):
    # A translator who was also given the right to submit translations: it still does not let
    # them publish the English and Polish reports.
    translators = world.users["translator"].groups.get()
    translators.permissions.add(Permission.objects.get(codename="submit_translation"))
    source = TranslationSource.objects.get_for_instance(world.bremen_report)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    targets = [world.bremen_report_en, world.bremen_report_pl]
    before = [state(page) for page in targets]

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, world, "translator").post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert [state(page) for page in targets] == before
    # The translator's admin speaks Polish: the message says it in Polish.
    assert "Nic nie zostało zsynchronizowane ani opublikowane" in html.unescape(
        client.get(response.url).content.decode()
    )


def test_a_gdansk_editor_syncs_and_publishes_every_translation(
    client, world, django_capture_on_commit_callbacks
):
    source = TranslationSource.objects.get_for_instance(world.bremen_report)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    targets = [world.bremen_report_en, world.bremen_report_pl]
    before = [fresh(page).live_revision_id for page in targets]

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, world, "gdansk").post(url, {"publish_translations": "on"})

    assert response.status_code == 302 and not refused(response)
    after = [fresh(page).live_revision_id for page in targets]
    assert all(new != old for new, old in zip(after, before, strict=True))


def test_a_translator_cannot_publish_from_the_translation_editor(
    client, world, django_capture_on_commit_callbacks
):
    polish = world.bremen_report_pl
    before = state(polish)
    url = reverse("wagtailadmin_pages:edit", args=[polish.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(client, world, "translator").post(url, {"action": "publish"})

    assert refused(response)
    assert state(polish) == before


def test_restarting_a_stopped_translation_leaves_the_live_page_as_it_is(client, world):
    polish = world.bremen_report_pl
    translation = translation_of(polish)
    Translation.objects.filter(pk=translation.pk).update(enabled=False)
    before = state(polish)
    url = reverse("wagtailadmin_pages:edit", args=[polish.pk])

    logged_in(client, world, "translator").post(url, {"localize-restart-translation": "on"})

    translation.refresh_from_db()
    assert translation.enabled
    assert state(polish) == before
