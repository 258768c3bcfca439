"""`python manage.py restore ARCHIVE`: bring back a `manage.py backup` archive."""

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore


class Command(BaseCommand):
    """Restores the database and the media files from an archive made by `manage.py backup`, into
    an empty database and media folder or bucket unless told to replace what is there."""

    help = (
        "Restore a backup archive: check it against this code, migrate, load the data in one "
        "transaction, copy the media files, clear the cache and rebuild the search index. The "
        "database and the media folder or bucket must be empty unless --replace is given. Stop "
        "the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz made by manage.py backup")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete what the database and the media storage hold and put the backup in its "
            "place",
        )

    def handle(self, archive, replace, **options):
        log = self.stdout.write if options["verbosity"] >= 1 else (lambda text: None)
        try:
            summary = restore(archive, replace=replace, log=log)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] >= 1:
            line = f"Restored {summary.describe()} in {summary.seconds:.1f} s."
            self.stdout.write(self.style.SUCCESS(line))
