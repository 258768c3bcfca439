"""The publication as a PDF: one document per language with the chapters in that language, made
once per published version, and a clear 503 where the server cannot make PDFs."""

import io
import os
import re
import threading

import pytest
from django.core.cache import cache
from django_tasks_db.models import DBTaskResult

from home.blocks import BodyStreamBlock
from partners.models import CityProfilePage
from publication import pdf
from publication.models import StudyVisitReportPage
from publication.pdf import PublicationPDF
from tests.home.factories import english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PublicationPageFactory,
    StudyVisitReportPageFactory,
)
from tests.worker import run_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def needs_pdf():
    """Skip where this machine cannot make PDFs (no Pango or fonts), except in CI."""
    reason = pdf.unavailable_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PDF generation must work in CI: {reason}")
        pytest.skip(str(reason))


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publication():
    """A publication in English and Polish with a report and a practice translated into
    Polish, and a practice whose Polish translation is only a draft."""
    home = english_home()
    cities = CityIndexPageFactory(parent=home, slug="cities")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    report = StudyVisitReportPageFactory(
        parent=bremen, title="Three days in Bremen", slug="three-days-in-bremen"
    )
    practice = PracticeArticlePageFactory(
        parent=bremen, title="A desk for newcomers", slug="a-desk-for-newcomers"
    )
    untranslated = PracticeArticlePageFactory(
        parent=bremen, title="Football for everyone", slug="football-for-everyone"
    )
    publication = PublicationPageFactory(
        parent=home,
        title="What we learnt",
        slug="publication",
        chapters=[("chapter", report), ("chapter", practice), ("chapter", untranslated)],
    )
    translate(home, "pl", title="Witamy", slug="home-pl")
    translate(cities, "pl", title="Miasta", slug="miasta")
    translate(bremen, "pl", title="Brema", slug="brema")
    translate(report, "pl", title="Trzy dni w Bremie", slug="trzy-dni-w-bremie")
    translate(practice, "pl", title="Punkt dla przybyszów", slug="punkt-dla-przybyszow")
    translate(untranslated, "pl", title="Szkic o piłce nożnej", slug="szkic", live=False)
    translate(publication, "pl", title="Czego się nauczyliśmy", slug="publikacja")
    return publication


@pytest.fixture
def download(client, django_capture_on_commit_callbacks):
    """Ask for a PDF as a reader does; where it is not made yet, let the worker make it and ask
    again."""

    def download(url):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.get(url)
        if response.status_code == 503 and response.has_header("Retry-After"):
            run_worker()
            response = client.get(url)
        return response

    return download


def pdf_text(response):
    """The text of every page of a PDF response, whitespace collapsed."""
    from pypdf import PdfReader

    content = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_english_pdf_has_the_english_chapters_and_not_the_polish(download, publication, needs_pdf):
    response = download("/en/publication/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="welcoming-cities-en.pdf"' in response["Content-Disposition"]
    text = pdf_text(response)
    assert "What we learnt" in text
    assert "Contents" in text
    for title in ("Three days in Bremen", "A desk for newcomers", "Football for everyone"):
        assert title in text
    for title in ("Trzy dni w Bremie", "Punkt dla przybyszów", "Spis treści"):
        assert title not in text


def test_polish_pdf_has_the_polish_chapters_and_the_untranslated_one_in_its_original(
    download, publication, needs_pdf
):
    response = download("/pl/publikacja/pdf/")

    assert response.status_code == 200
    assert 'filename="welcoming-cities-pl.pdf"' in response["Content-Disposition"]
    text = pdf_text(response)
    assert "Czego się nauczyliśmy" in text
    assert "Spis treści" in text
    assert "Trzy dni w Bremie" in text
    assert "Punkt dla przybyszów" in text
    assert "Three days in Bremen" not in text
    assert "A desk for newcomers" not in text
    # Its Polish translation is a draft: the reader gets the original, said to be one.
    assert "Football for everyone" in text
    assert "Jeszcze nieprzetłumaczone" in text
    assert "Szkic o piłce nożnej" not in text


def test_the_pdf_is_tagged_for_screen_readers_with_its_language_and_the_eu_emblem(
    download, publication, needs_pdf
):
    from pypdf import PdfReader

    response = download("/pl/publikacja/pdf/")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(content))
    catalog = reader.trailer["/Root"]

    assert bool(catalog["/MarkInfo"]["/Marked"]), "a tagged PDF"
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "pl"
    assert reader.metadata.title == "Czego się nauczyliśmy"
    # The cover's EU emblem is a figure with its alternative text in the structure.
    assert "Flaga Unii Europejskiej" in alternative_texts(catalog["/StructTreeRoot"])


