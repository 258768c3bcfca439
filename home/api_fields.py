"""Serializer fields the page models' api_fields use where Wagtail's own would not say enough."""

from rest_framework import serializers

from home.i18n import localized_list


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
