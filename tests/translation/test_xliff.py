"""XLIFF files for translators' CAT tools: a downloaded XLIFF 1.2 or 2.1 file, filled in with
translate-toolkit as a CAT tool would and uploaded, becomes the translation with every text in
its place; a file that is not this translation's, or not XLIFF, is refused and changes nothing."""

import copy
import html
import io
import zipfile

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from lxml import etree
from translate.storage import xliff, xliff2
from wagtail_localize.models import StringSegment, StringTranslation

from tests.translation.translation_setup import (
    german_partner,
    partner_editor,
    site_in,
    submit_translation,
    translation_of,
)
from translation import xliff_files

pytestmark = pytest.mark.django_db

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"
CONTEXT = "<p>Bremen nimmt jedes Jahr viele Menschen auf.</p><p>Viele bleiben.</p>"


@pytest.fixture
def report(admin_client):
    """A German report with several texts (two of them in one field) and its city, submitted
    for translation into en and pl."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree, context=CONTEXT)
    submit_translation(admin_client, city, "en", "pl")
    submit_translation(admin_client, report, "en", "pl")
    return report


def download(client, translation, version):
    response = client.get(reverse("translation_download_xliff", args=[translation.pk, version]))
    assert response["Content-Type"] == "application/xliff+xml"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return response.content


def upload(client, translation, content, name="translation.xlf"):
    """Uploads `content` (bytes, or None for no file) and returns the page the editor is sent
    back to, as text."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    data = {"next": edit_url}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content)
    response = client.post(
        reverse("translation_translation_files", args=[translation.pk]), data, follow=True
    )
    assert response.redirect_chain[-1][0] == edit_url
    return html.unescape(response.content.decode())


def strings():
    return sorted(StringTranslation.objects.values_list("pk", "locale_id", "data"))


def segments(translation):
    """{(context path, source text)} of every text of the translation's page."""
    return {
        (segment.context.path, segment.string.data)
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context", "string"
        )
    }


def translated(translation):
    """{(context path, source text): translation} of what the translation holds now."""
    return {
        (item.context.path, item.translation_of.data): item.data
        for item in StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).select_related("context", "translation_of")
    }


def check_structure(content, version):
    """What the OASIS schemas require of the parts we write (no package ships the schemas):
    the root, one <file> with its required attributes, units with unique ids, each with one
    source, and only elements of the XLIFF namespace."""
    root = etree.fromstring(content)
    if version == "1.2":
        assert root.tag == f"{{{NS_12}}}xliff" and root.get("version") == "1.2"
        (file,) = root.findall(f"{{{NS_12}}}file")
        for name in ("original", "source-language", "datatype"):
            assert file.get(name), name
        assert [child.tag for child in file] == [f"{{{NS_12}}}header", f"{{{NS_12}}}body"]
        units = file.findall(f"{{{NS_12}}}body/{{{NS_12}}}trans-unit")
        for unit in units:
            tags = [child.tag for child in unit]
            assert tags[0] == f"{{{NS_12}}}source"
            assert set(tags) <= {f"{{{NS_12}}}{tag}" for tag in ("source", "target", "note")}
            target = unit.find(f"{{{NS_12}}}target")
            if target is not None:
                assert target.get("state") in (
                    "new",
                    "translated",
                    "final",
                    "needs-review-translation",
                )
    else:
        assert root.tag == f"{{{NS_2}}}xliff" and root.get("version") == "2.1"
        assert root.get("srcLang")
        (file,) = root.findall(f"{{{NS_2}}}file")
        assert file.get("id")
        units = file.findall(f"{{{NS_2}}}unit")
        for unit in units:
            tags = [child.tag for child in unit]
            assert tags in (
                [f"{{{NS_2}}}segment"],
                [f"{{{NS_2}}}notes", f"{{{NS_2}}}segment"],
            ), tags
            segment = unit.find(f"{{{NS_2}}}segment")
            assert segment.get("state") in ("initial", "translated", "reviewed", "final")
            assert [child.tag for child in segment][0] == f"{{{NS_2}}}source"
            # NMTOKEN
            assert all(c.isalnum() or c in ".-_:" for c in unit.get("id")), unit.get("id")
    ids = [unit.get("id") for unit in units]
    assert len(ids) == len(set(ids))
    check_inline_codes(root, version)
    return units


