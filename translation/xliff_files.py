"""XLIFF 1.2 and 2.1 files of a translation, for translators' and agencies' CAT tools, and their
import, all or nothing.

A file holds one translation. Each text segment is a unit whose id is the segment's place on the
page (the context path the PO file's msgctxt carries; a second text in the same place gets
":2"), so a CAT tool's save keeps what each text is. The file names its translation (XLIFF 1.2:
the file's `original`; 2.1: the file's `id`) and its languages; an upload for another page or
language, with a source text the page no longer has, with units the page does not have, or that
is not well-formed XML is refused with a message and changes nothing.

A text's formatting (bold, italics, links, line breaks) is written as inline codes a CAT tool
shows as tags and protects (translation/xliff_inline.py), a unit of rich text is marked
datatype="html" in XLIFF 1.2, and each unit's note says where the text is on the page in words.
A translation whose codes are not the original's, each once, is refused with a message naming
the text and where it is.

lxml parses the uploads with entities left unresolved, no DTD loaded and no network; a file
with a DOCTYPE (a DTD, entities) is refused as soon as the parser meets it, before anything it
declares is read, and in whatever encoding the file is (UTF-8, UTF-16, UTF-32): the parser, not
a pattern over the bytes, decodes it."""

import codecs
import uuid
from collections import Counter
from dataclasses import dataclass

import polib
from django.conf import settings
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from lxml import etree
from wagtail_localize.models import StringSegment, TemplateSegment, Translation

from translation import po_files, xliff_inline
from translation.field_names import describe_place
from translation.glossary import plain_text
from translation.po_files import describe
from translation.xliff_inline import XLIFF_12, XLIFF_21

VERSIONS = (XLIFF_12, XLIFF_21)
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_SIZE = po_files.MAX_SIZE
ID_PREFIX = "translation-"
TOOL_NAME = "XLIFF file"


class XLIFFFileError(po_files.POFileError):
    """An XLIFF file that cannot be imported into a translation; the message says why."""


@dataclass
class Unit:
    """One text segment of a translation, as a unit of an XLIFF file."""

    id: str
    path: str
    source: str
    target: str | None
    note: str = ""
    # From a rich text field or block (HTML), rather than a plain text one.
    rich: bool = False

    @property
    def codes(self):
        """The original's tags, as the numbered inline codes of the unit."""
        return xliff_inline.codes_of(self.source)


def units(translation):
    """The units of `translation`, in the order of the page, with what is translated so far."""
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    # wagtail-localize keeps the HTML around a rich text's texts as a template at its path.
    rich = set(
        TemplateSegment.objects.filter(
            source=translation.source, template__template_format="html"
        ).values_list("context__path", flat=True)
    )
    original = translation.source.as_instance()
    seen = Counter()
    result = []
    for segment in segments:
        path = segment.context.path
        seen[path] += 1
        unit_id = path if seen[path] == 1 else f"{path}:{seen[path]}"
        result.append(
            Unit(
                unit_id,
                path,
                segment.string.data,
                segment.translation,
                describe_place(original, path),
                rich=path in rich,
            )
        )
    return result


def file_id(translation):
    return f"{ID_PREFIX}{translation.uuid}"


def filename(translation, version):
    name = po_files.download_name(translation)
    return f"{name}.xlf" if version == XLIFF_12 else f"{name}.xliff2.xlf"


def export(translation, version=XLIFF_12):
    """The XLIFF file (bytes) of `translation` in XLIFF `version`."""
    items = units(translation)
    source_language = translation.source.locale.language_code
    target_language = translation.target_locale.language_code
    if version == XLIFF_12:
        root = etree.Element(f"{{{NS_12}}}xliff", nsmap={None: NS_12}, version="1.2")
        file = etree.SubElement(
            root,
            f"{{{NS_12}}}file",
            {
                "original": file_id(translation),
                "source-language": source_language,
                "target-language": target_language,
                "datatype": "plaintext",
                "date": timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
                "product-name": settings.WAGTAIL_SITE_NAME,
            },
        )
        header = etree.SubElement(file, f"{{{NS_12}}}header")
        etree.SubElement(header, f"{{{NS_12}}}note").text = describe(translation)
        body = etree.SubElement(file, f"{{{NS_12}}}body")
        for item in items:
            attributes = {"id": item.id, "resname": item.path}
            if item.rich:
                attributes["datatype"] = "html"
            attributes[f"{{{XML_NS}}}space"] = "preserve"
            unit = etree.SubElement(body, f"{{{NS_12}}}trans-unit", attributes)
            source = etree.SubElement(unit, f"{{{NS_12}}}source")
            xliff_inline.fill(source, item.source, XLIFF_12, NS_12)
            if item.target:
                target = etree.SubElement(unit, f"{{{NS_12}}}target", state="translated")
                xliff_inline.fill(target, item.target, XLIFF_12, NS_12, item.codes)
            etree.SubElement(unit, f"{{{NS_12}}}note").text = item.note
    else:
        root = etree.Element(
            f"{{{NS_2}}}xliff",
            nsmap={None: NS_2},
            version="2.1",
            srcLang=source_language,
            trgLang=target_language,
        )
        file = etree.SubElement(
            root, f"{{{NS_2}}}file", id=file_id(translation), original=file_id(translation)
        )
        notes = etree.SubElement(file, f"{{{NS_2}}}notes")
        etree.SubElement(notes, f"{{{NS_2}}}note").text = describe(translation)
        for item in items:
            unit = etree.SubElement(file, f"{{{NS_2}}}unit", id=item.id, name=item.path)
            notes = etree.SubElement(unit, f"{{{NS_2}}}notes")
            etree.SubElement(notes, f"{{{NS_2}}}note", category="location").text = item.note
            segment = etree.SubElement(
                unit, f"{{{NS_2}}}segment", state="translated" if item.target else "initial"
            )
            source = etree.SubElement(segment, f"{{{NS_2}}}source")
            source.set(f"{{{XML_NS}}}space", "preserve")
            xliff_inline.fill(source, item.source, XLIFF_21, NS_2)
            if item.target:
                target = etree.SubElement(segment, f"{{{NS_2}}}target")
                target.set(f"{{{XML_NS}}}space", "preserve")
                xliff_inline.fill(target, item.target, XLIFF_21, NS_2, item.codes)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@dataclass
