"""A study-visit report's body: text, a chart drawn as SVG with its data table, a quote, shown on
the report, in the online publication, in search and in the API, and translated through
wagtail-localize like the rest of the report."""

import html
import re

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from home.blocks import BodyStreamBlock
from tests.home.factories import english_home
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PublicationPageFactory, StudyVisitReportPageFactory
from tests.translation.translation_setup import (
    fill_in,
    german_partner,
    publish_translation,
    site_in,
    submit_translation,
    translation_of,
)

pytestmark = pytest.mark.django_db

ENGLISH_CHART = {
    "title": "Moves from transitional shelters into flats",
    "description": "Fewer households moved once affordable flats became scarce.",
    "value_label": "Households that moved",
    "source": "Bremen social services",
    "data": [
        {"label": "Spring 2019", "value": 640},
        {"label": "Autumn 2019", "value": 1520},
        {"label": "Spring 2020", "value": 380},
    ],
}

GERMAN_CHART = {
    "title": "Umzüge aus Übergangswohnheimen in eigene Wohnungen",
    "description": "Als bezahlbare Wohnungen knapp wurden, zogen weniger Haushalte um.",
    "value_label": "Umgezogene Haushalte",
    "source": "Sozialbehörde Bremen",
    "data": [
        {"label": "Frühjahr 2019", "value": 640},
        {"label": "Herbst 2019", "value": 1520},
        {"label": "Frühjahr 2020", "value": 380},
    ],
}

GERMAN_TEXT = "Die Gäste sahen, wie Wohnungslotsen Familien beim Umzug begleiten."
ENGLISH_TEXT = "The guests saw how housing guides help families move."

# The English translator's work: every German text of the body, in English.
IN_ENGLISH = {
    GERMAN_TEXT: ENGLISH_TEXT,
    **{GERMAN_CHART[key]: ENGLISH_CHART[key] for key in GERMAN_CHART if key != "data"},
    **{
        german["label"]: english["label"]
        for german, english in zip(GERMAN_CHART["data"], ENGLISH_CHART["data"], strict=True)
    },
}


def body(chart, text, quote=None):
    """A body StreamField value: a paragraph, a chart and, if given, a quote."""
    raw = [
        {"type": "paragraph", "value": f"<p>{text}</p>"},
        {"type": "chart", "value": chart},
    ]
    if quote:
        raw.append({"type": "quote", "value": {"quote": quote, "attribution": "A guest"}})
    value = BodyStreamBlock().to_python(raw)
    # Reading the blocks stores the chart's data list as the admin saves it, each item with its
    # id; wagtail-localize leaves a list in the older id-less form untranslated.
    list(value)
    return value


def page_html(client, page):
    response = client.get(page.get_url())
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def chart_parts(markup):
    """(title, SVG bar labels, table rows as (label, value), value heading) of the one chart in
    `markup`."""
    charts = re.findall(r'<figure class="chart-block".*?</figure>', markup, re.S)
    assert len(charts) == 1, f"expected one chart, found {len(charts)}"
    chart = charts[0]
    title = re.search(r'<h3 class="chart-block__title"[^>]*>(.*?)</h3>', chart, re.S).group(1)
    svg = re.search(r"<svg.*?</svg>", chart, re.S).group(0)
    labels = re.findall(r'<text class="chart-block__label"[^>]*>(.*?)</text>', svg)
    table = re.search(r"<table.*?</table>", chart, re.S).group(0)
    rows = re.findall(
        r'<tr><th scope="row">(.*?)</th><td class="numeric">(.*?)</td></tr>', table, re.S
    )
    heading = re.search(r'<th scope="col" class="numeric">(.*?)</th>', table).group(1)
    return title.strip(), labels, rows, heading


@pytest.fixture
def bremen():
    home = english_home()
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    return CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")


def test_a_report_shows_its_body_text_chart_with_svg_and_data_table_and_quote(client, bremen):
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Three days in Bremen",
        body=body(ENGLISH_CHART, ENGLISH_TEXT, quote="Now the children have a desk."),
    )

    markup = page_html(client, report)
    title, labels, rows, heading = chart_parts(markup)

    assert ENGLISH_TEXT in markup
    assert "Now the children have a desk." in markup
    assert title == "Moves from transitional shelters into flats"
    assert labels == ["Spring 2019", "Autumn 2019", "Spring 2020"]
    assert rows == [("Spring 2019", "640"), ("Autumn 2019", "1,520"), ("Spring 2020", "380")]
    assert heading == "Households that moved"
    assert "Source: Bremen social services" in markup
    # The body is the report's main text: after the context, before the programme's place.
    assert markup.index("Context and challenge") < markup.index(ENGLISH_TEXT)


