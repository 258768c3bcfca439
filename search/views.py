"""The public search: the live pages of the reader's language, narrowed by type and city."""

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.pagination import paginate
from partners.models import CityProfilePage
from publication.models import PracticeArticlePage, StudyVisitReportPage, attach_cities
from search.highlight import excerpt, highlight, query_terms, searchable_text

MAX_QUERY_LENGTH = 200
MAX_VALUE_LENGTH = 255
RESULTS_PER_PAGE = 10

# The types a reader can narrow a search to; "other" is every other page (about, publication).
TYPES = {
    "report": StudyVisitReportPage,
    "practice": PracticeArticlePage,
    "city": CityProfilePage,
}


class SearchForm(forms.Form):
    """What a reader searches for: words, and optionally a type of page and a city. Values that
    are not among the choices are reported and ignored."""

    q = forms.CharField(label=_("Search the site"), required=False)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[
            ("", _("All types")),
            ("report", _("Study visit reports")),
            ("practice", _("Practices")),
            ("city", _("City profiles")),
            ("other", _("Other pages")),
        ],
        error_messages={
            "invalid_choice": _("“%(value)s” is not one of the types listed; all are shown.")
        },
    )
    city = forms.ChoiceField(
        label=_("City"),
        required=False,
        error_messages={
            "invalid_choice": _("“%(value)s” is not one of the cities listed; all are shown.")
        },
    )

    def __init__(self, data, *, locale):
        super().__init__(
            {
                name: data.get(name, "")[: MAX_QUERY_LENGTH if name == "q" else MAX_VALUE_LENGTH]
                for name in self.base_fields
                if name in data
            }
        )
        self.cities = {
            city.slug: city for city in CityProfilePage.objects.listing(locale).order_by("title")
        }
        self.fields["city"].choices = [("", _("All cities"))] + [
            (slug, city.title) for slug, city in self.cities.items()
        ]

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def filter(self, pages):
        """`pages` narrowed by the valid type and city chosen."""
        kind = self.cleaned_data.get("type")
        if kind == "other":
            pages = pages.not_type(*TYPES.values())
        elif kind:
            pages = pages.type(TYPES[kind])
        if self.cleaned_data.get("city"):
            pages = pages.descendant_of(self.cities[self.cleaned_data["city"]], inclusive=True)
        return pages


def search(request):
    """Search the live, public pages of the reader's language, with highlighted excerpts."""
    locale = Locale.get_active()
    form = SearchForm(request.GET, locale=locale)
    form.is_valid()
    query = form.cleaned_data.get("q", "")
    terms = query_terms(query)
    results = None
    if terms:
        pages = form.filter(Page.objects.live().public().filter(locale=locale)).specific()
        # Stemmed in the reader's language where the backend can (search/backends.py).
        backend = get_search_backend("default", LANGUAGE=locale.language_code)
        results = paginate(request, backend.search(" ".join(terms), pages), RESULTS_PER_PAGE)
        found = attach_cities(results.object_list)
        results.object_list = [
            {
                "page": page,
                "title": highlight(page.title, terms),
                "excerpt": excerpt(searchable_text(page), terms),
                "city": page.city,
            }
            for page in found
        ]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "search_query": query,
            "searched": bool(terms),
            "search_results": results,
        },
    )
