"""Pictures partners can use: every partner chooses from the shared "Network pictures" and their
own city's collection, never another partner's; Network pictures are the Gdańsk editors' to
change; a partner's uploads go to their own collection; no picture is saved in the admin without
a description (its alternative text), and a page is not published with one that has none."""

import importlib
import io
import json

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, GroupCollectionPermission, Page
from wagtail.users.models import UserProfile

from partners import roles
from tests.partners.admin import form_errors, page_form_data, refused

pytestmark = pytest.mark.django_db


def png(name="picture.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), (11, 93, 122)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def client_for(user):
    """A client signed in as `user`, whose admin speaks English whatever the account's own
    language, so that the messages read as written here."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def pictures(world):
    network = Collection.objects.get(name=roles.NETWORK_COLLECTION)

    def picture(title, collection, description="A description"):
        return Image.objects.create(
            title=title,
            file=ContentFile(png().read(), name=f"{title}.png"),
            collection=collection,
            description=description,
        )

    return {
        "network": picture("Harbour at dawn", network),
        "bremen": picture("Bremen welcome desk", world.bremen_collection),
        "ghent": picture("Ghent internal photo", Collection.objects.get(name="Ghent")),
        "undescribed": picture("Undescribed picture", world.bremen_collection, description=""),
    }


def chooser_titles(client, url="wagtailimages_chooser:choose"):
    response = client.get(reverse(url))
    assert response.status_code == 200
    return response.json()["html"]


# --- Choosing -------------------------------------------------------------------------------


def test_a_partners_image_chooser_offers_network_pictures_and_their_own(world, pictures):
    html = chooser_titles(client_for(world.users["bremen"]))

    assert "Harbour at dawn" in html
    assert "Bremen welcome desk" in html
    assert "Ghent internal photo" not in html


def test_another_partner_sees_the_network_pictures_but_not_bremens(world, pictures):
    html = chooser_titles(client_for(world.users["ghent"]))

    assert "Harbour at dawn" in html and "Ghent internal photo" in html
    assert "Bremen welcome desk" not in html


def test_a_partner_may_choose_network_documents_too(world):
    network = Collection.objects.get(name=roles.NETWORK_COLLECTION)
    Document.objects.create(
        title="Network logo pack",
        file=ContentFile(b"%PDF-1.4 logos", name="logos.pdf"),
        collection=network,
    )

    html = chooser_titles(client_for(world.users["bremen"]), "wagtaildocs_chooser:choose")

    assert "Network logo pack" in html


def test_network_pictures_are_public(client, world, pictures):
    rendition = pictures["network"].get_rendition("fill-400x240|format-jpeg")

    assert client.get(rendition.url).status_code == 200


# --- Changing -------------------------------------------------------------------------------


def test_a_partner_can_neither_edit_nor_delete_a_network_picture(world, pictures):
    picture = pictures["network"]
    client = client_for(world.users["bremen"])

    assert refused(client.get(reverse("wagtailimages:edit", args=[picture.pk])))
    edited = client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {"title": "Renamed", "description": "Renamed"},
    )
    assert refused(edited)
    assert refused(client.post(reverse("wagtailimages:delete", args=[picture.pk])))

    picture.refresh_from_db()
    assert picture.title == "Harbour at dawn"
    # Not offered either: the partner's listing of images leaves it out.
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Bremen welcome desk" in listing and "Harbour at dawn" not in listing


def test_gdansk_editors_manage_the_network_pictures(world, pictures):
    picture = pictures["network"]
    client = client_for(world.users["gdansk"])

    response = client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {
            "title": "Harbour at dusk",
            "description": "Cranes over the water at dusk.",
            "collection": picture.collection_id,
        },
    )

    assert response.status_code == 302, form_errors(response)
    picture.refresh_from_db()
    assert (picture.title, picture.description) == (
        "Harbour at dusk",
        "Cranes over the water at dusk.",
    )


def test_partners_may_only_choose_in_the_network_collection(world):
    network = Collection.objects.get(name=roles.NETWORK_COLLECTION)
    for group in ("Bremen editors", "Ghent editors"):
        codenames = set(
            GroupCollectionPermission.objects.filter(
                group__name=group, collection=network
            ).values_list("permission__codename", flat=True)
        )
        assert codenames == {"choose_image", "choose_document"}


def test_the_migration_lets_existing_partner_groups_choose_network_pictures(world):
    network = Collection.objects.get(name=roles.NETWORK_COLLECTION)
    GroupCollectionPermission.objects.filter(collection=network).delete()
    migration = importlib.import_module("partners.migrations.0004_network_pictures")

    migration.share_network_pictures(apps, None)

    groups = set(
        GroupCollectionPermission.objects.filter(collection=network).values_list(
            "group__name", flat=True
        )
    )
    assert groups == {"Bremen editors", "Ghent editors"}
    assert Collection.objects.filter(name=roles.NETWORK_COLLECTION).count() == 1


# --- Uploading ------------------------------------------------------------------------------


def test_a_partners_upload_goes_to_their_own_collection(world):
    client = client_for(world.users["bremen"])
    form = client.get(reverse("wagtailimages:add")).context["form"]
    assert "collection" not in form.fields  # their own is the only one offered

    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Neighbours", "description": "Neighbours at a long table.", "file": png()},
    )

    assert response.status_code == 302, form_errors(response)
    assert Image.objects.get(title="Neighbours").collection == world.bremen_collection


def test_a_partners_upload_from_the_page_editors_chooser_goes_to_their_own_collection(world):
    client = client_for(world.users["bremen"])

    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Weser",
            "image-chooser-upload-description": "The Weser at dusk.",
            "image-chooser-upload-file": png(),
        },
    )

    assert response.json()["step"] in ("chosen", "select_format"), response.json()
    assert Image.objects.get(title="Weser").collection == world.bremen_collection


def test_a_partners_multiple_upload_goes_to_their_own_collection_and_asks_for_a_description(
    world,
):
    client = client_for(world.users["bremen"])

    uploaded = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png("market.png")},
        headers={"x-requested-with": "XMLHttpRequest"},
    ).json()

    assert uploaded["success"], uploaded
    image = Image.objects.get(pk=uploaded["image_id"])
    assert image.collection == world.bremen_collection
    assert "Description (alternative text)" in uploaded["form"]

    # Its form is not saved without a description ...
    url = reverse("wagtailimages:edit_multiple", args=[image.pk])
    refused_answer = client.post(url, {f"image-{image.pk}-title": "Market"}).json()
    assert not refused_answer["success"]
    assert "Describe the picture" in refused_answer["form"]
    # ... and is with one.
    saved = client.post(
        url,
        {f"image-{image.pk}-title": "Market", f"image-{image.pk}-description": "Stalls."},
    ).json()
    assert saved["success"], saved
    image.refresh_from_db()
    assert (image.description, image.collection) == ("Stalls.", world.bremen_collection)


# --- Descriptions ---------------------------------------------------------------------------


def test_a_picture_without_a_description_is_not_saved_from_the_edit_form(world, pictures):
    picture = pictures["bremen"]
    client = client_for(world.users["bremen"])

    response = client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {"title": "Welcome desk", "description": "  "},
    )

    assert response.status_code == 200
    assert "Describe the picture" in response.content.decode()
    picture.refresh_from_db()
    assert (picture.title, picture.description) == ("Bremen welcome desk", "A description")


def test_a_picture_without_a_description_is_not_uploaded(world):
    client = client_for(world.users["bremen"])

    response = client.post(reverse("wagtailimages:add"), {"title": "Nameless", "file": png()})

    assert response.status_code == 200
    assert "Describe the picture" in response.content.decode()
    assert not Image.objects.filter(title="Nameless").exists()


@pytest.mark.parametrize("layout", ["grid", "list"])
def test_the_images_listing_flags_a_picture_without_a_description(world, pictures, layout):
    client = client_for(world.users["bremen"])

    html = client.get(reverse("wagtailimages:index"), {"layout": layout}).content.decode()

    assert html.count("No description (alternative text)") == 1


def latest(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


def hero_form_data(world, image):
    page = world.bremen.specific
    return page_form_data(page, world.users["bremen"], hero_image=image.pk)


def test_a_page_is_not_submitted_with_a_hero_image_without_a_description(world, pictures):
    client = client_for(world.users["bremen"])
    data = hero_form_data(world, pictures["undescribed"])
    data["action-submit"] = "action-submit"

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.bremen.pk]), data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "needs a description (alternative text)" in errors["hero_image"][0]
    assert "Hero image" in errors["hero_image"][0]
    assert not latest(world.bremen).hero_image


def test_a_draft_with_that_picture_can_still_be_saved(world, pictures):
    client = client_for(world.users["bremen"])
    data = hero_form_data(world, pictures["undescribed"])

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.bremen.pk]), data)

    assert response.status_code == 302, form_errors(response)
    assert latest(world.bremen).hero_image == pictures["undescribed"]


def test_a_page_is_published_with_a_described_hero_image(world, pictures):
    client = client_for(world.users["gdansk"])
    data = hero_form_data(world, pictures["network"])
    data["action-publish"] = "action-publish"

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.bremen.pk]), data)

    assert response.status_code == 302, form_errors(response)
    world.bremen.refresh_from_db()
    assert world.bremen.specific.hero_image == pictures["network"]


def test_an_image_block_without_alternative_text_is_refused_on_publish(world, pictures):
    """The block's own alternative text or the picture's description: one of the two."""
    report = world.bremen_report.specific
    client = client_for(world.users["gdansk"])

    def publish(picture, alt_text):
        block = {
            "gallery-count": "1",
            "gallery-0-type": "image",
            "gallery-0-deleted": "",
            "gallery-0-order": "0",
            "gallery-0-id": "",
            "gallery-0-value-image": str(picture.pk),
            "gallery-0-value-alt_text": alt_text,
            "gallery-0-value-caption": "",
            "gallery-0-value-credit": "",
        }
        data = page_form_data(report, world.users["gdansk"], gallery=block)
        data["action-publish"] = "action-publish"
        return client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)

    refused_answer = publish(pictures["undescribed"], "")
    assert refused_answer.status_code == 200
    [error] = refused_answer.context["form"].errors["gallery"].as_data()
    errors = json.dumps(error.as_json_data())
    assert "has no description (alternative text)" in errors

    assert publish(pictures["undescribed"], "Two people at a desk.").status_code == 302
    assert publish(pictures["bremen"], "").status_code == 302
