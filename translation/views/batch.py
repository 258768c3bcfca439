"""Many translations at once: a .zip of files out to an agency and back."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.models import Locale

from home.i18n import city_names_by_key
from translation import batch_files
from translation.status import (
    status_rows,
    target_locales,
)
from translation.views.access import can_manage_translations


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
        # Named in the editor's admin language (Gandawa, Saloniki for a Polish editor).
        names = city_names_by_key(cities)
        cities = {key: names.get(key, title) for key, title in cities.items()}
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

    template_name = "translation/translation_batch.html"

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
            status_url=reverse("translation_translation_status"),
        )
        return context
