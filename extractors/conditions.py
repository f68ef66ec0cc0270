"""Recognising the conditions a statement states: (kind, value) with the evidence span.

The rules are data (`extractors/rules/conditions.toml`, one readable regex per
rule with its own examples); this module compiles them and applies what
regexes cannot say alone: the topic gates (only statements about a leaders'
meeting count), negation and modality ("not in Moscow", "does not rule out"),
withdrawals ("no longer insists on a ceasefire") and whose clause a cue is in
("Lavrov said Zelensky rejected any talks" is not Russia refusing).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from extractors.actors import phrase_regex
from extractors.base import Condition

KINDS = ("stance", "venue", "format", "prerequisite", "demand")
EXCLUSIVE = frozenset({"stance", "venue", "format"})

# Leader-level meeting words: stance, venue and format need one of them in the sentence.
MEETING = re.compile(
    r"\b(?:meet|meets|meeting|met|summit|sit\s+down|face[- ]to[- ]face|one[- ]on[- ]one|tete-a-tete|in\s+person"
    r"|high-level|highest\s+level|top\s+level|leaders?|contacts?|talk\s+to|talks\s+with|negotiate\s+with"
    r"|negotiations\s+with|dialogue|invit\w+|host|receive)\b",
    re.I | re.A,
)
# Prerequisites may be framed around negotiations or a settlement as well.
NEGOTIATION = re.compile(
    r"\b(?:meet\w*|summit|talks|negotiat\w+|settlement|agreement|deal|dialogue|peace|treaty|document)\b", re.I | re.A
)
# Lower-level talks: a sentence about these and no leader says nothing about a leaders' meeting.
DELEGATION = re.compile(
    r"\b(?:delegations?|technical|lower-level|working[- ]level|negotiators|round\s+of\s+talks|working\s+groups?)\b",
    re.I | re.A,
)
LEADER = re.compile(
    r"\b(?:putin|zelensk\w*|leaders?|presidents?|summit|highest\s+level|high-level|heads?\s+of\s+state)\b", re.I | re.A
)
NEGATORS = re.compile(
    r"\b(?:not|never|no|nobody|neither|nor|without|cannot|won't|wouldn't|shouldn't|don't|doesn't|didn't|isn't"
    r"|aren't|wasn't|refuse[sd]?|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|ruled\s+out|rules\s+out|no\s+longer)\b|n't\b",
    re.I | re.A,
)
# "the war in Ukraine", "fighting in Kherson": a place that is where events are, not a meeting venue.
_NOT_A_VENUE = re.compile(
    r"\b(?:war|conflict|fighting|invasion|crisis|situation|offensive|attacks?|strikes?|forces|troops|front)\s+in\s+$",
    re.I | re.A,
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:but|and|while|whereas|because|if|although|though)\b", re.I | re.A)


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    value: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    negated: str
    weight: int
    examples: tuple[str, ...]
    keywords: tuple[str, ...] = ()

    def may_match(self, present: frozenset[str] | set[str]) -> bool:
        """The cheap prefilter: one of the rule's keywords occurs (always true for a rule without keywords)."""
        return not self.keywords or not present.isdisjoint(self.keywords)


