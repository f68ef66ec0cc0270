"""The concept lexicon: words and phrases of each language, grouped into language-free concepts.

A concept is a class of expression that the rules compose ("READY", "MEET",
"ONLY_AFTER", "CEASEFIRE", "NEG" ...): the rules in `rules/conditions.toml`
speak only of concepts, so a new way of saying "meet" or a new language is a
line in a lexicon file and works in every rule at once (the synonym sets of
event coders such as PETRARCH).

Lexicon files are `lexicon/<lang>.toml`, one `[concepts]` table of
`NAME = ["entry", ...]`. An entry is one or more space-separated tokens:
- `word`    the lowercased token, or (languages with a lemmatiser) its lemma;
- `stem*`   any token starting with `stem` (Russian and Ukrainian inflect: `встреч*`); Greek stems match with
            accents and final sigma folded on both sides (`fold_greek`): "παραχωρ*" covers "παραχώρηση", as the
            stress moves through a Greek word's forms;
- `_`       any one token (a gap inside a fixed phrase: "not _ ready");
- `,` `—` `:` `«` ...  that punctuation mark, inside an entry ("где угодно, только не", "с ним — нет"); a comma
            at an entry's start is kept (", not": the "not" of a contrast after a comma), any other mark at its
            start or end is dropped.
Hyphens and apostrophes split nothing: "one-on-one" is three tokens, like "one on one".
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Final, NamedTuple

from domain.vocabulary import VocabularyError

LANGUAGES = ("en", "ru", "uk", "de", "fr", "it", "es", "tr", "pl", "el")
# simplemma covers these; the lemma widens a plain entry to every inflected form.
LEMMATISED = frozenset({"ru", "uk", "de", "fr", "it", "es", "pl", "el", "tr"})
# English clitics ("'s", "n't" as "'t") are tokens of their own; Ukrainian writes an apostrophe inside words
# ("п'ятниця", "інтерв'ю"); elsewhere an apostrophe separates ("İstanbul'da", "l'invito").
_TOKENS: Final = {
    "en": re.compile(r"\w+|['’](?:s|t|re|ll|ve|d|m)\b|[^\w\s]", re.UNICODE),
    "uk": re.compile(r"\w+(?:['’ʼ]\w+)*|[^\w\s]", re.UNICODE),
}
_TOKEN: Final = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# the quote marks of the corpora's languages: no tokens (the sentence's quotes are found on its text)
QUOTE_MARKS: Final = "\"«»“”„"
# the token patterns as one group, for `re.split` (`tokenize`)
_SPLITS: Final = {lang: re.compile(f"({p.pattern})", re.UNICODE) for lang, p in _TOKENS.items()}
_SPLIT: Final = re.compile(f"({_TOKEN.pattern})", re.UNICODE)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The token pattern with ASCII classes, for a text of ASCII characters only: there `\\w` (a letter, digit or
    "_") and `\\b` read the same either way, and `\\s` does once it holds what Unicode's also holds below 128
    (U+001C..U+001F, `str.isspace`); the engine tests ASCII classes by a table, Unicode's by calls per character
    (`re.split` of an ASCII sentence ~15% cheaper). tests/test_lexicon.py tries every ASCII character."""
    source = pattern.pattern.replace(r"[^\w\s]", r"[^\w\s\x1c-\x1f]")
    rest = source.replace(r"\s\x1c-\x1f", "")
    if source == pattern.pattern or r"\s" in rest or r"\S" in rest:  # (\w, \W, \d, \b read alike below 128)
        raise ValueError(f"a token pattern whose \\s is not its last set's: {pattern.pattern!r}")
    return re.compile(source, (pattern.flags & ~re.UNICODE) | re.ASCII)  # its other flags kept (re.I, re.M ...)


_ASCII_SPLITS: Final = {lang: ascii_twin(p) for lang, p in _SPLITS.items()}
_ASCII_SPLIT: Final = ascii_twin(_SPLIT)


# Greek's tonos and dialytika, and its final sigma: a stem's letters whatever the stress (the table maps Greek
# letters only, so a Latin accent keeps its meaning: Spanish "sí" / "si", French "où" / "ou")
_GREEK_FOLD: Final = str.maketrans("άέήίόύώϊϋΐΰς", "αεηιουωιυιυσ")


