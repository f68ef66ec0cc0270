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

PARTIES = ("RU", "UA", "US", "MEDIATOR")
PRONOUNS = re.compile(r"\b(he|she|He|She)\b")
_CAPWORD = re.compile(r"\b[A-Z][a-z]{3,}(?:y|yy|iy|yi|i)?\b")
FUZZY_CUTOFF = 0.8


@dataclass(frozen=True)
class Actor:
    name: str
    party: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor: Actor | None  # None for a pronoun, resolved later
    how: str  # name | title | fuzzy | pronoun


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
        phrases = sorted(self._by_phrase, key=len, reverse=True)
        # A title may be followed by the name it introduces ("Kremlin spokesman Dmitry Peskov"): the
        # alternation prefers the longest phrase, and adjacent mentions of one actor are merged later.
        self._exact = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")
        self._by_surname = {s.lower(): a for a in self.actors for s in a.fuzzy}

    def mentions(self, text: str) -> list[Mention]:
        """Every actor mention and pronoun in the text, in order, adjacent ones of one actor merged."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self._exact.finditer(text):
            actor, how = self._by_phrase[m.group(0)]
            found.append(Mention(m.start(), m.end(), actor, how))
            taken.append((m.start(), m.end()))
        for m in _CAPWORD.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            actor = self._fuzzy(m.group(0))
            if actor:
                found.append(Mention(m.start(), m.end(), actor, "fuzzy"))
        for m in PRONOUNS.finditer(text):
            found.append(Mention(m.start(), m.end(), None, "pronoun"))
        found.sort(key=lambda x: x.start)
        return _merge_adjacent(found, text)

    def _fuzzy(self, word: str) -> Actor | None:
        key = word.lower()
        if len(key) < 5:
            return None
        close = difflib.get_close_matches(key, self._by_surname.keys(), n=1, cutoff=FUZZY_CUTOFF)
        return self._by_surname[close[0]] if close else None


def _merge_adjacent(mentions: list[Mention], text: str) -> list[Mention]:
    """'Kremlin spokesman Dmitry Peskov' is one mention, not a title and a name."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.actor is not None and out[-1].actor == m.actor and not text[out[-1].end : m.start].strip(" ,"):
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
