"""Who may see an uploaded picture or document.

A partner's uploads go to its city's collection, which is private (a view restriction for the
Gdańsk editors and the partner's own group, partners/roles.py). A picture or document there is
public only once a live, public page uses it (Wagtail's reference index knows which) or a Gdańsk
editor moves it to a public collection. Until then the public gets a 404 everywhere: the API,
the document's address, its copies in every size.

Uploaded originals are never served: they can carry the camera's metadata (where a photograph of
people was taken); readers get Wagtail's copies (renditions), which carry none."""

import io
import mimetypes

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from wagtail.api.v2.utils import get_restricted_collection_ids
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from home import page_cache, storage
from home.page_cache import has_session

# A copy's file name never changes for the same picture and size: readers may keep it a year.
PUBLIC_MAX_AGE = 365 * 24 * 60 * 60


def used_on_live_pages(model):
    """The primary keys of the objects of `model` that a live, public page uses.

    Wagtail's reference index keeps every key as text; the conversion happens here, inside the
    subquery, so that the outer query filters on the model's own primary key, as Wagtail's search
    backends can (they translate the filters of the queryset they search, and know no
    annotation)."""
    page_type = ContentType.objects.get_for_model(Page)
    live_pages = Page.objects.live().public().annotate(text_pk=Cast("pk", CharField()))
    return (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(model),
            base_content_type=page_type,
            object_id__in=live_pages.values("text_pk"),
        )
        .annotate(used_pk=Cast("to_object_id", IntegerField()))
        .values("used_pk")
    )


def visible(queryset, request):
    """The images or documents of `queryset` that `request` may see: those outside the
    collections restricted for it (Wagtail's own rule, as its API applies it), and those a live
    page uses. Only filters on the collection and the primary key, so that the result can still
    be searched (?search= of the API)."""
    return queryset.filter(
        ~Q(collection__in=get_restricted_collection_ids(request))
        | Q(pk__in=used_on_live_pages(queryset.model))
    )


def serve_rendition(request, path):
    """A copy of a picture (rendition) from the media storage, to whoever may see the picture;
    a 404 otherwise, and for anything that is not a copy (the originals above all).

    For readers without a session, whether the copy is public is worked out once and then
    remembered by the page cache until the next change a reader can see, so that showing a
    page's pictures again costs no query; a Varnish in front keeps the public copies
    themselves (deploy/varnish/default.vcl)."""
    name = f"images/{path}"
    if has_session(request):
        shown = rendition_is_visible(name, request)
    else:
        shown = page_cache.remembered(
            f"rendition:{name}", lambda: rendition_is_visible(name, request)
        )
    if not shown:
        raise Http404("No such picture.")
    try:
        response = storage.file_response(
            # Where Wagtail keeps the copies (WAGTAILIMAGES_RENDITION_STORAGE, or the default).
            get_image_model().get_rendition_model()._meta.get_field("file").storage,
            name,
            content_type=mimetypes.guess_type(path)[0] or "application/octet-stream",
        )
    except FileNotFoundError:
        raise Http404("No such picture.") from None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # What an editor may see is not for a shared cache to keep.
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


def rendition_is_visible(name, request):
    """Whether `name` is a copy of a picture that `request` may see."""
    image_model = get_image_model()
    image_id = (
        image_model.get_rendition_model()
        .objects.filter(file=name)
        .values_list("image_id", flat=True)
        .first()
    )
    return (
        image_id is not None and visible(image_model.objects.filter(pk=image_id), request).exists()
    )


def serve_document(request, document_id, document_filename):
    """A document at its usual address (/documents/<id>/<name>): one of a collection restricted
    for this request that a live page uses is served, as Wagtail serves a public one; everything
    else is Wagtail's view, with its checks (a private one asks for a sign-in)."""
    from wagtail.documents.views.serve import serve

    document = get_object_or_404(get_document_model(), pk=document_id)
    if (
        document.filename == document_filename
        and document.collection_id in get_restricted_collection_ids(request)
        and visible(type(document).objects.filter(pk=document.pk), request).exists()
    ):
        content_type = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
        try:
            return storage.file_response(
                document.file.storage,
                document.file.name,
                as_attachment=True,
                filename=document.filename,
                content_type=content_type,
            )
        except FileNotFoundError:
            raise Http404("No such document.") from None
    try:
        return storage.streamed(serve(request, document_id, document_filename), document.file)
    except FileNotFoundError:
        raise Http404("No such document.") from None


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
    image.file = ContentFile(buffer.getvalue(), name=upload.name.rsplit("/", 1)[-1])
    image.width, image.height = cleaned.size
    image._set_image_file_metadata()  # Wagtail's own size and hash, of the file now stored
