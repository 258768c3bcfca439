"""Helpers for reading translatable objects in the reader's language."""

from django.conf import settings
from django.db.models import BooleanField, Case, F, Q, QuerySet, When
from django.utils.translation import get_language
from wagtail.models import DraftStateMixin, Locale, Page


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
    locale by default) where one exists, a live one for pages: one query whatever the number of
    objects."""
    objects = list(objects)
    if not objects:
        return []
    locale = locale or Locale.get_active()
    model = type(objects[0])
    translations = model.objects.filter(
        locale=locale, translation_key__in={obj.translation_key for obj in objects}
    )
    if issubclass(model, DraftStateMixin):
        translations = translations.filter(live=True)
    translations = {obj.translation_key: obj for obj in translations}
    return [translations.get(obj.translation_key, obj) for obj in objects]


def localized_by_pk(chosen, locale, queryset=None, fallback=None):
    """{pk of each object of `chosen`: that object in `locale`}, in the order of `queryset`.

    `chosen` is a queryset or list of translatable objects (a page's `thematic_areas.all()`, the
    pks of the pages a StreamField chooses); `queryset` is where they and their translations are
    read from (the model's default manager unless given: pass one to order, filter or defer).
    Each object is replaced by its translation into `locale` where there is one, a live one for
    pages (as Wagtail's `.localized` does), otherwise by its translation into the `fallback`
    language (a language code) where one is given and there is one. One query, whatever the
    number of objects."""
    if isinstance(chosen, QuerySet):
        model, chosen_pks = chosen.model, chosen.values("pk")
    else:
        # A relation held in memory (the preview of a draft) or a list of pks.
        chosen = list(chosen)
        if not chosen:
            return {}
        model = queryset.model if queryset is not None else type(chosen[0])
        chosen_pks = [getattr(obj, "pk", obj) for obj in chosen]
    if queryset is None:
        queryset = model._default_manager.all()
    locale_id = getattr(locale, "pk", locale)
    in_languages = Q(locale_id=locale_id)
    if fallback:
        in_languages |= Q(locale__language_code=fallback)
    translations = model._default_manager.filter(
        in_languages,
        translation_key__in=model._default_manager.filter(pk__in=chosen_pks).values(
            "translation_key"
        ),
    )
    draftable = issubclass(model, DraftStateMixin)
    if draftable:
        translations = translations.filter(live=True)
    rows = queryset.filter(Q(pk__in=chosen_pks) | Q(pk__in=translations.values("pk"))).annotate(
        is_chosen=Case(
            When(pk__in=chosen_pks, then=True), default=False, output_field=BooleanField()
        ),
        language_code=F("locale__language_code"),
    )
    rows = list(rows)
    in_locale, in_fallback = {}, {}
    for row in rows:
        if not draftable or row.live:
            if row.locale_id == locale_id:
                in_locale[row.translation_key] = row
            elif fallback and row.language_code == fallback:
                in_fallback[row.translation_key] = row
    return {
        row.pk: in_locale.get(row.translation_key) or in_fallback.get(row.translation_key, row)
        for row in rows
        if row.is_chosen
    }


def localized_choices(chosen, locale, queryset=None, fallback=None):
    """The objects of `chosen`, each in `locale` where it has a translation, in the order of
    `queryset`: `localized_by_pk` as a list."""
    return list(localized_by_pk(chosen, locale, queryset, fallback).values())


def fallback_language():
    """The language a name is given in to readers whose own language lacks it: the site's
    default (English), likelier read than another partner's language or script."""
    return settings.LANGUAGE_CODE


def city_names(cities, locale):
    """{pk: name} of each city page of `cities` (as a listing offers them: in `locale` where
    translated, otherwise the original) for a reader of `locale`: the title of its live page in
    `locale`, otherwise of its live page in the default language, otherwise its own ("Gandawa"
    to a Polish reader, "Thessaloniki" rather than "Θεσσαλονίκη" to a German one). One query."""
    cities = list(cities)
    if not cities:
        return {}
    fallback = fallback_language()
    named = localized_by_pk(
        [city.pk for city in cities],
        locale,
        type(cities[0])._default_manager.only("title", "translation_key", "locale_id", "live"),
        fallback,
    )
    return {city.pk: named.get(city.pk, city).title for city in cities}


def city_names_by_key(keys, language_code=None):
    """{translation_key: name} for the pages whose translations share each of `keys` (city
    pages, by their translation keys as the admin's lists hold them), named for a reader of
    `language_code` (the active language, e.g. the editor's admin language, by default): the
    title of the page in that language (the live one, or the draft's where it is not live yet),
    otherwise of the English one; keys with neither are left out (the caller keeps the name it
    has). One query."""
    language_code = language_code or get_language()
    order = {language_code: 0, settings.LANGUAGE_CODE: 1}
    best = {}
    for key, code, title, draft_title, live in Page.objects.filter(
        translation_key__in=list(keys), locale__language_code__in=list(order)
    ).values_list("translation_key", "locale__language_code", "title", "draft_title", "live"):
        rank = order[code]
        name = title if live else draft_title
        if str(key) not in best or rank < best[str(key)][0]:
            best[str(key)] = (rank, name)
    return {key: name for key, (_rank, name) in best.items()}


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


def first_source_language(translation_key):
    """The language of wagtail-localize's first translation source of the object whose
    translations share `translation_key` (a value or an OuterRef), as a query."""
    from wagtail_localize.models import TranslationSource

    return (
        TranslationSource.objects.filter(object_id=translation_key)
        .order_by("created_at")
        .values_list("locale__language_code", flat=True)[:1]
    )


def content_languages():
    """The site's languages (settings.WAGTAIL_CONTENT_LANGUAGES) as field choices; a callable,
    so that a migration does not depend on which languages a machine enables."""
    return settings.WAGTAIL_CONTENT_LANGUAGES
