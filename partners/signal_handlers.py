"""An account put into a partner's or translators' group in the admin (not only through
`add_partner`) meets the admin in that group's language, unless it has chosen one."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed

from partners import roles


def admin_language_from_groups(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if reverse:  # group.user_set.add(...)
        for user in get_user_model().objects.filter(pk__in=pk_set):
            roles.default_admin_language(user, instance)
    else:  # user.groups.add(...)
        for group in Group.objects.filter(pk__in=pk_set).order_by("pk"):
            if roles.default_admin_language(instance, group):
                return


def register_signal_handlers():
    m2m_changed.connect(
        admin_language_from_groups,
        sender=get_user_model().groups.through,
        dispatch_uid="partners_admin_language_from_groups",
    )
