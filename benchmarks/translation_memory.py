"""How long the translation memory takes with 100,000 translated texts.

Builds (once) a database holding 500 German pages' worth of wagtail-localize sources, 200 texts
each, every text translated into English, and one more page of 200 texts to translate: 100 of
them said before word for word, 100 with one word changed. Then it times the memory's exact
lookup for one text and for that whole page, the search for similar texts (one text, the 20
texts the admin view shows at a time, the view itself) and building the list of texts it
searches, and prints the query plan of the exact lookup.

    .venv/bin/python benchmarks/translation_memory.py                 # SQLite in /tmp
    .venv/bin/python benchmarks/translation_memory.py --rebuild       # build the database again
    .venv/bin/python benchmarks/translation_memory.py \\
        --database-url postgres://postgres@127.0.0.1:5432/translation_memory_benchmark

A PostgreSQL database named in --database-url is created if missing. The pages are only
wagtail-localize's records of them (sources, segments, translations), inserted in bulk: the
memory reads nothing else."""

import argparse
import os
import random
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = 500
TEXTS_PER_PAGE = 200
WORDS = (
    "die stadt eröffnete neue sprachcafés schulen vereine familien freiwillige begleiten "
    "beratung wohnung arbeit ämter kinder frauen jugendliche nachbarschaft bibliothek kurse "
    "mentoren projekt jahr monaten sprache gesundheit sport kultur sicherheit integration "
    "willkommensklassen stadtteilhaus erstaufnahme migranten netzwerk partner besuch treffen "
    "bewohnerinnen austausch programm ergebnisse finanzierung ehrenamt dolmetscher hilfe"
).split()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default="sqlite:////tmp/translation-memory-benchmark.sqlite3"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs of each measurement")
    return parser.parse_args()


def prepare_database(args):
    parts = urllib.parse.urlsplit(args.database_url)
    if parts.scheme == "sqlite":
        path = parts.path[1:] if parts.path.startswith("//") else parts.path
        if args.rebuild and os.path.exists(path):
            os.remove(path)
        return
    import psycopg

    name = parts.path.lstrip("/")
    server = parts._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and args.rebuild:
            connection.execute(f'DROP DATABASE "{name}"')
        if not exists or args.rebuild:
            connection.execute(f'CREATE DATABASE "{name}"')


def set_up_django(args):
    prepare_database(args)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ["SITE_LANGUAGES"] = "en,pl,de"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Measure what production runs, without Django's debug bookkeeping of every query.
    settings.DEBUG = False
    call_command("migrate", verbosity=0)


def sentence(rng):
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return " ".join(words).capitalize() + f" ({rng.randint(1, 10**6)})."


def one_word_changed(rng, text):
    words = text.split(" ")
    index = rng.randrange(len(words) - 1)
    words[index] = rng.choice([word for word in WORDS if word != words[index]])
    return " ".join(words)


