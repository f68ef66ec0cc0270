"""The rule-based statement extractor: the product's default reading of an article.

Per sentence: find the speaker (attribution.py), the span that is theirs (the
quote, or the clause after "said that"), the date it was said (dates.py), and
the conditions in that span (conditions.py). Per article: statements of one
party that give two values of an exclusive kind on one day keep the strongest
("I am ready ... I don't see much point" reads as skeptical).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extractors.actors import Actor, ActorIndex, Mention, default_index
from extractors.attribution import SpeakerMemory, in_subject_position, is_possessive, role_mentions
from extractors.base import ArticleText, Statement
from extractors.conditions import EXCLUSIVE, Cue, Topic, find_cues, to_conditions
from extractors.dates import find_date
from extractors.statements import Sentence, according_to, sentences, speech_verbs

_ABOUT_MEETING = re.compile(r"\b(?:meet\w*|summit|talks|negotiat\w+)\b", re.I | re.A)
_LEADERS = re.compile(r"\b(?:putin|zelensk\w*|zenesk\w*)\b", re.I | re.A)
# The war's parties: an article that names none of them is not about a Putin-Zelensky meeting at all.
_TOPIC = re.compile(r"\b(?:putin|zelensk\w*|zenesk\w*|kremlin|kyiv|kiev|ukrain\w*|russia\w*|moscow)\b", re.I | re.A)
_LEAD_CHARS = 400
_THAT = re.compile(r"\bthat\b", re.I | re.A)
# ", <speaker> said/told ... ." closing a sentence: up to six words of title and name after the comma,
# a plain speech verb, and a short tail without a clause of its own ("in an interview with RIA").
_TRAILING = re.compile(
    r",\s*(?:[\w'’.-]+\s+){0,6}?(?:has\s+|had\s+|also\s+|on\s+\w+\s+)?(?P<verb>(?i:said|says|told|stated|added|noted"
    r"|claimed|insisted|wrote|stressed|warned|explained|emphasi[sz]ed|confirmed|reiterated|argued"
    r"|acknowledged|replied|responded|announced|maintained|posted))\b"
    # the tail: nothing, or where/when/to whom it was said, or an "adding ..." of its own
    r"(?=\s*[.!?]?\s*$|\s+(?:to|in|on|at|during|after|before|while|from|via|late|earlier|last|this|yesterday|today"
    r"|tonight|in\s+an?|reporters|journalists|[A-Z][\w.]*)\b[^,;]{0,60}$|\s*,\s*(?:adding|noting|saying|stressing"
    r"|insisting|warning)\b)",
    re.A,
)
# An opening adverbial phrase before the first comma: "On Sept. 4, ...", "Speaking in Kyiv, ...".
_INTRO = re.compile(
    r"\s*(?:on|in|at|after|before|during|speaking|asked|when|while|following|earlier|later|last|this|addressing"
    r"|according|meanwhile|however|also|separately|still|yet)\b[^,]{0,60},",
    re.I | re.A,
)
# Who opens a sentence without being a party: its reading of a leader's position is not that leader's statement.
_NON_PARTY = re.compile(
    r"\b(?:sources?|analysts?|experts?|observers?|insiders?|commentators?|journalists?|reporters?|columnists?"
    r"|people\s+familiar|officials\s+familiar|newspaper|media|tabloid|pollsters?|think[- ]tank|critics?)\b",
    re.I | re.A,
)
# A photo caption left in the text (the cleaner normally drops it): its names and dates are not the story's.
_CAPTION = re.compile(
    r"\((?:photo|image|picture)s?\b[^)]*\)|getty images|\bvia (?:reuters|afp|ap)\b|/ ?(?:afp|pool|reuters|epa)\b"
    r"|\b(?:looks on|pictured|poses for a photo)\b",
    re.I | re.A,
)
_MOSTLY_QUOTE = 0.6
_MODAL = re.compile(r"\b(?:should|shouldn't|must|mustn't|has\s+to|have\s+to|needs\s+to|ought\s+to)\b", re.I | re.A)
# "Zelensky rejected recognizing ..." negates what follows the verb.
_NEGATIVE_VERB = re.compile(r"\b(?:reject\w*|ruled\s+out|rules\s+out|refus\w*|dismiss\w*|declin\w*)", re.I | re.A)


@dataclass
class _Found:
    statement: Statement
    cues: list[Cue]
    sentence: str = ""
    paragraph: int = 0


class RuleBasedExtractor:
    """Rules kept as data (actors.toml, conditions.toml); no model, no network, ~1 ms per article."""

    name = "rules-v1"

    def __init__(self, actors: ActorIndex | None = None) -> None:
        self.actors = actors or default_index()

    def extract(self, article: ArticleText) -> list[Statement]:
        about_meeting = bool(_ABOUT_MEETING.search(article.text) and _LEADERS.search(article.text))
        lead = f"{article.title or ''} {article.text[:_LEAD_CHARS]}"
        topic = Topic(
            war=bool(_TOPIC.search(article.text)),
            meeting=about_meeting,
            focus=bool(_ABOUT_MEETING.search(lead) and _LEADERS.search(lead)),
        )
        memory = SpeakerMemory()
        last_date: dict[str, date] = {}
        found: list[_Found] = []
        previous: _Found | None = None
        prev_sentence: Sentence | None = None
        captions = _caption_paragraphs(article.text)
        for s in sentences(article.text):
            if s.paragraph in captions:
                continue
            item = self._read_sentence(s, article, memory, last_date, topic, previous, prev_sentence)
            if item:
                found.append(item)
            previous = item
            prev_sentence = s
        return _resolve_exclusive(found)

    def _read_sentence(
        self,
        s: Sentence,
        article: ArticleText,
        memory: SpeakerMemory,
        last_date: dict[str, date],
        topic: Topic,
        previous: _Found | None,
        prev_sentence: Sentence | None,
    ) -> _Found | None:
        frame = s.frame()
        mentions = [m for m in self.actors.mentions(frame)]
        speaker, content_span, verb = self._speaker(s, frame, mentions, memory)
        if speaker is None:
            speaker, content_span = self._continuation(s, frame, mentions, previous, prev_sentence)
        for m in mentions:
            if m.actor is not None:
                memory.saw(m.actor)
        if speaker is None:
            subject = _opening_subject(frame, mentions)
            if subject is not None:
                memory.topic(subject)
                # "Zelensky spoke in Lviv on Thursday. ... 'I am ready,' he said." dates the quote.
                when = find_date(frame, article.published)
                if when:
                    last_date[subject.name] = when
            return None
        memory.spoke(speaker)
        a, b = content_span
        content = s.text[a:b]
        explicit = find_date(_date_zone(frame, a), article.published)
        if explicit:
            last_date[speaker.name] = explicit
        stated = explicit or last_date.get(speaker.name) or article.published
        # A quote that goes on with what its speaker just said about the meeting keeps that topic.
        context = s.text
        if previous and previous.statement.speaker == speaker.name and s.paragraph - previous.paragraph <= 1:
            context = f"{previous.sentence} {s.text}"
        negative = bool(verb and _NEGATIVE_VERB.search(verb))
        cues = find_cues(content, context, topic, negative_frame=negative)
        quoted = [(qs - a, qe - a) for qs, qe in s.quotes]
        cues = [
            c
            for c in cues
            if any(qs <= c.start < qe for qs, qe in quoted) or _own_clause(c, content, self.actors, speaker.party)
        ]
        is_direct = bool(s.quotes) and any(a <= qs and qe <= b for qs, qe in s.quotes)
        statement = Statement(
            speaker=speaker.name,
            party=speaker.party,
            quote=content.strip(" ,.;:"),
            is_direct=is_direct,
            stated_on=stated,
            start=s.start + a,
            end=s.start + b,
            conditions=to_conditions(cues, speaker.party),
        )
        return _Found(statement, cues, s.text, s.paragraph)

    def _speaker(self, s: Sentence, frame: str, mentions: list[Mention], memory: SpeakerMemory):
        """(actor, (content start, content end), verb) for a sentence that attributes speech, else Nones."""
        colon = _colon_speaker(frame, mentions)
        if colon is not None:
            return colon[0], (colon[1], len(s.text)), None
        acc = according_to(frame)
        if acc:
            after = [m for m in mentions if 0 <= m.start - acc.end() <= 2]
            actor = self._resolve(after[0], memory) if after else None
            if actor:
                return actor, (0, len(s.text)), None
        roles = role_mentions(frame)
        verbs = speech_verbs(frame)
        if verbs and _unnamed_source(frame, verbs[0].start(), mentions):
            return None, None, None
        trailing = _trailing_attribution(frame, mentions)
        if trailing is not None:
            actor = self._resolve(trailing[0], memory)
            if actor is not None:
                return actor, trailing[1], trailing[2]
        for v in verbs:
            before = [m for m in mentions if m.end <= v.start() and v.start() - m.end <= 70]
            before = [m for m in before if in_subject_position(frame, m) or is_possessive(frame, m)]
            subject = before[-1] if before else None
            role = [r for r in roles if r[1] <= v.start() and v.start() - r[1] <= 40]
            actor = self._resolve(subject, memory) if subject else None
            if actor is None and role:
                actor = memory.role(role[-1][2])
                if actor:
                    subject = Mention(role[-1][0], role[-1][1], actor, "role")
            if actor is None:
                after = [m for m in mentions if 0 <= m.start - v.end() <= 3 and m.actor is not None]
                if after:
                    return after[0].actor, (0, v.start()), v.group(0)  # '"...," said Peskov.'
                continue
            if s.quotes and s.quotes[0][0] <= 2 and s.quotes[0][1] <= subject.start:
                # '"...," Peskov told a press conference.' or '"...," he said, "...".'
                end = len(s.text) if any(q[0] > v.end() for q in s.quotes) else subject.start
                return actor, (0, end), v.group(0)
            if len(frame[v.end() :].strip(" .,;")) < 25 and subject.start > 25:
                return actor, (0, subject.start), v.group(0)  # '..., Lavrov said.'
            # The verb stays in the content: "refused to meet", "called for a meeting" carry the condition.
            return actor, (v.start(), len(s.text)), v.group(0)
        return None, None, None

    def _continuation(self, s: Sentence, frame: str, mentions: list[Mention], previous, prev_sentence):
        """A quote paragraph right after an attributed one, or 'Also, ...' after a statement."""
        if previous is None or prev_sentence is None:
            return None, None
        quoted = sum(e - b for b, e in s.quotes)
        speaker = _actor_of(previous, self.actors)
        if speaker is None:
            return None, None
        if s.quotes and quoted / max(1, len(s.text)) >= _MOSTLY_QUOTE and s.paragraph - prev_sentence.paragraph <= 1:
            return speaker, (0, len(s.text))
        named = [m for m in mentions if m.actor is not None]
        if not named and s.paragraph == prev_sentence.paragraph and not speech_verbs(frame):
            return speaker, (0, len(s.text))
        return None, None

    def _resolve(self, m: Mention, memory: SpeakerMemory):
        return m.actor if m.actor is not None else memory.pronoun()


def _date_zone(frame: str, content_start: int) -> str:
    """The reporter's words that can date a statement: in "X said on Friday that a meeting could
    happen on April 6", the reported clause after "that" dates an event, not the statement."""
    that = _THAT.search(frame, content_start, content_start + 80) if content_start else None
    return frame[: that.start()] if that else frame


