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
from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringTranslation, Translation

from translation import history
from translation.field_names import describe_place
from translation.models import TextHistoryEntry

MAX_SIZE = 5 * 1024 * 1024
TRANSLATION_ID = "X-WagtailLocalize-TranslationID"

# What every line of a PO file looks like: a comment, a keyword with a quoted string, or a quoted
# string continuing the one before. polib itself accepts a line without its quotes and silently
# drops characters from it, which would import garbled translations.
PO_LINE = re.compile(
    r'\s*(#.*|((msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)\s+)?"([^"\\]|\\.)*")?\s*'
)


# gettext's plural rules of the languages the network writes in; a language not listed gets no
# Plural-Forms header, which msgfmt accepts as long as no entry has a plural (none has).
PLURAL_FORMS = {
    "bg": "nplurals=2; plural=(n != 1);",
    "cs": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "da": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fi": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "hu": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pt": "nplurals=2; plural=(n != 1);",
    "sv": "nplurals=2; plural=(n != 1);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
    "n%100>=20) ? 1 : 2);",
}
PO_DATE = "%Y-%m-%d %H:%M%z"


class POFileError(Exception):
    """A PO file that cannot be imported into a translation; the message says why."""


class _Rollback(Exception):
    pass


def describe(translation):
    return _("“%(title)s” in %(language)s") % {
        "title": translation.source.object_repr,
        "language": translation.target_locale.get_display_name(),
    }


def download_name(translation):
    """The name of a file of `translation`, without extension: "<page>-<language>"."""
    return f"{slugify(translation.source.object_repr)}-{translation.target_locale.language_code}"


def translator_name(user):
    """ "Name <e-mail>" of `user`, as gettext's Last-Translator header has it."""
    if user is None or not user.is_authenticated:
        return ""
    name = user.get_full_name() or user.get_username()
    return f"{name} <{user.email}>" if user.email else name


def header(translation, user=None):
    """The PO header of a file of `translation` downloaded by `user`: what CAT tools and
    `msgfmt -c` look for, with wagtail-localize's translation ID kept for the upload."""
    language = translation.target_locale
    now = timezone.now()
    revised = StringTranslation.objects.filter(
        context__object_id=translation.source.object_id, locale=language
    ).aggregate(latest=Max("updated_at"))["latest"]
    metadata = {
        "Project-Id-Version": settings.WAGTAIL_SITE_NAME,
        "POT-Creation-Date": translation.source.last_updated_at.strftime(PO_DATE),
        "PO-Revision-Date": (revised or now).strftime(PO_DATE),
        "Last-Translator": translator_name(user),
        "Language-Team": f"{settings.WAGTAIL_SITE_NAME} ({language.get_display_name()})",
        "Language": language.language_code.replace("-", "_"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    plural_forms = PLURAL_FORMS.get(language.language_code.split("-")[0])
    if plural_forms:
        metadata["Plural-Forms"] = plural_forms
    metadata[TRANSLATION_ID] = str(translation.uuid)
    return metadata


def export(translation, user=None):
    """wagtail-localize's PO file of `translation`, with a full header and, as each text's
    comment for the translator, its place on the page in words ("Study visit report › Report ›
    Chart › Data › Bar 3 › Label"): the msgctxt is wagtail-localize's path of block and item
    ids."""
    po = translation.export_po()
    po.metadata = header(translation, user)
    original = translation.source.as_instance()
    for entry in po:
        entry.comment = describe_place(original, entry.msgctxt)
    return po


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
    po = _read(compact(text, uploaded.name).encode("utf-8"), uploaded.name)
    _check_belongs_to(po, translation)
    return po


KEYWORD = re.compile(r"(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)\s")
# Comments polib keeps in lists (flags such as "fuzzy", source references); every other kind of
# comment is text that polib appends to a string one line at a time.
KEPT_COMMENTS = ("#,", "#:")
# A PO header has a dozen lines; polib appends each line of its own to the one before.
MAX_HEADER_LINES = 200


def compact(text, name):
    """`text` (the lines of a PO file, each checked against PO_LINE) as polib reads it in time
    proportional to its length: each string written over several lines on one line, and the
    comments the import does not read (translators', extracted, previous and obsolete entries)
    left out. Every line keeps its number, so that polib's messages still name the right one.

    polib adds a string's continuation lines and a comment's lines to what it has read so far
    one at a time, copying it each time: a file of a few megabytes of such lines took minutes.
    Only msgctxt, msgid and msgstr are imported, and their text is unchanged here."""
    lines = [line.strip() for line in text.splitlines()]
    # The continuation lines of each string, added once all are known: adding them one at a
    # time would copy the string each time, as polib does.
    continuations = {}
    continued = None  # the index of the line a continuation line adds to
    header = None  # the index of the msgstr of the header (the entry whose msgid is empty)
    msgid = None
    for index, line in enumerate(lines):
        if not line:
            continue
        if line.startswith("#"):
            continued = None
            if not line.startswith(KEPT_COMMENTS):
                lines[index] = ""
            continue
        if line.startswith('"'):
            if continued is None:
                # After a comment or at the start: polib would refuse it, or add it to an
                # entry other than the one it seems to belong to.
                _invalid(name, index + 1)
            continuations.setdefault(continued, []).append(line[1:-1])
            lines[index] = ""
            continue
        keyword = KEYWORD.match(line).group(1)
        if keyword == "msgstr" and msgid is not None:
            if lines[msgid] == 'msgid ""' and not "".join(continuations.get(msgid, [])):
                header = index
        msgid = index if keyword == "msgid" else None
        continued = index
    for index, parts in continuations.items():
        lines[index] = lines[index][:-1] + "".join(parts) + '"'
    if header is not None and lines[header].count("\\n") > MAX_HEADER_LINES:
        _invalid(name, header + 1)
    return "\n".join(lines) + "\n"


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


def current_translations(translation):
    """{(context id, string id): text} of what `translation` has translated so far."""
    return {
        (context_id, string_id): data
        for context_id, string_id, data in StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values_list("context_id", "translation_of_id", "data")
    }


def import_file(translation, po, user=None, tool_name="PO File"):
    """Import the translated entries of `po` into `translation`; returns how many texts got a
    new or different translation.

    Raises POFileError, having changed nothing, when the file has no translations or when any
    entry does not match the source's current text (the page changed since the download)."""
    translated = [entry for entry in po if entry.msgstr and not entry.obsolete]
    if not translated:
        raise POFileError(_("The PO file has no translations in it: nothing was imported."))
    try:
        with (
            transaction.atomic(),
            history.recording(TextHistoryEntry.FILE, tool_name=tool_name, user=user),
        ):
            before = current_translations(translation)
            warnings = translation.import_po(po, user=user, tool_name=tool_name)
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
    after = current_translations(translation)
    return sum(1 for key, text in after.items() if before.get(key) != text)
