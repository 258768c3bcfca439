"""wagtail-localize's own screens and its translation editor speak each admin language: every
string of the installed package (Python, templates and the editor's JavaScript) has a translation
in translation/wagtail_localize_locale/, and Django serves ours rather than the package's
incomplete catalogues.

The strings are extracted afresh from the installed package, so an upgrade that adds or rewords
one fails here until it is translated."""

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import polib
import pytest
import wagtail_localize
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

LANGUAGES = ["pl", "de", "nl", "it", "el"]
DOMAINS = ["django", "djangojs"]
CATALOGUES = Path(settings.BASE_DIR) / "translation" / "wagtail_localize_locale"
PACKAGE = Path(wagtail_localize.__file__).parent
NPLURALS = {"pl": 3, "de": 2, "nl": 2, "it": 2, "el": 2}

# %(name)s, %s, %d, %% and {name}, {}: what Python's and the editor's formatting fill in.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd%]|\{\w*\}")
JS_STRING = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")"""


def makemessages(root, domain, **options):
    """The catalogue `makemessages` writes for the sources under `root`."""
    (root / "locale").mkdir(exist_ok=True)
    cwd = Path.cwd()
    try:
        os.chdir(root)
        with override_settings(LOCALE_PATHS=[root / "locale"]):
            call_command(
                "makemessages",
                locale=["de"],
                domain=domain,
                verbosity=0,
                no_location=True,
                **options,
            )
    finally:
        os.chdir(cwd)
    return polib.pofile(str(root / "locale" / "de" / "LC_MESSAGES" / f"{domain}.po"))


@pytest.fixture(scope="module")
def python_msgids(tmp_path_factory):
    """(msgctxt, msgid, msgid_plural) of the package's Python code and templates."""
    root = tmp_path_factory.mktemp("wagtail_localize_sources")
    shutil.copytree(
        PACKAGE,
        root / "wagtail_localize",
        ignore=shutil.ignore_patterns("__pycache__", "locale", "static", "static_src"),
    )
    pot = makemessages(root, "django")
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural or None) for entry in pot}


def unquote(match):
    single, double = match.groups()[-2:]
    return json.loads('"' + (double if double is not None else single.replace('"', '\\"')) + '"')


def javascript_msgids():
    """The msgids of the editor's gettext calls, from its TypeScript sources (static_src) and from
    the bundle the admin serves. xgettext cannot read either (TSX; the bundle renames gettext), so
    they are read here; a call whose argument is not a plain string fails the test instead of
    being skipped."""
    msgids = set()
    for source in sorted((PACKAGE / "static_src").rglob("*.ts*")):
        if source.name.endswith(".d.ts"):  # declarations (gettext's own signature), not calls
            continue
        text = source.read_text(encoding="utf-8")
        calls = re.findall(r"\bgettext\(", text)
        found = list(re.finditer(rf"\bgettext\(\s*{JS_STRING}\s*,?\s*\)", text))
        assert len(found) == len(calls), f"{source}: a gettext call without a plain string"
        msgids.update(unquote(match) for match in found)

    bundle = (PACKAGE / "static" / "wagtail_localize" / "js" / "wagtail-localize.js").read_text(
        encoding="utf-8"
    )
    alias = re.search(r"(\w+)=gettext;var (\w+)=\w+\.n\(\1\)", bundle)
    assert alias, "the editor's bundle no longer imports gettext as this test expects"
    name = re.escape(alias.group(2))
    calls = re.findall(rf"\b{name}\(\)\(", bundle)
    found = list(re.finditer(rf"\b{name}\(\)\({JS_STRING}\)", bundle))
    assert len(found) == len(calls), (
        "the editor's bundle has a gettext call without a plain string"
    )
    msgids.update(unquote(match) for match in found)
    return msgids


def catalogue(language, domain, kind="po"):
    path = CATALOGUES / language / "LC_MESSAGES" / f"{domain}.{kind}"
    return (polib.pofile if kind == "po" else polib.mofile)(str(path))


def package_catalogue(language, domain):
    return polib.pofile(str(PACKAGE / "locale" / language / "LC_MESSAGES" / f"{domain}.po"))


