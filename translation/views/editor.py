"""The translation editor: publishing a translation (with what is left untranslated and the checks'
findings said), converting one to an alias, and the notices shown above it."""

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import messages as admin_messages
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views.edit_translation import edit_translation

from translation import memory as translation_memory
from translation import review as translation_review
from translation.checks import check_translation
from translation.localize import slug_from_title
from translation.views.access import can_manage_translations, may_publish


def publish_translation(request, page):
    """wagtail-localize's "Publish" in its translation editor, after giving the page the slug of
    its translated title where the translator left the slug untranslated; the texts still
    untranslated are then named with their tabs: wagtail-localize says they are "below", where
    they are not when they are on the Promote tab. None for any other request, which
    wagtail-localize answers (refusing it if the editor may not publish)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None or not page.permissions_for_user(request.user).can_publish():
        return None
    slug_from_title(translation)
    # A publish saves a new revision (its going live may wait for the end of the transaction);
    # a refused one does not.
    revision_before = page.latest_revision_id
    response = edit_translation(request, translation, page)
    fields = untranslated_fields(translation, page)
    if fields:
        messages.warning(
            request,
            _("Still in the original language, not yet translated: %(fields)s.")
            % {"fields": ", ".join(fields)},
        )
    page.refresh_from_db(fields=["latest_revision"])
    if page.latest_revision_id != revision_before:
        translation_review.cancel_after_publishing(page, request.user)
        checks_after_publishing(request, translation)
    return response


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", which replaces a live translation with its
    original's content, only for those who may publish the translation: wagtail-localize asks
    only that they may edit it, which a translator may."""
    page = get_object_or_404(Page, id=page_id)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return localize_convert.convert_to_alias(request, page_id)


def checks_after_publishing(request, translation):
    """After a translation is published: how many warnings the checks give, with a link to
    them. The publishing itself does not wait for them."""
    count = len(check_translation(translation))
    if count:
        admin_messages.warning(
            request,
            ngettext(
                "Published with %(count)d warning from the checks.",
                "Published with %(count)d warnings from the checks.",
                count,
            )
            % {"count": count},
            buttons=[
                admin_messages.button(
                    reverse("translation_translation_checks", args=[translation.pk]),
                    _("See them"),
                )
            ],
        )


def untranslated_fields(translation, page):
    """The names of the fields of `page` with text not yet translated, each with the tab of the
    editor it is on."""
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context")
        .order_by("order")
    )
    names = list(dict.fromkeys(segment.context.path.split(".")[0] for segment in segments))
    tabs = {}
    for tab in page.get_edit_handler().children:
        for name in tab.get_form_options().get("fields", []):
            tabs.setdefault(name, tab.heading)
    fields = []
    for name in names:
        try:
            label = capfirst(getattr(page._meta.get_field(name), "verbose_name", name))
        except FieldDoesNotExist:
            label = name
        if name in tabs:
            label = _("%(field)s (tab “%(tab)s”)") % {"field": label, "tab": tabs[name]}
        fields.append(label)
    return fields


def translation_memory_notice(request, page):
    """On the translation editor of a page, to those who translate: how many of its texts are
    not translated yet, with a button to the memory's suggestions. Never an answer itself."""
    if request.method != "GET" or not can_manage_translations(request.user):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    count = translation_memory.untranslated_segments(translation).count()
    if count:
        admin_messages.info(
            request,
            ngettext(
                "%(count)d text of this page is not translated yet.",
                "%(count)d texts of this page are not translated yet.",
                count,
            )
            % {"count": count},
            buttons=[
                admin_messages.button(
                    reverse("translation_translation_memory", args=[translation.pk]),
                    _("Suggestions from the translation memory"),
                )
            ],
        )
    return None


def translation_checks_notice(request, page):
    """On the translation editor of a page, to those who translate: what the checks found, with
    buttons to them and to the glossary view. Never an answer itself."""
    if request.method != "GET" or not can_manage_translations(request.user):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    count = len(check_translation(translation))
    if count:
        message = ngettext(
            "The checks before publishing give %(count)d warning.",
            "The checks before publishing give %(count)d warnings.",
            count,
        ) % {"count": count}
    else:
        message = _("The checks before publishing give no warnings.")
    admin_messages.info(
        request,
        message,
        buttons=[
            admin_messages.button(
                reverse("translation_translation_checks", args=[translation.pk]), _("Checks")
            ),
            admin_messages.button(
                reverse("translation_translation_glossary", args=[translation.pk]), _("Glossary")
            ),
            admin_messages.button(
                reverse("translation_translation_changes", args=[translation.pk]),
                _("What changed"),
            ),
            admin_messages.button(
                reverse("translation_translation_history", args=[translation.pk]), _("History")
            ),
        ],
    )
    return None
