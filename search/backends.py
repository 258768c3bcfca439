"""Wagtail's PostgreSQL full-text search with each language stemmed by its own text-search
configuration ("Wohnungen" finds "Wohnung" on a German page, "housing" finds "houses").

Wagtail's database backend keeps one row per object in one index table and writes it with the
single SEARCH_CONFIG of the backend, so several backends with different configurations would
overwrite each other's rows. This backend instead writes each object's row with the
configuration of the object's own language (objects without a language: SEARCH_CONFIG), and
searches with the configuration of one language when given LANGUAGE (the public search, one
locale at a time) or with all of them at once otherwise (the admin, which searches every
locale). Languages PostgreSQL has no configuration for (Polish) use "simple": no stemming.

Searches ordered by relevance (the public search) are ranked in one pass, as on SQLite
(search/sqlite_backend.py): Wagtail's own query counts the matches and then sorts them for the
page shown, twice matching `title || body`, which no index of Wagtail's covers (0.5 to 4.7 s
with 50,000 pages). Here one query over the index table matches through a GIN index on that
expression (migration 0001), keeps the objects the queryset allows and computes Wagtail's rank;
the count and the page of results come from it and only the page shown is loaded. Same matches,
same order (rank, then newest first).

After switching to this backend, or changing the configurations, run `manage.py update_index`.
"""

import operator
from collections import defaultdict
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connections, transaction
from django.db.models import CharField, F
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)

from search.ranking import RankedResultsMixin

# PostgreSQL's text-search configurations for the languages the site may use.
TEXT_SEARCH_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}


class MultilingualIndex(PostgresIndex):
    """Writes each object's index row with its own language's configuration."""

    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        # Wagtail's own indexer, once per configuration.
        for config, group in by_config.items():
            PostgresIndex(PostgresSearchBackend({"SEARCH_CONFIG": config})).add_items(model, group)


class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
    """Builds the query with one language's configuration, or with all of them joined by OR."""

    def get_config(self, backend):
        return backend.query_configs()

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        tsqueries = []
        for each in config:
            tsquery = super().build_tsquery(query, config=each)
            if tsquery is not None:
                tsqueries.append(tsquery)
        return reduce(operator.or_, tsqueries) if tsqueries else None

    def ranked_pks(self, config):
        """The primary keys of every matching object of the queryset, best match first, in one
        query; None where Wagtail's own way applies (nothing to rank, a search of chosen
        fields, fuzzy matching)."""
        query = self.query
        if (
            not self.order_by_relevance
            or self.fields is not None
            or isinstance(query, MatchAll | Not | Fuzzy)
        ):
            return None
        tsquery = self.build_tsquery(query, config=config)
        if tsquery is None:
            return None
        # Wagtail's match and rank, on the index table alone: the title and body vectors
        # joined as Wagtail joins them, which the GIN index of migration 0001 covers; the
        # objects the queryset allows (language, live, public, type, city) as a subquery.
        both = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        rank = self._build_rank_expression(
            [(F("title"), F("title_norm")), (F("body"), 1.0)], config
        )
        allowed = self.queryset.order_by().values(key=Cast("pk", output_field=CharField()))
        matches = (
            IndexEntry._default_manager.annotate(vector=both)
            .filter(
                vector=tsquery,
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
                object_id__in=allowed,
            )
            .values_list("object_id", rank)
        )
        to_pk = self.queryset.model._meta.pk.to_python
        scores = {}
        for object_id, score in _through_indexes(matches):
            pk = to_pk(object_id)
            scores[pk] = max(score, scores.get(pk, score))
        # Wagtail's order: the best rank first, then the newest object (sorts are stable).
        ranked = sorted(scores, reverse=True)
        ranked.sort(key=scores.get, reverse=True)
        return ranked


def _through_indexes(queryset):
    """The rows of `queryset`, planned with sequential scans priced out. PostgreSQL's planner
    counts matching a row's joined title and body vectors as nearly free, so for a common word
    (half the table) it reads the whole index table instead of the GIN index: at 50,000 pages
    300 ms rather than 20. Only for this query: the setting is the transaction's, and restored
    when the caller's transaction goes on after it."""
    connection = connections[queryset.db]
    outer = connection.in_atomic_block
    with transaction.atomic(using=queryset.db), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
        )
        previous = cursor.fetchone()[0]
        rows = list(queryset)
        if outer:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
    return rows


class RankedPostgresSearchResults(RankedResultsMixin, PostgresSearchResults):
    pass


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search, each language with its own text-search configuration.

    Options: LANGUAGE (the language to search in; all when unset), LANGUAGE_CONFIGS (overrides
    TEXT_SEARCH_CONFIGS), SEARCH_CONFIG (for objects without a language; default "simple")."""

    query_compiler_class = MultilingualQueryCompiler
    index_class = MultilingualIndex
    results_class = RankedPostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.config = params.get("SEARCH_CONFIG") or "simple"
        self.language_configs = {**TEXT_SEARCH_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}
        self.language = params.get("LANGUAGE")

    def config_for(self, language_code):
        """The configuration a text in this language is indexed and searched with."""
        if not language_code:
            return self.config
        return self.language_configs.get(language_code.split("-")[0].lower(), "simple")

    def query_configs(self):
        """One configuration when searching one language; otherwise every configuration a
        page of the site may be indexed with, as a tuple."""
        if self.language:
            return self.config_for(self.language)
        configs = {self.config_for(code) for code, _name in settings.LANGUAGES}
        return tuple(sorted(configs | {self.config}))


SearchBackend = MultilingualPostgresSearchBackend