def check_inline_codes(root, version):
    """What the schemas allow of the inline codes we write: <g>/<x> with a ctype of XLIFF 1.2
    strict's lists or an "x-" one; <pc>/<ph> with XLIFF 2.1's types and "xlf:" subtypes."""
    ns = NS_12 if version == "1.2" else NS_2
    texts = root.xpath(
        "//*[local-name()='source' or local-name()='target']"
        "[parent::*[local-name()='trans-unit' or local-name()='segment']]"
    )
    for text in texts:
        for code in text.iter():
            if code is text:
                continue
            name = code.tag.split("}")[1]
            assert code.tag == f"{{{ns}}}{name}"
            assert code.get("id")
            if version == "1.2":
                assert name in ("g", "x"), name
                allowed = {"bold", "italic", "underlined", "link"} if name == "g" else {"lb"}
                ctype = code.get("ctype")
                assert ctype in allowed or ctype.startswith("x-"), ctype
                assert code.get("clone") in (None, "yes", "no")
            else:
                assert name in ("pc", "ph"), name
                assert code.get("type") in ("fmt", "ui", "quote", "link", "image", "other")
                if code.get("subType"):
                    assert (code.get("type"), code.get("subType")) in {
                        ("fmt", "xlf:b"),
                        ("fmt", "xlf:i"),
                        ("fmt", "xlf:lb"),
                    }
                for flag in ("canCopy", "canDelete"):
                    assert code.get(flag) in (None, "yes", "no")


def unit_id(unit):
    """A translate-toolkit unit's id as the file has it (XLIFF 1.2's is prefixed with the
    file's name)."""
    return unit.getid().split("\x04")[-1]


def fill_in(store, render):
    """Gives every unit of a translate-toolkit store a translation, as a CAT tool does."""
    for unit in store.units:
        if not unit.isheader():
            unit.target = render(unit.source)
    return bytes(store)


@pytest.mark.parametrize("version,storage", [("1.2", xliff.xlifffile), ("2.1", xliff2.Xliff2File)])
def test_a_file_filled_in_by_a_cat_tool_translates_every_text(
    admin_client, report, version, storage
):
    translation = translation_of(report, "en")
    content = download(admin_client, translation, version)
    units = check_structure(content, version)
    assert len(units) == len(segments(translation)) > 3
    store = storage.parsestring(content)
    assert store.gettargetlanguage() == "en"
    assert {unit_id(unit) for unit in store.units if not unit.isheader()} == {
        unit.get("id") for unit in units
    }

    filled = fill_in(store, lambda text: f"EN {text}")
    check_structure(filled, version)
    page = upload(admin_client, translation, filled)

    assert (
        f"Imported “translation.xlf”: {len(units)} texts have a new or changed translation."
        in page
    )
    assert translated(translation) == {
        (path, text): f"EN {text}" for path, text in segments(translation)
    }
    total, done = translation.get_progress()
    assert done == total == len(units)
    # The two paragraphs of one field are two units with their own ids.
    ids = [unit.get("id") for unit in units]
    assert "context" in ids and "context:2" in ids


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_downloaded_file_carries_what_is_translated_and_the_context(
    admin_client, report, version
):
    translation = translation_of(report, "en")
    store = (xliff.xlifffile if version == "1.2" else xliff2.Xliff2File).parsestring(
        download(admin_client, translation, version)
    )
    title = next(unit for unit in store.units if unit.source == "Studienbesuch in Bremen")
    assert unit_id(title) == "title"
    # translate-toolkit looks for XLIFF 2 notes inside the segment; the standard has them on
    # the unit, where they are.
    notes = etree.fromstring(bytes(store)).xpath(
        "//*[@id='title']/*[local-name()='note' or local-name()='notes']//text()"
    )
    assert "Study visit report › Title" in notes
    title.target = "Study visit to Bremen"
    upload(admin_client, translation, bytes(store))

    again = (xliff.xlifffile if version == "1.2" else xliff2.Xliff2File).parsestring(
        download(admin_client, translation, version)
    )
    by_id = {unit_id(unit): unit for unit in again.units}
    assert by_id["title"].target == "Study visit to Bremen"
    assert not by_id["summary"].target


def test_an_unchanged_upload_changes_nothing_and_says_so(admin_client, report):
    translation = translation_of(report, "en")
    store = xliff.xlifffile.parsestring(download(admin_client, translation, "1.2"))
    filled = fill_in(store, lambda text: f"EN {text}")
    upload(admin_client, translation, filled)
    page = upload(admin_client, translation, filled)
    assert "Nothing changed: the translations in “translation.xlf” are the ones" in page


