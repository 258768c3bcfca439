"""A PO file up to the size limit is read in time proportional to its size: megabytes of
comment lines or of a string's continuation lines reach polib as a few lines, with the
translated text unchanged and line numbers in messages still those of the file; a file over
the limit is refused with a message."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.translation.test_po_files import download, report, upload  # noqa: F401
from tests.translation.translation_setup import translation_of
from translation import po_files

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
COMMENTS = '# translator\'s note\n#. extracted comment\n#| msgid "old"\n#~ msgid "gone"\n'


def nearly_the_limit(line):
    return line * ((po_files.MAX_SIZE - 1000) // len(line))


def lines_read(text):
    """The lines polib is given: the work of reading grows with their number and length."""
    return [line for line in po_files.compact(text, "big.po").splitlines() if line]


def test_megabytes_of_comments_reach_polib_as_the_entries_alone():
    text = HEADER + nearly_the_limit(COMMENTS) + '#, fuzzy\nmsgid "Bremen"\nmsgstr "Brema"\n'
    assert len(text.encode()) > 4 * 1024 * 1024

    assert lines_read(text) == [
        'msgid ""',
        'msgstr "Content-Type: text/plain; charset=UTF-8\\n"',
        "#, fuzzy",
        'msgid "Bremen"',
        'msgstr "Brema"',
    ]


def test_a_string_over_many_lines_reaches_polib_on_one_line_unchanged():
    pieces = [f'part {number} \\"quoted\\" ' for number in range(20000)]
    text = (
        HEADER
        + 'msgctxt "body"\nmsgid "Bremen"\nmsgstr ""\n'
        + "".join(f'"{piece}"\n' for piece in pieces)
    )

    read = lines_read(text)
    po = polib.pofile("\n".join(read))

    assert len(read) == 5
    assert po[0].msgstr == polib.unescape("".join(pieces))
    assert po[0].msgctxt == "body"


def test_an_error_after_the_comments_names_its_line_in_the_file():
    text = HEADER + "# note\n" * 1000 + 'msgid "Bremen"\nmsgid "again"\n'
    upload_file = SimpleUploadedFile("big.po", text.encode())

    with pytest.raises(po_files.POFileError) as refused:
        po_files.parse(upload_file, translation=None)

    assert str(refused.value) == "“big.po” is not a valid PO file (error at line 1006)."


def test_a_continuation_line_after_a_comment_is_refused_with_its_line():
    text = HEADER + 'msgid "Bremen"\nmsgstr "Brema"\n#| msgid "old"\n"continued"\n'

    with pytest.raises(po_files.POFileError) as refused:
        po_files.compact(text, "odd.po")

    assert str(refused.value) == "“odd.po” is not a valid PO file (error at line 8)."


def test_a_header_of_thousands_of_lines_is_refused():
    text = 'msgid ""\nmsgstr ""\n' + '"Line without a colon\\n"\n' * 5000

    with pytest.raises(po_files.POFileError) as refused:
        po_files.compact(text, "header.po")

    assert str(refused.value) == "“header.po” is not a valid PO file (error at line 2)."


@pytest.mark.django_db
def test_a_filled_in_file_with_megabytes_of_comments_is_imported(admin_client, report):  # noqa: F811
    translation = translation_of(report, "en")
    po = download(admin_client, translation)
    for entry in po:
        entry.msgstr = f"[en] {entry.msgid}"
    room = po_files.MAX_SIZE - len(str(po).encode()) - 100
    padding = COMMENTS * (room // len(COMMENTS))
    text = str(po).replace('\nmsgctxt "', "\n" + padding + 'msgctxt "', 1)
    assert po_files.MAX_SIZE - 1000 < len(text.encode()) <= po_files.MAX_SIZE

    page = upload(admin_client, translation, text.encode())

    assert "Imported “translation.po”" in page


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_with_a_message(admin_client, report):  # noqa: F811
    translation = translation_of(report, "en")
    content = (HEADER + nearly_the_limit(COMMENTS) + COMMENTS * 100).encode()
    assert len(content) > po_files.MAX_SIZE

    page = upload(admin_client, translation, content)

    assert "The file is too large to be a PO file of one page." in page
