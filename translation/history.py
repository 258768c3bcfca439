"""The history of each translated text: who gave it its value, when and how.

Every way of translating writes wagtail-localize's StringTranslation: the translation memory, a
suggestion from it, machine translation, a PO, XLIFF or batch file, and the editor by hand (its
REST API). A post_save on StringTranslation records an entry; the tool that writes says how
with `recording(way, ...)` around its writing, a context variable rather than an argument
because wagtail-localize's own functions (import_po, machine_translate) do the saving. A save
without one is the editor's: wagtail-localize's editor is the one writer that sets none. The
memory's fill writes with bulk_create, which sends no signal, and records its entries itself.
"""

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Max
from django.utils.text import capfirst
from wagtail_localize.models import StringTranslation

from translation.glossary import plain_text
from translation.models import TextHistoryEntry

_way = contextvars.ContextVar("translation_history_way", default=None)


@dataclass(frozen=True)
class Way:
    way: str
    tool_name: str = ""
    user: object = None


@contextmanager
def recording(way, tool_name="", user=None):
    """Within it, each StringTranslation saved is recorded as translated `way` (a
    TextHistoryEntry way), with `tool_name` and `user` where the save does not give them."""
    token = _way.set(Way(way, tool_name, user))
    try:
        yield
    finally:
        _way.reset(token)


def _latest_data(keys):
    """{(locale id, context id, string id): the value last recorded} for `keys`."""
    if not keys:
        return {}
    locale_ids = {key[0] for key in keys}
    context_ids = {key[1] for key in keys}
    latest_ids = (
        TextHistoryEntry.objects.filter(locale_id__in=locale_ids, context_id__in=context_ids)
        .values("locale_id", "context_id", "translation_of_id")
        .annotate(latest=Max("id"))
        .values_list("latest", flat=True)
    )
    return {
        (entry.locale_id, entry.context_id, entry.translation_of_id): entry.data
        for entry in TextHistoryEntry.objects.filter(id__in=list(latest_ids))
    }


def record(string_translations, way=None, tool_name="", user=None):
    """Records the current value of each of `string_translations`, unless it is the value last
    recorded for that text (a file uploaded again changes nothing). The way is `way`, or else
    the one `recording` set, or else the editor's."""
    current = _way.get()
    rows = [row for row in string_translations if row.context_id is not None]
    latest = _latest_data({(row.locale_id, row.context_id, row.translation_of_id) for row in rows})
    entries = []
    for row in rows:
        if latest.get((row.locale_id, row.context_id, row.translation_of_id)) == row.data:
            continue
        if way is not None:
            how = Way(way, tool_name, user)
        elif current is not None:
            how = current
        elif row.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
            how = Way(TextHistoryEntry.MACHINE)
        else:
            how = Way(TextHistoryEntry.EDITOR)
        entries.append(
            TextHistoryEntry(
                locale_id=row.locale_id,
                context_id=row.context_id,
                translation_of_id=row.translation_of_id,
                data=row.data,
                way=how.way,
                tool_name=how.tool_name or row.tool_name,
                user_id=row.last_translated_by_id or getattr(how.user, "pk", None),
            )
        )
    TextHistoryEntry.objects.bulk_create(entries)
    return entries


def record_saved(sender, instance, raw=False, **kwargs):
    """post_save of StringTranslation."""
    if not raw:
        record([instance])


def field_label(model, path):
    """The name an editor knows the field of a text's place (its context path) by."""
    name = path.split(".")[0]
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except (AttributeError, FieldDoesNotExist):
        return name


@dataclass
class TextHistory:
    """One text of a translation's original with the entries of its translation, oldest first."""

    source: str
    field: str
    entries: list


def texts_history(translation):
    """A TextHistory for each text of `translation`'s original that has any, in the order of the
    original; the entries of a text's earlier versions (before a sync changed it) included."""
    segments = list(
        translation.source.stringsegment_set.select_related("string", "context").order_by("order")
    )
    entries = {}
    for entry in TextHistoryEntry.objects.filter(
        locale_id=translation.target_locale_id,
        context__in=[segment.context_id for segment in segments],
    ).select_related("user", "translation_of"):
        entry.text = plain_text(entry.data)
        entries.setdefault(entry.context_id, []).append(entry)
    model = translation.source.specific_content_type.model_class()
    return [
        TextHistory(
            plain_text(segment.string.data),
            field_label(model, segment.context.path),
            entries[segment.context_id],
        )
        for segment in segments
        if segment.context_id in entries
    ]
