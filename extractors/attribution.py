"""Who said it: the speaker of a sentence, the span that is theirs, and how the attribution was made.

Attribution follows the cue-source-content view of quote attributors (PARC,
Citron): find the cue (a speech verb, "according to", a colon after a name, a
quote), then resolve its source to the nearest compatible actor mention, a
pronoun or a title standing for someone named before. Cues are concepts of the
lexicon (SAY, ACCORDING, PREP), so the same logic reads "said Peskov",
«...», — заявил Песков and „...“, sagte Selenskyj.

A sentence whose subject is a party's actor but which has no speech verb
("Kyiv rejects any cession of territory", "Moscow treats Crimea as Russian")
is the reporter's summary of that party's position: it counts for the party
(docs/conditions.md), with a lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractors.actors import Actor, Mention
from extractors.analysis import View
from extractors.lexicon import ConceptMatch

# Confidence factors of each way of attributing (multiplied with the rule's).
HOW_CONFIDENCE = {
    "colon": 1.0, "quote": 1.0, "according": 1.0, "verb": 1.0, "inverted": 1.0, "continuation": 0.9,
    "subject": 0.85,
}
_SUBJECT_WORDS = 7  # a speaker stands at most this many words before the speech verb
_LEAD_WORDS = 6  # a reporter's summary opens with its subject within this many words
# Russian/Ukrainian endings that mark a name as an object, never the subject ("с Путиным", "Зеленського").
_OBLIQUE = ("ого", "ому", "ым", "им", "ом", "ой", "ою", "ові", "еві", "ем", "ым")
_OBJECT_LANGS = frozenset({"ru", "uk"})


@dataclass(frozen=True)
class Attribution:
    actor: Actor
    content: tuple[int, int]  # character span of the sentence that is the speaker's
    direct: bool
    how: str

    @property
    def confidence(self) -> float:
        return HOW_CONFIDENCE.get(self.how, 0.8)


@dataclass
class Memory:
    """The article's running context: who 'he' and 'the minister' are, and each speaker's last date.

    A pronoun stands for the last person who was the topic of a sentence: its speaker, or, in a sentence
    without one, the person it opens with. People named only as objects do not take the pronoun.
    """

    last_person: Actor | None = None
    last: Attribution | None = None
    last_paragraph: int = -1
    dates: dict[str, date] = field(default_factory=dict)

    def topic(self, actor: Actor) -> None:
        if actor.kind == "person":
            self.last_person = actor


def attribute(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
              paragraph: int) -> Attribution | None:
    """The speaker of a sentence and their span, or None when the sentence attributes nothing to a party."""
    found = (
        _colon(view, mentions, memory)
        or _according(view, mentions, quotes, memory)
        or _verb(view, mentions, quotes, memory)
        or _continuation(view, mentions, quotes, memory, paragraph)
        or _subject(view, mentions, quotes, memory)
    )
    if found is not None and found.actor.party == "none":
        return None
    return found


def _resolve(m: Mention, memory: Memory) -> Actor | None:
    return m.actor if m.actor is not None else memory.last_person


def _in(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def is_subject(view: View, m: Mention) -> bool:
    """A mention that can be a clause's subject: not after a preposition or an object-taking verb, and in
    Russian and Ukrainian not in an oblique case."""
    i = _token_at(view, m.start)
    if i is None:
        return True
    prev = next((t for t in reversed(view.tokens[:i]) if t.is_word), None)
    if prev is not None and (_is_prep(view, prev.text)):
        return False
    if view.lang in _OBJECT_LANGS and m.how == "form" and m.actor is not None and m.actor.kind == "person":
        last = view.text[m.start : m.end].lower().split()[-1]
        return not last.endswith(_OBLIQUE)
    return True


def _is_prep(view: View, word: str) -> bool:
    for m in view.concepts.get("PREP", ()):
        if view.tokens[m.first].text == word:
            return True
    return False


def _token_at(view: View, char: int) -> int | None:
    for i, t in enumerate(view.tokens):
        if t.start >= char:
            return i
    return None


def _says(view: View, quotes: tuple[tuple[int, int], ...]) -> list[ConceptMatch]:
    return [m for m in view.concepts.get("SAY", ()) if not _in(quotes, m.start)]


def _colon(view: View, mentions: list[Mention], memory: Memory) -> Attribution | None:
    """'Putin: I am ready ...', 'Zelensky: "..."' (headline and interview style): the name opens the line."""
    if not mentions or mentions[0].start > 40:
        return None
    m = mentions[0]
    actor = _resolve(m, memory)
    rest = view.text[m.end : m.end + 2]
    if actor is None or not rest.startswith(":"):
        return None
    if view.text[: m.start].strip(" -–—").count(" ") > 3:
        return None
    return Attribution(actor, (m.end + 1, len(view.text)), True, "colon")


def _according(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
               memory: Memory) -> Attribution | None:
    for acc in view.concepts.get("ACCORDING", ()):
        if _in(quotes, acc.start):
            continue
        after = [m for m in mentions if 0 <= m.start - acc.end <= 30]
        if after:
            actor = _resolve(after[0], memory)
            if actor is not None:
                return Attribution(actor, (0, len(view.text)), bool(quotes), "according")
    return None


def _verb(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
          memory: Memory) -> Attribution | None:
    """'X said (that) ...', '..., X said.', '"...," said X', '«...», — заявил X', 'X, who ..., said'."""
    says = _says(view, quotes)
    if not says:
        return None
    if _unnamed_source(view, says[0], mentions):
        return None
    for v in says:
        subject = _subject_before(view, v, mentions, quotes)
        inverted = None if subject else _mention_after(view, v, mentions, quotes)
        m = subject or inverted
        if m is None:
            continue
        actor = _resolve(m, memory)
        if actor is None:
            continue
        return Attribution(actor, _content(view, v, m, quotes, inverted is not None), bool(quotes),
                           "inverted" if inverted else "verb")
    return None


def _subject_before(view: View, v: ConceptMatch, mentions: list[Mention],
                    quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """The nearest mention before the verb that can be its subject (outside quotes, within a few words)."""
    verb_tok = v.first
    best = None
    for m in mentions:
        if m.end > v.start or _in(quotes, m.start):
            continue
        i = _token_at(view, m.start)
        if i is None or view.words_between(i, verb_tok) > _SUBJECT_WORDS + _words(view, m):
            continue
        if not is_subject(view, m):
            continue
        best = m
    return best


def _words(view: View, m: Mention) -> int:
    return sum(1 for t in view.tokens if t.is_word and m.start <= t.start < m.end)


def _mention_after(view: View, v: ConceptMatch, mentions: list[Mention],
                   quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """'said Peskov', 'заявил Песков', 'sagte Selenskyj': the speaker right after the verb."""
    for m in mentions:
        if m.start >= v.end and not _in(quotes, m.start):
            gap = view.text[v.end : m.start]
            if len(gap.split()) <= 2 and "," not in gap and m.start - v.end <= 25:
                return m
            return None
    return None


def _content(view: View, v: ConceptMatch, m: Mention, quotes: tuple[tuple[int, int], ...],
             inverted: bool) -> tuple[int, int]:
    """The speaker's span: the quotes when the sentence has them, else the clause the verb introduces, or the
    words before a closing attribution ('..., Lavrov said.')."""
    n = len(view.text)
    if quotes:
        return (min(s for s, _ in quotes), max(e for _, e in quotes))
    speaker_start = min(m.start, v.start)
    speaker_end = max(m.end, v.end)
    tail = view.text[speaker_end:].strip(" .,;!?")
    if speaker_start > 20 and len(tail) < 30:
        return (0, speaker_start)
    if inverted and v.start > 20:
        return (0, v.start)
    return (v.start, n)


def _unnamed_source(view: View, v: ConceptMatch, mentions: list[Mention]) -> bool:
    """'Sources told Reuters that Putin was ready ...': the sentence is theirs, not Putin's."""
    nonparty = [m for m in view.concepts.get("NONPARTY", ()) if m.end <= v.start]
    if not nonparty:
        return False
    return not any(m.actor is not None and nonparty[-1].end <= m.start < v.start for m in mentions)


