"""An account put into a partner's or translators' group in the admin (not only through
`add_partner`) meets the admin in that group's language, unless it has chosen one; a published
city profile gets its PDF built in the background."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import m2m_changed
from wagtail.signals import page_published

from partners import roles
from partners.models import CityProfilePage
from publication import pdf


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


def build_city_pdf(sender, instance, **kwargs):
    def queue():
        if instance.live and not pdf.unavailable_reason():
            pdf.request_build(instance)

    transaction.on_commit(queue)


def register_signal_handlers():
    page_published.connect(
        build_city_pdf, sender=CityProfilePage, dispatch_uid="partners_city_pdf_published"
    )
    m2m_changed.connect(
        admin_language_from_groups,
        sender=get_user_model().groups.through,
        dispatch_uid="partners_admin_language_from_groups",
    )
