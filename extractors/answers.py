"""An interview's questions and the answers to them, read: what a bare "yes" or "no" says, a place refused by asking
its purpose back, a question of where the meeting is to be.

interviews.py finds the turns (who answers; which words are a question, nobody's); reader.py reads an answer's own
words with the rules (Reader._statement), then asks this module what the answer says beyond them:
- `yes_to`, `no_to`: a bare "yes" or "no" (`bare_answer`; BARE_YES, BARE_NO, BARE_POSSIBLE) to the question just
  before it: its readiness, place and terms taken, or its one place refused ("Q: ... in Moscow? A: No.");
  `place_asked`: a question that puts a place alone ("Istanbul?");
- `restating`: a yes or no followed by the question's own words ("Yes, in Istanbul", «Ні, не поїду»), read as the
  bare one;
- `restated_answer` (h_answer2): an answer restating the question's predicate with no yes or no («— Готов.», «— Не
  поїду.», "A: I will not.", "He said he was"), read as the bare one (a readiness restated negated is refused);
- `asked_then_no`: a reported question and its quoted bare answer in one sentence ("Asked whether ..., he said "No."");
- `reported_answer`: a reported question and the answer told of it, pointing back at it ("Asked whether he would go to
  Moscow, Zelensky said he would not", «ответил отрицательно», «відповів ствердно», "his answer was a firm no"), or
  in the sentence after the question (`asked_before`: "Peskov was asked whether .... 'No,' he said.");
- `purpose_asked_back`, `refused_by_asking`: a place refused by asking its purpose back ("Go to Moscow? What for?");
- `asks_where`: a question of where the meeting would be (the answer after it names venues);
- `asks_format` (h_answers22): a question that names the meeting's format ("One on one?", «Формат — один на
  один?», "Zu dritt?"): the answer after it restating a format ("Leader to leader") states the meeting's;
- `doubted_answer`: an answer opening with a doubt ("Not now, no.", "Too early.") to a question of the meeting;
- `echoes`, `cut_off`: an interviewer's echo, words broken off (the meeting spoken of carries over them);
- `told_before`, `territorial_demand`, `refused_demand`: "That will not happen" refusing the land demand just told;
- (h_selfq) a question the speaker asks himself and answers: `asked_himself` (his question before his yes or no, read
  as the interviewer's is), `echoes_question` (his echo of the interviewer's question passes the answer on to it),
  `answered_no_after` and `denied_inside` (a bare "no" after it: its place refused, not stated);
  `formats_left_open`: "We are flexible on that" after formats named as alternatives;
- (h_answer27) `denied_place`: a place put alone in the speaker's own words and answered no right after it ('"...
  Moscow? No," wrote the minister', «Київ? Ні, не розглядається»: `denied_answer_end`, a "no" opening a longer answer
  too); places put as alternatives ("Moscow or Minsk?") ask where (`asks_where`).
Who an answer set with a dash is by the sentence after it ("Об этом рассказал Ушаков") stays with reader.py's other
readings of a speaker named after his words (`_answered_after`, `_said_after`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from typing import Final

from domain.vocabulary import vocabulary
from extractors.actors import Mention
from extractors.analysis import View, quote_between
from extractors.attribution import Attribution, is_subject
from extractors.conditions import Cue, Frames, Topic, find_cues, frames
from extractors.interviews import attribution_after
from extractors.lexicon import ConceptMatch, concept_phrases, concept_words, phrase_opening, phrase_tokens
from extractors.polarity import QUESTION_OPENERS, Scope, answered_after, asked_opening, question_scopes
from extractors.read import Read, other_summit, speaks_of_meeting

_WHERE = concept_words("WHERE_WORD")
_ASKED_PAST = concept_words("ASKED_PAST")


def asks_where(r: Read, after_meeting: bool) -> bool:
    """A question of where the Putin-Zelensky meeting would be: "Where would such a meeting happen?", "Where could
    the leaders meet?", "Where would it happen?", «Где?» or «Де?» alone after the meeting was spoken of (not "Where
    is he?", nor where another summit is)."""
    q = r.sentence.text.find("?")
    words = [t for t in r.view.tokens if t.is_word and t.start < q]
    if after_meeting and _places_as_alternatives(r, q):
        return True  # (h_answer27) 'Question: "Moscow or Minsk, as the Russians have floated?"' (not a place alone,
        # "And Istanbul?": read as where, it cost alert precision on two holdouts)
    if not any(t.text in _WHERE for t in words) or other_summit(r.view, r.mentions) or r.view.has_any(
            ("HAPPENED", "PAST_SUMMIT", "WHERE_STANDS")) or any(t.text in _ASKED_PAST for t in words):
        return False  # ("Where did they last meet?", «Где встречались Путин и Зеленский?»: a meeting held; h_venue7:
        # "Where does that leave the meeting?", «Где мы сейчас со встречей?»: how things stand, no place asked)
    return r.view.has_any(("MEET", "SUCH_MEETING", "LEADERS", "LEADERS_PAIR")) or (
        r.view.has("MEETING_PRONOUN") and r.view.has("FUT_BE")) or (  # "Where would it happen?"
        r.view.has("MEETING_PRONOUN") or len(words) <= 2) and after_meeting


def _places_as_alternatives(r: Read, q: int) -> bool:
    """(h_answer27) A question, after the meeting was spoken of, that opens with two places or more put as
    alternatives ("Moscow or Minsk?", «Москва или Минск?», «Стамбул чи Женева?», "Istanbul, Geneva or Riyadh?"): it
    asks where the meeting would be, as "where?" does (not a question of land, another summit or one held)."""
    toks = r.view.tokens
    named = _places_put(r.view, 0, sum(1 for t in toks if t.end <= q))  # the places before its mark
    if len({p.concept for p in named}) < 2 or r.view.has_any(("TERRITORY", "CONCEDE", "HAPPENED", "PAST_SUMMIT")) \
            or other_summit(r.view, r.mentions):
        return False
    first, last = named[0], named[-1]
    ors = {i for m in r.view.concepts.get("OR_WORD", ()) for i in range(m.first, m.last + 1)}
    before = [t for t in toks[:first.first] if t.is_word]
    return any(first.last < i < last.first for i in ors) and len(before) <= 1 and all(
        i in ors or any(p.first <= i <= p.last for p in named)
        for i in range(first.first, last.last + 1) if toks[i].is_word)


def _places_put(view: View, a: int, q: int) -> list[ConceptMatch]:
    """(h_unify40) The places a meeting may be held in (the vocabulary's, no region or land) that a question puts in
    its tokens a to q-1, in order: one alone is a place asked about ("Moscow?", «А Минск?», `place_asked`,
    `denied_place`), two or more may be alternatives ("Moscow or Minsk?", `_places_as_alternatives`). Each caller
    says how few words, and which words besides (land, a summit held), leave it a question of where."""
    return [p for p in view.places if a <= p.first and p.last < q and p.concept in vocabulary().places]


def _person_named(r: Read, start: int, end: int | None = None) -> bool:
    """(h_unify40) A person is named between two character offsets of the sentence: a question of a place alone names
    no one ("Zelensky in Moscow?" asks of a trip; a transcript's label before it, "SYBIHA: Moscow?", is no word of
    it)."""
    return any(m.actor is not None and m.actor.kind == "person" and start <= m.start and (end is None or m.start < end)
               for m in r.mentions)


def asks_format(r: Read, after_meeting: bool) -> bool:
    """(h_answers22) A question of the Putin-Zelensky meeting's format: one that names a format ("One on one?",
    "With Trump at the table?", «Формат — один на один?», «Втроём?», "En tête-à-tête ?") after the meeting was spoken
    of, or with it named. Not the delegations' format, another summit's or one held ("Did they meet one on one?")."""
    q = r.sentence.text.find("?")
    if q < 0 or not any(m.start < q for c in (*_FORMATS, "FORMAT_WORD") for m in r.view.concepts.get(c, ())):
        return False
    if other_summit(r.view, r.mentions) or r.view.has_any(("HAPPENED", "PAST_SUMMIT", "DELEGATION")):
        return False
    return after_meeting or r.view.has_any(("MEET", "SUCH_MEETING", "LEADERS", "LEADERS_PAIR"))

