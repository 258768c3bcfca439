"""Search-result snippets: a short excerpt of a page's text around the first word that answers
the query, with the answering words in <mark> and everything else escaped."""

import os
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

WORD = re.compile(r"\w+")
MAX_TERMS = 20
EXCERPT_LENGTH = 240


def query_terms(query):
    """The distinct words of a query, lower-cased, in order (at most MAX_TERMS)."""
    terms = []
    for word in WORD.findall(query.casefold()):
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def answers(word, terms):
    """Whether a word of a text answers one of the query's terms: the same word, or one that
    shares its beginning with a term up to the last three letters of the longer of the two (and
    at least four letters). The search itself stems words; this rough likeness marks "Wohnung"
    for "Wohnungen" and "houses" for "housing", not "Wohnungslotsen" or "mieszkańcami"."""
    word = word.casefold()
    for term in terms:
        if word == term:
            return True
        common = len(os.path.commonprefix([word, term]))
        if common >= max(4, max(len(word), len(term)) - 3):
            return True
    return False


def highlight(text, terms):
    """`text`, escaped, with the words that answer `terms` in <mark>."""
    parts = []
    done = 0
    for match in WORD.finditer(text):
        if answers(match.group(), terms):
            parts.append(escape(text[done : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            done = match.end()
    parts.append(escape(text[done:]))
    # Safe: every piece of the text went through escape(); the only markup is <mark>.
    return mark_safe("".join(parts))


def excerpt(text, terms, length=EXCERPT_LENGTH):
    """About `length` characters of `text`, whole words, around the first word that answers
    `terms` (from the start when none does), highlighted."""
    text = " ".join(text.split())
    first = next((m for m in WORD.finditer(text) if answers(m.group(), terms)), None)
    start = 0
    if first is not None and first.start() > length // 3:
        # Some context before the match, starting at a word where there is one.
        start = first.start() - length // 3
        space = text.find(" ", start, first.start())
        if space != -1:
            start = space + 1
    end = min(len(text), start + length)
    if end < len(text) and text.rfind(" ", start, end) > start:
        end = text.rfind(" ", start, end)
    before = "… " if start else ""
    after = " …" if end < len(text) else ""
    return mark_safe(before + highlight(text[start:end], terms) + after)


def searchable_text(page):
    """The text a page is found by apart from its title (summary, introduction, body, ...), in
    the order of its search fields, as plain text."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            texts.extend(_strings(field.get_value(page)))
    return " ".join(texts)


def _strings(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, (list, tuple, type({}.values()))):
        return [text for item in value for text in _strings(item)]
    return [str(value)]
