"""Interview transcripts: the answers are the interviewee's, the questions nobody's.

Turns as outlets print them: one a paragraph ("Q: ..." / "A: ...", "В.: ... О.: ...", "Питання: ...
Відповідь: ..."), several inside one paragraph ("Q: Would you meet him? A: I can meet anyone. Q: So lawyers
first? A: Lawyers, yes."), speaker labels instead of Q and A ("INTERVIEWER: ...", "PUTIN: (laughs) No.",
«Корреспондент: ...», «Зеленський: ...»), or the dash turns of Russian and Ukrainian interviews, a paragraph each
or run together («— Это реально? — Встречи ради встречи не будет.»). An answer carries no speech verb and
often no name, so the ordinary attribution finds no speaker in it.

The interviewee is, in this order: the one an answer names ("— Сейчас работают делегации, — ответил Лавров"),
the one a label names, else the first person of a party that the headline or the lead names (an intro line
"Zelensky spoke to X in Kyiv", "interview with ..." first) and that the questions do not speak of in the third
person ("Would you meet Zelensky?" is not asked of Zelensky; "Владимир Владимирович, вы ..." addresses him).
(h_answer27) A Q/A block set inside news copy is the answers of the one party person the paragraph leading into
it names just before his verb of asking or answering («Ушаков ... отвечал журналистам»), where its questions do not
speak of him; a dash paragraph right after a marked question, or a dash after its mark with no more question after
it, is its answer ("Q: And Minsk? — Out of the question.").
An interviewer's question states nothing for any party (the position inside it is at most the interviewer's
summary, or a claim: "The Kremlin says you are illegitimate ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.actors import Actor, ActorIndex, Mention
from extractors.attribution import Attribution
from extractors.lexicon import concept_phrases, concept_texts, phrase_tokens
from extractors.sentences import Sentence, find_quotes

_Q_WORDS = r"Q|Question|В|Вопрос|Питання|Frage|F|D|P|S|Soru|Pytanie|Ε"
_A_WORDS = r"A|Answer|О|Ответ|Відповідь|Antwort|R|C|Cevap|Odpowiedź|Α"
# (h_quest) a turn label may name who asks in brackets: "Q (Russian news agency):", "Question (TASS):", «Вопрос (РИА
# Новости):», "A (Peskov):"
_WHO = r"(?:\s*\([^()\n]{1,60}\))?"
_QUESTION = re.compile(rf"^\s*(?:{_Q_WORDS}){_WHO}\s*[.:]\s*", re.I)
_ANSWER = re.compile(rf"^\s*(?:{_A_WORDS}){_WHO}\s*[.:]\s*", re.I)
# a turn's mark inside a paragraph, after the previous turn's sentence end: "... Zelensky? A: I can ..."
_INLINE = re.compile(r"(?<=[.?!…\"»”)\]])\s+(?:(?P<q>Q|Вопрос|Питання)|(?P<a>A|Ответ|Відповідь))" + _WHO + r"\s*:\s+")
# a speaker's label opening a turn: "PUTIN:", "ZELENSKYY:", "INTERVIEWER:", «Корреспондент:», «Зеленський:»
# a label's capitals and small letters in every script the reader reads (Latin with its accents and Latin
# Extended-A's Polish and Turkish letters, in either class; Cyrillic; Greek with its tonos): "PRÉSENTATEUR:", «Ведуча:»
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017fА-ЯЁІЇЄҐΑ-ΩΆΈ-ΊΌΎ-Ώ"
_LOWER = "a-zß-öø-ÿ\u0100-\u017fа-яёіїєґα-ωά-ώ"
_LABEL = re.compile(r"(?:^|(?<=[.?!…\"»”)\]])\s)\s*(?P<label>"
                    rf"[{_UPPER}][{_UPPER}'’.-]+(?: [{_UPPER}][{_UPPER}'’.-]+)?"
                    rf"|[{_UPPER}][{_LOWER}'’-]+(?: [{_UPPER}][{_LOWER}'’-]+)?)\s*:\s+", re.M)
# a dash turn run on inside a paragraph: "... встретиться? — Я никогда не отказывался ..."
_DASH_INLINE = re.compile(rf"(?<=[.?!…])\s+[—–]\s+(?=[{_UPPER}«\"“]|путін|путин)")
_DASH = re.compile(r"^\s*[—–-]\s+")
# (h_answer27) a dash after a marked question's mark, in its paragraph: the answer run on ("Q: Minsk? — No.")
_DASH_ANSWER = re.compile(r"(?<=\?)\s+[—–]\s+(?=\S)")
# a dash turn's own closing attribution: "..., — відповів Зеленський.", "... — ответил Лавров."
_ANSWERED = re.compile(r"[,.?!…]\s*[—–]\s*(?:ответил|ответила|сказал|сказала|відповів|відповіла|сказав|сказала|"
                       r"answered|replied)\s+(?P<who>[^—–.]{2,60})[.]?\s*$")
# the intro line naming the interviewee: "Zelensky spoke to X", "an interview with ...", «в интервью ...»
_INTRO = re.compile(r"interview|spoke to|spoke with|talked to|sat down with|transcript|answered questions|"
                    r"интервью|стенограмм|беседе|отвечал на вопросы|ответил на вопросы|"
                    r"інтерв['’]ю|розмові|стенограм|відповідав на запитання|відповів на запитання|"
                    # h_dates21: a broadcast's transcript («Розшифровка ефіру від понеділка», «Расшифровка эфира»)
                    r"розшифровк|расшифровк", re.I)
# the intro line's interviewee is no party's voice: an analyst, an expert
_COMMENTATOR = re.compile(r"\b(?:analyst|expert|political scientist|historian|scholar|professor|commentator|"
                          r"аналитик|эксперт|политолог|историк|профессор|аналітик|експерт|політолог|історик|"
                          r"професор)", re.I)
_LEAD_PARAGRAPHS = 3


@dataclass(frozen=True)
class Turn:
    speaker: Actor | None  # None for a question, or for an interviewee who is no party
    start: int  # where the turn's words begin in the text (after its mark or label)
    question: bool = False
    # where the paragraph of its mark ends: a later paragraph of the turn may be the reporter's again, naming its own
    # speaker ("PUTIN: ... ¶ Sybiha responded on X that Kyiv was ready ...")
    paragraph_end: int = 1 << 62

    def attribution(self, s: Sentence) -> Attribution:
        """The whole sentence is the interviewee's, after the mark or label that opens the turn."""
        assert self.speaker is not None
        a = self.start - s.start if s.start <= self.start < s.end else 0
        m = _ANSWER.match(s.text) if a == 0 else None
        return Attribution(self.speaker, (m.end() if m else a, len(s.text)), True, "colon")