def asks_terms(r: Read, after_meeting: bool) -> bool:
    """(h_prep25) A question of the terms a party sets for the Putin-Zelensky meeting ("What conditions are binding
    for Kyiv?", «Які умови для Києва обов'язкові?», «Каковы условия Москвы?»), after the meeting was spoken of or
    with it named: an enumeration answering it ("First — a ceasefire. Second — guarantees.") lists those terms. Not a
    question of a meeting held, of another summit or of the delegations' talks."""
    q = r.sentence.text.find("?")
    idioms = [(m.first, m.last) for m in r.view.concepts.get("TERMS_IDIOM", ())]  # "in terms of": no terms asked
    if q < 0 or not any(m.start < q and not any(a <= m.first <= b for a, b in idioms)
                        for m in r.view.concepts.get("TERMS_WORD", ())):
        return False
    if other_summit(r.view, r.mentions) or r.view.has_any(("HAPPENED", "PAST_SUMMIT", "DELEGATION")):
        return False
    return after_meeting or r.view.has_any(("MEET", "SUCH_MEETING", "LEADERS", "LEADERS_PAIR"))

# an answer's turn as it opens: a label ("A:", "ZELENSKY:", «Володимир Зеленський:») after a dash at most, or a dash
_LABEL: Final = re.compile(r"\W*[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?\s*:\s*", re.I)  # a letter of any script
_DASH: Final = re.compile(r"\W*")
# a transcript's stage direction before the answer's words: "(laughs)", "[pause]", "(smiles)" (marks only, no words)
_STAGE: Final = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\s*")


def bare_answer(text: str, answers: frozenset[tuple[str, ...]], hoping: bool = False, opening: bool = False) -> bool:
    """An interview's answer that is one of `answers` and nothing else: a label or a dash before it, nothing after
    it but punctuation ("A: No.", "— Да, готов.", "ZELENSKYY: Absolutely not."). `hoping` (a yes): an "and" before
    it («А почему нет?») and the hope it is given after it ("Why not, if it ends the killing", «Чому ні, якщо це
    зупинить війну»: ANSWER_AND, ANSWER_IF) or before it (h_stance21: "If that is the only way, we will do it")
    keep it the answer; conditioned readiness is readiness."""
    openers = _answer_openers(answers, hoping)
    said = attribution_after(text)
    if said is not None:  # (h_answer27) «— Нет, — ответил Песков.»: the dash turn's own attribution is no word of it
        text = text[:said]
    for start in (m.end() for m in (_LABEL.match(text), _DASH.match(text)) if m is not None):
        opened = start - 1 if start and text[start - 1] in "([" else start  # (the dash's marks end past a "(")
        if (stage := _STAGE.match(text, opened)) is not None:
            start = stage.end()  # (h_answer3) "ZELENSKYY: (laughs) No. I think not.": the answer after it
        rest = text[start:]
        if phrase_opening(rest) not in openers:
            continue  # the words kept below open with the first token (or the one after an "and"): none of the
            # answers' first words, no answer (one match instead of the tokens of most sentences' whole text)
        tokens = phrase_tokens(rest)
        while tokens and not tokens[-1].is_word:
            tokens.pop()
        if not tokens or tokens[0].start != 0:
            continue
        words = [t.text for t in tokens]
        if opening and "." in words:  # (h_q) "A: No. I think not.": the English "No." the splitter keeps with the
            words = words[:words.index(".")]  # words after it (as in "No. 5") opens the answer all the same
        if hoping:
            skip = 0  # the words dropped from the front: `words[i]` is `tokens[i + skip]`
            if len(words) > 1 and words[0] in _ANSWER_AND:
                words, skip = words[1:], 1
            if words and words[0] in _ANSWER_IF and "," in words:
                skip += words.index(",") + 1  # (h_stance21) the condition put first: "If that is the only way to
                words = words[words.index(",") + 1 :]  # peace, we will do it", «Якщо це єдиний шлях до миру, ...»
            cut = next((i for i, w in enumerate(words) if i and w in _ANSWER_IF), None)
            if cut is not None and "?" not in text[start + tokens[cut + skip].start:]:
                words = words[:cut - 1] if words[cut - 1] == "," else words[:cut]
        if tuple(words) in answers:
            return True
    return False


@cache
def _answer_openers(answers: frozenset[tuple[str, ...]], hoping: bool) -> frozenset[str | None]:
    """The first tokens a text may open with and be one of `answers` as `bare_answer` reads it: an answer's first
    word, or, `hoping`, an "and" or an "if" it drops (ANSWER_AND, ANSWER_IF)."""
    return frozenset({a[0] for a in answers if a} | (_ANSWER_AND | _ANSWER_IF if hoping else frozenset()))


def _yes_answers() -> frozenset[tuple[str, ...]]:
    """A bare "yes" (ANSWER_YES) alone, or before a pronoun and its verb ("Yes, he is": ANSWER_SUBJECT, ANSWER_VERB)
    or one more word («Да, готов», «Так, буде»: ANSWER_YES_MORE), a comma between or not; or a pronoun and its
    verb alone ("We will")."""
    short = {(s, v) for s in concept_words("ANSWER_SUBJECT") for v in concept_words("ANSWER_VERB")}
    more = short | {(w,) for w in concept_words("ANSWER_YES_MORE")}
    yes = concept_phrases("ANSWER_YES")
    return frozenset(yes | short | _after(yes, more))


