"""Media on S3-compatible object storage (MEDIA_S3_BUCKET), against a real S3 API server on a
port of its own: uploads, pictures' copies, documents and the publication's PDFs land in the
bucket and are served at the site's own addresses from it; the bucket stays private (a partner's
private upload is neither served by the site nor readable at the bucket's address); a backup
made from the bucket restores into an empty bucket and into a local folder, and back."""

import io
import runpy
from unittest import mock

import pytest
import requests
from botocore.response import StreamingBody
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import RequestFactory, override_settings
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from home import backup, media
from home.storage import MediaStorage
from partners import roles
from publication import pdf
from publication.pdf import PublicationPDF
from tests.home.factories import english_home, picture
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory
from tests.servers import ROOT, S3Server
from tests.worker import run_worker

pytestmark = pytest.mark.django_db

SETTINGS = str(ROOT / "config" / "settings" / "base.py")
BUCKET = "welcoming-cities-media"
PREFIX = "site"


def storage_settings(environment):
    """STORAGES["default"] as config/settings/base.py makes it from these variables."""
    with mock.patch.dict("os.environ", environment):
        return runpy.run_path(SETTINGS)["STORAGES"]["default"]


def using(storage):
    return override_settings(STORAGES={**settings.STORAGES, "default": storage})


@pytest.fixture(scope="module")
def s3():
    server = S3Server()
    server.start()
    try:
        server.create_bucket(BUCKET)
        with using(storage_settings(server.environment(BUCKET, PREFIX))):
            yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _empty(s3):
    cache.clear()
    yield
    s3.empty_bucket(BUCKET)
    cache.clear()


def stored(s3, name, bucket=BUCKET, prefix=PREFIX):
    """The bytes of the object that holds the media file `name`."""
    key = f"{prefix}/{name}" if prefix else name
    return s3.client().get_object(Bucket=bucket, Key=key)["Body"].read()


def served(response):
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content) if response.streaming else response.content


def unsigned_get(s3, key):
    """What the bucket's own address answers anyone without a key."""
    return requests.get(f"{s3.endpoint_url}/{BUCKET}/{key}", timeout=10)


def gdansk_editor():
    group, _changes = roles.ensure_gdansk_editors()
    return roles.ensure_account("gdansk-editor", group, email="gdansk@example.org")[0]


def test_the_settings_put_media_in_a_private_bucket_addressed_at_the_sites_media_url(s3):
    assert isinstance(default_storage, MediaStorage)
    options = storage_settings(s3.environment(BUCKET, PREFIX))["OPTIONS"]
    assert options["default_acl"] is None and options["querystring_auth"] is True
    assert storage_settings({"MEDIA_S3_BUCKET": ""})["BACKEND"].endswith("FileSystemStorage")
    assert default_storage.url("images/a b.png") == "/media/images/a%20b.png"


def test_an_upload_and_its_copy_are_in_the_bucket_and_served_at_the_sites_address(client, s3):
    client.force_login(gdansk_editor())
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (11, 93, 122)).save(buffer, "PNG")
    root = Collection.get_first_root_node()
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": ContentFile(buffer.getvalue(), name="harbour.png"), "collection": root.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"], response.content
    image = Image.objects.get(pk=response.json()["image_id"])
    assert stored(s3, image.file.name) == buffer.getvalue()
    assert not (settings.MEDIA_ROOT / image.file.name).exists()

    client.logout()
    rendition = image.get_rendition("fill-200x100|format-png")
    assert rendition.url == f"/media/{rendition.file.name}"
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert served(response) == stored(s3, rendition.file.name)
    assert response["Content-Length"] == str(rendition.file.size)
    assert PILImage.open(io.BytesIO(stored(s3, rendition.file.name))).size == (200, 100)
    # The original is never served, neither by the site nor by the bucket.
    assert client.get(image.file.url).status_code == 404
    assert unsigned_get(s3, f"{PREFIX}/{image.file.name}").status_code == 403