class Transcript:
    """The turns of an article, by where they begin; a sentence belongs to the last turn begun at or before it."""

    def __init__(self, turns: list[tuple[int, int, Turn]]) -> None:
        self.turns = sorted(turns, key=lambda t: t[0])

    def __bool__(self) -> bool:
        return bool(self.turns)

    def turn(self, s: Sentence) -> Turn | None:
        found = None
        for start, end, t in self.turns:
            if start > s.start:
                break
            found = t if s.start < end else None
        return found


def interview_turns(text: str, title: str | None, first_mentions: list[Mention], actors: ActorIndex,
                    published: date | None, lang: str) -> Transcript:
    """The article's interview turns (none for an article that is no transcript)."""
    paragraphs = re.split(r"\n\s*\n|\n", text)
    starts = _paragraph_starts(text, paragraphs)
    marks = _marks(text, paragraphs, starts, actors, published, lang)
    ends: list[int] = [m[0] for m in marks[1:]] + [len(text)]  # a marked turn runs on to the next one
    if not marks:
        dashed = _dash_marks(paragraphs, starts)
        marks = [m[:4] for m in dashed]
        ends = [m[4] for m in dashed]  # a dash turn ends with its paragraph (the reporter's words may follow)
    if not marks or not any(k == "q" for _, _, k, _ in marks):
        return Transcript([])
    if not any(k != "q" for _, _, k, _ in marks):  # "Q: ..." with no answer: the question's paragraph alone
        ends = [starts[_paragraph_of(starts, p)] + len(paragraphs[_paragraph_of(starts, p)]) for p, _, _, _ in marks]
    first_para = min(_paragraph_of(starts, p) for p, _, _, _ in marks)
    named = [who for who in (_answerer(text[b:e], actors, published, lang)
                             for (_, b, k, _), e in zip(marks, ends, strict=True) if k == "a") if who is not None]
    # whom the questions and answers speak of in the third person ("Would you meet Zelensky?", "I am ready to meet
    # Putin") is not the one answering
    questions = [text[b:e] for (_, b, k, _), e in zip(marks, ends, strict=True) if k != "label"]
    speaker = named[0] if named else _unnamed_answerer(title, paragraphs, first_para, questions, actors, published,
                                                       lang)
    turns = []
    for (pos, body, kind, who), end in zip(marks, ends, strict=True):
        own = text.find("\n", body)
        own = len(text) if own < 0 else own
        if kind == "q":
            turns.append((pos, end, Turn(None, body, True, own)))
        elif kind == "label":
            turns.append((pos, end, Turn(who, body, False, own)))
        else:
            turns.append((pos, end, Turn(speaker, body, False, own)))
    return Transcript(turns)


