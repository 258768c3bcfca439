"""Work queued when a page is published: the publication's PDFs (a chapter or the publication
changed) are rebuilt in the background, before any reader asks for them. And the translation
memory's part when a page is submitted for translation or synced."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import StringSegment, Translation

from publication import pdf, translation_memory
from publication.models import PracticeArticlePage, PublicationPage, StudyVisitReportPage


def rebuild_publication_pdfs(sender, instance, **kwargs):
    if not issubclass(sender, PublicationPage | StudyVisitReportPage | PracticeArticlePage):
        return

    def queue():
        if pdf.unavailable_reason():
            return
        for publication in PublicationPage.objects.live().public():
            pdf.request_build(publication)
        if issubclass(sender, StudyVisitReportPage | PracticeArticlePage) and instance.live:
            pdf.request_build(instance)  # the page's own PDF

    transaction.on_commit(queue)


def fill_translation_from_memory(sender, instance, raw=False, **kwargs):
    """A translation started (or enabled again) gets the memory's translations at once, before
    wagtail-localize writes its page."""
    if instance.enabled and not raw:
        translation_memory.fill(instance)


def fill_new_segment_from_memory(sender, instance, created, raw=False, **kwargs):
    """A text that is new in a source being translated (a sync after the original changed)."""
    if created and not raw:
        translation_memory.fill_new_segment(instance)


def register_signal_handlers():
    page_published.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_published")
    page_unpublished.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_unpublished")
    post_save.connect(
        fill_translation_from_memory, sender=Translation, dispatch_uid="translation_memory_fill"
    )
    post_save.connect(
        fill_new_segment_from_memory,
        sender=StringSegment,
        dispatch_uid="translation_memory_new_segment",
    )
