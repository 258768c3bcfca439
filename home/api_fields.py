"""Serializer fields the page models' api_fields use where Wagtail's own would not say enough."""

from django.db.models import OuterRef, Subquery
from rest_framework import serializers
from wagtail.images import get_image_model
from wagtail.models import Page

from home.alt_text import alt_text
from home.i18n import first_source_language, localized_list, original_language
from home.languages import open_languages


class LocalizedNamesField(serializers.Field):
    """The names of the translatable snippets a page is filed under or refers to (thematic
    areas, networks, organisations), in the page's own language."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, page):
        return localized_list(getattr(page, self.source).all(), page.locale)

    def to_representation(self, objects):
        return [str(obj) for obj in objects]


class ParentCityField(serializers.Field):
    """The city a report or practice belongs to: the city profile it lives under."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, page):
        return page.get_parent()

    def to_representation(self, city):
        return {"id": city.pk, "title": city.title}


class LanguagesField(serializers.Field):
    """A page's original language and the id of its live version in each language open to
    readers, so that a client can offer the other languages without a search: one query."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        versions = list(
            page.get_translations(inclusive=True)
            .live()
            .filter(locale__language_code__in=open_languages())
            .select_related("locale")
            .annotate(source_language=Subquery(first_source_language(OuterRef("translation_key"))))
            .only("pk", "locale__language_code", "translation_key")
        )
        source = versions[0].source_language if versions else None
        return {
            "original": original_language(source, versions),
            "versions": {version.locale.language_code: version.pk for version in versions},
        }


class HeroImageAltField(serializers.Field):
    """The alternative text of a page's hero image and the language it is written in: the
    page's own description of it (in the page's language), else the picture's (home/alt_text.py);
    None without a described picture."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        language = page.locale.language_code
        alt = alt_text(page.hero_image, page.hero_image_alt, language)
        if not alt.text:
            return None
        return {"text": alt.text, "language": alt.lang or language}


class PicturesField(serializers.Field):
    """The pictures of a StreamField of image blocks (a gallery), each with its alternative
    text (and the language it is written in), caption, credit and a web-sized copy on the public
    address: two queries for all."""

    def __init__(self, spec="max-1600x1600", **kwargs):
        self.spec = spec
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, page):
        return getattr(page, self.source), page.locale.language_code

    def to_representation(self, value):
        # Imported here: Wagtail's API utilities need the models, which import this module.
        from wagtail.api.v2.utils import get_full_url

        stream, language = value

        blocks = [block["value"] for block in stream.raw_data if isinstance(block["value"], dict)]
        ids = [value.get("image") for value in blocks if value.get("image")]
        images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(self.spec)
        by_id = {image.pk: image for image in images}
        request = self.context.get("request")
        pictures = []
        for value in blocks:
            image = by_id.get(value.get("image"))
            if image is None:
                continue  # deleted since: nothing to show
            rendition = image.get_rendition(self.spec)
            alt = alt_text(image, value.get("alt_text"), language)
            pictures.append(
                {
                    "id": image.pk,
                    "title": image.title,
                    "alt": alt.text,
                    "alt_language": alt.lang or language,
                    "caption": value.get("caption", ""),
                    "credit": value.get("credit", ""),
                    "rendition": {
                        "url": get_full_url(request, rendition.url),
                        "width": rendition.width,
                        "height": rendition.height,
                    },
                }
            )
        return pictures


class LinkedPagesField(serializers.Field):
    """The live, public pages a StreamField of page choosers links to (the practices a report
    presents), each with its title, type, summary and address: one query per page type."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, stream):
        ids = [block["value"] for block in stream.raw_data if isinstance(block["value"], int)]
        pages = Page.objects.live().public().filter(pk__in=ids).specific()
        by_id = {page.pk: page for page in pages}
        request = self.context.get("request")
        return [
            {
                "id": page.pk,
                "title": page.title,
                "type": page._meta.label,
                "summary": getattr(page, "summary", ""),
                "html_url": page.get_full_url(request),
            }
            for page in (by_id.get(pk) for pk in ids)
            if page is not None
        ]