class Builder:
    """Inserts sources, texts and translations in bulk, as wagtail-localize stores them."""

    def __init__(self):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Locale

        from publication.models import StudyVisitReportPage

        self.rng = random.Random(2023)
        self.de = Locale.objects.get_or_create(language_code="de")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.content_type = ContentType.objects.get_for_model(StudyVisitReportPage)

    def source(self, title, texts, translated):
        """A source with `texts` (Strings) in new contexts, translated into English if asked."""
        import uuid

        from django.utils import timezone
        from wagtail_localize.models import (
            StringSegment,
            StringTranslation,
            TranslatableObject,
            TranslationContext,
            TranslationSource,
        )

        obj = TranslatableObject.objects.create(
            translation_key=uuid.uuid4(), content_type=self.content_type
        )
        source = TranslationSource.objects.create(
            object=obj,
            specific_content_type=self.content_type,
            locale=self.de,
            object_repr=title,
            content_json="{}",
            last_updated_at=timezone.now(),
        )
        contexts = TranslationContext.objects.bulk_create(
            [
                TranslationContext(
                    object=obj,
                    path=f"body.{index}",
                    path_id=TranslationContext._get_path_id(f"body.{index}"),
                    field_path="body",
                )
                for index in range(len(texts))
            ]
        )
        contexts = list(TranslationContext.objects.filter(object=obj).order_by("id"))
        StringSegment.objects.bulk_create(
            [
                StringSegment(source=source, context=context, order=index, string=string)
                for index, (context, string) in enumerate(zip(contexts, texts, strict=True))
            ]
        )
        if translated:
            StringTranslation.objects.bulk_create(
                [
                    StringTranslation(
                        translation_of=string,
                        locale=self.en,
                        context=context,
                        data=f"[en] {string.data}",
                        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    )
                    for context, string in zip(contexts, texts, strict=True)
                ]
            )
        return source

    def strings(self, texts):
        from wagtail_localize.models import String

        String.objects.bulk_create(
            [
                String(locale=self.de, data=text, data_hash=String._get_data_hash(text))
                for text in texts
            ],
            ignore_conflicts=True,
        )
        by_text = {
            string.data: string
            for string in String.objects.filter(
                locale=self.de, data_hash__in=[String._get_data_hash(text) for text in texts]
            )
        }
        return [by_text[text] for text in texts]

    def build(self):
        from django.db import transaction
        from wagtail_localize.models import Translation

        started = time.perf_counter()
        said = []
        for page in range(PAGES):
            with transaction.atomic():
                texts = [sentence(self.rng) for _ in range(TEXTS_PER_PAGE)]
                said.extend(texts)
                self.source(f"Bericht {page + 1}", self.strings(texts), translated=True)
            if (page + 1) % 50 == 0:
                elapsed = time.perf_counter() - started
                print(f"  {page + 1}/{PAGES} pages translated, {elapsed:.0f} s", flush=True)
        half = TEXTS_PER_PAGE // 2
        new = self.rng.sample(said, half) + [
            one_word_changed(self.rng, text) for text in self.rng.sample(said, half)
        ]
        with transaction.atomic():
            source = self.source("Neuer Bericht", self.strings(new), translated=False)
            # bulk_create: no signal, so that the memory has not filled it in yet.
            Translation.objects.bulk_create(
                [Translation(source=source, target_locale=self.en, enabled=True)]
            )


def timed(action, repeat):
    """(median seconds, queries of one run, result of the last run) of `action`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        action()
    return statistics.median(times), len(queries), result


def rolled_back(action):
    """`action` run in a transaction that is then rolled back, so it can be run again."""
    from django.db import transaction

    def run():
        with transaction.atomic():
            result = action()
            transaction.set_rollback(True)
        return result

    return run


def main():
    args = parse_arguments()
    set_up_django(args)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    from translation import memory as translation_memory

    translation = Translation.objects.filter(source__object_repr="Neuer Bericht").first()
    if translation is None:
        Builder().build()
        translation = Translation.objects.get(source__object_repr="Neuer Bericht")
    else:
        print(f"Reusing {args.database_url} (--rebuild to build it again).")
    total = StringTranslation.objects.count()
    print(f"{connection.vendor}: {total:,} translated texts; a new page of 200 texts.\n")

    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string")
        .order_by("order")
    )
    exact, similar = segments[0], segments[-1]
    pool = translation_memory.pool(translation.source.locale_id, translation.target_locale_id)

    user = get_user_model().objects.filter(username="benchmark").first()
    if user is None:
        user = get_user_model().objects.create_superuser("benchmark", "b@example.org", "x")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def memory_view():
        response = client.get(reverse("translation_translation_memory", args=[translation.pk]))
        assert response.status_code == 200, response.status_code

    def cold_pool():
        fresh = translation_memory.Pool(translation.source.locale_id, translation.target_locale_id)
        fresh.refresh()
        return len(fresh.texts)

    measurements = [
        (
            "exact: one text",
            rolled_back(lambda: translation_memory.fill(translation, segment_ids=[exact.pk])),
        ),
        (
            "exact: filling the 200-text page",
            rolled_back(lambda: translation_memory.fill(translation)),
        ),
        (
            "similar: one text",
            lambda: pool.closest(similar.string.data, exclude=similar.string_id),
        ),
        (
            "similar: 20 texts (a page of the view)",
            lambda: len(translation_memory.suggestions(translation, segments[-20:])),
        ),
        ("similar: the admin view, 20 texts", memory_view),
        ("similar: the list of texts, up to date", lambda: pool.refresh() or len(pool.texts)),
        ("similar: the list of texts, built", cold_pool),
    ]
    print(f"{'measurement':42} {'median ms':>10} {'queries':>8}  result")
    for name, action in measurements:
        seconds, queries, result = timed(action, args.repeat)
        shown = "" if result is None else str(result)[:40]
        print(f"{name:42} {seconds * 1000:10.1f} {queries:8}  {shown}")

    print("\nQuery plan of the exact lookup for a page:")
    print(translation_memory.exact_matches(translation).explain())


if __name__ == "__main__":
    main()
