"""Who said it: the speaker of a sentence, and whose clause a cue sits in.

A speaker is an actor mention in subject position next to a speech verb
("Kremlin spokesman Dmitry Peskov said", "said Peskov", "according to Lavrov").
Pronouns and bare roles ("he", "the foreign minister") resolve to the last
person named who fits. Journalists, analysts and unnamed sources are not in
the actor dictionary, so their sentences get no speaker and state nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.actors import Actor, Mention

_PREPOSITION = re.compile(
    r"\b(?:in|to|with|of|from|at|for|between|by|on|against|toward|towards|about|than|over|into|under|across"
    r"|meet|meets|meeting|met|invite|invited|invites|urged|told|visit|visited|visiting|host|hosted|like|as)\s*$",
    re.I | re.A,
)
_ROLE = re.compile(
    r"\b[Tt]he\s+(?:(?:Russian|Ukrainian|US|U\.S\.|American|Turkish|Kremlin|top|foreign)\s+)?"
    r"(foreign minister|minister|spokesman|spokeswoman|spokesperson|president|leader|aide|adviser|envoy|diplomat)\b"
)


@dataclass(frozen=True)
class Speaker:
    actor: Actor
    start: int  # of the mention in the sentence
    end: int


# Words after which a name opens a clause ("said Putin would ...", "and Zelensky added").
_OPENERS = frozenset(
    "and but that said says told while because if when whether since after before as so then also though although"
    " where once until now however meanwhile yet or nor has have had"
    # a role noun before a name is an appositive: "chief of staff Andriy Yermak said"
    " spokesman spokeswoman spokesperson aide adviser advisor minister envoy president leader chief staff"
    " secretary ambassador negotiator head deputy chairman representative diplomat commander premier".split()
)
_LAST_TOKEN = re.compile(r"([\w'’]+|[^\w\s])\s*$")


def in_subject_position(text: str, m: Mention) -> bool:
    """Opens a clause: after punctuation, a clause word or a capitalised title; not the object of a
    verb or preposition ('meet Zelensky in Moscow', 'would see Zelensky' name no speaker)."""
    before = text[max(0, m.start - 30) : m.start]
    if _PREPOSITION.search(before[-20:]):
        return False
    last = _LAST_TOKEN.search(before)
    if last is None:
        return True
    token = last.group(1)
    return not token[0].isalnum() or token[0].isupper() or token.lower() in _OPENERS


def is_possessive(text: str, m: Mention) -> bool:
    return text[m.end : m.end + 2] in ("'s", "’s")


def role_mentions(text: str) -> list[tuple[int, int, str]]:
    """Bare roles ('the foreign minister') that stand for someone named earlier."""
    return [(m.start(), m.end(), m.group(1).lower()) for m in _ROLE.finditer(text)]


class SpeakerMemory:
    """The article's running context, to resolve 'he' and 'the minister'.

    A pronoun stands for the last person who was the topic of a sentence: its speaker, or, in a
    sentence without one, the person it opens with ("Zelensky spoke in Lviv. He thanked Turkey.
    'I am ready,' he said." is Zelensky's, even when someone else spoke before). People named
    only as objects ("Peskov said Putin would meet Zelensky") do not take the pronoun.
    """

    def __init__(self) -> None:
        self.last_person: Actor | None = None
        self.last_speaker: Actor | None = None
        self.recent: list[Actor] = []

    def saw(self, actor: Actor) -> None:
        self.recent = [a for a in self.recent if a is not actor] + [actor]

    def topic(self, actor: Actor) -> None:
        """A person a sentence is about (its subject, when nobody speaks in it)."""
        if actor.kind == "person":
            self.last_person = actor
        self.saw(actor)

    def spoke(self, actor: Actor) -> None:
        self.last_speaker = actor
        self.topic(actor)

    def pronoun(self) -> Actor | None:
        if self.last_person is not None:
            return self.last_person
        return self.last_speaker

    def role(self, role: str) -> Actor | None:
        for actor in reversed(self.recent):
            if actor.kind == "person" and any(role in t.lower() for t in actor.titles):
                return actor
        return None
