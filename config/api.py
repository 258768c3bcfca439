"""The read-only Wagtail API v2 at /api/v2/: live, public pages in every language, images and
documents, for other sites and tools that reuse the network's content."""

from django.core.exceptions import ValidationError
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from home import media
from home.api_fields import LanguagesField
from home.languages import open_languages

# SQLite and PostgreSQL count rows in signed 64-bit integers: a larger offset cannot be asked for.
MAX_OFFSET = 2**63 - 1
SEARCH_OPERATORS = ("and", "or")


class CheckedQueryMixin:
    """Answers with a 400 and a message saying what is wrong the query parameters that Wagtail's
    API would otherwise pass on to the database or the search backend and answer with a 500.

    Wagtail itself already answers unknown fields, types and parameters, non-numeric offsets and
    limits, and limits over WAGTAILAPI_LIMIT_MAX with a 400, and a missing page with a 404."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses a null character in text; SQLite's full-text search stops reading
        # its query at one and fails on the rest.
        for name, values in request.GET.lists():
            if "\x00" in name:
                raise BadRequestError("query parameter names must not contain null characters")
            if any("\x00" in value for value in values):
                raise BadRequestError(f"{name} must not contain null characters")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if offset_too_high(request.GET.get("offset")):
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        if '"' in request.GET.get("search", ""):
            # The search is plain text, where a double quote means nothing; the SQLite backend
            # puts it into its full-text query unescaped, which then fails (wagtail#13227).
            query = request.GET.copy()
            query["search"] = query["search"].replace('"', " ")
            request._request.GET = query

    def filter_queryset(self, queryset):
        # Wagtail converts booleans and integers from ?field=value itself but hands any other
        # value, such as a date, to the database as it came.
        try:
            return super().filter_queryset(queryset)
        except ValidationError as error:
            raise BadRequestError(f"field filter error. {' '.join(error.messages)}") from error

    def paginate_queryset(self, queryset):
        # Counting is where the database first sees the filters: a date such as 0001-01-01 in
        # this time zone lies before year 1 in UTC, which Python cannot represent.
        try:
            return super().paginate_queryset(queryset)
        except OverflowError as error:
            raise BadRequestError(
                f"field filter error. a value is out of range ({error})"
            ) from error

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except ValueError as error:
            raise BadRequestError("id must be a positive integer") from error


def offset_too_high(offset):
    try:
        return int(offset) > MAX_OFFSET
    except (TypeError, ValueError):
        return False  # No offset, or not a number: Wagtail's pagination says so.


class PublicPageSerializer(PageSerializer):
    languages = LanguagesField()


class PublicPagesAPIViewSet(CheckedQueryMixin, PagesAPIViewSet):
    """Wagtail's live, public pages, with bad query parameters turned away; each page's
    detail says which language it was written in and where its other language versions are
    (`meta.languages`; in listings on asking, `?fields=languages`)."""

    base_serializer_class = PublicPageSerializer
    meta_fields = PagesAPIViewSet.meta_fields + ["languages"]

    def get_queryset(self):
        # Nor the pages of a language not yet open to readers (home/languages.py).
        # On the locale itself (a field searches may filter on), by a subquery.
        return (
            super()
            .get_queryset()
            .filter(locale__in=Locale.objects.filter(language_code__in=open_languages()))
        )


class PublicDocumentsAPIViewSet(CheckedQueryMixin, DocumentsAPIViewSet):
    """The documents anyone may see (home/media.py: outside private collections, or used by a
    live page), with bad query parameters turned away."""

    def get_queryset(self):
        # Not Wagtail's, which leaves out every document of a private collection.
        return media.visible(self.model.objects.order_by("id"), self.request)


class PublicImageSerializer(ImageSerializer):
    """An image with a web-sized copy in place of the uploaded original."""

    rendition = ImageRenditionField("max-1600x1600", preserve_svg=True, source="*")


def without_original(fields):
    return [field for field in fields if field != "download_url"]


class PublicImagesAPIViewSet(CheckedQueryMixin, ImagesAPIViewSet):
    """Images with their title, size, alt text and a copy at most 1600 pixels wide or high.

    The uploaded original is never linked: it can carry the camera's metadata, such as where a
    photograph of people was taken; Wagtail's copies carry none."""

    base_serializer_class = PublicImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["description", "rendition"]
    meta_fields = without_original(ImagesAPIViewSet.meta_fields)
    listing_default_fields = without_original(ImagesAPIViewSet.listing_default_fields)
    nested_default_fields = without_original(ImagesAPIViewSet.nested_default_fields)
    detail_only_fields = ["rendition"]

    def get_queryset(self):
        # A partner's picture is not listed until a live page uses it (home/media.py); not
        # Wagtail's queryset, which leaves out every picture of a private collection.
        return media.visible(self.model.objects.order_by("id"), self.request)


api_router = WagtailAPIRouter("wagtailapi")
# Wagtail's page endpoint only ever serves live pages outside private sections, with ?locale=
# and ?translation_of= filters; documents in restricted collections are left out.
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
