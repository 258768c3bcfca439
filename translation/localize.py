"""Creating translations through wagtail-localize, as the admin's "Translate this page" does, but
published at once."""

from django.conf import settings
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.slugs import slugify


def translation_for(obj, locale):
    """The wagtail-localize Translation of `obj` into `locale`, created (with its source and
    segments, refreshed from `obj`) if needed."""
    source, _created = TranslationSource.update_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def publish_translation(translation, user=None):
    """Writes the target of `translation` from its strings (the source's text where a string is
    not translated yet) and publishes it; returns the translated object.

    save_target(publish=True) publishes a page in transaction.on_commit, which waits for the
    outermost transaction (a command's or a test's); saving a draft and publishing its revision
    here makes the page live before the caller goes on."""
    obj = translation.source.get_source_instance()
    if not isinstance(obj, Page):
        translation.save_target(user=user, publish=True)
        return obj.get_translation(translation.target_locale)
    translation.save_target(user=user, publish=False)
    translated = obj.get_translation(translation.target_locale)
    translated.get_latest_revision().publish(user=user)
    translated.refresh_from_db()
    return translated.specific


def slug_from_title(translation):
    """Gives the page a translation makes the slug of its translated title (slugified as Wagtail
    slugifies a new page's title, and unique among the page's siblings) if the translator left
    the slug untranslated, so that it does not keep the original's; returns the slug given, or
    None.

    The slug is stored as the slug's translation, so that the translation editor shows it and
    a later sync keeps it."""
    segments = {
        segment.context.path: segment
        for segment in StringSegment.objects.filter(
            source=translation.source, context__path__in=["title", "slug"]
        ).select_related("string", "context")
    }
    if set(segments) != {"title", "slug"}:
        return None

    def translated(segment):
        return StringTranslation.objects.filter(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            has_error=False,
        ).first()

    title = translated(segments["title"])
    if title is None or translated(segments["slug"]) is not None:
        return None
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    slug = slugify(title.data, allow_unicode=allow_unicode)
    page = translation.get_target_instance()
    # wagtail-localize slugifies every translated slug once more, to ASCII: a title with no
    # letter that survives that (one in Greek letters) keeps the original's slug.
    if not slugify(slug):
        return None
    slug = find_available_slug(page.get_parent(), slug, ignore_page_id=page.pk)
    StringTranslation.objects.update_or_create(
        translation_of=segments["slug"].string,
        locale=translation.target_locale,
        context=segments["slug"].context,
        defaults={"data": slug, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )
    return slug


def translate_page(page, locale, user=None, slug=None):
    """`page` translated into `locale` (its parent must exist there) and published, with
    `slug` if given; its text stays in the source language until someone translates the strings
    in the admin."""
    translation = translation_for(page, locale)
    if slug:
        segment = StringSegment.objects.get(source=translation.source, context__path="slug")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": slug},
        )
    return publish_translation(translation, user=user)
