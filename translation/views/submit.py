"""Starting translations: wagtail-localize's "Translate this page" and "Translate" for snippets,
offering the target languages only."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from translation.status import (
    original_page,
    translated_pages_below,
)
from translation.views.access import can_manage_translations


def missing_target_locales(obj):
    """The locales of the target languages (settings.TRANSLATION_TARGET_LANGUAGES) `obj` is not
    yet translated into; an alias does not count as a translation."""
    existing = obj.get_translations(inclusive=True)
    if isinstance(obj, Page):
        existing = existing.exclude(alias_of__isnull=False)
    return Locale.objects.filter(language_code__in=settings.TRANSLATION_TARGET_LANGUAGES).exclude(
        pk__in=existing.values("locale_id")
    )


class TargetLanguagesOnly:
    """wagtail-localize's "Translate" form offering the target languages only, not every
    language of the site (partners' languages are originals, not translations)."""

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        # Already without the languages the object is in.
        locales.queryset = locales.queryset.filter(
            language_code__in=settings.TRANSLATION_TARGET_LANGUAGES
        )
        if len(locales.queryset) < 2:
            form.fields["select_all"].widget = forms.HiddenInput()
        return form


class SubmitPageToTargetsView(TargetLanguagesOnly, SubmitPageTranslationView):
    pass


class SubmitSnippetToTargetsView(TargetLanguagesOnly, SubmitSnippetTranslationView):
    pass


def submit_page_translation(request, page_id):
    """wagtail-localize's "Translate this page", only ever from a page's original: asked for a
    translation, it leads to the original's; a subtree holding translations is refused."""
    if not can_manage_translations(request.user):
        raise PermissionDenied
    page = get_object_or_404(Page, id=page_id).specific
    original = original_page(page)
    if original.pk != page.pk:
        messages.warning(
            request,
            _(
                "“%(title)s” is a translation. Pages are translated from their original: "
                "“%(original)s” in %(language)s."
            )
            % {
                "title": page.get_admin_display_title(),
                "original": original.get_admin_display_title(),
                "language": original.locale.get_display_name(),
            },
        )
        query = {key: request.GET[key] for key in ("select_locale", "next") if key in request.GET}
        url = reverse("wagtail_localize:submit_page_translation", args=[original.pk])
        return redirect(f"{url}?{urlencode(query)}" if query else url)
    if request.method == "POST" and forms.BooleanField(required=False).clean(
        request.POST.get("include_subtree")
    ):
        translated = translated_pages_below(page)
        if translated:
            messages.error(
                request,
                ngettext(
                    "Nothing was translated: %(count)d page under “%(title)s” is itself a "
                    "translation (%(examples)s). Translate this page without its subtree, and "
                    "translate the others from their originals.",
                    "Nothing was translated: %(count)d pages under “%(title)s” are themselves "
                    "translations (%(examples)s). Translate this page without its subtree, and "
                    "translate the others from their originals.",
                    len(translated),
                )
                % {
                    "count": len(translated),
                    "title": page.get_admin_display_title(),
                    "examples": ", ".join(f"“{item.title}”" for item in translated[:3]),
                },
            )
            return redirect(request.get_full_path())
    return SubmitPageToTargetsView.as_view()(request, page_id=page_id)
