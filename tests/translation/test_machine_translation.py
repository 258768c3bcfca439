"""Machine translation: the service is chosen from the environment, the translation memory and
the glossary come first, and a failing service leaves the translation as it was. The services
are stand-ins on 127.0.0.1 that speak just enough of DeepL's and LibreTranslate's APIs."""

import html
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue

from config.machine_translation import machine_translator
from tests.home.factories import locale
from tests.servers import free_port
from tests.translation.translation_setup import (
    base_setting,
    fill_in,
    german_partner,
    site_in,
    submit_translation,
    translation_of,
)
from translation import machine_translation
from translation.machine_translation import NetworkTranslator
from translation.models import GlossaryTerm

WORDS = {"Bremen": "Bremen", "Studienbesuch in": "Study visit to"}


def stand_in_translation(text, keep=()):
    """Uppercases the words outside tags (after a small dictionary); text inside a `keep`
    element is left as it is, as DeepL does with ignore_tags."""
    out, kept = [], None
    for part in re.split(r"(<[^>]+>)", text):
        tag = re.match(r"<(/?)(\w+)", part)
        if tag:
            if tag.group(2) in keep:
                kept = None if tag.group(1) else tag.group(2)
            out.append(part)
        elif kept:
            out.append(part)
        else:
            for german, english in WORDS.items():
                part = part.replace(german, english.upper())
            out.append(part.upper())
    return "".join(out)


class StandIn:
    """A translation service on a free port: `requests` lists what it was asked,
    `status` set to an error makes it answer with that error."""

    def __init__(self):
        self.requests = []
        self.status = 200
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                if self.path == "/v2/translate":
                    form = parse_qs(body)
                    request = {
                        "api": "deepl",
                        "auth": self.headers.get("Authorization"),
                        "texts": form.get("text", []),
                        "source": form["source_lang"][0],
                        "target": form["target_lang"][0],
                        "tag_handling": form["tag_handling"][0],
                    }
                    keep = form.get("ignore_tags", [""])[0].split(",")
                    answer = {
                        "translations": [
                            {"detected_source_language": request["source"], "text": text}
                            for text in (stand_in_translation(t, keep) for t in request["texts"])
                        ]
                    }
                elif self.path == "/translate":
                    data = json.loads(body)
                    request = {
                        "api": "libretranslate",
                        "api_key": data["api_key"],
                        "texts": data["q"],
                        "source": data["source"],
                        "target": data["target"],
                        "format": data["format"],
                    }
                    answer = {"translatedText": [stand_in_translation(t) for t in data["q"]]}
                else:
                    self.send_error(404)
                    return
                stand_in.requests.append(request)
                if stand_in.status != 200:
                    self.send_error(stand_in.status)
                    return
                payload = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def sent(self):
        return [text for request in self.requests for text in request["texts"]]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stand_in():
    server = StandIn()
    yield server
    server.stop()


def deepl(url, key="test-key"):
    return machine_translator({"DEEPL_API_KEY": key, "DEEPL_API_URL": url})


def libretranslate(url, key=""):
    return machine_translator(
        {
            "MACHINE_TRANSLATION": "libretranslate",
            "LIBRETRANSLATE_URL": url,
            "LIBRETRANSLATE_API_KEY": key,
        }
    )


@pytest.fixture
def bremen(admin_client):
    """Bremen's German profile and report, submitted for translation into en and pl."""
    tree = site_in("de", "pl")
    city, report = german_partner(
        tree, context="<p>Ein Stadtstaat an der Weser.</p><p>Viele <b>Vereine</b> helfen.</p>"
    )
    for page in (city, report):
        submit_translation(admin_client, page, "en", "pl")
    return {"tree": tree, "city": city, "report": report}


def translated(translation):
    """{source text: its translation} for the segments of `translation` translated in place."""
    result = {}
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        found = StringTranslation.objects.filter(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
        ).first()
        if found:
            result[segment.string.data] = found.data
    return result


def machine_translate(client, translation):
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url},
    )
    return response, edit_url


def message_texts(response):
    """The messages of the request, without those left from submitting the translations."""
    return [
        str(message).strip()
        for message in get_messages(response.wsgi_request)
        if "submitted for translation" not in str(message)
    ]


def editor_props(client, translation):
    page = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return json.loads(response.context["props"])


# Choosing the service


def test_no_service_is_configured_by_default():
    assert machine_translator({}) is None
    assert machine_translator({"MACHINE_TRANSLATION": "none", "DEEPL_API_KEY": "k"}) is None


def test_a_deepl_key_alone_still_chooses_deepl():
    setting = machine_translator({"DEEPL_API_KEY": "test-key:fx"})

    assert setting == {
        "CLASS": "translation.machine_translation.NetworkTranslator",
        "OPTIONS": {"PROVIDER": "deepl", "AUTH_KEY": "test-key:fx"},
    }