def test_the_pdf_names_the_public_address(download, publication, needs_pdf, settings):
    settings.PUBLIC_URL = "https://welcomingcities.example.org"

    text = pdf_text(download("/en/publication/pdf/"))

    assert "https://welcomingcities.example.org/en/publication/" in text
    assert "localhost" not in text


def test_a_report_and_a_practice_download_as_pdfs_in_the_readers_language(
    client, download, publication, needs_pdf
):
    from pypdf import PdfReader

    page = client.get("/pl/miasta/brema/trzy-dni-w-bremie/").content.decode()
    assert 'href="/pl/miasta/brema/trzy-dni-w-bremie/pdf/"' in page

    response = download("/pl/miasta/brema/trzy-dni-w-bremie/pdf/")
    assert response.status_code == 200
    assert 'filename="trzy-dni-w-bremie-pl.pdf"' in response["Content-Disposition"]
    text = pdf_text(response)
    assert "Trzy dni w Bremie" in text
    assert "RAPORT Z WIZYTY STUDYJNEJ" in text  # the page type, in Polish
    assert "Three days in Bremen" not in text
    assert "Rozdział" not in text, "one page is no chapter"

    response = download("/en/cities/bremen/a-desk-for-newcomers/pdf/")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(content))
    assert "A desk for newcomers" in reader.pages[0].extract_text()
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en" and "/StructTreeRoot" in catalog


def test_a_city_profile_downloads_as_a_tagged_pdf_in_the_readers_language(
    client, download, publication, needs_pdf
):
    from pypdf import PdfReader

    bremen = CityProfilePage.objects.get(slug="brema")
    bremen.key_figures = [
        ("figure", {"measure": "population", "value": "567 tys.", "label": "mieszkańców"})
    ]
    bremen.key_findings = "<p>Integracja zaczyna się w dzielnicach.</p>"
    bremen.save_revision().publish()

    page = client.get("/pl/miasta/brema/").content.decode()
    assert 'href="/pl/miasta/brema/pdf/"' in page

    response = download("/pl/miasta/brema/pdf/")
    assert response.status_code == 200
    assert 'filename="brema-pl.pdf"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(content))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "Brema" in text and "PROFIL MIASTA" in text
    assert "567 tys. mieszkańców" in text
    assert "Integracja zaczyna się w dzielnicach." in text
    assert "Bremen" not in text.replace("https://", "")
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "pl" and "/StructTreeRoot" in catalog
    assert "Flaga Unii Europejskiej" in alternative_texts(catalog["/StructTreeRoot"])


def alternative_texts(element, seen=None):
    """Every /Alt of a PDF structure tree."""
    seen = set() if seen is None else seen
    found = []
    if hasattr(element, "idnum"):
        if element.idnum in seen:
            return found
        seen.add(element.idnum)
    element = element.get_object() if hasattr(element, "get_object") else element
    if isinstance(element, dict):
        if "/Alt" in element:
            found.append(str(element["/Alt"]))
        for key in ("/K",):
            if key in element:
                found += alternative_texts(element[key], seen)
    elif isinstance(element, list):
        for item in element:
            found += alternative_texts(item, seen)
    return found


def test_greek_and_polish_letters_survive_into_the_pdf(download, publication, needs_pdf):
    publication.title = "Τι μάθαμε: Gdańsk, Łódź"
    publication.save_revision().publish()

    text = pdf_text(download("/en/publication/pdf/"))

    assert "Τι μάθαμε: Gdańsk, Łódź" in text


def test_a_reports_body_with_its_chart_and_data_table_is_in_the_pdf(
    download, publication, needs_pdf
):
    report = StudyVisitReportPage.objects.get(title="Three days in Bremen")
    report.body = BodyStreamBlock().to_python(
        [
            {"type": "paragraph", "value": "<p>Housing guides help families move.</p>"},
            {
                "type": "chart",
                "value": {
                    "title": "Moves into flats of their own",
                    "value_label": "Households",
                    "data": [
                        {"label": "Spring 2019", "value": 640},
                        {"label": "Autumn 2019", "value": 1520},
                    ],
                },
            },
        ]
    )
    report.save_revision().publish()

    text = pdf_text(download("/en/publication/pdf/"))

    assert "Housing guides help families move." in text
    assert "Moves into flats of their own" in text
    assert "Spring 2019 640" in text
    assert "Autumn 2019 1,520" in text


