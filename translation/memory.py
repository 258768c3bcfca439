"""The translation memory: a text already translated on one page is translated the same way
wherever it comes again, and a text like one translated before is offered that translation.

An exact match is the same wagtail-localize String (strings are stored once per language and
text), so it is found through the (locale, translation_of, context) unique index of
StringTranslation. What the memory fills in is marked as a machine translation with the memory
and the page it came from as its tool, which the translation editor shows next to the text
("Translated with Translation memory from “…”") until a person edits and saves it.

Similar texts are found with rapidfuzz among the texts of the source's language that have a
translation into the target language. That list is kept in each process's memory and only
topped up with what was translated since (translations are only ever added by id order); kept
sorted by length, so that a text is compared only with texts whose length allows the score."""

import bisect
import re
import threading
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Case, Exists, IntegerField, Max, OuterRef, Subquery, Value, When
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process
from wagtail.models import Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from translation import history
from translation.models import TextHistoryEntry

# Suggestions below this similarity (in %) are not worth a translator's time.
FUZZY_CUTOFF = 70
SUGGESTIONS = 3
# The most characters of an origin's title put in a tool name (a field of 255 characters).
ORIGIN_TITLE_LENGTH = 150


def preferred_first(translations):
    """`translations` with the one the memory prefers first: confirmed by a person, then the
    most recently changed."""
    return translations.order_by(
        Case(
            When(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        "-updated_at",
        "-id",
    )


def usable_translations(locale_id):
    return StringTranslation.objects.filter(locale_id=locale_id, has_error=False)


def tool_name(origin, score=None):
    """How the translation editor names where a text from the memory came from."""
    origin = (origin or "")[:ORIGIN_TITLE_LENGTH]
    if score is not None:
        return _("Translation memory (%(score)d%% match) from “%(page)s”") % {
            "score": score,
            "page": origin,
        }
    if origin:
        return _("Translation memory from “%(page)s”") % {"page": origin}
    return _("Translation memory")


def origins(translations):
    """{StringTranslation id: the title of the page (or object) the translation was made on},
    in one query, for StringTranslation rows given as dicts with "id", "context__object_id" and
    "translation_of__locale_id"."""
    object_ids = {row["context__object_id"] for row in translations if row["context__object_id"]}
    titles = {
        (source["object_id"], source["locale_id"]): source["object_repr"]
        for source in TranslationSource.objects.filter(object_id__in=object_ids).values(
            "object_id", "locale_id", "object_repr"
        )
    }
    return {
        row["id"]: titles.get((row["context__object_id"], row["translation_of__locale_id"]), "")
        for row in translations
    }


def exact_matches(translation, segment_ids=None):
    """The segments of `translation`'s source (or only `segment_ids`) with no translation in
    their own place whose text has one elsewhere, each with the id of the one to copy in
    "memory"."""
    locale_id = translation.target_locale_id
    segments = StringSegment.objects.filter(source_id=translation.source_id)
    if segment_ids is not None:
        segments = segments.filter(pk__in=segment_ids)
    best = preferred_first(
        usable_translations(locale_id).filter(translation_of=OuterRef("string"))
    )
    return (
        segments.annotate_translation(locale_id, include_errors=True)
        .filter(translation__isnull=True)
        .annotate(memory=Subquery(best.values("id")[:1]))
        .filter(memory__isnull=False)
    )


def fill(translation, segment_ids=None):
    """Gives every text of `translation`'s source (or only the segments `segment_ids`) that has
    no translation in its own place the translation the same text has elsewhere on the site;
    returns how many it filled in. A text already translated here, even with an error, is left
    as it is."""
    locale_id = translation.target_locale_id
    matches = list(
        exact_matches(translation, segment_ids).values(
            "string_id", "context_id", "context__path", "memory"
        )
    )
    if not matches:
        return 0
    memory = {
        row["id"]: row
        for row in StringTranslation.objects.filter(
            pk__in={match["memory"] for match in matches}
        ).values("id", "data", "context__object_id", "translation_of__locale_id")
    }
    titles = origins(memory.values())
    filled = [
        StringTranslation(
            translation_of_id=match["string_id"],
            locale_id=locale_id,
            context_id=match["context_id"],
            data=memory[match["memory"]]["data"],
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=tool_name(titles[match["memory"]]),
        )
        for match in matches
    ]
    # Someone may have translated one of them in the meantime: theirs stays.
    StringTranslation.objects.bulk_create(filled, ignore_conflicts=True)
    record_fill(locale_id, filled)
    for match in matches:
        if match["context__path"] == "title":
            # What wagtail-localize does when a title is translated (bulk_create sends no signal).
            Page.objects.filter(
                translation_key=translation.source.object_id, locale_id=locale_id
            ).update(draft_title=memory[match["memory"]]["data"])
    return len(matches)


def record_fill(locale_id, filled):
    """Records in the texts' history the translations `fill` wrote (bulk_create sends no
    signal), not those someone else wrote in the meantime."""
    wrote = {(row.translation_of_id, row.context_id): row for row in filled}
    saved = StringTranslation.objects.filter(
        locale_id=locale_id,
        translation_of_id__in={key[0] for key in wrote},
        context_id__in={key[1] for key in wrote},
    )
    history.record(
        [
            row
            for row in saved
            if (written := wrote.get((row.translation_of_id, row.context_id))) is not None
            and (row.data, row.tool_name) == (written.data, written.tool_name)
        ],
        way=TextHistoryEntry.MEMORY,
    )


def fill_new_segment(segment):
    """A text added to a source that is already being translated gets the memory's translation
    in each language it is translated into."""
    for translation in Translation.objects.filter(source_id=segment.source_id, enabled=True):
        fill(translation, segment_ids=[segment.pk])


class Pool:
    """The texts of one language that have a translation into another, sorted by length, for
    finding the ones most like a given text."""

    def __init__(self, source_locale_id, target_locale_id):
        self.source_locale_id = source_locale_id
        self.target_locale_id = target_locale_id
        self.lengths, self.texts, self.ids = [], [], []
        self.known = set()
        self.last_translation_id = 0
        self.lock = threading.Lock()

    def refresh(self):
        """Adds the texts translated since the last refresh (all of them the first time).

        Any translation counts, even one with an error: suggestions are checked when made."""
        latest = StringTranslation.objects.aggregate(latest=Max("id"))["latest"] or 0
        if latest <= self.last_translation_id:
            return
        with self.lock:
            if latest <= self.last_translation_id:
                return
            if self.last_translation_id:
                added = StringTranslation.objects.filter(
                    id__gt=self.last_translation_id,
                    locale_id=self.target_locale_id,
                    translation_of__locale_id=self.source_locale_id,
                ).values_list("translation_of_id", "translation_of__data")
                for string_id, text in added:
                    if string_id not in self.known:
                        index = bisect.bisect(self.lengths, len(text))
                        self.lengths.insert(index, len(text))
                        self.texts.insert(index, text)
                        self.ids.insert(index, string_id)
                        self.known.add(string_id)
            else:
                translated = StringTranslation.objects.filter(
                    locale_id=self.target_locale_id, translation_of=OuterRef("pk")
                )
                rows = (
                    String.objects.filter(locale_id=self.source_locale_id)
                    .filter(Exists(translated))
                    .values_list("id", "data")
                )
                entries = sorted((len(text), text, string_id) for string_id, text in rows)
                self.lengths = [entry[0] for entry in entries]
                self.texts = [entry[1] for entry in entries]
                self.ids = [entry[2] for entry in entries]
                self.known = set(self.ids)
            self.last_translation_id = latest

    def closest(self, text, exclude=None, limit=SUGGESTIONS, cutoff=FUZZY_CUTOFF):
        """[(string id, score)] of the texts most like `text`, best first.

        fuzz.ratio is 2·matches / (len(a) + len(b)), so a score of `cutoff` % is only possible
        for lengths between n·c/(2−c) and n·(2−c)/c: the others are not compared."""
        c = cutoff / 100
        low = bisect.bisect_left(self.lengths, len(text) * c / (2 - c))
        high = bisect.bisect_right(self.lengths, len(text) * (2 - c) / c)
        results = process.extract(
            text,
            self.texts[low:high],
            scorer=fuzz.ratio,
            # Some of the closest may be left out for their figures.
            limit=(limit + 1) * 4,
            score_cutoff=cutoff,
        )
        found = [
            (self.ids[low + index], score)
            for found_text, score, index in results
            if same_fixed_parts(text, found_text)
        ]
        return [(string_id, score) for string_id, score in found if string_id != exclude][:limit]


_pools = {}


def pool(source_locale_id, target_locale_id):
    """The up-to-date Pool of texts of the source language translated into the target."""
    key = (source_locale_id, target_locale_id)
    if key not in _pools:
        _pools.setdefault(key, Pool(*key))
    found = _pools[key]
    found.refresh()
    return found


# Figures (years, numbers, dates written in digits), web and e-mail addresses: a text like
# another but with other ones is not offered its translation, which would put a wrong year or
# address on the page with one click ("2022" is 75% like "2020").
FIXED_PARTS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?:[.,:/-]\d+)*"
)


