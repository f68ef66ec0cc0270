"""The concept lexicon: words and phrases of each language, grouped into language-free concepts.

A concept is a class of expression that the rules compose ("READY", "MEET",
"ONLY_AFTER", "CEASEFIRE", "NEG" ...): the rules in `rules/conditions.toml`
speak only of concepts, so a new way of saying "meet" or a new language is a
line in a lexicon file and works in every rule at once (the synonym sets of
event coders such as PETRARCH).

Lexicon files are `lexicon/<lang>.toml`, one `[concepts]` table of
`NAME = ["entry", ...]`. An entry is one or more space-separated tokens:
- `word`    the lowercased token, or (languages with a lemmatiser) its lemma;
- `stem*`   any token starting with `stem` (Russian and Ukrainian inflect: `встреч*`);
- `_`       any one token (a gap inside a fixed phrase: "not _ ready").
Hyphens and apostrophes split nothing: "one-on-one" is three tokens, like "one on one".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from domain.vocabulary import VocabularyError

LANGUAGES = ("en", "ru", "uk", "de", "fr", "it", "es", "tr", "pl", "el")
# simplemma covers these; the lemma widens a plain entry to every inflected form.
LEMMATISED = frozenset({"ru", "uk", "de", "fr", "it", "es", "pl", "el", "tr"})
# English clitics ("'s", "n't" as "'t") are tokens of their own; Ukrainian writes an apostrophe inside words
# ("п'ятниця", "інтерв'ю"); elsewhere an apostrophe separates ("İstanbul'da", "l'invito").
_TOKENS = {
    "en": re.compile(r"\w+|['’](?:s|t|re|ll|ve|d|m)\b|[^\w\s]", re.UNICODE),
    "uk": re.compile(r"\w+(?:['’ʼ]\w+)*|[^\w\s]", re.UNICODE),
}
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A word or punctuation mark of a sentence, with its place in the sentence's text."""

    text: str  # lowercased, ё as е, ’ as '
    start: int
    end: int
    is_word: bool


class ConceptMatch(NamedTuple):
    """A concept found in a sentence: tokens [first, last] inclusive, and the characters they cover."""

    concept: str
    first: int
    last: int
    start: int
    end: int


def tokenize(text: str, lang: str = "xx") -> list[Token]:
    """Words and punctuation marks, lowercased; '-' inside a word is dropped so 'face-to-face' reads 3 words."""
    out = []
    # lowercase once for the whole text (same length: İ is folded first, ё and ’ are one character each)
    folded = text.replace("İ", "I").lower().replace("ё", "е").replace("’", "'")
    if len(folded) != len(text):  # a character whose lowercase is longer: fold token by token
        folded = ""
    for m in _TOKENS.get(lang, _TOKEN).finditer(text):
        start, end = m.span()
        raw = m.group(0)
        if len(raw) == 1:
            if raw in "-‐" and start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
                continue
            if raw in "'’":
                continue  # a bare apostrophe ("leaders' meeting", "İstanbul'da") separates nothing
        low = folded[start:end] if folded else raw.replace("İ", "i").lower().replace("ё", "е").replace("’", "'")
        out.append(Token(low, start, end, low[0].isalnum() or low[0] == "_" or any(c.isalnum() for c in low)))
    return out


@dataclass(frozen=True)
class Entry:
    concept: str
    parts: tuple[tuple[str, str], ...]  # (mode, text): mode "w" word-or-lemma, "p" prefix, "_" any


