"""Request middleware of the site."""

import logging

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path
from django.utils import translation

logger = logging.getLogger(__name__)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a "not found" from a URL served outside the
    language prefixes (the API, the sitemap, documents) stays a 404.

    Django's would redirect it to the same path under /en/, where Wagtail's page routing then
    answers with an HTML 404: an API client asking for a draft page would get a redirect."""

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", None)
        if response.status_code == 404 and is_valid_path(request.path_info, urlconf):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached (a restart, a failover), answer 503 with
    `Retry-After` and a clear page instead of a 500; to an editor whose save failed, say that
    nothing was saved and give back what they typed."""

    RETRY_AFTER = 30
    # Form fields that are not an editor's text.
    SKIPPED = ("csrfmiddlewaretoken", "action-", "next")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.db import InterfaceError, OperationalError
        from django.template.response import TemplateResponse

        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable for %s %s: %s", request.method, request.path, exception)
        saving = request.method == "POST"
        typed = []
        if saving:
            for name, value in request.POST.items():
                if value.strip() and not name.startswith(self.SKIPPED) and len(value) < 100_000:
                    typed.append((name, value))
        response = TemplateResponse(
            request, "503_database.html", {"saving": saving, "typed": typed}, status=503
        )
        response["Retry-After"] = str(self.RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response.render()
