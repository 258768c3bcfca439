"""Request middleware of the site."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path
from django.utils import translation


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
