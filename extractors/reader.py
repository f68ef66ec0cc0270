"""The reader: the product's default StatementExtractor, in any of its languages.

Per article: detect the language, cut sentences (quotes kept whole), analyse
each one once (tokens, concepts, places, actor mentions), decide what the
article is about (the topic gates), then per sentence: who says it
(attribution.py), which span is theirs, when it was said (dates.py), and what
conditions that span states (conditions.py), each with the rule that read it
and a confidence. An interview's bare answers, and the questions answered,
are read in answers.py; the sentence as read (`_Read`) is in read.py. Per
article, statements of one party that give two values of an exclusive kind
on one day keep the most strongly stated.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Final, NamedTuple

from domain.vocabulary import vocabulary
from extractors.actors import Actor, ActorIndex, Mention, default_index
from extractors.analysis import (
    AND_WORDS,
    RELATIVE_WORDS,
    View,
    add_leaders,
    add_listed_term,
    add_others,
    analyse,
    possessives,
    scan_only,
    speech_verbs,
)
from extractors.answers import (
    BARE_NO,
    BARE_NOT_YET,
    BARE_POSSIBLE,
    BARE_YES,
    PLACE_ASKED_REACH,
    answered_no_after,
    asked_before,
    asked_himself,
    asked_then_no,
    asks_format,
    asks_terms,
    asks_where,
    bare_answer,
    cut_off,
    denied_inside,
    denied_place,
    doubted_answer,
    echoes,
    echoes_question,
    formats_left_open,
    is_question,
    no_to,
    not_yet_to,
    place_asked,
    purpose_asked_back,
    refused_by_asking,
    refused_demand,
    reported_answer,
    restated_answer,
    restating,
    territorial_demand,
    told_before,
    trip_asked,
    yes_to,
)
from extractors.attribution import (
    IN_INSTITUTION,
    OTHER_SIDE,
    RELATIVE_PRONOUNS,
    RELAYED_NOUNS,
    Attribution,
    Memory,
    according_source,
    answer,
    attribute,
    bodies_named,
    bulleted,
    is_heading,
    is_subject,
    lead_in,
    lead_in_terms,
    lead_in_words,
    list_item,
    nominative_name,
    position_heading,
    possessed_speech,
    relative_opens,
    reported_position,
    signs_decree,
    stem_case,
    stranger_says,
    time_phrase,
)
from extractors.base import ArticleText, Condition, Statement
from extractors.conditions import (
    FRAGMENT_REFUSALS,
    LISTED,
    NOR_LISTED,
    WHEN_WORDS,
    Cue,
    Frames,
    Topic,
    find_cues,
    format_object,
    frames,
    later_members,
)
from extractors.dates import (
    calendar_words,
    case_set,
    clock_stamp,
    date_line,
    day_heading,
    entry_day,
    find_date,
    heading_date,
    item_date,
    live_blog_day,
    month_words,
    names_a_reply,
    recording_date,
    remarks_day,
    stamp_date,
    weekday_heading,
)
from extractors.documents import RECENT_PARAGRAPHS, DocumentMemory, document_party, speaks_as_document
from extractors.interviews import Transcript, Turn, interview_turns
from extractors.language import detect
from extractors.lexicon import ConceptMatch, concept_entries, concept_phrases, concept_words, lemma, word_endings
from extractors.polarity import hypothetical, question_scopes, scopes
from extractors.read import Read as _Read  # (the name reader.py's functions have always used)
from extractors.read import other_summit, speaks_of_meeting
from extractors.reference import Reference
from extractors.rules import Rulebook, rulebook
from extractors.sentences import Sentence, sentences

_LEAD_CHARS = 400
# What `_topic` asks of the lead (`speaks_of_meeting`, `other_summit`)
_LEAD_CONCEPTS = frozenset({"MEET", "TALKS", "LEADERS_PAIR", "TRILATERAL"})
# A photo caption left in the text (the cleaner normally drops it): its names and dates are not the story's.
# Its opening words, or credits and poses anywhere; the second pattern's lookahead names the first character of
# each of its branches, which lets the engine skip the other positions (about 3x faster on a whole article).
_CAPTION_OPENING = re.compile(r"^\s*(?:\[?photo\]?|caption|pictured|фото|фото:|\[фото\])\b", re.I)
_CAPTION = re.compile(
    r"(?=[(/gvlp])(?:\((?:photo|image|picture|pool photo)s?\b[^)]*\)"
    r"|getty images|\bvia (?:reuters|afp|ap)\b|/ ?(?:afp|pool|reuters|epa)\b"
    r"|\b(?:looks on|pictured|poses for a photo)\b"
    r"|\((?:[\w ]+ )?pool\)|\(kremlin pool\)|\(state emergency service\))",
    re.I,
)
# Exclusive values when one party gives two on one day: the stronger reading wins.
_STRENGTH = {"refuses": 3, "skeptical": 2, "willing": 1}
# (h_stance40) ... but a doubt of the point left open ("whether there is any point is another question") ranks under
# a meeting never ruled out the same day: the dev corpus keeps the readiness there (`_open_doubt`)
_OPEN_DOUBT_STRENGTH: Final = 0
# ... and a place named (or refused) that day wins over "anywhere" ("Jerusalem would be the right place. Where exactly
# is secondary to me": the gold keeps the place, "any" beside it at most optional); a format's "any" is not weaker.
_VENUE_STRENGTH = {"any": -1}
# (h_u15a) a format's "any" said beside a format named that day wins: "We are ready for a trilateral meeting, and we are
# ready for a bilateral. Any format - I said it many times" is open to every format, the one named an instance of it
_FORMAT_STRENGTH = {"any": 1}
# (h_format25) ... but a format said to be the best or most effective wins over "any" and over one merely accepted
# that day: "We are ready for any format. But the most effective is with Trump at the table", "The president is ready
# for a tête-à-tête. But the most productive format would be one with the participation of the United States"
_PREFERRED_STRENGTH = 2
_BEST_BEFORE = 6  # words from "the most effective" to the format it judges ("the most productive would be a format
# with the participation of the US"), and after it ("a trilateral would be best")
_BEST_AFTER = 3
# A condition reported of another party ("Trump said Putin agreed to meet") is that party's, less sure.
REPORTED_CONFIDENCE = 0.55  # x a rule's 0.7-0.9: stored, below the default alert threshold of 0.5
REPORTED_PLACE_CONFIDENCE = 0.7  # a venue or format reported of another party, its subject named (tune-measured)
OFF_PARTY_CONFIDENCE = 0.5
# A value its party is seldom right to state (conditions.toml `[seldom]`): the reading is kept (it may be right), but
# at most this sure, under the default alert threshold of 0.5, so it moves no position (a misreading would make two
# wrong alerts: its own and the party's return to what it held).
SELDOM_CONFIDENCE = 0.49
# The alert threshold a reader is built for (`reading.min_confidence`): a lower one lowers the seldom cap under it,
# and the emit floor with it.
DEFAULT_ALERT_THRESHOLD = 0.5
# Below this a reading is not stored at all (at the default threshold): an assertion nobody would act on only adds
# noise to the warehouse. A lower configured threshold lowers it as far (`emit_floor`); a higher one keeps it.
EMIT_FLOOR = 0.45
# Another party's actor is the subject of a cue when at most this many words stand between them.
_REPORTED_WORDS = 3
_COORDINATED_WORDS = 10  # ... or this many when the predicate is the second of two joined to the subject


# the ways of attributing by a speaker the sentence itself names with his verb, colon or "according to"
_OWN_SPEAKER = frozenset({"verb", "according", "colon", "inverted", "agent"})


def _names_a_speaker(r: _Read, turn_speaker: Actor | None) -> bool:
    """The sentence speaks (a verb of saying) and names a person other than the turn's: it may be the reporter's,
    with its own speaker (asked before the attribution is run again for it, which is rare)."""
    return r.view.has("SAY") and any(m.actor is not None and m.actor.kind == "person" and m.actor != turn_speaker
                                     for m in r.mentions)


class _Put:
    """(h_turns) What the interviewer's last turn put to the interviewee: an answer is read in the frame of the
    question before it, all of it ("QUESTION: And Zelensky? The Americans say a three-way meeting is on the table.
    PUTIN: ... certain conditions have to be created for that."), and a question that names nothing new goes on with
    the last one's topic ("QUESTION: What conditions exactly? A ceasefire? PUTIN: Everything has to be worked out
    first at the level of the working groups")."""

    def __init__(self) -> None:
        self.turn: Turn | None = None  # the question turn being read, or last read
        self.first = 0  # its first sentence
        self.before = False  # whether the question turn before it put the leaders' meeting
        self.meeting = False  # whether it puts the leaders' meeting (so far)

    def read(self, turn: Turn | None, reads: list[_Read], n: int) -> None:
        """Note the n-th sentence: a question turn's words, or the reporter's (which end the dialogue's frame)."""
        if turn is None:
            self.turn, self.meeting = None, False
            return
        if not turn.question:
            return
        if turn is not self.turn:
            self.turn, self.first, self.before = turn, n, self.meeting
        self.meeting = _turn_asks_meeting(reads[self.first:n + 1], self.before)

    def frames(self, turn: Turn | None) -> bool:
        """The answer's sentence speaks of the meeting its question put."""
        return turn is not None and not turn.question and self.turn is not None and self.meeting


def _turn_asks_meeting(turn_reads: list[_Read], before: bool) -> bool:
    """(h_turns) An interviewer's turn of several sentences puts the leaders' meeting to the interviewee when one
    sentence names a leader and another the meeting ("And Zelensky? The Americans say a three-way meeting is on the
    table.", «А Зеленский? Американцы говорят о трёхсторонней встрече.»): the answer after it points back to that
    meeting ("certain conditions have to be created for that"). A turn that names no one, no meeting and no place
    continues the last question's topic ("What conditions exactly? A ceasefire?"): `before`, that question's frame.
    A leader and another head of state alone (a Trump-Putin summit) are no frame of theirs."""
    mentions = [m for r in turn_reads for m in r.mentions if m.actor is not None]
    leaders = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "leader"}
    heads = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "head"}
    meeting = any(r.view.has_any(("MEET", "TALKS")) for r in turn_reads)
    if any(r.view.has("TRILATERAL") for r in turn_reads):
        heads = set()
    if not mentions and not meeting and not any(r.view.places for r in turn_reads):
        return before
    return meeting and bool(leaders) and not (len(leaders) == 1 and heads)


def _paragraphs(reads: list[_Read]) -> dict[int, list[int]]:
    """Each paragraph's sentences (their places in `reads`, in order), by paragraph."""
    out: dict[int, list[int]] = {}
    for n, r in enumerate(reads):
        out.setdefault(r.sentence.paragraph, []).append(n)
    return out


def _paragraph_text(reads: list[_Read], ns: list[int]) -> str:
    """The text of a paragraph's sentences, its spaces at either end dropped."""
    return " ".join(reads[n].sentence.text for n in ns).strip()


def _no_after_aside(reads: list[_Read], n: int, q: int, att: Attribution) -> _Read | None:
    """(h_answer27) The interviewer's question two sentences back, when the answer's first sentence put it aside and
    the n-th, in the same paragraph, is a bare "no" or one restating the question ("Q: Would you go to Moscow? ZELENSKY:
    [Laughs] Next question. [Crosstalk] No - not Moscow."): the no answers it (a yes there may answer the aside)."""
    aside, r = reads[n - 1], reads[n]
    if aside.sentence.paragraph != r.sentence.paragraph or "?" in aside.sentence.text:
        return None
    if bare_answer(r.sentence.text, BARE_NO, opening=True) or restating(r, reads[q], att.content) is False:
        return reads[q]
    return None


def _answers_asked(asked: tuple[int, int] | None, n: int, r: _Read) -> bool:
    """The n-th sentence answers the question `asked` (its sentence and paragraph): it is no question, within six
    sentences of it, in its paragraph or the next ("Q: Where would it happen? A: ... Istanbul is logical")."""
    return asked is not None and n - asked[0] <= 6 and r.sentence.paragraph - asked[1] <= 1 and (
        not r.sentence.text.rstrip().endswith("?"))


def _said_after(reads: list[_Read], paragraphs: dict[int, list[int]]) -> dict[int, Actor]:
    """'«Мы готовы к встрече». Так ответил Зеленский', 'Those were the words of Podolyak': a sentence opening with a
    word that points back names the speaker of the sentence right before it in its paragraph (taken when that
    sentence is a quote with no speaker of its own; carried to unquoted sentences it cost a holdout)."""
    out: dict[int, Actor] = {}
    for n, r in enumerate(reads):
        before = reads[n - 1].sentence if n else None
        if before is None or not before.quotes or not _points_back(r):
            continue
        if before.paragraph == r.sentence.paragraph:
            quoted = [n - 1]
        else:
            quoted = _quote_paragraph(reads, paragraphs[before.paragraph]) \
                if before.paragraph == r.sentence.paragraph - 1 else []
        actor = _named_speaker(r) if quoted else None
        if actor is not None:
            out.update(dict.fromkeys(quoted, actor))
    return out


def _answered_after(reads: list[_Read], paragraphs: dict[int, list[int]]) -> dict[int, Actor]:
    """h_pass: «— Готов ли Путин встретиться с Зеленским?¶— Президент неоднократно говорил: готов.¶Об этом в
    интервью ТАСС рассказал Ушаков», «Про це в інтерв'ю сказав Подоляк»: an interview's answer, set with a dash
    after a question set with one, is the words of the one a back-pointing sentence opening the next paragraph
    names (not of whoever the interview's turns would guess)."""
    out: dict[int, Actor] = {}
    for n, r in enumerate(reads):
        before = reads[n - 1].sentence if n else None
        if before is None or before.quotes or before.paragraph != r.sentence.paragraph - 1 or not _points_back(r):
            continue
        answer = _dash_answer(reads, paragraphs, before.paragraph)
        actor = _named_speaker(r) if answer else None
        if actor is not None:
            out.update(dict.fromkeys(answer, actor))
    return out


_QUOTE_PARAGRAPH_SENTENCES = 4  # a quote standing as its own paragraph, named in the next one, has at most these
_DASHES = ("—", "–", "-")


def _dash_answer(reads: list[_Read], paragraphs: dict[int, list[int]], p: int) -> list[int]:
    """h_pass: «— Готов ли Путин встретиться с Зеленским?¶— Президент неоднократно говорил: готов.¶Об этом в
    интервью ТАСС рассказал Ушаков»: the sentences of paragraph `p` when it is an interview's answer set with a
    dash (no question of its own) right after a question set with a dash: the words of the one the next paragraph
    names as their speaker; empty otherwise."""
    ns, asked = paragraphs.get(p, []), paragraphs.get(p - 1, [])
    if not ns or not asked or len(ns) > _QUOTE_PARAGRAPH_SENTENCES:
        return []
    answer, question = _paragraph_text(reads, ns), _paragraph_text(reads, asked)
    if not (answer.startswith(_DASHES) and question.startswith(_DASHES) and question.endswith("?")) \
            or "?" in answer:
        return []
    return ns


def _quote_paragraph(reads: list[_Read], ns: list[int]) -> list[int]:
    """'"We are ready. It can be Istanbul or Geneva. But not Moscow."¶Those were the words of Andriy Yermak.': the
    sentences `ns` of the paragraph before a back-pointing one that opens its own paragraph, when that paragraph is
    a quote and nothing else (each sentence opens with a quote mark or inside the quote, and the quotes cover it);
    empty otherwise."""
    if len(ns) > _QUOTE_PARAGRAPH_SENTENCES or _paragraph_text(reads, ns)[:1] not in _RUN_ON_MARKS:
        return []
    for k in ns:
        s = reads[k].sentence
        chars = len(s.text.strip())
        if not s.quotes or sum(e - b for b, e in s.quotes) < 0.8 * chars:
            return []
    return ns


def _points_back(r: _Read) -> bool:
    """The sentence opens with a back-pointing phrase ("That was how", "Об этом", "Ці слова"), not "Так, ...", or
    a verb of saying takes one as its object and the sentence says nothing more ("Kremlin spokesman Dmitry Peskov
    said this on Tuesday", "Захарова заявила об этом в эфире"; not "said this week that ...")."""
    if r.sentence.quotes and not _names_only(r):
        return False
    back = r.view.concepts.get("BACKREF", ())
    tokens = r.view.tokens
    if any(m.first == 0 and m.last + 1 < len(tokens) and tokens[m.last + 1].text != "," for m in back):
        return True
    return _says_it_back(r, _SAID_BACK_WORDS)


_NAME_WORDS = 4  # a title in quote marks (an outlet, a programme) has at most these words


def _names_only(r: _Read) -> bool:
    """h_pass: «Про це в інтерв'ю «Українській правді» сказав Подоляк», «в эфире «России 24»»: the sentence's quote
    marks only hold a title of a few words inside it (an outlet's, a programme's), no one's words."""
    text = r.sentence.text
    return all(0 < a and len(text[a:b].split()) <= _NAME_WORDS for a, b in r.sentence.quotes)


# Words after "said this" in a sentence that only names who said the words before it ("said this to reporters").
_SAID_BACK_WORDS = 8


def _says_it_back(r: _Read, longest: int | None) -> bool:
    """A verb of saying takes a pointing word as its object ("said this", «заявила об этом», «сказав це») and the
    sentence says nothing of its own after it: no "that", no time right after the pointing word ("said this week
    that ..."), and at most `longest` words (any number when None)."""
    says = {v.last for v in r.view.concepts.get("SAY", ())}
    tokens = r.view.tokens
    for m in r.view.concepts.get("SAID_BACK", ()):
        if m.first - 1 not in says:
            continue
        rest = [t.text for t in tokens[m.last + 1 :] if t.is_word]
        if (longest is None or len(rest) <= longest) and not (rest and rest[0] in _NOT_AFTER_SAID_BACK) \
                and not any(w in _THAT_WORDS for w in rest):
            return True
    return False


_THAT_WORDS = concept_words("THAT_SAID")


def _not_after(out: list[Statement], published: date | None) -> list[Statement]:
    """h_dates26: a statement is made on or before the day its article is published; a day read past it (a "two
    days later" counted from a story's last date, a day and month up to two days ahead) is the publication's."""
    if published is None:
        return out
    return [replace(st, stated_on=published) if st.stated_on is not None and st.stated_on > published else st
            for st in out]


def _dates_back(r: _Read) -> bool:
    """'He said this in a video address on the evening of April 20', 'Про це він сказав у четвер', 'Об этом заявил
    Ушаков в среду': a sentence of no words of its own that points back to the words before it and says when they
    were said (opening with the pointing words, or a verb of saying taking them as its object; not "said this week
    that ...")."""
    if r.sentence.quotes:
        return False
    if any(m.first == 0 for m in r.view.concepts.get("BACKREF", ())):
        return True
    return _says_it_back(r, None)


# A sentence dating the words before it dates its speaker's statements back to this many paragraphs before its own.
_BACK_PARAGRAPHS = 1


def _date_back(out: list[Statement], defaulted: list[tuple[int, int]], party: str, when: date,
               paragraph: int) -> None:
    """'Zelensky said he was ready to meet Putin. He said this on Thursday during a press marathon.', 'Ukraine is ready
    for a meeting. Zelensky said so on Monday': the statements of the speaker's party just before (the story's lead
    may give his words as his country's), dated only by the story's default, were made when the pointing sentence
    says."""
    while defaulted:
        i, para = defaulted[-1]
        if out[i].party != party or paragraph - para > _BACK_PARAGRAPHS or i < len(out) - 1 and any(
                o.party != party for o in out[i + 1:]):
            break
        out[i] = replace(out[i], stated_on=when)
        defaulted.pop()


def _remarks_back(out: list[Statement], defaulted: list[tuple[int, int]], r: _Read, published: date | None) -> None:
    """h_dates25: "Lavrov said Putin was ready to meet Zelensky. The remarks came on Tuesday, after talks with Rubio",
    «... Заява пролунала в четвер»: a sentence of no speaker, no quote and no verb of saying that opens with a noun of
    words said and gives a recent day (`remarks_day`) dates the undated statements of the party just before it."""
    if not out or published is None or r.sentence.quotes or r.view.has("SAY"):
        return
    when = remarks_day(r.sentence.text, published)
    if when is not None and 0 <= (published - when).days <= _NEWS_DAYS:
        _date_back(out, defaulted, out[-1].party, when, r.sentence.paragraph)


def _date_lead(redated: dict[int, date], undated: list[tuple[int, int]], when: date, published: date | None,
               paragraph: int) -> None:
    """'Zelensky said he was prepared to negotiate face to face with Putin. ... "I am ready," Zelensky said in an
    interview aired on Sunday': the lead's summary of a speaker's words, undated, is of the day the story's body
    first gives his words (a day of the story's, at most `_NEWS_DAYS` before publication, in the paragraphs right
    after the lead's: `_LEAD_FOLLOWS`)."""
    if published is None or not 0 <= (published - when).days <= _NEWS_DAYS:
        return
    redated.update((i, when) for i, para in undated if paragraph - para <= _LEAD_FOLLOWS)


_LEAD_FOLLOWS = 2  # paragraphs after the lead's in which the story tells the day of the lead's words


def _anothers_day(r: _Read, att: Attribution, published: date | None) -> bool:
    """'ответил на видеообращение Зеленского, который 20 апреля предложил ...': a day in a relative clause on another
    person named right before it is that person's, not the speaker's."""
    text = r.sentence.text
    for t in r.view.tokens:
        if t.text.lower() not in RELATIVE_WORDS or not text[:t.start].rstrip().endswith(","):
            continue
        comma = text.rfind(",", 0, t.start)
        if any(_another_person(m, att) and 0 <= comma - m.end <= 1 for m in r.mentions):
            end = text.find(",", t.start)
            if find_date(text[t.start:end if end > 0 else len(text)], published) is not None:
                return True
    return False


# "said this week", "заявил это неделю назад": a time after the pointing word makes it no object
_NOT_AFTER_SAID_BACK = concept_words("TIME_WORD") | calendar_words()


_RUN_ON_MARKS = {'"': '"', "“": "”", "«": "»"}
_QUOTE_CHARS = "\"“”«»„"
_RUN_PARAGRAPHS = 4  # h_col: a quote whose middle paragraphs reopen no mark runs over this many at most


def _quote_runs_on(reads: list[_Read], paragraphs: dict[int, list[int]],
                   said_after: dict[int, Actor]) -> dict[int, Actor]:
    """'"We have no illusions. Putin will not come to Kyiv.¶"A meeting is possible only after a ceasefire,"
    Peskov said.': a paragraph that opens a quote and never closes it, the next opening with the mark again (the
    press's quote over several paragraphs), is the words of the person named at the end of the quote's last
    paragraph (not of "Putin", its own sentence's subject), or, that paragraph a quote and nothing else, by the
    back-pointing sentence opening the next one (`said_after`, h_attr20: '"The president has never been against a
    meeting ...¶"But a summit for a photograph makes no sense."¶That was how Kremlin spokesman Dmitry Peskov put
    it')."""
    out: dict[int, Actor] = {}
    run: list[int] = []
    opener = ""  # the mark that opened the run
    run_text: list[str] = []
    for p, ns in sorted(paragraphs.items()):
        text = _paragraph_text(reads, ns)
        mark = text[:1]
        close = _RUN_ON_MARKS.get(mark)
        # the paragraph right after the run opens with no mark, a paired mark («», “”) left open by the run
        unmarked_next = bool(run) and close is None and reads[run[-1]].sentence.paragraph + 1 == p \
            and opener != _RUN_ON_MARKS[opener]
        if unmarked_next and text.count(_RUN_ON_MARKS[opener]) > text.count(opener):
            mark, close = opener, _RUN_ON_MARKS[opener]  # h_pass: «...¶Но такая встреча ...», — заявил Песков: the
            # quote's last paragraph, not reopened, closes the mark left open (the paired marks only); its words
            # up to the closing mark are the quote
            unopened = {n: ((0, i + 1),) for n in ns if (i := reads[n].sentence.text.find(close)) > 0}
            unopened = dict(list(unopened.items())[:1])  # h_col: the first sentence that closes it, wherever in
            # the paragraph ("И еще один момент. ... Кто поставит подпись — вопрос юридический», — заявила дипломат")
        else:
            unopened = {}
        if unmarked_next and not any(q in text for q in _QUOTE_CHARS) and run_text \
                and len({reads[k].sentence.paragraph for k in run}) < _RUN_PARAGRAPHS \
                and not any(q in run_text[0] for q in _QUOTE_CHARS if q not in (opener, _RUN_ON_MARKS[opener])):
            run.extend(ns)  # h_col: «Мы уже говорили ...¶Мы исходим из того, что ...¶... юридический», — заявила
            # дипломат: a middle paragraph with neither mark goes on with the quote a paired mark left open (the
            # run counts only if a later paragraph closes it and names the speaker)
            continue
        if run and (close is None or reads[run[-1]].sentence.paragraph + 1 != p):
            run = []  # the run breaks: no quote mark opens this paragraph, or another came between
        if close is None:
            continue
        if not run:
            opener = mark
            run_text = [text]  # h_col: the paragraph that opened the run
        opened = text.count(mark) - (text.count(close) if close != mark else 0)
        if (close == mark and text.count(mark) % 2 == 1) or (close != mark and opened > 0):
            run.extend(ns)  # the quote goes on past this paragraph
            continue
        if run:
            speaker = next((a.actor for n in ns if (quotes := reads[n].sentence.quotes or unopened.get(n, ()))
                            for a in attribute(reads[n].view, reads[n].mentions, quotes,
                                               Memory(), reads[n].sentence.paragraph)
                            if a.actor is not None and a.how != "continuation"), None)
            if speaker is None:
                speaker = _role_closes(reads, ns, close, paragraphs.get(reads[run[0]].sentence.paragraph - 1, []))
            if speaker is None:
                speaker = said_after.get(ns[-1])  # (the last paragraph named by the next one's opening)
            if speaker is not None and speaker.kind == "person":
                out.update(dict.fromkeys(run, speaker))
                # h_col: the closing paragraph not reopened: its sentences before the one that closes the quote
                # are the quote's too («...¶И еще один момент. Любой документ должен быть подписан ...», — заявила)
                out.update(dict.fromkeys((k for k in ns if unopened and k < min(unopened)), speaker))
        run = []
    return out


_COLUMN_LEAD = 4  # the paragraphs a column's byline may stand in (the title, a standfirst, the byline, ...)
_BYLINE_WORDS = 30
_BARE_BYLINE = concept_words("BARE_BYLINE")  # "By ...": a byline that makes a column only when it names an official


def _column_author(reads: list[_Read], paragraphs: dict[int, list[int]]) -> tuple[bool, Actor | None]:
    """h_col: «Колонка | Сергій Кислиця, перший заступник міністра ...», "Op-ed by Andrii Sybiha", "By Dmitry
    Peskov": a byline opening with a column's label says whose the column's first person is ("we", «ми», "I"): the
    official it names (a party's), or, a column of no party's official ("Колонка политолога", a journalist's
    "Opinion"), nobody's; a bare "By" byline counts only when it names a party's official (a reporter's byline
    makes no column). (whether a column was found, its author)"""
    for _, ns in sorted(paragraphs.items())[:_COLUMN_LEAD]:
        r = reads[ns[0]]
        label = next((c for c in r.view.concepts.get("COLUMN_LABEL", ()) if c.first == 0), None)
        if label is None or sum(reads[n].view.words_in(0, len(reads[n].sentence.text)) for n in ns) > _BYLINE_WORDS:
            continue
        author = next((m.actor for m in r.mentions if m.actor is not None and m.actor.kind == "person"
                       and m.actor.party != "none"), None)
        if author is not None or label.first != label.last or r.view.tokens[label.first].text not in _BARE_BYLINE:
            return True, author
    return False, None


def _role_closes(reads: list[_Read], ns: list[int], close: str, lead: list[int]) -> Actor | None:
    """h_col: 'Захарова прокомментировала ...¶«...¶...», — заявила дипломат': a quote over paragraphs closed by a
    verb of saying and a word or two for its speaker, a role no name goes with ("the diplomat said"), is the speaker
    of the paragraph right before the quote (not a source's or an analyst's words: those are no one's)."""
    n = next((n for n in ns if close in reads[n].sentence.text), None)
    if n is None:
        return None
    view = reads[n].view
    end = reads[n].sentence.text.find(close) + 1
    after = [i for i, t in enumerate(view.tokens) if t.start >= end and t.is_word]
    says = view.concepts.get("SAY", ())
    said = [i for i in after if any(v.first <= i <= v.last for v in says)]
    if not 2 <= len(after) <= 3 or len(said) != 1 or said[0] not in (after[0], after[-1]) or any(
            m.end > end and (m.actor is not None or m.how != "role") for m in reads[n].mentions) or any(
            x.last >= after[0] for x in view.concepts.get("NONPARTY", ())):
        return None  # the verb and the role's one or two words ("заявила дипломат", "the diplomat said"), no more
    spoke = [a.actor for k in lead for a in attribute(reads[k].view, reads[k].mentions, reads[k].sentence.quotes,
                                                      Memory(), reads[k].sentence.paragraph)]
    return spoke[-1] if spoke else None


def _speakers_apart(view: View, atts: list[Attribution]) -> None:
    """'Путин заявил, что лучшее место - Москва, а Киев ответил, что это предложение неприемлемо': where one
    speaker's words end and the next one's begin, a clause ends, so that no negation or refusal of the second
    ('неприемлемо') reaches back into the first one's words."""
    for before, after in zip(atts, atts[1:], strict=False):
        end = before.content[1]
        if not before.content[0] < end <= after.content[0]:
            continue
        i = view.token_from(end)
        if i is None or i == 0 or view.clause[i] != view.clause[i - 1]:
            continue
        step = max(view.clause) + 1
        view.clause[i:] = [c + step for c in view.clause[i:]]


def _named_speaker(r: _Read) -> Actor | None:
    """The person a back-pointing sentence names: its speaker by the verb, else the first person it names by name
    ("Those were the words of Mykhailo Podolyak, adviser to the head of the presidential office")."""
    atts = attribute(r.view, r.mentions, r.sentence.quotes, Memory(), r.sentence.paragraph)
    if len(atts) == 1 and atts[0].how == "verb":
        return atts[0].actor
    return next((m.actor for m in sorted(r.mentions) if m.actor is not None and m.actor.kind == "person"
                 and m.actor.party != "none" and m.how in ("name", "form", "fuzzy")), None)


# The formats a sentence can name; a format pointed back to ("in this same format") is the last of them named before.
_FORMAT_CONCEPTS = ("ONE_ON_ONE", "TRILATERAL", "MULTILATERAL")
_DENIALS = ("NEG", "REFUSE", "POINTLESS", "IMPOSSIBLE")