def filled(client, translation, version="1.2"):
    content = download(client, translation, version)
    storage = xliff.xlifffile if version == "1.2" else xliff2.Xliff2File
    return fill_in(storage.parsestring(content), lambda text: f"X {text}")


def changed_source(client, report):
    content = filled(client, translation_of(report, "en"))
    return content.replace(b"Studienbesuch in Bremen</source>", b"Studienreise</source>")


def unknown_unit(client, report):
    content = filled(client, translation_of(report, "en"), "2.1")
    return content.replace(b'id="title"', b'id="headline"')


def wrong_language(client, report):
    content = filled(client, translation_of(report, "en"), "2.1")
    return content.replace(b'trgLang="en"', b'trgLang="fr"')


def billion_laughs(client, report):
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">&lol2;</xliff>'
    )


def external_entity(client, report):
    content = filled(client, translation_of(report, "en"))
    return content.replace(
        b"<xliff ", b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff ', 1
    ).replace(b">X Bremen<", b">&e;<")


BAD_FILES = {
    "no file": (lambda client, report: None, "Choose an XLIFF file to upload."),
    "an empty file": (lambda client, report: b"", "The file is empty."),
    "malformed XML": (
        lambda client, report: filled(client, translation_of(report, "en"))[:-30],
        "“translation.xlf” is not a valid XLIFF file (error at line",
    ),
    "another XML file": (
        lambda client, report: b'<?xml version="1.0"?><html><body>Hi</body></html>',
        "“translation.xlf” is not an XLIFF file of version 1.2 or 2.1.",
    ),
    "a PO file": (
        lambda client, report: b'msgid "Bremen"\nmsgstr "Bremen"\n',
        "“translation.xlf” is not a valid XLIFF file (error at line 1).",
    ),
    "entities": (billion_laughs, "“translation.xlf” is not a valid XLIFF file."),
    "an external entity": (external_entity, "“translation.xlf” is not a valid XLIFF file."),
    "another page's file": (
        lambda client, report: filled(client, translation_of(report.get_parent(), "en")),
        "This XLIFF file belongs to “Bremen” in English, not to “Studienbesuch in Bremen” "
        "in English.",
    ),
    "another language's file": (
        lambda client, report: filled(client, translation_of(report, "pl"), "2.1"),
        "This XLIFF file belongs to “Studienbesuch in Bremen” in Polski, not to "
        "“Studienbesuch in Bremen” in English.",
    ),
    "a target language changed": (
        wrong_language,
        "This XLIFF file is a translation into “fr”, not into English (“en”).",
    ),
    "a changed source": (
        changed_source,
        "1 text in the file does not match the current text of “Studienbesuch in Bremen” in "
        "English; the page has changed since the file was downloaded. Nothing was imported",
    ),
    "an unknown unit": (
        unknown_unit,
        "1 unit in the file is not a text of “Studienbesuch in Bremen” in English (headline).",
    ),
    "no translations": (
        lambda client, report: download(client, translation_of(report, "en"), "1.2"),
        "The XLIFF file has no translations in it: nothing was imported.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_xliff_file_is_refused_with_a_message_and_changes_nothing(
    admin_client, report, case
):
    make_file, message = BAD_FILES[case]
    content = make_file(admin_client, report)
    before = strings()

    page = upload(admin_client, translation_of(report, "en"), content)

    assert message in page
    assert "Imported" not in page
    assert strings() == before


def test_the_editor_offers_the_files_and_partners_cannot_have_them(
    admin_client, client, django_user_model, report
):
    translation = translation_of(report, "en")
    files_url = reverse("translation_translation_files", args=[translation.pk])
    editor = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert files_url in editor.content.decode()
    page = html.unescape(admin_client.get(files_url).content.decode())
    for version in ("1.2", "2.1"):
        assert reverse("translation_download_xliff", args=[translation.pk, version]) in page
    assert reverse("wagtail_localize:download_pofile", args=[translation.pk]) in page

    content = filled(admin_client, translation)
    client.force_login(partner_editor(django_user_model, report.get_parent()))
    before = strings()
    for response in (
        client.get(reverse("translation_download_xliff", args=[translation.pk, "1.2"])),
        client.get(files_url),
        client.post(files_url, {"file": SimpleUploadedFile("x.xlf", content)}),
    ):
        assert response.status_code in (302, 403)
        assert b"<xliff" not in response.content
    assert strings() == before


def test_a_unit_id_is_the_segment_context_path(report):
    translation = translation_of(report, "en")
    paths = [unit.path for unit in xliff_files.units(translation)]
    ids = [unit.id for unit in xliff_files.units(translation)]
    assert ids[paths.index("title")] == "title"
    assert ids.count("context") == 1 and "context:2" in ids


# Rich text: its formatting as inline codes a CAT tool protects

RICH = (
    '<p>Wir danken der <a href="https://www.bremen.de/">Stadt Bremen</a> für <b>Wohnen.</b> '
    'Mehr auf der <a linktype="page" id="{page}">Startseite</a>.</p>'
)
CHART = {
    "title": "Neue Wohnungen",
    "description": "",
    "value_label": "Haushalte",
    "data": [{"label": "Gröpelingen", "value": 12.0}, {"label": "Vegesack", "value": 7.0}],
    "source": "",
}


@pytest.fixture
def rich_report(admin_client):
    """A German report whose context has bold text, a link out and a link to a page, whose
    title has an ampersand and whose body has a chart, submitted for translation into en."""
    tree = site_in("de", "pl")
    city, report = german_partner(
        tree,
        title="Wohnen & Arbeit in Bremen",
        context=RICH.format(page=tree["de"][0].pk),
        body=[("chart", CHART)],
    )
    submit_translation(admin_client, city, "en")
    submit_translation(admin_client, report, "en")
    return report


def rich_context(translation):
    """The segment of the rich text's paragraph, as wagtail-localize keeps it."""
    return next(
        segment.string.data
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context", "string"
        )
        if segment.context.path == "context"
    )