def fold_greek(word: str) -> str:
    """A lowercased word with Greek accents and final sigma folded, as stems are matched (other scripts as they are)."""
    return word.translate(_GREEK_FOLD)


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
    # lowercase once for the whole text (same length: İ is folded first, ё and ’ are one character each)
    folded = text.replace("İ", "I").lower().replace("ё", "е").replace("’", "'")
    if len(folded) != len(text):  # a character whose lowercase is longer: fold token by token
        return _tokenize_unfolded(text, lang)
    # The token pattern's matches as `re.split` gives them with the pattern in one group: the text between two
    # matches (whitespace only: every other character starts a match), then the match, and so on; offsets are the
    # pieces' lengths added up. The same matches as `finditer` (the same scan of the same pattern), without a match
    # object and its `span()` per token (~1/3 of tokenizing; a one-character piece is a cached string).
    if text.isascii():
        pieces = _ASCII_SPLITS.get(lang, _ASCII_SPLIT).split(text)
    else:
        pieces = _SPLITS.get(lang, _SPLIT).split(text)
    out: list[Token] = []
    append = out.append
    n = len(pieces)
    pos = len(pieces[0])  # where the next match starts
    i = 1
    while i < n:
        raw = pieces[i]
        start = pos
        end = start + len(raw)
        pos = end + len(pieces[i + 1])
        i += 2
        if end - start == 1:
            if raw in QUOTE_MARKS:
                continue  # scare quotes split no phrase: 'итогов «достаточно» для', 'Kremlin "does not rule out"'
                # (the sentence's quotes are found on its text, sentences.py)
            if raw in "-‐'’":
                if raw in "'’":
                    continue  # a bare apostrophe ("leaders' meeting", "İstanbul'da") separates nothing
                if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
                    continue
            # one character: a word when a letter, digit or underscore (then so is its lowercase), else a mark
            append(_new_token(Token, (folded[start], start, end, raw.isalnum() or raw == "_")))
        else:  # longer tokens are words (and clitics such as "'s")
            append(_new_token(Token, (folded[start:end], start, end, True)))
    return out


_new_token: Final = tuple.__new__  # Token(...) without the Python-level __new__ of a NamedTuple


def _tokenize_unfolded(text: str, lang: str) -> list[Token]:
    """`tokenize` for a text whose lowercase is longer than itself: each token folded on its own."""
    out = []
    for m in _TOKENS.get(lang, _TOKEN).finditer(text):
        start, end = m.span()
        raw = m.group(0)
        if len(raw) == 1:
            if raw in "-‐" and start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
                continue
            if raw in "'’" or raw in QUOTE_MARKS:
                continue  # a bare apostrophe ("leaders' meeting", "İstanbul'da") or quote mark separates nothing
        low = raw.replace("İ", "i").lower().replace("ё", "е").replace("’", "'")
        out.append(Token(low, start, end, _is_word(low)))
    return out


def _is_word(low: str) -> bool:
    """Whether a token's text is a word (a letter, digit or underscore in it), not a punctuation mark."""
    return low[0].isalnum() or low[0] == "_" or any(c.isalnum() for c in low)


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
    marks: frozenset[str] = frozenset()  # the punctuation marks inside entries
    _scanners: dict[str | None, Scanner] = field(default_factory=dict, repr=False)

    def find(self, tokens: list[Token], lemma_lang: str | None = None) -> list[ConceptMatch]:
        """Every concept occurrence; where entries of one concept overlap, the longest wins.

        `lemma_lang`: also match plain entries by the lemma in this language (for language-free tables such
        as actors' inflected titles: "президента Украины" finds "президент украины").
        """
        found = self._scanners.get(lemma_lang)
        if found is None:
            found = self._scanners[lemma_lang] = Scanner((Pass(self, lemma_lang),))
        return found.find(tokens)[0]


class Pass(NamedTuple):
    """One lexicon of a `Scanner`, matched as `lexicon.find(tokens, lemma_lang)` would, keeping only `concepts`
    (all when None; entries of other concepts change nothing about these concepts' matches)."""

    lexicon: Lexicon
    lemma_lang: str | None = None
    concepts: frozenset[str] | None = None


# A candidate entry at a word: (its rank among the word's candidates, pass, concept, parts).
_Candidate = tuple[int, int, str, tuple[tuple[str, str], ...]]