def _paragraph_starts(text: str, paragraphs: list[str]) -> list[int]:
    out, offset = [], 0
    for p in paragraphs:
        at = text.find(p, offset) if p else offset
        out.append(at)
        offset = at + len(p)
    return out


def _paragraph_of(starts: list[int], pos: int) -> int:
    n = 0
    for i, s in enumerate(starts):
        if s <= pos:
            n = i
    return n


def _marks(text: str, paragraphs: list[str], starts: list[int], actors: ActorIndex, published: date | None,
           lang: str) -> list[tuple[int, int, str, Actor | None]]:
    """(where the turn begins, where its words begin, q | a | label, the label's actor) for Q/A marks and labels."""
    out: list[tuple[int, int, str, Actor | None]] = []
    unnamed: dict[str, list[tuple[int, int, bool]]] = {}  # a label naming no one: its turns, and which ask
    for p, at in zip(paragraphs, starts, strict=True):
        if not p.strip():
            continue
        if m := _QUESTION.match(p):
            out.append((at, at + m.end(), "q", None))
            if (d := _DASH_ANSWER.search(p, m.end())) and "?" not in p[d.end():]:  # (h_answer27) "Q: And Minsk? —
                out.append((at + d.start() + 1, at + d.end(), "a", None))  # Out of the question." (a dash before
                # more of the question, "? — Many say you refuse. What would you say?", is the interviewer's still)
        elif m := _ANSWER.match(p):
            out.append((at, at + m.end(), "a", None))
        elif (m := _DASH.match(p)) and out and out[-1][2] == "q":
            out.append((at, at + m.end(), "a", None))  # (h_answer27) "Q: ...?¶— Out of the question.": the dash
            # paragraph right after a marked question is its answer
        if ":" not in p:  # an inline mark and a label both end in a colon (a scan of every paragraph's
            continue  # characters, 1.3 ms an article, for the few that hold one)
        for m in _INLINE.finditer(p):
            out.append((at + m.start() + 1, at + m.end(), "q" if m.group("q") else "a", None))
        for m in _LABEL.finditer(p):
            label = m.group("label")
            if _QUESTION.match(label + ":") or _ANSWER.match(label + ":"):
                continue
            lead = m.start("label")
            if _is_label(label, _INTERVIEWER_LABELS):
                out.append((at + lead, at + m.end(), "q", None))
                continue
            if label.isupper() and _is_label(label, _ROLE_LABELS):
                out.append((at + lead, at + m.end(), "a", None))  # (h_u14a) "THE PRESIDENT: Well, we'll see": a
                continue  # transcript's role label is the one it is the transcript of (the interviewee), not the
                # president last named in a question
            people = [x.actor for x in actors.mentions(label.title(), published, lang=lang)
                      if x.actor is not None and x.actor.kind == "person" and x.how in ("name", "form", "fuzzy")]
            if people and (label.isupper() or lead == 0):
                who = people[0] if people[0].party != "none" else None
                out.append((at + lead, at + m.end(), "label", who))
            elif not people and label.isupper() and lead == 0:
                unnamed.setdefault(label, []).append((at, at + m.end(), _asks(p[m.end():])))
    out += _asking_labels(unnamed)
    out.sort(key=lambda t: t[0])
    # labels count only in a transcript with an interviewer's turn (a "Q:" alone is a question all the same)
    if not any(k == "q" for _, _, k, _ in out):
        return []
    return out


