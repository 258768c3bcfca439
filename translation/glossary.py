"""The network's glossary applied to texts: the terms of a pair of languages, where they occur in
a text, whether a translation uses their approved translation, and the seeding of the glossary
from translated snippets (the demo's thematic areas and organisations)."""

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from translation.models import GlossaryTerm


@dataclass(frozen=True)
class TermMatch:
    """A glossary term found in a text: where (start, end), and its approved translation."""

    start: int
    end: int
    term: str
    translation: str


def terms(source_language, target_language):
    """[(term, approved translation)] of the glossary from `source_language` into
    `target_language`, longest term first, so that "Immigrant Integration Model" is found
    before "Integration"."""
    rows = GlossaryTerm.objects.filter(
        source_language=source_language, target_language=target_language
    ).values_list("term", "translation")
    return sorted(rows, key=lambda row: (-len(row[0]), row[0].lower()))


@lru_cache(maxsize=1024)
def term_pattern(term):
    """The term as a whole word or words, whatever its case."""
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1024)
def approved_pattern(translation):
    """The approved translation at the start of a word, whatever its case; the end is left open
    so that an ending added by the target language's grammar still counts as using it."""
    return re.compile(rf"(?<!\w){re.escape(translation)}", re.IGNORECASE)


def plain_text(data):
    """A segment's text (wagtail-localize's HTML) as a reader sees it."""
    return html.unescape(strip_tags(data or ""))


def find_terms(text, glossary):
    """The TermMatches of `glossary` ([(term, translation)], longest first) in the plain `text`,
    in the order they occur; a shorter term inside a longer one found already is not counted."""
    found = []
    for term, translation in glossary:
        for match in term_pattern(term).finditer(text):
            start, end = match.span()
            if all(end <= other.start or start >= other.end for other in found):
                found.append(TermMatch(start, end, match.group(), translation))
    return sorted(found, key=lambda found_term: found_term.start)


def uses_translation(text, translation):
    """Whether the plain `text` contains the approved `translation`."""
    return approved_pattern(translation).search(text) is not None


def missing_translations(source_text, translated_text, glossary):
    """The TermMatches of the plain `source_text` whose approved translation the plain
    `translated_text` does not contain, each term once."""
    missing = {}
    for found in find_terms(source_text, glossary):
        if not uses_translation(translated_text, found.translation):
            missing.setdefault(found.term.lower(), found)
    return list(missing.values())


def highlight(text, matches):
    """The plain `text` as HTML, each of its glossary `matches` in a <mark> that gives the approved
    translation as its title and, for those who do not hover, beside it."""
    parts = []
    position = 0
    for found in matches:
        parts.append(format_html("{}", text[position : found.start]))
        parts.append(
            format_html(
                '<mark class="glossary__term" title="{translation}">{term}</mark>'
                ' <span class="glossary__approved">→ {translation}</span>',
                term=text[found.start : found.end],
                translation=found.translation,
            )
        )
        position = found.end
    parts.append(format_html("{}", text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped by format_html


def add_term(source_language, target_language, term, translation, note=""):
    """Adds a term unless the pair already has it (in any case): an editor's approved translation
    is never overwritten. Returns True if it was added."""
    term, translation = term.strip(), translation.strip()
    if not term or not translation or source_language == target_language:
        return False
    if GlossaryTerm.objects.filter(
        source_language=source_language, target_language=target_language, term__iexact=term
    ).exists():
        return False
    GlossaryTerm.objects.create(
        source_language=source_language,
        target_language=target_language,
        term=term,
        translation=translation,
        note=note,
    )
    return True


def add_names(names, target_languages, note=""):
    """Adds glossary terms from one thing's name in several languages ({language: name}): from
    each language into each of `target_languages`, where the two names differ. Returns how many
    were added."""
    added = 0
    for target in target_languages:
        if target not in names:
            continue
        for source, name in names.items():
            if source != target and name.strip().lower() != names[target].strip().lower():
                added += add_term(source, target, name, names[target], note)
    return added


def add_snippet_names(snippets, target_languages, note=""):
    """add_names for each of the translatable `snippets` (with a `name`) and its translations.
    Returns how many terms were added."""
    added = 0
    for snippet in snippets:
        names = {
            translated.locale.language_code: translated.name
            for translated in snippet.get_translations(inclusive=True).select_related("locale")
        }
        added += add_names(names, target_languages, note)
    return added


@dataclass
class SegmentRow:
    """One text of a translation's original, for the glossary view: the original with its terms
    marked, its translation, and the terms whose approved translation the translation lacks."""

    source: str
    translation: str
    missing: list


def segment_rows(translation):
    """A SegmentRow for every text of a wagtail-localize Translation's original, in order."""
    glossary = terms(
        translation.source.locale.language_code, translation.target_locale.language_code
    )
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .select_related("string")
        .order_by("order")
    )
    rows = []
    for segment in segments:
        source_text = plain_text(segment.string.data)
        translated_text = plain_text(segment.translation)
        rows.append(
            SegmentRow(
                source=highlight(source_text, find_terms(source_text, glossary)),
                translation=translated_text,
                missing=(
                    missing_translations(source_text, translated_text, glossary)
                    if translated_text.strip()
                    else []
                ),
            )
        )
    return rows


def terms_beside_texts(translation):
    """{text of the original (as wagtail-localize's editor shows it): [{"term", "translation",
    "note"}]} for each text of `translation`'s original that contains glossary terms, whole words
    only, for the editor to show beside the text. Keyed by the text rather than the segment: the
    editor's page gives its texts, not their ids, and the same text has the same terms."""
    source_language = translation.source.locale.language_code
    target_language = translation.target_locale.language_code
    glossary = terms(source_language, target_language)
    if not glossary:
        return {}
    notes = {
        term.lower(): note
        for term, note in GlossaryTerm.objects.filter(
            source_language=source_language, target_language=target_language
        ).values_list("term", "note")
    }
    found = {}
    for data in translation.source.stringsegment_set.values_list("string__data", flat=True):
        if data in found:
            continue
        matches = {}
        for match in find_terms(plain_text(data), glossary):
            matches.setdefault(match.term.lower(), match)
        if matches:
            found[data] = [
                {
                    "term": match.term,
                    "translation": match.translation,
                    "note": notes.get(match.term.lower(), ""),
                }
                for match in matches.values()
            ]
    return found
