"""Give the default site its public address (PUBLIC_URL or --url), so that absolute links in the
API, feeds, sitemap, PDFs and e-mails name the public host, not localhost or port 8000."""

import os
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser):
        parser.add_argument("--url", help="e.g. https://welcomingcities.example.org")

    def handle(self, *args, url=None, **options):
        url = url or os.environ.get("PUBLIC_URL", "")
        if not url:
            self.stdout.write("No PUBLIC_URL given: the site's address is left as it is.")
            return
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(f"{url!r} is not an http(s) address such as https://example.org")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site; run `manage.py migrate` first.")
        if (site.hostname, site.port) == (parts.hostname, port):
            self.stdout.write(f"The site's address is already {site.root_url}.")
            return
        site.hostname, site.port = parts.hostname, port
        site.save()
        self.stdout.write(self.style.SUCCESS(f"The site's address is now {site.root_url}."))