def _trailing_attribution(frame: str, mentions: list[Mention]) -> tuple[Mention, tuple[int, int], str] | None:
    """'Putin is ready to meet Zelensky in Moscow, Peskov told TASS on Thursday.': the sentence is the
    trailing speaker's, whoever its clause names first. Returns (mention, content span, verb)."""
    m = _TRAILING.search(frame)
    if m is None:
        return None
    comma = m.start()
    if comma < 30 or _INTRO.match(frame):
        return None  # "In his nightly address, Zelensky said ...": an opening phrase, not a closing attribution
    subject = [x for x in mentions if comma < x.start and x.end <= m.start("verb")]
    if not subject:
        return None
    tail = frame[m.end("verb") :]
    if tail.lstrip(" ,").lower().startswith(("adding", "noting", "saying", "stressing", "insisting", "warning")):
        return subject[-1], (0, len(frame)), m.group("verb")
    return subject[-1], (0, comma), m.group("verb")


def _unnamed_source(frame: str, verb_start: int, mentions: list[Mention]) -> bool:
    """'Sources told Reuters that Putin was ready ...': the sentence is theirs, not Putin's."""
    opening = frame[:verb_start]
    return bool(_NON_PARTY.search(opening)) and not any(m.actor is not None and m.end <= verb_start for m in mentions)