def test_each_service_is_configured_from_its_variables(tmp_path, monkeypatch):
    assert machine_translator(
        {"MACHINE_TRANSLATION": "DeepL", "DEEPL_API_KEY": "k", "DEEPL_API_URL": "http://x:9/"}
    )["OPTIONS"] == {"PROVIDER": "deepl", "AUTH_KEY": "k", "API_URL": "http://x:9"}
    assert libretranslate("https://translate.example.org/", key="lt")["OPTIONS"] == {
        "PROVIDER": "libretranslate",
        "LIBRETRANSLATE_URL": "https://translate.example.org",
        "API_KEY": "lt",
    }
    # google-cloud-translate is an optional extra, not installed here: only the choice is tested.
    monkeypatch.setattr("config.machine_translation.google_library_installed", lambda: True)
    key_file = tmp_path / "key.json"
    key_file.write_text("{}")
    assert machine_translator(
        {
            "MACHINE_TRANSLATION": "google",
            "GOOGLE_CLOUD_PROJECT_ID": "welcoming-cities",
            "GOOGLE_APPLICATION_CREDENTIALS": str(key_file),
        }
    )["OPTIONS"] == {
        "PROVIDER": "google",
        "PROJECT_ID": "welcoming-cities",
        "CREDENTIALS_PATH": str(key_file),
    }


@pytest.mark.parametrize(
    "environment, message",
    [
        ({"MACHINE_TRANSLATION": "babelfish"}, "MACHINE_TRANSLATION=babelfish is not a machine"),
        ({"MACHINE_TRANSLATION": "deepl"}, "MACHINE_TRANSLATION=deepl needs DEEPL_API_KEY"),
        (
            {"MACHINE_TRANSLATION": "libretranslate"},
            "MACHINE_TRANSLATION=libretranslate needs LIBRETRANSLATE_URL",
        ),
        (
            {"MACHINE_TRANSLATION": "libretranslate", "LIBRETRANSLATE_URL": "translate:5000"},
            "LIBRETRANSLATE_URL must be an http:// or https:// address",
        ),
        ({"MACHINE_TRANSLATION": "google"}, "MACHINE_TRANSLATION=google needs GOOGLE_CLOUD_PRO"),
        (
            {
                "MACHINE_TRANSLATION": "google",
                "GOOGLE_CLOUD_PROJECT_ID": "p",
                "GOOGLE_APPLICATION_CREDENTIALS": "/nowhere/key.json",
            },
            "GOOGLE_APPLICATION_CREDENTIALS names /nowhere/key.json, which is not a file",
        ),
        (
            {"MACHINE_TRANSLATION": "google", "GOOGLE_CLOUD_PROJECT_ID": "p"},
            "MACHINE_TRANSLATION=google needs the google-cloud-translate package",
        ),
    ],
)
def test_a_half_configured_service_is_refused_with_a_clear_message(environment, message):
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        machine_translator(environment)


def test_the_settings_refuse_to_start_with_an_unknown_service():
    value, error = base_setting("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", MACHINE_TRANSLATION="bing")

    assert value is None
    assert "ImproperlyConfigured: MACHINE_TRANSLATION=bing is not a machine" in error


# Translating through the stand-ins


@pytest.mark.django_db
def test_no_button_and_no_machine_translation_without_a_service(admin_client, bremen):
    english = translation_of(bremen["report"], "en")

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        assert editor_props(admin_client, english)["machineTranslator"] is None
        response, _edit_url = machine_translate(admin_client, english)

    assert response.status_code == 404
    assert translated(english) == {}


@pytest.mark.django_db
def test_deepl_fills_in_the_segments(admin_client, bremen, stand_in):
    english = translation_of(bremen["report"], "en")

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl(stand_in.url)):
        assert editor_props(admin_client, english)["machineTranslator"]["name"] == "DeepL"
        response, edit_url = machine_translate(admin_client, english)

    assert response.status_code == 302
    assert response.url == edit_url
    assert message_texts(response) == ["Successfully translated with DeepL."]
    texts = translated(english)
    assert texts["Studienbesuch in Bremen"] == "STUDY VISIT TO BREMEN"
    assert texts["Viele <b>Vereine</b> helfen."] == "VIELE <b>VEREINE</b> HELFEN."
    [request] = stand_in.requests
    assert request["auth"] == "DeepL-Auth-Key test-key"
    assert (request["source"], request["target"], request["tag_handling"]) == ("DE", "EN", "xml")
    assert StringTranslation.objects.filter(
        locale=english.target_locale, tool_name="DeepL"
    ).exists()