@dataclass(frozen=True)
class Cue:
    """A rule's match in a statement: the condition, where it is, and how strongly it is said."""

    rule: str
    kind: str
    value: str
    op: str
    start: int
    end: int
    evidence: str
    weight: int


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    places: dict[str, str]  # spelling (lowercase) -> place id
    withdraw_triggers: tuple[tuple[re.Pattern[str], int], ...]
    withdraw_terms: tuple[tuple[str, re.Pattern[str]], ...]
    withdraw_examples: tuple[tuple[str, str], ...]
    keywords: frozenset[str] = frozenset()
    by_keyword: dict[str, tuple[int, ...]] = field(default_factory=dict)  # keyword -> rule positions
    always: tuple[int, ...] = ()  # rules without keywords

    def candidates(self, present: set[str]) -> list[Rule]:
        """The rules whose prefilter passes, in file order (rules without keywords always)."""
        chosen = {i for k in present for i in self.by_keyword.get(k, ())}
        chosen.update(self.always)
        return [self.rules[i] for i in sorted(chosen)]

    def present(self, lowered: str) -> set[str]:
        """The rules' keywords that occur in a (lowercased) text: one regex pass for all rules.

        The trie finds the longest keyword at each position; the keywords inside a found one
        ("pull" in "pull out") are added from a precomputed table, so none is missed.
        """
        found = set(_keyword_scan(self.keywords).findall(lowered))
        for k in tuple(found):
            found.update(_keywords_within(self.keywords).get(k, ()))
        return found


@lru_cache(maxsize=4)
def _keyword_scan(keywords: frozenset[str]) -> re.Pattern[str]:
    return re.compile("(?=(" + phrase_regex(keywords) + "))") if keywords else re.compile("(?!)")


@lru_cache(maxsize=4)
def _keywords_within(keywords: frozenset[str]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(o for o in keywords if o != k and o in k) for k in keywords}


def place_id(name: str, places: dict[str, str]) -> str:
    key = name.lower()
    return places.get(key) or re.sub(r"[^a-z0-9]+", "_", key).strip("_")


@lru_cache(maxsize=1)
def rulebook() -> Rulebook:
    """The shipped rules, compiled once per process."""
    raw = tomllib.loads(resources.files("extractors").joinpath("rules/conditions.toml").read_text(encoding="utf-8"))
    gaz = raw["gazetteer"]
    places = {p.lower(): place_id(p, {}) for p in gaz["places"]}
    places.update({k.lower(): v for k, v in gaz.get("aliases", {}).items()})
    place_rx = phrase_regex({p.lower() for p in (*gaz["places"], *gaz.get("aliases", {}))})
    rules = []
    for r in raw["rule"]:
        if r["kind"] not in KINDS:
            raise ValueError(f"conditions.toml: rule {r['id']}: unknown kind {r['kind']!r}")
        pattern = r["pattern"].replace("{PLACE}", place_rx)
        rules.append(
            Rule(
                id=r["id"],
                kind=r["kind"],
                value=r["value"],
                pattern=re.compile(pattern, re.I | re.A),
                requires=re.compile(r["requires"], re.I | re.A) if r.get("requires") else None,
                negated=r.get("negated", "drop"),
                weight=int(r.get("weight", 1)),
                examples=tuple(r.get("examples", ())),
                keywords=tuple(k.lower() for k in r.get("keywords", ())),
            )
        )
    wd = raw["withdraw"]
    last = len(wd["triggers"]) - 1  # the last trigger ("without", "before") takes a short window
    triggers = tuple(
        (re.compile(t, re.I | re.A), wd["window"] if i < last else 12) for i, t in enumerate(wd["triggers"])
    )
    terms = tuple((value, re.compile("|".join(ts), re.I | re.A)) for value, ts in wd["terms"].items())
    examples = tuple((s, v) for s, v in wd.get("examples", ()))
    keywords = frozenset(k for r in rules for k in r.keywords)
    by_keyword: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        for k in r.keywords:
            by_keyword.setdefault(k, []).append(i)
    always = tuple(i for i, r in enumerate(rules) if not r.keywords)
    index = {k: tuple(v) for k, v in by_keyword.items()}
    return Rulebook(tuple(rules), places, triggers, terms, examples, keywords, index, always)


def _negated(text: str, start: int) -> bool:
    """A negation in the same clause just before the cue ("shouldn't invite him to", "not in")."""
    window = text[max(0, start - 40) : start]
    clause = _CLAUSE_BREAK.split(window)[-1]
    return bool(NEGATORS.search(clause))


