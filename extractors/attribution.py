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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final, NamedTuple

from extractors.actors import Actor, Mention
from extractors.analysis import (
    AND_WORDS,
    AS_WORDS,
    GENITIVES_OF,
    SUBORDINATING,
    View,
    fronted_opening,
    names_place,
    place_verdicts,
    set_in_relatives,
)
from extractors.dates import calendar_words
from extractors.lexicon import QUOTE_MARKS, ConceptMatch, Token, concept_phrases, concept_words, lemma, word_endings
from extractors.polarity import ASKS_IF, question_scopes

# Confidence factors of each way of attributing (multiplied with the rule's).
HOW_CONFIDENCE = {
    "colon": 1.0, "quote": 1.0, "according": 1.0, "verb": 1.0, "inverted": 1.0, "agent": 1.0, "continuation": 0.9,
    "subject": 0.85, "document": 0.9, "joint": 0.8,
    "after": 0.9,  # a quote whose speaker the next sentence names ("«...». Так ответил Зеленский")
    "dropped": 0.9,  # a verb with its subject pronoun dropped: the person last spoken of ("Добавил, что ...")
    # an item of a list under a heading naming a party's terms ("What Moscow wants"): the reporter's summary of a
    # position stated some time before, undated: stored, never alerted alone (below reading.min_confidence)
    "heading": 0.7,
    # h_lists: an item of the list a speaker's lead-in announces ("The Ukrainian side proposed:¶- ..."): his words
    # as the reporter lists them, told as a sentence that goes on from his ("continuation")
    "item": 0.9,
    # h_rel: another party's answer to an offer in a relative clause of the offer's sentence ("Moscow proposed
    # Minsk, which Kyiv rejected"): the reporter's summary of that party's reaction, as "subject"
    "relative": 0.85,
    # h_rel23: the holder an aside names in a relative clause set into a meeting's phrase ("a meeting, which Kyiv says
    # is possible only after a ceasefire, is not on the agenda"): the reporter's summary of that party's view
    "holder": 0.85,
    # h_attr11: the words after a colon that a noun of what was said, with its possessor, opens ("Zelensky's reply
    # was short: ...", «Позиция Москвы неизменна: ...»): the reporter's account of them, quoted or not
    "possessed": 0.9,
    # h_romance19: an offer told in a noun phrase that opens the sentence ("After the Pope's offer to host ..."): the
    # reporter's summary of the owner's offer, as "subject"
    "offer": 0.85,
}
_SUBJECT_WORDS = 7  # a speaker stands at most this many words before the speech verb
_LEAD_WORDS = 6  # a reporter's summary opens with its subject within this many words
_RELATIVE_WORDS = 12  # a relative clause between the speaker and the verb may add this many words
# Russian/Ukrainian endings that mark a name as an object, never the subject ("с Путиным", "Зеленського"; a
# country in -ия/-ія out of the nominative: "лидеров России, Франции", "Франції").
_OBLIQUE = word_endings("OBLIQUE")
_OBJECT_LANGS = frozenset({"ru", "uk"})
# Endings of men's surnames in the nominative only (their other cases add a vowel: Пескова, Лаврову).
_NOMINATIVE_SURNAME = word_endings("NOMINATIVE_SURNAME")


class Attribution(NamedTuple):
    """Who speaks in a sentence and which characters are theirs (a named tuple: built in C, where a frozen
    dataclass's `__init__` runs interpreted even in the compiled build)."""

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
    seen: list[Actor] = field(default_factory=list)  # people named so far, in order
    offers: list[tuple[str, str, int]] = field(default_factory=list)  # venue offers read: party, place, where
    previous_start: int = 0  # where the sentence before the current one starts
    prerequisites: list[tuple[str, str, int]] = field(default_factory=list)  # preconditions read: party, value, where
    last_paragraph: int = -1
    dates: dict[str, date] = field(default_factory=dict)
    story_date: date | None = None  # the last date the article gave: "two days later" counts from it
    news_day: date | None = None  # the first date its lead gave: the day the story is about
    news_from_speaker: bool = False  # h_newsday: the news day is a speaker's day in the lead (a later day moves it)
    lead_days: dict[str, date] = field(default_factory=dict)  # h_date12: each party's day its words in the lead got
    section: date | None = None  # the earlier time a section heading turned the story to ("Istanbul, March 2022.")
    entry_day: date | None = None  # the day a live blog's last dated entry stamp named ("30 марта, 11:20.")
    # h_dates20: a reply's day a sentence of no speaker names ("Kyiv's reply came on Thursday."): where that sentence
    # ends, the day
    reply_day: tuple[int, date] | None = None
    dated_here: bool = False  # whether the last statement's own sentence gave its date (not the story's default)
    # h_dates24: the sentence is an interviewee's words in a transcript's turn: a day they name is one they tell of
    # ("he said it again in Washington on Monday"); the turn was spoken on the talk's day
    in_turn: bool = False
    unplaced: Actor | None = None  # the speaker of no party (an analyst) the sentence just read gave its words to
    before_sentence: int = 0  # h_role3: how many of `seen` were named before the sentence being read
    # (review 38) where the sentence being read names a body by an acronym no actor is ("NATO", "the UN", «ООН»)
    bodies: tuple[int, ...] = ()
    # (h_venue21) the one leader or head the headline names: "the president" of a body that has named no one yet
    # («Зеленський про «запрошення» до Москви» over «Президент ... відповів на слова Путіна»)
    headline: Actor | None = None

    def topic(self, actor: Actor) -> None:
        if actor.kind == "person":
            self.last_person = actor


def attribute(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
              paragraph: int) -> list[Attribution]:
    """The speakers of a sentence and their spans, in order; empty when it attributes nothing to a party.

    Usually one; "Macron announced that ..., and Zelensky repeated that he was ready" has two.
    """
    says, asked_end = _speaking_verbs(view, mentions, quotes)  # asked by `_unnamed_says` and `_verbs`: found once
    sourced = _sourced_opening(view, mentions, quotes) or _unnamed_says(view, mentions, says)
    single = _colon(view, mentions, memory) or _possessed_colon(view, mentions, quotes, memory) or (
        None if sourced else _according(view, mentions, quotes, memory)) or (
        _verb_final(view, mentions, quotes, memory) if view.lang in _VERB_FINAL else None)
    found = [single] if single else _verbs(view, mentions, quotes, memory, says, asked_end)
    if single is not None and _according_set_in(view, single):
        around = _verbs(view, mentions, quotes, memory, says, asked_end)
        if around and not any(_in_set_in(view, a.content[0]) for a in around):
            found = around  # (h_rel23) the speaker around the clause; its holder's own is `_relative_holder`'s
    if sourced and not found:
        return []  # "According to sources, the Kremlin may propose Minsk": the sources' account, nobody's summary
    if not found:
        decree = _decree(view, mentions)
        found = [decree] if decree else []
    if not found:
        more = _continuation(view, mentions, quotes, memory, paragraph) or _quote_bare_verb(
            view, mentions, quotes, memory) or _source_pronoun(view, mentions, quotes, memory, paragraph) or _subject(
            view, mentions, quotes, memory)
        found = [more] if more else []
    found = _with_offer(found, _offer_owner(view, mentions, quotes, memory))
    found = _time_clause_apart(view, mentions, memory, found)
    raw = found
    found = _relative_answer(view, mentions, quotes, memory, _with_answered(view, mentions, memory, found))
    found = _relative_holder(view, mentions, memory, found)
    kept = [a for a in found if a.actor.party != "none" and not _asked_by_reporter(view, mentions, a.actor)]
    # h_pass: a speaker of no party ('"...," said Tatiana Stanovaya, a political analyst') is who "she" is next
    memory.unplaced = None if kept else next((a.actor for a in raw if a.actor.party == "none"), None)
    return kept


_OFFER_OPENS = 4  # words at most before a noun of offering that opens the sentence ("Dopo l'", "After the Pope's")
_OFFER_HOST_WORDS = 10  # words at most from the offer's owner to its verb of hosting ("..., im Vatikan ein Treffen
# zwischen Putin und Selenskyj auszurichten")


def _offer_owner(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                 memory: Memory) -> Attribution | None:
    """(h_romance19) 'After the Pope's offer to host a meeting in the Vatican, Moscow ...', «Dopo l'offerta di Papa
    Leone XIV di ospitare in Vaticano un incontro, ...», «Après l'offre du pape d'accueillir ...»: a noun of offering
    that opens the sentence, its owner named beside it, and a verb of hosting after the owner: the offer's words, to
    the comma that closes them, are the owner's offer as the reporter tells it (no verb of saying between)."""
    toks = view.tokens
    for o in view.concepts.get("OFFER_OWNED", ()):
        if sum(1 for i in range(o.first) if toks[i].is_word) > _OFFER_OPENS or _in(quotes, toks[o.first].start):
            continue
        owner = _offer_possessor(view, mentions, o)
        if owner is None:
            continue
        after = max(o.last, _token_at(view, owner.start) or o.last)
        host = next((h for h in view.concepts.get("HOST", ()) if h.last > after
                     and view.words_between(after, h.first) <= _OFFER_HOST_WORDS), None)
        if host is None or any(o.last < v.first < host.first for v in view.concepts.get("SAY", ())):
            continue
        actor = _resolve(owner, memory)
        if actor is None:
            continue
        comma = view.text.find(",", toks[host.last].end)
        return Attribution(actor, (toks[o.first].start, comma if comma >= 0 else len(view.text)), False, "offer")
    return None


def _offer_possessor(view: View, mentions: list[Mention], o: ConceptMatch) -> Mention | None:
    """Whose the offer is: a name with its possessive mark right before the noun ("the Pope's offer"), or the first
    name after it with nothing but a word of "of" between («l'offerta di Papa Leone», «propozycja papieża»)."""
    noun = view.tokens[o.first]
    before = next((m for m in reversed(mentions) if m.end <= noun.start), None)
    if before is not None and view.text[before.end : noun.start].strip() in _POSSESSIVE_MARKS:
        return before
    end = view.tokens[o.last].end
    after = next((m for m in mentions if m.start >= end), None)
    if after is None:
        return None
    between = view.text[end : after.start].lower().split()
    return after if all(w.strip("'’") in _OF_WORDS for w in between) else None


def _with_offer(found: list[Attribution], offer: Attribution | None) -> list[Attribution]:
    """The sentence's speakers with an offer's owner beside them, where the offer lies outside their words (an offer
    inside them is what they speak of: "The Kremlin rejected Erdogan's offer to host ...")."""
    if offer is None or any(a.content[0] < offer.content[1] and offer.content[0] < a.content[1] for a in found):
        return found
    return sorted([*found, offer], key=lambda a: a.content[0])


def _time_clause_apart(view: View, mentions: list[Mention], memory: Memory,
                       found: list[Attribution]) -> list[Attribution]:
    """(h_u18rest) 'After Russia declared the annexation, Zelensky signed a decision that talks with Putin were
    impossible', «После того как Россия объявила об аннексии, Зеленский ввёл в действие решение ...»: a speaker
    inside a clause of time that opens the sentence speaks up to its comma; a main clause after it that opens with
    a name and has no verb of saying is the reporter's summary of that name's party, not the opening speaker's
    words ('After Putin said ..., Zelensky replied that ...' has its own verb and its own speaker already)."""
    if len(found) != 1 or not view.has("SAY"):
        return found
    toks = view.tokens
    first = found[0]
    words = [t.text for t in toks[:5] if t.is_word and t.start < first.content[0]]
    if not any(w in _OPENING_TIME for w in words[:4]):
        return found
    # the comma a name follows closes the clause of time («Когда Путин заявил, что ..., Зеленский ...»; in German
    # the main clause's verb comes first: "Nachdem Russland ... erklärt hatte, setzte Selenskyj ...")
    gap = 1 if view.lang == "de" else 0
    opened = ((t, m) for t in toks if t.text == "," and first.content[0] <= t.start < first.content[1]
              for m in mentions if m.actor is not None and m.start >= t.end
              and len(view.text[t.end : m.start].split()) <= gap)
    comma, m = next(opened, (None, None))
    if comma is None or m is None or any(toks[v.first].start > comma.start for v in view.concepts["SAY"]):
        return found
    actor = _resolve(m, memory)
    if actor is None or actor is first.actor or not is_subject(view, m):
        return found
    return [Attribution(first.actor, (first.content[0], comma.start), first.direct, first.how),
            Attribution(actor, (m.start, first.content[1]), False, "subject")]


def _asked_by_reporter(view: View, mentions: list[Mention], actor: Actor) -> bool:
    """'"Are you ready to meet Putin?" a reporter asked Zelensky', «— спросил журналист Зеленского», 'Журналист
    спросил Пескова, готов ли Путин ...': the speaker found is the one a reporter (NONPARTY) put the question to, named
    right after the verb of asking, and named nowhere else: the words are the question, nobody's answer (h_gen)."""
    asks = view.concepts.get("ASK_VERB", ())
    if not asks:
        return False
    nonparty = [n.first for n in view.concepts.get("NONPARTY", ())]
    toks = view.tokens
    own = [m for m in mentions if m.actor is not None and m.actor.name == actor.name]
    if not own:
        return False
    for m in own:
        before = view.token_through(m.start)
        i = 0 if before is None else before + 1
        asked = False
        for v in asks:
            if not (v.last < i <= v.last + 3) or not all(toks[j].is_word for j in range(v.last + 1, i)):
                continue
            lo = max(0, v.first - 3)
            if any(lo <= n < i and n != v.first and all(toks[j].is_word for j in range(min(n, v.first),
                                                                                     max(n, v.first)))
                   for n in nonparty):
                asked = True
        if not asked:
            return False  # named as someone who speaks as well
    return True


# h_rel: the words that may stand between the answering party and its verb ("has", "promptly", «сразу») and the
# first word of what may follow the verb ("as a non-starter", "within hours"): an auxiliary, an adverb, a time
_REL_ADVERB = concept_words("REL_ADVERB")
# ", as Kyiv wants," (h_attr6): a reporter's clause of who wants what, owning the words before it
_AS_CLAUSE = re.compile(rf",\s+(?:{'|'.join(sorted(concept_words('AS_CLAUSE'), key=len, reverse=True))})\s+$", re.I)
_REL_GAP = 3


def _relative_answer(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
                     found: list[Attribution]) -> list[Attribution]:
    """"The Kremlin proposed Moscow as the venue, which Kyiv promptly rejected", ", an idea Kyiv dismissed",
    «..., от чего в Киеве отказались», «..., на що Київ погодився»: an offer, then, after a comma, a relative or
    appositive clause (REL_OPENER) whose subject is a party and whose verb refuses or accepts it, and nothing
    before or after the verb but an adverb or a time (REL_ADVERB: the relative word is the verb's object). The
    clause becomes an attribution of its own, the party's ("relative"); the speakers before it speak up to its
    comma (the reporter's summary, "subject", when none does: "Peskov named Minsk as a venue, an offer Kyiv
    rejected"). Not a clause reported after a verb of saying («заявил, что Киев отверг»), nor one with a verb of
    another kind ("which Kyiv hopes", "which Kyiv had visited in 2022") or a negation ("which Kyiv did not
    reject")."""
    if not view.has("REL_OPENER"):
        return found
    toks = view.tokens
    says = {s.last for s in view.concepts.get("SAY", ())}
    for opener in view.concepts["REL_OPENER"]:
        i = opener.first
        if i < 2 or toks[i - 1].text not in _REL_MARKS or i - 2 in says or _in(quotes, opener.start):
            continue
        comma = toks[i - 1].start
        k = opener.last + 1
        while k < len(toks) and toks[k].text in IN_INSTITUTION:
            k += 1  # «в Киеве», «в ОП»: the institution that answers
        m = next((o for o in mentions if o.actor is not None and _token_at(view, o.start) == k), None)
        if m is None:
            continue
        actor = _resolve(m, memory)
        end = next((t.start for t in toks[k:] if t.text in _REL_END), len(view.text))
        if actor is None or actor.party == "none" or _answer_verb(view, m.end, end) is None:
            continue
        before = [a if a.content[1] <= comma else Attribution(a.actor, (a.content[0], comma), a.direct, a.how)
                  for a in found if a.actor is not actor and a.content[0] < comma]
        if not before:
            summary = _subject(view, mentions, quotes, memory)
            before = [] if summary is None or summary.actor is actor else [
                Attribution(summary.actor, (summary.content[0], comma), False, summary.how)]
        if not before or before[-1].actor.party == actor.party:
            continue
        return [*before, Attribution(actor, (m.start, end), False, "relative")]
    return found


def _relative_holder(view: View, mentions: list[Mention], memory: Memory,
                     found: list[Attribution]) -> list[Attribution]:
    """(h_rel23) "a meeting, which Kyiv says is possible only after a ceasefire, is not on the agenda", «встреча,
    которая, по мнению Киева, возможна лишь после ...», «зустріч, яку в Києві вважають можливою лише після ...»: a
    relative clause set into a meeting's phrase (analysis.set_in_relatives) that names its holder at its start, by
    a verb of saying or thinking or an "according to", is the holder's view, an attribution of its own; the
    speaker whose words hold it keeps those before and after it. Only a holder of another party than that speaker
    (the same party's view is theirs already). Only the first such clause with another party's holder is split off:
    the function returns after it."""
    for first, last in set_in_relatives(view):
        m = _clause_holder(view, mentions, first, last)
        actor = None if m is None else _resolve(m, memory)
        if actor is None or actor.party == "none":
            continue
        start, end = view.tokens[first].start, view.tokens[last].end
        around = [a for a in found if a.content[0] < start and end <= a.content[1]]
        if not around or any(a.actor.party == actor.party for a in around):
            continue
        out: list[Attribution] = []
        for a in found:
            out += [a] if a not in around else [a._replace(content=(a.content[0], start)),
                                               Attribution(actor, (start, end), False, "holder"),
                                               a._replace(content=(end, a.content[1]))]
        return out
    return found


def _according_set_in(view: View, att: Attribution) -> bool:
    """(h_rel23) The sentence's "according to" stands only inside a relative clause set into a meeting's phrase
    («Песков сказал, что встреча, которая, по мнению Киева, возможна лишь после ...»): the clause's holder, not the
    sentence's speaker, whom a verb of saying names if any does (`_relative_holder` then gives the clause its own)."""
    if att.how != "according":
        return False
    spans = set_in_relatives(view)
    return bool(spans) and all(any(a <= acc.first <= b for a, b in spans) for acc in view.concepts.get("ACCORDING", ()))


def _in_set_in(view: View, char: int) -> bool:
    """Whether a character lies in a relative clause set into a meeting's phrase ("une rencontre entre Poutine et
    Zelensky, qui selon Moscou ...": the words after the leader's name are no words of his)."""
    toks = view.tokens
    return any(toks[a].start <= char <= toks[b].end for a, b in set_in_relatives(view))


def _clause_holder(view: View, mentions: list[Mention], first: int, last: int) -> Mention | None:
    """The party named right after a relative clause's word (past commas, "in" of an institution and an "according
    to") as the clause's holder: after an "according to" («по мнению Киева»), or before a verb of saying or
    thinking ("which Kyiv says", «яку в Києві вважають»)."""
    toks = view.tokens
    according = {i for c in view.concepts.get("ACCORDING", ()) for i in range(c.first, c.last + 1)}
    opener = {i for c in view.concepts.get("REL_SET_IN", ()) if c.first == first for i in range(c.first, c.last + 1)}
    k = first
    while k <= last and (k in opener or toks[k].text == "," or toks[k].text in IN_INSTITUTION or k in according):
        k += 1
    m = next((o for o in mentions if o.actor is not None and _token_at(view, o.start) == k), None)
    if m is None:
        return None
    end = view.token_through(m.end)
    verbs = {v.first for c in _HOLDER_VERBS for v in view.concepts.get(c, ())}
    if k - 1 in according or (end is not None and any(end < v <= end + _HOLDER_REACH for v in verbs)):
        return m
    return None


_HOLDER_VERBS: Final = ("SAY", "THINK")
_HOLDER_REACH: Final = 2  # tokens between the holder's name and its verb ("which Kyiv still says")


_REL_END = frozenset({",", ";", ".", "!", "?"})  # the marks that close a relative clause
_REL_MARKS = frozenset({",", "—", "–", "-"})  # and those that open it («..., — приглашение, которое Киев отверг»)


def answer(view: View, start: int, end: int) -> bool | None:
    """The answer a relative clause's party gives between the characters start and end (its name's end and the
    clause's): True it accepts (REL_ACCEPT), False it refuses (REFUSE, REL_REFUSE), None neither, not alone (a
    word other than an adverb before the verb, an object of its own after it) or negated."""
    found = _answer_verb(view, start, end)
    return None if found is None or found[1] else found[0]


def _answer_verb(view: View, start: int, end: int) -> tuple[bool, bool] | None:
    """The relative clause's verb of answer, whether it accepts and whether it is negated ("which Kyiv did not
    reject", «что Киев не отверг»: a clause of its own still, that reads nothing)."""
    toks = view.tokens
    verbs = [(v, True) for v in view.concepts.get("REL_ACCEPT", ())] + [
        (v, False) for c in ("REFUSE", "REL_REFUSE") for v in view.concepts.get(c, ())]
    verbs = sorted((x for x in verbs if start <= x[0].start < end), key=lambda x: (x[0].first, -x[0].last))
    if not verbs:
        return None
    v, yes = verbs[0]
    negs = {k for n in view.concepts.get("NEG", ()) if start <= n.start < v.start for k in range(n.first, n.last + 1)}
    gap = [t.text.lower() for k, t in enumerate(toks) if start <= t.start < v.start and t.is_word and k not in negs]
    if len(gap) > _REL_GAP or any(w not in _REL_ADVERB for w in gap):
        return None  # "which Kyiv hopes to avoid"
    tail = [t for t in toks[v.last + 1 :] if t.start < end]
    stop = next((n for n, t in enumerate(tail) if not t.is_word), len(tail))
    tail = tail[:stop]
    if tail and tail[0].text.lower() not in _REL_ADVERB:
        return None  # "which Kyiv refused to comment on"
    return yes, bool(negs)


