"""The domain vocabulary (parties, kinds, values, places), loaded once from `vocabulary.toml` and checked.

Every id the product stores or shows comes from here, so the reader's rules,
the position rules, the warehouse views, alerts, reports and the timeline
cannot drift apart: an unknown id is an error when the data loads, not a raw
id in a Slack message.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class VocabularyError(ValueError):
    """The vocabulary file, or data checked against it, is inconsistent."""


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    colour: str
    # a party of many countries (the mediators): each speaks for itself, so two of them offering two places on one
    # day are two offers, both held, not one replacing the other
    many_voices: bool = False


@dataclass(frozen=True)
class Kind:
    id: str
    exclusive: bool
    label: str
    short: str


@dataclass(frozen=True)
class Value:
    id: str
    kind: str
    short: str
    full: str


@dataclass(frozen=True)
class Vocabulary:
    parties: tuple[Party, ...]
    kinds: tuple[Kind, ...]
    values: tuple[Value, ...]
    places: dict[str, str]  # place id -> name
    within: dict[str, str] = field(default_factory=dict)  # place id -> the country it lies in
    seats: dict[str, str] = field(default_factory=dict)  # place id -> the party governed from it (Kyiv: UA)
    capitals: frozenset[str] = frozenset()  # the capitals: a ready capital is its government ("Ankara stood ready")

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(k.id for k in self.kinds)

    @cached_property
    def many_voiced(self) -> frozenset[str]:
        """The parties whose countries each keep their own venue a day (`Party.many_voices`)."""
        return frozenset(p.id for p in self.parties if p.many_voices)

    @cached_property  # asked once an article and once a statement with conditions (the kinds never change)
    def exclusive_kinds(self) -> frozenset[str]:
        return frozenset(k.id for k in self.kinds if k.exclusive)

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        return Party(party_id, party_id, "#555555")

    def kind(self, kind_id: str) -> Kind:
        for k in self.kinds:
            if k.id == kind_id:
                return k
        return Kind(kind_id, False, kind_id, kind_id)

    def is_exclusive(self, kind_id: str) -> bool:
        return kind_id in self.exclusive_kinds

    def values_of(self, kind_id: str) -> tuple[str, ...]:
        """The closed values of a kind (venue: `any`, every place and every `not_<place>`)."""
        fixed = tuple(v.id for v in self.values if v.kind == kind_id)
        if kind_id != "venue":
            return fixed
        return fixed + tuple(self.places) + tuple(f"not_{p}" for p in self.places)

    def is_value(self, kind_id: str, value_id: str) -> bool:
        if kind_id == "venue":
            return value_id == "any" or _place(value_id) in self.places
        return any(v.kind == kind_id and v.id == value_id for v in self.values)

    def is_rejection(self, kind_id: str, value_id: str) -> bool:
        """A venue ruled out (`not_<place>`), not one proposed."""
        return kind_id == "venue" and value_id != _place(value_id)

    @staticmethod
    def place_of(value_id: str) -> str:
        """The place a venue value names, proposed or ruled out."""
        return _place(value_id)

    def check(self, kind_id: str, value_id: str, where: str) -> None:
        """Raise a VocabularyError naming `where` for an unknown kind or value."""
        if kind_id not in self.kind_ids:
            raise VocabularyError(f"{where}: unknown kind {kind_id!r}")
        if not self.is_value(kind_id, value_id):
            raise VocabularyError(f"{where}: unknown {kind_id} value {value_id!r}")

    def short(self, kind_id: str, value_id: str | None) -> str:
        """Words for Slack headers and timeline marks: 'Moscow', 'not Moscow', 'ceasefire first'."""
        return self._words(kind_id, value_id, full=False)

    def full(self, kind_id: str, value_id: str | None) -> str:
        """Words for reports and alert bodies: 'in Moscow', 'not in Moscow', 'a ceasefire first'."""
        return self._words(kind_id, value_id, full=True)

    def _words(self, kind_id: str, value_id: str | None, *, full: bool) -> str:
        if not value_id:
            return "none"
        for v in self.values:
            if v.kind == kind_id and v.id == value_id:
                return v.full if full else v.short
        if kind_id == "venue":
            rejected = value_id.startswith("not_")
            place = self.places.get(_place(value_id)) or _place(value_id).replace("_", " ").title()
            if full:
                return f"not in {place}" if rejected else f"in {place}"
            return f"not {place}" if rejected else place
        return value_id.replace("_", " ")


def _place(value_id: str) -> str:
    return value_id[4:] if value_id.startswith("not_") else value_id


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, parsed and checked once per process."""
    text = resources.files("domain").joinpath("vocabulary.toml").read_text(encoding="utf-8")
    return parse_vocabulary(tomllib.loads(text))


def _flag(entry: dict[str, Any], key: str) -> bool:
    """An optional true/false of an entry, checked: a quoted "false" would read as true."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise VocabularyError(f"vocabulary.toml: {entry.get('id', '?')}: {key} must be true or false")
    return value


def parse_vocabulary(raw: dict[str, Any]) -> Vocabulary:
    """Build and check a vocabulary from its TOML data (ids well-formed and unique, values of known kinds)."""
    try:
        parties = tuple(Party(p["id"], p["name"], p["colour"], _flag(p, "many_voices")) for p in raw["party"])
        kinds = tuple(Kind(k["id"], bool(k["exclusive"]), k["label"], k["short"]) for k in raw["kind"])
        values = tuple(Value(v["id"], v["kind"], v["short"], v["full"]) for v in raw["value"])
        places = {p["id"]: p["name"] for p in raw.get("place", ())}
        within = {p["id"]: p["in"] for p in raw.get("place", ()) if "in" in p}
        seats = {p["id"]: p["seat_of"] for p in raw.get("place", ()) if "seat_of" in p}
        capitals = frozenset(p["id"] for p in raw.get("place", ()) if p.get("capital"))
    except KeyError as exc:
        raise VocabularyError(f"vocabulary.toml: an entry lacks {exc}") from exc
    _unique("party", [p.id for p in parties])
    _unique("kind", [k.id for k in kinds])
    _unique("value", [f"{v.kind}:{v.id}" for v in values])
    _unique("place", [p["id"] for p in raw.get("place", ())])
    kind_ids = {k.id for k in kinds}
    for v in values:
        if v.kind not in kind_ids:
            raise VocabularyError(f"vocabulary.toml: value {v.id!r} has unknown kind {v.kind!r}")
    for ident in [k.id for k in kinds] + [v.id for v in values] + list(places):
        if not _ID.match(ident):
            raise VocabularyError(f"vocabulary.toml: {ident!r} is not a lower_snake_case id")
    for place in places:
        if place.startswith("not_") or place == "any":
            raise VocabularyError(f"vocabulary.toml: place id {place!r} is reserved")
    for place, country in within.items():
        if country not in places:
            raise VocabularyError(f"vocabulary.toml: place {place!r} lies in unknown place {country!r}")
    party_ids = {p.id for p in parties}
    for place, party in seats.items():
        if party not in party_ids:
            raise VocabularyError(f"vocabulary.toml: place {place!r} is the seat of unknown party {party!r}")
    return Vocabulary(parties, kinds, values, places, within, seats, capitals)


def _unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise VocabularyError(f"vocabulary.toml: {what} {i!r} is defined twice")
        seen.add(i)