def _colon_speaker(frame: str, mentions: list[Mention]) -> tuple[Actor, int] | None:
    """'Putin: I am ready ...' and 'Zelenskyy: "..."' (headline and interview style): the name opens the line."""
    if not mentions or mentions[0].actor is None or mentions[0].start > 30:
        return None
    m = mentions[0]
    if frame[m.end : m.end + 1] == ":" and not frame[: m.start].strip(" -–—").count(" ") > 3:
        return m.actor, m.end + 1
    return None


def _caption_paragraphs(text: str) -> set[int]:
    """Paragraph indices (as `sentences` counts them) that read as photo captions."""
    if not _CAPTION.search(text):
        return set()
    return {i for i, para in enumerate(re.split(r"\n\s*\n|\n", text)) if _CAPTION.search(para)}


def _opening_subject(frame: str, mentions: list[Mention]) -> Actor | None:
    """The person a sentence without a speaker opens with ("Zelensky spoke to students ...")."""
    for m in mentions:
        if m.actor is None or m.start > 60:
            return None
        if in_subject_position(frame, m) and not is_possessive(frame, m):
            return m.actor if m.actor.kind == "person" else None
    return None


def _actor_of(found: _Found, index: ActorIndex):
    for actor in index.actors:
        if actor.name == found.statement.speaker:
            return actor
    return None


