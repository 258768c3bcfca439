"""`python manage.py backup [PATH]`: the database and the media folder in one .tar.gz archive."""

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup, megabytes


class Command(BaseCommand):
    """Writes one archive holding the database (whatever DATABASE_URL points at) and every media
    file (of MEDIA_ROOT or the bucket), for `manage.py restore`."""

    help = (
        "Back up the database and the media files into one .tar.gz archive. PATH is the archive "
        "to write, or a folder to write welcoming-cities-<date>-<time>.tar.gz into (default: the "
        "current folder)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=".", help="archive file or folder")

    def handle(self, path, **options):
        log = self.stdout.write if options["verbosity"] >= 1 else (lambda text: None)
        try:
            archive, summary = backup(path, log=log)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] >= 1:
            size = megabytes(archive.stat().st_size)
            line = (
                f"Backed up {summary.describe()} to {archive} ({size}) in {summary.seconds:.1f} s."
            )
            self.stdout.write(self.style.SUCCESS(line))