def translate_rich(store, render):
    """Fills every unit in as a CAT tool that keeps the formatting codes does: the source's
    text and codes copied, each piece of text translated with `render`."""

    def render_text(element):
        for index, part in enumerate(element.sub):
            if isinstance(part, str):
                element.sub[index] = render(part)
            else:
                render_text(part)

    for unit in store.units:
        if not unit.isheader():
            rich = [copy.deepcopy(element) for element in unit.rich_source]
            for element in rich:
                render_text(element)
            unit.rich_target = rich
    return bytes(store)


@pytest.mark.parametrize(
    "version,storage,paired", [("1.2", xliff.xlifffile, "g"), ("2.1", xliff2.Xliff2File, "pc")]
)
def test_formatting_goes_out_as_inline_codes_and_comes_back_as_it_was(
    admin_client, rich_report, version, storage, paired
):
    translation = translation_of(rich_report, "en")
    assert rich_context(translation) == (
        'Wir danken der <a id="a1">Stadt Bremen</a> für <b>Wohnen.</b> Mehr auf der '
        '<a id="a2">Startseite</a>.'
    )
    content = download(admin_client, translation, version)
    check_structure(content, version)
    # Tags are codes, not text a translator could break: no escaped markup anywhere.
    assert b"&lt;" not in content and b"&amp;amp;" not in content
    root = etree.fromstring(content)
    ns = NS_12 if version == "1.2" else NS_2
    (source,) = root.xpath("//*[@id='context']//*[local-name()='source']")
    codes = [(element.tag.split("}")[1], element.get("id"), element.text) for element in source]
    assert codes == [
        (paired, "1", "Stadt Bremen"),
        (paired, "2", "Wohnen."),
        (paired, "3", "Startseite"),
    ]
    if version == "1.2":
        assert [element.get("ctype") for element in source] == ["link", "bold", "link"]
        unit = root.find(f".//{{{ns}}}trans-unit[@id='context']")
        assert unit.get("datatype") == "html"
        assert root.find(f".//{{{ns}}}trans-unit[@id='title']").get("datatype") is None
    else:
        assert [element.get("type") for element in source] == ["link", "fmt", "link"]
        assert source[1].get("subType") == "xlf:b"

    store = storage.parsestring(content)
    by_id = {unit_id(unit): unit for unit in store.units}
    # The CAT tool shows the text as text: the ampersand is an ampersand.
    assert by_id["title"].source == "Wohnen & Arbeit in Bremen"
    page = upload(admin_client, translation, translate_rich(store, str.upper))

    assert "Imported “translation.xlf”" in page
    found = translated(translation)
    assert found[("context", rich_context(translation))] == (
        'WIR DANKEN DER <a id="a1">STADT BREMEN</a> FÜR <b>WOHNEN.</b> MEHR AUF DER '
        '<a id="a2">STARTSEITE</a>.'
    )
    assert found[("title", "Wohnen &amp; Arbeit in Bremen")] == "WOHNEN &amp; ARBEIT IN BREMEN"

    # The page a reader sees has the links and the bold text back.
    translation.save_target(publish=True)
    english = translation.get_target_instance()
    assert english.title == "WOHNEN & ARBEIT IN BREMEN"
    assert '<a href="https://www.bremen.de/">STADT BREMEN</a>' in english.context
    assert "<b>WOHNEN.</b>" in english.context
    assert 'linktype="page"' in english.context and ">STARTSEITE</a>" in english.context

    # Downloaded again, the translation's codes have the numbers of the original's.
    again = etree.fromstring(download(admin_client, translation, version))
    (target,) = again.xpath("//*[@id='context']//*[local-name()='target']")
    assert [(element.get("id"), element.text) for element in target] == [
        ("1", "STADT BREMEN"),
        ("2", "WOHNEN."),
        ("3", "STARTSEITE"),
    ]


