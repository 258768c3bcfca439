"""Many translations at once for a translation agency: a .zip of XLIFF (or PO) files, one per
translation, with a README.txt saying what is in it; and the import of such a .zip, every file
checked as a single upload is and the whole batch imported or none of it."""

import io
import re
import uuid
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation import po_files, xliff_files
from translation.status import OUTDATED, STATUS_LABELS, status_rows

CITY = "city"
OUTDATED_SCOPE = "outdated"
FORMATS = {
    "xliff12": (gettext_lazy("XLIFF 1.2"), "xlf"),
    "xliff21": (gettext_lazy("XLIFF 2.1"), "xliff2.xlf"),
    "po": (gettext_lazy("PO file"), "po"),
}
MAX_ZIP_SIZE = 50 * 1024 * 1024
MAX_FILES = 1000
MAX_UNPACKED = 200 * 1024 * 1024
README = "README.txt"
PO_ID = re.compile(rb"X-WagtailLocalize-TranslationID:\s*([0-9a-fA-F-]{32,36})")


class BatchError(Exception):
    """A .zip that cannot be imported at all; the message says why."""


@dataclass
class Item:
    """One translation of a batch, with the status row of its original."""

    translation: Translation
    row: object
    cell: object

    @property
    def language(self):
        return self.translation.target_locale.language_code


def select(scope, city=None, languages=None):
    """The translations of a batch and the (row, cell) pairs left out because there is no
    translation under way to export: every page of `city` (its translation_key), or every
    outdated translation; in `languages` (codes) or every target language."""
    picked, missing = [], []
    for row in status_rows():
        if scope == CITY and row.city_key != city:
            continue
        for cell in row.cells:
            if languages and cell.locale.language_code not in languages:
                continue
            if scope == OUTDATED_SCOPE and cell.status != OUTDATED:
                continue
            if cell.translation_id is None:
                missing.append((row, cell))
            else:
                picked.append((row, cell))
    translations = Translation.objects.select_related("source", "target_locale").in_bulk(
        [cell.translation_id for _row, cell in picked]
    )
    items = [
        Item(translations[cell.translation_id], row, cell)
        for row, cell in picked
        if cell.translation_id in translations
    ]
    return items, missing


def file_name(item, file_format):
    extension = FORMATS[file_format][1]
    name = po_files.download_name(item.translation)
    return f"{item.language}/{name}-{item.translation.pk}.{extension}"


def export_zip(items, missing, file_format, user, selection):
    """The .zip (bytes) of `items` in `file_format`, with its README.txt.

    An outdated translation's texts are first taken again from its original, as a sync does,
    so that the file holds the texts to translate now, not those of the last sync."""
    buffer = io.BytesIO()
    lines = [
        _("%(site)s: files for translation") % {"site": settings.WAGTAIL_SITE_NAME},
        "",
        _("Selection: %(selection)s") % {"selection": selection},
        _("Format: %(format)s") % {"format": FORMATS[file_format][0]},
        _("Made on %(date)s by %(user)s")
        % {
            "date": timezone.now().strftime("%Y-%m-%d %H:%M UTC"),
            "user": po_files.translator_name(user),
        },
        "",
        _(
            "One file per translation of a page. Fill in the translations with your CAT tool "
            "and send back a .zip of the files (their names and folders may change; each file "
            "says which page and language it is for). The batch is imported whole or not at "
            "all: a file whose original texts changed since this download is refused, and "
            "nothing is imported until every file is in order."
        ),
        "",
    ]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in items:
            if item.cell.status == OUTDATED:
                item.translation.source.update_from_db()
            translation = item.translation
            name = file_name(item, file_format)
            if file_format == "po":
                content = str(po_files.export(translation, user)).encode()
            else:
                version = xliff_files.XLIFF_12 if file_format == "xliff12" else "2.1"
                content = xliff_files.export(translation, version)
            archive.writestr(name, content)
            total, translated = translation.get_progress()
            lines += [
                name,
                "    "
                + _("Page: “%(title)s”, written in %(language)s")
                % {"title": item.row.title, "language": item.row.locale.get_display_name()},
                "    "
                + _("Into: %(language)s")
                % {"language": translation.target_locale.get_display_name()},
                "    "
                + _("Status: %(status)s, %(translated)d of %(total)d texts translated")
                % {
                    "status": STATUS_LABELS[item.cell.status],
                    "translated": translated,
                    "total": total,
                },
                "",
            ]
        if missing:
            lines.append(_("Not included, not yet submitted for translation:"))
            lines += [
                f"    “{row.title}” → {cell.locale.get_display_name()}" for row, cell in missing
            ]
        archive.writestr(README, "\n".join(lines) + "\n")
    return buffer.getvalue()


@dataclass
class Entry:
    """One file of an uploaded batch: what it is for, what it holds, or what is wrong."""

    name: str
    translation: Translation | None = None
    po: object = None
    error: str = ""
    count: int = 0