def _after(firsts: AbstractSet[tuple[str, ...]], tails: AbstractSet[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Each of `firsts` followed by each of `tails`, a comma between or not ("yes he is", "yes, he is")."""
    return {f + comma + t for f in firsts for t in tails for comma in ((), (",",))}


def _possible_answers() -> frozenset[tuple[str, ...]]:
    """A bare "possible" (ANSWER_POSSIBLE: "That is possible", «Не исключено»), alone or after a one-word yes ("Yes,
    that is possible", «Так, це можливо», «Да, это возможно»; the languages whose lexicon names ANSWER_POSSIBLE, en,
    ru and uk today): the yes grants what the question puts, and the possible is how sure it is, so the two together
    say no more than the possible alone. The words are pooled across languages, as every answer set here is."""
    possible = concept_phrases("ANSWER_POSSIBLE")
    yes = {y for y in concept_phrases("ANSWER_YES") if len(y) == 1}  # the yes word itself ("yes", «так», "ja")
    return frozenset(possible | _after(yes, possible))


# An interview's answer that is a bare "no", a bare "yes" ("Yes, he is", «Да, готов», «Так, готовий»), or a bare
# "possible" («Не исключено», "That is possible").
def _no_answers() -> frozenset[tuple[str, ...]]:
    """A bare "no" (ANSWER_NO), alone or a one-word one before another, a comma between or not ("No, never", «Нет,
    исключено», (h_answer27) «Ні, не розглядається», "No, that is not on the table")."""
    no = concept_phrases("ANSWER_NO")
    return frozenset(no | _after({n for n in no if len(n) == 1}, no))


BARE_NO: Final = _no_answers()
BARE_NOT_YET: Final = concept_phrases("ANSWER_NOT_YET")  # (h_answer25) "Not yet.", «Пока нет», «Поки що — ні»
BARE_YES: Final = _yes_answers()
BARE_POSSIBLE: Final = _possible_answers()
_ANSWER_AND: Final = concept_words("ANSWER_AND")
_ANSWER_IF: Final = concept_words("ANSWER_IF")


_QUESTION_OPENS: Final = frozenset(".?!:;«\"“")  # what a question inside a sentence opens after


def _purpose_at(view: View, i: int) -> bool:
    """(h_q) The tokens from the i-th ask back a purpose and no more, up to their question mark: "What for?", "Why
    would I?", «Зачем?», «А про що там говорити?» (PURPOSE_BACK after an "and" at most; "Why not?", «Почему бы и
    нет?» accept: no negation after the phrase; "Why Moscow?" names a place: a question of its own)."""
    toks = view.tokens
    q = next((j for j in range(i, len(toks)) if toks[j].text in ".?!"), None)
    words = [j for j in range(i, q if q is not None else len(toks)) if toks[j].is_word]
    if q is None or toks[q].text != "?" or not words:
        return False
    first = words[1] if len(words) > 1 and toks[words[0]].text in _ANSWER_AND else words[0]
    asked = [m for m in view.concepts.get("PURPOSE_BACK", ()) if m.first == first and m.last < q]
    if not asked:
        return False
    end = max(m.last for m in asked)
    return not any(end < m.first < q for m in view.concepts.get("NEG", ())) and not any(
        i <= p.first < q for p in view.places)


def purpose_asked_back(reads: Sequence[Read], n: int) -> tuple[int, int] | None:
    """(h_q) The tokens [first, last] of a question in the n-th sentence whose purpose is asked back right after it,
    in the sentence or the next one of its paragraph: "Go to Moscow? What for?", "Meet him in Minsk? Why would I?",
    «Ехать в Киев? Зачем?», «Їхати до Москви? А про що там говорити?»."""
    if "?" not in reads[n].sentence.text:
        return None  # (most statements: no token scan)
    toks = reads[n].view.tokens
    for q, t in enumerate(toks):
        if t.text != "?":
            continue
        if q + 1 < len(toks) and _purpose_at(reads[n].view, q + 1) or all(
                not x.is_word and x.text not in ".?!" for x in toks[q + 1:]) and n + 1 < len(reads) and \
                reads[n + 1].sentence.paragraph == reads[n].sentence.paragraph and _purpose_at(reads[n + 1].view, 0):
            first = next((j + 1 for j in range(q - 1, -1, -1) if toks[j].text in _QUESTION_OPENS), 0)
            return first, q
    return None


def refused_by_asking(r: Read, found: list[Cue], span: tuple[int, int], keep_inside: bool = True) -> list[Cue]:
    """(h_q) A question naming a place, its purpose asked back after it (`purpose_asked_back`): the place is refused
    (not_<place>), whether the question's words read it as a venue ("Meet him in Minsk?") or name it after a verb of
    going alone («Їхати до Москви?»); readiness read in the question is dropped. Not `keep_inside` (h_selfq: a
    question its speaker answers "no", `denied_inside`): nothing else read inside the question stands either."""
    places = vocabulary().places
    a, b = span
    inside = [c for c in found if a <= c.first and c.last <= b]
    venues = [c for c in inside if c.kind == "venue" and c.op == "assert" and not c.negated and c.value in places]
    rest = [c for c in found if c not in venues and not (c in inside and (
        not keep_inside or c.kind == "stance" and c.value == "willing"))]
    if venues:
        return rest + [c._replace(rule="venue.place_dash_no", value=f"not_{c.value}") for c in venues]
    named = [p for p in r.view.places if a <= p.first and p.last <= b and p.concept in places]
    words = [t for t in r.view.tokens[a:b] if t.is_word]
    if len({p.concept for p in named}) != 1 or len(words) > _ECHO_WORDS + 2 or not any(
            a <= m.first <= b for c in ("COME", "MEET") for m in r.view.concepts.get(c, ())):
        return found if keep_inside else rest
    p = named[0]
    return rest + [Cue("venue.place_dash_no", "venue", f"not_{p.concept}", p.first, p.last, p.start, p.end, 0.7, False)]


_ECHO_WORDS = 6  # an interviewer's echo or interruption has at most this many words ("Not in Moscow?", «А в Минске?»)


def cut_off(r: Read) -> bool:
    """A sentence broken off by an interruption: a transcript's "But not in --", «Но не в —», "Only if…"."""
    return r.sentence.text.rstrip().endswith(("--", "—", "–", "...", "…"))


def echoes(r: Read) -> bool:
    """A short question that names no one: the interviewer echoes or interrupts ("Not in Moscow?", "Meaning?",
    «В Москве?», «А в Мінську?»), and the answer goes on about what was said before it."""
    words = [t for t in r.view.tokens if t.is_word]
    return r.sentence.text.rstrip().endswith("?") and len(words) <= _ECHO_WORDS and not any(
        m.actor is not None and m.actor.kind == "person" for m in r.mentions)


_CLOSING_MARKS: Final = " \"'»”’"  # what may close a question's sentence after its mark (a quote's end)


def is_question(r: Read) -> bool:
    """The sentence ends with a question mark (a closing quote mark after it at most)."""
    return r.sentence.text.rstrip(_CLOSING_MARKS).endswith("?")


def answered_no_after(reads: Sequence[Read], n: int) -> bool:
    """(h_selfq) The n-th sentence, a question, is answered with a bare "no" by the next sentence of its paragraph:
    "Could the leaders meet in Geneva? No.", «Может ли такая встреча пройти в Женеве? Нет.», «Чи можуть лідери
    зустрітися в Мінську? Ні.». Said in one speaker's words, what it asks is refused there (`no_to`), not stated."""
    if n + 1 >= len(reads) or not is_question(reads[n]):
        return False
    after = reads[n + 1]
    return after.sentence.paragraph == reads[n].sentence.paragraph and bare_answer(
        after.sentence.text, BARE_NO, opening=True)


def denied_inside(r: Read) -> tuple[int, int] | None:
    """(h_selfq) The tokens [first, last] of a question inside the sentence that its speaker answers with a bare
    "no" right after it, in his same words: "Could we meet in Geneva? No. That is no place for us.", «Может ли такая
    встреча пройти в Женеве? Нет. Это не нейтральная площадка» (a quote the splitter keeps whole); (h_answer27) the
    answer ends where his quote does ('"... Moscow? No," wrote the minister'), and a "no" opening it before a comma or
    a dash is one too («Київ? Ні, не розглядається», "Moscow? No, never")."""
    if "?" not in r.sentence.text:
        return None  # (most statements: no token scan)
    toks = r.view.tokens
    for q, t in enumerate(toks):
        if t.text != "?" or q + 1 >= len(toks) or toks[q + 1].text in ",":
            continue
        if denied_answer_end(r.view, q) is not None:
            first = next((j + 1 for j in range(q - 1, -1, -1) if toks[j].text in _QUESTION_OPENS), 0)
            return first, q
    return None


_NO_OPENS: Final = frozenset({",", "—", "–", "-"})  # what may follow a "no" that opens a longer answer ("No, never")


def denied_answer_end(view: View, q: int) -> int | None:
    """(h_answer27) The token that ends the bare "no" answering the question whose mark is the q-th token (its
    sentence's end, a mark ending it, or the close of the quote it is in), when the words after the mark are one
    (BARE_NO) or open with one before a comma or a dash ("No, not Moscow", «Ні, не розглядається»); else None."""
    toks = view.tokens
    end = q + 1
    while end < len(toks) and toks[end].text not in ".!?" and not (end > q + 1 and quote_between(view, end - 1)):
        end += 1
    at = [j for j in range(q + 1, end) if toks[j].is_word]
    words = tuple(toks[j].text for j in at)
    if not words:
        return None
    if words in BARE_NO:
        return end
    opened = next((k for k in range(len(words) - 1, 0, -1) if words[:k] in BARE_NO
                   and at[k - 1] + 1 < end and toks[at[k - 1] + 1].text in _NO_OPENS), None)
    return end if opened is not None else None


_PLACE_ALONE_WORDS = 4  # a question that puts a place and little else: "Moscow?", «А Киев?», «Киев как место встречи?»
_NOT_A_VENUE_ASKED: Final = ("TERRITORY", "CONCEDE", "DOCUMENT", "OTHER_EVENT", "PAST_SUMMIT", "HAPPENED")


_ASKED_AFTER: Final = ("QUESTION", "ASK_VERB", "ASKED_WORD")  # a question told after the answer, which it answers


def denied_place(r: Read, found: list[Cue], span: tuple[int, int], party: str) -> list[Cue]:
    """(h_answer27) A question its speaker answers with a bare "no" (`denied_inside`) that puts a place and little
    else ("Moscow? No," wrote the minister, «Київ? Ні, не розглядається», «А Минск? Нет.»), in words about the
    meeting: the place refused (not_<place>), and no stance read in the "no"'s own words (what «не розглядається»
    refuses is the place); not one's own capital ("Kyiv? No" from Kyiv is another's trip there), not land or a
    document ("Crimea? No.", "The Minsk agreements? No.")."""
    a, q = span
    view = r.view
    words = [t for t in view.tokens[a:q] if t.is_word]
    named = _places_put(view, a, q)
    if len({p.concept for p in named}) != 1 or len(words) > _PLACE_ALONE_WORDS or any(
            a <= m.first < q for c in _NOT_A_VENUE_ASKED for m in view.concepts.get(c, ())) or _person_named(
            r, view.tokens[a].start, view.tokens[q].start):
        return found
    place = named[0]
    if _object_of_other_verb(view, a, place.first):
        return found  # (h_refuse40) "Trust Moscow? No.", «Верить Москве? Нет.»: no place asked
    end = denied_answer_end(view, q)
    if vocabulary().seats.get(place.concept) == party or end is None or any(
            c.kind == "venue" and c.value == f"not_{place.concept}" for c in found) or any(
            m.first >= end for c in _ASKED_AFTER for m in view.concepts.get(c, ())):
        return found  # ('"Moscow? No," he said when asked who was to blame': the no answers the question told after)
    last = max(j for j in range(q + 1, end) if view.tokens[j].is_word)
    kept = [c for c in found if not (c.kind == "stance" and q < c.first < end)]
    return kept + [Cue("venue.place_dash_no", "venue", f"not_{place.concept}", place.first, last, place.start,
                       view.tokens[last].end, 0.7, False)]


def _object_of_other_verb(view: View, a: int, place: int) -> bool:
    """(h_refuse40) A word before the place in the question that no concept of the lexicon knows ("Trust Moscow?",
    "Blame Moscow?", «Верить Москве?», «Довіряти Москві?»): the place is the object of a verb of something else than
    the meeting, no venue put. The words that put a venue are all known: "And Minsk?", "What about Moscow?", «А
    Минск?», "Go to Moscow?", «Поїхати до Москви?» (COME, MEET, AT, AND_WORD, ASKED_ABOUT ...)."""
    known = {i for ms in view.concepts.values() for m in ms if m.first < place for i in range(m.first, m.last + 1)}
    return any(view.tokens[i].is_word and i not in known and i not in view.silent for i in range(a, place))


_FORMATS: Final = ("ONE_ON_ONE", "TRILATERAL", "MULTILATERAL")


def formats_left_open(reads: Sequence[Read], n: int, att: Attribution) -> list[Cue]:
    """(h_selfq) Formats named as alternatives in the sentence before, then left open by the speaker's words pointing
    back at them ("Bilateral first, then with President Trump - or trilateral straight away. We are flexible on
    that.", «... або одразу тристороння. Тут ми гнучкі.»: FLEXIBLE_BACK): any format, in his own words (a quote or
    his turn, the same paragraph) with no negation. (Both in one sentence: the rule format.flexible_back.)"""
    r = reads[n]
    if not n or not att.direct or not r.view.has("FLEXIBLE_BACK") or r.view.has("NEG"):
        return []
    before = reads[n - 1]
    if before.sentence.paragraph != r.sentence.paragraph or len(
            {c for c in _FORMATS if before.view.has(c)}) < 2 or any(r.view.has(c) for c in _FORMATS):
        return []
    m = r.view.concepts["FLEXIBLE_BACK"][0]
    return [Cue("format.flexible_back", "format", "any", m.first, m.last, m.start, m.end, 0.75, False)]


def asked_himself(reads: Sequence[Read], n: int, before: Attribution | None, att: Attribution) -> Read | None:
    """(h_selfq) The question the speaker put to himself right before the n-th sentence: the sentence before, his
    own words (his quote or his turn) in the same paragraph, a question ("Could we meet in Istanbul? Of course.",
    «Может ли такая встреча пройти в Стамбуле? Безусловно.»): the answer after it reads it as an interview's answer
    reads the interviewer's question. `before`: who spoke the sentence before, if anyone did."""
    if not n or before is None or before.actor is not att.actor or not before.direct or not att.direct:
        return None
    asked = reads[n - 1]
    return asked if asked.sentence.paragraph == reads[n].sentence.paragraph and is_question(asked) else None


def echoes_question(own: Read, asked: Read) -> bool:
    """(h_selfq) The interviewee's short question repeats the interviewer's words before it and adds none: «— Чи
    можуть вони зустрітися в Стамбулі? — Чи можуть? Так.», "Q: Could they meet in Istanbul? A: Could they? Yes."
    (his answer after it answers the interviewer's question)."""
    words = [t.text for t in own.view.tokens if t.is_word]
    put = [t.text for t in asked.view.tokens if t.is_word]
    return is_question(own) and 0 < len(words) <= _ECHO_WORDS and all(_restates(w, put) for w in words)


def yes_to(question: Read, topic: Topic, att: Attribution, r: Read, affirmed: bool = False) -> list[Cue]:
    """'Q: Would you be ready to meet Putin in Istanbul? A: Yes.', «— Готов ли Путин встретиться с Зеленским? — Да»,
    «— Чи готові ви зустрітися з путіним? — Так»: a bare "yes" (or "that is possible", «не исключено») is the
    interviewee's own statement of what the question puts to him: its readiness, place, format and terms, read as
    his. Not when the question speaks of another party as its subject ("Is Zelensky ready?" asked of Peskov), unless
    the answerer's own party is of the subject too (h_selfq: "Could Putin and Zelensky meet in Istanbul? Of course":
    the meeting itself), nor when it holds a negation ("Won't you meet him?": a "yes" to it says either), nor a
    question of what is past. `affirmed`: the answer restates the question's words as a yes ("Yes, in Istanbul", "I
    would, yes"), a yes as a bare one is."""
    if question.view.has_any(("NEG", "REFUSE", "IMPOSSIBLE", "POINTLESS", "HAPPENED", "PAST_SUMMIT")):
        return []
    subjects = {m.actor.party for m in question.mentions if m.actor is not None and is_subject(question.view, m)}
    if subjects - {att.actor.party, "none"} and att.actor.party not in subjects:
        return []
    cues = find_cues(question.view, frames(question.view, question.mentions, topic, att.actor), att.actor.home)
    if any(c.negated for c in cues):
        return []
    a, b = att.content  # the answer's words, its label or dash aside
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and a <= t.start < b] or [0]
    first, last = words[0], words[-1]
    kinds = ("stance", "venue", "format", "prerequisite", "demand")  # (h_transcript: a term asked, "Exactly.")
    out = [c._replace(first=first, last=last, start=a, end=b) for c in cues
           if c.op == "assert" and not c.refused and c.kind in kinds
           and not (c.kind == "stance" and c.value != "willing")]
    if not cues and (alone := place_asked(question) or trip_asked(question)) is not None:
        return [Cue("venue.meet_at", "venue", alone, first, last, a, b, 0.65, False)]
    if (affirmed or bare_answer(r.sentence.text, BARE_YES, hoping=True)) and not any(
            c.kind == "stance" for c in out) and speaks_of_meeting(question.view, question.mentions):
        # ("Would you meet Putin in Geneva? — Why not?")
        out.append(Cue("stance.answer_affirm", "stance", "willing", first, last, a, b, 0.65, False))
    return out
