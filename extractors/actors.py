"""The actor dictionary: who speaks for which party, found by name, title, inflected form or typo.

The dictionary is data (`extractors/data/actors.toml`, checked when it loads)
so analysts extend it without touching code. Latin-script aliases and titles
match exactly (case-sensitive, longest first); `forms` and `title_forms`
match case-insensitively through the lexicon machinery, so `путин*` finds
Путина, Путину and путіна alike (Ukrainian outlets write the name in lower
case); distinctive surnames also match with typos ("Peksov", "Zenesky").
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any, Final, NamedTuple

from domain.vocabulary import VocabularyError, vocabulary
from extractors.lexicon import LANGUAGES, ConceptMatch, Lexicon, Token, compile_lexicon, concept_entries, tokenize

ROLES = ("leader", "head", "official", "institution")
NO_PARTY = "none"
FUZZY_CUTOFF = 0.8
# Third-person singular pronouns that take the last person named (resolved by attribution), per language.
_PRONOUN_WORDS = {lang: "|".join(concept_entries("PRONOUN", lang)) for lang in LANGUAGES}  # lexicons' PRONOUN
# The characters each letter of a pronoun matches case-insensitively, as the regex engine judges it (a test checks
# every code point): the pronoun patterns are then case-sensitive and open with a lookahead on the first letters'
# characters, which lets the engine skip to them (re.IGNORECASE keeps it from skipping; ~1/3 of the scan). A
# letter missing here fails at import.
_CASES = {
    "a": "Aa", "e": "Ee", "h": "Hh", "i": "Iiİı", "l": "Ll", "n": "Nn", "o": "Oo", "r": "Rr", "s": "Ssſ", "u": "Uu",
    "é": "Éé", "ή": "Ήή", "α": "Αα", "ς": "Σςσ", "τ": "Ττ", "υ": "Υυ", "ό": "Όό", "а": "Аа", "в": "Ввᲀ", "н": "Нн",
    "о": "Ооᲂ", "і": "Іі",
}


def _pronoun_pattern(words: str) -> re.Pattern[str]:
    """`\\b(?:he|she)\\b` matched case-insensitively, as a case-sensitive pattern (the words are letters: a
    boundary before and after them is no word character there). It opens with the set of the first letters'
    characters (`[HShsſ]`: the engine skips from one to the next, where a pattern opening with a lookahead is tried
    at every position, ~2x the work), then looks back past that character for a word character before it and at
    which first letter it was for the rest of each word: `[HShsſ](?<!\\w.)(?:(?<=[Hh])[Ee]|(?<=[Ssſ])[Hh][Ee])`."""
    alternatives = words.split("|")
    firsts = "".join(sorted({c for w in alternatives for c in _CASES[w[0]]}))
    body = "|".join(f"(?<=[{_CASES[w[0]]}])" + "".join(f"[{_CASES[c]}]" for c in w[1:]) for w in alternatives)
    return re.compile(rf"[{firsts}](?<!\w.)(?:{body})(?!\w)")


_PRONOUNS: Final = {lang: _pronoun_pattern(w) for lang, w in _PRONOUN_WORDS.items()}
# each language's prepositions (lexicons' PREP): a side named right after one is its object ("у Москві", "in Kyiv"),
# never a title of the person named next; not the possessor's "of", which completes a title ("The speaker of Kremlin
# Dmitry Peskov")
_PREPS: Final = {lang: frozenset(concept_entries("PREP", lang)) - frozenset(concept_entries("POSSESSOR_OF", lang))
                 for lang in LANGUAGES}
_LAST_WORD: Final = re.compile(r"(\w+)\W*$")
# 'His office later confirmed ...', «Его офис подтвердил», «Його офіс повідомив»: the office of the last person
# named speaks for him, resolved as his pronoun is
# (each opens with its first letters, then looks back past that letter for a word character, as the pronouns do:
# the engine skips to those letters, where a pattern opening with a boundary is tried at every position, ~2x the work)
_HIS_OFFICE: Final = {
    "en": re.compile(r"[Hh](?<!\w.)(?:is|er) (?:office|press service)\b"),
    "ru": re.compile(r"[Ее](?<!\w.)(?:го|[её]) (?:офис|пресс-служба)(?!\w)"),
    "uk": re.compile(r"[ЙйЇї](?<!\w.)(?:(?<=[Йй])ого|(?<=[Її])ї) (?:офіс|пресслужба|прес-служба)(?!\w)"),
}


@dataclass(frozen=True)
class Actor:
    name: str
    party: str  # a party id, or "none" for a head of state who is no party to this story
    role: str = "official"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()
    title_forms: tuple[str, ...] = ()  # the titles in other languages, lower case ("помощник путина")
    home: str | None = None
    since: date | None = None
    until: date | None = None
    # an institution's forms written whole ("київ", "москва"): nominatives, whatever a lemmatiser makes of them
    nominatives: frozenset[str] = frozenset()
    # (h_venue6) a person's stems ("путин*": "путин"), whose bare form is the nominative and whose form in -а/-я a
    # genitive or accusative ("Путина"), whatever a lemmatiser makes of it (путина: a fishing season)
    stems: frozenset[str] = frozenset()

    @property
    def kind(self) -> str:
        """person or institution: pronouns resolve only to persons."""
        return "institution" if self.role == "institution" else "person"

    def active(self, on: date | None) -> bool:
        """Whether a title of this actor stood for them on that day."""
        if on is None:
            return True
        return (self.since is None or on >= self.since) and (self.until is None or on <= self.until)


class Mention(NamedTuple):
    """Where an actor (or a pronoun) is named in a text."""

    start: int
    end: int
    actor: Actor | None  # None for a pronoun, resolved later
    how: str  # name | title | form | fuzzy | pronoun | role | adjective (a party's, before a noun of what was said)
    words: str = ""  # a role's own words ("the foreign minister"), to find whom it refers to


# Mention(...) without the Python-level __new__ of a NamedTuple (all five fields given)
_new_mention: Final = tuple.__new__
_START: Final = itemgetter(0)  # a mention's start


@dataclass
class ActorIndex:
    actors: tuple[Actor, ...]
    forms: Lexicon | None = None  # concept names are actor positions ("A12")
    _exact: re.Pattern[str] = field(init=False)
    _by_phrase: dict[str, tuple[Actor, str]] = field(init=False)
    _by_phrase_titles: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self._by_phrase = {}
        self._by_phrase_titles = frozenset(t for a in self.actors for t in a.titles)
        for actor in self.actors:
            for phrase in (actor.name, *actor.aliases):
                self._by_phrase.setdefault(phrase, (actor, "name"))
            for phrase in actor.titles:
                self._by_phrase.setdefault(phrase, (actor, "title"))
                # "the Kremlin leader" opening a sentence: "The Kremlin leader told ..." (else "The Kremlin" is read)
                if phrase.startswith("the "):
                    self._by_phrase.setdefault("The" + phrase[3:], (actor, "title"))
        firsts = re.escape("".join(sorted({p[0] for p in self._by_phrase})))
        self._exact = re.compile(
            r"(?<![\w-])(?=[" + firsts + r"])(?:" + phrase_regex(set(self._by_phrase)) + r")(?![\w-])"
        )
        self._by_surname = {s.lower(): a for a in self.actors for s in a.fuzzy}
        self._by_initial: dict[str, list[str]] = {}
        for surname in self._by_surname:
            self._by_initial.setdefault(surname[0], []).append(surname)
        self._fuzzy_cache: dict[str, Actor | None] = {}
        # an inflected-names concept ("A12": the actor's names, "T12": its titles) -> the actor, and whether a title
        self._by_concept = {c: (self.actors[int(c[1:])], c.startswith("T")) for c in (self.forms.concepts
                                                                                      if self.forms else ())}
        initials = re.escape("".join(sorted({s[0].upper() for s in self._by_surname})))
        # the capital first, then the look back past it: a pattern that opens with a set of characters lets the
        # regex engine skip to them (about 2x faster than opening with the look-behind; same matches); without
        # surnames nothing is a typo of one
        self._capword = re.compile(
            r"[" + initials + r"](?<![\w-].)[a-z]{3,}(?:y|yy|iy|yi|i)?(?![\w-])" if initials else r"(?!)")
        # per language: the surname-typo, pronoun and 'his office' patterns scanned as one (`_one_scan`)
        self._after_names: dict[str, re.Pattern[str]] = {}

    def mentions(self, text: str, on: date | None = None, tokens: list[Token] | None = None,
                 lang: str = "en", forms: list[ConceptMatch] | None = None) -> list[Mention]:
        """Every actor mention and pronoun in the text, in order, adjacent mentions of one actor merged.

        `on`: the article's date, so a title names whoever held it then ("Ukraine's foreign minister").
        `forms`: `self.forms.find(tokens, lemma_lang=lang)` when the caller already has it (`analyse` with
        this index's forms: `View.actor_forms`).
        """
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self._exact.finditer(text):
            actor, how = self._by_phrase[m.group(0)]
            if how == "title" and _other_minister(m.group(0), text, m.end()):
                continue
            if how == "title" and not actor.active(on):
                actor = self._holder(m.group(0), on) or actor
            start, end = m.span()
            found.append(_new_mention(Mention, (start, end, actor, how, "")))
            taken.append((start, end))
        if self.forms is not None:
            if forms is None:
                forms = self.forms.find(tokens if tokens is not None else tokenize(text, lang), lemma_lang=lang)
            by_concept = self._by_concept
            for cm in forms:
                actor, titled = by_concept[cm.concept]
                start, end = cm.start, cm.end
                if titled and actor.active(on) and taken and _holds_names(start, end, taken):
                    # "porte-parole du Kremlin", "portavoce del Cremlino": the title holds the exact name of
                    # another actor (the Kremlin), which it replaces
                    found = [f for f in found if not (start <= f.start and f.end <= end)]
                    taken = [(s, e) for s, e in taken if not (start <= s and e <= end)]
                if titled and _other_minister(text[start:end], text, end):
                    continue
                if (taken and any(s < end and start < e for s, e in taken)) or (titled and not actor.active(on)):
                    continue  # "глава МИД Украины" in 2025 is not Kuleba; "Кулеба" still is
                found.append(_new_mention(Mention, (start, end, actor, "title" if titled else "form", "")))
                taken.append((start, end))
        # pronouns, 'his office' and surname typos in one scan (group 1: a surname typo, tried last; else a
        # pronoun); none starts inside another's match, and a pronoun that also reads as a surname typo ("Elle") is
        # tried as one too, so one scan finds what the three found (tests/test_actor_patterns.py); the sort by start
        # below orders them as before
        # (whether a match starts inside a taken span: loops, not any() over a generator, ~23,000 times a pass)
        after_names = self._after_names.get(lang)
        if after_names is None:
            after_names = self._after_names[lang] = self._after_names_pattern(lang)
        for m in after_names.finditer(text):
            at = m.start()
            for s, e in taken:
                if s <= at < e:
                    break
            else:
                typo = m if m.lastindex == 1 else self._capword.match(text, at)
                if typo is not None and not _first_name_of(typo.end(), text, taken):
                    fuzzy = self._fuzzy(typo.group(0))
                    if fuzzy:
                        found.append(_new_mention(Mention, (at, typo.end(), fuzzy, "fuzzy", "")))
                if m.lastindex != 1:
                    found.append(_new_mention(Mention, (at, m.end(), None, "pronoun", "")))
        found.sort(key=_START)
        return _merge_adjacent(found, text, _PREPS.get(lang, _PREPS["en"]))

    def _after_names_pattern(self, lang: str) -> re.Pattern[str]:
        """The language's pronouns, its 'his office' (if any) and the surname typos (group 1, last; none when no
        surname starts with a capital) as one pattern."""
        office = _HIS_OFFICE.get(lang)
        typos = [] if self._capword.pattern == r"(?!)" else [self._capword]
        return _one_scan([_PRONOUNS.get(lang, _PRONOUNS["en"]), *([office] if office is not None else []), *typos],
                         last_is_group_1=bool(typos))

    def _holder(self, title: str, on: date | None) -> Actor | None:
        """Who held a title on a day, when several actors share it over time."""
        if title.startswith("The ") and title not in self._by_phrase_titles:
            title = "the" + title[3:]  # a title opening the sentence
        return next((a for a in self.actors if title in a.titles and a.active(on)), None)

    def _fuzzy(self, word: str) -> Actor | None:
        """A typo of a distinctive surname; same first letter and close length (cheap, and fewer false hits)."""
        key = word.lower()
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        actor = None
        candidates = [c for c in self._by_initial.get(key[:1], ()) if abs(len(c) - len(key)) <= 2]
        if len(key) >= 5 and candidates:
            close = difflib.get_close_matches(key, candidates, n=1, cutoff=FUZZY_CUTOFF)
            actor = self._by_surname[close[0]] if close else None
        if len(self._fuzzy_cache) > 50_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[key] = actor
        return actor


def _first_name_of(end: int, text: str, taken: list[tuple[int, int]]) -> bool:
    """Whether a word ending at `end` stands just before a name already found ("Dmitri Peskow"): it is that
    person's first name, not a typo of another's surname ("Dmitri" is close to "Dmitriev")."""
    gap = len(text[end:]) - len(text[end:].lstrip())
    return gap > 0 and any(s == end + gap for s, _ in taken)  # a space, a no-break space or a line between


def _one_scan(patterns: list[re.Pattern[str]], last_is_group_1: bool) -> re.Pattern[str]:
    """Patterns that each open with a set of characters (`[Hh]rest`), as one that opens with the union of the sets
    (the regex engine skips to its characters, as it does for each) and then tries each pattern's rest where its own
    set matched the character just read, in the given order: `[ABHh](?:(?<=[AB])rest()|(?<=[Hh])rest2)`. At a
    position it matches what the first pattern matching there matches. The last pattern's branch ends with an
    empty group 1 when `last_is_group_1` (`lastindex` then tells which matched)."""
    sets, branches = [], []
    for i, pattern in enumerate(patterns):
        source = pattern.pattern
        close = source.find("]", 2)  # a set opens it, neither negated nor holding ']'
        if not source.startswith("[") or source[1] in "^]" or close < 0 or pattern.groups \
                or pattern.flags != re.UNICODE or "\\" in source[1:close]:
            raise ValueError(f"not a pattern opening with a plain set of characters: {source!r}")
        chars = source[1:close]
        sets.append(chars)
        marked = i == len(patterns) - 1 and last_is_group_1
        branches.append(f"(?<=[{chars}]){source[close + 1:]}" + ("()" if marked else ""))
    return re.compile("[" + "".join(sets) + "](?:" + "|".join(branches) + ")")


# (review, session 37) "the Russian minister", «турецкий министр»: a title that names the foreign minister only
# when nothing says which minister: a portfolio after it ("of defence", «обороны», "della Difesa") or a name
# ("Андрей Белоусов") makes it another minister (the words: actors.toml [bare_minister])
_NEXT_WORD: Final = re.compile(r"[\s\u00a0]*(\w+)")


class _MinisterWords(NamedTuple):
    minister: frozenset[str]  # the noun of a bare "<nationality> minister" title
    articles: frozenset[str]  # the articles before it, not counted
    links: frozenset[str]  # a word that links a portfolio after it ("of", "della")
    portfolios: tuple[str, ...]  # the stems of portfolios said without a link («обороны», "rolnictwa")
    named: frozenset[str]  # a portfolio said in the title itself ("Foreign Minister")


@lru_cache(maxsize=1)
def _minister_words() -> _MinisterWords:
    """The words of a bare minister title, read once from actors.toml: data, as the titles themselves are."""
    raw = tomllib.loads(resources.files("extractors").joinpath("data/actors.toml").read_text(encoding="utf-8"))
    return minister_words(raw.get("bare_minister"))


def minister_words(table: object) -> _MinisterWords:
    """actors.toml's [bare_minister], checked: each of its five keys a list of lowercase words, so a slip in the data
    stops the reader with the key's name rather than a KeyError deep in a read."""
    if not isinstance(table, dict):
        raise ValueError("actors.toml: [bare_minister] is missing or not a table")
    lists: dict[str, list[str]] = {}
    for key in _MinisterWords._fields:
        words = table.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise ValueError(f"actors.toml: [bare_minister] {key} must be a non-empty list of lowercase words")
        lists[key] = words
    return _MinisterWords(frozenset(lists["minister"]), frozenset(lists["articles"]), frozenset(lists["links"]),
                          tuple(lists["portfolios"]), frozenset(lists["named"]))


