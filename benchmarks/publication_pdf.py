"""Time the publication's long-read page and its PDF, built (as the background worker builds
it) and served, in every language, against the database in DATABASE_URL.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python benchmarks/publication_pdf.py

Run it on a database with the demo content (`manage.py load_demo`). For the page it prints the
number of queries and the median time over --runs runs after one warm-up; for the PDF the time
of one build, the median time of a served response, its size and its
number of pages. Debug is off, as in production; the dev settings supply the rest."""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.DEBUG = False
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from publication import pdf  # noqa: E402
from publication.models import PublicationPage  # noqa: E402
from publication.pdf import PublicationPDF  # noqa: E402


def timed(client, url):
    start = time.perf_counter()
    response = client.get(url)
    return response, (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    reason = pdf.unavailable_reason()
    if reason:
        sys.exit(f"PDFs cannot be made here: {reason}")
    from pypdf import PdfReader

    client = Client(HTTP_HOST="localhost")
    slowest = (0, "")
    print(
        f"{'queries':>7} {'page ms':>8} {'pdf ms':>8} {'cached':>7} {'KiB':>6} {'pages':>5}  url"
    )
    for publication in PublicationPage.objects.live().select_related("locale"):
        url = publication.url
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        count = len(queries)
        page_ms = statistics.median(timed(client, url)[1] for _ in range(args.runs))

        # Made afresh as the background worker makes it, then served as readers get it.
        PublicationPDF.objects.filter(page=publication).delete()
        record = pdf.request_build(publication)
        start = time.perf_counter()
        pdf.build(record.pk)
        fresh_ms = (time.perf_counter() - start) * 1000
        response = client.get(f"{url}pdf/")
        if response.status_code != 200:
            print(f"{count:>7} {page_ms:>8.1f}  PDF status {response.status_code}  {url}")
            continue
        cached_ms = statistics.median(timed(client, f"{url}pdf/")[1] for _ in range(args.runs))
        content = b"".join(response.streaming_content)
        pages = len(PdfReader(io.BytesIO(content)).pages)
        slowest = max(slowest, (fresh_ms, url))
        print(
            f"{count:>7} {page_ms:>8.1f} {fresh_ms:>8.0f} {cached_ms:>7.1f} "
            f"{len(content) / 1024:>6.0f} {pages:>5}  {url}"
        )
    print(f"Slowest PDF to generate: {slowest[1]}pdf/ in {slowest[0]:.0f} ms.")


if __name__ == "__main__":
    main()
