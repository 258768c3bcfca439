"""Helpers for driving the Wagtail admin with the test client: the POST data of a page's edit
form, and telling a refusal from an allowed request."""

import html

from django.contrib.messages import constants, get_messages
from django.forms import CheckboxInput
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.blocks import BlockField


def page_form_data(page, user, parent=None, **changes):
    """What the admin's edit form (the create form, for an unsaved page) posts for `page`, with
    `changes` ({field: value}) applied. StreamFields must be empty (or given in `changes` as
    their form data)."""
    parent = parent or page.get_parent()
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, parent_page=parent, for_user=user)
    data = {}
    for name, field in form.fields.items():
        value = changes[name] if name in changes else form[name].value()
        if isinstance(field, BlockField):
            if isinstance(value, dict):
                data.update(value)
            elif value:
                raise ValueError(f"{name}: give a non-empty StreamField's form data in changes")
            else:
                data[f"{name}-count"] = "0"
        elif isinstance(field.widget, CheckboxInput):
            if value:
                data[name] = "on"
        else:
            formatted = field.widget.format_value(value)
            data[name] = "" if formatted is None else formatted
    for formset in form.formsets.values():
        data.update(
            {
                f"{formset.prefix}-TOTAL_FORMS": "0",
                f"{formset.prefix}-INITIAL_FORMS": "0",
                f"{formset.prefix}-MIN_NUM_FORMS": "0",
                f"{formset.prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


def refused(response):
    """Whether the admin turned the request away: a redirect to the login page, a 403, or
    Wagtail's "Sorry, you do not have permission" redirect to the dashboard."""
    if response.status_code == 403:
        return True
    if response.status_code != 302:
        return False
    if response.url.startswith(reverse("wagtailadmin_login")):
        return True
    errors = [m for m in get_messages(response.wsgi_request) if m.level == constants.ERROR]
    return response.url == reverse("wagtailadmin_home") and bool(errors)


def said(user, message):
    """`message` as `user` reads it: in their admin language."""
    with override(user.wagtail_userprofile.get_preferred_language()):
        return gettext(message)


def refusal_shown(response):
    """Whether `response`, followed, shows Wagtail's refusal in the signed-in editor's own admin
    language, whatever the browser asked for."""
    message = said(
        response.wsgi_request.user, "Sorry, you do not have permission to access this area."
    )
    content = response.content.decode()
    return html.escape(message) in content or message in content


def form_errors(response):
    """The errors of a form the admin showed again, to explain an unexpected 200."""
    context = getattr(response, "context", None) or {}
    form = context.get("form")
    return form.errors.as_data() if form is not None else response.content.decode()[:500]
