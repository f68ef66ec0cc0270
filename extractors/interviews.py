"""Interview transcripts: the answers are the interviewee's, the questions nobody's.

"Q: ... A: ...", "В.: ... О.: ...", "Питання: ... Відповідь: ...", or the
dash turns of Russian and Ukrainian interviews ("— Это реально?" / "— Встречи
ради встречи не будет."): an answer paragraph carries no speech verb and no
name, so the ordinary attribution finds no speaker in it. The interviewee is the first person of a party the headline or
the lead names; an interviewer's question states nothing for any party (the
position inside it is at most the interviewer's summary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.actors import Actor, ActorIndex, Mention
from extractors.attribution import Attribution
from extractors.sentences import Sentence

_QUESTION = re.compile(r"^\s*(?:Q|В|Вопрос|Питання|Frage|F|D|P|S|Soru|Pytanie|Ε)\s*[.:]\s*", re.I)
_ANSWER = re.compile(r"^\s*(?:A|О|Ответ|Відповідь|Antwort|R|C|Cevap|Odpowiedź|Α)\s*[.:]\s*", re.I)
_LEAD_PARAGRAPHS = 3


@dataclass(frozen=True)
class Turn:
    speaker: Actor | None  # None for a question

    def attribution(self, s: Sentence) -> Attribution:
        """The whole sentence is the interviewee's, after the "A:" that opens an answer's first sentence."""
        assert self.speaker is not None
        m = _ANSWER.match(s.text)
        return Attribution(self.speaker, (m.end() if m else 0, len(s.text)), True, "colon")


def interview_turns(text: str, title: str | None, first_mentions: list[Mention], actors: ActorIndex,
                    published: date | None, lang: str) -> dict[int, Turn]:
    """Paragraph index -> turn, for articles with at least two answer paragraphs; empty otherwise."""
    paragraphs = re.split(r"\n\s*\n|\n", text)
    answers = [i for i, p in enumerate(paragraphs) if _ANSWER.match(p)]
    if len(answers) < 2:
        return _dash_turns(paragraphs, title, actors, published, lang)
    speaker = _interviewee(title, paragraphs, actors, published, lang)
    turns: dict[int, Turn] = {}
    current: Turn | None = None
    for i, p in enumerate(paragraphs):
        if _QUESTION.match(p):
            current = Turn(None)
        elif _ANSWER.match(p):
            current = Turn(speaker)
        elif current is None or not p.strip():
            continue
        if current is not None:
            turns[i] = current
    return turns


_DASH = re.compile(r"^\s*[—–-]\s+")


def _dash_turns(paragraphs: list[str], title: str | None, actors: ActorIndex, published: date | None,
                lang: str) -> dict[int, Turn]:
    """Dash-opened paragraphs as turns: one that asks (ends in '?') is a question, the dash paragraph right
    after a question is the answer. Dialogue dashes with their own speech verb never form such pairs."""
    pairs = [i for i in range(len(paragraphs) - 1) if _DASH.match(paragraphs[i]) and _asks(paragraphs[i])
             and _DASH.match(paragraphs[i + 1]) and not _asks(paragraphs[i + 1])]
    if not pairs:
        return {}
    speaker = _interviewee(title, paragraphs, actors, published, lang)
    turns: dict[int, Turn] = {}
    for i in pairs:
        turns[i] = Turn(None)
        turns[i + 1] = Turn(speaker)
    return turns


def _asks(paragraph: str) -> bool:
    return paragraph.rstrip().rstrip("»\"”").endswith("?")


def _interviewee(title: str | None, paragraphs: list[str], actors: ActorIndex, published: date | None,
                 lang: str) -> Actor | None:
    for text in [title or "", *paragraphs[:_LEAD_PARAGRAPHS]]:
        for m in actors.mentions(text, published, lang=lang):
            if m.actor is not None and m.actor.kind == "person" and m.actor.party != "none":
                return m.actor
    return None