_ASKING_TURNS = 2  # the questions an unnamed label's turns put, at least, to be the interviewer's


def _asking_labels(unnamed: dict[str, list[tuple[int, int, bool]]]) -> list[tuple[int, int, str, Actor | None]]:
    """(h_answer26) A capitalised label that names no one and no role, most of whose turns (two at least) end in a
    question mark, is the interviewer's: the outlet's name or the host's ("HARBOUR LINE: ... Would President Zelensky
    travel to Moscow?", "NORTHLINE: And Istanbul?"). Its every turn is a question ("HARBOUR LINE: Thank you." too)."""
    out: list[tuple[int, int, str, Actor | None]] = []
    for turns in unnamed.values():
        asked = sum(1 for _, _, q in turns if q)
        if asked >= _ASKING_TURNS and 2 * asked > len(turns):
            out += [(pos, body, "q", None) for pos, body, _ in turns]
    return out


# (h_venue21) who asks, in any case ("ВЕДУЧА:", "Ведуча:"), a woman as often as a man: lexicon INTERVIEWER_LABEL
_INTERVIEWER_LABELS = concept_phrases("INTERVIEWER_LABEL")
# the title of the one the transcript is of ("THE PRESIDENT", "THE PRIME MINISTER"): lexicon ROLE_LABEL
_ROLE_LABELS = concept_phrases("ROLE_LABEL")


def _is_label(label: str, labels: frozenset[tuple[str, ...]]) -> bool:
    """The label, in any case, is one of the lexicon's `labels` (phrases as `phrase_tokens` spells them)."""
    return tuple(t.text for t in phrase_tokens(label.lower())) in labels