class _Starts(NamedTuple):
    """The entries that may start at a word, indexed by what they need of the next token."""

    alone: tuple[_Candidate, ...]  # one-token entries
    any_next: tuple[_Candidate, ...]  # second part a prefix or a gap: checked one by one
    by_next: dict[str, tuple[_Candidate, ...]]  # second part a word: looked up by the next word or its lemma
    next_lemmas: tuple[str, ...]  # the languages whose lemma of the next word by_next needs


_NOTHING = _Starts((), (), {}, ())
# A match found from a token: (pass, concept, tokens after the first).
_Hit = tuple[int, str, int]
_new_match = tuple.__new__  # ConceptMatch(...) without the Python-level __new__ of a NamedTuple


# the lexicon walk's cache of word pairs: at most this many first words, and next words for each (then cleared)
_CACHED_WORDS: Final = 20_000
_CACHED_NEXT: Final = 2_000


class Scanner:
    """Several lexicons matched in one walk over a sentence's tokens (concepts, places, actors' inflected names).

    The entries that may start at a word, through any pass, are looked up once per distinct word (its lemma
    included) and cached, grouped by the next word they need; what matches from a word followed by another is
    cached per pair of words (when an entry of three or more tokens got that far, per as many words as the longest
    such entry has, or up to the first punctuation mark no entry holds). A sentence then costs one dictionary
    lookup per token and one per pair that starts an entry; a word is lemmatised once per scanner, a next word
    only when an entry may need its lemma.
    """

    def __init__(self, passes: tuple[Pass, ...]) -> None:
        self.passes = passes
        self._lemma_langs: list[str | None] = []
        for p in passes:
            lang = p.lemma_lang or p.lexicon.lang
            self._lemma_langs.append(lang if lang in LEMMATISED else None)
        self._cache: dict[str, _Starts] = {}
        # the punctuation marks some entry holds inside it: after a word, such a mark is looked up like a word
        self._marks: frozenset[str] = frozenset().union(*(p.lexicon.marks for p in passes))
        # (word, next word) -> its matches; or, when an entry of three or more tokens is among them (its match
        # depends on the tokens after), the candidates that passed the two words and the longest one's length
        # (then the matches are cached per that many words, or fewer when a punctuation mark no entry holds
        # comes first: no entry matches past it)
        self._pairs: dict[str, dict[str | None, tuple[tuple[_Hit, ...], tuple[_Candidate, ...] | None, int]]] = {}
        self._grams: dict[tuple[str | None, ...], tuple[_Hit, ...]] = {}

    def find(self, tokens: list[Token]) -> list[list[ConceptMatch]]:
        """Each pass's matches, as `Lexicon.find` gives them."""
        return self.walk(tokens, (True,) * len(self.passes))[1]

    def walk(self, tokens: list[Token], flat: tuple[bool, ...]) -> tuple[list[dict[str, list[ConceptMatch]]],
                                                                         list[list[ConceptMatch]]]:
        """Each pass's matches grouped by concept (a concept's in order, the concepts in the order first found,
        as grouping `find`'s would give them), and, for the passes whose `flat` is true, the matches as `find`
        gives them (an empty list for the others)."""
        cache = self._cache
        pairs = self._pairs
        grams = self._grams
        marks = self._marks
        # per pass, concept -> its matches; the last one kept reaches furthest (a match of a concept inside a
        # longer match of the same concept adds nothing)
        groups: list[dict[str, list[ConceptMatch]]] = [{} for _ in self.passes]
        flats: list[list[ConceptMatch]] = [[] for _ in self.passes]
        n = len(tokens)
        for i, tok in enumerate(tokens):
            word = tok.text
            starts = cache.get(word)
            if starts is None:
                starts = self._starts(word)
                if len(cache) >= 200_000:
                    cache.clear()
                cache[word] = starts
            if starts is _NOTHING:
                continue
            nxt = tokens[i + 1] if i + 1 < n else None  # a word, or a mark some entry holds (inline: a hot loop)
            after = nxt.text if nxt is not None and (nxt.is_word or nxt.text in marks) else None
            # by word, then by the next (two lookups by string cost less than one by a new tuple of both)
            by_after = pairs.get(word)
            if by_after is None:
                if len(pairs) >= _CACHED_WORDS:
                    pairs.clear()
                by_after = pairs[word] = {}
            pair = by_after.get(after)
            if pair is None:
                cands = self._candidates(starts, after)
                longest = max((len(c[3]) for c in cands), default=0)
                if longest > 2:
                    pair = ((), cands, longest)
                else:  # the same two words always match the same way
                    pair = (self._hits(cands, tokens, i), None, 0)
                if len(by_after) >= _CACHED_NEXT:
                    by_after.clear()
                by_after[after] = pair
            if pair[1] is None:
                hits = pair[0]
            else:  # an entry of three tokens or more may start here: the same words always match the same way
                if pair[2] == 3:
                    third = _gram_text(tokens[i + 2], marks) if i + 2 < n else None
                    gram: tuple[str | None, ...] = (word, after, third)
                else:  # up to the longest entry's length, or up to the first token that is no word
                    ws: list[str | None] = [word, after]
                    j = i + 2
                    while len(ws) < pair[2] and ws[-1] is not None:
                        ws.append(_gram_text(tokens[j], marks) if j < n else None)
                        j += 1
                    gram = tuple(ws)
                hits_n = grams.get(gram)
                if hits_n is None:
                    hits_n = self._hits(pair[1], tokens, i)
                    if len(grams) >= 200_000:
                        grams.clear()
                    grams[gram] = hits_n
                hits = hits_n
            for k, concept, length in hits:
                last = i + length
                group = groups[k]
                found = group.get(concept)
                if found is None:
                    m = _new_match(ConceptMatch, (concept, i, last, tok.start, tokens[last].end))
                    group[concept] = [m]
                elif found[-1][2] >= last:
                    continue
                else:
                    m = _new_match(ConceptMatch, (concept, i, last, tok.start, tokens[last].end))
                    found.append(m)
                if flat[k]:
                    flats[k].append(m)
        return groups, flats

    def _candidates(self, starts: _Starts, after: str | None) -> tuple[_Candidate, ...]:
        """The entries that match a word and the next (`after`, None when a punctuation mark or nothing
        follows) as far as their first two parts, in their own order."""
        if after is None:
            return starts.alone
        if after in self._marks and not _is_word(after):  # an entry with that mark second: "везде, кроме"
            got = starts.by_next.get(after)
            return tuple(sorted((*starts.alone, *got))) if got else starts.alone
        # the index already matched the first part (by word, lemma or prefix); the second part is
        # matched here, by the next word, because most multiword candidates fail on it
        matched = list(starts.alone)
        folded = fold_greek(after)
        for c in starts.any_next:
            mode, text = c[3][1]
            if mode == "_" or folded.startswith(text):
                matched.append(c)
        if starts.by_next:
            got = starts.by_next.get(after)
            if got:
                matched.extend(got)
            for lang in starts.next_lemmas:
                lem = _lemma(after, lang)
                if lem != after:
                    got = starts.by_next.get(lem)
                    if got:
                        matched.extend(c for c in got if self._lemma_langs[c[1]] == lang)
        matched.sort()  # the candidates' own order: which concept is found first at a token
        return tuple(matched)

    def _hits(self, cands: tuple[_Candidate, ...], tokens: list[Token], i: int) -> tuple[_Hit, ...]:
        """The matches of candidates from token i: per (pass, concept) the longest, longest first, ties in the
        order found."""
        here: dict[tuple[int, str], int] = {}  # per (pass, concept) the longest match, in the order first found
        for _, k, concept, parts in cands:
            np = len(parts)
            if np <= 2:
                length = np - 1  # tokens after the first
            else:
                last = _match(parts, tokens, self._lemma_langs[k], i)
                if last is None:
                    continue
                length = last - i
            key = (k, concept)
            prev = here.get(key)
            if prev is None or prev < length:
                here[key] = length
        # longest first (a stable sort: ties keep the order found); nested matches of a concept are dropped later
        ordered = sorted(here.items(), key=_longest_first)
        return tuple((k, concept, length) for (k, concept), length in ordered)

    def _starts(self, word: str) -> _Starts:
        """The entries of every pass that may start at a word (by the word, its lemma, or a prefix) or at a comma."""
        mark = not _is_word(word)
        if mark and word != ",":
            return _NOTHING
        cands: list[_Candidate] = []
        folded = fold_greek(word)  # stems are indexed folded (compile_lexicon)
        for k, (lex, _, concepts) in enumerate(self.passes):
            lem = self._lemma_langs[k] if not mark else None
            lemma_ = _lemma(word, lem) if lem is not None else None
            found = list(lex.by_word.get(word, ()))
            if lemma_ and lemma_ != word:
                found.extend(lex.by_word.get(lemma_, ()))
            for n in lex.prefix_lengths if not mark else ():
                if n > len(word):
                    break
                found.extend(lex.by_prefix.get(folded[:n], ()))
            for e in found:
                if concepts is None or e.concept in concepts:
                    cands.append((len(cands), k, e.concept, e.parts))
        if not cands:
            return _NOTHING
        alone: list[_Candidate] = []
        any_next: list[_Candidate] = []
        by_next: dict[str, list[_Candidate]] = {}
        langs: set[str] = set()
        for c in cands:
            parts = c[3]
            if len(parts) == 1:
                alone.append(c)
            elif parts[1][0] == "x":
                by_next.setdefault(parts[1][1], []).append(c)
            elif parts[1][0] == "w":
                by_next.setdefault(parts[1][1], []).append(c)
                lem = self._lemma_langs[c[1]]
                if lem is not None:
                    langs.add(lem)
            else:
                any_next.append(c)
        next_words = {w: tuple(cs) for w, cs in by_next.items()}
        return _Starts(tuple(alone), tuple(any_next), next_words, tuple(sorted(langs)))