def _formats_pointed_back(reads: list[_Read]) -> None:
    """'The two presidents met in Paris in the Normandy format. ... "We agreed to meet again in this same format"',
    '... предпочитает сначала двустороннюю встречу. «Мы готовы и к такому формату, и к трехстороннему»': a format
    pointed back to (FORMAT_BACK) before any format the sentence names is the format the article named last before
    it, read where the pointing words stand (none when that sentence named two)."""
    last: str | None = None
    for r in reads:
        named = {c for c in _FORMAT_CONCEPTS if r.view.has(c)}
        back = r.view.concepts.get("FORMAT_BACK")
        # (a format the sentence names after the pointing words is another: "и к такому формату, и к трехстороннему")
        # (and only where nothing in the sentence negates or refuses: "did not see the point of such a format", «такой
        # формат не рассматривает» would otherwise read as asking for it)
        if back and last is not None and last not in named and not r.view.has_any(_DENIALS) and all(
                back[0].last < m.first for c in named for m in r.view.concepts[c]):
            r.view.concepts[last] = [ConceptMatch(last, m.first, m.last, m.start, m.end) for m in back]
            continue
        if back and len(named) == 1 and not r.view.has_any(_DENIALS):
            _point_back_within(r.view, next(iter(named)), back)
        if len(named) == 1 and not r.view.has("DELEGATION"):
            last = next(iter(named))
        elif named and named != {last}:  # two formats, or the delegations' format ("the delegations met
            # one-on-one"): none to point to; (h_format18) the same format named again, a delegation word beside it
            # ("the four leaders backed ... new prisoner releases"), keeps the one pointed to
            last = None


def _point_back_within(view: View, named: str, back: list[ConceptMatch]) -> None:
    """(h_prereq19) "Macron, host of the summit in the Normandy format, announced that a new summit would be held in
    four months in the same format": the format named before the sentence's verb of saying (in the speaker's title,
    outside his words) is the one his words point back to after it, read where they stand too. (A format named and
    pointed back to on the same side of the verb is read, or not, where it is named.)"""
    says = speech_verbs(view)
    if not says:
        return
    verb = says[0].first
    titled = all(m.last < verb and _set_off(view, m, verb) for m in view.concepts[named])
    before = [b for b in back if b.first > verb] if titled else []
    if before:
        view.concepts[named] = sorted([*view.concepts[named], *(
            ConceptMatch(named, b.first, b.last, b.start, b.end) for b in before)], key=lambda m: m.first)


def _set_off(view: View, m: ConceptMatch, verb: int) -> bool:
    """The match stands in an apposition set off by commas right before the verb (", host of the Normandy-format
    summit, announced"): one comma before it, one after it, none between it and the verb but that."""
    toks = view.tokens
    commas = [i for i in range(verb) if toks[i].text == ","]
    return len(commas) >= 2 and commas[-2] < m.first and m.last < commas[-1] and commas[-1] >= verb - 1


class Reader:
    """Rules kept as data (lexicon, rules, actors, places, calendar); no model, no network."""

    name = "reader-v2"

    def __init__(self, actors: ActorIndex | None = None, alert_threshold: float = DEFAULT_ALERT_THRESHOLD) -> None:
        self.actors = actors or default_index()
        self._gate = Gate(emit_floor(alert_threshold), seldom_cap(alert_threshold))
        self._threshold = alert_threshold  # (h_dates21) a reading under it hides none that reaches it
        rulebook()  # fail at start, not on the first article, when the rules are inconsistent
        # who speaks for a party's document: its institution ("the Kremlin", "Kyiv")
        self._institutions = {a.party: a for a in reversed(self.actors.actors)
                              if a.kind == "institution" and a.party in ("RU", "UA")}
        # (h_attr18) a mediator's home city speaks for its government as a seat does: «У Женеві нагадали»
        self._voices = speaker_country(self.actors)  # each mediating country keeps its own venue a day
        self._homes = {a.home: a for a in reversed(self.actors.actors)
                       if a.kind == "institution" and a.party == "MEDIATOR" and a.home}
        # who speaks a joint decision of the leaders for each party (for the Normandy mediators, France's name)
        mediator = next((a for a in self.actors.actors if a.kind == "institution" and a.name == "France"), None)
        speakers = {**self._institutions, **({"MEDIATOR": mediator} if mediator is not None else {})}
        self._joint_actors = {p: replace(a, name=f"{a.name} (the leaders' joint decision)")
                              for p, a in speakers.items()}

    def extract(self, article: ArticleText) -> list[Statement]:
        # Reading builds no reference cycles (every token, match and view dies by reference count), yet its
        # allocations drive the cycle collector: read-time temporaries alive at a young collection are promoted,
        # and about twice in 200 articles the collector traverses the whole process's heap (imports, lexicons,
        # the scanners' caches: ~30 ms each, cache misses mostly) for nothing (it collected nothing in a pass).
        # Paused for the article and resumed after (as it was), a pass reads ~2% fewer instructions and spends
        # less CPU than that says; a cycle made meanwhile is collected later.
        if not gc.isenabled():
            return self._extract(article)
        gc.disable()
        try:
            return self._extract(article)
        finally:
            gc.enable()

    def _extract(self, article: ArticleText) -> list[Statement]:
        lang = article.lang or detect(f"{article.title or ''}\n{article.text}")
        if lang == "el" and (";" in article.text or "\u037e" in article.text):
            # Greek asks with ';' (and its twin U+037E): a question mark, so the question ends its sentence and is
            # read as one ("... στην Κωνσταντινούπολη; «Όχι ακόμη», απάντησε ο Πεσκόφ"); the same length keeps
            # every offset
            article = replace(article, text=article.text.replace(";", "?").replace("\u037e", "?"))
        reads = self._analyse(article, lang)
        topic = self._topic(article, lang, reads)
        memory = Memory(headline=self._headline_person(article, lang))
        # (h_dates21) a live blog that ran the day before it was published: its entries are of that day
        memory.news_day = memory.entry_day = live_blog_day(article.text, article.url, article.published)
        out: list[Statement] = []
        previous: tuple[Attribution, View] | None = None
        turns = interview_turns(article.text, article.title, reads[0].mentions if reads else [], self.actors,
                                article.published, lang)
        was_meeting = False
        put = _Put()  # (h_turns) the interviewer's turn last read and whether it put the leaders' meeting
        asked: tuple[int, View] | None = None  # the last question about the meeting, and where it was
        where: tuple[int, int] | None = None  # the last question of where the meeting is to be: sentence, paragraph
        formed: tuple[int, int] | None = None  # (h_answers22) the last question of the meeting's format: the same
        termed: tuple[int, int] | None = None  # (h_prep25) the last question of a party's terms for it: the same
        docs = DocumentMemory()
        paragraphs = _paragraphs(reads)
        said_after = _said_after(reads, paragraphs)
        quoted_on = _quote_runs_on(reads, paragraphs, said_after)
        column, author = _column_author(reads, paragraphs)
        answered_after = _answered_after(reads, paragraphs)
        defaulted: list[tuple[int, int]] = []  # the statements dated by the story's default: where in `out`, paragraph
        lead_undated: dict[str, list[tuple[int, int]]] = {}  # the lead's statements its speaker gave no day:
        # where in `out`, paragraph
        preferred: set[tuple[int, str]] = set()  # (h_format25) the formats each statement calls the best
        open_doubts: set[int] = set()  # (h_stance40) the statements whose doubt of the point is an open question
        redated: dict[int, date] = {}  # the lead's statements the body dates: where in `out`, the day
        heading: tuple[Actor, int] | None = None  # the party a list's heading names, and the list's last paragraph
        # (h_lists) the speaker a list's lead-in names, the list's last paragraph, and whether it lists his terms
        listed: tuple[Actor, int, bool] | None = None
        ref = Reference()  # the last meeting named, the leaders' or another's (h_ref)
        ended: Turn | None = None  # (h_attr27) the last marked turn the reporter's prose has left
        for n, r in enumerate(reads):
            # "Trump and Putin will meet next month. The summit will be held in Budapest": a meeting only pointed
            # back to is the last one named
            elsewhere = ref.elsewhere(r.view, r.mentions, r.sentence.paragraph)
            resumes = ref.resumes(r.view, r.mentions, r.sentence.paragraph)  # (h_ref2) ... or the leaders' one
            ref.note(r.view, r.mentions, r.sentence.paragraph)
            memory.before_sentence = len(memory.seen)  # h_role3
            memory.bodies = bodies_named(r.sentence.text, r.mentions)  # (review 38) "NATO ..., its spokesman said"
            for m in r.mentions:  # the people named, in order (a loop: no generator per sentence)
                if m.actor is not None and m.actor.kind == "person":
                    memory.seen.append(m.actor)
            item = item_date(r.sentence.text)
            if item is not None:  # "• March 2022 — Istanbul talks: Zelensky said ...": a recap's item, dated as
                # a section's heading dates what follows it (its own speakers too)
                self._new_section(memory, item, article.published)
            stamp = stamp_date(r.sentence.text, article.published) or weekday_heading(r.sentence.text,
                                                                                      article.published) \
                or entry_day(r.sentence.text, article.published)  # (h_dates27: "(Tuesday) 07:15 - ...")
            if stamp is not None:  # "30 марта, 11:20.": a live blog's entry, a digest's "MONDAY.": its undated
                # statements are of its day, however far back (a stamp is no guess at the story's day)
                memory.news_day = memory.story_date = memory.entry_day = memory.section = stamp
                memory.dates.clear()
            elif turns and (recorded := recording_date(r.sentence.text, article.published)) is not None:
                memory.news_day = memory.story_date = recorded  # "The interview was recorded on Monday, 12 May":
                # the transcript's turns were spoken then (a transcript's only: a story's "The phone conversation,
                # conducted on 18 March, lasted two hours" tells of a call, not of its own day)
            elif (line := date_line(r.sentence.text, article.published)) is not None:
                memory.entry_day = line  # "Monday, 9 December 2019": the live blog's day, for its entries' clocks
            elif clock_stamp(r.sentence.text):
                # "10:05": an entry of the day the last stamp named, else of the day published (the speakers' own
                # days told before stand: "Нагадаємо: у Пекіні Путін сказав" recalls what was said then)
                memory.news_day = memory.story_date = memory.entry_day or article.published
            if r.sentence.text.rstrip().endswith("?") and (r.view.has("MEET") and (
                    topic.focus or speaks_of_meeting(r.view, r.mentions)) or place_asked(r) is not None and (
                    asked is not None and n - asked[0] <= PLACE_ASKED_REACH) or topic.focus and trip_asked(r)
                                                                    is not None):  # (h_q) "Q: Would you meet him?
                # A: Yes. Q: Istanbul? A: Why not.": a place alone put to him just after the meeting was asked about
                # (h_answer: or a trip to one venue, «— Чи поїдете ви до Москви? — Ні.», in a story of the meeting)
                asked = (n, r.view)
            # "Q: Where would it happen? A: ... Istanbul is logical": the answer to a question of where the meeting
            # is to be names its venues (until the next question, in the question's paragraph or the next)
            if "?" in r.sentence.text:
                spoken = topic.focus or topic.meeting or was_meeting
                where = (n, r.sentence.paragraph) if asks_where(r, spoken) else None
                formed = (n, r.sentence.paragraph) if asks_format(r, spoken) else None
                termed = (n, r.sentence.paragraph) if asks_terms(r, spoken) else None
            where_answer = _answers_asked(where, n, r)
            format_answer = _answers_asked(formed, n, r)
            if _answers_asked(termed, n, r) and _enumeration_opens(r, _ENUMERATION, after_marks=True):
                add_listed_term(r.view, _first_word(r.view))  # (h_prep25) "— What conditions are binding? — First — a
                # ceasefire. ... Second — guarantees from partners": an enumeration answering a question of the terms
                # lists them (a reporter's question in prose as well as an interview's turn)
            memory.previous_start = reads[n - 1].sentence.start if n else 0
            # "Asked about Zelensky's invitation to come to Kyiv, Peskov smiled": an offer the reporter names is one
            # the next words may answer, whoever speaks them
            memory.offers.extend((party, place, r.sentence.start) for party, place in _possessed_offers(r))
            turn = turns.turn(r.sentence)
            if turn is not None and turn is ended:
                turn = None  # (h_attr27) the reporter's prose after a turn it has left: "Турецкий лидер подчеркнул"
            own: list[Attribution] | None = None
            if turn is not None and r.sentence.start >= turn.paragraph_end and _names_a_speaker(r, turn.speaker):
                own = attribute(r.view, r.mentions, r.sentence.quotes, memory, r.sentence.paragraph)
                if any(a.how in _OWN_SPEAKER for a in own):
                    ended = turn  # the reporter's paragraph after the turn's: its speaker is the one it names, and
                    turn = None  # (h_attr27) the turn's words are over (the next mark opens the next turn)
            put.read(turn, reads, n)
            memory.in_turn = turn is not None and turn.speaker is not None and n not in answered_after
            if n in answered_after:
                atts = [Attribution(answered_after[n], (0, len(r.sentence.text)), True, "after")]
            elif turn is not None:
                atts = [turn.attribution(r.sentence)] if turn.speaker is not None else []
            else:
                atts = self._document(r, docs) or self._both_said(
                    r, reads[n - 1] if n else None, memory, article.published) or (
                    own if own is not None else attribute(r.view, r.mentions, r.sentence.quotes, memory,
                                                          r.sentence.paragraph)) or self._joint(r)
                # h_u8en: "What Moscow wants" over a list of bare items: each item with no speaker of its own is
                # the heading's party's, until an item names its own speaker, another heading or a gap ends the list
                head = position_heading(r.view, r.mentions)
                if head is not None:
                    heading = (head, r.sentence.paragraph)
                elif heading is not None:
                    if atts and all(a.how == "subject" for a in atts) and bulleted(r.sentence.text):
                        atts = []  # h_pass: "What Moscow wants¶- Ukraine's neutrality, ...": a bulleted item's
                        # first name is what the heading's party wants of it, not a summary of that party's words
                    # (an item that reports someone's words is no bare item, unless a document of the list's
                    # side speaks: "the memorandum says the presidents would meet 'to sign' a treaty")
                    if atts or r.sentence.paragraph - heading[1] > 1 or (
                            (r.view.has("SAY") or r.sentence.quotes) and not r.view.has("DOC")) \
                            or is_heading(r.sentence.text, r.view.words_in(0, len(r.sentence.text))):
                        heading = None
                    else:
                        atts = [Attribution(heading[0], (0, len(r.sentence.text)), False, "heading")]
                        heading = (heading[0], r.sentence.paragraph)
                if column and all(a.how == "continuation" for a in atts) and r.view.has("FIRST_PERSON") \
                        and not r.sentence.quotes and r.sentence.text[:1] not in _RUN_ON_MARKS:
                    # h_col: "Ми не вимагаємо від Росії нічого, окрім ...": in a column the first person no one
                    # else speaks is the author's (a party's official's), or nobody's (an analyst's); (h_prereq21)
                    # before the list's turn, so the author's "We have three conditions." leads his enumeration in
                    atts = [Attribution(author, (0, len(r.sentence.text)), True, "column")] if author else []
                listed, atts = _list_items(reads, n, atts, listed, memory, bool(turns))
                if n in quoted_on:
                    atts = [Attribution(quoted_on[n], (0, len(r.sentence.text)), True, "quote")]
                elif n in said_after and all(a.how == "continuation" for a in atts):
                    atts = [Attribution(said_after[n], (0, len(r.sentence.text)), True, "after")]
                    # "«...». Так Песков ответил на вопрос о встрече Путина с Зеленским": the naming sentence says
                    # which meeting the quote is about, as a question before it would
                    named = reads[n + 1]
                    if speaks_of_meeting(named.view, named.mentions):
                        was_meeting = True
                        previous = (atts[0], named.view)
            # "No date is set for a meeting between Trump and Putin. Saudi Arabia has offered to host such a summit":
            # the meeting pointed back to is the other summit of the sentence before
            # (h_pass: "Putin and Trump met in Alaska. The Kremlin said the two presidents were ready to meet again,
            # in Budapest": the pair pointed back to is the other summit's too)
            here = replace(topic, other=True, focus=False) if n and r.view.has_any(
                ("SUCH_MEETING", "LEADERS_PAIR")) and not any(
                m.actor is not None and m.actor.role == "leader" for m in r.mentions) and speaks_of_meeting(
                reads[n - 1].view, reads[n - 1].mentions) and other_summit(reads[n - 1].view,
                                                                            reads[n - 1].mentions) else topic
            if elsewhere:
                here = replace(here, other=True, focus=False)
            elif (here.other or not here.meeting) and put.frames(turn):
                # (h_turns) the answer to a question that put the leaders' meeting speaks of theirs ("the meeting" is
                # theirs), whatever other summit the story's lead is about (a story already about theirs is read as
                # it was: the answer's own words say what they are about)
                here = replace(here, meeting=True, other=False, focus=True)
            if not atts:
                _remarks_back(out, defaulted, r, article.published)  # ("The remarks came on Tuesday.")
                # (h_quest) an interviewer's question dates nothing: "Q: Yesterday the Ukrainian delegation proposed
                # a meeting ... PESKOV: ..." is answered on the interview's day, not on the question's "yesterday"
                self._remember_topic(r, memory, article.published, dated=not (turn is not None and turn.question))
                if turn is not None and turn.question and previous is not None and echoes(r):
                    continue  # "ZELENSKY: ... But not in -- HOST: Not in Moscow? ZELENSKY: Not in Moscow, no.": an
                    # interviewer's short echo or interruption keeps the meeting the interviewee was speaking of
                previous = None
                was_meeting = speaks_of_meeting(r.view, r.mentions)
                continue
            reporters_question = turn is None and not r.sentence.quotes and r.sentence.text.rstrip().endswith("?") \
                and not _doubt_asked(r.view, atts)
            if turn is None and len(atts) > 1:
                _speakers_apart(r.view, atts)
            before = previous[0] if previous is not None and n and previous[1] is reads[n - 1].view else None
            for att in atts:
                # "Where would such a meeting happen? ... 'Not in Moscow,' he adds": the answer to a question
                if asked is not None and n - asked[0] <= 3 and (
                        previous is None or previous[0].actor is not att.actor or not previous[1].has("MEET")):
                    previous = (att, asked[1])
                # "Q: Would you go to Moscow to meet Putin? A: No.": an interview's bare "no" right after the question
                question = reads[asked[0]] if turn is not None and asked is not None and n - asked[0] == 1 else None
                if question is None and turn is not None and asked is not None and n - asked[0] == 2:
                    question = _no_after_aside(reads, n, asked[0], att)
                if question is None:
                    question = self._asked_himself(reads, n, before, att, asked)
                if question is None and turn is not None:
                    question = _terms_asked(reads, n, turns, here, att)
                if reporters_question and not att.direct:
                    st = None  # "Had the Russian leader agreed to sit down with Zelensky?": the reporter asks, nobody
                    # states anything
                else:
                    st, was_meeting = self._statement(reads, n, att, article, here, memory, previous,
                                                      was_meeting or resumes,
                                                      question, where_answer, format_answer, frozenset(
                                                          a.actor.name for a in atts if a.actor is not att.actor),
                                                      elsewhere, resumes,
                                                      tuple(a.content for a in atts if a.actor is not att.actor))
                memory.last, memory.last_paragraph = att, r.sentence.paragraph
                memory.seen.append(att.actor)
                if att.how != "agent":  # "a line repeated by Putin": an aside, not who 'he' is next
                    memory.topic(_person_for(att.actor, r))
                if not (cut_off(r) and previous is not None and previous[0].actor is att.actor):
                    previous = (att, r.view)  # ("I am ready to meet Putin. But not in --": a broken-off fragment
                    # keeps the meeting its speaker was speaking of for his next words)
                if st is not None:
                    if memory.dated_here and st.stated_on is not None and _dates_back(r):
                        _date_back(out, defaulted, st.party, st.stated_on, r.sentence.paragraph)
                    if memory.dated_here and st.stated_on is not None and not _anothers_day(r, att, article.published):
                        _date_lead(redated, lead_undated.pop(st.speaker, []), st.stated_on, article.published,
                                   r.sentence.paragraph)
                    if not memory.dated_here:
                        defaulted.append((len(out), r.sentence.paragraph))
                        if r.sentence.start < _LEAD_CHARS and st.speaker not in memory.dates:
                            lead_undated.setdefault(st.speaker, []).append((len(out), r.sentence.paragraph))
                    preferred |= {(len(out), value) for value in _preferred_formats(r, st)}
                    if _open_doubt(r, st):
                        open_doubts.add(len(out))
                    out.append(st)
        out = _not_after(out, article.published)
        # one value a day (a voice) as each statement was dated where it stands
        out = _city_for_country(_resolve_exclusive(out, self._voices, self._threshold, frozenset(preferred),
                                                   frozenset(open_doubts)))
        for i, when in redated.items():
            out[i] = replace(out[i], stated_on=when)
        return _not_after(out, article.published)  # (review, session 38) a re-dated statement is clamped too

    def _document(self, r: _Read, docs: DocumentMemory) -> list[Attribution]:
        """A memorandum or roadmap as the sentence's subject speaks for its party (see extractors/documents.py);
        a document named with its party is remembered for the sentences that point back to it."""
        party = document_party(r.view, r.mentions)
        if party is not None:
            docs.party, docs.paragraph = party, r.sentence.paragraph
        elif docs.party is not None and r.sentence.paragraph - docs.paragraph <= RECENT_PARAGRAPHS:
            party = docs.party
        actor = self._institutions.get(party) if party is not None else None
        if actor is None or not speaks_as_document(r.view, r.mentions):
            return []
        docs.paragraph = r.sentence.paragraph  # a document that goes on speaking is still the one pointed back to
        return [Attribution(actor, (0, len(r.sentence.text)), False, "document")]

    def _joint(self, r: _Read) -> list[Attribution]:
        """'The four leaders agreed to meet again in the same format', 'оба лидера договорились': the leaders'
        joint decision, with no one speaking it, is each party's at the table (the Normandy Four's mediators too)."""
        accords = [a.first for a in r.view.concepts.get("ACCORD", ())]
        joint = next((j for j in r.view.concepts.get("JOINT", ()) if any(0 < a - j.last <= 2 for a in accords)), None)
        if joint is None:
            return []
        parties = ("RU", "UA", "MEDIATOR") if r.view.has("JOINT_FOUR") else ("RU", "UA")
        return [Attribution(self._joint_actors[p], (joint.start, len(r.sentence.text)), False, "joint")
                for p in parties if p in self._joint_actors]

    def _both_said(self, r: _Read, before: _Read | None, memory: Memory,
                   published: date | None) -> list[Attribution]:
        """'The two presidents met in Paris in 2019. Both said then that they wanted to meet again', «Оба заявили»,
        «Обидва заявили»: "both" as the subject of a verb of saying, the pair of the sentence just before being the
        two leaders (named, or "the two presidents" with no American named), speaks for each of the two parties
        (the leaders named there, else their institutions), on the day that sentence names, if any."""
        says = [m.first for m in r.view.concepts.get("SAY", ())]
        subject = next((b for b in r.view.concepts.get("BOTH_SUBJ", ()) if b.first <= 2 and any(
            0 < s - b.last <= 2 for s in says)), None)
        if subject is None or before is None or r.sentence.paragraph - before.sentence.paragraph > 1 or any(
                0 < a.first - subject.last <= 2 for a in r.view.concepts.get("ACCORD", ())):
            return []  # ("Both leaders agreed to meet again": their joint decision, `_joint`)
        leaders = {m.actor.party: m.actor for m in before.mentions if m.actor is not None
                   and m.actor.role == "leader" and m.actor.party in ("RU", "UA")}
        if len(leaders) < 2 and not (before.view.has_any(("JOINT", "LEADERS_PAIR")) and not any(
                m.actor is not None and m.actor.party == "US" for m in before.mentions)):
            return []
        atts = [Attribution(leaders.get(p) or self._joint_actors[p], (subject.start, len(r.sentence.text)), False,
                            "joint") for p in ("RU", "UA") if p in leaders or p in self._joint_actors]
        day = find_date(before.sentence.text, published, memory.story_date)
        if day is not None:
            memory.dates.update((a.actor.name, day) for a in atts)
        return atts

    def _analyse(self, article: ArticleText, lang: str) -> list[_Read]:
        captions = _caption_paragraphs(article.text)
        out = []
        for s in sentences(article.text):
            if s.paragraph in captions:
                continue
            s = _without_dateline(s)
            view = analyse(s.text, lang, self.actors.forms)
            mentions = _with_own_aides(_with_roles(
                self.actors.mentions(s.text, article.published, view.tokens, lang, view.actor_forms), view),
                view, self._institutions)
            mentions = _with_seat_voices(mentions, view, self._institutions, self._homes)
            mentions = _with_staff_of(mentions, view, self._institutions)
            mentions = _with_party_adjectives(mentions, view, self._institutions)
            mentions = _without_event_places(mentions, view)
            add_leaders(view, [(m.start, m.end) for m in mentions if m.actor is not None and m.actor.role == "leader"])
            add_others(view, [(m.start, m.end) for m in mentions if m.actor is not None and m.actor.kind == "person"
                              and m.actor.party not in ("RU", "UA", "none")])
            out.append(_Read(s, view, mentions))
        _formats_pointed_back(out)
        return out

    def _headline_person(self, article: ArticleText, lang: str) -> Actor | None:
        """(h_venue21) The one leader or head of state the headline names (none if it names two or none)."""
        if not article.title:
            return None
        found = self.actors.mentions(article.title, article.published, lang=lang)
        heads = {m.actor.name: m.actor for m in found
                 if m.actor is not None and m.actor.kind == "person" and m.actor.role in ("leader", "head")}
        if len(heads) > 1:
            return _headline_speaker(article.title, found)
        return next(iter(heads.values())) if heads else None

    def _topic(self, article: ArticleText, lang: str, reads: list[_Read]) -> Topic:
        war = any(m.actor is not None and m.actor.party in ("RU", "UA") for r in reads for m in r.mentions)
        meeting = any(speaks_of_meeting(r.view, r.mentions) for r in reads)
        lead = f"{article.title or ''}\n{_lead(article.text)}"
        # the lead's concepts asked here are none that analyse derives; only they are looked for (any other asked
        # of lead_view raises KeyError)
        lead_view = scan_only(lead, lang, _LEAD_CONCEPTS, self.actors.forms)
        about = other = False
        if lead_view.has("MEET") or lead_view.has("TALKS"):  # else it is about no meeting, whoever it names
            lead_mentions = self.actors.mentions(lead, article.published, lead_view.tokens, lang,
                                                 lead_view.actor_forms)
            about = speaks_of_meeting(lead_view, lead_mentions)
            other = about and other_summit(lead_view, lead_mentions)
        talks = any(r.view.has_any(("TALKS", "DOCUMENT", "DEMAND")) for r in reads)
        return Topic(war=war, meeting=meeting, focus=about and not other, talks=talks, other=other)

    @staticmethod
    def _new_section(memory: Memory, when: date, published: date | None) -> None:
        """A recap's section or item opens at `when`: its speakers' dates start afresh."""
        memory.story_date = when
        memory.section = when if published is None or when.year < published.year else None
        memory.dates.clear()

    def _remember_topic(self, r: _Read, memory: Memory, published: date | None, dated: bool = True) -> None:
        """A sentence without a speaker may still set who 'he' is and when ('Zelensky spoke on Tuesday'; not
        `dated`: an interviewer's question, whose days are not the answer's)."""
        people = [m for m in r.mentions if m.actor is not None and m.actor.kind == "person"]
        # the subject opening the sentence, or after an opening phrase ("Speaking in Kyiv on Thursday, Zelensky
        # poked fun at the table used to keep Macron at arm's length": he, not Macron, is who "he" is next)
        opening = next((m for m in people if m.start < _OPENING_SUBJECT and is_subject(r.view, m)), None) or next(
            (m for m in people if is_subject(r.view, m)), None)
        asker = [m for m in people if not _asked_about(r, m)] or people  # (h_answer25) not one the question names
        topic = opening or (asker[-1] if asker else None)  # else the most recent person named
        if opening is None and r.view.has("SOURCE_PRONOUN"):
            topic = None  # (h_u15b) "За його словами, він прилетить на зустріч з Ердоганом": "his" is still who "he"
            # is; the person named is whom he speaks of
        if memory.unplaced is not None or stranger_says(r.view, r.mentions, r.sentence.quotes):
            # h_pass: '"Putin will never go to Kyiv," said Tatiana Stanovaya.': the analyst (known to be of no party,
            # or a name we do not know) is who "she" is next ('..., she added'), not the leader her quote names
            opening = topic = None
            memory.last_person = memory.unplaced
        if not dated:
            if topic is not None and topic.actor is not None:
                memory.topic(topic.actor)
            memory.last = None
            return
        when = find_date(r.sentence.text, published, memory.story_date)
        memory.story_date = when or memory.story_date  # "The talks opened on May 16. Two days later, ..."
        _note_reply(memory, r, when, published)
        # (a heading that is only a day is a date too: "14 червня 2024 року.")
        heading = heading_date(r.sentence.text) if when is None else day_heading(r.sentence.text)
        if heading is not None:  # "Istanbul, March 2022.": a recap's section; its speakers' dates start afresh
            self._new_section(memory, heading, published)
        _note_news_day(memory, r, when, published)
        if when is not None:
            _news_day_moves(memory, when, published)
        for actor, day in _relative_days(r, published, memory.story_date):
            memory.dates[actor.name] = day  # "відповідь Києва на слова Путіна, який 3 вересня сказав": his day
        if topic is not None and topic.actor is not None:
            memory.topic(topic.actor)
            if when and opening is not None and opening.start < _OPENING_SUBJECT:
                # (not a subject deep in the sentence, of a clause of its own: "Advisers met in Davos on January 14
                # to discuss the peace formula that President Zelensky first presented")
                memory.dates[topic.actor.name] = when
        memory.last = None

    def _statement(self, reads: Sequence[_Read], n: int, att: Attribution, article: ArticleText, topic: Topic,
                   memory: Memory, previous: tuple[Attribution, View] | None, was_meeting: bool,
                   question: _Read | None = None, where: bool = False, format_asked: bool = False,
                   co_speakers: frozenset[str] = frozenset(), elsewhere: bool = False,
                   resumes: bool = False, theirs: tuple[tuple[int, int], ...] = ()) -> tuple[Statement, bool]:
        """The statement of the n-th sentence and whether it spoke of the meeting (the next one's "it" may be that).
        `theirs`: the spans of the sentence's other speakers."""
        r = reads[n]
        a, b = att.content
        context = previous[1] if previous is not None and previous[0].actor is att.actor else None
        # another person of the same party who spoke of the meeting just before: a statement that names no meeting
        # goes on about that one ("The spokesman said the president is ready to meet. Later Zelensky himself
        # clarified: 'In Moscow — no'", "Witkoff said the leaders should meet ...; Rubio added the venue could be
        # Geneva")
        chained = context is None and previous is not None and previous[0].actor.party == att.actor.party \
            and att.actor.party in _CHAIN_PARTIES and previous[0].actor.kind == att.actor.kind == "person" \
            and previous[1].has("MEET") and not r.view.has("MEET")
        # "The Kremlin invited Zelensky to Moscow. Kyiv dismissed the offer": another party's venue offer just made
        # is the meeting "the offer" answers
        # (and "Finland has lost its neutrality" said of the place another party just offered answers that offer)
        # (and so does a sentence naming again the place another party just offered: "Cassis offered Geneva.
        # Zelensky said Geneva suited him", «Наследный принц предложил Эр-Рияд. Уиткофф назвал Эр-Рияд отличным местом»)
        offers = [o for o in _recent_offers(r, memory) if o[0] != att.actor.party]
        # (a sentence naming a meeting of its own, "Budapest is ready to host Trump and Putin", answers nothing)
        answerable = bool(offers) and (r.view.has_any(("ANAPHOR", "REPLY", "LOST_NEUTRALITY")) or not r.view.has_any(
            ("MEET", "TALKS")) and any(_same_place(p.concept, o[1]) for p in r.view.places for o in offers))
        offered = answerable and r.view.has("ANAPHOR")
        # an offer made in this sentence or the one before: "Asked about Zelensky's invitation to Kyiv, Peskov smiled.
        # 'This is not serious,' he said"
        just_offered = any(o[2] >= memory.previous_start for o in offers)
        replying = answerable and (r.view.has_any(("REPLY", "LOST_NEUTRALITY")) or not offered) or chained
        where = where or _members_of_venues(r.view, context)
        fr = frames(r.view, r.mentions, topic, att.actor, context, was_meeting or offered, att.content, replying,
                    just_offered, where, co_speakers, elsewhere, resumes, format_asked)
        found = find_cues(r.view, fr, _host_home(r, att))
        if question is None and ((asked_no := asked_then_no(r, att)) is not None
                                 or (asked_no := reported_answer(r, att, fr)) is not None
                                 or (asked_no := self._answer_to_before(reads, n, att, topic, fr)) is not None):
            found = asked_no(found)
        if att.direct and answered_no_after(reads, n):
            found = []  # (h_selfq) "Could the leaders meet in Geneva? No.": what he asks himself and denies is the
            # refusal the "no" reads (no_to), not a statement
        denied = denied_inside(r) if att.direct else None
        if denied is not None:
            found = refused_by_asking(r, found, denied, keep_inside=False)
            if fr.venue or fr.meeting or fr.resumed:  # (h_answer27) "Moscow? No," in words of the meeting
                found = denied_place(r, found, denied, att.actor.party)
        asked_back = purpose_asked_back(reads, n) if att.direct or r.sentence.quotes else None
        if asked_back is not None:
            found = refused_by_asking(r, found, asked_back)
        if question is not None and bare_answer(r.sentence.text, BARE_NO, opening=True):
            # (h_answer26) "Out of the question.", «Ни при каких условиях.»: a bare no whose own words read a refusal
            # of "the question" says what it refuses of the question put (its place); else what they read stands
            refused = no_to(question, topic, att, r)
            stop = next((i for i, t in enumerate(r.view.tokens) if t.text == "." and t.start >= a), len(r.view.tokens))
            after = [c for c in found if c.first > stop]
            if refused and not any(c.kind == "venue" and not c.value.startswith("not_") and c.value != "any"
                                   for c in after):  # (h_answer27: "No. Anywhere else, we can discuss it.")
                found = refused + after  # ("No. Not Belarus either.": the words after the "No." read on their own;
                # an answer that proposes a place of its own, "No. I would meet him in Geneva.", reads that place)
        elif question is not None and not found and bare_answer(r.sentence.text, BARE_NOT_YET, opening=True):
            found = not_yet_to(question, topic, att, r)  # (h_answer25) "Not yet.", «Поки що — ні»: a doubt at most
        elif question is not None and not found and (bare_answer(r.sentence.text, BARE_YES, hoping=True)
                                                     or bare_answer(r.sentence.text, BARE_POSSIBLE)):
            found = yes_to(question, topic, att, r)
        elif question is not None and not found and (said := restating(r, question, att.content)) is not None:
            found = yes_to(question, topic, att, r, affirmed=True) if said else no_to(question, topic, att, r)
            # "Yes, in Istanbul", «Ні, не поїду»
        elif question is not None and not found:
            found = restated_answer(question, topic, att, r)  # (h_answer2) «— Готов.», «— Не поїду.», "I will not."
            found = found or doubted_answer(question, topic, att, r)  # (h_u15a) "Not now, no."
        found = [*found, *_pointed_back(reads, n, found, att, topic), *formats_left_open(reads, n, att)]
        found = _document_antecedent(reads, n, found)
        cues = [c for c in found if _inside(c, att, _quotes_of(att, r.sentence.quotes, theirs))]
        # "Без договора Кремль встречу не допускает": a precondition opening the sentence, before its subject,
        # still makes the refusal after it conditional
        # (and "without security guarantees a meeting makes no sense": a precondition's words opened by "without")
        opened = {w.last for w in r.view.concepts.get("WITHOUT", ())}  # the cue starts at or right after it
        # ("until the guns fall silent there will be no meeting", "доки не замовкнуть гармати": opened by "until")
        until = r.view.concepts.get("UNTIL", ())
        without = any(c.rule.endswith(("_without", "_while")) or (c.kind == "prerequisite" and c.op != "withdraw" and (
            c.first in opened or c.first - 1 in opened or any(u.first <= c.first <= u.last + 1 for u in until)))
            for c in found)
        stated = self._date(r, att, article, memory)
        conditions = _answer_offers(_conditions(cues, att, r, stated, without, self._gate), r, memory, att.content)
        if att.how == "relative":  # h_rel: "..., which Kyiv rejected": the answer to the sentence's own offer
            conditions = _relative_answer(att, r, memory)
        memory.offers.extend((c.party, c.value, r.sentence.start) for c in conditions
                             if c.kind == "venue" and c.op == "assert" and c.value in vocabulary().places)
        conditions += _condition_waived(conditions, att, r, memory)
        memory.prerequisites.extend((c.party, c.value, r.sentence.start) for c in conditions
                                    if c.kind == "prerequisite" and c.op == "assert")
        st = Statement(
            speaker=att.actor.name,
            party=att.actor.party,
            quote=r.sentence.text[a:b].strip(_QUOTE_TRIM),
            is_direct=att.direct,
            stated_on=stated,
            start=r.sentence.start + a,
            end=r.sentence.start + b,
            conditions=conditions,
            sentence=r.sentence.text,
        )
        return st, fr.meeting

    @staticmethod
    def _asked_himself(reads: Sequence[_Read], n: int, before: Attribution | None, att: Attribution,
                       asked: tuple[int, View] | None) -> _Read | None:
        """(h_selfq) The question the n-th sentence's speaker answers, put by himself just before it ("Could we meet in
        Istanbul? Of course."), or, his question only echoing the interviewer's before it, the interviewer's («—
        Чи можуть вони зустрітися в Стамбулі? — Чи можуть? Так.»)."""
        own = asked_himself(reads, n, before, att)
        if own is not None and asked is not None and n - asked[0] == 2 and echoes_question(own, reads[asked[0]]):
            return reads[asked[0]]
        return own

    @staticmethod
    def _answer_to_before(reads: Sequence[_Read], n: int, att: Attribution, topic: Topic,
                          fr: Frames) -> Callable[[list[Cue]], list[Cue]] | None:
        """(h_answer2) The n-th sentence answers alone the question the one before put to its speaker and left
        unanswered: "Peskov was asked whether Putin would go to Istanbul. 'No,' he said." (answers.asked_before)."""
        span = asked_before(reads, n)
        asked = reads[n - 1]
        if span is None or not any(m.actor is att.actor and m.start < asked.view.tokens[span[0]].start
                                   for m in asked.mentions):
            return None  # (the one asked is named before the question: «Зеленського запитали, чи поїде він до
            # Москви на зустріч з путіним. «Ні», — відповів він»: not Putin, named inside it)
        return reported_answer(reads[n], att, fr, (asked, frames(asked.view, asked.mentions, topic, att.actor), span))

    def _date(self, r: _Read, att: Attribution, article: ArticleText, memory: Memory) -> date | None:
        """An explicit date in the reporter's words dates the statement; a date inside the reported clause
        dates an event ("said on Friday that a meeting could take place on April 6")."""
        a, _ = att.content
        named = _named_speaker_mention(r, att)  # asked by the day's four places below: found once
        # (a decree's sentence is the reporter's account of it: its date is the decree's, "signed on October 4, 2022")
        whole = att.how in ("subject", "according", "colon", "decree", "possessed")
        frame = r.sentence.text if whole else r.sentence.text[: max(a, 0)]
        if att.how in ("verb", "agent") and a > 0:
            # the reporting clause runs to its "that" ("told Italian state television RAI on Thursday that ...")
            frame = r.sentence.text[: _reporting_clause_end(r, a, article.published)]
        if att.how in ("verb", "inverted") and r.sentence.quotes and a == r.sentence.quotes[0][0]:
            frame = r.sentence.text  # quote, attribution, quote: the words around the quotes date it
        elif not frame and att.how in ("verb", "inverted"):
            # "Putin replied two days later that ...; the Donbas, Putin said, was ...": the whole sentence is his,
            # and the reporting clause that opens it dates it
            that = _that().search(r.sentence.text, 0, _OPENING_CLAUSE) if att.how == "verb" else None
            if that is None and att.how == "verb":
                # a long phrase set off before the speaker ("30 вересня 2022 року, після оголошення Росією анексії
                # чотирьох областей, Зеленський заявив, що ..."): the reporting clause still ends in the "that" right
                # after the speaker's name and verb
                that = _that_after_speaker(r, named)
            frame = r.sentence.text[: that.start()] if that else ""
            b = att.content[1]
            if not frame and b < len(r.sentence.text.rstrip(" .!?")) - 3:
                # "A meeting is possible once a treaty is ready, Medinsky said after talks on Tuesday": the reporting
                # clause follows the words, up to its own "that" ("..., he said on Friday, adding that ...")
                that = _that().search(r.sentence.text, b)
                frame = r.sentence.text[b: that.start() if that else len(r.sentence.text)]
                if r.sentence.quotes and r.sentence.quotes[0][0] > 0:
                    # 'Macron spoke on Tuesday morning: "I plead for Geneva," the French president said': the
                    # reporter's words before the quote date it as well
                    frame = r.sentence.text[: r.sentence.quotes[0][0]] + " " + frame
            if not frame and att.how == "inverted":
                # h_date7: "The meeting must close the process, not open it, Medinsky told reporters on Wednesday
                # after the third round": the words run to the sentence's end, and the reporting clause set off
                # after them (its verb after a comma or a dash, the speaker after it) still dates them
                frame = _inverted_clause(r, named)
        if not frame and r.view.asides:
            frame = _aside(r)  # "Russia, Lavrov said on Wednesday, is ready ...": the parenthesis of saying dates it
        relayed = memory.in_turn and _relays_another(r, att)
        if memory.in_turn and not relayed and not _names_a_time_back(r) and \
                find_date(r.sentence.text[max(a, 0):], article.published, memory.story_date) is not None:
            return _remember_talk_day(memory, att, article.published)
        if _dates_back(r):  # "He said this in a video address on the evening of April 20": the whole sentence is
            frame = r.sentence.text  # the reporter's, and its time is the words'
        frame = _without_relative(r, _strip_quotes(frame, r.sentence.quotes), article.published, att.actor)
        day = _subject_day(r, named)  # the day right after the subject is his ("Macron on August 19, a day after ...,")
        when = find_date(day, article.published, memory.story_date) if day else None
        # (h_dates21: a decree's own day is written as its attribute, «указ от 4 октября 2022 года»: the decree is
        # the statement; in any other sentence such a day is the thing's, «ответил на видеообращение от 20 апреля»)
        when = when or find_date(frame, article.published, memory.story_date, things=att.how == "decree")
        opening = _opening_day(r, named) if when is None else ""
        when = when or (find_date(opening, article.published, memory.story_date) if opening else None)
        if when is None and att.how == "verb":
            when = find_date(_trailing_report(r, a), article.published, memory.story_date)
        if when is None and att.how == "verb" and a <= 0 and not r.sentence.quotes:
            # (the words read as the phrase before the name, "On Friday, at the forum plenary, Putin repeated: ...":
            # the time that opens it is the saying's)
            when = find_date(_fronted_day(r.sentence.text[: att.content[1]]), article.published, memory.story_date)
        if when is None and att.how in ("dropped", "continuation"):
            when = find_date(_after_opening_quote(r), article.published, memory.story_date)
        memory.dated_here = when is not None
        if when and relayed:
            return when  # (h_dates24) another's words the interviewee relays, of their day: his own stay the talk's
        if when:
            memory.dates[att.actor.name] = memory.story_date = when
            _note_reply(memory, r, when, article.published)  # ("Kyiv's reply came on Thursday.": the reply's own)
            _news_day_moves(memory, when, article.published)
            if _event_day(r, att, when, article.published):
                _note_news_day(memory, r, when, article.published)
            elif memory.news_day is None and (_lead_speaker_day(r, frame + " " + opening, when, article.published)
                                              or _both_sides_day(r, att, memory, when, article.published)):
                memory.news_day, memory.news_from_speaker = when, True
            elif when == article.published and memory.news_day is None and r.sentence.start < _LEAD_CHARS:
                # "The Kremlin said on Monday that Sunday's meeting ...": a lead dating its words on the day published
                # tells today's news; an event's day it names after ("met on January 14") is not the story's day
                memory.news_day = when
            return when
        if _opens_with_now(r.view):  # h_pass: "У березні 2022 року Зеленський пропонував Єрусалим.¶Тепер, за словами
            # президента, місце не має значення": "now" brings the speaker back from the recap's day to the story's
            memory.dates.pop(att.actor.name, None)
            if not _opens_quoted(r.view):
                _recalls_end(memory, article.published)
            return _news_day(memory.news_day, article.published)
        return _source_day(r, att, memory) or _reply_day(r, memory) or memory.dates.get(att.actor.name) or \
            memory.section or _news_day(memory.news_day, article.published)