_TOLD_REACH = 2  # sentences back in which a demand refused by pointing back at it may have been told


def told_before(reads: Sequence[Read], n: int) -> tuple[View, ...]:
    """The sentences just before the n-th, in its paragraph or the one before (an interview's question and the
    answer's first words: "— Is the demand to leave Donbas one of them? — It is an ultimatum. We will not go for
    it")."""
    here = reads[n].sentence.paragraph
    return tuple(reads[i].view for i in range(max(0, n - _TOLD_REACH), n)
                 if here - reads[i].sentence.paragraph <= 1)


def territorial_demand(view: View) -> bool:
    """The sentence tells a demand that Ukraine give up land: leave it, withdraw from it, cede it ("Putin wants us to
    leave Donbas", «Вимога вивести війська з Донбасу»); not Russia's own withdrawal."""
    return view.has_any(("WITHDRAW", "LEAVE", "CONCEDE")) and view.has("TERRITORY") \
        and view.has_any(("DEMAND", "UA_FORCES", "WANT")) and not view.has("RU_FORCES")


def refused_demand(view: View) -> Cue:
    """"That will not happen", «Ми на нього не підемо»: Kyiv refusing the territorial demand just told."""
    m = view.concepts["REFUSE_THAT"][0]
    return Cue("demand.refused_demand", "demand", "no_territorial_concessions", m.first, m.last, m.start, m.end,
               0.7, False)


def _asked_places(r: Read, asked: Sequence[Scope]) -> set[str]:
    """The places the reported question `asked` names, an institution named by its seat's building aside where
    another place is named ("whether the Kremlin considers Kyiv a venue", «рассматривается ли в Кремле Киев как
    площадка»: Kyiv is asked about, not Moscow)."""
    inside = [p for s in asked for p in r.view.places if s.start <= p.first <= s.end
              and p.concept in vocabulary().places]
    voices = [p for p in inside if any(m.actor is not None and m.actor.kind != "person" and m.actor.name.lower()
                                       != p.concept and m.start <= r.view.tokens[p.first].start < m.end
                                       for m in r.mentions)]  # (the Kremlin is Moscow's place, named not as it)
    named = {p.concept for p in inside if p not in voices}
    return named if named else {p.concept for p in voices}


