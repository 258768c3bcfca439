"""Helpers for reading translatable objects in the reader's language."""

from wagtail.models import Locale


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
