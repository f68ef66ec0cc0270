"""The reader: the product's default StatementExtractor, in any of its languages.

Per article: detect the language, cut sentences (quotes kept whole), analyse
each one once (tokens, concepts, places, actor mentions), decide what the
article is about (the topic gates), then per sentence: who says it
(attribution.py), which span is theirs, when it was said (dates.py), and what
conditions that span states (conditions.py), each with the rule that read it
and a confidence. Per article, statements of one party that give two values of
an exclusive kind on one day keep the most strongly stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from domain.vocabulary import vocabulary
from extractors.actors import ActorIndex, Mention, default_index
from extractors.analysis import View, analyse
from extractors.attribution import Attribution, Memory, attribute, is_subject
from extractors.base import ArticleText, Condition, Statement
from extractors.conditions import Cue, Topic, find_cues, frames
from extractors.dates import find_date
from extractors.language import detect
from extractors.rules import rulebook
from extractors.sentences import Sentence, sentences

_LEAD_CHARS = 400
# A photo caption left in the text (the cleaner normally drops it): its names and dates are not the story's.
_CAPTION = re.compile(
    r"^\s*(?:\[?photo\]?|caption|pictured|фото|фото:|\[фото\])\b|\((?:photo|image|picture|pool photo)s?\b[^)]*\)"
    r"|getty images|\bvia (?:reuters|afp|ap)\b|/ ?(?:afp|pool|reuters|epa)\b"
    r"|\b(?:looks on|pictured|poses for a photo)\b"
    r"|\((?:[\w ]+ )?pool\)|\(kremlin pool\)|\(state emergency service\)",
    re.I,
)
# Exclusive values when one party gives two on one day: the stronger reading wins.
_STRENGTH = {"refuses": 3, "skeptical": 2, "willing": 1}
# A condition reported of another party ("Trump said Putin agreed to meet") is that party's, less sure.
REPORTED_CONFIDENCE = 0.6
OFF_PARTY_CONFIDENCE = 0.5
# Below this a reading is not stored at all: an assertion nobody would act on only adds noise to the warehouse.
EMIT_FLOOR = 0.35
# Another party's actor is the subject of a cue when at most this many words stand between them.
_REPORTED_WORDS = 3


@dataclass
class _Read:
    sentence: Sentence
    view: View
    mentions: list[Mention]


class Reader:
    """Rules kept as data (lexicon, rules, actors, places, calendar); no model, no network."""

    name = "reader-v2"

    def __init__(self, actors: ActorIndex | None = None) -> None:
        self.actors = actors or default_index()
        rulebook()  # fail at start, not on the first article, when the rules are inconsistent

    def extract(self, article: ArticleText) -> list[Statement]:
        lang = article.lang or detect(f"{article.title or ''}\n{article.text}")
        reads = self._analyse(article, lang)
        topic = self._topic(article, lang, reads)
        memory = Memory()
        out: list[Statement] = []
        previous: tuple[Attribution, View] | None = None
        for r in reads:
            att = attribute(r.view, r.mentions, r.sentence.quotes, memory, r.sentence.paragraph)
            if att is None:
                self._remember_topic(r, memory, article.published)
                previous = None
                continue
            st = self._statement(r, att, article, topic, memory, previous)
            memory.last, memory.last_paragraph = att, r.sentence.paragraph
            memory.topic(att.actor)
            previous = (att, r.view)
            if st is not None:
                out.append(st)
        return _resolve_exclusive(out)

    def _analyse(self, article: ArticleText, lang: str) -> list[_Read]:
        captions = _caption_paragraphs(article.text)
        out = []
        for s in sentences(article.text):
            if s.paragraph in captions:
                continue
            view = analyse(s.text, lang)
            out.append(_Read(s, view, self.actors.mentions(s.text, article.published, view.tokens)))
        return out

    def _topic(self, article: ArticleText, lang: str, reads: list[_Read]) -> Topic:
        war = any(m.actor is not None and m.actor.party in ("RU", "UA") for r in reads for m in r.mentions)
        meeting = any(_speaks_of_meeting(r.view, r.mentions) for r in reads)
        lead = f"{article.title or ''}\n{article.text[:_LEAD_CHARS]}"
        lead_view = analyse(lead, lang)
        focus = _speaks_of_meeting(lead_view, self.actors.mentions(lead, article.published, lead_view.tokens))
        return Topic(war=war, meeting=meeting, focus=focus)

    def _remember_topic(self, r: _Read, memory: Memory, published: date | None) -> None:
        """A sentence without a speaker may still set who 'he' is and when ('Zelensky spoke on Tuesday')."""
        for m in r.mentions:
            if m.actor is not None and m.actor.kind == "person" and m.start < 60:
                memory.topic(m.actor)
                when = find_date(r.sentence.text, published)
                if when:
                    memory.dates[m.actor.name] = when
                break
        memory.last = None

    def _statement(self, r: _Read, att: Attribution, article: ArticleText, topic: Topic, memory: Memory,
                   previous: tuple[Attribution, View] | None) -> Statement | None:
        a, b = att.content
        context = previous[1] if previous is not None and previous[0].actor is att.actor else None
        fr = frames(r.view, r.mentions, topic, att.actor, context)
        cues = [c for c in find_cues(r.view, fr, att.actor.home) if _inside(c, att, r.sentence.quotes)]
        stated = self._date(r, att, article, memory)
        conditions = _conditions(cues, att, r, stated)
        return Statement(
            speaker=att.actor.name,
            party=att.actor.party,
            quote=r.sentence.text[a:b].strip(" ,.;:—–-"),
            is_direct=att.direct,
            stated_on=stated,
            start=r.sentence.start + a,
            end=r.sentence.start + b,
            conditions=conditions,
            sentence=r.sentence.text,
        )

    def _date(self, r: _Read, att: Attribution, article: ArticleText, memory: Memory) -> date | None:
        """An explicit date in the reporter's words dates the statement; a date inside the reported clause
        dates an event ("said on Friday that a meeting could take place on April 6")."""
        a, _ = att.content
        frame = r.sentence.text if att.how in ("subject", "according", "colon") else r.sentence.text[: max(a, 0)]
        if att.how == "verb" and a > 0:
            frame = r.sentence.text[: a + 40]
        when = find_date(_strip_quotes(frame, r.sentence.quotes), article.published)
        if when:
            memory.dates[att.actor.name] = when
            return when
        return memory.dates.get(att.actor.name) or article.published


def _strip_quotes(text: str, quotes: tuple[tuple[int, int], ...]) -> str:
    chars = list(text)
    for s, e in quotes:
        for i in range(s, min(e, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _speaks_of_meeting(view: View, mentions: list[Mention]) -> bool:
    leaders = any(m.actor is not None and m.actor.role == "leader" for m in mentions)
    return (view.has("MEET") or view.has("TALKS")) and (leaders or view.has("LEADERS_PAIR"))


def _inside(cue: Cue, att: Attribution, quotes: tuple[tuple[int, int], ...]) -> bool:
    """A cue counts for the speaker when it lies in their span (their quote or reported clause)."""
    a, b = att.content
    return a <= cue.start < b or any(s <= cue.start < e for s, e in quotes)


def _conditions(cues: list[Cue], att: Attribution, r: _Read, stated: date | None) -> tuple[Condition, ...]:
    """One condition per (party, kind, value, op), the most confident first; each with its party."""
    book = rulebook()
    best: dict[tuple[str, str, str, str], Condition] = {}
    for cue in sorted(cues, key=lambda c: c.start):
        party, factor = _party(cue, att, r)
        rule = book.by_id[cue.rule]
        if party in rule.not_parties:
            continue
        if rule.parties and party not in rule.parties:
            factor *= OFF_PARTY_CONFIDENCE
        prior = book.priors.get(cue.value)
        if prior and party not in prior and not (rule.parties and party not in rule.parties):
            factor *= OFF_PARTY_CONFIDENCE
        confidence = round(cue.confidence * att.confidence * factor, 3)
        if confidence < EMIT_FLOOR:
            continue
        evidence = r.sentence.text[cue.start : cue.end]
        cond = Condition(party, cue.kind, cue.value, evidence, "assert", cue.rule, confidence)
        key = (party, cue.kind, cue.value, cond.op)
        if key not in best or best[key].confidence < confidence:
            best[key] = cond
    return tuple(best.values())


def _party(cue: Cue, att: Attribution, r: _Read) -> tuple[str, float]:
    """Whose condition a cue states: the speaker's, or, when its clause has another party's actor as subject
    ('Trump said Putin agreed to meet', 'Zelensky said Putin invited him to Moscow'), that party's, reported
    and so less sure. Only stances and venues are reported this way: a format, a precondition or a demand
    names the other side by nature ('Ukraine must withdraw'), and a directive to the other side ('he can come
    to Kyiv') is the speaker's own proposal."""
    if cue.kind not in ("stance", "venue"):
        return att.actor.party, 1.0
    clause = r.view.clause[cue.first]
    subject = None
    for m in r.mentions:
        if m.actor is None or m.end > cue.start or m.start < att.content[0]:
            continue
        i = next((k for k, t in enumerate(r.view.tokens) if t.start >= m.end), None)
        if i is None or r.view.clause[i] != clause or not is_subject(r.view, m):
            continue
        if r.view.words_between(i - 1, cue.first) > _REPORTED_WORDS:
            continue  # not the subject of the cue's predicate ("to host Putin and Zelensky in Istanbul")
        subject = m
    if subject is None or subject.actor is None or subject.actor.party in (att.actor.party, "none"):
        return att.actor.party, 1.0
    first = next((k for k, t in enumerate(r.view.tokens) if t.start >= subject.end), cue.first)
    if any(first <= m.first < cue.first or m.first == cue.first for m in r.view.concepts.get("MODAL", ())):
        return att.actor.party, 1.0
    return subject.actor.party, REPORTED_CONFIDENCE


def _caption_paragraphs(text: str) -> set[int]:
    """Paragraph indices (as `sentences` counts them) that read as photo captions."""
    if not _CAPTION.search(text):
        return set()
    return {i for i, para in enumerate(re.split(r"\n\s*\n|\n", text)) if _CAPTION.search(para)}


def _resolve_exclusive(statements: list[Statement]) -> list[Statement]:
    """One value per party, exclusive kind and day in an article: the most strongly stated, then the most sure."""
    exclusive = vocabulary().exclusive_kinds
    best: dict[tuple[str, str, date | None], tuple[int, float, int, str]] = {}
    for i, st in enumerate(statements):
        for c in st.conditions:
            if c.kind in exclusive and c.op == "assert":
                key = (c.party, c.kind, st.stated_on)
                rank = (_STRENGTH.get(c.value, 0), c.confidence, -i, c.value)
                if key not in best or rank[:3] > best[key][:3]:
                    best[key] = rank
    out = []
    for st in statements:
        keep = tuple(
            c for c in st.conditions
            if c.kind not in exclusive or best.get((c.party, c.kind, st.stated_on), (0, 0, 0, c.value))[3] == c.value
        )
        out.append(st if len(keep) == len(st.conditions) else replace(st, conditions=keep))
    return out
