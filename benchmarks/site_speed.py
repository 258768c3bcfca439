"""How fast the public site answers under gunicorn with the production settings, as a share of
a minimal Django view (/healthz) served by the same gunicorn in the same run.

    .venv/bin/python benchmarks/site_speed.py                # 500 reports and practices
    .venv/bin/python benchmarks/site_speed.py --pages 5000   # the large site (builds once)
    make bench PAGES=50

It builds (once, then reuses) a SQLite database: the demo content (`load_demo`: cities, index
pages, the publication, all in six languages through wagtail-localize), then --pages study-visit
reports and practice articles under the five partner cities, each written in its city's
language with varied multi-sentence text (three in ten mention "integration") and translated
into English and Polish. Every tenth page is translated through wagtail-localize (a
TranslationSource, its segments, a StringTranslation for each in the target language, then
published as an editor would); the others are their translations' pages created directly in
the target locale with the same translation key (what wagtail-localize produces, without its
translation records: building 10,000 of those through it would take hours). Pages are created
live with their publication dates set, without a revision each; the search index is built
once at the end (`update_index`) and the reference index, which readers never use, is left
out. The database is /tmp/welcoming-bench-<N>.sqlite3 and its pictures are in
/tmp/welcoming-bench-<N>-media; --rebuild builds them again.

Then it collects the static files, counts each URL's SQL queries in-process (Django's test
client against the same database, page cache off and on), starts gunicorn twice
(`gunicorn.conf.py`, production settings, WEB_CONCURRENCY=2): with the page cache, warmed
before measuring, and without it (PAGE_CACHE_ENABLED=false), and loads each URL with wrk (a
Python client where wrk is missing) for --duration seconds. It prints one Markdown table:
requests per second, median and 99th-percentile latency, queries, and requests per second as a
ratio of /healthz's in the same run: the machine is shared and noisy, the ratio much less so.
/healthz is loaded before and after the pages and its mean is the baseline."""