def _own_clause(cue: Cue, content: str, index: ActorIndex, party: str) -> bool:
    """Drop a meeting cue whose clause belongs to another party ('Lavrov said Zelensky rejected talks')."""
    if cue.kind == "demand" or cue.value == "legitimate_signatory":
        return True  # these name the other side by nature: "Russia demands that Ukraine ...", "he is not legitimate"
    subjects = _subjects(content, index.mentions(content[: cue.start]))
    if not subjects or subjects[-1][-1].actor is None:
        return True
    if any(m.actor is not None and m.actor.party == party for m in subjects[-1]):
        return True
    # "Putin shouldn't invite him to the Kremlin": a directive to the other side is the speaker's condition.
    return bool(_MODAL.search(content[subjects[-1][-1].end : cue.start]))


def _subjects(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Subject mentions, coordinated ones ('Ukraine and Russia') grouped; 'between X and Y' are objects."""
    groups: list[list[Mention]] = []
    prev: Mention | None = None
    prev_subject = False
    for m in mentions:
        joined = prev is not None and text[prev.end : m.start].strip() in ("and", ",", "or")
        subject = prev_subject if joined else (in_subject_position(text, m) or is_possessive(text, m))
        if subject:
            if joined and groups and groups[-1][-1] is prev:
                groups[-1].append(m)
            else:
                groups.append([m])
        prev, prev_subject = m, subject
    return groups


def _resolve_exclusive(found: list[_Found]) -> list[Statement]:
    """One value per party, exclusive kind and day in an article: the most strongly stated."""
    best: dict[tuple[str, str, date | None], tuple[int, int, str]] = {}
    for i, f in enumerate(found):
        for c in f.cues:
            if c.kind in EXCLUSIVE and c.op == "assert":
                key = (f.statement.party, c.kind, f.statement.stated_on)
                rank = (c.weight, -i)
                if key not in best or rank > best[key][:2]:
                    best[key] = (c.weight, -i, c.value)
    out = []
    for f in found:
        keep = tuple(
            c
            for c in f.statement.conditions
            if c.kind not in EXCLUSIVE
            or best.get((f.statement.party, c.kind, f.statement.stated_on), (0, 0, c.value))[2] == c.value
        )
        out.append(f.statement if len(keep) == len(f.statement.conditions) else replace(f.statement, conditions=keep))
    return out
