"""Work queued when a page is published: the publication's PDFs (a chapter or the publication
changed) are rebuilt in the background, before any reader asks for them."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from publication import pdf
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


def register_signal_handlers():
    page_published.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_published")
    page_unpublished.connect(rebuild_publication_pdfs, dispatch_uid="publication_pdf_unpublished")
