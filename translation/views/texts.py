"""A translation's texts seen through one tool: the memory's suggestions, the checks, the
glossary."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.pagination import paginate
from translation import glossary
from translation import memory as translation_memory
from translation.checks import check_translation
from translation.models import GlossaryTerm
from translation.views.access import can_manage_translations

# Finding similar texts takes some 30 ms a text with 100,000 translated texts.
MEMORY_SEGMENTS_PER_PAGE = 20


def memory_translation(request, translation_id):
    """The enabled Translation `translation_id`, for those who translate."""
    if not can_manage_translations(request.user):
        raise PermissionDenied
    return get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        id=translation_id,
        enabled=True,
    )


class TranslationTextsView(TemplateView):
    """A view of one translation's texts, for those who translate."""

    def dispatch(self, request, *args, **kwargs):
        self.translation = memory_translation(request, kwargs["translation_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        translation = self.translation
        try:
            edit_url = translation.get_target_instance_edit_url()
        except ObjectDoesNotExist:
            edit_url = None
        context.update(
            subtitle=_("“%(title)s” into %(language)s")
            % {
                "title": translation.source.object_repr,
                "language": translation.target_locale.get_display_name(),
            },
            translation=translation,
            edit_url=edit_url,
            checks_url=reverse("translation_translation_checks", args=[translation.pk]),
            glossary_url=reverse("translation_translation_glossary", args=[translation.pk]),
        )
        return context


class TranslationMemoryView(TranslationTextsView):
    """The texts of a translation not yet translated, each with the closest translations made
    before on other pages, and a button to use one."""

    template_name = "translation/translation_memory.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = paginate(
            self.request,
            translation_memory.untranslated_segments(self.translation),
            per_page=MEMORY_SEGMENTS_PER_PAGE,
        )
        context.update(
            title=_("Translation memory"),
            items=items,
            rows=translation_memory.suggestions(self.translation, items.object_list),
        )
        return context


@require_POST
def use_memory_suggestion(request, translation_id):
    """Translates one text of a translation with a translation of a similar text made before."""
    translation = memory_translation(request, translation_id)
    segment = get_object_or_404(
        StringSegment.objects.select_related("string"),
        id=request.POST.get("segment") or 0,
        source_id=translation.source_id,
    )
    suggestion = get_object_or_404(
        StringTranslation.objects.select_related("translation_of", "context"),
        id=request.POST.get("suggestion") or 0,
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    if not translation_memory.same_fixed_parts(
        segment.string.data, suggestion.translation_of.data
    ):
        raise Http404("That translation is not offered for this text: its figures differ.")
    if translation_memory.use(translation, segment, suggestion, user=request.user) is None:
        messages.warning(
            request,
            _("“%(text)s” was already translated; its translation was left as it is.")
            % {"text": Truncator(segment.string.data).chars(80)},
        )
    else:
        messages.success(
            request,
            _("“%(text)s” is translated from the translation memory. Check it in the editor.")
            % {"text": Truncator(segment.string.data).chars(80)},
        )
    url = reverse("translation_translation_memory", args=[translation.pk])
    # Back to the same page of texts (paginate() copes with a number out of range).
    page = request.POST.get("page", "")
    return redirect(f"{url}?page={page}" if page.isdigit() else url)


class TranslationChecksView(TranslationTextsView):
    """The warnings of the checks before publishing (translation/checks.py) for one
    translation."""

    template_name = "translation/translation_checks.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("Checks"), warnings=check_translation(self.translation))
        return context


class TranslationGlossaryView(TranslationTextsView):
    """Every text of a translation's original with the glossary's terms marked and their
    approved translation beside them, each translated text that does not use one flagged."""

    template_name = "translation/translation_glossary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        translation = self.translation
        source_language = translation.source.locale.language_code
        target_language = translation.target_locale.language_code
        context.update(
            title=_("Glossary"),
            rows=glossary.segment_rows(translation),
            terms_url=reverse(GlossaryTerm.snippet_viewset.get_url_name("list"))
            + "?"
            + urlencode({"source_language": source_language, "target_language": target_language}),
        )
        return context
