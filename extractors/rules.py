"""Condition rules as data: concept patterns (`rules/conditions.toml`) compiled and matched in a sentence.

A pattern is a chain of elements, each a set of concepts ("READY", "MEET|TALKS")
or PLACE; links say how far the next element may be ("A > B" within `gap`
words after A, "A >3 B" within 3, "A <> B" on either side). Rules are checked
against the vocabulary and the English lexicon when they load, so a rule that
names an unknown kind, value or concept fails with its id, not silently.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from domain.vocabulary import VocabularyError, vocabulary
from extractors.lexicon import lexicon

FRAMES = ("meeting", "venue", "talks", "topic", "followup", "answer", "resumed", "where")
NEGATED = ("drop", "keep")
_LINK = re.compile(r"\s*(<>|>)(\d*)\s*")


@dataclass(frozen=True)
class Element:
    concepts: frozenset[str]  # "PLACE" stands for any gazetteer place


@dataclass(frozen=True)
class Link:
    both_sides: bool
    gap: int


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    value: str
    elements: tuple[Element, ...]
    links: tuple[Link, ...]
    negated: str
    frame: str
    scope: str
    requires: frozenset[str]
    unless: frozenset[str]
    unless_together: frozenset[str]
    compete: frozenset[str]
    parties: frozenset[str]
    not_parties: frozenset[str]
    own_term: bool  # (h_demand24) the words state the speaker's own term only: from a party outside `parties` nothing
    # (review, session 36: reader._own_term_here) and only while the cue's party is the rule's and no person of another
    # party holds the words as his view ("Putin insists that ...")
    place_after: str | None
    place_closes: bool  # the place ends its clause ("Cassis offered Geneva.", not "offered Moscow an exchange")
    fragment: bool  # (h_frag23) the match is its whole verbless fragment ("Not Moscow.", «Ни Москва, ни Минск.»)
    object_not_after: str | None
    subject_not_after: str | None
    confidence: float
    examples: tuple[str, ...]

    @property
    def concepts(self) -> frozenset[str]:
        """Every concept the rule mentions (the prefilter: a rule is tried only when its first one occurs)."""
        out: set[str] = set()
        for e in self.elements:
            out |= e.concepts
        extra = {c for c in (self.place_after, self.object_not_after, self.subject_not_after) if c}
        return frozenset(out | self.requires | self.unless | self.unless_together | self.compete | extra)


def parse_pattern(pattern: str, gap: int) -> tuple[tuple[Element, ...], tuple[Link, ...]]:
    """'READY > MEET|TALKS' -> elements and the links between them."""
    parts = _LINK.split(pattern.strip())
    elements = [Element(frozenset(c.strip() for c in parts[0].split("|")))]
    links = []
    for i in range(1, len(parts), 3):
        op, n, nxt = parts[i], parts[i + 1], parts[i + 2]
        links.append(Link(op == "<>", int(n) if n else gap))
        elements.append(Element(frozenset(c.strip() for c in nxt.split("|"))))
    return tuple(elements), tuple(links)


def _rule(raw: dict[str, Any], known: frozenset[str]) -> Rule:
    where = f"conditions.toml: rule {raw.get('id', '?')}"
    try:
        rid, kind, value, when = raw["id"], raw["kind"], raw["value"], raw["when"]
    except KeyError as exc:
        raise VocabularyError(f"{where}: missing {exc}") from exc
    voc = vocabulary()
    if kind not in voc.kind_ids:
        raise VocabularyError(f"{where}: unknown kind {kind!r}")
    if "{" not in value:
        voc.check(kind, value, where)
    negated = raw.get("negated", "drop")
    if negated not in NEGATED and "{" not in negated:
        voc.check(kind, negated, f"{where} (negated)")
    frame = raw.get("frame", "topic")
    if frame not in FRAMES:
        raise VocabularyError(f"{where}: frame must be one of {', '.join(FRAMES)}")
    elements, links = parse_pattern(when, int(raw.get("gap", 6)))
    rule = Rule(
        id=rid, kind=kind, value=value, elements=elements, links=links, negated=negated, frame=frame,
        scope=raw.get("scope", "clause"), requires=frozenset(raw.get("requires", ())),
        unless=frozenset(raw.get("unless", ())), unless_together=frozenset(raw.get("unless_together", ())),
        compete=frozenset(raw.get("compete", ())),
        parties=frozenset(raw.get("parties", ())), not_parties=frozenset(raw.get("not_parties", ())),
        own_term=bool(raw.get("own_term", False)),
        place_after=raw.get("place_after"), place_closes=bool(raw.get("place_closes", False)),
        fragment=bool(raw.get("fragment", False)),
        object_not_after=raw.get("object_not_after"),
        subject_not_after=raw.get("subject_not_after"),
        confidence=float(raw.get("confidence", 0.7)),
        examples=tuple(raw.get("examples", ())),
    )
    unknown = sorted(rule.concepts - known - {"PLACE"})
    if unknown:
        raise VocabularyError(f"{where}: unknown concept {unknown[0]!r} (not in lexicon/en.toml)")
    for p in rule.parties | rule.not_parties:
        if p not in voc.party_ids:
            raise VocabularyError(f"{where}: unknown party {p!r}")
    if not 0 < rule.confidence <= 1:
        raise VocabularyError(f"{where}: confidence must be in (0, 1]")
    return rule


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    priors: dict[str, frozenset[str]]  # value -> the parties that usually state it
    kinds: dict[str, frozenset[str]]  # party -> the kinds it usually states (absent: all)
    by_id: dict[str, Rule]
    calibration: dict[tuple[str, str], float] = field(default_factory=dict)  # (party, kind) -> factor
    # value -> the parties whose reading of it may alert: another party's is kept, less sure than an alert
    seldom: dict[str, frozenset[str]] = field(default_factory=dict)
    # (party, rule) -> read at most under the alert threshold: wrong about as often as right on the tune halves
    capped: frozenset[tuple[str, str]] = frozenset()

    def factor(self, party: str, kind: str) -> float:
        """How much to trust a reading of this party and kind (measured on the tune corpora; 1.0 if unmeasured)."""
        return self.calibration.get((party, kind), 1.0)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules)


@lru_cache(maxsize=1)
def rulebook() -> Rulebook:
    """The shipped rules, checked and compiled once per process."""
    raw = tomllib.loads(resources.files("extractors").joinpath("rules/conditions.toml").read_text(encoding="utf-8"))
    known = lexicon("en").concepts
    rules = tuple(_rule(r, known) for r in raw.get("rule", ()))
    ids = [r.id for r in rules]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise VocabularyError(f"conditions.toml: rule id {sorted(dup)[0]!r} is defined twice")
    voc = vocabulary()
    priors = _value_parties(raw, "priors")
    kinds = {}
    for party, ks in raw.get("kinds", {}).items():
        if party not in voc.party_ids or not set(ks) <= set(voc.kind_ids):
            raise VocabularyError(f"conditions.toml: kinds.{party}: unknown party or kind")
        kinds[party] = frozenset(ks)
    by_id = {r.id: r for r in rules}
    return Rulebook(rules, priors, kinds, by_id, _calibration(), _value_parties(raw, "seldom"), _caps(by_id))


def _value_parties(raw: dict[str, Any], table: str) -> dict[str, frozenset[str]]:
    """A table of `value = [parties]` (`priors`, `seldom`), its values and parties checked against the vocabulary."""
    voc = vocabulary()
    out = {}
    for value, parties in raw.get(table, {}).items():
        if not any(voc.is_value(k, value) for k in voc.kind_ids):
            raise VocabularyError(f"conditions.toml: {table}: unknown value {value!r}")
        for p in parties:
            if p not in voc.party_ids:
                raise VocabularyError(f"conditions.toml: {table}.{value}: unknown party {p!r}")
        out[value] = frozenset(parties)
    return out


def _calibration_table() -> dict[str, Any]:
    """`rules/calibration.toml` as read (written by `python -m extractors.calibrate`); empty if absent."""
    path = resources.files("extractors").joinpath("rules/calibration.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _caps(by_id: dict[str, Rule]) -> frozenset[tuple[str, str]]:
    """The `[[cap]]` entries of calibration.toml: a party's readings by a rule that the tune halves found wrong about
    as often as right are kept, under the alert threshold (checked: a known party and rule)."""
    voc = vocabulary()
    out = set()
    for i, c in enumerate(_calibration_table().get("cap", ())):
        party, rule = c.get("party"), c.get("rule")
        if party not in voc.party_ids or rule not in by_id:
            raise VocabularyError(f"calibration.toml: cap {i + 1}: needs a known party and rule")
        out.add((party, rule))
    return frozenset(out)


def _calibration() -> dict[tuple[str, str], float]:
    """`rules/calibration.toml` (written by `python -m extractors.calibrate`), checked; empty if absent."""
    path = resources.files("extractors").joinpath("rules/calibration.toml")
    if not path.is_file():
        return {}
    voc = vocabulary()
    out = {}
    for i, f in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("factor", ())):
        party, kind, factor = f.get("party"), f.get("kind"), f.get("factor")
        if party not in voc.party_ids or kind not in voc.kind_ids or not isinstance(factor, (int, float)) \
                or not 0 < factor <= 1:
            raise VocabularyError(
                f"calibration.toml: factor {i + 1}: needs a known party and kind and a factor in (0, 1]")
        out[(party, kind)] = float(factor)
    return out