def _longest_first(item: tuple[tuple[int, str], int]) -> int:
    """Sort key: the longest match first."""
    return -item[1]


def _match(parts: tuple[tuple[str, str], ...], tokens: list[Token], lemma_lang: str | None, i: int) -> int | None:
    """The index of the last token when `parts` match from token i (skipping no punctuation), else None."""
    j = i
    for k, (mode, text) in enumerate(parts):
        if k:
            j += 1
        if j >= len(tokens):
            return None
        if mode == "x":  # a punctuation mark of the entry
            if tokens[j].text != text:
                return None
            continue
        if not tokens[j].is_word:
            return None
        word = tokens[j].text
        if mode == "_":
            continue
        if mode == "p":
            if not fold_greek(word).startswith(text):
                return None
        elif word != text and (lemma_lang is None or _lemma(word, lemma_lang) != text):
            return None
    return j


def lemma(word: str, lang: str) -> str:
    """The lemma of a lowercased word (the word itself where the language has no lemmatiser)."""
    return _lemma(word, lang) if lang in LEMMATISED else word


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower().replace("ё", "е")


def compile_lexicon(lang: str, raw: Mapping[str, object], where: str, names_are_concepts: bool = True) -> Lexicon:
    """Index a table of named entry lists; a malformed entry is an error naming the file and the name.

    The same machinery matches concepts (UPPER_CASE names), actors' inflected names and places. `raw`'s values
    are `object`, checked here: compiled (mypyc), a declared `list[str]` would be checked as it is read, raising a
    TypeError that names no file.
    """
    lex = Lexicon(lang, frozenset(raw))
    lengths: set[int] = set()
    marks: set[str] = set()
    for concept, entries in raw.items():
        if names_are_concepts and not re.fullmatch(r"[A-Z][A-Z0-9_]*", concept):
            raise VocabularyError(f"{where}: concept names are UPPER_CASE: {concept!r}")
        if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
            raise VocabularyError(f"{where}: {concept} must be a list of non-empty strings")
        repeated = sorted(e for e, n in Counter(entries).items() if n > 1) if names_are_concepts else []
        if repeated:  # a second copy matches nothing new: a sign the list was edited without reading it
            # (an actor's forms, made from its names and titles, may repeat one another)
            raise VocabularyError(f"{where}: {concept}: entries listed twice: {', '.join(repeated)}")
        for text in entries:
            for parts in _entry_parts(text, lang):
                if not parts or parts[0][0] == "_":
                    raise VocabularyError(f"{where}: {concept}: entry {text!r} must start with a word or a comma")
                entry = Entry(concept, parts)
                marks.update(text for mode, text in parts if mode == "x")
                mode, first = parts[0]
                if mode == "p":
                    if len(first) < 2:
                        raise VocabularyError(f"{where}: {concept}: stem {text!r} is too short")
                    lex.by_prefix.setdefault(first, []).append(entry)
                    lengths.add(len(first))
                else:
                    lex.by_word.setdefault(first, []).append(entry)
    lex.prefix_lengths = tuple(sorted(lengths))
    lex.marks = frozenset(marks)
    return lex


