"""The translation memory's part when a page is submitted for translation or synced; the record
of an original's changed texts and of each translated text's history."""

from django.db.models.signals import post_save
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translation import changes, history, memory


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
    post_save.connect(
        changes.record_change, sender=StringSegment, dispatch_uid="translation_source_text_change"
    )
    post_save.connect(
        history.record_saved, sender=StringTranslation, dispatch_uid="translation_text_history"
    )
