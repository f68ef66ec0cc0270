"""The language of an article, among those the reader has a lexicon for.

lingua-language-detector (Rust core, models in the wheel, no download) restricted
to the reader's ten languages: measured ~1 ms per article once a language's
model is loaded, and it tells short Russian from Ukrainian sentences apart. An
article in another language is read with the English lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extractors.lexicon import LANGUAGES

_SAMPLE_CHARS = 600  # the headline and lead decide; more text costs time and changes nothing measured
_ENGLISH = re.compile(r"\b(?:the|and|of|that|with)\b(?:.*?\b(?:the|and|of|that|with)\b){3}", re.S)
_SHORT = 120  # below this many characters of ASCII the detector guesses; English is the likeliest
# ... unless it is sure: a short unaccented Italian or Spanish sentence ("Peskov ha detto che il Cremlino non esclude
# un incontro") is read as that language when the detector gives it at least this confidence (no English sentence
# of the sentence corpora and probes under _SHORT reached 0.5)
_SHORT_SURE = 0.7
# Typographic quotes, apostrophes, dashes and ellipses say nothing of the language: a lead with English function
# words and no other non-ASCII character (most English leads with a quote) skips the detector too.
_TYPOGRAPHIC = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                "\u2026": "."}


def _plain(sample: str) -> str:
    """The sample with its typographic marks as ASCII: one `str.replace` per mark (what `str.translate` gives,
    many times faster on a text that is not all ASCII, where `translate` goes character by character)."""
    for mark, ascii_mark in _TYPOGRAPHIC.items():
        sample = sample.replace(mark, ascii_mark)
    return sample


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect(text: str) -> str:
    """The ISO 639-1 code of the text's language ("en" when it cannot tell)."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return "en"
    plain = sample if sample.isascii() else _plain(sample)
    if plain.isascii() and _ENGLISH.search(plain):
        return "en"  # a lead with English function words: the detector (~1 ms an article) would say the same
    if sample.isascii() and len(sample) < _SHORT:
        # a headline in ASCII: too short to tell English from an unaccented Italian one, unless the detector is sure
        best = _detector().compute_language_confidence_values(sample)
        if best and best[0].value >= _SHORT_SURE:
            return str(best[0].language.iso_code_639_1.name.lower())
        return "en"
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else "en"