class Parsed:
    """An uploaded XLIFF file, read: its version, its translation's UUID (as written), its
    target language and its units as {id: ([source element], [target element or None])}, an
    element for each segment of the unit."""

    name: str
    version: str
    translation_id: str
    target_language: str
    units: dict


def _invalid(name, line=None):
    if line is None:
        raise XLIFFFileError(_("“%(name)s” is not a valid XLIFF file.") % {"name": name})
    message = _("“%(name)s” is not a valid XLIFF file (error at line %(line)s).")
    raise XLIFFFileError(message % {"name": name, "line": line})


class _DTDFound(Exception):
    pass


class _RefuseDTD:
    """A parser target that stops the parser at a DOCTYPE, before the DTD or the entities it
    declares are read; it builds nothing."""

    def doctype(self, name, public_id, system_url):
        raise _DTDFound

    def close(self):
        return None


def _parser(target=None):
    """lxml's parser with entities left unresolved, no DTD loaded and no network."""
    return etree.XMLParser(
        target=target,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def read(name, data):
    """The Parsed XLIFF file `data` (bytes) called `name`, or XLIFFFileError."""
    if len(data) > MAX_SIZE:
        raise XLIFFFileError(_("The file is too large to be an XLIFF file of one page."))
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise XLIFFFileError(_("The file is empty."))
    try:
        # First only to see whether the file has a DOCTYPE: the parser reports it before it
        # reads the declarations inside, in whatever encoding the file is (UTF-8, UTF-16,
        # UTF-32). No XLIFF file needs one.
        etree.fromstring(data, _parser(target=_RefuseDTD()))
        root = etree.fromstring(data, _parser())
    except _DTDFound:
        _invalid(name)
    except etree.XMLSyntaxError as error:
        _invalid(name, error.lineno)
    except ValueError:
        _invalid(name)
    if root.tag == f"{{{NS_12}}}xliff" and root.get("version") == "1.2":
        files = root.findall(f"{{{NS_12}}}file")
        version = XLIFF_12
    elif root.tag == f"{{{NS_2}}}xliff" and root.get("version") in ("2.0", "2.1", "2.2"):
        files = root.findall(f"{{{NS_2}}}file")
        version = XLIFF_21
    else:
        raise XLIFFFileError(
            _("“%(name)s” is not an XLIFF file of version 1.2 or 2.1.") % {"name": name}
        )
    if len(files) != 1:
        raise XLIFFFileError(
            _("“%(name)s” should hold the texts of one page, in one <file> element.")
            % {"name": name}
        )
    file = files[0]
    found = {}
    duplicates = []
    if version == XLIFF_12:
        translation_id = file.get("original", "")
        target_language = file.get("target-language", "")
        for unit in file.iter(f"{{{NS_12}}}trans-unit"):
            pair = ([unit.find(f"{{{NS_12}}}source")], [unit.find(f"{{{NS_12}}}target")])
            if unit.get("id", "") in found:
                duplicates.append(unit.get("id", ""))
            found[unit.get("id", "")] = pair
    else:
        translation_id = file.get("id", "")
        target_language = root.get("trgLang", "")
        for unit in file.iter(f"{{{NS_2}}}unit"):
            # A CAT tool may split a unit's text into several segments; they are joined again.
            parts = [
                part for part in unit if part.tag in (f"{{{NS_2}}}segment", f"{{{NS_2}}}ignorable")
            ]
            pair = (
                [part.find(f"{{{NS_2}}}source") for part in parts],
                [part.find(f"{{{NS_2}}}target") for part in parts],
            )
            if unit.get("id", "") in found:
                duplicates.append(unit.get("id", ""))
            found[unit.get("id", "")] = pair
    if duplicates:
        raise XLIFFFileError(
            _("“%(name)s” has the same unit more than once: %(units)s.")
            % {"name": name, "units": ", ".join(duplicates[:3])}
        )
    return Parsed(
        name, version, translation_id.removeprefix(ID_PREFIX), target_language.strip(), found
    )


def translation_of_file(parsed):
    """The Translation an XLIFF file names, or None."""
    try:
        return Translation.objects.select_related("source", "target_locale").get(
            uuid=uuid.UUID(parsed.translation_id)
        )
    except (ValueError, Translation.DoesNotExist):
        return None


def check_belongs_to(parsed, translation):
    if not parsed.translation_id:
        raise XLIFFFileError(
            _(
                "This XLIFF file was not downloaded from a translation of this site (it has no "
                "translation ID). Download the XLIFF file of %(translation)s and fill that in."
            )
            % {"translation": describe(translation)}
        )
    if parsed.translation_id != str(translation.uuid):
        other = translation_of_file(parsed)
        if other is None:
            raise XLIFFFileError(
                _(
                    "This XLIFF file belongs to a translation that no longer exists, not to "
                    "%(this)s."
                )
                % {"this": describe(translation)}
            )
        raise XLIFFFileError(
            _("This XLIFF file belongs to %(other)s, not to %(this)s.")
            % {"other": describe(other), "this": describe(translation)}
        )
    language = translation.target_locale.language_code
    if parsed.target_language and parsed.target_language.lower() != language.lower():
        raise XLIFFFileError(
            _(
                "This XLIFF file is a translation into “%(file)s”, not into %(language)s "
                "(“%(code)s”)."
            )
            % {
                "file": parsed.target_language,
                "language": translation.target_locale.get_display_name(),
                "code": language,
            }
        )


def to_po(parsed, translation):
    """The translated units of `parsed` as PO entries for wagtail-localize's import, after
    checking every unit against the page as it is now."""
    check_belongs_to(parsed, translation)
    current = {unit.id: unit for unit in units(translation)}
    unknown = [unit_id for unit_id in parsed.units if unit_id not in current]
    if unknown:
        raise XLIFFFileError(
            ngettext(
                "%(count)d unit in the file is not a text of %(this)s (%(units)s). Nothing was "
                "imported: download the XLIFF file again.",
                "%(count)d units in the file are not texts of %(this)s (%(units)s). Nothing "
                "was imported: download the XLIFF file again.",
                len(unknown),
            )
            % {
                "count": len(unknown),
                "this": describe(translation),
                "units": ", ".join(unknown[:3]),
            }
        )
    namespace = NS_12 if parsed.version == XLIFF_12 else NS_2
    changed = [
        unit_id
        for unit_id, (source, _target) in parsed.units.items()
        if _html(source, current[unit_id], parsed.version, namespace) != current[unit_id].source
    ]
    if changed:
        raise XLIFFFileError(
            ngettext(
                "%(count)d text in the file does not match the current text of %(this)s; "
                "the page has changed since the file was downloaded. Nothing was imported: "
                "download the XLIFF file again.",
                "%(count)d texts in the file do not match the current text of %(this)s; "
                "the page has changed since the file was downloaded. Nothing was imported: "
                "download the XLIFF file again.",
                len(changed),
            )
            % {"count": len(changed), "this": describe(translation)}
        )
    po = polib.POFile()
    for unit_id, (_source, target) in parsed.units.items():
        if not "".join("".join(part.itertext()) for part in target if part is not None).strip():
            continue
        unit = current[unit_id]
        try:
            html = xliff_inline.to_html(target, unit.codes, parsed.version, namespace)
        except xliff_inline.FormattingError as error:
            raise XLIFFFileError(
                _(
                    "The formatting of the translation of “%(text)s” (%(place)s) does not "
                    "match the original's: %(problems)s. Nothing was imported: keep each "
                    "formatting code of the original once in its translation."
                )
                % {
                    "text": Truncator(plain_text(unit.source)).words(12),
                    "place": unit.note,
                    "problems": "; ".join(error.problems),
                }
            ) from None
        po.append(polib.POEntry(msgctxt=unit.path, msgid=unit.source, msgstr=html))
    if not po:
        raise XLIFFFileError(_("The XLIFF file has no translations in it: nothing was imported."))
    return po


def _html(parts, unit, version, namespace):
    """The HTML of a unit's source in the file, or None if its codes are not the original's."""
    try:
        return xliff_inline.to_html(parts, unit.codes, version, namespace)
    except xliff_inline.FormattingError:
        return None


def parse(uploaded, translation):
    """The PO entries of an uploaded XLIFF file meant for `translation`, or XLIFFFileError."""
    if uploaded is None:
        raise XLIFFFileError(_("Choose an XLIFF file to upload."))
    return to_po(read(uploaded.name, uploaded.read()), translation)


def import_file(translation, po, user=None):
    """Imports what `parse` gave; returns how many texts got a new or different translation."""
    return po_files.import_file(translation, po, user=user, tool_name=TOOL_NAME)
