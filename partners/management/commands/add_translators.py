"""`python manage.py add_translators --language pl`: the group of one language's translators."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.models import HomePage
from partners import roles


class Command(BaseCommand):
    """Creates (or brings back to its permissions) the "<Language> translators" group, who may
    edit every page of one language but publish none; running it again changes nothing."""

    help = (
        "Create the '<Language> translators' group: edit the pages of one language, no "
        "publishing. Add people to it in the admin. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, help="A site language, e.g. pl.")

    def handle(self, *args, **options):
        language = options["language"].strip().lower()
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if language not in languages:
            raise CommandError(
                f"Unknown --language {options['language']!r}; the site has {', '.join(languages)}."
            )
        home = HomePage.objects.filter(locale__language_code=language, depth=2).first()
        if home is None:
            raise CommandError(
                f"There is no {language!r} home page yet: translate the home page into it (or "
                "add a partner writing in it) first."
            )
        group, changes = roles.ensure_translators(home)
        for change in changes:
            self.stdout.write(f"- {change}.")
        outcome = (
            f"{len(changes)} change(s) made" if changes else "already set up, nothing changed"
        )
        self.stdout.write(self.style.SUCCESS(f"{group.name}: {outcome}."))
