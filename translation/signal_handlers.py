"""The translation memory's part when a page is submitted for translation or synced."""

from django.db.models.signals import post_save
from wagtail_localize.models import StringSegment, Translation

from translation import memory


def fill_translation_from_memory(sender, instance, raw=False, **kwargs):
    """A translation started (or enabled again) gets the memory's translations at once, before
    wagtail-localize writes its page."""
    if instance.enabled and not raw:
        memory.fill(instance)


def fill_new_segment_from_memory(sender, instance, created, raw=False, **kwargs):
    """A text that is new in a source being translated (a sync after the original changed)."""
    if created and not raw:
        memory.fill_new_segment(instance)


def register_signal_handlers():
    post_save.connect(
        fill_translation_from_memory, sender=Translation, dispatch_uid="translation_memory_fill"
    )
    post_save.connect(
        fill_new_segment_from_memory,
        sender=StringSegment,
        dispatch_uid="translation_memory_new_segment",
    )
