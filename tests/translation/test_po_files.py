"""PO files for outside translators: a downloaded file, filled in and uploaded, becomes the
translation; a file that is not this translation's is refused with a message and changes
nothing."""

import html
import re
import subprocess

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests.partners.admin import refusal_shown
from tests.translation.translation_setup import (
    german_partner,
    partner_editor,
    publish_translation,
    site_in,
    submit_translation,
    translation_of,
)

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Studienbesuch in Bremen": "Study visit to Bremen",
    "Bremen nimmt jedes Jahr viele Menschen auf.": "Bremen receives many people every year.",
}


@pytest.fixture
def report(admin_client):
    """A German report and its city, submitted for translation into en and pl."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree)
    submit_translation(admin_client, city, "en", "pl")
    submit_translation(admin_client, report, "en", "pl")
    return report


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    return polib.pofile(response.content.decode())


def upload(client, translation, content, name="translation.po"):
    """Uploads `content` (bytes, or None for no file at all) as the translation editor does,
    and returns the page the editor is sent back to."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    data = {"next": edit_url}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content)
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data, follow=True
    )
    assert response.redirect_chain[-1][0] == edit_url
    return html.unescape(response.content.decode())


def strings():
    return sorted(StringTranslation.objects.values_list("pk", "locale_id", "data"))


def test_a_filled_in_po_file_becomes_the_translation_readers_see(
    admin_client, client, report, django_capture_on_commit_callbacks
):
    translation = translation_of(report, "en")
    po = download(admin_client, translation)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    assert set(ENGLISH) <= {entry.msgid for entry in po}
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)

    page = upload(admin_client, translation, str(po).encode())

    assert f"Imported “translation.po”: {len(po)} texts have a new or changed translation." in page
    total, translated = translation.get_progress()
    assert translated == total == len(po)
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, translation)
    english = translation.get_target_instance()
    reader = html.unescape(client.get(english.get_url()).content.decode())
    assert english.title == "Study visit to Bremen"
    assert "Bremen receives many people every year." in reader
    assert "Bremen nimmt jedes Jahr" not in reader


def test_each_text_says_where_it_is_on_the_page_in_words(admin_client):
    tree = site_in("de")
    figure = {"value": "567.000", "label": "Einwohner", "year": 2020, "source": ""}
    figures = [figure, {**figure, "value": "23", "label": "Stadtteile"}]
    city, report = german_partner(
        tree, body=[("key_figures", {"heading": "In Zahlen", "figures": figures})]
    )
    submit_translation(admin_client, city, "en")
    submit_translation(admin_client, report, "en")

    po = download(admin_client, translation_of(report, "en"))

    comments = {entry.msgid: entry.comment for entry in po}
    assert comments["Studienbesuch in Bremen"] == "Study visit report › Title"
    assert comments["In Zahlen"] == "Study visit report › Report › Key figures › Heading"
    assert comments["Stadtteile"] == (
        "Study visit report › Report › Key figures › Figures › Key figure 2 › What it counts"
    )
    # The msgctxt keeps wagtail-localize's path of block ids; the comment never shows one.
    assert any(re.search(r"[0-9a-f]{8}-", entry.msgctxt) for entry in po)
    assert not any(re.search(r"[0-9a-f]{8}-", entry.comment) for entry in po)


def test_a_second_upload_counts_only_the_texts_it_changed(admin_client, report):
    translation = translation_of(report, "en")
    po = download(admin_client, translation)
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    upload(admin_client, translation, str(po).encode())

    again = upload(admin_client, translation, str(po).encode())
    assert "Nothing changed: the translations in “translation.po” are the ones" in again

    changed = download(admin_client, translation)
    assert changed.percent_translated() == 100
    changed.find("Studienbesuch in Bremen").msgstr = "A study visit to Bremen"
    page = upload(admin_client, translation, str(changed).encode())
    assert "Imported “translation.po”: 1 text has a new or changed translation." in page
    assert StringTranslation.objects.filter(
        locale=translation.target_locale, data="A study visit to Bremen"
    ).exists()