def _continuation(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
                  paragraph: int) -> Attribution | None:
    """A quote paragraph right after an attributed one: the same speaker goes on."""
    prev = memory.last
    if prev is None or paragraph - memory.last_paragraph > 1:
        return None
    quoted = sum(e - s for s, e in quotes)
    if quotes and quoted / max(1, len(view.text)) >= 0.6:
        return Attribution(prev.actor, (0, len(view.text)), True, "continuation")
    named = [m for m in mentions if m.actor is not None]
    if not named and paragraph == memory.last_paragraph and not view.has("SAY"):
        return Attribution(prev.actor, (0, len(view.text)), prev.direct, "continuation")
    return None


def _subject(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
             memory: Memory) -> Attribution | None:
    """A reporter's summary: the sentence opens with a party's actor as its subject ('Kyiv rejects ...',
    'On June 14, he demanded ...'). A recommendation addressed to them ('Kyiv should propose ...', a
    columnist's) is not their position."""
    for m in mentions:
        i = _token_at(view, m.start)
        if i is None or not _opens_clause(view, i):
            continue
        if _in(quotes, m.start) or not is_subject(view, m):
            continue
        j = _token_at(view, m.end)
        if j is not None and any(x.first == j for x in view.concepts.get("MODAL", ())):
            return None
        actor = _resolve(m, memory)
        if actor is None:
            return None
        return Attribution(actor, (m.start, len(view.text)), False, "subject")
    return None


def _opens_clause(view: View, i: int) -> bool:
    """Token i starts the sentence (after at most two words) or follows an opening phrase's comma."""
    words_before = sum(1 for t in view.tokens[:i] if t.is_word)
    if words_before <= 2:
        return True
    if words_before > _LEAD_WORDS:
        return False
    prev = view.tokens[i - 1] if i > 0 else None
    return prev is not None and prev.text == ","
