"""The formatting of a text as XLIFF inline codes, so that a CAT tool shows it as tags it
protects rather than as words to translate, and back to exactly the HTML wagtail-localize keeps.

wagtail-localize keeps each text as an HTML fragment of inline tags only (b, i, em, strong, code,
abbr, acronym, a and br; a link as <a id="a1">, its address kept apart under that id). Each tag
of the original becomes a code numbered in the order of the text: in XLIFF 1.2 <g id="1"
ctype="bold">…</g> around the text it formats, or <x id="2" ctype="lb"/> for a line break; in
XLIFF 2.1 <pc id="1" type="fmt" subType="xlf:b">…</pc> or <ph id="2" type="fmt" subType="xlf:lb"/>.
Text is written as text: "&" is "&", not "&amp;amp;".

On import each code of a translation is matched by its number to the original's, whose tag is
put back exactly as wagtail-localize stores it. A code lost, added, repeated or of another kind
(a paired code where the original has a single one) is a FormattingError listing what is wrong."""

from collections import Counter
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Tag
from django.utils.translation import gettext as _

XLIFF_12 = "1.2"
XLIFF_21 = "2.1"
# The elements of a code around text and of a code on its own.
ELEMENTS = {XLIFF_12: ("g", "x"), XLIFF_21: ("pc", "ph")}
# Markers a CAT tool may put around text (a term, a comment, a segment): their text counts, the
# marker does not.
ANNOTATIONS = {XLIFF_12: {"mrk"}, XLIFF_21: {"mrk"}}
ANNOTATION_ENDS = {XLIFF_12: set(), XLIFF_21: {"sm", "em"}}
VOID = {"br"}
CTYPES_12 = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "a": "link", "br": "lb"}
TYPES_2 = {
    "b": ("fmt", "xlf:b"),
    "strong": ("fmt", "xlf:b"),
    "i": ("fmt", "xlf:i"),
    "em": ("fmt", "xlf:i"),
    "a": ("link", None),
    "br": ("fmt", "xlf:lb"),
}


@dataclass(frozen=True)
class Code:
    """A tag of a text: its number in the text, its name and attributes (a link's id)."""

    id: str
    tag: str
    attrs: tuple

    @property
    def paired(self):
        return self.tag not in VOID

    def opening(self):
        attributes = "".join(
            f' {name}="{_escape(value, quote=True)}"' for name, value in self.attrs
        )
        return f"<{self.tag}{attributes}>"

    def closing(self):
        return f"</{self.tag}>" if self.paired else ""

    def __str__(self):
        return f"<{self.tag}>"

    def xliff_attributes(self, version):
        attributes = {"id": self.id}
        if version == XLIFF_12:
            attributes["ctype"] = CTYPES_12.get(self.tag, f"x-html-{self.tag}")
            attributes["clone"] = "no"
        else:
            kind, sub_type = TYPES_2.get(self.tag, ("fmt", None))
            attributes["type"] = kind
            if sub_type:
                attributes["subType"] = sub_type
            attributes["canCopy"] = "no"
            attributes["canDelete"] = "no"
        return attributes


class FormattingError(Exception):
    """A text whose inline codes do not match its original's; `problems` says how, in words."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def _escape(text, quote=False):
    text = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def _attrs(tag):
    return tuple(
        (name, " ".join(value) if isinstance(value, list) else value)
        for name, value in sorted(tag.attrs.items())
    )


def _tags(data):
    """The tags of wagtail-localize's HTML `data`, in the order they open."""
    soup = BeautifulSoup(data or "", "html.parser")
    return soup, soup.find_all(True)


def codes_of(data):
    """[Code] of the tags of wagtail-localize's HTML `data` (an original), numbered from 1."""
    _soup, tags = _tags(data)
    return [Code(str(number), tag.name, _attrs(tag)) for number, tag in enumerate(tags, 1)]


def normalise(html):
    """`html` written the way wagtail-localize writes a text (BeautifulSoup's)."""
    return str(BeautifulSoup(html, "html.parser"))


def fill(element, data, version, namespace, source_codes=None):
    """Writes wagtail-localize's HTML `data` into the lxml `element` (a <source> or <target>)
    as text and inline codes. A translation's tags take the numbers of the original's codes
    (`source_codes`): the same tag with the same attributes, in order; a tag the original does
    not have gets a number of its own, so that the upload says it is not in the original."""
    soup, tags = _tags(data)
    if source_codes is None:
        numbers = {id(tag): str(number) for number, tag in enumerate(tags, 1)}
    else:
        free = list(source_codes)
        numbers = {}
        extra = len(source_codes)
        for tag in tags:
            match = next(
                (code for code in free if (code.tag, code.attrs) == (tag.name, _attrs(tag))), None
            )
            if match is None:
                extra += 1
                numbers[id(tag)] = str(extra)
            else:
                free.remove(match)
                numbers[id(tag)] = match.id
    paired, standalone = ELEMENTS[version]

    def write(parent, node):
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, Tag):
                code = Code(numbers[id(child)], child.name, _attrs(child))
                name = paired if code.paired else standalone
                inline = parent.makeelement(
                    f"{{{namespace}}}{name}", code.xliff_attributes(version)
                )
                parent.append(inline)
                if code.paired:
                    write(inline, child)
            elif len(parent):
                parent[-1].tail = (parent[-1].tail or "") + str(child)
            else:
                parent.text = (parent.text or "") + str(child)

    write(element, soup)
    return element


def to_html(parts, codes, version, namespace):
    """The HTML of the text in `parts` (the <source> or <target> elements of a unit's segments,
    None where a segment has none) with the tags of `codes` (the original's) put back for their
    numbers. Raises FormattingError when the codes are not the original's, each once."""
    by_id = {code.id: code for code in codes}
    paired, standalone = ELEMENTS[version]
    seen = Counter()
    strangers = []
    out = []

    def walk(element):
        out.append(_escape(element.text))
        for child in element:
            if not isinstance(child.tag, str):
                pass  # a comment or processing instruction
            elif child.tag in {f"{{{namespace}}}{name}" for name in ANNOTATIONS[version]}:
                walk(child)
            elif child.tag in {f"{{{namespace}}}{name}" for name in ANNOTATION_ENDS[version]}:
                pass
            elif child.tag in (f"{{{namespace}}}{paired}", f"{{{namespace}}}{standalone}"):
                code = by_id.get(child.get("id", ""))
                is_paired = child.tag == f"{{{namespace}}}{paired}"
                if code is None or code.paired != is_paired:
                    strangers.append(_written(child))
                    walk(child)
                else:
                    seen[code.id] += 1
                    out.append(code.opening())
                    if code.paired:
                        walk(child)
                        out.append(code.closing())
            else:
                strangers.append(_written(child))
                walk(child)
            out.append(_escape(child.tail))

    for part in parts:
        if part is not None:
            walk(part)
    problems = []
    missing = [str(code) for code in codes if not seen[code.id]]
    if missing:
        problems.append(_("missing: %(codes)s") % {"codes": ", ".join(missing)})
    repeated = [str(code) for code in codes if seen[code.id] > 1]
    if repeated:
        problems.append(_("more than once: %(codes)s") % {"codes": ", ".join(repeated)})
    if strangers:
        problems.append(_("not in the original: %(codes)s") % {"codes": ", ".join(strangers)})
    if problems:
        raise FormattingError(problems)
    return normalise("".join(out))


def _written(element):
    """An inline element as the file has it, without its content: <g id="7">."""
    name = element.tag.split("}")[-1]
    code = element.get("id")
    return f'<{name} id="{code}">' if code is not None else f"<{name}>"
