"""The address that links in e-mails (moderation notifications, password resets, a new
partner's set-your-password link) point at: where the site really runs, not the development
server's http://127.0.0.1:8000.

In order: WAGTAILADMIN_BASE_URL or PUBLIC_URL when the environment gives one; else the default
Site record's address, once `manage.py set_public_url` (or Settings → Sites) has given it one
(Wagtail creates it as "localhost"); else the development server's. Never the address a request
came to: a forged Host header must not choose where a password-reset link leads.

Wagtail reads its e-mails' base from settings.WAGTAILADMIN_BASE_URL, which settings can only fix
at start-up; the middleware below gives it the Site record's address for each admin request
(the only ones that send these e-mails) and puts the setting back afterwards."""

from django.conf import settings
from wagtail.models import Site

# Wagtail's placeholder hostname for the first Site record: nobody's public address.
PLACEHOLDER_HOSTS = {"localhost", "127.0.0.1"}


def site_address():
    """The default Site record's address, or None while it is still the placeholder."""
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    if site is None or site.hostname in PLACEHOLDER_HOSTS:
        return None
    return site.root_url


def public_base_url():
    """The site's public address, without a trailing slash."""
    address = None if settings.ADMIN_BASE_URL_GIVEN else site_address()
    return (address or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


class AdminBaseUrlMiddleware:
    """Gives Wagtail's e-mails, sent while an admin request is answered, the public address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.ADMIN_BASE_URL_GIVEN or not request.path.startswith("/admin/"):
            return self.get_response(request)
        configured = settings.WAGTAILADMIN_BASE_URL
        settings.WAGTAILADMIN_BASE_URL = public_base_url()
        try:
            return self.get_response(request)
        finally:
            settings.WAGTAILADMIN_BASE_URL = configured
