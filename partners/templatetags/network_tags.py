"""The network at a glance on any page: the map of the partner cities and the network's figures."""

from django import template
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from partners import comparison, network_map
from partners.models import CityComparisonPage, CityIndexPage, CityProfilePage
from publication.models import PracticeIndexPage

register = template.Library()


@register.inclusion_tag("partners/includes/network_map.html", takes_context=True)
def network_map_figure(context, cities, with_list=True):
    """The map of `cities` (CityProfilePage.objects.on_map), each a link, with the same cities
    as a text list beside it unless the page lists them already (`with_list=False`)."""
    cities = list(cities)
    return {
        "request": context.get("request"),
        "page": context.get("page"),
        "cities": cities,
        "markers": network_map.markers(cities),
        "width": network_map.WIDTH,
        "height": network_map.HEIGHT,
        "outline": network_map.OUTLINE,
        "with_list": with_list,
    }


@register.inclusion_tag("partners/includes/network_at_a_glance.html", takes_context=True)
def network_at_a_glance(context, locale):
    """The home page's section on the network: its figures, the map and the comparison's link."""
    request = context.get("request")
    figures = comparison.totals(locale)
    figures["most"] = max((count for _name, count, _slug in figures["per_area"]), default=0)
    # The three pages it links to, in one query (as plain pages: a link needs no more).
    kinds = {PracticeIndexPage: "practices", CityComparisonPage: "comparison"}
    kinds[CityIndexPage] = "cities_index"
    linked = dict.fromkeys(kinds.values())
    for linked_page in (
        Page.objects.live().public().filter(locale=locale).type(*kinds).order_by("path")
    ):
        kind = kinds.get(ContentType.objects.get_for_id(linked_page.content_type_id).model_class())
        if kind and linked[kind] is None:
            linked[kind] = linked_page
    practices = linked.pop("practices")
    figures["practices_url"] = practices.get_url(request) if practices else None
    return {
        "request": request,
        "page": context.get("page"),
        "cities": CityProfilePage.objects.on_map(locale),
        "figures": figures,
        **linked,
    }
