"""Helpers for reading translatable objects in the reader's language."""

from django.conf import settings
from wagtail.models import Locale


def original_language(source_language, translations):
    """The language a page was written in: that of its first wagtail-localize translation source
    where it has one, otherwise that of the translation created first."""
    if source_language is None and translations:
        return min(translations, key=lambda page: page.pk).locale.language_code
    return source_language


def x_default(by_language, original):
    """Of a page's live translations (keyed by language code), the one offered to readers whose
    language it lacks: the English one if there is one, otherwise the original (or None)."""
    return by_language.get(settings.LANGUAGE_CODE) or by_language.get(original)


def localized_list(objects, locale=None):
    """The given translatable objects, each replaced by its translation into `locale` (the active
    locale by default) where one exists: one query whatever the number of objects."""
    objects = list(objects)
    if not objects:
        return []
    locale = locale or Locale.get_active()
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale=locale, translation_key__in={obj.translation_key for obj in objects}
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def attach_localized(pages, relation, locale=None):
    """Set `localized_<relation>` on each page to its related translatable objects in `locale`.

    The relation should be prefetched; the translations of all pages' objects then cost one
    query in total, which keeps listings' query counts flat."""
    pages = list(pages)
    related = {page.pk: list(getattr(page, relation).all()) for page in pages}
    localized = localized_list([obj for objs in related.values() for obj in objs], locale)
    by_key = {obj.translation_key: obj for obj in localized}
    for page in pages:
        setattr(
            page,
            f"localized_{relation}",
            [by_key.get(obj.translation_key, obj) for obj in related[page.pk]],
        )
    return pages
