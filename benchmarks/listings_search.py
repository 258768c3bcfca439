"""Time the filtered listings and the per-language search against the database in DATABASE_URL.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python benchmarks/listings_search.py

Run it on a database with the demo content (`manage.py load_demo`). For each URL it prints the
number of queries and the median time of a request over --runs runs, after one warm-up.
Debug is off, as in production; the dev settings supply the rest (ALLOWED_HOSTS, media)."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402
from django.conf import settings  # noqa: E402

# Measure what production serves: no debug templates, no query log outside the counted request.
settings.DEBUG = False
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from publication.models import PracticeIndexPage, StudyVisitIndexPage  # noqa: E402


def urls():
    """Each listing unfiltered and with every filter, and a search in each language."""
    for index in PracticeIndexPage.objects.live().select_related("locale"):
        yield index.url
        yield f"{index.url}?year=2018&city=bremen&thematic_area=x&target_group=y"
    for index in StudyVisitIndexPage.objects.live().select_related("locale"):
        yield index.url
        yield f"{index.url}?year=2021"
    for language, word in [
        ("en", "housing"),
        ("pl", "mieszkania"),
        ("de", "Wohnungen"),
        ("nl", "taal"),
        ("it", "accoglienza"),
        ("el", "στέγαση"),
    ]:
        yield f"/{language}/search/?q={word}"
        yield f"/{language}/search/?q={word}&type=practice&page=2"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    client = Client(HTTP_HOST="localhost")
    slowest = (0, "")
    print(f"{'queries':>7} {'median ms':>9}  url")
    for url in urls():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        count = len(queries)  # read now: the next request clears the query log
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        slowest = max(slowest, (median, url))
        flag = "" if status == 200 else f"  (status {status})"
        print(f"{count:>7} {median:>9.1f}  {url}{flag}")
    print(f"Slowest: {slowest[1]} at {slowest[0]:.1f} ms (median of {args.runs} runs).")


if __name__ == "__main__":
    main()
