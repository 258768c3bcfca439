"""Who may translate, publish translations and open a translation's tools."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def can_manage_translations(user):
    """Gdańsk editors (and superusers) translate; partner editors do not."""
    return user.has_perm(SUBMIT_PERMISSION)


def may_publish(user, instance):
    """Whether `user` may make `instance` (a page or a snippet) live as it stands: Wagtail's
    publish permission for a page, the model's publish permission for a snippet with drafts,
    and its change permission for one without (saving it is publishing it)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


def editable_translation(request, translation_id):
    """The Translation `translation_id` if the user may edit its target, else 403 or 404."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    return translation