def _sourced_opening(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...]) -> bool:
    """h_pass: "According to sources, ...", «По данным источников, ...», «Как пишут СМИ со ссылкой на источники,
    ...», «За даними джерел видання, ...»: a sentence whose opening clause, up to its first comma, gives as its
    source people of no party (sources, the media, analysts) and names no actor: what follows is their account
    (docs/conditions.md: anonymous sources are no party), not the reporter's summary of the party it names."""
    comma = view.text.find(",")
    if _uncommaed_source(view, mentions):
        return True
    if comma < 0 or _in(quotes, comma):
        return False
    if not any(a.end <= comma and not _in(quotes, a.start) for a in view.concepts.get("ACCORDING", ())):
        return False
    if any(m.start < comma for m in mentions):
        return False
    return any(n.end <= comma for n in view.concepts.get("NONPARTY", ()))


def _unnamed_says(view: View, mentions: list[Mention], says: list[ConceptMatch]) -> bool:
    """(h_attr13) "Critics say he is ready ...", "Analysts say the Kremlin wants ...": the sentence's first verb of
    saying (`says`: `_speaking_verbs`) is that of people of no party, no actor named between them and it; what
    follows is their account, not the reporter's summary of the party it names (nor the last speaker's going on)."""
    if not says:
        return False
    v = says[0]
    nonparty = [n for n in view.concepts.get("NONPARTY", ()) if n.end <= v.start]
    # nobody named before the verb, not even by a pronoun: "Zelensky, speaking to reporters, said ...", "Speaking
    # to reporters, he said ..." are his words
    return bool(nonparty) and not any(m.start < v.start for m in mentions)


def _uncommaed_source(view: View, mentions: list[Mention]) -> bool:
    """h_lang12: Polish and German set no comma after the opening ("Według źródeł dyplomatycznych Putin nie ...",
    "Nach Angaben aus Diplomatenkreisen hat Putin ..."): the sentence opens with ACCORDING, the people of no party
    right after it (at most two words between), and the first actor named after them."""
    opening = [a for a in view.concepts.get("ACCORDING", ()) if a.first == 0]
    if not opening:
        return False
    a = opening[0]
    source = [n for n in view.concepts.get("NONPARTY", ())
              if a.last < n.first and view.words_between(a.last, n.first) <= 2]
    return bool(source) and all(m.start >= source[0].end for m in mentions)


# h_u8en: an explainer's heading over a list of one side's terms ("What Moscow wants", "Kyiv's red lines", «Чего
# хочет Москва», «Червоні лінії Києва»): a line of a few words with no sentence mark at its end
_HEADING_WORDS = 8


# h_pass: a list's item opens with a bullet or a dash ("- No recognition of occupied land as Russian")
_BULLET_MARK = r"[-–—•*▪●]"
_BULLET = re.compile(rf"^\s*{_BULLET_MARK}\s")


def bulleted(text: str) -> bool:
    """The line is a list's item, opened by a bullet or a dash."""
    return _BULLET.match(text) is not None


# h_lists: a briefing's list item opens with a bullet, a dash or a number ("- ...", "• ...", "1. ...", "2) ...")
_ITEM = re.compile(rf"^\s*(?:{_BULLET_MARK}|\d{{1,2}}[.)])(?:\s|$)")
# the words that make a line ending in a colon the lead-in of its speaker's list: proposing, demanding, the nouns of
# terms ("The Ukrainian side proposed:", "handed over written proposals. Among them:", «Основні вимоги Києва:»), whose
# items are the speaker's terms (TERMS_LEAD_IN), or a briefing or statement («Песков на брифинге, коротко:», «Главное
# из его заявлений:»); not a bare "said:" (a digest's lead-in whose items mix others' positions with the speaker's),
# nor "Read also:", "Related:", which list news
_TERMS_LEAD_IN = ("PROPOSE", "OFFER_NOUN", "DEMAND", "INSIST", "TERMS", "COND_NOUN", "DOC", "POSITION_HEADING")
_LEAD_IN_CONCEPTS = (*_TERMS_LEAD_IN, "SPEECH_PLACE", "SPEECH_NOUN")


def list_item(text: str) -> bool:
    """The line is a list's item: opened by a bullet, a dash or a number with a dot or a bracket."""
    return _ITEM.match(text) is not None


def lead_in(text: str) -> bool:
    """The sentence closes with a colon: what follows it (a list) is announced by it."""
    return text.rstrip().endswith(":")


def lead_in_words(views: Sequence[View]) -> bool:
    """The lead-in (with the sentence before it in its paragraph) speaks of proposing, demanding, terms or a
    briefing: its list is its speaker's words, not a box of news items."""
    return any(v.has_any(_LEAD_IN_CONCEPTS) for v in views)


def lead_in_terms(views: Sequence[View]) -> bool:
    """The lead-in announces the speaker's terms (proposals, demands, conditions): each item is one of them."""
    return any(v.has_any(_TERMS_LEAD_IN) for v in views)


def is_heading(text: str, words: int) -> bool:
    """A short line with no mark that ends a sentence (a colon may close it): a section heading; not a list's item
    opened by a bullet ("- No recognition of occupied land as Russian")."""
    if bulleted(text):
        return False
    text = text.rstrip()
    return bool(text) and 0 < words <= _HEADING_WORDS and text[-1] not in ".!?\"'»”’)…;,"


def position_heading(view: View, mentions: list[Mention]) -> Actor | None:
    """The party whose terms a heading announces ("What Moscow wants", "Kyiv's red lines"): the items of the
    list under it, which name no speaker of their own, are that party's (docs/conditions.md: a reporter's summary
    of a party's position counts for that party)."""
    if not is_heading(view.text, view.words_in(0, len(view.text))) or not view.has("POSITION_HEADING"):
        return None
    parties = {m.actor.party: m.actor for m in mentions if m.actor is not None and m.actor.party != "none"}
    return next(iter(parties.values())) if len(parties) == 1 else None


# Languages whose verb of saying closes the sentence, the speaker opening it: "Zelenskiy, Putin ile görüşmeye hazır
# olduğunu söyledi" (the nearest name before the verb, Putin, is inside the words reported).
_VERB_FINAL = frozenset({"tr"})


def _verb_final(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                memory: Memory) -> Attribution | None:
    """'X, ... söyledi.': the verb of saying last (punctuation after it at most), the speaker the sentence's first
    mention within its first words (a title may stand before it), the words between them the speaker's."""
    says = _says(view, quotes)
    if not says or any(t.is_word for t in view.tokens[says[-1].last + 1 :]):
        return None
    v = says[-1]
    # the speaker closes the opening phrase with a comma ("Kabine Toplantısı'nın ardından konuşan Erdoğan, ..."),
    # else opens the sentence
    comma = [m for m in mentions if view.text[m.end : m.end + 1] == "," and _words_before(view, m) <= 2 * _LEAD_WORDS]
    for m in comma[:1] or mentions:
        if (not comma and _words_before(view, m) > _LEAD_WORDS) or _in(quotes, m.start):
            return None
        actor = _resolve(m, memory)
        if actor is None or _turkish_object(view, m):
            continue  # (h_prodrop22) "Röportajda Putin ile görüşmeye hazır olduğunu söyledi": whom he would meet
        if m.end >= v.start:
            return None
        return Attribution(actor, (m.end, v.start), bool(quotes), "verb")
    return None


def _words_before(view: View, m: Mention) -> int:
    i = _token_at(view, m.start)
    return len(view.tokens) if i is None else sum(1 for t in view.tokens[:i] if t.is_word)


def _with_answered(view: View, mentions: list[Mention], memory: Memory,
                   found: list[Attribution]) -> list[Attribution]:
    """'В ответ на слова Путина о том, что Москва — лучшее место, Зеленский заметил ...', 'In response to Putin's
    offer to meet in Moscow, Zelensky said ...': the words answered, up to the comma before the speaker, are
    the other's, reported, and the speaker's own words start after them."""
    if len(found) != 1 or not view.has("RESPONSE_TO") or not view.has("WORDS"):
        return found
    r = view.concepts["RESPONSE_TO"][0]
    if sum(1 for t in view.tokens[: r.first] if t.is_word) > 2:
        return found
    words = next((w for w in view.concepts["WORDS"] if r.last < w.first and view.words_between(r.last, w.first) <= 2),
                 None)
    if words is None:
        return found
    after = view.tokens[r.last].end
    owner = next((m for m in mentions if m.actor is not None and m.actor.kind == "person" and after <= m.start
                  and len(view.text[after : m.start].split()) <= 3), None)
    main = found[0]
    if owner is None or owner.actor is None or owner.actor is main.actor:
        return found
    speaker = next((m for m in mentions if m.actor is main.actor and m.start > owner.end), None)
    end = view.text.rfind(",", owner.end, speaker.start if speaker is not None else main.content[0])
    actor = _resolve(owner, memory)
    if end <= owner.end or actor is None:
        return found
    own = main if main.content[0] >= end else Attribution(main.actor, (end + 1, main.content[1]), main.direct,
                                                           main.how)
    return [Attribution(actor, (owner.end, end), False, "answered"), own]


# "talks with Putin", "rozmowy z Putinem": the partner's preposition right before a name (lexicon WITH_WORD)
_WITH = re.compile(rf"\b(?:{'|'.join(sorted(concept_words('WITH_WORD'), key=len, reverse=True))})\s+$", re.I)


def _decree(view: View, mentions: list[Mention]) -> Attribution | None:
    """'A decree Zelensky signed declared talks with Putin impossible': a leader's decree speaks for him."""
    if not view.has("DECREE"):
        return None
    leaders = {m.actor for m in mentions if m.actor is not None and m.actor.role == "leader"}
    decree = view.concepts["DECREE"][0]
    # h_uk: «рішення РНБО про ...»: the council named in its own decision speaks, when no leader signs
    signer = next((m.actor for m in mentions if signs_decree(view, m, decree)), None) or next((
        m.actor for m in mentions for d in view.concepts["DECREE"] if m.actor is not None
        and m.actor.role == "institution" and d.start <= m.start < d.end), None)
    if signer is None or len(leaders) > 2:
        return None
    return Attribution(signer, (0, len(view.text)), False, "decree")


def _partner(view: View, m: Mention) -> bool:
    """The mention is named as the partner of a meeting or talks ("with Putin", «с Путиным», «avec Poutine»)."""
    return bool(_WITH.search(view.text[max(0, m.start - 6) : m.start]))


def signs_decree(view: View, m: Mention, decree: ConceptMatch) -> bool:
    """A leader named next to a decree signs it ("a decree Zelensky signed"), unless named as its object ("talks
    with Putin")."""
    return m.actor is not None and m.actor.role == "leader" and abs(m.start - decree.start) <= 40 \
        and not _partner(view, m)


def _resolve(m: Mention, memory: Memory, later: tuple[Mention, ...] = ()) -> Actor | None:
    """A name is its actor; 'the foreign minister' is the last person named whose titles say so (not one the
    same sentence names after it: 'the president said he was ready to meet Putin' is not Putin); 'he' and
    an unmatched role are the person last spoken of."""
    if m.actor is not None:
        return m.actor
    if m.how == "role" and m.words and _institution_ref(m.words):
        return _institution_spoken(memory, m)
    if m.how == "role" and m.words:
        noun = m.words.removeprefix("the ").strip()
        named_after = {o.actor.name for o in later if o.actor is not None and o.start > m.start}
        head_of_state = _head_of_state(noun)
        topic = memory.last_person
        if topic is not None and topic.name not in named_after and topic in memory.seen[: memory.before_sentence] \
                and _titled(noun, topic):
            # (h_u15b) "За його словами, він прилетить на зустріч з Ердоганом. «...», - сказав президент": the title
            # is the person spoken of, as "he" would be, not one named since only as an object who holds it too
            return topic
        # h_role3: a generic head-of-state title is someone named before this sentence ('"I am ready to meet Putin,"
        # the president said' is not Putin)
        for actor in reversed(memory.seen[: memory.before_sentence] if head_of_state else memory.seen):
            if actor.name in named_after:
                continue
            if _titled(noun, actor):
                return actor
        if head_of_state and _headline_head(memory, named_after):
            return memory.headline
        if memory.last_person is not None and memory.last_person.name in named_after:
            return next((a for a in reversed(memory.seen) if a.kind == "person" and a.name not in named_after), None)
        if memory.last_person is not None and memory.last_person.role in ("leader", "head") and any(
                w in _STAFF_ROLES for w in re.split(r"[\s-]+", noun)):
            return None  # "Речник МЗС заявив ..." with no spokesman named before: not the president last spoken of
        if memory.last_person is not None and memory.last_person.role not in ("leader", "head") \
                and head_of_state:
            # h_role2: "Putin chaired a meeting. Ushakov briefed reporters. The head of state said ...": the head of
            # state last named, not the aide spoken of since (nor anyone, with no head of state named)
            # h_role3: nor one the sentence itself names ('"I am ready to meet Zelensky," the head of state said')
            return next((a for a in reversed(memory.seen[: memory.before_sentence]) if a.kind == "person"
                         and a.role in ("leader", "head") and a.name not in named_after), None)
    return memory.last_person


_WORD = re.compile(r"\w+")
_INSTITUTION_REFS: Final = frozenset(tuple(w for w in p if _WORD.fullmatch(w))
                                     for p in concept_phrases("INSTITUTION_REF"))


def _institution_ref(words: str) -> bool:
    """(h_inst26) The role is an institution spoken of again with no name ("its spokesman", "the ministry", «в
    ведомстве», «речник відомства»), compared word by word (its marks aside: "the ministry's spokesman")."""
    return tuple(_WORD.findall(words)) in _INSTITUTION_REFS


def _institution_spoken(memory: Memory, m: Mention) -> Actor | None:
    """(h_inst26) The institution that spoke in the last attribution read ("Ukraine's foreign ministry answered on
    Thursday. '...,' its spokesman said"), when it speaks for a party; else nobody: such words never name the person
    last spoken of, whose title they are not, nor (review 38) a body the sentence names before them ("NATO sees no
    point in a summit now, its spokesman said": NATO's, not the Kremlin's that spoke before)."""
    if any(b < m.start for b in memory.bodies):
        return None
    last = memory.last.actor if memory.last is not None else None
    return last if last is not None and last.kind == "institution" and last.party != "none" else None


_ACRONYM: Final = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЇЄҐΑ-Ω]{2,}(?![\w-])")


def bodies_named(text: str, mentions: Sequence[Mention]) -> tuple[int, ...]:
    """(review 38) Where the sentence names a body by an acronym that no actor's name covers ("NATO", "the UN",
    «ООН», «НАТО»): an institution's "its spokesman" after it is that body's, not the last party institution's."""
    return tuple(a.start() for a in _ACRONYM.finditer(text)
                 if not any(n.start <= a.start() < n.end for n in mentions if n.actor is not None))


def _headline_head(memory: Memory, named_after: set[str]) -> bool:
    """(h_venue21) A generic head-of-state title ("the president") before the body has named anyone is the leader
    the headline names (the reader's only candidate), unless the sentence names him after it; a head the headline
    names who is no president (Orban, a prime minister) is not "the president" of the body."""
    h = memory.headline
    return (h is not None and not memory.seen[: memory.before_sentence] and h.name not in named_after
            and any(_head_of_state(w) for t in h.titles for w in t.lower().split()))


def _titled(noun: str, actor: Actor) -> bool:
    """The role's noun is one of the actor's titles, in any case."""
    return any(noun in t.lower() for t in actor.titles) or _inflected_title(noun, actor.title_forms)


_STAFF_ROLES = concept_words("STAFF_ROLE")
_HEAD_OF_STATE_ROLES = concept_phrases("HEAD_OF_STATE_ROLE")


def _head_of_state(noun: str) -> bool:
    """A generic head-of-state title in any case: "the head of state", «главы государства», «президента» (h_role3: the
    head noun inflects, its genitive stays)."""
    words = noun.split()
    return any(len(p) == len(words) and (words[0] == p[0] or _same_stem(words[0], p[0])) and tuple(words[1:]) == p[1:]
               for p in _HEAD_OF_STATE_ROLES)


def _inflected_title(noun: str, forms: tuple[str, ...]) -> bool:
    """'помощника президента' (after «по словам») is the actor titled «помощник президента рф»: a role of two words
    or more whose words each begin a word of the title, its head the title's first; a staff role of one word
    («министр», «пресс-секретарь», «речник») is the last person so titled, as "the minister" is in English (a
    one-word role otherwise, "президент", is the person last spoken of)."""
    words = noun.split()
    if len(words) < 2 and not any(w in _STAFF_ROLES for w in re.split(r"[\s-]+", noun)):
        return False
    for form in forms:
        title = form.replace("*", "").split()
        if len(title) >= len(words) and _same_stem(words[0], title[0]) and all(
                any(w == t or _same_stem(w, t) for t in title) for w in words[1:]):  # «мид», «мзс» as written
            return True
    return False


def _same_stem(a: str, b: str) -> bool:
    """Two inflections of one word: they share all but the last two letters of the shorter (at least four)."""
    n = min(len(a), len(b))
    return n >= _STEM_LETTERS and a[: max(n - 2, _STEM_LETTERS)] == b[: max(n - 2, _STEM_LETTERS)]


_STEM_LETTERS = 4


