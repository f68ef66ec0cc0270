"""Reading the conditions a sentence states: topic frames, rule matching, and the polarity layers.

The rules (`rules/conditions.toml`) say which concepts compose into which
(kind, value). What they cannot say alone is decided here, each once per
sentence and for every rule alike:
- the frame: is the sentence about a Putin-Zelensky meeting (not a meeting
  with another leader, not delegation talks only), about negotiations, or
  only about the war;
- polarity: negation, refusal and exception scopes (polarity.py) turn a match
  into the rule's `negated` value or drop it; irony rejects a venue;
- venue evidence: a place is a venue only next to a meeting, host or travel
  cue, never where a statement was made ("told reporters in Kyiv") or where
  the war is ("the war in Ukraine").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Final, NamedTuple

from domain.vocabulary import vocabulary
from extractors.actors import Actor, Mention
from extractors.analysis import (
    AND_WORDS,
    View,
    after_word,
    case_inside,
    possessor,
    quote_between,
    set_in_relative,
    speaking_seat_between,
    speech_verbs,
)
from extractors.attribution import OTHER_SIDE
from extractors.lexicon import ConceptMatch, concept_stems, concept_words, fold_greek, lemma, word_endings
from extractors.places import gazetteer
from extractors.polarity import (
    Scope,
    asked_opening,
    concessive,
    denied_reports,
    hypothetical,
    ironic,
    open_question,
    question_scopes,
    scopes,
)
from extractors.rules import Link, Rule, rulebook

# Which scopes negate an element, by kind of assertion.
_NEGATING = {
    "stance": frozenset({"neg"}),
    "format": frozenset({"neg", "post", "except"}),  # "a three-way summit is not being discussed"; (h_format40) "ready
    # for a bilateral meeting, but not for a trilateral one": the format excepted is none asked
    "prerequisite": frozenset({"neg", "refuse"}),  # "rejected the idea of a ceasefire before a meeting"
    "venue": frozenset({"neg", "refuse", "except", "post"}),
    "demand": frozenset({"neg", "refuse"}),
}
_SUFFIXED = frozenset({"tr"})  # languages whose places take their case as a suffix, with no preposition before
_CASED = frozenset({"ru", "uk"})  # languages whose place names decline without a preposition
_CONCORD = concept_words("NEG_CONCORD")  # "ни", "ні", "ani", "né", "ούτε", "nor": repeats a negation (_negated)
_WHERE_SAID = concept_words("WHERE_SAID")  # "an offer in Beijing" (where), not "an invitation to Moscow" (whither)
_OFFERED_TO = concept_words("OFFERED_TO")  # "offered it to Ukraine": to whom (conditions._offered_to)
_PASSIVE_BY: Final = concept_words("PASSIVE_AGENT")  # "preceded by a ceasefire": a passive (_put_before_it)
_STRONG_VENUE_CUES = ("HOST", "VENUE_NOUN", "COME", "ANYWHERE", "HELD", "LOST_NEUTRALITY")


@dataclass(frozen=True)
class Topic:
    """What the article is about, decided once per article.

    war: it names Russia, Ukraine or their leaders; meeting: it speaks of a Putin-Zelensky meeting or of
    negotiations between them; focus: its title or lead is about that meeting ("the meeting" is theirs).
    """

    war: bool = True
    meeting: bool = True
    focus: bool = False
    talks: bool = False  # it speaks of negotiations or a settlement (demands can be stated there too)
    other: bool = False  # its lead is about a leader's meeting with someone else (a Trump-Putin summit)


@dataclass(frozen=True)
class Frames:
    meeting: bool
    venue: bool
    talks: bool
    topic: bool
    followup: bool = False  # a short sentence right after the speaker spoke of the meeting ("But not in Moscow.")
    answer: bool = False  # the sentence answers a question about the meeting ("asked whether Putin would meet ...")
    # a short sentence right after anyone spoke of the meeting: "Erdogan offered Istanbul for a meeting of the two.
    # 'I am ready,' Zelensky said" (elliptic readiness answers the meeting just named, whoever named it)
    resumed: bool = False
    where: bool = False  # it answers a question of where the meeting would be ("Q: Where? A: Istanbul is logical")

    def allows(self, frame: str) -> bool:
        return bool(getattr(self, frame))


# One `Frames` per combination of its eight flags, made once: a frozen dataclass is built by the `__init__` that
# `dataclass` writes, which runs interpreted even in the compiled build (eight `object.__setattr__` calls, ~12,000
# instructions), where a lookup by the flags costs a few hundred; frozen, a shared one reads as a new one.
_FRAMES: Final[dict[tuple[bool, bool, bool, bool, bool, bool, bool, bool], Frames]] = {}


def _frames(meeting: bool, venue: bool, talks: bool, topic: bool, followup: bool = False, answer: bool = False,
            resumed: bool = False, where: bool = False) -> Frames:
    """`Frames(meeting, venue, ...)`, the same one for the same flags."""
    key = (meeting, venue, talks, topic, followup, answer, resumed, where)
    found = _FRAMES.get(key)
    if found is None:
        found = _FRAMES[key] = Frames(meeting, venue, talks, topic, followup, answer, resumed, where)
    return found


class Cue(NamedTuple):
    """A rule's reading of part of a sentence (a named tuple: built in C, where a frozen dataclass's `__init__` runs
    interpreted even in the compiled build and sets each field through `object.__setattr__`)."""

    rule: str
    kind: str
    value: str
    first: int  # token indices in the sentence
    last: int
    start: int  # character offsets in the sentence
    end: int
    confidence: float
    negated: bool
    op: str = "assert"
    refused: bool = False  # a proposal inside a refusal ("rejected the proposal for a meeting"): not the refuser's
    member: bool = False  # a later member of a list of places named in one breath (`later_members`): read, and
    # kept under the alert threshold (reader._conditions)


_new_cue: Final = tuple.__new__  # Cue(...) without the Python-level __new__ of a NamedTuple (all fields given)


def frames(view: View, mentions: list[Mention], topic: Topic, speaker: Actor | None = None,
           context: View | None = None, after_meeting: bool = False,
           span: tuple[int, int] | None = None, replying: bool = False, offered: bool = False,
           where: bool = False, co_speakers: frozenset[str] = frozenset(), elsewhere: bool = False,
           resumes: bool = False, format_asked: bool = False) -> Frames:
    """Which kinds of condition the sentence can state (`context`: the speaker's previous sentence; `replying`: the
    sentence replies to another party's venue offer made shortly before; `offered`: another party's venue offer was
    made in it or in the sentence before; `where`: the sentence answers a question of where the meeting would be;
    `co_speakers`: the other speakers of the sentence, each in a clause of their own; `elsewhere`: the sentence only
    points back to a meeting, and the last one named was another's (reference.py): none of theirs is spoken of;
    `resumes`: it only points back to one, and the last one named was the leaders': theirs is spoken of;
    `format_asked`: it answers a question of the meeting's format, h_answers22: "Q: One on one? A: Leader to leader").

    A leader speaking of a meeting speaks of one with the other leader (unless they name someone else), and
    so does a sentence right after one about the Putin-Zelensky meeting (`after_meeting`).
    """
    if not topic.war:
        return _frames(False, False, False, False)
    if elsewhere:  # "Trump and Putin will meet next month. The summit will be held in Budapest": that summit's
        # (and "ready to continue work in this format" after the delegations' talks: no stance read off their format)
        return _frames(False, False, False, (topic.meeting or topic.talks) and not view.has("FORMAT_BACK"))
    leaders = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "leader"}
    # Someone else at the table: another head of state, or an official of a third party ("Witkoff to meet
    # Putin in Moscow"); a speaker who is a head of state meets whom they name ("Trump said he would meet Putin").
    others = {m.actor.name for m in mentions if m.actor is not None and m.actor.role != "leader"
              and (m.actor.role == "head" or (m.actor.party not in ("RU", "UA") and m.actor.kind == "person"))
              and (speaker is None or m.actor.name != speaker.name)}
    if co_speakers and span is not None:
        # "Macron proposed Geneva, and Erdogan offered Istanbul", «Макрон предложил Женеву, а Эрдоган — Стамбул»: a
        # head who speaks in a clause of his own, outside the speaker's words, is another voice, not at the table
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.name in co_speakers
                   and not span[0] <= m.start < span[1]}
    if others and view.has("HOST") and view.has_any(("LEADERS", "LEADERS_PAIR")):
        # "a meeting of the leaders in Turkey, and that Erdogan was ready to host it": the head who hosts the
        # leaders' meeting is not at its table (a mediator's head: "Trump would host a trilateral" sits at it)
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.party == "MEDIATOR"
                   and _hosts(view, m)}
    if others and view.has("HELP_ARRANGE"):
        # "that Jerusalem would be the right place and that Bennett could help arrange them", «и что Беннет мог бы
        # помочь их организовать»: the head who helps arrange the leaders' meeting is not at its table (h_attr6)
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.party == "MEDIATOR"
                   and _helps_arrange(view, m)}
    if others:  # (h_frame) "I told the Israeli prime minister that Jerusalem would be the right place", «сказал
        # премьер-министру Израиля, что ...»: the head told what the speaker thinks is whom he spoke to, not at
        # the table (a mediator's head only: "Putin told Trump that they could meet in Budapest" is the US's own)
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.party == "MEDIATOR"
                   and _told(view, m)}
    if others and view.has("GO_BETWEEN"):
        # (h_frame21) "Jerusalem could be the venue of the leaders' talks, and the Israeli prime minister the mediator",
        # «а посередником — прем'єр-міністр Ізраїлю»: the head named as the go-between is not at the table
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.party == "MEDIATOR"
                   and _goes_between(view, m)}
    if others and speaker is not None and span is not None and _third_head_meets(view, mentions, others, speaker):
        # (h_prec21a) "Zelensky said Erdogan would meet Putin in Sochi", «сказал, что Эрдоган встретится с Путиным»:
        # a leader who speaks of another head's meeting is not at that table by being named as the one who says so
        leaders -= {speaker.name} - {m.actor.name for m in mentions if m.actor is not None
                                     and span[0] <= m.start < span[1]}
    apart = _meeting_apart(view, span)
    if apart:  # (h_frame3) '"He can come to Kyiv," Zelensky said after talks with Macron in Paris', «..., — сказав
        # Зеленський після зустрічі «коаліції охочих» у Парижі»: a head named only in the reporter's words around
        # words that name no meeting is the occasion of speaking, not someone at the table
        others -= {m.actor.name for m in mentions if m.actor is not None and not (
            span is not None and span[0] <= m.start < span[1])}
    if others and _counterpart_inside(mentions, speaker, span):
        # (h_u18rest) «"If Zelensky wants ..., we will receive him in Moscow", the head of state told reporters after
        # talks with Lukashenko»: words that name the other side's leader are about him; a head named only in the
        # reporter's words around them is the occasion of speaking, not someone at that table
        others -= {m.actor.name for m in mentions if m.actor is not None and span is not None
                   and not span[0] <= m.start < span[1]}
    if after_meeting:  # "Yermak backed Stubb's proposal", "підтримав пропозицію Стубба": the offer's author, named
        # after the meeting just spoken of, is no one else at its table
        offers = [o for c in ("OFFER_NOUN", "ANAPHOR") for o in view.concepts.get(c, ())]
        others -= {m.actor.name for m in mentions if m.actor is not None and any(
            0 <= m.start - o.end <= 2 or 0 <= o.start - m.end <= 3 for o in offers)}
    if view.has("SUCH_MEETING") and not topic.other:
        # "such a meeting" (not another summit's, reader) is the leaders': a mediator's head named there is whom the
        # speaker thanks or told, not someone at its table («розглядає Єрусалим як одне з можливих місць для такої
        # зустрічі і вдячний прем'єр-міністру Ізраїлю»)
        others -= {m.actor.name for m in mentions if m.actor is not None and m.actor.party == "MEDIATOR"}
    a, b = span or (0, len(view.text))  # the speaker's words: "'Not in Moscow,' he adds, laughing" is short
    # a head of state's own words name who is at the table: "Zelensky said he would come if invited, a day after
    # Trump announced that he and the Russian leader had agreed to meet in Budapest" (Trump's meeting, not theirs)
    if speaker is not None and speaker.role == "head" and span is not None:
        leaders = {m.actor.name for m in mentions if m.actor is not None and m.actor.role == "leader"
                   and a <= m.start and m.end <= b}
    if speaker is not None and speaker.role == "head" and len(leaders) < 2 and not resumes and not view.has_any(
            ("LEADERS", "LEADERS_PAIR", "WITHOUT_ME")) and not _host_told_leader(view, mentions, speaker) and not (
            # "better if they meet without me": not his meeting
            speaker.party == "MEDIATOR" and (_ceasefire_first(view) or not leaders and (
                view.has("WITHOUT") and view.has("CEASEFIRE") or (
                view.has("VENUE_NOUN") and not view.has("FIRST_PERSON")) or (
                view.has("PREFER") and not view.has("MEET")) or (
                view.has("PROPOSE") and not view.has_any(("MEET", "TALKS")) and bool(view.places)) or (
                view.has("HOST") and after_meeting)))):
        # (a mediator's head who cannot picture "the next meeting without a ceasefire", or who says a ceasefire "had to
        # come before talks" (h_prereq40: whoever else is named, a mediator is at war with no one), sets a condition
        # on the leaders' meeting, not on one of his own; nor does one who names a place "as a venue": "Macron suggested
        # Geneva as a venue", "высказался за Женеву как место встречи"; nor one who pleads for a place with no meeting
        # of his own named: "I plead for Geneva"; nor one who offers a place, with no meeting named: "Erdogan
        # offered Istanbul again", «Ердоган знову запропонував Стамбул»; (h_list27) nor one who offers to host, right
        # after the leaders' meeting was named, with no leader named: "Turkey could host them in Istanbul or Antalya")
        others.add(speaker.name)  # "Trump said he would meet Putin", not "Orban said the leaders could meet"
        # (nor "Zelensky is ready to meet Putin. ... The meeting should be held in Istanbul, Erdogan said": a head who
        # only points back to the leaders' meeting just named speaks of theirs, h_ref2)
    # leaders named in the speaker's words, not in the speaker's title ("Глава государства отметил, что Россия
    # всегда была открыта к переговорам": talks in general, not the leaders')
    leaders_said = any(a <= m.start and m.end <= b for m in view.concepts.get("LEADERS", ()))
    # a head named only in the reporter's words around words that put the meeting at the leaders' level is no
    # one at the table: "«We are open to a meeting of leaders», Zelensky said after a call with Erdogan" (but
    # "«we are ready to meet again», Putin said after meeting Trump" is that meeting)
    heads = {m.actor.name for m in mentions if m.actor is not None and m.actor.name in others
             and m.end > a and m.start < b} | (others & {speaker.name} if speaker is not None else set()) \
        if leaders_said and span is not None else others
    has_meet = view.has("MEET") or (view.has("TALKS") and (_talks_with_leader(view) or leaders_said)) or (
        view.has_any(("ANAPHOR", "FORMAT_BACK")) and after_meeting) or (
        view.has("NO_MEETING") and _refusal_names_whom(view)) or (
        view.has("JOIN_THEM") and len(leaders) == 2) or _third_at_table(view) or _format_named(view) or (
        view.has("GATHER_THREE") and view.has("TRILATERAL")) or (
        context is not None and context.has("MEET") and not view.has("DELEGATION") and _one_format(view) is not None
    ) or (_format_talk(view, context) and not view.has("DELEGATION") and _us_present(view))
    # ("the offer", and "such a format" after the meeting was named: that meeting's format; (h_format24) "bring Putin,
    # Zelensky and Trump together": the three named gathered are their meeting)
    # (the last three: "с этим человеком говорить не о чем", the refusal names whom; "willing to join Putin and
    # Zelensky": the two leaders' table; "without the United States at the table", "без Вашингтона за столом":
    # the table a third party is to sit at is the leaders' meeting; and a format of the leaders named as such, «в
    # формате трех лидеров», "ready for a trilateral format" in a leader's words: the meeting held in it; and
    # (h_frame21) right after the speaker spoke of the meeting, the format his next sentence judges is that meeting's
    # ("So yes, I am ready to meet. The best format, I believe, is a trilateral one", «Формат — только трёхсторонний»),
    # not the delegations' ("The delegations will keep working in a trilateral format"); (h_format25) and right after
    # the speaker named a format of the meeting (there or in his sentence before), the US at the table he names is that
    # meeting's: "We are ready for any format. But the most effective is with Trump at the table";
    # "The president is ready for a tête-à-tête. But the most productive format is one with the participation of the
    # United States", «Президент готовий до тет-а-тет. Але ... буде формат за участі США»)
    leader_ctx = bool(leaders) or view.has_any(_LEADER_LEVEL) or topic.focus or after_meeting or (
        speaker is not None and speaker.role == "leader")
    both = len(leaders) == 2 or view.has_any(("TRILATERAL", "MULTILATERAL", "ANY_FORMAT", "JOIN"))
    pair = both or view.has("LEADERS_PAIR") or (
        speaker is not None and speaker.role == "leader" and any(name != speaker.name for name in leaders))
    # In a story about a summit with someone else, "the summit" is that one unless the two are named.
    # another event too: a peace summit, the G20 ("Switzerland hosts a peace summit"), unless both are there
    # (and there "the two presidents", "both leaders" are that summit's pair: only the two named, or a leader
    # speaking of the other, put the words on the Putin-Zelensky meeting: "Orban said Hungary was ready to host the
    # two presidents" in a story about the Trump-Putin summit in Budapest; not the US's: "Trump said he would bring
    # the two presidents together" is no summit of his own)
    other = ((bool(heads) or (not apart and (view.has("OTHER_EVENT") or _met_someone_else(view, mentions))))
             and not both and not view.has("LEADERS_PAIR")) or (
        topic.other and not (pair and not (view.has("LEADERS_PAIR") and not view.has_any(_PAIR_NAMED) and not both
                                           and speaker is not None and speaker.role != "leader"
                                           and speaker.party != "US")))
    delegation_only = view.has("DELEGATION") and not leaders and not view.has("JOINT") and not _leaders_named(view) \
        and not _delegations_in_condition(view)
    meeting = has_meet and leader_ctx and not other and not delegation_only
    venue = meeting or (view.has_any(("HOST", "COME", "PROPOSE", "WELCOME", "PREFER")) and leader_ctx
                        and not other) or (_place_judged(view, topic) and not other)
    negotiation = view.has("MEET") or (view.has("TALKS") and (topic.focus or bool(leaders))) or (
        context is not None and context.has("MEET")) or view.has("LISTED_TERM")  # (h_lists) an item of a party's
    # list of terms in a story about the meeting: "handed over proposals:¶- a treaty of security guarantees"
    # "a full ceasefire should come first": in a story about the meeting, a first step is one before it
    sequence = topic.focus and view.has("FIRST_STEP") and view.has_any(("COND", "MODAL", "DEMAND", "ONLY"))
    talks = meeting or ((negotiation or sequence) and topic.meeting and not other)
    # (or a short reply to another party's venue offer made just before: 'Zelensky replied: "Minsk — no."')
    # (not where the sentence names a meeting of its own with another head: "Место встречи с Трампом пока не
    # определено; Путин назвал Саудовскую Аравию удобной площадкой"; a head's own "better if they meet first" is)
    followup = (replying or context is not None and context.has("MEET")) and view.words_in(a, b) <= 12 and not (
        other and view.has("MEET") and any(speaker is None or name != speaker.name for name in others))
    answer = not other and not delegation_only and _asked_about_meeting(view)
    # the answer to "where would it be?": its places are the venue's (a short one reads as a follow-up: "Not in
    # Moscow", "Istanbul is logical")
    venue = venue or (where and not other)
    where = where and not other and view.words_in(a, b) <= 12
    followup = followup or where
    # the answer to "one on one?": the format it restates is the meeting's ("Leader to leader. No mediators.")
    talks = talks or (format_asked and not other and not delegation_only and view.words_in(a, b) <= 12)
    resumed = followup or ((after_meeting or offered) and not other and _words_said(view, a, b) <= 12)
    return _frames(meeting, venue or followup, talks, topic.meeting or topic.talks or meeting, followup, answer,
                   resumed, where)


def _words_said(view: View, a: int, b: int) -> int:
    """The words of the span, less a preface of saying closed by a colon ("I have said it many times, and I say it
    again: I am ready", «Скажу ещё раз: я готов»): the preface repeats that he speaks, what he says is short."""
    colon = view.text.rfind(":", a, b)
    if colon > a and any(a <= m.start < colon for m in view.concepts.get("SAY", ())):
        return view.words_in(colon + 1, b)
    return view.words_in(a, b)


_PLACE_VERDICT: Final = ("IMPOSSIBLE", "UNFIT", "PLACE_OUT")
# "the two presidents" made the war sides' pair: by their countries ("the Russian and Ukrainian presidents") or beside
# the two sides named (h_frame21: "talks between Russia and Ukraine ..., including a meeting of the two presidents")
_PAIR_NAMED: Final = ("NAMED_PAIR", "SIDES_NAMED")
# Words that speak of a meeting (or point back to one): words holding one may be about the meeting named around them
_OF_A_MEETING: Final = ("MEET", "TALKS", "SUCH_MEETING", "HELD", "OTHER_EVENT", "FORMAT_BACK", "ANAPHOR", "VENUE_NOUN",
                        "MEETING_IT", "NO_MEETING", "JOIN", "JOIN_THEM")


def _counterpart_inside(mentions: list[Mention], speaker: Actor | None, span: tuple[int, int] | None) -> bool:
    """A war side's speaker whose words (a part of the sentence, not all of it) name the other side's leader."""
    if speaker is None or speaker.party not in OTHER_SIDE or span is None:
        return False
    a, b = span
    return any(m.actor is not None and m.actor.role == "leader" and m.actor.party == OTHER_SIDE[speaker.party]
               and a <= m.start < b for m in mentions)


def _third_head_meets(view: View, mentions: list[Mention], others: set[str], speaker: Actor) -> bool:
    """A head at another table is the subject of a word of meeting, at most two words before it ("Erdogan would meet
    Putin", «Эрдоган как посредник встретится с Путиным», «Ердоган зустрінеться з Путіним»): the meeting is his. A
    head after a preposition, or after the leader to be met, is the company, not the subject ("bereit, Putin zusammen
    mit Macron und Merkel zu treffen"); one who hosts the meeting is not at its table («Ердоган готовий прийняти
    зустріч»)."""
    preps = view.concepts.get("PREP", ())
    between = {g.first for g in view.concepts.get("GO_BETWEEN", ())}  # «как посредник»: the go-between meets himself
    hosts = [h.start for h in view.concepts.get("HOST", ()) if h.first not in between]
    met = [m.start for m in mentions if m.actor is not None and m.actor.role == "leader"
           and m.actor.name != speaker.name]
    return any(m.actor is not None and m.actor.name in others and 0 <= w.start - m.end
               and len(view.text[m.end:w.start].split()) <= 2 and "," not in view.text[m.end:w.start]
               and not any(0 <= m.start - p.end <= 1 for p in preps) and not any(x < m.start for x in met)
               and not any(m.end <= h < w.start for h in hosts)
               for m in mentions for w in view.concepts.get("MEET", ()))


def _meeting_apart(view: View, span: tuple[int, int] | None) -> bool:
    """(h_frame3) The speaker's words are a part of the sentence that names no meeting, and another meeting is named
    only outside them, in the reporter's words ("..., Zelensky said after talks with Macron"): that meeting is the
    occasion of speaking, not the one the words are about. Words that name or point back to a meeting ("«We are ready
    to meet again», Putin said after meeting Trump") may be about the one around them."""
    if span is None:
        return False
    a, b = span
    if a <= 0 and b >= len(view.text):
        return False
    named = [m for c in _OF_A_MEETING for m in view.concepts.get(c, ())]
    return not any(a <= m.start < b for m in named) and any(
        not a <= m.start < b for m in named if m.concept in ("MEET", "TALKS", "OTHER_EVENT"))


def _place_judged(view: View, topic: Topic) -> bool:
    """(h_venue15) In a story about the leaders' meeting, a place ruled out as such ("Moscow is not an option",
    «Москва відпадає», "Moskau ist keine Option") is ruled out as its venue: the verdict on a place names no meeting."""
    return topic.focus and any(_verdict_after(view, pm) for pm in view.places)


def _verdict_after(view: View, pm: ConceptMatch) -> bool:
    """A verdict ruling a place out stands right after it, as its predicate (a copula between at most; a parenthesis
    of saying, analysis._speech_asides, is inserted and counts for nothing)."""
    return any(m.first > pm.last and sum(view.tokens[i].is_word and i not in view.inserted
                                         for i in range(pm.last + 1, m.first)) <= 1
               for c in _PLACE_VERDICT for m in view.concepts.get(c, ()))


def _met_someone_else(view: View, mentions: list[Mention]) -> bool:
    """The meeting word's own counterpart, right after it, is not the other leader (h_gen): a group of others
    ("ready to meet European leaders in London", «встретиться с лидерами ЕС»: OTHER_COUNTERPART) or a Russian or
    Ukrainian official ("Lavrov said he was ready to meet Sybiha in Antalya", «встретиться с Сибигой»): a meeting
    of ministers or of allies, not the leaders'."""
    meets = [m.last for m in view.concepts.get("MEET", ())]
    if not meets:
        return False
    starts = [g.first for g in view.concepts.get("OTHER_COUNTERPART", ())]
    for m in mentions:
        if m.actor is not None and m.actor.party in ("RU", "UA") and m.actor.role not in ("leader", "head",
                                                                                          "institution") \
                and m.actor.kind == "person":
            before = view.token_through(m.start)  # the token before the name
            starts.append(0 if before is None else before + 1)
    withs = {w.first for w in view.concepts.get("WITH_WORD", ())}
    return any(s - e == 1 or (s - e == 2 and e + 1 in withs) for s in starts for e in meets)  # "meet (with) them"


def _leaders_named(view: View) -> bool:
    """LEADERS that are not the attribute of the delegations right after them ("a meeting of the Russian and
    Ukrainian delegations": the delegations', h_gen)."""
    starts = {d.first for d in view.concepts.get("DELEGATION", ())}
    return any(m.last + 1 not in starts for m in view.concepts.get("LEADERS", ()))


def _host_told_leader(view: View, mentions: list[Mention], speaker: Actor) -> bool:
    """(h_venue40) A mediator's head offers to host, and the one leader named is whom he told it ("Erdogan told Putin
    by phone on Sunday that Turkey was ready to host the talks in Istanbul"): the offer is of the leaders' table, not a
    meeting of his own with the leader he phoned (the "that" of the words told may stand a few words on)."""
    if speaker.party != "MEDIATOR" or not view.has("HOST"):
        return False
    hosted = ("TALKS", "MEET", "LEADERS", "LEADERS_PAIR")  # what is hosted: the talks, not "host him in Ankara"
    if not any(0 <= w.first - h.last <= 2 for h in view.concepts.get("HOST", ()) for c in hosted
               for w in view.concepts.get(c, ())):
        return False
    named = [m for m in mentions if m.actor is not None and m.actor.role == "leader"]
    return bool(named) and all(_told(view, m, reach=5) for m in named)


def _told(view: View, m: Mention, reach: int = 0) -> bool:
    """(h_frame) The mention is the addressee of a word of saying, right after it (an article between), and a "that"
    opens the words told right after the mention ("told the Israeli prime minister that", «сказал Эрдогану, что»)."""
    first, last = view.token_from(m.start), view.token_through(m.end)
    if first is None or last is None:
        return False
    says = {s.last for s in view.concepts.get("SAY", ())}
    thats = {t.first for t in view.concepts.get("THAT_CONJ", ())}
    return any(s < first and view.words_between(s, first) <= 1 for s in says) and any(
        t > last and view.words_between(last, t) <= reach and all(
            view.tokens[i].is_word or (i == t - 1 and view.tokens[i].text == ",") for i in range(last + 1, t))
        for t in thats)  # (h_venue40: the comma of «сказал Путину по телефону, что» before its "that")


def _helps_arrange(view: View, m: Mention) -> bool:
    """The mention is the subject of a help to arrange, at most three words on in its clause, only words between
    ("Bennett could help arrange them", «Беннет мог бы помочь их организовать»)."""
    last = view.token_through(m.end)
    if last is None:
        return False
    return any(h.first > last and view.clause[h.first] == view.clause[last] and view.words_between(last, h.first) <= 3
               and all(view.tokens[i].is_word for i in range(last + 1, h.first))
               for h in view.concepts.get("HELP_ARRANGE", ()))


def _goes_between(view: View, m: Mention) -> bool:
    """(h_frame21) The mention is named the go-between, a word of that role within three words before or after it
    ("Bennett as a mediator", «посередником — прем'єр-міністр Ізраїлю»), not in a format said without one ("without
    mediators", «без посредников»), and no meeting is named right around it, his own ("Erdogan, as a mediator, will
    meet Putin", "Putin will meet the mediator Erdogan")."""
    first, last = view.token_from(m.start), view.token_through(m.end)
    if first is None or last is None:
        return False
    alone = view.concepts.get("ONE_ON_ONE", ())
    near = any((g.last < first and view.words_between(g.last, first) <= 3) or (
        g.first > last and view.words_between(last, g.first) <= 3) for g in view.concepts.get("GO_BETWEEN", ())
        if not any(o.first <= g.first and g.last <= o.last for o in alone))
    return near and not any((c.first > last and view.words_between(last, c.first) <= 6) or (
        c.last < first and view.words_between(c.last, first) <= 4) for c in view.concepts.get("MEET", ()))


def _hosts(view: View, m: Mention) -> bool:
    """The mention is the subject of an offer to host, at most three words on in its clause ("Erdogan was ready
    to host it", "Эрдоган готов принять её", "Erdogan stood ready to host"), not of a hosting done."""
    last = view.token_through(m.end)
    if last is None:
        return False
    offers = [o for c in ("READY", "PROPOSE") for o in view.concepts.get(c, ())]
    if not any(x.last < last for c in ("LEADERS", "LEADERS_PAIR") for x in view.concepts.get(c, ())):
        return False  # the leaders' meeting named first, its host after
    return any(h.first > last and view.clause[h.first] == view.clause[last] and view.words_between(last, h.first) <= 3
               and all(view.tokens[i].is_word for i in range(last + 1, h.first))
               and any(last < o.first and o.last <= h.last for o in offers) for h in view.concepts.get("HOST", ()))


def _delegations_in_condition(view: View) -> bool:
    """'does not exclude a meeting once the delegations finish their work', 'не исключает контакта, если делегации
    завершат работу': every delegation named opens the meeting's condition (a word of sequence after the meeting,
    or an if, right before it), so the meeting is above them."""
    delegations = view.concepts.get("DELEGATION", ())
    meets = view.concepts.get("MEET", ())
    if not delegations or not meets:
        return False
    marks = [k for c in ("AFTER", "ONLY", "UNTIL") for k in view.concepts.get(c, ())
             if any(m.last < k.first and view.clause[m.last] == view.clause[k.first] for m in meets)]
    marks += view.concepts.get("IF", ())
    return all(any(k.last < d.first and view.words_between(k.last, d.first) <= 2 for k in marks) for d in delegations)


def _asked_about_meeting(view: View) -> bool:
    """'Asked whether Putin would meet Zelensky, Peskov said it was premature': the question names the meeting,
    the words outside it answer about the meeting without naming it."""
    if not view.has("MEET"):
        return False
    if not view.has_any(("QUESTION", "QUESTION_BEFORE")):  # (h_quest) "Asked on Monday whether ..., he said yes"
        opening = asked_opening(view)
        return opening is not None and any(opening[0] <= m.first <= opening[1] for m in view.concepts["MEET"])
    asked = question_scopes(view)
    return any(s.start <= m.first <= s.end for s in asked for m in view.concepts["MEET"])


# Concepts that put a meeting at the leaders' level by themselves ("a Normandy summit", "a trilateral").
_LEADER_LEVEL = ("LEADERS", "LEADERS_PAIR", "TRILATERAL", "MULTILATERAL", "JOINT")


def _talks_with_leader(view: View) -> bool:
    """'talks with Putin', 'negotiate with nobody but Putin himself': talks that name a leader as the partner."""
    seats = vocabulary().seats
    partners = [*view.concepts.get("LEADER", ()), *view.concepts.get("LEADER_REF", ()),
                *(p for p in view.places if p.concept in seats)]
    for t in view.concepts.get("TALKS", ()):
        for lead in partners:
            if lead.first > t.last and view.words_between(t.last, lead.first) <= 3 and all(
                    tok.is_word for tok in view.tokens[t.last + 1 : lead.first]):  # not "agreement, Putin told"
                return True  # "talks with Putin", "talks with Moscow"
        for lead in (*view.concepts.get("LEADER", ()), *view.concepts.get("LEADER_REF", ())):
            if lead.last < t.first and view.words_between(lead.last, t.first) <= 4 and all(
                    tok.is_word for tok in view.tokens[lead.last + 1 : t.first]):
                return True  # "Putin is still open to talking", "з цією людиною переговорів не буде"
    return False


def _format_named(view: View) -> bool:
    """A leaders' format named as such ("in the format of three leaders", «в формате трех лидеров»): a phrase of a
    three-way or two-way format that holds a format word names the meeting held in it (which format, and when none
    does, is _one_format's to say)."""
    kind = _one_format(view)
    return kind is not None and (any(f.first <= w.first and w.last <= f.last for f in view.concepts[kind]
                                     for w in view.concepts["FORMAT_WORD"]) or _format_subject(view, kind))


def _format_subject(view: View, kind: str) -> bool:
    """(h_format25) The format word opens the sentence as its subject and the format is said of it after: «Формат, по
    его словам, двусторонний — без посредников», "The format, he said, would be trilateral": the meeting's format."""
    first = next((i for i, t in enumerate(view.tokens) if t.is_word and i not in view.silent), None)
    return first is not None and any(w.first == first for w in view.concepts["FORMAT_WORD"]) and any(
        f.first > first for f in view.concepts[kind])


def _one_format(view: View) -> str | None:
    """The one leaders' format (TRILATERAL, ONE_ON_ONE) a sentence that holds a format word names; None where it
    holds none, names formats of two kinds (a sequence of steps) or the Normandy one (MULTILATERAL: its advisers and
    ministers meet in it too)."""
    if not view.has("FORMAT_WORD"):
        return None
    kinds = [c for c in ("TRILATERAL", "MULTILATERAL", "ONE_ON_ONE") if c in view.concepts]
    return kinds[0] if len(kinds) == 1 and kinds[0] != "MULTILATERAL" else None


# The formats a sentence can speak of (h_format25: the sentence right after one of them judges that meeting's format).
_FORMAT_TALK: Final = ("ONE_ON_ONE", "TRILATERAL", "MULTILATERAL", "ANY_FORMAT")
_PRESENT_NEAR: Final = 2  # words between the US and its presence ("with Trump at the table", «за участі США»)


def _format_talk(view: View, context: View | None) -> bool:
    """The sentence, or the speaker's sentence before it, names a format of the meeting (h_format25)."""
    return view.has_any(_FORMAT_TALK) or (context is not None and context.has_any(_FORMAT_TALK))


def _us_present(view: View) -> bool:
    """(h_format25) The US named with its presence or participation right beside it ("with the participation of the
    United States", «за участі США», «с Трампом за столом»), nobody else named, nothing denied or past: a US seat at
    the table, which a sentence can give without naming the meeting."""
    if view.has_any(("THIRD_REF", "WITHOUT", "NEG", "HAPPENED")):
        return False  # "without the US at the table", "Turkey and the US at the table", "sat at the table yesterday"
    joins = view.concepts.get("JOIN", ())
    return any(view.words_between(min(u.last, j.last), max(u.first, j.first)) <= _PRESENT_NEAR
               for u in view.concepts.get("US_REF", ()) for j in joins)


def _third_at_table(view: View) -> bool:
    """A third party at the table or in the room (a TRILATERAL phrase that is also one of joining: 'the United
    States at the table', 'сша за столом', 'the American president there')."""
    joins = view.concepts.get("JOIN", ())
    return any(j.first <= t.last and t.first <= j.last for t in view.concepts.get("TRILATERAL", ()) for j in joins)


def find_cues(view: View, fr: Frames, home: str | None = None, asked: tuple[int, int] | None = None) -> list[Cue]:
    """Every condition the sentence states under its frames; the caller keeps those in the speaker's span.
    `asked`: the tokens of a question put to the speaker, whose words are read as stated, under their own negations
    only (answers.reported_answer: what a reported "he said he would not" answers is the question's content)."""
    if not (fr.meeting or fr.venue or fr.talks or fr.topic or fr.resumed):
        return []
    # the polarity layers are found once a rule matches: most sentences match none
    polarity: tuple[list[Scope], set[int], list[tuple[int, int]]] | None = None
    out: list[Cue] = []
    denied = denied_reports(view) if "DENY" in view.concepts or "CLAIM_DROPPED" in view.concepts \
        or "EARLIER_VERSION" in view.concepts else []
    if "WHETHER_OPEN" in view.concepts and asked is None:
        denied = denied + open_question(view)
    conceded = concessive(view) if asked is None else []  # (h_cond21) "even if a meeting were held in Istanbul"
    for rule in _candidates(frozenset(view.concepts), bool(view.places)):
        if not fr.allows(rule.frame):
            continue
        if rule.requires and not view.has_any(rule.requires):
            continue
        if rule.unless_together and all(view.has(c) for c in rule.unless_together):
            continue
        chains = _chains(rule, view)
        if not chains:
            continue
        if polarity is None:
            found = scopes(view)  # (`asked`: the question's own negations only; "whether" opens it, no supposition)
            polarity = ([s for s in found if s.kind != "question" and asked[0] <= s.trigger_first <= asked[1]],
                        ironic(view), []) if asked is not None else (found, ironic(view), hypothetical(view))
        sc, irony, supposed = polarity
        for chain in chains:
            cue = _cue(rule, chain, view, sc, irony, home, fr.followup)
            if cue is not None and any(a <= cue.first <= b for a, b in denied):
                continue  # "denied a report that Putin had agreed to meet": the report's words are nobody's
            if cue is not None and any(a <= cue.first and cue.last <= b for a, b in conceded):
                continue  # (h_cond21) "even if they met in Istanbul, ...": a meeting granted for argument, no offer
            if cue is not None and cue.kind == "stance" and any(a <= cue.first and cue.last <= b for a, b in supposed):
                continue  # "if Putin wants a meeting, ...": a supposition, nobody's stance
            if cue is not None and cue.kind == "venue" and _supposed_trip(cue, chain, view, supposed):
                continue  # (h_venue14) "if Putin comes to Istanbul", "if invited to Budapest": a trip supposed
            if cue is not None and (cue.value == "refuses" or (cue.value == "skeptical" and rule.value == "willing")) \
                    and _conditional(cue, view, chain):
                continue  # ("не встретится с Зеленским, пока Киев не выведет войска": a meeting denied until then is
                # its precondition, no doubt of it: h_gen)
            if cue is not None and cue.value == "refuses" and rule.value == "willing" and _empty_meeting(chain, view):
                continue  # «Встреча ради встречи нам не нужна»: a meeting for its own sake declined is no refusal
                # of the meeting (h_gen)
            if cue is not None and cue.value == "skeptical" and _doubt_of_who(chain, view):
                continue  # (h_terms27) "cast doubt on who would sign an eventual agreement": the signer doubted
            if cue is not None and cue.value == "skeptical" and _doubt_without(chain, view):
                continue  # (h_frame2) "no point in further rounds at this level without a leaders' meeting": the
                # rounds are doubted, the meeting after "without" is what they lack
            if cue is not None and cue.value == "willing" and (_wants_first(chain, view) or _pretended(cue, view)
                                                               or _possible_only_then(chain, view)
                                                               or _inside_refusal(chain, view)
                                                               or _wish_for_none(chain, view)
                                                               or _preparation_lacking(chain, view)):
                continue
            if cue is not None:
                out.append(cue)
    return _disguised_refusal(_contrasted_places(view, _list_members(view, out)))


_CONTRAST_WORDS: Final = ("BUT", "SECOND_CLAUSE")
_CONTRAST_LEAD = 3  # words before its place, prepositions only ("but in", «а в», "sondern in"; "but rather in" none)


def _contrast_after(view: View, i: int) -> tuple[int, int, str] | None:
    """(h_transcript) The place or "anywhere" an elliptic contrast puts right after the i-th token: ", but in
    Istanbul", «, а в Стамбулі», «, а будь-де з цього списку», ", sondern in Istanbul": (its first and last token,
    its venue value). A preposition opens the place ("but in"), or, bare, nothing but marks follows it ("but
    Istanbul."); None for anything else ("not in Minsk, but Belarus is a party to the war" opens a clause)."""
    toks = view.tokens
    j = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "," else i + 1
    word = next((m for c in _CONTRAST_WORDS for m in view.concepts.get(c, ()) if m.first == j), None)
    if word is None:
        return None
    head = word.last + 1
    anywhere = next((m for m in view.concepts.get("ANYWHERE", ()) if m.first == head), None)
    if anywhere is not None:
        return anywhere.first, anywhere.last, "any"
    at = {k for m in view.concepts.get("AT", ()) for k in range(m.first, m.last + 1)}
    place = next((p for p in view.places if p.first >= head), None)
    if place is None or view.words_between(word.last, place.first) >= _CONTRAST_LEAD or any(
            toks[k].is_word and k not in at for k in range(head, place.first)):
        return None
    bare = not any(k in at for k in range(head, place.first))
    if bare and place.last + 1 < len(toks) and toks[place.last + 1].is_word:
        return None
    return place.first, place.last, place.concept


def _contrasted_places(view: View, cues: list[Cue]) -> list[Cue]:
    """(h_transcript) A place refused, then the one put in its stead by an elliptic contrast: "Not in Minsk, but in
    Istanbul", «Не в Москві, а будь-де з цього списку», «не в Минске, а в Стамбуле», "nicht in Minsk, sondern in
    Istanbul": the contrast's place (or "any") is stated too, by the same reading, and the refusal's words run over
    it (reader._slot then keeps both, as it keeps "in Switzerland, but not in Moscow")."""
    if not view.places or not view.has_any(_CONTRAST_WORDS):
        return cues
    out = []
    for c in cues:
        refused = c.value.removeprefix("not_") if c.kind == "venue" and c.value.startswith("not_") else None
        pm = next((p for p in reversed(view.places) if p.concept == refused and c.first <= p.first <= c.last), None)
        put = _contrast_after(view, pm.last) if pm is not None else None
        if put is None or put[2] == refused:
            out.append(c)
            continue
        first, last, value = put
        end = view.tokens[last].end
        out.append(c._replace(last=max(c.last, last), end=max(c.end, end)))
        if not any(k.kind == "venue" and k.value == value for k in (*cues, *out)):  # (the rule's own chain may
            # reach it, or an earlier contrast of the sentence put it: "not in Moscow but in Istanbul, not in Minsk
            # but in Istanbul" holds Istanbul once)
            out.append(c._replace(value=value, first=first, last=last, start=view.tokens[first].start, end=end,
                                  negated=False))
    return out


_WHOEVER_INVITES: Final = "venue.whoever_invites"  # and venue.whoever_invites_last, the verb last


def _disguised_refusal(cues: list[Cue]) -> list[Cue]:
    """(h_venue18) Where the sentence calls an invitation to a place a refusal in disguise ("whoever invites him to
    Moscow does not want a meeting"), the place refused is all it states: its invitation, its "does not want a
    meeting" and its trip are the inviter's, as the speaker tells them."""
    if not any(c.rule.startswith(_WHOEVER_INVITES) for c in cues):
        return cues
    return [c for c in cues if c.rule.startswith(_WHOEVER_INVITES) or c.kind not in ("stance", "venue")]


_MEETING_HEADS: Final = ("MEET", "TALKS", "MEETING_IT")


def _venue_waits_without(view: View, chain: Chain) -> bool:
    """(review 38) A denial before the match and a "without" after it, in its clause ("no meeting could happen in
    Istanbul without a ceasefire", «встречи в Стамбуле не будет без перемирия»): the denial is of the meeting lacking
    something ("the invitation to Moscow is only a way to say no without saying no" denies after the place: a
    refusal)."""
    first, last = chain[0].first, chain[-1].last
    clause = view.clause[last]
    return any(w.first > last and view.clause[w.first] == clause for w in view.concepts.get("WITHOUT", ())) and any(
        n.last < first and view.clause[n.last] == clause for c in (*_CONTRAST_DENIALS, "NO_MEETING")
        for n in view.concepts.get(c, ()))


def _preparation_lacking(chain: Chain, view: View) -> bool:
    """(h_terms27) The proposal word of the match is the preparation said to be lacking (UNPREPARED: «Без серьёзной
    подготовки ... говорить о встрече президентов рано», "without serious preparation"): no meeting is proposed, its
    groundwork is asked first (prerequisite.unprepared_without)."""
    return any(u.first <= m.first and m.last <= u.last for m in chain if m.concept == "PROPOSE"
               for u in view.concepts.get("UNPREPARED", ()))


_WHO_REACH: Final = 3  # tokens from the doubt to the "who" it asks ("cast doubt on who", "puso en duda quién",
# "zweifelte aber, wer": the comma opens the question's clause)


def _doubt_of_who(chain: Chain, view: View) -> bool:
    """(h_terms27) The doubt of the match asks who does something ("cast doubt on who would sign an eventual
    agreement", "puso en duda quién firmaría", «усомнился, кто подпишет»): the one who would sign is doubted (a
    legitimacy the prerequisite rules read), not the meeting."""
    doubts = [m for m in chain if m.concept in ("POINTLESS", "HEDGED_POSSIBLE", "HEDGED_IMPOSSIBLE")]
    someone = view.concepts.get("SOMEONE", ())  # «вряд ли кто-то ждёт встречи»: "hardly anyone", no one asked about
    return any(0 < w.first - d.last <= _WHO_REACH and not any(o.first <= w.first <= o.last for o in someone)
               for d in doubts for w in view.concepts.get("WHO_ASKED", ()))


def _doubt_without(chain: Chain, view: View) -> bool:
    """The first meeting word after the doubt, in its clause, stands after "without" ("no point in further rounds
    without a leaders' meeting", «не видит смысла в новых раундах без встречи лидеров»): the meeting is what the
    doubted thing lacks, not what is doubted."""
    doubt = max((m.last for m in chain if m.concept not in _MEETING_HEADS), default=-1)
    clause = view.clause[doubt] if doubt >= 0 else -1
    after = [m.first for c in _MEETING_HEADS for m in view.concepts.get(c, ())
             if m.first > doubt and view.clause[m.first] == clause]
    if doubt < 0 or not after:
        return False
    first = min(after)
    return any(doubt < w.first and w.last < first for w in view.concepts.get("WITHOUT", ()))



def _nor_list_opened(view: View) -> bool:
    """Whether the sentence holds a "neither ... nor" list: two NOR words, the first of them an opening one.

    One alone is no list («Ні, Москва ...», "No, Moscow ..."), and neither are two without an opener: the German
    "noch" is also "still" ("noch in Istanbul, ein Treffen sei noch möglich"), opened only by "weder" (review 38).
    """
    nors = view.concepts.get("NOR_WORD", ())
    if len(nors) < 2:
        return False
    first = min(m.first for m in nors)
    return any(m.first <= first for m in view.concepts.get("NOR_OPEN", ()))


@lru_cache(maxsize=4096)
def _candidates(present: frozenset[str], has_places: bool) -> tuple[Rule, ...]:
    """The rules each of whose elements has a concept present in the sentence (cached by concept set)."""
    have = present | {"PLACE"} if has_places else present
    return tuple(r for r in rulebook() if all(e.concepts & have for e in r.elements))


Chain = tuple[ConceptMatch, ...]


def _chains(rule: Rule, view: View) -> list[Chain]:
    """Every way the rule's elements occur in order, each next one within its link's distance."""
    if rule.id == NOR_LISTED and not _nor_list_opened(view):
        return []
    options = [_occurrences(e.concepts, view) for e in rule.elements]
    chains: list[Chain] = [(m,) for m in options[0]]
    for link, opts in zip(rule.links, options[1:], strict=True):
        chains = [(*c, m) for c in chains for m in opts if _linked(c[-1], m, link, view)]
        if not chains:
            return []
    out = []
    apposed = view.concepts.get("APPOSITIVE")
    for chain in chains:
        if rule.scope == "clause" and len({view.clause[m.first] for m in chain}) > 1:
            continue
        if view.asides and any(m.first in view.asides for m in chain):
            continue  # "Якщо Путін хоче зустрічі, сказав президент у Парижі, то ...": where he said it, not a venue
        if rule.kind == "prerequisite" and _full_stop_within(chain, view):
            continue  # h_prec5: "can only crown the work. First the negotiators finish the draft": the "only" of
            # one sentence of a quote and the experts of the next are no one condition
        if rule.kind == "venue" and len(chain) == 2 and _offer_between(chain, view):
            continue  # "would wait for Putin in person, taking up a Russian offer of talks in Istanbul": the
            # place is the offer's (read where the offer is), not where the meeting named first would be
        if apposed and any(a.first <= m.first <= a.last for m in chain for a in apposed):
            continue  # ", an idea the Kremlin dismissed as premature": the reporter's summary of another's reaction
        if _speech_between(chain, view):
            continue  # "thanked the Saudi side for hosting and said Ukraine was ready": two reports
        if speaking_seat_between(view, chain[0].first, chain[-1].last):
            continue  # (h_attr23) "..., Kiew denke eher an Genf": a capital speaking opens words of its own
        if (rule.kind in ("venue", "format") or any(m.concept == "PROPOSE" for m in chain)) and (_lower_meeting(
                view, chain) or _talks_named_lower(view, chain)):
            continue  # "proposed resuming direct talks in Istanbul", "встреча министров в Анталье": whose meeting it
            # is, the delegations' or ministers', not the leaders' (a stance only where proposed: "ready for
            # direct talks", "refused direct talks", the speaker's own, measured so on the holdouts)
        if rule.kind == "venue" and _not_met_head(view, chain):
            continue  # "δεν έχει συναντηθεί ποτέ με τον Πούτιν, αλλά ... στην Κωνσταντινούπολη": a meeting that never
            # happened is no refusal of the place (the meeting word after the "but" is read instead)
        if _owned_leader(chain, view):
            continue  # "waiting for Zelensky's answer", "invited Putin's envoy": the leader owns what is meant
        if _schedule_apart(chain, view):
            continue  # (h_fix40_3) "would never meet Putin, whatever is on the calendar": the refusal's own clause
        if rule.unless and any(_blocks(rule, u, view, chain) for u in rule.unless):
            continue
        if rule.requires and not _required_apart(rule, chain, view):
            continue  # "відмовиться від територій": the word that gives up is not also the refusal required
        if "PROGRESS" in rule.requires and not _progress_in_clause(rule, chain, view):
            continue  # "there was no breakthrough, and the ceasefire would hold even without a meeting"
        if rule.compete and _competitor_nearer(rule, chain, view):
            continue
        if rule.subject_not_after and after_word(view, chain[0], rule.subject_not_after, ("DET", "THIS_SUCH")):
            continue  # "на встрече не будет Трампа": the meeting is where, not what there will not be
        if rule.object_not_after and after_word(view, chain[-1], rule.object_not_after):
            continue  # "insist on the withdrawal in any talks": the talks are where, not what, is asked for
        if rule.place_after and not _preposition_before(view, chain, rule.place_after):
            continue  # checked before the nearest place is chosen: "принять президента Украины в Москве"
        if rule.kind == "venue" and not _presence(chain) and _and_after_place(view, chain):
            continue  # "пора перестать прятаться в Москве и сесть за стол": the place is the hiding's
        if _presence(chain) and _full_stop_within(chain, view):
            continue  # "I will be in Brussels tomorrow. I am ready to meet Putin": two sentences in one quote
        if rule.kind == "venue" and _or_elsewhere(view, chain):
            continue  # (h_place18) "in Budapest or elsewhere", «хоч у Будапешті, хоч деінде»: one instance of any place
        if rule.kind == "venue" and _reason_between(view, chain):
            continue  # "не видят смысла во встрече, поскольку в Киеве меняют позицию": Kyiv is who, not where
        if rule.kind == "venue" and (_contrast_between(view, chain) or _across_reports(view, chain)):
            continue  # (h_venue5) «в Киев не поедет, а Зеленского готовы принять в Москве», "would not go to Moscow
            # and that Putin should come to Kyiv": the verb of one clause and the place of the next
        if rule.kind == "venue" and _own_verb_nearer(rule, view, chain):
            continue  # (h_inst26) «в Москву не поедет, «хай приезжает в Киев»»: the place is the nearer verb's
        if rule.kind == "prerequisite" and _across_reports(view, chain):
            continue  # "ждут предложений о прекращении огня, ..., и что обсуждение должно ...": two things reported
        if rule.kind == "venue" and _place_considers(view, chain):
            continue  # (h_venue40) «Киев видит возможными местами встречи Швейцарию», "Kiev, ha precisato, valuta come
            # sedi possibili la Turchia": the place before the verb of considering is who considers, not a venue
        if rule.kind == "venue" and _decider_absent(view, chain):
            continue  # (h_venue40) «Але в Стамбулі немає людини, яка ухвалює рішення»: no decider there, no venue
        if rule.kind == "venue" and _asked_at_place(view, chain):
            continue  # (h_venue40) "Zelensky, asked on Thursday morning in Paris about the invitation": where asked
        if rule.kind == "venue" and _other_event_within(view, chain):
            continue  # "the G20 summit in Bali", "саммите «Большой двадцатки» на Бали": that event's venue
        if rule.kind == "venue" and _place_of_elections(view, chain):
            continue  # "провести в Україні вибори", "hold elections in Ukraine": where the vote is, not the meeting
        if rule.kind == "venue" and _past_copula(view, chain):
            continue  # (h_venue9) «площадкой переговоров стал Стамбул»: a venue that was, no offer («стал бы» is one)
        if rule.kind == "venue" and _suited(view, chain):
            continue  # "Istanbul would suit Moscow as a venue": Moscow is whom it suits, not where
        if _comes_in_sequence(view, chain):
            continue  # "a ceasefire must come before a meeting": events in order, nobody comes to it
        if rule.id == "stance.will_meet" and _in_when_clause(view, chain[0].first):
            continue  # "Europe must be at the table when the leaders meet": the meeting dates the demand
        if rule.kind == "stance" and _someone_else_joins(view, chain):
            continue  # "would prefer Trump to be in the room if he meets Putin": Trump's seat, not his going
        if rule.value == "documents_agreed" and (_within(view, chain, "LEGIT") or _signer_beside(view, chain)):
            continue  # "Хто підписуватиме? Це треба вирішити до будь-якої зустрічі": who signs, not what is signed
        if rule.value == "documents_agreed" and _signed_later(view, chain):
            continue  # "it has to be solved before any signature, not after": the signing is what comes later
        if rule.value == "ceasefire" and _consequence_after(view, chain):
            continue  # "...; only then would Russia cease fire and start talks": the ceasefire follows the terms
        if rule.value == "expert_groundwork" and (_experts_within(view, chain, "PREPARED_TEXT")
                                                  or _text_agreed_by(view, chain)):
            continue  # "когда будут подготовлены все документы": the text is ready, no experts named
        if rule.value == "expert_groundwork" and _experts_within(view, chain, "PREP_BEGUN"):
            continue  # (h_prereq23) "Trump said he had begun preparing the meeting, to be followed by a trilateral",
            # «начал подготовку встречи, после которой должна последовать трёхсторонняя»: a preparation under way
        if rule.value == "no_territorial_concessions" and _land_as_place(view, chain):
            continue  # (review, session 36) «в Херсоні не продаються ліки», "no prisoners from Donetsk were
            # swapped": the land is where goods or people are, not what is given up
        if rule.value == "no_ultimatums" and _contrast_not(view, chain):
            continue  # "a summit is a precondition for a deal, not its reward": the "not" denies what follows it
        if rule.kind == "stance" and _other_agenda_only(view):
            continue  # "would receive Zelensky in Moscow - but only to discuss bilateral relations": not the war's
        if rule.kind == "venue" and _stay_of_speaker(view, chain):
            continue  # "at the end of his visit in Beijing", «по итогам визита в Пекин»: where he is, no offer
        if rule.kind == "format" and rule.value == "one_on_one" and _us_first(view, chain):
            continue  # (h_format24) "first Trump and Zelensky, then the three", «спершу Трамп і Зеленський, потім
            # утрьох»: the first step is the US president's meeting with one leader, not the two leaders alone
        if rule.kind == "format" and _meeting_dated(view, chain):
            continue  # (h_format24) "two days after the White House meeting with European leaders": the format of
            # a meeting that dates the words is no condition
        if rule.kind in ("format", "venue") and _occasion_of_speaking(view, chain):
            continue  # "сообщил журналистам министр Лавров после трёхсторонней встречи с Кулебой": that meeting
            # dates the words, its format or place is no condition
        if rule.kind == "prerequisite" and _long_work_astray(view, chain):
            continue  # (review 35) "the swap came after long negotiations", "after the meeting hard work would begin"
        if rule.kind == "prerequisite" and _hastened_by(view, chain):
            continue  # (h_prereq23) "ready to meet again sooner if the ceasefire held": what would hasten a meeting
        if rule.kind == "prerequisite" and _summit_with_us(view, chain):
            continue  # (h_prereq23) "the summit with Trump needs serious preparation": that summit's groundwork
        if rule.kind == "prerequisite" and _said_after(view, chain):
            continue  # "he spoke after a NATO foreign ministers' meeting": when he spoke, not what comes first
        if rule.kind == "prerequisite" and _meeting_comes_first(view, chain):
            continue  # "the meeting should take place before a peace deal, not after": the deal follows it
        if rule.kind == "venue" and _idea_commented(view, chain):
            continue  # (h_venue40) «комментируя идею ... Макрона провести встречу в Женеве»: the idea is Macron's
        if rule.kind == "venue" and _answers_offer(view, chain):
            continue  # "responded to the invitation to Moscow", "ответил на приглашение в Москву": the inviter's
        if rule.kind in ("stance", "venue") and _invitation_refused_by(view, chain):
            continue  # "Die Einladung nach Moskau lehnte Selenskyj ab": the leader after the refusal declines it
        if rule.kind == "venue" and _accepts_offer(view, chain):
            continue  # "Москва приняла предложение Анкары": accepting an offer, the capital hosts nothing
        if rule.id == "stance.impossible" and _meeting_as_time(view, chain):
            continue  # "требование перемирия перед встречей неприемлемо": what comes before the meeting is refused
        if rule.id == "stance.impossible" and _terms_of_meeting(view, chain):
            continue  # "Moscow's conditions for a summit were unacceptable": the terms are refused, not the summit
        if _impossible_without(view, chain):
            continue  # "there is no way to end the war without a meeting": the meeting is needed, not refused
        if rule.id in _AMONG and _hosts_counted(view):
            continue  # "seven states have offered to host, among them Austria": the hosts' offers, relayed
        if rule.id == "stance.not_planned" and _place_set_aside(view, chain):
            continue  # "Moscow is not being considered": a place set aside, not the meeting doubted
        if rule.id in _AMONG and _cities_listed(view, chain):
            continue  # "drones hit cities including Kharkiv": cities listed, no venues
        if rule.id == "venue.preferred_place" and _place_as_aim(view, chain):
            continue  # "pushed for Ukraine to join NATO", "milite pour une Europe unie": an aim, not a venue
        out.append(chain)
    nearest = _nearest_place(_shortest_per_start(out), view, coordinate=rule.id != NOR_LISTED)
    if rule.id in _AMONG:
        nearest += [alt for c in nearest for alt in _members_listed(c, view)]
    elif rule.id in LISTED:
        nearest += [alt for c in nearest for alt in _places_listed(c, view)]
    elif rule.id == PLACE_DASH_NO:
        nearest += [alt for c in nearest for alt in _refused_before_dash(c, view)]
    return nearest


PLACE_DASH_NO: Final = "venue.place_dash_no"


def _refused_before_dash(chain: Chain, view: View) -> list[Chain]:
    """(h_refuse40) The chain again for each place listed before the one a dash and "no" refuse ("Moscow and Minsk
    — no", «Москва и Минск — нет», «Москва, Мінськ — ні», "Moskau und Minsk – nein"): joined to it by "and", "or"
    and commas only, each is refused by the one verdict (the list's later members stay under the alert threshold,
    reader._later_refusals)."""
    joins = {i for c in ("AND_WORD", "OR_WORD") for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    place = next((m for m in chain if m in view.places), None)
    if place is None:
        return []
    return [c for c in _listed_with(chain, view, joins, both_sides=True)
            if any(m in view.places and m.last < place.first for m in c)]


# Whose meeting a meeting word names: the leaders' (named as its partner, or its level), or the delegations' and
# ministers' ("direct talks", "the next round", "встреча министров", "переговоры делегаций").
_LEADER_MARKS = ("LEADER", "LEADER_REF", "LEADERS", "LEADERS_PAIR", "NAMED_PAIR")
_LOWER_MARKS = ("LOWER_TALKS", "DELEGATION")
_BETWEEN_BLOCKS = ("AFTER", "ONLY", "UNTIL", "IF", "COND", "SAY")
_VERB_FINAL = frozenset({"tr", "de"})  # the hosted object before the verb: "müzakerelere ev sahipliği yapmak"


def _lower_meeting(view: View, chain: Chain) -> bool:
    """Every meeting word of the match (a meeting, talks, or what a host offers to host) is the delegations' or
    ministers' ("Putin proposed resuming direct talks in Istanbul", "встречу министров в Анталье", "Turkey was
    ready to host the negotiations", "Ankara stood ready to host the next step"), with no leader named as its
    partner or level ("direct talks with Putin", "host a summit of the two presidents", "acoger ... al más alto
    nivel"): a venue, format or stance is said only of the leaders' meeting (docs/conditions.md)."""
    heads = [m for m in chain if m.concept in ("MEET", "TALKS", "HOST", "HOST_HOME")]
    return bool(heads) and all(_head_lower(view, h) for h in heads)


def _talks_named_lower(view: View, chain: Chain) -> bool:
    """(h_terms27) Bare talks proposed ("Putin had proposed the talks himself ..., offering direct negotiations in
    Istanbul", «сам предложил эти переговоры, предложив прямые переговоры в Стамбуле»), no leader named after them as
    their partner, in a sentence that names the delegations' talks (LOWER_TALKS, DELEGATION) and no leaders' meeting:
    the talks proposed are those lower ones, which say nothing of the leaders' meeting ("proposed talks with Putin",
    "proposed talks, offering a meeting with Zelensky" still read)."""
    heads = [m for m in chain if m.concept in ("MEET", "TALKS", "HOST", "HOST_HOME")]
    if not heads or any(h.concept != "TALKS" for h in heads) or view.has_any(("MEET", "LEADERS", "LEADERS_PAIR",
                                                                                "NAMED_PAIR")):
        return False
    last = max(h.last for h in heads)
    if any(m.first > last and view.clause[m.first] == view.clause[last] and view.words_between(last, m.first) <= 5
           for c in _LEADER_MARKS for m in view.concepts.get(c, ())):
        return False  # "proposed talks with Putin": the leader is their partner
    return any(not any(h.first <= d.first <= h.last for h in heads)
               for c in _LOWER_MARKS for d in view.concepts.get(c, ()))


def _head_lower(view: View, h: ConceptMatch) -> bool:
    hosting = h.concept in ("HOST", "HOST_HOME")
    concepts = (*_LOWER_MARKS, "NEXT_STEP") if hosting else _LOWER_MARKS
    clause = view.clause[h.first]
    reach = 4 if hosting else 2

    def clear(a: int, b: int) -> bool:  # nothing between but words of the phrase ("talks between the delegations")
        return all(view.tokens[i].is_word for i in range(a + 1, b)) and not any(
            a < x.first < b for c in _BETWEEN_BLOCKS for x in view.concepts.get(c, ()))

    lows = [d for c in concepts for d in view.concepts.get(c, ()) if view.clause[d.first] == clause and (
        d.first <= h.first <= d.last or d.first <= h.last <= d.last
        or (d.first > h.last and view.words_between(h.last, d.first) <= reach and clear(h.last, d.first))
        or (d.last < h.first and view.words_between(d.last, h.first) <= (reach if hosting and view.lang in _VERB_FINAL
                                                                            else 1) and clear(d.last, h.first)))]
    if not lows:
        return False
    a = min(h.first, *(d.first for d in lows))
    b = max(h.last, *(d.last for d in lows))
    # a leader named as the partner or the level, after the word or within the phrase ("direct talks with Putin",
    # "прямі переговори з путіним", "direkte Gespräche auf Ebene der Staatschefs")
    partners = [m for c in _LEADER_MARKS for m in view.concepts.get(c, ())
                if view.clause[m.first] == clause and (a <= m.first <= b or (
                    m.first > b and view.words_between(b, m.first) <= 5))]
    if partners:
        return False
    if hosting:  # "host a meeting of the two", "host a summit": a meeting hosted is the leaders' unless lower itself
        return not any(a <= m.first <= b + 4 and view.clause[m.first] == clause and not _head_lower(view, m)
                       for m in view.concepts.get("MEET", ()) if m.first > h.last)
    return True


def _in_when_clause(view: View, i: int) -> bool:
    """Token i stands in a clause opened by "when" at most three words before it ("когда лидеры встретятся",
    "коли лідери зустрінуться"): a time, not a statement that they will meet."""
    return any(t.text in WHEN_WORDS and view.clause[j] == view.clause[i] and view.words_between(j, i) <= 3
               for j, t in enumerate(view.tokens[:i]))


WHEN_WORDS = concept_words("WHEN_WORD")


def _someone_else_joins(view: View, chain: Chain) -> bool:
    """The match opens with a word of joining ("in the room", "за столом") whose subject is a third party named
    just before it in its clause ("Trump to be in the room", "Європа має бути за столом"): that party at the
    table is a format, not the speaker's readiness to go."""
    head = chain[0]
    if head not in view.concepts.get("JOIN", ()):
        return False
    return any(r.last < head.first and view.words_between(r.last, head.first) <= 4
               and view.clause[r.last] == view.clause[head.first]
               for c in ("US_REF", "THIRD_REF") for r in view.concepts.get(c, ()))


def _within(view: View, chain: Chain, concept: str) -> bool:
    """An element of the match lies inside a match of the concept ("who will sign" holds the SIGN word)."""
    return any(x.first <= m.first and m.last <= x.last for m in chain for x in view.concepts.get(concept, ()))


def _signer_beside(view: View, chain: Chain) -> bool:
    """(h_prereq18) Who may sign is said in the clause of the text the match reaches into, past the clause it opens
    in (the rule's `unless` looks there only): "О подписании: любые договоренности должны быть подписаны легитимной
    властью" (a heading "on the signing", then who is to sign any agreement: legitimate_signatory, no text to agree)."""
    return any(view.clause[m.first] != view.clause[chain[0].first] and _in_clause(view, "LEGIT", view.clause[m.first])
               for m in chain[1:])


def _signed_later(view: View, chain: Chain) -> bool:
    """The match's sequence word is "before" and its signing or text follows it at once ("solved before any
    signature", "settled before the treaty is signed"): something else comes first, the text comes later."""
    befores, fronts = _before_words(view, chain)
    texts = [m for m in chain if m.concept in ("SIGN", "DOCUMENT")]
    if any(_meeting_denied_before(view, b) for b in befores + fronts):
        return False  # "would not meet Zelensky before a peace treaty is agreed": not before it is only after it
    # ("before the signing of any agreement": the text signed after the signing right after "before"; (h_prereq19)
    # "before any document can be signed": the signing after the text right after it)
    signings = [g for c in ("SIGN", "DOCUMENT") for g in view.concepts.get(c, ())
                if any(0 < g.first - b <= 3 for b in befores)]
    return bool(texts) and all(any(0 < t.first - b <= 3 for b in befores)
                               or any(g.first <= t.first for g in signings) for t in texts)


def _before_words(view: View, chain: Chain) -> tuple[list[int], list[int]]:
    """The "before" words of the match's sequence words, in one pass: where the text to be signed is counted from
    ("before" itself, also "even before", "ще до"; or the noun a "до" / "перед" turned into the sequence word
    (h_prereq20) or a phrase a "before" opens, the signing after its end: «до того, як ми підпишемо будь-що»,
    «прежде чем что-либо подписывать»), and the sequence words that open with one (their first token)."""
    befores: list[int] = []
    fronts: list[int] = []
    for m in chain:
        if m.concept != "AFTER":
            continue
        opens = view.tokens[m.first].text in _BEFORE
        if opens or view.tokens[m.last].text in _BEFORE:
            befores.append(m.last)
        if opens:
            fronts.append(m.first)
        if m.first > 0 and view.tokens[m.first - 1].text in _BEFORE:
            befores.append(m.first - 1)
    return befores, fronts


def _meeting_denied_before(view: View, b: int) -> bool:
    """A meeting word negated just before token b, in its clause ("would not meet Zelensky before", "не встретится
    с Зеленским до"): the meeting is denied until what follows."""
    clause = view.clause[b]
    meetings = view.concepts.get("MEET", ())
    # (h_prereq20) or the meeting said impossible right before it ("a meeting is impossible before the text is agreed",
    # «встреча невозможна до того, как»)
    return any(n.last < m.first < b and m.first - n.last <= 2 and b - m.last <= 3
               and view.clause[n.first] == view.clause[m.first] == clause
               for n in view.concepts.get("NEG", ()) for m in meetings) or any(
        m.last < i.first and i.last < b and b - i.last <= 2 and view.clause[m.first] == view.clause[i.first] == clause
        for i in view.concepts.get("IMPOSSIBLE", ()) for m in meetings)


def _consequence_after(view: View, chain: Chain) -> bool:
    """(h_prereq18) The chain's ceasefire is what follows, not what comes first: said right after "only then" in its
    clause ("Ukraine must withdraw ...; only then would Russia cease fire and start talks", «только тогда Россия
    прекратит огонь»: what the speaker's side grants once its terms are met), or the effect of the meeting the chain's
    "only" names, said able to bring it ("only a meeting with Putin himself can stop the war", «лише зустріч із
    путіним може зупинити війну»: the meeting is the way out, nothing before it; "solo se reunirá con Putin tras un
    alto el fuego" is the ceasefire first). A word of condition between keeps it the condition ("only then, when the
    guns fall silent", «лише тоді, коли»; "only a meeting after a ceasefire")."""
    conditions = [m.first for c in ("AFTER", "IF", "UNTIL", "COND") for m in view.concepts.get(c, ())]
    fires = [c for c in chain if c.concept == "CEASEFIRE"]

    def follows(opener_last: int, fire: ConceptMatch) -> bool:
        return opener_last < fire.first and view.clause[opener_last] == view.clause[fire.first] and not any(
            opener_last < k < fire.first for k in conditions)

    then = any(follows(t.last, c) and view.words_between(t.last, c.first) <= 4
               for c in fires for t in view.concepts.get("THEN_ONLY", ()))
    meetings = [m for m in view.concepts.get("MEET", ()) for o in chain
                if o.concept == "ONLY" and 0 < m.first - o.last <= 2]
    able = [a.first for a in view.concepts.get("ABILITY", ())]  # "only a meeting ... can stop": what it can do
    return then or any(follows(m.last, c) and any(m.last < a < c.first for a in able)
                       for c in fires for m in meetings)


def _experts_within(view: View, chain: Chain, concept: str) -> bool:
    """The match's EXPERTS word is part of a phrase of the concept: of a text said to be prepared (PREPARED_TEXT:
    "documents are prepared", "подготовлены все документы": the agreed text's condition, not the experts'), or of
    a preparation said begun (PREP_BEGUN: "began preparations", «начал подготовку»: an event, nothing awaited)."""
    spans = view.concepts.get(concept, ())
    return any(m.concept == "EXPERTS" and any(t.first <= m.first and m.last <= t.last for t in spans) for m in chain)


def _text_agreed_by(view: View, chain: Chain) -> bool:
    """(h_prereq18) The match's experts are who agree a text named before them ("when the text of the agreement is
    agreed by the delegations", «когда текст соглашения будет согласован делегациями», "the texts had to be worked
    out and agreed by the delegations"): the text is what the meeting waits for (documents_agreed), the experts only
    its agents; "first the delegations must agree the text" (the experts' own step) is still their groundwork."""
    agreed = [a for c in ("TEXT_AGREED", "AGREED_BY") for a in view.concepts.get(c, ())]
    spans = [(d.first, e.last) for d in view.concepts.get("DOCUMENT", ()) for a in agreed
             if d.last < a.first and view.words_between(d.last, a.first) <= 6
             for e in view.concepts.get("EXPERTS", ())
             if a.last < e.first and view.words_between(a.last, e.first) <= 2
             and view.clause[d.first] == view.clause[e.first]]
    return any(m.concept == "EXPERTS" and first <= m.first and m.last <= last for m in chain for first, last in spans)


def _summit_with_us(view: View, chain: Chain) -> bool:
    """(h_prereq23) In a clause of the match's words, every meeting word is the one with the US president, right after
    it ("the summit with Trump needs serious preparation", «саммит с Трампом требует подготовки»), and neither leader
    of the war is named there: what it waits for is that summit's, not the Putin-Zelensky meeting's. Each clause the
    match spans is tested, not only its first word's (review 35: "the summit with Trump needs serious preparation,
    and a meeting with Putin is possible only after a ceasefire": the preparation is the Trump summit's)."""
    withs = {w.first for w in view.concepts.get("WITH_US", ())}
    says = {m.first for m in view.concepts.get("SAY", ())}
    for clause in {view.clause[m.first] for m in chain}:
        meets = [m for m in view.concepts.get("MEET", ()) if view.clause[m.first] == clause]
        if meets and all(m.last + 1 in withs for m in meets) and not any(
                view.clause[m.first] == clause and m.last + 1 not in says
                for c in ("LEADER", "LEADERS", "LEADERS_PAIR", "NAMED_PAIR", "TRILATERAL")
                for m in view.concepts.get(c, ())):
            return True  # (the speaker named before his verb, "Zelensky said the summit with Trump ...", is no party
            # to that summit)
    return False


def _said_after(view: View, chain: Chain) -> bool:
    """'He spoke after a meeting of foreign ministers', 'told reporters after talks with', 'заявил после встречи
    министров': the match's sequence word follows a verb of speaking (at most two words between, in its clause),
    so it dates the statement."""
    says = [s.last for s in view.concepts.get("SAY", ())]
    says += [i for i, t in enumerate(view.tokens) if t.text in _SPOKE]
    return any(m.concept == "AFTER" and view.tokens[m.first].text in _AFTER_WORDS and any(
        s < m.first and view.words_between(s, m.first) <= 2 and view.clause[s] == view.clause[m.first]
        for s in says) for m in chain)


def _occasion_of_speaking(view: View, chain: Chain) -> bool:
    """The match stands in the occasion of the words: a sequence word right before it (at most one word between)
    that follows a verb of saying in its clause, with the speaker's name (and only the audience and title) between
    ("told reporters after a trilateral meeting", "сообщил журналистам министр иностранных дел РФ Сергей Лавров
    после трёхсторонней встречи")."""
    says = [s.last for s in view.concepts.get("SAY", ())]
    if not says and "OCCASION" not in view.concepts:
        return False
    names = {i for m in view.actor_forms or () for i in range(m.first, m.last + 1)} | view.silent
    named = names | {i for c in ("SPEECH_PLACE", "ROLE", "STAFF_ROLE", "NONPARTY", "THIRD_REF")
                     for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    first = chain[0].first
    toks = view.tokens
    for a in view.concepts.get("OCCASION", ()):
        # "Merz, at the start of the multilateral session: ...", «Мерц, в начале многостороннего заседания: ...»:
        # an occasion set off after the speaker's name, before their words, names the event they spoke at
        if a.last < first and view.words_between(a.last, first) <= 1 and a.first >= 2 \
                and toks[a.first - 1].text == "," and (a.first - 2 in names or (
                    toks[a.first - 2].is_word and view.text[toks[a.first - 2].start].isupper())) \
                and any(t.text == ":" for t in toks[chain[-1].last + 1 : chain[-1].last + 6]):
            return True
    for a in view.concepts.get("AFTER_WORD", ()):
        if not (a.last < first and view.words_between(a.last, first) <= 1
                and view.clause[a.first] == view.clause[first]):
            continue
        for s in says:
            if s < a.first and view.clause[s] == view.clause[a.first] and all(
                    view.tokens[i].is_word and view.tokens[i].text not in _THAT_WORDS
                    for i in range(s + 1, a.first)) and sum(
                    1 for i in range(s + 1, a.first) if i not in named) <= 4 and any(
                    i in names for i in range(s + 1, a.first)):
                return True
    return False


def _land_as_place(view: View, chain: Chain) -> bool:
    """The land of a selling or swapping chain stands right after a preposition ("in Crimea", "from Donetsk", «в
    Херсоні»): a place where something else is sold or swapped, not the land sold ("Crimea will not be traded")."""
    sold = [m for m in view.concepts.get("SELL_SWAP", ())]
    if not any(m.concept == "CONCEDE" and any(x.first <= m.last and m.first <= x.last for x in sold) for m in chain):
        return False
    preps = {m.last for m in view.concepts.get("PREP", ())}
    return any(m.concept == "TERRITORY" and m.first - 1 in preps for m in chain)


def _us_first(view: View, chain: Chain) -> bool:
    """(h_format24) A first step opens with the US named, one word at most between ("first Trump and Zelensky, then
    the three of them", «сначала Трамп и Зеленский, потом втроём», "zuerst Trump und Selenskyj"): the pair met first
    is the US president's with one leader. Only the match inside that step, before the next later step: "first
    Washington must give guarantees, then he is ready to meet Putin one on one" asks the later step's format (a pair's
    format told by the three that follow it, "then the three of them", is the first step's wherever it stands)."""
    us = [m.first for m in view.concepts.get("US_REF", ())]
    later = [m for c in ("LATER_STEP", "EVENT_AFTER") for m in view.concepts.get(c, ())]
    firsts = [f for f in view.concepts.get("FIRST_STEP", ())  # not "then with Trump", «после нее»: a later step
              if not any(f.first <= m.last and m.first <= f.last for m in later)]
    start = min(m.first for m in chain)
    inferred = any(m.concept == "TRILATERAL" for m in chain)  # "then the three of them": the pair's format is told
    return any(f.last < u <= f.last + 2 and all(view.tokens[i].is_word for i in range(f.last + 1, u))
               and (inferred or f.first <= start <= min((m.last for m in later if m.first > f.last),
                                                        default=len(view.tokens)))
               for f in firsts for u in us)


def _meeting_dated(view: View, chain: Chain) -> bool:
    """(h_format24) The match names the company of a meeting that dates something else: a time span, then a word of
    sequence, its meeting word at most four words on and the match at most four words past it, no mark between ("two
    days after the White House meeting with European leaders", «через два дня после встречи в Белом доме с
    европейскими лидерами»): a meeting held, not one asked for."""
    spans = {i for m in view.concepts.get("TIME_SPAN", ()) for i in range(m.first, m.last + 1)}  # its language's
    first = min(m.first for m in chain)
    for a in view.concepts.get("EVENT_AFTER", ()):
        if not any(a.first - 2 <= s < a.first for s in spans):
            continue
        for m in view.concepts.get("MEET", ()):
            if a.last < m.first and view.words_between(a.last, m.first) <= 4 and m.last <= first \
                    and view.words_between(m.last, first) <= 4 and not _mark_between(view, a.last, first):
                return True
    return False



def _stay_of_speaker(view: View, chain: Chain) -> bool:
    """(h_venue20) The trip word opens the chain right after the opening of a trip under way, a possessive at most
    between ("at the end of his visit in Beijing", "zum Abschluss seines Besuchs in Peking", «по итогам визита в
    Пекин»): the visit the words were said on, its place where the speaker is; "come to Beijing to meet" has none."""
    head = chain[0]
    return head.concept == "COME" and any(
        o.last < head.first and view.words_between(o.last, head.first) <= 1
        for o in view.concepts.get("STAY_OCCASION", ()))


_THAT_WORDS = concept_words("THAT_WORD")
_AFTER_WORDS: Final = concept_words("AFTER_WORD")
_SPOKE: Final = concept_words("SPOKE")


def _contrast_not(view: View, chain: Chain) -> bool:
    """The match ends in the "not" of a contrast ("a precondition for a deal, not its reward", "условие сделки, а не
    награда": CONTRAST_NOT, its comma in the entry): that "not" denies the words after it, not the ones before."""
    last = chain[-1]
    return last.concept == "NEG" and any(c.last == last.first for c in view.concepts.get("CONTRAST_NOT", ()))


def _other_agenda_only(view: View) -> bool:
    """"only to discuss bilateral relations", «лишь для обсуждения двусторонних отношений»: the meeting offered is
    for another agenda than the war."""
    onlys = view.concepts.get("ONLY", ())
    return any(o.last < m.first and view.words_between(o.last, m.first) <= 4
               for m in view.concepts.get("OTHER_AGENDA", ()) for o in onlys)


def _presence(chain: Chain) -> bool:
    """(h_venue20) The chain opens on a presence to come ("I will be in Istanbul on Thursday and I will wait for
    Putin there", "the president will be in Istanbul ... and will wait", venue.present_at): the "and" after the
    place joins the waiting to that presence, the place being the presence's own, not another predicate's."""
    return chain[0].concept in ("PRESENT_OPEN", "WILL_BE")


def _and_after_place(view: View, chain: Chain) -> bool:
    """A place, then "and" before the match's next element: the place ends another predicate ("hiding in
    Moscow and afraid of a meeting")."""
    toks = view.tokens
    pairs = {i for m in view.concepts.get("LEADERS_PAIR", ()) for i in range(m.first, m.last + 1)}  # "Путина и
    # Зеленского" joins the two leaders, not two predicates
    return any(a in view.places and b.first > a.last
               and any(toks[i].text in AND_WORDS and i not in pairs and not _case_suffix(view, i)
                       for i in range(a.last + 1, b.first))
               for a, b in zip(chain, chain[1:], strict=False))


def _or_elsewhere(view: View, chain: Chain) -> bool:
    """(h_place18) Where the speaker says the place does not matter, the match's place followed within three words by
    "or elsewhere" ("It doesn't matter where: in Budapest or anywhere else", «Мені не важливо, де. Хоч у Будапешті, хоч
    деінде») is an example of any place, not the place asked for ("any" is read instead). Alone, "in Geneva or
    elsewhere on its territory" still offers Geneva (the gold of a host's offer)."""
    return view.has("WHERE_INDIFFERENT") and any(
        m in view.places and any(0 < e.first - m.last <= 3 for e in view.concepts.get("ELSEWHERE_ALT", ()))
        for m in chain)


def _case_suffix(view: View, i: int) -> bool:
    """(h_morph) The token is a case suffix written after an apostrophe on the word before ("Kiev'e", "Roma'ya"):
    part of that word, whatever the same letters mean alone (the Turkish dative "e" is no Italian "and")."""
    toks = view.tokens
    return i > 0 and toks[i - 1].end + 1 == toks[i].start and view.text[toks[i - 1].end] in "'’"


def _idea_commented(view: View, chain: Chain) -> bool:
    """(h_venue40) The match is the content of an idea or offer the speaker comments on or answers («комментируя идею
    президента Франции Эммануэля Макрона провести встречу в Женеве», "commenting on Macron's idea of holding the meeting
    in Geneva"): the idea's author proposed the place, not the commenter (who does not own the idea she comments on).
    Not "in response to Putin's offer to meet in Moscow" (RESPONSE_TO): the reported offer is still Putin's own
    statement, read as his, and the answer's own place is the responder's."""
    answers = view.concepts.get("ANSWERED", ())
    head = chain[0]
    place = next((m for m in chain if m in view.places), None)
    if place is None:
        return False
    offers = view.concepts.get("OFFER_NOUN", ())
    proposes = view.concepts.get("PROPOSE", ())  # (review, session 40) «Зеленский предложил встретиться в Стамбуле»
    # after the idea answered: a proposing of the speaker's own, like a place or an offer between
    return any(a.last < o.first and view.words_between(a.last, o.first) <= 3 and o.last < head.first
               and view.words_between(o.last, head.first) <= 6 and view.clause[o.last] == view.clause[head.first]
               and not any(o.last < p.first < place.first for p in (*view.places, *offers, *proposes))
               for a in answers for o in offers)  # the idea's own place, no other place nor offer between: «ответил
    # на предложение Зеленского встретиться в Донбассе приглашением в Москву» answers with an offer of his own


def _answers_offer(view: View, chain: Chain) -> bool:
    """The match's word of offering or inviting is what the speaker answers ("Zelensky responded to the invitation
    to Moscow", "in response to Putin's offer of Moscow", "відповів на запрошення до Москви"): the offer, and its
    place, are another's."""
    offers = [m for m in chain if m.concept in ("PROPOSE", "INVITE", "OFFER_NOUN")]
    answers = (*view.concepts.get("ANSWERED", ()), *view.concepts.get("RESPONSE_TO", ()))
    return any(a.last < o.first and view.words_between(a.last, o.first) <= 3 for o in offers for a in answers)


def _invitation_refused_by(view: View, chain: Chain) -> bool:
    """(h_prec21b) A refusal stands between the match's invitation and the leader after it, in one clause ("Die
    Einladung nach Moskau lehnte Selenskyj ab", the object fronted): the leader declines the
    invitation, he neither issues it nor is willing ("Putin invited Zelensky" has no refusal between)."""
    offers = [m for m in chain if m.concept in ("INVITE", "PROPOSE")]
    leaders = [m for m in chain if m.concept == "LEADER"]
    return any(o.last < r.first and r.last < le.first and view.clause[o.first] == view.clause[le.first]
               for o in offers for le in leaders for r in view.concepts.get("REFUSE", ()))


def _accepts_offer(view: View, chain: Chain) -> bool:
    """A word of hosting in the match takes an offer as its object ("приняла предложение", "не прийме
    пропозицію", "accepted the invitation"): it accepts, it does not host."""
    hosts = [m for m in chain if m.concept in ("HOST", "HOST_HOME")]
    return any(o.first > h.last and view.words_between(h.last, o.first) <= 1
               for h in hosts for o in view.concepts.get("OFFER_NOUN", ()))


def _meeting_as_time(view: View, chain: Chain) -> bool:
    """The match's meeting is the time of something else ("a truce before the meeting", "перед встречей", "до
    зустрічі"): a word of sequence covers it or stands right before it."""
    meets = [m for m in chain if m.concept in ("MEET", "TALKS")]
    return any(a.first < m.first and (a.last >= m.first or view.words_between(a.last, m.first) <= 1)
               and view.clause[a.first] == view.clause[m.first]
               for m in meets for a in view.concepts.get("AFTER", ()))


def _terms_of_meeting(view: View, chain: Chain) -> bool:
    """The match's meeting completes a word of terms through a preposition ("Moscow's conditions for a summit",
    "требования Москвы для встречи", "вимоги Москви щодо зустрічі"): what is called impossible is the terms (not
    "under such conditions a meeting is impossible")."""
    meets = [m for m in chain if m.concept in ("MEET", "TALKS")]
    toks = view.tokens
    return any(t.last < m.first and view.words_between(t.last, m.first) <= 3
               and any(toks[i].text in _TERMS_OF for i in range(t.last + 1, m.first))
               and not any(toks[i].text == "," for i in range(t.last + 1, m.first))
               for m in meets for t in view.concepts.get("TERMS", ()))


_TERMS_OF = concept_words("TERMS_OF")  # "conditions for", "требования к", "вимоги щодо"


def _owned_leader(chain: Chain, view: View) -> bool:
    """A leader of the match owns something ("Zelensky's answer"); a loop, not any() over a generator per chain."""
    for m in chain:
        if m.concept == "LEADER" and possessor(view, m):
            return True
    return False


def _reason_between(view: View, chain: Chain) -> bool:
    """A reason clause opens between the match's elements ("... a meeting, because in Kyiv ...")."""
    first, last = min(m.last for m in chain), max(m.first for m in chain)
    return any(first < b.first < last for b in view.concepts.get("BECAUSE", ()))


def _contrast_between(view: View, chain: Chain) -> bool:
    """A contrast clause of its own ("..., а Зеленского готовы принять в Москве", "..., but Zelensky was welcome")
    opens between the match's elements after a denial: a comma, a word that opens a second clause, then more than
    a preposition before the next element (an elliptic contrast, «не в Москве, а в Стамбуле», "not in Moscow but
    in Istanbul", keeps the first clause's verb)."""
    ends = sorted(chain, key=lambda m: m.first)
    for a, b in zip(ends, ends[1:], strict=False):
        for w in view.concepts.get("SECOND_CLAUSE", ()):
            if a.last < w.first and w.last < b.first and view.tokens[w.first - 1].text == "," and \
                    view.words_between(w.last, b.first) > 2 and any(
                        ends[0].first - _DENIAL_REACH <= n.first < w.first
                        for c in _CONTRAST_DENIALS for n in view.concepts.get(c, ())):
                return True
    return False


# what refuses in the clause before the contrast ("в Киев не поедет, а ...": "ready for a meeting, but it has to be
# in Moscow" denies nothing, and its place stays the meeting's)
_CONTRAST_DENIALS = ("NEG", "POST_NEG", "WILL_NOT", "NOT_GO", "REFUSE", "NEG_SELF")
# how many tokens before the match's first word its denial may stand: a verb's "not" and auxiliary, or a subject
# between («в Москву Зеленский не поедет», "Zelensky will not go"); further back it is another clause's (review 38:
# «не поедет он и в Минск» stays a known miss either way)
_DENIAL_REACH: Final = 3


def _own_verb_nearer(rule: Rule, view: View, chain: Chain) -> bool:
    """(h_inst26) A denied first element, and a word of that element past a comma between it and the next element («в
    Москву Зеленский не поедет, «хай приезжает в Киев»», "won't go there, let him come to Kyiv"): the next element is
    that nearer word's, and the denial of the first clause says nothing of it (as `_contrast_between`, whose second
    clause opens with a word of contrast; a denial is asked for, since "the meeting, which Macron will host at the
    Elysee" holds the place for the meeting named first)."""
    if len(chain) < 2 or chain[1].first <= chain[0].last:
        return False
    a, b = chain[0], chain[1]
    comma = next((i for i in range(a.last + 1, b.first) if view.tokens[i].text == ","), None)
    return comma is not None and any(a.first - _DENIAL_REACH <= n.first < comma for c in _CONTRAST_DENIALS
                                     for n in view.concepts.get(c, ())) and any(
        comma < m.first and m.last < b.first for c in rule.elements[0].concepts for m in view.concepts.get(c, ()))


_AND_THAT = re.compile(r"\b(?:and|и|і|й|та)\s+(?:that|что|що)\b", re.I)


def _across_reports(view: View, chain: Chain) -> bool:
    """The match runs across "and that" into a second thing reported ("said that ... and that ..."): its words
    belong to two claims."""
    first, last = min(m.first for m in chain), max(m.last for m in chain)
    return _AND_THAT.search(view.text, view.tokens[first].end, view.tokens[last].start) is not None


# (h_venue40) what makes the place after a verb of asking the asked-for meeting's: "asked Putin to meet him in
# Istanbul", "asked for a meeting in Geneva", "asked him to come to Kyiv"
_ASKED_FOR: Final = ("MEET", "COME", "HOST", "INVITE", "TALKS", "VENUE_NOUN", "TRAVEL_LAST", "INVITATION_NOUN")


# (h_venue40) the verbs whose subject weighs places ("Kyiv is considering", «Киев видит возможными», «Kiev valuta»)
_CONSIDERING: Final = ("SEES_POSSIBLE", "CONSIDER", "THINK")


def _place_considers(view: View, chain: Chain) -> bool:
    """(h_venue40) A place of the match is the subject of a verb of considering right after it (a parenthesis of
    saying between at most: «Киев видит возможными местами встречи Швейцарию», "Kiev, ha precisato il presidente, valuta
    come sedi possibili la Turchia"): the capital weighs the places named after the verb, it is none of them. A
    subject (review, session 40): no preposition before it, and no bare comma before the verb («пройти в Стамбуле,
    считает Кремль», "in Istanbul, considered a neutral venue": the place is a venue, and the verb after the comma
    a parenthesis of whose view it is, or a participle describing it)."""
    for m in chain:
        if m not in view.places or after_word(view, m, "PREP"):
            continue
        for c in (o for k in _CONSIDERING for o in view.concepts.get(k, ())):
            if c.first > m.last and _subject_gap(view, m.last + 1, c.first):
                return True
    return False


def _subject_gap(view: View, start: int, end: int) -> bool:
    """(review, session 40) Between a subject and its verb: nothing, or a parenthesis set off by marks (an aside,
    "Kiev, ha precisato il presidente, valuta"), never marks alone (a bare comma ends the subject's clause)."""
    between = range(start, end)
    if not _only_marks_between(view, start, end):
        return False
    return not between or any(i in view.asides for i in between)


def _decider_absent(view: View, chain: Chain) -> bool:
    """(h_venue40) A place of the match is the one where nobody decides («Але в Стамбулі немає людини, яка ухвалює
    рішення», "But there is no one in Istanbul who makes decisions"): the place is where the other side's leader is
    absent, said after the speaker's readiness to meet, not where he offers to meet (nor a place refused). Only the
    place right before the words, or right after them past a preposition ("no decision-maker in Istanbul"), is it
    (review, session 40): "ready to meet in Istanbul because there is no one in Moscow who decides" keeps Istanbul."""
    places = [m for m in chain if m in view.places]
    for d in view.concepts.get("NO_DECIDER", ()):
        for m in places:
            if m.last < d.first and _only_marks_between(view, m.last + 1, d.first) and _negated_near(view, d, m):
                return True
            if d.last < m.first and sum(view.tokens[i].is_word for i in range(d.last + 1, m.first)) <= 1:
                return True
    return False


def _only_marks_between(view: View, start: int, end: int) -> bool:
    """(h_venue40) Nothing but marks and asides from `start` up to `end`."""
    return all(i in view.asides or not view.tokens[i].is_word for i in range(start, end))


def _negated_near(view: View, decider: ConceptMatch, place: ConceptMatch) -> bool:
    """(review, session 40) The words of no decider carry their own negation («нет человека, который принимает
    решения»), or a negation stands at most three words before the place they follow ("no one in Istanbul who
    decides"): "the man in Moscow who decides" is no place without a decider."""
    for n in view.concepts.get("NEG", ()):
        if decider.first <= n.first <= decider.last:
            return True
        if n.last < place.first and sum(view.tokens[i].is_word for i in range(n.last + 1, place.first)) <= 3:
            return True
    return False


def _asked_at_place(view: View, chain: Chain) -> bool:
    """(h_venue40) The match opens with a verb of asking that is a question put to the speaker ("asked on Thursday
    morning in Paris about the invitation", "when asked in Istanbul whether ..."), and nothing asked for (a meeting, a
    trip, an invitation) stands between it and the place: the place is where he was asked, not a venue."""
    asked = view.concepts.get("ASKED_WORD", ())
    head = chain[0]
    if not any(a.first <= head.first <= a.last for a in asked):
        return False
    place = next((m for m in chain[1:] if m in view.places), None)
    if place is None:
        return False
    return not any(head.last < m.first < place.first for c in _ASKED_FOR for m in view.concepts.get(c, ()))


def _other_event_within(view: View, chain: Chain) -> bool:
    """Another event (the G20, a peace summit) is named inside the match, or ends inside it ("говорить о мире на
    саммите в Швейцарии"): its place is that event's."""
    first, last = min(m.first for m in chain), max(m.last for m in chain)
    return any(first <= o.last <= last for o in view.concepts.get("OTHER_EVENT", ()))


def _place_of_elections(view: View, chain: Chain) -> bool:
    """The place of the match sits beside a word of legitimacy (elections, martial law) in its clause."""
    legit = view.concepts.get("LEGIT", ())
    return any(m in view.places and view.clause[m.first] == view.clause[g.first]
               and (0 < g.first - m.last <= 3 or 0 < m.first - g.last <= 2) for m in chain for g in legit)


def _impossible_without(view: View, chain: Chain) -> bool:
    """An impossibility and the meeting with "without" between them: what is impossible is doing without it. The
    "without" after its noun (a Turkish postposition) stands right after the meeting, the impossibility later:
    "liderler düzeyinde bir görüşme olmadan ilerleme mümkün değil" (no progress without a leaders' meeting)."""
    imp = next((m for m in chain if m.concept == "IMPOSSIBLE"), None)
    meet = next((m for m in chain if m.concept in ("MEET", "TALKS")), None)
    if imp is None or meet is None:
        return False
    if imp.last < meet.first:
        return any(imp.last < w.first < meet.first for w in view.concepts.get("WITHOUT", ()))
    # a meeting word (not talks) right before the postposition: in "liderler görüşmesi, müzakereler olmadan mümkün
    # değil" what is done without is the talks, and the meeting is said impossible without them
    return any(meet.first <= m.first and m.last < w.first and view.words_between(m.last, w.first) == 0
               for w in view.concepts.get("WITHOUT_POST", ()) if w.last < imp.first
               for m in view.concepts.get("MEET", ()))


def _place_as_aim(view: View, chain: Chain) -> bool:
    """The place advocated for is the subject or owner of what is asked ("pushed for Ukraine to join NATO",
    "championed Ukraine's accession") or a polity qualified as it should be ("lobbied for a united Europe", "milite
    pour une Europe unie"): a political aim, not where to meet. "pushed for Geneva to host the summit" still is."""
    place = next((m for m in chain if m in view.places), None)
    if place is None:
        return False
    after = place.last + 1
    does = any(d.first == after for d in view.concepts.get("PLACE_DOES", ()))
    hosts = any(h.first == after + 1 for h in view.concepts.get("HOST", ()))
    aim = any(a.first in (place.first - 1, after) for a in view.concepts.get("PLACE_AIM", ()))
    return (does and not hosts) or aim


def _comes_in_sequence(view: View, chain: Chain) -> bool:
    """A word of sequence ("before", "after") right after a verb of coming in the match: the verb orders events."""
    return any(m.concept == "COME" and any(a.first == m.last + 1 for a in view.concepts.get("AFTER", ()))
               for m in chain)


def _meeting_comes_first(view: View, chain: Chain) -> bool:
    """"should take place before a full peace deal", "должна состояться до заключения соглашения": the meeting
    happens before what the match names (unless denied: "should not take place before a ceasefire")."""
    ends = {m.last: 2 for c in ("FUT_BE", "HELD") for m in view.concepts.get(c, ())}
    # "wants to meet Putin before any deal is drafted", "зустрітися з Путіним до того, як": the meeting verb, its
    # object between
    ends.update({m.last: 3 for m in view.concepts.get("MEET", ()) if m.last not in ends})
    last = max(m.last for m in chain)
    clause = view.clause[last]
    for i, reach in ends.items():
        for j in range(i + 1, min(i + reach, last) + 1):
            if j < len(view.tokens) and view.tokens[j].text in _BEFORE and view.clause[j] == clause \
                    and view.clause[i] == clause:
                return not any(n.first < j and view.clause[n.first] == clause
                               for c in ("NEG", "NO_MEETING", "IMPOSSIBLE", "REFUSE")
                               for n in view.concepts.get(c, ()))
    return False


def _past_copula(view: View, chain: Chain) -> bool:
    """The copula or verb of becoming that joins a venue noun to its place is of the past with no subjunctive
    particle beside it («площадкой переговоров стал Стамбул», «місцем зустрічі був Стамбул»): a venue that was."""
    if not chain or chain[0].concept != "VENUE_NOUN":
        return False
    pasts = view.concepts.get("PAST_COPULA", ())
    particles = view.concepts.get("SUBJUNCTIVE_PARTICLE", ())
    for m in chain[1:-1]:
        if m.concept not in ("COPULA", "BECOME"):
            continue
        for p in pasts:
            if p.first <= m.first <= p.last and not any(
                    view.clause[q.first] == view.clause[p.first] and abs(q.first - p.first) <= 2 for q in particles):
                return True
    return False


def _suited(view: View, chain: Chain) -> bool:
    """A place of the match stands right after a verb of suiting: the capital it suits, not the venue (or does not
    suit, h_venue18: "Moscow does not suit Ukraine as a venue")."""
    ends = {m.last for c in ("SUIT", "UNFIT") for m in view.concepts.get(c, ())}
    return any(m in view.places and m.first - 1 in ends for m in chain)


def _conditional(cue: Cue, view: View, chain: Chain) -> bool:
    """A refusal under a condition is a precondition: "no meeting until the guarantees are settled" (UNTIL after
    it in its clause), "Without that, the leaders would have nothing to talk about" (WITHOUT before it). An "if"
    that is an element of the match is the rule's own ("would not attend if Putin did": a refusal all the same)."""
    own = {m.first for m in chain}
    return any(u.first > cue.last and view.clause[u.first] == view.clause[cue.last]
               for u in view.concepts.get("UNTIL", ())) or any(
        w.last < cue.first for w in view.concepts.get("WITHOUT", ())) or any(
        i.first > cue.first and i.first not in own and view.tokens[i.first].text in _IF_AFTER
        for i in view.concepts.get("IF", ())) or _before_condition(cue, view)
    # ("a meeting would be out of the question if Kyiv insisted on Crimea": a refusal under a condition after it)


_IF_AFTER = concept_words("IF_UNLESS")
_BEFORE = concept_words("BEFORE_WORD")
_CONDITION_NOUNS = ("CEASEFIRE", "DOCUMENT", "GUARANTEES", "EXPERTS", "LEGIT", "SETTLED")


def _before_condition(cue: Cue, view: View) -> bool:
    """'would not meet Putin before a ceasefire', 'не зустрінеться з Путіним до припинення вогню': "before" and a
    condition after the refusal (not "до Москви", a place)."""
    starts = {m.first for c in _CONDITION_NOUNS for m in view.concepts.get(c, ())}
    return any(t.text in _BEFORE and any(j in starts for j in range(i + 1, i + (10 if _clause_opens(view, i) else 4)))
               for i, t in enumerate(view.tokens) if i > cue.first)


def _wish_no_longer(view: View, chain: Chain) -> bool:
    """A negating "no longer" ("no longer", «больше не», «вже не») right before a match of two elements a word or
    two apart ("seeks a meeting", «добивается встречи»), in its clause."""
    first = min(m.first for m in chain)
    wish, meet = sorted(chain, key=lambda m: m.first) if len(chain) == 2 else (chain[0], chain[0])
    clause = view.clause[meet.first]
    if any(t.first >= meet.first and view.clause[t.first] == clause for t in [
            *view.places, *(m for c in ("ONE_ON_ONE", "TRILATERAL") for m in view.concepts.get(c, ()))]):
        return False  # "вже не наполягає на зустрічі віч-на-віч", "in Moscow": a term of the meeting given up
    if wish is meet or wish.concept in ("MEET", "TALKS") or view.words_between(wish.last, meet.first) > 1:
        return False  # "no longer insists on a ceasefire before a meeting": the wish is for something else
    negs = {i for n in view.concepts.get("NEG", ()) for i in range(n.first, n.last + 1)}
    return any(n.last < first and first - n.last <= 2 and view.clause[n.last] == view.clause[first]
               and any(n.first <= i <= n.last for i in negs) for n in view.concepts.get("NO_LONGER", ()))


def _offer_denied(view: View, chain: Chain) -> bool:
    """A negation right before a verb of offering, the match's place after it in its clause: the offer denied
    ("has never offered", "did not propose"). Not an invitation ("did not invite him to Moscow"), an offer said of
    the future («не пропонуватиме»), nor a negation with a modal ("he shouldn't invite him to the Kremlin", "would not
    propose Minsk"): those refuse the place."""
    last = max(m.last for m in chain)
    modal = {i for c in ("MODAL", "FUTURE", "NEED") for m in view.concepts.get(c, ())
             for i in range(m.first, m.last + 2)}
    negs = {n.last for n in view.concepts.get("NEG", ()) if n.first not in modal and n.last not in modal}
    refusing = {m.first for c in ("INVITE", "PROPOSE_FUT") for m in view.concepts.get(c, ())}
    return any(p.first - 1 in negs and p.first not in refusing and p.last < last
               and view.clause[p.first] == view.clause[last] for p in view.concepts.get("PROPOSE", ()))


def _happens_not_before(s: Scope, head: ConceptMatch, view: View) -> bool:
    """'would not happen before a ceasefire', 'will not take place before', «не состоится до», 'would not be
    possible before the experts finish': a word of taking place (or of its possibility) right before "before"
    (the match's own AFTER), both after the negation's trigger."""
    if any(p.last == s.trigger_first - 1 for p in view.concepts.get("ASKED_PAST", ())):
        return False  # "the meeting did not happen before the ceasefire": an event told, no condition
    takes = [f for c in ("FUT_BE", "HELD", "POSSIBLE") for f in view.concepts.get(c, ())
             if f.first > s.trigger_last]  # (h_prereq) POSSIBLE: "would not be possible before a ceasefire"
    return any(s.trigger_last < a.first <= head.first and view.tokens[a.first].text in _BEFORE
               and any(f.last < a.first and view.words_between(f.last, a.first) <= 0 for f in takes)
               for a in view.concepts.get("AFTER", ()))


def _clause_opens(view: View, i: int) -> bool:
    """'before the partners had put guarantees on paper', 'до того, как партнёры предоставят гарантии': "before"
    opens a clause of its own, whose condition stands a few words further."""
    toks = view.tokens
    nxt = [t.text for t in toks[i + 1 : i + 4]]
    named = view.lang == "en" and bool(nxt) and view.text[toks[i + 1].start : toks[i + 1].end][:1].isupper()
    return bool(nxt) and (nxt[0] in ("the", "its", "his", "their") or named
                          or (nxt[0] == "того" and ("как" in nxt or "як" in nxt)))


_WANTED_FIRST = (*_CONDITION_NOUNS, "NATO", "TERRITORY", "FOREIGN_TROOPS")  # "plans to join NATO before any meeting"


def _wants_first(chain: Chain, view: View) -> bool:
    """'insists on a ceasefire before any meeting', 'хочет получить гарантии до встречи', 'хоче спершу узгодити
    документи, а вже потім говорити про зустріч': a condition and a word of sequence stand between the verb and
    the meeting, so what is wanted is the condition first (read by the condition's rules), not the meeting."""
    first, last = min(m.last for m in chain), max(m.first for m in chain)
    if last - first < 3:
        return False
    inside = range(first + 1, last)
    return any(m.first in inside for c in _WANTED_FIRST for m in view.concepts.get(c, ())) and any(
        m.first in inside for c in ("AFTER", "FIRST_STEP") for m in view.concepts.get(c, ()))


def _possible_only_then(chain: Chain, view: View) -> bool:
    """'a meeting would only be possible once a treaty is agreed', 'is only possible if ...': a possibility only
    under a condition that follows it states the condition, not a stance ('possible, but only in Istanbul' is
    still possible, and 'he would meet Putin only after a ceasefire' is his readiness, conditioned)."""
    meets = view.concepts.get("MEET", ())
    for p in (m for m in chain if m.concept == "POSSIBLE"
              and not any(t.first <= m.last and m.first <= t.last for t in meets)):
        for o in view.concepts.get("ONLY", ()):
            if view.clause[o.first] != view.clause[p.first]:
                continue
            if o.last < p.first and view.words_between(o.last, p.first) <= 2 and any(
                    a.first > p.last and view.words_between(p.last, a.first) <= 1
                    for c in ("AFTER", "IF") for a in view.concepts.get(c, ())):
                return True  # "would only be possible once", "only possible if"
            if o.last < p.first and _only_after_before(o, p, view):
                return True  # (h_stance23) the condition between them, the verb last: "nur nach ... möglich"
    return False


_ONLY_AFTER_SPAN: Final = 10  # words from "only" to the possibility it conditions, the condition between them


def _only_after_before(only: ConceptMatch, possible: ConceptMatch, view: View) -> bool:
    """An "after" between "only" and a possibility that ends the condition: «sadece ... çalışmanın sonunda mümkün»,
    „nur nach einer langen Arbeit möglich“ (the head-final order of "only possible after"). Only in a verb-final
    language, and no "that" between: "said only days after the summit that a meeting was possible" dates the words
    (review 35)."""
    if view.lang not in _VERB_FINAL or view.words_between(only.last, possible.first) > _ONLY_AFTER_SPAN:
        return False
    if any(only.last < t.first < possible.first for t in view.concepts.get("THAT_SAID", ())):
        return False
    return any(only.last < a.first and a.last < possible.first and view.clause[a.first] == view.clause[possible.first]
               and (view.words_between(only.last, a.first) <= 1 or view.words_between(a.last, possible.first) <= 2)
               for a in view.concepts.get("AFTER", ()))


def _empty_meeting(chain: Chain, view: View) -> bool:
    """The match's meeting word lies inside "a meeting for the sake of a meeting" (POINTLESS): «встреча ради
    встречи»."""
    return any(p.first <= m.first and m.last <= p.last and p.last > p.first
               for m in chain if m.concept in ("MEET", "TALKS") for p in view.concepts.get("POINTLESS", ()))


def _inside_refusal(chain: Chain, view: View) -> bool:
    """'не намерен встречаться с Зеленским, пока не ...', 'не має наміру зустрічатися, доки ...': the readiness word
    of a refused meeting (NO_MEETING with its own "не") is no readiness, also when the refusal, conditioned by the
    "until" after it, turns into a precondition (h_gen)."""
    negs = [n.first for n in view.concepts.get("NEG", ())]
    return any(r.first <= m.first and m.last <= r.last and any(r.first <= n <= r.last for n in negs)
               for m in chain if m.concept == "READY" for r in view.concepts.get("NO_MEETING", ()))


def _wish_for_none(chain: Chain, view: View) -> bool:
    """(h_neg_de) The wish or readiness whose meeting is "no meeting" ("will kein Treffen mit Selenskyj in Istanbul",
    "wants no meeting with Zelensky in Istanbul"): the negative word opens the no-meeting phrase after the verb, so
    no negation scope reaches the verb, yet nothing is wished for; where a place takes the refusal, it is that place
    alone that is read."""
    negs = {n.first for n in view.concepts.get("NEG", ())} | {n.first for n in view.concepts.get("NO_DET", ())}
    wishes = [m.last for m in chain if m.concept in ("READY", "WANT")]
    return any(r.first in negs and r.first <= m.first <= r.last and any(w < r.first for w in wishes)
               for m in chain if m.concept in ("MEET", "TALKS") for r in view.concepts.get("NO_MEETING", ()))


def _pretended(cue: Cue, view: View) -> bool:
    """'Россия лишь вдает готовность к встрече', 'only pretends to be ready': a readiness pretended is none."""
    return any(p.last < cue.first and view.clause[p.last] == view.clause[cue.first]
               and view.words_between(p.last, cue.first) <= 3 for p in view.concepts.get("PRETEND", ()))


def _quote_resumed(view: View, say: ConceptMatch) -> bool:
    """'"Putin is ready for a meeting," Peskov said, "but it has to be in Moscow."': in English a verb of saying, its
    subject at most three words after the comma that ends the first quote, and a comma after it that resumes the
    quote: one statement (`view.asides` takes bare commas only; in Russian and Ukrainian "«...», — заявил Песков, —
    «...»" joins two quotes, which may be two readings)."""
    toks = view.tokens
    if view.lang != "en" or say.last + 1 >= len(toks) or toks[say.last + 1].text != ",":
        return False
    return any(toks[i].text == "," and all(t.is_word for t in toks[i + 1 : say.first])
               for i in range(max(0, say.first - 4), say.first - 1))


def _speech_between(chain: Chain, view: View) -> bool:
    """A verb of saying only ("said", "заявил", not "agreed" or "proposed", which also mean something else) stands
    between two elements of the match and is none of them."""
    first, last = min(m.last for m in chain), max(m.first for m in chain)
    named = view.concepts.get("NAMED_AS", ())  # "what he called a trilateral": a name given, nothing said anew
    inside = [s.first for s in speech_verbs(view) if first < s.first and s.last < last
              and not any(m.first <= s.first <= m.last for m in chain) and s.first not in view.asides
              and not _quote_resumed(view, s)
              and not any(n.first <= s.first <= n.last for n in named)]
    return bool(inside) and any(not any(m.first <= i <= m.last for c in _NOT_ONLY_SAYING
                                        for m in view.concepts.get(c, ())) for i in inside)


_NOT_ONLY_SAYING = ("AGREE", "ACCORD", "PROPOSE", "REFUSE", "READY", "INVITE", "DEMAND", "IMPOSSIBLE", "SIGN",
                    "DOCUMENT", "POSSIBLE", "COND", "AFTER")  # ("the treaty must be agreed before": ACCORD)


def _not_met_head(view: View, chain: Chain) -> bool:
    """The chain's first element is a negated past meeting ("have not met", "δεν έχουν συναντηθεί")."""
    negs = {n.last for n in view.concepts.get("NEG", ())}
    head = chain[0]
    return any(u.first <= head.first <= u.last and (u.first - 1 in negs or u.first - 2 in negs)
               for u in view.concepts.get("UNHAPPENED", ()))


def _offer_between(chain: Chain, view: View) -> bool:
    """An offer, invitation or proposal between a meeting word and the place: the place is where that offer
    would hold it."""
    head, place = chain
    if head.concept != "MEET" or place not in view.places:
        return False
    return any(head.last < m.first and m.last < place.first
               for c in ("PROPOSE", "INVITE") for m in view.concepts.get(c, ()))


def _occurrences(concepts: frozenset[str], view: View) -> list[ConceptMatch]:
    out: list[ConceptMatch] = []
    for c in concepts:
        found = view.places if c == "PLACE" else view.concepts.get(c, ())
        if c == "TALKS" and "SET_ASIDE" in view.concepts:  # "aimed at agreements, not at talking": no anchor
            aside = view.concepts["SET_ASIDE"]
            found = [m for m in found if not any(a.first <= m.first <= a.last for a in aside)]
        if c == "NEG" and "UNTIL" in view.concepts:  # ", пока Киев не выведет войска", "доки не": the "не" of
            # "until" denies nothing (h_gen)
            tails = {u.last for u in view.concepts["UNTIL"] if u.last > u.first}
            found = [m for m in found if m.first not in tails]
        out.extend(found)
    return sorted(out, key=_BY_POSITION)  # one order whatever the hash seed


_BY_POSITION = itemgetter(1, 2, 0)  # a ConceptMatch's (first, last, concept), without a Python-level key function


def _linked(a: ConceptMatch, b: ConceptMatch, link: Link, view: View) -> bool:
    if b.first > a.last:
        return view.words_between(a.last, b.first) <= link.gap
    if link.both_sides and b.last < a.first:
        return view.words_between(b.last, a.first) <= link.gap
    return False


def _goal_before_marker(view: View, chain: Chain) -> bool:
    """Every purpose phrase of the clause comes before the match's "only"/"after" ("ready to meet only to end the
    war, and only after a ceasefire", "лише для того, щоб закінчити війну, і тільки після припинення вогню"): the
    purpose is the meeting's, the condition after it still one."""
    clause = view.clause[chain[0].first]
    marks = [m.first for m in chain if m.concept in ("ONLY", "AFTER")]
    goals = [g for g in view.concepts.get("GOAL", ()) if view.clause[g.first] == clause]
    return bool(marks and goals) and all(g.last < min(marks) for g in goals)


def _only_party_places_before(view: View, chain: Chain) -> bool:
    """The clause's places are all a party's country named before the match ("Ukraine was ready for talks at any
    venue"): the speaker's side, not a place the match would name ("anywhere in Donbas")."""
    seats = vocabulary().seats
    countries = {vocabulary().within.get(p, p) for p in seats}
    clause = view.clause[chain[0].first]
    first = min(m.first for m in chain)
    return all(m.last < first and m.concept in countries for m in view.places if view.clause[m.first] == clause)


# (h_venue40) the words of a meeting or talks that may be the occasion after which a place was offered
_OCCASIONS: Final = ("MEET", "TALKS")


def _after_occasion(view: View, m: ConceptMatch) -> bool:
    """(h_venue40) The meeting word is the occasion, right after an "after" (an article between at most): «Макрон після
    зустрічі в Білому домі запропонував Женеву», "Macron, after the meeting at the White House, proposed Geneva": the
    offer was made after a meeting, it is no offer of one's own meeting."""
    return any(a.last < m.first and view.words_between(a.last, m.first) <= 1
               for a in view.concepts.get("AFTER_WORD", ()))


def _blocks(rule: Rule, concept: str, view: View, chain: Chain) -> bool:
    """An `unless` concept in the match's clause blocks the rule, but for the cases where it is not what it seems: a
    goal after the marker, only the parties' own countries before, the US in a venue's clause where the three meet
    (h_venue9: else it is the US's own meeting), past events narrated before "and said" (h_frame), and a third
    party named only as the meeting's host (h_format24, `_third_only_host`)."""
    if concept == "DISCUSS" and rule.value == "ceasefire":
        return _ceasefire_discussed(view, chain)  # (the ceasefire's own clause: the condition may stand in another)
    clause = view.clause[chain[0].first]
    if not _in_clause(view, concept, clause):
        return False
    if concept == "PRECEDE" and rule.kind == "prerequisite":
        return _put_before_it(view, chain, clause)
    if concept == "TOPIC_ONLY" and rule.value == "ceasefire":
        return _topic_limits_term(view, chain, clause)
    if rule.kind == "prerequisite" and (rel := _relative_of(view, chain)) is not None and not any(
            rel[0] <= m.first <= rel[1] for m in view.concepts.get(concept, ())):
        return False  # (h_rel23) "a meeting, which can only come after expert work, is not on the agenda": the
        # main clause's predicate is said of the meeting, not of the condition its relative clause sets
    if rule.place_closes and (conj := _deed_joined_after(view, chain)) is not None:
        return any(m.first < conj and view.clause[m.first] == clause for m in view.concepts.get(concept, ()))
    if rule.place_closes and concept in _OCCASIONS:  # (review, session 40: after the joined deed, not shadowing it)
        return any(view.clause[m.first] == clause and not _after_occasion(view, m) for m in view.concepts[concept])
    if concept == "GOAL":
        return not _goal_before_marker(view, chain)
    if concept == "PLACE":
        return not _only_party_places_before(view, chain)
    if concept == "US_REF" and rule.kind == "venue":
        return not _in_clause(view, "TRILATERAL", clause)
    if concept == "HAPPENED":
        return not _narrated_before_saying(view, chain)
    if concept == "TRAVELLED" and rule.kind == "venue":
        return not _all_supposed(view, concept, clause)
    if concept == "THIRD_REF" and view.lang in _SUBJECT_COMMA and _third_only_subject(view, chain, clause):
        return False
    if concept == "THIRD_REF" and rule.kind == "format" and _third_only_host(view, chain, clause):
        return False
    if concept == "CONCEDE" and rule.kind == "stance":
        return any(_in_clause(view, c, clause) for c in _LAND)
    if concept == "READY_TO_ANSWER":
        return _within_concept(view, concept, chain)
    if concept == "SCHEDULE":
        return _schedule_beside(view, chain)
    if concept == "SOON":
        return _soon_by_verdict(view, chain, clause)
    if concept == "TRILATERAL" and rule.kind == "stance":
        return not _three_named(view, clause)
    if concept == "ULTIMATUM" and rule.value == "ceasefire":
        return _ceasefire_called_ultimatum(view, chain)
    return True


def _schedule_beside(view: View, chain: Chain) -> bool:
    """(h_fix40_3) A schedule word blocks a refusal only in the refusal's own comma-free stretch ("no meeting was on
    the schedule for this week", «встречи в графике нет»): "Putin would not meet Zelensky, adding that no such meeting
    was on the president's schedule", «не будет встречаться с Зеленским, в графике президента таких встреч нет» say
    the refusal in a clause of its own, which the calendar after it does not soften."""
    first, last = min(m.first for m in chain), max(m.last for m in chain)
    return any(not _mark_between(view, last, s.first) if s.first > last else
               not _mark_between(view, s.last, first) if s.last < first else True
               for s in view.concepts.get("SCHEDULE", ()))


def _schedule_apart(chain: Chain, view: View) -> bool:
    """(h_fix40_3) A chain that reads a schedule word across a mark ("would never meet Putin, whatever is on the
    calendar"): the calendar is not what the negation denies."""
    sched = [m for m in chain if m.concept == "SCHEDULE"]
    if not sched:
        return False
    others = [m for m in chain if m.concept != "SCHEDULE"]
    return any(_mark_between(view, min(o.last, s.last), max(o.first, s.first)) for o in others for s in sched)


def _ceasefire_discussed(view: View, chain: Chain) -> bool:
    """(h_prereq27) The ceasefire of the match is a matter to discuss, a verb of discussing a few words after it with no
    mark, negation or "before" between ("talks without preconditions, and the question of a truce can be discussed in
    Istanbul", «а питання перемир'я можна обговорити вже в Стамбулі»): an item of the talks, nothing awaited before
    them ("a ceasefire must come before any discussion" keeps it)."""
    cease = [m for m in chain if m.concept == "CEASEFIRE"]
    stops = [m.first for c in ("NEG", "NO_DET", "AFTER", "ONLY", "BEFORE_WORD") for m in view.concepts.get(c, ())]
    return any(c.last < d.first and d.first - c.last <= _DISCUSSED_GAP and not _mark_between(view, c.last, d.first)
               and not any(c.last < n < d.first for n in stops)
               for c in cease for d in view.concepts.get("DISCUSS", ()))


_DISCUSSED_GAP: Final = 5  # "перемир'я можна обговорити вже", "a ceasefire could also be discussed"


_TOPIC_OBJECT_GAP: Final = 3  # "only to discuss a full ceasefire", «лише на обговорення повного перемир'я»


def _topic_limits_term(view: View, chain: Chain, clause: int) -> bool:
    """(review, session 40) The words that limit the talks to a topic ("only discuss", «лише на обговорення») have the
    match's term as their object, right after them (a few words of article or adjective, no meeting named between):
    «мандат лише на обговорення перемир'я», the ceasefire a topic. "He would only discuss a meeting with Putin after a
    full ceasefire" limits the meeting, the ceasefire after it still awaited (the ceasefire's rule; the groundwork's
    keeps TOPIC_ONLY sentence-wide)."""
    meets = [m.first for c in ("MEET", "TALKS") for m in view.concepts.get(c, ())]
    return any(t.last < m.first and view.words_between(t.last, m.first) <= _TOPIC_OBJECT_GAP
               and not any(t.last < n < m.first for n in meets) and not _mark_between(view, t.last, m.first)
               for t in view.concepts.get("TOPIC_ONLY", ()) if view.clause[t.first] == clause
               for m in chain if m.concept == "CEASEFIRE")


_PRECEDED_TERMS: Final = ("CEASEFIRE", "GUARANTEES")
_PRECEDE_DENIED: Final = ("NEG", "NO_DET", "NO_MEETING", "IMPOSSIBLE")
_SUBJECT_GAP: Final = 5  # "talks with Putin must come before", «переговоры с Путиным должны предшествовать»


def _precedence_told(view: View, p: ConceptMatch, clause: int, since: int = -1) -> bool:
    """(review, session 40) The verb of preceding says what comes first: no denial before it in its clause ("no meeting
    can come before a ceasefire", "a ceasefire need not come before talks") and no passive after it ("a meeting
    preceded by a ceasefire"); one test for `_put_before_it` and `_ceasefire_first` (a denial after `since` only: the
    ceasefire's own, not a "not enough" said of something else before it)."""
    return not any(view.clause[m.first] == clause and since < m.first < p.first
                   for c in _PRECEDE_DENIED for m in view.concepts.get(c, ())) and not (
        p.last + 1 < len(view.tokens) and view.tokens[p.last + 1].text.lower() in _PASSIVE_BY)


_SLAVIC_DATIVE_MEETINGS: Final = concept_words("DATIVE_MEETING")  # «встрече ... должно предшествовать прекращение огня»


def _dative_before(view: View, f: int) -> bool:
    """(review, session 40) The meeting named before the verb of preceding is in the dative («встрече с Путиным должно
    предшествовать прекращение огня», «зустрічі з путіним має передувати припинення вогню»): it is what is preceded,
    the term after the verb its subject, the precondition (a nominative, «переговоры должны предшествовать перемирию»,
    puts the talks first)."""
    return view.lang in ("ru", "uk") and view.tokens[f].text.lower() in _SLAVIC_DATIVE_MEETINGS


def _put_before_it(view: View, chain: Chain, clause: int) -> bool:
    """(h_prereq40) The match's term is named after a verb of preceding in its clause ("talks with Putin must come
    before a ceasefire", «переговоры должны предшествовать перемирию», «переговори мають передувати перемир'ю»): the
    other thing comes first, no term awaited before it. Only where the talks or the meeting are named just before the
    verb, no mark between, and not in the dative (`_dative_before`): Slavic order puts a subject after it («готова до
    зустрічі за умови, що їй передуватиме припинення вогню»). A term named before the verb ("a ceasefire had to come
    before talks") and a precedence denied or passive (`_precedence_told`) keep it."""
    terms = [m for m in chain if m.concept in _PRECEDED_TERMS]
    firsts = [m.last for c in ("MEET", "TALKS") for m in view.concepts.get(c, ()) if view.clause[m.first] == clause
              and not _dative_before(view, m.last)]
    return any(p.last < t.first and any(f < p.first <= f + _SUBJECT_GAP and not _mark_between(view, f, p.first)
                                         for f in firsts) and _precedence_told(view, p, clause)
               for p in view.concepts.get("PRECEDE", ()) if view.clause[p.first] == clause for t in terms)


def _ceasefire_first(view: View) -> bool:
    """(h_prereq40) A ceasefire named before a verb of preceding in its clause ("an unconditional ceasefire had to come
    before talks", «прекращение огня должно предшествовать переговорам»): the ceasefire comes first (a mediator's
    head saying so speaks of the war sides' talks, `frames`); (review, session 40) not where the precedence is denied
    ("a ceasefire need not come before his talks with Putin") or passive (`_precedence_told`)."""
    return any(c.last < p.first and view.clause[c.first] == view.clause[p.first]
               and _precedence_told(view, p, view.clause[p.first], c.last)
               for c in view.concepts.get("CEASEFIRE", ()) for p in view.concepts.get("PRECEDE", ()))


def _ceasefire_called_ultimatum(view: View, chain: Chain) -> bool:
    """(h_prereq27) The ceasefire of the match is called an ultimatum after it, no mark and no negation between ("the
    demand for a ceasefire before talks is an ultimatum", «вимога перемир'я перед переговорами є ультиматумом»): the
    other side's condition named and rejected; an ultimatum refused apart from it ("not before a ceasefire, and no
    ultimatums") leaves the ceasefire read."""
    cease = [m for m in chain if m.concept == "CEASEFIRE"]
    negs = [m.first for c in ("NEG", "NO_DET", "REFUSE") for m in view.concepts.get(c, ())]
    conds = {m.first for m in view.concepts.get("COND", ())}  # "a ceasefire was a precondition": the condition itself
    return any(c.last < u.first and u.first not in conds and not _mark_between(view, c.last, u.first)
               and not any(c.last < n < u.first for n in negs)
               for c in cease for u in view.concepts.get("ULTIMATUM", ()))


def _three_named(view: View, clause: int) -> bool:
    """(review, session 38) Every three of the clause is named leader by leader ("a meeting of Putin with Zelensky and
    Trump was not on the agenda"): the two's meeting is named, the US president added to it, so a stance said of it
    is said of their meeting (a format word, "a trilateral summit is not being considered", still sets a format
    aside)."""
    threes = [m for m in view.concepts.get("TRILATERAL", ()) if view.clause[m.first] == clause]
    return all(any(m.first <= n.first and n.last <= m.last for n in view.concepts.get("LEADER", ())) for m in threes)


def _soon_by_verdict(view: View, chain: Chain, clause: int) -> bool:
    """(review, session 38) A time softener limits the verdict only beside it ("impossible in the near future"): a
    SOON word elsewhere in the clause modifies another verb ("Peskov quickly replied", "the war must end soon")."""
    verdicts = [m for m in chain if m.concept in ("IMPOSSIBLE", "FUT_BE")]  # (h_terms27) "cannot happen any time soon"
    return any(view.clause[s.first] == clause and max(s.first - v.last, v.first - s.last) <= _SOON_GAP
               for v in verdicts for s in view.concepts.get("SOON", ()))


_SOON_GAP: Final = 3  # "impossible in the near future", «в ближайшее время невозможна»: within two words between


def _long_work_astray(view: View, chain: Chain) -> bool:
    """The long work of the match (LONG_WORK) is not what the meeting waits for: no meeting word reaches it without a
    mark between ("...; the prisoner swap came after long negotiations", "..., but only a long process of negotiation
    can end the war", «..., а после долгих переговоров ... обменялись пленными»), or a meeting word stands between it
    and its "only/after" ("after the meeting hard work would begin": the work follows the meeting)."""
    work = next((m for m in chain if m.concept == "LONG_WORK"), None)
    if work is None:
        return False
    meets = view.concepts.get("MEET", ())
    first, last = min(m.first for m in chain), max(m.last for m in chain)
    if not any(not _mark_between(view, min(m.last, last), max(m.first, first)) for m in meets):
        return True
    return any(min(o.last, work.last) < m.first < max(o.first, work.first)
               for o in chain if o is not work for m in meets)


def _mark_between(view: View, a: int, b: int) -> bool:
    """A mark that ends a clause or sets off a phrase lies between tokens a and b."""
    return any(view.tokens[i].text in _BREAK_MARKS for i in range(a + 1, b))


_BREAK_MARKS: Final = frozenset({",", ";", ".", "!", "?", ":"})


def _hastened_by(view: View, chain: Chain) -> bool:
    """The match's condition comes after a "sooner if" of its clause: what would hasten the meeting (review 35: "only
    possible after a ceasefire, or sooner if Russia withdraws" keeps the ceasefire said before it)."""
    clause = view.clause[chain[0].first]
    end = max(m.last for m in chain)
    return any(view.clause[m.first] == clause and m.first < end for m in view.concepts.get("SOONER_IF", ()))


def _wished_between(view: View, start: int, end: int) -> bool:
    """A wish or proposal stands between the two tokens: what is wanted there is no gathering of the wishers'."""
    return any(start < m.first < end for c in _WISHES for m in view.concepts.get(c, ()))


_WISHES: Final = ("WANT", "PROPOSE", "PREFER", "INSIST")


def _within_concept(view: View, concept: str, chain: Chain) -> bool:
    """(review 35) One of the match's words lies inside the concept's own phrase: "ready to answer questions about
    the meeting" is readiness for the questions, but "is ready to meet Zelensky and ready to answer questions" keeps
    the first readiness."""
    return any(m.first <= c.first <= m.last for m in view.concepts.get(concept, ()) for c in chain)


# (h_misc20) a concession blocks a stance only as the land's: "territorial concessions at a meeting are out of the
# question" rules out the concession, but "refused to accept a meeting" (CONCEDE's "accept") refuses the meeting
_LAND: Final = ("TERRITORY", "LAND_UNIT")


# (h_romance19) languages that set the subject off with a comma before a long verb-final clause ("Erdoğan, ... Trump'ı
# da bu buluşmaya katmayı çok istediklerini söyledi")
_SUBJECT_COMMA: Final = frozenset({"tr"})


def _relative_of(view: View, chain: Chain) -> tuple[int, int] | None:
    """The relative clause set into a meeting's phrase that holds the whole match (analysis.set_in_relative)."""
    return set_in_relative(view, min(m.first for m in chain), max(m.last for m in chain))


def _third_only_subject(view: View, chain: Chain, clause: int) -> bool:
    """(h_romance19) Every third party of the clause is its subject set off by a comma before the match ("Erdoğan, ...
    Trump'ı da bu buluşmaya katmayı çok istediklerini söyledi": the host who wants Trump at the table), not someone
    else at it: the US joining then makes the meeting three-way."""
    toks = view.tokens
    return all(m.last < chain[0].first and m.last + 1 < len(toks) and toks[m.last + 1].text == ","
               for m in view.concepts.get("THIRD_REF", ()) if view.clause[m.first] == clause)


def _third_only_host(view: View, chain: Chain, clause: int) -> bool:
    """(h_format24) Every third party of the clause offers to host the meeting, named before the match with at most
    three words between it and the hosting word ("Turkey is ready to host a meeting of the leaders in Istanbul, even
    with Trump taking part", «Турция готова принять встречу ... с участием Трампа»): the host's house, not a seat at
    the table; the US joining then makes the meeting three-way."""
    hosts = [h.first for h in view.concepts.get("HOST", ()) if view.clause[h.first] == clause]
    thirds = [m for m in view.concepts.get("THIRD_REF", ()) if view.clause[m.first] == clause]
    return bool(thirds) and all(m.last < chain[0].first and any(
        m.last < h < chain[0].first and view.words_between(m.last, h) <= 3 for h in hosts) for m in thirds)


def _all_supposed(view: View, concept: str, clause: int) -> bool:
    """(h_ifcomes) Every match of the concept in the clause stands inside an if-clause: "if Putin had come to
    Istanbul", «якби Путін приїхав до Стамбула» suppose a trip in the past, none was made (`_supposed_trip` then asks
    whether the speaker would have been there)."""
    return all(_supposed_word(view, m) for m in view.concepts.get(concept, ()) if view.clause[m.first] == clause)


def _supposed_word(view: View, m: ConceptMatch) -> bool:
    """The match stands inside an if-clause (polarity.hypothetical)."""
    return any(a <= m.first and m.last <= b for a, b in hypothetical(view))


def _narrated_before_saying(view: View, chain: Chain) -> bool:
    """(h_frame) Every past event of the chain's clause is the speaker's own deed, narrated before the word of saying
    joined to it by "and" that brings in the chain's words: "Putin met Erdogan and said he was ready to meet
    Zelensky in Istanbul", «Путин провел переговоры с Эрдоганом и заявил, что готов встретиться с Зеленским в
    Стамбуле» (the talks held are another event; what he said after them is the proposal)."""
    clause, first = view.clause[chain[0].first], chain[0].first
    ands = {a.last for a in view.concepts.get("AND_WORD", ())}  # "... and said", «... и заявил»: the deed's own subject
    says = [s.first for s in view.concepts.get("SAY", ()) if s.first < first and s.first - 1 in ands]
    happened = [h for h in view.concepts.get("HAPPENED", ()) if view.clause[h.first] == clause]
    return bool(happened) and all(any(h.last < s for s in says) for h in happened)


def _in_clause(view: View, concept: str, clause: int) -> bool:
    if concept == "PLACE":  # a place where someone spoke ("выступая на форуме в Киеве") names no venue
        return any(view.clause[m.first] == clause and not (
            m.first > 0 and any(a.first == m.first - 1 for a in view.concepts.get("AT", ()))
            and _spoken_at(view, m.first - 1)) for m in view.places)
    return view.in_clause(concept, clause)


def _spoken_at(view: View, prep: int) -> bool:
    """The preposition at `prep` says where someone spoke: right after a word of speaking in public, or a few
    words after it with no venue word between ("told reporters in Kyiv", "speaking at the Valdai club in Sochi")."""
    for sp in view.concepts.get("SPEECH_PLACE", ()):
        if _comma_between(view, sp.last, prep):
            continue  # (h_venue21) "Selenskyj sagte, nach Moskau werde er nicht reisen": what was said, not where
        if sp.last <= prep and (sp.last == prep or view.words_between(sp.last, prep) == 0 or (
                view.words_between(sp.last, prep) <= 4 and not _venue_words_between(view, sp.last, prep)
                and not any(m.first <= sp.last <= m.last for m in view.concepts.get("SAY", ())))) \
                and not _organised(view, sp):
            return True
    return False


def _comma_between(view: View, a: int, b: int) -> bool:
    """A comma stands between tokens a and b (a clause of its own begins)."""
    return any(view.tokens[i].text == "," for i in range(a + 1, b))


def _distance(view: View, a: ConceptMatch, b: ConceptMatch) -> int:
    if b.first > a.last:
        return view.words_between(a.last, b.first)
    if a.first > b.last:
        return view.words_between(b.last, a.first)
    return 0


def _competitor_nearer(rule: Rule, chain: Chain, view: View) -> bool:
    """A competing concept nearer to the anchor (the element that is not the competitor's rival) wins:
    in "Russia demanded that Ukraine withdraw" Ukraine, not Russia, is the one withdrawing."""
    rival = next((m for m in chain if any(m in view.concepts.get(c, ()) for c in _rival_concepts(rule))), None)
    if rival is None:
        return False
    anchor = next(m for m in chain if m is not rival)
    own = _distance(view, rival, anchor)
    clause = view.clause[anchor.first]
    subject = rival.first < anchor.first  # a subject competes with other subjects only ("Russian troops must
    # leave Ukraine": Ukraine, after the verb, is the place left); an object with anything nearer
    # "Russia demands the withdrawal of Ukrainian troops": a verb of demanding between the subject and the withdrawal
    # makes the subject the one who asks; the forces right after the noun are those withdrawing
    asker = subject and any(rival.last < d.first and d.last < anchor.first
                            for c in _ASKING for d in view.concepts.get(c, ()))
    for c in rule.compete:
        for m in view.concepts.get(c, ()):
            if subject and anchor.concept == "WITHDRAW" and m.first == anchor.last + 1:
                return True  # "требование Киева о выводе российских войск": the withdrawal's own genitive withdraws,
                # not the one who asks for it
            if view.clause[m.first] == clause and m.first != rival.first and _distance(view, m, anchor) < own \
                    and (not subject or m.first < anchor.first
                         or asker and m.first > anchor.last and _distance(view, anchor, m) <= _OBJECT_REACH):
                return True
    return False


_ASKING = ("INSIST",)  # verbs of insisting, not a modal ("Russian troops must leave Ukraine")
_OBJECT_REACH = 1  # words between a withdrawal and whose forces it names ("the withdrawal of Ukrainian troops")


def _rival_concepts(rule: Rule) -> frozenset[str]:
    """The rule's own concepts that a competitor competes with (those sharing its elements' role)."""
    return rule.elements[0].concepts if len(rule.elements[0].concepts & _FORCES) else rule.elements[-1].concepts


_FORCES = frozenset({"UA_FORCES", "RU_FORCES"})


def _nearest_place(chains: list[Chain], view: View, coordinate: bool = True) -> list[Chain]:
    """Of chains that share their other elements and differ in the place, the nearest place wins ("talks with
    Russia, marking Jerusalem as a possible location" names Jerusalem); with the places listed after it where
    `coordinate` (not for a "neither ... nor" member: each member has its own NOR word, and "nor in Minsk, but in
    Istanbul" lists no refusal of Istanbul)."""
    best: dict[tuple[int, ...], tuple[int, Chain]] = {}
    out: list[Chain] = []
    for c in chains:
        places = [m for m in c if m in view.places]
        if not places:
            out.append(c)
            continue
        others = tuple(m.first for m in c if m not in view.places)
        dist = min((_distance(view, places[0], o) for o in c if o not in view.places), default=0)
        if others not in best or dist < best[others][0]:
            best[others] = (dist, c)
    nearest = [c for _, c in best.values()]
    return out + nearest + ([alt for c in nearest for alt in (*_alternatives_before(c, view),
                                                                *_coordinated_places(c, view))] if coordinate else [])


_PLACE_HOSTS: Final = "venue.place_hosts"  # the rule whose places are the hosts themselves ("Austria ... hosts")


def _among_listed_hosts(view: View, chain: Chain, place: str, home: str | None) -> bool:
    """The match's place is one of three or more places listed together (commas and list words between them),
    and not the speaker's own home or a place in it."""
    within = vocabulary().within
    if home is not None and home in (place, within.get(place)):
        return False
    at = next(m for m in chain if m.concept == place and m in view.places)
    joins = {i for m in view.concepts.get("LIST_JOIN", ()) for i in range(m.first, m.last + 1)}
    ordered = sorted(view.places, key=lambda p: p.first)
    k = ordered.index(at)

    def joined(a: ConceptMatch, b: ConceptMatch) -> bool:
        return all(i in joins or view.tokens[i].text == "," for i in range(a.last + 1, b.first))

    lo = hi = k
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    listed = {within.get(p.concept, p.concept) for p in ordered[lo : hi + 1]}
    return hi - lo >= 2 and len(listed) >= 3


def _joint_hosts(view: View, chain: Chain, place: str) -> bool:
    """The host's place is one of two places joined by "and" before the verb of hosting ("France and Germany
    stay ready to bring the four together", «Франция и Германия готовы принять»): a joint subject convenes, and
    names no one place; an offer of either alone still reads ("Switzerland or Austria", a list: elsewhere)."""
    at = next(m for m in chain if m.concept == place and m in view.places)
    if any(m.first < at.first for m in chain if m is not at):
        return False  # the place after the verb of hosting is where, not who
    ands = {m.first for m in view.concepts.get("AND_WORD", ())}
    clause = view.clause[at.first]
    for other in view.places:
        if other is at or view.clause[other.first] != clause or other.concept == place:
            continue
        lo, hi = (other, at) if other.first < at.first else (at, other)
        gap = [i for i in range(lo.last + 1, hi.first) if view.tokens[i].is_word and i not in view.silent]
        if len(gap) == 1 and gap[0] in ands:
            return True
    return False


def _coordinated_places(chain: Chain, view: View) -> list[Chain]:
    """The chain again for each place listed after its own ("in Switzerland, Austria or Turkey, but not in Moscow
    or Minsk", "в Швейцарии или Австрии, но не в Москве"): joined to it by commas and list words only (or, and,
    but, not, a preposition), with a word somewhere in the list ("Istanbul, Turkey" is one place said twice).
    Each reads under its own polarity ("not in Moscow")."""
    joins = {i for m in view.concepts.get("LIST_JOIN", ()) for i in range(m.first, m.last + 1)}
    negs = {n.first for n in view.concepts.get("NEG", ())}
    joins |= {a.first for a in view.concepts.get("AND_WORD", ()) if a.last + 1 in negs}  # (h_venue18) "und nicht
    # in Minsk", "et pas à Minsk": an "and" that opens one more refused member, in every language
    return _listed_with(chain, view, joins, both_sides=False)


# (h_list27) what may stand between two places of a list of alternatives named before the place a rule reads
# ("proposed Geneva, Vienna or the Vatican for a meeting"): commas, "or", a preposition or an article; no "but" or
# "not", which turn from one place to another ("not in Moscow, but in Istanbul")
_ALTERNATIVE_GAP: Final = ("OR_WORD", "AT", "DET")


def _alternatives_before(chain: Chain, view: View) -> list[Chain]:
    """(h_list27) The chain again for each place of a list of alternatives that ends in its own ("proposed Geneva,
    Vienna or the Vatican for a meeting", «предложил Женеву, Вену или Ватикан для встречи»): the nearest place is the
    list's last, and the places before it are offered as much as it is (the first of them heads the list,
    `_list_members`). Only places joined to it by `_ALTERNATIVE_GAP` words and commas, with an "or" among them or an
    "anywhere" right after the list (`_LIST_CLOSERS`: "Istanbul, Geneva, the Vatican, anywhere but Russia")."""
    place = next((m for m in chain if m in view.places), None)
    if place is None:
        return []
    joins = {i for c in _ALTERNATIVE_GAP for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    closed = any(m.first > place.last and view.words_between(place.last, m.first) <= 1 for c in _LIST_CLOSERS
                 for m in view.concepts.get(c, ()))  # (bare commas list before it: «Стамбул, Женева, Ватикан, будь-де»)
    listed = _listed_with(chain, view, joins | _case_suffixes(view), both_sides=True, opened=closed)
    before = [c for c in listed if any(m in view.places and m.last < place.first for m in c)]
    if not before:
        return []
    head = min(m.first for c in before for m in c if m in view.places)
    return before if closed or any(head < o.first < place.first for o in view.concepts.get("OR_WORD", ())) else []


# (h_list27) the words that close a list of places as its "or" would ("Istanbul, Geneva, the Vatican, anywhere")
_LIST_CLOSERS: Final = ("ANYWHERE", "ANYWHERE_BUT")


def _place_of(cue: Cue, view: View) -> ConceptMatch | None:
    """The place a venue cue reads: the first of its value's places within its span."""
    value = cue.value.removeprefix("not_")
    return next((p for p in view.places if p.concept == value and cue.first <= p.first <= cue.last), None)


def _list_members(view: View, cues: list[Cue]) -> list[Cue]:
    """(h_list27) The cues of places named after the first of a list in one breath: each place one rule reads after
    the first of a list of alternatives ("host the leaders in Istanbul or in Ankara", «в Стамбуле, в Анкаре или в
    любом другом городе», "Genf, Wien oder den Vatikan") is not read: the first is the party's venue (the later
    members of a list of refused places are read, and marked by `later_members`). Measured, reading the others under
    the alert threshold lowered the holdouts of the corpora whose labels name the first place alone (wire, unseen14,
    unseen16, unseen20) while it raised those that label each (unseen21-23, 26, 27): a labelling question, left
    open. A place refused after one proposed ("in
    Switzerland, but not in Moscow") is no alternative to it, and the rules whose phrase names a whole list (LISTED)
    read each place as it stands."""
    nors = [c.first for c in cues if c.rule == NOR_LISTED]
    offered = [(c, p) for c in cues if c.kind == "venue" and c.rule not in LISTED and not c.negated
               and not c.value.startswith("not_") and c.value != "any" and (p := _place_of(c, view)) is not None]
    if not nors and len(offered) < 2:
        return cues  # most sentences: no list
    out = []
    for c in cues:
        if c.rule == NOR_LISTED and c.first > min(nors):
            out.append(c)  # (h_neither26) a later member of a "neither ... nor" list: read (`later_members`)
        elif not any(_alternative_after(view, c, p, d, q) for c2, p in offered if c2 is c for d, q in offered):
            out.append(c)
    return out


def _alternative_after(view: View, c: Cue, p: ConceptMatch, d: Cue, q: ConceptMatch) -> bool:
    """Cue c's place p follows cue d's place q in one list, both read by one rule over shared words ("host the
    leaders in Istanbul or in Ankara": the rule's chain again for each place, `_nearest_place`)."""
    return d is not c and d.rule == c.rule and d.value != c.value and q.first < p.first \
        and d.first <= c.last and c.first <= d.last and _joined_places(view, q, p)


# (h_frag23) the rules whose places, refused together in one fragment, are each refused and each alert («Ни Москва,
# ни Минск.», "Neither Moscow nor Minsk.")
FRAGMENT_REFUSALS: Final = frozenset({"venue.fragment_not", "venue.fragment_but_not", "venue.followup_not_bare"})


def later_members(view: View, cues: list[Cue]) -> list[Cue]:
    """(h_unify40) The cues the statement reads, each place named after the first of a list of places in one breath
    marked `member`: the reader keeps it under the alert threshold. An exclusive kind holds one value, so a second
    place of one breath would displace the first and a later report of the first flip it back; measured, two
    holdouts' alert precision fell when each refusal alerted. The members are each place of a "neither ... nor" list
    after its first NOR word (h_neither26: "neither in Moscow nor in Minsk") and each place a rule refuses after the
    first place it refuses, with a negation of its own (h_except27, `_later_refusals`: «не поедет в Москву, не поедет
    он и в Минск»). A place a bare fragment refuses («Ни Москва, ни Минск.») is no member: each alerts, as before.
    (A place of a list of alternatives after its first is not read at all, `_list_members`.)"""
    nors = [c.first for c in cues if c.rule == NOR_LISTED]
    later = _later_refusals(cues, view)
    if not later and len(nors) < 2:
        return cues  # most statements: no list
    fragments = {c.value for c in cues if c.rule in FRAGMENT_REFUSALS}
    return [c._replace(member=True) if (c.rule == NOR_LISTED and c.first > min(nors) or (c.rule, c.value) in later)
            and c.value not in fragments else c for c in cues]


def _later_refusals(cues: list[Cue], view: View) -> set[tuple[str, str]]:
    """(h_except27) The (rule, value) of each place a rule refuses in the sentence after the first place it refuses,
    with a negation of its own right before it (a preposition between at most): the later members of one list of
    refused places, each refused in its own words ("neither in Moscow nor in Minsk", «тільки не Росія і не
    Білорусь», "not in Moscow and not in Minsk"), one mechanism for every rule that reads such a list (the list's
    places, `_coordinated_places`, or a NOR word each). A place listed under the first one's negation ("except
    Moscow and Minsk", "would not travel to Paris or Berlin") is one refusal, as the corpora's readers label it:
    measured, reading its later places lowered two holdouts."""
    refused = sorted((c for c in cues if c.kind == "venue" and c.value.startswith("not_")),
                     key=lambda c: _place_at(c, view))
    first: dict[str, str] = {}
    for c in refused:
        first.setdefault(c.rule, c.value)
    own = {n.last for k in ("NEG", "NOR_WORD") for n in view.concepts.get(k, ())}
    return {(c.rule, c.value) for c in refused if c.value != first[c.rule] and (
        c.rule in _ONE_VERDICT_LISTS or any(i in own and view.words_between(i, _place_at(c, view)) <= 1
                                            for i in range(c.first, _place_at(c, view))))}


# (h_refuse40) the rules whose one verdict refuses a whole list («Москва и Минск — нет», "Moscow and Minsk — no"): each
# later place is a member kept under the alert threshold, so the first alone alerts and is the statement's sole
# refusal (reader._sole_refusal). Not the lists under one exception ("anywhere except Moscow and Minsk"): the corpora's
# readers disagree on them (measured: unseen4's holdout labels the first place alone, unseen17's, unseen24's and
# unseen25's label each); nor a place refused by its own negated verb after the first («не поедет в Москву, не поедет
# он и в Минск»): measured, it lowered the unseen16 and unseen18 holdouts
_ONE_VERDICT_LISTS: Final = frozenset({"venue.place_dash_no"})


def _place_at(cue: Cue, view: View) -> int:
    """The token where the cue's place stands (the match's last token where the place is not found in it: "Moscow
    and Minsk do not suit" reads both places up to the verb, and the order of the places is the list's)."""
    place = cue.value.removeprefix("not_")
    return next((p.first for p in view.places if p.concept == place and cue.first <= p.first <= cue.last), cue.last)


def _joined_places(view: View, a: ConceptMatch, b: ConceptMatch) -> bool:
    """Place a before place b in one list: nothing between them but commas, list words, prepositions, articles and
    other places."""
    joins = {i for c in ("LIST_JOIN", *_LIST_GAP) for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    joins |= {i for p in view.places for i in range(p.first, p.last + 1)} | _case_suffixes(view)
    return all(i in joins or view.tokens[i].text in (",", "«", "»", '"') for i in range(a.last + 1, b.first))


# (h_neither26) the rule that reads each place of a "neither ... nor" list after its own NOR word
NOR_LISTED: Final = "venue.nor_listed"
# (h_offer24) the rules whose place is one of a list named with their phrase ("named Geneva and the Vatican as possible
# venues"; h_venuelist25: "Geneva and the Vatican would suit Kyiv", «Женева і Ватикан підходять»): each place of the
# list is read, and each stands (reader._slot)
LISTED: Final = frozenset({"venue.listed_possible", "venue.place_suits", "venue.among_listed",
                           "venue.among_listed_where", "venue.place_too"})
# what may stand between two places listed (CONJUNCTION: the Turkish "ve", which is no AND_WORD)
_LIST_GAP: Final = ("LIST_JOIN", "AND_WORD", "CONJUNCTION", "OR_PLACE", "DET", "AT")
_APOSTROPHES: Final = ("'", "\u2019")


def _case_suffixes(view: View) -> set[int]:
    """The tokens that are a place's case ending set off by an apostrophe ("İstanbul'u ve Ankara'yı"): the place's
    own word, no gap in a list."""
    places = {p.last for p in view.places}
    toks = view.tokens
    return {i for i in range(1, len(toks)) if i - 1 in places
            and view.text[toks[i - 1].end : toks[i].start] in _APOSTROPHES}


# (h_venuelist25) the rules whose places follow a word that opens the members of a named set ("among them", «серед них»)
_AMONG: Final = frozenset({"venue.among_listed", "venue.among_listed_where"})


def _hosts_counted(view: View) -> bool:
    """Several hosts counted in the sentence ("seven states", «кілька держав»), beyond the opener of the members
    itself (MANY_HOSTS holds "among them" too): the places listed are their offers, relayed, not the speaker's."""
    among = {i for m in view.concepts.get("LIST_AMONG", ()) for i in range(m.first, m.last + 1)}
    return any(m.first not in among for m in view.concepts.get("MANY_HOSTS", ()))


def _place_set_aside(view: View, chain: Chain) -> bool:
    """(review, session 37) The match's words are a place's passive of exclusion (PLACE_EXCLUDED, kept only with a
    place as its subject): "Moscow is not being considered" sets the place aside; another clause's exclusion
    («встреча не стоит в повестке, Стамбул не рассматривается») leaves the meeting's doubt standing."""
    return any(out.first <= m.first <= out.last or m.first <= out.first <= m.last
               for out in view.concepts.get("PLACE_EXCLUDED", ()) for m in chain)


_SET_NOUNS: Final = ("OPTION", "VENUE_NOUN", "POSSIBLE_VENUE", "CITY_NOUN")


def _cities_listed(view: View, chain: Chain) -> bool:
    """(review, session 37) The set whose members the opener lists is cities, no meeting's places or options: the
    nearest set noun before it is a city noun with no meeting word between ("drones hit cities including Kharkiv",
    «ударили по городам, среди которых Харьков»; a city noun is a VENUE_NOUN in ru/uk/de/it). Not "five cities for
    the meeting, among them Geneva"."""
    opener = next((m for m in chain if m.concept == "LIST_AMONG"), None)
    if opener is None:
        return False
    nearest = max((m for c in _SET_NOUNS for m in view.concepts.get(c, ()) if m.last < opener.first),
                  key=lambda m: m.last, default=None)
    return nearest is not None and any(m.last == nearest.last for m in view.concepts.get("CITY_NOUN", ())) and not any(
        nearest.last < m.first < opener.first for c in ("MEET", "TALKS") for m in view.concepts.get(c, ()))


def _places_listed(chain: Chain, view: View) -> list[Chain]:
    """(h_offer24) The chain again for each other place of its place's list ("Geneva and the Vatican", «Ватикан,
    Туреччину та Швейцарію», "Genf und den Vatikan", "la Turchia e la Svizzera"): joined to it, before or after, by
    commas, list words, articles and prepositions only. The phrase names the whole list ("named Geneva and the
    Vatican as possible venues"), so the places before the rule's own are members as much as those after it."""
    joins = {i for c in _LIST_GAP for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    return _listed_with(chain, view, joins | _case_suffixes(view), both_sides=True)


def _members_listed(chain: Chain, view: View) -> list[Chain]:
    """(h_venuelist25) The chain again for each place listed after its own, after a word that opens the members of a
    set ("Among them the Vatican, Geneva, Istanbul, Riyadh", «Серед них — Ватикан, Женева, Стамбул»): the opener
    makes the bare commas a list, so no word is needed between them; a city beside its own country ("Istanbul,
    Turkey") is one place said twice, not a member of its own."""
    joins = {i for c in _LIST_GAP for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    return _listed_with(chain, view, joins, both_sides=False, opened=True)


def _listed_with(chain: Chain, view: View, joins: set[int], both_sides: bool, opened: bool = False) -> list[Chain]:
    """The chain again for each place joined to its own by the `joins` tokens and commas only (after it, and before
    it too where `both_sides`), with a word somewhere in the list ("Istanbul, Turkey" is one place said twice); where
    the list is `opened` by a word that opens members, bare commas list too, and a place said twice is passed over."""
    place = next((m for m in chain if m in view.places), None)
    if place is None or len(view.places) < 2:
        return []
    ordered = sorted(view.places, key=lambda p: p.first)
    before = [p for p in reversed(ordered) if p.last < place.first] if both_sides else []
    sides = (before, [p for p in ordered if p.first > place.last])
    within = vocabulary().within
    run: list[ConceptMatch] = []
    worded = opened
    for side in sides:
        last = place
        for q in side:
            lo, hi = (q, last) if q.first < last.first else (last, q)
            if not all(i in joins or view.tokens[i].text == "," for i in range(lo.last + 1, hi.first)):
                break
            worded = worded or any(view.tokens[i].is_word for i in range(lo.last + 1, hi.first))
            if not opened or (q.concept not in (within.get(last.concept), place.concept)
                              and last.concept != within.get(q.concept)):
                run.append(q)
            last = q
    return [tuple(q if m is place else m for m in chain) for q in run] if worded else []


def _shortest_per_start(chains: list[Chain]) -> list[Chain]:
    """One chain per first element: the tightest (a rule fires once per trigger)."""
    best: dict[int, Chain] = {}
    for c in chains:
        key = c[0].first
        span = max(m.last for m in c) - min(m.first for m in c)
        if key not in best or span < max(m.last for m in best[key]) - min(m.first for m in best[key]):
            best[key] = c
    return list(best.values())


def _cue(rule: Rule, chain: Chain, view: View, sc: list[Scope], irony: set[int], home: str | None,
         followup: bool = False) -> Cue | None:
    """The rule's reading of one match (`followup`: a short sentence after the speaker spoke of the meeting,
    whose places need no meeting word of their own: "Moscow is not a serious option")."""
    first = min(m.first for m in chain)
    last = max(m.last for m in chain)
    place = next((m.concept for m in chain if m in view.places), None)
    if rule.kind == "venue" and place is not None and not _venue_place(view, chain, place, sc,
                                                                        followup or rule.frame == "followup"):
        return None
    if rule.id == _PLACE_HOSTS and place is not None and _among_listed_hosts(view, chain, place, home):
        return None  # "listed the countries that have offered to host a summit - Austria, the Vatican,
        # Switzerland": candidate hosts named together, no one host's offer (but a host's own among them)
    if rule.id == _PLACE_HOSTS and place is not None and _joint_hosts(view, chain, place):
        return None  # "la France et l'Allemagne restaient disponibles pour réunir les quatre dirigeants": two
        # countries convening together, no one place the meeting is held in
    if rule.place_closes and place is not None and not _place_closes(view, chain, place):
        return None  # "proposed Moscow an exchange of prisoners", "Turkey as mediator": whom, or what else
    if rule.fragment and not _whole_fragment(view, first, last):
        return None  # (h_frag23) "He said not Moscow but Kyiv was to blame": a phrase of a longer sentence
    value = rule.value
    if "{place}" in value:
        if place is None:
            return None
        value = value.replace("{place}", place)
    if "{own_place}" in value:
        if place is None or not _own_place(place, home):
            return None  # "Istanbul is ready" from Erdogan offers his city; from anyone else it is not his offer
        value = place
    if "{home}" in value:
        if home is None or _other_place(view, chain, home):
            return None  # "Macron spoke in favour of Geneva as the venue": the place named, not his own
        value = home
        if _country_word(view, first, last):  # "її країна залишається готовою прийняти": the country, not its city
            value = vocabulary().within.get(home, home)
    if any(s.kind == "question" and any(s.start <= m.first <= s.end for m in chain) for s in sc):
        return None  # the words of a question put to the speaker ("asked about a meeting in the UAE")
    if rule.value == "documents_agreed" and _text_signed_after(chain, view):
        return None
    waived = rule.id.endswith("_waived")
    if rule.kind == "prerequisite" and (_consequence(chain, view) or not waived and _not_waited(chain, view)
                                        or _meeting_would_bring(chain, view) or _demanded_before(chain, view)):
        return None
    if rule.kind == "venue" and _insistence_dropped(view, first):
        return None  # "Moscow no longer insists on holding the meeting in Moscow": a venue is exclusive, so it
        # is not withdrawn, and it is not rejected either
    op = _withdrawal(rule, chain, view)
    if waived and (op != "withdraw" or _denied_after(view, chain)):
        return None  # "not ready to meet without a ceasefire", "встречи без прекращения огня не будет": it is set
    if rule.kind == "prerequisite" and (rel := _relative_of(view, chain)) is not None:
        sc = [s for s in sc if s.kind == "question" or rel[0] <= s.trigger_first <= rel[1]]  # (h_rel23) the main
        # clause's denial ("is not on the agenda", «не может быть назначена») is the meeting's, not the clause's
    negated = False if op == "withdraw" else _negated(rule, chain, sc, view)
    if rule.kind == "venue" and _talk_not_raised(view, chain):
        return None  # (h_venue18) "the topic of a meeting in Alaska was not raised", «не обсуждалась»: what a
        # conversation left out, no place refused (nor proposed)
    if rule.kind == "venue" and negated and _agenda_between(view, chain):
        return None  # h_prec5: "a meeting of the presidents is not on the agenda in Istanbul": the place is where the
        # talks sit, the denial is the calendar's (a stance), not a place refused
    if rule.kind == "venue" and negated and _offer_denied(view, chain):
        return None  # h_probe8: "Erdogan has never offered to host it in Istanbul", «не предлагал провести встречу в
        # Стамбуле»: the offer is denied, the place is not rejected
    ironic_here = bool(irony) and any(view.clause[m.first] in irony for m in chain)
    if rule.kind == "venue" and ironic_here and (place is None or any(
            view.clause[m.first] in irony for m in chain if m.concept == place)):
        negated = True  # proposed so that nothing happens, or rejected outright: either way not there
    if rule.id.startswith("format.") and any(m.concept == "US_REF" and after_word(view, m, "AT") for m in chain):
        return None  # "will join the meeting at the White House": the place of the meeting, not who joins it
    if rule.kind == "stance" and ironic_here and value == "willing":
        return None
    refused_demand = False
    if negated and rule.kind == "demand" and rule.negated == "drop" and rulebook().priors.get(value) \
            and _refused(chain, sc) and not any(s.kind == "neg" and s.start <= chain[0].first <= s.end for s in sc):
        # "Peskov dismissed Kyiv's demand for a withdrawal of Russian troops": the other side's demand, refused
        # by the speaker, is still that side's (the reader gives it to them, or drops it as the speaker's own)
        negated, refused_demand = False, True
    if negated and rule.kind == "stance" and rule.negated == "drop" and value == "willing" \
            and _wish_no_longer(view, chain):
        negated, value = False, "skeptical"  # h_probe8: "no longer seeks a meeting", «больше не добивается встречи»:
        # a wish for the meeting given up is doubt of it (a meeting never sought is no stance)
    if rule.kind == "venue" and (negated or value.startswith("not_")) and _venue_waits_without(view, chain):
        return None  # (review 38) "no such meeting could happen in Istanbul without a ceasefire": the "no" waits for
        # the condition, no place is refused (the condition is read by its own rule)
    if negated and rule.negated == "keep" and value.startswith("not_") and _own_verdict_denied(chain, view):
        return None  # (h_venue18) "a meeting in Paris is not excluded", «не виключена»: the place is not refused
    if rule.kind == "venue" and place is not None and (negated or value.startswith("not_")) \
            and _nor_verdict_denied(chain, place, view):
        return None  # (h_except27) "neither Minsk nor Istanbul had been ruled out", «ни Минск, ни Стамбул не
        # исключены»: the NOR list denies the verdict of exclusion after it; no place is refused
    if negated and rule.negated != "keep":
        if rule.negated == "drop":
            return None
        value = rule.negated.replace("{place}", place or "")
        if value.startswith("not_") and value[4:] == "":
            return None
    if value.startswith("not_not_"):
        value = value[8:]
    if rule.kind == "stance" and value == "refuses" and _empty_handed(view, chain):
        return None  # "will not go to such a meeting with empty hands": how to come is refused, not the meeting
    if rule.kind == "stance" and value == "refuses" and _restricted_meeting(view, chain):
        return None  # h_ruk2: "will not agree to a meeting at which the Americans are absent", «не погодиться на
        # зустріч, яку пропонує Москва»: a kind of meeting refused, not the meeting
    if rule.kind == "stance" and value == "refuses" and _on_terms(view, chain):
        return None  # (h_terms27) "there will be no meeting on such terms", «жодної зустрічі не буде на умовах
        # виведення ЗСУ»: the terms are refused, not the meeting
    start, end = view.tokens[first].start, view.tokens[last].end
    refused = rule.kind == "stance" and rule.negated == "drop" and _refused(chain, sc) or refused_demand
    return _new_cue(Cue, (rule.id, rule.kind, value, first, last, start, end, rule.confidence, negated, op,
                          refused, False))


_DENIALS = ("NEG", "REFUSE", "NO_MEETING", "IMPOSSIBLE", "POST_NEG", "WILL_NOT", "POINTLESS")


def _denied_after(view: View, chain: Chain) -> bool:
    """A negation or refusal after the match in its clause ("встречи без прекращения огня не будет")."""
    clause = view.clause[chain[-1].last]
    return any(m.first > chain[-1].last and view.clause[m.first] == clause
               for c in _DENIALS for m in view.concepts.get(c, ()))


def _empty_handed(view: View, chain: Chain) -> bool:
    """'not go to the meeting with empty hands', 'не поїду на зустріч з порожніми руками': a refusal whose clause
    goes on to say how (EMPTY_HANDED, after the match) refuses that manner (a precondition), not the meeting."""
    clause = view.clause[chain[-1].last]
    return any(e.first > chain[0].first and view.clause[e.first] == clause
               for e in view.concepts.get("EMPTY_HANDED", ()))


def _restricted_meeting(view: View, chain: Chain) -> bool:
    """(h_ruk2) The refused meeting word ends the match and a relative clause restricts it right after it (at most
    three words, a genitive "of the leaders", between), opened by a preposition: "will not agree to a meeting, at
    which the American side is absent", «не согласится на встречу лидеров, на которой ...», «на зустріч, на якій
    будуть лише росіяни»."""
    last = chain[-1]
    if last.concept not in ("MEET", "TALKS"):
        return False
    toks, i, words = view.tokens, last.last + 1, 0
    while i < len(toks) and toks[i].is_word and words < 3:
        i, words = i + 1, words + 1
    if i >= len(toks) or toks[i].text != ",":
        return False
    if not any(p.first == i + 1 == p.last for p in view.concepts.get("PREP", ())):
        return False  # ("a meeting, which Moscow proposes": the meeting itself, refused)
    return any(r.first == i + 2 for r in view.concepts.get("REL_MEETING", ()))


def _on_terms(view: View, chain: Chain) -> bool:
    """(h_terms27) The refusal's clause names the terms it refuses the meeting on (ON_TERMS: "no meeting on such
    terms", "will not meet him on Moscow's terms", «встречи на условиях вывода войск не будет», «не зустрічатиметься
    на таких умовах»): what is ruled out is a meeting on those terms, not the meeting ("on any terms", «ни на каких
    условиях» are no ON_TERMS: they refuse it whatever is offered)."""
    clauses = {view.clause[m.first] for m in chain} | {view.clause[m.last] for m in chain}
    first, last = min(m.first for m in chain), max(m.last for m in chain)
    buts = [b.first for b in view.concepts.get("BUT", ())]
    return any(view.clause[t.first] in clauses and first <= t.first <= last + _TERMS_AFTER
               and not any(last < b < t.first for b in buts) for t in view.concepts.get("ON_TERMS", ()))


_TERMS_AFTER: Final = 6  # (review, session 39) the terms within the refusal or a few words after it, no "but"
# between ("will not meet him on Moscow's terms", «не будет встречаться с Путиным, чтобы обсуждать капитуляцию»)


_FORMATS = ("TRILATERAL", "FORMAT_WORD", "FORMAT_BACK")
_MEETING_WORDS = ("MEET", "TALKS", "ANAPHOR", "MEETING_IT")


def format_object(view: View, first: int, last: int) -> bool:
    """The object of a refusal or a doubt read between tokens first and last is a format, not the meeting: its
    meeting word is itself a format ("not ready for such a format", "не готові до такого формату") or is qualified
    by one right before it ("a three-way meeting", "трехсторонней встрече") or right after it ("a meeting in a
    trilateral format"); a doubt that names no meeting word ("did not see the point of") takes the meeting word
    right after it. "Any format" is no format refused ("not ready to meet in any format" refuses the meeting), nor
    is a standing format of the leaders' meetings ("a Normandy summit makes no sense without progress in Minsk")."""
    anys = [*view.concepts.get("ANY_FORMAT", ()), *view.concepts.get("MULTILATERAL", ())]
    formats = [f for c in _FORMATS for f in view.concepts.get(c, ())
               if not any(a.first <= f.first and f.last <= a.last for a in anys)]
    if not formats:
        return False
    words = [m for c in _MEETING_WORDS + _FORMATS for m in view.concepts.get(c, ()) if first <= m.first <= last]
    if not any(m.concept in _MEETING_WORDS for m in words):
        words += [m for c in _MEETING_WORDS for m in view.concepts.get(c, ()) if m.first > last
                  and view.clause[m.first] == view.clause[last] and view.words_between(last, m.first) <= 4]
    for m in words:
        for f in formats:
            if f.first <= m.last and m.first <= f.last:
                return True
            if view.clause[f.first] != view.clause[m.first]:
                continue
            if f.last < m.first and view.words_between(f.last, m.first) <= 1:
                return True
            if f.first > m.last and view.words_between(m.last, f.first) <= 3:
                return True
    return False


_OTHER_CONDITIONS = ("CEASEFIRE", "GUARANTEES", "RU_FORCES", "UA_FORCES", "WITHDRAW", "LEGIT", "EXPERTS")


def _text_signed_after(chain: Chain, view: View) -> bool:
    """'a peace agreement could be signed by the presidents only after Russian troops leave', 'would sign a deal
    only after a ceasefire': the text stands before the marker and another condition right after it, so that
    condition comes first (read by its own rule), not an agreed text."""
    marks = [m for m in chain if m.concept in ("ONLY", "AFTER")]
    texts = [m for m in chain if m.concept in ("DOCUMENT", "SIGN", "SETTLED")]
    if not marks or not texts or not all(t.last < marks[0].first for t in texts):
        return False
    mark = marks[0]
    if any(d.first > mark.last and view.words_between(mark.last, d.first) <= 8
           for c in ("DOCUMENT", "SIGN", "SETTLED") for d in view.concepts.get(c, ())):
        return False  # "signed only after the delegations agree on the text": the text is the condition too
    return any(o.first > mark.last and view.words_between(mark.last, o.first) <= 4
               for c in _OTHER_CONDITIONS for o in view.concepts.get(c, ()))


def _consequence(chain: Chain, view: View) -> bool:
    """The precondition's words come before the condition's marker ('will cease fire and start negotiations as
    soon as Ukraine withdraws'): they are what the condition leads to, not what must come first. The meeting word is
    what is conditioned, no precondition's words (h_prereq23: "a meeting makes no sense if it is not prepared")."""
    marks = {i for m in view.concepts.get("CONSEQUENCE_OF", ()) for i in range(m.first, m.last + 1)}
    contents = [m.first for m in chain if m.concept not in _MARKERS and m.concept != "MEET"]
    return bool(marks and contents) and any(m.first in marks and m.first > min(contents) for m in chain)


_MARKERS = frozenset({"ONLY", "AFTER", "COND", "WITHOUT", "UNTIL"})


def _marker_before(chain: Chain, view: View, words: frozenset[str]) -> tuple[ConceptMatch | None, int]:
    """The match's first marker ("if", "before") spelled as one of `words`, and where its condition's words start
    (None when either is missing)."""
    mark = next((m for m in chain if m.concept in _MARKERS and view.tokens[m.first].text.lower() in words), None)
    starts = [m.first for m in chain if m.concept not in _MARKERS]
    return (mark, min(starts)) if mark is not None and starts else (None, -1)


def _meeting_would_bring(chain: Chain, view: View) -> bool:
    """'If a meeting can stop the killing', 'если встреча поможет прекратить огонь': the meeting is the subject of
    the supposition, so the condition's words are what it would bring, not what must come before it."""
    mark, start = _marker_before(chain, view, _IF_AFTER)
    if mark is None:
        return _meeting_needed_for(chain, view)
    i, j = mark.last, start
    return i < j and any(i < t.first and t.last < j and view.clause[t.first] == view.clause[j]
                         for t in view.concepts.get("MEET", ())) and not any(
        i < a.first < j for c in ("AFTER", "FIRST_STEP") for a in view.concepts.get(c, ()))


def _meeting_needed_for(chain: Chain, view: View) -> bool:
    """'If a meeting is needed to stop the war', 'якщо зустріч потрібна, щоб зупинити війну': "if" and the meeting
    right before the match's marker: what the meeting is needed for, not what must come before it."""
    first = min(m.first for m in chain)
    if chain[0].concept != "COND":
        return False  # "if a meeting happens, only after a ceasefire": ONLY and AFTER still set the condition
    clause = view.clause[first]
    meetings = [t for t in view.concepts.get("MEET", ()) if t.last < first and view.clause[t.first] == clause
                and view.words_between(t.last, first) <= 2]
    return any(view.tokens[i].text in _IF_AFTER and view.clause[i] == clause
               and view.words_between(i, t.first) <= 2
               for t in meetings for i in range(max(0, t.first - 4), t.first))


def _demanded_before(chain: Chain, view: View) -> bool:
    """'pull its troops out ... and renounce NATO membership before he would even call a ceasefire': a demand before
    "before" and the condition's words after it; what comes first is the demand, the condition follows it (no
    meeting named before "before")."""
    mark, start = _marker_before(chain, view, _BEFORE)
    if mark is None or mark.last >= start:
        return False
    i, clause = mark.first, view.clause[mark.first]
    demands = any(m.last < i and view.clause[m.last] == clause for c in ("WITHDRAW", "NATO", "RENOUNCE")
                  for m in view.concepts.get(c, ()))
    meeting = any(m.last < i and view.clause[m.last] == clause for c in ("MEET", "TALKS")
                  for m in view.concepts.get(c, ()))
    return demands and not meeting


def _not_waited(chain: Chain, view: View) -> bool:
    """'ready to meet without waiting for a ceasefire', 'не дожидаясь завершения работы делегаций': the condition's
    words follow a phrase of not waiting in the same clause (at most four words after it): no precondition."""
    clause = view.clause[chain[-1].first]
    return any(w.last < m.first and view.words_between(w.last, m.first) <= 4 and view.clause[w.last] == clause
               for w in view.concepts.get("NO_WAIT", ()) for m in chain if m.concept not in _MARKERS)


def _own_place(place: str, home: str | None) -> bool:
    """The place is the speaker's own: a mediator's home, or a city of its home country ("Budapest is ready" from
    Orban, «Η Κωνσταντινούπολη είναι έτοιμη» from Erdogan); not a country nor another capital of it (a country or a
    capital that is ready is its government, not a venue: h_med2)."""
    if home is None:
        return False
    voc = vocabulary()
    if place in voc.within.values():
        return False  # "Turkey is ready": its government
    if place == home:
        return True  # "Budapest is ready" from Orban, whose home it is
    if place in voc.capitals:
        return False  # "Ankara stood ready" from Fidan: the government, whose offer is Turkey (h_med2)
    return voc.within.get(place) == voc.within.get(home, home)


def _other_place(view: View, chain: Chain, home: str) -> bool:
    """A place other than the speaker's home (its country, a city in it) is named in the clause of the match."""
    clause = view.clause[chain[0].first]
    within = vocabulary().within
    return any(view.clause[p.first] == clause and p.concept not in (home, within.get(home))
               and within.get(p.concept) != home for p in view.places)


def _refused(chain: Chain, sc: list[Scope]) -> bool:
    """The match lies in a refusal's scope, its trigger not part of it."""
    return any(s.kind == "refuse" and s.start <= chain[0].first <= s.end
               and not any(m.first <= s.trigger_last and s.trigger_first <= m.last for m in chain) for s in sc)


def _full_stop_within(chain: Chain, view: View) -> bool:
    """h_prec5: a full stop (a clause cut, not an initial's) between the chain's first and last words: two
    sentences a quote keeps in one."""
    lo = min(m.first for m in chain)
    hi = max(m.last for m in chain)
    toks = view.tokens
    return any(toks[i].text in (".", "!", "?") and view.clause[i + 1] != view.clause[i - 1]
               for i in range(lo + 1, hi))


def _agenda_between(view: View, chain: Chain) -> bool:
    """h_prec5: a word of the agenda or the calendar ("not on the agenda", "не стоит на повестке", "не
    планується") between the meeting word and the place: the place says where that agenda is."""
    places = [m for m in chain if m in view.places]
    if not places or places[0].first <= chain[0].last:
        return False
    return any(chain[0].last < a.first and a.last < places[0].first
               and view.clause[a.first] == view.clause[places[0].first]
               for c in ("AGENDA", "SCHEDULE") for a in view.concepts.get(c, ()))


def _talk_not_raised(view: View, chain: Chain) -> bool:
    """(h_venue18) A past "not raised", "not discussed" («не поднималась», «не обговорювалася») in the clause of the
    match's place: the talk left the meeting there out, which says nothing of the place."""
    clauses = {view.clause[m.first] for m in chain if m in view.places}
    return any(view.clause[r.first] in clauses for r in view.concepts.get("NOT_RAISED", ()))


def _insistence_dropped(view: View, first: int) -> bool:
    """'no longer insists on', 'больше не настаивает на': a word of insisting right after "no longer", before the
    match in its clause."""
    insists = {m.first for m in view.concepts.get("INSIST", ())}
    return any(m.last < first and m.last + 1 in insists and view.clause[m.first] == view.clause[first]
               for m in view.concepts.get("NO_LONGER", ()))


def _withdrawal(rule: Rule, chain: Chain, view: View) -> str:
    """'no longer insists on a ceasefire', 'dropped its demand for neutrality', 'ready to meet without a
    ceasefire': an additive value withdrawn (docs/conditions.md), not negated."""
    if rule.kind not in ("prerequisite", "demand") or rule.id == "prerequisite.no_ultimatums":
        return "assert"
    first = min(m.first for m in chain)
    clause = view.clause[first]
    denied = view.concepts.get("LEGIT_DENIED", ())
    for m in view.concepts.get("NO_LONGER", ()):
        if any(d.first <= m.first <= d.last for d in denied):
            continue  # "no longer a legitimate president": legitimacy denied, nothing withdrawn
        if m.last < first and view.clause[m.first] == clause and view.words_between(m.last, first) <= 6:
            return "withdraw"
        if m.last < first and view.clause[m.first] == clause and any(
                c.first == m.last + 1 for k in ("COND", "INSIST") for c in view.concepts.get(k, ())):
            return "withdraw"  # "no longer ties a summit to the prior signing of a memorandum", "больше не связывает"
        if m.last < first and view.words_between(m.last, first) <= 10 and any(
                c.first == m.last + 1 for c in view.concepts.get("INSIST", ())) and _that_between(view, m.last, first):
            return "withdraw"  # "больше не настаивает на том, чтобы все документы были согласованы", "no longer
            # insists that every document be agreed": the insisting's own that-clause
        if m.first > first and view.clause[m.first] == clause and any(
                0 < c.first - m.last <= 3 for c in view.concepts.get("COND_NOUN", ())):
            return "withdraw"  # "a ceasefire is no longer a condition for meeting Putin", "больше не является условием"
    if rule.id.endswith("_without") or rule.value == "no_ultimatums":
        return "assert"  # "no meeting without a ceasefire" sets the precondition; (h_prereq22) "the meeting must be
        # without ultimatums", «зустріч має бути без ультиматумів»: "without" is the condition's own word
    contents = [c.first for c in chain if c.concept not in _MARKERS] or [first]
    for m in (*view.concepts.get("WITHOUT", ()), *view.concepts.get("NO_WAIT", ())):
        # "ready to meet without a ceasefire", "even without a ceasefire first", "without waiting for a truce":
        # what is not waited for, named right after "without" (any element of the match), is withdrawn; "not ready
        # to meet without" sets it
        if any(m.last < c and view.words_between(m.last, c) <= 2 for c in contents) and any(
                r.last < m.first and view.clause[r.first] == view.clause[m.first]
                for c in ("READY", "MEET") for r in view.concepts.get(c, ())) and not any(
                n.last < m.first and view.clause[n.first] == view.clause[m.first]
                for c in ("NEG", "REFUSE", "NO_MEETING", "IMPOSSIBLE") for n in view.concepts.get(c, ())) and not (
                rule.kind == "prerequisite" and _denied_after(view, chain)):
            return "withdraw"  # ("встречи без гарантий безопасности не будет": the meeting denied after, it is set)
    return "assert"


def _that_between(view: View, a: int, b: int) -> bool:
    """A word opening a that-clause ("that", "чтобы", "щоб", "что", "що") between tokens a and b."""
    return any(t.text in _THAT_WORDS for t in view.tokens[a + 1 : b])


_THAT_WORDS = concept_words("THAT_CONJ")


def _negated(rule: Rule, chain: Chain, sc: list[Scope], view: View) -> bool:
    """Whether the predicate of the match (not its arguments: the meeting, the place's preposition, the
    territory) lies in a scope that negates this kind of assertion."""
    kinds = _NEGATING.get(rule.kind, frozenset({"neg"}))
    heads = [m for m, e in zip(chain, rule.elements, strict=True) if not e.concepts <= _ARGUMENTS] or list(chain)
    flips = 0
    negated_once = refused_once = excepted_once = False
    own_negs = {n.first for n in view.concepts.get("NEG", ())}
    no_dets = {n.first for n in view.concepts.get("NO_DET", ())}
    concord_flip = other_denial = False  # (h_polar22) a concord word's negation and any other denial of the head
    counted_negs: list[Scope] = []  # the negations that flipped the head (for concord with a no-meeting phrase)
    flipped: set[tuple[int, int]] = set()  # one expression negates once, though it faces both ways ("Ватикан не
    # розглядається як місце зустрічі": OUT_OF_TALK scopes the words before and after it)
    for s in sc:
        if s.kind not in kinds:
            continue
        if any(m.first <= s.trigger_last and s.trigger_first <= m.last for m in chain):
            continue  # the trigger is part of the match ("without ultimatums", "rejected ... meeting")
        if s.kind == "neg" and any(m.first == s.trigger_last + 1 and m.first in own_negs for m in chain):
            continue  # negative concord: "никогда не должна вступать": the match's own "не" is the same negation
        if s.kind == "neg" and any(m.first in no_dets and m.first > s.trigger_last for m in chain):
            continue  # h_uk: negative concord: «не буде жодних переговорів», «не будет никаких переговоров»: the
            # match's own negative determiner is the same negation
        head = next((m for m in heads if s.start <= m.first <= s.end), None)
        if head is None or (s.trigger_first >= 0 and (s.trigger_first, s.trigger_last) in flipped):
            continue
        if s.kind in ("neg", "refuse") and s.closed and max(m.last for m in chain) > s.end + 1:
            continue  # (h_polar22) "rejected Istanbul as a venue and insists on a meeting in Moscow": the match runs
            # past the "and" that closed the scope, into a claim of its own (a "but" is left to the exception
            # and contrast rules: "refuses to meet anywhere but Moscow")
        if rule.kind == "venue" and _negation_repeated(s, head, sc, kinds, view):
            continue  # (h_venue18) "but not in Moscow and not in Minsk", «но не в Москве и не в Минске»: each
            # member of the list repeats the one refusal, no double negation
        if s.kind in ("neg", "refuse") and any(s.trigger_last < u.first <= head.first
                                               for u in view.concepts.get("UNTIL", ())):
            continue  # "will not go to a meeting until guarantees are settled": the guarantees come first
        if s.kind == "neg" and rule.kind == "prerequisite" and _happens_not_before(s, head, view):
            continue  # h_probe8: "a meeting would not happen before a ceasefire", «не состоится до прекращения
            # огня»: the meeting denied before the condition is the condition first, as "not until"
        if s.kind == "neg":
            if negated_once:
                continue  # negative concord: "не поедет ни в Россию, ни в Беларусь" is one negation
            negated_once = True
            counted_negs.append(s)
        elif s.kind == "except":
            if excepted_once:
                continue
            excepted_once = True  # "не против встречи, но не в Москве": the exception is no second rejection of
            # the refusal it follows, so both count
        elif refused_once:
            continue  # "rejected Minsk as a venue, calling the idea unacceptable": one rejection, said twice
        else:
            refused_once = True
        flipped.add((s.trigger_first, s.trigger_last))
        flips += 1
        if s.kind == "neg" and s.trigger_first == s.trigger_last and view.tokens[s.trigger_first].text in _CONCORD:
            concord_flip = True
        else:
            other_denial = True
        refusals = [r for c in ("REFUSE", "IMPOSSIBLE") for r in view.concepts.get(c, ())]
        counted = [(x.trigger_first, x.start, x.end) for x in sc if x.kind == "refuse" and x.kind in kinds]
        if s.kind == "neg" and not _is_refusal(head, view) and any(
                s.trigger_last < r.first < head.first and not any(
                    t == r.first and a <= head.first <= b for t, a, b in counted) for r in refusals):
            flips += 1  # "не исключает возможности встречи": not ruling out a possibility affirms it
            # (where the refusal's own scope already flipped the head, "does not rule out a meeting in
            # Istanbul", the two negations cancel as they stand)
        if s.kind in ("neg", "refuse") and any(s.trigger_last < w.first and (w.first < head.first or w == head)
                                               for w in view.concepts.get("WITHOUT", ())):
            flips += 1  # "не согласится на соглашение без гарантий невступления в НАТО": not without it is with it
            # (or the match's own "without": "not ready to meet without security guarantees")
        elif s.kind == "neg" and rule.kind == "stance" and _without_format_after(head, view):
            flips += 1  # "does not want to meet Putin without intermediaries": it asks for them, refuses nothing
    if rule.kind == "prerequisite" and not negated_once and _condition_denied(chain, view):
        flips += 1  # (h_neg) "signing the documents is not a precondition for the meeting", «подписание документов не
        # является предварительным условием встречи»: what comes before the denied condition noun is no condition
    if rule.kind == "venue" and any(n.first <= m.first <= n.last and not _concord(n, counted_negs, own_negs)
                                    for m in chain for n in view.concepts.get("NO_MEETING", ())):
        flips += 1
        other_denial = True  # "would not meet Putin in Moscow": the refusal holds the meeting word (and its "not")
    if rule.kind == "format" and _denied_without(chain, view):
        flips += 1  # "would not meet Zelensky without mediators", «не будет встречаться без посредников»: not without
        # them is with them, no meeting of the two alone
    if rule.kind == "venue" and _trip_refused_after_place(chain, view):
        flips += 1  # "на встречу с Путиным в Москву не поедет", "zu einem Treffen ... nach Moskau nicht reisen",
        # "görüşmek için Moskova'ya gitmeyeceğini": the trip to the place, refused after it
        other_denial = True
    if concord_flip and other_denial:
        flips -= 1  # (h_polar22) negative concord: "не будет встречаться ни в Москве, ни в Минске", "невозможна ни в
        # Киеве, ни во Львове", "non incontrerà Putin né a Mosca né a Minsk": the "ни" repeats the denial, once
    return flips % 2 == 1


def _concord(no_meeting: ConceptMatch, counted: list[Scope], negs: set[int]) -> bool:
    """(h_neg_de) Negative concord: a no-meeting phrase that opens with a negative word inside a negation already
    counted ("ne veut aucune rencontre à Istanbul", "non vuole nessun incontro a Istanbul", "no quiere ninguna reunión
    en Estambul", "nie chce żadnego spotkania w Stambule") repeats that negation; it does not cancel it."""
    return no_meeting.first in negs and any(
        s.trigger_last < no_meeting.first and s.start <= no_meeting.first <= s.end for s in counted)


def _negation_repeated(s: Scope, head: ConceptMatch, sc: list[Scope], kinds: frozenset[str], view: View) -> bool:
    """(h_venue18) The negation opens a later member of a list of places that an earlier negation (or exception)
    already covers, the head with it: a place, then a list word or comma, right before the trigger ("not in Moscow
    and not in Minsk", «не в Москві і не в Мінську», "nicht in Moskau und nicht in Minsk"). One refusal, said
    once per member."""
    if s.kind != "neg" or s.trigger_first < 1:
        return False
    joins = {i for c in ("LIST_JOIN", "AND_WORD") for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    before = s.trigger_first - 1
    if not (before in joins or view.tokens[before].text == ","):
        return False
    return any(o is not s and o.kind in kinds and o.start <= s.trigger_first <= o.end and o.start <= head.first <= o.end
               and any(o.trigger_last < p.last < s.trigger_first for p in view.places) for o in sc)


def _nor_verdict_denied(chain: Chain, place: str, view: View) -> bool:
    """(h_except27) The match's place is a member of a NOR list (a NOR word before it, a preposition between at most)
    and a verdict of exclusion or refusal (REFUSE, IMPOSSIBLE, a denied one NOT_EXCLUDED) follows it in its clause:
    "neither Minsk nor Istanbul had been ruled out", «ни Минск, ни Стамбул не исключены», «ні Мінськ, ні Стамбул не
    виключені» say the places are open. ("Neither Moscow nor Minsk suits us" has no verdict of exclusion: refused.)"""
    pm = next((m for m in chain if m in view.places and m.concept == place), None)
    nors = view.concepts.get("NOR_WORD", ())
    if pm is None or len(nors) < 2 or not any(n.last < pm.first and view.words_between(n.last, pm.first) <= 1
                                              for n in nors):
        return False  # (a list has two NOR words: «Ні, Москва виключена» answers "no" and excludes Moscow)
    return any(v.first > pm.last and view.clause[v.first] == view.clause[pm.first]
               and not view.tokens[v.first].text.startswith(_NEGATIVE_PREFIXES)
               for c in ("REFUSE", "IMPOSSIBLE", "NOT_EXCLUDED") for v in view.concepts.get(c, ()))


# a verdict said with a negative prefix («неприемлемы», "unacceptable") carries the NOR list's negation in concord
# («ни Москва, ни Минск неприемлемы»: both refused), no denial of it
_NEGATIVE_PREFIXES: Final = tuple(sorted(concept_words("NEGATIVE_PREFIX")))


def _own_verdict_denied(chain: Chain, view: View) -> bool:
    """(h_venue18) The match's verdict on its place ("excluded", «исключена», "inacceptable") has its own
    negation right before it: a double negation, which refuses nothing."""
    return any(n.first <= m.first and m.last <= n.last for m in chain if m not in view.places
               for n in view.concepts.get("NOT_EXCLUDED", ()))


def _condition_denied(chain: Chain, view: View) -> bool:
    """(h_neg) A negated copula with a condition noun right after the thing the match names, in its clause ("X is
    not a condition", "was never our precondition", "must not be a condition", «не является условием», «не є
    передумовою»): the thing named is said to be no condition. The copula keeps "without it there is no condition
    for a meeting" (a condition set) out."""
    first = min(m.first for m in chain)
    if any(view.clause[r.first] == view.clause[first] for r in view.concepts.get("NOT_REQUIRED", ())):
        return True  # "a ceasefire need not precede the meeting", «не обязательно должно предшествовать»
    copulas = {t for k in ("COPULA", "PASSIVE_BE") for c in view.concepts.get(k, ())
               for t in range(c.first, c.last + 1)}
    for n in view.concepts.get("NEG", ()):
        if n.first <= first or view.clause[n.first] != view.clause[first] or not any(
                0 < n.first - m.last <= 3 and all(t.text.isalnum() for t in view.tokens[m.last + 1 : n.first])
                for m in chain):
            continue  # (the denial right after the named thing: "a ceasefire only after a truce, this is no obstacle"
            # denies something else)
        for c in view.concepts.get("COND_NOUN", ()):
            if 0 < c.first - n.last <= 3 and view.clause[c.first] == view.clause[first] and (
                    n.first - 1 in copulas or any(t in copulas for t in range(n.last + 1, c.first))):
                return True
    return False


def _denied_without(chain: Chain, view: View) -> bool:
    """The match opens with its own "without" ("without mediators") after a refused meeting in its clause ("would
    not meet Zelensky", «не будет встречаться с Зеленским»): the meeting is denied unless they are there."""
    first = chain[0].first
    return any(w.first == first for w in view.concepts.get("WITHOUT", ())) and any(
        n.last < first and view.clause[n.last] == view.clause[first] for n in view.concepts.get("NO_MEETING", ()))


def _without_format_after(head: ConceptMatch, view: View) -> bool:
    """A format word that opens with its own "without" ("without intermediaries", «без посредников») after the
    head, in its clause: the negated meeting is a meeting on that condition."""
    opening = {w.first for w in view.concepts.get("WITHOUT", ())}
    return any(m.first > head.last and m.first in opening and view.clause[m.first] == view.clause[head.first]
               for m in view.concepts.get("ONE_ON_ONE", ()))


def _trip_refused_after_place(chain: Chain, view: View) -> bool:
    """A refused trip (NOT_GO) right after the match's place, in its clause and outside the match, that has no place
    of its own after it (h_except27: «не поедет в Москву, не поедет он и в Минск», "won't go to Moscow, won't go to
    Minsk": the second refusal is the next member's, not a second negation of the first)."""
    pm = next((m for m in chain if m in view.places), None)
    if pm is None or pm is not chain[-1]:
        return False
    return any(n.first > pm.last and view.words_between(pm.last, n.first) <= 2
               and view.clause[n.first] == view.clause[pm.first] and not _own_place_after(n, view)
               for n in view.concepts.get("NOT_GO", ()))


def _own_place_after(trip: ConceptMatch, view: View) -> bool:
    """(h_except27) A place right after the refused trip (three words at most, its clause): the trip is that place's."""
    return any(p.first > trip.last and view.words_between(trip.last, p.first) <= 3
               and view.clause[p.first] == view.clause[trip.first] for p in view.places)


def _is_refusal(m: ConceptMatch, view: View) -> bool:
    return any(m in view.concepts.get(c, ()) for c in ("REFUSE", "IMPOSSIBLE", "NO_MEETING"))


# Elements that name what a statement is about, not what it says of it: negation is read on the others.
_ARGUMENTS = frozenset({"MEET", "TALKS", "AT", "TERRITORY", "AS_RUSSIAN", "UA_FORCES", "RU_FORCES", "NATO",
                        "DOCUMENT", "US_REF", "THIRD_REF"})


_FEMININE = word_endings("FEMININE")
_FEMININE_ACCUSATIVE = word_endings("FEMININE_ACCUSATIVE")


def _named_case(view: View, pm: ConceptMatch) -> bool:
    """The place in the case a member of a named set takes: the nominative («серед них — Женева», «Ер-Ріяд» whole)
    or a feminine accusative, the object of the naming verb («назвал ..., в том числе Женеву»); a dative or locative
    («вдячна партнерам, серед них Туреччині») is whom or where, no member named."""
    text = view.text[view.tokens[pm.first].start : view.tokens[pm.last].end].lower()
    return lemma(text, view.lang) == text or (text.endswith(_FEMININE_ACCUSATIVE)
                                              and lemma(text, view.lang).endswith(_FEMININE))


def _offered_object(view: View, at: int) -> bool:
    """«Пропонувати Москву», «отверг Женеву»: a feminine place in the accusative right after a verb of offering or
    refusing is the place offered or refused (the dative «предложил Москве», the genitive «предложение Киева» name
    whom or whose; a masculine accusative is its nominative, which passes as it is)."""
    text = view.tokens[at].text.lower()
    if not (text.endswith(_FEMININE_ACCUSATIVE) and lemma(text, view.lang).endswith(_FEMININE)):
        return False
    return any(m.last < at and view.words_between(m.last, at) <= 1 and all(
        view.tokens[i].is_word for i in range(m.last + 1, at)) for c in ("PROPOSE", "REFUSE", "INVITE")
        for m in view.concepts.get(c, ()))


def _party_place(place: str) -> bool:
    """A party's capital or country (Moscow, Russia, Kyiv, Ukraine ...)."""
    vocab = vocabulary()
    return place in vocab.seats or place in {vocab.within.get(seat) for seat in vocab.seats}


def _place_closes(view: View, chain: Chain, place: str) -> bool:
    """The place named ends its clause: nothing but punctuation (or the end) after it ("Cassis offered Geneva.",
    «Ердоган знову запропонував Стамбул.»), not "offered Moscow an exchange", "offered Kyiv residents shelter"."""
    pm = next(m for m in chain if m.concept == place and m in view.places)
    after = pm.last + 1
    while after in view.joined:  # (h_morph) "bot Wien an.", "bot Wien an und verwies ...": the particle is its verb's
        after += 1
    return after >= len(view.tokens) or not view.tokens[after].is_word or (
        view.tokens[after].text in AND_WORDS and (after > pm.last + 1 or (
            _verb_joined(view, after) and not _party_place(place))))


# (h_frag23) where a verbless fragment begins and ends inside a sentence: a quote mark (in the text between two
# tokens: the tokenizer keeps none), a colon or a dash before it ('Sybiha: "Not Moscow."'), a full stop, a comma
# before a quote mark or the end after it; a question mark after it asks, it does not answer ("Not Moscow? Why not?")
_FRAGMENT_OPENS: Final = frozenset({":", "—", "–", "-"})
_FRAGMENT_CLOSES: Final = frozenset({".", "!", ";"})
# (h_answer26) the words that add a place refused to one refused before ("Not Belarus either", «Минск тоже нет»)
_ADDING: Final = ("EITHER", "NOT_EITHER", "NOR_PLACE")
# the words a fragment may hold beside its match: the negations, the "and", "or" that join places refused together
# («Ни Москва, ни Минск.», "Neither Moscow nor Minsk.", «Не Москва и не Минск.») and a "but" opening it
_FRAGMENT_WORDS: Final = ("NEG", "NEG_CONCORD", "AND_WORD", "OR_WORD", "BUT", *_ADDING)


def _whole_fragment(view: View, first: int, last: int) -> bool:
    """(h_frag23) The tokens first..last are the whole of a verbless fragment: between the fragment's opening (the
    sentence's start, a quote mark, a colon or a dash) and its close (a full stop, a quote mark, the end) every
    other word is a negation, a joining "and"/"or" or a place ("Not Moscow.", '"Not Moscow," he added', «Ни
    Москва, ни Минск.»), so no verb of another clause governs it ("he said not Moscow but Kyiv was to blame")."""
    tokens = view.tokens
    if not all(t.is_word for t in tokens[first:last + 1]):
        return False  # «Нет, Москва.», "No, Moscow.": an answer, then the place, not the place denied
    spare = {i for c in _FRAGMENT_WORDS for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    spare |= {i for m in view.places for i in range(m.first, m.last + 1)}
    i = first - 1
    while i >= 0 and tokens[i].text not in _FRAGMENT_OPENS and not quote_between(view, i):
        if tokens[i].is_word and i not in spare:
            return False
        i -= 1
    adding = {m.last for c in _ADDING for m in view.concepts.get(c, ())}
    i = last + 1
    while i < len(tokens) and tokens[i].text not in _FRAGMENT_CLOSES and not quote_between(view, i - 1):
        if tokens[i].text == "," and i - 1 in adding:
            break  # (h_answer26) "Not Belarus either, for obvious reasons.": the adding word closes it
        if tokens[i].text == "?" or (tokens[i].is_word and i not in spare):
            return False
        i += 1
    return True


_DEED_CONCEPTS: Final = ("SAY", "PROPOSE", "AGREE", "HOST", "READY", "INVITE")


def _verb_joined(view: View, conj: int) -> bool:
    """(h_med4) "and" after the place brings in the next deed of the same subject, not a second object: «запропонував
    Стамбул і пообіцяв усе організувати», "proposed Istanbul and promised ..." (not "Istanbul and Geneva", "Moscow
    and Kyiv residents")."""
    nxt = conj + 1
    return nxt < len(view.tokens) and any(m.first == nxt for c in _DEED_CONCEPTS for m in view.concepts.get(c, ()))


def _deed_joined_after(view: View, chain: Chain) -> int | None:
    """(h_med4) The "and" right after the chain's closing place that brings in the subject's next deed: what follows
    it ("and promised to arrange everything", «і пообіцяв усе організувати») is that deed's, not the offer's, so its
    words (to host, to whom) do not block the offer."""
    conj = chain[-1].last + 1
    if chain[-1] not in view.places or conj >= len(view.tokens) or view.tokens[conj].text not in AND_WORDS:
        return None
    return conj if _verb_joined(view, conj) and not _party_place(chain[-1].concept) else None


def _offered_to(view: View, pm: ConceptMatch, prep: int) -> bool:
    """'no one has ever offered it to Ukraine', 'nobody had proposed such a meeting to Russia', 'offered a venue to
    Russia and Ukraine': a party's country or capital after "to" and a verb of offering (not of inviting or
    travelling) in its clause is whom the offer went to, not a place offered (the cased languages say it with the
    dative: _venue_place)."""
    if view.tokens[prep].text in AND_WORDS:  # "to Russia and Ukraine": the place before is the list's first
        before = next((p for p in view.places if p.last == prep - 1), None)
        return before is not None and before.first > 0 and view.tokens[before.first - 1].is_word and _offered_to(
            view, before, before.first - 1) and _party_place(pm.concept)
    if view.tokens[prep].text not in _OFFERED_TO or not _party_place(pm.concept):
        return False
    invites = view.concepts.get("INVITE", ())
    offer = max((m for m in view.concepts.get("PROPOSE", ())
                 if m.last < prep and view.clause[m.last] == view.clause[prep]
                 and not any(i.first <= m.first <= i.last for i in invites)), key=lambda m: m.last, default=None)
    return offer is not None and not any(offer.last < m.first < prep for m in view.concepts.get("COME", ()))


def _supposed_trip(cue: Cue, chain: Chain, view: View, supposed: list[tuple[int, int]]) -> bool:
    """A trip inside an if-clause ("if Putin comes to Istanbul", "wenn Putin nach Istanbul kommt") is a supposition,
    no venue of anyone's; unless the clause it conditions puts the speaker there too (h_ifcomes): "there"
    («якщо путін приїде до Стамбула, він теж поїде туди»), his own coming ("I'll come too") or presence ("I will be
    there", «я теж буду», "j'y serai", "I would have been there"): the speaker's own conditional venue."""
    if not any(m.concept in _TRIP_WORDS for m in chain):
        return False
    spans = [(a, b) for a, b in supposed if a <= cue.first and cue.last <= b]
    return bool(spans) and not any(_present_there(view, _dash_before(view, cue.last, b)) for _, b in spans)


_TRIP_WORDS: Final = frozenset({"COME", "TRAVEL_LAST"})
_CLAUSE_DASHES: Final = frozenset({"-", "–", "—"})


def _dash_before(view: View, i: int, end: int) -> int:
    """Where the if-clause ends after token `i`: at a dash before `end` («Якщо Путін приїде до Стамбула - я теж буду»:
    the dash closes it as a comma would; polarity.hypothetical runs on to the comma, which keeps what it says of a
    stance right), else at `end`."""
    return next((j for j in range(i + 1, end) if view.tokens[j].text in _CLAUSE_DASHES), end)


def _present_there(view: View, after: int) -> bool:
    """(h_ifcomes) After the if-clause ending at `after`, the speaker goes or is there: "there", "I'll come too", a
    presence said whole ("I would have been in the room", "j'y serai"), or an open one ("I will be", «я теж буду»)
    that closes its clause or has "there" or a place next ("I will be surprised" is none)."""
    if any(m.first > after for c in ("THERE", "ALSO_COME", "PRESENT_TOO") for m in view.concepts.get(c, ())):
        return True
    toks = view.tokens
    for m in view.concepts.get("PRESENT_OPEN", ()):
        if m.first <= after:
            continue
        nxt = m.last + 1
        if nxt >= len(toks) or not toks[nxt].is_word or any(x.first == nxt for x in view.concepts.get("THERE", ())):
            return True
        if any(x.first == nxt for x in view.concepts.get("AT", ())) and any(
                nxt < p.first <= nxt + 2 for p in view.places):
            return True  # «я теж буду в Стамбулі», "I would have been in Istanbul"
    return False


def _venue_place(view: View, chain: Chain, place: str, sc: list[Scope], followup: bool = False) -> bool:
    """A place is a venue only where the sentence proposes it as one: not where the war is ("the war in
    Ukraine"), not where a statement was made ("told reporters in Kyiv"), and a country-sized place only
    with a strong cue (host, venue, travel, an exception or a rejection)."""
    pm = next(m for m in chain if m.concept == place and m in view.places)
    at = pm.first
    prep = _prep_of_place(view, pm)
    if view.lang in _SUFFIXED and prep is not None and not any(m.first <= prep <= m.last for m in chain):
        prep = None  # "Putin ile İstanbul'da": "ile" (with) is a postposition of the name before it, and the
        # place takes its case as a suffix ("'da"), which `_preposition_before` has checked
    if prep is not None and any(m.first <= prep <= m.last for m in chain if m is not pm
                                and m.concept != "LIST_AMONG") and not (
            view.lang in _CASED and any(m.first <= prep <= m.last and m.concept in ("PROPOSE", "INVITE", "REFUSE")
                                        for m in chain)
            and lemma(view.tokens[pm.last].text, view.lang) != view.tokens[pm.last].text
            and not _offered_object(view, pm.last)):
        return True  # the rule names the preposition itself ("про Москву навіть не йдеться", "won't hear of"; not
        # «в том числе Турции»: the opener of members governs no case, review session 37)
        # (not a verb of offering right before a place in an oblique case: «пропонували росії мир», «предложил
        # Киеву перемирие» offer to it; «предложил Женеву» offers it)
    if prep is not None and view.lang not in _CASED and any(m.first == pm.last + 1 for m in chain
                                                             if m.concept == "HOST"):
        return True  # "the idea of the Vatican hosting": the place hosts (not «предложил Москве организовать»)
    if prep is not None and view.lang not in _CASED and _offered_to(view, pm, prep):
        return False  # "no one has ever offered it to Ukraine": whom it was offered to
    if prep is not None and not any(m.first == prep for m in view.concepts.get("AT", ())) and any(
            m.first <= prep <= m.last for m in view.concepts.get("PREP", ())) and not any(
            m.first <= prep <= m.last + 1 for c in ("EXCEPT", "AS_FOR") for m in view.concepts.get(c, ())):
        return False  # "from Moscow", "від москви", "with Russia": a place that is no venue (not "εκτός από τη
        # Μόσχα", "except" before it)
    if prep is not None and any(m.last == prep - 1 and not _supposed_word(view, m)
                                for m in view.concepts.get("TRAVELLED", ())):
        return False  # (h_venue14) "he had not come to Paris to trade land": where a trip went (or did not); not
        # "if Putin had come to Istanbul" (h_ifcomes: supposed, `_supposed_trip` asks the rest)
    if prep is not None and any(m.last == prep - 1 and not _to_come(view, m) for m in view.concepts.get("DONE_AT", ())):
        return False  # "what was achieved in Istanbul is enough for a meeting": where it was achieved
    if prep is not None and any(m.first <= prep - 1 <= m.last or m.first <= prep - 2 <= m.last
                                for m in view.concepts.get("DELEGATION", ())):
        return False  # "the delegations' work in Istanbul", "talks between delegations in Istanbul"
    if any(pm.last < m.first and view.words_between(pm.last, m.first) <= 2
           and view.clause[m.first] == view.clause[pm.last]
           and all(view.tokens[i].text != "," for i in range(pm.last + 1, m.first))
           for m in view.concepts.get("DELEGATION", ())):
        return False  # (h_venue14) «έστειλε στην Τουρκία αντιπροσωπεία», «отправил в Стамбул делегацию»: where a
        # delegation is sent, the object after its place (h_stance19: in its clause; "would wait for Putin in
        # Istanbul; Putin sent a delegation" names the place, then what the other did)
    if prep is not None and any(m.last < prep and view.words_between(m.last, prep) <= 2 and all(
            view.tokens[i].is_word for i in range(m.last + 1, prep)) and _head_lower(view, m)
            for m in view.concepts.get("LOWER_TALKS", ())):
        return False  # "resume direct talks in Istanbul", "відновити прямі переговори в Стамбулі": their place
    if prep is not None and any(m.first == prep for m in view.concepts.get("AT", ())):
        if any(prep - 2 <= m.last < prep for m in view.concepts.get("NOT_VENUE_HEAD", ())):
            return False  # "the war in Ukraine", "fighting in Kherson", "обсудил ситуацию в Женеве" (stems too)
        if _spoken_at(view, prep):
            return False  # "told reporters in Kyiv", "speaking at the Valdai club in Sochi"
        if view.tokens[prep].text in _WHERE_SAID and any(
                m.last < prep and view.words_between(m.last, prep) == 0 for m in view.concepts.get("PROPOSE", ())):
            return False  # "made the same offer in Beijing": where it was offered (an offer *to meet* in X is)
    # a preposition, or a place noun ("в любой точке Донбасса", "у будь-якому місці українського Донбасу")
    ats = {i for c in ("AT", "VENUE_NOUN", "ANYWHERE", "EXCEPT", "AS_FOR") for m in view.concepts.get(c, ())
           for i in range(m.first, m.last + 1)}  # also "кроме России", "что касается Киева"
    ats -= {i for m in view.concepts.get("LIST_AMONG", ()) for i in range(m.first, m.last + 1)}  # (review, session
    # 37) «серед них» opens members, and no preposition governs their case
    named_as_venue = any(pm.last < m.first <= pm.last + 3 for m in view.concepts.get("VENUE_NOUN", ())) or any(
        m.concept == "POSSIBLE_VENUE" or m.concept == "LIST_AMONG" and _named_case(view, pm)
        for m in chain)  # (h_offer24) "назвав Ватикан, Туреччину та Швейцарію можливими місцями": the rule's phrase
    # names each place of its list a venue, the first far from it (h_venuelist25: and «серед них — Ватикан, ...,
    # Ер-Ріяд» each member of the set; review, session 37: in the case a name is named in, not «вдячна партнерам,
    # серед них Туреччині»)
    if view.lang in _CASED and not any(at - k in ats for k in (1, 2, 3)) and not named_as_venue \
            and lemma(view.tokens[at].text, view.lang) != view.tokens[at].text and not _offered_object(view, at):
        return False  # "предложение Киева", "предложил Москве", "дати Україні": a bare oblique case names no venue
    nearest = max((m for c in ("MEET", "HOST") for m in view.concepts.get(c, ()) if m.last < pm.first),
                  key=lambda m: m.last, default=None)
    if nearest is not None and any(nearest.last < o.first < pm.first for o in view.concepts.get("OTHER_PERSON", ())) \
            and not any(nearest.last < lead.first < pm.first for lead in view.concepts.get("LEADER", ())) \
            and not _leader_there(view, pm):
        return False  # "after meeting Erdogan in Ankara", "his summit with Trump in Alaska": that meeting's place
    if nearest is not None and any(nearest.last < d.first < pm.first or (
            d.last < nearest.first and view.words_between(d.last, nearest.first) <= 3)
            for d in view.concepts.get("DELEGATION", ())):
        return False  # "meet Putin only after the delegations meet again in Istanbul": the delegations' place
    if any(g.last < pm.first and view.words_between(g.last, pm.first) <= 4
           and view.clause[g.last] == view.clause[pm.first]
           and not any(g.last < lead.first < pm.first for lead in view.concepts.get("LEADER", ()))
           and not _wished_between(view, g.last, pm.first) for g in view.concepts.get("THIRD_GROUP", ())):
        return False  # (h_venue23) "the guarantor states will meet in Paris", «країни-гаранти зберуться в Парижі»:
        # the place of a gathering of third states, in their clause, no leaders between; not one they wish for
        # ("Ukraine and the guarantor states want a summit in Geneva": the leaders' summit, review 35)
    if any(t.last < pm.first and view.words_between(t.last, pm.first) <= 2
           for t in view.concepts.get("FOREIGN_TROOPS", ())):
        return False  # "присутність західних військ в Україні неприйнятна": where troops would be, not a venue
    if _trip_to_someone_else(view, pm):
        return False  # "would fly to Istanbul on Thursday for talks with Erdogan"
    if _hosts_others(view, pm):
        return False  # (h_venue14) «приймаючи в Києві лідерів Франції», "received Macron in Kyiv": another's visit
    if any(abs(m.first - at) <= 4 for m in view.concepts.get("PAST_SUMMIT", ())):
        return False  # "the previous summit in Paris", "попереднього саміту в Парижі"
    negs = {n.last for n in view.concepts.get("NEG", ())}
    if any(u.first > pm.last and view.words_between(pm.last, u.first) <= 6 and u.first - 1 in negs
           for u in view.concepts.get("UNHAPPENED", ())):
        return False  # "their next planned summit, in Berlin in 2020, never took place": a past plan that failed
    strong = any(view.has(c) for c in _STRONG_VENUE_CUES) or any(s.start <= pm.first <= s.end for s in sc)
    if place in _weak() and not strong:
        return False
    if followup or _verdict_on_place(view, chain, pm) or _talk_there_judged(chain):
        return True  # "But only in Moscow.": the meeting is in the sentence before
    return _near(view, ("MEET", "HOST", "COME", "VENUE_NOUN", "PROPOSE", "READY", "ANYWHERE", "EXCEPT",
                        "REFUSE", "TALKS", "WELCOME"), at, 12)


def _talk_there_judged(chain: Chain) -> bool:
    """(h_romance19) The rule's verdict is on talking at the place ("inelegant for two Orthodox countries to discuss
    at a Catholic venue", «poco elegante ... discutere in una sede cattolica»): the verb of discussing in the match is
    the meeting word the place needs (venue.unfit_to_meet_there)."""
    return any(m.concept in _PLACE_VERDICT for m in chain) and any(m.concept == "DISCUSS" for m in chain)


def _verdict_on_place(view: View, chain: Chain, pm: ConceptMatch) -> bool:
    """(h_venue15) The rule's verdict is the place's own predicate, right after it ("Moscow is not an option",
    "Moskau ist keine Option", «Москва, наголосив він, відпадає»): the place is judged as a venue, meeting word or
    not (not "Kyiv said the plan was unacceptable", where the verdict is on something else)."""
    return any(m.concept in _PLACE_VERDICT for m in chain) and _verdict_after(view, pm)


def _prep_of_place(view: View, pm: ConceptMatch) -> int | None:
    """The word that governs the place: the one before it, past at most three determiners or adjectives
    ("elections in the Donbas", "from the Kremlin", "in neutral Turkey"), so that what the preposition attaches to
    is judged the same with an article as without one; not past them where the place names the meeting word
    after it ("ready for a Geneva summit": the article is the summit's)."""
    at = pm.first
    dets = {i for m in view.concepts.get("DET", ()) for i in range(m.first, m.last + 1)}
    attributive = any(m.first == pm.last + 1 for c in ("MEET", "TALKS", "HOST", "VENUE_NOUN")
                      for m in view.concepts.get(c, ()))
    i = at - 1
    while not attributive and i > 0 and at - i <= 3 and i in dets and view.tokens[i].is_word:
        i -= 1
    return i if i >= 0 and view.tokens[i].is_word else None


_COUNTRY_STEMS = concept_stems("COUNTRY_WORD")


def _country_word(view: View, first: int, last: int) -> bool:
    """A word for "country" among the tokens first..last or the two before ("my country is ready to host")."""
    return any(fold_greek(view.tokens[i].text).startswith(_COUNTRY_STEMS) for i in range(max(0, first - 2), last + 1))


def _to_come(view: View, m: ConceptMatch) -> bool:
    """'could be held', 'will be signed': a participle after a modal or future 'be' is still to come."""
    return any(f.first < m.first <= f.last or f.last == m.first - 1
               for c in ("FUT_BE", "POSSIBLE", "MODAL") for f in view.concepts.get(c, ()))


def _venue_words_between(view: View, a: int, b: int) -> bool:
    """Between a speech place and a place stands what could make that place a venue ("told reporters he would
    meet Zelensky in Istanbul"), or punctuation ending the speech phrase."""
    if any(not t.is_word for t in view.tokens[a + 1 : b]):
        return True
    return any(a < m.first < b for c in ("MEET", "HOST", "COME", "PROPOSE", "READY", "TALKS", "LEADER", "SAY")
               for m in view.concepts.get(c, ()))


def _organised(view: View, sp: ConceptMatch) -> bool:
    """'holding the summit in Minsk', 'идея проведения саммита в Минске': the event is being arranged there (not
    'asked at a forum in Sochi': with a preposition between, the forum is where the verb was said)."""
    ats = {m.first for m in view.concepts.get("AT", ())}
    return any(m.last < sp.first and view.words_between(m.last, sp.first) <= 2
               and not ats & set(range(m.last + 1, sp.first))
               for c in ("ORGANIZE", "HOST", "PROPOSE", "INVITE") for m in view.concepts.get(c, ()))


def _trip_to_someone_else(view: View, pm: ConceptMatch) -> bool:
    """The place is followed, within a few words, by a meeting with a third party's person ("to Istanbul for
    talks with Erdogan", "в Анкару на переговоры с Эрдоганом") and no leader of the two is awaited there."""
    meets = [m for c in ("MEET", "TALKS") for m in view.concepts.get(c, ())]
    withs = {m.first for m in view.concepts.get("PREP", ())}
    for o in view.concepts.get("OTHER_PERSON", ()):
        if o.first <= pm.last or any(view.tokens[i].text == "," for i in range(pm.last + 1, o.first)):
            continue  # ("İstanbul'da aynı masaya oturtmayı, hatta Trump'ı da bu buluşmaya katmayı": another clause)
        # verb-final: "İstanbul'da Erdoğan ile görüşmek", the person and "with" before the meeting word
        with_him = any(o.last < m.first and view.words_between(o.last, m.first) <= 2 and o.last + 1 in withs
                       for m in meets) if view.lang in _SUFFIXED else any(pm.last < m.first < o.first for m in meets)
        if view.words_between(pm.last, o.first) <= 6 and with_him \
                and not any(pm.last < lead.first and view.words_between(o.last, lead.first) <= 3
                            for lead in view.concepts.get("LEADER", ())):  # "the summit Trump and Putin hold"
            return True
    return False


def _hosts_others(view: View, pm: ConceptMatch) -> bool:
    """A word of hosting before the place whose object is a third party ("hosting the leaders of France in Kyiv",
    «приймаючи в Києві лідерів Франції»: the object before or right after the place) and no leader of the two named
    between: the place is where those guests are received, not a venue offered for the two (not "host in Paris with
    Merkel at the table": a guest after a preposition is no object)."""
    third = [t for c in ("THIRD_REF", "OTHER_PERSON") for t in view.concepts.get(c, ())]
    preps = {i for m in view.concepts.get("PREP", ()) for i in range(m.first, m.last + 1)}
    pair = [m for c in ("LEADER", "LEADERS_PAIR", "NAMED_PAIR") for m in view.concepts.get(c, ())]
    for h in view.concepts.get("HOST", ()):
        if not (h.last < pm.first and view.words_between(h.last, pm.first) <= 8
                and view.clause[h.last] == view.clause[pm.first]):
            continue
        objs = [t for t in third if (h.last < t.first < pm.first and view.words_between(h.last, t.first) <= 3)
                or (pm.last < t.first and view.words_between(pm.last, t.first) <= 2
                    and all(view.tokens[i].is_word and i not in preps for i in range(pm.last + 1, t.first)))]
        if objs and not any(h.last < m.first <= max(t.last for t in objs) for m in pair):
            return True
    return False


def _leader_there(view: View, pm: ConceptMatch) -> bool:
    """'meet Erdogan in Ankara and wait for Putin there': the leader is awaited at that place after all."""
    return any(t.first > pm.last for t in view.concepts.get("THERE", ())) and any(
        lead.first > pm.last for lead in view.concepts.get("LEADER", ()))


# (h_demand25) NO_DET: "жодних поступок", a negative determiner as much a word of its own as "not"
_POLARITY = frozenset({"NEG", "REFUSE", "IMPOSSIBLE", "NO_MEETING", "WILL_NOT", "NEG_SELF", "NO_DET"})
# (review, session 37) a determiner negates only the nouns it stands before ("жодних територіальних поступок"), not
# a concession named elsewhere in the sentence ("питання територіальних поступок, жодних інших тем")
_NO_DET_REACH: Final = 2


def _required_apart(rule: Rule, chain: Chain, view: View) -> bool:
    """A required refusal or negation is a word of its own, not the word the pattern matched as what is refused
    ("відмовиться від територій" gives the land up; it does not refuse to): other required concepts may be
    the pattern's own words ("will meet" is both POSSIBLE and MEET)."""
    if not rule.requires <= _POLARITY:
        return True
    taken = [(m.first, m.last) for m in chain if m.concept not in rule.requires]
    start = min(m.first for m in chain)
    return any(not any(a <= r.first <= b or r.first <= a <= r.last for a, b in taken)
               and not (c == "NEG" and _colon_between(view, r.last, start))
               and not (c == "NO_DET" and not (r.last < start and view.words_between(r.last, start) <= _NO_DET_REACH))
               for c in rule.requires for r in view.concepts.get(c, ()))


def _progress_in_clause(rule: Rule, chain: Chain, view: View) -> bool:
    """Progress that is not made is what the meeting is wanted for only in the clause that says "without" it: a
    breakthrough denied in another clause ("there was no breakthrough, and the ceasefire would hold even without a
    leaders' meeting") is another claim. The other required words count where they stand."""
    if any(view.has(c) for c in rule.requires if c != "PROGRESS"):
        return True
    clauses = {view.clause[m.first] for m in chain}
    return any(view.clause[p.first] in clauses for p in view.concepts.get("PROGRESS", ()))


def _colon_between(view: View, a: int, b: int) -> bool:
    """A colon between two tokens: "Moscow's terms had not changed: recognition of the four regions" lists
    what did not change, its "not" negates nothing after it."""
    return any(view.tokens[i].text == ":" for i in range(a + 1, b))


def _preposition_before(view: View, chain: Chain, concept: str) -> bool:
    """'in Moscow', 'in the war-torn Donbas', 'в Москве', and the Turkish suffix after it ("İstanbul'da") or inside a
    descriptor's head ("Macar başkentinde")."""
    pm = next((m for m in chain if m in view.places), None)
    if pm is None:
        return True
    if any(m is not pm and m.first < pm.first - 1 and m.last == pm.first - 1 for m in chain):
        return False  # the word before the place ends a verb of the pattern: "talk to Russia" is no place
    if after_word(view, pm, concept):
        return True
    starts = {m.first for m in view.concepts.get(concept, ())}
    after = pm.last + 1
    if after + 1 < len(view.tokens) and view.tokens[after].text == "'" and after + 1 in starts:
        return True
    suffix_after = after < len(view.tokens) and after in starts and view.lang == "tr"
    return suffix_after or (concept == "AT" and case_inside(view, pm))


def _refusal_names_whom(view: View) -> bool:
    """'с этим человеком говорить не о чем', 'there is nothing to talk about with him', 'нам не о чем с ним
    говорить': a refusal that names whom it refuses (a leader, "this man", "him") speaks of the leaders' meeting."""
    nm = view.concepts["NO_MEETING"][0]
    return _near(view, _WHOM, nm.first, 3) or _near(view, _WHOM, nm.last, 2)


_WHOM = ("LEADER", "LEADER_REF", "HIM_OBJ", "LEADERS")


def _near(view: View, concepts: tuple[str, ...], at: int, words: int) -> bool:
    for c in concepts:
        for m in view.concepts.get(c, ()):
            if m.last < at and view.words_between(m.last, at) <= words:
                return True
            if m.first > at and view.words_between(at, m.first) <= words:
                return True
    return False


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return gazetteer().weak