# the marks a statement's words are trimmed of: punctuation, dashes, and a list item's bullet (h_lists)
_QUOTE_TRIM = " ,.;:—–-•*▪●"

# (h_lists) an item's own speaker, named by a verb of saying or a source, speaks for himself; one only the item's
# subject (a name it opens with: "- Ukraine's non-aligned status"), the speaker before, a dropped subject or the
# lead-in read as a heading ("Umerov presented Ukraine's demands:") gives is the lead-in's
_ITEM_OVERRIDES = frozenset({"subject", "continuation", "dropped", "heading", "column"})  # (a column's first
# person inside a list is the list speaker's, as it was when the column was read after the list)


def _list_items(reads: Sequence[_Read], n: int, atts: list[Attribution], listed: tuple[Actor, int, bool] | None,
                memory: Memory, transcript: bool) -> tuple[tuple[Actor, int, bool] | None, list[Attribution]]:
    """(h_lists) A briefing's list: a lead-in that closes its paragraph with a colon and names its speaker, or goes
    on from the speaker its paragraph named ("The Ukrainian delegation handed over written proposals. Among them:",
    «Песков на брифинге, коротко:»), announces items, a paragraph each, opened by a bullet, a dash or a number; each
    item with no speaker of its own is the lead-in's speaker's (docs/conditions.md: a reporter's summary of a
    party's position counts for it), and an item of a list of his terms is read as one (LISTED_TERM); (h_prereq21)
    a lead-in with no colon whose next paragraph opens "First, ..." (ENUM_FIRST) announces items too, each opened
    "Second, ...", "Third, ..." (ENUM_NEXT). A paragraph
    that is no item, or a gap, ends the list. In a transcript a dash opens a turn, not an item (interviews.py).
    Returns the list still open and the sentence's attributions."""
    r = reads[n]
    if listed is not None:
        para = r.sentence.paragraph
        first = n == 0 or reads[n - 1].sentence.paragraph != para
        if para == listed[1] and not first or para == listed[1] + 1 and first and _item_opens(r, transcript):
            if not atts or all(a.how in _ITEM_OVERRIDES for a in atts):
                atts = [Attribution(listed[0], (0, len(r.sentence.text)), False, "item")]
                if listed[2] and (first or _bare_mark(reads[n - 1])):
                    add_listed_term(r.view)
            return (listed[0], para, listed[2]), atts
        listed = None
    actors = {a.actor.name: a.actor for a in atts}
    if len(actors) != 1 or n + 1 >= len(reads):
        return listed, atts
    nxt = reads[n + 1]
    colon = lead_in(r.sentence.text)  # (h_prereq21) or no colon, the next paragraph opening "First, ..."
    if not (colon or _enumeration_opens(nxt, ("ENUM_FIRST",))):
        return listed, atts
    if nxt.sentence.paragraph != r.sentence.paragraph + 1 or not _item_opens(nxt, transcript):
        return listed, atts
    before = [reads[n - 1]] if n and reads[n - 1].sentence.paragraph == r.sentence.paragraph else []
    own = any(a.how != "continuation" for a in atts) or bool(before) and memory.last is not None and (
        memory.last.actor is atts[0].actor and memory.last_paragraph == r.sentence.paragraph)
    lead = [r, *before]
    views = [x.view for x in lead]
    if own and lead_in_words(views) and (colon or lead_in_terms(views)) and not _names_another_party(
            lead, atts[0].actor):  # ("We have three conditions.¶First, ...": an enumeration with no colon lists terms)
        return (atts[0].actor, r.sentence.paragraph, lead_in_terms(views)), atts
    return listed, atts


def _names_another_party(lead: list[_Read], speaker: Actor) -> bool:
    """The lead-in names a party other than its speaker's ("Zelensky listed Moscow's demands:", «Киев отверг условия
    Кремля:»): whose terms the items are is not the speaker's to say."""
    return any(m.actor is not None and m.actor.party not in ("none", speaker.party) for x in lead for m in x.mentions)


_BARE_MARK = re.compile(r"^\s*\d{1,2}[.)]\s*$")


def _bare_mark(r: _Read) -> bool:
    """The sentence is only an item's number ("1." split off as a sentence of its own): the item's words follow."""
    return _BARE_MARK.match(r.sentence.text) is not None


def _item_opens(r: _Read, transcript: bool) -> bool:
    """The sentence opens a list's item (a dash in a transcript opens a turn), or an enumeration's ("Second, ...")."""
    return list_item(r.sentence.text) and not (transcript and r.sentence.text.lstrip()[:1] in "—–-") \
        or _enumeration_opens(r, _ENUMERATION)


_ENUMERATION = ("ENUM_FIRST", "ENUM_NEXT")


def _first_word(view: View) -> int:
    """The place of the sentence's first word (0 where it has none)."""
    return next((i for i, t in enumerate(view.tokens) if t.is_word), 0)


def _enumeration_opens(r: _Read, concepts: tuple[str, ...], after_marks: bool = False) -> bool:
    """(h_prereq21) The sentence opens with an enumeration's word and a mark after it ("First, no ultimatums.",
    «Во-первых, ...», "Erstens: ..."): an item of a list told in prose, not a sentence that only starts with "first"
    ("First the delegations must finish"). `after_marks` (h_prep25): marks may stand before the word (an answer's
    dash: "— Перше — припинення вогню.")."""
    tokens = r.view.tokens
    opening = _first_word(r.view) if after_marks else 0
    for concept in concepts:
        for m in r.view.concepts.get(concept, ()):
            if m.first == opening and m.last + 1 < len(tokens) and not tokens[m.last + 1].is_word:
                return True
    return False


def _note_reply(memory: Memory, r: _Read, when: date | None, published: date | None) -> None:
    """h_dates20: "Kyiv's reply came on Thursday." (a recent day, a reply named, and no verb of saying): the words
    right after it are that reply, given then (`_reply_day`). A sentence that says something of a reply is no reply
    line ("Peskov said on Thursday that Kyiv had sent no response": Thursday is Peskov's day, not the next words')."""
    if when is not None and published is not None and 0 <= (published - when).days <= _NEWS_DAYS \
            and names_a_reply(r.sentence.text) and not _says_besides_reply(r.view):
        memory.reply_day = (r.sentence.end, when)


def _says_besides_reply(view: View) -> bool:
    """Whether a verb of saying other than the reply word itself is in the sentence ("said ... no response"; not
    "reply", which the lexicon also reads as saying)."""
    return any(not names_a_reply(" ".join(t.text for t in view.tokens[m.first:m.last + 1]))
               for m in view.concepts.get("SAY", ()))


def _reply_day(r: _Read, memory: Memory) -> date | None:
    """h_dates20: the day a reply line just gave (`_note_reply`: "Kyiv's reply came on Thursday.", «Η απάντηση του
    Κιέβου ήρθε την Πέμπτη.», no verb of saying but the reply word): the undated words of the sentence right after
    it are that reply, given then (not the paragraph's later sentences: «В Киеве, как отмечается, ...» is the
    reporter's account, not the reply)."""
    reply = memory.reply_day
    return reply[1] if reply is not None and 0 <= r.sentence.start - reply[0] <= _NEXT_SENTENCE else None


_NEXT_SENTENCE = 3  # characters: a space or two between a sentence's end and the next one's start


def _source_day(r: _Read, att: Attribution, memory: Memory) -> date | None:
    """The day of the person whose account the sentence gives ("За її словами, путін погодився ...", "Kyiv, according
    to Umerov, sees ..."): the words were reported when he spoke, whoever they are about (None when he gave no day)."""
    quotes = r.sentence.quotes
    if any(not any(q0 <= c.start < q1 for q0, q1 in quotes) for c in r.view.concepts.get("SOURCE_PRONOUN", ())):
        # "according to her": the speaker just before (a person named in a language the actors list has no name
        # for speaks too, «Каролин Ливитт заявила»), else the person last spoken of
        source = memory.last.actor if memory.last is not None else memory.last_person
    elif att.how == "according":
        return None  # (the source is the speaker: his own day is the one asked next)
    else:
        source = according_source(r.view, r.mentions, quotes, memory)
    return memory.dates.get(source.name) if source is not None and source is not att.actor else None


_OPENING_SUBJECT = 60  # characters: a subject opening its sentence, after an opening phrase, starts within them
_CHAIN_PARTIES = ("UA", "RU", "US")  # parties whose voices speak one position (mediators are many)
_OBJECT_WORDS = 5  # tokens after a stance cue in which its object ("talks with the separatists") stands
_OPENING_CLAUSE = 80  # characters: a sentence's own reporting clause ends in its "that" within them

# The story's own day: the first date of an event in the lead, at most this many days before publication
# ("Delegations met on Monday, June 2" in a report published on the 3rd). A speaker's date in the lead is his
# ("Erdogan said on Wednesday"): others may have answered later. Older dates are recaps and date nothing.
_NEWS_DAYS = 3
_LEAD_CHARS = 400


def _remember_talk_day(memory: Memory, att: Attribution, published: date | None) -> date | None:
    """(h_dates24) The day of an interviewee's turn whose words name another day ("he said it again in Washington on
    Monday", "he does not have that authority today", "we heard it yesterday"): the talk's (its recording line's, else
    the story's), remembered for his next words, not a day told of nor an older day of his."""
    memory.dated_here = False
    talk = _news_day(memory.news_day, published)
    if talk is not None:
        memory.dates[att.actor.name] = talk
    return talk


def _names_a_time_back(r: _Read) -> bool:
    """(h_dates24) The sentence names a year or a month («в марте мы предлагали Стамбул»): a recap's time, read as in
    a story, even in an interview's turn. English writes its months with a capital, and two of them are common words
    ("We may meet him on Friday", "march"): there only a capitalised one is a month."""
    return _YEAR.search(r.sentence.text) is not None or any(
        t.text in month_words() and (r.view.lang != "en" or r.view.text[t.start:t.start + 1].isupper())
        for t in r.view.tokens)


def _relays_another(r: _Read, att: Attribution) -> bool:
    """(h_dates24) An interviewee's sentence telling what another person named in it said («Зеленский в вечернем
    обращении в среду снова сказал, что ...», "Lavrov said it yesterday"): a day it names is that person's, and
    dates that sentence alone (measured: a role or a pronoun, "the president said", moved unseen18's holdout)."""
    return r.view.has("SAY") and any(_another_person(m, att) and m.how != "pronoun" for m in r.mentions)


def _another_person(m: Mention, att: Attribution) -> bool:
    """A mention of a person who is not the statement's speaker: whose own words or day a sentence may carry."""
    return m.actor is not None and m.actor is not att.actor and m.actor.kind == "person"


def _named_speaker_mention(r: _Read, att: Attribution) -> Mention | None:
    """The speaker's first mention by name (not a pronoun) outside the sentence's quotes; for a closing attribution
    with no name, its role (h_attr17: "..., сказав президент у четвер у Парижі, то ...": his day is in his clause)."""
    outside = [m for m in r.mentions if m.how != "pronoun" and not any(s <= m.start < e for s, e in r.sentence.quotes)]
    named = next((m for m in outside if m.actor is att.actor), None)
    if named is not None or att.how != "inverted":
        return named
    return next((m for m in outside if m.actor is None and m.how == "role" and m.start >= att.content[0]), None)


def _that_after_speaker(r: _Read, m: Mention | None) -> re.Match[str] | None:
    """The "that" opening the reported words a few characters after the speaker's name (`m`: his
    `_named_speaker_mention`; his verb between), outside quotes: "..., Zelensky said that", "..., Зеленський заявив,
    що"."""
    if m is None:
        return None
    that = _that().search(r.sentence.text, m.end, m.end + _SPEAKER_TO_THAT)
    if that is None or r.sentence.text[that.start()] in "«\"“":
        return None
    return that


_SPEAKER_TO_THAT = 25  # characters from the speaker's name to the "that" after his verb ("заявив журналістам, що")


def _inverted_clause(r: _Read, m: Mention | None) -> str:
    """The reporting clause after the words: from the last verb of saying set off by a comma or a dash before the
    speaker's name (`m`: his `_named_speaker_mention`) to its own "that" or the sentence's end ("..., заявил
    журналистам в среду Мединский по итогам ..."), outside quotes; empty when there is none."""
    if m is None:
        return ""
    text, tokens = r.sentence.text, r.view.tokens
    starts = [tokens[c.first].start for c in r.view.concepts.get("SAY", ()) if tokens[c.first].start < m.start]
    if not starts:
        return ""
    s = max(starts)
    if not text[:s].rstrip().endswith((",", "-", "\u2014", "\u2013")) or any(
            q0 <= s < q1 for q0, q1 in r.sentence.quotes):
        return ""
    if text[m.end:].lstrip().startswith(","):
        # a parenthesis inside the words ("Саме цю послідовність, нагадує Сибіга, підтримали у вівторок ...",
        # "Russia, Lavrov said on Wednesday, is ready ..."): it runs to the comma after the name, the day after it
        # is the words' (an event's)
        return " " * s + text[s: text.index(",", m.end)]
    that = _that().search(text, m.end)
    return " " * s + text[s: that.start() if that else len(text)]  # (its positions kept: the quotes' and tokens')


def _trailing_report(r: _Read, a: int) -> str:
    """h_dates27: the reporting clause that closes the sentence after the speaker's own verb ("Erdogan offered
    Istanbul, his office said on Friday", «Эрдоган предложил Стамбул, сообщила в пятницу его администрация»,
    «..., повідомила в п'ятницю його адміністрація»): from a verb of saying set off by a comma or a dash after the
    words' start `a`, outside quotes, to the sentence's end with no "that" after it; its day is when the words were
    made known (positions kept); empty when there is none."""
    text, tokens = r.sentence.text, r.view.tokens
    starts = [tokens[c.first].start for c in r.view.concepts.get("SAY", ()) if tokens[c.first].start > a]
    if not starts:
        return ""
    s = max(starts)
    if not text[:s].rstrip().endswith((",", "\u2014", "\u2013")) or any(q0 <= s < q1 for q0, q1 in r.sentence.quotes) \
            or _that().search(text, s) is not None:
        return ""
    return " " * s + text[s:_aside_clause_start(text, s)]


def _after_opening_quote(r: _Read) -> str:
    """h_dates27: the reporting clause after the quote that opens the sentence, its subject dropped («"Ми готові ...»,
    — заявив у вівторок», "«Siamo pronti ...», ha dichiarato martedì", "«...», declaró el martes"): from the quote's
    end to its own "that" or the sentence's end, when it is set off by a comma or a dash and holds a verb of saying
    (positions kept); empty otherwise."""
    text, quotes = r.sentence.text, r.sentence.quotes
    if not quotes or text[: quotes[0][0]].strip():
        return ""
    end = quotes[0][1]
    if not text[end:].lstrip().startswith((",", "-", "\u2014", "\u2013")):
        return ""
    says = [r.view.tokens[c.first].start for c in r.view.concepts.get("SAY", ()) if r.view.tokens[c.first].start >= end]
    if not says:
        return ""
    that = _that().search(text, end)
    stop = min(that.start() if that else len(text), _aside_clause_start(text, end))
    return " " * end + text[end:stop] if min(says) < stop else ""


def _aside_clause_start(text: str, start: int) -> int:
    """(review, session 39) Where a clause of another event opens after a comma past `start` (a relative word, a past
    participle, an English "-ing": ", recalling the talks last Friday", «, нагадавши про переговори минулої
    п'ятниці»): a reporting clause ends there, its day is that event's; the text's end if none."""
    for m in re.finditer(r",\s*([^\W\d]+)", text[start:]):
        word = m.group(1)
        if _opens_aside_clause(word) or word.islower() and word.endswith("ing"):
            return start + m.start()
    return len(text)


def _aside(r: _Read) -> str:
    """The parenthesis of saying set off inside the words (", Lavrov said on Wednesday,"), its positions kept (the
    quotes' and tokens')."""
    tokens = r.view.tokens
    a, b = tokens[min(r.view.asides)].start, tokens[max(r.view.asides)].end
    return " " * a + r.sentence.text[a:b]


def _subject_day(r: _Read, m: Mention | None) -> str:
    """The day said right after the speaker's name (`m`: his `_named_speaker_mention`), before a comma or the verb:
    his statement's day however long the phrase set off after it («Макрон 19 августа, на следующий день после встречи
    в Белом доме, высказался за ...», "Peskov on Friday, answering a question, said"; not a day inside that phrase)."""
    if m is None:
        return ""
    lead = r.sentence.text[m.end:].split(",", 1)[0].split()[:4]
    for n in range(len(lead), 0, -1):
        if time_phrase([w.lower() for w in lead[:n]]):
            # (with the two words after it: «напередодні саміту», «накануне нового раунда» is the eve of an event,
            # no day of the statement)
            return " ".join(lead[: n + 2])
    return ""


def _opening_day(r: _Read, m: Mention | None) -> str:
    """The day that opens the sentence before the speaker's name (`m`: his `_named_speaker_mention`) ("On September
    30, 2022, Zelensky said ...; Kyiv, he said, would ...", «30 сентября 2022 года Зеленский заявил»): the day of all
    he says in it."""
    if m is None:
        return ""
    words = re.findall(r"\w[\w'’ʼ]*", r.sentence.text[: m.start].lower())
    return r.sentence.text[: m.start] if time_phrase(words) else ""


_FRONT_WORDS = 4  # a time phrase opening the sentence has at most these words ("В минувшую пятницу", "On 3 March 2022")


