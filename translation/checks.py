"""Checks of a translation before it goes live: glossary terms, numbers, dates, links and
formatting kept from the original, texts left empty or untranslated, lengths far from the
original's. They give warnings, never block: a translator may have good reasons."""

import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from django.conf import settings
from django.utils import translation as translation_utils
from django.utils.dates import MONTHS, MONTHS_3, MONTHS_ALT
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from translation import glossary
from translation.field_names import SEPARATOR, field_parts

GLOSSARY = "glossary"
NUMBER = "number"
DATE = "date"
LINK = "link"
MARKUP = "markup"
EMPTY = "empty"
UNTRANSLATED = "untranslated"
LENGTH = "length"

KINDS = {
    GLOSSARY: gettext_lazy("Glossary"),
    NUMBER: gettext_lazy("Numbers"),
    DATE: gettext_lazy("Dates"),
    LINK: gettext_lazy("Links"),
    MARKUP: gettext_lazy("Formatting"),
    EMPTY: gettext_lazy("Not translated"),
    UNTRANSLATED: gettext_lazy("Same as the original"),
    LENGTH: gettext_lazy("Length"),
}

# A translation this much shorter or longer than its original is worth a look. Only sentences
# say something by their length: a label of a few words may rightly take one word for three
# ("Einwohnerinnen und Einwohner" is "residents") or three for one, so originals of fewer than
# LENGTH_FROM_WORDS words (a heading, a label, a name) are not measured.
SHORTEST_RATIO = 0.5
LONGEST_RATIO = 2.0
LENGTH_FROM_WORDS = 5

# Fields and blocks that hold names of people, organisations or places (a report's authors, a
# contact person, a quote's attribution, a picture's credit, a figure's source, the place a
# session of a visit was held): names are rightly the same in every language, so a translation
# the same as the original is only worth a look there if it has words other than names.
NAME_FIELDS = {"authors", "contact_name", "attribution", "credit", "source", "place"}
# wagtail-localize's path of a page's slug.
SLUG = "slug"

# Thousands separators: a point, comma, (no-break) space or apostrophe between groups of three.
NUMBER_PATTERN = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:([.,\u00a0\u202f' ])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d)"
)
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
OPENING_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*("[^"]*"|'[^']*')""")
LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W\d_]+")
DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class CheckWarning:
    """One thing to look at in a translated text: the field it is in, the kind of check (a key
    of KINDS), what is wrong, and the texts."""

    field: str
    kind: str
    message: str
    source: str
    translation: str
    segment_id: int

    @property
    def kind_label(self):
        return KINDS[self.kind]


def check_translation(translation):
    """The CheckWarnings of a wagtail-localize Translation, in the order of its texts."""
    source = translation.source
    glossary_terms = glossary.terms(
        source.locale.language_code, translation.target_locale.language_code
    )
    segments = (
        source.stringsegment_set.annotate_translation(translation.target_locale)
        .select_related("string", "context")
        .order_by("order")
    )
    segments = list(segments)
    title = next(
        (segment.string.data for segment in segments if segment.context.path == "title"), ""
    )
    original = source.as_instance()
    warnings = []
    for segment in segments:
        path = segment.context.path
        field = SEPARATOR.join(field_parts(original, path))
        for kind, message in check_segment(
            segment.string.data,
            segment.translation,
            json.loads(segment.attrs or "{}"),
            glossary_terms,
            path=path,
            title=title,
        ):
            warnings.append(
                CheckWarning(
                    field=field,
                    kind=kind,
                    message=message,
                    source=glossary.plain_text(segment.string.data),
                    translation=glossary.plain_text(segment.translation),
                    segment_id=segment.pk,
                )
            )
    return warnings


