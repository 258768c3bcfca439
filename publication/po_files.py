"""Checking and importing a PO file uploaded for a translation, all or nothing.

wagtail-localize's own upload fails with a server error on an empty upload or a file without
its translation ID, and imports whatever part of a file it recognises without saying what it
skipped. Here every problem becomes a message saying what is wrong, and a file is imported whole
or not at all."""

import codecs
import os
import re
import tempfile
import uuid

import polib
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import Translation

MAX_SIZE = 5 * 1024 * 1024
TRANSLATION_ID = "X-WagtailLocalize-TranslationID"

# What every line of a PO file looks like: a comment, a keyword with a quoted string, or a quoted
# string continuing the one before. polib itself accepts a line without its quotes and silently
# drops characters from it, which would import garbled translations.
PO_LINE = re.compile(
    r'\s*(#.*|((msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)\s+)?"([^"\\]|\\.)*")?\s*'
)


class POFileError(Exception):
    """A PO file that cannot be imported into a translation; the message says why."""


class _Rollback(Exception):
    pass


def describe(translation):
    return _("“%(title)s” in %(language)s") % {
        "title": translation.source.object_repr,
        "language": translation.target_locale.get_display_name(),
    }


def parse(uploaded, translation):
    """The polib.POFile of an upload meant for `translation`, or POFileError."""
    if uploaded is None:
        raise POFileError(_("Choose a PO file to upload."))
    if uploaded.size > MAX_SIZE:
        raise POFileError(_("The file is too large to be a PO file of one page."))
    data = uploaded.read().removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise POFileError(_("The file is empty."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise POFileError(
            _("“%(name)s” is not a PO file: it is not UTF-8 text.") % {"name": uploaded.name}
        ) from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not PO_LINE.fullmatch(line):
            _invalid(uploaded.name, number)
    po = _read(data, uploaded.name)
    _check_belongs_to(po, translation)
    return po


def _read(data, name):
    # polib reads a file name or a file's contents; given contents that look like a path it would
    # read that path, so the upload always goes through a temporary file.
    handle, path = tempfile.mkstemp(suffix=".po")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        return polib.pofile(path, encoding="utf-8")
    except (OSError, ValueError, KeyError, IndexError) as error:
        line = re.search(r"line (\d+)", str(error))
        _invalid(name, line.group(1) if line else None)
    finally:
        os.unlink(path)


def _invalid(name, line=None):
    if line is None:
        raise POFileError(_("“%(name)s” is not a valid PO file.") % {"name": name})
    message = _("“%(name)s” is not a valid PO file (error at line %(line)s).")
    raise POFileError(message % {"name": name, "line": line})


def _check_belongs_to(po, translation):
    value = po.metadata.get(TRANSLATION_ID, "").strip()
    if not value:
        raise POFileError(
            _(
                "This PO file was not downloaded from a translation of this site (it has no "
                "translation ID). Download the PO file of %(translation)s and fill that in."
            )
            % {"translation": describe(translation)}
        )
    if value == str(translation.uuid):
        return
    try:
        other = Translation.objects.select_related("source", "target_locale").get(
            uuid=uuid.UUID(value)
        )
    except (ValueError, Translation.DoesNotExist):
        other = None
    if other is None:
        raise POFileError(
            _("This PO file belongs to a translation that no longer exists, not to %(this)s.")
            % {"this": describe(translation)}
        )
    raise POFileError(
        _("This PO file belongs to %(other)s, not to %(this)s.")
        % {"other": describe(other), "this": describe(translation)}
    )


def import_file(translation, po, user=None):
    """Import the translated entries of `po` into `translation`; returns how many there were.

    Raises POFileError, having changed nothing, when the file has no translations or when any
    entry does not match the source's current text (the page changed since the download)."""
    translated = [entry for entry in po if entry.msgstr and not entry.obsolete]
    if not translated:
        raise POFileError(_("The PO file has no translations in it: nothing was imported."))
    try:
        with transaction.atomic():
            warnings = translation.import_po(po, user=user, tool_name="PO File")
            if warnings:
                raise _Rollback
    except _Rollback:
        raise POFileError(
            ngettext(
                "%(count)d text in the file does not match the current text of %(this)s; "
                "the page has changed since the file was downloaded. Nothing was imported: "
                "download the PO file again.",
                "%(count)d texts in the file do not match the current text of %(this)s; "
                "the page has changed since the file was downloaded. Nothing was imported: "
                "download the PO file again.",
                len(warnings),
            )
            % {"count": len(warnings), "this": describe(translation)}
        ) from None
    return len(translated)
