"""Which machine translation service the translation editor offers, read from the environment:
wagtail-localize's WAGTAILLOCALIZE_MACHINE_TRANSLATOR, or None (no machine translation)."""

import importlib.util
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

PROVIDERS = ("deepl", "google", "libretranslate")
# Our translator: the translation memory and the glossary first, then the service.
TRANSLATOR_CLASS = "translation.machine_translation.NetworkTranslator"


def require(environ, name, provider):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATION={provider} needs {name}; it is not set")
    return value


def http_url(environ, name):
    value = environ[name].strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(
            f"{name} must be an http:// or https:// address, e.g. https://translate.example.org; "
            f"it is {value!r}"
        )
    return value


def google_library_installed():
    try:
        return importlib.util.find_spec("google.cloud.translate") is not None
    except ModuleNotFoundError:
        return False


def deepl(environ):
    options = {"AUTH_KEY": require(environ, "DEEPL_API_KEY", "deepl")}
    if environ.get("DEEPL_API_URL", "").strip():
        options["API_URL"] = http_url(environ, "DEEPL_API_URL")
    return options


def google(environ):
    options = {"PROJECT_ID": require(environ, "GOOGLE_CLOUD_PROJECT_ID", "google")}
    if environ.get("GOOGLE_CLOUD_LOCATION", "").strip():
        options["LOCATION"] = environ["GOOGLE_CLOUD_LOCATION"].strip()
    credentials = environ.get("GOOGLE_APPLICATION_CREDENTIALS", "").strip()
    # Without a key file the client library finds the machine's own credentials (on Google
    # Cloud); a key file that is named must be there.
    if credentials:
        if not os.path.isfile(credentials):
            raise ImproperlyConfigured(
                f"GOOGLE_APPLICATION_CREDENTIALS names {credentials}, which is not a file"
            )
        options["CREDENTIALS_PATH"] = credentials
    if not google_library_installed():
        raise ImproperlyConfigured(
            "MACHINE_TRANSLATION=google needs the google-cloud-translate package: "
            'pip install ".[google]"'
        )
    return options


def libretranslate(environ):
    require(environ, "LIBRETRANSLATE_URL", "libretranslate")
    return {
        "LIBRETRANSLATE_URL": http_url(environ, "LIBRETRANSLATE_URL"),
        # wagtail-localize always sends a key; a server of one's own may not ask for one.
        "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
    }


def machine_translator(environ=os.environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for `environ`, or None when no service is chosen.

    MACHINE_TRANSLATION names the service; without it a DEEPL_API_KEY alone chooses DeepL (as
    before there was a choice). A service that is named but not fully configured, or unknown,
    stops the site from starting rather than failing on an editor's click."""
    provider = environ.get("MACHINE_TRANSLATION", "").strip().lower()
    if not provider:
        provider = "deepl" if environ.get("DEEPL_API_KEY", "").strip() else "none"
    if provider == "none":
        return None
    if provider not in PROVIDERS:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATION={provider} is not a machine translation service this site "
            f"knows; use one of {', '.join(PROVIDERS)} (or none)"
        )
    options = {"deepl": deepl, "google": google, "libretranslate": libretranslate}[provider](
        environ
    )
    return {"CLASS": TRANSLATOR_CLASS, "OPTIONS": {"PROVIDER": provider, **options}}