def check_segment(source, translated, attrs=None, glossary_terms=(), path="", title=""):
    """[(kind, message)] for one text: `source` and `translated` are wagtail-localize's HTML of
    the original and of its translation (None when there is none), `attrs` the original's link
    addresses by id, `path` where the text is (wagtail-localize's context path) and `title` the
    original's title, which a page's slug is made from."""
    source_text = glossary.plain_text(source)
    translated_text = glossary.plain_text(translated)
    if not translated_text.strip():
        if not source_text.strip():
            return []
        return [(EMPTY, _("No translation: the original's text is used in its place."))]
    found = []
    if translated_text.strip() == source_text.strip():
        if not LETTER.search(source_text):
            return found
        if path.split(".")[-1] in NAME_FIELDS and reads_as_names(source_text):
            return found
        found.append((UNTRANSLATED, _("The translation is the same as the original.")))
        return found
    if path == SLUG:
        return slug_differences(source_text, translated_text, glossary.plain_text(title))
    for term in glossary.missing_translations(source_text, translated_text, glossary_terms):
        found.append(
            (
                GLOSSARY,
                _("“%(term)s” is translated as “%(translation)s” in the glossary.")
                % {"term": term.term, "translation": term.translation},
            )
        )
    source_dates, source_rest = dates_in(source_text)
    translated_dates, translated_rest = dates_in(translated_text)
    found += differences(DATE, source_dates, translated_dates)
    found += differences(NUMBER, numbers_in(source_rest), numbers_in(translated_rest))
    found += link_differences(links_in(source, attrs), links_in(translated, attrs))
    found += markup_differences(tags_in(source), tags_in(translated))
    if len(WORD.findall(source_text)) >= LENGTH_FROM_WORDS:
        ratio = len(translated_text) / len(source_text)
        if ratio < SHORTEST_RATIO or ratio > LONGEST_RATIO:
            found.append(
                (
                    LENGTH,
                    _("The translation is %(percent)d%% of the original's length.")
                    % {"percent": round(ratio * 100)},
                )
            )
    return found


def reads_as_names(text):
    """Whether `text` reads as names ("Anna Müller, Jan van der Berg"): every word capitalised
    but short particles (van, der, de, und), so that a sentence left untranslated does not."""
    words = WORD.findall(text)
    return bool(words) and all(word[0].isupper() or len(word) <= 3 for word in words)


def slug_differences(source, translated, title=""):
    """[(kind, message)] for a page's slug: an address, not a sentence. Its digits are groups
    between hyphens ("12-14-mai-2021", "3-5-prozent"), neither dates nor thousands, and a slug
    may be made from the translated title, so a number is in order if the original's slug or
    title has it; a slug may leave numbers out. Only a number neither has is flagged (a wrong
    year in the address)."""
    known = Counter(int(digits) for digits in DIGITS.findall(f"{source} {title}"))
    numbers = Counter(int(digits) for digits in DIGITS.findall(translated))
    if not numbers - known:
        return []
    in_slug = sorted({int(digits) for digits in DIGITS.findall(source)})
    return differences(
        NUMBER,
        {(value, 1): str(value) for value in in_slug if value not in numbers},
        {(value, 1): str(value) for value in sorted(numbers) if value not in known},
    )


def differences(kind, source, translated):
    """[(kind, message)] when the values found in the original and the translation differ:
    `source` and `translated` map each value to the ways it was written."""
    missing = [written for value, written in source.items() if value not in translated]
    added = [written for value, written in translated.items() if value not in source]
    if not missing and not added:
        return []
    none = _("none")
    values = {
        "original": ", ".join(missing) or none,
        "translation": ", ".join(added) or none,
    }
    if kind == DATE:
        message = _(
            "Dates differ: %(original)s in the original, %(translation)s in the translation."
        )
    else:
        message = _(
            "Numbers differ: %(original)s in the original, %(translation)s in the translation."
        )
    return [(kind, message % values)]


def number_value(written):
    """The number `written` stands for, whatever the language's separators: "1.200", "1,200" and
    "1 200" are 1200; "1,5" and "1.5" are 1.5. A single point or comma before exactly three
    digits separates thousands."""
    digits = re.sub(r"[\s\u00a0\u202f'’]", "", written)
    separators = re.findall(r"[.,]", digits)
    if not separators:
        return Decimal(digits)
    parts = re.split(r"[.,]", digits)
    if len(set(separators)) > 1:
        # "1.200,50": the last separator is the decimal one.
        whole, decimals = "".join(parts[:-1]), parts[-1]
    elif len(separators) > 1 or (len(parts[-1]) == 3 and parts[0] != "0"):
        whole, decimals = "".join(parts), ""
    else:
        whole, decimals = parts[0], parts[1]
    try:
        return Decimal(f"{whole}.{decimals or 0}").normalize()
    except InvalidOperation:
        return None


