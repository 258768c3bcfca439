"""What a person sees once django-axes has stopped their sign-ins after too many failures: the
sign-in page again, saying what happened and when to try again, with status 429."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext


def lockout_message(request):
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts for this account or from this address. Signing in "
        "is blocked for %(minutes)d minute: please try again after that.",
        "Too many failed sign-in attempts for this account or from this address. Signing in "
        "is blocked for %(minutes)d minutes: please try again after that.",
        minutes,
    ) % {"minutes": minutes}


def locked_out(request, original_response=None, credentials=None):
    """The sign-in form that was just refused (Wagtail's or Django admin's) with the lock-out in
    place of its "wrong password" error, which would be untrue when the password was right."""
    message = lockout_message(request)
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is None:
        return HttpResponse(
            message, status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/plain"
        )
    form.errors.clear()
    form.add_error(None, message)
    # Rendered here: the middleware that asked for it comes after Django renders responses.
    return TemplateResponse(
        request,
        original_response.template_name,
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    ).render()
