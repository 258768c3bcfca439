"""Soft hyphens in long words, by language.

The stylesheet's `hyphens: auto` needs the browser's hyphenation dictionary for the language;
Chromium as Debian ships it has none (measured: "Migrationshintergrund" broke as
"Migrationsh|intergrund"), nor do some others. A soft hyphen (U+00AD) at each syllable break
that pyphen (the hyphenation library WeasyPrint uses for the PDFs) finds lets any browser break
such a word with a hyphen, and shows nothing where the word fits."""

import functools
import re

import pyphen

SOFT_HYPHEN = "\u00ad"
# Shorter words fit a key-figure card's line.
LONG_WORD = re.compile(r"\w{12,}")


@functools.cache
def dictionary(language):
    """pyphen's dictionary for `language` (or its nearest), or None if it has none."""
    code = pyphen.language_fallback(language or "")
    return pyphen.Pyphen(lang=code) if code else None


def soft_hyphens(text, language):
    """`text` with soft hyphens at the syllable breaks of its long words in `language`."""
    rules = dictionary(language)
    if not text or rules is None:
        return text
    return LONG_WORD.sub(lambda word: rules.inserted(word.group(0), hyphen=SOFT_HYPHEN), text)
