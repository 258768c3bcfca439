"""Admin wiring for partner editors: other cities' drafts kept from them (the page chooser
lists only pages one may edit or that are live, Wagtail's page types report is for publishers),
their city's dashboard, and the reviewer's comment on the page that waits for changes."""

from django.contrib import messages
from django.http import Http404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from partners.admin_views import visible_pages
from partners.dashboard import PartnerDashboardPanel, partner_profile, requested_changes


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


@hooks.register("construct_homepage_panels")
def partner_city_first(request, panels):
    profile = partner_profile(request.user)
    if profile is not None:
        panels.append(PartnerDashboardPanel(profile))


# After Wagtail's own pages, images and documents counts are in the list.
@hooks.register("construct_homepage_summary_items", order=100)
def no_site_counts_for_partners(request, summary_items):
    # "4 Pages, 0 Images, 0 Documents" says nothing to a partner: their city's panel does.
    if partner_profile(request.user) is not None:
        summary_items[:] = []


@hooks.register("before_edit_page")
def show_requested_changes(request, page):
    """The reviewer's comment stays on the page's edit view until the page is submitted again."""
    if request.method != "GET":
        return
    changes = requested_changes([page]).get(page.pk)
    if changes is None:
        return
    reviewer = get_user_display_name(changes.reviewer) if changes.reviewer else ""
    at = date_format(localtime(changes.at), "SHORT_DATETIME_FORMAT") if changes.at else ""
    if changes.comment:
        text = _("%(reviewer)s asked for changes on %(at)s: “%(comment)s”") % {
            "reviewer": reviewer,
            "at": at,
            "comment": changes.comment,
        }
    else:
        text = _("%(reviewer)s asked for changes on %(at)s.") % {"reviewer": reviewer, "at": at}
    messages.warning(request, text + " " + _("Make them and submit the page again."))
