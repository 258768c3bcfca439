"""What is translated: wagtail-localize's report and the translation status table."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.views.report import TranslationsReportView as LocalizeTranslationsReportView

from home.i18n import city_names_by_key
from home.pagination import paginate
from translation.models import SourceTextChange
from translation.status import (
    STATUSES,
    status_rows,
    target_locales,
)
from translation.views.access import can_manage_translations

ROWS_PER_PAGE = 50


class TranslationsReportView(LocalizeTranslationsReportView):
    """wagtail-localize's report of every translation, with its CSV and XLSX export, for those
    who translate: it names every page being translated, other cities' unpublished drafts
    included, which a partner editor must not see."""

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
        # Named in the editor's admin language (Gandawa, Saloniki for a Polish editor).
        names = city_names_by_key(cities)
        cities = {key: names.get(key, title) for key, title in cities.items()}
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

    template_name = "translation/translation_status.html"

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
        # Translations in progress after a sync changed texts of their original link to what
        # changed too.
        changed_sources = set(
            SourceTextChange.objects.filter(
                source_id__in={row.source_id for row in items.object_list}
            ).values_list("source_id", flat=True)
        )
        context.update(
            changed_sources=changed_sources,
            title=_("Translations"),
            form=form,
            items=items,
            locales=locales,
            return_url=self.request.get_full_path(),
        )
        return context