@pytest.fixture
def renders(monkeypatch):
    """The pages a PDF was rendered for."""
    made = []
    render = pdf.render_pdf

    def counting_render(*args, **kwargs):
        made.append(args[0].pk)
        return render(*args, **kwargs)

    monkeypatch.setattr(pdf, "render_pdf", counting_render)
    return made


def test_a_reader_never_waits_for_a_pdf_to_be_made(
    client, publication, needs_pdf, renders, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get("/en/publication/pdf/")

    assert first.status_code == 503
    assert "being prepared" in first.content.decode()
    assert int(first["Retry-After"]) > 0
    assert renders == []

    run_worker()
    second = client.get("/en/publication/pdf/")

    assert second.status_code == 200
    assert "Three days in Bremen" in pdf_text(second)
    assert len(renders) == 1


def test_publishing_queues_the_pdfs_and_readers_get_the_previous_one_meanwhile(
    client, download, publication, needs_pdf, renders, django_capture_on_commit_callbacks
):
    download("/en/publication/pdf/")
    assert len(renders) == 1
    again = client.get("/en/publication/pdf/")
    assert "Three days in Bremen" in pdf_text(again)
    assert len(renders) == 1  # made once per published version

    report = publication.get_chapters()[0]
    report.title = "Three days in Bremen, revised"
    with django_capture_on_commit_callbacks(execute=True):
        report.save_revision().publish()
        meanwhile = client.get("/en/publication/pdf/")

    # Queued by the publish, for every language; the reader gets the previous document.
    assert meanwhile.status_code == 200
    assert "revised" not in pdf_text(meanwhile)
    assert len(renders) == 1

    run_worker()
    assert len(renders) == 4  # the English and the Polish publication, the report's own
    assert "Three days in Bremen, revised" in pdf_text(client.get("/en/publication/pdf/"))
    assert len(renders) == 4


def test_a_version_is_queued_once_however_often_it_is_asked_for(publication, needs_pdf):
    PublicationPDF.objects.all().delete()
    DBTaskResult.objects.all().delete()

    first = pdf.request_build(publication)
    again = [pdf.request_build(publication) for _ in range(3)]

    assert {record.pk for record in again} == {first.pk}
    assert PublicationPDF.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_requests_queue_one_build_and_render_nothing(
    live_server, publication, needs_pdf, renders
):
    from django.db import connection

    if connection.vendor == "sqlite":
        # The test server shares the test's one in-memory SQLite connection between its
        # threads, which SQLite does not support; PostgreSQL gives each request its own.
        pytest.skip("simultaneous requests need a database with a connection per thread")
    import urllib.error
    import urllib.request

    url = live_server.url + "/en/publication/pdf/"
    answers = []
    # What publishing the fixture's pages queued is forgotten: the readers come first.
    PublicationPDF.objects.all().delete()
    DBTaskResult.objects.all().delete()

    def ask():
        try:
            urllib.request.urlopen(url, timeout=30)  # noqa: S310 - local test server
        except urllib.error.HTTPError as error:
            answers.append((error.code, error.headers.get("Retry-After")))

    readers = [threading.Thread(target=ask) for _ in range(8)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()

    assert len(answers) == 8 and all(code == 503 and retry for code, retry in answers)
    assert renders == []
    assert PublicationPDF.objects.filter(page=publication).count() == 1
    assert DBTaskResult.objects.count() == 1

    run_worker()
    assert len(renders) == 1


def test_without_the_pdf_library_the_link_explains_and_the_pdf_answers_503(
    client, publication, monkeypatch
):
    monkeypatch.setattr(pdf, "unavailable_reason", lambda: pdf.LIBRARY_MISSING)

    page = client.get("/en/publication/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Download the publication as PDF" not in html
    assert "WeasyPrint" in html and "not available on this server" in html

    response = client.get("/en/publication/pdf/")
    assert response.status_code == 503
    body = response.content.decode()
    assert "not available on this server" in body
    assert 'href="/en/publication/"' in body


def test_a_failed_generation_is_a_503_with_a_message_not_a_500(
    download, publication, monkeypatch, needs_pdf
):
    def broken(*args, **kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf, "render_pdf", broken)

    response = download("/en/publication/pdf/")

    assert response.status_code == 503
    assert "could not be generated" in response.content.decode()


def test_the_publication_page_links_to_its_pdf_in_its_language(client, publication, needs_pdf):
    html = client.get("/pl/publikacja/").content.decode()

    assert re.search(r'<a [^>]*href="/pl/publikacja/pdf/"[^>]*hreflang="pl"', html)


def test_a_draft_publication_has_no_pdf(client, publication):
    publication.unpublish()

    assert client.get("/en/publication/pdf/").status_code == 404
