"""Admin views for translating pages from their originals: the translation status table, and
wagtail-localize's "Translate this page" and PO upload, guarded."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages as admin_messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Locale, Page, get_page_models
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views.edit_translation import edit_translation, user_can_edit_instance
from wagtail_localize.views.report import TranslationsReportView as LocalizeTranslationsReportView
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import (
    UpdateTranslationsView as LocalizeUpdateTranslationsView,
)

from home.localize import slug_from_title
from home.pagination import paginate
from publication import batch_files, glossary, po_files, translation_memory, xliff_files
from publication.models import GlossaryTerm
from publication.translation_checks import check_translation
from publication.translation_status import (
    STATUSES,
    original_page,
    status_rows,
    target_locales,
    translated_pages_below,
)

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"
ROWS_PER_PAGE = 50
# Finding similar texts takes some 30 ms a text with 100,000 translated texts.
MEMORY_SEGMENTS_PER_PAGE = 20


def can_manage_translations(user):
    """Gdańsk editors (and superusers) translate; partner editors do not."""
    return user.has_perm(SUBMIT_PERMISSION)


class TranslationsReportView(LocalizeTranslationsReportView):
    """wagtail-localize's report of every translation, with its CSV and XLSX export, for those
    who translate: it names every page being translated, other cities' unpublished drafts
    included, which a partner editor must not see."""

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
        checks_after_publishing(request, translation)
    return response


def may_publish(user, instance):
    """Whether `user` may make `instance` (a page or a snippet) live as it stands: Wagtail's
    publish permission for a page, the model's publish permission for a snippet with drafts,
    and its change permission for one without (saving it is publishing it)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", which replaces a live translation with its
    original's content, only for those who may publish the translation: wagtail-localize asks
    only that they may edit it, which a translator may."""
    page = get_object_or_404(Page, id=page_id)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return localize_convert.convert_to_alias(request, page_id)


class UpdateTranslationsView(LocalizeUpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" publishes every
    translation of the source: refused, with nothing changed, unless the editor may publish each
    of them (wagtail-localize asks only for the permission to submit translations)."""

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"]:
            refused = []
            for translation in self.object.translations.filter(enabled=True):
                try:
                    target = translation.get_target_instance()
                except ObjectDoesNotExist:
                    continue  # not made yet: publishing makes it, as submitting would
                if not may_publish(self.request.user, target):
                    refused.append(str(target))
            if refused:
                messages.error(
                    self.request,
                    _(
                        "Nothing was synced or published: you may not publish %(titles)s. "
                        "Sync without “Publish immediately”, and ask a Gdańsk editor to "
                        "publish."
                    )
                    % {"titles": ", ".join(f"“{title}”" for title in refused)},
                )
                return redirect(self.request.get_full_path())
        return super().form_valid(form)


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
                    reverse("publication_translation_checks", args=[translation.pk]),
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


def editable_translation(request, translation_id):
    """The Translation `translation_id` if the user may edit its target, else 403 or 404."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    return translation


def import_message(count, name):
    """What an upload of the file `name` changed: `count` texts with a new or different
    translation."""
    if not count:
        return _(
            "Nothing changed: the translations in “%(name)s” are the ones the page already has."
        ) % {"name": name}
    return ngettext(
        "Imported “%(name)s”: %(count)d text has a new or changed translation.",
        "Imported “%(name)s”: %(count)d texts have a new or changed translation.",
        count,
    ) % {"count": count, "name": name}


def download_pofile(request, translation_id):
    """wagtail-localize's PO download with the header CAT tools and msgfmt expect: language,
    project, dates, translator and team, charset."""
    translation = editable_translation(request, translation_id)
    po = po_files.export(translation, request.user)
    response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{po_files.download_name(translation)}.po"'
    )
    return response


def download_xliff(request, translation_id, version):
    """The XLIFF file (1.2 or 2.1) of a translation, for a CAT tool."""
    if version not in xliff_files.VERSIONS:
        raise Http404
    translation = editable_translation(request, translation_id)
    response = HttpResponse(
        xliff_files.export(translation, version), content_type="application/xliff+xml"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{xliff_files.filename(translation, version)}"'
    )
    return response


class XLIFFUploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("XLIFF file"), required=False)


def translation_files(request, translation_id):
    """A translation's files for translators: XLIFF 1.2, XLIFF 2.1 and PO to download, and an
    XLIFF upload, imported all or nothing."""
    translation = editable_translation(request, translation_id)
    edit_url = translation.get_target_instance_edit_url()
    if request.method == "POST":
        uploaded = request.FILES.get("file")
        try:
            po = xliff_files.parse(uploaded, translation)
            count = xliff_files.import_file(translation, po, user=request.user)
        except po_files.POFileError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, import_message(count, uploaded.name))
        return redirect(get_valid_next_url_from_request(request) or edit_url)
    return TemplateResponse(
        request,
        "publication/admin/translation_files.html",
        {
            "title": _("Files for translators"),
            "subtitle": po_files.describe(translation),
            "translation": translation,
            "edit_url": edit_url,
            "form": XLIFFUploadForm(),
            "downloads": [
                (
                    _("XLIFF 1.2"),
                    reverse("publication_download_xliff", args=[translation.pk, "1.2"]),
                ),
                (
                    _("XLIFF 2.1"),
                    reverse("publication_download_xliff", args=[translation.pk, "2.1"]),
                ),
                (
                    _("PO file"),
                    reverse("wagtail_localize:download_pofile", args=[translation.pk]),
                ),
            ],
        },
    )


@require_POST
def upload_pofile(request, translation_id):
    """Imports a PO file into a translation all or nothing; a file that is not this
    translation's, or not a PO file at all, is refused with a message saying why."""
    translation = editable_translation(request, translation_id)
    uploaded = request.FILES.get("file")
    try:
        po = po_files.parse(uploaded, translation)
        count = po_files.import_file(translation, po, user=request.user)
    except po_files.POFileError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, import_message(count, uploaded.name))
    return redirect(
        get_valid_next_url_from_request(request) or translation.get_target_instance_edit_url()
    )


