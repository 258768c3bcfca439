"""Wagtail's PostgreSQL full-text search with each language stemmed by its own text-search
configuration ("Wohnungen" finds "Wohnung" on a German page, "housing" finds "houses").

Wagtail's database backend keeps one row per object in one index table and writes it with the
single SEARCH_CONFIG of the backend, so several backends with different configurations would
overwrite each other's rows. This backend instead writes each object's row with the
configuration of the object's own language (objects without a language: SEARCH_CONFIG), and
searches with the configuration of one language when given LANGUAGE (the public search, one
locale at a time) or with all of them at once otherwise (the admin, which searches every
locale). Languages PostgreSQL has no configuration for (Polish) use "simple": no stemming.

After switching to this backend, or changing the configurations, run `manage.py update_index`.
"""

import operator
from collections import defaultdict
from functools import reduce

from django.conf import settings
from wagtail.models import Locale
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

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


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search, each language with its own text-search configuration.

    Options: LANGUAGE (the language to search in; all when unset), LANGUAGE_CONFIGS (overrides
    TEXT_SEARCH_CONFIGS), SEARCH_CONFIG (for objects without a language; default "simple")."""

    query_compiler_class = MultilingualQueryCompiler
    index_class = MultilingualIndex

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