def asked_then_no(r: Read, att: Attribution) -> Callable[[list[Cue]], list[Cue]] | None:
    """(h_q) A reported question naming one place and the speaker's quoted answer opening with a bare "no" (or a bare
    "yes": the place accepted) in the same sentence ("Asked whether the meeting could be held in Moscow, Zelensky
    answered: "No."", «На вопрос, может ли встреча пройти в Минске, Зеленский ответил: «Нет»»): the place is
    refused, and nothing the question's words read is the speaker's; not where the speaker is found inside the
    question («чи може це бути Москва, відповів»: Moscow read as who answers), nor for land or another summit."""
    if not r.sentence.quotes:
        return None
    qa, qb = r.sentence.quotes[0]
    if not (att.content[0] <= qa < att.content[1] or qa <= att.content[0] < qb):
        return None  # the quote is not the speaker's words
    said = r.sentence.text[qa:qb]
    yes = bare_answer(said, BARE_YES, hoping=True)  # ("Asked whether ... in Istanbul, he said: "Why not."")
    if not (yes or bare_answer(said, BARE_NO, opening=True)):
        return None
    asked = [s for s in question_scopes(r.view) if r.view.tokens[s.end].end <= qa]
    named = _asked_places(r, asked)
    if len(named) != 1 or any(r.view.has(c) for c in ("TERRITORY", "CONCEDE")) or other_summit(r.view, r.mentions):
        return None  # (nor a question of another summit: "whether Trump would meet Putin in Alaska")
    place = named.pop()
    first, last = asked[0].start, max(s.end for s in asked)
    a, b = r.view.tokens[first].start, r.view.tokens[last].end
    if any(m.actor is att.actor and a <= m.start < b for m in r.mentions) or (
            att.actor.kind != "person" and not any(m.actor is att.actor for m in r.mentions if m.start >= b)):
        return None  # («чи може це бути Москва, відповів»: a speaker found inside the question is none)
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and qa <= t.start < qb] or [0]

    def answer(found: list[Cue]) -> list[Cue]:
        if yes:  # the question's own reading stands (its readiness); its place is the answer's
            affirmed = [] if any(c.kind == "stance" for c in found) or not all(any(
                first <= m.first <= last for m in r.view.concepts.get(c, ())) for c in ("READY", "MEET")) else [
                # (h_answer2) "Asked whether he was ready to meet Putin in Istanbul, he said: 'Yes.'": the readiness
                # asked is his too (not a meeting alone asked of: «чи зустрінеться ... у Ватикані? — «Так»»)
                Cue("stance.answer_affirm", "stance", "willing", words[0], words[-1], qa, qb, 0.65, False)]
            return [c for c in found if c.kind != "venue"] + affirmed + [
                Cue("venue.meet_at", "venue", place, words[0], words[-1], qa, qb, 0.65, False)]
        return [c for c in found if not (first <= c.first and c.last <= last)] + [
            Cue("venue.place_dash_no", "venue", f"not_{place}", words[0], words[-1], qa, qb, 0.75, False)]
    return answer


PLACE_ASKED_REACH = 4  # sentences back the question about the meeting a place alone follows
_PLACE_ASKED_WORDS = 3  # a question that is a place and no more: "Istanbul?", «А Минск?», "And Geneva?"


def place_asked(question: Read) -> str | None:
    """(h_q) The place a short question puts alone, its meeting spoken of before ("Q: Istanbul? A: Why not.", «—
    Стамбул? — Почему бы и нет», «— А Мінськ? — Ні»): one place, a few words at most, no land asked about ("Crimea?")
    and no one named; a transcript's label before it is no word of it: "HARBOUR LINE: To Minsk, then?", "Sybiha:
    Moscow?")."""
    label = _LABEL.match(question.sentence.text)
    opens = label.end() if label is not None else 0
    words = [t for t in question.view.tokens if t.is_word and t.start >= opens]
    named = {p.concept for p in _places_put(question.view, 0, len(question.view.tokens))}
    if len(words) > _PLACE_ASKED_WORDS or len(named) != 1 or question.view.has_any(("TERRITORY", "CONCEDE")) or \
            _person_named(question, opens):
        return None  # (h_answer27: the label's own name is no one the question names: "SYBIHA: Moscow?")
    return named.pop()


def not_yet_to(question: Read, topic: Topic, att: Attribution, r: Read) -> list[Cue]:
    """(h_answer25) An interview's bare "not yet" ("Q: Is a meeting of the two presidents possible? A: Not yet.", «—
    Возможна ли встреча? — Пока нет», «— Чи можлива зустріч? — Поки що — ні», "Noch nicht", "Henüz değil"): the
    doubt a "no" to a question of the meeting's possibility reads (no_to), and nothing else: a place asked about is
    not refused by it (it may come later), nor land, and "not yet" to a question of a call, a plan or a date says
    nothing of the meeting."""
    return [c for c in no_to(question, topic, att, r) if c.kind == "stance" and c.value == "skeptical"]


_REFUSAL_ASKED: Final = ("NEG", "REFUSE", "IMPOSSIBLE", "POINTLESS")  # a question that holds a refusal or a "not"


def no_to(question: Read, topic: Topic, att: Attribution, r: Read) -> list[Cue]:
    """'Q: Would you go to Moscow to meet Putin? A: No.': a bare "no" rejects the one place the question puts to
    the interviewee (not_moscow, as "Moscow — no"), refuses the land a question of ceding it asks about (Kyiv's
    no_territorial_concessions), or, asked whether a meeting is possible, doubts it; any other question answered
    "no" is left unread."""
    cues = find_cues(question.view, frames(question.view, question.mentions, topic, att.actor), att.actor.home)
    places = {c.value for c in cues if c.kind == "venue" and not c.negated and c.value in vocabulary().places}
    a, b = att.content  # the answer's words, its label or dash aside
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and a <= t.start < b] or [0]
    first, last = words[0], words[-1]
    if not places and (alone := place_asked(question) or trip_asked(question)) is not None:
        places = {alone}
    if len(places) == 1 and vocabulary().seats.get(next(iter(places))) == att.actor.party:
        return []  # (h_dates21) «— Путін приїде до Києва? — Ні.»: a "no" about the other leader coming to one's own
        # capital says he will not come, not that one's side refuses its own capital
    if len(places) == 1 and question.view.has_any(_REFUSAL_ASKED):
        return []  # (review 38) "Would Zelensky refuse to go to Istanbul? — Under no circumstances.": the "no" denies
        # the refusal the question already holds, and no place is refused (nor surely accepted)
    if len(places) == 1:
        return [Cue("venue.place_dash_no", "venue", f"not_{places.pop()}", first, last, a, b, 0.75, False)]
    if question.view.has("CONCEDE") and question.view.has("TERRITORY") \
            and not question.view.has_any(("NEG", "WITHOUT", "RU_FORCES")):
        # (h_u9x, h_prec6) «— Чи можливі територіальні поступки заради зустрічі? — Ні.»: the "no" refuses the land,
        # not the meeting the question names: Kyiv's no_territorial_concessions; from anyone else nothing (no doubt)
        return [Cue("demand.refused_demand", "demand", "no_territorial_concessions", first, last, a, b, 0.7,
                    False)] if att.actor.party == "UA" and not places else []
    if not places and (any(c.rule == "stance.possible" for c in cues) or question.view.has("POSSIBLE")
                       and question.view.has("MEET")):  # ("Чи можлива зустріч ...?": the question's own particle)
        return [Cue("stance.answer_pointless", "stance", "skeptical", first, last, a, b, 0.7, False)]
    return []


# (h_answer) What a reported answer that points back at its question is: a yes or no after a verb of saying or replying
# ("said no", "replied in the negative", «ответил отрицательно», «відповів ствердно»; "his answer was a firm no"), or a
# pronoun and its auxiliary alone ("said he would not", "said he was", "answered that it was").
_REPORTING: Final = ("SAY", "REPLY", "ANSWER_WAS")
_QUESTION_SUBJECT = 3  # tokens into a question its subject may stand ("whether Ukrainian President Zelensky would")
_UNANSWERABLE: Final = ("NEG", "REFUSE", "IMPOSSIBLE", "POINTLESS", "HAPPENED", "PAST_SUMMIT")


