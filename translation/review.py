"""Review of a translation before it goes live: a translator submits it, the reviewers (those who
translate and publish: the Gdańsk editors) comment on its texts, ask for changes or approve, and
approval publishes it.

Built on a Wagtail workflow, "Translation review", with one group approval task. It is started on
the translated page (a normal page) with the draft revision wagtail-localize saves from the
translation editor, so that Wagtail's own states, history, locks and e-mails apply: the
submission tells the reviewers, a request for changes tells the translator (each in their admin
language), and approving the last task publishes the revision. The workflow is not assigned to
any part of the tree; it is started here, so that a translation never falls under the partners'
workflow and an original never under this one. The comments on one text are ReviewComment rows:
Wagtail's page comments address a whole field, and a rich text field is several texts."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowState, WorkflowTask
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translation.localize import slug_from_title
from translation.models import ReviewComment
from translation.views.access import SUBMIT_PERMISSION

# Stored in English, as msgids: shown in each reader's admin language (home/data_names.py).
WORKFLOW_NAME = gettext_noop("Translation review")
TASK_NAME = gettext_noop("Review of a translation")

COMMENT_MAX_LENGTH = 2000


class ReviewError(Exception):
    """What the person asked for cannot be done; the message says why, in their language."""


def reviewer_groups():
    """The groups that translate (wagtail-localize's submit permission): they review."""
    app_label, codename = SUBMIT_PERMISSION.split(".")
    return Group.objects.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    )


def review_workflow():
    """The "Translation review" workflow, created with its task on first use. Its task keeps the
    groups it has (an administrator may change them in Settings › Workflows); a new one, or one
    left without a group, is given the groups that translate."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
    if not task.groups.exists():
        task.groups.set(reviewer_groups())
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def translation_of_page(page):
    """The enabled translation whose target is `page`, or None (an original, a stopped one)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def review_state(page):
    """The review of `page` in progress or waiting for changes, or None."""
    state = page.current_workflow_state
    if state is not None and state.workflow.name == WORKFLOW_NAME:
        return state
    return None


def may_review(user, page):
    """Whether `user` may approve or ask for changes on the review in progress on `page`."""
    task_state = page.current_workflow_task_state
    if task_state is None or task_state.workflow_state.workflow.name != WORKFLOW_NAME:
        return False
    actions = task_state.task.specific.get_actions(page, user)
    return any(name == "approve" for name, *_rest in actions)


def submit(translation, user):
    """Saves the translation as a draft of its page (never live) and puts it up for review, or
    back up after changes were asked for."""
    page = translation.get_target_instance()
    state = review_state(page)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise ReviewError(_("This translation is already waiting for review."))
    if state is None and page.current_workflow_state is not None:
        raise ReviewError(_("This page is in another workflow; it cannot be reviewed now."))
    with transaction.atomic():
        slug_from_title(translation)
        try:
            save_draft(translation, user)
        except ValidationError as error:
            raise ReviewError(
                _("The translation cannot be saved: %(errors)s")
                % {"errors": "; ".join(error.messages)}
            ) from None
        page = Page.objects.get(pk=page.pk).specific
        if state is not None:
            state.resume(user=user)
        else:
            review_workflow().start(page, user)


def save_draft(translation, user):
    """Saves the translation as a new revision of its page without changing what readers see.

    wagtail-localize's `save_target(publish=False)` saves the translated content on the page
    itself as well as in a new revision, so a live page would show the draft at once; the live
    revision's content is put back on the page in the same transaction, leaving the draft in the
    revision only (as Wagtail's own "Save draft" does)."""
    page = translation.get_target_instance()
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    if live_revision is not None:
        current = Page.objects.get(pk=page.pk)
        restored = live_revision.as_object()
        # What Wagtail records about publishing is the page's, not the revision's.
        for field in ("live_revision_id", "first_published_at", "last_published_at"):
            setattr(restored, field, getattr(current, field))
        restored.save(clean=False)


