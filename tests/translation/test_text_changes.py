"""What changed in an original: after the original changes and its translations are synced, each
changed text shows its old and new wording side by side, the changed words marked, beside the
translation to bring up to date."""

import html
import re

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from tests.home.factories import locale
from tests.translation.translation_setup import (
    german_partner,
    site_in,
    submit_translation,
    sync,
    translation_of,
)
from translation.changes import word_diff

pytestmark = pytest.mark.django_db

OLD = "Bremen nimmt jedes Jahr viele Menschen auf."
NEW = "Bremen nimmt jedes Jahr rund 5000 Menschen auf."
ENGLISH = "Bremen receives many people every year."


@pytest.fixture
def report(admin_client):
    """Bremen's report, its context sentence translated into English."""
    tree = site_in("de", "pl")
    _city, report = german_partner(tree)
    submit_translation(admin_client, report, "en")
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation_of(report, "en").source, string__data=OLD
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale("en"),
        context=segment.context,
        data=ENGLISH,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    return report


def change_original(report, text):
    report.context = f"<p>{text}</p>"
    report.save_revision().publish()


def changes_page(client, report):
    translation = translation_of(report, "en")
    response = client.get(reverse("translation_translation_changes", args=[translation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def rows(page):
    """Each row of the table as (before, after, translation): the HTML of each cell."""
    found = []
    for row in re.findall(r'<tr class="translation-changes__row">(.*?)</tr>', page, re.S):
        cells = dict(
            re.findall(
                r'<td class="translation-changes__(old|new|translation)"[^>]*>(.*?)</td>',
                row,
                re.S,
            )
        )
        found.append(tuple(cells[name].strip() for name in ("old", "new", "translation")))
    return found


def test_after_a_sync_the_changed_sentence_shows_before_after_and_the_translation(
    admin_client, report
):
    change_original(report, NEW)
    sync(admin_client, report, publish=False)

    page = changes_page(admin_client, report)

    [(old, new, translated)] = rows(page)
    assert old == "Bremen nimmt jedes Jahr <del>viele</del> Menschen auf."
    assert new == "Bremen nimmt jedes Jahr <ins>rund 5000</ins> Menschen auf."
    assert html.unescape(re.sub(r"<[^>]+>", "", translated)).strip() == ENGLISH
    assert "Context and challenge" in page  # the field, as the editor knows it
    assert "Not synced yet" not in page


def test_before_the_sync_the_republished_original_shows_its_changes_too(admin_client, report):
    change_original(report, NEW)

    [(old, new, _translated)] = rows(changes_page(admin_client, report))

    assert "<del>viele</del>" in old
    assert "<ins>rund 5000</ins>" in new
    assert "Not synced yet" in changes_page(admin_client, report)


def test_a_changed_text_translated_again_is_no_longer_listed(admin_client, report):
    change_original(report, NEW)
    sync(admin_client, report, publish=False)
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation_of(report, "en").source, string__data=NEW
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale("en"),
        context=segment.context,
        data="Bremen receives some 5000 people every year.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )

    page = changes_page(admin_client, report)

    assert rows(page) == []
    assert "No text of the original changed since this translation was made." in page


def test_an_unchanged_original_has_nothing_to_show(admin_client, report):
    assert rows(changes_page(admin_client, report)) == []


def test_the_marked_words_are_escaped():
    old, new = word_diff(
        "Tom &amp; Jerry <b>sagen</b> hallo", "Tom &amp; <i>Jerry</i> sagen &lt;script&gt;"
    )

    assert old == "Tom &amp; Jerry sagen <del>hallo</del>"
    assert new == "Tom &amp; Jerry sagen <ins>&lt;script&gt;</ins>"


def test_the_editor_and_the_status_table_link_to_the_changes(admin_client, report):
    translation = translation_of(report, "en")
    url = reverse("translation_translation_changes", args=[translation.pk])
    change_original(report, NEW)

    status = admin_client.get(reverse("translation_translation_status")).content.decode()
    assert f'href="{url}"' in status

    sync(admin_client, report, publish=False)
    english = translation.get_target_instance()
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert url in editor.content.decode()
    status = admin_client.get(reverse("translation_translation_status")).content.decode()
    assert f'href="{url}"' in status


def test_a_partner_editor_cannot_see_the_changes(client, django_user_model, report):
    user = django_user_model.objects.create_user("someone", "someone@example.org", "pw")
    client.force_login(user)
    translation = translation_of(report, "en")

    response = client.get(reverse("translation_translation_changes", args=[translation.pk]))

    assert response.status_code in (302, 403)
    assert OLD not in response.content.decode()