def _reported_verb(view: View, i: int) -> bool:
    """The i-th token follows a verb of saying or replying (or "his answer was"), with a "that", marks or the
    speaker's name after it at most ("said no", «ответил, что нет», "antwortete Selenskyj mit Nein")."""
    j = i - 1
    while j >= 0 and (not view.tokens[j].is_word or j in view.silent or any(
            m.first == j for m in view.concepts.get("THAT_CONJ", ()))):
        j -= 1
    return j >= 0 and any(m.last == j for c in _REPORTING for m in view.concepts.get(c, ()))


def _ends_answer(view: View, last: int) -> bool:
    """Nothing but marks follows the i-th token, up to the sentence's end or a question put after the answer ("said
    no when asked whether ...")."""
    asks = {m.first for c in ("QUESTION", "ASK_VERB") for m in view.concepts.get(c, ())}
    for j in range(last + 1, len(view.tokens)):
        if j in asks:
            return True
        if view.tokens[j].is_word:
            return False
    return True


def _polar(view: View, content: tuple[int, int]) -> tuple[bool, int, int] | None:
    """(h_answer) The reported yes or no that ends the speaker's words (`content`, characters): whether it is a yes,
    and its tokens [first, last]."""
    a, b = content
    for concept, yes in (("ANSWERED_YES", True), ("ANSWERED_NO", False)):
        for m in view.concepts.get(concept, ()):
            if a <= m.start and m.end <= b and _reported_verb(view, m.first) and _ends_answer(view, m.last):
                return yes, m.first, m.last
    verbs = {m.first for c in ("ANSWER_VERB", "ANSWER_VERB_NEG") for m in view.concepts.get(c, ())}
    contracted = {m.first for m in view.concepts.get("ANSWER_VERB_NEG", ())}
    for m in view.concepts.get("ANSWER_SUBJECT", ()):
        v = m.last + 1
        if not (a <= m.start and v in verbs and view.tokens[v].end <= b and _reported_verb(view, m.first)):
            continue
        # "would not", "wouldn't" (the negation read whole over the verb or after it)
        last = max((n.last for n in view.concepts.get("NEG", ()) if n.first in (v, v + 1)), default=v)
        if v in contracted and last == v or not _ends_answer(view, last):
            continue  # ("said he wouldn" without its "'t" is no answer)
        return last == v, m.first, last
    return None


def _asked_span(view: View, answer: tuple[int, int]) -> tuple[int, int] | None:
    """The tokens of the reported question a reported answer answers: a question put to the speaker ("asked whether",
    «на вопрос, поедет ли», "when asked if") or one opening the sentence ("Asked on Monday whether ..."), outside the
    answer's words."""
    spans = [(s.start, s.end) for s in question_scopes(view)]
    opening = asked_opening(view)
    if opening is not None:
        spans.append(opening)
    spans = [(x, y) for x, y in spans if y < answer[0] or x > answer[1]]
    return (min(x for x, _ in spans), max(y for _, y in spans)) if spans else None


def _own_quote(r: Read, att: Attribution) -> tuple[str, list[int]] | None:
    """The speaker's one quote in the sentence: its text and its word tokens (none: no quote, several, or not his)."""
    if len(r.sentence.quotes) != 1:
        return None  # ('"No," he said, "but Istanbul, why not"': the other quote says more)
    qa, qb = r.sentence.quotes[0]
    if not (att.content[0] <= qa < att.content[1] or qa <= att.content[0] < qb):
        return None  # the quote is not the speaker's words
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and qa <= t.start < qb]
    return (r.sentence.text[qa:qb], words) if words else None


def _quoted_not_yet(r: Read, att: Attribution) -> tuple[bool, int, int] | None:
    """(h_answer25) The speaker's one quote is a bare "not yet" («Поки що — ні», "Not yet"): a no, and its word tokens
    [first, last] (reported_answer reads it only as the doubt of a meeting asked to be possible)."""
    quoted = _own_quote(r, att)
    if quoted is None or not bare_answer(quoted[0], BARE_NOT_YET):
        return None
    return False, quoted[1][0], quoted[1][-1]


def _quoted_polar(r: Read, att: Attribution, question: View, span: tuple[int, int],
                  cues: Sequence[Cue]) -> tuple[bool, int, int] | None:
    """(h_answer2) The speaker's one quote, a bare yes or no or words restating the question's predicate ("'No,' he
    said", «Не поедет», «"Готовий", — відповів він»): whether it is a yes, and its word tokens [first, last]."""
    quoted = _own_quote(r, att)
    if quoted is None:
        return None
    said, words = quoted
    yes = False if bare_answer(said, BARE_NO) else True if bare_answer(said, BARE_YES) else _predicate_restated(
        r.view, words, question, cues, span)
    return None if yes is None else (yes, words[0], words[-1])


def asked_before(reads: Sequence[Read], n: int) -> tuple[int, int] | None:
    """(h_answer2) The tokens of a question the sentence before the n-th puts to someone and leaves unanswered, in
    its paragraph or the one before ("Peskov was asked whether Putin would go to Istanbul.", «Пескова спросили, поедет
    ли Путин в Стамбул.», «Зеленського запитали, чи поїде він до Москви.»): its answer may be the n-th ("'No,' he
    said.", "He said he would not.", «Он ответил отрицательно»)."""
    if not n or reads[n].sentence.paragraph - reads[n - 1].sentence.paragraph > 1:
        return None
    view = reads[n - 1].view
    if view.tokens and view.tokens[-1].text == "?" or not view.has_any(("QUESTION", "ASK_VERB")):
        return None  # (a direct question is an interview's)
    last = max((i for i, t in enumerate(view.tokens) if t.is_word), default=-1)
    spans = [(s.start, last) for s in question_scopes(view) if not answered_after(view, s.end)]
    return min(spans) if spans else None


_ANSWER_LEAD = 6  # words before an answer that is a sentence of its own ("Peskov, speaking on Monday, said no.")


def _answers_alone(r: Read, polar: tuple[bool, int, int]) -> bool:
    """(h_answer2) The sentence is the answer alone: a few words (its speaker and verb) before the yes or no, and
    after it nothing but its speaker and verb ("He said no.", "'No,' he said.", «Он ответил отрицательно.», «"Ні", —
    відповів Зеленський.»), not a statement of its own."""
    view, (_, first, last) = r.view, polar
    said = {i for c in _SAID_BY for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)} | {
        i for i, t in enumerate(view.tokens) if any(m.start <= t.start < m.end for m in r.mentions)}
    after = [i for i in range(last + 1, len(view.tokens)) if view.tokens[i].is_word]
    return sum(1 for t in view.tokens[:first] if t.is_word) <= _ANSWER_LEAD and len(after) <= _ANSWER_LEAD and all(
        i in said for i in after)


_SAID_BY: Final = ("SAY", "REPLY", "ANSWER_SUBJECT", "SUBJECT_PRONOUN", "PRONOUN")


def _quoted(r: Read) -> tuple[int, int]:
    """The word tokens [first, last] of the sentence's first quote (none: an empty range past the sentence)."""
    if not r.sentence.quotes:
        return len(r.view.tokens), len(r.view.tokens)
    qa, qb = r.sentence.quotes[0]
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and qa <= t.start < qb]
    return (words[0], words[-1]) if words else (len(r.view.tokens), len(r.view.tokens))