def decide(translation, user, action, comment=""):
    """The reviewer's decision: "approve" publishes the translation, "reject" sends it back to
    the translator with the comment and those on its texts."""
    if action not in ("approve", "reject"):
        raise ReviewError(_("Unknown decision."))
    page = translation.get_target_instance()
    if not may_review(user, page):
        raise ReviewError(_("You may not review this translation."))
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment.strip())


def cancel_after_publishing(page, user):
    """A reviewer who publishes the translation directly ends its review: what was reviewed is
    live, or replaced by what they published."""
    state = review_state(page)
    if state is not None:
        state.cancel(user=user)


def segment_of(translation, segment_id):
    try:
        return StringSegment.objects.select_related("string", "context").get(
            source=translation.source, pk=int(segment_id)
        )
    except (StringSegment.DoesNotExist, TypeError, ValueError):
        raise ReviewError(_("Choose one of the texts of this translation.")) from None


def add_comment(translation, user, segment_id, text):
    """A comment on the text `segment_id` of the translation."""
    segment = segment_of(translation, segment_id)
    text = (text or "").strip()
    if not text:
        raise ReviewError(_("Write a comment."))
    if len(text) > COMMENT_MAX_LENGTH:
        raise ReviewError(
            _("A comment may be at most %(count)d characters long.")
            % {"count": COMMENT_MAX_LENGTH}
        )
    return ReviewComment.objects.create(
        translation=translation,
        string=segment.string,
        context=segment.context,
        author=user,
        text=text,
    )


def resolve_comment(translation, comment_id):
    updated = ReviewComment.objects.filter(translation=translation, pk=comment_id).update(
        resolved=True
    )
    if not updated:
        raise ReviewError(_("No such comment on this translation."))


def comments(translation, open_only=False):
    """The comments on the translation, each with the original text it is about and that text's
    translation as it is now (None while untranslated)."""
    rows = list(
        ReviewComment.objects.filter(translation=translation)
        .filter(**({"resolved": False} if open_only else {}))
        .select_related("string", "context", "author")
    )
    translated = {
        (row.translation_of_id, row.context_id): row.data
        for row in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            translation_of_id__in={row.string_id for row in rows},
            context_id__in={row.context_id for row in rows},
        )
    }
    for row in rows:
        row.source_text = row.string.data
        row.translated_text = translated.get((row.string_id, row.context_id))
    return rows


def texts(translation):
    """The texts of the translation's original, in the editor's order: what a comment is on."""
    return translation.source.stringsegment_set.select_related("string", "context").order_by(
        "order"
    )


def review_queues(user):
    """The translations waiting for `user`: those awaiting their review (if they review) and
    those they submitted that wait for changes. Two lists of dicts for the dashboard."""
    states = (
        WorkflowState.objects.active()
        .filter(workflow__name=WORKFLOW_NAME)
        .select_related("requested_by", "current_task_state")
        .order_by("created_at")
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    reviews = task is not None and (
        user.is_superuser or task.groups.filter(pk__in=user.groups.all()).exists()
    )
    awaiting = list(states.filter(status=WorkflowState.STATUS_IN_PROGRESS)) if reviews else []
    changes = list(states.filter(status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=user))
    pages = Page.objects.filter(
        pk__in=[int(state.object_id) for state in [*awaiting, *changes]]
    ).select_related("locale")
    pages = {str(page.pk): page for page in pages}
    translations = {}
    if pages:
        query = Q()
        for page in pages.values():
            query |= Q(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        found = Translation.objects.filter(query, enabled=True).select_related("source")
        for row in found.annotate(
            open_comments=Count("review_comments", filter=Q(review_comments__resolved=False))
        ):
            translations[(row.source.object_id, row.target_locale_id)] = row

    def rows(selected):
        result = []
        for state in selected:
            page = pages.get(state.object_id)
            if page is None:
                continue
            translation = translations.get((page.translation_key, page.locale_id))
            result.append(
                {
                    "page": page,
                    "language": page.locale.get_display_name(),
                    "requested_by": state.requested_by,
                    "since": state.current_task_state.started_at
                    if state.current_task_state
                    else state.created_at,
                    "open_comments": translation.open_comments if translation else 0,
                }
            )
        return result

    return rows(awaiting), rows(changes)
