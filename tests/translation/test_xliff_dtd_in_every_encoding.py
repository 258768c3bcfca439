"""An uploaded XLIFF file that declares a DTD or entities is refused with the same message in
every encoding XML allows (UTF-8, UTF-16 and UTF-32, either byte order), not only in those a
byte pattern would catch; the same file without them is read in every encoding."""

import codecs

import pytest

from translation import xliff_files

NAME = "translation.xlf"
REFUSED = "“translation.xlf” is not a valid XLIFF file."

UNIT = (
    '<file original="translation-1234" source-language="de" target-language="en" '
    'datatype="plaintext"><body><trans-unit id="title"><source>Bremen</source>'
    "<target>{target}</target></trans-unit></body></file>"
)
PLAIN = (
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    + UNIT.format(target="Bremen (en)")
    + "</xliff>"
)
BILLION_LAUGHS = (
    '<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    + UNIT.format(target="&lol3;")
    + "</xliff>"
)
EXTERNAL_ENTITY = (
    '<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    + UNIT.format(target="&e;")
    + "</xliff>"
)
# Nine levels of ten: a billion "lol"s in an attribute, where entities are always expanded.
DEEP_LAUGHS = (
    '<!DOCTYPE xliff [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" note="&l9;">'
    + UNIT.format(target="&l9;")
    + "</xliff>"
)
DOCTYPE_ONLY = '<!DOCTYPE xliff SYSTEM "xliff.dtd">' + PLAIN

# Each with its byte-order mark, as an editor or a CAT tool saves it.
ENCODINGS = {
    "UTF-8": ("utf-8", b""),
    "UTF-8 with BOM": ("utf-8", codecs.BOM_UTF8),
    "UTF-16 LE": ("utf-16-le", codecs.BOM_UTF16_LE),
    "UTF-16 BE": ("utf-16-be", codecs.BOM_UTF16_BE),
    "UTF-32 LE": ("utf-32-le", codecs.BOM_UTF32_LE),
    "UTF-32 BE": ("utf-32-be", codecs.BOM_UTF32_BE),
}


def encoded(document, encoding):
    codec, bom = ENCODINGS[encoding]
    label = encoding.split(" ")[0]
    declaration = f'<?xml version="1.0" encoding="{label}"?>\n'
    return bom + (declaration + document).encode(codec)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(
    "document",
    [BILLION_LAUGHS, DEEP_LAUGHS, EXTERNAL_ENTITY, DOCTYPE_ONLY],
    ids=["laughs", "deep-laughs", "external", "dtd"],
)
def test_a_dtd_or_entity_is_refused_in_every_encoding(document, encoding):
    with pytest.raises(xliff_files.XLIFFFileError) as refused:
        xliff_files.read(NAME, encoded(document, encoding))

    assert str(refused.value.args[0]) == REFUSED


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_same_file_without_a_dtd_is_read_in_every_encoding(encoding):
    parsed = xliff_files.read(NAME, encoded(PLAIN, encoding))

    # Each unit's source and target elements, one for each of its segments.
    assert list(parsed.units) == ["title"]
    [source], [target] = parsed.units["title"]
    assert ("".join(source.itertext()), "".join(target.itertext())) == ("Bremen", "Bremen (en)")
    assert parsed.target_language == "en"
