"""The network's glossary: Gdańsk editors keep approved translations of its terms per pair of
languages; the translation editor's glossary view marks them in the original and flags a
translation that does not use them; partners can neither edit it nor open the view."""

import html

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from partners import roles
from tests.partners.admin import refusal_shown
from tests.translation.translation_setup import (
    german_partner,
    partner_editor,
    site_in,
    submit_translation,
    translation_of,
)
from translation import glossary
from translation.checks import GLOSSARY, check_translation
from translation.models import GlossaryTerm

pytestmark = pytest.mark.django_db

MODEL_DE = "Danziger Modell"
MODEL_EN = "Immigrant Integration Model"
CONTEXT = f"<p>Bremen lernt vom {MODEL_DE} und seinen elf Bereichen.</p>"


def term(term=MODEL_DE, translation=MODEL_EN, source="de", target="en", **fields):
    return GlossaryTerm.objects.create(
        source_language=source,
        target_language=target,
        term=term,
        translation=translation,
        **fields,
    )


def translate_text(page, text, translated, code="en"):
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation_of(page, code).source, string__data=text
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation_of(page, code).target_locale,
        context=segment.context,
        defaults={"data": translated},
    )


@pytest.fixture
def bremen(admin_client):
    """Bremen's German report naming the Model, submitted for translation into English."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree, context=CONTEXT)
    submit_translation(admin_client, report, "en")
    term()
    return {"city": city, "report": report, "translation": translation_of(report, "en")}


def glossary_view(client, translation):
    return client.get(reverse("translation_translation_glossary", args=[translation.pk]))


def test_a_term_is_unique_per_pair_of_languages_whatever_its_case():
    term()
    term(target="pl", translation="Model Integracji Imigrantów")

    duplicate = GlossaryTerm(
        source_language="de", target_language="en", term="danziger modell", translation="x"
    )
    with pytest.raises(ValidationError, match="already in the glossary"):
        duplicate.full_clean()


def test_a_term_translates_into_another_language():
    same = GlossaryTerm(source_language="de", target_language="de", term="a", translation="b")
    with pytest.raises(ValidationError, match="must differ"):
        same.full_clean()


def test_terms_are_found_as_whole_words_whatever_their_case_longest_first():
    term()
    term(term="Modell", translation="model")
    terms = glossary.terms("de", "en")
    text = "Das danziger Modell und ein Modell, nicht das Modellprojekt."

    found = glossary.find_terms(text, terms)

    assert [(match.term, match.translation) for match in found] == [
        ("danziger Modell", MODEL_EN),
        ("Modell", "model"),
    ]


def test_a_translation_that_ignores_a_glossary_term_is_flagged(bremen):
    translate_text(
        bremen["report"],
        f"Bremen lernt vom {MODEL_DE} und seinen elf Bereichen.",
        "Bremen learns from the Gdańsk model and its eleven areas.",
    )

    warnings = [w for w in check_translation(bremen["translation"]) if w.kind == GLOSSARY]

    assert len(warnings) == 1
    assert warnings[0].field == "Context and challenge"
    assert warnings[0].message == (f"“{MODEL_DE}” is translated as “{MODEL_EN}” in the glossary.")


def test_a_translation_that_uses_the_approved_term_is_not_flagged(bremen):
    translate_text(
        bremen["report"],
        f"Bremen lernt vom {MODEL_DE} und seinen elf Bereichen.",
        f"Bremen learns from the {MODEL_EN} and its eleven areas.",
    )

    assert not [w for w in check_translation(bremen["translation"]) if w.kind == GLOSSARY]


def test_the_glossary_view_marks_terms_with_their_approved_translation(admin_client, bremen):
    translate_text(
        bremen["report"],
        f"Bremen lernt vom {MODEL_DE} und seinen elf Bereichen.",
        "Bremen learns from the Gdańsk model and its eleven areas.",
    )

    response = glossary_view(admin_client, bremen["translation"])

    assert response.status_code == 200
    body = response.content.decode()
    assert (
        f'<mark class="glossary__term" title="{MODEL_EN}">{MODEL_DE}</mark>'
        f' <span class="glossary__approved">→ {MODEL_EN}</span>'
    ) in body
    assert f"Does not use “{MODEL_EN}” for “{MODEL_DE}”." in html.unescape(body)
    terms_url = reverse("wagtailsnippets_translation_glossaryterm:list")
    assert f"{terms_url}?source_language=de&amp;target_language=en" in body


def test_the_translation_editor_links_to_the_glossary_and_the_checks(admin_client, bremen):
    english = bremen["translation"].get_target_instance()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    body = html.unescape(response.content.decode())
    assert reverse("translation_translation_glossary", args=[bremen["translation"].pk]) in body
    assert reverse("translation_translation_checks", args=[bremen["translation"].pk]) in body


def test_gdansk_editors_keep_the_glossary(client, django_user_model):
    editors, _changes = roles.ensure_gdansk_editors()
    user = django_user_model.objects.create_user("coordinator", "c@example.org", "pw")
    user.groups.add(editors)
    client.force_login(user)

    response = client.post(
        reverse("wagtailsnippets_translation_glossaryterm:add"),
        {
            "source_language": "nl",
            "target_language": "en",
            "term": "Integratiemodel voor Immigranten",
            "translation": MODEL_EN,
            "note": "",
        },
    )

    assert response.status_code == 302
    assert GlossaryTerm.objects.get(source_language="nl").translation == MODEL_EN
    listing = client.get(
        reverse("wagtailsnippets_translation_glossaryterm:list"), {"source_language": "nl"}
    )
    assert "Integratiemodel voor Immigranten" in listing.content.decode()


def test_the_migrations_give_the_gdansk_editors_the_glossary():
    """Databases made before the glossary get its permissions through a data migration."""
    editors = Group.objects.get(name=roles.GDANSK_EDITORS)

    assert set(
        editors.permissions.filter(content_type__model="glossaryterm").values_list(
            "codename", flat=True
        )
    ) == {"add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"}


def test_partners_can_neither_edit_the_glossary_nor_open_its_view(
    client, django_user_model, bremen
):
    existing = term(target="pl", translation="Model Integracji Imigrantów")
    client.force_login(partner_editor(django_user_model, bremen["city"]))

    client.post(
        reverse("wagtailsnippets_translation_glossaryterm:add"),
        {"source_language": "nl", "target_language": "en", "term": "x", "translation": "y"},
    )
    client.post(
        reverse("wagtailsnippets_translation_glossaryterm:edit", args=[existing.pk]),
        {"source_language": "de", "target_language": "pl", "term": "x", "translation": "y"},
    )
    listing = client.get(reverse("wagtailsnippets_translation_glossaryterm:list"))

    assert not GlossaryTerm.objects.filter(term="x").exists()
    assert MODEL_EN not in listing.content.decode()
    response = client.get(
        reverse("translation_translation_glossary", args=[bremen["translation"].pk]), follow=True
    )
    assert refusal_shown(response)
    assert MODEL_EN not in html.unescape(response.content.decode())