def _entry_parts(text: str, lang: str) -> list[tuple[tuple[str, str], ...]]:
    """An entry's parts as the text of its language is tokenised; a table for every language (actors' forms,
    "xx") holds an entry with an apostrophe both ways, as Ukrainian keeps it inside a word ("об'єднані") and other
    languages split at it ("Zelensky's")."""
    variants = [tuple(_part(p) for p in _entry_tokens(text, lang))]
    if lang not in _TOKENS and ("'" in text or "’" in text):
        variants.append(tuple(_part(p) for p in _entry_tokens(text, "uk")))
    return variants


def _entry_tokens(text: str, lang: str) -> list[str]:
    out = []
    for tok in tokenize(text.replace("*", "_STAR_"), lang):
        if tok.text == "_":
            out.append("_")
        elif tok.is_word:
            out.append(tok.text.replace("_star_", "*"))
        else:
            out.append(_MARK + tok.text)
    while out and out[0].startswith(_MARK) and out[0] != _MARK + ",":
        out.pop(0)  # (a leading comma is kept: ", not" is the "not" of a contrast after a comma)
    while out and out[-1].startswith(_MARK):
        out.pop()  # ("u.s." ends with a word: its last full stop is the sentence's, or nobody's)
    return out


_MARK = "\x00"  # a punctuation mark of an entry, as _entry_tokens passes it to _part