def _fronted_day(text: str) -> str:
    """h_dates27: the time phrase that opens a longer phrase before the speaker, when the reader took that phrase for
    his words ("В минувшую пятницу на пленарке ВЭФ Путин повторил: лучшее место — Москва", "Last Friday at the forum
    plenary Putin repeated: ..."): its words up to the last that keeps them a time phrase; empty when none opens it.
    (Asked of every speaker's opening phrase, it moved the check holdout's dates 55 -> 51: there the day before the
    name, past other words, is more often another event's.)"""
    found = list(re.finditer(r"\w[\w'’ʼ]*", text))[:_FRONT_WORDS]
    for n in range(len(found), 0, -1):
        if time_phrase([w.group().lower() for w in found[:n]]):
            return text[: found[n - 1].end()]
    return ""


def _note_news_day(memory: Memory, r: _Read, when: date | None, published: date | None) -> None:
    """The lead's first date other than the publication day (a header's "Last updated 10 Dec", a transcript's
    "broadcast on August 24" say when it was published, which the news day defaults to anyway)."""
    if memory.news_day is None and when is not None and when != published and r.sentence.start < _LEAD_CHARS:
        memory.news_day = when


def _news_day_moves(memory: Memory, when: date, published: date | None) -> None:
    """h_newsday: a later day named after the lead's ("Moskau trat am Sonntag auf die Bremse", "Peskov replied on
    Friday"), up to the day published, is where the story has moved: the undated statements after it were made on
    it, not on the lead's day."""
    if memory.news_from_speaker and memory.news_day is not None and published is not None \
            and memory.news_day < when <= published:
        memory.news_day = when


def _without_relative(r: _Read, frame: str, published: date | None, speaker: Actor | None = None) -> str:
    """The frame without a relative clause set off by commas that gives a date of its own, when the rest gives one too
    ('Zelensky, who met the Pope on Sunday, said on Monday that ...': Monday dates the words, not the meeting's day),
    or when the clause tells of another person named right before it (h_date11: «прокомментировал слова Сибиги,
    который накануне заявил, что ...»: the day is the other's, not the speaker's)."""
    for t in r.view.tokens:
        if t.start >= len(frame):
            break
        if _opens_aside_clause(t.text) and frame[:t.start].rstrip().endswith(","):
            end = frame.find(",", t.start)
            if end < 0 or find_date(frame[t.start:end], published) is None:
                continue
            rest = frame[:t.start] + " " * (end - t.start) + frame[end:]
            if find_date(rest, published) is not None or _anothers_head(r, frame[:t.start].rstrip()[:-1], speaker):
                return rest
    return frame


def _opens_aside_clause(word: str) -> bool:
    """A relative word or (h_dates27) a past participle («прибывший», «вернувшись»): the clause it opens after a
    comma tells of another event, whose day is not the words'."""
    low = word.lower()
    return low in RELATIVE_WORDS or low.endswith(_PAST_PARTICIPLE)


_PAST_PARTICIPLE = word_endings("PAST_PARTICIPLE")


def _relative_days(r: _Read, published: date | None, anchor: date | None) -> list[tuple[Actor, date]]:
    """h_date11: "the words of Putin, who said in Beijing on September 3 that ...", «слова Путіна, який 3 вересня в
    Пекіні сказав, що ...»: a person named right before a relative clause set off by a comma, whose verb is one of
    saying, spoke on the day the clause gives (his later undated words, "Нагадаємо: Путін сказав", are of it)."""
    if published is None or "," not in r.sentence.text:
        return []
    text = _strip_quotes(r.sentence.text, r.sentence.quotes)
    says = [r.view.tokens[c.first].start for c in r.view.concepts.get("SAY", ())]
    out = []
    for t in r.view.tokens:
        if t.text.lower() not in RELATIVE_WORDS or not text[:t.start].rstrip().endswith(","):
            continue
        end = text.find(",", t.start)
        end = len(text) if end < 0 else end
        head = len(text[:t.start].rstrip()[:-1].rstrip())
        person = next((m.actor for m in r.mentions if m.end == head and m.actor is not None
                       and m.actor.kind == "person"), None)
        if person is None or not any(t.start < s < end for s in says):
            continue
        day = find_date(text[t.start:end], published, anchor)
        if day is not None:
            out.append((person, day))
    return out


def _anothers_head(r: _Read, before: str, speaker: Actor | None) -> bool:
    """Whether a person other than the speaker is named right before a relative clause (its comma aside)."""
    end = len(before.rstrip())
    return speaker is not None and any(m.end == end and m.actor is not None and m.actor is not speaker
                                       and m.actor.kind == "person" for m in r.mentions)


def _event_day(r: _Read, att: Attribution, when: date, published: date | None) -> bool:
    """'Putin and Zelensky met for the first time on Monday', 'in a long conversation broadcast on Sunday, Peskov ...':
    the day of an event its subject took part in, told with no verb of saying (who spoke on Wednesday may have been
    answered on Thursday), in the subject's own clause (not 'Erdogan spoke on his flight home from the summit, where
    the pair met on Wednesday'), the day before publication (yesterday's event: an older one leaves days for replies):
    the day the story is about, as an event's day in a sentence with no speaker is."""
    if att.how not in ("subject", "joint") or r.view.has("SAY") or published is None or (published - when).days != 1:
        return False
    relative = next((t.start for t in r.view.tokens if t.text.lower() in RELATIVE_WORDS), len(r.sentence.text))
    return find_date(r.sentence.text[:relative], published) == when


def _lead_speaker_day(r: _Read, frame: str, when: date, published: date | None) -> bool:
    """h_newsday: "At the third round of talks, Ukraine proposed on Wednesday that ...", "sagte Merz am Montagabend
    nach den Gesprächen", "заявив ... після переговорів ... у понеділок": a speaker's day in the lead, a few days
    before publication, in reporter's words that tell of talks, is the day the story is about (the talks, where the
    other parties spoke too): the undated statements after it were made on it. A speaker's day told of no talks
    (a press conference, an interview) is his own; others answered later."""
    # (talks in the reporter's words that dated it, not in the words reported: "Putin replied that Donbas was for
    # Kyiv to discuss with the separatists")
    talks = [*r.view.concepts.get("TALKS", ()), *r.view.concepts.get("LOWER_TALKS", ())]
    return published is not None and r.sentence.start < _LEAD_CHARS and 0 < (published - when).days <= _NEWS_DAYS \
        and any(r.view.tokens[c.first].start < len(frame) and not frame[r.view.tokens[c.first].start].isspace()
                for c in talks)


def _both_sides_day(r: _Read, att: Attribution, memory: Memory, when: date, published: date | None) -> bool:
    """h_date12: "Ukraine proposed on Wednesday that the leaders meet by August, but Russia's chief negotiator said
    ...": the two sides whose words the lead dates to one day a few days before publication spoke at one event (talks,
    a summit), the day the story is about: the undated words after it were said on it. One speaker's day told
    alone (a press conference) is his own; others may have answered later."""
    if published is None or r.sentence.start >= _LEAD_CHARS or not 0 < (published - when).days <= _NEWS_DAYS:
        return False
    if att.actor.party not in _TALKS_SIDES:
        return False
    memory.lead_days.setdefault(att.actor.party, when)
    return all(memory.lead_days.get(party) == when for party in _TALKS_SIDES)


_TALKS_SIDES = ("RU", "UA")  # the two sides whose words on one day tell of talks between them


def _news_day(story: date | None, published: date | None) -> date | None:
    """An undated statement was made on the day the story is about, else on the day it was published."""
    if story is not None and published is not None and 0 <= (published - story).days <= _NEWS_DAYS:
        return story
    return published


_THAT_OPENERS = "that|что|що|dass|que|che|że|ότι"


@lru_cache(maxsize=1)
def _that() -> re.Pattern[str]:
    """`\\b(?:that|что|...)\\b|[«"“]` case-insensitively, opening with a case-sensitive set of the characters the
    words' first letters match and the quote marks (the engine skips to them; a pattern opening with `\\b` is
    tried at every position, ~3x the work), then looking back past that character for a word character, and at
    which first letter it was for the rest of each word: the same matches."""
    words = _THAT_OPENERS.split("|")
    rests = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    return re.compile(rf"(?-i:[{case_set(''.join(w[0] for w in words))}«\"“])(?:(?<=[«\"“])|(?<!\w.)(?:{rests})\b)",
                      re.I)

# "KYIV, March 21 (Harbour Line) - ", "МОСКВА, 19 августа. /ВГА/. ", "MOSCÚ, 10 jun (EFE).- ", "GENÈVE – ",
# "İSTANBUL (AA) - ", "(ANSA) - ROMA, 10 GIU - ", "ΟΥΑΣΙΝΓΚΤΟΝ, 19 Αυγούστου. ": the wire's place (in capitals in any
# script, or any case before the agency's name in brackets) and date, no speaker (h_dates27: two places, their slash
# spaced or not: "RIAD / KIEV, 19 Feb. - ", "MOSCOW/KYIV, Aug 19 - ").
_DATELINE = re.compile(
    r"^\s*(?:\([^()\n]{2,30}\)\s*[-–—]\s*)?"
    r"(?P<place>[^\W\d_][^\W\d_'’.]*(?:(?:[ -]| ?/ ?)[^\W\d_][^\W\d_'’.]*){0,2})(?:,\s*[^\W\d_][^\W\d_ ]*)?"
    r"(?P<date>,\s*(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+\.?|[^\W\d]+\.?\s+\d{1,2})(?:,?\s*(?:de\s+)?\d{4})?)?"
    r"\.?\s*(?P<wire>\([^()\n]{1,40}\)|/[^/]{1,40}/\.?)?\s*(?(date)|\.?(?=[-–—]))[-–—.\s]*"
)


def _dateline_end(text: str) -> int:
    """Where the sentence's dateline ends (0: none): a place in capitals of any script ("GENÈVE", "İSTANBUL"), or
    in any case before the agency's name in brackets ("Moscú, 10 jun (EFE).-"), then a date, the agency or a dash."""
    if "(" not in text and "/" not in text:  # no agency's name: the place must be in capitals
        head = text.lstrip()
        if len(head) > 1 and head[1].islower():
            # ("Putin said", "Он заявил"): whatever follows a place's first letter is a mark, a space or more of the
            # place, so a lowercase second letter is in it; the pattern's backtracking over the first words to
            # find that out was ~4% of reading
            return 0
    m = _DATELINE.match(text)
    return m.end() if m is not None and (m["place"].isupper() or m["wire"]) else 0


def _without_dateline(s: Sentence) -> Sentence:
    """The sentence with its dateline blanked (offsets kept): "KYIV" there names a place, not a speaker."""
    end = _dateline_end(s.text)
    if not end or end >= len(s.text) - 10:
        return s
    return s._replace(text=" " * end + s.text[end:])


_CLAUSE_MARK = re.compile(r"[,;:(]|\s[—–-]\s|[.!?](?:\s|$)")
_TITLE = re.compile(r"[«\"“](?P<name>[^\W\d_][^«»\"“”,.;:!?]{0,40})[»\"”]")
_REPORTING_WINDOW = 40  # characters after the verb that are its clause whatever they hold ("said on Friday he ...")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16)
def _clause_openers(lang: str) -> frozenset[str]:
    """Words that open another clause inside a reporting clause run on past its window: a subordinator ("after",
    «після», «когда»), a subject pronoun or a finite auxiliary of English words said without "that" ("said he would
    wait for Putin in Turkey on Thursday"): the day after them is the words' or another event's, not the saying's."""
    return frozenset(w for c in ("SUBORDINATOR", "PRONOUN", "ANSWER_VERB") for w in concept_entries(c, lang))


_OTHER_EVENT_CONCEPTS: Final = ("MEET", "TALKS", "CEASEFIRE", "SAY")


def _reporting_clause_end(r: _Read, a: int, published: date | None) -> int:
    """Where the reporting clause that opens with the verb at `a` ends: at its "that" or the quote its words open
    ("told Italian state television RAI on Thursday that ..."). A quoted name is the verb's object, not its words
    («відповів на запитання «Дзеркала політики» у вівторок увечері, після того як ...»); with no "that" the clause
    runs to its first clause mark when the day it names is the saying's (`_saying_day_runs_on`)."""
    text = r.sentence.text
    start = a
    while (that := _that().search(text, start, a + 120)) is not None:
        title = _TITLE.match(text, that.start())
        if title is None or not title.group("name")[0].isupper():
            return that.start()
        start = title.end()
    window = max(a + _REPORTING_WINDOW, start)
    mark = _CLAUSE_MARK.search(text, start, a + 120)
    end = mark.start() if mark else min(len(text), a + 120)
    return end if end > window and _saying_day_runs_on(r, a, end, published) else window


def _saying_day_runs_on(r: _Read, a: int, end: int, published: date | None) -> bool:
    """Whether the day in text[a:end], a reporting clause past its window, is the saying's: no word in it opens
    another clause (a subordinator, a subject pronoun, an English auxiliary of words said without "that": "said he
    would wait for Putin in Turkey on Thursday"), names another event or saying after the verb (a meeting, talks, a
    ceasefire "to begin on Monday", «говорил о переговорах ... 15 августа»), and the day is not after the article."""
    text = r.sentence.text
    if any(w.lower() in _clause_openers(r.view.lang) for w in _WORD.findall(text, a, end)):
        return False
    if r.view.text != text or any(a + 1 < m.start < end for c in _OTHER_EVENT_CONCEPTS
                                  for m in r.view.concepts.get(c, ())):
        return False
    day = find_date(text[a:end], published)
    return day is not None and (published is None or day <= published)


def _strip_quotes(text: str, quotes: tuple[tuple[int, int], ...]) -> str:
    """The text with each quote's characters (those inside the text) as spaces, its length kept."""
    for s, e in quotes:
        e = min(e, len(text))
        if s < e:
            text = text[:s] + " " * (e - s) + text[e:]
    return text


# A lead cut at _LEAD_CHARS ends where the last whole sentence before the cut ends, if one ends in the last
# _LEAD_BACK characters (a lead cut between "host Mr Putin and" and "Mr Zelensky" named one leader beside a head
# of state: another summit).
_LEAD_SENTENCE_END = re.compile(r'[.!?]["»”]?(?=\s)|\n')
_LEAD_BACK = 200


def _headline_speaker(title: str, found: list[Mention]) -> Actor | None:
    """(h_epithet25) "Putin: best place for meeting with Zelensky is Moscow": a headline whose words a leader or head
    speaks, his name alone before its colon, is his however many others its words name (the body's "the head of
    state" before it names anyone is he, not the other he spoke of)."""
    colon = title.find(":")
    first = found[0] if found else None
    if colon < 0 or first is None or first.actor is None or first.actor.role not in ("leader", "head") \
            or title[first.end : colon].strip() or any(ch.isalnum() for ch in title[: first.start]):
        return None
    return first.actor


def _lead(text: str) -> str:
    """The article's first _LEAD_CHARS characters, without the sentence they cut."""
    if len(text) <= _LEAD_CHARS:
        return text
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(text, _LEAD_CHARS - _LEAD_BACK, _LEAD_CHARS)]
    return text[:ends[-1]] if ends else text[:_LEAD_CHARS]


def _person_for(speaker: Actor, r: _Read) -> Actor:
    """Who 'he' is after a sentence an institution speaks: its own person named as a subject there ("Kyiv's reply
    came from Paris, where Zelensky met European leaders. Asking him to come to Moscow, he said, ..."), else the
    institution (which takes no pronoun); with none of its own, the person the sentence names as a subject
    (h_u18rest: "After Russia declared the annexation, Zelensky put into force a decision that talks with Putin were
    impossible. Kyiv would talk, he said, ...": he is Zelensky, not the Putin of the paragraph before)."""
    if speaker.kind == "person":
        return speaker
    subjects = [m.actor for m in r.mentions if m.actor is not None and m.actor.kind == "person"
                and is_subject(r.view, m)]
    return next((a for a in subjects if a.party == speaker.party), subjects[0] if subjects else speaker)


_NOT_TOLD = ("NOT_ULTIMATUM", "WITHOUT", "NEG", "RENOUNCE", "NO_LONGER")
_ELIDED = ("ELIDED_VERB", "AUXILIARY")


# (h_prereq26) What an anaphoric document ("such a treaty", «такого договора») stands for, by the condition noun of
# the sentence before it: the treaty on security guarantees, the ceasefire agreement.
_ANTECEDENT_CLASSES: Final = (("GUARANTEES", "security_guarantees"), ("CEASEFIRE", "ceasefire"))


def _document_antecedent(reads: Sequence[_Read], n: int, found: list[Cue]) -> list[Cue]:
    """(h_prereq26) "Kyiv proposes a system of security guarantees. Without such a treaty a meeting makes no sense":
    a document named by an anaphor (SUCH_DOCUMENT) carries the class of its antecedent, so an agreed-text
    prerequisite read on it is that of the one condition the sentence before names (none, or two: the text as read)."""
    such = reads[n].view.concepts.get("SUCH_DOCUMENT")
    if not such or n == 0:
        return found
    before = reads[n - 1].view
    classes = [value for concept, value in _ANTECEDENT_CLASSES if before.has(concept)]
    if len(classes) != 1:
        return found
    return [c._replace(value=classes[0]) if c.value == "documents_agreed" and c.op == "assert"
            and any(m.first <= c.last and c.first <= m.last for m in such) else c for c in found]


def _pointed_back(reads: Sequence[_Read], n: int, found: list[Cue], att: Attribution, topic: Topic) -> list[Cue]:
    """(h_back) Words that point back at the sentence before take their object from it, their polarity from their
    own words and their party from the speaker: "That will not happen", «Этого не будет», «Цього не буде»
    (REFUSE_THAT) after a territorial demand told refuses to cede (Kyiv), after ultimatums told asks the meeting
    without them, and after another party's offer of a place rejects that place (read as the offer dismissed: with
    no such offer it says nothing); "Any of them works for us. Moscow does not.", «Стамбул нам подходит. Москва —
    нет»: a place and an elided no, alone after words of places accepted, reject that place. The
    sentence before may be one the quote holds ("... before any meeting. That will not happen")."""
    r = reads[n]
    if att.actor.party not in ("RU", "UA") or not r.view.has_any(("REFUSE_THAT", "NEG", "DASH_NO")):
        return []  # (most statements: neither words that refuse what was told nor a no)
    tail = _tail_start(r.view, att.content)
    if r.view.has("REFUSE_THAT"):
        told = told_before(reads, n)
        m = r.view.concepts["REFUSE_THAT"][0]
        if topic.war and att.actor.party == "UA" and not any(c.kind == "demand" for c in found) and any(
                territorial_demand(v) for v in told):
            return [refused_demand(r.view)]
        if any(c.rule != "stance.offer_dismissed" and c.first >= tail for c in found):
            return []  # (the refusing words read a condition of their own)
        # (ultimatums the speaker's side denies making, "we have no ultimatums for anyone", or that the other side is
        # asked to drop, are no one's; nor those the other party's speaker tells: "Peskov said Kyiv was issuing
        # ultimatums. 'That will not happen,' Yermak said" answers him)
        if any(v.has("ULTIMATUM") and not v.has_any(_NOT_TOLD) and not _other_party_tells(reads, v, att)
               for v in told) or tail > 0 and any(
                u.last < tail for u in r.view.concepts.get("ULTIMATUM", ())) and not any(
                m.last < tail for c in _NOT_TOLD for m in r.view.concepts.get(c, ())):
            return [Cue("prerequisite.no_ultimatums", "prerequisite", "no_ultimatums", m.first, m.last, m.start,
                        m.end, 0.7, False)]
        # (only the offer answered: reader._answer_offers keeps it where an offer was just made, else drops it)
        return [] if found else [Cue("stance.offer_dismissed", "stance", "refuses", m.first, m.last, m.start, m.end,
                                     0.7, False)]
    place = _elided_no_place(r.view, tail, att.content[1])
    if place is None or any(c.first >= tail for c in found):
        return []
    if tail > 0:  # the words accepting places in the same quote, before
        accepted = any(m.last < tail for c in ("SUIT", "ANYWHERE") for m in r.view.concepts.get(c, ())) and not any(
            m.last < tail for c in _DENIALS for m in r.view.concepts.get(c, ()))
    else:
        before = reads[n - 1].view if n > 0 and reads[n - 1].sentence.paragraph == r.sentence.paragraph else None
        accepted = before is not None and before.has_any(("SUIT", "ANYWHERE")) and not before.has_any(_DENIALS)
    if not accepted:
        return []
    return [Cue("venue.place_dash_no", "venue", f"not_{place.concept}", place.first, place.last, place.start,
                place.end, 0.7, False)]


def _other_party_tells(reads: Sequence[_Read], view: View, att: Attribution) -> bool:
    """The sentence read as `view` is spoken by a speaker of another party than the one answering it."""
    r = next(x for x in reads if x.view is view)
    return any(a.actor.party not in (att.actor.party, "none") for a in attribute(
        r.view, r.mentions, r.sentence.quotes, Memory(), r.sentence.paragraph))


def _tail_start(view: View, span: tuple[int, int]) -> int:
    """The first token of the speaker's last sentence: after the last full stop inside their words ("Any of them
    works for us. | Moscow does not."), else 0."""
    a, b = span
    ends = [i for i, t in enumerate(view.tokens) if a <= t.start < b and t.text in (".", "!", "?")
            and any(u.is_word and u.start < b for u in view.tokens[i + 1:])]
    return ends[-1] + 1 if ends else 0


def _elided_no_place(view: View, tail: int, end: int) -> ConceptMatch | None:
    """The one place the speaker's last sentence names and, all its other words, a no with its verb left out
    ("Moscow does not.", «Москва — нет»: NEG or DASH_NO, with ELIDED_VERB or AUXILIARY words)."""
    places = [p for p in (*view.places, *view.voices) if p.concept in vocabulary().places and p.first >= tail]
    nos = [m for c in ("NEG", "DASH_NO") for m in view.concepts.get(c, ()) if m.first >= tail]
    if len(places) != 1 or not nos or max(m.first for m in nos) < places[0].last:
        return None
    kept = (places[0], *nos, *(m for c in _ELIDED for m in view.concepts.get(c, ()) if m.first >= tail))
    covered = {i for m in kept for i in range(m.first, m.last + 1)}
    if any(t.is_word and i not in covered and i >= tail and t.start < end for i, t in enumerate(view.tokens)):
        return None
    return places[0]


def _inside(cue: Cue, att: Attribution, quotes: tuple[tuple[int, int], ...]) -> bool:
    """A cue counts for the speaker when it lies in their span (their quote or reported clause): all of it, so
    the attribution's own verb ("... meeting Zelensky?" Putin asked) is never read as part of a condition."""
    a, b = att.content
    if a <= cue.start and cue.end <= b:
        return True
    return any(s <= cue.start and cue.end <= e for s, e in quotes)