import argparse
import datetime
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "pl", "de", "nl", "it", "el"]
# The demo's partner cities (English slug) and the language each writes in.
CITY_LANGUAGES = {
    "gdansk": "pl",
    "bremen": "de",
    "ghent": "nl",
    "bologna": "it",
    "thessaloniki": "el",
}
TARGETS = ["en", "pl"]
LOCALIZE_EVERY = 10
REPORT_EVERY = 3
INTEGRATION_SHARE = 0.3


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, default=500, help="reports and practices (default 500)"
    )
    parser.add_argument("--db", help="SQLite file (default /tmp/welcoming-bench-<N>.sqlite3)")
    parser.add_argument("--rebuild", action="store_true", help="delete and build the database")
    parser.add_argument(
        "--duration", type=int, default=10, help="seconds of load per URL (default 10)"
    )
    parser.add_argument(
        "--connections", type=int, default=4, help="concurrent connections (default 4)"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--build-only", action="store_true", help="build the database and stop")
    args = parser.parse_args()
    args.db = args.db or f"/tmp/welcoming-bench-{args.pages}.sqlite3"
    args.media = f"{os.path.splitext(args.db)[0]}-media"
    return args


def server_environment(args):
    """What gunicorn gets, and this process too: the production settings on the benchmark's
    database, plain HTTP on the loopback."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-not-secret"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{args.db}",
        "MEDIA_ROOT": args.media,
        "SITE_LANGUAGES": ",".join(LANGUAGES),
        "WEB_CONCURRENCY": str(args.workers),
    }


def set_up_django(args):
    if args.rebuild:
        for path in (args.db, args.db + ".json"):
            if os.path.exists(path):
                os.remove(path)
        shutil.rmtree(args.media, ignore_errors=True)
    os.environ.update(server_environment(args))
    # Every page saved clears the page cache with an INFO line; building prints its own progress.
    os.environ["LOG_LEVEL"] = "WARNING"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- Text -------------------------------------------------------------------------------------

# Per language: topics, target groups, sentences (with {topic}, {group}, {city}, {year}), the
# sentence that mentions integration, and the titles. Pages pick by index, so a page and its
# translations have the same shape, which is how their segments are paired.
TEXT = {
    "en": {
        "topics": [
            "Housing support",
            "Language courses",
            "Job mentoring",
            "Health mediation",
            "School enrolment help",
            "Free legal advice",
            "Neighbourhood volunteering",
            "Sport clubs for all",
            "Digital skills",
            "Women's groups",
            "Intercultural festivals",
            "Welcome desks",
        ],
        "groups": [
            "newcomers",
            "refugee families",
            "unaccompanied minors",
            "migrant women",
            "young adults",
            "older migrants",
        ],
        "sentences": [
            "The city started {topic} for {group} in {year}, together with local associations.",
            "Social workers meet {group} every week and plan the next steps with them.",
            "{city} measured the results with short interviews and a yearly survey.",
            "Most participants said the programme helped them find their way around the city.",
            "Volunteers from the neighbourhood take part and keep the service close to people.",
            "The costs are shared by the municipality, a foundation and European funds.",
            "A small team coordinates {topic} and trains the staff of partner organisations.",
            "Waiting lists grew quickly, so the service moved to a larger building in {year}.",
            "Information is translated into several languages and explained face to face.",
            "Other cities could repeat it with modest resources and one reliable partner.",
            "Schools, clinics and employers send {group} to the programme.",
            "The evaluation pointed out gaps in public transport and childcare.",
            "Landlords were sceptical at first and now offer flats themselves.",
            "Mentors are often former participants who speak the same language.",
        ],
        "integration": "It belongs to the city's integration strategy and is reviewed every "
        "year with the migrants' council.",
        "practice": "{topic} for {group}",
        "report": "Study visit to {city}: {topic}",
        "organisation": "Municipality of {city}",
    },
    "pl": {
        "topics": [
            "Wsparcie mieszkaniowe",
            "Kursy językowe",
            "Mentoring zawodowy",
            "Mediacja zdrowotna",
            "Pomoc w zapisach do szkół",
            "Bezpłatne porady prawne",
            "Wolontariat sąsiedzki",
            "Kluby sportowe dla wszystkich",
            "Umiejętności cyfrowe",
            "Grupy kobiet",
            "Festiwale międzykulturowe",
            "Punkty powitalne",
        ],
        "groups": [
            "nowo przybyli",
            "rodziny uchodźców",
            "małoletni bez opieki",
            "migrantki",
            "młodzi dorośli",
            "starsi migranci",
        ],
        "sentences": [
            "Miasto uruchomiło program „{topic}” w {year} roku razem z lokalnymi organizacjami.",
            "Pracownicy socjalni co tydzień spotykają się z grupą: {group}.",
            "{city} zmierzył efekty krótkimi wywiadami i coroczną ankietą.",
            "Większość uczestników mówi, że program pomógł im odnaleźć się w mieście.",
            "Wolontariusze z sąsiedztwa biorą udział i utrzymują usługę blisko ludzi.",
            "Koszty dzielą gmina, fundacja i fundusze europejskie.",
            "Mały zespół koordynuje program „{topic}” i szkoli pracowników partnerów.",
            "Listy oczekujących szybko rosły, więc w {year} roku usługa przeniosła się.",
            "Informacje są tłumaczone na kilka języków i wyjaśniane osobiście.",
            "Inne miasta mogą to powtórzyć przy skromnych środkach i jednym partnerze.",
            "Szkoły, przychodnie i pracodawcy kierują do programu osoby z grupy: {group}.",
            "Ewaluacja wskazała braki w transporcie publicznym i opiece nad dziećmi.",
            "Wynajmujący byli początkowo sceptyczni, a teraz sami oferują mieszkania.",
            "Mentorami są często byli uczestnicy, którzy mówią tym samym językiem.",
        ],
        "integration": "Program jest częścią miejskiej strategii integracji i co roku "
        "omawia go rada imigrantów.",
        "practice": "{topic}: {group}",
        "report": "Wizyta studyjna – {city}: {topic}",
        "organisation": "Urząd Miejski – {city}",
    },
    "de": {
        "topics": [
            "Wohnungshilfe",
            "Sprachkurse",
            "Berufsmentoring",
            "Gesundheitsmediation",
            "Hilfe bei der Schulanmeldung",
            "Kostenlose Rechtsberatung",
            "Nachbarschaftliches Ehrenamt",
            "Sportvereine für alle",
            "Digitale Kompetenzen",
            "Frauengruppen",
            "Interkulturelle Feste",
            "Willkommensbüros",
        ],
        "groups": [
            "Neuankommende",
            "geflüchtete Familien",
            "unbegleitete Minderjährige",
            "Migrantinnen",
            "junge Erwachsene",
            "ältere Zugewanderte",
        ],
        "sentences": [
            "Die Stadt startete „{topic}“ im Jahr {year} gemeinsam mit lokalen Vereinen.",
            "Sozialarbeiterinnen treffen jede Woche {group} und planen die nächsten Schritte.",
            "{city} hat die Ergebnisse mit Interviews und einer jährlichen Umfrage gemessen.",
            "Die meisten Teilnehmenden sagen, das Programm habe ihnen die Stadt erschlossen.",
            "Freiwillige aus dem Viertel machen mit und halten das Angebot nah an den Menschen.",
            "Die Kosten teilen sich die Stadt, eine Stiftung und europäische Fonds.",
            "Ein kleines Team koordiniert „{topic}“ und schult die Partnerorganisationen.",
            "Die Wartelisten wuchsen schnell, deshalb zog es {year} in ein größeres Haus.",
            "Informationen werden in mehrere Sprachen übersetzt und persönlich erklärt.",
            "Andere Städte könnten es mit bescheidenen Mitteln und einem Partner wiederholen.",
            "Schulen, Praxen und Arbeitgeber vermitteln {group} an das Programm.",
            "Die Evaluation zeigte Lücken beim Nahverkehr und bei der Kinderbetreuung.",
            "Vermieter waren zuerst skeptisch und bieten jetzt selbst Wohnungen an.",
            "Mentorinnen sind oft ehemalige Teilnehmende, die dieselbe Sprache sprechen.",
        ],
        "integration": "Es gehört zum Integrationskonzept der Stadt und wird jährlich mit "
        "dem Migrationsbeirat überprüft.",
        "practice": "{topic}: {group}",
        "report": "Studienbesuch in {city}: {topic}",
        "organisation": "Stadt {city}",
    },
    "nl": {
        "topics": [
            "Woonondersteuning",
            "Taallessen",
            "Jobcoaching",
            "Gezondheidsbemiddeling",
            "Hulp bij schoolinschrijving",
            "Gratis juridisch advies",
            "Buurtvrijwilligerswerk",
            "Sportclubs voor iedereen",
            "Digitale vaardigheden",
            "Vrouwengroepen",
            "Interculturele feesten",
            "Onthaalbalies",
        ],
        "groups": [
            "nieuwkomers",
            "vluchtelingengezinnen",
            "niet-begeleide minderjarigen",
            "migrantenvrouwen",
            "jongvolwassenen",
            "oudere migranten",
        ],
        "sentences": [
            "De stad startte „{topic}” in {year}, samen met lokale verenigingen.",
            "Maatschappelijk werkers zien {group} elke week en plannen de volgende stappen.",
            "{city} mat de resultaten met korte interviews en een jaarlijkse enquête.",
            "De meeste deelnemers zeggen dat het programma hen de weg in de stad wees.",
            "Vrijwilligers uit de buurt doen mee en houden de dienst dicht bij de mensen.",
            "De kosten worden gedeeld door de stad, een stichting en Europese fondsen.",
            "Een klein team coördineert „{topic}” en leidt medewerkers van partners op.",
            "De wachtlijsten groeiden snel, dus verhuisde de dienst in {year}.",
            "Informatie wordt in meerdere talen vertaald en persoonlijk uitgelegd.",
            "Andere steden kunnen het herhalen met bescheiden middelen en één partner.",
            "Scholen, huisartsen en werkgevers verwijzen {group} naar het programma.",
            "De evaluatie wees op tekorten in openbaar vervoer en kinderopvang.",
            "Verhuurders waren eerst sceptisch en bieden nu zelf woningen aan.",
            "Mentoren zijn vaak oud-deelnemers die dezelfde taal spreken.",
        ],
        "integration": "Het maakt deel uit van het integratiebeleid van de stad en wordt elk "
        "jaar besproken met de migrantenraad.",
        "practice": "{topic}: {group}",
        "report": "Studiebezoek aan {city}: {topic}",
        "organisation": "Stad {city}",
    },
    "it": {
        "topics": [
            "Sostegno all'abitare",
            "Corsi di lingua",
            "Mentoring al lavoro",
            "Mediazione sanitaria",
            "Aiuto all'iscrizione scolastica",
            "Consulenza legale gratuita",
            "Volontariato di quartiere",
            "Sport per tutti",
            "Competenze digitali",
            "Gruppi di donne",
            "Feste interculturali",
            "Sportelli di accoglienza",
        ],
        "groups": [
            "nuovi arrivati",
            "famiglie rifugiate",
            "minori non accompagnati",
            "donne migranti",
            "giovani adulti",
            "migranti anziani",
        ],
        "sentences": [
            "Il Comune ha avviato «{topic}» nel {year} insieme alle associazioni locali.",
            "Gli assistenti sociali incontrano ogni settimana {group} e pianificano i passi.",
            "{city} ha misurato i risultati con brevi interviste e un questionario annuale.",
            "La maggior parte dei partecipanti dice che il programma li ha orientati in città.",
            "I volontari del quartiere partecipano e tengono il servizio vicino alle persone.",
            "I costi sono divisi tra il Comune, una fondazione e i fondi europei.",
            "Una piccola squadra coordina «{topic}» e forma il personale dei partner.",
            "Le liste d'attesa sono cresciute, così nel {year} il servizio ha cambiato sede.",
            "Le informazioni sono tradotte in più lingue e spiegate di persona.",
            "Altre città potrebbero ripeterlo con poche risorse e un partner affidabile.",
            "Scuole, ambulatori e datori di lavoro indirizzano {group} al programma.",
            "La valutazione ha indicato carenze nei trasporti e nei servizi per l'infanzia.",
            "I proprietari erano scettici e ora offrono essi stessi degli appartamenti.",
            "I mentori sono spesso ex partecipanti che parlano la stessa lingua.",
        ],
        "integration": "Fa parte della strategia di integrazione della città ed è discusso "
        "ogni anno con la consulta dei migranti.",
        "practice": "{topic}: {group}",
        "report": "Visita di studio a {city}: {topic}",
        "organisation": "Comune di {city}",
    },
    "el": {
        "topics": [
            "Στήριξη στέγασης",
            "Μαθήματα γλώσσας",
            "Καθοδήγηση για εργασία",
            "Διαμεσολάβηση υγείας",
            "Βοήθεια στις εγγραφές σχολείων",
            "Δωρεάν νομική συμβουλή",
            "Εθελοντισμός της γειτονιάς",
            "Αθλητικοί σύλλογοι για όλους",
            "Ψηφιακές δεξιότητες",
            "Ομάδες γυναικών",
            "Διαπολιτισμικά φεστιβάλ",
            "Γραφεία υποδοχής",
        ],
        "groups": [
            "νεοαφιχθέντες",
            "οικογένειες προσφύγων",
            "ασυνόδευτοι ανήλικοι",
            "γυναίκες μετανάστριες",
            "νέοι ενήλικες",
            "ηλικιωμένοι μετανάστες",
        ],
        "sentences": [
            "Ο δήμος ξεκίνησε το πρόγραμμα «{topic}» το {year} μαζί με τοπικούς συλλόγους.",
            "Κοινωνικοί λειτουργοί συναντούν κάθε εβδομάδα την ομάδα: {group}.",
            "Η πόλη {city} μέτρησε τα αποτελέσματα με σύντομες συνεντεύξεις και ετήσια έρευνα.",
            "Οι περισσότεροι συμμετέχοντες λένε ότι το πρόγραμμα τους βοήθησε στην πόλη.",
            "Εθελοντές της γειτονιάς συμμετέχουν και κρατούν την υπηρεσία κοντά στους ανθρώπους.",
            "Το κόστος μοιράζονται ο δήμος, ένα ίδρυμα και ευρωπαϊκά ταμεία.",
            "Μια μικρή ομάδα συντονίζει το πρόγραμμα «{topic}» και εκπαιδεύει τους εταίρους.",
            "Οι λίστες αναμονής μεγάλωσαν και το {year} η υπηρεσία μετακόμισε.",
            "Οι πληροφορίες μεταφράζονται σε πολλές γλώσσες και εξηγούνται προσωπικά.",
            "Άλλες πόλεις θα μπορούσαν να το επαναλάβουν με λίγους πόρους και έναν εταίρο.",
            "Σχολεία, ιατρεία και εργοδότες παραπέμπουν στο πρόγραμμα την ομάδα: {group}.",
            "Η αξιολόγηση έδειξε κενά στις συγκοινωνίες και στη φροντίδα παιδιών.",
            "Οι ιδιοκτήτες ήταν αρχικά επιφυλακτικοί και τώρα προσφέρουν οι ίδιοι διαμερίσματα.",
            "Μέντορες είναι συχνά πρώην συμμετέχοντες που μιλούν την ίδια γλώσσα.",
        ],
        "integration": "Ανήκει στη στρατηγική ένταξης της πόλης και συζητείται κάθε χρόνο "
        "με το συμβούλιο μεταναστών.",
        "practice": "{topic}: {group}",
        "report": "Επίσκεψη μελέτης – {city}: {topic}",
        "organisation": "Δήμος – {city}",
    },
}
TOPIC_SLUGS = [
    "housing-support", "language-courses", "job-mentoring", "health-mediation",
    "school-enrolment", "legal-advice", "neighbourhood-volunteering", "sport-for-all",
    "digital-skills", "womens-groups", "intercultural-festivals", "welcome-desks",
]  # fmt: skip


class Plan:
    """The choices that make one generated page: drawn once from its number, then written out
    in any language."""

    def __init__(self, number):
        rng = random.Random(number)
        self.number = number
        self.kind = "report" if number % REPORT_EVERY == 0 else "practice"
        self.city = list(CITY_LANGUAGES)[number % len(CITY_LANGUAGES)]
        self.topic = rng.randrange(len(TOPIC_SLUGS))
        self.group = rng.randrange(6)
        self.year = rng.randint(2012, 2024)
        self.integration = rng.random() < INTEGRATION_SHARE
        count = len(TEXT["en"]["sentences"])
        # Sentences per field; distinct within a field (a field's equal strings would share
        # one translation).
        self.fields = {
            name: rng.sample(range(count), size)
            for name, size in [
                ("summary", 6),
                ("first", 3),
                ("second", 3),
                ("third", 3),
                ("fourth", 2),
                ("fifth", 2),
            ]
        }
        self.status = rng.choice(["pilot", "running", "regular", "completed"])
        self.days = rng.randint(2, 4)
        self.month = rng.randint(1, 12)
        self.areas = rng.sample(range(11), rng.randint(1, 3))
        self.groups = rng.sample(range(6), rng.randint(0, 2))
        self.picture = rng.randrange(1000)
        self.reached = rng.randint(20, 2000)

    @property
    def slug(self):
        prefix = "study-visit-" if self.kind == "report" else ""
        return f"{prefix}{TOPIC_SLUGS[self.topic]}-{self.number}"

    def sentences(self, language, name, city):
        text = TEXT[language]
        words = {
            "topic": text["topics"][self.topic],
            "group": text["groups"][self.group],
            "city": city,
            "year": self.year,
        }
        chosen = [text["sentences"][index].format(**words) for index in self.fields[name]]
        if self.integration and name in ("summary", "second"):
            chosen.insert(1, text["integration"])
        return chosen

    def paragraphs(self, language, name, city):
        return "".join(f"<p>{sentence}</p>" for sentence in self.sentences(language, name, city))

    def values(self, language, city):
        """The page's field values in `language`."""
        from wagtail.rich_text import RichText

        text = TEXT[language]
        words = {"topic": text["topics"][self.topic], "group": text["groups"][self.group]}
        start = datetime.date(self.year, self.month, 10)
        common = {
            "slug": self.slug,
            "summary": " ".join(self.sentences(language, "summary", city)),
        }
        if self.kind == "report":
            return common | {
                "title": text["report"].format(city=city, **words),
                "start_date": start,
                "end_date": start + datetime.timedelta(days=self.days),
                "context": self.paragraphs(language, "first", city),
                "meeting_discussion": self.paragraphs(language, "second", city),
                "key_findings": self.paragraphs(language, "third", city),
                "transferability": self.paragraphs(language, "fourth", city),
            }
        return common | {
            "title": text["practice"].format(**words),
            "implementing_organisation": text["organisation"].format(city=city),
            "start_date": start,
            "status": self.status,
            "people_reached": self.reached,
            "purpose": self.paragraphs(language, "first", city),
            "how_it_works": [
                ("paragraph", RichText(self.paragraphs(language, "second", city))),
                ("paragraph", RichText(self.paragraphs(language, "third", city))),
            ],
            "results": [("paragraph", RichText(self.paragraphs(language, "fourth", city)))],
            "how_to_repeat": self.paragraphs(language, "fifth", city),
        }


# --- Building ---------------------------------------------------------------------------------


class Builder:
    """Adds the generated reports and practices, with their translations, to the demo site."""

    def __init__(self, total):
        from wagtail.images import get_image_model
        from wagtail.models import Locale

        from partners.models import CityProfilePage
        from publication.models import TargetGroup, ThematicArea

        self.total = total
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.cities = {}
        for slug, language in CITY_LANGUAGES.items():
            english = CityProfilePage.objects.get(locale=self.locales["en"], slug=slug)
            self.cities[slug] = {
                code: english.get_translation(self.locales[code]) for code in {language, *TARGETS}
            }
        self.taxonomy = {}
        for model in (ThematicArea, TargetGroup):
            keys = list(
                model.objects.filter(locale=self.locales["en"])
                .order_by("sort_order", "pk")
                .values_list("translation_key", flat=True)
            )
            by_key = {(obj.translation_key, obj.locale_id): obj for obj in model.objects.all()}
            self.taxonomy[model] = (keys, by_key)
        # The demo's wide pictures serve as hero images.
        self.pictures = list(
            get_image_model()
            .objects.filter(width=1600)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.published = datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC)

    def snippets(self, model, indexes, locale):
        keys, by_key = self.taxonomy[model]
        chosen = [keys[index % len(keys)] for index in indexes]
        return [
            by_key.get((key, locale.pk)) or by_key[(key, self.locales["en"].pk)] for key in chosen
        ]

    def instance(self, plan, language, parent, published, **extra):
        from publication.models import (
            PracticeArticlePage,
            StudyVisitReportPage,
            TargetGroup,
            ThematicArea,
        )

        model = StudyVisitReportPage if plan.kind == "report" else PracticeArticlePage
        locale = self.locales[language]
        page = model(
            **plan.values(language, parent.title),
            locale=locale,
            hero_image_id=self.pictures[plan.picture % len(self.pictures)],
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            **extra,
        )
        page.thematic_areas = self.snippets(ThematicArea, plan.areas, locale)
        page.target_groups = self.snippets(TargetGroup, plan.groups, locale)
        return page

    def build(self):
        from django.db import transaction

        started = time.perf_counter()
        for start in range(0, self.total, 100):
            with transaction.atomic():
                for number in range(start, min(start + 100, self.total)):
                    self.page(Plan(number))
            done = min(start + 100, self.total)
            if done % 500 == 0 or done == self.total:
                elapsed = time.perf_counter() - started
                print(f"  {done}/{self.total} reports and practices, {elapsed:.0f} s", flush=True)

    def page(self, plan):
        city = self.cities[plan.city]
        language = CITY_LANGUAGES[plan.city]
        # One page a day, oldest first, so the feeds and sitemap have dates to sort.
        published = self.published + datetime.timedelta(hours=8 * plan.number)
        original = city[language].add_child(
            instance=self.instance(plan, language, city[language], published)
        )
        targets = [code for code in TARGETS if code != language]
        if plan.number % LOCALIZE_EVERY == 0:
            for code in targets:
                self.translate(plan, original, code, city[code], published)
        else:
            for code in targets:
                city[code].add_child(
                    instance=self.instance(
                        plan, code, city[code], published, translation_key=original.translation_key
                    )
                )

    def translate(self, plan, original, language, parent, published):
        """Through wagtail-localize, as a translator would: every segment translated, then
        published."""
        from wagtail.models import Page
        from wagtail_localize.models import StringSegment, StringTranslation
        from wagtail_localize.segments import StringSegmentValue
        from wagtail_localize.segments.extract import extract_segments

        from translation.localize import publish_translation, translation_for

        locale = self.locales[language]
        translation = translation_for(original, locale)
        source_segments = list(
            StringSegment.objects.filter(source=translation.source)
            .select_related("string")
            .order_by("order")
        )
        target_segments = [
            segment
            for segment in extract_segments(self.instance(plan, language, parent, published))
            if isinstance(segment, StringSegmentValue)
        ]
        if len(source_segments) != len(target_segments):
            raise RuntimeError(f"{original.slug}: the {language} text has another shape.")
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of=source.string,
                    locale=locale,
                    context_id=source.context_id,
                    data=target.string.data,
                )
                for source, target in zip(source_segments, target_segments, strict=True)
            ],
            ignore_conflicts=True,
        )
        page = publish_translation(translation)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
        # wagtail-localize copies the original's thematic areas; the page files itself under
        # their translations, as the demo loader does.
        from publication.models import TargetGroup, ThematicArea

        for name, model, indexes in [
            ("thematic_areas", ThematicArea, plan.areas),
            ("target_groups", TargetGroup, plan.groups),
        ]:
            field = type(page)._meta.get_field(name)
            through = field.remote_field.through
            column, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through.objects.filter(**{column: page.pk}).delete()
            through.objects.bulk_create(
                [
                    through(**{f"{column}_id": page.pk, target: snippet})
                    for snippet in self.snippets(model, indexes, locale)
                ]
            )


