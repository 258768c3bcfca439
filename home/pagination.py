"""Pagination that turns a nonsense ?page= into the nearest real page instead of an error."""

from django.core.paginator import Paginator

PER_PAGE = 12


def paginate(request, items, per_page=PER_PAGE):
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get("page"))
