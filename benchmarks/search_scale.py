"""How fast the public search answers on PostgreSQL with 50,000 pages in six languages.

    .venv/bin/python benchmarks/search_scale.py                  # builds once, then measures
    .venv/bin/python benchmarks/search_scale.py --rebuild --pages 50000 --runs 9

It builds (once, then reuses; --rebuild to drop and build again) the PostgreSQL database
`welcoming_search50k` on 127.0.0.1:5432 (--database-url for another): migrated, the demo content
(`load_demo`: the partner cities and index pages in en, pl, de, nl, it, el), then study-visit
reports and practice articles under the five cities until the site has --pages pages, each one
written in all six languages (the same translation key) with the varied multi-sentence text of
benchmarks/site_speed.py, plus a district name (some common, most rare), and in one page in four
a sentence on integration with the word in its plain form ("integration", "Integration",
"integracja", "integratie", "integrazione", "ένταξη"); one page in a hundred has it in its title.

Pages are written in bulk (their tree paths computed here, the page rows inserted a thousand at a
time, without revisions, signals or the reference index): through treebeard's add_child and
Wagtail's save, as benchmarks/site_speed.py builds, a page takes about 20 ms, a quarter of an
hour for 50,000. The search index is then built once by
`update_index`, through the project's backend (search/backends.py: each page's row written with
its language's text-search configuration).

Then it asks the public search view (`/<lang>/search/?q=...`, Django's test client, DEBUG and
the page cache off) for a common word, integration, a rare word, two words, integration among
practices only and its second page of results, in each language: the median of --runs runs
after one warm-up, the SQL queries of one request, how many results, and the first result's
title (a title match should come first)."""

import argparse
import datetime
import html
import json
import os
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import psycopg

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "pl", "de", "nl", "it", "el"]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/welcoming_search50k"
BATCH = 1000

# The word a reader types, and a sentence with it as it is written (Polish has no stemming in
# PostgreSQL: the sentence uses the word as typed).
INTEGRATION = {
    "en": ("integration", "Integration is the aim: the council reviews it every year."),
    "pl": ("integracja", "Celem jest integracja: rada miasta omawia ją co roku."),
    "de": ("Integration", "Ziel ist die Integration: der Rat prüft sie jedes Jahr."),
    "nl": ("integratie", "Het doel is integratie: de gemeenteraad bespreekt het elk jaar."),
    "it": ("integrazione", "Lo scopo è l'integrazione: il consiglio la discute ogni anno."),
    "el": ("ένταξη", "Στόχος είναι η ένταξη: το συμβούλιο τη συζητά κάθε χρόνο."),
}
# Where the work happens, one district a page: a few common, most rare (a Zipf-like draw).
DISTRICT = {
    "en": "Sessions take place in the {district} district.",
    "pl": "Spotkania odbywają się w dzielnicy {district}.",
    "de": "Die Treffen finden im Stadtteil {district} statt.",
    "nl": "De bijeenkomsten vinden plaats in de wijk {district}.",
    "it": "Gli incontri si svolgono nel quartiere {district}.",
    "el": "Οι συναντήσεις γίνονται στη συνοικία {district}.",
}
SYLLABLES = ["ber", "lin", "wo", "sta", "rek", "mar", "dor", "vel", "kas", "tu", "nor", "pil"]
DISTRICTS = sorted({a.title() + b + c for a in SYLLABLES for b in SYLLABLES for c in ("a", "en")})
# Per language: a common word and two words; the rare word is a district in the tail of the draw.
QUERIES = {
    "en": ("programme", "language courses"),
    "pl": ("program", "kursy językowe"),
    "de": ("Programm", "Sprachkurse Familien"),
    "nl": ("programma", "taallessen nieuwkomers"),
    "it": ("programma", "corsi lingua"),
    "el": ("πρόγραμμα", "μαθήματα γλώσσας"),
}
RARE_DISTRICT = DISTRICTS[-1]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=50_000, help="pages in all (default 50,000)")
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--rebuild", action="store_true", help="drop and build the database")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per URL (default 5)")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--language", action="append", help="measure only these languages")
    return parser.parse_args()


def server(url):
    """A connection to the server's maintenance database, and the benchmark database's name."""
    name = url.rsplit("/", 1)[1]
    connection = psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True)
    return connection, name