def test_a_report_without_a_body_shows_no_empty_report_section(client, bremen):
    report = StudyVisitReportPageFactory(parent=bremen)

    assert 'id="report"' not in page_html(client, report)


def test_the_online_publication_shows_a_reports_body_in_its_chapter(client, bremen):
    report = StudyVisitReportPageFactory(
        parent=bremen, title="Three days in Bremen", body=body(ENGLISH_CHART, ENGLISH_TEXT)
    )
    publication = PublicationPageFactory(
        parent=english_home(), slug="publication", chapters=[("chapter", report)]
    )

    markup = page_html(client, publication)
    chapter = re.search(r'<section id="chapter-1".*', markup, re.S).group(0)
    title, labels, rows, _heading = chart_parts(chapter)

    assert ENGLISH_TEXT in chapter
    assert title == "Moves from transitional shelters into flats"
    assert labels == ["Spring 2019", "Autumn 2019", "Spring 2020"]
    assert ("Autumn 2019", "1,520") in rows


def test_a_report_is_found_by_a_word_of_its_body(client, bremen):
    StudyVisitReportPageFactory(
        parent=bremen, title="Three days in Bremen", body=body(ENGLISH_CHART, ENGLISH_TEXT)
    )
    StudyVisitReportPageFactory(parent=bremen, title="Two days in Bremen")

    markup = client.get("/en/search/", {"q": "transitional shelters"}).content.decode()
    found = re.findall(r'class="search-result__title"><a href="[^"]*">(.*?)</a>', markup, re.S)

    assert [re.sub(r"<[^>]+>", "", title) for title in found] == ["Three days in Bremen"]


def test_the_api_serves_a_reports_body(client, bremen):
    report = StudyVisitReportPageFactory(parent=bremen, body=body(ENGLISH_CHART, ENGLISH_TEXT))

    data = client.get(f"/api/v2/pages/{report.pk}/").json()

    chart = next(block["value"] for block in data["body"] if block["type"] == "chart")
    assert chart["title"] == "Moves from transitional shelters into flats"
    assert [item["label"] for item in chart["data"]] == [
        "Spring 2019",
        "Autumn 2019",
        "Spring 2020",
    ]


@pytest.fixture
def german_report(admin_client):
    """Bremen's German report with a German chart in its body, submitted for translation into
    English."""
    tree = site_in("de")
    city, report = german_partner(tree, body=body(GERMAN_CHART, GERMAN_TEXT))
    for page in (city, report):
        submit_translation(admin_client, page, "en")
    return city, report


def test_a_reports_chart_texts_are_segments_to_translate(german_report):
    _city, report = german_report
    source = TranslationSource.objects.get(object_id=report.translation_key)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))

    assert set(IN_ENGLISH) <= texts


def test_a_translated_report_shows_its_chart_in_english(
    admin_client, client, german_report, django_capture_on_commit_callbacks
):
    city, report = german_report
    for page in (city, report):
        translation = translation_of(page, "en")
        fill_in(translation, render=lambda text: IN_ENGLISH.get(text, f"{text} (en)"))
        with django_capture_on_commit_callbacks(execute=True):
            publish_translation(admin_client, translation)
    english = translation_of(report, "en").get_target_instance()

    markup = page_html(client, english)
    title, labels, rows, heading = chart_parts(markup)

    assert ENGLISH_TEXT in markup
    assert title == "Moves from transitional shelters into flats"
    assert labels == ["Spring 2019", "Autumn 2019", "Spring 2020"]
    # The figures are the original's: numbers are not translated, only written the English way.
    assert rows == [("Spring 2019", "640"), ("Autumn 2019", "1,520"), ("Spring 2020", "380")]
    assert heading == "Households that moved"
    assert "Source: Bremen social services" in markup
    for german in ("Frühjahr 2019", "Herbst 2019", GERMAN_CHART["title"], GERMAN_TEXT):
        assert german not in markup
    # The German original still shows its own chart.
    assert chart_parts(page_html(client, report))[1] == [
        "Frühjahr 2019",
        "Herbst 2019",
        "Frühjahr 2020",
    ]


def test_a_rich_text_field_left_empty_leaves_its_section_out(client, bremen):
    """Draftail sends a field left empty as an empty paragraph: the page must not show a
    heading over nothing."""
    report = StudyVisitReportPageFactory(parent=bremen, title="Three days in Bremen")
    report.key_findings = '<p data-block-key="a1b2c"></p>'
    report.strengths = '<p data-block-key="d3e4f"> </p>'
    report.transferability = "<p>Language cafés in every district.</p>"
    report.save_revision().publish()

    report.refresh_from_db()
    markup = page_html(client, report)
    assert (report.key_findings, report.strengths) == ("", "")
    assert "Key findings" not in markup
    assert "Strengths" not in markup
    assert "What could work at home" in markup