def fixed_parts(text):
    """The figures and addresses in `text`, in order."""
    return [part.rstrip(".,;:)") for part in FIXED_PARTS.findall(text)]


def same_fixed_parts(text, other):
    """Whether a translation of `other` may be offered for `text`: the same figures and
    addresses in the same order (texts with none match on their words alone)."""
    return fixed_parts(text) == fixed_parts(other)


@dataclass
class Suggestion:
    """A translation made before of a text like a segment's, with how alike the texts are."""

    translation_id: int
    source_text: str
    text: str
    score: int
    origin: str


def untranslated_segments(translation):
    """The segments of `translation`'s source with no translation in their own place, in page
    order."""
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale_id, include_errors=True)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )


def suggestions(translation, segments, limit=SUGGESTIONS):
    """[(segment, [Suggestion])] for each of `segments` of `translation`, the closest
    translations made before first.

    Each text is compared with every translated text of a length that allows the score: some
    30 ms a text among 100,000, so callers show a few at a time."""
    segments = list(segments)
    if not segments:
        return []
    candidates = pool(translation.source.locale_id, translation.target_locale_id)
    # A few more than shown: a text may have lost its translation since the pool was built.
    closest = {
        segment.pk: candidates.closest(
            segment.string.data, exclude=segment.string_id, limit=limit + 2
        )
        for segment in segments
    }
    string_ids = {string_id for found in closest.values() for string_id, _score in found}
    best = {}
    rows = preferred_first(
        usable_translations(translation.target_locale_id).filter(translation_of_id__in=string_ids)
    ).values(
        "id",
        "data",
        "translation_of_id",
        "translation_of__data",
        "context__object_id",
        "translation_of__locale_id",
    )
    for row in rows:
        best.setdefault(row["translation_of_id"], row)
    titles = origins(best.values())
    result = []
    for segment in segments:
        found = [
            Suggestion(
                translation_id=best[string_id]["id"],
                source_text=best[string_id]["translation_of__data"],
                text=best[string_id]["data"],
                score=round(score),
                origin=titles[best[string_id]["id"]],
            )
            for string_id, score in closest[segment.pk]
            if string_id in best
        ]
        result.append((segment, found[:limit]))
    return result


def use(translation, segment, suggestion, user=None):
    """Translates `segment` of `translation` with the StringTranslation `suggestion` made for a
    similar text; returns the new StringTranslation, or None if the segment was translated in
    the meantime."""
    score = round(fuzz.ratio(segment.string.data, suggestion.translation_of.data))
    origin = origins(
        [
            {
                "id": suggestion.pk,
                "context__object_id": suggestion.context.object_id if suggestion.context else None,
                "translation_of__locale_id": suggestion.translation_of.locale_id,
            }
        ]
    )[suggestion.pk]
    try:
        with transaction.atomic(), history.recording(TextHistoryEntry.SUGGESTION, user=user):
            return StringTranslation.objects.create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                data=suggestion.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=tool_name(origin, score=None if score == 100 else score),
                last_translated_by=user,
            )
    except IntegrityError:
        return None