def reported_answer(r: Read, att: Attribution, fr: Frames, before: tuple[Read, Frames, tuple[int, int]] | None = None
                    ) -> Callable[[list[Cue]], list[Cue]] | None:
    """(h_answer) A reported question and the bare answer told of it in one sentence: "Asked whether he would go to
    Moscow, Zelensky said he would not" (not_moscow), "Asked whether he was ready to meet Putin in Istanbul, he said he
    was" (willing, istanbul), «На вопрос, поедет ли он в Москву, Зеленский ответил отрицательно», «відповів
    ствердно», "replied in the negative", "his answer was a firm no". The question's content, its polarity flipped by
    a no, is the speaker's statement, read as yes_to and no_to read an interview's bare answer; nothing when the
    question asks of another party's leader ("whether Zelensky would come"), holds a negation (a yes to "would he not
    go?" says either), or names no meeting. (h_answer2) `before`: the sentence before puts the question
    (`asked_before`, its frames), and this one answers it alone ("Peskov was asked whether Putin would go to
    Istanbul. 'No,' he said."); a quoted answer restating the question's predicate answers too («Не поедет»)."""
    view = r.view
    if before is None and not view.has_any(QUESTION_OPENERS):
        return None  # no question in the sentence (`_asked_span` would find none): the common case, decided first
    polar = _polar(view, att.content)
    if before is not None:
        question, qfr, mentions = before[0].view, before[1], before[0].mentions
        span: tuple[int, int] | None = before[2]
    else:
        question, qfr, mentions = view, fr, r.mentions
        span = _asked_span(view, (polar[1], polar[2])) if polar is not None else _asked_span(view, _quoted(r))
    if span is None:
        return None
    qa, qb = span
    inside = [m for c in ("MEET", "COME", *_VENUE_WORDS) for m in question.concepts.get(c, ()) if qa <= m.first <= qb]
    if not inside or any(qa <= m.first <= qb for c in _UNANSWERABLE for m in question.concepts.get(c, ())):
        return None
    venue_only = not any(m.concept in ("MEET", "COME") for m in inside)
    if (venue_only or _venue_put(question, span, att.actor.party)) and _other_occasion(question, span, mentions):
        return None  # (review, session 40) a venue asked of the delegations' talks, a swap, another summit
    opens = question.tokens[min(qa + _QUESTION_SUBJECT, qb)].end  # the question's subject opens it
    if any(m.actor is not None and m.actor.party not in (att.actor.party, "none") and is_subject(question, m)
           and question.tokens[qa].start <= m.start < opens and not _place_put(question, span, m)
           for m in mentions) or other_summit(question, mentions):
        return None
    asked = [c for c in find_cues(question, qfr, att.actor.home, asked=span)
             if qa <= c.first and c.last <= qb and c.op == "assert" and not c.negated and not c.refused]
    pending = False  # (h_answer25) the answer is a bare "not yet"
    if polar is None:
        polar = _quoted_polar(r, att, question, span, asked)
    if polar is None:
        polar = _quoted_not_yet(r, att)
        pending = polar is not None
    if polar is None or before is not None and not _answers_alone(r, polar):
        return None
    yes, first, last = polar
    inside_meet = any(m.concept == "MEET" for m in inside)
    possible = any(qa <= m.first <= qb for m in question.concepts.get("POSSIBLE", ()))
    start, end = view.tokens[first].start, view.tokens[last].end

    def at_answer(c: Cue, rule: str | None = None, value: str | None = None) -> Cue:
        return c._replace(rule=rule or c.rule, value=value or c.value, first=first, last=last, start=start, end=end)

    places = {c.value for c in asked if c.kind == "venue" and c.value in vocabulary().places}
    if not yes and not places:
        places = _venue_put(question, span, att.actor.party)
    willing = [c for c in asked if c.kind == "stance" and c.value == "willing"]
    if yes:
        out = [at_answer(c) for c in asked if c.kind in ("venue", "format", "prerequisite")]
        out += [at_answer(willing[0])] if willing else [
            Cue("stance.answer_affirm", "stance", "willing", first, last, start, end, 0.65, False)] if inside_meet \
            else []
    elif pending and (places or not (possible and inside_meet)):
        return None  # (h_answer25) "not yet" doubts a meeting asked to be possible; a place or a readiness it leaves
    elif len(places) == 1:
        out = [Cue("venue.place_dash_no", "venue", f"not_{places.pop()}", first, last, start, end, 0.75, False)]
    elif possible and inside_meet:  # a meeting asked to be possible, answered no: doubted (no_to)
        out = [Cue("stance.answer_pointless", "stance", "skeptical", first, last, start, end, 0.7, False)]
    elif willing:  # "whether he was ready to meet Putin": the readiness denied
        out = [at_answer(willing[0], "stance.answer_excluded", "refuses")._replace(confidence=0.7)]
    else:
        return None

    def answer(found: list[Cue]) -> list[Cue]:
        kept = [c for c in found if not (first <= c.first <= last and c.kind == "stance")]
        return kept + [c for c in out if not any((k.kind, k.value) == (c.kind, c.value) for k in kept)]
    return answer


_VENUE_WORDS: Final = ("VENUE_NOUN", "POSSIBLE_VENUE")  # a question of a venue asks of the meeting's place


def _place_put(question: View, span: tuple[int, int], m: Mention) -> bool:
    """(h_refuse40) The mention is a capital put as the venue the question asks of ("whether Kyiv could be a
    venue"): a place, not its government, asked of (the question has a word of venue)."""
    qa, qb = span
    return any(qa <= c.first <= qb for w in _VENUE_WORDS for c in question.concepts.get(w, ())) and any(
        question.tokens[p.first].start <= m.start < question.tokens[p.last].end for p in question.places)


_OTHER_OCCASION: Final = ("TALKS", "DELEGATION", "LOWER_TALKS")  # talks the leaders' meeting is not


