"""`manage.py backup` and `restore`: a site with pages in several languages, a wagtail-localize
translation, revisions, an image with its renditions and a document comes back whole into an
empty database and media folder, and serves the same page; a bad archive or a target that holds
content is refused with a clear message and nothing changed."""

import io
import json
import os
import re
import shutil
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.views.static import serve
from wagtail.documents.models import Document
from wagtail.images.models import Image, Rendition
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home import backup
from tests.home.factories import picture
from tests.publication.factories import StudyVisitReportPageFactory
from tests.translation.translation_setup import (
    fill_in,
    german_partner,
    publish_translation,
    site_in,
    submit_translation,
    translation_of,
)


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def state():
    """What a restore must bring back, in comparable form."""
    return {
        "pages": sorted(
            Page.objects.values_list(
                "pk",
                "locale__language_code",
                "title",
                "draft_title",
                "url_path",
                "path",
                "depth",
                "numchild",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
            )
        ),
        "revisions": sorted(
            (revision.pk, revision.object_id, json.dumps(revision.content, sort_keys=True))
            for revision in Revision.objects.all()
        ),
        "translation sources": sorted(
            TranslationSource.objects.values_list("object_id", "locale__language_code")
        ),
        "translations": sorted(
            Translation.objects.values_list(
                "source__object_id", "target_locale__language_code", "enabled"
            )
        ),
        "string translations": sorted(
            StringTranslation.objects.values_list("locale__language_code", "data", "updated_at")
        ),
        "images": sorted(Image.objects.values_list("pk", "title", "file", "width", "height")),
        "renditions": sorted(Rendition.objects.values_list("image_id", "filter_spec", "file")),
        "documents": sorted(Document.objects.values_list("pk", "title", "file", "file_hash")),
        "media": media_files(),
    }


def picture_urls(html):
    return sorted(set(re.findall(r'src="(/media/[^"]+)"', html)))


def media_answer(url):
    """The answer of the media URL, as the web server in front of the site gives it."""
    request = RequestFactory().get(url)
    response = serve(request, url.removeprefix(settings.MEDIA_URL), settings.MEDIA_ROOT)
    return b"".join(response.streaming_content)


@pytest.mark.django_db(transaction=True)
def test_a_site_comes_back_whole_into_an_empty_database_and_media_folder(
    admin_client, client, tmp_path
):
    tree = site_in("de", "pl")
    harbour = picture("Bremen harbour")
    city, report = german_partner(tree, hero_image=harbour)
    for page in (city, report):
        submit_translation(admin_client, page, "en", "pl")
        fill_in(translation_of(page, "en"))
        publish_translation(admin_client, translation_of(page, "en"))
    report.summary = report.summary + " Entwurf."
    report.save_revision()  # an unpublished draft on top of the live page
    Document.objects.create(
        title="Programme", file=ContentFile(b"%PDF-1.4 programme", name="programme.pdf")
    )
    english = translation_of(report, "en").get_target_instance()
    page_before = client.get(english.url).content.decode()  # makes the hero's renditions
    before = state()
    assert english.title == "[Studienbesuch in Bremen]"
    assert {"pl", "en", "de"} <= {page[1] for page in before["pages"]}
    assert before["renditions"] and picture_urls(page_before)
    assert any(name.startswith("documents/") for name in before["media"])

    archive = tmp_path / "site.tar.gz"
    output = io.StringIO()
    call_command("backup", str(archive), stdout=output)
    assert f"to {archive}" in output.getvalue().splitlines()[-1]

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    cache.set("left-from-before", "stale")
    assert not Page.objects.exists()

    output = io.StringIO()
    call_command("restore", str(archive), stdout=output)

    assert output.getvalue().splitlines()[-1].startswith("Restored ")
    assert cache.get("left-from-before") is None
    after = state()
    for what, value in before.items():
        assert after[what] == value, what
    page_after = client.get(english.url).content.decode()
    assert page_after == page_before
    assert "Studienbesuch in Bremen" in page_after
    for url in picture_urls(page_after):
        assert media_answer(url) == before["media"][url.removeprefix(settings.MEDIA_URL)]
    # The renditions came back as rows too: serving the page made none afresh.
    assert (
        sorted(Rendition.objects.values_list("image_id", "filter_spec", "file"))
        == (before["renditions"])
    )
    # The site goes on: new rows get new ids (PostgreSQL's sequences were reset).
    StudyVisitReportPageFactory(parent=Page.objects.get(pk=city.pk), locale=city.locale)
    assert Page.objects.count() == len(before["pages"]) + 1