class TranslationStatusFilterForm(forms.Form):
    """The filters of the translation status table; a value it does not know is ignored."""

    city = forms.ChoiceField(label=gettext_lazy("City"), required=False)
    locale = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All"))] + STATUSES,
    )
    page_type = forms.ChoiceField(label=gettext_lazy("Page type"), required=False)

    def __init__(self, *args, rows, locales, **kwargs):
        super().__init__(*args, **kwargs)
        cities = {row.city_key: row.city_title for row in rows if row.city_key}
        everything = [("", _("All"))]
        self.fields["city"].choices = everything + sorted(cities.items(), key=lambda c: c[1])
        self.fields["locale"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]
        self.fields["page_type"].choices = everything + sorted(
            (
                (model._meta.label_lower, capfirst(model._meta.verbose_name))
                for model in get_page_models()
                if model is not Page
            ),
            key=lambda choice: str(choice[1]),
        )

    def filter(self, rows, locales):
        """The rows and target locales the valid filters let through."""
        self.is_valid()
        values = getattr(self, "cleaned_data", {})
        if values.get("locale"):
            locales = [locale for locale in locales if locale.language_code == values["locale"]]
            codes = {locale.language_code for locale in locales}
            rows = [row for row in rows if any(c.locale.language_code in codes for c in row.cells)]
        if values.get("city"):
            rows = [row for row in rows if row.city_key == values["city"]]
        if values.get("page_type"):
            model = ContentType.objects.get_by_natural_key(*values["page_type"].split("."))
            rows = [row for row in rows if row.content_type_id == model.pk]
        if values.get("status"):
            codes = {locale.language_code for locale in locales}
            rows = [
                row
                for row in rows
                if any(
                    c.status == values["status"] and c.locale.language_code in codes
                    for c in row.cells
                )
            ]
        return rows, locales


class TranslationStatusView(TemplateView):
    """Lists every original page with its translation status in each target language, with
    filters and links to translate, sync or edit each translation."""

    template_name = "publication/admin/translation_status.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = status_rows()
        locales = target_locales(Locale.objects.all())
        form = TranslationStatusFilterForm(self.request.GET, rows=rows, locales=locales)
        rows, locales = form.filter(rows, locales)
        items = paginate(self.request, rows, per_page=ROWS_PER_PAGE)
        for row in items.object_list:
            # One cell per column, in column order: None where the language is the original's.
            row.columns = [row.cell(locale.language_code) for locale in locales]
        context.update(
            title=_("Translations"),
            form=form,
            items=items,
            locales=locales,
            return_url=self.request.get_full_path(),
        )
        return context


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
            checks_url=reverse("publication_translation_checks", args=[translation.pk]),
            glossary_url=reverse("publication_translation_glossary", args=[translation.pk]),
        )
        return context


