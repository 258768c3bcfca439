"""Search ranks the best matches first and costs the same number of queries however many pages
match (the relevance is computed once, not per candidate page)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import StandardPageFactory, english_home, translate
from tests.search.test_search import results, titles

pytestmark = pytest.mark.django_db


def filler(home, count, word="integration", start=0):
    for number in range(start, start + count):
        StandardPageFactory(
            parent=home,
            title=f"Notes {number}",
            slug=f"notes-{number}",
            intro=f"Minutes of meeting {number} on volunteering, sport and, once, {word}.",
        )


def test_the_best_match_comes_first_and_every_match_is_counted(client):
    home = english_home()
    filler(home, 12)
    StandardPageFactory(
        parent=home,
        title="Integration in practice",
        slug="integration",
        intro="Integration, integration and integration: how the city's integration works.",
    )
    StandardPageFactory(parent=home, title="Sport clubs", slug="sport", intro="Football.")

    found = titles(client, "/en/search/", q="integration")

    assert found[0] == "Integration in practice"
    assert len(found) == 10  # the first page of results
    html = client.get("/en/search/", {"q": "integration"}).content.decode()
    assert "13 results" in html
    second_page = titles(client, "/en/search/", q="integration", page=2)
    assert len(second_page) == 3
    assert not set(found) & set(second_page)
    assert "Sport clubs" not in found + second_page


def test_other_languages_and_drafts_are_not_found(client):
    home = english_home()
    page = StandardPageFactory(parent=home, title="Integration", slug="i", intro="Integration.")
    translate(home, "de", title="Willkommen", slug="home-de")
    translate(page, "de", title="Integration auf Deutsch", slug="integration")
    StandardPageFactory(parent=home, title="Integration draft", slug="d", live=False)

    assert titles(client, "/en/search/", q="integration") == ["Integration"]
    assert [link for _title, link in results(client, "/de/search/", q="integration")] == [
        "/de/integration/"
    ]


def test_a_search_costs_as_many_queries_for_5_as_for_50_matches(client):
    home = english_home()
    filler(home, 5)
    client.get("/en/search/", {"q": "integration"})
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/", {"q": "integration"})
    filler(home, 45, start=5)
    with CaptureQueriesContext(connection) as many:
        html = client.get("/en/search/", {"q": "integration"}).content.decode()

    assert "50 results" in html
    assert len(many) == len(few)


def test_sqlite_ranks_with_the_one_pass_backend():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's backend (its module needs SQLite to import)")
    from wagtail.search.backends import get_search_backend

    from search.sqlite_backend import RankedSQLiteSearchBackend

    assert isinstance(get_search_backend("default"), RankedSQLiteSearchBackend)


def test_a_title_match_ranks_above_pages_that_only_mention_the_word(client):
    home = english_home()
    filler(home, 6)
    StandardPageFactory(parent=home, title="Integration", slug="about", intro="Who we are.")

    assert titles(client, "/en/search/", q="integration")[0] == "Integration"


def test_words_split_between_title_and_text_find_the_page(client):
    home = english_home()
    StandardPageFactory(parent=home, title="Language cafés", slug="cafes", intro="For mentors.")
    StandardPageFactory(parent=home, title="Mentors", slug="mentors", intro="Volunteers.")

    assert titles(client, "/en/search/", q="language mentors") == ["Language cafés"]


def test_postgresql_ranks_in_one_query_over_an_index_of_title_and_body():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's full-text search")
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.backends import RankedPostgresSearchResults

    assert get_search_backend("default").results_class is RankedPostgresSearchResults
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'"
        )
        assert "gin" in cursor.fetchone()[0]
    # The planner setting the search changes for its one query is restored for the rest of the
    # transaction (a test runs in one).
    english_home()
    list(get_search_backend("default", LANGUAGE="en").search("integration", Page))
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
