"""Every string the project shows in the admin or on the site is translated into each interface
language, and the compiled catalogues say the same as the ones editors and translators read.

The strings are extracted afresh from the code and templates (as `make messages` does), so a
new label, help text, choice, message or e-mail line without a translation fails here."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

LANGUAGES = ["pl", "de", "nl", "it", "el"]
SOURCES = ["config", "home", "partners", "publication", "search", "translation"]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The msgids the code holds today, as `makemessages` finds them."""
    root = tmp_path_factory.mktemp("sources")
    for name in SOURCES:
        shutil.copytree(
            Path(settings.BASE_DIR) / name,
            root / name,
            ignore=shutil.ignore_patterns("__pycache__", "migrations", "static"),
        )
    (root / "locale").mkdir()
    cwd = Path.cwd()
    try:
        os.chdir(root)
        with override_settings(LOCALE_PATHS=[root / "locale"]):
            call_command("makemessages", locale=["de"], verbosity=0, no_location=True)
    finally:
        os.chdir(cwd)
    pot = polib.pofile(str(root / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in pot}


def catalogue(language, kind="po"):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / f"django.{kind}"
    return (polib.pofile if kind == "po" else polib.mofile)(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_ours_is_translated(extracted, language):
    po = catalogue(language)
    entries = {(entry.msgctxt, entry.msgid): entry for entry in po if not entry.obsolete}
    missing = sorted(msgid for (_context, msgid) in extracted if (_context, msgid) not in entries)
    untranslated = sorted(
        entries[key].msgid
        for key in extracted
        if key in entries and (not entries[key].translated() or "fuzzy" in entries[key].flags)
    )
    assert not missing, f"{language}: not in the catalogue (run `make messages`): {missing}"
    assert not untranslated, f"{language}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches(language):
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in catalogue(language, "mo")
    }
    stale = [
        entry.msgid
        for entry in catalogue(language)
        if entry.translated()
        and "fuzzy" not in entry.flags
        and compiled.get((entry.msgctxt, entry.msgid))
        != (entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()})
    ]
    assert not stale, (
        f"{language}: django.mo is older than django.po (run `make messages`): {stale}"
    )
