"""A partner's uploads are not reachable by the public (API, document address, picture copies,
originals) until a live page uses them or they are moved to a public collection; originals are
never served and the copies carry no camera metadata; oversized pictures are refused."""

import hashlib
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, ReferenceIndex

pytestmark = pytest.mark.django_db


def photo_with_location(name="ghent-internal.jpg"):
    """A JPEG carrying camera and GPS metadata, like a phone's photograph."""
    image = PILImage.new("RGB", (1200, 800), (120, 40, 40))
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (51.0, 3.0, 0.0), 3: "E", 4: (3.0, 43.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return ImageFile(buffer, name=name)


@pytest.fixture
def uploads(world):
    ghent = Collection.objects.get(name="Ghent")
    image = Image.objects.create(
        title="Internal photo", file=photo_with_location(), collection=ghent
    )
    document = Document.objects.create(
        title="Internal notes",
        file=ContentFile(b"%PDF-1.4 internal", name="ghent-internal.pdf"),
        collection=ghent,
    )
    rendition = image.get_rendition("fill-400x240|format-jpeg")
    return {"image": image, "document": document, "rendition": rendition, "collection": ghent}


def api_ids(client, endpoint):
    return {item["id"] for item in client.get(f"/api/v2/{endpoint}/").json()["items"]}


def test_a_partners_new_uploads_are_not_reachable_anonymously(client, uploads):
    image, document, rendition = uploads["image"], uploads["document"], uploads["rendition"]

    assert image.pk not in api_ids(client, "images")
    assert document.pk not in api_ids(client, "documents")
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    served = client.get(document.url)
    assert served.status_code in (302, 403, 404)
    assert b"internal" not in b"".join(getattr(served, "streaming_content", [served.content]))
    assert client.get(rendition.url).status_code == 404
    assert client.get(image.file.url).status_code == 404


def test_the_partner_and_gdansk_see_them_other_partners_do_not(client, world, uploads):
    rendition = uploads["rendition"]
    client.force_login(world.users["ghent"])
    assert client.get(rendition.url).status_code == 200
    client.force_login(world.users["gdansk"])
    assert client.get(rendition.url).status_code == 200
    client.force_login(world.users["bremen"])
    assert client.get(rendition.url).status_code == 404


def test_once_a_live_page_uses_them_they_are_public(client, world, uploads):
    image, document, rendition = uploads["image"], uploads["document"], uploads["rendition"]
    report = world.ghent_report.specific
    report.hero_image = image
    report.report_document = document
    report.save_revision().publish()
    assert ReferenceIndex.get_references_to(image).exists()

    assert image.pk in api_ids(client, "images")
    assert document.pk in api_ids(client, "documents")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 internal"
    # Never the original, used or not.
    assert client.get(image.file.url).status_code == 404


def test_moved_to_a_public_collection_they_are_public(client, uploads):
    public = Collection.get_first_root_node().add_child(name="Network library")
    document = uploads["document"]
    document.collection = public
    document.save()

    assert document.pk in api_ids(client, "documents")
    assert client.get(document.url).status_code == 200


def test_neither_the_original_nor_its_copies_keep_camera_or_location_metadata(uploads):
    image = uploads["image"]
    for stored in (image.file, uploads["rendition"].file):
        with stored.open() as file:
            exif = PILImage.open(file).getexif()
        assert 0x8825 not in exif and 0x010F not in exif
    # Still the picture that was uploaded.
    assert (image.width, image.height) == (1200, 800)
    with image.file.open() as file:
        assert image.file_hash == hashlib.sha1(file.read(), usedforsecurity=False).hexdigest()


def test_a_picture_over_the_pixel_limit_is_refused_with_a_message(client, world):
    client.force_login(world.users["gdansk"])
    buffer = io.BytesIO()
    PILImage.new("1", (7000, 7000)).save(buffer, "PNG")  # 49 million pixels, a small file
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": ContentFile(buffer.getvalue(), name="huge.png")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert not Image.objects.filter(title="huge").exists()
    text = response.content.decode()
    assert "pikseli" in text  # the Gdańsk editor's admin speaks Polish


def test_with_the_page_cache_a_public_copy_costs_no_query_until_its_privacy_changes(
    client, world, uploads, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = True
    image, rendition = uploads["image"], uploads["rendition"]
    report = world.ghent_report.specific
    report.hero_image = image
    report.save_revision().publish()

    first = client.get(rendition.url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(rendition.url)
    assert again.status_code == 200
    assert b"".join(again.streaming_content) == b"".join(first.streaming_content)

    # The page stops using it: the next request works it out again, and it is private.
    report.hero_image = None
    report.save_revision().publish()
    assert client.get(rendition.url).status_code == 404
    # A made-up session cookie does not open it either.
    client.cookies["sessionid"] = "made-up"
    assert client.get(rendition.url).status_code == 404
