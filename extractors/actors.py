"""The actor dictionary: who speaks for which party, found in text by name, title or typo.

The dictionary is data (`extractors/data/actors.toml`) so analysts can extend
it without touching code. Matching is exact on aliases and titles (longest
first, word boundaries) and fuzzy on distinctive surnames, so "Peksov",
"Zenesky" and "Dimitry Peskov" still find their speaker.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

PARTIES = ("RU", "UA", "US", "MEDIATOR")
PRONOUNS = re.compile(r"\b(he|she|He|She)\b")
_CAPWORD = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?:y|yy|iy|yi|i)?(?![\w-])")  # "Putin-Zelensky talks" names no one
FUZZY_CUTOFF = 0.8


@dataclass(frozen=True)
class Actor:
    name: str
    party: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()


class Mention(NamedTuple):
    """Where an actor (or a pronoun) is named; a tuple because sentences make many of them."""

    start: int
    end: int
    actor: Actor | None  # None for a pronoun, resolved later
    how: str  # name | title | fuzzy | pronoun | role


@dataclass
class ActorIndex:
    actors: tuple[Actor, ...]
    _exact: re.Pattern[str] = field(init=False)
    _by_phrase: dict[str, tuple[Actor, str]] = field(init=False)
    _by_surname: dict[str, Actor] = field(init=False)

    def __post_init__(self) -> None:
        self._by_phrase = {}
        for actor in self.actors:
            for phrase in (actor.name, *actor.aliases):
                self._by_phrase.setdefault(phrase, (actor, "name"))
            for phrase in actor.titles:
                self._by_phrase.setdefault(phrase, (actor, "title"))
        # A title may be followed by the name it introduces ("Kremlin spokesman Dmitry Peskov"): the
        # trie is greedy (longest phrase first, backtracking to shorter ones), and adjacent mentions
        # of one actor are merged later.
        firsts = re.escape("".join(sorted({p[0] for p in self._by_phrase})))
        self._exact = re.compile(
            r"\b(?=[" + firsts + r"])(?<![\w-])(?:" + phrase_regex(set(self._by_phrase)) + r")(?![\w-])"
        )
        self._by_surname = {s.lower(): a for a in self.actors for s in a.fuzzy}
        self._by_initial: dict[str, list[str]] = {}
        for surname in self._by_surname:
            self._by_initial.setdefault(surname[0], []).append(surname)
        self._fuzzy_cache: dict[str, Actor | None] = {}
        # Only capitalised words that could be a typo of a fuzzy surname (same first letter) are looked up.
        initials = "".join(sorted({s[0].upper() for s in self._by_surname})) or "^"
        self._capword = re.compile(r"(?<![\w-])[" + initials + r"][a-z]{3,}(?:y|yy|iy|yi|i)?(?![\w-])")

    def mentions(self, text: str) -> list[Mention]:
        """Every actor mention and pronoun in the text, in order, adjacent ones of one actor merged."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self._exact.finditer(text):
            actor, how = self._by_phrase[m.group(0)]
            found.append(Mention(m.start(), m.end(), actor, how))
            taken.append((m.start(), m.end()))
        for m in self._capword.finditer(text):
            actor = self._fuzzy(m.group(0))
            if actor and not any(s <= m.start() < e for s, e in taken):
                found.append(Mention(m.start(), m.end(), actor, "fuzzy"))
        for m in PRONOUNS.finditer(text):
            found.append(Mention(m.start(), m.end(), None, "pronoun"))
        found.sort(key=lambda x: x.start)
        return _merge_adjacent(found, text)

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


def phrase_regex(phrases: list[str] | set[str]) -> str:
    """An alternation of literal phrases as a trie: the regex engine then tests one branch per letter,
    not every phrase at every position (a 250-name alternation is otherwise the slowest part of reading)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _merge_adjacent(mentions: list[Mention], text: str) -> list[Mention]:
    """'Kremlin spokesman Dmitry Peskov' is one mention, not a title and a name."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.actor is not None and out[-1].actor is m.actor and not text[out[-1].end : m.start].strip(" ,"):
            prev = out.pop()
            m = Mention(prev.start, m.end, m.actor, "name" if "name" in (prev.how, m.how) else m.how)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def default_index() -> ActorIndex:
    """The shipped dictionary, parsed once per process."""
    raw = tomllib.loads(resources.files("extractors").joinpath("data/actors.toml").read_text(encoding="utf-8"))
    return ActorIndex(tuple(_actor(a) for a in raw["actor"]))


def _actor(raw: dict) -> Actor:
    if raw["party"] not in PARTIES:
        raise ValueError(f"actors.toml: {raw['name']}: unknown party {raw['party']!r}")
    return Actor(
        name=raw["name"],
        party=raw["party"],
        kind=raw.get("kind", "person"),
        aliases=tuple(raw.get("aliases", ())),
        titles=tuple(raw.get("titles", ())),
        fuzzy=tuple(raw.get("fuzzy", ())),
    )