class TranslationMemoryView(TranslationTextsView):
    """The texts of a translation not yet translated, each with the closest translations made
    before on other pages, and a button to use one."""

    template_name = "publication/admin/translation_memory.html"

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
    url = reverse("publication_translation_memory", args=[translation.pk])
    # Back to the same page of texts (paginate() copes with a number out of range).
    page = request.POST.get("page", "")
    return redirect(f"{url}?page={page}" if page.isdigit() else url)


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
                    reverse("publication_translation_memory", args=[translation.pk]),
                    _("Suggestions from the translation memory"),
                )
            ],
        )
    return None


class TranslationChecksView(TranslationTextsView):
    """The warnings of the checks before publishing (publication/translation_checks.py) for one
    translation."""

    template_name = "publication/admin/translation_checks.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("Checks"), warnings=check_translation(self.translation))
        return context


class TranslationGlossaryView(TranslationTextsView):
    """Every text of a translation's original with the glossary's terms marked and their
    approved translation beside them, each translated text that does not use one flagged."""

    template_name = "publication/admin/translation_glossary.html"

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
                reverse("publication_translation_checks", args=[translation.pk]), _("Checks")
            ),
            admin_messages.button(
                reverse("publication_translation_glossary", args=[translation.pk]), _("Glossary")
            ),
        ],
    )
    return None


class BatchExportForm(forms.Form):
    """What goes into a batch of files for an agency."""

    scope = forms.ChoiceField(
        label=gettext_lazy("Pages"),
        choices=[
            (batch_files.CITY, gettext_lazy("Every page of a city")),
            (batch_files.OUTDATED_SCOPE, gettext_lazy("Every outdated translation")),
        ],
        widget=forms.RadioSelect,
        initial=batch_files.CITY,
    )
    city = forms.ChoiceField(label=gettext_lazy("City"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[(key, label) for key, (label, _ext) in batch_files.FORMATS.items()],
        initial="xliff12",
    )

    def __init__(self, *args, rows, locales, **kwargs):
        super().__init__(*args, **kwargs)
        cities = {row.city_key: row.city_title for row in rows if row.city_key}
        self.fields["city"].choices = [("", "—")] + sorted(cities.items(), key=lambda c: c[1])
        self.fields["language"].choices = [("", _("Every target language"))] + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]

    def clean(self):
        data = super().clean()
        if data.get("scope") == batch_files.CITY and not data.get("city"):
            self.add_error("city", _("Choose the city whose pages go into the batch."))
        return data

    def selection(self):
        """The selection in words, for the README of the batch."""
        data = self.cleaned_data
        if data["scope"] == batch_files.CITY:
            words = _("every page of %(city)s") % {
                "city": dict(self.fields["city"].choices)[data["city"]]
            }
        else:
            words = _("every outdated translation")
        language = dict(self.fields["language"].choices)[data["language"]]
        return f"{words} ({language})"


class BatchImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy(".zip file"), required=False)


class BatchFilesView(TemplateView):
    """Batch files for a translation agency: every page of a city or every outdated
    translation as one .zip of XLIFF or PO files, and the import of such a .zip."""

    template_name = "publication/admin/translation_batch.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def export_form(self, data=None):
        return BatchExportForm(
            data,
            rows=status_rows(),
            locales=target_locales(Locale.objects.all()),
            prefix="export",
        )

    def post(self, request, *args, **kwargs):
        if "export-scope" in request.POST:
            form = self.export_form(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(export_form=form))
            data = form.cleaned_data
            items, missing = batch_files.select(
                data["scope"],
                city=data["city"] or None,
                languages=[data["language"]] if data["language"] else None,
            )
            if not items:
                messages.warning(request, _("No translation matches: there is nothing to export."))
                return redirect(request.get_full_path())
            content = batch_files.export_zip(
                items, missing, data["file_format"], request.user, form.selection()
            )
            response = HttpResponse(content, content_type="application/zip")
            stamp = timezone.now().strftime("%Y%m%d-%H%M")
            response["Content-Disposition"] = f'attachment; filename="translations-{stamp}.zip"'
            return response
        try:
            imported, results = batch_files.import_zip(request.FILES.get("file"), request.user)
        except batch_files.BatchError as error:
            messages.error(request, str(error))
        else:
            if imported:
                messages.success(
                    request,
                    ngettext(
                        "Imported the batch: %(count)d file.",
                        "Imported the batch: %(count)d files.",
                        len(results),
                    )
                    % {"count": len(results)},
                )
            else:
                messages.error(
                    request, _("Nothing was imported: the batch is imported whole or not at all.")
                )
            for ok, message in results:
                (messages.success if ok else messages.error)(request, message)
        return redirect(request.get_full_path())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("export_form", self.export_form())
        context.update(
            title=_("Batch files for translators"),
            import_form=BatchImportForm(),
            status_url=reverse("publication_translation_status"),
        )
        return context
