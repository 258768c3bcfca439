"""What clears the page cache: every change a reader can see (see home/page_cache.py); and the
cache's own table, made with the database."""

from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from home import page_cache
from home.cache_backend import cache_recovered
from home.languages import forget_open_languages
from home.media import strip_metadata
from home.models import LanguageOpening
from home.tasks import in_bulk, warm_after_publish


def page_changed(sender, instance, **kwargs):
    page_cache.clear(f"page {instance.pk} ({sender.__name__}) changed")


def page_published_and_warm(sender, instance, **kwargs):
    page_changed(sender, instance, **kwargs)
    if not in_bulk():
        transaction.on_commit(lambda: warm_after_publish.enqueue(instance.pk))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_cache.clear(f"page {instance.pk} deleted")


def object_saved(sender, instance, created=False, **kwargs):
    """Snippets, sites, locales and view restrictions change what pages show; an image or a
    document changes them only once it exists (a new upload is on no page yet)."""
    if sender in (get_image_model(), get_document_model()):
        if created:
            return
    elif sender not in (Site, Locale, PageViewRestriction) and sender not in get_snippet_models():
        return
    page_cache.clear(f"{sender.__name__} {instance.pk} changed")


def object_deleted(sender, instance, **kwargs):
    watched = (get_image_model(), get_document_model(), Site, Locale, PageViewRestriction)
    if sender in watched or sender in get_snippet_models():
        page_cache.clear(f"{sender.__name__} {instance.pk} deleted")


def language_opening_changed(sender, instance, **kwargs):
    """A language opened or closed changes every switcher, the sitemap and what /<code>/ answers;
    the open languages are worked out again once the change is committed."""
    forget_open_languages()
    transaction.on_commit(forget_open_languages)
    page_cache.clear(f"language {instance.locale_id} opened or closed")


def cache_came_back(sender, **kwargs):
    """An invalidation made while the cache was away was lost with it: start afresh."""
    page_cache.clear("the cache answers again", purge_frontend=False)


def image_uploaded(sender, instance, **kwargs):
    strip_metadata(instance)


def create_cache_table(sender, using="default", **kwargs):
    """`migrate` also makes the cache's table where the cache is the database (no REDIS_URL), so
    that no deployment can forget `createcachetable`."""
    call_command("createcachetable", database=using, verbosity=0)


def register_signal_handlers():
    post_migrate.connect(
        create_cache_table, sender=apps.get_app_config("home"), dispatch_uid="cache_table"
    )
    pre_save.connect(image_uploaded, sender=get_image_model(), dispatch_uid="strip_metadata")
    page_published.connect(page_published_and_warm, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_moved")
    page_slug_changed.connect(page_changed, dispatch_uid="page_cache_slug")
    post_delete.connect(page_deleted, dispatch_uid="page_cache_page_deleted")
    post_save.connect(object_saved, dispatch_uid="page_cache_object_saved")
    post_delete.connect(object_deleted, dispatch_uid="page_cache_object_deleted")
    cache_recovered.connect(cache_came_back, dispatch_uid="page_cache_recovered")
    for signal in (post_save, post_delete):
        signal.connect(
            language_opening_changed,
            sender=LanguageOpening,
            dispatch_uid=f"language_opening_{signal is post_save}",
        )