def _translation_named(data, name):
    """The Translation a file names (by its own translation ID), and the file read as XLIFF
    if it is one."""
    if name.lower().endswith(".po"):
        match = PO_ID.search(data)
        value, parsed = (match.group(1).decode() if match else ""), None
    else:
        parsed = xliff_files.read(name, data)
        value = parsed.translation_id
    try:
        translation = Translation.objects.select_related("source", "target_locale").get(
            uuid=uuid.UUID(value)
        )
    except (ValueError, Translation.DoesNotExist):
        raise po_files.POFileError(
            _("The file does not name a translation of this site.")
        ) from None
    return translation, parsed


def _check(name, data, user, seen):
    entry = Entry(name)
    try:
        if not name.lower().endswith((".po", ".xlf", ".xliff", ".xml")):
            raise po_files.POFileError(_("It is not a PO or XLIFF file (.po, .xlf or .xliff)."))
        translation, parsed = _translation_named(data, name)
        try:
            instance = translation.get_target_instance()
        except ObjectDoesNotExist:
            instance = None
        if instance is None or not user_can_edit_instance(user, instance):
            raise po_files.POFileError(
                _("You may not edit %(translation)s.")
                % {"translation": po_files.describe(translation)}
            )
        if translation.pk in seen:
            raise po_files.POFileError(
                _("It is a second file for %(translation)s (the first is “%(other)s”).")
                % {
                    "translation": po_files.describe(translation),
                    "other": seen[translation.pk],
                }
            )
        seen[translation.pk] = name
        if parsed is None:
            entry.po = po_files.parse(ContentFile(data, name=name), translation)
            translated = [e for e in entry.po if e.msgstr and not e.obsolete]
            if not translated:
                raise po_files.POFileError(_("The PO file has no translations in it."))
        else:
            entry.po = xliff_files.to_po(parsed, translation)
        entry.translation = translation
    except po_files.POFileError as error:
        entry.error = str(error)
    return entry


def _members(uploaded):
    """(name, bytes) of every file of the uploaded .zip, README and system files left out."""
    if uploaded is None:
        raise BatchError(_("Choose a .zip file to upload."))
    if uploaded.size > MAX_ZIP_SIZE:
        raise BatchError(_("The file is too large for a batch of translations."))
    try:
        archive = zipfile.ZipFile(uploaded)
        infos = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not info.filename.startswith("__MACOSX/")
            and not info.filename.rsplit("/", 1)[-1].startswith(".")
            and info.filename.rsplit("/", 1)[-1] != README
        ]
        if len(infos) > MAX_FILES or sum(info.file_size for info in infos) > MAX_UNPACKED:
            raise BatchError(_("The .zip file holds too much to be a batch of translations."))
        members = []
        for info in infos:
            if info.file_size > po_files.MAX_SIZE:
                members.append((info.filename, None))
            else:
                members.append((info.filename, archive.read(info)))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError):
        raise BatchError(
            _("“%(name)s” is not a .zip file that can be read.") % {"name": uploaded.name}
        ) from None
    if not members:
        raise BatchError(_("The .zip file has no PO or XLIFF files in it."))
    return members


class _Rollback(Exception):
    pass


def import_zip(uploaded, user):
    """Imports every file of an uploaded batch, or none: a list of (ok, message), one a file.

    Raises BatchError when the upload is not a .zip of translation files at all."""
    seen = {}
    entries = []
    for name, data in _members(uploaded):
        if data is None:
            entries.append(Entry(name, error=_("It is too large to be the file of one page.")))
        else:
            entries.append(_check(name, data, user, seen))
    if not any(entry.error for entry in entries):
        try:
            with transaction.atomic():
                for entry in entries:
                    try:
                        entry.count = po_files.import_file(
                            entry.translation, entry.po, user=user, tool_name="Batch file"
                        )
                    except po_files.POFileError as error:
                        entry.error = str(error)
                if any(entry.error for entry in entries):
                    raise _Rollback
        except _Rollback:
            pass
    failed = any(entry.error for entry in entries)
    results = []
    for entry in entries:
        if entry.error:
            results.append(
                (False, _("“%(name)s”: %(error)s") % {"name": entry.name, "error": entry.error})
            )
        elif failed:
            results.append(
                (
                    False,
                    _(
                        "“%(name)s” is in order but was not imported, because other files of "
                        "the batch were refused."
                    )
                    % {"name": entry.name},
                )
            )
        else:
            results.append(
                (
                    True,
                    ngettext(
                        "“%(name)s”: %(count)d text of %(translation)s has a new or changed "
                        "translation.",
                        "“%(name)s”: %(count)d texts of %(translation)s have a new or changed "
                        "translation.",
                        entry.count,
                    )
                    % {
                        "name": entry.name,
                        "count": entry.count,
                        "translation": po_files.describe(entry.translation),
                    },
                )
            )
    return not failed, results
