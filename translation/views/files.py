"""A translation as a file: PO and XLIFF downloads and uploads."""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request

from translation import po_files, xliff_files
from translation.views.access import editable_translation


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
        "translation/translation_files.html",
        {
            "title": _("Files for translators"),
            "subtitle": po_files.describe(translation),
            "translation": translation,
            "edit_url": edit_url,
            "form": XLIFFUploadForm(),
            "downloads": [
                (
                    _("XLIFF 1.2"),
                    reverse("translation_download_xliff", args=[translation.pk, "1.2"]),
                ),
                (
                    _("XLIFF 2.1"),
                    reverse("translation_download_xliff", args=[translation.pk, "2.1"]),
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