@dataclass
class Lexicon:
    """The compiled lexicon of one language: entries indexed by their first token."""

    lang: str
    concepts: frozenset[str]
    by_word: dict[str, list[Entry]] = field(default_factory=dict)
    by_prefix: dict[str, list[Entry]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    _cache: dict[tuple[str, str | None], tuple[Entry, ...]] = field(default_factory=dict, repr=False)

    def find(self, tokens: list[Token], lemma_lang: str | None = None) -> list[ConceptMatch]:
        """Every concept occurrence; where entries of one concept overlap, the longest wins.

        `lemma_lang`: also match plain entries by the lemma in this language (for language-free tables such
        as actors' inflected titles: "президента Украины" finds "президент украины").
        """
        lang = lemma_lang or self.lang
        lemmas = _lemmas(tokens, lang) if lang in LEMMATISED else None
        found: dict[tuple[str, int], ConceptMatch] = {}
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not tok.is_word:
                continue
            nxt = tokens[i + 1] if i + 1 < n and tokens[i + 1].is_word else None
            for entry in self._candidates(tok.text, lemmas[i] if lemmas else None):
                # the index already matched the first part (by word, lemma or prefix); the second part is
                # checked here, inline, because most multiword candidates fail on it
                parts = entry.parts
                if len(parts) == 1:
                    last: int | None = i
                else:
                    if nxt is None:
                        continue
                    mode, text = parts[1]
                    if mode == "w" and nxt.text != text and (lemmas is None or lemmas[i + 1] != text):
                        continue
                    if mode == "p" and not nxt.text.startswith(text):
                        continue
                    last = i + 1 if len(parts) == 2 else _match(parts, tokens, lemmas, i)
                if last is None:
                    continue
                key = (entry.concept, i)
                prev = found.get(key)
                if prev is None or prev.last < last:
                    found[key] = ConceptMatch(entry.concept, i, last, tok.start, tokens[last].end)
        return _drop_nested(sorted(found.values(), key=lambda m: (m.first, -m.last)))

    def _candidates(self, word: str, lemma: str | None) -> tuple[Entry, ...]:
        """The entries that may start at a word (cached: a text repeats its words, the index never changes)."""
        key = (word, lemma)
        hit = self._cache.get(key)
        if hit is None:
            found = list(self.by_word.get(word, ()))
            if lemma and lemma != word:
                found.extend(self.by_word.get(lemma, ()))
            for n in self.prefix_lengths:
                if n > len(word):
                    break
                found.extend(self.by_prefix.get(word[:n], ()))
            hit = self._cache[key] = tuple(found)
            if len(self._cache) > 200_000:
                self._cache.clear()
        return hit


def _match(parts: tuple[tuple[str, str], ...], tokens: list[Token], lemmas: list[str] | None, i: int) -> int | None:
    """The index of the last token when `parts` match from token i (skipping no punctuation), else None."""
    j = i
    for k, (mode, text) in enumerate(parts):
        if k:
            j += 1
        if j >= len(tokens) or not tokens[j].is_word:
            return None
        word = tokens[j].text
        if mode == "_":
            continue
        if mode == "p":
            if not word.startswith(text):
                return None
        elif word != text and (lemmas is None or lemmas[j] != text):
            return None
    return j


def _drop_nested(matches: list[ConceptMatch]) -> list[ConceptMatch]:
    """A match of a concept inside a longer match of the same concept adds nothing."""
    out: list[ConceptMatch] = []
    reach: dict[str, int] = {}  # per concept, the furthest last token of the matches kept (sorted by first)
    for m in matches:
        if reach.get(m.concept, -1) >= m.last:
            continue
        reach[m.concept] = m.last
        out.append(m)
    return out


def _lemmas(tokens: list[Token], lang: str) -> list[str]:
    return [_lemma(t.text, lang) if t.is_word else t.text for t in tokens]


def lemma(word: str, lang: str) -> str:
    """The lemma of a lowercased word (the word itself where the language has no lemmatiser)."""
    return _lemma(word, lang) if lang in LEMMATISED else word


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower().replace("ё", "е")


def compile_lexicon(lang: str, raw: dict[str, list[str]], where: str, names_are_concepts: bool = True) -> Lexicon:
    """Index a table of named entry lists; a malformed entry is an error naming the file and the name.

    The same machinery matches concepts (UPPER_CASE names), actors' inflected names and places.
    """
    lex = Lexicon(lang, frozenset(raw))
    lengths: set[int] = set()
    for concept, entries in raw.items():
        if names_are_concepts and not re.fullmatch(r"[A-Z][A-Z0-9_]*", concept):
            raise VocabularyError(f"{where}: concept names are UPPER_CASE: {concept!r}")
        if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
            raise VocabularyError(f"{where}: {concept} must be a list of non-empty strings")
        for text in entries:
            parts = tuple(_part(p) for p in _entry_tokens(text, lang))
            if not parts or parts[0][0] == "_":
                raise VocabularyError(f"{where}: {concept}: entry {text!r} must start with a word")
            entry = Entry(concept, parts)
            mode, first = parts[0]
            if mode == "p":
                if len(first) < 2:
                    raise VocabularyError(f"{where}: {concept}: stem {text!r} is too short")
                lex.by_prefix.setdefault(first, []).append(entry)
                lengths.add(len(first))
            else:
                lex.by_word.setdefault(first, []).append(entry)
    lex.prefix_lengths = tuple(sorted(lengths))
    return lex


def _entry_tokens(text: str, lang: str) -> list[str]:
    out = []
    for tok in tokenize(text.replace("*", "_STAR_"), lang):
        if tok.text == "_":
            out.append("_")
        elif tok.is_word:
            out.append(tok.text.replace("_star_", "*"))
    return out


def _part(token: str) -> tuple[str, str]:
    if token == "_":
        return ("_", "")
    if token.endswith("*"):
        return ("p", token[:-1])
    return ("w", token)


@lru_cache(maxsize=len(LANGUAGES))
def lexicon(lang: str) -> Lexicon:
    """The shipped lexicon of a language (English for a language without one), compiled once."""
    if lang not in LANGUAGES:
        lang = "en"
    where = f"lexicon/{lang}.toml"
    raw = tomllib.loads(resources.files("extractors").joinpath(where).read_text(encoding="utf-8"))
    return compile_lexicon(lang, raw.get("concepts", {}), where)
