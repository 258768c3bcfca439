"""Wagtail's SQLite full-text search (FTS5), ranking the matches in one pass.

Wagtail's own SQLite backend orders the results by a relevance score that it computes in a
correlated subquery: the FTS5 match runs again for every candidate page, so one search for a
common word over 5,000 reports and practices in six languages took about 26 s. Here the match
runs once: every matching index entry with its BM25 score in one query, the pages the reader may
see among them in a second (the FTS match as a subquery of the page filter: language, live,
public, type, city), ordered by score in Python and cut to the page of results asked for; only
that page's objects are then loaded. Relevance order is the same BM25 order as Wagtail's.

Everything else (indexing, autocomplete, searches that are not ordered by relevance) is
Wagtail's."""

from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.ranking import RankedResultsMixin


class RankedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def ranked_pks(self, config):
        """The primary keys of every matching object of the queryset, best match first; None
        where Wagtail's own way applies (nothing to rank)."""
        query = normalize(self.query)
        if not self.order_by_relevance or isinstance(query, MatchAll | Not):
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        entries = SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
        )
        scores = {}
        # BM25 is negative: the lower, the better the match.
        for object_id, score in entries.annotate(score=BM25()).values_list(
            "index_entry__object_id", "score"
        ):
            key = str(object_id)
            scores[key] = min(score, scores.get(key, score))
        visible = self.queryset.filter(
            pk__in=entries.values_list("index_entry__object_id", flat=True)
        ).values_list("pk", flat=True)
        return sorted(visible, key=lambda pk: (scores.get(str(pk), 0.0), -pk))


class RankedSQLiteSearchResults(RankedResultsMixin, SQLiteSearchResults):
    pass


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteSearchQueryCompiler
    results_class = RankedSQLiteSearchResults


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """Ours where SQLite has FTS5 and its index table, Wagtail's choice otherwise."""
    from wagtail.search.backends.database import SearchBackend as wagtail_backend

    backend = wagtail_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return RankedSQLiteSearchBackend(params)
    return backend