# Every withdrawal trigger contains one of these (a cheap test before the trigger patterns).
_WITHDRAW_WORDS = ("no longer", "drop", "abandon", "waive", "gave up", "gives up", "without", "before")
# A leader referred to in the sentence: the meeting it speaks of is a leaders' meeting.
LEADER_REF = re.compile(
    r"\b(?:putin|zelensk\w*|zelensk|leaders?|presidents?|summit|highest\s+level|high-level|heads?\s+of\s+state"
    r"|counterpart|such\s+a\s+meeting|this\s+meeting|the\s+meeting|him|the\s+two|in\s+person|personal(?:ly)?"
    r"|face[- ]to[- ]face|one[- ]on[- ]one|tete-a-tete|contacts)\b",
    re.I | re.A,
)


# A meeting with another leader ("Putin will meet Trump in Budapest") is not a Putin-Zelensky meeting,
# unless the sentence names both of them or a format that includes them.
OTHER_MEETING = re.compile(
    r"\b(?:meet\w*|met|summit|talks|call)\b[^.;]{0,40}?\b(?:trump|biden|xi|modi|erdogan|lukashenko|macron|orban"
    r"|starmer|merz|scholz|vance|kim\s+jong)\b|\b(?:trump|biden|xi)\b[^.;]{0,20}?\b(?:summit|meeting)\b",
    re.I | re.A,
)
BOTH_LEADERS = re.compile(
    r"\b(?:trilateral|three-way|tripartite|the\s+two\s+(?:leaders|presidents)|(?:russian|russia's)\s+and\s+ukrainian"
    r"|ukrainian\s+and\s+russian|(?:ukrainian|ukraine's)\s+(?:leader|president|counterpart)"
    r"|(?:russian|russia's)\s+(?:leader|president|counterpart))\b",
    re.I | re.A,
)
_PUTIN = re.compile(r"\bputin", re.I | re.A)
_ZELENSKY = re.compile(r"\bzel[ea]nsk|\bzenesk", re.I | re.A)


def _someone_elses(sentence: str) -> bool:
    """The meeting spoken of is with another leader, not between Putin and Zelensky."""
    if not OTHER_MEETING.search(sentence):
        return False
    both = _PUTIN.search(sentence) and _ZELENSKY.search(sentence)
    return not (both or BOTH_LEADERS.search(sentence))


@dataclass(frozen=True)
class Topic:
    """What the article is about, decided once per article.

    war: it names Russia, Ukraine or their leaders; meeting: it speaks of a Putin-Zelensky meeting;
    focus: its title or lead is about that meeting, so "the meeting" in any sentence is theirs.
    """

    war: bool = True
    meeting: bool = True
    focus: bool = False


def sentence_gates(sentence: str, topic: Topic | bool) -> dict[str, bool]:
    """Which kinds a sentence may state, decided once per sentence (the topic gate of docs/reading.md)."""
    if isinstance(topic, bool):
        topic = Topic(war=topic, meeting=topic)
    if not topic.war:
        return dict.fromkeys(KINDS, False)
    # Short-circuited: each search only when the answer still matters (this runs for every statement).
    leaders_meeting = (
        bool(MEETING.search(sentence))
        and (topic.focus or bool(LEADER_REF.search(sentence)))
        and not _someone_elses(sentence)
    )
    lower_level = leaders_meeting and bool(DELEGATION.search(sentence)) and not LEADER.search(sentence)
    gates = dict.fromkeys(("stance", "venue", "format"), leaders_meeting and not lower_level)
    gates["prerequisite"] = (topic.meeting or leaders_meeting) and bool(NEGOTIATION.search(sentence))
    gates["demand"] = topic.meeting or leaders_meeting
    return gates


