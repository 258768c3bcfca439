"""The glossary beside each text in the translation editor: the terms a text contains (whole
words only) with their approved translation and note, given to the editor's page and shown
beside the text by its script."""

import html
import json
import re

import pytest
from django.urls import reverse

from tests.translation.translation_setup import (
    german_partner,
    site_in,
    submit_translation,
    translation_of,
)
from translation.glossary import terms_beside_texts
from translation.models import GlossaryTerm

pytestmark = pytest.mark.django_db

WITH_TERM = "Die Integration beginnt am ersten Tag."
INSIDE_A_WORD = "Die Desintegration der Nachbarschaft ist eine Gefahr."
CONTEXT = f"<p>{WITH_TERM}</p><p>{INSIDE_A_WORD}</p>"


@pytest.fixture
def report(admin_client):
    tree = site_in("de", "pl")
    _city, report = german_partner(tree, context=CONTEXT)
    submit_translation(admin_client, report, "en", "pl")
    GlossaryTerm.objects.create(
        source_language="de",
        target_language="en",
        term="Integration",
        translation="inclusion",
        note="The network's word since 2019.",
    )
    GlossaryTerm.objects.create(
        source_language="de", target_language="pl", term="Integration", translation="integracja"
    )
    return report


def test_a_text_gets_the_terms_it_contains_as_whole_words_only(report):
    beside = terms_beside_texts(translation_of(report, "en"))

    assert beside[WITH_TERM] == [
        {
            "term": "Integration",
            "translation": "inclusion",
            "note": "The network's word since 2019.",
        }
    ]
    assert INSIDE_A_WORD not in beside
    assert len(beside) == 1


def test_the_terms_are_those_of_the_translations_language(report):
    assert terms_beside_texts(translation_of(report, "pl"))[WITH_TERM] == [
        {"term": "Integration", "translation": "integracja", "note": ""}
    ]


def test_the_editor_page_carries_the_terms_and_the_script(admin_client, report):
    english = translation_of(report, "en").get_target_instance()

    page = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()

    found = re.search(
        r'<script id="translation-glossary-terms" type="application/json">(.*?)</script>',
        page,
        re.S,
    )
    assert json.loads(found.group(1))["texts"] == {
        WITH_TERM: [
            {
                "term": "Integration",
                "translation": "inclusion",
                "note": "The network's word since 2019.",
            }
        ]
    }
    assert re.search(r'<script src="[^"]*js/translation-glossary\.js" defer>', page)
    # The editor shows exactly these texts, which the script looks for.
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', page).group(1)))
    assert WITH_TERM in [segment.get("source") for segment in props["segments"]]
