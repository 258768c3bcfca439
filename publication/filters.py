"""The filters of the study-visit and practice listings: GET forms that validate what the URL
asks for, narrow a listing by what is valid and report the rest.

Filter values read well in the URL, in the reader's language: a city by its slug
("?city=bremen", "?city=brema"; a city not yet translated keeps its original's), a thematic area
or target group by its name made a slug ("?thematic_area=housing", "?thematic_area=wohnen"), a
year by its number. The ids older URLs carried for areas and groups (their translation keys)
redirect to the readable form."""

import re

from django import forms
from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home.i18n import city_names
from publication.taxonomy import TargetGroup, ThematicArea, taxonomy_terms

# Longer than any slug or key; keeps a junk parameter from filling the page with its echo.
MAX_VALUE_LENGTH = 255


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def active_years(listing):
    """Every year an item of `listing` counts for (its model's `years_active`: a report's
    visit, each year a practice ran): one query, for the distinct spans of years."""
    first, last = listing.model.years_active()
    spans = (
        listing.annotate(first_year=first, last_year=last)
        .order_by()
        .values_list("first_year", "last_year")
        .distinct()
    )
    return {year for start, end in spans for year in range(start, end + 1)}


def choice_field(label, all_label, invalid):
    """An optional choice among a listing's values; the first choice, "all", filters nothing."""
    field = forms.ChoiceField(
        label=label, required=False, error_messages={"invalid_choice": invalid}
    )
    field.all_label = all_label
    return field


class ListingFilterForm(forms.Form):
    """The filters every listing has: the city an item belongs to and a year it covers."""

    city = choice_field(
        _("City"),
        _("All cities"),
        _("“%(value)s” is not one of the cities listed; all cities are shown."),
    )
    year = choice_field(
        _("Year"),
        _("All years"),
        _("“%(value)s” is not one of the years listed; all years are shown."),
    )

    def __init__(self, data, *, listing, locale, cities):
        """`data` is the request's GET; `listing` the unfiltered listing, whose years are
        choices; `cities` the cities a reader of `locale` can choose (each once, in `locale`
        where translated), each named as `home.i18n.city_names` names it."""
        super().__init__(
            {
                name: data.get(name, "")[:MAX_VALUE_LENGTH]
                for name in self.base_fields
                if name in data
            }
        )
        cities = list(cities)
        names = city_names(cities, locale)
        cities.sort(key=lambda city: names[city.pk].casefold())
        self.cities = {city.slug: city for city in cities}
        self.set_choices("city", [(city.slug, names[city.pk]) for city in cities])
        years = sorted(active_years(listing), reverse=True)
        self.set_choices("year", [(str(year), str(year)) for year in years])

    def set_choices(self, name, choices):
        field = self.fields[name]
        field.choices = [("", field.all_label), *choices]

    def active_values(self):
        """The valid filters in use, by name; invalid ones are left out and shown as errors."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, queryset):
        """`queryset` narrowed by every valid filter in use."""
        values = self.active_values()
        if "city" in values:
            # An item not yet translated lives under its city's page in its own language: take
            # the items under every language version of the city.
            city = self.cities[values["city"]]
            under_city = Q(pk__in=[])
            for path in (
                type(city)
                .objects.live()
                .filter(translation_key=city.translation_key)
                .values_list("path", flat=True)
            ):
                under_city |= Q(path__startswith=path)
            queryset = queryset.filter(under_city)
        if "year" in values:
            first, last = queryset.model.years_active()
            year = int(values["year"])
            queryset = queryset.annotate(first_year=first, last_year=last).filter(
                first_year__lte=year, last_year__gte=year
            )
        return queryset

    def active_filters(self):
        """The valid filters in use, each with its label, its value as shown, and the query
        string of the listing without it (invalid parameters and the page number dropped)."""
        values = self.active_values()
        return [
            {
                "label": self.fields[name].label,
                "value": dict(self.fields[name].choices)[value],
                "query": urlencode({other: v for other, v in values.items() if other != name}),
            }
            for name, value in values.items()
        ]


class StudyVisitFilterForm(ListingFilterForm):
    """Filters for the study-visit reports: city and year."""


class PracticeFilterForm(ListingFilterForm):
    """Filters for the practices: city, thematic area, target group and year."""

    thematic_area = choice_field(
        _("Thematic area"),
        _("All thematic areas"),
        _("“%(value)s” is not one of the thematic areas listed; all are shown."),
    )
    target_group = choice_field(
        _("Target group"),
        _("All target groups"),
        _("“%(value)s” is not one of the target groups listed; all are shown."),
    )

    field_order = ["city", "thematic_area", "target_group", "year"]

    TAXONOMIES = {"thematic_area": ThematicArea, "target_group": TargetGroup}

    def __init__(self, data, *, listing, locale, cities):
        super().__init__(data, listing=listing, locale=locale, cities=cities)
        self.terms = {
            name: taxonomy_terms(model, locale) for name, model in self.TAXONOMIES.items()
        }
        for name, terms in self.terms.items():
            self.set_choices(name, [(slug, label) for slug, (_key, label) in terms.items()])

    @classmethod
    def readable_query(cls, data, locale):
        """The query string with the ids older URLs used for areas and groups replaced by
        their slugs, or None when there is none to replace (no query then)."""
        old = {
            name: data[name].lower()
            for name in cls.TAXONOMIES
            if UUID.fullmatch(data.get(name, "")[:MAX_VALUE_LENGTH])
        }
        if not old:
            return None
        query = data.copy()
        for name, key in old.items():
            terms = taxonomy_terms(cls.TAXONOMIES[name], locale)
            slugs = {term_key: slug for slug, (term_key, _label) in terms.items()}
            if key not in slugs:
                return None  # an unknown id: the listing says so
            query[name] = slugs[key]
        return query.urlencode()

    def filter(self, queryset):
        queryset = super().filter(queryset)
        values = self.active_values()
        model = queryset.model
        # A page is filed under the area (or group) in its own language: match any language
        # version by translation key, and through a subquery so no page is listed twice.
        if "thematic_area" in values:
            key = self.terms["thematic_area"][values["thematic_area"]][0]
            queryset = queryset.filter(
                pk__in=model.objects.filter(thematic_areas__translation_key=key).values("pk")
            )
        if "target_group" in values:
            key = self.terms["target_group"][values["target_group"]][0]
            queryset = queryset.filter(
                pk__in=model.objects.filter(target_groups__translation_key=key).values("pk")
            )
        return queryset