def numbers_in(text):
    """{value: how it was written} for the numbers of a plain text (counted: "3 and 3" is two)."""
    found = {}
    counts = Counter()
    for match in NUMBER_PATTERN.finditer(text):
        value = number_value(match.group())
        if value is None:
            continue
        counts[value] += 1
        found[(value, counts[value])] = match.group()
    return found


@cache
def month_numbers(languages):
    """{month name or abbreviation, lower case: its number} in each of `languages`."""
    names = {}
    for language in languages:
        with translation_utils.override(language):
            for table in (MONTHS, MONTHS_ALT, MONTHS_3):
                for number, name in table.items():
                    names.setdefault(str(name).lower().rstrip("."), number)
    return names


@cache
def text_date_patterns(languages):
    """Dates written with the month's name: "22 March 2021", "22. März 2021", "March 22, 2021"."""
    names = "|".join(
        re.escape(name) for name in sorted(month_numbers(languages), key=len, reverse=True)
    )
    return [
        (
            re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({names})\.?\s+(\d{{4}})(?!\d)", re.I),
            ("day", "month", "year"),
        ),
        (
            re.compile(rf"(?<!\w)({names})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I),
            ("month", "day", "year"),
        ),
    ]


def dates_in(text):
    """({(year, month, day, n): how it was written}, the text with its dates blanked out), so
    that a date's digits are not also compared as numbers."""
    languages = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
    months = month_numbers(languages)
    found = {}
    counts = Counter()

    def record(value, match):
        nonlocal text
        counts[value] += 1
        found[(*value, counts[value])] = match.group()
        start, end = match.span()
        text = text[:start] + " " * (end - start) + text[end:]

    for match in list(ISO_DATE.finditer(text)):
        record(tuple(int(part) for part in match.groups()), match)
    for match in list(NUMERIC_DATE.finditer(text)):
        first, _separator, second, year = match.groups()
        day, month = int(first), int(second)
        if month > 12 >= day:
            # Month first, as in "3/22/2021".
            day, month = month, day
        year = int(year) + (2000 if len(year) == 2 else 0)
        record((year, month, day), match)
    for pattern, order in text_date_patterns(languages):
        for match in list(pattern.finditer(text)):
            parts = dict(zip(order, match.groups(), strict=True))
            month = months.get(parts["month"].lower().rstrip("."))
            if month:
                record((int(parts["year"]), month, int(parts["day"])), match)
    return found, text


def tags_in(data):
    """[(tag name, {attribute: value})] of the opening tags of wagtail-localize's HTML."""
    return [
        (name.lower(), {key: value[1:-1] for key, value in ATTRIBUTE.findall(attributes)})
        for name, attributes in OPENING_TAG.findall(data or "")
    ]


def links_in(data, attrs):
    """Counter of the addresses the links of `data` lead to (wagtail-localize keeps the address
    of an original's link in `attrs`, by the id that stands for it in the text)."""
    links = Counter()
    for name, attributes in tags_in(data):
        if name == "a":
            link_id = attributes.get("id", "")
            links[
                attributes.get("href") or (attrs or {}).get(link_id, {}).get("href") or link_id
            ] += 1
    return links


def link_differences(source, translated):
    found = []
    for href in source - translated:
        found.append(
            (LINK, _("The link to %(href)s is missing in the translation.") % {"href": href})
        )
    for href in translated - source:
        found.append(
            (
                LINK,
                _("The translation links to %(href)s, which the original does not.")
                % {"href": href},
            )
        )
    return found


def markup_differences(source_tags, translated_tags):
    source = Counter(name for name, _attributes in source_tags if name != "a")
    translated = Counter(name for name, _attributes in translated_tags if name != "a")
    if source == translated:
        return []
    return [
        (
            MARKUP,
            _(
                "Formatting differs: %(original)s in the original, %(translation)s in the "
                "translation."
            )
            % {
                "original": ", ".join(f"<{name}>" for name in sorted(source.elements()))
                or _("none"),
                "translation": ", ".join(f"<{name}>" for name in sorted(translated.elements()))
                or _("none"),
            },
        )
    ]
