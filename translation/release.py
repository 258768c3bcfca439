"""Releasing an original and its translations together: a page whose `release_together` is on
(the partners' reports, practices and city profiles) goes live for the first time in no language
before the original and its translations into every target language
(settings.TRANSLATION_TARGET_LANGUAGES) are approved, and then in all of them in one transaction,
so that no reader, feed, sitemap or API answer ever has one language without the others.

Wagtail publishes the revision a workflow approves through its WAGTAIL_FINISH_WORKFLOW_ACTION,
which is `finish_workflow` here: the approved revision of a page released together is kept as a
HeldRevision instead, and the approval that completes the set publishes every held revision."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Page
from wagtail.workflows import publish_workflow_state

from translation.models import HeldRevision
from translation.status import original_page


def release_set(page):
    """The original of `page` and its translations into the target languages (those that exist),
    if the original is to be released together with them and is not live yet; else None."""
    original = original_page(page).specific
    # Once released, each language is updated on its own (an outdated translation says so).
    if original.live or not getattr(original, "release_together", False):
        return None
    translations = Page.objects.filter(
        translation_key=original.translation_key,
        locale__language_code__in=settings.TRANSLATION_TARGET_LANGUAGES,
        alias_of__isnull=True,
    ).exclude(pk=original.pk)
    return original, list(translations)


def missing_languages(original, translations):
    """The target languages (other than the original's) that have no translation yet."""
    have = {page.locale.language_code for page in translations}
    have.add(original.locale.language_code)
    return [code for code in settings.TRANSLATION_TARGET_LANGUAGES if code not in have]


def finish_workflow(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: what Wagtail does (publish the approved revision), except
    for a page released together, whose revision is held until the whole set is approved."""
    obj = workflow_state.content_object
    found = release_set(obj) if isinstance(obj, Page) else None
    if found is None:
        return publish_workflow_state(workflow_state, user=user)
    HeldRevision.objects.update_or_create(
        page_id=obj.pk,
        defaults={"revision": obj.get_latest_revision(), "approved_by": user},
    )
    release_if_complete(*found, user=user)


def is_held(page):
    """Whether an approved revision of `page` waits for the rest of its set."""
    return HeldRevision.objects.filter(page_id=page.pk).exists()


def waiting(page):
    """The pages of `page`'s release set not approved yet, or [] (for the editor to name)."""
    found = release_set(page)
    if found is None:
        return []
    original, translations = found
    held = set(
        HeldRevision.objects.filter(page__in=[original, *translations]).values_list(
            "page_id", flat=True
        )
    )
    pages = Page.objects.filter(pk__in=[original.pk, *(t.pk for t in translations)])
    return [p for p in pages.select_related("locale") if p.pk not in held]


def release_if_complete(original, translations, user=None):
    """Publishes the held revisions of the original and its translations, all in one
    transaction, once each target language has one and every page is approved. Returns whether
    it did."""
    if missing_languages(original, translations):
        return False
    pages = [original, *translations]
    held = list(HeldRevision.objects.filter(page__in=pages).select_related("revision"))
    if len(held) != len(pages):
        return False
    with transaction.atomic():
        for row in held:
            row.revision.publish(user=user)
        HeldRevision.objects.filter(pk__in=[row.pk for row in held]).delete()
    return True
