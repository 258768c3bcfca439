"""The read-only Wagtail API v2 at /api/v2/: live, public pages in every language, images and
documents, for other sites and tools that reuse the network's content."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PublicImageSerializer(ImageSerializer):
    """An image with a web-sized copy in place of the uploaded original."""

    rendition = ImageRenditionField("max-1600x1600", preserve_svg=True, source="*")


def without_original(fields):
    return [field for field in fields if field != "download_url"]


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    """Images with their title, size, alt text and a copy at most 1600 pixels wide or high.

    The uploaded original is never linked: it can carry the camera's metadata, such as where a
    photograph of people was taken; Wagtail's copies carry none."""

    base_serializer_class = PublicImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["description", "rendition"]
    meta_fields = without_original(ImagesAPIViewSet.meta_fields)
    listing_default_fields = without_original(ImagesAPIViewSet.listing_default_fields)
    nested_default_fields = without_original(ImagesAPIViewSet.nested_default_fields)
    detail_only_fields = ["rendition"]


api_router = WagtailAPIRouter("wagtailapi")
# Wagtail's page endpoint only ever serves live pages outside private sections, with ?locale=
# and ?translation_of= filters; documents in restricted collections are left out.
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
