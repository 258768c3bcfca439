"""How long the sitemap, the feeds and the API's page listing take with thousands of pages.

Builds (once) a scratch SQLite database holding --pages English pages, each with a Polish and a
German translation (so three URLs and three alternates per page), plus a few reports and
practices for the feeds. Then it prints, for each URL, the number of queries, the median time
over --runs requests after one warm-up, and the size of the response.

    .venv/bin/python benchmarks/sitemap_feeds.py               # 4,000 pages: 12,000 URLs
    .venv/bin/python benchmarks/sitemap_feeds.py --pages 500   # a quicker, smaller run
    .venv/bin/python benchmarks/sitemap_feeds.py --rebuild     # build the database again

The database is /tmp/sitemap-benchmark.sqlite3 unless --db says otherwise; a later run with the
same --pages reuses it (several minutes to build 4,000 pages)."""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "pl", "de"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=4000, help="English pages (default 4000)")
    parser.add_argument("--db", default="/tmp/sitemap-benchmark.sqlite3")
    parser.add_argument("--rebuild", action="store_true", help="delete and build the database")
    parser.add_argument("--runs", type=int, default=5, help="timed requests per URL")
    return parser.parse_args()


def set_up_django(args):
    if args.rebuild and os.path.exists(args.db):
        os.remove(args.db)
    os.environ["DATABASE_URL"] = f"sqlite:///{args.db}"
    os.environ.setdefault("MEDIA_ROOT", "/tmp/sitemap-benchmark-media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Measure what production runs, without Django's debug bookkeeping of every query.
    settings.DEBUG = False
    call_command("migrate", verbosity=0)


def build(pages):
    """The home page in three languages, `pages` standard pages in each (sharing translation
    keys, as translations do) and a city with reports and practices for the feeds."""
    from django.conf import settings
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from home.models import HomePage, StandardPage

    english = HomePage.objects.get(depth=2, locale__language_code="en")
    existing = StandardPage.objects.filter(locale=english.locale).count()
    if existing == pages:
        return
    if existing:
        sys.exit(f"The database holds {existing} pages, not {pages}: run with --rebuild.")
    print(f"Building {pages} pages in {len(LANGUAGES)} languages...")
    # Neither the search index nor the reference index is measured here; skipping their
    # updates makes building thousands of pages several times faster.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    with disable_reference_index_auto_update():
        create_pages(english, pages)


def create_pages(english, pages):
    from django.utils import timezone
    from wagtail.models import Locale

    from home.models import StandardPage
    from partners.models import CityIndexPage, CityProfilePage
    from publication.models import PracticeArticlePage, StudyVisitReportPage

    homes = {"en": english}
    for code in LANGUAGES[1:]:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        homes[code] = english.get_translation_or_none(locale) or english.copy_for_translation(
            locale
        )
        homes[code].save_revision().publish()

    started = time.perf_counter()
    for number in range(pages):
        original = homes["en"].add_child(
            instance=StandardPage(
                title=f"Page {number}",
                slug=f"page-{number}",
                intro="Text.",
                last_published_at=timezone.now(),
            )
        )
        for code in LANGUAGES[1:]:
            homes[code].add_child(
                instance=StandardPage(
                    title=f"Page {number} ({code})",
                    slug=f"page-{number}",
                    intro="Text.",
                    locale=homes[code].locale,
                    translation_key=original.translation_key,
                    last_published_at=original.last_published_at,
                )
            )
        if number % 500 == 499:
            print(f"  {number + 1} of {pages} pages ({time.perf_counter() - started:.0f} s)")

    for code, home in homes.items():
        cities = home.add_child(instance=CityIndexPage(title="Cities", slug=f"cities-{code}"))
        city = cities.add_child(
            instance=CityProfilePage(title="Bremen", slug="bremen", country="DE", summary="City.")
        )
        for number in range(30):
            day = datetime.date(2021, 1, 1) + datetime.timedelta(days=number)
            city.add_child(
                instance=StudyVisitReportPage(
                    title=f"Visit {number}",
                    slug=f"visit-{number}",
                    summary="A visit.",
                    context="<p>Context.</p>",
                    start_date=day,
                    end_date=day,
                )
            )
            city.add_child(
                instance=PracticeArticlePage(
                    title=f"Practice {number}",
                    slug=f"practice-{number}",
                    summary="A practice.",
                    implementing_organisation="City",
                    purpose="<p>Purpose.</p>",
                    how_it_works=[("paragraph", "<p>How.</p>")],
                    start_date=day,
                )
            )


def measure(url, runs):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.get(url)
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200, (url, response.status_code)
    size = len(response.content) / 1024
    print(f"{len(queries):>7} {statistics.median(times):>9.0f} {size:>8.0f}  {url}")


def main():
    args = parse_arguments()
    set_up_django(args)
    build(args.pages)

    from wagtail.models import Page

    from home import sitemap

    live = Page.objects.live().filter(depth__gt=1).count()
    print(f"{live} live pages; at most {sitemap.URLS_PER_SITEMAP} URLs per sitemap file")
    print(f"{'queries':>7} {'median ms':>9} {'KiB':>8}  url")
    urls = ["/sitemap.xml", "/robots.txt", "/en/feed/", "/pl/feed/rss/"]
    if live > sitemap.URLS_PER_SITEMAP:
        urls.insert(1, "/sitemap-1.xml")
    urls += ["/api/v2/pages/?locale=pl", "/api/v2/pages/?type=home.StandardPage&fields=intro"]
    for url in urls:
        measure(url, args.runs)


if __name__ == "__main__":
    main()