def done(entry):
    return entry.translated() and "fuzzy" not in entry.flags


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_python_and_template_string_is_translated(python_msgids, language):
    entries = {
        (e.msgctxt, e.msgid, e.msgid_plural or None): e for e in catalogue(language, "django")
    }
    missing = sorted(key[1] for key in python_msgids if key not in entries)
    untranslated = sorted(
        key[1] for key in python_msgids if key in entries and not done(entries[key])
    )
    assert python_msgids, "nothing extracted from wagtail-localize"
    assert not missing, f"{language}: not in our django.po: {missing}"
    assert not untranslated, f"{language}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_editor_is_translated(language):
    msgids = javascript_msgids()
    entries = {entry.msgid: entry for entry in catalogue(language, "djangojs")}
    missing = sorted(msgids - set(entries))
    untranslated = sorted(msgid for msgid in msgids & set(entries) if not done(entries[msgid]))
    assert msgids, "nothing extracted from the translation editor"
    assert not missing, f"{language}: not in our djangojs.po: {missing}"
    assert not untranslated, f"{language}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_plural_forms(language, domain):
    po = catalogue(language, domain)
    header = po.metadata["Plural-Forms"]
    assert header.startswith(f"nplurals={NPLURALS[language]};"), header
    wrong = []
    for entry in po:
        expected = Counter(PLACEHOLDER.findall(entry.msgid))
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if entry.msgid_plural and len(forms) != NPLURALS[language]:
            wrong.append((entry.msgid, f"{len(forms)} plural forms"))
        for form in forms:
            if Counter(PLACEHOLDER.findall(form)) != expected:
                wrong.append((entry.msgid, form))
            # The editor appends a name to these ("Publish in " + "English"): without the space
            # the two run together ("Opublikuj wEnglish").
            if entry.msgid.endswith(" ") and not form.endswith(" "):
                wrong.append((entry.msgid, form))
    assert not wrong, f"{language} {domain}: {wrong}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches(language, domain):
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in catalogue(language, domain, "mo")
    }
    stale = [
        entry.msgid
        for entry in catalogue(language, domain)
        if compiled.get((entry.msgctxt, entry.msgid))
        != (entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()})
    ]
    assert not stale, f"{language}: {domain}.mo is older than {domain}.po (run `make messages`)"


def test_django_serves_our_polish_strings_over_the_package_catalogue():
    ours = {entry.msgid: entry for entry in catalogue("pl", "django")}
    package = {entry.msgid: entry.msgstr for entry in package_catalogue("pl", "django")}
    with translation.override("pl"):
        submitted = translation.gettext("{} locales").format(2)
        missing_before = translation.gettext(
            "Apply the updates and publish immediately. The changes will use the original "
            "language until translated."
        )
        subtree = [
            translation.ngettext(
                "Include subtree ({} page)", "Include subtree ({} pages)", n
            ).format(n)
            for n in (1, 3, 5, 22)
        ]

    assert submitted == ours["{} locales"].msgstr.format(2)
    assert submitted != package["{} locales"].format(2)  # "2 lokalizacje", whatever the number
    assert (
        missing_before
        == ours[
            "Apply the updates and publish immediately. The changes will use the original "
            "language until translated."
        ].msgstr
    )
    forms = ours["Include subtree ({} page)"].msgstr_plural
    assert subtree == [
        forms[0].format(1),
        forms[1].format(3),
        forms[2].format(5),
        forms[1].format(22),
    ]


@pytest.mark.django_db
def test_the_editor_s_javascript_catalogue_is_ours(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "pl"
    profile.save()

    response = admin_client.get(reverse("wagtail_localize:javascript_catalog"))

    served = json.loads(
        re.search(r"const newcatalog = (\{.*?\n\s*\});", response.content.decode(), re.S).group(1)
    )
    ours = {entry.msgid: entry.msgstr for entry in catalogue("pl", "djangojs")}
    package = {entry.msgid: entry.msgstr for entry in package_catalogue("pl", "djangojs")}
    assert served["Publish in "] == ours["Publish in "]
    assert served["Publish in "] != package["Publish in "]  # "Opublikuj w" + "English"
    assert served["Translate with "] == ours["Translate with "]


def test_make_messages_leaves_these_catalogues_alone(tmp_path):
    """`make messages` runs makemessages over the whole project with these catalogues in
    LOCALE_PATHS: the translation app's own strings still go to the site's locale/, and these
    files are not touched."""
    shutil.copytree(
        Path(settings.BASE_DIR) / "translation",
        tmp_path / "translation",
        ignore=shutil.ignore_patterns("__pycache__", "migrations"),
    )
    (tmp_path / "locale").mkdir()
    ours = tmp_path / "translation" / "wagtail_localize_locale"
    before = {path: path.read_bytes() for path in ours.rglob("*") if path.is_file()}
    cwd = Path.cwd()
    try:
        os.chdir(tmp_path)
        with override_settings(LOCALE_PATHS=[tmp_path / "locale", ours]):
            call_command("makemessages", locale=["pl"], verbosity=0, no_location=True)
    finally:
        os.chdir(cwd)

    assert {path: path.read_bytes() for path in ours.rglob("*") if path.is_file()} == before
    site = polib.pofile(str(tmp_path / "locale" / "pl" / "LC_MESSAGES" / "django.po"))
    assert "Translation memory" in {entry.msgid for entry in site}
