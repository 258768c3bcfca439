"""A partner editor's dashboard: their city, buttons to write, and where each of their pages
stands (draft, in review, changes requested with the reviewer's comment, live) with, for a live
page, its English and Polish translations. Also the reviewer's comment on the page's edit view,
until the page is submitted again."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page, WorkflowState

from partners.models import CityProfilePage
from translation.status import status_rows

DRAFT = "draft"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
LIVE = "live"

STATE_LABELS = {
    DRAFT: _("Draft"),
    IN_REVIEW: _("In review"),
    CHANGES_REQUESTED: _("Changes requested"),
    LIVE: _("Live"),
}


def partner_profile(user):
    """The CityProfilePage whose subtree `user` writes in as a partner editor, or None (Gdańsk
    editors' permissions sit on the tree's root, not on a city)."""
    city_type = ContentType.objects.get_for_model(CityProfilePage)
    permission = (
        GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename="add_page",
            page__content_type=city_type,
        )
        .order_by("page__path")
        .first()
    )
    if permission is None:
        return None
    return CityProfilePage.objects.defer_streamfields().get(pk=permission.page_id)


@dataclass
class RequestedChanges:
    """What the reviewer asked for: who, when and their comment."""

    reviewer: object
    at: object
    comment: str


def requested_changes(pages):
    """{page id: RequestedChanges} for the pages of `pages` whose workflow waits for changes;
    {page id: None} for those in review. One query."""
    states = (
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state__finished_by")
    )
    found = {}
    for state in states:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES and state.current_task_state:
            task_state = state.current_task_state
            found[int(state.object_id)] = RequestedChanges(
                reviewer=task_state.finished_by,
                at=task_state.finished_at,
                comment=task_state.get_comment(),
            )
        else:
            found[int(state.object_id)] = None
    return found


def page_states(pages):
    """(page, state, RequestedChanges or None) for each page, in order."""
    workflows = requested_changes(pages)
    for page in pages:
        if page.pk in workflows:
            changes = workflows[page.pk]
            yield page, CHANGES_REQUESTED if changes else IN_REVIEW, changes
        else:
            yield page, LIVE if page.live else DRAFT, None


class PartnerDashboardPanel(Component):
    """The partner's city, what they can write, and their pages with their states."""

    name = "partner_city"
    template_name = "partners/admin/dashboard_panel.html"
    order = 50

    def __init__(self, profile):
        self.profile = profile

    def get_context_data(self, parent_context):
        profile = self.profile
        pages = [profile, *profile.get_descendants().order_by("-latest_revision_created_at")]
        statuses = {row.page_id: row for row in status_rows()}
        rows = []
        for page, state, changes in page_states(pages):
            row = statuses.get(page.pk)
            rows.append(
                {
                    "page": page,
                    "title": page.get_admin_display_title(),
                    "type": page.specific_class._meta.verbose_name if page.specific_class else "",
                    "state": state,
                    "state_label": STATE_LABELS[state],
                    "changes": changes,
                    "has_unpublished_changes": page.live and page.has_unpublished_changes,
                    "translations": row.cells if row and page.live else [],
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
            )
        add = "wagtailadmin_pages:add"
        return {
            "profile": profile,
            "profile_is_draft": not profile.live,
            "profile_edit_url": reverse("wagtailadmin_pages:edit", args=[profile.pk]),
            "write_report_url": reverse(
                add, args=["publication", "studyvisitreportpage", profile.pk]
            ),
            "write_practice_url": reverse(
                add, args=["publication", "practicearticlepage", profile.pk]
            ),
            "rows": rows,
        }
