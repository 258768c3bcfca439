"""Who may see an uploaded picture or document.

A partner's uploads go to its city's collection, which is private (a view restriction for the
Gdańsk editors and the partner's own group, partners/roles.py). A picture or document there is
public only once a live, public page uses it (Wagtail's reference index knows which) or a Gdańsk
editor moves it to a public collection. Until then the public gets a 404 everywhere: the API,
the document's address, its copies in every size.

Uploaded originals are never served: they can carry the camera's metadata (where a photograph of
people was taken); readers get Wagtail's copies (renditions), which carry none."""

import hashlib
import io
import mimetypes

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex
from wagtail.permissions import policy_registry

# A copy's file name never changes for the same picture and size: readers may keep it a year.
PUBLIC_MAX_AGE = 365 * 24 * 60 * 60


def private_collections():
    """The collections under a view restriction, and everything inside them."""
    restricted = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    ids = set()
    for collection in restricted:
        ids.update(
            Collection.objects.descendant_of(collection, inclusive=True).values_list(
                "pk", flat=True
            )
        )
    return ids


def used_on_live_pages(model):
    """The primary keys (as text) of the objects of `model` that a live, public page uses."""
    page_type = ContentType.objects.get_for_model(Page)
    live_pages = Page.objects.live().public().annotate(text_pk=Cast("pk", CharField()))
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        base_content_type=page_type,
        object_id__in=live_pages.values("text_pk"),
    ).values("to_object_id")


def public(queryset):
    """The images or documents of `queryset` that anyone may see."""
    return queryset.annotate(text_pk=Cast("pk", CharField())).filter(
        ~Q(collection__in=private_collections())
        | Q(text_pk__in=used_on_live_pages(queryset.model))
    )


def is_public(obj):
    return public(type(obj).objects.filter(pk=obj.pk)).exists()


def may_see(request, obj):
    if is_public(obj):
        return True
    user = request.user
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], obj)


def serve_rendition(request, path):
    """A copy of a picture (rendition) from the media storage, to whoever may see the picture;
    a 404 otherwise, and for anything that is not a copy (the originals above all)."""
    rendition_model = get_image_model().get_rendition_model()
    rendition = (
        rendition_model.objects.select_related("image", "image__collection")
        .filter(file=f"images/{path}")
        .first()
    )
    if rendition is None or not may_see(request, rendition.image):
        raise Http404("No such picture.")
    try:
        handle = rendition.file.open("rb")
    except FileNotFoundError:
        raise Http404("No such picture.") from None
    response = FileResponse(
        handle, content_type=mimetypes.guess_type(path)[0] or "application/octet-stream"
    )
    if is_public(rendition.image):
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def serve_document(request, document_id, document_filename):
    """A document at its usual address (/documents/<id>/<name>): one of a private collection
    that a live page uses is served to everyone, as Wagtail serves a public one; everything else
    is Wagtail's view, with its checks (a private one asks for a sign-in)."""
    from wagtail.documents.views.serve import serve

    document = get_object_or_404(get_document_model(), pk=document_id)
    restricted = CollectionViewRestriction.objects.filter(
        collection__in=Collection.objects.ancestor_of(document.collection, inclusive=True)
    ).exists()
    if not restricted or document.filename != document_filename or not is_public(document):
        return serve(request, document_id, document_filename)
    content_type = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type=content_type,
    )


def public_documents():
    return public(get_document_model().objects.all())


def public_images():
    return public(get_image_model().objects.all())


# Formats whose metadata is rewritten at upload, and how Pillow saves them again.
STRIPPED_FORMATS = {"JPEG": {"quality": 95}, "PNG": {}, "WEBP": {"quality": 95}}


def strip_metadata(image):
    """`pre_save` of the image model: a new upload is stored without its camera, location and
    other EXIF/XMP metadata (turned the way its orientation said), so that neither the original
    nor any copy made from it can give away where a photograph of people was taken."""
    from django.core.files.base import ContentFile
    from PIL import Image as PILImage
    from PIL import ImageOps

    upload = image.file
    if not upload or getattr(upload, "_committed", True):
        return
    try:
        upload.seek(0)
        with PILImage.open(upload) as picture:
            if picture.format not in STRIPPED_FORMATS:
                return
            if not (picture.getexif() or picture.info.get("xmp") or "exif" in picture.info):
                return
            picture_format = picture.format
            cleaned = ImageOps.exif_transpose(picture)
            buffer = io.BytesIO()
            options = dict(STRIPPED_FORMATS[picture_format])
            if "icc_profile" in picture.info:
                options["icc_profile"] = picture.info["icc_profile"]
            cleaned.save(buffer, picture_format, **options)
    except (OSError, ValueError, SyntaxError):
        upload.seek(0)
        return  # not a picture Pillow reads: Wagtail's own validation says so
    name = upload.name.rsplit("/", 1)[-1]
    image.file = ContentFile(buffer.getvalue(), name=name)
    image.width, image.height = cleaned.size
    image.file_size = len(buffer.getvalue())
    image.file_hash = hashlib.sha1(buffer.getvalue(), usedforsecurity=False).hexdigest()
