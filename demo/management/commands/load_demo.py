"""`python manage.py load_demo`: fill the site with the demo content of `demo/content/`."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoContentError, Loader, import_content
from home.tasks import bulk_publishing, warm_site


class Report:
    """Prints the loader's progress through a management command's output, as quiet as its
    verbosity asks (0: errors only)."""

    def __init__(self, command, verbosity):
        self.stdout = command.stdout
        self.style = command.style
        self.verbosity = verbosity

    def line(self, text):
        if self.verbosity >= 1:
            self.stdout.write(text)

    def note(self, text):
        if self.verbosity >= 1:
            self.stdout.write(self.style.WARNING(f"Note: {text}"))

    def item(self, index, total, item, created, translated):
        if self.verbosity < 1:
            return
        targets = ", ".join(item.target_languages) or "no translations"
        if created:
            status = self.style.SUCCESS("updated" if item.update_existing else "created")
            if translated:
                status += f", translated into {', '.join(translated)}"
        elif translated:
            status = f"exists; translated into {', '.join(translated)}"
        else:
            status = "exists, skipped"
        width = len(str(total))
        self.stdout.write(
            f"[{index:>{width}}/{total}] {item.label} ({item.source_language}) → {targets}: "
            f"{status}"
        )


class Command(BaseCommand):
    """Creates the demo snippets, pages, pictures and translations; running it again only adds
    what is missing."""

    help = (
        "Load the demo content (taxonomies, partner cities, reports, practices, the publication) "
        "in every enabled language, translated through wagtail-localize. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help=(
                "Also create the demo editor accounts (gdansk-editor, bremen-editor, ... with "
                "the password 'welcome') when DEBUG is off; with DEBUG on they are always made."
            ),
        )

    def handle(self, *args, **options):
        report = Report(self, options["verbosity"])
        # The languages open to readers from the start; any other is added by its editors.
        languages = list(settings.SITE_LANGUAGES)
        # Accounts with a known password belong on a developer's machine only.
        accounts = settings.DEBUG or options["with_accounts"]
        if not accounts:
            report.note("DEBUG is off: no demo accounts (pass --with-accounts to add them).")
        started = time.monotonic()
        try:
            site, cities = import_content()
            with bulk_publishing():
                counts = Loader(site, cities, languages, report, accounts=accounts).run()
        except DemoContentError as error:
            raise CommandError(str(error)) from None
        seconds = time.monotonic() - started
        if counts.pages or counts.translations:
            # Pictures in every size and the page cache, made by the background worker.
            warm_site.enqueue()
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content: {counts.snippets} snippets, {counts.pages} pages, "
                    f"{counts.translations} translations, {counts.pictures} pictures created; "
                    f"{counts.skipped} skipped ({seconds:.0f} s)."
                )
            )
