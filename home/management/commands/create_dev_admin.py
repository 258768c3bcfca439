"""Create the local superuser `admin` / `welcome` for trying the admin on a development machine."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "welcome"  # noqa: S105 - development only, refused when DEBUG is off


class Command(BaseCommand):
    help = "Create the development superuser admin/welcome (refuses to run when DEBUG is off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin only runs with DEBUG on (development settings).")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        verb = "Created" if created else "Found"
        self.stdout.write(
            self.style.WARNING(
                f"{verb} development superuser '{USERNAME}' (password '{PASSWORD}', dev only) "
                "- admin at http://127.0.0.1:8000/admin/"
            )
        )
