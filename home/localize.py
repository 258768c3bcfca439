"""Creating translations through wagtail-localize, as the admin's "Translate this page" does, but
published at once."""

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


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
