"""The review of a translation (translation/review.py) from the translation editor's review bar:
submitting, commenting on a text, resolving a comment, approving or asking for changes; and the
dashboard's panel of the translations waiting for someone."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component

from translation import release, review
from translation.views.access import editable_translation


def back_to_editor(translation):
    return redirect(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )


@require_POST
def submit_for_review(request, translation_id):
    translation = editable_translation(request, translation_id)
    try:
        review.submit(translation, request.user)
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Submitted for review. The translation goes live when a reviewer approves it."),
        )
    return back_to_editor(translation)


@require_POST
def comment(request, translation_id):
    translation = editable_translation(request, translation_id)
    try:
        review.add_comment(
            translation, request.user, request.POST.get("segment"), request.POST.get("text")
        )
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Comment added."))
    return back_to_editor(translation)


@require_POST
def resolve_comment(request, translation_id, comment_id):
    translation = editable_translation(request, translation_id)
    try:
        review.resolve_comment(translation, comment_id)
    except review.ReviewError as error:
        messages.error(request, str(error))
    return back_to_editor(translation)


@require_POST
def decide(request, translation_id, action):
    translation = editable_translation(request, translation_id)
    if not review.may_review(request.user, translation.get_target_instance()):
        raise PermissionDenied
    try:
        review.decide(translation, request.user, action, request.POST.get("comment", ""))
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        if action == "approve" and translation.get_target_instance().live:
            messages.success(request, _("Approved: the translation is published."))
        elif action == "approve":
            messages.success(
                request,
                _(
                    "Approved. It goes live together with its original and the other "
                    "translations, once all of them are approved."
                ),
            )
        else:
            messages.success(request, _("Changes requested: the translator has been told."))
    return back_to_editor(translation)


def review_bar_context(request, translation):
    """What the translation editor's review bar shows: the state, the comments with the texts
    they are about, and the buttons the person may use."""
    page = translation.get_target_instance()
    state = review.review_state(page)
    may_review = review.may_review(request.user, page)
    in_progress = state is not None and state.status == state.STATUS_IN_PROGRESS
    held = release.is_held(page)
    # A request for changes leaves the declined task as the current one, with the reviewer's
    # comment for the translator on it.
    declined = state.current_task_state if state is not None and not in_progress else None
    return {
        "translation": translation,
        "state": state,
        "in_progress": in_progress,
        "needs_changes": state is not None and not in_progress,
        "declined": declined if declined is not None and declined.comment else None,
        "may_review": may_review,
        "may_submit": not in_progress,
        "may_publish": page.permissions_for_user(request.user).can_publish(),
        "comments": review.comments(translation),
        "texts": review.texts(translation),
        "comment_max_length": review.COMMENT_MAX_LENGTH,
        "held": held,
        "release_waiting": [p.locale.get_display_name() for p in release.waiting(page)]
        if held
        else [],
    }


class TranslationReviewPanel(Component):
    """The dashboard's list of the translations waiting for the person: for a reviewer those
    awaiting review, for a translator those where changes were asked for."""

    name = "translation_review"
    template_name = "translation/translation_review_panel.html"
    order = 140

    def __init__(self, awaiting, changes):
        self.awaiting = awaiting
        self.changes = changes

    def get_context_data(self, parent_context):
        return {"awaiting": self.awaiting, "changes": self.changes}
