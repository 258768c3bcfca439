"""The history of each translated text: who gave it its value, when and how (the translation
memory, a file, by hand in the editor, a suggestion, machine translation), shown on the
translation's history screen and kept in backups."""

import html
import json
import re
import tarfile
from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from home import backup
from tests.home.factories import locale
from tests.publication.factories import StudyVisitReportPageFactory
from tests.translation.test_machine_translation import StandIn, deepl, machine_translate
from tests.translation.translation_setup import (
    german_partner,
    site_in,
    submit_translation,
    translation_of,
)
from translation.models import TextHistoryEntry

pytestmark = pytest.mark.django_db

SENTENCE = "Bremen nimmt jedes Jahr viele Menschen auf."
FIRST = "Bremen takes in many people each year."
FROM_FILE = "Bremen receives many people every year."
BY_HAND = "Every year Bremen welcomes many people."


@pytest.fixture
def reports(admin_client, admin_user):
    """Two German reports with the same sentence; the first one's translated into English by
    hand, the second submitted afterwards (so the memory fills the sentence in)."""
    tree = site_in("de", "pl")
    city, first = german_partner(tree)
    submit_translation(admin_client, first, "en")
    type_in(admin_client, translation_of(first, "en"), SENTENCE, FIRST)
    second = StudyVisitReportPageFactory(
        parent=city,
        locale=locale("de"),
        title="Zweiter Besuch",
        slug="zweiter-besuch",
        context=f"<p>{SENTENCE}</p>",
    )
    submit_translation(admin_client, second, "en")
    return first, second


def segment_of(translation, text):
    return StringSegment.objects.get(source=translation.source, string__data=text)


def type_in(client, translation, text, value):
    """Types a translation of `text` into wagtail-localize's editor (its own API)."""
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment_of(translation, text).pk],
    )
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def upload_po(client, translation, text, value):
    po = polib.pofile(
        client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    for entry in po:
        if entry.msgid == text:
            entry.msgstr = value
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("t.po", str(po).encode()), "next": edit_url},
    )


def history_page(client, translation):
    response = client.get(reverse("translation_translation_history", args=[translation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def entries_of(page, text):
    """The entries shown for the original `text`: [(translation, "when · how · who")]."""
    for row in re.findall(r'<tr class="translation-history__text">(.*?)</tr>', page, re.S):
        if text in html.unescape(row):
            return [
                tuple(
                    " ".join(html.unescape(re.sub(r"<[^>]+>", " ", part)).split())
                    for part in entry
                )
                for entry in re.findall(
                    r'<li class="translation-history__entry">\s*<span[^>]*>(.*?)</span>\s*'
                    r'<span class="translation-history__meta">(.*?)</span>',
                    row,
                    re.S,
                )
            ]
    return []


def test_memory_file_and_hand_edit_each_leave_an_entry(admin_client, admin_user, reports):
    _first, second = reports
    translation = translation_of(second, "en")
    upload_po(admin_client, translation, SENTENCE, FROM_FILE)
    type_in(admin_client, translation, SENTENCE, BY_HAND)

    entries = entries_of(history_page(admin_client, translation), SENTENCE)

    assert [value for value, _meta in entries] == [FIRST, FROM_FILE, BY_HAND]
    assert "Context and challenge" in history_page(admin_client, translation)
    memory, upload, hand = (meta for _value, meta in entries)
    assert "Translation memory" in memory and memory.endswith("automatically")
    assert "File upload (PO File)" in upload and upload.endswith(admin_user.get_username())
    assert "By hand in the editor" in hand and hand.endswith(admin_user.get_username())


def test_the_same_file_uploaded_again_adds_no_entry(admin_client, reports):
    _first, second = reports
    translation = translation_of(second, "en")
    upload_po(admin_client, translation, SENTENCE, FROM_FILE)
    upload_po(admin_client, translation, SENTENCE, FROM_FILE)

    entries = entries_of(history_page(admin_client, translation), SENTENCE)

    assert [value for value, _meta in entries] == [FIRST, FROM_FILE]


def test_a_memory_suggestion_used_is_recorded_as_one(admin_client, admin_user, reports):
    first, _second = reports
    city = first.get_parent()
    third = StudyVisitReportPageFactory(
        parent=city,
        locale=locale("de"),
        title="Dritter Besuch",
        slug="dritter-besuch",
        context="<p>Bremen nimmt jedes Jahr sehr viele Menschen auf.</p>",
    )
    submit_translation(admin_client, third, "en")
    translation = translation_of(third, "en")
    segment = segment_of(translation, "Bremen nimmt jedes Jahr sehr viele Menschen auf.")
    suggestion = StringTranslation.objects.get(
        data=FIRST, context__object_id=first.translation_key
    )
    admin_client.post(
        reverse("translation_use_memory_suggestion", args=[translation.pk]),
        {"segment": segment.pk, "suggestion": suggestion.pk},
    )

    [(value, meta)] = entries_of(
        history_page(admin_client, translation), "Bremen nimmt jedes Jahr sehr viele"
    )

    assert value == FIRST
    assert "Suggestion from the translation memory" in meta
    assert meta.endswith(admin_user.get_username())


def test_the_history_is_kept_in_backups(admin_client, admin_user, reports, tmp_path):
    archive, _summary = backup.backup(tmp_path / "site.tar.gz", log=lambda *args: None)

    with tarfile.open(archive) as opened:
        data = opened.extractfile(backup.DATA).read().decode()
    kept = [
        row["fields"]
        for row in map(json.loads, data.splitlines())
        if row["model"] == "translation.texthistoryentry"
    ]
    assert sorted((fields["data"], fields["way"]) for fields in kept) == [
        (FIRST, TextHistoryEntry.EDITOR),
        (FIRST, TextHistoryEntry.MEMORY),
    ]
    assert [admin_user.get_username()] in [fields["user"] for fields in kept]


@pytest.fixture
def stand_in():
    server = StandIn()
    yield server
    server.stop()


def test_machine_translation_is_recorded_with_its_service(
    admin_client, admin_user, reports, stand_in
):
    _first, second = reports
    translation = translation_of(second, "en")

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl(stand_in.url)):
        machine_translate(admin_client, translation)

    [(value, meta)] = entries_of(history_page(admin_client, translation), "Zweiter Besuch")
    assert value == "ZWEITER BESUCH"
    assert "Machine translation (DeepL)" in meta
    assert meta.endswith(admin_user.get_username())