def _gram_text(tok: Token, marks: frozenset[str]) -> str | None:
    """A token as the walk's caches key it: a word, a mark some entry holds, or None (nothing matches past it)."""
    return tok.text if tok.is_word or tok.text in marks else None


def _part(token: str) -> tuple[str, str]:
    if token.startswith(_MARK):
        return ("x", token[1:])
    if token == "_":
        return ("_", "")
    if token.endswith("*"):
        return ("p", fold_greek(token[:-1]))
    return ("w", token)


@lru_cache(maxsize=len(LANGUAGES))
def lexicon(lang: str) -> Lexicon:
    """The shipped lexicon of a language (English for a language without one), compiled once."""
    if lang not in LANGUAGES:
        lang = "en"
    return compile_lexicon(lang, _shipped(lang), f"lexicon/{lang}.toml")


@lru_cache(maxsize=len(LANGUAGES))
def _shipped_file(lang: str) -> dict[str, dict[str, list[str]]]:
    """A shipped lexicon file, as written: its [concepts] and its [endings]."""
    where = f"lexicon/{lang}.toml"
    raw: dict[str, dict[str, list[str]]] = tomllib.loads(
        resources.files("extractors").joinpath(where).read_text(encoding="utf-8"))
    return raw


def _shipped(lang: str) -> dict[str, list[str]]:
    """A shipped lexicon file's concepts, as written."""
    return _shipped_file(lang).get("concepts", {})


@cache
def word_endings(name: str, lang: str | None = None) -> tuple[str, ...]:
    """A named list of word endings ([endings] of the lexicons: "PLURAL_VERB" is "-ли", "-ют", "-лися" ...), of
    one language or of every one: the reader's morphology for what the lemmatiser does not say (number, case,
    a participle), tested with str.endswith. en.toml names every list (perhaps empty); an entry is letters only."""
    if name not in _shipped_file("en").get("endings", {}):
        raise VocabularyError(f"lexicon/en.toml: no [endings] {name}")
    out: set[str] = set()
    for code in LANGUAGES if lang is None else (lang,):
        entries = _shipped_file(code).get("endings", {}).get(name, [])
        for entry in entries:
            if not (isinstance(entry, str) and entry.isalpha() and entry == entry.lower()):
                raise VocabularyError(f"lexicon/{code}.toml: [endings] {name}: {entry!r} is not lowercase letters")
        out.update(entries)
    return tuple(sorted(out, key=lambda e: (-len(e), e)))


@cache
def concept_words(concept: str) -> frozenset[str]:
    """A concept's entries in every language's lexicon, as the token texts they are ("after", "после", "після"):
    for code that asks whether one token is such a word, in whatever language the sentence is (a plain set
    lookup: no lemma, no stem). A concept en.toml does not name, or an entry that is not one word, is an error."""
    out = _entries(concept)
    for entry in out:
        if [t.text for t in tokenize(entry, "uk")] != [entry]:
            raise VocabularyError(f"lexicon: {concept}: {entry!r} is not one lowercase word (concept_words)")
    return frozenset(out)


