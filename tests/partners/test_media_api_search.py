"""Searching the API's images and documents (?search=) finds what anyone may see and never a
partner's upload that no live page uses yet."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from tests.partners.test_upload_privacy import photo_with_location

pytestmark = pytest.mark.django_db


@pytest.fixture
def uploads(world):
    ghent = Collection.objects.get(name="Ghent")
    public = Collection.get_first_root_node()
    made = {
        "private image": Image.objects.create(
            title="Harbour walk internal", file=photo_with_location(), collection=ghent
        ),
        "public image": Image.objects.create(
            title="Harbour walk", file=photo_with_location("walk.jpg"), collection=public
        ),
        "private document": Document.objects.create(
            title="Harbour minutes internal",
            file=ContentFile(b"%PDF-1.4 internal", name="internal.pdf"),
            collection=ghent,
        ),
        "public document": Document.objects.create(
            title="Harbour minutes",
            file=ContentFile(b"%PDF-1.4 public", name="minutes.pdf"),
            collection=public,
        ),
    }
    return made


def found(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/", {"search": query})
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


@pytest.mark.parametrize("endpoint, kind", [("images", "image"), ("documents", "document")])
def test_a_search_finds_public_uploads_and_hides_private_ones(client, uploads, endpoint, kind):
    expected = ["Harbour walk"] if kind == "image" else ["Harbour minutes"]

    assert found(client, endpoint, "harbour") == expected
    assert found(client, endpoint, "internal") == []


@pytest.mark.parametrize("endpoint, kind", [("images", "image"), ("documents", "document")])
def test_a_search_finds_a_private_upload_once_a_live_page_uses_it(
    client, world, uploads, endpoint, kind
):
    report = world.ghent_report.specific
    if kind == "image":
        report.hero_image = uploads["private image"]
    else:
        report.report_document = uploads["private document"]
    report.save_revision().publish()

    assert len(found(client, endpoint, "internal")) == 1


def test_the_partner_finds_its_own_private_upload(client, world, uploads):
    client.force_login(world.users["ghent"])

    assert found(client, "images", "internal") == ["Harbour walk internal"]
