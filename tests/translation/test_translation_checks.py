"""Checks before a translation goes live: numbers, dates, links and formatting kept from the
original whatever the language's way of writing them, texts left empty or untranslated, lengths
far from the original's; shown in a Checks view and counted after publishing, never blocking."""

import html

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.partners.admin import refusal_shown
from tests.translation.translation_setup import (
    fill_in,
    german_partner,
    partner_editor,
    publish_translation,
    site_in,
    submit_translation,
    translation_of,
)
from translation.checks import (
    DATE,
    EMPTY,
    LENGTH,
    LINK,
    MARKUP,
    NUMBER,
    UNTRANSLATED,
    check_segment,
    check_translation,
)

PEOPLE = "1.200 Menschen kamen in die Beratung"
LINKED = 'Mehr bei der <a href="https://www.bremen.de/">Stadt Bremen</a> und beim Verein.'
TRANSLATED = {
    PEOPLE: "1,300 people came to the advice centre",
    'Mehr bei der <a id="a1">Stadt Bremen</a> und beim Verein.': (
        "More from the city of Bremen and the association."
    ),
}


def kinds(source, translated, attrs=None):
    return [kind for kind, _message in check_segment(source, translated, attrs)]


def kinds_at(path, source, translated):
    return [kind for kind, _message in check_segment(source, translated, path=path)]


def test_a_number_written_the_languages_way_is_the_same_number():
    assert kinds(PEOPLE, "1,200 people came to the advice centre") == []
    assert kinds("1 200 osób przyszło do poradni", "1.200 Menschen kamen in die Beratung") == []
    assert kinds("Es waren 3,5 Prozent", "It was 3.5 per cent") == []


def test_a_changed_number_is_flagged_with_both_ways_of_writing_it():
    [(kind, message)] = check_segment(PEOPLE, "1,300 people came to the advice centre")

    assert kind == NUMBER
    assert message == "Numbers differ: 1.200 in the original, 1,300 in the translation."


def test_dates_compare_by_the_day_they_name():
    assert kinds("Am 22.03.2021 in Bremen", "In Bremen on 22 March 2021") == []
    assert kinds("22 marca 2021 w Gdańsku", "In Gdańsk on March 22, 2021") == []
    assert kinds("Am 22.03.2021 in Bremen", "In Bremen on 23 March 2021") == [DATE]


def test_lost_links_and_formatting_are_flagged():
    attrs = {"a1": {"href": "https://www.bremen.de/"}}
    source = 'Mehr bei der <a id="a1">Stadt Bremen</a> und <b>beim Verein</b>.'

    found = check_segment(source, "More from the city of Bremen and the association.", attrs)

    assert found == [
        (LINK, "The link to https://www.bremen.de/ is missing in the translation."),
        (MARKUP, "Formatting differs: <b> in the original, none in the translation."),
    ]
    kept = 'More from the <a id="a1">city of Bremen</a> and <b>the association</b>.'
    assert check_segment(source, kept, attrs) == []


def test_empty_untranslated_and_far_too_short_texts_are_flagged():
    assert kinds(PEOPLE, None) == [EMPTY]
    assert kinds(PEOPLE, "  ") == [EMPTY]
    assert kinds(PEOPLE, PEOPLE) == [UNTRANSLATED]
    assert kinds("2021", "2021") == []
    assert kinds(PEOPLE, "1.200 people") == [LENGTH]
    assert kinds("Bremen", "B") == []


def test_a_slug_may_carry_the_numbers_of_the_original_slug_or_title():
    # A slug made from the translated title has the title's year; one typed may leave numbers
    # out; its digits are parts of an address, not dates.
    title = "Studienbesuch in Bremen, 22.–24. März 2021"
    for original in ("studienbesuch-bremen", "studienbesuch-bremen-22-24-maerz-2021"):
        found = check_segment(original, "wizyta-studyjna-brema-2021", path="slug", title=title)
        assert found == []
    assert check_segment("besuch-2021-03-22", "wizyta-22-03-2021", path="slug") == []


def test_a_slug_with_a_number_neither_the_original_slug_nor_title_has_is_flagged():
    found = check_segment(
        "studienbesuch-bremen-2021",
        "wizyta-studyjna-brema-2020",
        path="slug",
        title="Studienbesuch in Bremen 2021",
    )

    assert found == [(NUMBER, "Numbers differ: 2021 in the original, 2020 in the translation.")]


def test_names_are_the_same_in_every_language_where_a_field_holds_names():
    for path in ("authors", "contact_name", "body.0f6e.attribution", "gallery.9ab1.credit"):
        assert (
            check_segment(
                "Anna Müller, Jan van der Berg", "Anna Müller, Jan van der Berg", path=path
            )
            == []
        )
    for path, name in (
        ("key_figures.1a2b.source", "ISTAT"),
        ("programme.5e6f.place", "Palazzo d'Accursio, Piazza Maggiore 6"),
    ):
        assert kinds_at(path, name, name) == []
    # A sentence left untranslated in a field of names, or a name anywhere else, is still seen.
    left = "Projektteam der Stadt Bremen, gemeinsam mit dem Senat"
    assert kinds_at("authors", left, left) == [UNTRANSLATED]
    assert kinds_at("summary", "Anna Müller", "Anna Müller") == [UNTRANSLATED]