def build(args):
    """The database, or nothing if it exists; returns what the build took, as stored."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from home.tasks import bulk_publishing

    stats_path = Path(args.db + ".json")
    if stats_path.exists():
        stats = json.loads(stats_path.read_text())
        print(
            f"Reusing {args.db}, built in {stats['seconds']['total']:.0f} s (--rebuild to redo)."
        )
        return stats
    if os.path.exists(args.db):
        sys.exit(f"{args.db} exists but was not finished: run with --rebuild.")

    print(f"Building {args.db}: the demo content and {args.pages} reports and practices.")
    seconds = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    seconds["migrate"] = time.perf_counter() - started
    with connection.cursor() as cursor:
        # A scratch database: no waiting for the disk after every write.
        cursor.execute("PRAGMA synchronous = OFF")
    # The search index is built once at the end; the reference index is not used by readers.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    step = time.perf_counter()
    call_command("load_demo", verbosity=0)
    seconds["load_demo"] = time.perf_counter() - step
    print(f"  demo content: {seconds['load_demo']:.0f} s", flush=True)
    step = time.perf_counter()
    with disable_reference_index_auto_update(), bulk_publishing():
        Builder(args.pages).build()
    seconds["pages"] = time.perf_counter() - step
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = True
    step = time.perf_counter()
    call_command("update_index", verbosity=0)
    seconds["update_index"] = time.perf_counter() - step
    print(f"  search index: {seconds['update_index']:.0f} s", flush=True)
    seconds["total"] = time.perf_counter() - started

    from wagtail.models import Page

    stats = {
        "pages": Page.objects.filter(depth__gt=1).count(),
        "built_at": datetime.datetime.now().isoformat(timespec="seconds"),
        "seconds": seconds,
    }
    stats_path.write_text(json.dumps(stats, indent=2))
    print(f"Built {stats['pages']} pages in {seconds['total']:.0f} s.")
    return stats


# --- Measuring --------------------------------------------------------------------------------


def urls():
    """(label, path) of what is measured; /healthz is the baseline."""
    from django.utils.text import slugify
    from wagtail.models import Locale

    from partners.models import CityProfilePage
    from publication.models import (
        PracticeArticlePage,
        PracticeIndexPage,
        StudyVisitReportPage,
        ThematicArea,
    )

    english = Locale.objects.get(language_code="en")
    housing = ThematicArea.objects.get(locale=english, name="Housing")
    listing = PracticeIndexPage.objects.get(locale=english)
    city = CityProfilePage.objects.get(locale=english, slug="bremen")
    # The first generated report (translated through wagtail-localize) and a practice.
    report = StudyVisitReportPage.objects.get(locale=english, slug=Plan(0).slug)
    practice = PracticeArticlePage.objects.get(locale=english, slug=Plan(1).slug)
    return [
        ("home", "/en/"),
        ("listing, filtered", f"{listing.url}?thematic_area={slugify(housing.name)}"),
        ("report", report.url),
        ("practice", practice.url),
        ("city profile", city.url),
        ("search", "/en/search/?q=integration"),
        ("sitemap", "/sitemap.xml"),
        ("feed", "/en/feed/"),
        ("API", "/api/v2/pages/?type=publication.PracticeArticlePage&locale=en"),
    ]


def count_queries(pages):
    """{path: (queries uncached, queries cached, KiB)}, through Django's test client."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    counts = {}
    for _label, path in pages:
        found = []
        for cached in (False, True):
            settings.PAGE_CACHE_ENABLED = cached
            client.get(path)  # warm: renditions, templates, the cache entry
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            if response.status_code != 200:
                sys.exit(f"{path} answered {response.status_code}")
            found.append(len(queries))
        counts[path] = (*found, len(response.content) / 1024)
    settings.PAGE_CACHE_ENABLED = True
    connection.close()
    return counts


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with the production settings, as `make serve` starts it."""

    def __init__(self, args, page_cache, log):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = os.environ | server_environment(args)
        env |= {
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
            "LOG_LEVEL": "WARNING",
        }
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(
            [str(gunicorn), "config.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def __enter__(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("gunicorn stopped; see its log.")
            try:
                if fetch(self.base + "/healthz")[0] == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        sys.exit("gunicorn did not answer within 60 s.")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(30)


def fetch(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
        return response.status, response.headers.get("X-Page-Cache")


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def load_with_wrk(url, args, duration):
    """(requests/s, median ms, p99 ms, errors)."""
    output = subprocess.run(
        ["wrk", "-t1", f"-c{args.connections}", f"-d{duration}s", "--timeout", "60s",
         "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def latency(percent):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * UNITS[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    failed = (int(errors.group(1)) if errors else 0) + (int(timeouts.group(1)) if timeouts else 0)
    return rps, latency(50), latency(99), failed


def load_with_python(url, args, duration):
    """The same as wrk, from threads with kept-alive connections (slower: the client competes
    with the server for the same cores, which the ratio to /healthz partly cancels)."""
    parts = urllib.parse.urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + duration
    times, failed, lock = [], [0], threading.Lock()

    def run():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        mine = []
        while time.monotonic() < deadline:
            began = time.perf_counter()
            connection.request("GET", target)
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - began) * 1000)
            if response.status != 200:
                with lock:
                    failed[0] += 1
        with lock:
            times.extend(mine)

    began = time.perf_counter()
    threads = [threading.Thread(target=run) for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    quantiles = statistics.quantiles(times, n=100)
    return len(times) / elapsed, statistics.median(times), quantiles[98], failed[0]


def measure_run(args, pages, page_cache, log):
    """{path: (rps, p50, p99, failed, baseline rps)} and the mean /healthz figures, for one
    gunicorn run. /healthz is loaded before each URL and after the last; a URL's baseline is
    the mean of the two loads around it, so that a neighbour's burst of work weighs on both."""
    load = load_with_wrk if shutil.which("wrk") else load_with_python
    baseline_seconds = max(2, args.duration // 2)
    with Server(args, page_cache, log) as server:
        print(f"  gunicorn on {server.base}, page cache {'on' if page_cache else 'off'}")
        for _label, path in pages:
            # Warm every worker (renditions, templates, its own cache entry): requests go to
            # whichever worker accepts first, so ask until several hits in a row.
            hits = 0
            for _attempt in range(10 * args.workers if page_cache else 3):
                _status, state = fetch(server.base + path)
                hits = hits + 1 if state == "hit" else 0
                if hits == 2 * args.workers:
                    break
            if page_cache and state != "hit":
                print(f"  note: {path} still answers X-Page-Cache: {state} after warming")
        healthz = [load(server.base + "/healthz", args, baseline_seconds)]
        measured = []
        for label, path in pages:
            measured.append(load(server.base + path, args, args.duration))
            healthz.append(load(server.base + "/healthz", args, baseline_seconds))
            ratio = measured[-1][0] / ((healthz[-2][0] + healthz[-1][0]) / 2)
            print(f"    {label}: {measured[-1][0]:.0f} req/s, {ratio:.2f} × /healthz", flush=True)
    results = {
        path: (*result, (healthz[index][0] + healthz[index + 1][0]) / 2)
        for index, ((_label, path), result) in enumerate(zip(pages, measured, strict=True))
    }
    baseline = [statistics.mean(run[column] for run in healthz) for column in range(4)]
    spread = (min(run[0] for run in healthz), max(run[0] for run in healthz))
    return results, (*baseline, baseline[0]), spread


def commit():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "?"


def table(args, stats, pages, counts, cached, uncached):
    (cached, cached_base, cached_spread) = cached
    (uncached, uncached_base, uncached_spread) = uncached
    tool = "wrk" if shutil.which("wrk") else "a Python client"
    lines = [
        f"{args.pages} reports and practices, {stats['pages']} pages in six languages; SQLite; "
        f"gunicorn {args.workers} workers × {os.environ.get('GUNICORN_THREADS', 2)} threads; "
        f"{tool}, {args.connections} connections, {args.duration} s per URL; "
        f"{datetime.date.today()}, commit {commit()}, {os.cpu_count()} cores.",
        "",
        "| page | queries uncached / cached | KiB | uncached req/s | ratio | p50 ms | p99 ms "
        "| cached req/s | ratio | p50 ms | p99 ms |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]

    def ratio(result):
        # The last item of a result is the /healthz rate around it.
        share = result[0] / result[-1]
        return f"{share:.3f}" if share < 0.1 else f"{share:.2f}"

    def row(label, queries, size, plain, hit):
        return (
            f"| {label} | {queries} | {size} | {plain[0]:.0f} | {ratio(plain)} "
            f"| {plain[1]:.1f} | {plain[2]:.1f} | {hit[0]:.0f} | {ratio(hit)} "
            f"| {hit[1]:.1f} | {hit[2]:.1f} |"
        )

    lines.append(row("/healthz (baseline)", "0 / 0", "0", uncached_base, cached_base))
    for label, path in pages:
        queries_plain, queries_cached, size = counts[path]
        queries = f"{queries_plain} / {queries_cached}"
        lines.append(row(label, queries, f"{size:.0f}", uncached[path], cached[path]))
    failed = [
        (path, run[path][3]) for path in counts for run in (cached, uncached) if run[path][3]
    ]
    lines += [
        "",
        "Ratio: the URL's requests per second over /healthz's, loaded just before and just "
        "after it in the same gunicorn. /healthz ranged from "
        f"{cached_spread[0]:.0f} to {cached_spread[1]:.0f} req/s in the cached run and from "
        f"{uncached_spread[0]:.0f} to {uncached_spread[1]:.0f} in the uncached one.",
        "URLs: " + ", ".join(f"{label} `{path}`" for label, path in pages) + ".",
    ]
    seconds = stats["seconds"]
    lines.append(
        f"Database built in {seconds['total']:.0f} s (demo content {seconds['load_demo']:.0f} s, "
        f"reports and practices {seconds['pages']:.0f} s, search index "
        f"{seconds['update_index']:.0f} s) on {stats['built_at'][:10]}."
    )
    if failed:
        lines.append(f"Failed requests (not 200, or timed out): {failed}.")
    return "\n".join(lines)


def main():
    args = parse_arguments()
    set_up_django(args)
    stats = build(args)
    if args.build_only:
        return
    from django.core.management import call_command

    print("Collecting the static files (the production storage needs their manifest)...")
    call_command("collectstatic", interactive=False, verbosity=0)
    pages = urls()
    print("Counting queries...")
    counts = count_queries(pages)
    with tempfile.NamedTemporaryFile(
        "w", prefix="welcoming-bench-gunicorn-", suffix=".log", delete=False
    ) as log:
        print(f"Loading each URL for {args.duration} s (gunicorn's log: {log.name})...")
        cached = measure_run(args, pages, True, log)
        uncached = measure_run(args, pages, False, log)
    print()
    print(table(args, stats, pages, counts, cached, uncached))


if __name__ == "__main__":
    main()
