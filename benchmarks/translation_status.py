"""How long the translation status takes for 1,000 original pages in six locales.

Builds (once) a scratch SQLite database with 1,000 original pages spread over six locales (en,
pl, de, nl, it, el), each to be translated into the other five through wagtail-localize: some
translations missing, some half done, most current, some outdated because the original was
published again. Then it times the status computation, the "Translations" admin view and the
dashboard, and counts their queries.

    .venv/bin/python benchmarks/translation_status.py              # 1,000 pages, /tmp database
    .venv/bin/python benchmarks/translation_status.py --pages 200  # a quicker, smaller run
    .venv/bin/python benchmarks/translation_status.py --rebuild    # build the database again

The database is /tmp/translation-status-benchmark.sqlite3 unless --db says otherwise; a later
run reuses it, so only the first run pays for building it (several minutes)."""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "pl", "de", "nl", "it", "el"]
CITIES = {"en": "Dublin", "pl": "Gdańsk", "de": "Bremen", "nl": "Gent", "it": "Bologna"}
CITIES["el"] = "Thessaloniki"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="original pages (default 1000)")
    parser.add_argument("--db", default="/tmp/translation-status-benchmark.sqlite3")
    parser.add_argument("--rebuild", action="store_true", help="delete and build the database")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each measurement")
    return parser.parse_args()


def set_up_django(args):
    if args.rebuild and os.path.exists(args.db):
        os.remove(args.db)
    os.environ["DATABASE_URL"] = f"sqlite:///{args.db}"
    os.environ["SITE_LANGUAGES"] = ",".join(LANGUAGES)
    os.environ["TRANSLATION_TARGET_LANGUAGES"] = ",".join(LANGUAGES)
    os.environ.setdefault("MEDIA_ROOT", "/tmp/translation-status-benchmark-media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Measure what production runs, without Django's debug bookkeeping of every query.
    settings.DEBUG = False
    call_command("migrate", verbosity=0)


class Builder:
    """Creates the pages and their translations through wagtail-localize's own models."""

    def __init__(self, pages):
        from wagtail.models import Locale

        self.total = pages
        self.random = random.Random(2021)
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        self.created = 0
        self.started = time.perf_counter()

    def progress(self, what):
        self.created += 1
        if self.created % 50 == 0 or self.created == self.total:
            elapsed = time.perf_counter() - self.started
            print(f"  {self.created}/{self.total} originals ({what}), {elapsed:.0f} s", flush=True)

    def translate(self, page, codes, done=1.0):
        """Submits `page` for translation into `codes` and translates `done` of its texts."""
        from wagtail_localize.models import (
            StringSegment,
            StringTranslation,
            Translation,
            TranslationSource,
        )

        source, _ = TranslationSource.get_or_create_from_instance(page)
        segments = list(StringSegment.objects.filter(source=source).select_related("string"))
        for code in codes:
            locale = self.locales[code]
            translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
            StringTranslation.objects.bulk_create(
                [
                    StringTranslation(
                        translation_of=segment.string,
                        locale=locale,
                        context_id=segment.context_id,
                        data=f"[{code}] {segment.string.data}",
                    )
                    for segment in segments[: round(len(segments) * done)]
                ],
                ignore_conflicts=True,
            )
            translation.save_target(publish=False)
            if done == 1.0:
                page.get_translation(locale).get_latest_revision().publish()
        return source

    def site(self):
        """A home page and a city index in every language; one partner city per language."""
        from wagtail.models import Page, Site

        from home.models import HomePage
        from partners.models import CityIndexPage, CityProfilePage

        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locales["en"], depth=2).first()
        if home is None:
            home = root.add_child(
                instance=HomePage(title="Welcoming Cities", slug="home", locale=self.locales["en"])
            )
            Site.objects.update_or_create(
                is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
            )
        others = [code for code in LANGUAGES if code != "en"]
        self.translate(home, others)
        index = home.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
        self.translate(index, others)
        cities = []
        for code, name in CITIES.items():
            parent = index.get_translation(self.locales[code])
            city = parent.add_child(
                instance=CityProfilePage(
                    title=name, slug=name.lower(), country="DE", summary=f"{name} on the map."
                )
            )
            city.save_revision().publish()
            self.translate(city, [other for other in LANGUAGES if other != code])
            cities.append(city)
        self.created = 2 + len(cities)
        return cities

    def practice(self, city, number):
        from publication.models import PracticeArticlePage

        paragraphs = [
            ("paragraph", f"<p>Step {step} of practice {number} in {city.title}.</p>")
            for step in range(1, 9)
        ]
        practice = city.add_child(
            instance=PracticeArticlePage(
                title=f"Practice {number} in {city.title}",
                slug=f"practice-{number}",
                summary=f"What practice {number} does for newcomers in {city.title}. " * 6,
                implementing_organisation="City social services",
                start_date="2020-01-01",
                purpose=f"<p>Why practice {number} exists.</p>",
                how_it_works=paragraphs,
                results=paragraphs[:4],
            )
        )
        practice.save_revision().publish()
        return practice

    def build(self):
        from django.db import connection, transaction
        from wagtail.models import Page

        print(f"Building {self.total} original pages in {len(LANGUAGES)} languages...")
        # A scratch database: no need to wait for the disk after every write.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = OFF")
        with transaction.atomic():
            cities = self.site()
        republish = []
        for number in range(self.created + 1, self.total + 1):
            city = cities[number % len(cities)]
            with transaction.atomic():
                practice = self.practice(city, number)
                targets = [code for code in LANGUAGES if code != city.locale.language_code]
                # Roughly: one in six translations missing, one in four half done, the rest done.
                chosen = [code for code in targets if self.random.random() > 1 / 6]
                half = [code for code in chosen if self.random.random() < 1 / 4]
                self.translate(practice, [code for code in chosen if code not in half])
                self.translate(practice, half, done=0.5)
            if self.random.random() < 0.15:
                republish.append(practice.pk)
            self.progress(practice.title)
        # Originals published again after they were translated: their translations are outdated.
        for page in Page.objects.filter(pk__in=republish).specific():
            page.save_revision().publish()
        print(f"Built in {time.perf_counter() - self.started:.0f} s.")


def timed(action, repeat):
    """(median seconds, queries of one run) of `action`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    action()  # warm caches (content types, templates)
    durations = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            action()
            durations.append(time.perf_counter() - started)
    return statistics.median(durations), len(queries)


def main():
    args = parse_arguments()
    set_up_django(args)
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from translation.status import status_rows, summary

    if not Page.objects.filter(depth__gt=1, title__startswith="Practice ").exists():
        Builder(args.pages).build()
    else:
        print(f"Reusing {args.db} (--rebuild to build it again).")

    rows = status_rows()
    cells = sum(len(row.cells) for row in rows)
    print(f"{Page.objects.count()} pages; {len(rows)} originals; {cells} page × language cells.")
    print("Statuses:", {code: dict(counts) for code, counts in summary(rows).items()})

    user = get_user_model().objects.filter(username="benchmark").first()
    if user is None:
        user = get_user_model().objects.create_superuser("benchmark", "b@example.org", "x")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def view():
        response = client.get(reverse("translation_translation_status"))
        assert response.status_code == 200, response.status_code

    def dashboard():
        response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 200, response.status_code

    for name, action in [
        ("status_rows()", status_rows),
        ("Translations view (first page)", view),
        ("Admin dashboard with the panel", dashboard),
    ]:
        seconds, queries = timed(action, args.repeat)
        print(f"{name}: {seconds * 1000:.0f} ms (median of {args.repeat}), {queries} queries")


if __name__ == "__main__":
    main()