def find_cues(
    content: str,
    sentence: str,
    about_meeting: Topic | bool,
    book: Rulebook | None = None,
    negative_frame: bool = False,
) -> list[Cue]:
    """Every condition the content states; `sentence` (the sentence, or it and the one before) decides the gates.

    `negative_frame`: the speaker's verb negates the content ("rejected recognizing ...").
    """
    book = book or rulebook()
    cues: list[Cue] = []
    content, sentence = _straight(content), _straight(sentence)
    gates = sentence_gates(sentence, about_meeting)
    if not any(gates.values()):
        return []
    lowered = content.lower()
    withdrawn = _withdrawals(content, book) if any(w in lowered for w in _WITHDRAW_WORDS) else []
    present = book.present(lowered)
    for rule in book.candidates(present):
        if not gates[rule.kind]:
            continue
        if rule.requires and not rule.requires.search(sentence):
            continue
        for m in rule.pattern.finditer(content):
            cue = _cue(rule, m, content, book, negative_frame and rule.kind == "demand")
            if cue and not any(w.start <= cue.start < w.end + 40 and w.value == cue.value for w in withdrawn):
                cues.append(cue)
    for w in withdrawn:
        if gates[w.kind]:
            cues.append(w)
    return cues


def _straight(text: str) -> str:
    """Curly apostrophes as straight ones ("won’t" reads as "won't"); same length, so offsets hold."""
    return text.replace("’", "'").replace("‘", "'") if "’" in text or "‘" in text else text


def _cue(rule: Rule, m: re.Match[str], content: str, book: Rulebook, negative_frame: bool = False) -> Cue | None:
    value = rule.value
    if "{place}" in value:
        place = m.groupdict().get("place") or m.groupdict().get("place2")
        if not place:
            return None
        where = m.start("place") if m.groupdict().get("place") else m.start("place2")
        if _NOT_A_VENUE.search(content[max(0, where - 25) : where]):
            return None
        value = value.replace("{place}", place_id(place, book.places))
    at = m.start()
    if "{place}" in rule.value:
        at = m.start("place") if m.groupdict().get("place") else m.start("place2")
    if rule.negated != "keep" and (negative_frame or _negated(content, at)):
        if rule.negated == "drop":
            return None
        negated = rule.negated
        if "{place}" in negated:
            place = m.groupdict().get("place") or m.groupdict().get("place2")
            negated = negated.replace("{place}", place_id(place, book.places))
        value = negated
    kind = rule.kind
    if value == "no_territorial_concessions":
        kind = "demand"
    return Cue(rule.id, kind, value, "assert", m.start(), m.end(), m.group(0), rule.weight)


def _withdrawals(content: str, book: Rulebook) -> list[Cue]:
    """'No longer insists on a ceasefire', 'ready to meet even before the guns fall silent'."""
    out = []
    for trigger, window in book.withdraw_triggers:
        for t in trigger.finditer(content):
            span = content[t.end() : t.end() + window + 30]
            for value, term in book.withdraw_terms:
                m = term.search(span)
                if m and m.start() <= window:
                    kind = "demand" if value in DEMAND_VALUES else "prerequisite"
                    end = t.end() + m.end()
                    out.append(Cue("withdraw", kind, value, "withdraw", t.start(), end, content[t.start() : end], 3))
    return out


DEMAND_VALUES = frozenset(
    {
        "recognize_territory",
        "ukraine_withdraws",
        "russia_withdraws",
        "no_territorial_concessions",
        "neutrality",
        "no_foreign_troops",
        "referendum",
    }
)


def to_conditions(cues: list[Cue], party: str) -> tuple[Condition, ...]:
    """One condition per (kind, value, op), strongest evidence first."""
    seen: dict[tuple[str, str, str], Cue] = {}
    for c in sorted(cues, key=lambda c: (-c.weight, c.start)):
        seen.setdefault((c.kind, c.value, c.op), c)
    ordered = sorted(seen.values(), key=lambda c: c.start)
    return tuple(Condition(party, c.kind, c.value, c.evidence, c.op, c.rule) for c in ordered)