def _dash_marks(paragraphs: list[str], starts: list[int]) -> list[tuple[int, int, str, None, int]]:
    """Dash turns, a paragraph each or run together: one that asks (ends in '?') is a question, the dash turn right
    after a question is the answer, and so is the one right after an answer that closed with its attribution
    ('— ..., — відповів Зеленський. — Цього не буде.'). Dialogue dashes with their own speech verb, with no
    question before them, form no turns."""
    pieces: list[tuple[int, int, str, int]] = []  # (turn start, words start, the turn's text, paragraph)
    for n, (p, at) in enumerate(zip(paragraphs, starts, strict=True)):
        m = _DASH.match(p)
        if m is None:
            continue
        cuts = [(0, m.end())] + [(d.start(), d.end()) for d in _DASH_INLINE.finditer(p)]
        for i, (a, b) in enumerate(cuts):
            e = cuts[i + 1][0] if i + 1 < len(cuts) else len(p)
            pieces.append((at + a, at + b, p[b:e], n))
    out: list[tuple[int, int, str, None, int]] = []
    prev: tuple[str, int, bool] | None = None  # the previous piece's kind, paragraph, and whether it closed so
    for i, (pos, body, words, n) in enumerate(pieces):
        near = prev is not None and n - prev[1] <= 1
        if prev is not None and near and prev[0] == "a" and prev[2]:
            kind = "a"  # the answer goes on after its attribution
        elif _asks(words) or (prev is None or prev[0] == "a") and _opens_asking(words) and i + 1 < len(pieces) \
                and pieces[i + 1][3] - n <= 1:
            kind = "q"  # (h_turns) «— А Зеленский? Американцы говорят о трёхсторонней встрече.¶— Я не против.»: a
            # question put first and a statement after it is the interviewer's turn, answered by the dash turn next
        elif prev is not None and prev[0] == "a" and n == prev[1] + 1 and i + 1 < len(pieces) \
                and pieces[i + 1][3] == n + 1:
            kind = "q"  # (h_u9x) «— У Кремлі кажуть, що лідери мають зустрітися лише наприкінці.¶— Розумієте, ...»:
            # the interviewer's prompt put as a statement, between an answer and the next dash paragraph (the
            # answer to it), is a question all the same (the claim it relays is at most the interviewer's)
        elif prev is not None and near and prev[0] == "q":
            kind = "a"
        else:
            prev = None
            continue
        out.append((pos, body, kind, None, body + len(words)))
        prev = (kind, n, bool(_ANSWERED.search(words.rstrip())))
    return out


def attribution_after(text: str) -> int | None:
    """(h_answer27) Where a dash turn's own closing attribution begins, past the mark before it ("Нет, — ответил
    Песков." -> after "Нет,"), or None."""
    m = _ANSWERED.search(text)
    return None if m is None else m.start() + 1


def _answerer(words: str, actors: ActorIndex, published: date | None, lang: str) -> Actor | None:
    """The person an answer's own attribution names ("..., — ответил Лавров.")."""
    m = _ANSWERED.search(words.rstrip())
    if m is None:
        return None
    people = [x.actor for x in actors.mentions(m.group("who"), published, lang=lang)
              if x.actor is not None and x.actor.kind == "person"]
    return people[0] if people and people[0].party != "none" else None


def _asks(paragraph: str) -> bool:
    return paragraph.rstrip().rstrip("»\"”").endswith("?")


# a short question, then a sentence of several words told to the interviewee ("А Зеленский? Американцы говорят о ...")
_FIRST_ASKED = re.compile(rf"^[^.?!…]{{1,80}}\?\s+(?P<told>[{_UPPER}«\"“][^?!…]*\w[»\"”]?\.)\s*$")
_TOLD_WORDS = 4


def _opens_asking(words: str) -> bool:
    """(h_turns) The turn opens with a short question and goes on with a statement ("А Зеленский? Американцы
    говорят о трёхсторонней встрече."), not with a remark ("Зеленский в Москву? 😂 ну-ну", a reader's comment)."""
    m = _FIRST_ASKED.match(words.strip())
    return m is not None and len(re.findall(r"\w+", m.group("told"))) >= _TOLD_WORDS


# (h_answer27) a verb of asking or answering in the paragraph that leads into a Q/A block, at a word's start (the
# lexicons' LEAD_IN_VERB stems: verbs, no nouns, "the question of a meeting" leads in nothing, review, session 39)
_LEAD_IN = re.compile(r"\b(?:" + "|".join(re.escape(s.removesuffix("*")) for s in concept_texts("LEAD_IN_VERB")) + ")",
                      re.I)
_NOT_BEFORE = re.compile(r"(?:\bnot|\bне|\bні|\bnicht|\bpas|\bnon|\bnie|\bno)\s+$", re.I)  # "has not answered"
_LEAD_IN_WORDS = 4  # words at most between the one who answers and his verb («Ушаков на полях форума отвечал»)