def _other_occasion(question: View, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """(review, session 40) The venue the question asks of is another occasion's, not the leaders' meeting: talks or
    delegations with neither leader named nor a meeting word ("whether Istanbul remained the venue for the next round
    of talks between the delegations", «площадкой для переговоров делегаций», "for talks on a prisoner exchange"), or a
    summit with a third head of state (or the US) named in the question and not both leaders ("the venue for a
    Putin-Trump summit")."""
    qa, qb = span
    a, b = question.tokens[qa].start, question.tokens[qb].end
    named = [m for m in mentions if m.actor is not None and a <= m.start < b]
    parties = {m.actor.party for m in named if m.actor is not None and m.actor.role == "leader"}
    both = parties >= {"RU", "UA"} or any(qa <= m.first <= qb for m in question.concepts.get("LEADERS_PAIR", ()))
    third = any(m.actor is not None and m.actor.role in ("leader", "head") and m.actor.party not in ("RU", "UA")
                for m in named) or any(qa <= m.first <= qb for m in question.concepts.get("US_REF", ()))
    if third and not both and not question.has("TRILATERAL"):
        return True  # ("a Putin-Trump summit": the US president, named in a compound, is no mention)
    leaders = bool(parties) or both
    meet = any(qa <= m.first <= qb for m in question.concepts.get("MEET", ()))
    return not leaders and not meet and any(
        qa <= m.first <= qb for c in _OTHER_OCCASION for m in question.concepts.get(c, ()))


def _venue_put(question: View, span: tuple[int, int], party: str) -> set[str]:
    """(h_refuse40) The one place a reported question puts as the meeting's venue, where no rule reads it there
    ("was asked whether Kyiv could be a venue", «спросили, может ли Киев стать площадкой»: the other side's capital,
    which names no proposal of its own): answered no, it is refused. Not the answerer's own capital or country, and
    only with a word of venue in the question."""
    qa, qb = span
    if not any(qa <= m.first <= qb for c in _VENUE_WORDS for m in question.concepts.get(c, ())):
        return set()
    vocab = vocabulary()
    named = {p.concept for p in question.places if qa <= p.first <= qb and p.concept in vocab.places}
    if len(named) != 1:
        return set()
    place = next(iter(named))
    return set() if party in (vocab.seats.get(place), vocab.seats.get(vocab.within.get(place, ""))) or any(
        vocab.within.get(seat) == place and owner == party for seat, owner in vocab.seats.items()) else named


_RESTATED_WORDS = 6  # the words after a yes or no that may restate the question ("No, I would not go there")
_STEM = 4  # letters two inflected forms share to be one word («поедете» / «поеду», «готовы» / «готов»)
_ANSWER_MARKS = frozenset({",", "—", "–", "-"})
_ANSWER_TAIL = ("ANSWER_SUBJECT", "ANSWER_VERB", "ANSWER_VERB_NEG", "NEG")


def _restates(word: str, asked: Sequence[str]) -> bool:
    """A word of the answer is one of the question's, as written or inflected (a shared stem of _STEM letters)."""
    return word in asked or len(word) >= _STEM and any(len(q) >= _STEM and q[:_STEM] == word[:_STEM] for q in asked)


def restating(r: Read, question: Read, content: tuple[int, int]) -> bool | None:
    """(h_answer) An interview's yes or no, a comma or a dash after it, then only the question's own words: its
    pronoun and verb, its place, its negation ("Q: Would you meet him in Istanbul? A: Yes, in Istanbul", "No, I
    would not", «— Вы поедете в Москву? — Нет, не поеду», «— Чи готові ви? — Так, готовий»): True a yes, False a no,
    None anything else (a word the question did not put, "Yes, but in Geneva", is an answer of its own; a yes with a
    negation, or a no without one, says either)."""
    view, (a, b) = r.view, content
    toks = [t for t in view.tokens if a <= t.start < b]
    if toks and toks[0].text in "([":  # (h_answer27) "[Crosstalk] No - not Moscow.": a stage direction before it
        close = next((i for i, t in enumerate(toks) if t.text in ")]"), None)
        toks = toks[close + 1:] if close is not None else toks
    texts = [t.text for t in toks]
    asked = [t.text for t in question.view.tokens if t.is_word]
    places = {p.concept for p in question.view.places}
    kept = {i for c in _ANSWER_TAIL for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    kept |= {i for p in view.places if p.concept in places for i in range(p.first, p.last + 1)}
    offset = view.tokens.index(toks[0]) if toks else 0
    for phrases, yes in ((BARE_YES, True), (BARE_NO, False)):
        for p in phrases:
            n = len(p)
            if tuple(texts[:n]) != p or len(texts) <= n + 1 or texts[n] not in _ANSWER_MARKS:
                continue
            tail = [offset + i for i in range(n + 1, len(toks)) if toks[i].is_word]
            if not tail or len(tail) > _RESTATED_WORDS or any(
                    i not in kept and not _restates(view.tokens[i].text, asked) for i in tail):
                continue
            negated = any(m.first in tail for m in view.concepts.get("NEG", ()))
            return yes if negated != yes else None
    return None


# (h_answer2) the words a restated answer repeats of the question as its predicate: readiness, meeting, going there,
# its possibility, agreeing to it, wanting it («Готов», «Не поїду», «Встретимся», "Possible"; not "Not now")
_PREDICATES: Final = ("READY", "MEET", "COME", "POSSIBLE", "AGREE", "WANT")


def _predicate_tokens(view: View) -> set[int]:
    """The tokens of a sentence that carry a predicate of the meeting (_PREDICATES)."""
    return {i for c in _PREDICATES for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}


_ANSWER_PRONOUN: Final = ("ANSWER_SUBJECT",)
_WHEN_ANSWERED: Final = ("TIME_WORD", "NOW_OPENER", "YET", "POINTLESS", "IN_TIME", "TIME_DETERMINER")
_ANSWER_AUX: Final = ("ANSWER_VERB", "ANSWER_VERB_NEG")


def _predicate_restated(view: View, words: Sequence[int], question: View, cues: Sequence[Cue],
                        span: tuple[int, int] | None = None) -> bool | None:
    """(h_answer2) The answer's words `words` (token indices of `view`) restate the question's predicate and nothing
    else: the question's own verb or adjective, inflected or not, a word of one of the question's readings (not its
    place), or a pronoun and its auxiliary ("I will not", "We are"), with a negation, a yes or no of its polarity
    ("I would, yes"), the question's place and its pronouns at most («— Готов.», «— Не поїду.», "A: I would not."):
    True a yes, False a no (a negation in it), None anything else (a word the question did not put is an answer of
    its own; "Not now" restates no predicate).
    `span`: the question's tokens in `question` (a reported one), else all of it."""
    if not words or len(words) > _RESTATED_WORDS:
        return None
    qa, qb = span or (0, len(question.tokens) - 1)
    spans = [(c.first, c.last) for c in cues if c.op == "assert"]
    predicates, asked_predicates = _predicate_tokens(view), _predicate_tokens(question)
    asked = [t.text for i, t in enumerate(question.tokens) if t.is_word and qa <= i <= qb
             and i in asked_predicates and any(a <= i <= b for a, b in spans)]
    plain = {t.text for t in question.tokens[qa:qb + 1] if t.is_word}
    neg = {i for m in view.concepts.get("NEG", ()) for i in range(m.first, m.last + 1)}
    pronoun = {m.first for c in _ANSWER_PRONOUN for m in view.concepts.get(c, ())}
    aux = {m.first for c in _ANSWER_AUX for m in view.concepts.get(c, ())}
    places = {p.concept for p in question.places if qa <= p.first <= qb}
    yes, no = ({i for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
               for c in ("ANSWER_YES", "ANSWER_NO"))
    said = {m.first for m in view.concepts.get("SAY", ()) if m.first == m.last}  # "He said he was" (he has said so)
    kept = neg | pronoun | yes | no | said | {i for p in view.places if p.concept in places
                                              for i in range(p.first, p.last + 1)}
    timed = {i for c in _WHEN_ANSWERED for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    predicate = False
    for i in words:
        text = view.tokens[i].text
        if i in aux and i - 1 in pronoun or i in predicates and _restates(text, asked):
            predicate = True
        elif i not in kept and (text not in plain or i in timed):
            return None  # (a word of its own; "Not this year", «Не сейчас»: when, not whether)
    negated = any(i in neg or i in no for i in words)
    if not predicate or negated and any(i in yes for i in words):
        return None  # ("I would, yes"; "I would not, no"; a yes with a negation says either)
    return not negated


def restated_answer(question: Read, topic: Topic, att: Attribution, r: Read) -> list[Cue]:
    """(h_answer2) An interview's answer that restates the question's predicate with no yes or no before it: «—
    Готовы ли вы встретиться с Зеленским в Стамбуле? — Готов.» (its readiness and place taken, as a "yes"), «— Чи
    поїдете ви до Москви? — Не поїду.», "Q: Will you go to Moscow? A: I will not." (its one place refused, as a "no");
    a readiness or a meeting asked and restated with a negation, no place put, is refused («— Вы готовы встретиться с
    Зеленским? — Не готов.»: what "not ready to meet" says). Nothing for a question that asks where, when or who."""
    if question.view.has_any(("WHERE_WORD", "WH_WORD")):
        return []
    cues = find_cues(question.view, frames(question.view, question.mentions, topic, att.actor), att.actor.home)
    a, b = att.content
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and a <= t.start < b]
    said = _predicate_restated(r.view, words, question.view, cues)
    if said is None or any(m.actor is not None and m.actor.party not in (att.actor.party, "none")
                           and is_subject(question.view, m) for m in question.mentions):
        return []  # ("Will Putin come to Kyiv? ZELENSKY: He will not": his forecast of another party's act)
    if said:
        return yes_to(question, topic, att, r, affirmed=True)
    out = no_to(question, topic, att, r)
    willing = [c for c in cues if c.kind == "stance" and c.value == "willing" and c.op == "assert" and not c.negated]
    if out or not willing or question.view.has_any(_UNANSWERABLE):
        return out
    return [Cue("stance.answer_excluded", "stance", "refuses", words[0], words[-1], a, b, 0.7, False)]


def doubted_answer(question: Read, topic: Topic, att: Attribution, r: Read) -> list[Cue]:
    """(h_u15a) An interview's answer to a question of the party's readiness that opens with a doubt, "Q: Would
    President Putin agree to meet Mr Zelensky now? DMITRIEV: Not now, no.", "A: Too early.": the answer points back at
    the meeting asked about and doubts it (as "it is premature" does after "asked whether ..."); not a mediator's, nor
    where the question asks where, when or who, or only whether a meeting is planned ("Is such a meeting planned? A:
    Nothing is scheduled" tells a fact), nor of another party's leader ("Will Putin come? ZELENSKY: Not now")."""
    if att.actor.party == "MEDIATOR" or question.view.has_any(("WHERE_WORD", "WH_WORD")):
        return []
    cues = find_cues(question.view, frames(question.view, question.mentions, topic, att.actor), att.actor.home)
    if not any(c.kind == "stance" and c.value == "willing" and c.op == "assert" and not c.negated for c in cues):
        return []
    a, b = att.content
    words = [i for i, t in enumerate(r.view.tokens) if t.is_word and a <= t.start < b]
    if not words or not any(m.first == words[0] for m in r.view.concepts.get("POINTLESS", ())):
        return []
    if any(m.actor is not None and m.actor.party not in (att.actor.party, "none") and is_subject(question.view, m)
           for m in question.mentions):
        return []
    return [Cue("stance.answer_pointless", "stance", "skeptical", words[0], words[-1], a, b, 0.7, False)]


def trip_asked(question: Read) -> str | None:
    """(h_answer) The one venue a question asks the interviewee to travel to, in a story about the meeting: «— Чи
    поїдете ви до Москви? — Ні.», "Will you go to Moscow?" (not a trip to another event: "Will Putin come to the G20
    in Bali?", nor to land)."""
    view = question.view
    if not view.has("COME") or view.has_any(("OTHER_EVENT", "TERRITORY", "CONCEDE")):
        return None
    places = {p.concept for p in view.places if p.concept in vocabulary().places}
    return places.pop() if len(places) == 1 else None