def without(code):
    """Drops the inline element `code` of the target, keeping its text."""

    def change(target):
        (element,) = target.xpath(f"*[@id='{code}']")
        text = (element.text or "") + (element.tail or "")
        previous = element.getprevious()
        if previous is None:
            target.text = (target.text or "") + text
        else:
            previous.tail = (previous.tail or "") + text
        target.remove(element)

    return change


def invented(target):
    extra = etree.SubElement(target, f"{{{NS_2}}}pc", id="9", type="fmt", subType="xlf:i")
    extra.text = "MEHR"


def repeated(target):
    (bold,) = target.xpath("*[@id='2']")
    target.append(copy.deepcopy(bold))


def changed(target):
    (bold,) = target.xpath("*[@id='2']")
    bold.tag = f"{{{NS_2}}}ph"
    bold.text = None


LOST_FORMATTING = {
    "a lost tag": (without("2"), "missing: <b>"),
    "a lost link": (without("1"), "missing: <a>"),
    "an invented tag": (invented, 'not in the original: <pc id="9">'),
    "a tag twice": (repeated, "more than once: <b>"),
    "a tag of another kind": (changed, 'missing: <b>; not in the original: <ph id="2">'),
}


@pytest.mark.parametrize("case", LOST_FORMATTING)
def test_a_translation_whose_formatting_codes_do_not_match_is_refused(
    admin_client, rich_report, case
):
    change, problem = LOST_FORMATTING[case]
    translation = translation_of(rich_report, "en")
    store = xliff2.Xliff2File.parsestring(download(admin_client, translation, "2.1"))
    root = etree.fromstring(translate_rich(store, str.upper))
    (target,) = root.xpath("//*[@id='context']//*[local-name()='target']")
    change(target)
    before = strings()

    page = upload(admin_client, translation, etree.tostring(root))

    assert (
        "The formatting of the translation of “Wir danken der Stadt Bremen für Wohnen. Mehr "
        "auf der Startseite.” (Study visit report › Context and challenge) does not match the "
        f"original's: {problem}. Nothing was imported" in page
    )
    assert "Imported" not in page
    assert strings() == before


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_notes_name_the_place_of_a_text_in_words(admin_client, rich_report, version):
    translation = translation_of(rich_report, "en")
    root = etree.fromstring(download(admin_client, translation, version))
    notes = {
        unit.get("id"): unit.xpath(".//*[local-name()='note']/text()")[0]
        for unit in root.xpath("//*[local-name()='trans-unit' or local-name()='unit']")
    }
    (chart,) = [path for path in notes if path.startswith("body.") and path.endswith(".title")]
    assert notes[chart] == "Study visit report › Report › Chart › Title"
    bars = sorted(notes[path] for path in notes if path.endswith(".label"))
    assert bars == [
        "Study visit report › Report › Chart › Data › Bar 1 › Label",
        "Study visit report › Report › Chart › Data › Bar 2 › Label",
    ]
    assert notes["context"] == "Study visit report › Context and challenge"
    # No block or item ids: they say nothing to a translator.
    assert not any("-" in note or "body." in note for note in notes.values())


# Batch files for an agency


def batch_export(client, **data):
    fields = {"scope": "city", "city": "", "language": "", "file_format": "xliff12", **data}
    response = client.post(
        reverse("translation_translation_batch"),
        {f"export-{key}": value for key, value in fields.items()},
    )
    assert response["Content-Type"] == "application/zip", response.content[:500]
    return zipfile.ZipFile(io.BytesIO(response.content))