def _lead_in(paragraph: str, actors: ActorIndex, published: date | None, lang: str) -> Actor | None:
    """(h_answer27) The one party person the paragraph right before a Q/A block names, where it tells of questions
    put or answered («Ушаков на полях форума отвечал журналистам», «Зеленський відповів ... Журналісти спитали
    прямо:», "Peskov was asked on Monday:"): the block set inside news copy is his answers, not those of whoever the
    story's lead names first (Putin, in a round-up of who answered him)."""
    verbs = [v for v in _LEAD_IN.finditer(paragraph) if not _NOT_BEFORE.search(paragraph[: v.start()])]
    if not verbs:
        return None
    mentions = [m for m in actors.mentions(paragraph, published, lang=lang)
                if m.actor is not None and m.actor.kind == "person"]
    if len({m.actor.name for m in mentions if m.actor is not None}) != 1:
        return None
    # (review, session 39) he is the one who answers or is asked: named a few words before the verb ("Ushakov on the
    # sidelines answered", "Peskov was asked"), not a person the paragraph speaks of ("We asked about a meeting with
    # Putin"), nor one who has not answered («Песков пока не ответил»)
    if not any(m.end <= v.start() and len(re.findall(r"\w+", paragraph[m.end: v.start()])) <= _LEAD_IN_WORDS
               for m in mentions for v in verbs):
        return None
    who = mentions[0].actor
    return who if who is not None and who.party != "none" else None


def _spoken_of(questions: list[str], actors: ActorIndex, published: date | None, lang: str) -> set[str]:
    """The persons the turns speak of in the third person by name (not one addressed: "Владимир Владимирович, вы")."""
    return {m.actor.name for q in questions for m in actors.mentions(q, published, lang=lang)
            if m.actor is not None and m.actor.kind == "person" and m.how in ("name", "form", "fuzzy")
            and not (m.start <= 40 and q[m.end:m.end + 1] == ",")}


def _unnamed_answerer(title: str | None, paragraphs: list[str], first_para: int, questions: list[str],
                      actors: ActorIndex, published: date | None, lang: str) -> Actor | None:
    """Who answers a block whose answers name nobody: the person the paragraph leading into it names (`_lead_in`),
    else the headline's or lead's (`_interviewee`); never one the turns speak of, found once for both (h_unify40)."""
    spoken_of = _spoken_of(questions, actors, published, lang)
    lead_in = _lead_in(paragraphs[first_para - 1], actors, published, lang) if first_para else None
    if lead_in is not None and lead_in.name not in spoken_of:
        return lead_in  # (review, session 39) no one the questions speak of
    return _interviewee(title, paragraphs[:first_para], spoken_of, actors, published, lang)


def _interviewee(title: str | None, lead: list[str], spoken_of: set[str], actors: ActorIndex,
                 published: date | None, lang: str) -> Actor | None:
    """The first party person of the headline or lead (an intro line's first) whom no turn speaks of
    (`spoken_of`)."""
    # (h_answer3) and, past the lead, the paragraph that opens the dialogue («В четверг вопрос повторили Дмитрию
    # Пескову.», "Peskov was asked the same on Thursday."): whom the questions are put to, when the lead names no one
    texts = [title or "", *lead[:_LEAD_PARAGRAPHS], *lead[_LEAD_PARAGRAPHS:][-1:]]
    intro = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if _INTRO.search(s)]
    if any(_COMMENTATOR.search(s) for s in intro):
        return None  # "The analyst Fyodor Lukyanov spoke to our newspaper": no party answers
    for text in [*intro, *texts]:
        quoted = find_quotes(text)  # «Без зустрічі з путіним ...»: що Зеленський сказав — the quote speaks of him
        for m in actors.mentions(text, published, lang=lang):
            if m.actor is not None and m.actor.kind == "person" and m.actor.party != "none" \
                    and m.actor.name not in spoken_of and not any(a <= m.start < b for a, b in quoted):
                return m.actor
    return None
