"""Machine translation for the translation editor: the network's own translations first, then
the configured service (DeepL, Google Cloud Translation or a LibreTranslate server).

NetworkTranslator is what WAGTAILLOCALIZE_MACHINE_TRANSLATOR names (config/machine_translation.py
chooses the service from the environment). A text already translated into the target language
somewhere on the site is answered with that translation and not sent; glossary terms are kept
out of the service's hands and given their approved translation; a service that fails gives the
editor a message instead of an error page, and nothing is changed."""

import html
import logging
import re

import requests
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as LocalizeDeepLTranslator
from wagtail_localize.models import String
from wagtail_localize.strings import StringValue
from wagtail_localize.views import edit_translation

from translation import glossary, history
from translation import memory as translation_memory
from translation.models import TextHistoryEntry

logger = logging.getLogger(__name__)

PROVIDER_CLASSES = {
    "deepl": "translation.machine_translation.DeepLTranslator",
    # Imported only when chosen: it needs the optional google-cloud-translate package.
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
}
# The element a glossary term's approved translation travels in, which the service leaves as it
# is: DeepL is told to ignore it (ignore_tags); Google and LibreTranslate skip translate="no".
KEEP_TAG = {"deepl": "x"}
KEEP_DEFAULT = "span"


class MachineTranslationError(Exception):
    """The service did not translate; the message says why, for an editor."""


class DeepLTranslator(LocalizeDeepLTranslator):
    """wagtail-localize's DeepL translator, at another address when API_URL is given (DeepL's
    own is chosen by the kind of key), and failing on an error answer instead of reading it."""

    def get_api_endpoint(self):
        if self.options.get("API_URL"):
            return self.options["API_URL"].rstrip("/") + "/v2/translate"
        return super().get_api_endpoint()

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        parameters["ignore_tags"] = KEEP_TAG["deepl"]
        return parameters

    def translate(self, source_locale, target_locale, strings):
        response = requests.post(
            self.get_api_endpoint(),
            self.get_parameters(source_locale, target_locale, strings),
            timeout=int(self.options.get("TIMEOUT", 30)),
            headers=self.get_headers(),
        )
        response.raise_for_status()
        return {
            string: StringValue(translation["text"])
            for string, translation in zip(strings, response.json()["translations"], strict=True)
        }


def remembered(source_locale, target_locale, strings):
    """{StringValue: StringValue} for the `strings` (of `source_locale`) already translated into
    `target_locale` somewhere on the site, in one query on String's (locale, data_hash) index;
    the translation the translation memory prefers (a person's, then the latest; none with an
    error)."""
    by_hash = {String._get_data_hash(string.data): string for string in strings}
    if not by_hash:
        return {}
    rows = translation_memory.preferred_first(
        translation_memory.usable_translations(target_locale.pk).filter(
            translation_of__locale_id=source_locale.pk, translation_of__data_hash__in=by_hash
        )
    ).values_list("translation_of__data_hash", "data")
    found = {}
    for data_hash, data in rows:
        found.setdefault(by_hash[data_hash], StringValue(data))
    return found


def glossary_terms(source_locale, target_locale):
    """[(term in the source language, its approved translation)] for the glossary of this pair
    of languages, longest term first."""
    return glossary.terms(source_locale.language_code, target_locale.language_code)


def protect_terms(text, terms, tag):
    """`text` (wagtail-localize's HTML of a string) with each glossary term replaced by its
    approved translation inside a `tag` element that the service leaves untranslated."""
    for term, approved in terms:
        pattern = re.compile(rf"(?<!\w){re.escape(html.escape(term, quote=False))}(?!\w)", re.I)
        kept = f'<{tag} translate="no">{html.escape(approved, quote=False)}</{tag}>'
        text = pattern.sub(lambda _match, kept=kept: kept, text)
    return text


def unwrap_terms(text, tag):
    """`text` without the elements protect_terms added (their content stays)."""
    return re.sub(rf'<{tag} translate="no">(.*?)</{tag}>', r"\1", text, flags=re.S)


def failure(provider, error):
    """The editor's message for the service's `error`."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    if status in (401, 403):
        reason = _("the service refused the key")
    elif status in (429, 456):
        reason = _("too many requests or the quota is used up")
    elif status:
        reason = _("the service answered with error %(status)s") % {"status": status}
    elif isinstance(error, requests.ConnectionError | requests.Timeout):
        reason = _("the service could not be reached")
    else:
        reason = _("the service's answer could not be read")
    return _(
        "%(service)s could not translate (%(reason)s). Nothing was changed: try again later, "
        "or translate the texts yourself."
    ) % {"service": provider, "reason": reason}


class NetworkTranslator(BaseMachineTranslator):
    """The configured service (OPTIONS["PROVIDER"], with that service's own OPTIONS), with the
    site's translation memory and glossary applied first."""

    def __init__(self, options):
        super().__init__(options)
        self.provider_name = options["PROVIDER"]
        self.provider = import_string(PROVIDER_CLASSES[self.provider_name])(options)

    @cached_property
    def display_name(self):
        return self.provider.display_name

    def can_translate(self, source_locale, target_locale):
        return self.provider.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        result = remembered(source_locale, target_locale, strings)
        to_send = [string for string in strings if string not in result]
        if not to_send:
            return result
        tag = KEEP_TAG.get(self.provider_name, KEEP_DEFAULT)
        terms = glossary_terms(source_locale, target_locale)
        sent = {
            string: StringValue(protect_terms(string.data, terms, tag)) if terms else string
            for string in to_send
        }
        try:
            answers = self.provider.translate(source_locale, target_locale, list(sent.values()))
            for string, protected in sent.items():
                data = answers[protected].data
                result[string] = StringValue(unwrap_terms(data, tag) if terms else data)
        except Exception as error:
            # Whatever the service or its client library raises: the editor gets a message.
            logger.warning("%s could not translate", self.display_name, exc_info=True)
            raise MachineTranslationError(failure(self.display_name, error)) from error
        return result


def machine_translate(request, translation_id):
    """wagtail-localize's "Translate with …" (it takes that view's address), with a message
    instead of an error page when the service fails. Nothing is changed then: the service is
    asked before anything is written (and outside any transaction, so that no other editor's
    save waits for its answer)."""
    try:
        with history.recording(TextHistoryEntry.MACHINE, user=request.user):
            return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
