"""Which of the site's possible languages readers see, and the language a reader came from.

Every language of settings.LANGUAGES (config/settings/base.py LANGUAGE_NAMES) can have a locale,
in which partners write and editors preview; it is public (language switchers, hreflang, the
sitemap, the `/` redirect, its /<code>/ addresses) only while it is open to readers: as its
LanguageOpening says, or, for a locale without one, when it is one of settings.SITE_LANGUAGES.

A reader who follows a listing's link from their language to a page not translated into it
carries that language in the address (`?from=el`), so that the page can say so in the reader's
language: what varies by reader is in the URL, which the page cache and Varnish key on. Any other
value of the parameter is ignored."""

from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import get_supported_language_variant, to_locale
from django.utils.translation import gettext_lazy as _
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail_localize.locales.components import LocaleComponentModelForm

# The query parameter naming the language a reader came from.
READER_PARAMETER = "from"


def language_name(code):
    """A language named in its own language ("Deutsch", "Polski")."""
    return getattr(settings, "LANGUAGE_NAMES", {}).get(code) or dict(settings.LANGUAGES).get(
        code, code
    )


def default_open_languages():
    """The languages open to readers without an editor's decision (settings.SITE_LANGUAGES)."""
    possible = {code for code, _name in settings.LANGUAGES}
    codes = getattr(settings, "SITE_LANGUAGES", possible)
    return {code for code in codes if code in possible} | {settings.LANGUAGE_CODE}


def _cache_key():
    # The defaults are part of the key: a restart with other SITE_LANGUAGES is not answered
    # from what the cache kept before it.
    return "site-languages:open:" + ",".join(sorted(default_open_languages()))


def open_languages():
    """The codes of the languages open to readers, as a frozenset. Kept in the cache (shared by
    every process) until an opening changes: no query on a page once worked out."""
    key = _cache_key()
    codes = cache.get(key)
    if codes is None:
        from home.models import LanguageOpening

        codes = default_open_languages()
        for code, is_open in LanguageOpening.objects.values_list(
            "locale__language_code", "open_to_readers"
        ):
            if is_open:
                codes.add(code)
            else:
                codes.discard(code)
        possible = {code for code, _name in settings.LANGUAGES}
        codes = frozenset((codes & possible) | {settings.LANGUAGE_CODE})
        cache.set(key, codes, None)
    return codes


def forget_open_languages():
    """Called when an opening changes (home/signal_handlers.py)."""
    cache.delete(_cache_key())


def is_open(language_code):
    return language_code in open_languages()


def may_preview(user):
    """Whether a signed-in user may read a language's pages before it is open: anyone who may
    use the admin (partners, translators and Gdańsk editors)."""
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def reader_language_from_request(request):
    """The open language a request without a language prefix (`/`) is sent to: that of the
    language cookie, else the first open one the browser accepts, else the default."""
    codes = open_languages()
    wanted = [request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)]
    wanted += [
        code
        for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", ""))
    ]
    for code in wanted:
        if not code or code == "*":
            continue
        try:
            language = get_supported_language_variant(code)
        except LookupError:
            continue
        if language in codes:
            return language
    return settings.LANGUAGE_CODE


def reader_language(request, existing):
    """The language a reader came from (`?from=<code>`), when it is an open language the page
    does not exist in (`existing`: the codes of the versions the reader may read); else None."""
    if request is None:
        return None
    code = request.GET.get(READER_PARAMETER)
    if not code or code in existing or code not in open_languages():
        return None
    return code


def has_interface_catalogue(language_code):
    """Whether the site's own texts are translated into a language: a compiled catalogue of it
    in one of settings.LOCALE_PATHS (`make messages` makes one, see the README). English needs
    none: the texts are written in it."""
    if language_code == settings.LANGUAGE_CODE:
        return True
    names = {to_locale(language_code), language_code}
    return any(
        (Path(path) / name / "LC_MESSAGES" / "django.mo").is_file()
        for path in settings.LOCALE_PATHS
        for name in names
    )


class LanguageOpeningForm(LocaleComponentModelForm):
    """The "open to readers" box of a locale's form in Settings → Locales: it shows whether the
    language is open now (also for a locale opened by SITE_LANGUAGES), a new locale starts
    closed, and the default language cannot be closed."""

    def __init__(self, *args, source_object_instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and source_object_instance is not None:
            self.initial["open_to_readers"] = is_open(source_object_instance.language_code)

    def validate_with_locale(self, locale):
        closing = not self.cleaned_data.get("open_to_readers")
        if closing and locale.language_code == settings.LANGUAGE_CODE:
            # A field's error: the locale form shows no other error of its components.
            raise ValidationError(
                {
                    "open_to_readers": _(
                        "The site's default language cannot be closed: readers of every other "
                        "language are sent to it."
                    )
                }
            )