def write_archive(path, manifest, data=b"", media=()):
    with tarfile.open(path, "w:gz") as archive:
        for name, content in [
            (backup.MANIFEST, json.dumps(manifest).encode()),
            (backup.DATA, data),
            *((f"media/{name}", content) for name, content in media),
        ]:
            backup.add_bytes(archive, name, content)
    return path


def manifest(**changes):
    made = {
        **backup.describe_database(),
        "permissions": [],
        "counts": {},
        "media": {"files": 0, "bytes": 0},
    }
    return {**made, **changes}


def restore_fails(archive, *options):
    pages, files = Page.objects.count(), media_files()
    with pytest.raises(CommandError) as error:
        call_command("restore", str(archive), *options, stdout=io.StringIO())
    assert (Page.objects.count(), media_files()) == (pages, files)
    return str(error.value)


@pytest.mark.django_db
def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    archive = tmp_path / "site.tar.gz"
    archive.write_bytes(b"PGDMP custom-format dump, not ours")
    assert "is not a backup archive" in restore_fails(archive)
    assert "does not exist" in restore_fails(tmp_path / "missing.tar.gz")


@pytest.mark.django_db
def test_an_archive_of_another_format_version_is_refused(tmp_path):
    archive = write_archive(tmp_path / "site.tar.gz", manifest(format_version=99))
    assert "format version 99; this code reads version 1" in restore_fails(archive)


@pytest.mark.django_db
def test_an_archive_made_with_other_migrations_is_refused(tmp_path):
    migrations = backup.applied_migrations()
    migrations["home"] = [*migrations["home"], "0099_from_the_future"]
    migrations["publication"] = migrations["publication"][:1]
    archive = write_archive(tmp_path / "site.tar.gz", manifest(migrations=migrations))
    message = restore_fails(archive)
    assert "home: the backup has 0099_from_the_future, the code does not" in message
    assert "publication: the code has 0002_" in message


@pytest.mark.django_db
def test_a_damaged_archive_or_bad_data_changes_nothing(tmp_path):
    noise = Path(settings.MEDIA_ROOT, "documents", "noise.bin")
    noise.parent.mkdir(parents=True)
    noise.write_bytes(os.urandom(100_000))
    good = tmp_path / "good.tar.gz"
    call_command("backup", str(good), stdout=io.StringIO())
    noise.unlink()
    damaged = tmp_path / "damaged.tar.gz"
    damaged.write_bytes(good.read_bytes()[:-20_000])  # ends inside the media file
    assert "is damaged" in restore_fails(damaged)

    bad_data = b'{"model": "wagtailcore.page", "pk": 1, "fields": {"depth": "deep"}}\n'
    archive = write_archive(
        tmp_path / "bad.tar.gz", manifest(), data=bad_data, media=[("a.txt", b"a")]
    )
    assert "could not be loaded, so none of it was" in restore_fails(archive)


@pytest.mark.django_db
def test_a_database_or_media_folder_that_holds_content_is_refused_unless_replaced(tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    image = picture("Taken after the backup")

    assert "The database is not empty: it holds 1 images" in restore_fails(archive)
    image.delete()
    Path(settings.MEDIA_ROOT, "notes.txt").write_text("mine")
    assert "The media folder" in restore_fails(archive)

    picture("Taken after the backup")
    call_command("restore", str(archive), "--replace", stdout=io.StringIO())
    assert not Image.objects.exists()
    assert media_files() == {}
