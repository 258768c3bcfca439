"""Work queued when a page is published: the publication's PDFs (a chapter or the publication
changed) are rebuilt in the background, before any reader asks for them."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished


def rebuild_publication_pdfs(sender, instance, **kwargs):
    from publication.models import PracticeArticlePage, PublicationPage, StudyVisitReportPage

    if not issubclass(sender, PublicationPage | StudyVisitReportPage | PracticeArticlePage):
        return

    def queue():
        from publication.pdf import request_build, unavailable_reason

        if unavailable_reason():
            return
        for publication in PublicationPage.objects.live().public():
            request_build(publication)

    transaction.on_commit(queue)


def register_signal_handlers():
    page_published.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_published")
    page_unpublished.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_unpublished")
