"""One sentence as the reader reads it, and what both the reader and the answers' reading ask of one.

`Read` is a sentence with its analysis (tokens, concepts, places) and the actors it names: reader.py makes one
per sentence of an article and hands them to its helpers (as `_Read`) and to answers.py. `speaks_of_meeting` and
`other_summit` tell whether a sentence (or the lead) speaks of the Putin-Zelensky meeting, or of another leader's
summit.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.actors import Mention
from extractors.analysis import View
from extractors.sentences import Sentence


@dataclass
class Read:
    sentence: Sentence
    view: View
    mentions: list[Mention]


def other_summit(view: View, mentions: list[Mention]) -> bool:
    """A lead about one leader meeting another head of state ("Trump and Putin to meet in Budapest"), with
    the other leader not named: the story's summit is not theirs."""
    leaders = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "leader"}
    heads = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "head"}
    return len(leaders) == 1 and bool(heads) and not view.has("TRILATERAL")


def speaks_of_meeting(view: View, mentions: list[Mention]) -> bool:
    leaders = any(m.actor is not None and m.actor.role == "leader" for m in mentions)
    return (view.has("MEET") or view.has("TALKS")) and (leaders or view.has("LEADERS_PAIR"))
