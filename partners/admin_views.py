"""Wagtail admin views narrowed for partner editors, who must not see other cities' drafts."""

from django.db.models import Q
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy


def visible_pages(pages, user):
    """The pages of `pages` that `user` may edit, or that are live."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))


def shown_title(page, user):
    """The title `user` is shown for `page`: its latest draft's where they may edit the page,
    the published one elsewhere (a live page's draft may be another city's unpublished work)."""
    if page.permissions_for_user(user).can_edit():
        return page.get_admin_display_title()
    return page.title


class PublishersPageTypesUsageReportView(PageTypesUsageReportView):
    """Wagtail's page types report, which names the most recently edited page of each type
    whoever wrote it, for those who publish (Gdańsk editors) only."""

    any_permission_required = ["publish"]


def admin_view(view):
    """Decorated as Wagtail decorates its own admin views."""
    return never_cache(require_admin_access(view))


# In front of Wagtail's own admin URLs (config/urls.py), which no hook can replace.
urlpatterns = [
    path(
        "reports/page-types-usage/",
        admin_view(PublishersPageTypesUsageReportView.as_view()),
    ),
    path(
        "reports/page-types-usage/results/",
        admin_view(PublishersPageTypesUsageReportView.as_view(results_only=True)),
    ),
]
