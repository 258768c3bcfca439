"""Background work of the publication, queued in the database and run by the worker
(`manage.py db_worker --backend background`)."""

from django_tasks import task


@task(backend="background")
def build_publication_pdf(pdf_id):
    """Build one queued version of a publication's PDF."""
    from publication.pdf import build

    return build(pdf_id)
