"""Which meeting a sentence speaks of when it only points back to one (h_ref): a small discourse state.

A sentence that speaks of "the summit", "the meeting", «встреча» or "it ... will be held" and names no one at its
table speaks of the last meeting the article named. When that one was a near miss (Trump and Putin's summit, the
G20, a meeting with Erdogan, the delegations' talks), the sentence states nothing of the Putin-Zelensky meeting:
"Trump and Putin will meet next month. The summit will be held in Budapest, Peskov said" names no venue of theirs.

`Reference` keeps the last meeting named (theirs or another) and where; the reader asks it, sentence by sentence,
whether the sentence's meeting is another's (`elsewhere`), and tells it what each sentence named (`note`).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.actors import Mention
from extractors.analysis import View
from extractors.conditions import Topic, frames

# Words that put someone at the meeting's table, or name the meeting as another's event: a sentence holding one
# names its meeting itself and points back to none.
# (and a group of others as the ones meeting: "the coalition of the willing would meet in Paris", h_frame)
_AT_TABLE = ("LEADERS", "LEADERS_PAIR", "NAMED_PAIR", "TRILATERAL", "MULTILATERAL", "JOINT", "OTHER_EVENT",
             "OTHER_PERSON", "DELEGATION", "OTHER_COUNTERPART")
_AT_TABLE_BUT_PERSON = tuple(c for c in _AT_TABLE if c != "OTHER_PERSON")
# What a sentence pointing back to another's meeting may name of that meeting: its delegations ("ready to continue
# work in this format and hand the Ukrainian side its memorandum" after the delegations' talks, h_frame2)
_ANOTHERS = ("DELEGATION",)
# Words of a meeting spoken of without its parties: the meeting word itself, "such a summit", "to be held" (not a
# venue word alone, with no meeting word: it pointed back to no near miss, and the dev holdout fell)
# (h_frame2: and "in this format", which points back to the last meeting named: the delegations' talks, or theirs)
_MEETING_WORDS = ("MEET", "SUCH_MEETING", "HELD", "FORMAT_BACK")
# Heads of state a sentence that resumes the leaders' meeting may name: the one who speaks of it ("The meeting should
# be held in Istanbul, Erdogan said"); two heads name a table of their own
_SPEAKER_HEAD = 1
# How far back the leaders' meeting may have been named for a sentence that only points back to resume it: in its
# paragraph or the one before (a near miss shuts only in its own paragraph: `elsewhere`)
_NEAR = (0, 1)
# How a sentence is read when it is asked which meeting it names: a neutral story, no lead to lean on.
_NEUTRAL = Topic(war=True, meeting=True, focus=False, talks=False, other=False)


@dataclass
class Reference:
    """The last meeting the article named: the leaders' (`other` False) or a near miss (`other` True)."""

    other: bool | None = None
    paragraph: int = -1

    def elsewhere(self, view: View, mentions: list[Mention], paragraph: int) -> bool:
        """The sentence only points back to a meeting, and the last one named (in this paragraph) was another's."""
        return bool(self.other) and paragraph == self.paragraph and points_back(view, mentions, allowed=_ANOTHERS)

    def resumes(self, view: View, mentions: list[Mention], paragraph: int) -> bool:
        """The sentence only points back to a meeting, and the last one named (in this paragraph) was the leaders':
        it goes on about theirs, as a sentence right after one about it does ("Zelensky is ready to meet Putin. ...
        It could take place in Istanbul, he said"); in the next paragraph too, when none was named since (h_frame: "...
        before the next summit so that the leaders had something to sign, he added. // Merkel said Germany would be
        glad to host the follow-up meeting in Berlin")."""
        near = paragraph - self.paragraph in _NEAR
        return self.other is False and near and points_back(view, mentions, _SPEAKER_HEAD)

    def note(self, view: View, mentions: list[Mention], paragraph: int) -> None:
        """Remember the meeting the sentence names, if it names one."""
        named = names_meeting(view, mentions)
        if named is not None:
            self.other, self.paragraph = not named, paragraph


def points_back(view: View, mentions: list[Mention], heads: int = 0, allowed: tuple[str, ...] = ()) -> bool:
    """A meeting word, "such a meeting" or "to be held", and no one at the table named: no leader, no
    head of state (beyond `heads` of them), no pair of leaders, no other event or delegation ("The summit will be
    held in Budapest"), but for the `allowed` concepts."""
    table = tuple(c for c in (_AT_TABLE if not heads else _AT_TABLE_BUT_PERSON) if c not in allowed)
    if not view.has_any(_MEETING_WORDS) or view.has_any(table) or _names_whom(view):
        return False
    if any(m.actor is not None and m.actor.role == "leader" for m in mentions):
        return False
    named = [m for m in mentions if m.actor is not None and m.actor.role == "head"]
    if len({m.actor.name for m in named if m.actor is not None}) > heads:
        return False
    # a third party's person named is at the table, unless it is the head allowed (who speaks: "..., Erdogan said")
    return not heads or all(any(m.start <= o.start < m.end for m in named)
                            for o in view.concepts.get("OTHER_PERSON", ()))


def _names_whom(view: View) -> bool:
    """A meeting word right before "with" names its own counterpart ("will sit down with someone who talks to us in
    ultimatums"): a table of its own, no pointer back to the last meeting named."""
    withs = {w.first for w in view.concepts.get("WITH_WORD", ())}
    return any(m.last + 1 in withs for m in view.concepts.get("MEET", ()))


def names_meeting(view: View, mentions: list[Mention]) -> bool | None:
    """True: the sentence names the leaders' meeting ("Zelensky is ready to meet Putin"); False: it names a near
    miss ("Trump and Putin will meet in Budapest", "Putin will attend the G20", "the delegations met in Istanbul");
    None: it names no meeting with its parties (it points back to one, or speaks of none)."""
    if not view.has_any(("MEET", "TALKS", "OTHER_EVENT", "SUCH_MEETING")):
        return None
    leaders = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "leader"}
    if view.has("OTHER_EVENT") and len(leaders) < 2:
        return False  # "Putin will attend the G20 summit" (not "Putin and Zelensky could meet at the G20")
    if view.has("DELEGATION") and view.has("TALKS") and not view.has_any(("MEET", "LEADERS_PAIR", "NAMED_PAIR")) \
            and not leaders:  # (h_frame2) the delegations' talks, their head's title naming the president or not
        return False  # ("Глава делегации на стамбульских переговорах, помощник президента ...")
    if frames(view, mentions, _NEUTRAL).meeting:
        return True
    if not view.has("MEET"):
        return None  # talks of something, no meeting named
    heads = any(m.actor is not None and m.actor.role == "head" for m in mentions)
    # a leader and another head of state at a meeting ("Putin will meet Erdogan"; a head alone hosts or offers:
    # "Orban offered Budapest for the summit"), or delegations meeting alone
    return False if (heads and len(leaders) == 1) or (view.has("DELEGATION") and not leaders) else None