def batch_import(client, files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    response = client.post(
        reverse("translation_translation_batch"),
        {"file": SimpleUploadedFile("back.zip", buffer.getvalue())},
        follow=True,
    )
    return html.unescape(response.content.decode())


def test_a_citys_batch_holds_a_file_per_translation_and_comes_back_whole(admin_client, report):
    city = report.get_parent()
    archive = batch_export(admin_client, city=str(city.translation_key))
    names = sorted(archive.namelist())
    translations = [translation_of(page, code) for page in (city, report) for code in ("en", "pl")]
    expected = sorted(
        f"{t.target_locale.language_code}/{xliff_files.po_files.download_name(t)}-{t.pk}.xlf"
        for t in translations
    )
    assert names == sorted(expected + ["README.txt"])
    readme = archive.read("README.txt").decode()
    assert "Selection: every page of Bremen (Every target language)" in readme
    for name in expected:
        assert name in readme
    assert "Page: “Studienbesuch in Bremen”, written in Deutsch" in readme

    back = {}
    for name in expected:
        store = xliff.xlifffile.parsestring(archive.read(name))
        back[f"done/{name.replace('/', '-')}"] = fill_in(store, lambda text: f"T {text}")
    page = batch_import(admin_client, back)

    assert "Imported the batch: 4 files." in page
    for translation in translations:
        assert set(translated(translation).values()) == {
            f"T {text}" for _path, text in segments(translation)
        }


def test_a_batch_with_one_bad_file_imports_nothing_and_says_which(admin_client, report):
    city = report.get_parent()
    archive = batch_export(admin_client, city=str(city.translation_key), language="en")
    names = [name for name in archive.namelist() if name != "README.txt"]
    assert len(names) == 2 and all(name.startswith("en/") for name in names)
    back = {
        name: fill_in(xliff.xlifffile.parsestring(archive.read(name)), lambda t: f"T {t}")
        for name in names
    }
    bad = names[1]
    back[bad] = back[bad].replace(b"<source>", b"<source>Neu: ", 1)
    before = strings()

    page = batch_import(admin_client, back)

    assert "Nothing was imported: the batch is imported whole or not at all." in page
    assert f"“{names[0]}” is in order but was not imported" in page
    assert f"“{bad}”: 1 text in the file does not match the current text of" in page
    assert strings() == before


def test_a_batch_of_po_files_of_outdated_translations(admin_client, report):
    from tests.translation.translation_setup import fill_in as fill_segments
    from tests.translation.translation_setup import publish_translation

    translation = translation_of(report, "en")
    fill_segments(translation)
    publish_translation(admin_client, translation)
    report.title = "Studienbesuch in Bremen 2021"
    report.save_revision().publish()

    archive = batch_export(admin_client, scope="outdated", file_format="po", language="en")
    names = [name for name in archive.namelist() if name != "README.txt"]
    assert names == [f"en/studienbesuch-in-bremen-2021-en-{translation.pk}.po"]
    assert "Status: Outdated" in archive.read("README.txt").decode()
    po = polib.pofile(archive.read(names[0]).decode())
    # The file holds the original's current title, not the one of the last sync.
    assert "Studienbesuch in Bremen 2021" in {entry.msgid for entry in po}
    po.find("Studienbesuch in Bremen 2021").msgstr = "Study visit to Bremen 2021"
    page = batch_import(admin_client, {"visit.po": str(po).encode()})
    assert "“visit.po”: 1 text of “Studienbesuch in Bremen 2021” in English has a new" in page


def test_batch_import_refuses_what_is_not_a_batch(admin_client, report):
    before = strings()
    response = admin_client.post(
        reverse("translation_translation_batch"),
        {"file": SimpleUploadedFile("back.zip", b"not a zip")},
        follow=True,
    )
    assert "“back.zip” is not a .zip file that can be read." in html.unescape(
        response.content.decode()
    )
    page = batch_import(admin_client, {"notes.docx": b"...", "README.txt": b"hello"})
    assert "“notes.docx”: It is not a PO or XLIFF file (.po, .xlf or .xliff)." in page
    assert strings() == before


def test_partners_cannot_reach_the_batch_files(client, django_user_model, report):
    client.force_login(partner_editor(django_user_model, report.get_parent()))
    url = reverse("translation_translation_batch")
    for response in (client.get(url), client.post(url, {"export-scope": "outdated"})):
        assert response.status_code in (302, 403)
        assert response.get("Content-Type") != "application/zip"


def test_the_status_view_links_to_the_batch_files(admin_client, report):
    page = admin_client.get(reverse("translation_translation_status")).content.decode()
    assert reverse("translation_translation_batch") in page