def _in(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    for s, e in spans:  # a loop, not any() over a generator: asked ~13,600 times a pass, mostly of no quotes
        if s <= pos < e:
            return True
    return False


def is_subject(view: View, m: Mention) -> bool:
    """A mention that can be a clause's subject: not after a preposition or an object-taking verb, and in
    Russian and Ukrainian not in an oblique case. In English, word order decides: a name opens a clause
    after punctuation, a conjunction or a title ("and Zelensky said", "President Zelensky"), and is an
    object after any other word ("addressed Putin", "meet Zelensky in Moscow")."""
    i = _token_at(view, m.start)
    if i is None:
        return True
    if _judged_place(view, m):
        return False
    if _compound_first(view, i) or _compound_second(view, i):
        return False  # "μια συνάντηση Πούτιν-Ζελένσκι", "саммит Путин–Зеленский": a compound's second name; (h_other)
        # and its first, and in English too ("A Zelensky-Putin meeting, he said, ...": a modifier, no speaker)
    if view.lang == "en":
        return _english_subject(view, i)
    if view.lang == "tr" and _turkish_oblique(view, m):
        return False
    if _meeting_complement(view, i):
        return False
    prev = next((t for t in reversed(view.tokens[:i]) if t.is_word), None)
    if prev is not None and (_is_prep(view, prev.text)):
        return False
    return not _oblique(view, m)


# every verdict `_judged_place` reads comes from these: a verdict of impossibility, and the place set aside (each of
# whose matches is a verdict, where IMPOSSIBLE's words are one only as a phrase and no verb of refusing)
_SET_ASIDE: Final = ("PLACE_OUT", "PLACE_EXCLUDED")
_VERDICT_CONCEPTS: Final = ("IMPOSSIBLE", *_SET_ASIDE)


def _judged_place(view: View, m: Mention) -> bool:
    """(h_capsubj) "Moscow is out of the question", «Москва исключена», «Москва виключена», "Moskau ist
    ausgeschlossen": a capital whose verdict of impossibility follows it (a copula or a dash at most between) is the
    place judged, not its government speaking ("Moscow ruled out a meeting", «Москва исключила встречу» still speak);
    (h_notplace25) so is one set aside by a passive of exclusion ("Moscow is not being considered", «Москва не
    розглядається»)."""
    if not view.has_any(_VERDICT_CONCEPTS):
        return False  # (asked of every mention: most sentences hold no verdict, and then no set is built)
    place = next((p for p in view.places if p.start == m.start), None)
    if place is None:
        return False
    refusals = {r.first for r in view.concepts.get("REFUSE", ())}
    # "Moskau kommt nicht in Frage": a verdict of several words right after the place, no verb of refusing
    phrases = {o.first for o in view.concepts.get("IMPOSSIBLE", ()) if o.last > o.first and o.first not in refusals}
    verdicts = place_verdicts(view) | phrases | {o.first for c in _SET_ASIDE
                                                 for o in view.concepts.get(c, ())}
    copulas = {k for c in view.concepts.get("COPULA", ()) for k in range(c.first, c.last + 1)}
    k = place.last + 1
    while k < len(view.tokens) and k in copulas and k not in verdicts:
        k += 1
    return k in verdicts or _judged_as_venue(view, place.last + 1, verdicts)


_AS_VENUE_WORDS: Final = 6  # words at most between a place and its verdict past "as a venue" ("Moskau komme als Ort
# aber nicht infrage": four)
_AS_VENUE_CONCEPTS: Final = ("COPULA", "VENUE_NOUN", "DET", "MIDFIELD_BUT", "VERDICT_BRIDGE")


def _judged_as_venue(view: View, start: int, verdicts: set[int]) -> bool:
    """(h_attr27) "Moscow as a venue is out of the question", «Москва как место встречи не рассматривается», "Moskau
    komme als Ort aber nicht infrage": a place named as the venue, then the verdict on it, is the place judged, not
    its government speaking (the reporter's continuation of who spoke before, or nobody's). Only through a venue noun
    ("as a venue", "als Ort"): "Moscow as always ruled out a meeting" is still Moscow speaking."""
    bridge = {k for c in _AS_VENUE_CONCEPTS for m in view.concepts.get(c, ()) for k in range(m.first, m.last + 1)}
    bridge |= {k for k, t in enumerate(view.tokens) if t.text == ","}  # "Moscow, as a venue, is out of the question"
    nouns = {k for m in view.concepts.get("VENUE_NOUN", ()) for k in range(m.first, m.last + 1)}
    k, seen = start, False
    while k < len(view.tokens) and k - start < _AS_VENUE_WORDS and k in bridge and k not in verdicts:
        seen = seen or k in nouns
        k += 1
    return seen and k in verdicts


def _compound_second(view: View, i: int) -> bool:
    """Token i is a name joined by a dash, with no space, to the word before it ("Putin–Zelensky")."""
    if i < 1:
        return False
    word = view.tokens[i - 1]
    if word.text in _JOINING_DASHES and i >= 2:  # a dash of its own ("–")
        word, gap = view.tokens[i - 2], view.text[view.tokens[i - 2].end : view.tokens[i].start]
    else:  # a hyphen the tokenizer drops
        gap = view.text[word.end : view.tokens[i].start]
    return word.is_word and gap in _JOINING_DASHES


def _compound_first(view: View, i: int) -> bool:
    """Token i is a name that a dash joins, with no space, to a capitalised name after it, the pair modifying a
    meeting word ("a Zelensky–Putin meeting", "Zelensky-Putin talks"): the first half of a compound modifier (not
    "US-Präsident Donald Trump", which no meeting word follows)."""
    k = i + 2 if i + 1 < len(view.tokens) and view.tokens[i + 1].text in _JOINING_DASHES else i + 1
    return k < len(view.tokens) and view.text[view.tokens[k].start : view.tokens[k].start + 1].isupper() \
        and _compound_second(view, k) and any(m.first == k + 1 for m in view.concepts.get("MEET", ()))


def _meeting_complement(view: View, i: int) -> bool:
    """A name that is a meeting's genitive, no subject (a foreign name does not decline): right after a meeting noun in
    Greek ("μια συνάντηση Πούτιν και Ζελένσκι είναι πρόωρη") or, declined, in Polish («spotkanie Putina»); or joined by
    "and" to a name that is, or that a meeting's "of" governs ("ein Treffen von Putin und Selenskyj sei nicht
    ausgeschlossen", "une rencontre de Poutine et Zelensky", "spotkanie Putina i Zełenskiego"), which would otherwise
    give the speaker's stance to the pair's second party."""
    meets = {m.last for m in view.concepts.get("MEET", ())}
    j = i - 1
    paired = any(c.first == j for c in view.concepts.get("CONJUNCTION", ()))
    if paired:
        j -= 1
        while j >= 0 and not (j == 0 and j in meets) and view.tokens[j].is_word \
                and view.text[view.tokens[j].start].isupper():
            j -= 1  # the name before "and" (a sentence's first word, capitalised for its place, may be the meeting
            # noun: «Spotkanie Putina i ...»)
        if j == i - 2:
            return False  # no name before "and"
    if paired and j >= 1 and any(o.first == j for o in view.concepts.get("MEETING_OF", ())):
        return j - 1 in meets
    first = view.tokens[j + 1].text if paired else view.tokens[i].text
    declined = view.lang == "el" or first.endswith(word_endings("GENITIVE_NAME", view.lang))
    return j >= 0 and j in meets and declined


def _turkish_oblique(view: View, m: Mention) -> bool:
    """A Turkish name with a case suffix after its apostrophe ("Putin'in", "Zelenskiy'e") or before the postposition
    "ile" ("Putin ile": with Putin) is no subject; the nominative has no suffix."""
    after = view.text[m.end : m.end + 6]
    return after[:1] in ("'", "’") or after.lstrip().lower().startswith("ile ")



def _turkish_object(view: View, m: Mention) -> bool:
    """A Turkish name in a case of no speaker: with "ile" or a case suffix other than the genitive ("Putin ile",
    "Putin'le", "Moskova'da"). The genitive may be the speaker's owner ("Putin'in sözcüsü") or the subject of the
    words ("Putin'in hazır olduğunu söyledi", where the speaker is dropped and often the same party): left as it was."""
    if view.lang != "tr" or not _turkish_oblique(view, m):
        return False
    rest = view.text[m.end + 1 : m.end + 8].split()
    return not (rest and rest[0].lower().strip(",.") in GENITIVES_OF["tr"])


# Words after which an English name opens a clause ("said Putin would ...", "and Zelensky added", "hours later
# Zelensky raised the stakes", a role noun before the name: "chief of staff Andriy Yermak said").
_OPENERS = concept_words("SUBJECT_OPENER")


_SUBJECT_PRONOUNS = concept_words("SUBJECT_PRONOUN")


def _english_subject(view: View, i: int) -> bool:
    if i == 0:
        return True
    prev = view.tokens[i - 1]
    if prev.text in ("'s",):
        return not any(p.first == i for p in (*view.places, *view.voices))  # "Ukraine's Zelensky" (not "Putin's
        # Moscow invitation": a place after a possessive is the noun's modifier, no capital speaking)
    if not prev.is_word:
        if prev.text in _JOINING_DASHES and _compound_second(view, i):
            return False  # "a Putin–Zelensky summit": the second name of a compound modifier is no subject
            # (English reads a dropped hyphen, "Putin-Zelensky", by word order as any other word before a name)
        return prev.text not in ("'",)
    raw = view.text[prev.start : prev.end]
    if view.tokens[i].text in _SUBJECT_PRONOUNS and i + 1 < len(view.tokens) and view.tokens[i + 1].is_word:
        return True  # "Putin had signalled he was ready": "he", "they" are subjects after any word (no object case)
    if raw[:1].isupper() and view.tokens[i].text in _SUBJECT_PRONOUNS:
        return True  # "told Donald Trump he was ready": a pronoun after a name opens a clause (it has no title)
    if _dated_opening(view, i):
        return True  # "The next day Peskov, in a statement, said", "On that day the President in his address said"
    prep = _place_phrase_before(view, i)
    if prep is not None:
        return _english_subject(view, prep)  # "In Kyiv Volodymyr Zelensky said", "President of France Emmanuel
        # Macron proposed": a preposition's place before the name is no title; what precedes the phrase decides
    if _titled_side_of(view, i):
        return True  # "President of France Emmanuel Macron proposed": the mention opens with his side, the object
        # of a title's "of"; what precedes the title decides
    if raw[:1].isupper():
        # a title before the name ("President Zelensky", "Mr Zelenskyy"): what precedes the title decides
        j = i - 1
        while j > 0 and view.tokens[j].is_word and view.text[view.tokens[j].start : view.tokens[j].end][:1].isupper():
            j -= 1
        first = j if j == 0 and view.tokens[0].is_word and view.text[view.tokens[0].start][:1].isupper() else j + 1
        if any(m.first == first for m in view.concepts.get("PREP", ())) and not (
                first == 0 and view.tokens[0].text in _OPENING_TITLES):
            return False  # "From the Russian side, I will ...", "With President Putin absent, ...": a sentence's
            # capitalised first word is a preposition, no title, and the name after it its object ("Host Emmanuel
            # Macron said": a role noun that is also a verb of PREP opens the sentence as the name's title)
        return j == 0 and view.tokens[0].is_word or _english_subject(view, j + 1) if j < i - 1 else True
    if prev.text in ("for", "to", "of") and i >= 2 and view.tokens[i - 2].text in _SPOKESPEOPLE:
        return True  # "a spokesman for Zelensky said", "the speaker of Kremlin Dmitry Peskov" (translated): a title
    return raw[:1].isdigit() or prev.text in _OPENERS


def _titled_side_of(view: View, i: int) -> bool:
    """Token i is a side (a country, a capital) after the possessor's "of" of a capitalised title, the side joined
    to the name after it ("President of France Emmanuel Macron", "Foreign Minister of Turkey Hakan Fidan"): a
    subject when the title opens a clause."""
    if i < 2 or view.tokens[i - 1].text not in _OF_WORDS or not any(
            p.first == i for p in (*view.places, *view.voices)):
        return False
    title = view.tokens[i - 2]
    return title.is_word and view.text[title.start : title.end][:1].isupper() and _english_subject(view, i - 1)


def _place_phrase_before(view: View, i: int) -> int | None:
    """Token i follows a place right after a preposition ("In Kyiv", "of France"): the preposition's index."""
    place = next((p for p in (*view.places, *view.voices) if p.last == i - 1), None)
    if place is None or place.first < 1 or not view.tokens[place.first - 1].is_word:
        return None
    return place.first - 1 if _is_prep(view, view.tokens[place.first - 1].text) else None


_TIME_DETERMINERS = concept_words("TIME_DETERMINER")


def _dated_opening(view: View, i: int) -> bool:
    """Only a phrase of time opens the sentence before token i, ending in a time noun or a day's name ("The next
    day", "On that day", "That same evening", "On Friday"): the name after it is the subject, as at the start."""
    words = [t.text for t in view.tokens[:i] if t.is_word]
    if not 0 < len(words) <= 4 or any(not t.is_word for t in view.tokens[:i]):
        return False
    known = calendar_words()
    allowed = known | _TIME_WORDS | _FRONTING | _TIME_DETERMINERS
    return (words[-1] in known or words[-1] in _TIME_WORDS and words[-1] not in _FRONTING) and all(
        w.isdigit() or w in allowed for w in words)


_JOINING_DASHES = frozenset({"-", "–", "—", "‑"})
_SPOKESPEOPLE = concept_words("SPOKESPERSON")
_OPENING_TITLES = concept_words("OPENING_TITLE")


def _oblique(view: View, m: Mention) -> bool:
    """In Russian and Ukrainian, a name not in the nominative ("Путина", "Зеленського") is never a subject: its
    lemma differs from it (female surnames in -a excepted, which lemmatisers take for genitives)."""
    if view.lang not in _OBJECT_LANGS or m.how not in ("form", "role", "title"):
        return False
    if m.actor is not None and m.actor.kind != "person" and len(view.text[m.start : m.end].split()) > 1:
        return False  # "МИД Украины", "Білого дому": a name of several words keeps its genitive parts
    words = view.text[m.start : m.end].lower().replace("ё", "е").split()
    if m.how in ("title", "role"):  # "пресс-секретаря президента", «глава государства»: the head noun, first,
        # carries the case (a role's words are its head and a genitive: «глава МИД», «помощник президента»)
        return lemma(words[0], view.lang) != words[0]
    word = words[-1]
    if word.endswith(_OBLIQUE):
        return True
    if m.actor is not None and word in m.actor.nominatives:
        # "Київ відкидає": simplemma reads "київ" as a form of "кий"; but a listed form in -ы/-и whose -а/-я
        # form is listed too is that noun's genitive ("лідерів Росії, Німеччини та України")
        return word[-1] in "ыи" and bool({word[:-1] + "а", word[:-1] + "я"} & m.actor.nominatives)
    if word.endswith(_NOMINATIVE_SURNAME):
        return False  # "Песков", "Лавров": the lemmatiser takes them for common nouns (песок, лавр)
    if m.actor is not None and m.actor.name.endswith("a"):
        return False
    return lemma(word, view.lang) != word


def stem_case(view: View, m: Mention) -> bool:
    """(h_venue6) A man's name in Russian or Ukrainian written as his stem with -а/-я added («Путина готов принять в
    Киеве»): his genitive or accusative, whatever else a lemmatiser takes the word for (путина: a fishing season)."""
    if view.lang not in _OBJECT_LANGS or m.actor is None or m.actor.name.endswith("a"):
        return False
    words = view.text[m.start : m.end].lower().replace("ё", "е").split()
    return bool(words) and words[-1][-1] in "ая" and words[-1][:-1] in m.actor.stems


def nominative_name(view: View, m: Mention) -> bool:
    """A Russian or Ukrainian name written in the nominative ("Путін", "Песков", "Захарова"; not "Путіна",
    "Ушакова", "Зеленського"): a surname's nominative ending, else no oblique ending and its own lemma (a name in -а
    or -я is a genitive unless the actor's own name ends so)."""
    words = view.text[m.start : m.end].lower().replace("ё", "е").split()
    if not words or m.actor is None:
        return False
    word = words[-1]
    if word.endswith(_NOMINATIVE_SURNAME):
        return True
    if word.endswith(_OBLIQUE) or (word[-1] in "ая" and not m.actor.name.endswith("a")):
        return False
    return lemma(word, view.lang) == word


_LOCATIVE = concept_words("LOCATIVE_PREP")


def _institution_there(view: View, m: Mention, v: ConceptMatch) -> bool:
    """'В Кремле заявили', 'в Офісі президента заявили', 'Στο Κίεβο επισημαίνουν': an institution named as a place
    speaks through it."""
    if m.actor is None or m.actor.role != "institution" or view.lang not in _PLACE_SPEAKS:
        return False
    i = _token_at(view, m.start)
    if i is None or i == 0 or view.tokens[i - 1].text not in _LOCATIVE:
        return False  # "кроме России, заявил Ермак": only "в Кремле", "у Кремлі" speak through the place
    if view.lang not in _OBJECT_LANGS and i >= 2 and view.tokens[i - 2].is_word \
            and view.tokens[i - 2].text not in _GOES_ON:
        return False  # "Los analistas en Kiev señalan": the place of someone named before it, not the speaker
    if i >= 2 and any(n.last in (i - 2, i - 1) for n in view.concepts.get("NONPARTY", ())):
        return False  # «Аналитики в Киеве отмечают», «Експерти в Москві зазначають»: they speak, of no party
    j = _token_at(view, m.end)
    verb = view.tokens[v.first].text
    if not verb.endswith(_PLURAL_VERB):
        return False  # "в Кремле заявили" speaks through the place; "в Вашингтоне заявил" has a person as subject
    return j is not None and (j == v.first or _words_before_verb(view, j - 1, v.first) <= 2)


def _words_before_verb(view: View, a: int, b: int) -> int:
    """Words between a speaker and its verb, an adverb of again or also not counted: «В Кремле в очередной раз
    заявили» is as close as «в Кремле заявили» (SAY_AGAIN)."""
    again = sum(view.words_between(m.first - 1, m.last + 1)
                for m in view.concepts.get("SAY_AGAIN", ()) if a < m.first and m.last < b)
    return view.words_between(a, b) - again


# the languages whose plural verb after "in the Kremlin", "στο Κίεβο" has the institution as its speaker
_PLACE_SPEAKS = frozenset({"ru", "uk", "el", "it", "es", "pl"})
_PLURAL_VERB = word_endings("PLURAL_VERB")  # "заявили", "сообщают", "заявляють"; "отказались", "відмовилися"



def _is_prep(view: View, word: str) -> bool:
    for m in view.concepts.get("PREP", ()):
        if view.tokens[m.first].text == word:
            return True
    return False


def _aside_speaker(view: View, v: ConceptMatch, mentions: list[Mention]) -> Mention | None:
    """The speaker inside the parenthesis of saying that holds the verb, where the verb's own match takes him in
    („Moskau, sagte er, komme nicht in Frage": the lexicon's "sagte er" holds the pronoun, no mention after it)."""
    if not _in_aside(view, v):
        return None
    return next((m for m in mentions if _in_aside(view, m)), None)


def _in_aside(view: View, at: ConceptMatch | Mention) -> bool:
    """The verb or the speaker stands in a parenthesis of saying set off inside the sentence (", he said,")."""
    i = view.token_from(at.start)
    return i is not None and i in view.asides


def _token_at(view: View, char: int) -> int | None:
    return view.token_from(char)


def _says(view: View, quotes: tuple[tuple[int, int], ...]) -> list[ConceptMatch]:
    found = [m for m in view.concepts.get("SAY", ()) if not _in(quotes, m.start)]
    apposed = view.concepts.get("APPOSITIVE")
    if apposed and found:  # "X said he was ready ..., a proposal welcomed by Erdogan": the reaction speaks for nothing
        first = found[0].first  # before it
        found = [m for m in found if m.first == first or not any(a.first <= m.first <= a.last for a in apposed)]
    return found


def _colon(view: View, mentions: list[Mention], memory: Memory) -> Attribution | None:
    """'Putin: I am ready ...', 'Zelensky: "..."' (headline and interview style): the name opens the line."""
    if not mentions or mentions[0].start > 40:
        return None
    # "Канцлер Німеччини Фрідріх Мерц: «...»", "German Chancellor Merz: ...": a country in the title before the name
    # is no speaker; the mention the colon follows is
    # (only countries or institutions before it, and no comma: "Песков о Зеленском: ..." is Peskov's, "Мінськ
    # неприйнятний, заявив Сибіга: ..." is inverted speech, its words before it)
    m = next((o for n, o in enumerate(mentions[:3]) if o.start <= 40 and view.text[o.end : o.end + 2].startswith(":")
              and not any(c in view.text[: o.start] for c in ",;.") and all(
                  p.actor is not None and p.actor.role == "institution" for p in mentions[:n])), mentions[0])
    if any(n.end <= m.start for n in view.concepts.get("NONPARTY", ())):
        return None  # «Источники в Белом доме: ...», "Sources in the Kremlin: ...": the sources', no party's
    actor = _resolve(m, memory)
    rest = view.text[m.end : m.end + 2]
    if actor is not None and not rest.startswith(":"):
        return _channel_colon(view, m, actor, mentions) or _judged_colon(view, mentions, memory)
    if actor is None or not rest.startswith(":"):
        return _judged_colon(view, mentions, memory)
    if view.text[: m.start].strip(" -–—").count(" ") > 3 or _topic_label(view, m):
        return None
    return Attribution(actor, (m.end + 1, len(view.text)), True, "colon")


_TOPIC_LABEL = concept_words("TOPIC_LABEL")


def _topic_label(view: View, m: Mention) -> bool:
    """(h_attr19) '• On a meeting with Zelensky: "I never ruled it out"', «О встрече с Зеленским: «...»», «Про
    зустріч із Путіним: ...», «Zum Treffen mit Putin: ...»: a label opened by a word of "about" before the name is
    what is spoken of; its person is the topic, the speaker is the list's or the article's."""
    first = next((t for t in view.tokens if t.is_word), None)
    return first is not None and first.end <= m.start and first.text.lower() in _TOPIC_LABEL


# what a one-line post or a liveblog entry puts between its author and the colon: where or how it was said ("on X",
# "on Telegram", "in his nightly address", «в своем канале», «одной строкой», «у Telegram», «— о Будапеште»), or a
# parenthesis ("(20 октября, по пути из Вашингтона)")
_CHANNEL = re.compile(r"^(?:\s*\([^()]{1,80}\))?\s*(?:[—–-]\s*)?(?:(?:"
                      + "|".join(sorted(concept_words("CHANNEL_WORD"), key=lambda w: (-len(w), w)))
                      + r")\s+[^\W\d][\w'’-]*(?:\s+[\w'’.-]+){0,3})?\s*$", re.I)
# the time stamp or bullet a liveblog or a channel's digest puts before the author ("11:52 PM -", "⚡️", "•", "17:20 -")
_ENTRY_MARK = re.compile(r"^[\W\d_]*(?:[AaPp]\.?[Mm]\.?)?[\W\d_]*$")


def _channel_colon(view: View, m: Mention, actor: Actor, mentions: list[Mention]) -> Attribution | None:
    """'Yermak on X: "..."', 'Zelensky in his nightly address: ...', «Захарова в своем канале: «...»», «Песков
    одной строкой: ...», «Ушаков — о Будапеште: ...», «Зеленский (20 октября, по пути из Вашингтона): ...»: a post
    or a liveblog entry quoted in one line, its author opening it (after a time stamp or bullet at most), a few
    words of where, how or of what he spoke, and a colon: the words after it are his. Not a sentence that says
    something of him before its colon ("Zelensky's offer to Putin: ...", "Zelensky said on Monday: ..." is the
    verb's)."""
    colon = view.text.find(":", m.end, m.end + 90)
    if colon < 0 or not _ENTRY_MARK.match(view.text[: m.start]) or view.text[m.end : m.end + 1] in ("'", "’"):
        return None
    if any(o.start < colon and o is not m and (o.actor is None or o.actor.party != "none") and o.start < m.start
           for o in mentions):
        return None
    if not _CHANNEL.match(view.text[m.end : colon]) or any(
            c.start < colon for c in view.concepts.get("SAY", ()) if c.start >= m.end):
        return None
    return Attribution(actor, (colon + 1, len(view.text)), True, "colon")


_JUDGED = re.compile(r"^\s+(?:was|were|is|are|был[аио]?|были|був|була|було|були)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*$")


def _judged_colon(view: View, mentions: list[Mention], memory: Memory) -> Attribution | None:
    """'Ukraine's Foreign Minister Andrii Sybiha was blunt: "..."', 'The Kremlin was cooler: "..."', «Сибига был
    категоричен: «...»»: the subject (a title before it at most), a word or two of how it spoke, and a colon
    that opens a quote: the quote is its words."""
    colon = view.text.find(":", 0, 100)
    before = [o for o in mentions if o.end <= colon]
    if colon < 0 or not before or view.text[colon + 1 :].lstrip()[:1] not in QUOTE_MARKS:
        return None
    m = before[-1]
    if not _JUDGED.match(view.text[m.end : colon + 1]) or view.text[: m.start].count(" ") > 5:
        return None
    actor = _resolve(m, memory)
    return Attribution(actor, (colon + 1, len(view.text)), True, "colon") if actor is not None else None


SPEECH_NOUNS: Final = concept_words("SPEECH_NOUN")
# (h_attr27) and the nouns of another's claims, read only as possessed speech ("Zelensky's talk of a meeting 'anywhere
# but Moscow'", «заявления Зеленского о встрече «где угодно, кроме Москвы»»): no colon's speech noun
RELAYED_NOUNS: Final = SPEECH_NOUNS | concept_words("CLAIM_NOUN")
_POSSESSIVES = concept_words("POSSESSIVE_PRONOUN")
_POSSESSED_WORDS = 10  # words at most between the noun of what was said and its colon
_FRONTED_WORDS = 12  # words at most in a phrase fronted before it ("After Putin's Moscow invitation this September,")
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_OF_WORDS = concept_words("POSSESSOR_OF")  # "the position of the Kremlin"


def _possessed_colon(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                     memory: Memory) -> Attribution | None:
    """'Zelensky's reply on September 4 was short: Putin could come to Kyiv', 'His answer, in short: ...',
    «Позиция Москвы неизменна: ...», «Відповідь Кремля передбачувана: ...», «Его ответ был коротким: ...»: a noun of
    what was said (SPEECH_NOUN) opens the clause, its possessor beside it (a possessive before it, a genitive after
    it in Russian and Ukrainian, or "his", «его», «її»: the person last spoken of) and a colon after a few words:
    the words after the colon are the possessor's, whoever they name (not the name a fronted phrase holds)."""
    found = _speech_noun_colon(view, quotes)
    if found is None:
        return None
    k, colon = found
    owner = _possessor(view, mentions, k, memory)
    if owner is None:
        return None
    actor, opens = owner
    if actor is None or not _clause_opens(view, opens):
        return None
    toks = view.tokens
    if any(toks[v.first].start < colon and v.first != k for v in view.concepts.get("SAY", ())) or any(
            toks[v.first].start > colon and not _in(quotes, toks[v.first].start) for v in view.concepts.get("SAY", ())):
        return None  # "Zelensky's reaction was swift: Peskov said ...": a verb of saying names its own speaker
    if any(toks[a.first].start < colon and not _in(quotes, toks[a.first].start)
           for a in view.concepts.get("ACCORDING", ())):
        return None  # (h_attr13) «Российская позиция, по словам Зеленского, абсурдна: ...»: the source set inside
        # speaks of the position, whose possessor is what is spoken about
    return Attribution(actor, (colon + 1, len(view.text)), bool(quotes), "possessed")


def _speech_noun_colon(view: View, quotes: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The first noun of what was said before the sentence's colon, a few words before it, and the colon."""
    colon = view.text.find(":")
    if colon < 0 or _in(quotes, colon) or not view.text[colon + 1 :].strip():
        return None
    k = next((i for i, t in enumerate(view.tokens) if t.start < colon and t.text in SPEECH_NOUNS), None)
    if k is None or view.words_between(k, _token_at(view, colon) or k) > _POSSESSED_WORDS:
        return None
    return k, colon


def reported_position(view: View, mentions: list[Mention],
                      quotes: tuple[tuple[int, int], ...]) -> tuple[Actor, int] | None:
    """(h_attr11) 'Peskov said Zelensky's position was clear: Putin would have to come to Kyiv', «Песков заявил, что
    позиция Киева понятна: ...»: a named possessor's noun of what was said, and its colon, inside someone's words:
    what follows the colon is that possessor's position as the speaker tells it. The possessor and the colon."""
    found = _speech_noun_colon(view, quotes)
    if found is None:
        return None
    k, colon = found
    owner = _possessor(view, mentions, k, Memory())
    return (owner[0], colon) if owner is not None and owner[0] is not None else None


_SPEECH_REACH: Final = 4  # words at most from a possessed noun of what was said to the reading it governs
_JUDGED_BY = ("REFUSE", "AGREE")  # verbs that answer the words they precede: the answer is the verb's subject's


def possessed_speech(view: View, mentions: list[Mention], at: int) -> Actor | None:
    """(h_attr22b) "Erdogan relayed Putin's message that he was ready to meet in Istanbul", «Эрдоган передал слова
    Путина о готовности встретиться в Стамбуле», «слова Путіна про готовність»: a named possessor's noun of what was
    said a few words before token `at`, no verb of saying between: what it governs is the possessor's position, as
    the one who relays it tells it. Not a noun answered by a verb before it ("Zelensky rejected Putin's words"), whose
    answer is the one who rejects."""
    nouns = [k for k, t in enumerate(view.tokens[:at]) if t.text in RELAYED_NOUNS
             and view.words_between(k, at) <= _SPEECH_REACH]
    if not nouns:
        return None
    k = nouns[-1]
    toks = view.tokens
    if any(k < v.first < at for name in ("SAY", "AND_WORD") for v in view.concepts.get(name, ())) or any(
            not toks[i].is_word and toks[i].text not in QUOTE_MARKS for i in range(k + 1, at)):
        return None  # (nor a verb joined after the noun: "welcomed Putin's words and offered to host")
    owner = _possessor(view, mentions, k, Memory())
    if owner is None or owner[0] is None:
        return None
    actor, opens = owner
    if any(m.last < opens and view.words_between(m.last, opens) <= 2
           for name in _JUDGED_BY for m in view.concepts.get(name, ())):
        return None
    return actor


def _possessor(view: View, mentions: list[Mention], k: int, memory: Memory) -> tuple[Actor | None, int] | None:
    """Whose the noun at token k is, and the token its phrase opens with: "his" before it, a name with its
    possessive mark right before it ("Zelensky's", "The Kremlin's"), or in Russian and Ukrainian a name right after
    it (the last of a title and a name: «Ответ помощника президента Юрия Ушакова»)."""
    toks = view.tokens
    if k > 0 and toks[k - 1].text in _POSSESSIVES:
        return memory.last_person, k - 1
    noun = toks[k]
    # (h_attr12) a party's adjective right before it: «Российская позиция», "The Ukrainian position"
    adjective = next((m for m in mentions if m.how == "adjective" and m.end <= noun.start
                      and not view.text[m.end : noun.start].strip()), None)
    if adjective is not None:
        return adjective.actor, k - 1
    if view.lang in _OBJECT_LANGS:  # the possessor follows the noun, in the genitive («Позиция Москвы»)
        after = [m for m in mentions if m.start >= noun.end]
        if not after or view.text[noun.end : after[0].start].strip():
            return None
        m = after[0]
        for o in after[1:]:
            if view.text[m.end : o.start].strip():
                break
            m = o
        return _resolve(m, memory), k
    before = next((m for m in reversed(mentions) if m.end <= noun.start), None)
    marked = before is not None and view.text[before.end : noun.start].strip() in _POSSESSIVE_MARKS | {""} and any(
        view.text[before.start : noun.start].rstrip().endswith(mark) for mark in _POSSESSIVE_MARKS)
    if not marked and k + 1 < len(toks) and toks[k + 1].text in _OF_WORDS:  # (h_attr12) "The position of the
        # Kremlin is ...:" (h_attr27: not "Zelensky's talk of a meeting ...", whose owner is marked before it)
        of = toks[k + 1]
        named = next((m for m in mentions if m.start >= of.end), None)
        return (_resolve(named, memory), k) if named is not None and not view.text[of.end : named.start].strip() \
            else None
    if before is None or not marked:
        return None
    i = _token_at(view, before.start)
    return (_resolve(before, memory), i) if i is not None else None


def _clause_opens(view: View, i: int) -> bool:
    """Token i opens the sentence's clause: nothing before it but a determiner or a conjunction ("The", "But"), or
    a phrase fronted before a comma that says nothing ("After Putin's Moscow invitation this September,")."""
    toks = view.tokens
    before = toks[:i]
    if all(t.is_word and (t.text in _BARE_OPENERS or t.text in _OPENING_DETS) for t in before):
        return True
    return before[-1].text == "," and sum(t.is_word for t in before) <= _FRONTED_WORDS and not any(
        toks[v.first].start < toks[i].start for v in view.concepts.get("SAY", ()))


_OPENING_DETS = concept_words("KNOWN_EVENT_DET")  # "The Kremlin's position", "That answer of his"


_ACCORDING_REACH = 60  # characters from "according to" to the source's name


def _according(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
               memory: Memory) -> Attribution | None:
    pronouns = {c.start for c in view.concepts.get("SOURCE_PRONOUN", ())}
    for acc in view.concepts.get("ACCORDING", ()):
        if _in(quotes, acc.start) or acc.start in pronouns:
            continue  # (h_attr15: "according to him, Putin ...", «Selon lui, Poutine ...»: "him", not the name after)
        before = _source_before(view, acc, mentions)
        if before is not None:  # "Zelenskiy'e göre", "Selenskyj zufolge": the name right before the postposition
            actor = _resolve(before, memory)
            if actor is not None:
                return Attribution(actor, (0, len(view.text)), bool(quotes), "according")
        if view.tokens[acc.last].text.lower() in _ACCORDING_AFTER:
            continue  # "Dün yapılan açıklamada, Putin ile ...": the name after a postposition is not its source
        # "according to an aide to the Russian president, Yuri Ushakov, ...": a longer title may come first when
        # the name closes the phrase (not "nach eigenen Worten zu einem Treffen mit Putin bereit")
        after = [m for m in mentions if 0 <= m.start - acc.end <= 30 or (
            0 <= m.start - acc.end <= _ACCORDING_REACH and view.text[m.end : m.end + 1] == ",")]
        if after and any(acc.end <= t.start and t.end <= after[0].start for t in view.concepts.get("CITED_TEXT", ())):
            continue  # "according to the Constitution of Ukraine": a text is cited, its country says nothing
        if after and _participle_names_place(view, acc, after[0]):
            continue  # "citing Turkey and Switzerland among possible venues": the places named, no source
        if after:  # (a title is not a person the sentence names after it: "За словами президента, Путін «робить
            # усе, щоб зустріч не відбулася»" is the president last spoken of, Zelensky, on Putin)
            actor = after[1].actor if _title_before_name(view, after) else _resolve(after[0], memory, tuple(mentions))
            if actor is None and after[0].how == "role" and len(after) > 1:
                actor = _resolve(after[1], memory, tuple(mentions))  # «по словам президента, Путин ...» with no
                # president before
            if actor is not None and not _aside_of_subject(view, acc, actor, mentions, memory):
                return Attribution(actor, (0, len(view.text)), bool(quotes), "according")
    return None


_OWN_CLAUSE_WORDS = 5  # words at least between a sentence's opening subject and an "according to" of its own clause
_ASIDE_CHARS = 40  # characters from "according to" to the comma that closes its aside ("selon Moscou,")


def _aside_of_subject(view: View, acc: ConceptMatch, source: Actor, mentions: list[Mention], memory: Memory) -> bool:
    """(h_stance21) "Le ministre a soulevé la question ..., le mandat de M. Zelensky ayant, selon Moscou, expiré": an
    institution's "according to" set inside a sentence whose subject, opening it, is a person of that party is the
    person's own aside on his side's view: the person speaks (and on his day), not the institution."""
    if source.kind == "person" or acc.first == 0 or not any(
            a.first == acc.first for a in view.concepts.get("ACCORDING", ())):
        return False
    if not view.text[: acc.start].rstrip().endswith(",") or "," not in view.text[acc.end : acc.end + _ASIDE_CHARS]:
        return False  # an aside set off by commas, the clause going on after it ("..., повідомляє Укрінформ з
        # посиланням на Офіс президента" closes the sentence: the source of all of it)
    opening = next((m for m in mentions if m.start < acc.start), None)
    if opening is None:
        return False
    first, last = view.token_from(opening.start), view.token_through(opening.end)
    if first is None or last is None or first > 2 or view.words_between(last, acc.first) < _OWN_CLAUSE_WORDS:
        return False  # ("Putin, according to the Kremlin, is ready": the source set right after the subject speaks)
    subject = _resolve(opening, memory)
    return subject is not None and subject.kind == "person" and subject.party == source.party


_NAMED_GAP = 2  # tokens at most between a participle of naming and the place it names ("citando a Turquía")


def _participle_names_place(view: View, cue: ConceptMatch, m: Mention) -> bool:
    """(h_attr24) "citing Turkey and Switzerland among possible venues", «назвав Турцию и Швейцарию», „und nannte die
    Türkei", «wymieniając Turcję»: a venue place right after a participle of naming (or a verb of naming that shares
    the clause's subject), at or after the cue, is what is named: no source, no speaker ("citing officials", "citing
    Peskov" still are)."""
    return any(p.start == m.start and cue.first <= n.last and 0 < p.first - n.last <= _NAMED_GAP + 1
               for n in view.concepts.get("NAMING_PARTICIPLE", ()) for p in view.places)


def _title_before_name(view: View, after: list[Mention]) -> bool:
    """«за словами міністра закордонних справ Гакана Фідана, ...», "according to the Turkish foreign minister Hakan
    Fidan, ...": a title and the name it stands before, closed by a comma (the title's words and a first name at most
    between them, no punctuation), are one source, the one named; not the person last spoken of."""
    if len(after) < 2 or after[0].how != "role" or after[1].actor is None:
        return False
    between = view.text[after[0].end : after[1].start]
    return len(between.split()) <= 4 and all(c.isalpha() or c in " -'’" for c in between) and \
        view.text[after[1].end : after[1].end + 1] == ","


def according_source(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                     memory: Memory) -> Actor | None:
    """The person an "according to" phrase names as the source of the sentence's words ("За її словами, путін
    погодився ...": she), whoever the sentence's subject is; None when it names none."""
    if not view.has("ACCORDING"):
        return None
    source = _according(view, mentions, quotes, memory)
    return source.actor if source is not None and source.actor.kind == "person" else None


# "Zelenskiy'e", "Peskov'un açıklamasına": a name and at most its case ending before a postposed "according to"
_CASE_ENDING = re.compile(r"^['’]?\w{0,4}\s+$")
_ACCORDING_AFTER = concept_words("ACCORDING_AFTER")


def _source_before(view: View, acc: ConceptMatch, mentions: list[Mention]) -> Mention | None:
    """The source named right before an "according to" set after it, opening the sentence ("Zelenskiy'e göre ...",
    "Selenskyj zufolge ..."); not a name further back ("Kremlin'e yakın kaynaklara göre": the sources, not the
    Kremlin), nor one inside a clause ("Zelenskiy, Putin'e göre daha esnek olduklarını söyledi": "göre" compares)."""
    if view.tokens[acc.last].text.lower() not in _ACCORDING_AFTER:
        return None
    return next((m for m in reversed(mentions) if m.end <= acc.start and not view.text[: m.start].strip(" \"'«„“-–—")
                 and _CASE_ENDING.match(view.text[m.end : acc.start])), None)


def _speaking_verbs(view: View, mentions: list[Mention],
                    quotes: tuple[tuple[int, int], ...]) -> tuple[list[ConceptMatch], int]:
    """The verbs of saying outside quotes that a speaker may say by: not a question's participle ("Asked about
    Donald Trump, Putin says ...") nor an outlet's relaying verb ("..., передает ТАСС"), nor a verb of the subject of
    a question put to the speaker (`_opening_question`); and the character where that question ends when it held
    such a verb (-1 when none: the answerer's words start after it), found once for `_verbs`."""
    found = _says(view, quotes)
    says = [v for v in found if not _asked_opening(view, v) and not _outlet_relay(view, v, mentions)]
    asked = _opening_question(view, says, mentions)
    if asked is None:
        return says, -1
    # a question with a verb of its subject's: not the answerer's words ("Asked where they could meet, Macron said:
    # 'Why not Geneva?'" holds none and keeps its question, which the answer's frame reads)
    held = any(asked[0] < v.first < asked[1] for v in found)
    return [v for v in says if not asked[0] < v.first < asked[1]], view.tokens[asked[1]].end if held else -1


def _opening_question(view: View, says: list[ConceptMatch], mentions: list[Mention]) -> tuple[int, int] | None:
    """(h_asked) 'Asked why Putin had proposed Istanbul, Trump said ...', «На вопрос, почему Путин предложил
    Стамбул, Зеленский ответил ...»: a sentence opening with a question put to someone names the question's subject
    inside it; his verb ("proposed", «предложил») is what was asked about, not a statement of his. The comma before
    the answerer (a speaker named or a pronoun, then his verb of saying, no word opening a clause between) closes the
    question: the token indices of the phrase of asking's last word and of that comma, or None when the sentence
    opens no question or no answerer follows. The phrase of asking itself stays a verb ("Asked where they could meet,
    Macron said: 'Why not Geneva?'": the answer's frame reads the question with it)."""
    opener = _question_opener(view)
    if opener is None or not says:
        return None
    toks = view.tokens
    starts = [view.token_from(m.start) for m in mentions]
    for c in range(opener + 1, len(toks)):
        if toks[c].text != ",":
            continue
        w = next((v for v in says if v.first > c), None)
        if w is None:
            return None
        between = range(c + 1, w.first)
        if len(between) > _TITLE_WORDS + 2 or any(toks[i].text.lower() in _CLAUSE_WORDS for i in between) or any(
                c <= q.last and q.first < w.first for k in ASKS_IF for q in view.concepts.get(k, ())):
            continue  # ", чи Путін запропонував": the question goes on
        named = any(s is not None and (c < s < w.first or s == w.last + 1) for s in starts)
        if named and all(toks[i].is_word for i in between):
            return opener, c
    return None


def _question_opener(view: View) -> int | None:
    """The last token of a phrase of asking that opens the sentence ("Asked ...", "When asked ...", "Responding to a
    question ...", «На вопрос», «Отвечая на вопрос», «На запитання», "Auf die Frage"), or None."""
    toks = view.tokens
    if not toks:
        return None
    if toks[0].text in _ASKED:
        return 0
    if len(toks) > 1 and toks[0].text in _WHEN_ASKED and toks[1].text in _ASKED:
        return 1
    return next((m.last for m in view.concepts.get("QUESTION", ()) if m.first == 0), None)


def _verbs(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
           memory: Memory, says: list[ConceptMatch], asked_end: int) -> list[Attribution]:
    """'X said (that) ...', '..., X said.', '"...," said X', '«...», — заявил X', 'X, who ..., said' (`says`,
    `asked_end`: `_speaking_verbs`); a second speaker later in the sentence ('..., and Zelensky repeated that ...')
    ends the first one's span."""
    if not says or _unnamed_source(view, says[0], mentions):
        return []
    closing = _closing(view, says, mentions, quotes, memory)
    if closing is not None:
        return [closing]  # "Putin told Trump he was ready ..., the Ukrainian president said": all of it reported
    bare = _bare_verb(view, says[0], mentions, memory) or _dropped_aside(view, says[0], mentions, memory)
    if bare is not None:
        return [bare]  # "Добавил, что Путин готов ...": a name after "что" is inside the words, not their speaker
    found: list[tuple[Attribution, int]] = []  # with the start of the speaker's mention
    for v in says:
        # A later verb needs its own subject right before it; else it is the same speaker's ("and said ...").
        agent = _agent(view, v, mentions)
        semi = _semicolon_clause(view, found[-1][0], v) if found else None
        subject = agent or _subject_before(view, v, mentions, quotes,
                                           _ADJACENT if found and semi is None else _SUBJECT_WORDS)
        if subject is not None and semi is not None and subject.start < semi:
            subject = None  # the subject of a clause after ";" stands after it
        if subject is not None and agent is None and not found and _inverted_after_comma(view, v, mentions):
            subject = None  # "Украина не примет ультиматумов, заявил Ермак": the name after the verb speaks
        if subject is not None and agent is None and not found:
            subject = _participle_subject(view, v, mentions, quotes, subject) or subject
        if subject is not None and agent is None and _in_aside(view, v) and not _in_aside(view, subject) and any(
                _in_aside(view, o) for o in mentions):
            subject = None  # „Moskau, sagte er, komme nicht in Frage": the clause's subject, not the aside's speaker
        if found and subject is not None and not _relative(view, subject, v) and (
                _coordinated(view, mentions, subject) or not (_new_clause(view, found[-1][0], subject, v)
                                                              or _after_opening_clause(view, found[-1][1], subject))):
            subject = None  # an object ("between Putin and Zelensky"), or inside the first speaker's report
            # (a relative clause's own verb, "replying to Yermak, who said ...", is his: a clause of its own)
        inverted = None if subject or found else (_mention_after(view, v, mentions, quotes)
                                                  or _aside_speaker(view, v, mentions))
        m = subject or inverted
        if m is None:
            continue
        if not found and m.how == "pronoun" and _named_later(view, v, mentions, says):
            continue  # "Unlike last year, when he insisted on a ceasefire, Zelensky now says ...": he is Zelensky
        # "he added" after another speaker in the same sentence is that speaker going on
        actor = found[-1][0].actor if found and m.actor is None else (
            _opening_person(view, mentions, quotes, m) or _resolve(m, memory, tuple(mentions)))
        if actor is None or (found and (actor is found[-1][0].actor or m.start <= found[-1][1])):
            continue
        if inverted is not None and not found and _aside_of_subject(view, v, actor, mentions, memory):
            continue
        span = _content(view, v, m, quotes, inverted is not None)
        if found and quotes and span[1] <= found[-1][1]:
            continue  # '"I will be waiting in Turkey," Zelensky wrote, a day after Moscow proposed talks': the quote
            # is closed by the first speaker; the later verb is background, not a second speaker of it
        if found and not quotes and m.end <= v.start and span[1] <= v.start:
            span = (v.start, len(view.text))  # "..., while Peskov said such a meeting was premature": his words follow
        if found and not quotes and span[0] < m.start and (_after_opening_clause(view, found[-1][1], m) or (
                m.end <= v.start and _new_clause(view, found[-1][0], m, v))):
            span = (m.start, span[1])  # "После того как Путин заявил ..., Зеленский ответил, что ...": the main clause
            # (", в то время как Киев ответил, что ...": his own clause, not the first speaker's words before it)
        if not found and span[0] == v.start and _subject_set_off(view, mentions, m, v):
            span = (0, span[1])  # "Putin, Zelensky said, wants ...": the party he speaks of opens his words
        if span[0] < asked_end < m.start:
            spoken = max(m.end, v.end)
            span = (m.start, span[1]) if span[1] > spoken else (spoken, len(view.text))  # (h_asked) «На вопрос,
            # почему Путин ..., Зеленский ответил, что ...»: the question put to him is not his words; after it an
            # inverted verb ("Auf die Frage, warum ..., sagte Selenskyj, er sei ...") is no closing attribution
        how = "inverted" if inverted else "agent" if agent is not None else "verb"
        att = Attribution(actor, span, bool(quotes), how)
        found.append((att, m.start))
    out = []
    for i, (att, _) in enumerate(found):
        nxt = found[i + 1][1] if i + 1 < len(found) else None
        if nxt is not None and att.content[0] < nxt < att.content[1]:
            att = Attribution(att.actor, (att.content[0], nxt), att.direct, att.how)
        out.append(att)
    return out


def _semicolon_clause(view: View, first: Attribution, v: ConceptMatch) -> int | None:
    """(h_med21b) "Switzerland says it would host a summit in Geneva; the Turkish president has once again offered
    Istanbul": a ";" after the first speaker's words opens a clause of its own, whose subject may stand as far from
    its verb as a sentence's first speaker does (not only right before it). Where that ";" is, when no comma stands
    between it and the verb (else the verb may be inside an aside of the first speaker's words)."""
    semi = view.text.rfind("; ", first.content[0], v.start)
    if semi < 0 or "," in view.text[semi : v.start]:
        return None
    return semi


# h_uk: the outlet that relays the words before it
_OUTLET_WORDS = 4


def _outlet_relay(view: View, v: ConceptMatch, mentions: list[Mention]) -> bool:
    """'..., повідомляє «Суспільне».', ', передает ТАСС.', ', пише NV.', ', повідомляє видання.', ', передає
    Інтерфакс-Україна.': a verb of saying after a comma whose subject, closing the sentence, is an outlet relays the
    words before it, as '..., Reuters reported' does: the outlet is no speaker, and its verb is nobody's. An outlet
    is told by its shape (quoted, a compound, capitals, Latin letters in Cyrillic, the press words of NONPARTY, a
    known outlet of OUTLET), never a bare capitalised word ('..., заявив Галущенко': someone we do not know)."""
    toks = view.tokens
    if v.first < 2 or toks[v.first - 1].text != ",":
        return False
    rest = list(toks[v.last + 1 :])
    while rest and not rest[-1].is_word:
        rest.pop()
    words = [t for t in rest if t.is_word]
    if not words or len(words) > _OUTLET_WORDS or any(
            not t.is_word and t.text not in QUOTE_MARKS and t.text not in ".-" for t in rest):
        return False
    start, end = rest[0].start, rest[-1].end
    if any(start <= m.start < end and view.text[m.start - 1 : m.start] != "-" for m in mentions):
        return False  # ", заявил Песков", ", заявив Офіс президента": a party speaks (not "РБК-Україна")
    press = [c for name in ("NONPARTY", "OUTLET") for c in view.concepts.get(name, ()) if start <= c.start < end]
    if press:
        return True
    if view.text[toks[v.last].end : start].strip() in QUOTE_MARKS and view.text[toks[v.last].end : start].strip():
        return True  # ', пише «Українська правда»'
    raw = [view.text[t.start : t.end] for t in words]
    glued = [view.text[t.start - 1 : t.start] in "-." for t in words]
    if not all(w[:1].isupper() or g for w, g in zip(raw, glued, strict=True)):
        return False
    cyrillic = any("а" <= c.lower() <= "я" or c.lower() in "іїєґё" for c in view.text[: toks[v.first].start])
    return any(glued) or any(
        len(w) > 1 and w.isupper() for w in raw) or (cyrillic and any(w.isascii() for w in raw))


# Languages that drop the subject pronoun: "Добавил, что ...", "Додав, що ...", "Dodał, że ...", "Añadió que ...".
_PRO_DROP = frozenset({"ru", "uk", "pl", "es", "it", "el"})
_BARE_OPENERS = concept_words("BARE_VERB_OPENER")
# (h_attr19) a question word right after a verb of wondering opens what he asks: «Αμέσως μετά, όμως, αναρωτήθηκε
# ποιο θα ήταν το νόημα», "Luego se preguntó qué sentido tendría"
_ASKED_OPENERS: Final = concept_words("WH_WORD") | concept_words("WHETHER_OPEN")


def _bare_verb(view: View, v: ConceptMatch, mentions: list[Mention], memory: Memory) -> Attribution | None:
    """'Песков выступил перед журналистами. Добавил, что ...', 'Також додав, що ...', 'Dodał, że ...': a verb of
    saying opening the sentence (after "also", "later" at most) with no subject, then "that" or a colon, is the
    person last spoken of going on, as "He added that ..." is (the languages that drop the pronoun)."""
    if view.lang not in _PRO_DROP:
        return None
    occasion = _occasion_opening(view, v)
    last = memory.last.actor if memory.last is not None else (memory.last_person if occasion else None)
    if last is None or last.kind != "person":
        return None
    toks = view.tokens
    asked = _asked_before_verb(view, v.first)
    if any(m.start < v.start and not (asked and m.start >= toks[asked[0]].start) for m in mentions):
        return None
    if not occasion and any(t.is_word and t.text.lower() not in _BARE_OPENERS and not (asked and i >= asked[0])
                            or not t.is_word and t.text != "," for i, t in enumerate(toks[: v.first])):
        return None
    nxt = toks[v.last + 1 : v.last + 3]
    if not nxt or not (nxt[0].text == ":" or (nxt[0].text == "," and len(nxt) > 1 and nxt[1].text in _THAT)
                       or _that_follows(toks[v.last + 1 : v.last + 6]) or nxt[0].text.lower() in _ASKED_OPENERS):
        return None
    return Attribution(last, (v.start, len(view.text)), False, "dropped")



_OCCASION_GAP: Final = 3  # words between the occasion ("В интервью") and the verb: whom he told, when ("CNN в четверг")
_SAY_AUX: Final = concept_words("SAY_AUX_SINGULAR")
_PLURAL_SAY: Final = word_endings("PLURAL_VERB") + word_endings("PLURAL_PAST")
_CALENDAR: Final = calendar_words()


def _occasion_opening(view: View, v: ConceptMatch) -> bool:
    """'В интервью CNN заявил, что ...', 'W wywiadzie powiedział, że ...', 'Σε συνέντευξη είχε δηλώσει ότι ...',
    'En una entrevista afirmó que ...': the sentence opens (after "also", "later" at most) with the occasion of
    speaking, then a singular verb of saying (an auxiliary at most before it) with no subject: the pronoun dropped,
    as "In an interview, he said ..." (a plural, «В Кремле заявили», speaks for nobody named; a capitalised word
    before the verb may be a subject we do not know, «В интервью Галущенко заявил»)."""
    toks = view.tokens
    occasion = next((c for c in view.concepts.get("SPEECH_OCCASION", ()) if all(
        t.text.lower() in _BARE_OPENERS or t.text == "," for t in toks[: c.first])), None)
    if occasion is None or occasion.last >= v.first:
        return False
    first = v.first - 1 if v.first > 0 and toks[v.first - 1].text.lower() in _SAY_AUX else v.first
    between = range(occasion.last + 1, first)
    return len(between) <= _OCCASION_GAP and all(_told_or_when(view, i) for i in between) and \
        not toks[first].text.lower().endswith(_PLURAL_SAY)


def _told_or_when(view: View, i: int) -> bool:
    """A word between the occasion and the verb that cannot be its subject: "also", an outlet's acronym ("CNN"),
    whom he told («телеканалу», «журналистам»), a day («в четверг»); any other word may be one (an analyst, a name
    we do not know: «В интервью эксперт заявил»)."""
    toks = view.tokens
    t = toks[i]
    word = view.text[t.start : t.end]
    return t.text == "," or t.text.lower() in _BARE_OPENERS or t.text.lower() in _CALENDAR or (
        len(word) > 1 and word.isupper()) or _before_day(toks, i) or any(
        c.first <= i <= c.last for c in view.concepts.get("SPEECH_PLACE", ()))


def _before_day(toks: list[Token], i: int) -> bool:
    """A short word right before a calendar word: the preposition of a day («в четверг», «у середу», "w czwartek")."""
    return len(toks[i].text) <= 2 and i + 1 < len(toks) and toks[i + 1].text.lower() in _CALENDAR


def _dropped_aside(view: View, v: ConceptMatch, mentions: list[Mention], memory: Memory) -> Attribution | None:
    """«Mosca, ha detto, è esclusa», «Москва, подчеркнул, отпадает»: a parenthesis of saying with no subject of its
    own, in a language that drops the pronoun, is the person last spoken of, and the sentence around it his: the last
    speaker, or else the person the sentence before was about (h_other: «Ο Πεσκόφ απέφυγε κάθε δέσμευση. Συνάντηση
    Πούτιν-Ζελένσκι, είπε, είναι δυνατή μόνο ...»), as "he" in "..., he said, ..." is."""
    last = memory.last.actor if memory.last is not None else memory.last_person
    if view.lang not in _PRO_DROP or last is None or last.kind != "person":
        return None
    if _bare_parenthesis(view, v, mentions):  # (only a speaker before goes on so: no one merely named)
        return Attribution(last, (0, len(view.text)), False, "dropped") if memory.last is not None else None
    if not _in_aside(view, v) or any(_in_aside(view, m) for m in mentions) or view.tokens[v.last + 1].text != ",":
        return None  # («сказали в Офісі»: an institution there speaks, not the person last named)
    return Attribution(last, (0, len(view.text)), False, "dropped")


def _bare_parenthesis(view: View, v: ConceptMatch, mentions: list[Mention]) -> bool:
    """(h_attr27) «È necessario, ha aggiunto, che prima vengano concordati i documenti», «Es necesario, añadió, que
    ...»: the verb of saying alone between two commas, after the sentence's predicate and before its "that" (which
    keeps it out of `view.asides`), with no one named before it: the person last spoken of goes on."""
    toks = view.tokens
    if v.first < 2 or v.last + 2 >= len(toks) or toks[v.first - 1].text != "," or toks[v.last + 1].text != ",":
        return False
    if toks[v.last + 2].text not in _THAT or any(not t.is_word for t in toks[: v.first - 1]):
        return False
    return not any(m.start < toks[v.last + 1].start for m in mentions)


def _quote_bare_verb(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                     memory: Memory) -> Attribution | None:
    """'«Αν θέλει να συναντηθούμε, ας έρθει στο Κίεβο», είπε, σημειώνοντας ότι ...', '«...», dijo, señalando que
    ...': a quote opening the sentence, then a verb of saying with no subject (the languages that drop the
    pronoun), is the person last spoken of, as '"...," he said, noting that ...' is."""
    last = memory.last.actor if memory.last is not None else None
    says = _says(view, quotes)
    if view.lang not in _PRO_DROP or last is None or last.kind != "person" or not quotes or not says:
        return None
    start, end = quotes[0]
    v = says[0]
    if any(c.isalnum() for c in view.text[:start]) or any(c.isalnum() for c in view.text[end : v.start]) or any(
            not _in(quotes, m.start) and m.start < v.start for m in mentions):
        return None  # (h_other: a name after the verb, in what he adds, "..., προσθέτοντας ότι ... με τον Ρώσο
        # πρόεδρο", is what he speaks of; one right after it is a subject, below)
    if v.last + 1 < len(view.tokens) and view.tokens[v.last + 1].is_word \
            and not _is_prep(view, view.tokens[v.last + 1].text) and not _day_after(view, v.last + 1):
        return None  # «...» — сказала дипломат: a subject after the verb, someone unnamed, not the last person (not
        # "είπε στους δημοσιογράφους", "dijo a los periodistas": whom he told, h_other)
    return Attribution(last, (start, end), True, "dropped")  # the quote ("..., dijo, antes de viajar a Londres":
    # the reporter's words after the verb are not his)


def _day_after(view: View, i: int) -> bool:
    """(h_attr24) "ha dichiarato martedì", "dijo el martes", "δήλωσε την Τρίτη": a day (determiners skipped) after
    the verb says when, no subject ("«...», ha dichiarato martedì, citando ...": the person last spoken of)."""
    dets = {m.first for m in view.concepts.get("DET", ())}
    while i < len(view.tokens) and i in dets:
        i += 1
    return i < len(view.tokens) and view.tokens[i].text.lower() in calendar_words()


def _that_follows(after: list[Token]) -> bool:
    """'Añadió que ...', 'Πρόσθεσε όμως ότι ...', 'Ha aggiunto, tuttavia, che ...': "that" after the verb, an
    adverb of going on ("but", "also", "however") and its commas at most between them (the languages that set
    no comma before "that")."""
    for t in after:
        if t.text in _THAT:
            return True
        if t.text != "," and t.text.lower() not in _BARE_OPENERS:
            return False
    return False


def _named_later(view: View, v: ConceptMatch, mentions: list[Mention], says: list[ConceptMatch]) -> bool:
    """A pronoun's verb in an opening phrase that a comma closes, and after the comma a person named as the
    subject of a later verb of saying: the pronoun points ahead to that person, whose words the sentence are."""
    toks = view.tokens
    comma = next((i for i in range(v.last + 1, len(toks)) if toks[i].text == ","), None)
    if comma is None or not toks[0].is_word or toks[0].text not in _OPENERS_AHEAD:
        return False
    after = toks[comma].end
    return any(m.actor is not None and m.actor.kind == "person" and m.how != "pronoun" and m.start >= after
               and any(w.first > comma and w.start >= m.end and view.words_between(_token_at(view, m.start) or 0,
                                                                                   w.first) <= 3 for w in says)
               for m in mentions)


# Words that open a phrase before the sentence's subject ("Unlike last year, when he ...", "В отличие от ...").
_OPENERS_AHEAD = concept_words("OPENER_AHEAD")


_BY = concept_words("BY_AGENT")
_ASKED = concept_words("ASKED_WORD")
_ASKED_ABOUT = concept_words("ASKED_ABOUT")


def _asked_opening(view: View, v: ConceptMatch) -> bool:
    """'Asked about Donald Trump, Putin says ...', '13:34 - Asked whether ..., Putin says': a participle of asking
    that opens the sentence (after a liveblog's time at most) is an adverbial, not the verb of a speaker."""
    toks = view.tokens
    if toks[v.first].text not in _ASKED or v.last + 1 >= len(toks) or toks[v.last + 1].text not in _ASKED_ABOUT:
        return False
    before = [t.text for t in toks[: v.first] if t.is_word]
    if len(before) == 1 and before[0] in _WHEN_ASKED:
        return True  # "When asked about Trump, Putin said ..."
    return not before or bool(_DATED.match(view.text[: toks[v.first].start]))


_WHEN_ASKED = concept_words("WHEN_ASKED")


def _asked_first(view: View) -> bool:
    """(h_quest) The sentence opens with a verb of asking and the embedded question it puts ("Asked on Monday
    whether he would meet Putin, ..."): a question, as "asked whether" is."""
    return any(a.first == 0 for a in view.concepts.get("ASK_VERB", ())) and view.has_any(("ASKED_IF",
                                                                                           "ASKED_IF_AFTER"))


_SUBORDINATORS = concept_words("SUBORDINATOR")


def _opening_person(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                    m: Mention) -> Actor | None:
    """'Zelensky raised the stakes: he said ...', 'Putin arrived in Beijing, where he said ...': a pronoun
    speaker is the person the same sentence opens with, before any earlier one."""
    if m.how != "pronoun" or not view.tokens or view.tokens[0].text.lower() in _SUBORDINATORS:
        return None  # "If Zelensky is ready, he said, ...": the if-clause's subject is not the speaker
    after_object = False
    for o in mentions:
        if o.start >= m.start or o.start >= 60:
            break
        if after_object and _coordinated(view, mentions, o):
            continue  # "A meeting between Putin and Zelensky, he said, ...": joined to an object, an object
        after_object = not is_subject(view, o)
        if _interrupted(view, o, m):
            continue  # 'Putin, he said, "has never said no"': the clause the aside interrupts is about him; the
            # speaker is the one spoken of before
        if o.actor is not None and o.actor.kind == "person" and not _in(quotes, o.start) and not after_object:
            return o.actor
    return None


def _interrupted(view: View, o: Mention, m: Mention) -> bool:
    """The mention `o` is the subject right before a parenthesis of saying that holds the pronoun `m`: the pronoun
    and its verb of saying, set off by commas right after `o` ('Putin, he said, "..."', «Путин, сказал он, ...»).
    (`view.asides` leaves out an aside a quote opens right after: this asks the shape alone.)"""
    i = view.token_from(m.start)
    if i is None:
        return False
    toks = view.tokens
    for v in view.concepts.get("SAY", ()):
        if v.first == i + 1 or v.last == i - 1 or v.first <= i <= v.last:
            first, last = min(i, v.first), max(i, v.last)
            return view.text[o.end : toks[first].start].strip() == "," and last + 1 < len(toks) \
                and toks[last + 1].text == ","
    return False


def _agent(view: View, v: ConceptMatch, mentions: list[Mention]) -> Mention | None:
    """'a line repeated by Putin', 'the offer, rejected by Kyiv': the agent of a passive speech verb speaks."""
    nxt = v.last + 1
    if nxt >= len(view.tokens) or view.tokens[nxt].text not in _BY:
        return None
    after = view.tokens[nxt].end
    return next((m for m in mentions if m.actor is not None and 0 <= m.start - after <= 1), None)


def _closing(view: View, says: list[ConceptMatch], mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
             memory: Memory) -> Attribution | None:
    """A closing attribution after a comma ("..., the Ukrainian president said on Thursday.") takes the whole
    sentence before it, speech verbs inside included, and (h_nostmt21) after a clause fronted before it ("If ...,
    he said, a meeting ...") the rest of the sentence too (_closed_end)."""
    if len(says) < 2:
        return None
    v = says[-1]
    m = _subject_before(view, v, mentions, quotes, _ADJACENT) or _mention_after(view, v, mentions, quotes)
    if m is None:
        return None
    start = min(m.start, v.start)
    if start < 20 or not view.text[:start].rstrip().endswith(",") or not _closes(view, v, m):
        return None
    actor = _resolve(m, memory)
    return Attribution(actor, (0, _closed_end(view, v, m, start)), bool(quotes), "verb") if actor is not None else None


# (h_attr23) verbs that say a position as well as report it ("Kyiv wants Geneva", "Moscow insists on Minsk")
_POSITION_VERBS: Final = ("WANT", "INSIST", "PREFER")


def _holds_object(view: View, v: ConceptMatch) -> bool:
    """(h_attr23) A verb of wanting, insisting or preferring with a word right after it ("..., Kyiv wants Geneva",
    "..., Kyiv insists on a ceasefire first"): it states a position with its object, so it closes no sentence as
    "..., Kyiv said." does (at the sentence's end, "..., Moscow insists.", it still may). A day after it is no object
    ("..., Kyiv insisted yesterday, ...", "... on Monday": review 35)."""
    if not any(c.first == v.first for k in _POSITION_VERBS for c in view.concepts.get(k, ())):
        return False
    toks = view.tokens
    nxt = v.last + 1
    return nxt < len(toks) and toks[nxt].is_word and toks[nxt].text.lower() not in _CALENDAR \
        and not _before_day(toks, nxt)


def _closed_end(view: View, v: ConceptMatch, m: Mention, start: int) -> int:
    """(h_nostmt21) Where the words a closing attribution takes end: at it, or at the sentence's end where it is a
    parenthesis of saying after a fronted clause ("If Kyiv wants peace, he said, a meeting ...", «Μέχρι να
    συμφωνηθούν τα κείμενα, είπε, μια συνάντηση ...»): the main clause resumes after it, and is his too."""
    comma = view.token_from(start)
    if comma is None or not (_in_aside(view, v) and _in_aside(view, m)):
        return start
    comma = max((k for k in range(comma) if view.tokens[k].text == ","), default=None)
    return len(view.text) if comma is not None and fronted_opening(view, comma) else start


def _subject_before(view: View, v: ConceptMatch, mentions: list[Mention],
                    quotes: tuple[tuple[int, int], ...], within: int = _SUBJECT_WORDS) -> Mention | None:
    """The nearest mention before the verb that can be its subject (outside quotes, within a few words). A
    name right before the verb is its subject whatever precedes it ("Two days later Putin shot back")."""
    verb_tok = v.first
    best = None
    for m in mentions:
        if m.end > v.start or _in(quotes, m.start):
            continue
        i = _token_at(view, m.start)
        if i is None:
            continue
        gap = view.words_between(i, verb_tok) - _words(view, m) + 1
        if _relative(view, m, v) and _only_relative_between(view, m, v):
            return m  # "replying to Yermak, who had said that ...": the relative clause's own verb is his
        if _relative(view, m, v) and gap <= within + _RELATIVE_WORDS and view.text[: v.start].rstrip().endswith(","):
            return m  # "Zelensky, who met the Pope on Sunday, said ...": the antecedent speaks, however long
            # the clause ("Medinsky, who led Moscow's team at the round of March 29, 2022, said")
        if gap > within:
            continue
        if _oblique(view, m) and not _institution_there(view, m, v):
            continue  # "со Стивом Уиткоффом заявил": an object in Russian and Ukrainian, however close
        if _turkish_object(view, m):
            continue  # (h_prodrop22) "Moskova'da olabileceğini söyledi": a case suffix, however close, is no subject
        if not is_subject(view, m) and (gap > _ADJACENT or (_object(view, i) and not _as_clause_subject(view, i))
                                        or _conjunction(view, m, v)
                                        or _in_aside(view, v)) and not _institution_there(view, m, v):
            continue  # "addressed Putin in Russian and asked him": the object of the first verb; (h_other) «Συνάντηση
            # Πούτιν-Ζελένσκι, είπε, ...»: a compound's name before a parenthesis of saying is no subject of it
        if _asked_inside(view, i, verb_tok):
            continue  # (h_answer3) «На уточнення, чи може це бути Москва, відповів»: the question's, not the verb's
        best = m
    if best is None and view.lang in ("ru", "uk") and within == _SUBJECT_WORDS:
        best = _opening_nominative(view, v, mentions, quotes)
    apposed = _apposed_subject(view, v, mentions, quotes) or _clause_apposed(view, v, mentions, quotes)
    if best is not None and apposed is not None and best.start > apposed.end and _phrase_between(view, apposed, v):
        return apposed  # "Zelensky, speaking alongside Mark Rutte, said": the name inside the phrase is not it
    return best or apposed


def _asked_before_verb(view: View, verb: int) -> tuple[int, int] | None:
    """(h_answer3) The tokens of a reported question opening the sentence and closing right before the verb («На
    уточнення, чи може це бути Москва, відповів: ...», «На вопрос, может ли это быть Москва, ответил»): its
    opener (QUESTION) and the embedded question, a comma between them and the verb at most."""
    if not any(m.first == 0 for m in view.concepts.get("QUESTION", ())):
        return None
    spans = [(s.start, s.end) for s in question_scopes(view) if s.end < verb
             and all(not t.is_word for t in view.tokens[s.end + 1 : verb])]
    return (0, max(e for _, e in spans)) if spans else None


def _asked_inside(view: View, i: int, verb: int) -> bool:
    """(h_answer3) The i-th token stands inside an embedded question that closes before the verb ("Asked whether
    Moscow could host it, he said", «На вопрос, может ли это быть Москва, ответил»): a name there is what was asked
    about, never the verb's subject."""
    return view.has_any(("QUESTION", "ASK_VERB", "ASKED_IF", "ASKED_IF_AFTER")) and any(
        s.start <= i <= s.end < verb for s in question_scopes(view))


_TRAILING_NAMES = re.compile(r"(?:\s*\b[A-ZА-ЯІЇЄҐ][\w'-]*)+\s*$")


def _inverted_after_comma(view: View, v: ConceptMatch, mentions: list[Mention]) -> bool:
    """', заявил Ермак', ', said Peskov', ' – powiedział Pieskow': a comma or a dash of its own, the verb, then a
    named speaker: a closing attribution (the Polish and Ukrainian wire's dash after the reported words)."""
    if v.first == 0 or view.tokens[v.first - 1].text not in _CLOSING_MARKS:
        return False
    if view.tokens[v.first - 1].text != "," and view.text[view.tokens[v.first - 1].start - 1 : view.tokens[
            v.first - 1].start] != " ":
        return False  # "Putin-Zelensky": a joining dash, no mark of its own
    if v.last + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[v.last + 1]
    day = view.tokens[v.last + 2].text.lower() if v.last + 2 < len(view.tokens) else ""
    if nxt.text in IN_INSTITUTION and day not in calendar_words():  # ", заявили в Кремле" (not "заявил во вторник")
        later = view.tokens[v.last + 2 : v.last + 5]
        return any(m.actor is not None and m.actor.role == "institution" and any(t.start == m.start for t in later)
                   for m in mentions)
    if any(m.start == nxt.start and (m.actor is not None or m.how == "role") and m.how != "pronoun"
           and _ends_phrase(view, m) and not _named_place(view, v, m) for m in mentions):
        return True  # not "..., said Putin was ready": there the name opens the report; "Якщо Путін хоче ...,
        # сказав президент": a role after the verb speaks too (h_attr17), not the name in the clause before it
    if view.lang != "en" and v.last + 2 < len(view.tokens) and view.tokens[v.last + 2].text == "," and any(
            m.start == nxt.start and m.how == "pronoun" for m in mentions):
        return True  # "Россия, подчеркнул он, не готова", «Україна, наголосив він, готова»: set off by two commas,
        # the pronoun after the verb speaks, the name before it is what he speaks of (h_paren)
    after = next((m for m in mentions if m.start >= v.end), None)  # ", заявил журналистам пресс-секретарь ... Песков"
    return after is not None and after.actor is not None and after.how != "pronoun" and view.lang != "en" and \
        _titled_gap(view, v.end, after.start) and _ends_phrase(view, after)


_CLOSING_MARKS = frozenset({",", "–", "—", "-"})


def _named_place(view: View, v: ConceptMatch, m: Mention) -> bool:
    """(h_offer24) A place right after a verb of naming places is what it names ("Зеленський у вівторок, 20 травня,
    назвав Ватикан, Туреччину та Швейцарію можливими місцями"), not the voice of that place closing the words before."""
    return any(p.start <= m.start < p.end and names_place(view, v.first, p.last) for p in view.places)


# "заявили в Кремле", "сообщили в его офисе": the preposition before an institution that speaks
IN_INSTITUTION = concept_words("IN_INSTITUTION")


def _phrase_between(view: View, m: Mention, v: ConceptMatch) -> bool:
    """Whether a participial, prepositional, relative or possessive phrase (", speaking alongside ...,", ", отвечая
    на вопрос о ...,", ", Putin's closest ally,") stands between the name and its verb, rather than an apposed name
    (", Dmitry Peskov,")."""
    words = _past_day(view.text[m.end : v.start]).lstrip(" ,").split()  # "Макрон 19 августа, на следующий день ..."
    return bool(words) and (words[0][:1].islower() or words[0].endswith(("'s", "’s")))  # ", Putin's closest ally,"


def _opening_nominative(view: View, v: ConceptMatch, mentions: list[Mention],
                        quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """'Зеленский после встречи с Трампом в Вашингтоне заявил': in Russian and Ukrainian a name in the nominative
    that opens the sentence is the subject of its verb however long the adverbial between, when every name
    between is in an oblique case."""
    first = next((m for m in mentions if not _in(quotes, m.start)), None)
    if first is None or first.actor is None or first.end > v.start or first.actor.kind != "person":
        return None
    i = _token_at(view, first.start)
    opening = sum(1 for t in view.tokens[:i] if t.is_word) <= 1 if i is not None else False
    before = _TRAILING_NAMES.sub("", view.text[: first.start])  # "Ранее, 18 июня, Владимир" -> "Ранее, 18 июня,"
    if i is None or not (opening or _fronted_adverbial(before)) or _oblique(view, first):
        return None
    between = [m for m in mentions if first.end <= m.start and m.end <= v.start]
    if any(not _oblique(view, m) for m in between) or view.words_between(i, v.first) > 14:
        return None
    if any(t.text in (",", "—", "–", ":", ";") for t in view.tokens[i : v.first]):
        return None  # a clause break: "Зеленский, ..., заявил" is the apposed case; "Путин: ..." is not this
    return first


def _apposed_subject(view: View, v: ConceptMatch, mentions: list[Mention],
                     quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """'Zelensky, speaking in Ankara after his talks with Erdogan, says ...': the sentence's first name, set off
    by commas from its verb, is the subject however long the phrase between."""
    # (a country in a title's genitive is no subject: "Президент Франции Эммануэль Макрон 19 августа, ...")
    first = next((m for m in mentions if not _in(quotes, m.start) and not _oblique(view, m)), None)
    if first is None or first.end > v.start:
        return None
    i = _token_at(view, first.start)
    if i is None:
        return None
    before = [t.text for t in view.tokens[:i] if t.is_word]
    if len(before) > _ADJACENT and not (len(before) <= _TITLE_WORDS and all(w[:1].isupper() for w in before)) \
            and not _title_before(view, i):
        return None  # "Hungarian Prime Minister Viktor Orban, ...": a capitalised title may stand before the name
    between = _past_day(view.text[first.end : v.start])  # "Эрдоган 19 августа, на следующий день после ..., высказался"
    head, comma, tail = between.rpartition(",")
    if not between.lstrip().startswith(",") or not comma or not all(w in _AUXILIARIES for w in tail.split()):
        return None  # ", Putin's closest ally, had said": an auxiliary may stand after the phrase
    return first


def _clause_apposed(view: View, v: ConceptMatch, mentions: list[Mention],
                    quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """(h_u17) 'The offer came hours after French President Emmanuel Macron, speaking after the White House talks,
    said ...': a name that opens a subordinate clause (a subordinator, then its title at most) and is set off by
    commas from its verb is that verb's subject, as a sentence's first name is (_apposed_subject)."""
    for m in reversed(mentions):
        if m.end > v.start or _in(quotes, m.start) or _oblique(view, m):
            continue
        between = _past_day(view.text[m.end : v.start])
        head, comma, tail = between.rpartition(",")
        if not between.lstrip().startswith(",") or not comma or not all(w in _AUXILIARIES for w in tail.split()):
            continue
        i = _token_at(view, m.start)
        return m if i is not None and _phrase_between(view, m, v) and _subordinated(view, i) else None
    return None


def _subordinated(view: View, i: int) -> bool:
    """Token i opens a subordinate clause: a subordinator before it, a capitalised title at most between."""
    k = i - 1
    while k >= 0 and i - k <= _TITLE_WORDS and view.tokens[k].is_word and view.tokens[k].text[:1].isupper():
        k -= 1
    return k >= 0 and view.tokens[k].text.lower() in _SUBORDINATORS


_JOINS = (", and ", ", while ", "; ", ", but ", ", whereas ", " – ", " — ", ", а ", ", и ", ", і ", ", але ", ", но ",
          ", a ", ", und ", ", et ", ", e ", ", y ", ", ale ")


_JOINS_LANGS = frozenset({"en", "ru", "uk"})


def _new_clause(view: View, first: Attribution, m: Mention, v: ConceptMatch | None = None) -> bool:
    """A second speaker opens a clause of their own ('..., and Zelensky repeated that ...'), not a clause the
    first speaker reports ('Lavrov noted that Zelensky rejected any talks' is Lavrov's statement)."""
    between = view.text[first.content[0] : m.start]
    if any(j in between for j in _JOINS) or (v is not None and _asyndetic(view, first, m, v)):
        return True
    # ", mientras que Kiev respondió", ", ενώ το Κίεβο απάντησε", ", και το Κίεβο": a comma and a word of contrast
    # (BUT) or "and" open it in the other languages (English, Russian and Ukrainian: the joins above)
    toks = view.tokens
    a, b = view.token_from(first.content[0]), view.token_from(m.start)
    if a is None or b is None:
        return False
    if view.lang in _JOINS_LANGS:
        # ", тогда как Киев ответил", ", однако в Киеве заявили", ", тоді як Київ відповів": a comma and a word that
        # opens another party's clause (SECOND_CLAUSE) right before the speaker, a preposition of place at most
        # between ("в Киеве": the institution that speaks)
        return any(toks[j.first - 1].text == "," and a < j.first and j.last < b and all(
            t.text in IN_INSTITUTION for t in toks[j.last + 1 : b]) for j in view.concepts.get("SECOND_CLAUSE", ())
            if j.first > 0)
    joins = {j.first for j in view.concepts.get("BUT", ())}
    return any(toks[i - 1].text == "," and (i in joins or toks[i].text in AND_WORDS) for i in range(max(a, 1), b))


# words that open a clause inside the first speaker's, or join it: never part of the second speaker's title
_CLAUSE_WORDS = frozenset().union(*(concept_words(c) for c in (
    "THAT_SAID", "RELATIVE_WORD", "SUBORDINATOR", "CONJUNCTION", "SUBJECT_OPENER", "WH_WORD")))
# words that embed the first speaker in a clause of the sentence's (a question or relative clause): its comma closes
# that clause, and the speaker after it speaks in the main clause
_EMBEDDING = concept_words("WH_WORD") | concept_words("RELATIVE_WORD")


def _asyndetic(view: View, first: Attribution, m: Mention, v: ConceptMatch) -> bool:
    """h_speak: 'Macron proposed Geneva, Chancellor Merz said ...', «Макрон предложил Женеву, канцлер ФРГ Мерц
    заявил, что ...»: a bare comma after the first speaker's words opens the second speaker's clause, only a title
    between. Not when the first speaker's words before the comma open with "that" or a quote: then the comma may be
    inside them ("Lavrov said that in Istanbul, Zelensky told him ..."); nor when the second verb closes the
    sentence ("Putin agreed to meet ..., the Kremlin said after the call": the whole is the Kremlin's account)."""
    if view.lang not in _JOINS_LANGS or first.how != "verb" or first.content[0] == 0 or _closes(view, v, m):
        return False
    toks = view.tokens
    b = view.token_from(m.start)
    if b is None:
        return False
    preps = {k for x in view.concepts.get("PREP", ()) for k in range(x.first, x.last + 1)}
    j, words = b - 1, 0
    while j >= 0 and toks[j].is_word and j not in preps and toks[j].text.lower() not in _CLAUSE_WORDS and \
            words < _TITLE_WORDS:
        j, words = j - 1, words + 1  # a title ("канцлер ФРГ", "German Chancellor"), no word that opens a clause
    if j < 0 or toks[j].text != "," or toks[j].start <= first.content[0] or _embedded(view, first):
        return False
    said = view.text[first.content[0] : toks[j].start]
    return not any(q in said for q in QUOTE_MARKS) and not any(
        t.text.lower() in _THAT for t in toks[view.token_from(first.content[0]) or 0 : j])


def _embedded(view: View, first: Attribution) -> bool:
    """h_speak2: 'Asked why Putin had proposed Istanbul, Trump said ...', 'The talks, which Putin proposed, ...': a
    question or relative word before the first speaker's words embeds him in a clause of the sentence; the comma
    after his words closes it, no clause of his own, and the speaker after it takes the sentence (its opening's
    day included) as before."""
    end = view.token_from(first.content[0]) or 0
    return any(t.text.lower() in _EMBEDDING for t in view.tokens[:end])


_OPENING_TIME = concept_words("OPENING_TIME")


def _after_opening_clause(view: View, first: int, m: Mention) -> bool:
    """'A day after Putin said ..., the Ukrainian president replied that ...', 'После того как Путин заявил ...,
    Зеленский ответил ...': the first speaker is inside a clause of time that opens the sentence; the subject after
    its closing comma speaks in the main clause."""
    words = [t.text for t in view.tokens[:5] if t.is_word and t.start < first]
    return any(w in _OPENING_TIME for w in words[:4]) and view.text[:m.start].rstrip().endswith(",")


def _coordinated(view: View, mentions: list[Mention], m: Mention) -> bool:
    """The mention is the second of two joined by 'and' ('between Putin and Zelensky')."""
    before = view.text[max(0, m.start - 6) : m.start].strip().lower()
    return before.endswith((" and", " or", " и", " і", " та")) and any(o.end <= m.start - 4 and m.start - o.end < 8
                                                                       for o in mentions if o is not m)


_CONJUNCTIONS = concept_words("CONJUNCTION")


def _conjunction(view: View, m: Mention, v: ConceptMatch) -> bool:
    """'and' between a mention and the verb: the verb has the subject of the first one."""
    return any(t.text in _CONJUNCTIONS for t in view.tokens if m.end <= t.start and t.end <= v.start)


def _object(view: View, i: int) -> bool:
    """The mention at token i follows a preposition or an object-taking verb (determiners skipped)."""
    j = _word_before_dets(view, i)
    return j >= 0 and any(p.first <= j <= p.last for p in view.concepts.get("PREP", ()))


def _as_clause_subject(view: View, i: int) -> bool:
    """h_attr20: "As Peskov explained, ...", "..., as the press secretary put it": the name after an "as" that
    opens the sentence or a clause after a comma is the subject of the verb of saying after it, not the object of
    a preposition "as"."""
    j = _word_before_dets(view, i)
    return j >= 0 and view.tokens[j].text.lower() in AS_WORDS and (j == 0 or view.tokens[j - 1].text == ",")


def _word_before_dets(view: View, i: int) -> int:
    """The index of the token before token i and the determiners right before it ("as the press secretary": "as"),
    -1 when there is none: what governs a mention."""
    j = i - 1
    dets = {k for d in view.concepts.get("DET", ()) for k in range(d.first, d.last + 1)}
    while j >= 0 and j in dets:
        j -= 1
    return j


_ADJACENT = 2  # words between a name and its verb that never separate them ("Putin also said", "has now")
_TITLE_WORDS = 4  # a capitalised title before a sentence's first name ("Turkish Foreign Minister Hakan Fidan")


RELATIVE_PRONOUNS = concept_words("RELATIVE_PRONOUN")


def relative_opens(text: str) -> bool:
    """The text right after a name opens a relative clause on it (', who ...', ', который ...', ', quien ...')."""
    if not text.startswith(","):
        return False
    words = text.strip(" ,").split(maxsplit=1)
    return bool(words) and words[0].lower() in RELATIVE_PRONOUNS


def _relative(view: View, m: Mention, v: ConceptMatch) -> bool:
    """'..., Serhiy Nykyforov, who said ...' or 'Zelensky, who met the Pope on Sunday, said ...': the antecedent
    of a relative pronoun is the subject of the verb inside the clause or right after it."""
    return relative_opens(view.text[m.end : v.start])


_AUXILIARIES = concept_words("AUXILIARY")


def _only_relative_between(view: View, m: Mention, v: ConceptMatch) -> bool:
    """', who said', ', who had said', ', который заявил': the pronoun (and an auxiliary) only, then the verb."""
    words = view.text[m.end : v.start].strip(" ,").lower().split()
    return 0 < len(words) <= 3 and words[0] in RELATIVE_PRONOUNS and all(w in _AUXILIARIES for w in words[1:])


def _words(view: View, m: Mention) -> int:
    return view.words_in(m.start, m.end)


def _mention_after(view: View, v: ConceptMatch, mentions: list[Mention],
                   quotes: tuple[tuple[int, int], ...]) -> Mention | None:
    """'said Peskov', 'заявил Песков', 'sagte Selenskyj': the speaker right after the verb (in English only
    after a verb of saying: 'told Putin', 'dared Putin' name the addressee)."""
    # an English verb that is not of inverted saying ("told", "dared") names its addressee after it, a speaker only
    # in "told the press"
    addressee_after = view.lang == "en" and not any(x.first == v.first for x in view.concepts.get("SAY_INV", ()))
    for m in mentions:
        if m.start < v.end or addressee_after and not _told_the_press(view, m):
            continue
        if _participle_names_place(view, v, m):
            return None  # „sagte er und nannte die Türkei als möglichen Ort": the place named, no speaker
        if not _in(quotes, m.start):
            if _named_place(view, v, m):
                return None  # (h_offer24) the place a verb of naming names is no speaker after it
            gap = view.text[v.end : m.start]
            if _spoken_from(view, gap, m):
                continue  # (h_stance40) "respondió desde Ankara", "replied from Ankara": where he spoke, no speaker
            limit = 3 if view.lang in _OBJECT_LANGS else 2  # "заявили в пятницу в Кремле"
            if view.lang in _OBJECT_LANGS and m.how == "form" and m.actor is not None and m.actor.kind == "person" \
                    and not nominative_name(view, m):
                continue  # a name in an oblique case is no speaker: "відповів на запрошення Путіна до Москви",
                # "ответил на предложение Путина" name whose invitation is answered ("заявил помощник президента
                # России Юрий Ушаков": the name after the title speaks)
            if len(gap.split()) <= limit and "," not in gap and m.start - v.end <= 30 and _ends_phrase(view, m):
                return m
            if m.actor is not None and m.how != "pronoun" and _titled_gap(view, v.end, m.start) and \
                    _ends_phrase(view, m):
                return m  # "— уточнил, отвечая на вопрос журналистов, глава МИД Украины Андрей Сибига"
            return None
    return None


_PRESS_TOLD: Final = concept_words("PRESS_TOLD")
_SPOKE_FROM: Final = concept_words("SPOKE_FROM")


def _spoken_from(view: View, gap: str, m: Mention) -> bool:
    """(h_stance40) A place named right after "from" after the verb ("Zelenski, que no fue invitado a Riad,
    respondió desde Ankara que ...", "replied from Ankara", «ответил из Анкары», «відповів з Анкари»): the place he
    spoke from, not a capital speaking for its government; a person after "from" is no speaker either.
    (h_fix40_3) An institution that speaks is the speaker after "from" all the same («сообщили из Кремля», «ответили
    из администрации президента», «заявили з ОП», "said from the Kremlin"): only a place is skipped."""
    words = gap.split()
    return bool(words) and words[-1].lower() in _SPOKE_FROM and not any(
        c.start <= m.start < c.end or m.start <= c.start < m.end for c in view.concepts.get("SPEAKING_BODY", ()))
_PRESS_BODY: Final = concept_words("PRESS_BODY")
_TO_THE_PRESS: Final = re.compile(r"\s+to\s+(the\s+)?(\w+)")


def _told_the_press(view: View, m: Mention) -> bool:
    """h_attr20: '"...," told Putin to journalists', a name between a verb and the press it tells (the word order
    of translated English): the name is who speaks, not whom he told, as after "said"."""
    to = _TO_THE_PRESS.match(view.text, m.end)
    if to is None:
        return False
    told = to.group(2).lower()
    return told in _PRESS_TOLD or (to.group(1) is not None and told in _PRESS_BODY)


def _titled_gap(view: View, start: int, end: int) -> bool:
    """Between the verb and the name (characters start to end) stand an audience and a title ("заявил
    журналистам пресс-секретарь президента"), maybe after a participial phrase set off by commas (", отвечая на
    вопрос журналистов,"): at most five words, no "that", no other comma, no preposition, no meeting."""
    rest = view.text[start:end]
    offset = start
    phrase = False
    if rest.lstrip().startswith(","):
        lead = len(rest) - len(rest.lstrip()) + 1
        inner, sep, after = rest[lead:].partition(",")
        first = inner.split()[0].lower() if inner.split() else ""
        if not sep or not _gerund(first):
            return False
        offset += lead + len(inner) + 1
        rest, phrase = after, True
    when = _TIME_LEAD.match(rest)
    if when and when.group("day").lower() in calendar_words():
        offset += when.end()  # "заявил в понедельник советник президента ОАЭ": the day is no part of the title
        rest, phrase = rest[when.end():], True
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    if len(words) > 5 or (not words and not phrase) or "," in rest:
        return False
    if any(w.lower().strip("«»\"") in _THAT for w in words):
        return False
    staff = {m.last for c in ("STAFF_HEAD", "ROLE") for m in view.concepts.get(c, ())}
    return not any(offset <= m.start < offset + len(rest) and not (c == "LEADER" and m.first - 1 in staff)
                   for c in _NOT_IN_TITLES for m in view.concepts.get(c, ()))  # (h_format40) a leader in the
    # genitive after a staff noun is whose staff the title names («— сказал пресс-секретарь Зеленского Сергей
    # Никифоров», «— заявил советник Путина Юрий Ушаков»), no leader the verb is about


_TIME_LEAD = re.compile(r"\s*(?:в|во|у|on)\s+(?P<day>\w+)", re.I)
_NOT_IN_TITLES = ("MEET", "TALKS", "PREP", "AT", "LOCATIVE", "ABOUT", "WITHOUT", "LEADER")


_AFTER_SPEAKER = concept_words("AFTER_SPEAKER")


def _ends_phrase(view: View, m: Mention) -> bool:
    """In English 'said Peskov' ends its phrase ('said Peskov.', 'said Peskov on Friday'); in 'says Ukraine will
    send ...' the name begins the reported clause and is not the speaker."""
    if view.lang != "en":
        return True
    j = _token_at(view, m.end)
    if j is None:
        return True
    nxt = view.tokens[j]
    return not nxt.is_word or nxt.text in _AFTER_SPEAKER or view.text[nxt.start : nxt.end][:1].isupper()


_QUOTE_RESUMED: Final = (",", ":", "\u2014", "\u2013", "-")


def _resumes_quote(text: str, start: int) -> bool:
    """(h_frame3) A quote after a closing attribution resumes the speaker's words when it is set off by a comma, a colon
    or a dash ('"...," he said, "..."', «...», — сказав він, — «...»); one right after a word is a name the reporter
    quotes ("after the «coalition of the willing» meeting", «після зустрічі «коаліції охочих»»)."""
    return text[:start].rstrip()[-1:] in _QUOTE_RESUMED


def _content(view: View, v: ConceptMatch, m: Mention, quotes: tuple[tuple[int, int], ...],
             inverted: bool) -> tuple[int, int]:
    """The speaker's span: the quotes when the sentence has them, else the clause the verb introduces, or the
    words before a closing attribution ('..., Lavrov said.')."""
    n = len(view.text)
    first_quote = min(s for s, _ in quotes) if quotes else n
    if quotes and first_quote <= 3 and first_quote < v.start:
        if _adds_after(view, v, m) or _relative_after(view, v, m):
            return (first_quote, n)  # "...," Zelensky said, adding that ... / who ruled out ...: his too
        return (first_quote, max(e for s, e in quotes if s < v.start or _resumes_quote(view.text, s)))
        # "...," Peskov said (, "..."), not «...», — сказав Зеленський після зустрічі «коаліції охочих» (h_frame3)
    if _in_aside(view, v) and _in_aside(view, m) and not _speaker_first(view, m, v):
        return (0, n)  # "Moscow, he said, is out", «Москва, — подчеркнул он, — отпадает»: a parenthesis of saying
        # inside the sentence, which is all his (analysis._speech_asides)
    if m.end < v.start and not inverted and _object_before_verb(view, m, v):
        return (m.end, n)  # "В Киеве это предложение отвергли": the object the verb answers comes before it
    if quotes and not inverted and first_quote > 15 and _quote_closes_before(view, quotes, min(m.start, v.start)) \
            and _closes(view, v, m):
        if _adds_after(view, v, m) or _goes_on(view, v.last):
            return (0, n)
        return (0, min(m.start, v.start))  # 'Ukraine is ready "in any format", Sybiha said': the whole clause
    if quotes and not inverted and first_quote > max(m.end, v.end) and _comma_before(
            view.text[: min(m.start, v.start)]) and len(view.text[m.end : v.start].split()) <= 1 and \
            _predicate_resumes(view, max(m.end, v.end)):
        return (0, n)  # 'The status of Crimea, he added, would have to be written into "fundamental agreements"':
        # the parenthetical speaker of a sentence that resumes after him, a quoted phrase further on
    if quotes and not inverted:
        return (v.start, n)  # reported speech with a quoted phrase inside
    speaker_start = min(m.start, v.start)
    speaker_end = max(m.end, v.end)
    if m.end < v.start and _AS_CLAUSE.search(view.text[:speaker_start]):
        return (0, speaker_start)  # h_attr6: "whether they meet to negotiate, as Kyiv wants, or ...": a reporter's
        # "as" clause owns the words before it, not those after its verb
    tail = view.text[speaker_end:].strip(" .,;!?")
    dated = _DATED.match(view.text)  # "20 апреля 2021 года — Зеленский предложил ...": the date is no words of his
    named_from = _first_names_from(view, m) if m.end < v.start else speaker_start
    far = named_from - (dated.end() if dated and dated.end() <= named_from else 0) > 20 and not _title_opens(
        view, speaker_start)  # "Президент Франции Эммануэль Макрон высказался за Женеву": the title opens the
    # sentence with him, no words of another before him
    if far and len(tail) >= 15 and _fronted_adverbial(_untitled(view.text[:speaker_start])):
        return (v.start, n)  # "Speaking in Moscow, Peskov said ...", "After the annexation, Zelensky signed a decree"
    if far and _comma_before(view.text[:speaker_start]) and _adds_after(view, v, m):
        return (0, n)  # "A meeting is not on the agenda, Peskov said, adding that ...": both parts are his
    reported = tail.split(maxsplit=1)[0].lower() in _SUBJECT_PRONOUNS | _THAT if tail else False
    # (h_u8x) a verb phrase that holds its own "that" («допустил, что», "allowed that") reports what follows it,
    # however short: «Советник ... Подоляк допустил, что встреча может пройти в Турции»
    reported = reported or view.tokens[v.last].text.lower() in _THAT
    titled = _comma_before(view.text[:speaker_start]) and len(view.text[m.end : v.start].split()) <= 1
    if (titled and _predicate_resumes(view, speaker_end)) or (inverted and _parenthetical(
            view, speaker_start, speaker_end)):
        return (0, n)  # "The Kremlin's condition, he said, is ...", «Путину: он, сказал он, готов ...»: set off by
        # commas inside a sentence that resumes after him, the subject before him included
    if far and len(tail) < 30 and not reported and not _opening_phrase(view.text[:speaker_start]):
        if any(q.first <= 1 for q in view.concepts.get("QUESTION", ())) or _asked_first(view):
            return (v.start, n)  # "Asked whether he would meet Putin, Zelensky said yes": the answer is his
        if _subordinate_speaker(view, speaker_start):
            return (v.start, n)  # "..., бо він добре пояснює, звідки ...": the clause before is no words of his
        return (0, speaker_start)
    if far and titled and _closes(view, v, m):
        if _goes_on(view, v.last) or _predicate_resumes(view, speaker_end) or _parenthetical(
                view, speaker_start, speaker_end):
            return (0, n)  # "The Kremlin is ready, aide Ushakov told reporters, but only after ...": his words go on
        return (0, speaker_start)  # "A meeting is premature, Kremlin spokesman Peskov said on Tuesday, a day after"
    if far and titled and view.text[speaker_end:].lstrip().startswith(","):
        return (0, n)  # "Putin is still open to talking, Peskov said, but ...": the whole sentence is his
    if titled and _predicate_resumes(view, speaker_end):
        return (0, n)  # "Ukrainian troops, he added, would have to leave": a short subject, the predicate resumes
    if inverted and _parenthetical(view, speaker_start, speaker_end):
        return (0, n)  # "Зустріч між ними, сказав він, можлива лише ...", «Россия, подчеркнул он, не готова»: the
        # sentence resumes after him, however short its subject (h_paren)
    if inverted and v.start > 20:
        return (0, v.start)
    if m.end < v.start and _participle_after_comma(view, v):
        return (0, n)  # "Putin did not rule out a meeting, saying ...", "..., заявив, что ...": both parts are his
    return (v.start, n)


def _speaker_first(view: View, m: Mention, v: ConceptMatch) -> bool:
    """Where the parenthesis of saying puts its verb first («Москва, подчеркнул Песков, ...», «наголосив він»), a
    speaker before his verb between commas is the sentence's own reporting clause («В ..., Песков заявил, ...»): his
    words follow the verb, and the words before it (their day) are the reporter's."""
    return view.lang in _INVERTED_ASIDES and m.end <= v.start


_INVERTED_ASIDES = frozenset({"ru", "uk"})
_FIRST_NAMES = 2  # "Реджеп Тайип Эрдоган", "Володимир Олександрович Зеленський": the mention leaves them out


def _first_names_from(view: View, m: Mention) -> int:
    """Where a person's name begins with the first names the mention leaves out: up to two capitalised words right
    before it, neither the sentence's first word nor a place ("Накануне Реджеп Тайип Эрдоган предложил": the words
    before him are few, no statement of another's that his verb closes)."""
    i = _token_at(view, m.start)
    if i is None or m.actor is None or m.actor.kind != "person":
        return m.start
    start = m.start
    places = {k for p in (*view.places, *view.voices) for k in range(p.first, p.last + 1)}
    for k in range(i - 1, max(0, i - 1 - _FIRST_NAMES), -1):
        t = view.tokens[k]
        if not t.is_word or k in places or not view.text[t.start].isupper() or view.tokens[k + 1].start - t.end > 1:
            break
        start = t.start
    return start


def _parenthetical(view: View, start: int, end: int) -> bool:
    """The attribution between characters start and end is a parenthesis of saying set off inside a sentence that
    goes on after it ("Встреча, сказал он, возможна лишь ...", "Any deal, he said, would have to ..."): its first
    and last words stand in `view.asides` (analysis._speech_asides, which holds the guards: not before a relative
    clause about the speaker, a participle, "and", "that"), or it is closed by a dash (`_closed_by_dash`)."""
    first, last = view.token_from(start), view.token_through(end)
    return (first is not None and last is not None and first in view.asides and last in view.asides) or \
        _closed_by_dash(view, start, end)


def _closed_by_dash(view: View, start: int, end: int) -> bool:
    """"He had never excluded a meeting, he said - and if the Ukrainian president was ready, he could come to
    Moscow": in English a comma before the speaker and a dash after him, and a clause of at least three words that
    goes on his (no aside: the sentence goes on in a new clause, which `view.asides` leaves out)."""
    after = view.text[end:].lstrip()
    words = after[1:].split()
    return view.lang == "en" and view.text[:start].rstrip().endswith(",") and after[:1] in _ASIDE_CLOSING_DASHES \
        and len(words) >= 3 and words[0].lower() not in RELATIVE_PRONOUNS | _OPENERS_AHEAD \
        and not _gerund(words[0].lower())


_ASIDE_CLOSING_DASHES = ("-", "—", "–")


def _quote_closes_before(view: View, quotes: tuple[tuple[int, int], ...], speaker_start: int) -> bool:
    """'Ukraine is ready for a meeting "in any format", Sybiha said': a quoted phrase ends the clause right before
    a closing attribution (a comma between them or inside the quote), so the clause around it is the speaker's."""
    last = max(e for _, e in quotes)
    if last > speaker_start:
        return False
    between = view.text[last:speaker_start].strip()
    if "," in view.text[max(0, last - 3) : last] and not between.startswith(","):
        between = "," + between  # '"in any format," Sybiha said': the comma inside the quote
    title = between[1:].split()  # ', Foreign Minister Andrii Sybiha said': a title before the name
    return between.startswith(",") and len(title) <= 4 and not any(c in between[1:] for c in ",;:—–")


def _object_before_verb(view: View, m: Mention, v: ConceptMatch) -> bool:
    """Russian and Ukrainian put the object before the verb ("В Киеве предложение отвергли", "Кремль тогда эту
    идею отклонил"): an anaphor of the offer right between the speaker and the verb is part of what they did."""
    between = view.text[m.end : v.start]
    return view.lang in ("ru", "uk") and "," not in between and len(between.split()) <= 4 and any(
        m.end <= a.start and a.end <= v.start for a in view.concepts.get("ANAPHOR", ()))


def _participle_subject(view: View, v: ConceptMatch, mentions: list[Mention], quotes: tuple[tuple[int, int], ...],
                        near: Mention) -> Mention | None:
    """'Putin returned to his argument that Zelensky's mandate had expired, saying ...', «Путин вернулся к тезису,
    что Зеленский нелегитимен, заявив, что ...»: a participle of saying after a comma has the main clause's subject,
    the name opening the sentence, not a name nearer it inside a clause that clause reports ("that", a relative
    pronoun) or a possessive ("Zelensky's mandate")."""
    toks = view.tokens
    if not (v.first > 0 and toks[v.first - 1].text == "," and _gerund(toks[v.first].text.lower())):
        return None
    first = next((m for m in mentions if not _in(quotes, m.start)), None)
    if first is None or first is near or first.end > near.start or not is_subject(view, first):
        return None
    i = _token_at(view, first.start)
    j = _token_at(view, near.start)
    if i is None or j is None or sum(1 for t in toks[:i] if t.is_word) > _ADJACENT or view.text[
            first.end : first.end + 2] in ("'s", "’s"):
        return None  # ("Putin's aides believe that Zelensky ..., saying": no subject opens it)
    possessive = view.text[near.end : near.end + 2] in ("'s", "’s")
    reported = any(t.text.lower() in _THAT or t.text.lower() in RELATIVE_PRONOUNS for t in toks[i + 1 : j])
    return first if possessive or reported else None


def _participle_after_comma(view: View, v: ConceptMatch) -> bool:
    """', saying', ', adding', ', заявив', ', наголосивши': a participle of saying after a comma goes with the
    subject's own predicate about the meeting before it, which is his as much as what he says."""
    if not (v.first > 0 and view.tokens[v.first - 1].text == "," and _gerund(view.tokens[v.first].text.lower())):
        return False
    # only a predicate about the meeting: "flies to Ankara, saying he is ready to meet in Turkey" is a trip
    return any(m.last < v.first for c in ("MEET", "TALKS") for m in view.concepts.get(c, ()))


def _adds_after(view: View, v: ConceptMatch, m: Mention) -> bool:
    """'..., Peskov told reporters on Monday, adding that ...', '..., заявил Песков, добавив, что ...': after a
    closing attribution a comma and a participle of saying carry on the same speaker's words."""
    i = max(v.last, (_token_at(view, m.end) or v.last + 1) - 1) + 1
    toks = view.tokens
    says = {s.first for s in view.concepts.get("SAY", ())}
    for j in range(i, min(i + 6, len(toks) - 1)):
        if toks[j].text == ",":
            that = any(t.text in _THAT for t in toks[j + 2 : j + 5])  # ", добавив, что", ", додавши, що"
            word = toks[j + 1].text.lower()
            return (j + 1 in says or that) and (_gerund(word) or word.endswith("вши"))
        if not toks[j].is_word:
            return False
    return False


def _relative_after(view: View, v: ConceptMatch, m: Mention) -> bool:
    """'"...", said Zelensky, who ruled out going to Moscow', '..., afirmó Zelenski, quien descartó ...': a relative
    clause right after a closing attribution tells what the speaker himself did or said."""
    i = max(v.last, (_token_at(view, m.end) or v.last + 1) - 1) + 1
    toks = view.tokens
    return i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].text.lower() in RELATIVE_PRONOUNS


def _subject_set_off(view: View, mentions: list[Mention], m: Mention, v: ConceptMatch) -> bool:
    """h_attr14: "Putin, Zelensky said, wants ...": a name alone opens the sentence, a comma, the speaker and his
    verb, a comma, and the sentence resumes: the name is the subject of what he says, not outside his words."""
    first = mentions[0] if mentions else None
    i = _token_at(view, first.start) if first is not None and first is not m else None
    if i is None or i > 1 or (i == 1 and _is_prep(view, view.tokens[0].text)):
        return False  # "In Moscow, Zelensky said, ...": a place, no subject
    start, end = min(m.start, v.start), max(m.end, v.end)
    return first is not None and view.text[first.end : start].strip() == "," and _parenthetical(view, start, end)


def _predicate_resumes(view: View, speaker_end: int) -> bool:
    """'Будь-які домовленості, наголосив Зеленський, мають пройти через референдум', 'Any deal, said Zelensky,
    would have to ...': after the parenthetical speaker a comma and a modal or copula resume the sentence."""
    i = _token_at(view, speaker_end)
    toks = view.tokens
    while i is not None and i < len(toks) and toks[i].end <= speaker_end:
        i += 1
    if i is None or i + 1 >= len(toks) or toks[i].text != ",":
        return False
    return any(m.first == i + 1 for c in _RESUMING for m in view.concepts.get(c, ()))


_RESUMING = ("MODAL", "NEED", "COPULA", "FUT_BE")


def _goes_on(view: View, after: int) -> bool:
    """A comma and 'but' / 'однако' ... after the token: the speaker's words go on past the attribution."""
    toks = view.tokens
    return any(toks[i].text == "," and i + 1 < len(toks) and toks[i + 1].text in _GOES_ON - {"and", "і", "й", "и", "та"}
               for i in range(after + 1, len(toks) - 1))


def _subordinate_speaker(view: View, speaker_start: int) -> bool:
    """A conjunction right before the speaker opens his clause ("..., because he explains where ...", «..., бо він
    пояснює, звідки ...»): the clause before it is another's (the reporter's), none of the words he closes."""
    i = view.token_from(speaker_start)
    return i is not None and i > 0 and any(m.last == i - 1 for c in SUBORDINATING for m in view.concepts.get(c, ()))




def _opening_phrase(head: str) -> bool:
    """'On March 17 Turkey's Erdogan offered to host both leaders': a short time phrase and a possessor, no
    comma, quote or dash, open the sentence; they are no words of the speaker closed by a short tail."""
    words = head.split()
    return 0 < len(words) <= 5 and not any(c in head for c in ",;:—–" + QUOTE_MARKS) and \
        words[0].lower() in _FRONTING


def _untitled(head: str) -> str:
    """The words before the speaker without the speaker's title after the last comma ("..., Foreign Minister
    Andrii Sybiha said", "Asked about it, Kremlin spokesman Peskov said"): at most four words, none a "that"."""
    head = head.rstrip()
    cut = head.rfind(",")
    if head.endswith(",") or cut <= 0 or any(q in head[cut:] for q in QUOTE_MARKS):
        return head
    words = [w for w in head[cut + 1 :].split() if any(c.isalpha() for c in w)]
    if 0 < len(words) <= 4 and not any(w.lower() in _THAT or w.lower() in _GOES_ON or w.lower() in _SUBORDINATORS
                                       for w in words):  # not "..., and Lavrov said", ", while Peskov said"
        return head[: cut + 1]
    return head


def _comma_before(head: str) -> bool:
    """The words before the speaker end with a comma, maybe a title between (the caller asks too that the verb
    follow the name, as a closing attribution's does)."""
    return _untitled(head).endswith(",")


_CLOSING = concept_words("CLOSING_WORD")


_THAT = concept_words("THAT_SAID")
_GOES_ON = concept_words("GOES_ON")


def _fronted_adverbial(before: str) -> bool:
    """The words before the speaker are one adverbial phrase set off by a comma: a time, a circumstance or a
    gerund ("After talks with Erdogan,", "Выступая в Санкт-Петербурге,", "Виступаючи перед журналістами,")."""
    head = _DATED.sub("", before.rstrip(), count=1)  # "14:05 — Speaking in Kyiv," opens with the gerund
    if not head.endswith(",") or any(q in head for q in QUOTE_MARKS):
        return False
    if "," in head[:-1] and len(head.split()) > 5:
        return False  # several phrases: words of someone's ("A meeting is possible, he said, ...")
    first = head.split(maxsplit=1)[0].lower().strip(",") if head.split() else ""
    return first in _SUBORDINATORS or first in _FRONTING or _gerund(first)


def _gerund(word: str) -> bool:
    """'Speaking', 'Выступая', 'Виступаючи', 'Побывав': a verb form that opens an adverbial phrase."""
    if word.endswith(_GERUND_EN) and len(word) > 5:
        return True
    if word.endswith(_GERUND_CYRILLIC):
        lang = "uk" if any(c in word for c in "іїєґ") or word.endswith(_GERUND_UK_ONLY) else "ru"
        return lemma(word, lang).endswith(_INFINITIVE)
    return False


_GERUND_EN = word_endings("GERUND", "en")
_GERUND_CYRILLIC = word_endings("GERUND", "ru") + word_endings("GERUND", "uk")
_GERUND_UK_ONLY = tuple(e for e in word_endings("GERUND", "uk") if e not in word_endings("GERUND", "ru"))
_INFINITIVE = word_endings("INFINITIVE")


_FRONTING = concept_words("FRONTING")


def _closes(view: View, v: ConceptMatch, m: Mention) -> bool:
    """', Peskov said on Tuesday, a day after ...' closes the sentence before it: after the speaker and the verb
    comes a time, a place or an audience, never a reported clause ('said he would meet ...')."""
    if _holds_object(view, v):
        return False  # (h_attr23) "Peskov said Putin was ready to meet, Kyiv insists on a ceasefire first": a position
        # of its own after the comma (a clause of Kyiv's), not a closing attribution of the words before it
    end = max(v.last, (_token_at(view, m.end) or v.last + 1) - 1)
    nxt = next((t for t in view.tokens[end + 1 :]), None)
    if nxt is not None and nxt.text == ",":
        after = next((t for t in view.tokens[end + 2 :] if t.is_word), None)
        if after is not None and after.text in _THAT:
            return False  # "Песков заявил, что ...": the reported clause follows
        if after is not None and after.text in _GOES_ON:
            return False  # "A meeting is possible, he said, but only at the final stage": his words go on
    if nxt is None or not nxt.is_word:
        return True
    words = [t.text for t in view.tokens[end + 1 : end + 6] if t.is_word]
    if _named_audience(view, end + 1):
        return True  # "..., spokesman Nykyforov told RBC-Ukraine, adding that ...": the outlet told, then a comma
    return nxt.text in _CLOSING and not any(w in ("that", "что", "що") for w in words[:4])


def _named_audience(view: View, i: int) -> bool:
    """From token i, at most four capitalised words or joining hyphens ("RBC-Ukraine", "Fox News") or the
    reporters addressed, then a comma, or the sentence's end or a time or place closing it ('..., "...", Lavrov
    told RIA Novosti on Sunday.') with no reported clause after."""
    j = i
    while j < len(view.tokens) and j - i < 4 and (
            view.tokens[j].text in ("-", "–", "reporters", "journalists") or view.tokens[j].is_word
            and view.text[view.tokens[j].start : view.tokens[j].end][:1].isupper()):
        j += 1
    if not (j > i and j < len(view.tokens) and view.tokens[j - 1].is_word):
        return False
    if view.tokens[j].text == ",":
        return True
    rest = [t.text for t in view.tokens[j:]]
    return (rest[0] == "." or rest[0] in _CLOSING) and not any(
        w in _THAT for w in rest[:8]) and all(t not in ",;:" for t in rest[:-1])


def _unnamed_source(view: View, v: ConceptMatch, mentions: list[Mention]) -> bool:
    """'Sources told Reuters that Putin was ready ...': the sentence is theirs, not Putin's."""
    nonparty = [m for m in view.concepts.get("NONPARTY", ()) if m.end <= v.start and not _audience(view, m)]
    if not nonparty:
        return False
    return not any(m.actor is not None and nonparty[-1].end <= m.start < v.start for m in mentions)


_AUDIENCE = word_endings("AUDIENCE_PLURAL")


def _audience(view: View, m: ConceptMatch) -> bool:
    """«Єрмак пізніше в коментарі журналістам додав», «в беседе с журналистами заявил»: in Russian and Ukrainian the
    journalists in the dative or instrumental are the people told, not the source of the words."""
    word = view.tokens[m.last].text.lower()
    return view.lang in _OBJECT_LANGS and m.first == m.last and word.endswith(_AUDIENCE)


_LABEL_REACH = 60  # characters from a line's start to the colon closing its author's label


def _nonparty_label(view: View, quotes: tuple[tuple[int, int], ...]) -> bool:
    """'Analyst Ivan Petrenko on X: "..."', «Источники в Белом доме: ...», «Джерело в ОП: ...»: a line opened by a
    label, up to its colon, that names a source, an analyst or an observer is theirs: nobody's continuation."""
    colon = view.text.find(":", 0, _LABEL_REACH)
    if colon < 0 or any(b < colon for b, _ in quotes):
        return False
    return any(m.end <= colon for m in view.concepts.get("NONPARTY", ()))


def _continuation(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
                  paragraph: int) -> Attribution | None:
    """A quote paragraph right after an attributed one: the same speaker goes on."""
    prev = memory.last
    if prev is None or paragraph - memory.last_paragraph > 1:
        return None
    if _ENTRY.match(view.text):
        return None  # "14:32 — No comment yet from the White House": a liveblog's or a timeline's new entry is
        # nobody's continuation (its speaker, if any, is named in it)
    if _nonparty_label(view, quotes):
        return None
    quoted = sum(e - s for s, e in quotes)
    if quotes and view.text[quotes[-1][1] - 2] == "?" and any(
            view.tokens[m.first].start >= quotes[-1][1] for m in view.concepts.get("ASK_VERB", ())):
        return None  # "«Вы готовы встретиться с Путиным?» — спросил журналист": a question put, not the last speaker's
    if quotes and quoted / max(1, len(view.text)) >= 0.6:
        if stranger_says(view, mentions, quotes):
            return None
        return Attribution(prev.actor, (0, len(view.text)), True, "continuation")
    # someone named as the subject is a new speaker or the reporter's; an object ("ready to meet Putin") or a place
    # ("but not in Moscow") is what the speaker goes on about
    named = [m for m in mentions if m.actor is not None and is_subject(view, m) and not _supposed(view, m)]
    if any(m.first == 0 for m in view.concepts.get("INFERENCE", ())):
        return None  # "Очевидно, что никакой встречи Путин не хочет": the reporter infers, nobody goes on speaking
    if not named and paragraph == memory.last_paragraph and not view.has("SAY"):
        return Attribution(prev.actor, (0, len(view.text)), prev.direct, "continuation")
    if named and paragraph == memory.last_paragraph and not view.has("SAY") and _told_other_side(view, named, prev):
        return Attribution(prev.actor, (0, len(view.text)), prev.direct, "continuation")
    return None


def _source_pronoun(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...], memory: Memory,
                    paragraph: int) -> Attribution | None:
    """'По его словам, если украинский лидер готов, «пусть приезжает в Москву»', «Найкращим майданчиком, на його
    думку, міг би стати Єрусалим», "In his view, Istanbul is the logical place": "according to him" with no verb of
    its own gives the whole sentence to the speaker just before (this paragraph or the last); a party named in it
    is what he speaks of, not a speaker."""
    prev = memory.last
    if prev is None or paragraph - memory.last_paragraph > 1 or memory.unplaced is not None:
        return None
    source = next((c for c in view.concepts.get("SOURCE_PRONOUN", ()) if not _in(quotes, c.start)), None)
    if source is None or any(m.start < source.start and m.actor is not None and m.actor.kind == "person"
                             and not _partner(view, m) for m in mentions):
        return None  # «Ответ Мединского ..., по его словам, ...», «Зеленский, по его словам, готов»: "his" may be the
        # one named before it; a place or an institution before it is what he speaks of («Будапешт, на його думку, —
        # не найкраще місце»): a pronoun resolves only to a person. (h_paren24) One named as the partner ("A meeting
        # with Putin, according to him, ...", «Une rencontre avec Poutine, selon lui, ...») is not who "him" is
    return Attribution(prev.actor, (0, len(view.text)), prev.direct or bool(quotes), "according")


def stranger_says(view: View, mentions: list[Mention], quotes: tuple[tuple[int, int], ...]) -> bool:
    """'"...," said Herman Galushchenko.', '"...," Galushchenko said.', «...», — заявил Галущенко: a verb of saying
    beside a capitalised name that is no known actor names a new speaker we do not know; the quote is not the last
    speaker's going on (it is nobody's we can place); nor is a source's or an analyst's ('"...," a Kremlin source
    said'). A pronoun, a role or an outlet told ('he told Reuters') is not."""
    toks = view.tokens
    known = {m.start for m in mentions} | {m.end for m in mentions}

    def stranger(i: int) -> bool:
        t = toks[i]
        return t.is_word and view.text[t.start : t.start + 1].isupper() and t.start not in known and \
            t.end not in known and not _in(quotes, t.start)

    for v in view.concepts.get("SAY", ()):
        if _in(quotes, view.tokens[v.first].start):
            continue
        if _unnamed_source(view, v, mentions):
            return True  # '"...," a Kremlin source said', '"...," an analyst said': theirs, not a party's
        before = toks[v.first - 1] if v.first > 0 else None
        if before is not None and not before.is_word and v.last + 1 < len(toks) and stranger(v.last + 1):
            return True  # '"...," said Galushchenko', «...», — заявил Галущенко
        if v.first > 1 and stranger(v.first - 1) and not toks[v.first - 2].is_word:
            return True  # '"...," Galushchenko said'
    return False


# the party on the other side of the war: whom a party's terms are addressed to
OTHER_SIDE: Final = {"RU": "UA", "UA": "RU"}


def _told_other_side(view: View, named: list[Mention], prev: Attribution) -> bool:
    """'According to Putin, the Ukrainian troops must leave ... Also Kiev must declare a non-block status': the
    other side, the subject of what it must do, in the paragraph the speaker holds: his terms go on."""
    sides = OTHER_SIDE
    if prev.actor.party not in sides or any(m.actor is None or m.actor.party != sides[prev.actor.party]
                                            or m.actor.kind != "institution" for m in named):
        return False
    musts = {m.first for m in view.concepts.get("MODAL", ())}
    return any((j := _token_at(view, m.end)) is not None and j in musts for m in named)


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
        if _supposed(view, m):
            continue  # «Если Зеленский готов — пусть приезжает в Москву»: the one an if-clause supposes does not speak
        if _inferred(view, m):
            return None  # «Киев, понятно, в Москву не поедет», "Kyiv, obviously, will not go": the reporter infers
        m = _main_clause_subject(view, mentions, m) or m
        j = _token_at(view, m.end)
        if j is not None and any(x.first == j for x in view.concepts.get("MODAL", ())):
            return None
        actor = _resolve(m, memory)
        if actor is None:
            return None
        return Attribution(actor, (m.start, len(view.text)), False, "subject")
    inverted = next((m for m in mentions if _german_inverted(view, mentions, m) and not _in(quotes, m.start)), None)
    actor = _resolve(inverted, memory) if inverted is not None else None
    return Attribution(actor, (0, len(view.text)), False, "subject") if actor is not None else None


_FRONTED_PHRASE = 8  # words at most in the one phrase a German sentence may front before its verb


def _german_inverted(view: View, mentions: list[Mention], m: Mention) -> bool:
    """'Ein Treffen mit Putin hält Selenskyj für nötig', 'Zu einem Treffen ist Selenskyj bereit': a German main
    clause fronts one phrase, then the verb, then its subject; a name right after a small word (the verb: nouns are
    capitalised) that is no preposition or conjunction, with no mark before it, is the subject, and the fronted
    phrase (the object) is his words too. Not in a clause that opens with a subordinator ("Dass sich Putin ...")."""
    i = _token_at(view, m.start)
    if view.lang != "de" or i is None or not 2 <= i <= _FRONTED_PHRASE + _MIDFIELD or not is_subject(view, m):
        return False
    k = _german_verb_before(view, i)
    if k is None or not 1 <= k <= _FRONTED_PHRASE:
        return False
    before = view.tokens[:i]
    prev = view.tokens[k]
    return all(t.is_word for t in before) and before[0].text.lower() not in _SUBORDINATORS and \
        view.text[prev.start : prev.end][:1].islower() and not _is_prep(view, prev.text) and \
        prev.text not in _CONJUNCTIONS and not any(o.end <= m.start and is_subject(view, o) for o in mentions)


_MIDFIELD = 4  # words at most between a German verb and its subject: a day and a title ("am Dienstag Bundeskanzler")


def _german_verb_before(view: View, i: int) -> int | None:
    """(h_u15a) The verb a German inverted subject at token i follows: the token right before it, or before a short
    stretch of a day and a title ("Wien als Verhandlungsort hat am Dienstag Bundeskanzler Christian Stocker
    angeboten"): capitalised nouns, articles, prepositions and calendar words, at most `_MIDFIELD` of them (the
    first word in lower case before them is the verb; a noun there, "Zu einem Treffen mit Putin", is no verb)."""
    known = calendar_words()
    dets = {d.first for d in view.concepts.get("DET", ())}
    k = i - 1
    while k > 0 and i - 1 - k < _MIDFIELD:
        t = view.tokens[k]
        if not t.is_word or not (view.text[t.start : t.start + 1].isupper() or t.text.lower() in known
                                 or k in dets or _is_prep(view, t.text)):
            break
        k -= 1
    return k


_IF_WORDS: Final = concept_words("IF_WHEN")


def _inferred(view: View, m: Mention) -> bool:
    """An inference word set off by commas right after the subject («Киев, понятно, ...», "Kyiv, obviously, ...")."""
    j = _token_at(view, m.end)
    toks = view.tokens
    if j is None or j >= len(toks) or toks[j].text != ",":
        return False
    return any(c.first == j + 1 and c.last + 1 < len(toks) and toks[c.last + 1].text == ","
               for c in view.concepts.get("INFERENCE", ()))


def _supposed(view: View, m: Mention) -> bool:
    """The mention opens an if-clause («Если Зеленский готов, ...», "If Putin comes, ..."): the one supposed, who is
    what the speaker talks of, not a speaker."""
    i = _token_at(view, m.start)
    if i is None or i == 0:
        return False
    k = _before_aside(view, i)
    return view.tokens[k].text in _IF_WORDS and any(c.last == k for c in view.concepts.get("IF", ()))


_ASIDE_WORDS: Final = 4  # words at most in an aside set off by commas ("on the other hand", "however")


def _before_aside(view: View, i: int) -> int:
    """The token before token i, or before a short aside set off by commas right before it (h_u15a: "If, on the
    other hand, the Ukrainian president wished to ..., "we will receive him in Moscow"": the if-word's subject)."""
    toks = view.tokens
    if toks[i - 1].text != ",":
        return i - 1
    opening = next((k for k in range(i - 2, max(i - 3 - _ASIDE_WORDS, 0), -1) if toks[k].text == ","), None)
    if opening is None or opening == 0 or not all(toks[k].is_word for k in range(opening + 1, i - 1)):
        return i - 1
    return opening - 1


def _main_clause_subject(view: View, mentions: list[Mention], m: Mention) -> Mention | None:
    """The subject of the main clause when m is the subject of a clause of time opening the sentence ("After Russia
    proclaims the annexation, Zelensky signs a decree declaring talks with Putin impossible", «После того как
    Россия объявила ..., Зеленский подписал ...»): the summary is of what the main clause's subject does."""
    if not any(t.text in _OPENING_TIME for t in view.tokens[:3] if t.is_word and t.end <= m.start):
        return None
    comma = next((k for k, t in enumerate(view.tokens) if t.start >= m.end and t.text == ","), None)
    if comma is None:
        return None
    after = [o for o in mentions if o.actor is not None and o.start > view.tokens[comma].start]
    first = after[0] if after else None
    if first is None or view.words_between(comma, _token_at(view, first.start) or comma) > _TITLE_WORDS \
            or not is_subject(view, first):
        return None
    return first


# "April 20, 2021 - ", "14:05 — ": a timeline's or a liveblog's date before the sentence
_DATED = re.compile(r"^[^-–—]{0,30}\d[^-–—]{0,30}\s[-–—]\s*")
# a liveblog's clock time or a timeline's date opening an entry: "14:05 — ", "12:40 ", "20 апреля 2021 года — "
_ENTRY = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\b|[^-–—]{0,30}\d[^-–—]{0,30}\s[-–—]\s)")


# what a time phrase before the subject is made of besides dates: "a year ago", "рік тому", "ещё в 2021 году"
_TIME_WORDS = concept_words("TIME_WORD")


def _time_lead(view: View, i: int) -> bool:
    """Only a time phrase (at most eight words: dates, "a year ago", "А ще рік тому") stands before token i, and
    no comma ends it: "22 квітня 2021 року путін запрошував ...", "А ще рік тому путін запрошував ..."."""
    words = [t.text for t in view.tokens[:i] if t.is_word]
    if not 0 < len(words) <= 8 or any(not t.is_word and t.text not in ",." for t in view.tokens[:i]):
        return False
    known = calendar_words()
    return all(w.isdigit() or w in known or w in _TIME_WORDS or w in _FRONTING for w in words)


def _past_day(between: str) -> str:
    """The words between a name and its verb without a day said first and closed by a comma ("19 августа, на
    следующий день после ..., " -> ", на следующий день после ..., "): the phrase set off after the day stays."""
    lead, comma, rest = between.partition(",")
    return comma + rest if comma and time_phrase(lead.lower().split()) else between


def time_phrase(words: list[str]) -> bool:
    """A short phrase of a day ("on Friday", "19 августа", "у вівторок", "on August 19"): a date or a day's name,
    with the prepositions and time words around it, and nothing else."""
    known = calendar_words()
    return 0 < len(words) <= 4 and any(w.isdigit() or w in known for w in words) and all(
        w.isdigit() or w in known or w in _TIME_WORDS or w in _FRONTING for w in words)


def _title_opens(view: View, start: int) -> bool:
    """Only the speaker's title stands before the character `start` (where the speaker's name or verb begins)."""
    i = next((k for k, t in enumerate(view.tokens) if t.start >= start), None)
    return i is not None and _title_before(view, i)


# (h_intro22) the lower-case words a title holds beside its role word: "Министр иностранных дел Сергей Лавров",
# «Речник президента Дмитро ...», "Kremlin spokesman ...": the office's genitive and the role's qualifiers
_TITLE_OF = concept_words("TITLE_OF")
_STAFF_TITLE = concept_words("STAFF_HEAD")


def _title_before(view: View, i: int) -> bool:
    """Only a title stands before token i: a role word (or a staff title), then the office's words and names
    ("Президент Франції Емманюель Макрон", "Глава МЗС України Андрій Сибіга", «Міністр закордонних справ Андрій
    Сибіга», «Советник президента Юрий Ушаков»)."""
    words = [k for k in range(i) if view.tokens[k].is_word]
    if not 2 < len(words) <= 5:
        return False  # (checked first: this runs for every name that might open a sentence)
    role = {k for c in ("ROLE", "HEAD") for m in view.concepts.get(c, ()) for k in range(m.first, m.last + 1)}
    role |= {k for k in words if view.tokens[k].text.lower() in _STAFF_TITLE}
    if not role & set(words) or not (words[0] in role or view.tokens[words[0]].text.lower() in _TITLE_OF):
        return False
    return all(k in role or view.tokens[k].text.lower() in _TITLE_OF
               or view.text[view.tokens[k].start : view.tokens[k].start + 1].isupper() for k in words)


def _after_impersonal_said(view: View, i: int) -> bool:
    """h_ruk: "It was stated that Kyiv ...", «Было заявлено, что Москва ...», «Було підкреслено, що Київ ...»: an
    impersonal lead of saying opening the sentence, then "that": the word after "that" opens the summary."""
    if i < 2 or not any(t.first == i - 1 for t in view.concepts.get("THAT_CONJ", ())):
        return False
    lead = i - 3 if view.tokens[i - 2].text == "," else i - 2
    return any(m.last == lead and sum(1 for t in view.tokens[: m.first] if t.is_word) <= 1
               for m in view.concepts.get("IMPERSONAL_SAID", ()))


def _opens_clause(view: View, i: int) -> bool:
    """Token i starts the sentence (after at most two words) or follows an opening phrase's comma."""
    words_before = sum(1 for t in view.tokens[:i] if t.is_word)
    if words_before <= 2 or _time_lead(view, i) or _title_before(view, i) or _after_impersonal_said(view, i):
        return True
    prev = view.tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text == "," and words_before <= 2 * _LEAD_WORDS and \
            _fronted_adverbial(view.text[: prev.end]):
        return True  # "With Russian troops massing near the border, Zelensky invites ..."
    if words_before > _LEAD_WORDS:
        return False
    return prev is not None and prev.text in (",", "–", "—", "-")  # after an opening phrase, a dateline or a date
