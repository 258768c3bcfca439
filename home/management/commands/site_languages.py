"""`python manage.py site_languages [list | add CODE | open CODE | close CODE]`: the site's
languages, added and opened to readers without a change of code or settings."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from home.languages import has_interface_catalogue, is_open, language_name
from home.models import LanguageOpening


class Command(BaseCommand):
    """Lists the site's languages, adds one (its locale, closed to readers) and opens or closes
    one to readers, as Settings → Locales does in the admin."""

    help = (
        "list: every language with a locale, whether readers see it and whether the site's own "
        "texts are translated into it. add CODE: a new language (its locale), closed to readers: "
        "partners write in it, editors preview it. open CODE: readers see it (language menus, "
        "sitemap, /CODE/ addresses). close CODE: readers no longer do. CODE is one of "
        "settings.LANGUAGE_NAMES."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "action", nargs="?", default="list", choices=["list", "add", "open", "close"]
        )
        parser.add_argument("code", nargs="?", help="a language code, e.g. sv")

    def handle(self, action, code, **options):
        self.verbosity = options["verbosity"]
        if action == "list":
            self.list()
            return
        code = self.validate(action, code)
        with transaction.atomic():
            locale, created = Locale.objects.get_or_create(language_code=code)
            if action == "add":
                if created:
                    LanguageOpening.objects.create(locale=locale, open_to_readers=False)
                self.summary(code, "added" if created else "already there")
                return
            if action == "close" and code == settings.LANGUAGE_CODE:
                raise CommandError(
                    f"{code} is the site's default language: readers of every other language "
                    "are sent to it; it cannot be closed."
                )
            LanguageOpening.objects.update_or_create(
                locale=locale, defaults={"open_to_readers": action == "open"}
            )
        self.summary(code, "opened to readers" if action == "open" else "closed to readers")

    def validate(self, action, code):
        possible = [language for language, _name in settings.LANGUAGES]
        if not code:
            raise CommandError(f"{action} needs a language code: one of {', '.join(possible)}.")
        code = code.strip().lower()
        if code not in possible:
            raise CommandError(
                f"Unknown language {code!r}; the site can have {', '.join(possible)} "
                "(settings.LANGUAGE_NAMES)."
            )
        return code

    def describe(self, code):
        state = "open to readers" if is_open(code) else "closed to readers (admin only)"
        texts = (
            "the site's texts translated"
            if has_interface_catalogue(code)
            else "the site's texts in English (no catalogue in locale/)"
        )
        return f"{code} {language_name(code)}: {state}; {texts}"

    def list(self):
        codes = set(Locale.objects.values_list("language_code", flat=True))
        order = [code for code, _name in settings.LANGUAGES]
        for code in sorted(codes, key=lambda code: order.index(code) if code in order else 999):
            self.say(f"- {self.describe(code)}")
        self.say(self.style.SUCCESS(f"{len(codes)} language(s) with a locale."))

    def say(self, text):
        if self.verbosity >= 1:
            self.stdout.write(text)

    def summary(self, code, what):
        self.say(self.style.SUCCESS(f"{language_name(code)} ({code}) {what}."))
        self.say(f"- {self.describe(code)}")