def _other_minister(phrase: str, text: str, end: int) -> bool:
    """A bare "<nationality> minister" followed by a portfolio or a name: another minister than the foreign one."""
    mw = _minister_words()
    words = [w for w in phrase.lower().split() if w not in mw.articles]
    if len(words) != 2 or mw.minister.isdisjoint(words) or not mw.named.isdisjoint(words):
        return False  # "Russian Foreign Minister", "ρώσος υπουργός εξωτερικών": the portfolio said
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word[0].isupper() or word.lower() in mw.links or word.lower().startswith(mw.portfolios)


def _holds_names(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Some name already found lies within [start, end) and none straddles its edges: a longer title holds it."""
    inside = False
    for s, e in taken:
        if s < end and start < e:
            if not (start <= s and e <= end) or (s, e) == (start, end):
                return False
            inside = True
    return inside


def phrase_regex(phrases: list[str] | set[str]) -> str:
    """An alternation of literal phrases as a trie: the regex engine then tests one branch per letter,
    not every phrase at every position (a 250-name alternation is otherwise the slowest part of reading)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _merge_adjacent(mentions: list[Mention], text: str, preps: frozenset[str] = frozenset()) -> list[Mention]:
    """'Kremlin spokesman Dmitry Peskov' is one mention, not a title and a name; `preps`: the language's
    prepositions, whose object is no title ("Того ж дня у Москві Володимир Путін заявив")."""
    out: list[Mention] = []
    for m in mentions:
        # one first name or nothing between: "речник кремля дмитро пєсков" is one mention
        if out and m.actor is not None and _same(out[-1].actor, m.actor) and (
                not (between := text[out[-1].end : m.start].strip(" ,")) or (
                " " not in between and len(between) <= 15 and between[:1].isalpha()
                and (between[:1].isupper() or not between.isascii()))):  # not "Pope Leo said the Vatican"
            prev = out.pop()
            m = Mention(prev.start, m.end, m.actor, "name" if "name" in (prev.how, m.how) else m.how)
        elif out and m.how in ("name", "form", "fuzzy") and m.actor is not None and m.actor.kind == "person" \
                and (side := out[-1].actor) is not None and side.kind == "institution" and side.party == m.actor.party \
                and _first_name_at_most(text[out[-1].end : m.start]) and not _after_prep(text, out[-1].start, preps):
            # «заступник міністра закордонних справ Росії Сергій Рябков», "Ukrainian official Mykhailo Podolyak": his
            # side's title right before a name is part of the named person's (another person's title before a name,
            # "Former Russian president Dmitry Medvedev", taken so too cost a holdout)
            prev = out.pop()
            m = Mention(prev.start, m.end, m.actor, m.how)
        out.append(m)
    return out


def _after_prep(text: str, start: int, preps: frozenset[str]) -> bool:
    """The word right before `start` is a preposition: what starts there is its object (a place, an office)."""
    m = _LAST_WORD.search(text, max(0, start - 24), start)
    return m is not None and text[m.end(1) : start].isspace() and m.group(1).lower() in preps


def _first_name_at_most(between: str) -> bool:
    """Nothing, or one capitalised word (a first name the dictionary does not hold: «Сергій»), no comma."""
    between = between.strip()
    return not between or (" " not in between and len(between) <= 15 and between.isalpha() and between[0].isupper())


def _same(a: Actor | None, b: Actor) -> bool:
    """One actor, or one person under two entries (a title that passed to them on a date: Budanov's office)."""
    return a is b or (a is not None and a.name == b.name and a.party == b.party)


@lru_cache(maxsize=1)
def default_index() -> ActorIndex:
    """The shipped dictionary, parsed and checked once per process."""
    raw = tomllib.loads(resources.files("extractors").joinpath("data/actors.toml").read_text(encoding="utf-8"))
    return build_index(raw.get("actor", []))


def build_index(raw_actors: list[dict[str, Any]]) -> ActorIndex:
    """An index of actors given as TOML tables; an unknown party, role or home is an error naming the actor."""
    actors = tuple(_actor(a) for a in raw_actors)
    # A<i>: the actor's inflected names, theirs whatever the date; T<i>: their titles, theirs only in office
    forms = {f"A{i}": list(a["forms"]) for i, a in enumerate(raw_actors) if a.get("forms")}
    forms |= {f"T{i}": list(a["title_forms"]) for i, a in enumerate(raw_actors) if a.get("title_forms")}
    lex = compile_lexicon("xx", forms, "actors.toml", names_are_concepts=False) if forms else None
    return ActorIndex(actors, lex)


def _actor(raw: dict[str, Any]) -> Actor:
    where = f"actors.toml: {raw.get('name', '?')}"
    voc = vocabulary()
    party = raw.get("party")
    if party != NO_PARTY and party not in voc.party_ids:
        raise VocabularyError(f"{where}: unknown party {party!r}")
    role = raw.get("role", "official")
    if role not in ROLES:
        raise VocabularyError(f"{where}: role must be one of {', '.join(ROLES)}")
    home = raw.get("home")
    if home is not None and home not in voc.places:
        raise VocabularyError(f"{where}: home {home!r} is not a place of the vocabulary")
    return Actor(
        name=raw["name"],
        party=party,
        role=role,
        aliases=tuple(raw.get("aliases", ())),
        titles=tuple(raw.get("titles", ())),
        fuzzy=tuple(raw.get("fuzzy", ())),
        title_forms=tuple(raw.get("title_forms", ())),
        home=home,
        since=date.fromisoformat(raw["since"]) if raw.get("since") else None,
        until=date.fromisoformat(raw["until"]) if raw.get("until") else None,
        nominatives=frozenset(f for f in raw.get("forms", ()) if role == "institution" and not f.endswith("*")),
        stems=frozenset(f[:-1] for f in raw.get("forms", ()) if role != "institution" and f.endswith("*")),
    )
