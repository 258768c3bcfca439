"""Request middleware of the site."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from home.languages import is_open, may_preview, reader_language_from_request

logger = logging.getLogger(__name__)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a "not found" from a URL served outside the
    language prefixes (the API, the sitemap, documents) stays a 404.

    Django's would redirect it to the same path under /en/, where Wagtail's page routing then
    answers with an HTML 404: an API client asking for a draft page would get a redirect."""

    def process_request(self, request):
        """Also: a request without a language prefix (`/`) is sent to an open language only; a
        closed one (not yet public) in the cookie or the browser's list is passed over."""
        super().process_request(request)
        language = translation.get_language()
        if language == settings.LANGUAGE_CODE or translation.get_language_from_path(
            request.path_info
        ):
            return
        if not is_open(language):
            language = reader_language_from_request(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language

    def process_view(self, request, view_func, view_args, view_kwargs):
        """The addresses of a language not yet open to readers are "not found", except to the
        people who write and review it (signed in to the admin)."""
        language = translation.get_language_from_path(request.path_info)
        if language and not is_open(language) and not may_preview(request.user):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            raise Http404("This language is not open to readers yet.")
        return None

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", None)
        if response.status_code == 404 and is_valid_path(request.path_info, urlconf):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class AdminLanguageMiddleware:
    """Every admin response to a signed-in editor is in the editor's admin language (Account >
    Language), whatever the browser asks for.

    Wagtail switches to that language only inside the view it wraps; a refusal it gives on the
    way out ("Sorry, you do not have permission to access this area."), a message stored by a
    decorator and the 403 of a view refused before Wagtail's wrapper runs were otherwise written
    in the browser's language and shown on a page in the editor's. Placed after the
    authentication middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path_info.startswith(reverse("wagtailadmin_home"))
        ):
            language = UserProfile.get_for_user(user).get_preferred_language()
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


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


class MalformedEditorPostMiddleware:
    """An editor's form (a page's or a snippet's, saved or previewed) posted without the fields
    its own widgets always send (a StreamField's "-count", a formset's management fields) is
    answered with a 400 that says so, instead of a 500; nothing is saved, since the form data
    is read before anything is.

    Wagtail's StreamField and Django's widgets read those fields with `data[name]` and
    `int(...)`, so that the error escapes from the form's `value_from_datadict` as a KeyError or
    ValueError; only an error raised there, in a POST to the admin, is answered this way."""

    # Where reading an editor's form data happens (widgets, blocks, formsets' management form).
    READING = {"value_from_datadict", "management_form"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if not isinstance(exception, KeyError | ValueError | TypeError | ValidationError):
            return None
        if not self.raised_reading_form_data(exception):
            return None
        logger.warning(
            "Malformed editor form posted to %s: %s: %s",
            request.path,
            type(exception).__name__,
            exception,
        )
        if isinstance(exception, KeyError) and exception.args:
            detail = _("the field “%(field)s” is missing") % {"field": exception.args[0]}
        else:
            detail = _("a field holds a value the form cannot read")
        message = _(
            "The form sent to the server was incomplete or altered (%(detail)s), so nothing "
            "was saved. Reload the editor and make your changes again."
        ) % {"detail": detail}
        response = HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        response["Cache-Control"] = "no-store"
        return response

    def raised_reading_form_data(self, exception):
        frame = exception.__traceback__
        while frame is not None:
            if frame.tb_frame.f_code.co_name in self.READING:
                return True
            frame = frame.tb_next
        return False