def test_a_document_is_stored_in_the_bucket_and_served_at_its_address(client, s3):
    content = b"%PDF-1.4 programme of the study visit"
    document = Document.objects.create(
        title="Programme", file=ContentFile(content, name="programme.pdf")
    )
    assert stored(s3, document.file.name) == content
    response = client.get(document.url)
    assert response["Content-Length"] == str(len(content))
    assert served(response) == content
    assert response["Content-Type"] == "application/pdf"

    # Wagtail's view reads the file itself; the site has it read from the bucket as it arrives
    # (home/storage.py streamed()), not copied whole first: fails the day Wagtail serves
    # otherwise.
    request = RequestFactory().get(document.url)
    request.user, request.session = AnonymousUser(), {}
    response = media.serve_document(request, document.pk, document.filename)
    assert isinstance(response.file_to_stream, StreamingBody)
    assert served(response) == content
    assert response["Content-Type"] == "application/pdf"


def test_a_partners_private_upload_is_reachable_neither_at_the_site_nor_at_the_bucket(client, s3):
    home = english_home()
    cities = CityIndexPageFactory(parent=home, slug="cities")
    ghent = CityProfilePageFactory(parent=cities, title="Gent", slug="gent")
    roles.onboard_partner(ghent, "Ghent")
    image = picture("Internal photo", collection=Collection.objects.get(name="Ghent"))
    rendition = image.get_rendition("fill-400x240|format-jpeg")
    document = Document.objects.create(
        title="Internal notes",
        file=ContentFile(b"%PDF-1.4 internal", name="ghent-internal.pdf"),
        collection=Collection.objects.get(name="Ghent"),
    )

    assert client.get(rendition.url).status_code == 404
    assert client.get(image.file.url).status_code == 404
    answer = client.get(document.url)
    assert answer.status_code in (302, 403, 404)
    for name in (image.file.name, rendition.file.name, document.file.name):
        assert stored(s3, name)  # in the bucket, where only the site's key reads it
        assert unsigned_get(s3, f"{PREFIX}/{name}").status_code == 403

    client.force_login(gdansk_editor())
    assert served(client.get(rendition.url)) == stored(s3, rendition.file.name)


def test_the_pdf_is_made_with_its_pictures_from_the_bucket_stored_there_and_served(
    client, s3, django_capture_on_commit_callbacks
):
    if pdf.unavailable_reason():
        pytest.skip(str(pdf.unavailable_reason()))
    home = english_home()
    cities = CityIndexPageFactory(parent=home, slug="cities")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    report = StudyVisitReportPageFactory(
        parent=bremen, title="Three days in Bremen", slug="three-days", hero_image=picture()
    )
    url = f"{report.url}pdf/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(url).status_code == 503  # being made
    run_worker()

    record = PublicationPDF.objects.get(page=report, status=PublicationPDF.Status.READY)
    document = served(client.get(url))
    assert document.startswith(b"%PDF") and document == stored(s3, record.file.name)
    assert record.file.name.startswith("publication-pdf/")
    assert b"/Subtype /Image" in document or b"/Subtype/Image" in document


def test_a_backup_of_the_bucket_restores_into_a_folder_and_from_there_into_an_empty_bucket(
    client, s3, tmp_path
):
    image = picture("Bremen harbour")
    image.get_rendition("fill-200x100|format-png")
    Document.objects.create(
        title="Programme", file=ContentFile(b"%PDF-1.4 programme", name="programme.pdf")
    )
    before = {key.removeprefix(f"{PREFIX}/"): data for key, data in s3.objects(BUCKET).items()}
    assert len(before) == 3 and all(key.startswith(f"{PREFIX}/") for key in s3.objects(BUCKET))

    archive, summary = backup.backup(tmp_path / "from-bucket.tar.gz", log=lambda text: None)
    assert summary.media_files == 3

    folder = tmp_path / "media"
    disk = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    with using(disk), override_settings(MEDIA_ROOT=folder):
        backup.restore(archive, replace=True, log=lambda text: None)
        on_disk = {
            path.relative_to(folder).as_posix(): path.read_bytes()
            for path in folder.rglob("*")
            if path.is_file()
        }
        assert on_disk == before
        back, _summary = backup.backup(tmp_path / "from-folder.tar.gz", log=lambda text: None)

    restored = s3.create_bucket("restored")
    try:
        with using(storage_settings(s3.environment(restored, "elsewhere"))):
            backup.restore(back, replace=True, log=lambda text: None)
            after = s3.objects(restored)
            rendition = image.renditions.get()
            assert served(client.get(rendition.url)) == before[rendition.file.name]
    finally:
        s3.empty_bucket(restored)
    assert {key.removeprefix("elsewhere/"): data for key, data in after.items()} == before