@pytest.mark.django_db
def test_libretranslate_fills_in_the_segments(admin_client, bremen, stand_in):
    polish = translation_of(bremen["report"], "pl")

    with override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR=libretranslate(stand_in.url, key="secret")
    ):
        assert editor_props(admin_client, polish)["machineTranslator"]["name"] == "LibreTranslate"
        response, _edit_url = machine_translate(admin_client, polish)

    assert message_texts(response) == ["Successfully translated with LibreTranslate."]
    assert translated(polish)["Studienbesuch in Bremen"] == "STUDY VISIT TO BREMEN"
    [request] = stand_in.requests
    assert (request["source"], request["target"], request["format"]) == ("de", "pl", "html")
    assert request["api_key"] == "secret"


@pytest.mark.django_db
def test_a_text_translated_elsewhere_is_taken_from_the_memory_not_sent(
    admin_client, bremen, stand_in
):
    english = translation_of(bremen["report"], "en")
    # The same sentence is the summary of Bremen's profile, translated there by a person.
    fill_in(translation_of(bremen["city"], "en"), render=lambda text: f"[{text}]")

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl(stand_in.url)):
        machine_translate(admin_client, english)

    assert "Ein Stadtstaat an der Weser." not in stand_in.sent()
    assert "Studienbesuch in Bremen" in stand_in.sent()
    texts = translated(english)
    assert texts["Ein Stadtstaat an der Weser."] == "[Ein Stadtstaat an der Weser.]"
    assert texts["Studienbesuch in Bremen"] == "STUDY VISIT TO BREMEN"


@pytest.mark.django_db
def test_nothing_is_sent_when_the_memory_knows_every_text(bremen, stand_in):
    de, en = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    fill_in(translation_of(bremen["city"], "en"), render=lambda text: f"[{text}]")
    translator = NetworkTranslator(deepl(stand_in.url)["OPTIONS"])

    answer = translator.translate(de, en, {StringValue("Ein Stadtstaat an der Weser."): None})

    assert answer == {
        StringValue("Ein Stadtstaat an der Weser."): StringValue("[Ein Stadtstaat an der Weser.]")
    }
    assert stand_in.requests == []


@pytest.mark.django_db
@pytest.mark.parametrize("status", [500, 403, 456])
def test_a_service_error_gives_a_message_and_changes_nothing(
    admin_client, bremen, stand_in, status
):
    english = translation_of(bremen["report"], "en")
    stand_in.status = status

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl(stand_in.url)):
        response, edit_url = machine_translate(admin_client, english)

    assert response.status_code == 302
    assert response.url == edit_url
    [message] = message_texts(response)
    assert message.startswith("DeepL could not translate (")
    assert message.endswith(
        "Nothing was changed: try again later, or translate the texts yourself."
    )
    expected = {
        500: "the service answered with error 500",
        403: "the service refused the key",
        456: "too many requests or the quota is used up",
    }[status]
    assert expected in message
    assert translated(english) == {}


@pytest.mark.django_db
def test_an_unreachable_service_gives_a_message_and_changes_nothing(admin_client, bremen):
    polish = translation_of(bremen["report"], "pl")
    nowhere = f"http://127.0.0.1:{free_port()}"

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=libretranslate(nowhere)):
        response, edit_url = machine_translate(admin_client, polish)

    assert response.url == edit_url
    assert message_texts(response) == [
        "LibreTranslate could not translate (the service could not be reached). Nothing was "
        "changed: try again later, or translate the texts yourself."
    ]
    assert translated(polish) == {}


@pytest.mark.django_db
def test_glossary_terms_keep_their_approved_translation(bremen, stand_in, monkeypatch):
    de, en = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    monkeypatch.setattr(
        machine_translation,
        "glossary_terms",
        lambda source, target: [("Willkommensklasse", "welcome class"), ("Q&A", "Fragen")],
    )
    translator = NetworkTranslator(deepl(stand_in.url)["OPTIONS"])
    text = StringValue("Eine Willkommensklasse und willkommensklassen, Q&amp;A.")

    answer = translator.translate(de, en, [text])

    assert answer[text].data == "EINE welcome class UND WILLKOMMENSKLASSEN, Fragen."
    [sent] = stand_in.sent()
    assert '<x translate="no">welcome class</x>' in sent
    assert html.unescape(sent).count("welcome class") == 1


@pytest.mark.django_db
def test_the_glossary_hook_reads_the_glossary_of_the_pair_longest_term_first():
    de, en = locale("de"), locale("en")
    GlossaryTerm.objects.create(
        source_language="de", target_language="en", term="Modell", translation="model"
    )
    GlossaryTerm.objects.create(
        source_language="de",
        target_language="en",
        term="Danziger Modell",
        translation="Immigrant Integration Model",
    )
    GlossaryTerm.objects.create(
        source_language="de", target_language="pl", term="Modell", translation="model"
    )

    assert machine_translation.glossary_terms(de, en) == [
        ("Danziger Modell", "Immigrant Integration Model"),
        ("Modell", "model"),
    ]