def stored_stats(url):
    """What the build took, kept as the database's comment; None if it was not finished."""
    connection, name = server(url)
    with connection:
        row = connection.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [name],
        ).fetchone()
    if row is None:
        return None
    return json.loads(row[0]) if row[0] else {}


def prepare_database(args):
    """Drop it on --rebuild; create it if missing. Returns the stats of a finished build."""
    connection, name = server(args.database_url)
    with connection:
        if args.rebuild:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            shutil.rmtree(media_root(args), ignore_errors=True)
        stats = stored_stats(args.database_url)
        if stats is None:
            connection.execute(f'CREATE DATABASE "{name}"')
        elif not stats:
            sys.exit(f"{name} exists but was not finished: run with --rebuild.")
    return stats


def media_root(args):
    return f"/tmp/{args.database_url.rsplit('/', 1)[1]}-media"


def set_up_django(args):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": args.database_url,
            "SITE_LANGUAGES": ",".join(LANGUAGES),
            "PAGE_CACHE_ENABLED": "false",
            "MEDIA_ROOT": media_root(args),
        }
    )
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    # Measure what production serves: no debug pages, no query log outside the counted request.
    settings.DEBUG = False
    django.setup()


# --- Building ---------------------------------------------------------------------------------


class Builder:
    """Writes the generated reports and practices under the demo's city pages, in bulk."""

    def __init__(self):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.images import get_image_model
        from wagtail.models import Locale

        from partners.models import CityProfilePage
        from publication.models import PracticeArticlePage, StudyVisitReportPage

        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        # A page goes under its city in each language the city is in (the demo has each city
        # in its own language, English and Polish); elsewhere under that language's city.
        cities = CityProfilePage.objects.order_by("pk")
        by_key = {(city.translation_key, city.locale_id): city for city in cities}
        self.parents = {}
        for english in cities.filter(locale=self.locales["en"]):
            for language in LANGUAGES:
                locale = self.locales[language]
                self.parents[(english.slug, language)] = by_key.get(
                    (english.translation_key, locale.pk)
                ) or next(city for city in cities if city.locale_id == locale.pk)
        self.next_step = {}
        self.models = {"report": StudyVisitReportPage, "practice": PracticeArticlePage}
        self.content_types = {
            kind: ContentType.objects.get_for_model(model) for kind, model in self.models.items()
        }
        self.pictures = list(
            get_image_model().objects.order_by("pk").values_list("pk", flat=True)
        ) or [None]
        self.published = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)

    def path(self, parent):
        """The tree path of the next child of `parent` (what add_child computes per page)."""
        from wagtail.models import Page

        if parent.pk not in self.next_step:
            last = parent.get_last_child()
            self.next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) if last else 0
        self.next_step[parent.pk] += 1
        return Page._get_path(parent.path, parent.depth + 1, self.next_step[parent.pk])

    def pages(self, number):
        """The six pages (one per language) of generated page `number`."""
        import uuid

        from site_speed import Plan

        plan = Plan(number)
        rng = random.Random(f"search-{number}")
        district = DISTRICTS[min(int(rng.paretovariate(1.0)) - 1, len(DISTRICTS) - 1)]
        integration = rng.random() < 0.25
        in_title = rng.random() < 0.01
        key = uuid.UUID(int=rng.getrandbits(128))
        published = self.published + datetime.timedelta(hours=number)
        model = self.models[plan.kind]
        for language in LANGUAGES:
            parent = self.parents[(plan.city, language)]
            values = plan.values(language, parent.title)
            word, sentence = INTEGRATION[language]
            extra = [DISTRICT[language].format(district=district)]
            if integration:
                extra.append(sentence)
            values["summary"] = " ".join([values["summary"], *extra])
            if in_title:
                values["title"] = f"{word[0].upper()}{word[1:]}: {values['title']}"
            yield model(
                **values,
                path=self.path(parent),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{values['slug']}/",
                draft_title=values["title"],
                content_type=self.content_types[plan.kind],
                locale=self.locales[language],
                translation_key=key,
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                hero_image_id=self.pictures[plan.picture % len(self.pictures)],
            )

    def build(self, total):
        from django.db import transaction
        from wagtail.models import Page

        started = time.perf_counter()
        numbers = range(total // len(LANGUAGES))
        for start in range(0, len(numbers), BATCH // len(LANGUAGES)):
            chunk = numbers[start : start + BATCH // len(LANGUAGES)]
            pages = [page for number in chunk for page in self.pages(number)]
            with transaction.atomic():
                # Page rows first (their ids come back), then each type's own rows. Django's
                # bulk_create refuses multi-table models, hence the insert of the subclass's own
                # columns through the queryset's _insert, which bulk_create itself uses.
                Page.objects.bulk_create(pages)
                for model in self.models.values():
                    own = [page for page in pages if type(page) is model]
                    for page in own:
                        page.page_ptr_id = page.id
                    model._base_manager._insert(own, fields=model._meta.local_concrete_fields)
            done = (start + len(chunk)) * len(LANGUAGES)
            if done % 5000 < BATCH or start + len(chunk) == len(numbers):
                elapsed = time.perf_counter() - started
                print(
                    f"  {done}/{len(numbers) * len(LANGUAGES)} pages, {elapsed:.0f} s", flush=True
                )
        for parent in set(self.parents.values()):
            Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())


def build(args):
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page

    from home.tasks import bulk_publishing

    name = args.database_url.rsplit("/", 1)[1]
    print(f"Building {name}: the demo content, then pages up to {args.pages}.")
    seconds = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    seconds["migrate"] = time.perf_counter() - started
    print(f"  migrated: {seconds['migrate']:.0f} s", flush=True)
    # The search index is built once at the end.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    step = time.perf_counter()
    call_command("load_demo", verbosity=0)
    seconds["load_demo"] = time.perf_counter() - step
    print(f"  demo content: {seconds['load_demo']:.0f} s", flush=True)
    step = time.perf_counter()
    with bulk_publishing():
        Builder().build(args.pages - Page.objects.filter(depth__gt=1).count())
    seconds["pages"] = time.perf_counter() - step
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = True
    step = time.perf_counter()
    print("  search index...", flush=True)
    call_command("update_index", verbosity=0)
    seconds["update_index"] = time.perf_counter() - step
    print(f"  search index: {seconds['update_index']:.0f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    seconds["total"] = time.perf_counter() - started
    stats = {"pages": Page.objects.filter(depth__gt=1).count(), "seconds": seconds}
    with connection.cursor() as cursor:
        cursor.execute(f"COMMENT ON DATABASE \"{name}\" IS '{json.dumps(stats)}'")
    print(f"Built {stats['pages']} pages in {seconds['total']:.0f} s.")
    return stats


# --- Measuring --------------------------------------------------------------------------------


def urls(languages):
    for language in languages:
        common, two_words = QUERIES[language]
        integration = INTEGRATION[language][0]
        for label, params in [
            ("common word", {"q": common}),
            ("integration", {"q": integration}),
            ("rare word", {"q": RARE_DISTRICT}),
            ("two words", {"q": two_words}),
            ("practices only", {"q": integration, "type": "practice"}),
            ("page 2", {"q": integration, "page": 2}),
        ]:
            yield language, label, f"/{language}/search/?{urlencode(params)}"


def measure(args):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    rows = []
    print(f"{'lang':4} {'query':15} {'ms':>7} {'queries':>7} {'results':>7}  first result")
    for language, label, url in urls(args.language or LANGUAGES):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        count_queries = len(queries)  # now: the next request clears the query log
        content = response.content.decode()
        found = re.search(r'class="listing-count" role="status">\D*?(\d+)', content)
        first = re.search(r'class="search-result__title"><a [^>]*>(.*?)</a>', content, re.S)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        rows.append(median)
        title = html.unescape(re.sub(r"<[^>]+>", "", first.group(1))) if first else "-"
        print(
            f"{language:4} {label:15} {median:7.0f} {count_queries:7} "
            f"{found.group(1) if found else 0:>7}  {title[:60]}",
            flush=True,
        )
    print(
        f"Median of {args.runs} runs; slowest {max(rows):.0f} ms, median of all "
        f"{statistics.median(rows):.0f} ms."
    )


def main():
    args = parse_arguments()
    stats = prepare_database(args)
    set_up_django(args)
    if not stats:
        stats = build(args)
    else:
        print(f"Reusing the database: {stats['pages']} pages (--rebuild to build it again).")
    if not args.build_only:
        measure(args)


if __name__ == "__main__":
    main()