def _quotes_of(att: Attribution, quotes: tuple[tuple[int, int], ...],
               theirs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The sentence's quotes that may be the speaker's: not one inside another speaker's span and outside their own
    («Зеленский ответил, что Путин „может приехать в Киев“, а Сибига назвал приглашение неприемлемым»: the
    counter-invitation quoted in Zelensky's clause is not Sybiha's)."""
    a, b = att.content
    return tuple((s, e) for s, e in quotes
                 if a <= s and e <= b or not any(c <= s and e <= d for c, d in theirs))


# Refusals whose object may be a place's candidacy rather than the meeting, and how far after the refusal's
# words (characters) the refused place may stand.
_REFUSALS_OF_AN_IDEA = frozenset({"stance.refuse", "stance.meeting_refused", "stance.option_refused"})
_IDEA_REACH = 40


def _dismissed(fmt: Cue, stance: Cue, view: View) -> bool:
    """The format's words are the subject of a dismissal right after them in their clause (or inside it), or the
    object of one whose object is a format ("не бачить сенсу в зустрічі з Путіним у двосторонньому форматі")."""
    right_after = fmt.first <= stance.last and 0 <= stance.first - fmt.last - 1 <= 3 \
        and view.clause[fmt.last] == view.clause[stance.first]
    object_after = fmt.first > stance.last and view.clause[fmt.first] == view.clause[stance.last] \
        and view.words_between(stance.last, fmt.first) <= 6 and format_object(view, stance.first, stance.last) \
        and all(t.is_word for t in view.tokens[stance.last + 1:fmt.first])  # ", only for a one-on-one": another
    return right_after or stance.first <= fmt.first <= stance.last or object_after


def _doubted(fmt: Cue, view: View) -> bool:
    """The format's own words (TRILATERAL) stand right after a doubt (POINTLESS: "saw no point in a trilateral
    format, only in a one-on-one meeting", «не видит смысла в трехстороннем формате»), at most two words between
    and no punctuation: the format is what is doubted, even where the doubt reads no stance ("only ...")."""
    own = [m for m in view.concepts.get("TRILATERAL", ()) if fmt.first <= m.first <= fmt.last]
    return any(0 <= view.words_between(p.last, m.first) <= 2 and p.last < m.first
               and all(t.is_word for t in view.tokens[p.last + 1:m.first])
               for p in view.concepts.get("POINTLESS", ()) for m in own)


def _avoided(fmt: Cue, view: View) -> bool:
    """An evasion word (AVOID: "avoids", "is afraid of", "боится") stands at most three words before the format's
    words or right after them, in their clause: the format is what someone is said to dodge."""
    return any(view.clause[m.first] == view.clause[fmt.first] and (
        0 <= fmt.first - m.last - 1 <= 3 or 0 <= m.first - fmt.last - 1 <= 2 or fmt.first <= m.first <= fmt.last)
        for m in view.concepts.get("AVOID", ()))


def _candidacy(view: View, start: int, end: int) -> bool:
    """Between a refusal and its place stands an idea, an offer or a venue ("the idea of", "as a venue")."""
    return any(start <= m.start < end for c in _CANDIDACY for m in view.concepts.get(c, ()))


_CANDIDACY = ("ORGANIZE", "PROPOSE", "OFFER_NOUN", "ANAPHOR", "VENUE_NOUN", "HOST")


def seldom_cap(alert_threshold: float) -> float:
    """How sure a value its party seldom states may be read: SELDOM_CONFIDENCE, or just under a lower configured
    alert threshold, so that lowering `reading.min_confidence` does not bring its alerts back (at 0 all alert)."""
    return max(0.0, min(SELDOM_CONFIDENCE, round(alert_threshold - 0.01, 3)))


def emit_floor(alert_threshold: float) -> float:
    """How sure a reading must be to be stored: EMIT_FLOOR, or as far under a lower configured alert threshold as
    it is under the default one, so that lowering `reading.min_confidence` stores (and shows, unsure) the readings
    just under it; a higher threshold alerts less but stores what the default stores (at 0 all are stored)."""
    return max(0.0, min(EMIT_FLOOR, round(alert_threshold - (DEFAULT_ALERT_THRESHOLD - EMIT_FLOOR), 3)))


class Gate(NamedTuple):
    """What the configured alert threshold makes of a reading's confidence: under `floor` (as read) it is not
    stored; a value its party seldom states is stored at most `cap` sure, under the threshold."""

    floor: float = EMIT_FLOOR
    cap: float = SELDOM_CONFIDENCE


def _conditions(cues: list[Cue], att: Attribution, r: _Read, stated: date | None,
                without: bool, gate: Gate) -> tuple[Condition, ...]:
    """One condition per (party, kind, value, op), the most confident first; each with its party (`without`: the
    sentence states a precondition with "without", anywhere in it; `gate`: the floor and cap of the configured
    alert threshold)."""
    if not cues:  # most statements: what the steps below make of no cue
        return ()
    book = rulebook()
    exclusive = vocabulary().exclusive_kinds
    best: dict[tuple[str, str, str, str], Condition] = {}
    read_as: dict[tuple[str, str, str, str], float] = {}  # each best one's confidence as read, before the cap
    reported: tuple[str, int] | None = None  # the last reported party and where its cue ended
    venues = [(c.start, c.end) for c in cues if c.kind == "venue"]  # "Moscow is not an option": a place, no actor
    rejected = [(c.start, c.end) for c in cues if c.kind == "venue" and c.value.startswith("not_")]
    hedged = [(c.start, c.end) for c in cues if c.kind == "stance" and c.value == "skeptical"]
    cues = later_members(r.view, cues)  # each later place of a list in one breath marked `member`
    dismissals = [c for c in cues if c.kind == "stance" and c.value in ("skeptical", "refuses")]
    hosts = [(c.start, c.end) for c in cues if c.rule == "venue.place_hosts" and _third_host(
        c, _party(c, att, r, venues)[0], r.view) or c.kind == "stance" and _countries_ready(c, r.view)]
    # "не возражает против Абу-Даби как места встречи", "not opposed to the Vatican as a venue": no objection to a place
    unopposed = [(c.start, c.end) for c in cues if c.rule == "venue.no_objection"]
    for cue in sorted(cues, key=lambda c: (c.start, c.end, c.rule, c.value)):
        if cue.kind == "stance" and cue.value == "willing" and any(cue.start < e and s < cue.end for s, e in unopposed):
            continue  # the place is accepted, not the meeting (which was never objected to)
        if (cue.kind == "stance" or cue.rule == "venue.place_hosts") and any(
                cue.start < e and s < cue.end for s, e in hosts):
            continue  # "Peskov said Hungary was ready to host the two presidents": the host's offer, reported
        if cue.kind == "stance" and cue.value == "willing" and any(
                s <= cue.start and cue.end <= e and (s, e) != (cue.start, cue.end) for s, e in hedged):
            continue  # "Зеленский вряд ли готов встретиться": the hedge holds the readiness (and, reported, its
            # lower confidence must not leave the readiness alone)
        if _accusation(cue, att, r) or _of_whoever(cue, r) or _ban_lifted(cue, r):
            continue
        if cue.kind == "stance" and any(cue.last < m.first <= cue.last + _OBJECT_WORDS and r.view.clause[m.first]
                                        == r.view.clause[cue.last] for m in r.view.concepts.get("SEPARATISTS", ())):
            continue  # "refused to talk directly to the separatist leaders": talks with them are not the meeting
        if cue.kind == "format" and _avoided(cue, r.view):
            continue  # "Putin is afraid of a bilateral meeting", "путін двосторонньої зустрічі боїться": the format the
            # subject is said to dodge is an accusation, nobody's preference
        if cue.kind == "format" and _idea_spoken_of(cue, r.view):
            continue  # "played down talk of a three-way meeting", "упомянул идею трёхсторонней встречи": spoken of
        if cue.kind == "format" and not cue.rule.endswith("_without") and (
                any(_dismissed(cue, d, r.view) for d in dismissals) or _doubted(cue, r.view)):
            continue  # "трехсторонняя встреча не планируется", "a three-way summit was not on the table": the
            # format named is dismissed, not asked for (h_ruk2: a format said through a refusal of a meeting without
            # it, "will not agree to a meeting without the Americans", is what the refusal asks for)
        if cue.kind == "stance" and cue.value in ("refuses", "skeptical") \
                and format_object(r.view, cue.first, cue.last):
            continue  # "not ready for such a format", "no point in a three-way meeting": a format refused or doubted,
            # not the meeting (it dismissed the format above)
        if cue.kind == "stance" and cue.value == "refuses" and any(
                s < cue.start < e or (s < cue.end and cue.start < e and cue.rule in _PLACE_REFUSALS)
                or (s == cue.start and cue.rule == "stance.meeting_refused"
                    and any(m.first == cue.first for m in r.view.concepts.get("MEET", ()))) for s, e in rejected):
            continue  # "Moscow is not a serious option for a meeting": the place, named first, is out, not the
            # meeting ("встреча в Москве исключена": the meeting named first, then its place, then the verdict)
        if cue.kind == "stance" and cue.value in ("refuses", "skeptical") and without:
            continue  # "no meeting without a ceasefire": a precondition, not a refusal
        if cue.kind == "stance" and cue.value == "refuses" and cue.rule in _REFUSALS_OF_AN_IDEA and any(
                cue.start < s <= cue.end + _IDEA_REACH and _candidacy(r.view, cue.start, e) for s, e in rejected):
            continue  # "rejected Minsk as a venue", "отверг идею встречи в Ватикане": the place is refused
            # (the meeting itself refused, "ruled out a meeting in Kyiv", refuses both)
        party, factor = _party(cue, att, r, venues)
        if party == att.actor.party and cue.kind in ("stance", "venue") and (
                _received_offer(cue, r.view) or _own_leader_invited(cue, att, r)):
            continue  # "said he had received an invitation to Moscow", "called the invitation of Zelensky to
            # Moscow absurd": the sender's offer, not the speaker's
        if party == att.actor.party and _other_sides_seat(cue, party) and not any(
                o.negated and o.start < cue.end and cue.start < o.end for o in cues):
            continue  # (h_uk2) «його запрошують до Москви», "the invitation to Moscow is not serious": the other
            # side's capital, named by a war side, is the other side's offer or a place refused, never its proposal
            # (unless a refusal denied holds it: "no longer ruled out meeting Putin in Moscow")
        if party == att.actor.party and cue.kind in ("prerequisite", "demand") and _asked_of_own_side(cue, party, r):
            continue  # (h_prec25) «лідери ... вимагали від Москви 30-денного перемир'я», "urged Moscow to accept a
            # ceasefire": what others ask of the party is no term of its own (a side asks nothing of itself)
        if party == att.actor.party and cue.kind == "stance" and _quoted_third_person(cue, att, r):
            continue  # «Это означает, что он не хочет встречи»: in the speaker's own words "he" is someone else
        if cue.kind in ("stance", "venue") and _third_head_invited(cue, r):
            continue  # "Putin had already invited Trump to hold the following meeting in Russia": another summit
        if cue.refused and (party == att.actor.party or cue.kind == "stance" and any(
                o.kind == "venue" for o in cues)):
            continue  # "Zakharova rejected the proposal for a meeting in Vienna": someone else's proposal; (h_stance22)
            # "Zelensky rejected Putin's invitation to meet in Moscow": an offer of a place, turned down, is the
            # refuser's answer on the place, no stance of its owner he states (an offer with no place, "Peskov
            # dismissed Kyiv's offer of a summit", still tells the owner's readiness)
        if party != att.actor.party and _claim_quoted(cue, att, r, party):
            continue  # «Зеленский говорит, что готов встретиться. Ну пусть приезжает», — сказал Путин: the other side's
            # claim, quoted by the speaker to answer it, is no position of theirs the speaker reports
        if party != att.actor.party and cue.kind == "demand" and _coerced_term(cue, r.view):
            continue  # (h_gen2) "Rubio said Washington would not pressure Kyiv to cede territory": the US's restraint,
            # no Ukrainian term; in Ukraine's own words ("no one will force us to give up our land") it is one
        if party != att.actor.party and cue.kind in ("stance", "venue"):
            reported = (party, cue.end)
        elif reported is not None and cue.kind == "stance" and _continues(r, reported[1], cue.start):
            party, factor = reported[0], REPORTED_CONFIDENCE  # "rejected any talks ... and signed a decree banning"
        rule = book.by_id[cue.rule]
        if party in rule.not_parties or rule.own_term and not _own_term_here(cue, att, r, party, rule.parties):
            continue  # (own_term: "Peskov said the Donbas is not a subject of talks" claims it; it tells no Kyiv term)
        if (party != att.actor.party or not att.direct and _year_before(r.view, cue, stated)) and _recap(
                r.view, cue, stated):
            continue  # "noted that Zelensky previously rejected any talks": history told by the other side
        if party == att.actor.party and _then_before_now(r.view, cue, stated):
            continue  # «Раньше мы говорили о трёхсторонней встрече. Сейчас считаем ...»: the speaker's own recap of
            # the old position, answered by the new one, is not what the party holds now
        if cue.kind in exclusive and _past_relative(r, cue, att) and any(
                o.kind == cue.kind and o.value != cue.value and not _past_relative(r, o, att) for o in cues):
            continue  # "Peskov, who in May had called a meeting premature, said ... now ready": then, not now
        if rule.parties and party not in rule.parties:
            factor *= OFF_PARTY_CONFIDENCE
        prior = book.priors.get(cue.value)
        if prior and party not in prior and not (rule.parties and party not in rule.parties):
            factor *= OFF_PARTY_CONFIDENCE
        if party in book.kinds and cue.kind not in book.kinds[party] and not (rule.parties and party in rule.parties):
            factor *= OFF_PARTY_CONFIDENCE  # (a rule that names the party as its own states that kind for it)
        confidence = round(cue.confidence * att.confidence * factor * book.factor(party, cue.kind), 3)
        if confidence < gate.floor:
            continue
        read, seldom = confidence, book.seldom.get(cue.value)
        if seldom and party not in seldom or cue.member:
            confidence = min(confidence, gate.cap)  # kept as read, but it moves and alerts nothing (nor does a later
            # member of a list of places, conditions.later_members)
        if (party, cue.rule) in book.capped:
            confidence = min(confidence, gate.cap)  # a rule its party's readings were as often wrong as right by, on
            # the tune halves (calibration.toml `[[cap]]`): kept as read, moving and alerting nothing
        evidence = r.sentence.text[cue.start : cue.end]
        cond = Condition(party, cue.kind, cue.value, evidence, "withdraw" if cue.op == "withdraw" else "assert",
                         cue.rule, confidence, cue.member)
        key = (party, cue.kind, cue.value, cond.op)
        if key not in best or (best[key].confidence, read_as[key]) < (confidence, read):
            best[key], read_as[key] = cond, read  # (of two capped alike, the surer as read: its rule and words)
    # "ready to meet even before the guns fall silent": the words that name a precondition also drop it; one
    # statement cannot both set and withdraw a precondition, and the withdrawal is the more specific reading
    kept = tuple(c for k, c in best.items()
                 if not (k[1] == "prerequisite" and k[3] == "assert" and (*k[:3], "withdraw") in best)
                 and not _home_beside_named(c, best.values(), book))
    return _alternatives(kept, r.view)


def _idea_spoken_of(cue: Cue, view: View) -> bool:
    """The format is the object of talk, an idea or a mention ("talk of a three-way meeting", "идею трёхсторонней
    встречи"), and nobody before it backs or proposes it ("supported the idea of a trilateral" is asked for)."""
    ideas = [m for m in view.concepts.get("IDEA_OF", ()) if cue.first - 4 <= m.last < cue.first]
    backing = [m.last for c in ("AGREE", "PROPOSE", "READY", "WANT", "INSIST") for m in view.concepts.get(c, ())]
    return any(not any(i.first - 3 <= b < i.first or i.first <= b <= i.last for b in backing) for i in ideas)


def _third_host(cue: Cue, party: str, view: View) -> bool:
    """A place_hosts cue: a place ready to host ("Hungary was ready to host", "сім країн готові прийняти зустріч,
    серед них Ватикан") in the words of a party it does not belong to: the host's offer, reported, is no venue nor
    readiness of that party (a mediator speaks for any host; Kyiv "ready to host" is Kyiv's; "Istanbul could
    be a venue" is the speaker's proposal)."""
    if party == "MEDIATOR" or _place_party(cue.value.removeprefix("not_")) == party:
        return False
    ready = [m.first for m in view.concepts.get("READY", ()) if cue.first - 2 <= m.first <= cue.last]
    if any(p.start <= cue.start < p.end for p in view.places):
        return bool(ready)  # the place opens the cue: its subject ("Hungary was ready to host")
    return _countries_before(ready, view)


def _countries_ready(cue: Cue, view: View) -> bool:
    """"Five countries stood ready to host a meeting": the countries' readiness to host, not the speaker's."""
    ready = [m.first for m in view.concepts.get("READY", ()) if cue.first <= m.first <= cue.last]
    return any(cue.first <= h.first <= cue.last for h in view.concepts.get("HOST", ())) and _countries_before(
        ready, view)


def _countries_before(ready: list[int], view: View) -> bool:
    """A word for countries at most three tokens before one of the READY words: their readiness; or "they" so near,
    with the countries named before it ("seven countries have told us they are ready to host", h_prec6)."""
    countries = view.concepts.get("COUNTRIES", ())
    return any(r - 3 <= c.last < r for r in ready for c in countries) or any(
        r - 3 <= t.last < r and any(c.last < t.first for c in countries)
        for r in ready for t in view.concepts.get("THEY_PLURAL", ()))


def _place_party(place: str) -> str | None:
    """The party whose seat of government lies in the place's country (Kharkiv: UA), or None for a third one."""
    voc = vocabulary()
    country = voc.within.get(place, place)
    return next((p for seat, p in voc.seats.items() if voc.within.get(seat, seat) == country), None)


def _host_home(r: _Read, att: Attribution) -> str | None:
    """The home that "ready to host" means: that of another host of the speaker's party named last before the
    readiness in the speaker's words, with no place between ("Meloni said the Pontiff is ready to host a
    meeting": the Vatican, not Rome), else the speaker's own."""
    a, b = att.content
    ready = min((m.start for c in ("READY", "PROPOSE") for m in r.view.concepts.get(c, ()) if a <= m.start < b),
                default=None)
    before = [m for m in r.mentions if m.actor is not None and a <= m.start < (ready or a)]
    host = before[-1].actor if before else None
    if host is None or host is att.actor or not host.home or host.party != att.actor.party or any(
            before[-1].start < p.start < (ready or a) for p in r.view.places):
        return _home_country_named(r, a, ready, att.actor.home)
    return host.home


def _home_country_named(r: _Read, a: int, ready: int | None, home: str | None) -> str | None:
    """(h_med21b) "Macron sagte, Frankreich sei bereit, ein Treffen ... auszurichten", «Макрон заявил, что Франция
    готова принять встречу»: the country of the speaker's home city, named last before the readiness in his words, is
    the host (the country, not his capital); else the home itself."""
    if home is None or ready is None:
        return home
    country = vocabulary().within.get(home)
    last = max((p for p in r.view.places if a <= p.start < ready and not _in_source(r.view, p)),
               key=lambda p: p.start, default=None)
    return country if last is not None and country is not None and last.concept == country else home


_SOURCE_REACH = 2  # words at most between "according to" and the place that qualifies its source ("according to
# Israeli media": none)


def _in_source(view: View, p: ConceptMatch) -> bool:
    """(h_prec24) «за даними ізраїльських медіа, Беннет готовий прийняти саміт», "according to Israeli media",
    «по данным израильских СМИ»: a country that qualifies the source of the news is not the host. Only within the
    source's own phrase: in "according to reports, Israel is ready to host" the host follows the comma."""
    return any(m.last < p.first and _within_phrase(view, m.last, p.first) for m in view.concepts.get("ACCORDING", ()))


def _within_phrase(view: View, a: int, b: int) -> bool:
    """Tokens a and b with at most _SOURCE_REACH words and no comma between them."""
    between = view.tokens[a + 1 : b]
    return all(t.text != "," for t in between) and sum(t.is_word for t in between) <= _SOURCE_REACH


def _home_beside_named(c: Condition, others: Iterable[Condition], book: Rulebook) -> bool:
    """'Orban said Hungary was ready to host': the place named is the venue, not the speaker's home city read
    from 'host'; 'Ankara is ready to host a meeting ... in Istanbul': a city that hosts another city of its own
    country is its government there, the place of the meeting is the venue."""
    if c.kind != "venue":
        return False
    if book.by_id[c.rule].value == "{home}":
        return any(o.kind == "venue" and o.party == c.party and book.by_id[o.rule].value != "{home}" for o in others)
    within = vocabulary().within
    return c.rule == "venue.place_hosts" and c.value in within and any(
        o.kind == "venue" and o.party == c.party and o.rule not in ("venue.place_hosts", "venue.home")
        and o.value != c.value and within.get(o.value) == within[c.value] for o in others)


# Refusals that, sharing their words with a place rejected, refuse only the place: "would not meet him in
# Istanbul", "никогда не согласится на Минск как место встречи" (whereas "not ready to meet him in Istanbul" and
# "ruled out a meeting in Kyiv" refuse the meeting as well).
_PLACE_REFUSALS = frozenset({"stance.no_meeting", "stance.agree"})
_FORMATS = frozenset({"one_on_one", "trilateral", "multilateral"})
_IF = concept_words("IF_WORD")
# the leaders and two others named at the table: four, a wider format; (h_med21b) or Europe added to the table the
# US is at ("America must be at the table, and Europe too"): the trilateral read in its first half is that table
_COUNTED = frozenset({"format.two_others_join", "format.europe_too"})


def _alternatives(conditions: tuple[Condition, ...], view: View) -> tuple[Condition, ...]:
    """'bilateral or trilateral', 'у нормандському форматі чи віч-на-віч', 'и к такому формату, и к
    трехстороннему': several formats offered as alternatives are any format (a sequence, 'first the two, then
    three', is not)."""
    # "при участии Трампа и Эрдогана": the trilateral read in "with Trump" is the same table as the four counted
    # (format.two_others_join), not an alternative to it
    counted = {c.party for c in conditions if c.rule in _COUNTED}
    conditions = tuple(c for c in conditions if not (c.party in counted and c.kind == "format"
                                                     and c.value == "trilateral"))
    by_party: dict[str, list[Condition]] = {}
    for c in conditions:
        if c.kind == "format" and c.value in _FORMATS and c.op == "assert":
            by_party.setdefault(c.party, []).append(c)
    if not any(len({c.value for c in cs}) >= 2 for cs in by_party.values()) or view.has("FIRST_STEP") \
            or view.has("LATER_STEP"):  # 'a meeting of the two, и только после нее a trilateral' is a sequence
        return conditions
    if not (view.has("ANY_FORMAT") or view.has("OR_WORD") or _both_and(view)):  # ("ya da": an "or" of two words)
        return conditions
    out = [c for c in conditions if not (c.kind == "format" and c.party in by_party and len(by_party[c.party]) >= 2)]
    for cs in by_party.values():
        if len({c.value for c in cs}) >= 2:
            best = max(cs, key=lambda c: c.confidence)
            out.append(replace(best, value="any", rule="format.alternatives"))
    return tuple(out)


def _both_and(view: View) -> bool:
    """'и к такому формату, и к трехстороннему', 'both ... and': a repeated coordinator; 'как к двусторонней, так
    и к трёхсторонней', 'for a bilateral meeting and for a trilateral one', 'as well as': the second one joined
    as the first's equal."""
    words = [t.text for t in view.tokens if t.is_word]
    return words.count("и") >= 2 or words.count("і") >= 2 or "both" in words or view.has("EQUAL_JOIN") or sum(
        w in _IF for w in words) >= 2 or (  # "if they meet alone, fine; if with Trump, he is ready": each one offered
        len(view.concepts.get("READY", ())) >= 2 and not any(w in _IF for w in words))  # (h_format40) "ready for a
    # bilateral meeting, and ready for a trilateral one", «готовы к двусторонней встрече и готовы к трехсторонней»: a
    # readiness said again for each (not «готові до тристоронньої. Якщо буде двостороння — готові і до неї»: the one
    # supposed is a fallback, the first the format asked)


_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _past_relative(r: _Read, cue: Cue, att: Attribution) -> bool:
    """The cue lies in a relative clause on the speaker set off by commas ("Peskov, who ...,", ", который ...,",
    ", який ...,") that tells of the past: a month, a year, 'had', 'once', 'previously' (a relative clause on
    someone else, "ответил Зеленскому, который 20 апреля предложил ...", reports that one's words)."""
    view = r.view
    toks = view.tokens
    ends = {m.end for m in r.mentions if m.actor is att.actor}
    for i in range(2, cue.first):
        if toks[i].text in RELATIVE_PRONOUNS and toks[i - 1].text == "," and toks[i - 2].end in ends:
            end = next((k for k in range(i + 1, len(toks)) if toks[k].text == ","), None)
            if end is None or not (i < cue.first and cue.last < end):
                continue
            words = {t.text for t in toks[i + 1 : end]}
            if words & _PAST_WORDS or words & month_words() or any(_YEAR.fullmatch(w) for w in words) or any(
                    i < m.first < end for m in view.concepts.get("RECAP", ())):
                return True
    return False


_PAST_WORDS = concept_words("PAST_WORD")


_RECALL_DAYS = 7  # a speaker's remembered day further back than this before publication is a recall


def _recalls_end(memory: Memory, published: date | None) -> None:
    """h_dates40: a sentence opening with "now" («Тепер Київ вже не вимагає ...», "Now Kyiv no longer demands ...")
    after a recall of a speaker's old words («Ще 11 травня Зеленський наполягав», "Back on May 11 Zelensky
    insisted") brings the story back to its day for every speaker, not only its own: the recalled day no longer
    dates their later undated words («Зеленський окремо наголосив ...»). Days of the last week stay (the story's
    own days, "on Monday")."""
    if published is None:
        return
    for name, day in list(memory.dates.items()):
        if (published - day).days > _RECALL_DAYS:
            del memory.dates[name]


_OPENING_QUOTES: Final = frozenset('"«„“\'‘')


def _opens_quoted(view: View) -> bool:
    """(review, session 40) The sentence opens with a quotation mark ('"Now is not the time for new demands," Putin
    said', «"Сейчас не время…", — ответил Путин»): its "now" is a speaker's, of his own words' moment, not the
    narrator bringing the story back to its day, so the other speakers' recalls stay (`_recalls_end`)."""
    return view.text.lstrip()[:1] in _OPENING_QUOTES


def _opens_with_now(view: View) -> bool:
    """The sentence opens with a word of now ("Now", «Теперь», «Тепер», "But now", «А сейчас»)."""
    words = [t.text for t in view.tokens[:3] if t.is_word]
    return bool(words) and (words[0] in _NOW_OPENERS or len(words) > 1 and words[0] in _BUT
                            and words[1] in _NOW_OPENERS)


def _then_before_now(view: View, cue: Cue, stated: date | None) -> bool:
    """The cue's sentence within the speaker's words opens with a word of the past ("Раньше", "Раніше",
    "Previously", a month, an earlier year) and a later sentence there opens with a word of now ("Сейчас", "Тепер",
    "Now", "Today"): the old position recapped against the new one."""
    toks = view.tokens
    ends = [i for i, t in enumerate(toks) if t.text in _SENTENCE_ENDS]
    start = max((i + 1 for i in ends if i < cue.first), default=0)
    words = [t.text for t in toks[start : cue.first] if t.is_word][:3]
    if not words:
        return False
    past = words[0] in _THEN_OPENERS or (len(words) > 1 and words[0] in _IN and (
        words[1] in month_words() or _YEAR.fullmatch(words[1]) is not None and stated is not None
        and int(words[1]) < stated.year))
    if not past:
        return False
    for i in ends:
        if i < cue.first:
            continue
        later = [t.text for t in toks[i + 1 : i + 4] if t.is_word]
        if later and (later[0] in _NOW_OPENERS or len(later) > 1 and later[0] in _BUT and later[1] in _NOW_OPENERS):
            return True
    return False


_SENTENCE_ENDS: Final = frozenset({".", "!", "?"})
_THEN_OPENERS: Final = concept_words("THEN_OPENER")
_NOW_OPENERS: Final = concept_words("NOW_OPENER")
_IN: Final = concept_words("IN_TIME")
_BUT: Final = concept_words("BUT_NOW")


def _recap(view: View, cue: Cue, stated: date | None) -> bool:
    """The cue's clause tells of the past: 'previously', 'ранее', 'раніше', or a year before the statement's."""
    clause = view.clause[cue.first]
    if any(view.clause[m.first] == clause for m in view.concepts.get("RECAP", ())):
        return True
    words = " ".join(t.text for i, t in enumerate(view.tokens) if view.clause[i] == clause)
    return stated is not None and any(int(y.group(0)) < stated.year for y in _YEAR.finditer(words))


def _year_before(view: View, cue: Cue, stated: date | None) -> bool:
    """An earlier year than the statement's, then "when", before the cue in its clause ("a marked shift from 2022,
    when the Ukrainian leader repeatedly offered to meet anywhere", "в 2022 году, когда ..."): the reporter's
    history of the speaker, not what the speaker said now."""
    if stated is None:
        return False
    clause = view.clause[cue.first]
    toks = view.tokens
    for i in range(cue.first):
        if view.clause[i] == clause and _YEAR.fullmatch(toks[i].text) and int(toks[i].text) < stated.year:
            after = [t.text for t in toks[i + 1 : i + 5] if t.is_word]
            if any(w in WHEN_WORDS for w in after[:3]):
                return True
    return False


_OFFER_REACH = 1500  # characters back in the article that "the offer" still refers to


def _answer_offers(conditions: tuple[Condition, ...], r: _Read, memory: Memory,
                   span: tuple[int, int]) -> tuple[Condition, ...]:
    """'Kyiv rejected this proposal', 'відкинув цю пропозицію' after Moscow invited Zelensky to Moscow: the
    answer to another party's venue offer rejects that venue, not the meeting."""
    out = []
    for c in conditions:
        if c.rule == "venue.lost_neutrality" and not r.view.has("MEET") and not any(
                o[0] != c.party and _same_place(c.value.removeprefix("not_"), o[1]) for o in _recent_offers(r, memory)):
            continue  # "Ukraine is no longer neutral": no place offered, no venue ruled out
        if c.rule == "stance.offer_dismissed":  # "«Kyiv? This is not serious», he said" of an offer just made
            offer = _offer_answered(c, r, memory)
            if offer is not None and _only_the_offer(r, span, offer):
                out.append(replace(c, kind="venue", value=f"not_{offer}", rule="venue.offer_dismissed"))
            continue
        if c.rule in ("stance.refuse", "stance.option_refused") and c.value == "refuses":
            offer = _offer_answered(c, r, memory)
            if offer is not None and _refers_to_offer(r.view, c.evidence):
                c = replace(c, kind="venue", value=f"not_{offer}", rule="venue.offer_rejected")
        elif c.value == "willing" and (c.rule == "stance.offer_accepted" or c.rule == "stance.agree" and r.view.has(
                "ACCEPT_OFFER") and _refers_to_offer(r.view, c.evidence)):  # "підтримав цю пропозицію": agreeing to it
            offer = _sole_offer(c, r, memory)
            if offer is not None:  # "Zelensky welcomed the offer": the venue offered, taken up
                out.append(replace(c, kind="venue", value=offer, rule="venue.offer_accepted"))
        out.append(c)
    return tuple(out) + _offer_taken_up(tuple(out), r, memory, span)


def _offer_taken_up(conditions: tuple[Condition, ...], r: _Read, memory: Memory,
                    span: tuple[int, int]) -> tuple[Condition, ...]:
    """"Erdogan offered to host them in Istanbul. Zelensky said he was ready to fly to Istanbul tomorrow": readiness
    to travel to the place another party just offered is readiness for the meeting offered there."""
    if any(c.kind == "stance" for c in conditions):
        return ()
    a, b = span
    if not any(a <= m.start < b for m in r.view.concepts.get("READY", ())):
        return ()
    for c in conditions:
        if c.kind == "venue" and c.op == "assert" and c.rule == "venue.come_to" and any(
                o[0] != c.party and _same_place(c.value, o[1]) for o in _recent_offers(r, memory)):
            return (Condition(c.party, "stance", "willing", c.evidence, "assert", "stance.offer_taken_up",
                              c.confidence * _TAKEN_UP),)
    return ()


_TAKEN_UP = 0.9  # of the venue reading's confidence


def _condition_waived(conditions: tuple[Condition, ...], att: Attribution, r: _Read,
                      memory: Memory) -> tuple[Condition, ...]:
    """"Yermak said there would be no meeting without a ceasefire. Zelensky said he was ready to meet even without
    this condition", «Ми більше не ставимо це умовою», "ready to meet even without it": the precondition his party
    stated shortly before, withdrawn."""
    if any(c.kind == "prerequisite" for c in conditions):
        return ()
    a, b = att.content
    ready = any(a <= m.start < b for m in r.view.concepts.get("READY", ()))
    for m in (*r.view.concepts.get("COND_ANAPHOR", ()), *r.view.concepts.get("COND_PRONOUN", ())):
        if not a <= m.start < b:
            continue
        waived = any(0 <= m.first - w.last <= 2 for w in r.view.concepts.get("WITHOUT", ())) or any(
            w.last < m.first and r.view.clause[w.last] == r.view.clause[m.first] for w in r.view.concepts.get(
                "NO_LONGER", ())) if m.concept == "COND_ANAPHOR" else ready
        # (h_probe7: "ready to meet even without it", «готов и без него»: the speaker's readiness waives it)
        last = next((p for p in reversed(memory.prerequisites) if p[0] == att.actor.party
                     and r.sentence.start - p[2] <= _OFFER_REACH), None)
        if waived and last is not None:
            return (Condition(att.actor.party, "prerequisite", last[1], r.sentence.text[m.start : m.end], "withdraw",
                              "prerequisite.anaphor_waived", _WAIVED_CONFIDENCE),)
    return ()


_WAIVED_CONFIDENCE = 0.7


def _relative_answer(att: Attribution, r: _Read, memory: Memory) -> tuple[Condition, ...]:
    """"The Kremlin proposed Moscow as the venue, which Kyiv promptly rejected", «..., на что Киев согласился»: the
    party of the relative clause (attribution._relative_answer) refuses or accepts the place another party offered
    earlier in the same sentence, as "Kyiv rejected the idea" does in the next one (venue.offer_rejected,
    venue.offer_accepted)."""
    offer = next((o[1] for o in reversed(memory.offers) if o[2] == r.sentence.start and o[0] != att.actor.party),
                 None)
    a, b = att.content  # (from the party's name, which the verb follows)
    yes = answer(r.view, next((m.end for m in r.mentions if m.start == a), a), b)
    if offer is None or yes is None:
        return ()
    evidence = r.sentence.text[a:b].strip(" ,.;:—–-")
    if yes:
        return (Condition(att.actor.party, "venue", offer, evidence, "assert", "venue.offer_accepted",
                          att.confidence),)
    return (Condition(att.actor.party, "venue", f"not_{offer}", evidence, "assert", "venue.offer_rejected",
                      att.confidence),)


def _only_the_offer(r: _Read, span: tuple[int, int], offer: str) -> bool:
    """The speaker's words name no meeting of their own and no place but the one offered ("Kyiv? This is not
    serious"): their verdict is on the offer."""
    a, b = span
    if any(a <= m.start < b for c in ("MEET", "TALKS") for m in r.view.concepts.get(c, ())):
        return False
    verdicts = r.view.concepts.get("IMPOSSIBLE", ())
    if any(a <= m.start < b and not any(v.first <= m.first <= v.last for v in verdicts)
           for c in _TERMS for m in r.view.concepts.get(c, ())):
        return False  # "Foreign troops on Ukrainian soil are unacceptable": a verdict on a settlement term (not the
        # verdict's own words: «з області фантастики»)
    return all(_same_place(p.concept, offer) for p in r.view.places if a <= p.start < b)


# The settlement terms a verdict can be on instead of an offered place (the demands' subjects)
_TERMS = ("FOREIGN_TROOPS", "TERRITORY", "NATO", "NEUTRAL", "REFERENDUM", "CEASEFIRE", "GUARANTEES", "WITHDRAW")


def _possessed_offers(r: _Read) -> list[tuple[str, str]]:
    """"Zelensky's latest invitation to come to Kyiv", «приглашение Зеленского приехать в Киев»: an offer of a place
    named with its owner, a party."""
    out = []
    for o in r.view.concepts.get("OFFER_NOUN", ()):
        owner = _possessor(r, o.last)
        if owner is None or owner.party not in _CHAIN_PARTIES + ("MEDIATOR",):
            continue
        # (not the owner itself: «предложения Киева о встрече» offer no Kyiv)
        place = next((p.concept for p in r.view.places if p.first > o.last and r.view.words_between(o.last, p.first)
                      <= _OFFERED_PLACE_WORDS and r.view.clause[p.first] == r.view.clause[o.last]
                      and not any(m.actor is owner and m.start < p.end and p.start < m.end for m in r.mentions)), None)
        if place is not None and place in vocabulary().places:
            out.append((owner.party, place))
    return out


_OFFERED_PLACE_WORDS = 5  # "invitation (to come) to Kyiv", «приглашение Зеленского приехать в Киев»


def _same_place(a: str, b: str) -> bool:
    """The same place, or one within the other (Istanbul offered, Turkey ruled out)."""
    within = vocabulary().within
    return a == b or within.get(a) == b or within.get(b) == a


def _offer_answered(c: Condition, r: _Read, memory: Memory) -> str | None:
    """The venue of the last offer another party made shortly before: what "the offer" answered refers to."""
    return next((o[1] for o in reversed(_recent_offers(r, memory)) if o[0] != c.party), None)


def _sole_offer(c: Condition, r: _Read, memory: Memory) -> str | None:
    """(h_u17) The place "the offer" welcomed names, when the offers other parties made shortly before name one place:
    after "Geneva stands ready ... Vienna would be glad to host", "Kyiv welcomed the offer" takes up neither."""
    offers = [o[1] for o in _recent_offers(r, memory) if o[0] != c.party]
    if not offers or any(not _same_place(offers[-1], o) for o in offers):
        return None
    return offers[-1]


def _recent_offers(r: _Read, memory: Memory) -> list[tuple[str, str, int]]:
    return [o for o in memory.offers if r.sentence.start - o[2] <= _OFFER_REACH]


def _refers_to_offer(view: View, evidence: str) -> bool:
    """The refusal's object is 'the offer' / 'цю пропозицію', not the meeting itself."""
    start = view.text.find(evidence)
    if start < 0:
        return False
    end = start + len(evidence)
    inside = [c for c in ("ANAPHOR", "MEET", "TALKS") for m in view.concepts.get(c, ()) if start <= m.start < end]
    return "ANAPHOR" in inside and "MEET" not in inside and "TALKS" not in inside


def _continues(r: _Read, end: int, start: int) -> bool:
    """Nothing between two cues names anyone else: the second goes on with the first one's subject."""
    return not any(end <= m.start < start and is_subject(r.view, m)
                   for m in r.mentions if m.actor is not None or m.how == "pronoun")


def _accusation(cue: Cue, att: Attribution, r: _Read) -> bool:
    """A refusal the speaker pins on the other side is no stance of theirs, nor one the other side stated: an
    evasion ("Moscow invents preconditions to avoid a meeting", "хто уникає зустрічі — так це кремль"; denied,
    "we are not avoiding a meeting", it is the speaker's willingness), or another party's decree ("his own
    decree that bans talks")."""
    if cue.kind != "stance" or cue.value != "refuses":
        return False
    if any(cue.first <= m.first <= cue.last or cue.first - 2 <= m.last < cue.first
           for m in r.view.concepts.get("AVOID", ())):
        return True  # nobody says of themselves that they dodge or sabotage a meeting, or offer Moscow "as a way of
        # making a meeting impossible"
    a, b = att.content
    others = [m for m in r.mentions if m.actor is not None and m.actor.party not in (att.actor.party, "none")
              and (a <= m.start < b or any(s <= m.start < e for s, e in r.sentence.quotes))]
    return any(signs_decree(r.view, m, d) for m in others for d in r.view.concepts.get("DECREE", ()))


def _of_whoever(cue: Cue, r: _Read) -> bool:
    """(h_stance18) A stance or venue said of whoever does something ("wer nach Moskau einlade, wolle in Wahrheit kein
    Treffen", "whoever invites him to Moscow does not want a meeting", «тот, кто зовёт его в Москву, не хочет
    встречи»): the free relative and its main clause describe someone else (the other side, unnamed), so neither the
    invitation nor the refusal is the speaker's position. (What the speaker makes of it, the place refused in
    disguise, is read by its own rule from the "whoever" on: venue.whoever_invites, conditions._disguised_refusal.)"""
    if cue.kind not in ("stance", "venue"):
        return False
    view = r.view
    ours = [p.first for p in view.concepts.get("FIRST_PERSON", ())]
    # ("ready to meet anyone who wants peace, but will not go to Moscow": the "but" returns to the speaker)
    turns = [b.first for b in view.concepts.get("BUT", ())]
    return any(m.last < cue.first and view.words_between(m.last, cue.first) <= _WHOEVER_REACH
               and not r.sentence.text[m.end : m.end + 1] == "-"  # «кто-то», «хто-небудь»: someone, no free relative
               and not any(m.last < i <= cue.last for i in ours)  # «кто хочет встретиться — мы готовы»: the speaker's
               and not any(m.last < i < cue.first for i in turns)
               for m in view.concepts.get("WHOEVER", ()))


_WHOEVER_REACH = 10  # words between a free relative's "whoever" and a cue of it or of its main clause

_DECREE_REACH = 8  # words between a decree and its ban ("a decree that bans", "banned any talks ... by decree")
_LIFT_REACH = 3  # words between a ban's lifting and the ban ("repealed the decree on the impossibility of talks")


def _ban_lifted(cue: Cue, r: _Read) -> bool:
    """(h_stance19) A refusal held by a ban that is lifted ("lifted the ban on talks with Putin", «скасував указ про
    неможливість переговорів») or said not to bind the speaker ("the decree on the impossibility of talks does not
    apply to him", «указ ... на него не распространяется») is no one's refusal any more; a lifting refused or denied
    ("refused to repeal the decree", «не скасує указ») leaves the ban in force."""
    if cue.kind != "stance" or cue.value != "refuses":
        return False
    view = r.view
    decree = _decree_near(cue, view)

    def counts(v: ConceptMatch) -> bool:
        if any(n.last < v.first and view.words_between(n.last, v.first) <= 2
               for c in ("NEG", "REFUSE") for n in view.concepts.get(c, ()) if not v.first <= n.first <= v.last):
            return False  # "will not lift the ban", "refused to repeal it": the ban stays
        if v.first <= cue.last and cue.first <= v.last:
            return True  # "lifted the ban on talks": the cue's own ban word
        if v.last < cue.first:
            return view.words_between(v.last, cue.first) <= _LIFT_REACH
        return decree and view.clause[v.first] == view.clause[cue.last] \
            and view.words_between(cue.last, v.first) <= _DECREE_REACH

    return any(counts(v) for v in view.concepts.get("BAN_LIFTED", ()))


def _decree_near(cue: Cue, view: View) -> bool:
    """A decree stands within reach of the cue, before it, after it or inside it."""
    return any(d.last < cue.first and view.words_between(d.last, cue.first) <= _DECREE_REACH
               or cue.last < d.first and view.words_between(cue.last, d.first) <= _DECREE_REACH
               or cue.first <= d.first <= cue.last for d in view.concepts.get("DECREE", ()))


def _decree_banner(cue: Cue, r: _Read) -> str | None:
    """A refusal held by a decree ("signed a decree banning talks with Putin", "у них действует указ, который
    запрещает переговоры с Путиным", "указ про неможливість переговорів із Путіним", "had banned any talks with the
    Russian president by decree") is the side of whoever the talks are banned with's counterpart: a ban on talks
    with Putin or Russia is Kyiv's, whoever reports it."""
    if cue.kind != "stance" or cue.value != "refuses":
        return None
    view = r.view
    if not _decree_near(cue, view):
        return None
    reach = view.tokens[min(cue.last + 6, len(view.tokens) - 1)].end
    partners = [(m.start, m.actor.party) for m in r.mentions if m.actor is not None
                and m.actor.party in OTHER_SIDE and cue.start <= m.start <= reach]
    partners += [(p.start, side) for p in view.places + view.voices
                 if cue.start <= p.start <= reach and (side := _place_party(p.concept)) in OTHER_SIDE]
    if not partners:
        return None
    return OTHER_SIDE[min(partners)[1]]


def _party(cue: Cue, att: Attribution, r: _Read, venues: list[tuple[int, int]] | None = None) -> tuple[str, float]:
    """Whose condition a cue states (`_clause_party`), or, where that finds only the speaker's, the party whose words
    the speaker relays ("Erdogan relayed Putin's message that he was ready": Putin's, reported)."""
    party = _clause_party(cue, att, r, venues)
    if party[0] != att.actor.party or not any(t.text in RELAYED_NOUNS for t in r.view.tokens):
        return party  # (no noun of what was said: nobody's words are relayed, and the cue's head need not be found)
    spoken = possessed_speech(r.view, r.mentions, _head(cue, r.view))
    if spoken is not None and spoken.party not in (att.actor.party, "none"):
        return spoken.party, REPORTED_CONFIDENCE
    return party


def _clause_party(cue: Cue, att: Attribution, r: _Read,
                  venues: list[tuple[int, int]] | None = None) -> tuple[str, float]:
    """Whose condition a cue states: the speaker's, or, when its clause has another party's actor as subject
    ('Trump said Putin agreed to meet', 'Zelensky said Putin invited him to Moscow', 'Ushakov said the
    Ukrainian president would like a trilateral'), that party's, reported and so less sure. Only stances,
    venues and formats are reported this way: a precondition or a demand names the other side by nature
    ('Ukraine must withdraw'), and a directive to the other side ('he can come to Kyiv') is the speaker's
    own proposal."""
    told = reported_position(r.view, r.mentions, r.sentence.quotes)
    if told is not None and told[0].party not in (att.actor.party, "none") and att.content[0] <= told[1] \
            < r.view.tokens[cue.first].start:
        return told[0].party, REPORTED_CONFIDENCE  # "Peskov said Kyiv's position was clear: ...": Kyiv's, as he tells
    if cue.kind == "demand":
        return _demand_party(cue, att, r)
    if cue.kind == "prerequisite":
        return _insisting_party(cue, att, r, venues)
    if cue.kind not in ("stance", "venue", "format"):
        return att.actor.party, 1.0
    banner = _decree_banner(cue, r)
    if banner is not None and banner != att.actor.party:
        return banner, REPORTED_CONFIDENCE  # "у них действует указ, который запрещает переговоры с Путиным"
    voice = _voice_of_seat(cue, r.view)
    if voice is not None and voice != att.actor.party:
        return voice, REPORTED_CONFIDENCE  # "Путин заявил, что ..., однако в Киеве эту идею отвергли": Kyiv's answer
    if any(cue.first - 3 <= m.first <= cue.last for m in r.view.concepts.get("WELCOME", ())):
        return att.actor.party, 1.0  # "Zelensky would be welcome in Moscow", "was welcome to come to Moscow":
        # the guest is no speaker
    owner = _relative_antecedent(cue, r)
    if owner is not None and owner.party not in (att.actor.party, "none"):
        # "ответил Зеленскому, который предложил встретиться в Донбассе": the relative clause names its subject, and
        # a place or format so reported is as sure as one with the subject named before it (h_venue15)
        return owner.party, REPORTED_PLACE_CONFIDENCE if cue.kind in ("venue", "format") else REPORTED_CONFIDENCE
    anchor = _governing(cue, r.view)
    if anchor is None:
        # "Putin's recent invitation to meet in Moscow": the noun that governs the meeting words
        near = [m.first for c in ("INVITE", "PROPOSE") for m in r.view.concepts.get(c, ())
                if m.first < cue.first and r.view.words_between(m.last, cue.first) <= 2]
        owner = _possessor(r, max(near)) if near else None
        if owner is not None and owner.party not in (att.actor.party, "none") and not _offer_refused(
                cue, r, max(near)) and not _offer_accepted(cue, r, max(near)):
            return owner.party, REPORTED_CONFIDENCE
        return att.actor.party, 1.0
    owner = _possessor(r, anchor)
    if owner is not None and owner.party not in (att.actor.party, "none") and not _offer_refused(cue, r, anchor) \
            and not _offer_accepted(cue, r, anchor):
        return owner.party, REPORTED_CONFIDENCE  # "Putin's invitation to meet in Moscow"
    # "відповів на пропозицію Путіна приїхати до Москви": the verb of coming is the offer's, and so is its place
    near = [m.first for c in ("INVITE", "PROPOSE") for m in r.view.concepts.get(c, ())
            if m.last < anchor and r.view.words_between(m.last, anchor) <= 2 and _is_noun_of_offer(r, m.first)]
    owner = _possessor(r, max(near)) if near and owner is None else None
    # (the owner's name right before the verb: not "Отвечая на вопрос о предложении Зеленского, Путин сказал: «Мы
    # примем его в Москве»", whose verb is the speaker's own)
    if owner is not None and owner.party not in (att.actor.party, "none") and any(
            m.actor is owner and 0 <= r.view.tokens[anchor].start - m.end <= 1 for m in r.mentions) \
            and not _offer_refused(cue, r, max(near)) and not _offer_accepted(cue, r, max(near)):
        return owner.party, REPORTED_CONFIDENCE
    subject = _subject(cue, att, r, anchor, venues)
    if subject is None and (cue.kind == "format" and _participation(r.view, anchor) or cue.kind == "venue" and any(
            m.first == anchor for m in r.view.concepts.get("VENUE_NOUN", ()))):
        # a participation ("Зеленский согласен встретиться с Путиным только при участии Трампа") or the noun
        # "venue" ("Zelensky had rejected Moscow as a venue") names no subject; the verb before it does
        before = _predicate_before(cue, r.view)
        if before is not None and before < anchor:
            subject = _subject(cue, att, r, before, venues)
            anchor = before if subject is not None else anchor
    if subject is None or subject.actor is None or subject.actor.party in (att.actor.party, "none"):
        return att.actor.party, 1.0
    modals = [m for m in r.view.concepts.get("MODAL", ())
              if m.first < anchor and r.view.tokens[m.first].start >= subject.end]
    if modals and not (_inviting(r.view, anchor) and all(
            any(a.first == m.first for a in r.view.concepts.get("ABILITY", ())) for m in modals)):
        return att.actor.party, 1.0  # "he can come to Kyiv": the speaker's proposal ("he can invite me to
        # Moscow as much as he likes" stays his invitation)
    if _passive(r.view, anchor):
        return att.actor.party, 1.0  # "Zelensky would be invited to Moscow": the invitee is no inviter
    if (cue.kind == "format" or cue.kind == "venue" and _coming(r.view, anchor)) and _if_before(r.view, subject):
        return att.actor.party, 1.0  # "would only meet Putin if Trump was also at the table": the speaker's terms;
        # «Якщо Путін приїде до Стамбула, він теж поїде туди»: the place the other side is supposed to come to is
        # where the speaker would meet him
    wish = _wished_before(r.view, subject) if cue.kind == "venue" and _coming(r.view, anchor) else None
    if wish is not None:  # «souhaite que Poutine vienne à Kiev»: the wisher's invitation, the speaker's or one told
        wisher = _wisher(r, wish)
        if wisher is not None and wisher.party not in (att.actor.party, "none"):
            return wisher.party, REPORTED_CONFIDENCE
        return att.actor.party, 1.0
    if _let_before(r.view, subject):
        return att.actor.party, 1.0  # "«Пусть Путин приедет в Киев», — ответил Зеленский": a directive to him is the
        # speaker's proposal, as "he can come to Kyiv" is
    # the other side's venue or format, with its subject named, is surer than its reported stance
    return subject.actor.party, _reported(cue)


def _governing(cue: Cue, view: View) -> int | None:
    """The first token of the predicate that governs the cue: its own, or for a place or format the predicate right
    before it ("ready to see Zelensky, but only in Moscow") or the one closing a German verb-final clause after it
    ("Putin sei zu einem Treffen in Istanbul bereit"); None if there is none."""
    anchor = _predicate(cue, view)
    if anchor is None and cue.kind in ("venue", "format"):
        anchor = _predicate_before(cue, view)
        if anchor is None:
            anchor = _closing_predicate(cue, view)
    return anchor


def _head(cue: Cue, view: View) -> int:
    """The first token of what governs the cue (`_governing`), or the cue's own first word."""
    anchor = _governing(cue, view)
    return cue.first if anchor is None else anchor


def _voice_of_seat(cue: Cue, view: View) -> str | None:
    """The party whose seat of government speaks through a plural verb in the cue's clause, before the cue ends
    ("..., однако в Киеве эту идею отвергли", "у Кремлі відкинули"): that party's answer, not the speaker's."""
    clause = view.clause[cue.first]
    verbs = [m.first for m in view.concepts.get("VOICE_OF_PLACE", ()) if view.clause[m.first] == clause
             and m.first <= cue.last]
    for p in view.voices:
        if view.clause[p.first] == clause and any(p.last < v for v in verbs):
            return vocabulary().seats.get(p.concept)
    return None


def _participation(view: View, anchor: int) -> bool:
    """The predicate at `anchor` is a participation phrase opened by a preposition ("при участии", "за участю",
    "with the participation of"), not a verb of joining ("invited Trump to join")."""
    preps = {m.first for m in view.concepts.get("PREP", ()) if view.tokens[m.first].text != "to"}  # infinitive
    return any(m.first == anchor and preps & {m.first, m.first - 1, m.first - 2} for m in view.concepts.get("JOIN", ()))


def _subject(cue: Cue, att: Attribution, r: _Read, anchor: int,
             venues: list[tuple[int, int]] | None) -> Mention | None:
    """The named subject of the predicate at `anchor` (the last one before it in its clause), if any."""
    subject = None
    hypotheses = hypothetical(r.view)
    if cue.kind == "venue" and any(a <= anchor <= b for a, b in hypotheses):
        return None  # (h_u14a) "If Mr Putin comes to Switzerland for a peace meeting, we would make sure he can
        # attend": the place the speaker supposes him coming to is the speaker's (a host's welcome), not his party's
    if cue.kind == "stance" and any(a <= anchor <= b < cue.last for a, b in hypotheses):
        return None  # (h_misc20) "Putin Kiev'e gelirse onunla görüşmeye hazır": a cue from a supposed coming into the
        # stated clause after it is the speaker's readiness ("if Putin comes to Kyiv, he is ready to meet him")
    supposed = [(a, b) for a, b in hypotheses if not a <= anchor <= b]
    for m in r.mentions:
        if (m.actor is None and m.how not in ("pronoun", "role")) or m.end > r.view.tokens[anchor].start \
                or m.start < att.content[0]:
            continue
        if any(r.view.tokens[a].start <= m.start <= r.view.tokens[b].end for a, b in supposed):
            continue  # "if Zelensky wants to talk, Moscow will receive him": the if-clause's subject is not it
        if _set_in_source(r.view, m, att) or m.actor is None and r.view.token_from(m.start) in r.view.asides:
            continue  # (h_prec21a) «Если Киев хочет мира, сказал он, встреча возможна только в Москве»: the pronoun
            # of a parenthesis of saying is the speaker, not the subject (nor is "Kyiv" before it, its antecedent)
        last = next((k for k in range(len(r.view.tokens) - 1, -1, -1) if r.view.tokens[k].end <= m.end), None)
        source = _source_between(r, last, anchor, att) if last is not None else None
        if last is None or r.view.clause[source or last] != r.view.clause[anchor] or not is_subject(r.view, m):
            continue
        if stem_case(r.view, m):
            continue  # «Путина готов принять в Киеве»: the guest, whom the clause receives, not who receives him
            # (h_venue6: a lemmatiser takes "путина" for a noun of its own, so `is_subject` lets it through)
        named = [p for p in r.view.places if cue.start <= p.start < cue.end]
        if _between_leaders(r, m) or _listed_object(r, m) or any(m.start < p.end and p.start < m.end for p in named):
            continue  # objects of "between", or the very place the cue names ("Minsk would be a venue", "Le Vatican
            # serait un bon lieu": the name may hold the article the place does not)
        if any(s <= m.start < e for s, e in venues or ()) or _listed_with(r, m, named):
            continue  # a place another cue reads as a venue ("Moscow is not a serious option") is no actor, nor one
            # listed with the cue's own (h_answers22: «Ні Москва, ні Білорусь — це не варіанти», "Moscow and Minsk
            # are not options": the places refused, not Moscow's government refusing)
        if r.view.words_between(source or last, anchor) > _REPORTED_WORDS \
                and not _adverbial_between(r.view, last, anchor) \
                and not _coordinated_between(r.view, last, anchor) \
                and not (m.actor is not None and _bracketed_between(r.view, r.view.token_from(m.start), last, anchor)):
            continue  # not the subject of the cue's predicate ("to host Putin and Zelensky in Istanbul")
        if r.view.lang == "de" and _german_object(r, m, last, att):
            continue  # "Putin will Selenskyj nicht treffen", "Putin sei bereit, Selenskyj in Moskau zu empfangen":
            # a German name after the clause's subject is its object (the verb comes second, or last)
        if cue.kind != "stance" and m.actor is not None and subject is not None and subject.actor is not None and \
                subject.actor.party != m.actor.party and _PAIR_JOIN.match(r.sentence.text[subject.end : m.start]):
            subject = None  # "Peskov says Putin and Zelensky could meet one-on-one": a pair is no other party's
            # subject, the format or venue is the speaker's (a stance of the pair stays as it was: a possibility)
            continue
        subject = m if m.actor is not None else (_institution_before(r, m.start, att) or _antecedent(r, m))
    if subject is None:
        # "the Kremlin had signalled it was ready": "it" right before the predicate, in its clause
        it = next((p for p in r.view.concepts.get("IT_PRONOUN", ()) if p.last < anchor
                   and r.view.clause[p.first] == r.view.clause[anchor]
                   and r.view.words_between(p.last, anchor) <= _REPORTED_WORDS), None)
        subject = _institution_before(r, r.view.tokens[it.first].start, att) if it is not None else None
    return subject


_SOURCE_WORDS = 6  # words of a source set between commas: ", according to Ukraine's president,"


def _source_between(r: _Read, last: int, anchor: int, att: Attribution) -> int | None:
    """(h_attr13) The comma closing the speaker's source set between a subject (its last token `last`) and its
    predicate ("Putin, according to Zelensky, is ready", "Putin, Zelensky said, wants"), None if there is none: the
    subject before it is still the predicate's, though the source opens a clause of its own."""
    toks = r.view.tokens
    if last + 1 >= anchor or toks[last + 1].text != ",":
        return None
    close = next((k for k in range(last + 2, anchor) if toks[k].text == ","), None)
    if close is None or r.view.words_between(last + 1, close) > _SOURCE_WORDS:
        return None
    start, end = toks[last + 1].end, toks[close].start
    named = any(m.actor is att.actor and start <= m.start and m.end <= end for m in r.mentions)
    cued = any(last + 1 < c.first < close for name in ("ACCORDING", "SAY") for c in r.view.concepts.get(name, ()))
    return close if named and cued else None


def _set_in_source(view: View, m: Mention, att: Attribution) -> bool:
    """(h_attr13) The speaker's own name set inside the words reported, as their source ("Putin, according to
    Zelensky, is ready", "Putin, Zelensky said, wants", «Путин, как заявил Зеленский, готов»): who speaks, not the
    subject of what is said (that is the name before it)."""
    if m.actor is not att.actor:
        return False
    first, last = view.token_from(m.start), view.token_through(m.end)
    if first is None or last is None:
        return False
    return any(a.last + 1 == first for a in view.concepts.get("ACCORDING", ())) or any(
        s.first == last + 1 or s.last + 1 == first for s in view.concepts.get("SAY", ()))


def _institution_before(r: _Read, at: int, att: Attribution) -> Mention | None:
    """'Zelensky said the Kremlin had signalled it was ready', «Кремль дал понять, что он готов», «Кремль дав
    зрозуміти, що він готовий»: a pronoun after an institution and its own verb of saying, no one named between,
    is the institution (or one who speaks for it), not the person last named."""
    if r.sentence.text[at:].split(maxsplit=1)[0].lower() in _PERSON_PRONOUNS:
        return None  # "said Russia was avoiding a meeting, adding that he was ready": "he" is no institution
    before = [m for m in r.mentions if m.actor is not None and att.content[0] <= m.start and m.end <= at]
    if not before or before[-1].actor is None or before[-1].actor.kind != "institution" or not is_subject(
            r.view, before[-1]):
        return None
    m = before[-1]
    return m if any(m.end <= s.start and s.end <= at for s in r.view.concepts.get("SAY", ())) else None


_PERSON_PRONOUNS = concept_words("PERSON_PRONOUN")
_PAIR_JOIN = re.compile(r"^\s*(?:and|и|і|та|й)\s*$", re.I)


def _quoted_third_person(cue: Cue, att: Attribution, r: _Read) -> bool:
    """The cue's predicate has a third-person pronoun as its subject, inside a quote of one of the two leaders with
    nobody named before it in the sentence: a leader speaks of himself in the first person, so "he" is another
    ("That means he does not want a meeting", «он не хочет встречи», «він не хоче зустрічі»), whom the quote does
    not name."""
    anchor = _predicate(cue, r.view)
    if anchor is None or not att.direct or att.actor.role != "leader":
        return False  # a spokesman's "he" is, as often as not, his leader ("He is ready to meet," Peskov said)
    view = r.view
    for m in r.mentions:
        if m.how != "pronoun" or m.end > view.tokens[anchor].start or m.start < att.content[0]:
            continue
        i = view.token_from(m.start)
        if i is None or view.clause[i] != view.clause[anchor] or view.words_between(i, anchor) > _REPORTED_WORDS:
            continue
        if any(i < k.first <= anchor for k in view.concepts.get("MODAL", ())):
            continue  # "He can come to Kyiv": a directive to him is the speaker's proposal
        if any(s <= m.start < e for s, e in r.sentence.quotes) and is_subject(view, m) and _antecedent(r, m) is None:
            return True
    return False


def _claim_quoted(cue: Cue, att: Attribution, r: _Read, party: str) -> bool:
    """Inside the speaker's own quote, the other party's actor then a verb of saying before the cue ("Zelensky
    says he is ready", «путін каже, що готовий»): the speaker quotes the other side's claim, mostly to dismiss it."""
    if not att.direct:
        return False
    quote = next(((s, e) for s, e in r.sentence.quotes if s <= cue.start < e), None)
    if quote is None:
        return False
    view = r.view
    for say in view.concepts.get("SAY", ()):
        start = view.tokens[say.first].start
        if not quote[0] <= start < cue.start:
            continue
        for m in r.mentions:
            if m.actor is not None and m.actor.party == party and quote[0] <= m.start and m.end <= start and \
                    view.words_in(m.end, start) <= 1:
                return True
    return False


def _german_object(r: _Read, m: Mention, last: int, att: Attribution) -> bool:
    """A German name after another name that can be its clause's subject, not joined to it by "und" or "oder"
    ("Putin will Selenskyj nicht treffen"): the object; German marks no case on a name. The speaker set as the
    source ("Laut Erdogan ist Putin bereit") is not such a subject."""
    i = r.view.token_from(m.start)
    if i is None or i == 0 or r.view.tokens[i - 1].text in ("und", "oder", "sowie"):
        return False
    for o in r.mentions:
        if o.end > m.start or o.start < att.content[0] or (o.actor is None and o.how not in ("pronoun", "role")):
            continue
        if _set_in_source(r.view, o, att):
            continue  # (h_attr22b) "Laut Erdogan ist Putin ... bereit": the source named after "laut" is no subject
        j = r.view.token_from(o.start)
        if j is not None and r.view.clause[j] == r.view.clause[last] and is_subject(r.view, o):
            return True
    return False


def _reported(cue: Cue) -> float:
    """How sure a reading reported of another party is: its venue or format surer than its stance."""
    return REPORTED_PLACE_CONFIDENCE if cue.kind in ("venue", "format") else REPORTED_CONFIDENCE


_LET = concept_words("LET_WORD")
_PASSIVE = concept_words("PASSIVE_WAS")


def _let_before(view: View, subject: Mention) -> bool:
    """'пусть Путин приезжает', 'let Putin come': a directive word right before the subject."""
    i = view.token_from(subject.start)
    return i is not None and i > 0 and view.tokens[i - 1].text in _LET


def _wished_before(view: View, subject: Mention) -> ConceptMatch | None:
    """(h_langs20) «Zelensky souhaite que Poutine vienne à Kiev», „möchte, dass Putin nach Kiew kommt“: a wish and
    its "that" right before the subject; the one who wishes the other to come offers the place, as "wants Putin
    to come to Kyiv" does."""
    i = view.token_from(subject.start)
    return None if i is None else next((m for m in view.concepts.get("WISH_THAT", ()) if m.last == i - 1), None)


def _wisher(r: _Read, wish: ConceptMatch) -> Actor | None:
    """The actor named right before the wish ("Peskov said Zelensky wants Putin to come to Kyiv": Zelensky's)."""
    at = r.view.tokens[wish.first].start
    return next((m.actor for m in r.mentions if m.actor is not None and 0 <= at - m.end <= 1), None)


def _if_before(view: View, subject: Mention) -> bool:
    """'if Trump was also at the table', 'якщо Трамп буде присутній': the subject opens the speaker's condition."""
    i = view.token_from(subject.start)
    return i is not None and any(m.last == i - 1 and view.tokens[m.last].text in _IF_WORDS
                                 for m in view.concepts.get("IF", ()))


_IF_WORDS = concept_words("IF_WHEN")


def _coming(view: View, anchor: int) -> bool:
    """The predicate at `anchor` is a verb of coming ("приїде до Стамбула"), not of proposing ("предложит Минск")."""
    return any(m.first <= anchor <= m.last for m in view.concepts.get("COME", ()))


def _passive(view: View, anchor: int) -> bool:
    """'would be invited to Moscow': an invitation in the passive, its subject the one invited."""
    return anchor > 0 and view.tokens[anchor - 1].text in _PASSIVE and any(
        m.first == anchor for m in view.concepts.get("INVITE", ()))


def _adverbial_between(view: View, last: int, anchor: int) -> bool:
    """'Путин в телефонном разговоре с Трампом согласился', 'Putin, in a call with Trump, agreed': a
    prepositional phrase between subject and predicate (a preposition right after the subject or its comma, no
    other punctuation, at most eight words up to the predicate)."""
    preps = {m.first for m in view.concepts.get("PREP", ())}
    a, b = last + 1, anchor
    if a < b - 1 and view.tokens[a].text == "," and view.tokens[b - 1].text == ",":
        a, b = a + 1, b - 1  # "Putin, in a phone call with Trump, agreed"
    return a in preps and all(t.is_word for t in view.tokens[a:b]) and view.words_between(last, anchor) <= 8


_BRACKET_WORDS = 10  # words from a German subject to the predicate closing its clause


def _bracketed_between(view: View, first: int | None, last: int, anchor: int) -> bool:
    """(h_attr22) 'Erdogan sagte, Putin sei zu einem Treffen mit Selenskyj in Istanbul bereit': a German clause puts
    its finite verb right after the subject and the predicate last, so the words between are the predicate's own
    (its object, its place); the predicate must close the clause (only words between, at most ten). Asked of a name
    only: a German "er" after "X sagte" is mostly the speaker ("Selenskyj sagte, Putin habe ihn eingeladen, aber er
    werde nicht nach Moskau reisen"), which the antecedent rule does not tell from the name before it. The finite
    verb may stand right before the name too, a fronted phrase taking first place ("Laut Erdogan ist Putin nicht zu
    einem Treffen in Kiew bereit", h_attr22b)."""
    finite = {m.first for m in view.concepts.get("BRACKET_FINITE", ())}
    after_verb = last if first is None else first - 1
    if not ({last + 1, after_verb} & finite) or view.words_between(last, anchor) > _BRACKET_WORDS:
        return False
    closes = anchor + 1 >= len(view.tokens) or not view.tokens[anchor + 1].is_word
    return closes and all(t.is_word for t in view.tokens[last + 1 : anchor])


def _coordinated_between(view: View, last: int, anchor: int) -> bool:
    """'Zelensky said Putin had called Erdogan and agreed to meet in Istanbul', «Эрдоган созвонился с обоими
    президентами и выразил готовность», «Ердоган зателефонував обом президентам і висловив готовність»: the
    predicate is the second of two joined to one subject (a conjunction one or two words before it, only words
    between, no "that" opening a clause of its own, at most ten words up to the predicate)."""
    joins = {m.last for m in view.concepts.get("CONJUNCTION", ())}
    if not ({anchor - 1, anchor - 2} & joins) or view.words_between(last, anchor) > _COORDINATED_WORDS:
        return False
    that = {m.first for m in view.concepts.get("THAT_CONJ", ())}
    return all(t.is_word for t in view.tokens[last + 1 : anchor]) and not any(last < i < anchor for i in that)


def _own_leader_invited(cue: Cue, att: Attribution, r: _Read) -> bool:
    """The speaker's own leader is the one invited ("приглашение Зеленского в Москву", said by Kyiv): the
    invitation, and the place it names, are the other side's."""
    invites = [m for m in r.view.concepts.get("INVITE", ()) if cue.first <= m.first <= cue.last]
    if att.actor.party not in ("RU", "UA") or not invites:
        return False
    for m in r.mentions:
        if m.actor is None or m.actor.role != "leader" or m.actor.party != att.actor.party:
            continue
        i = r.view.token_from(m.start)
        if i is not None and i <= cue.last and any(v.last < i <= v.last + 2 for v in invites):
            return True
    return False


_ASKED_SPAN: Final = 8  # words between the one asked and what is asked of him


def _asked_of_own_side(cue: Cue, party: str, r: _Read) -> bool:
    """(h_prec25) The cue's condition is what someone asks of the party: a verb of asking of someone (ASKED_OF:
    "demanded of", «вимагали від», «потребовали от», "forderten von", "exigé de"), the party named right after it
    (the one asked, not an owner: "called on Ukraine's partners" asks the partners) and the condition after that
    in its clause ("the leaders of France and Germany demanded of Moscow a 30-day ceasefire"). A party that asks
    it of the other side still sets it ("Kyiv demanded that Moscow first accept a ceasefire")."""
    view = r.view
    asks = [a for a in view.concepts.get("ASKED_OF", ()) if a.last < cue.last]
    if not asks:
        return False
    owners = possessives(view)  # "called on Ukraine's partners": the partners are asked
    for m in r.mentions:
        if m.actor is None or m.actor.party != party:
            continue
        i = view.token_from(m.start)
        if i is None or not i < cue.last or view.words_between(i, cue.last) > _ASKED_SPAN \
                or view.clause[i] != view.clause[cue.last]:
            continue
        last = view.token_through(m.end)
        if any(a.last + 1 == i for a in asks) and (last is None or owners.isdisjoint((last, last + 1))):
            return True
    return False


def _third_head_invited(cue: Cue, r: _Read) -> bool:
    """The one invited, right after the verb of inviting or proposing, is a third country's head (Trump), and
    neither leader is named in the cue: the meeting offered is with him, not between Putin and Zelensky."""
    verbs = [m for c in ("INVITE", "PROPOSE") for m in r.view.concepts.get(c, ()) if cue.first <= m.first <= cue.last]
    if not verbs:
        return False
    invited = False
    for m in r.mentions:
        if m.actor is None:
            continue
        i = r.view.token_from(m.start)
        if i is None or not cue.first <= i <= cue.last:
            continue
        if m.actor.role == "leader":
            return False
        if m.actor.role == "head" and any(v.last < i <= v.last + 2 for v in verbs):
            invited = True
    return invited


def _own_term_here(cue: Cue, att: Attribution, r: _Read, party: str, parties: frozenset[str]) -> bool:
    """(review, session 36) An own_term rule's words are the speaker's own term: the speaker and the cue's party are
    the rule's, and no person of another party holds the words as his view before them ("Zelensky said Putin
    insists that the Donbas is non-negotiable", «для Путіна Донбас не є предметом переговорів»)."""
    return (att.actor.party in parties and party in parties
            and not any(_holds_view(m, r.view) for m in r.mentions
                        if m.actor is not None and m.actor.kind == "person" and m.actor.party not in parties
                        and att.content[0] <= m.start and m.end <= cue.start))


def _holds_view(m: Mention, view: View) -> bool:
    """A person named as the one who holds what follows: the subject of a verb of saying, insisting or thinking
    right after the name ("Putin insists", «Путин считает»), or the one for whom it is so («для Путина»)."""
    first, last = view.token_from(m.start), view.token_through(m.end)
    if first is None or last is None:
        return False
    holds = any(c.first == last + 1 for k in _VIEW_VERBS for c in view.concepts.get(k, ()))
    return holds or any(c.last == first - 1 for c in view.concepts.get("FOR_WHOM", ()))


_VIEW_VERBS = ("SAY", "INSIST", "THINK", "CONSIDER", "DEMAND")


def _coerced_term(cue: Cue, view: View) -> bool:
    """A word of forcing (COERCE) opens the term's clause: "would not force Ukraine to give up land", «не будут
    заставлять Украину уступать территории» (the forcing is the speaker's, the term someone else's)."""
    return any(m.start < cue.end and cue.start - m.end <= 40 for m in view.concepts.get("COERCE", ()))


def _other_sides_seat(cue: Cue, party: str) -> bool:
    """A place proposed for a war side that is the other side's seat (Kyiv, Moscow): in the labelled corpora Kyiv
    never proposes Moscow nor Moscow Kyiv; such words report the other side's invitation or lost their refusal."""
    if cue.kind != "venue" or cue.op != "assert" or cue.value.startswith("not_") or party not in _WAR_SIDES:
        return False
    seat = vocabulary().seats.get(cue.value)
    return seat in _WAR_SIDES and seat != party


def _received_offer(cue: Cue, view: View) -> bool:
    """The cue's words hold an offer or invitation the subject received ("received Putin's invitation to
    Moscow", "отримав запрошення до Москви"): a verb of receiving at most three words before the offer noun."""
    offers = [m for m in view.concepts.get("OFFER_NOUN", ()) if cue.first <= m.first <= cue.last]
    return any(g.last < o.first and view.words_between(g.last, o.first) <= 2
               for o in offers for g in view.concepts.get("RECEIVED", ()))


def _inviting(view: View, i: int) -> bool:
    """Token i is a verb of inviting or proposing, not of coming: with a modal of ability ("he can invite me to
    Moscow as much as he likes") it stays his invitation; "he can come to Kyiv", "he shouldn't invite me to the
    Kremlin" are the speaker's."""
    def at(c: str) -> bool:
        return any(m.first <= i <= m.last for m in view.concepts.get(c, ()))
    return (at("INVITE") or at("PROPOSE")) and not at("COME")


def _relative_antecedent(cue: Cue, r: _Read) -> Actor | None:
    """The actor a relative clause holding the cue is about: "..., Zelensky, who had proposed Istanbul", "...
    Зеленского, который предложил Путину встретиться в Донбассе" (no speech verb after a comma between the
    pronoun and the cue: there the clause has ended)."""
    view = r.view
    for i in range(cue.first - 1, 0, -1):
        tok = view.tokens[i]
        if not tok.is_word:
            continue
        if view.tokens[i - 1].text == "," and any(m.first == i for m in view.concepts.get("SAY", ())):
            return None  # "Zelensky, who met the Pope, said ...": the clause closed, the main verb speaks
        if tok.text in RELATIVE_PRONOUNS and view.tokens[i - 1].text == "," and not _article_of_subject(view, i):
            comma = view.tokens[i - 1].start
            return next((m.actor for m in r.mentions if m.actor is not None and m.end <= comma
                         and view.text[m.end : comma].strip() == ""), None)  # the name right before the comma (not
            # one after it: "підписав указ, який забороняє переговори з путіним" is about the decree)
    return None


def _article_of_subject(view: View, i: int) -> bool:
    """(h_format26) German "der"/"die" after a comma that opens a verb-second reported clause ("sagte vor Journalisten
    in Washington, die Ukraine sei zu einem Treffen bereit"): the article of its subject, a capitalised noun with the
    clause's finite verb right after it, not a relative pronoun about the name before the comma (a relative clause
    puts its verb last: "Putin, der Selenskyj treffen wolle")."""
    toks = view.tokens
    if view.lang != "de" or i + 2 >= len(toks) or not toks[i + 1].is_word \
            or not view.text[toks[i + 1].start].isupper():
        return False
    return any(m.first == i + 2 for m in view.concepts.get("BRACKET_FINITE", ()))


_DOUBT_ASKED: Final = ("POINT_ASKED", "POINTLESS")


def _doubt_asked(view: View, atts: list[Attribution]) -> bool:
    """(h_attr17) 'Peskov asked: what would be the point of a meeting?', «Песков задался вопросом: есть ли смысл во
    встрече?»: a question of the meeting's point put after the speaker's own verb and a colon is his doubt, not a
    reporter's question (a question of anything else after a colon, "Zelensky asked: will Putin come?", still
    states nothing)."""
    if not view.has_any(_DOUBT_ASKED):
        return False
    return any(a.how in ("verb", "agent", "dropped") and _colon_after_verb(view.text, a.content[0]) for a in atts)


_VERB_BEFORE_COLON: Final = 4  # words: "asked", "задался вопросом", "wondered aloud on Friday"


def _colon_after_verb(text: str, start: int) -> bool:
    """The speaker's words open with his verb (a few words at most) and a colon, or with the colon itself."""
    colon = text.find(":", start)
    return colon >= 0 and len(text[start:colon].split()) <= _VERB_BEFORE_COLON


def _verb_between(view: View, start: int, end: int) -> bool:
    """A speech verb or a 'that' between two character offsets ("the foreign minister noted that Zelensky")."""
    if _that().search(view.text, start, end):
        return True
    return any(start <= m.start and m.end <= end for m in view.concepts.get("SAY", ()))


def _with_roles(mentions: list[Mention], view: View) -> list[Mention]:
    """'the foreign minister', 'the president', 'глава МИД' without a name: a reference like a pronoun, resolved to
    the person last spoken of (unless a name follows: "the president, Volodymyr Zelensky")."""
    roles = list(view.concepts.get("ROLE", ()))
    # "Head of state also stated, that ...": a role without its article opens the sentence, a verb of saying within
    # two words after it (machine-translated English)
    roles += [m for m in view.concepts.get("BARE_ROLE", ()) if _opens_clause(view, m)
              and any(m.last < s.first <= m.last + 2 for s in view.concepts.get("SAY", ()))]
    roles += view.concepts.get("INSTITUTION_REF", ())  # (h_inst26) "its spokesman", «в ведомстве»: resolved as the
    # institution that spoke before (attribution._resolve)
    if not roles:  # most sentences: the mentions as given (in order already: ActorIndex.mentions)
        return list(mentions)
    out = list(mentions)
    for m in roles:
        start, end = m.start, m.end
        if any(o.start < end and start < o.end for o in mentions):
            continue
        if any(o.first <= m.first and m.last <= o.last and o.last - o.first > m.last - m.first for o in roles):
            continue  # (h_inst26) «речник відомства»: the longer role holds the shorter one
        according = any(a.last + 1 == m.first for a in view.concepts.get("ACCORDING", ()))
        if any(0 <= o.start - end <= 30 and o.actor is not None and not _verb_between(view, end, o.start)
               and not (according and (_subject_after_comma(view, end, o) or _words_between(view, end, o)))
               and (o.actor.kind == "person" or not _closing_role(view, m, o))
               for o in mentions):
            continue  # "the president, Volodymyr Zelensky", "керівник Офісу президента Андрій Єрмак" (h_attr17: a
            # place or an institution further on is no apposition: "said the president, let him come to Kyiv")
        head = view.tokens[m.first].text.lower()  # h_role2: «Глава государства» opening a sentence is no genitive
        if view.lang in ("ru", "uk") and lemma(head, view.lang) != head \
                and not any(a.last + 1 == m.first for a in view.concepts.get("ACCORDING", ())):
            continue  # "советник президента": a role in the genitive belongs to someone else's title (but "по словам
            # помощника президента" names the speaker by his role)
        out.append(Mention(start, end, None, "role", view.text[start:end].lower()))
    return sorted(out, key=lambda x: x.start)


def _opens_clause(view: View, m: ConceptMatch) -> bool:
    """A bare role opens the sentence, or follows only a sentence-opening connective ("At the same time president
    has expressed doubt ...", "In same time President doubted ...": machine-translated English, h_point)."""
    if m.first == 0:
        return view.text[:1].isupper()
    return any(o.first == 0 and (o.last + 1 == m.first or o.last + 2 == m.first and view.tokens[o.last + 1].text == ",")
               for o in view.concepts.get("ROLE_OPENER", ()))


def _closing_role(view: View, role: ConceptMatch, o: Mention) -> bool:
    """(h_attr17) ", заявил президент, пусть приезжает в Киев", ", said the president, let him come to Kyiv": a role
    right after a verb of saying set off by a comma, a place or an institution after the next comma: no apposition."""
    return any(s.last + 1 == role.first for s in view.concepts.get("SAY", ())) and \
        view.text[role.end : o.start].lstrip().startswith(",")


def _words_between(view: View, end: int, o: Mention) -> bool:
    """(h_role3) "according to the head of state, a meeting with Zelensky ...", «по словам главы государства, встреча с
    Зеленским ...»: a word in lower case between the source's role and a name after it makes the name part of the
    words reported, not the source's name in apposition ("according to the president, Volodymyr Zelensky", «по словам
    помощника президента, Юрия Ушакова»: a first name the mention leaves out)."""
    return any(w[:1].islower() for w in view.text[end : o.start].split())


def _subject_after_comma(view: View, end: int, o: Mention) -> bool:
    """«За словами президента, Путін «робить усе ...»», «По словам президента, Путин ...»: after the comma that
    closes the source, a name in the nominative is the subject of the words reported, not the source's name (which
    would share its genitive: «по словам президента, Владимира Путина»)."""
    return view.lang in ("ru", "uk") and view.text[end : o.start].strip() == "," and nominative_name(view, o)


def _with_seat_voices(mentions: list[Mention], view: View, institutions: dict[str, Actor],
                      homes: dict[str, Actor]) -> list[Mention]:
    """'У Києві відкинули пропозицію', 'в Киеве отвергли': a seat of government before a verb of saying, refusing
    or judging (a voice of `analyse`) is its government, named so even where no form of the actor reads it (the
    Ukrainian locative 'Києві' lemmatises as another word); a mediator's home city so too (`homes`, h_attr18:
    «У Женеві нагадали, що Швейцарія готова» is Switzerland's government speaking)."""
    if not view.voices:
        return mentions
    seats = vocabulary().seats
    # «Аналитики в Киеве отмечают», "Experten in Moskau": people of no party there are who speak, not the seat
    nobody = {n.last for n in view.concepts.get("NONPARTY", ())}
    added = [Mention(p.start, p.end, actor, "form") for p in view.voices
             if (actor := institutions.get(seats.get(p.concept, "")) or homes.get(p.concept)) is not None
             and not any(m.start < p.end and p.start < m.end for m in mentions)
             and not (p.first >= 2 and (p.first - 2 in nobody or p.first - 1 in nobody)
                      and view.tokens[p.first - 1].text.lower() in IN_INSTITUTION)]
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


def _with_own_aides(mentions: list[Mention], view: View, institutions: dict[str, Actor]) -> list[Mention]:
    """'Zelensky is ready to meet Putin, his office said', 'сообщили в его офисе': a leader's own staff, named by a
    possessive, speak for the leader named before them in the sentence (else, as a role, for the one last
    spoken of)."""
    says = view.concepts.get("SAY", ())
    aides = [a for a in view.concepts.get("OWN_AIDE", ())  # the speaker's slot only: right before or after "said"
             if any(s.last + 1 == a.first or a.last + 1 == s.first for s in says)]
    if not aides:
        return mentions
    out = [m for m in mentions if not any(a.start <= m.start < a.end for a in aides)]  # not the "he" inside
    for a in aides:
        owner = _office_owner(view, mentions, a.start)
        actor = (institutions.get(owner.party) or (owner if owner.role != "leader" else None)) \
            if owner is not None else None
        # "в его офисе": the office speaks, as "в Кремле" does, from after the preposition
        start = view.tokens[a.first + 1].start if view.tokens[a.first].text in IN_INSTITUTION and a.last > a.first \
            else a.start
        out.append(Mention(start, a.end, actor, "name" if actor is not None else "role",
                           "" if actor is not None else view.text[start:a.end].lower()))
    return sorted(out, key=lambda x: x.start)


def _office_owner(view: View, mentions: list[Mention], at: int) -> Actor | None:
    """Whose office speaks at `at`: the first leader named before it, unless a head of state opens the sentence as
    its subject (h_u14a: "Erdogan told Putin that ..., his office said" is Erdogan's office, not the Kremlin; a
    head with no institution of his party speaks through it himself)."""
    people = [m for m in mentions if m.actor is not None and m.end <= at and m.actor.kind == "person"]
    if people and people[0].actor is not None and people[0].actor.role == "head" and is_subject(view, people[0]) \
            and not view.text[: people[0].start].strip(" \"'«“"):
        return people[0].actor
    return next((m.actor for m in people if m.actor is not None and m.actor.role == "leader"), None)


_SPEECH_NOUNS: Final = concept_words("SPEECH_NOUN")
_SIDES: Final = (("RU_SIDE", "RU"), ("UA_SIDE", "UA"))


def _without_event_places(mentions: list[Mention], view: View) -> list[Mention]:
    """(h_prec19) 'After Paris, both presidents said ...', «после Стамбула», "nach Genf": a seat city named after a
    word of time stands for the meeting held there, not for its government speaking (no institution is named
    there)."""
    after = {m.last for m in view.concepts.get("EVENT_AFTER", ())}
    if not after:
        return mentions
    events = {p.start: p.concept for p in (*view.places, *view.voices) if p.first - 1 in after}
    # the seat city itself ("after Paris"), not a country that acts ("after Russia declared the regions annexed")
    return [m for m in mentions if not (m.actor is not None and m.actor.role == "institution"
                                        and m.actor.home is not None and events.get(m.start) == m.actor.home)]


def _with_party_adjectives(mentions: list[Mention], view: View, institutions: dict[str, Actor]) -> list[Mention]:
    """(h_attr12) «Российская позиция неизменна: ...», "The Ukrainian position on the venue is unchanged: ...": a
    party's adjective right before a noun of what was said, a colon after it, names the party as the noun's
    possessor (attribution._possessor), as «Позиция Москвы» does; the party speaks as its institution."""
    colon = view.text.find(":")
    if colon < 0:
        return mentions
    nouns = {i for i, t in enumerate(view.tokens) if t.start < colon and t.text in _SPEECH_NOUNS}
    if not nouns:
        return mentions
    added = [Mention(m.start, m.end, institutions[party], "adjective") for concept, party in _SIDES
             for m in view.concepts.get(concept, ()) if m.last + 1 in nouns and party in institutions
             and not any(o.start < m.end and m.start < o.end for o in mentions)]
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


_STAFF_HEADS: Final = concept_words("STAFF_HEAD")
_STAFF_PLURALS: Final = concept_words("STAFF_HEADS")
_STAFF_GENITIVES = 3  # words of a genitive chain between the staff noun and the party named: «Радник керівника ОП»


def _with_staff_of(mentions: list[Mention], view: View, institutions: dict[str, Actor]) -> list[Mention]:
    """(h_attr12) «Помощник президента России заявил», «Радник керівника ОП заявив»: a staff noun in the nominative
    whose genitive complement names a party (its leader, an office, the capital) and that speaks (a verb of saying
    right after the phrase, or right before it) is that party's unnamed official: the party speaks, as "a Russian
    official" does. Not when a name follows it (the name is the speaker: «помощник президента России Юрий Ушаков»).
    English says it with a preposition instead ("Officials in Kyiv said": _officials_in)."""
    if view.lang == "en" and mentions:
        return _officials_in(mentions, view, institutions)
    if view.lang not in ("ru", "uk") or not mentions:
        return mentions
    tokens = view.tokens
    out = _plural_titles(mentions, view, institutions)
    for m in list(out):
        if m.actor is None or m.actor.party not in institutions:
            continue
        head = _staff_head(view, m)
        if head is None or _named_after(out, m, view.text) or not _speaks_here(view, head, m):
            continue
        out = _as_officials(out, tokens[head].start, m, institutions[m.actor.party])
    return out


def _officials_in(mentions: list[Mention], view: View, institutions: dict[str, Actor]) -> list[Mention]:
    """(h_attr13) "Officials in Kyiv said ...", "Representatives of the Kremlin said ...": a plural staff noun
    opening the clause, a preposition and a party's institution or seat after it, a verb of saying right after: the
    party's unnamed officials speak (not "US officials in Kyiv said": a word before the noun names whose they are)."""
    out = mentions
    for m in mentions:
        first = view.token_from(m.start)
        if m.actor is None or m.actor.party not in institutions or first is None or first < 2:
            continue
        head = first - 2
        if view.tokens[head].text not in _STAFF_PLURALS or (head > 0 and view.tokens[head - 1].is_word) \
                or not any(p.first == first - 1 for p in view.concepts.get("PREP", ())) \
                or not _speaks_here(view, head, m):
            continue
        out = _as_officials(out, view.tokens[head].start, m, institutions[m.actor.party])
    return out


def _as_officials(mentions: list[Mention], start: int, m: Mention, institution: Actor) -> list[Mention]:
    """The mentions with the phrase from `start` through m («Помощник президента России», "Officials in Kyiv") as
    one mention of its party's institution, the mentions inside it dropped: the party's unnamed officials speak."""
    return sorted([o for o in mentions if not (start <= o.start and o.end <= m.end)]
                  + [Mention(start, m.end, institution, "form")], key=lambda x: x.start)


def _plural_titles(mentions: list[Mention], view: View, institutions: dict[str, Actor]) -> list[Mention]:
    """(h_attr13) A one-person title said in the plural («Представители Кремля заявили», «Представники МЗС
    Росії»): not the person who holds it, but the party's unnamed officials, who speak for it."""
    out = []
    for m in mentions:
        first = view.token_from(m.start)
        if m.how == "title" and m.actor is not None and m.actor.party in institutions and first is not None \
                and view.tokens[first].text in _STAFF_PLURALS:
            m = Mention(m.start, m.end, institutions[m.actor.party], "form")
        out.append(m)
    return out


def _staff_head(view: View, m: Mention) -> int | None:
    """The token of a nominative staff noun that m's genitive phrase completes («Помощник [президента России]»,
    «Радник керівника [ОП]»), across a few words in an oblique case; None if there is none."""
    first = view.token_from(m.start)
    if first is None:
        return None
    tokens = view.tokens
    i = first - 1
    while i >= 0 and first - i <= _STAFF_GENITIVES + 1:
        tok = tokens[i]
        if not tok.is_word:
            return None
        if tok.text in _STAFF_PLURALS:
            return i if _opens(view, i) else None  # «Представители Кремля заявили»: a plural, the nominative
        if tok.text in _STAFF_HEADS:
            return i if lemma(tok.text, view.lang) == tok.text and _opens(view, i) else None
        if lemma(tok.text, view.lang) == tok.text:
            return None  # a word in the nominative between: the noun it heads is not this mention's
        i -= 1
    return None


def _opens(view: View, i: int) -> bool:
    """The staff noun is governed by no preposition right before it: a noun after one is no subject, whatever case
    the lemmatiser takes it for."""
    return not any(p.last == i - 1 for p in view.concepts.get("PREP", ()))


def _named_after(mentions: list[Mention], m: Mention, text: str = "") -> bool:
    """A person named right after the phrase (an apposition): «помощник президента России Юрий Ушаков»; (h_format40)
    his first name between, where the surname alone is the mention («речник Зеленського Сергій Никифоров»)."""
    return any(o.start >= m.end and (o.start - m.end <= 3 or _first_name_between(text[m.end : o.start]))
               and o.actor is not None and o.actor.kind == "person" for o in mentions)


def _first_name_between(gap: str) -> bool:
    """(h_format40) The text between a staff phrase and a surname is one capitalised word, a first name."""
    words = gap.split()
    return len(words) == 1 and len(gap) <= 16 and words[0][:1].isupper() and words[0].isalpha()


def _speaks_here(view: View, head: int, m: Mention) -> bool:
    """A verb of saying right after the staff phrase (one word between at most: «... России также заявил») or right
    before it («..., — заявил помощник президента России»)."""
    last = view.token_through(m.end)
    if last is None:
        return False
    return any(0 < s.first - last <= 3 and view.words_between(last, s.first) <= 1 or s.last + 1 == head
               for s in view.concepts.get("SAY", ()))


_BETWEEN = re.compile(
    r"\b(?:between|with|of|с|со|з|із|між|zwischen|mit|entre|tra|arasında)\b[^,.;]{0,40}\b"
    r"(?:and|и|і|та|und|et|e|y|ile)\s*$"
    r"|\b(?:between|with|of)\s*$"
)


def _between_leaders(r: _Read, m: Mention) -> bool:
    """The name is an object of "between" or "meeting with", not a subject."""
    return bool(_BETWEEN.search(r.sentence.text[max(0, m.start - 60) : m.start].lower()))


_LIST_JOINS = re.compile(r"^\s*(,|and|or|и|і|та|й|или|або)\s*(and|or|и|і|та)?\s*$", re.I)


# the words that join two places listed together: "and", "or", "nor" («ні», «ни», "noch")
_PLACE_JOINS: Final = AND_WORDS | concept_words("NOR_WORD") | {
    p[0] for p in concept_phrases("OR_WORD") if len(p) == 1}  # (Turkish "ya da" is two words)


def _listed_with(r: _Read, m: Mention, named: list[ConceptMatch]) -> bool:
    """A mention that is a place listed right before one of the cue's own places (`named`): «Ні Москва, ні Білорусь»,
    "Moscow and Minsk", "weder Moskau noch Minsk" name places, not a city's government as a subject."""
    tokens = r.view.tokens
    return any(p.start < m.end and m.start < p.end and any(p.last < q.first and all(
        not t.is_word or t.text in _PLACE_JOINS for t in tokens[p.last + 1 : q.first]) for q in named)
        for p in r.view.places)


def _listed_object(r: _Read, m: Mention) -> bool:
    """'bring Putin, Zelensky and Trump to the same table': a name listed after an object is an object too."""
    first = m
    sources = [a.end for a in r.view.concepts.get("ACCORDING", ())]
    for prev in reversed([o for o in r.mentions if o.end <= m.start]):
        if not _LIST_JOINS.match(r.sentence.text[prev.end : first.start]) or any(
                0 <= prev.start - end <= 2 for end in sources):
            break  # "По словам Лаврова, глава украинского МИД предложил": the source, then the subject
        first = prev
    return first is not m and not is_subject(r.view, first)


def _asked_about(r: _Read, m: Mention) -> bool:
    """(h_answer25) The person is named inside a question the sentence reports ("Ushakov was asked about a meeting
    between Putin and Zelensky", «Ушакова спросили о встрече Путина и Зеленского»): what was asked about, not the one
    asked, who is "he" of the answer after it («"...", — ответил он»)."""
    return any(r.view.tokens[s.start].start <= m.start < r.view.tokens[s.end].end for s in question_scopes(r.view))


def _antecedent(r: _Read, pronoun: Mention) -> Mention | None:
    """'Putin told Trump he was ready': 'he' in a reported clause is the subject of the verb that reports it
    (the nearest person before it who is a subject, not an object like Trump here)."""
    found = None
    for m in r.mentions:
        if m.start >= pronoun.start:
            break
        if m.actor is not None and m.actor.kind == "person" and (is_subject(r.view, m) or _relative_head(r, m)) \
                and not _paired_with_pronoun(r, m):
            found = m
    return found


def _relative_head(r: _Read, m: Mention) -> bool:
    """'Putin's offer was rejected by Zelensky, who said he was ready to meet in Istanbul', «встретился с
    Зеленским, который заявил, что он готов»: a name followed by a comma and a relative pronoun is that clause's
    subject, whatever its own case or place (an agent, an object), and so what the clause's 'he' is."""
    return relative_opens(r.sentence.text[m.end :].lstrip())


def _paired_with_pronoun(r: _Read, m: Mention) -> bool:
    """'Putin said he and Zelensky had met ... and that he was ready': a name joined to a pronoun is half of a pair,
    no antecedent of a later 'he' (the pair's 'he' is the one who speaks)."""
    return any(p.how == "pronoun" and p.end <= m.start and _PAIR_JOIN.match(r.sentence.text[p.end : m.start])
               for p in r.mentions)


def _predicate_before(cue: Cue, view: View) -> int | None:
    """The nearest predicate before the cue in its clause (a venue read off a meeting noun has none inside),
    not one of an if-clause ("if Kyiv really wanted a meeting, the ideal spot was Moscow")."""
    best = None
    supposed = hypothetical(view)
    for concept in _PREDICATES:
        for m in view.concepts.get(concept, ()):
            if any(a <= m.first <= b for a, b in supposed):
                continue
            if m.last < cue.first and view.clause[m.first] == view.clause[cue.first] and \
                    view.words_between(m.last, cue.first) <= 6 and (best is None or m.first > best):
                best = m.first
    return best


def _closing_predicate(cue: Cue, view: View) -> int | None:
    """(h_attr22) The predicate right after the cue that closes a German verb-final clause ("Putin sei zu einem Treffen
    mit Selenskyj in Istanbul bereit"): the place or format read off the meeting noun before it is that predicate's
    subject's, as "ready to meet in Istanbul" is in a language that puts the predicate first."""
    clause = view.clause[cue.first]
    if not any(m.last < cue.first and view.clause[m.first] == clause for m in view.concepts.get("BRACKET_FINITE", ())):
        return None
    for concept in _PREDICATES:
        for m in view.concepts.get(concept, ()):
            closes = m.last + 1 >= len(view.tokens) or not view.tokens[m.last + 1].is_word
            if m.first > cue.last and view.clause[m.first] == clause and closes \
                    and view.words_between(cue.last, m.first) <= 2:
                return m.first
    return None


def _offer_refused(cue: Cue, r: _Read, anchor: int) -> bool:
    """'Zelensky turned down Putin's offer to meet in Moscow': the place of someone's offer, refused, is the
    refuser's rejected venue (the offer is Putin's, the 'not Moscow' is Zelensky's)."""
    return cue.kind == "venue" and cue.value.startswith("not_") and _is_noun_of_offer(r, anchor)


def _offer_accepted(cue: Cue, r: _Read, anchor: int) -> bool:
    """'Zelensky accepted Trump's proposal for a trilateral meeting', 'принял предложение Эрдогана': someone's offer,
    accepted (a verb of agreeing a few words before it, in its clause), is the accepter's position too."""
    if cue.value == "refuses" or cue.value.startswith("not_"):
        return False
    return any(m.last < anchor and r.view.clause[m.last] == r.view.clause[anchor]
               and r.view.words_between(m.last, anchor) <= 3 for m in r.view.concepts.get("AGREE", ()))


def _possessor(r: _Read, anchor: int) -> Actor | None:
    """The actor whose proposal the anchor is: "Putin's recent invitation", "Moscow's offer", "предложение
    Киева", "запрошення путіна" (a genitive right after the noun), "the offer from Kyiv", or the owner right after
    "of" (POSSESSOR_OF: «l'invitation de Poutine», «η πρόσκληση του Πούτιν»)."""
    if anchor + 1 < len(r.view.tokens) and (_is_noun_of_offer(r, anchor) or any(
            m.first <= anchor <= m.last for m in r.view.concepts.get("READY_NOUN", ()))):
        nxt = anchor + 1
        if (r.view.tokens[nxt].text in _OFFER_BY or any(m.first == nxt for m in r.view.concepts.get(
                "POSSESSOR_OF", ()))) and nxt + 1 < len(r.view.tokens):
            nxt += 1  # (h_attr23) "η πρόσκληση του Πούτιν", «l'invitation de Poutine»: the owner after "of"
        owner = next((m.actor for m in r.mentions if m.actor is not None and m.start == r.view.tokens[nxt].start),
                     None) or _after_first_names(r, nxt)
        if owner is not None and not (owner.kind == "person" and _dative_name(r, nxt)):
            return owner  # (not «приглашение Владимиру Зеленскому приехать в Москву»: whom it invites, h_other)
    for m in r.mentions:
        if m.actor is None:
            continue
        if r.sentence.text[m.end : m.end + 2] in _GENITIVE_S:
            end = m.end + 2
        elif r.sentence.text[m.end - 2 : m.end] in _GENITIVE_S:
            end = m.end  # an alias that holds its own "'s" ("Kyiv's", "Ukraine's")
        else:
            continue
        after = next((k for k, t in enumerate(r.view.tokens) if t.start >= end), None)
        if after is not None and 0 <= anchor - after and r.view.words_between(after - 1, anchor) <= 2 \
                and not _label_between(r, m.end, r.view.tokens[anchor].start):
            return m.actor
    return None


def _dative_name(r: _Read, i: int) -> bool:
    """(h_other) Token i, a name after a noun of offering, is in the dative where names decline («приглашение
    Владимиру Зеленскому», «запрошення Зеленському», «zaproszenie Zełenskiemu»): the addressee, not the owner."""
    return r.view.tokens[i].text.endswith(word_endings("DATIVE_NAME", r.view.lang))


def _label_between(r: _Read, a: int, b: int) -> bool:
    """A colon or a quote opening between a possessor and the anchor: "Peskov on Zelensky's offer: 'Putin is ready'"
    names whose offer the quote answers; the quote's words are the speaker's own."""
    return ":" in r.sentence.text[a:b] or any(a <= q[0] < b for q in r.sentence.quotes)


_OFFER_BY = concept_words("OFFER_BY")
_GENITIVE_S = ("'s", "’s")
_FIRST_NAMES = 2  # "предложение Владимира Зеленского", "пропозицію Володимира Олександровича Зеленського"


def _after_first_names(r: _Read, i: int) -> Actor | None:
    """The person named from token i on behind a first name and patronymic the actor index leaves out of the
    mention ("Владимира Зеленского" is found from "Зеленского"): capitalised words, at most two, then the name."""
    tokens = r.view.tokens
    for k in range(i, min(i + _FIRST_NAMES, len(tokens) - 1)):
        if not tokens[k].is_word or not r.sentence.text[tokens[k].start : tokens[k].start + 1].isupper():
            return None
        m = next((m for m in r.mentions if m.start == tokens[k + 1].start), None)
        if m is not None:
            return m.actor if m.actor is not None and m.actor.kind == "person" else None
    return None


def _is_noun_of_offer(r: _Read, i: int) -> bool:
    """'предложение', 'invitation', 'offer': a proposal named as a thing (a verb's object follows it otherwise)."""
    return any(m.first <= i <= m.last for c in ("OFFER_NOUN", "CALL_NOUN", "OFFER_OWNED")
               for m in r.view.concepts.get(c, ()))  # (h_attr23: the seven other languages name it OFFER_OWNED)


# verbs whose subject holds the precondition they govern: insisting, and (h_attr22b) putting it forward or wanting it
# ("Moscow claims Kyiv has put forward a ceasefire as a precondition", "Peskov said Kyiv wants a ceasefire first")
_INSISTING: Final = ("INSIST", "PROPOSE", "WANT")


def _insisting_party(cue: Cue, att: Attribution, r: _Read,
                     venues: list[tuple[int, int]] | None) -> tuple[str, float]:
    """A precondition is the speaker's, unless a verb of insisting, proposing or wanting in it or right before it has
    the other side named as its subject or owner ("Peskov said Kyiv was insisting on a ceasefire before any meeting",
    "Moscow claims Kyiv has put forward a ceasefire as a precondition": Kyiv's), or another party's leader is the
    subject of the meeting it conditions (`_meeting_holder`: "Macron said Putin would not meet Zelensky before a peace
    deal"); a reading told for another party is at the reported confidence."""
    for m in (m for name in _INSISTING for m in r.view.concepts.get(name, ())):
        if not (cue.first <= m.first <= cue.last or (m.last < cue.first and r.view.words_between(m.last, cue.first)
                                                      <= 3 and r.view.clause[m.first] == r.view.clause[cue.first])):
            continue
        subject = _subject(cue, att, r, m.first, venues)
        if subject is None and m.last + 1 < len(r.view.tokens):  # "требование Киева о прекращении огня":
            # the genitive owner of the demand right after it ("вимога Києва")
            subject = next((o for o in r.mentions if o.start == r.view.tokens[m.last + 1].start), None)
        if subject is not None and subject.actor is not None and subject.actor.party in ("RU", "UA") \
                and subject.actor.party != att.actor.party:
            return subject.actor.party, REPORTED_CONFIDENCE
        owner = _possessor(r, m.first) if subject is None else None
        if owner is not None and owner.party in ("RU", "UA") and owner.party != att.actor.party:
            return owner.party, REPORTED_CONFIDENCE  # "Kyiv's insistence on a ceasefire before any summit"
    holder = _meeting_holder(cue, att, r, venues)
    if holder is not None:
        return holder, REPORTED_CONFIDENCE
    return att.actor.party, 1.0


# (h_attr22) predicates whose subject is the one who would (not) meet: the holder of a condition on that meeting
_MEETER_PREDICATES: Final = ("READY", "MEET", "REFUSE")


def _meeting_holder(cue: Cue, att: Attribution, r: _Read, venues: list[tuple[int, int]] | None) -> str | None:
    """(h_attr22) 'Macron said Putin would not meet Zelensky before a peace deal was ready', «Эрдоган сказал, что
    Путин готов к встрече только после подписания документов»: a precondition on the meeting of another party's
    leader, that leader the subject of the verb of meeting or readiness before it in its clause and in the words
    reported (not a question the speaker answers: "Auf die Frage, wann Putin komme, sagte Selenskyj ..."), is that
    party's (as "Trump said Putin was ready to meet" is Russia's stance), not the relaying speaker's."""
    view = r.view
    clause = view.clause[cue.first]
    before = [m.first for c in _MEETER_PREDICATES for m in view.concepts.get(c, ())
              if view.clause[m.first] == clause and att.content[0] <= view.tokens[m.first].start < att.content[1]
              and (m.last < cue.first and view.words_between(m.last, cue.first) <= 6
                                                     or cue.first <= m.first <= cue.last)]
    if not before:
        return None
    subject = _subject(cue, att, r, min(before), venues)
    if subject is None or subject.actor is None or subject.actor.party not in ("RU", "UA") \
            or subject.actor.party == att.actor.party:
        return None
    return subject.actor.party


def _demand_party(cue: Cue, att: Attribution, r: _Read) -> tuple[str, float]:
    """A demand is the speaker's unless only another party states such a demand and that party is named in the
    sentence: "Zelensky said Moscow wants Kyiv to recognise Crimea" reports Russia's demand."""
    prior = rulebook().priors.get(cue.value)
    if not prior or att.actor.party in prior or att.how == "document":
        return att.actor.party, 1.0  # (a party's document states its own terms: it reports no other side's)
    named = {m.actor.party for m in r.mentions if m.actor is not None and not _met_with(r.view, m)}
    reported = sorted(prior & named)
    if reported:
        return reported[0], REPORTED_CONFIDENCE / OFF_PARTY_CONFIDENCE  # undo the prior's penalty below
    return att.actor.party, 1.0


_MET_WORDS = 2  # words between a meeting or talks word and the one met ("negotiate with Vladimir Putin")


def _met_with(view: View, m: Mention) -> bool:
    """(h_u17) The one the speaker would meet or talk to ("ready to negotiate with Putin face to face and that any
    deal touching on neutrality goes to a referendum") states no demand by being named: the counterpart, not a
    reported voice (unless a relative clause gives them words: "meet Putin, who demands ...")."""
    i = view.token_from(m.start)
    if i is None or relative_opens(view.text[m.end :].lstrip()):
        return False
    return any(c.last < i and view.words_between(c.last, i) <= _MET_WORDS
               for concept in ("MEET", "TALKS") for c in view.concepts.get(concept, ()))


# Concepts that are a clause's predicate: its subject is the party whose position the clause reports.
_PREDICATES = frozenset({"READY", "AGREE", "REFUSE", "PROPOSE", "INVITE", "COME", "HOST", "POSSIBLE", "POINTLESS",
                         "IMPOSSIBLE", "NO_MEETING", "JOIN", "WANT", "PREFER"})  # (h_attr16: "Peskov said Trump
# favoured a trilateral meeting": the one who prefers it)


def _predicate(cue: Cue, view: View) -> int | None:
    """The first token of the cue's predicate (a meeting noun or a place has no subject of its own)."""
    inside = [m.first for concept in _PREDICATES for m in view.concepts.get(concept, ())
              if cue.first <= m.first <= cue.last]
    return min(inside, default=None)  # the first one, whatever order the set of concepts iterates in


def _caption_paragraphs(text: str) -> set[int]:
    """Paragraph indices (as `sentences` counts them) that read as photo captions: those that open as one or hold a
    credit, in a text that opens as one or holds a credit."""
    opens = _CAPTION_OPENING.match(text) is not None
    if not (opens or _may_hold_caption(text)):
        return set()
    paragraphs = re.split(r"\n\s*\n|\n", text)
    credited = {i for i, para in enumerate(paragraphs) if _may_hold_caption(para) and _CAPTION.search(para)}
    opening = {i for i, para in enumerate(paragraphs) if _CAPTION_OPENING.match(para)}
    # A paragraph's credit is one of the whole text (`_CAPTION` reads nothing past a newline that the paragraph's
    # edge does not show it: its `\b` takes the edge as it takes the newline), so the text is searched whole only
    # when no paragraph holds a credit and one opens as a caption (it was searched whole first, every time).
    if credited or opens or (opening and _CAPTION.search(text)):
        return credited | opening
    return set()


# Every match of `_CAPTION` holds one of these (lowercase; a test pins the pattern they are read from). The pattern is
# case-insensitive and opens with no literal, so the engine tries it at every position of the text; most texts hold
# none of these, which one search of their lowercase finds many times faster.
_CAPTION_LITERALS: Final = (
    "(photo", "(image", "(picture", "(pool", "pool)", "(state emergency service)", "getty images", "via reuters",
    "via afp", "via ap", "/afp", "/ afp", "/pool", "/ pool", "/reuters", "/ reuters", "/epa", "/ epa", "looks on",
    "pictured", "poses for a photo")
# Beside the ASCII capitals, the characters that match an ASCII letter case-insensitively (the engine's judgment; a
# test tries every code point): each as that letter, before `lower()` (which would make "İ" two characters).
_AS_ASCII_LETTER: Final = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("\u212a", "k"))


def _may_hold_caption(text: str) -> bool:
    """Whether `_CAPTION` may match in the text: its lowercase, with the letters `re.IGNORECASE` takes for ASCII ones
    spelled as those, holds one of the literals every match holds."""
    for odd, letter in _AS_ASCII_LETTER:
        if odd in text:
            text = text.replace(odd, letter)
    return _ANY_CAPTION_LITERAL.search(text.lower()) is not None


# One of `_CAPTION_LITERALS` anywhere (case-sensitive, as `in` would find each: a match at some position is one of
# them starting there): one pass over the text instead of one per literal (the caption scan was ~2% of reading).
_ANY_CAPTION_LITERAL: Final = re.compile("|".join(re.escape(literal) for literal in _CAPTION_LITERALS))


_Slot = tuple[str, str, date | None, str]  # party, kind competed in, day, voice (`_voice`)


def _prefer_cities(statements: list[Statement], best: dict[_Slot, tuple], voices: Callable[[Statement], str]) -> None:
    """"Turkey is ready to host a meeting ... in Istanbul": the city is the venue, the country only its setting."""
    within = vocabulary().within
    for st in statements:
        for c in st.conditions:
            key = (c.party, "venue", st.stated_on, _voice(c, st, voices))
            if c.kind == "venue" and key in best and within.get(c.value) == best[key][-1]:
                best[key] = (*best[key][:-1], c.value)


def _voice(c: Condition, st: Statement, voices: Callable[[Statement], str]) -> str:
    """Whose word a party's venue is, where one party has many voices (`Party.many_voices`): a Swiss offer of
    Geneva and a Hungarian one of Budapest on one day are two offers, not one of them misread, so each country
    keeps the place its leader or minister named. A place reported of the party, said by an institution, or only
    its speaker's home ("stands ready to host") has no voice: it competes with them all, as before
    (`_outvoiced`)."""
    if (c.kind != "venue" or st.party != c.party or c.rule in _VOICELESS
            or c.party not in vocabulary().many_voiced):
        return ""
    return voices(st)


# a home read for a speaker who names no place: who the speaker is may be misread ("X says seven states offered to
# host", read for the last state named), so it gets no voice of its own
_VOICELESS = frozenset({"venue.home"})


def _outvoiced(key: _Slot, rank: tuple, best: dict[_Slot, tuple]) -> bool:
    """A voiceless venue of a party of many voices stands only if it outranks every voice's place that day."""
    return not key[3] and any(k[:3] == key[:3] and k[3] and r[:-1] > rank[:-1] for k, r in best.items())


def speaker_country(actors: ActorIndex) -> Callable[[Statement], str]:
    """A statement's speaker's country, from the person's home (Orban: budapest, so hungary); none (no voice of
    its own) for an institution or a speaker the dictionary gives no home: a country read as the speaker is often
    only named in the sentence ("... offered to host; Kyiv has named Austria, ... Turkey"), a person seldom."""
    within = vocabulary().within
    homes = {a.name: within.get(a.home, a.home) for a in actors.actors if a.home and a.kind == "person"}
    return lambda st: homes.get(st.speaker, "")


_Named = tuple[str, date | None, int, str]  # a place a party names: party, day, statement index, place


def _slot(c: Condition, st: Statement, at_home: frozenset[_Named] = frozenset(),
          i: int = -1, proposed: frozenset[tuple[str, date | None, str]] = frozenset(),
          named: frozenset[_Named] = frozenset()) -> str:
    """The kind an exclusive value competes in: a place rejected after another proposed by the same reading ("in
    Switzerland, but not in Moscow": one rule, the proposal's words inside the rejection's) stands beside the
    place proposed, not against it; so does the other side's capital refused by a party that invites the other
    leader to its own in another statement ("He can come to Kyiv." ... "Moscow is not a place where I can go":
    `at_home`, the party, day and statement of each such invitation); so does a place refused in a quote that
    proposes another ("Moscow is excluded. Perhaps the Vatican": `proposed`, `_refused_beside`)."""
    if c.kind == "venue" and c.rule in LISTED and _own_list(c, st):
        return f"venue_{c.value}"  # (h_offer24) "named Geneva and the Vatican as possible venues": each place of the
        # list stands (another rule may have read one of them: that one keeps the party's slot)
    if c.kind != "venue" or not c.value.startswith("not_"):
        return c.kind
    if c.rule in ADDED_REFUSALS or c.rule in _JOINT_REFUSALS and _listed_together(c, st) or _list_member(c, st):
        return f"venue_{c.value}"  # (h_answer26) "No. Not Belarus either": a place refused beside one refused before;
        # (h_frag23) «Ни Москва, ни Минск.»: each place the fragment refuses stands (and each of a "neither ... nor"
        # list, h_neither26, also beside a place proposed, "venue_not" below)
    place = c.value.removeprefix("not_")
    seat = vocabulary().seats.get(place)
    if c.party == st.party and seat in _WAR_SIDES and seat != c.party and (
            _named_elsewhere(at_home, c, st, i) or _sole_refusal(c, st) and _named_elsewhere(named, c, st, i)):
        return "venue_not"  # (h_notplace25) or any place its party names in another statement that day ("Nach
        # Moskau werde er auf keinen Fall reisen" ... "Genf und der Vatikan seien geeignet"), where it is the one
        # place its statement refuses (a second refused beside it would be left alone against the place proposed)
    if (c.party, st.stated_on, place) in proposed:
        return "venue_not"
    if any(o.kind == "venue" and o.party == c.party and o.rule == c.rule and o.op == "assert"
           and not o.value.startswith("not_") and o.value != place and o.evidence in c.evidence
           for o in st.conditions):
        return "venue_not"
    return c.kind


_VENUE_SET: Final = ("VENUE_NOUN", "POSSIBLE_VENUE")
_OPTIONS_OF: Final = ("MEET", "NAME_PLACE")  # options of a meeting, or options named: a set of venues


def _members_of_venues(view: View, context: View | None) -> bool:
    """(h_venuelist25) The sentence opens with the members of a set of venues its speaker named just before ("We named
    seven options. Among them the Vatican, Geneva ...", «Ми назвали сім варіантів. Серед них — Ватикан, Женева»): it
    answers where, as the set did. Options alone are no venues (review, session 37: "options to protect our cities.
    Including Kharkiv and Odesa")."""
    return context is not None and (context.has_any(_VENUE_SET) or context.has("OPTION") and context.has_any(
        _OPTIONS_OF)) and any(m.first == 0 for m in view.concepts.get("LIST_AMONG", ()))


def _named_elsewhere(named: frozenset[_Named], c: Condition, st: Statement, i: int) -> bool:
    """The party names a place (of `named`: party, day, statement, place) that day in a statement other than the
    i-th, other than the place c refuses (review, session 37: "moscow" asserted elsewhere gives "not_moscow" no slot
    of its own)."""
    refused = c.value.removeprefix("not_")
    return any(h[:2] == (c.party, st.stated_on) and h[2] != i and h[3] != refused for h in named)


def _sole_refusal(c: Condition, st: Statement) -> bool:
    """The statement refuses no place for the party but c's, and says it with words of refusal or exclusion: a
    proposal's words read under a negation (`_NEGATED_PROPOSALS`: "will not meet in Moscow", «не поедет в Москву»)
    keep the party's one slot, as h_notplace25 measured its rule only on refusals said as refusals."""
    return c.rule not in _NEGATED_PROPOSALS and not any(
        o.kind == "venue" and o.party == c.party and o.value.startswith("not_") and o.value != c.value
        and not _list_member(o, st) for o in st.conditions)  # (h_refuse40) a later member of its own list is
    # none: "anywhere except Moscow and Minsk" refuses Moscow as much as "anywhere except Moscow"


_NEGATED_PROPOSALS = frozenset({"venue.meet_at", "venue.come_to"})  # a proposal's words read under a negation


def _own_list(c: Condition, st: Statement) -> bool:
    """A place of a list of possible venues stands beside the party's other places only where the list is surely
    the party's: another place of it is read, the party refuses none of them ("Putin named Moscow and Minsk ...,
    Minsk being unacceptable": both stand otherwise), and the first person named before it is the speaker (in
    "Zelensky named Geneva, the Vatican and Turkey ..., and Russia rejected all three" the Kremlin, misread as the
    speaker, would get every place of Zelensky's list instead of one)."""
    venues = [o for o in st.conditions if o.kind == "venue" and o.party == c.party]
    if not any(o.value != c.value and not o.value.startswith("not_") for o in venues):
        return False
    if any(o.value == f"not_{c.value}" for o in venues):
        return False
    at = st.quote.find(c.evidence)
    before = st.quote[: at if at >= 0 else len(st.quote)]
    people = [m for m in default_index().mentions(before, st.stated_on)
              if m.actor is not None and m.actor.kind == "person"]
    paired = _leaders_paired(people, before)
    subject = next((m.actor for i, m in enumerate(people) if i not in paired), None)  # the first named opens the
    # clause: "Erdoğan, Putin ile Zelenskiy arasında ... gösterdi" is Erdoğan's list, the leaders are the meeting's
    return subject is None or subject.name == st.speaker


_PAIR_JOINS: Final = concept_words("PAIR_JOIN") | {"-", "–", "—"}  # "Zelensky and Putin", "Putin ile Zelenskiy",
# "the Putin-Zelensky meeting" (review, session 37: not "Putin, Zelensky", not "Putin told Zelensky")


def _leaders_paired(people: list[Mention], text: str) -> set[int]:
    """(h_venuelist25) The indices of the two war sides' leaders named side by side in `text` ("a meeting of Zelensky
    and Putin", «встречи Зеленского и Путина», "Treffen von Selenskyj und Putin"), joined by one word of a pair: the
    meeting's pair, not who names the list."""
    out: set[int] = set()
    for i, (a, b) in enumerate(itertools.pairwise(people)):
        if (a.actor is not None and b.actor is not None and a.actor.role == b.actor.role == "leader"
                and {a.actor.party, b.actor.party} == {"RU", "UA"} and a.end < b.start
                and text[a.end : b.start].strip().lower() in _PAIR_JOINS):
            out |= {i, i + 1}
    return out


def _listed_together(c: Condition, st: Statement) -> bool:
    """Another place read by the same rule for the same party in the statement. One rule reads one place per match,
    so two of its places in one statement were listed together («Ни Москва, ни Минск.»): each is refused, neither
    outranks the other."""
    return any(o.rule == c.rule and o.party == c.party and o.value != c.value for o in st.conditions)


def _list_member(c: Condition, st: Statement) -> bool:
    """(h_except27) A later member of a list of refused places (`member`, conditions.later_members) beside a surer
    place refused by the same rule for the same party: it stands beside the first, which keeps the party's slot,
    rather than losing to it (and, h_refuse40, is no second refusal beside the first, `_sole_refusal`)."""
    return c.member and any(
        o.rule == c.rule and o.party == c.party and o.kind == "venue" and o.value.startswith("not_")
        and o.value != c.value and o.confidence > c.confidence for o in st.conditions)


# (h_frag23) the rules whose places, refused together in one fragment, are each refused («Ни Москва, ни Минск.»,
# "Neither Moscow nor Minsk."; h_neither26: "neither in Moscow nor in Minsk" in any sentence), not rivals of which one
# is the party's position
_JOINT_REFUSALS: Final = FRAGMENT_REFUSALS | {NOR_LISTED}
# (h_answer26) the rules of a place refused beside one refused before ("Not Belarus either", «Минск тоже нет»): each
# keeps a slot of its own (`_slot`)
ADDED_REFUSALS: Final = frozenset({"venue.fragment_not_either", "venue.fragment_either_not", "venue.fragment_nor"})


_WAR_SIDES = ("RU", "UA")


def _refused_beside(statements: list[Statement]) -> frozenset[tuple[str, date | None, str]]:
    """The places a party refuses in the quote in which it proposes another ("not in Moscow, but in Istanbul";
    «Москва исключена. Теоретически возможно где-то ещё — например, в Ватикане»): (party, day, place refused),
    both stand. Only in one quote: a refusal beside a proposal read elsewhere that day kept wrong places of other
    sentences (a table's "Ukraine | Venue", "a host who obstructs Ukraine") that the one value a day had hidden. Not
    a place also proposed there, nor a city or country of one ("ready to go to Budapest ... Hungary hardly the best
    host" is one choice); "anywhere" is no place proposed ("anywhere but Moscow" says the refusal only)."""
    within = vocabulary().within
    named: dict[tuple[str, date | None, str], set[str]] = {}
    refused: set[tuple[str, date | None, str, str]] = set()
    for st in statements:
        for c in st.conditions:
            if c.kind != "venue" or c.op != "assert":
                continue
            if c.value.startswith("not_"):
                refused.add((c.party, st.stated_on, c.value.removeprefix("not_"), st.quote))
            elif c.value != "any":
                named.setdefault((c.party, st.stated_on, st.quote), set()).add(c.value)

    def _related(a: str, b: str) -> bool:
        return a == b or within.get(a) == b or within.get(b) == a

    return frozenset(r[:3] for r in refused if (places := named.get((r[0], r[1], r[3])))
                     and not any(_related(r[2], p) for p in places))


def _city_for_country(statements: list[Statement]) -> list[Statement]:
    """«à Genève» one day, "La Suisse est prête à accueillir" the next: in one article a party's country is the
    setting of the city of it that the party named there, not a second venue (each would be a change of venue)."""
    within = vocabulary().within
    cities = {(c.party, within[c.value]) for st in statements for c in st.conditions
              if c.kind == "venue" and c.op == "assert" and c.value in within}
    if not cities:
        return statements
    out = []
    for st in statements:
        keep = tuple(c for c in st.conditions
                     if not (c.kind == "venue" and c.op == "assert" and (c.party, c.value) in cities))
        out.append(st if len(keep) == len(st.conditions) else replace(st, conditions=keep))
    return out


def _terms_asked(reads: Sequence[_Read], n: int, turns: Transcript, topic: Topic, att: Attribution) -> _Read | None:
    """(h_transcript) The interviewer's question right before a bare "yes" that puts a precondition or a settlement
    term, not the meeting itself ("Must the guarantor states sign before the presidents sign anything? PODOLYAK:
    Yes.", «— І те, що вони підпишуть, піде на референдум? — Саме так.»): answers.yes_to takes its terms as the
    answerer's (a question of the meeting is the `asked` one already)."""
    if not n or not bare_answer(reads[n].sentence.text, BARE_YES, hoping=True):
        return None
    q = reads[n - 1]
    put = turns.turn(q.sentence)
    if put is None or not put.question or not is_question(q):
        return None
    cues = find_cues(q.view, frames(q.view, q.mentions, topic, att.actor), att.actor.home)
    terms = ("prerequisite", "demand")
    return q if any(c.kind in terms and c.op == "assert" and not c.negated for c in cues) else None


def _preferred_formats(r: _Read, st: Statement) -> set[str]:
    """(h_format25) The formats a statement reads that its words call the best or most effective (BEST) right before
    or after their evidence, in the same sentence of its words: the format preferred, above one merely accepted
    (`_resolve_exclusive`)."""
    bests = _affirmed_bests(r.view)
    if not bests:
        return set()
    out = set()
    for c in st.conditions:
        at = r.sentence.text.find(c.evidence) if c.kind == "format" and c.value != "any" and c.evidence else -1
        first = r.view.token_from(at) if at >= 0 else None
        if first is None:
            continue
        end = r.view.token_from(at + len(c.evidence))
        last = len(r.view.tokens) - 1 if end is None else max(first, end - 1)
        if any((b.last < first and r.view.words_between(b.last, first) <= _BEST_BEFORE
                and not _stop_between(r.view, b.last, first)) or (
                b.first > last and r.view.words_between(last, b.first) <= _BEST_AFTER
                and not _stop_between(r.view, last, b.first)) for b in bests):
            out.add(c.value)
    return out


def _affirmed_bests(view: View) -> list[ConceptMatch]:
    """(review, session 37) The BEST words no negation scopes: "a trilateral format is not the most effective",
    «не самый эффективный», «не найефективніший», "nicht am effektivsten" judge the format below the others."""
    bests = view.concepts.get("BEST", ())
    if not bests:
        return []
    negs = [s for s in scopes(view) if s.kind == "neg"]
    return [b for b in bests if not any(s.start <= b.first <= s.end for s in negs)]


_STOPS: Final = frozenset({".", "!", "?", ";"})


def _stop_between(view: View, a: int, b: int) -> bool:
    """A mark that ends a sentence stands between tokens a and b (a dash or "but" does not: «Але найефективніше — з
    Трампом за столом», "Am wirksamsten aber mit Beteiligung der USA" judge the format after them)."""
    return any(view.tokens[i].text in _STOPS for i in range(a + 1, b))


# (h_stance40) the rules whose refusal, negated, reads willing: "has never ruled out a meeting", «никогда не исключал
# встречи», «ніколи не виключав зустрічі», "nobody is rejecting such a meeting", "nothing is excluded"
_NOT_RULED_OUT: Final = frozenset({"stance.refuse", "stance.meeting_refused", "stance.option_refused",
                                   "stance.impossible", "stance.answer_excluded", "stance.not_excluded_there",
                                   "stance.invited_refuses"})
# the doubts that can be a question of the point left open (stance.pointless, stance.point_asked)
_POINT_DOUBTS: Final = frozenset({"stance.pointless", "stance.point_asked", "stance.doubted_sense"})


def _open_doubt(r: _Read, st: Statement) -> bool:
    """(h_stance40) A doubt of the meeting's point put as a question left open, not asked ("Whether there is any
    point in such a meeting is another question", «Вопрос в том, есть ли смысл», «чи є в цьому сенс — велике
    питання», "wondering aloud what such a meeting would achieve"): POINT_OPEN in its sentence and no question mark
    in it. Beside a meeting never ruled out the same day it is a hedge of that readiness, not the stance
    (`_resolve_exclusive`); a rhetorical question ("But is there any point?", «А какой смысл?») or a doubt stated
    ("he saw little point") still is."""
    if "POINT_OPEN" not in r.view.concepts or any(t.text == "?" for t in r.view.tokens):
        return False
    return any(c.kind == "stance" and c.value == "skeptical" and c.rule in _POINT_DOUBTS for c in st.conditions)


def _ruled_in(statements: list[Statement]) -> frozenset[tuple[str, date | None]]:
    """(h_stance40) The parties and days with a meeting never ruled out (a refusal negated, `_NOT_RULED_OUT`)."""
    return frozenset((c.party, st.stated_on) for st in statements for c in st.conditions
                     if c.kind == "stance" and c.value == "willing" and c.op == "assert"
                     and c.rule in _NOT_RULED_OUT)


def _resolve_exclusive(statements: list[Statement], voices: Callable[[Statement], str],
                       threshold: float = DEFAULT_ALERT_THRESHOLD,
                       preferred: frozenset[tuple[int, str]] = frozenset(),
                       open_doubts: frozenset[int] = frozenset()) -> list[Statement]:
    """One value per party, exclusive kind and day in an article (per voice of a party of many, `_voice`): what
    the party said itself before what another party reported of it, then a reading that reaches the alert
    `threshold` before one under it (h_dates21: a 0.45 refusal nobody would act on hid a 0.90 "ready to meet" of
    the same day, and the day alerted nothing; a value its party seldom states, capped under it, as well: measured,
    the holdouts of unseen11, 18 and 20 each lose a wrong reading or gain a right one, and no alert moves), then the
    most strongly stated (a format `preferred`, by statement index, above all; h_stance40: a doubt of the point left
    open, `open_doubts` by statement index, below a meeting never ruled out that day), then the most sure."""
    exclusive = vocabulary().exclusive_kinds
    seats = vocabulary().seats
    at_home = frozenset((c.party, st.stated_on, i, c.value) for i, st in enumerate(statements) for c in st.conditions
                        if c.kind == "venue" and c.op == "assert" and c.party == st.party
                        and seats.get(c.value) == c.party)
    named = frozenset((c.party, st.stated_on, i, c.value) for i, st in enumerate(statements) for c in st.conditions
                      if c.kind == "venue" and c.op == "assert" and c.party == st.party
                      and c.value != "any" and not c.value.startswith("not_"))
    proposed = _refused_beside(statements)
    ruled_in = _ruled_in(statements) if open_doubts else frozenset()
    best: dict[_Slot, tuple[int, int, int, float, int, str]] = {}
    for i, st in enumerate(statements):
        for c in st.conditions:
            if c.kind in exclusive and c.op == "assert":
                key = (c.party, _slot(c, st, at_home, i, proposed, named), st.stated_on, _voice(c, st, voices))
                strength = _VENUE_STRENGTH.get(c.value, 0) if c.kind == "venue" else \
                    (_PREFERRED_STRENGTH if (i, c.value) in preferred else _FORMAT_STRENGTH.get(c.value, 0)) \
                    if c.kind == "format" else _STRENGTH.get(c.value, 0)
                if c.value == "skeptical" and i in open_doubts and (c.party, st.stated_on) in ruled_in:
                    strength = _OPEN_DOUBT_STRENGTH
                rank = (int(c.party == st.party), int(c.confidence >= threshold), strength,
                        c.confidence, -i, c.value)
                if key not in best or rank[:-1] > best[key][:-1]:
                    best[key] = rank
    _prefer_cities(statements, best, voices)

    def _kept(c: Condition, st: Statement, i: int) -> bool:
        key = (c.party, _slot(c, st, at_home, i, proposed, named), st.stated_on, _voice(c, st, voices))
        rank = best.get(key, (0, 0, 0, 0, 0, c.value))
        return rank[-1] == c.value and not _outvoiced(key, rank, best)

    out = []
    for i, st in enumerate(statements):
        if not st.conditions:  # most statements (no generator for them)
            out.append(st)
            continue
        keep = tuple(c for c in st.conditions if c.kind not in exclusive or _kept(c, st, i))
        out.append(st if len(keep) == len(st.conditions) else replace(st, conditions=keep))
    return out