@cache
def concept_phrases(concept: str) -> frozenset[tuple[str, ...]]:
    """A concept's entries in every language's lexicon, each as the token texts `phrase_tokens` makes of it ("yes",
    ("yes", ",", "of", "course"), ("ни", "в", "коем", "случае")): for code that asks whether a run of tokens is
    one of them as a whole, in whatever language the text is (plain words: no lemma, no stem, no gap). A mark
    inside an entry is a token to match, a mark at its start or end is dropped (as the lexicon drops it); a
    concept en.toml does not name, or an entry with a stem or a gap, is an error."""
    out = set()
    for entry in _entries(concept):
        words = [t.text for t in phrase_tokens(entry)]
        while words and not _is_word(words[-1]):
            words.pop()
        while words and not _is_word(words[0]):
            words.pop(0)
        if not words or "*" in entry or "_" in words:
            raise VocabularyError(f"lexicon: {concept}: {entry!r} is not a phrase of plain words (concept_phrases)")
        out.add(tuple(words))
    return frozenset(out)


def phrase_tokens(text: str) -> list[Token]:
    """A text's tokens as `concept_phrases` compares them, in whatever language the text is (Ukrainian's rule for
    apostrophes: "that's" is one word, as "об'єднані" is)."""
    return tokenize(text, "uk")


def phrase_opening(text: str) -> str | None:
    """The text of `phrase_tokens(text)[0]` if that token starts at the text's first character, else None (a space,
    a quote mark or a bare apostrophe first, or no token): one match of the token pattern instead of the whole text's
    tokens, for code that rejects most texts by their first word (interviews' bare answers)."""
    m = _TOKENS["uk"].match(text)
    if m is None:
        return None
    raw = m.group(0)
    if len(raw) == 1 and (raw in QUOTE_MARKS or raw in "'’"):
        return None  # no token: `tokenize` skips it, and its first token starts further on
    # folded as `tokenize` folds it: the whole text at once, or this token alone when the text's lowercase is longer
    folded = text.replace("İ", "I").lower().replace("ё", "е").replace("’", "'")
    if len(folded) != len(text):
        return raw.replace("İ", "i").lower().replace("ё", "е").replace("’", "'")
    return folded[: m.end()]


@cache
def concept_stems(concept: str) -> tuple[str, ...]:
    """A concept's stems (`stem*` entries) in every language's lexicon, for code that asks whether a token starts
    with one ("country*", "країн*", "стран*"), in whatever language the sentence is; every entry must be a stem.
    Greek stems come folded, as the lexicon matches them: compare `fold_greek(token.text)` ("χώρα*" is "χωρών")."""
    out = []
    for entry in sorted(_entries(concept)):
        if not entry.endswith("*") or [t.text for t in tokenize(entry[:-1], "uk")] != [entry[:-1]]:
            raise VocabularyError(f"lexicon: {concept}: {entry!r} is not one lowercase stem* (concept_stems)")
        out.append(fold_greek(entry[:-1]))
    return tuple(out)


@cache
def concept_texts(concept: str) -> tuple[str, ...]:
    """A concept's entries in every language's lexicon as written, sorted (stems "заявил*", phrases "as he said"):
    for code that builds a text pattern of them rather than matching tokens (the dates' verbs of saying)."""
    return tuple(sorted(_entries(concept)))


def concept_entries(concept: str, lang: str) -> tuple[str, ...]:
    """One language's entries of a concept, in the order its lexicon lists them, each one word (a token's text):
    for code that builds something of that language's words (actors' pronoun patterns)."""
    if concept not in _shipped("en"):
        raise VocabularyError(f"lexicon/en.toml: no concept {concept}")
    out = tuple(_shipped(lang).get(concept, ()))
    for entry in out:
        if [t.text for t in tokenize(entry, "uk")] != [entry]:
            raise VocabularyError(f"lexicon/{lang}.toml: {concept}: {entry!r} is not one lowercase word")
    return out


def _entries(concept: str) -> set[str]:
    """Every language's entries of a concept; the concept must be one en.toml names (perhaps with no entries)."""
    if concept not in _shipped("en"):
        raise VocabularyError(f"lexicon/en.toml: no concept {concept}")
    return {e for lang in LANGUAGES for e in _shipped(lang).get(concept, ())}
