"""Admin wiring that keeps other cities' drafts from partner editors: the page chooser lists
only pages one may edit or that are live, and Wagtail's page types report is for publishers."""

from django.http import Http404
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from partners.admin_views import visible_pages


@hooks.register("construct_page_chooser_queryset")
def only_visible_pages_in_the_chooser(pages, request):
    # Browsing into a page lists its children through this hook; the page itself must be one
    # the person may see, or its title would show at the head of the list.
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id and not visible_pages(Page.objects.filter(pk=parent_id), request.user).exists():
        raise Http404
    return visible_pages(pages, request.user)


@hooks.register("construct_reports_menu")
def page_types_report_for_publishers_only(request, menu_items):
    if not PagePermissionPolicy().user_has_permission(request.user, "publish"):
        url = reverse("wagtailadmin_reports:page_types_usage")
        menu_items[:] = [item for item in menu_items if item.url != url]