def test_a_short_label_is_not_measured_by_its_length_but_a_sentence_is():
    assert kinds("Einwohnerinnen und Einwohner", "residents") == []
    assert kinds("Geflüchtete", "Uchodźcy i osoby ubiegające się o ochronę") == []
    assert kinds("Illustrative Werte zur Veranschaulichung", "Illustrative values") == []
    assert kinds(PEOPLE, "1.200 people") == [LENGTH]
    assert kinds("Wir trafen Vereine, Schulen und Ämter.", "We met.") == [LENGTH]


POLISH = {
    "Studienbesuch in Bremen 2021": "Wizyta studyjna w Bremie 2021",
    "studienbesuch-bremen": "wizyta-studyjna-brema-2021",
    "Anna Müller, Jan van der Berg": "Anna Müller, Jan van der Berg",
    "Einwohnerinnen und Einwohner": "mieszkańcy",
}


@pytest.mark.django_db
def test_a_finished_translation_gets_no_false_alarms(admin_client):
    """The slug made from the translated title (with its year), the authors' names and a short
    label translated by one word are all in order."""
    tree = site_in("de", "pl")
    figure = {
        "value": "567.000",
        "label": "Einwohnerinnen und Einwohner",
        "year": 2020,
        "source": "",
    }
    city, report = german_partner(
        tree,
        title="Studienbesuch in Bremen 2021",
        slug="studienbesuch-bremen",
        authors="Anna Müller, Jan van der Berg",
        body=[("key_figures", {"heading": "", "figures": [figure]})],
    )
    for page in (city, report):
        submit_translation(admin_client, page, "pl")
    translation = translation_of(report, "pl")
    fill_in(translation, render=lambda text: POLISH.get(text, f"{text} (pl)"))

    assert check_translation(translation) == []

    # The real problems are still seen, in the field named as the editor knows it.
    fill_in(
        translation,
        render=lambda text: (
            "mieszkańcy 2019" if "Einwohner" in text else POLISH.get(text, f"{text} (pl)")
        ),
    )
    [warning] = check_translation(translation)
    assert warning.kind == NUMBER
    assert warning.field == "Report › Key figures › Figures › Key figure 1 › What it counts"


@pytest.fixture
def bremen(admin_client):
    """Bremen's report, its context translated with a changed number and a lost link."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree, context=f"<p>{PEOPLE}</p><p>{LINKED}</p>")
    for page in (city, report):
        submit_translation(admin_client, page, "en")
    translation = translation_of(report, "en")
    fill_in(translation, render=lambda text: TRANSLATED.get(text, f"{text} (en)"))
    return {"city": city, "report": report, "translation": translation}


@pytest.mark.django_db
def test_check_translation_names_the_field_and_the_texts(bremen):
    warnings = check_translation(bremen["translation"])

    found = {(w.field, w.kind) for w in warnings}
    assert ("Context and challenge", NUMBER) in found
    assert ("Context and challenge", LINK) in found
    number = next(w for w in warnings if w.kind == NUMBER)
    assert number.source == PEOPLE
    assert number.translation == "1,300 people came to the advice centre"
    assert str(number.kind_label) == "Numbers"


@pytest.mark.django_db
def test_the_checks_view_lists_the_warnings(admin_client, bremen):
    response = admin_client.get(
        reverse("translation_translation_checks", args=[bremen["translation"].pk])
    )

    text = html.unescape(response.content.decode())
    assert "Numbers differ: 1.200 in the original, 1,300 in the translation." in text
    assert "The link to https://www.bremen.de/ is missing in the translation." in text


@pytest.mark.django_db
def test_publishing_says_how_many_warnings_the_checks_give_and_links_to_them(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    count = len(check_translation(bremen["translation"]))
    assert count >= 2

    city = translation_of(bremen["city"], "en")
    fill_in(city)
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, city)
        response = publish_translation(admin_client, bremen["translation"])

    english = bremen["translation"].get_target_instance()
    assert english.live
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    [message] = [text for text in messages if "from the checks" in text]
    assert message.startswith(f"Published with {count} warnings from the checks.")
    checks_url = reverse("translation_translation_checks", args=[bremen["translation"].pk])
    assert f'href="{checks_url}"' in message
    assert "See them" in message


@pytest.mark.django_db
def test_partners_cannot_open_the_checks(client, django_user_model, bremen):
    client.force_login(partner_editor(django_user_model, bremen["city"]))

    response = client.get(
        reverse("translation_translation_checks", args=[bremen["translation"].pk]), follow=True
    )

    assert refusal_shown(response)
    assert "Numbers differ" not in html.unescape(response.content.decode())