def test_the_po_header_is_what_cat_tools_and_msgfmt_expect(
    admin_client, admin_user, report, tmp_path
):
    admin_user.first_name, admin_user.last_name = "Anna", "Nowak"
    admin_user.email = "anna@example.org"
    admin_user.save()
    translation = translation_of(report, "pl")
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert (
        response["Content-Disposition"] == 'attachment; filename="studienbesuch-in-bremen-pl.po"'
    )
    po = polib.pofile(response.content.decode())
    header = po.metadata
    assert header["Language"] == "pl"
    assert header["Project-Id-Version"] == "Welcoming Cities"
    assert header["Last-Translator"] == "Anna Nowak <anna@example.org>"
    assert header["Language-Team"] == "Welcoming Cities (Polski)"
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["Content-Transfer-Encoding"] == "8bit"
    assert header["MIME-Version"] == "1.0"
    assert header["Plural-Forms"].startswith("nplurals=3;")
    assert header["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    for name in ("POT-Creation-Date", "PO-Revision-Date"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}", header[name]), name

    for entry in po:  # checked both untranslated and translated
        entry.msgstr = entry.msgid if entry.msgid != "Studienbesuch in Bremen" else ""
    for content in (response.content, str(po).encode()):
        path = tmp_path / "file.po"
        path.write_bytes(content)
        result = subprocess.run(
            ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0
        assert result.stderr == ""


def test_msgfmt_finds_fault_with_wagtail_localizes_own_header(report, tmp_path):
    """The check above can fail: wagtail-localize's header alone is not enough for msgfmt."""
    path = tmp_path / "file.po"
    path.write_text(str(translation_of(report, "pl").export_po()))
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert "header field" in result.stderr


def other_page_file(client, report):
    return str(download(client, translation_of(report.get_parent(), "en"))).encode()


def other_language_file(client, report):
    return str(download(client, translation_of(report, "pl"))).encode()


def stale_file(client, report):
    po = download(client, translation_of(report, "en"))
    for entry in po:
        entry.msgstr = "Translated"
    po[0].msgid = "A text the page no longer has"
    return str(po).encode()


def untranslated_file(client, report):
    return str(download(client, translation_of(report, "en"))).encode()


def malformed_file(client, report):
    """A translated file in which one translation has lost its closing quote."""
    po = download(client, translation_of(report, "en"))
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    text = str(po).replace('msgstr "Study visit to Bremen"', 'msgstr "Study visit to Bremen')
    return text.encode()


BAD_FILES = {
    "no file": (lambda client, report: None, "Choose a PO file to upload."),
    "an empty file": (lambda client, report: b"", "The file is empty."),
    "a picture": (
        lambda client, report: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
        "“translation.po” is not a PO file: it is not UTF-8 text.",
    ),
    "plain text": (
        lambda client, report: b"Dear translator,\nplease find the texts attached.\n",
        "“translation.po” is not a valid PO file (error at line 1).",
    ),
    "a path instead of a file": (
        lambda client, report: b"/etc/passwd",
        "“translation.po” is not a valid PO file",
    ),
    "a malformed PO file": (
        malformed_file,
        "“translation.po” is not a valid PO file (error at line",
    ),
    "a PO file from elsewhere": (
        lambda client, report: b'msgid "Bremen"\nmsgstr "Bremen"\n',
        "This PO file was not downloaded from a translation of this site",
    ),
    "another page's file": (
        other_page_file,
        "This PO file belongs to “Bremen” in English, not to “Studienbesuch in Bremen” in "
        "English.",
    ),
    "another language's file": (
        other_language_file,
        "This PO file belongs to “Studienbesuch in Bremen” in Polski, not to "
        "“Studienbesuch in Bremen” in English.",
    ),
    "a file older than the page": (
        stale_file,
        "1 text in the file does not match the current text of “Studienbesuch in Bremen” in "
        "English; the page has changed since the file was downloaded. Nothing was imported",
    ),
    "a file with no translations": (
        untranslated_file,
        "The PO file has no translations in it: nothing was imported.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_po_file_is_refused_with_a_message_and_changes_nothing(admin_client, report, case):
    make_file, message = BAD_FILES[case]
    content = make_file(admin_client, report)
    before = strings()

    page = upload(admin_client, translation_of(report, "en"), content)

    assert message in page
    assert "Imported" not in page
    assert strings() == before


def test_a_partner_editor_cannot_upload_into_a_translation(
    admin_client, client, django_user_model, report
):
    translation = translation_of(report, "en")
    po = download(admin_client, translation)
    for entry in po:
        entry.msgstr = "Vandalised"
    client.force_login(partner_editor(django_user_model, report.get_parent()))
    before = strings()

    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("x.po", str(po).encode())},
        follow=True,
    )

    assert refusal_shown(response)
    assert strings() == before
