"""What changed in an original since its translation was made: each changed text before and
after, its words marked, beside the current translation.

Two moments are covered:

- Before a sync: the original was published again, its TranslationSource still holds the texts
  the translation was made from. Those are compared with the texts extracted from the original
  as it is now, place by place (the segment's context path).
- After a sync: wagtail-localize replaced the source's texts, keeping only the new ones. The old
  text of each place is recorded as a SourceTextChange when the sync makes the new segment,
  while the old segment is still there (`record_change`, a post_save of StringSegment). The
  page's revisions would hold the old text too, but as whole pages whose texts would have to be
  extracted again with the code of today, and a snippet has no revisions at all; a record made
  at the moment of the change is exact and cheap to read.

The current translation of a changed text is the one made for its old text in the same place:
wagtail-localize keeps a StringTranslation per source string and place, so the old one stays.
"""

import difflib
import re
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translation.glossary import plain_text
from translation.history import field_label
from translation.models import SourceTextChange

WORDS = re.compile(r"\s+|[^\s]+")


def record_change(sender, instance, created, raw=False, **kwargs):
    """post_save of StringSegment: a new segment in a place of a source that had another text
    there records the old text (the old segment is deleted once the sync has made every new
    one)."""
    if not created or raw:
        return
    previous = (
        StringSegment.objects.filter(source_id=instance.source_id, context_id=instance.context_id)
        .exclude(pk=instance.pk)
        .exclude(string_id=instance.string_id)
        .select_related("string")
        .order_by("-pk")
        .first()
    )
    if previous is not None:
        SourceTextChange.objects.create(
            source_id=instance.source_id,
            context_id=instance.context_id,
            old_text=previous.string.data,
            new_text=instance.string.data,
        )


def word_diff(old, new):
    """(old, new) as HTML: the plain texts, escaped, with the words only in `old` in <del> and
    those only in `new` in <ins>."""
    old_words = WORDS.findall(plain_text(old))
    new_words = WORDS.findall(plain_text(new))
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = "".join(old_words[old_start:old_end])
        added = "".join(new_words[new_start:new_end])
        if tag == "equal":
            old_html.append(format_html("{}", removed))
            new_html.append(format_html("{}", added))
            continue
        if removed:
            old_html.append(format_html("<del>{}</del>", removed))
        if added:
            new_html.append(format_html("<ins>{}</ins>", added))
    # Every part is escaped by format_html.
    return mark_safe("".join(old_html)), mark_safe("".join(new_html))  # noqa: S308


@dataclass
class ChangedText:
    """One text of an original that changed: where, before and after (HTML with the changed
    words marked), and its current translation ("" if it has none)."""

    field: str
    old: str
    new: str
    translation: str
    synced: bool


def _translations_by_context(translation, context_ids):
    """{context id: the latest translation made in that place into the translation's
    language}."""
    found = {}
    for context_id, data in (
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id, context_id__in=context_ids
        )
        .order_by("updated_at", "pk")
        .values_list("context_id", "data")
    ):
        found[context_id] = data
    return found


def unsynced_changes(translation):
    """(path, old text, new text) for each text of the original that differs from the one its
    TranslationSource holds (the original was published again and is not synced yet)."""
    source = translation.source
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return []
    current = {
        value.path: value.string.data
        for value in extract_segments(instance)
        if isinstance(value, StringSegmentValue)
    }
    changed = []
    for segment in source.stringsegment_set.select_related("string", "context").order_by("order"):
        new = current.get(segment.context.path)
        if new is not None and new != segment.string.data:
            changed.append((segment.context, segment.string.data, new))
    return changed


def synced_changes(translation):
    """(context, old text, new text) for each text of the source that a sync changed and that
    is not translated again since: the old text being the one last translated in that place."""
    source = translation.source
    segments = list(
        source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )
    if not segments:
        return []
    records = {}
    for change in SourceTextChange.objects.filter(
        source=source, context__in=[segment.context_id for segment in segments]
    ).order_by("changed_at", "pk"):
        records.setdefault(change.context_id, []).append(change)
    translated_strings = {
        context_id: data
        for context_id, data in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in=list(records),
        )
        .order_by("updated_at", "pk")
        .values_list("context_id", "translation_of__data")
    }
    changed = []
    for segment in segments:
        history = records.get(segment.context_id)
        if not history or history[-1].new_text != segment.string.data:
            continue
        # Changed more than once since translated: from the text that was translated, if any.
        old = translated_strings.get(segment.context_id, history[0].old_text)
        changed.append((segment.context, old, segment.string.data))
    return changed


def changed_texts(translation):
    """A ChangedText for each text of `translation`'s original changed since the translation was
    made: those a sync replaced and not yet translated again, then those not synced yet."""
    synced = synced_changes(translation)
    unsynced = unsynced_changes(translation)
    translations = _translations_by_context(
        translation, [context.pk for context, _old, _new in synced + unsynced]
    )
    model = translation.source.specific_content_type.model_class()
    rows = []
    for changes, is_synced in ((synced, True), (unsynced, False)):
        for context, old, new in changes:
            old_html, new_html = word_diff(old, new)
            rows.append(
                ChangedText(
                    field=field_label(model, context.path),
                    old=old_html,
                    new=new_html,
                    translation=plain_text(translations.get(context.pk, "")),
                    synced=is_synced,
                )
            )
    return rows
