"""The partner cities side by side: what each has published under each thematic area, and its key
figures by what they measure. Each report or practice counts once, in the reader's language where
it has been translated, otherwise in its original, and so does each city.

Built in a fixed number of queries whatever the number of cities and articles."""

from collections import defaultdict
from dataclasses import dataclass, field

from django import forms
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from partners.blocks import MEASURES
from publication.models import PracticeArticlePage, StudyVisitReportPage, ThematicArea
from publication.taxonomy import taxonomy_terms

# Longer than any slug; keeps a junk parameter from filling the page with its echo.
MAX_VALUE_LENGTH = 255


class ComparisonFilterForm(forms.Form):
    """Which cities, and which thematic area, to compare (GET; nothing chosen shows all)."""

    city = forms.MultipleChoiceField(
        label=_("Cities"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("“%(value)s” is not one of the cities listed; all are shown.")
        },
    )
    thematic_area = forms.ChoiceField(
        label=_("Thematic area"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "“%(value)s” is not one of the thematic areas listed; all are shown."
            )
        },
    )

    def __init__(self, data, *, cities, areas):
        """`cities` the cities that can be chosen, by slug; `areas` {slug: (key, name)}."""
        super().__init__(
            {
                "city": [value[:MAX_VALUE_LENGTH] for value in data.getlist("city")][:100],
                "thematic_area": data.get("thematic_area", "")[:MAX_VALUE_LENGTH],
            }
        )
        self.fields["city"].choices = [(slug, city.title) for slug, city in cities.items()]
        self.fields["thematic_area"].choices = [("", _("All thematic areas"))] + [
            (slug, name) for slug, (_key, name) in areas.items()
        ]

    def chosen(self, name):
        """The valid value of a filter, or its empty value when it is invalid or not used."""
        if self.is_valid() or name not in self.errors:
            return self.cleaned_data.get(name) or self.fields[name].to_python(None)
        return self.fields[name].to_python(None)


@dataclass
class Cell:
    practices: list = field(default_factory=list)
    reports: list = field(default_factory=list)


@dataclass
class Row:
    """One line of the comparison: its heading and one cell per city column."""

    heading: str
    cells: list
    key: str = ""


def comparison(cities, locale, data, every_city):
    """The comparison's context. `cities`: the live cities of `locale` and the originals of those
    not yet translated into it (CityProfilePage.objects.listing_with_untranslated, their key
    figures loaded), in column order; `data`: the request's GET; `every_city`: the city pages of
    every language, which reports and practices are found under."""
    cities = list(cities)
    areas = taxonomy_terms(ThematicArea, locale)
    filters = ComparisonFilterForm(data, cities={c.slug: c for c in cities}, areas=areas)
    chosen_slugs = set(filters.chosen("city"))
    columns = [city for city in cities if not chosen_slugs or city.slug in chosen_slugs]
    chosen_area = filters.chosen("thematic_area")
    shown_areas = {chosen_area: areas[chosen_area]} if chosen_area else areas

    column_of = {city.translation_key: index for index, city in enumerate(columns)}
    by_area = defaultdict(lambda: [Cell() for _ in columns])
    reached = [0] * len(columns)
    for kind, model in (("practices", PracticeArticlePage), ("reports", StudyVisitReportPage)):
        listing = model.objects.listing_with_untranslated(locale)
        pages = list(listing.select_related("locale"))
        city_keys = city_keys_of(pages, every_city)
        areas_of = area_keys_of(model, listing)
        for page in pages:
            column = column_of.get(city_keys.get(page.pk))
            if column is None:
                continue
            for area_key in areas_of.get(page.pk, ()):
                getattr(by_area[area_key][column], kind).append(page)
            if kind == "practices":
                reached[column] += page.people_reached or 0
    thematic_rows = [
        Row(heading=name, cells=by_area[key], key=slug)
        for slug, (key, name) in shown_areas.items()
    ]
    return {
        "filters": filters,
        "columns": columns,
        "thematic_rows": thematic_rows,
        "figure_rows": figure_rows(columns, reached),
    }


def city_keys_of(pages, every_city):
    """{page pk: translation key of the city the page lives under}: one query."""
    parents = {page.pk: page.path[: -page.steplen] for page in pages}
    keys = dict(
        every_city.filter(path__in=set(parents.values())).values_list("path", "translation_key")
    )
    return {pk: keys.get(path) for pk, path in parents.items()}


def area_keys_of(model, listing):
    """{page pk: [translation keys of its thematic areas]} for the pages of `listing`: one
    query. A page is filed under the areas in its own language; the key matches them all."""
    through = model.thematic_areas.through
    page_column = f"{model._meta.model_name}_id"
    areas = defaultdict(list)
    for page_pk, key in through.objects.filter(
        **{f"{page_column}__in": listing.values("pk")}
    ).values_list(page_column, "thematicarea__translation_key"):
        areas[page_pk].append(str(key))
    return {pk: keys for pk, keys in areas.items()}


def figure_rows(columns, reached):
    """One row per measure some city states a figure for (its first such figure), then the
    people its practices reached."""
    rows = []
    for measure, heading in MEASURES.items():
        cells = [first_figure(city, measure) for city in columns]
        cells = [
            {"figure": figure, "city": city} if figure else None
            for figure, city in zip(cells, columns, strict=True)
        ]
        if any(cells):
            rows.append(Row(heading=heading, cells=cells, key=measure))
    if any(reached):
        rows.append(
            Row(
                heading=_("People reached by its practices"),
                cells=[{"value": count, "computed": True} if count else None for count in reached],
                key="people_reached",
            )
        )
    return rows


def first_figure(city, measure):
    for block in city.key_figures:
        if block.value.get("measure") == measure:
            return block.value
    return None


def totals(locale):
    """The network's figures for the home page: how many practices per thematic area (named in
    `locale`, most first) and how many people the practices reached, counting each practice once
    whatever its translations."""
    listing = PracticeArticlePage.objects.listing_with_untranslated(locale)
    areas = taxonomy_terms(ThematicArea, locale)
    counts = defaultdict(int)
    for keys in area_keys_of(PracticeArticlePage, listing).values():
        for key in set(keys):
            counts[key] += 1
    per_area = sorted(
        ((name, counts[key], slug) for slug, (key, name) in areas.items() if counts[key]),
        key=lambda item: -item[1],
    )
    counted = listing.aggregate(practices=Count("pk"), people_reached=Sum("people_reached"))
    return {
        "practices": counted["practices"],
        "people_reached": counted["people_reached"] or 0,
        "per_area": per_area,
    }
