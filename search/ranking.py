"""Search results ranked in one pass, for the database backends of search/: the query compiler
gives the primary keys of every match the queryset allows, best first (`ranked_pks`, one query
at most, kept on the compiler that the count and each page of results share); the count is
their number and only the page of results asked for is loaded. Searches the compiler leaves to
Wagtail (`ranked_pks` is None or missing: autocomplete, no relevance order, a score asked for)
run as Wagtail runs them."""

from django.db.models import Case, IntegerField, Value, When


class RankedResultsMixin:
    def _ranked(self):
        compiler = self.query_compiler
        if not hasattr(compiler, "_ranked"):
            ranked_pks = getattr(compiler, "ranked_pks", None)
            config = compiler.get_config(self.backend)
            compiler._ranked = ranked_pks(config) if ranked_pks else None
        return compiler._ranked

    def _do_search(self):
        ranked = self._ranked()
        if ranked is None or self._score_field:
            return super()._do_search()
        chosen = ranked[self.start : self.stop]
        if not chosen:
            return []
        order = Case(
            *[When(pk=pk, then=Value(place)) for place, pk in enumerate(chosen)],
            output_field=IntegerField(),
        )
        return list(self.query_compiler.queryset.filter(pk__in=chosen).order_by(order).distinct())

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_count()
        return len(ranked)
