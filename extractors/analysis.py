"""A sentence as the rules see it: tokens, the concepts and places they express, and clause boundaries.

Built once per sentence and shared by attribution, the topic gates and every
rule, so the lexicon is looked up once however many rules are tried.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from domain.vocabulary import vocabulary
from extractors.lexicon import (
    LANGUAGES,
    QUOTE_MARKS,
    ConceptMatch,
    Lexicon,
    Pass,
    Scanner,
    Token,
    concept_stems,
    concept_words,
    fold_greek,
    lemma,
    lexicon,
    tokenize,
    word_endings,
)
from extractors.places import gazetteer, outermost

# Punctuation that ends a clause (commas do not: "ready to meet, he said, in Istanbul" is one clause).
CLAUSE_PUNCT = frozenset(";:—–()[].!?|")  # (h_notx) "|" parts a table's cells ("Ukraine | Venue: anywhere but Moscow")
# ... and with the comma, what ends a negation's scope or a phrase set off after a mark (polarity, appositives)
TERMINATORS = CLAUSE_PUNCT | {","}
_CLAUSE_MARKS: Final = re.compile("[" + re.escape("".join(sorted(CLAUSE_PUNCT))) + "]")


@dataclass
class View:
    text: str
    lang: str
    tokens: list[Token]
    concepts: dict[str, list[ConceptMatch]]
    places: list[ConceptMatch]
    clause: list[int] = field(default_factory=list)  # clause number of each token
    silent: set[int] = field(default_factory=set)  # tokens that do not count as distance (names, articles)
    joined: set[int] = field(default_factory=set)  # (h_morph) separable particles read with their verb ("bot _ an")
    inserted: set[int] = field(default_factory=set)  # tokens of a relative clause set into another one
    asides: set[int] = field(default_factory=set)  # tokens of a parenthesis of saying (", he said,"): `_speech_asides`
    # actors' inflected names (`ActorIndex.forms`) when `analyse` was given that table, else None
    actor_forms: list[ConceptMatch] | None = None
    # places that speak rather than host ("в Кремле не ожидают", "Kyiv was ready to discuss"): `analyse` drops
    # them from `places`
    voices: list[ConceptMatch] = field(default_factory=list)
    # the tokens' start and end offsets, for `token_from` and `token_through` (built on first use, for the token
    # list they were built from)
    _offsets: tuple[list[Token], list[int], list[int]] | None = field(default=None, init=False, repr=False,
                                                                      compare=False)
    # the relative clauses set into a meeting's phrase (`set_in_relatives`), found once the view is read, asked by
    # every chain of every rule and every attribution (review 35), for the token list they were found in
    _relatives: tuple[list[Token], list[tuple[int, int]]] | None = field(default=None, init=False, repr=False,
                                                                         compare=False)

    def __post_init__(self) -> None:
        self._offsets = None  # mypyc's dataclasses leave a field with init=False unset
        self._relatives = None

    def has(self, concept: str) -> bool:
        return concept in self.concepts

    def has_any(self, concepts: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
        return not self.concepts.keys().isdisjoint(concepts)

    def in_clause(self, concept: str, clause: int) -> bool:
        return any(self.clause[m.first] == clause for m in self.concepts.get(concept, ()))

    def words_between(self, a: int, b: int) -> int:
        """Word tokens strictly between token a and token b (a < b); a leader's name or an article between
        them adds no distance ("proposed that Vladimir Putin and Volodymyr Zelensky meet")."""
        tokens, silent = self.tokens, self.silent
        n = 0
        for i in range(a + 1, b):  # a loop, not sum() over a generator: asked ~10,000 times a pass
            if tokens[i].is_word and i not in silent:
                n += 1
        return n

    def token_from(self, char: int) -> int | None:
        """The first token that starts at or after a character offset, None past the last: a binary search,
        as attribution asks this of every mention near a verb."""
        starts = self._token_offsets()[1]
        i = bisect_left(starts, char)
        return i if i < len(starts) else None

    def token_through(self, char: int) -> int | None:
        """The last token that ends at or before a character offset, None before the first."""
        i = bisect_right(self._token_offsets()[2], char) - 1
        return i if i >= 0 else None

    def _token_offsets(self) -> tuple[list[Token], list[int], list[int]]:
        cached = self._offsets
        if cached is None or cached[0] is not self.tokens:
            tokens = self.tokens
            # comprehensions, not map() with an itemgetter: compiled, they read each tuple's item in C (~4x faster)
            cached = self._offsets = (tokens, [t.start for t in tokens], [t.end for t in tokens])
        return cached

    def words_in(self, start: int, end: int) -> int:
        """Word tokens that start within [start, end) of the text."""
        first = self.token_from(start)
        if first is None:
            return 0
        last = self.token_from(end)
        n = 0
        for t in self.tokens[first:last]:  # a loop, not sum() over a generator: asked ~8,000 times a pass
            if t.is_word:
                n += 1
        return n

    def span(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]




def _phrases_across_asides(view: View, lang: str, actor_forms: Lexicon | None) -> None:
    """(h_format40) A parenthesis of saying set into a phrase of the lexicon ("Moscou ne refuse, a-t-il ajouté,
    aucun format", "Москва не отказывается, добавил он, ни от какого формата", "Moscow does not, he added, refuse
    any format"): the phrase is the speaker's words around it, so the lexicons' walk is run again over the
    sentence without the aside's tokens and each phrase found across it is added (the tokens keep their places:
    the match spans the aside, which `view.asides` makes count for nothing)."""
    if not view.asides:
        return
    kept = [i for i in range(len(view.tokens)) if i not in view.asides]
    scanner, cross, flat = _scanner(lang, actor_forms)
    grouped, _ = scanner.walk([view.tokens[i] for i in kept], flat)
    for group in grouped[: 2 if cross else 1]:
        for concept, ms in group.items():
            have = view.concepts.get(concept, [])
            new = [ConceptMatch(concept, kept[m.first], kept[m.last], m.start, m.end) for m in ms
                   if any(kept[m.first] < i < kept[m.last] for i in view.asides)]
            new = [m for m in new if not any(h.first == m.first and h.last == m.last for h in have)]
            if new:
                view.concepts[concept] = sorted([*have, *new], key=lambda m: (m.first, m.last))


def _range_of_comparison(view: View, place: ConceptMatch) -> bool:
    """(h_mediators) The region a place is the only or best one in ("Budapest is the only place in Europe ready to
    host", «единственное место в Европе»): the range compared over, not a venue."""
    return any(m.last + 1 == place.first for m in view.concepts.get("PLACE_RANGE", ()))


def analyse(text: str, lang: str, actor_forms: Lexicon | None = None) -> View:
    """Tokenise a sentence and find its concepts, places and clauses.

    `actor_forms`: an actor index's table of inflected names, matched in the same walk over the tokens (as
    `actor_forms.find(tokens, lemma_lang=lang)`) and kept as `View.actor_forms` for `ActorIndex.mentions`.
    """
    view = scan(text, lang, actor_forms)
    _place_homographs(view)
    found = view.concepts
    view.asides = _speech_asides(view, _PARTICIPLE_OF.get(lang, _PARTICIPLE) + _GERUND_OF.get(lang, ()))
    _phrases_across_asides(view, lang, actor_forms)
    _dash_copula(view)
    _appositives(view)
    view.clause = _clauses(view)
    view.silent = {i for c in ("DET", "COUNTERPART") for m in found.get(c, ()) for i in range(m.first, m.last + 1)
                   } | view.inserted
    events = view.concepts.get("OTHER_EVENT", ())  # "на саммите в Анкоридже": the event's own place
    kept = _not_actors(view)
    view.voices = [p for p in view.places if p not in kept]
    view.places = [p for p in kept if not possessor(view, p)
                   and not any(e.first <= p.first and p.last <= e.last for e in events)
                   and not _trip_to_event(view, p, events) and not _range_of_comparison(view, p)]
    _alternative_places(view)
    _receptions(view)
    _unhappened(view)
    _past_not_refused(view)
    _none_held(view)
    _asked_back(view)
    _epithets(view)
    _no_comment(view)
    _elapsed_after(view)
    _just_done(view)
    _guarantees_without(view)
    _owned_trilateral(view)
    _impossible_terms(view)
    _condition_of_meeting(view)
    _before_condition_noun(view)
    _until_clause(view)
    _document_as_source(view)
    _treaty_bodies(view)
    _first_since(view)
    _when_said(view)
    _not_only(view)
    _ready_for_before(view)
    _planning(view)
    _not_yet(view)
    _any_time_soon(view)
    _bare_ready(view)
    _agreed_as_passive(view)
    _agreed_what(view)
    _recognised_status(view)
    _point_not_place(view)
    _set_aside(view)
    _final_text(view)
    _after_what_happened(view)
    _according_to(view)
    _none_planned(view)
    _land_given_up(view)
    _owner_of_event(view)
    _terms_offered(view)
    _sham_votes(view)
    _narrated_acts(view)
    _dash_verdicts(view)
    _place_asked(view)
    _meeting_not_discussed(view)
    _denied_refusals(view)
    _split_refusals(view)
    _not_excluded(view)
    _split_offers(view)
    _existence_final(view)
    _named_content(view)
    _impatience(view)
    _place_out(view)
    _place_excluded(view)
    _meeting_pronoun(view)
    _ready_for_it(view)
    _above_all(view)
    _add_venue_places(view)
    return view


# The concepts `analyse` derives, drops or adds after the lexicons' walk (what `scan` leaves as the walk found it).
DERIVED = frozenset({"COPULA", "UNHAPPENED", "HAPPENED", "POSSIBLE", "REFUSE", "AVOID", "READY", "ANAPHOR",
                     "POINTLESS", "SENSE", "VENUE_PLACE", "GOAL", "DOCUMENT", "AFTER", "BARE_READY",
                     "NO_REASON", "REFUSAL_DENIED", "NON_NEGOTIABLE", "AGREE", "AS_RUSSIAN", "IMPOSSIBLE", "UNTIL",
                     "DASH_NO", "DASH_YES", "PLACE_ANSWERED_NO", "PLACE_ANSWERED_YES", "RECOGNIZE", "SET_ASIDE",
                     "ANYWHERE", "PLACE_OUT", "PLACE_EXCLUDED", "MEETING_IT", "APPOSITIVE", "RECAP", "NEUTRAL",
                     "REFERENDUM", "TERRITORY", "FIRST_SINCE", "READY_FOR_IT", "PLACE_ATTR", "NO_MEETING",
                     "NOT_EXCLUDED", "POINT_ASKED",
                     "ONLY"})  # `_not_only` edits ONLY ("not only ... but"); `_owned_trilateral` drops a
# possessed TRILATERAL ("Trump's envoy") but TRILATERAL stays out: `scan`'s callers ask for it (a superset is safe)


def scan(text: str, lang: str, actor_forms: Lexicon | None = None) -> View:
    """`analyse` up to the lexicons' walk: the tokens, the concepts as the lexicons find them (none of `DERIVED`
    read yet), every place named (outermost) and the actors' inflected names; no clauses. Enough to ask whether
    a text names other concepts, and whom (the topic of an article's lead), at about half the cost."""
    tokens = tokenize(text, lang)
    scanner, cross, flat = _scanner(lang, actor_forms)
    grouped, found_by_pass = scanner.walk(tokens, flat)
    found = grouped[0]
    if cross:  # names of leaders, formats and places travel across languages ("Normandy format")
        for concept, ms in grouped[1].items():
            if concept in found:
                found[concept].extend(ms)
            else:
                found[concept] = ms
    places = found_by_pass[2 if cross else 1]
    view = View(text, lang, tokens, found, outermost(places))
    if actor_forms is not None:
        view.actor_forms = found_by_pass[-1]
    _absolute_adverbs(view)  # an idiom's nouns are part of the walk's reading, as the longest match is
    return view


class _OnlyConcepts(dict[str, list[ConceptMatch]]):
    """The concepts of a `scan_only` view: asking for one outside the scanned set is a bug, not a "no"."""

    __slots__ = ("scanned",)

    def __init__(self, found: dict[str, list[ConceptMatch]], scanned: frozenset[str]) -> None:
        super().__init__(found)
        self.scanned = scanned

    def _check(self, concept: object) -> None:
        if concept not in self.scanned:
            raise KeyError(f"{concept!r} was not scanned for (scan_only: {', '.join(sorted(self.scanned))})")

    def __contains__(self, concept: object) -> bool:
        self._check(concept)
        return super().__contains__(concept)

    def get(self, concept: str, default: object = None) -> object:  # type: ignore[override]
        self._check(concept)
        return super().get(concept, default)

    def __getitem__(self, concept: str) -> list[ConceptMatch]:
        self._check(concept)
        return super().__getitem__(concept)


def scan_only(text: str, lang: str, concepts: frozenset[str], actor_forms: Lexicon | None = None) -> View:
    """`scan` for a few concepts: the tokens, those concepts' matches as `scan` finds them (entries of other
    concepts change nothing about these concepts' matches) and the actors' inflected names; no places. Asking the
    view for another concept raises KeyError. The lexicons' walk then skips the words that start no entry of
    these concepts (an article's lead, asked whether it names a meeting and whom)."""
    tokens = tokenize(text, lang)
    key = (lang, id(actor_forms), concepts)
    hit = _ONLY_SCANNERS.get(key)
    if hit is None or hit[0] is not actor_forms:
        cross = lang != "en"
        passes = [Pass(lexicon(lang), None, concepts)]
        if cross:
            passes.append(Pass(lexicon("en"), None, _CROSS_LINGUAL & concepts))
        if actor_forms is not None:
            passes.append(Pass(actor_forms, lang))
        if len(_ONLY_SCANNERS) > 64:
            _ONLY_SCANNERS.clear()
        wanted = (False, False, True) if cross else (False, True)
        hit = _ONLY_SCANNERS[key] = (actor_forms, Scanner(tuple(passes)), cross, wanted[: len(passes)])
    _, scanner, cross, flat = hit
    grouped, found_by_pass = scanner.walk(tokens, flat)
    found = grouped[0]
    if cross:
        for concept, ms in grouped[1].items():
            if concept in found:
                found[concept].extend(ms)
            else:
                found[concept] = ms
    view = View(text, lang, tokens, _OnlyConcepts(found, concepts), [])
    if actor_forms is not None:
        view.actor_forms = found_by_pass[-1]
    return view


_ONLY_SCANNERS: dict[tuple[str, int, frozenset[str]], tuple[Lexicon | None, Scanner, bool, tuple[bool, ...]]] = {}


_SCANNERS: dict[tuple[str, int], tuple[Lexicon | None, Scanner, bool, tuple[bool, ...]]] = {}


def _scanner(lang: str, actor_forms: Lexicon | None) -> tuple[Scanner, bool, tuple[bool, ...]]:
    """One scanner per language (and actor table): the language's lexicon, English's cross-lingual concepts
    (other languages only), the gazetteer, the actors' inflected names. Also whether English is a pass, and
    which passes' matches are wanted in order (places and names; concepts are wanted by concept)."""
    key = (lang, id(actor_forms))
    hit = _SCANNERS.get(key)
    if hit is None or hit[0] is not actor_forms:
        cross = lang != "en"
        passes = [Pass(lexicon(lang))]
        if cross:
            passes.append(Pass(lexicon("en"), None, _CROSS_LINGUAL))
        passes.append(Pass(gazetteer().lexicon))
        if actor_forms is not None:
            passes.append(Pass(actor_forms, lang))
        if len(_SCANNERS) > 64:
            _SCANNERS.clear()
        flat = (False, False, True, True) if cross else (False, True, True)
        hit = _SCANNERS[key] = (actor_forms, Scanner(tuple(passes)), cross, flat[: len(passes)])
    return hit[1], hit[2], hit[3]


def _add_venue_places(view: View) -> None:
    """VENUE_PLACE: a place right after a preposition ("in Moscow", "в Киеве"): a venue, not a country named
    as a party ("with the president of Russia")."""
    # (not "according to the Kremlin": the source of the words)
    at = {m.first for m in view.concepts.get("AT", ())} - {m.last for m in view.concepts.get("ACCORDING", ())}
    view.concepts.pop("VENUE_PLACE", None)
    out = []
    for p in view.places:
        i = p.first - 1
        while i >= 0 and i in view.silent:
            i -= 1
        if i in at:
            out.append(ConceptMatch("VENUE_PLACE", p.first, p.last, p.start, p.end))
    # (h_gen3) a city named right before the meeting word, no preposition or hyphen before it and none after it ("a
    # Moscow summit", "rules out Moscow summit", "an Istanbul meeting"): the meeting's place too (PLACE_ATTR; not
    # "a Russia-Ukraine summit", "a Ukraine summit": a country before the noun is whose summit, not where)
    within = vocabulary().within
    meets = {m.first for m in view.concepts.get("MEET", ())} if view.lang == "en" else set()
    # (English word order only; and a verb of taking a stance on it right before: "rules out", "proposed", "ready
    # for", not a headline's "Budapest summit on ice")
    stances = [m for c in _ATTR_VERBS for m in view.concepts.get(c, ())] if meets else []
    # (a hyphen, a slash, a known event's determiner or a year before it: "Russia-Ukraine", "the Paris summit")
    blocked: set[int] = set()
    if stances:  # (most sentences have no English meeting word with a stance before it: no token scan)
        blocked = {i for i, t in enumerate(view.tokens)
                   if t.text in ("-", "–", "—", "/") or t.text in _KNOWN_EVENT_DET or t.text.isdigit()}
    attr = [ConceptMatch("PLACE_ATTR", p.first, p.last, p.start, p.end) for p in (view.places if stances else ())
            if p.concept in within and p.last + 1 in meets and p.first - 1 not in at and p.first - 1 not in blocked
            and p.last + 1 not in blocked and not any(q is not p and q.last == p.first - 2 for q in view.places)
            and any(m.last < p.first and view.words_between(m.last, p.first) <= 2
                    and view.clause[m.last] == view.clause[p.first] for m in stances)]
    view.concepts.pop("PLACE_ATTR", None)
    if attr:
        view.concepts["PLACE_ATTR"] = attr
        out += [ConceptMatch("VENUE_PLACE", m.first, m.last, m.start, m.end) for m in attr]
    if out:
        view.concepts["VENUE_PLACE"] = out


# Verbs whose subject is someone: a place right before one stands for its government ("Kyiv dismissed the
# offer", "Moscow wants guarantees", "в Киеве отвергли", "в Кремле не ожидают"), not for a venue.
_ACTOR_VERBS = ("SAY", "REFUSE", "PROPOSE", "AGREE", "WANT", "DEMAND", "THINK", "VOICE_OF_PLACE", "DISCUSS",
                "PLACE_TO_ANSWER")
_PASSIVE_AGENT = concept_words("PASSIVE_AGENT")
_KNOWN_EVENT_DET = concept_words("KNOWN_EVENT_DET")
_ATTR_VERBS = ("REFUSE", "PROPOSE", "READY", "WANT", "HOST", "PREFER", "AGREE", "INVITE")


# (h_place23) the case endings a place's last word may carry inside it, per language (Turkish descriptors)
_PLACE_CASE: Final = {code: word_endings("PLACE_CASE", code) for code in LANGUAGES}


def case_inside(view: View, place: ConceptMatch) -> bool:
    """A descriptor's head with its case inside the word ("Macar başkentinde": in the Hungarian capital), where a
    name takes it after an apostrophe ("Budapeşte'de"): the place is where or whither, no subject."""
    return view.tokens[place.last].text.endswith(_PLACE_CASE.get(view.lang, ()))


def _not_actors(view: View) -> list[ConceptMatch]:
    """The places that are not the subject of a verb of saying, wanting, proposing or refusing."""
    if not view.places:
        return []
    verbs = {m.first for c in _ACTOR_VERBS for m in view.concepts.get(c, ())}
    preps = {m.first for c in ("PREP", "AT") for m in view.concepts.get(c, ())}
    cases = preps | {m.first for m in view.concepts.get("OBJECT_CASE", ())}  # "İstanbul'u önerdi": no proposer
    ready = {m.first for m in view.concepts.get("READY", ()) if not {m.first, m.first - 1} & preps}  # not "at any time"
    hosts = {i for c in ("HOST", "READY") for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    seats = vocabulary().seats
    nouns = {m.first for m in view.concepts.get("VENUE_NOUN", ())}
    hosts_at = {m.first for c in ("HOST", "COME", "INVITE") for m in view.concepts.get(c, ())
                if m.first not in nouns}
    verdicts = place_verdicts(view)
    # "rejected the invitation to meet in Moscow and proposed ...": a conjunction right before the verb joins two
    # predicates (a subject joined to another would be a noun: "Moscow and Beijing said")
    joins = {m.last for m in view.concepts.get("CONJUNCTION", ())}
    # (h_u10en) "ready to meet in Istanbul once the conditions are met", "in Paris when conditions allow": a
    # determiner or an opening subordinator ("once", "when", "if") between the place and the word makes that word a
    # noun of another clause, not the place's verb ("Moscow once proposed": "once" right before the verb is no opener)
    nouned = {m.first for m in view.concepts.get("DET", ())}
    pasts = {m.first for m in view.concepts.get("PAST_WORD", ())}
    openers = {m.first for m in view.concepts.get("SUBORDINATOR", ())
               if m.first not in pasts or m.last + 1 not in verbs}
    attributive = _attributive_to_offer(view)
    keep = []
    for p in view.places:
        if p.first in attributive:
            keep.append(p)
            continue
        # "Kyiv was ready to discuss a venue": a seat of government that is ready is its government;
        # "Istanbul stood ready to host" is a venue
        if p.concept in seats and p.first - 1 not in preps and any(p.last < i <= p.last + 3 for i in ready) \
                and not any(p.last < i <= p.last + 8 for i in hosts_at):
            continue  # (not "come to Moscow whenever he likes": after a preposition a place is no subject)
        actor = False
        words = 0
        # "Cenevre'de yapılmasını önerdi", "Macar başkentinde": a case suffix
        suffixed = view.lang == "tr" and (p.last + 1 in cases or case_inside(view, p))
        for i in range(p.last + 1, len(view.tokens) if not suffixed else 0):  # after it, no subject
            tok = view.tokens[i]
            if not tok.is_word or i in hosts:  # "Istanbul stood ready to host", "Будапешт готов принять"
                break
            if i in verdicts or (i in verbs and i - 1 in joins) or i in nouned or i in openers:
                break
            if i in verbs:
                nxt = next((t for t in view.tokens[i + 1 :] if t.is_word), None)
                # "поездка в Москву исключена": after a directional preposition the place is what is excluded
                actor = (nxt is None or nxt.text.lower() not in _PASSIVE_AGENT) and not _to_place(view, p)
                break
            words += 1
            if words > 2:
                break
        if not actor and not _of_people(view, p):
            keep.append(p)
    return keep


def place_verdicts(view: View) -> set[int]:
    """Where a word of impossibility is the verdict on what stands before it: "Москва исключена", "Мінськ
    виключено", "Moscow is ruled out" (a participle: in English after "is"), not a verb whose subject that is
    ("Moscow ruled out a meeting"); (h_morph) or a verb in the mediopassive («συνάντηση στο Κίεβο αποκλείεται»)."""
    copulas = {m.last for m in view.concepts.get("COPULA", ())}
    return {m.first for m in view.concepts.get("IMPOSSIBLE", ())
            if view.lang in ("ru", "uk") or m.first - 1 in copulas
            or view.tokens[m.last].text.endswith(word_endings("PASSIVE_VERB", view.lang))}


def _attributive_to_offer(view: View) -> set[int]:
    """(h_venue11) 'the Moscow proposal was unacceptable', 'his Istanbul offer': a place between a determiner and a
    noun of offer is the place offered, not who offers (the proposer would take a possessive: "Moscow's proposal");
    (h_place23) so is one after its owner's possessive ("Putin's Moscow invitation", "Putin'in Moskova davetini")."""
    nouns = {m.first for c in ("OFFER_NOUN", "INVITATION_REFUSED") for m in view.concepts.get(c, ())}
    if not nouns:
        return set()
    dets = {m.last for m in view.concepts.get("DET", ())} | possessives(view)
    return {p.first for p in view.places if p.last + 1 in nouns and p.first - 1 in dets}


GENITIVES_OF: Final = {code: word_endings("GENITIVE_SUFFIX", code) for code in LANGUAGES}
_APOSTROPHES: Final = frozenset("'’ʼ")


def possessives(view: View) -> set[int]:
    """The tokens that end an owner's possessive: English "'s", a genitive suffix of the text's language after an
    apostrophe ("Putin'in": the apostrophe the tokens drop, the one character between the name and the suffix; not a
    space: "Putin in Moscow")."""
    toks = view.tokens
    genitives = GENITIVES_OF.get(view.lang, ())
    return {i for i, t in enumerate(toks) if t.text == "'s" or (
        i > 0 and t.text in genitives and t.start == toks[i - 1].end + 1
        and view.text[toks[i - 1].end] in _APOSTROPHES)}


_DASHES: Final = frozenset({"—", "–"})


def _dash_copula(view: View) -> None:
    """'Москва — лучшее место для встречи', 'Будапешт — не місце для зустрічі', 'Місце — будь-яке, крім Москви': in
    Russian and Ukrainian a dash between a place (or the venue, or a land: «Крым — часть России») and what it is stands
    for 'is' (the lexicon holds words, not punctuation); a source set off by commas may stand before the dash
    («Будапешт, на його думку, —»)."""
    if view.lang not in ("ru", "uk"):
        return
    places = {p.last for p in view.places} | {v.last for v in view.concepts.get("VENUE_NOUN", ())}
    places |= {t.last for t in view.concepts.get("TERRITORY", ())}  # (h_prereq26) «полуостров — часть России»
    inserted = _source_between_commas(view)
    for i in sorted(inserted):
        if i - 1 in places:
            places.add(i)
    found = [ConceptMatch("COPULA", i, i, t.start, t.end) for i, t in enumerate(view.tokens)
             if t.text in _DASHES and (i - 1 in places or _venue_phrase_before(view, i))
             and i + 1 < len(view.tokens) and view.tokens[i + 1].is_word]
    if found:
        view.concepts.setdefault("COPULA", []).extend(found)


_VENUE_PHRASE_WORDS: Final = 4  # words from the venue noun to its dash («место для такой встречи —»)


def _venue_phrase_before(view: View, dash: int) -> bool:
    """(h_venue21) The dash closes a venue noun's phrase, words only between them: «Лучшее место для такой встречи —
    Москва», «Найкраще місце для зустрічі лідерів — Стамбул» (the noun's phrase is what the dash says "is")."""
    toks = view.tokens
    for v in view.concepts.get("VENUE_NOUN", ()):
        if v.last < dash and dash - v.last - 1 <= _VENUE_PHRASE_WORDS and all(
                toks[k].is_word for k in range(v.last + 1, dash)):
            return True
    return False


def _to_place(view: View, p: ConceptMatch) -> bool:
    """The place follows a preposition of direction ("to Moscow", "в Москву", "до Москви") after a trip or a
    coming: where someone goes, not who acts; after a preposition of direction of a verb-final clause ("nach Moskau
    eingeladen", "in die russische Hauptstadt reisen") the verb comes after the place."""
    if any(m.last == p.first - 1 for m in view.concepts.get("TO_DEST", ())):
        return True
    return p.first > 1 and any(m.first == p.first - 1 for m in view.concepts.get("AT", ())) and any(
        m.last < p.first - 1 and view.words_between(m.last, p.first - 1) <= 2 for m in view.concepts.get("COME", ()))


_PEOPLE = ("LEADERS", "LEADERS_PAIR", "ROLE", "DELEGATION")
_OF = concept_words("OF_PEOPLE")


def _of_people(view: View, p: ConceptMatch) -> bool:
    """'the leaders of Russia and Ukraine', 'лідерів росії та України', 'делегации Украины': a country that
    names whose people they are, not a venue."""
    people = {m.last for c in _PEOPLE for m in view.concepts.get(c, ())}
    if view.lang == "tr":  # the genitive comes first: "Rusya ve Ukrayna liderleri"; "iki liderin İstanbul'da" is where
        # (the people's noun right after the places, no comma: "Türkiye, Putin ile Zelenskiy arasındaki" is no genitive)
        people = {m.first for c in _PEOPLE if c != "LEADERS_PAIR" for m in view.concepts.get(c, ())}
        i = p.last + 1
        while i < len(view.tokens):
            if i in people:
                return True
            tok = view.tokens[i]
            if not tok.is_word or (tok.text not in _OF and not any(q.first <= i <= q.last for q in view.places)):
                return False
            i += 1
        return False
    i = p.first - 1
    while i >= 0:
        if i in people:
            return True
        tok = view.tokens[i]
        if tok.is_word and tok.text not in _OF and not any(q.first <= i <= q.last for q in view.places):
            return False
        if not tok.is_word and tok.text != ",":
            return False
        i -= 1
    return False


_PARTICLES = concept_words("SUBJUNCTIVE_PARTICLE")  # the subjunctive's particle


def _unhappened(view: View) -> None:
    """'never took place', 'не состоялась', 'if they met', 'щоб зустрілися': a negated, supposed or wished past
    meeting is none (it does not date the sentence's talk of a meeting to the past)."""
    negs = view.concepts.get("NEG", ())
    kept: list[ConceptMatch] = []
    negated: list[ConceptMatch] = []
    particles = {f.first for f in view.concepts.get("SUBJUNCTIVE", ()) if view.tokens[f.first].text in _PARTICLES}
    # (h_u10en) "once the conditions were met", "when our demands are met": conditions met, no meeting that happened
    terms = [m for c in ("COND", "DEMAND", "TERMS") for m in view.concepts.get(c, ())]
    passive = {m.last for c in ("PASSIVE_BE", "COPULA") for m in view.concepts.get(c, ())}  # "were met", "been met"
    fulfilled = [h for h in view.concepts.get("HAPPENED", ()) if h.first - 1 in passive and any(
        m.last < h.first and view.words_between(m.last, h.first) <= 2 and view.clause[m.last] == view.clause[h.first]
        for m in terms)]
    if fulfilled:
        _keep(view, "HAPPENED", [h for h in view.concepts["HAPPENED"] if h not in fulfilled])
        if "MEET" in view.concepts:
            _keep(view, "MEET", [m for m in view.concepts["MEET"] if not any(m.first == h.first for h in fulfilled)])
    for h in view.concepts.get("HAPPENED", ()):
        before = any(n.last < h.first and view.words_between(n.last, h.first) <= 1 for n in negs) or any(
            f.last < h.first and view.words_between(f.last, h.first) <= 6
            and view.clause[f.first] == view.clause[h.first]
            for f in (*view.concepts.get("IF", ()), *view.concepts.get("SUBJUNCTIVE", ())))
        # "if the two of them met first", "щоб вони зустрілися вдвох": supposed or wished, not past; "встретился бы
        # с Путиным", "провів би зустріч": the particle after the verb makes it what would happen
        (negated if before or h.last + 1 in particles else kept).append(h)
    if negated:
        view.concepts["UNHAPPENED"] = [ConceptMatch("UNHAPPENED", h.first, h.last, h.start, h.end) for h in negated]
    _keep(view, "HAPPENED", kept)


def _none_held(view: View) -> None:
    """(h_stance22) 'there have been no contacts on a date yet', «никаких контактов пока не было», «жодних переговорів
    не велося»: a 'no meeting' told with the past of being held (NONE_HELD, near it in its clause) is what has not
    happened, no refusal of what is to come; 'there were none and there will be none' (a future after it) still is."""
    refused, held = view.concepts.get("NO_MEETING"), view.concepts.get("NONE_HELD")
    if not refused or not held:
        return
    futures = [m for c in ("WILL_BE", "FUT_BE") for m in view.concepts.get(c, ())]
    told = [h for h in held if not any(f.first > h.last and view.clause[f.first] == view.clause[h.first]
                                       for f in futures)]
    _keep(view, "NO_MEETING", [m for m in refused if not any(_told_beside(view, m, h) for h in told)])


def _told_beside(view: View, refusal: ConceptMatch, told: ConceptMatch) -> bool:
    """The past of being held belongs to the 'no meeting': in its clause, on it ("there were no talks"), right before
    it ("nie było żadnego spotkania") or after it («никаких контактов с украинской стороной по поводу даты пока не
    было»)."""
    if view.clause[told.first] != view.clause[refusal.first]:
        return False
    if told.first <= refusal.last and refusal.first <= told.last:
        return True
    if told.last < refusal.first:
        return view.words_between(told.last, refusal.first) <= 1
    return view.words_between(refusal.last, told.first) <= 12


def _asked_back(view: View) -> None:
    """(h_stance22) «О чём говорить?», «Про що говорити?», "What would they talk about?": what there is to talk about,
    asked back with its question mark right after it, is the point asked (POINT_ASKED); a negation before
    it («Не о чем говорить») is NO_MEETING's refusal, and a clause of knowing («знает, о чём говорить») no question."""
    toks = view.tokens
    negs = {m.last for m in view.concepts.get("NEG", ())}
    asked = [m for m in view.concepts.get("TALK_ASKED", ()) if m.last + 1 < len(toks)
             and toks[m.last + 1].text == "?" and m.first - 1 not in negs]
    if asked:
        view.concepts.setdefault("POINT_ASKED", []).extend(
            ConceptMatch("POINT_ASKED", m.first, m.last, m.start, m.end) for m in asked)


def _past_not_refused(view: View) -> None:
    """(h_morph) A meeting that has not happened, told in the perfect ("haben sich seit Kriegsbeginn nicht
    getroffen": HAPPENED's "nicht getroffen", as en "have not met"), is the past narrated, no refusal: the
    participle's lemma ("treffen") would read NO_MEETING's "nicht treffen" on the same words."""
    refused = view.concepts.get("NO_MEETING")
    if not refused:
        return
    told = [*view.concepts.get("HAPPENED", ()), *view.concepts.get("UNHAPPENED", ())]
    if told:
        _keep(view, "NO_MEETING", [m for m in refused if not any(
            h.first <= m.last and m.first <= h.last for h in told)])


def _receptions(view: View) -> None:
    """'Папа принял Зеленского в Ватикане', 'received Zelensky at the Vatican': a leader received by name is a
    visit that happened (its place is no venue offered), unlike 'готов принять Зеленского в Москве'."""
    received = view.concepts.get("RECEPTION")
    if not received:
        return
    names = [m.first for m in (view.actor_forms or ())] + [m.first for m in view.concepts.get("LEADER", ())]
    offers = {m.first for c in ("PROPOSE", "OFFER_NOUN", "INVITE") for m in view.concepts.get(c, ())}
    found = [ConceptMatch("HAPPENED", r.first, r.last, r.start, r.end) for r in received
             if any(r.last < n and view.words_between(r.last, n) <= 2 and not offers & set(range(r.last + 1, n))
                    for n in names)]  # not "принял предложение Эрдогана": an offer accepted
    if found:
        view.concepts.setdefault("HAPPENED", []).extend(found)


def _trip_to_event(view: View, p: ConceptMatch, events: Sequence[ConceptMatch]) -> bool:
    """'travel to Minsk for the EAEU summit', 'в Астану для участия в саммите ШОС': a place followed by the
    purpose of going there, another event, is that event's place (not 'meet in Rome at the funeral')."""
    purposes = [m.first for m in view.concepts.get("PURPOSE", ()) if 0 < m.first - p.last <= 3
                and view.clause[m.first] == view.clause[p.last]]
    return any(0 < e.first - f <= 5 and view.clause[e.first] == view.clause[f] for f in purposes for e in events)


# What, after a purpose of its own, still makes the trip one to the Putin-Zelensky meeting ("to discuss a meeting
# with Putin", "for talks with Putin", "для переговоров с Путиным")
_MEETING_IN_PURPOSE = ("MEET", "LEADER_REF", "LEADERS", "LEADERS_PAIR", "ANAPHOR")


def _names_event(view: View, m: ConceptMatch, e: ConceptMatch) -> bool:
    """'в саммите ШОС', 'у саміті ЄАЕС': a summit word named by the event right after it (in the genitive) is that
    event's summit, as 'the SCO summit' is."""
    return e.first == m.last + 1 and view.clause[e.first] == view.clause[m.last]


def _other_purposes(view: View, leaders: Sequence[ConceptMatch]) -> list[ConceptMatch]:
    """'travel to Washington next week for talks on weapons', 'поехать в Вашингтон для переговоров о поставках
    оружия', 'поїхати до Брюсселя для участі в саміті ЄС': a trip's purpose of its own (OTHER_PURPOSE, within six
    words after a word of coming in its clause), unless what follows in the clause names the meeting or a leader
    ('to attend a summit with Putin', 'for talks on a ceasefire with Zelensky'); another event's summit is no
    meeting of theirs."""
    comes = view.concepts.get("COME", ())
    events = view.concepts.get("OTHER_EVENT", ())
    out = []
    for o in view.concepts.get("OTHER_PURPOSE", ()):
        if not any(c.last < o.first and view.words_between(c.last, o.first) <= 6
                   and view.clause[c.last] == view.clause[o.first] for c in comes):
            continue
        if any(m.first >= o.first and view.clause[m.first] == view.clause[o.first]
               and not any(e.first <= m.first <= e.last or _names_event(view, m, e) for e in events)
               for c in _MEETING_IN_PURPOSE for m in view.concepts.get(c, ())) or any(
                m.first > o.first and view.clause[m.first] == view.clause[o.first] for m in leaders):
            continue
        out.append(o)
    return out


def possessor(view: View, p: ConceptMatch) -> bool:
    """"in Kyiv's eyes", "Moscow's offer", "Zelensky's answer": a name that owns something (a place is then its
    people, not a venue; a leader is not the one met or awaited)."""
    return p.last + 1 < len(view.tokens) and view.tokens[p.last + 1].text == "'s"


def _epithets(view: View) -> None:
    """'a possible meeting', 'о возможной встрече', 'можливу зустріч': an epithet of the meeting noun says
    nothing is possible, so it is no POSSIBLE ('the meeting is possible' still is)."""
    possible = view.concepts.get("POSSIBLE")
    epithets = {m.first for m in view.concepts.get("EPITHET", ())}
    if not possible or not epithets:
        return
    meets = [m.first for m in view.concepts.get("MEET", ())]
    # h_ruk: of a place denied as the meeting's ("does not consider Moscow a possible venue", «не розглядає Москву як
    # можливе місце зустрічі»): the denial is of the place, no doubt of the meeting (a possible venue named, without
    # a denial before it in its clause, still says the meeting is possible)
    places = [m.first for m in view.concepts.get("VENUE_NOUN", ()) if any(
        n.last < m.first and view.clause[n.last] == view.clause[m.first]
        for c in ("NEG", "NOT_CONSIDERED", "REFUSE") for n in view.concepts.get(c, ()))]
    predicates = _predicate_epithets(view)
    kept = [p for p in possible if p.first in predicates or not (p.first in epithets and p.first == p.last and (
        any(f > p.last and _names_only(view, p.last, f) for f in meets) or p.last + 1 in places))]
    _keep(view, "POSSIBLE", kept)


def _predicate_epithets(view: View) -> set[int]:
    """(h_answer25) The tokens right after a question's particle or a copula opening its clause (EPITHET_PREDICATE:
    «Чи можлива зустріч?», ", чи можлива зустріч", "¿Es posible una reunión?", "È possibile un incontro?"): an
    epithet there is the predicate, the meeting said or asked to be possible ("зустріч чи можлива угода", "a meeting
    or a possible deal", opens no clause)."""
    return {m.last + 1 for m in view.concepts.get("EPITHET_PREDICATE", ()) if m.first == m.last and (
        not any(t.is_word for t in view.tokens[:m.first]) or view.tokens[m.first - 1].text in _CLAUSE_OPENERS)}


_CLAUSE_OPENERS: Final = frozenset({",", ":", ";", "—", "–", "-", "«", "\"", "“", "(", "¿"})


def _named_content(view: View) -> None:
    """'rejected the idea of a ceasefire', 'відкинув ідею про перемир'я': an idea followed by what it is names
    its own content, it does not point back to a proposed meeting (a meeting named there is read as one)."""
    about = {m.first for m in view.concepts.get("ABOUT", ())}
    anaphors = view.concepts.get("ANAPHOR")
    if not anaphors or not about:
        return
    kept = [m for m in anaphors if m.last + 1 not in about]
    _keep(view, "ANAPHOR", kept)


def _impatience(view: View) -> None:
    """'no reason to wait', 'нет смысла ждать', 'немає сенсу зволікати': the point denied is of waiting, not of
    the meeting."""
    delays = {m.first for m in view.concepts.get("DELAY", ())}
    if not delays:
        return
    for concept in ("POINTLESS", "SENSE"):
        _keep(view, concept, [m for m in view.concepts.get(concept, ()) if not any(m.last < d <= m.last + 2
                                                                                     for d in delays)])


_OUT_GOES_ON = concept_words("OUT_GOES_ON")


def _place_homographs(view: View) -> None:
    """(h_tr) A place whose name is also a common word (PLACE_HOMOGRAPH: French "Vienne", the city or the
    subjunctive of "venir") is one or the other: the city where it is capitalised or comes right after "à", "de" or
    a verb of offering ("a proposé Vienne", "à Vienne"), and its word's other readings go; the verb elsewhere
    ("qu'il vienne à Kiev"), and the place goes."""
    homographs = [p for p in view.places if p.first == p.last and view.tokens[p.first].text in _PLACE_HOMOGRAPHS]
    if not homographs:
        return
    cities = {p.first for p in homographs if _homograph_is_place(view, p.first)}
    view.places = [p for p in view.places if p not in homographs or p.first in cities]
    for concept in [c for c, ms in view.concepts.items() if any(m.first in cities for m in ms)]:
        _keep(view, concept, [m for m in view.concepts[concept] if m.first not in cities or m.last != m.first])


def _homograph_is_place(view: View, i: int) -> bool:
    """The homograph at token i names the place: capitalised, or right after a preposition of place or a verb of
    offering."""
    if view.text[view.tokens[i].start].isupper():
        return True
    return i > 0 and any(m.last == i - 1 for c in ("AT", "PREP", "PROPOSE") for m in view.concepts.get(c, ()))


_PLACE_HOMOGRAPHS: Final = concept_words("PLACE_HOMOGRAPH")


def _place_out(view: View) -> None:
    """'Moscow is out', 'Moscow is out as a venue': in English a place is out of the venues only where nothing but
    punctuation or a word going on with the verdict follows ('Moscow was out of patience', 'is out of the
    country', 'is out to prove' say nothing of a venue); «Мінськ відпадає» stands as it is."""
    if view.lang != "en" or "PLACE_OUT" not in view.concepts:
        return
    n = len(view.tokens)
    _keep(view, "PLACE_OUT", [m for m in view.concepts["PLACE_OUT"] if (m.last + 1 >= n
                              or not view.tokens[m.last + 1].is_word or view.tokens[m.last + 1].text in _OUT_GOES_ON)
                              and any(_out_subject(view, p, m) for p in view.places)])


_DET_THIS: Final = ("DET", "THIS_SUCH")  # "this Moscow", "the Vatican": no preposition of place between


def _place_excluded(view: View) -> None:
    """(h_notplace25) A passive of exclusion ("is not being considered", «не розглядається») sets a place aside only
    where the place is its subject (`_out_subject`), with no preposition before it: "a meeting in Moscow is not being
    discussed" and "a meeting is not being considered" say nothing of a place set aside."""
    if "PLACE_EXCLUDED" not in view.concepts:
        return
    _keep(view, "PLACE_EXCLUDED", [m for m in view.concepts["PLACE_EXCLUDED"]
                                   if any(_out_subject(view, p, m) and not after_word(view, p, "AT", _DET_THIS)
                                          for p in view.places)])


def after_word(view: View, m: ConceptMatch, concept: str, skip: tuple[str, ...] = ("DET",)) -> bool:
    """The match follows a word of the concept, at most three determiners or adjectives (DET) between ("in the
    war-torn Donbas", "at the White House")."""
    # a word of the concept: its first ("on Russian soil" overlaps the place) or, before the match, its last
    ends = {i for x in view.concepts.get(concept, ()) for i in (x.first, x.last) if i < m.first}
    dets = {i for c in skip for x in view.concepts.get(c, ()) for i in range(x.first, x.last + 1)}
    i = m.first - 1
    skipped = 0
    while i >= 0 and i in dets and skipped < 3 and i not in ends:
        i -= 1
        skipped += 1
    return i >= 0 and i in ends


def _out_subject(view: View, p: ConceptMatch, out: ConceptMatch) -> bool:
    """The place is what 'is out': right before it ("Moscow is out", "the Moscow option is out") or named as the
    venue in its clause ("Moscow as a venue for a meeting is out"), not where an offer was to be ("the offer to
    meet in Moscow is out": published)."""
    if p.last >= out.first or view.clause[p.last] != view.clause[out.first]:
        return False
    if any(m.last < p.first and view.clause[m.last] == view.clause[p.first] for c in ("PROPOSE", "INVITE")
           for m in view.concepts.get(c, ())):
        return False
    return out.first - p.last <= 2 or (view.tokens[p.last + 1].text in _AS_PLACE and out.first - p.last <= 12)


_AS_PLACE: Final = concept_words("AS_PLACE")  # (h_attr27) "as", «как», «як», "als": «Москва как место встречи не ...»


# "..., and it could not be expected", "но она невозможна", "але вона можлива лише ...": the subject pronoun right after
# a clause's conjunction (feminine in Russian and Ukrainian, as встреча and зустріч are)
_MEETING_PRONOUNS = concept_words("MEETING_PRONOUN")
_PRONOUN_CONJUNCTIONS = concept_words("PRONOUN_CONJUNCTION")
_PRONOUN_REACH = 25
_EXPLETIVE_AFTER = concept_words("EXPLETIVE_AFTER")


def _meeting_pronoun(view: View) -> None:
    """'Zelensky wants a meeting, and it could not be expected soon': the pronoun opening a later clause of the
    sentence is the meeting named in an earlier one (MEETING_IT), so the doubt said of it is said of the meeting."""
    if view.lang not in ("en", "ru", "uk"):  # the languages whose pronoun and conjunctions are listed
        return
    pronouns, conjunctions = _MEETING_PRONOUNS, _PRONOUN_CONJUNCTIONS
    toks = view.tokens
    meets = [m.last for c in ("MEET", "TALKS") for m in view.concepts.get(c, ())]
    if not meets:
        return
    added = []
    for i in range(2, len(toks)):
        if toks[i].text not in pronouns or toks[i - 1].text not in conjunctions:
            continue
        if not any(i - _PRONOUN_REACH <= m < i - 1 and view.clause[m] != view.clause[i] for m in meets):
            continue
        if any(t.text in _EXPLETIVE_AFTER for t in toks[i + 1 : i + 6]):
            continue  # "but it is not clear whether Putin wants them": "it" stands for what follows
        added.append(ConceptMatch("MEETING_IT", i, i, toks[i].start, toks[i].end))
    _keep(view, "MEETING_IT", added)


def _ready_for_it(view: View) -> None:
    """(h_u9x) «позиція щодо зустрічі з Путіним не змінилася: президент готовий до неї», "ready for it": the
    pronoun is the meeting only where a meeting word stands before it in the sentence ("готові до неї" of a war,
    a winter, with no meeting named, is not)."""
    found = view.concepts.get("READY_FOR_IT")
    if not found:
        return
    meets = [m.last for c in ("MEET", "TALKS") for m in view.concepts.get(c, ())]
    _keep(view, "READY_FOR_IT", [r for r in found if any(r.first - _PRONOUN_REACH <= m < r.first for m in meets)])


def _condition_of_meeting(view: View) -> None:
    """'a ceasefire is no longer a condition for meeting Putin', 'условием для встречи': a condition for the
    meeting is a prerequisite, not the goal GOAL names ('withdraw as a condition for a ceasefire')."""
    meets = {m.first for c in ("MEET", "TALKS") for m in view.concepts.get(c, ())}
    if not meets or "GOAL" not in view.concepts:
        return
    _keep(view, "GOAL", [m for m in view.concepts["GOAL"] if not (
        any(c.first <= m.last and m.first <= c.last for c in view.concepts.get("COND_NOUN", ()))
        and any(m.last < i <= m.last + 3 and view.words_between(m.last, i) <= 1 for i in meets))])


_BEFORE_PREP: Final = concept_words("BEFORE_PREP")


def _before_condition_noun(view: View) -> None:
    """'не будет встречаться с Путиным до прекращения огня', 'до припинення вогню': the bare preposition right
    before a ceasefire or security guarantees is AFTER (as "before a ceasefire"), not a date ("до конца года")."""
    nouns = {m.first for c in ("CEASEFIRE", "GUARANTEES") for m in view.concepts.get(c, ())}
    if not nouns:  # nothing for a preposition to stand before (most sentences): no token to look at
        return
    at = [(i, t) for i, t in enumerate(view.tokens) if t.text in _BEFORE_PREP and i + 1 in nouns]
    # and UNTIL: "встречи не будет до перемирия" is "not until a truce", a precondition, not a refusal
    for concept in ("AFTER", "UNTIL"):
        have = {m.first for m in view.concepts.get(concept, ())}
        new = [ConceptMatch(concept, i, i, t.start, t.end) for i, t in at if i not in have]
        if new:
            view.concepts[concept] = sorted([*view.concepts.get(concept, ()), *new], key=lambda m: m.first)


_UNTIL_OPENERS: Final = concept_words("UNTIL_OPENER")
_UNTIL_NOTS: Final = concept_words("UNTIL_NOT")
_UNTIL_REACH = 5  # tokens from the opener to its "не"


def _until_clause(view: View) -> None:
    """'встречи не будет, пока делегации не завершат работу', 'доки технічні групи не звузять коло питань': a
    clause opened after a comma by "пока"/"поки"/"доки" whose "не" follows a few words later is "until" (as the
    contiguous "доки не"), so the refusal before it is a precondition ("Пока мы не видим ..." opening a sentence
    is "for now")."""
    toks = view.tokens
    have = {m.first for m in view.concepts.get("UNTIL", ())}
    new = []
    for i, t in enumerate(toks):
        if t.text not in _UNTIL_OPENERS or i == 0 or toks[i - 1].text != "," or i in have:
            continue
        for j in range(i + 1, min(i + 1 + _UNTIL_REACH, len(toks))):
            if not toks[j].is_word:
                break
            if toks[j].text in _UNTIL_NOTS:
                new.append(ConceptMatch("UNTIL", i, j, t.start, toks[j].end))
                break
    if new:
        view.concepts["UNTIL"] = sorted([*view.concepts.get("UNTIL", ()), *new], key=lambda m: m.first)
        # and AFTER, as the contiguous "доки не", «до тех пор, пока» are both in the lexicons ("поки Росія не
        # припинить вогонь": the ceasefire first; h_gen)
        after = {m.first for m in view.concepts.get("AFTER", ())}
        # h_probe8: on the opener alone, so the condition's own words between it and its "не" stay free to match
        # ("пока делегации не договорятся": the delegations are the groundwork)
        more = [ConceptMatch("AFTER", m.first, m.first, m.start, toks[m.first].end)
                for m in new if m.first not in after]
        if more:
            view.concepts["AFTER"] = sorted([*view.concepts.get("AFTER", ()), *more], key=lambda m: m.first)
        if "TALKS_FAIL" in view.concepts:  # (h_prereq) "рано, пока делегации ни о чем не договорились": the
            # failure's "не" is the until-clause's own, so it names the step awaited, not talks that failed
            _keep(view, "TALKS_FAIL", [f for f in view.concepts["TALKS_FAIL"]
                                       if not any(m.first < f.first <= m.last <= f.last for m in new)])


def _document_as_source(view: View) -> None:
    """'говорится в итоговом документе', 'according to the final communique': the document that reports the
    words is their source, not a text to agree first; nor is the citing word consent («согласно тексту»)."""
    cites = view.concepts.get("DOC_SOURCE", ())
    sources = [m.last for m in cites]
    if cites and "AGREE" in view.concepts:
        _keep(view, "AGREE", [a for a in view.concepts["AGREE"]
                              if not any(c.first <= a.first <= c.last for c in cites)])
    if not sources or "DOCUMENT" not in view.concepts:
        return
    _keep(view, "DOCUMENT", [d for d in view.concepts["DOCUMENT"]
                             if not any(s < d.first and view.words_between(s, d.first) <= 2 for s in sources)])


def _first_since(view: View) -> None:
    """'the first summit in the Normandy format since 2016', «первый саммит в нормандском формате с 2016 года»,
    «перший саміт у нормандському форматі з 2016 року»: an event counted against the past is narrated, its format
    is no party's condition (FIRST_SINCE, from the ordinal to the year)."""
    toks = view.tokens
    out = []
    for i, t in enumerate(toks):
        if t.text not in _FIRST_WORDS:
            continue
        for j in range(i + 1, min(i + 12, len(toks) - 1)):
            if view.clause[j] != view.clause[i]:
                break
            if toks[j].text in _SINCE_WORDS and _YEAR.match(toks[j + 1].text):
                out.append(ConceptMatch("FIRST_SINCE", i, j + 1, t.start, toks[j + 1].end))
                break
    if out:
        view.concepts["FIRST_SINCE"] = out


_FIRST_WORDS: Final = concept_words("FIRST_ORDINAL")
_SINCE_WORDS: Final = concept_words("SINCE_WORD")


def _treaty_bodies(view: View) -> None:
    """'a summit of the Collective Security Treaty Organisation', 'вступить в Организацию Североатлантического
    договора': a treaty in an alliance's name is that name, no text to agree first."""
    bodies = view.concepts.get("TREATY_BODY", ())
    if bodies and "DOCUMENT" in view.concepts:
        _keep(view, "DOCUMENT", [d for d in view.concepts["DOCUMENT"]
                                 if not any(b.first <= d.first and d.last <= b.last for b in bodies)])


def speech_verbs(view: View) -> list[ConceptMatch]:
    """The words of saying that can be verbs: not a noun right after "of" ("guarantees from a group of states before
    any document is signed": the states give them, nobody states anything)."""
    nouns = {m.last + 1 for m in view.concepts.get("POSSESSOR_OF", ())}
    return [s for s in view.concepts.get("SAY", ()) if s.first not in nouns]


def _when_said(view: View) -> None:
    """'said after the delegations' talks', 'заявил по итогам переговоров': the occasion of the words, right after
    the verb of saying, is when they were said, not a condition (an "only" before it still makes one: 'только по
    итогам переговоров делегаций')."""
    # (a passive participle is no saying: "all documents must be agreed before a meeting" orders them first)
    passive = {m.last + 1 for m in view.concepts.get("PASSIVE_BE", ())}
    says = [s for s in speech_verbs(view) if s.first not in passive]
    if not says or "AFTER" not in view.concepts:
        return
    only = [o.last for o in view.concepts.get("ONLY", ())]
    audience = {i for m in view.concepts.get("SPEECH_PLACE", ()) for i in range(m.first, m.last + 1)}
    _keep(view, "AFTER", [m for m in view.concepts["AFTER"] if not (
        not any(o < m.first and view.words_between(o, m.first) <= 1 for o in only)
        and any(s.last < m.first and _occasion_gap(view, s.last, m.first, audience) for s in says))])


def _not_only(view: View) -> None:
    """(h_prereq26) "a summit, and not only a meeting of the delegations", «а не только встречу делегаций», "nicht nur",
    "non solo": an "only" inside a pseudo-negation (PSEUDO_NEG) adds, it restricts nothing, so it sets no condition."""
    _drop_inside(view, ("ONLY",), "PSEUDO_NEG")


_BEFORE_PREPS: Final = concept_words("BEFORE_PREP")


def _ready_for_before(view: View) -> None:
    """(h_prereq26) «Україна готова до зустрічі лідерів»: the Ukrainian "до" governed by a word of readiness right
    before it is "ready for" the meeting, not "before" it, so the phrase it opens orders nothing first. It runs for
    every language whose BEFORE_PREP lists words (ru and uk): a Russian «готов до/перед» right after readiness orders
    nothing first either (review, session 38: the docstring named Ukrainian only)."""
    after = view.concepts.get("AFTER")
    ready = view.concepts.get("READY")
    if not after or not ready:
        return
    ends = {r.last for r in ready}
    _keep(view, "AFTER", [m for m in after if not (view.tokens[m.first].text in _BEFORE_PREPS
                                                  and m.first - 1 in ends)])


_THAT_WORDS = concept_words("THAT_WORD")


def _occasion_gap(view: View, said: int, at: int, audience: set[int]) -> bool:
    """Between a verb of saying and an occasion at most one word besides the audience ("said after", "заявил
    журналистам по итогам"), and not its "that" or a comma, after which the words said begin ("допускают, что по
    итогам", "he said, once")."""
    between = [i for i in range(said + 1, at) if i not in audience and i not in view.silent]
    return len(between) <= 1 and all(view.tokens[i].is_word and view.tokens[i].text not in _THAT_WORDS
                                     for i in range(said, at))


# (h_prec26) how far a refusal may stand from the infinitive of speaking it refuses: after it, its "to" and an
# adverb ("refused to publicly comment on"); before it, the topic spoken of («говорить о встрече президентов отказался»)
_SPEAK_AFTER_REFUSAL: Final = 2
_SPEAK_BEFORE_REFUSAL: Final = 6


def _refused_speech(view: View) -> list[ConceptMatch]:
    """(h_prec26) A refusal beside an infinitive of speaking of a topic in its clause ("refused to talk about the
    summit", «говорить о встрече президентов отказался», «відмовився говорити про зустріч», "a refusé de parler
    de la rencontre"): a refusal to answer, as NO_COMMENT is, spanning both (and the topic between them)."""
    speaks = view.concepts.get("SPEAK_OF", ())
    out = _comments_declined(view)
    if not speaks:
        return out
    for r in view.concepts.get("REFUSE", ()):
        for s in speaks:
            if view.clause[s.first] != view.clause[r.first] or _term_after(view, max(r.last, s.last)):
                continue
            if (r.last < s.first and view.words_between(r.last, s.first) <= _SPEAK_AFTER_REFUSAL) or (
                    s.last < r.first and view.words_between(s.last, r.first) <= _SPEAK_BEFORE_REFUSAL):
                first, last = min(r.first, s.first), max(r.last, s.last)
                out.append(ConceptMatch("NO_COMMENT", first, last, view.tokens[first].start, view.tokens[last].end))
    return out


def _comments_declined(view: View) -> list[ConceptMatch]:
    """(h_stance40) The noun of comment governed by a refusal ("от комментариев ... отказался", «від коментарів
    щодо дати та місця можливої зустрічі відмовився»): Russian and Ukrainian front it before the verb, the matter
    commented on between them, however long (the preposition binds the noun to a verb of declining, so its clause
    is reach enough): a refusal to answer, spanning both."""
    out = []
    refusals = sorted(view.concepts.get("REFUSE", ()), key=lambda r: r.first)
    for c in view.concepts.get("COMMENTS_FROM", ()):
        if any(r.last < c.first and view.words_between(r.last, c.first) <= 1 for r in refusals):
            continue  # (h_fix40_3) «отказался от комментариев»: the noun is its own verb's, after it
        r = next((r for r in refusals if r.first > c.last), None)
        if r is not None and view.clause[r.first] == view.clause[c.last] and _own_refusal(view, c.last, r.first) \
                and not _term_after(view, r.last):
            out.append(ConceptMatch("NO_COMMENT", c.first, r.last, view.tokens[c.first].start,
                                    view.tokens[r.last].end))
    return out


# (h_fix40_3) a word that joins another verb between the noun of comment and a refusal ("..., а Путин отказался",
# «... и отказался встречаться»): the refusal is another clause's, not the noun's own verb
_JOINS_VERB: Final = concept_words("JOINS_VERB")


def _own_refusal(view: View, last: int, first: int) -> bool:
    """(h_fix40_3) The refusal right after the noun of comment is its own verb («от комментариев отказался», «від
    коментарів щодо дати та місця можливої зустрічі відмовився») only with no comma between («воздержавшись от
    комментариев, отказался подтвердить» fences off its own clause) and no conjunction right before it («от
    комментариев Путина о встрече и отказался встречаться», «від коментарів відмовився, а Путін відмовився»)."""
    between = [t.text.lower() for t in view.tokens[last + 1 : first]]
    return "," not in between and not (between and between[-1] in _JOINS_VERB)


def _term_after(view: View, last: int) -> bool:
    """(review, session 38) A term follows in the clause ("refused to talk about peace until Russia withdraws its
    troops"): the refusal to talk is the speaker's condition (its demand reads), not a refusal to answer."""
    return any(m.first > last and view.clause[m.first] == view.clause[last] for m in view.concepts.get("UNTIL", ()))


def _no_comment(view: View) -> None:
    """'declined to comment', 'отказался комментировать': the refusal is of an answer, not of a meeting."""
    refused = _refused_speech(view)
    if refused:
        view.concepts["NO_COMMENT"] = view.concepts.get("NO_COMMENT", []) + refused
    _drop_inside(view, ("REFUSE", "AVOID"), "NO_COMMENT")


def _elapsed_after(view: View) -> None:
    """(h_prec26) 'The statement came hours after the second round', «через несколько часов после», «λίγες ώρες
    μετά», 'after months of preparatory work': a span of time at "after" dates what is told, it orders nothing
    before a meeting. (review, session 38) Only where no meeting or readiness stands before it in its clause without
    a comma between: "ready to meet Putin hours after a ceasefire takes hold" orders the ceasefire first."""
    spans = [(e.first, e.last) for e in view.concepts.get("ELAPSED", ()) if not any(
        m.last < e.first and view.clause[m.first] == view.clause[e.first]
        and all(view.tokens[i].text != "," for i in range(m.last + 1, e.first))
        for c in ("MEET", "READY") for m in view.concepts.get(c, ()))]
    if not spans:
        return
    _keep(view, "AFTER", [m for m in view.concepts.get("AFTER", ()) if not any(a <= m.first <= b for a, b in spans)])


_PAST_OF: Final = {code: word_endings("PAST_VERB", code) for code in LANGUAGES}


def _just_done(view: View) -> None:
    """(h_prereq27) "just" before a past verb («кто только что подписал бумаги», «хто щойно підписав папірці про
    анексію»): an act just done, told of someone; no "only" and no "as soon as" of a condition to come («щойно
    підпишуть» stays one). Every other concept that lies wholly within those words is gone."""
    past = _PAST_OF.get(view.lang, ())
    spans = [(m.first, m.last) for m in view.concepts.get("JUST", ()) if past and m.last + 1 < len(view.tokens)
             and view.tokens[m.last + 1].text.islower() and len(view.tokens[m.last + 1].text) > _PAST_MIN
             and view.tokens[m.last + 1].text.endswith(past)]
    if not spans:
        return
    for concept in [c for c in view.concepts if c != "JUST"]:
        _keep(view, concept, [m for m in view.concepts[concept] if not any(
            a <= m.first and m.last <= b for a, b in spans)])


_PAST_MIN: Final = 3  # (review, session 39) a past verb is longer than a preposition («щойно в Україні»: "в" ends like
# «підписав» and is none)


_GUARANTEES_OF: Final = concept_words("POSSESSOR_OF") | concept_words("THAT_WORD")


def _guarantees_without(view: View) -> None:
    """(h_prereq27) A bare "guarantees" right after "without" ("Without guarantees there is nothing for the presidents
    to sign") is the security guarantees the talks are without: a GUARANTEES match (the bare plural elsewhere, "the
    guarantees of a fair vote", names none; nor do "guarantees of success", "guarantees that it will happen"); and
    "such a mechanism" after the guarantees named in the sentence is those guarantees."""
    starts = {m.last + 1 for m in view.concepts.get("WITHOUT", ())}
    bare = [ConceptMatch("GUARANTEES", m.first, m.last, m.start, m.end)
            for m in view.concepts.get("BARE_GUARANTEES", ()) if m.first in starts and not (
                m.last + 1 < len(view.tokens) and view.tokens[m.last + 1].text in _GUARANTEES_OF)]
    # a mechanism named again after the guarantees ("a mechanism of security guarantees ..., and without such a
    # mechanism there is nothing to sign", «механизм гарантий ... и без такого механизма подписывать нечего»)
    named = [m.last for m in view.concepts.get("GUARANTEES", ())]
    bare += [ConceptMatch("GUARANTEES", m.first, m.last, m.start, m.end)
             for m in view.concepts.get("SUCH_MECHANISM", ()) if any(n < m.first for n in named)]
    if bare:
        view.concepts["GUARANTEES"] = sorted(view.concepts.get("GUARANTEES", []) + bare, key=lambda m: m.first)


def _owned_trilateral(view: View) -> None:
    """(review, session 38) A three named whose last owns what follows ("a meeting of Putin with Zelensky and
    Trump's envoy Witkoff"): the third at the table is the envoy, no leader, so no meeting of the three."""
    if "TRILATERAL" in view.concepts:
        _keep(view, "TRILATERAL", [m for m in view.concepts["TRILATERAL"] if not possessor(view, m)])


def _drop_inside(view: View, concepts: Iterable[str], inside: str, whole: bool = False) -> None:
    """The concepts' matches that begin within a match of `inside` (lie wholly within it, where `whole`) are gone:
    that phrase means something else."""
    spans = [(m.first, m.last) for m in view.concepts.get(inside, ())]
    if not spans:
        return
    for concept in concepts:
        _keep(view, concept, [m for m in view.concepts.get(concept, ()) if not any(
            a <= m.first <= b and (not whole or m.last <= b) for a, b in spans)])


# (h_demand25) What the nouns of an absolute adverb ("за жодних умов", "unter keinen Bedingungen", "υπό καμία
# προϋπόθεση", "за будь-яких умов") read as on their own and are not there: a condition, a demand, terms, a document,
# a heading of positions, a relative or question word («яких», «каких»)
_ABSOLUTE_MASKS: Final = frozenset({"COND", "COND_NOUN", "DEMAND", "DOC", "TERMS", "POSITION_HEADING",
                                    "RELATIVE_PRONOUN", "RELATIVE_WORD", "REL_SET_IN", "WH_WORD",
                                    "BARE_VERB_OPENER"})


def _absolute_adverbs(view: View) -> None:
    """(h_demand25) 'under no circumstances', «за жодних умов», «ни при каких условиях», 'unter keinen Bedingungen':
    one idiom of emphasis, whose nouns are no condition or demand of the speaker's ("we will under no conditions
    withdraw from our own land" sets no condition); its negation still negates (NEG is not masked)."""
    if "ABSOLUTELY" in view.concepts:  # (a frozenset intersection: the compiled reader refuses a set)
        _drop_inside(view, _ABSOLUTE_MASKS.intersection(view.concepts), "ABSOLUTELY", whole=True)


def _impossible_terms(view: View) -> None:
    """'impossible conditions for a meeting', 'невыполнимые условия для встречи': the word says what the terms are
    (a party describing the other's), not that the meeting is impossible."""
    terms = {m.first for m in view.concepts.get("TERMS", ())}
    if not terms or "IMPOSSIBLE" not in view.concepts:
        return
    _keep(view, "IMPOSSIBLE", [m for m in view.concepts["IMPOSSIBLE"] if m.last + 1 not in terms])


_LAND_GIVEN_REACH: Final = 3  # words between "auf ihr Land" and its "verzichten"


def _land_given_up(view: View) -> None:
    """(review, session 37) German "auf ihr Land" is the land given up only with the verb of giving it up after it
    ("niemals auf ihr Land verzichten"); "die Angriffe auf unser Land" names the country attacked."""
    land = view.concepts.get("TERRITORY")
    if view.lang != "de" or not land:
        return
    gives = view.concepts.get("LAND_WAIVED", ())
    _keep(view, "TERRITORY", [m for m in land if view.tokens[m.first].text.lower() != "auf" or any(
        g.first > m.last and view.clause[g.first] == view.clause[m.last]
        and view.words_between(m.last, g.first) <= _LAND_GIVEN_REACH for g in gives)])


def _none_planned(view: View) -> None:
    """(review, session 37) "no meeting planned": the "no meeting" inside it says the calendar, not a refusal
    (stance.none_planned reads it); a "no meeting" elsewhere in the sentence still refuses."""
    if "NO_MEETING" in view.concepts:
        _drop_inside(view, ("NO_MEETING",), "NONE_PLANNED", whole=True)


def _planning(view: View) -> None:
    """'a meeting is not being prepared', 'no plans for a meeting': preparing or planning it is the agenda, not
    anyone's readiness (not planned is no refusal); 'until a deal was ready': the document is ready, nobody is."""
    if "READY" not in view.concepts:
        return
    spans = [(m.first, m.last) for c in ("AGENDA", "SCHEDULE") for m in view.concepts.get(c, ())]
    # (and an agenda: "There is no agenda ready for a summit", "the agenda is not yet ready" is no one's refusal)
    agenda = {m.last for m in view.concepts.get("READY_THING", ())}
    things = {m.last for c in ("DOCUMENT", "TALKS") for m in view.concepts.get(c, ())} | agenda
    copulas = {m.last for m in view.concepts.get("COPULA", ())}
    # "когда будут готовы все документы": the documents are ready (a verb of signing between would make the
    # readiness someone's: "ready to sign the documents")
    docs = {m.first for m in view.concepts.get("DOCUMENT", ())}
    signs = {i for m in view.concepts.get("SIGN", ()) for i in range(m.first, m.last + 1)}
    # "проєкт договору ще не готовий": between the thing and "ready", only a copula, "not" or "yet"
    # "the documents for the meeting were not yet ready": what is ready, right before it, is a thing
    said_of = things | {m.last for m in view.concepts.get("MEET", ())}
    light = {i for c in ("COPULA", "NEG", "YET") for m in view.concepts.get(c, ()) for i in range(m.first, m.last + 1)}
    _keep(view, "READY", [m for m in view.concepts["READY"] if not any(a <= m.first <= b for a, b in spans)
                          and not (m.first - 1 in copulas and m.first - 2 in things)
                          and not _said_of_thing(m.first, said_of, light)
                          and not _agenda_ready(view, m.first, agenda)
                          and not any(0 < d - m.last <= 2 and not signs & set(range(m.last + 1, d)) for d in docs)])


def _agenda_ready(view: View, at: int, agenda: set[int]) -> bool:
    """'no agenda ready for a summit', «повестка для встречи президентов пока не готова»: an agenda before "ready"
    in its clause (at most six words, nobody named between) is what is ready."""
    people = {i for c in ("LEADER", "SUBJECT_PRONOUN", "FIRST_PERSON") for m in view.concepts.get(c, ())
              for i in range(m.first, m.last + 1)}
    return any(0 < at - t <= 6 and view.clause[t] == view.clause[at] and not people & set(range(t + 1, at))
               for t in agenda)


def _said_of_thing(at: int, things: set[int], light: set[int]) -> bool:
    """A document or the talks end right before `at`, with only light words (copula, negation, "yet") between."""
    i = at - 1
    while i in light and at - i <= 4:
        i -= 1
    return i < at - 1 and i in things


def _not_yet(view: View) -> None:
    """'пока не готов', 'поки не готовий', 'пока не предлагает встречу': before a state ("ready", "possible") or an
    offer 'пока не' is "not yet", whose "не" negates it; 'until' ("пока не будет подписан", "пока не согласованы
    документы") only before a verb of what must happen first."""
    if "AFTER" not in view.concepts or "NEG" not in view.concepts:
        return
    states = {m.first for c in ("READY", "POSSIBLE", "PROPOSE", "INVITE") for m in view.concepts.get(c, ())}
    negs = {m.first for m in view.concepts["NEG"]}
    _keep(view, "AFTER", [m for m in view.concepts["AFTER"]
                          if not (m.last in negs and m.last > m.first and m.last + 1 in states)])


def _any_time_soon(view: View) -> None:
    """'did not expect them to meet any time soon': 'any time' before 'soon' asks when, under a negation; it is
    no readiness to meet at any time."""
    ready = view.concepts.get("READY")
    if ready and view.lang == "en":
        _keep(view, "READY", [m for m in ready if not (
            m.last + 1 < len(view.tokens) and view.tokens[m.last + 1].text.lower() == "soon"
            and view.tokens[m.last].text.lower() in ("time", "anytime"))])


def _bare_ready(view: View) -> None:
    """'I am ready, and everyone knows it', «Я готов», — ...: readiness with nothing after it (a mark, "and", the
    end); 'I am ready to answer any question' is readiness for something else."""
    bare = view.concepts.get("BARE_READY")
    if bare:
        toks = view.tokens
        # (h_u8en: how long it has held may close it: "I have been ready for two years", «я готов уже два года»;
        # h_stance20: and how soon it would hold, "ready any day", «готов хоть завтра же»)
        spans = {s.first: s.last for name in ("READY_SPAN", "READY_SOON") for s in view.concepts.get(name, ())}

        def closes(last: int) -> bool:
            return last + 1 >= len(toks) or (not toks[last + 1].is_word and not _goal_follows(toks, last + 1)) \
                or toks[last + 1].text.lower() in AND_WORDS

        _keep(view, "BARE_READY", [m for m in bare if closes(m.last) or (
            m.last + 1 in spans and closes(spans[m.last + 1]))])


_READY_GOALS: Final = concept_words("READY_GOAL")


def _goal_follows(toks: list[Token], comma: int) -> bool:
    """(h_langs20) „Ich bin bereit, mit ihm zu sprechen“, «Jestem gotów, aby rozmawiać»: a comma after readiness
    that opens what it is ready for (an infinitive's «zu», a purpose word, in the words up to the next mark) leaves
    it no bare readiness; „Ich bin bereit, und alle wissen das“ still is."""
    if toks[comma].text != ",":
        return False
    i = comma + 1
    while i < len(toks) and toks[i].is_word:
        if toks[i].text.lower() in _READY_GOALS:
            return True
        i += 1
    return False


def _denied_refusals(view: View) -> None:
    """'no reason to rule out a meeting', 'нет оснований исключать', 'исключать встречу нельзя', 'виключати зустріч
    не можна': a word denying the refusal right before it, or after it in its clause (at most six words), negates
    it; anywhere else these words mean what they say ("нельзя" alone is no negation)."""
    refusals = view.concepts.get("REFUSE", ())
    for concept, before in (("NO_REASON", True), ("REFUSAL_DENIED", False)):
        found = view.concepts.get(concept)
        if found:
            _keep(view, concept, [m for m in found if any(
                (r.first == m.last + 1) if before else
                (r.last < m.first and view.clause[r.last] == view.clause[m.first]
                 and view.words_between(r.last, m.first) <= 6) for r in refusals)])
    denied = view.concepts.get("NO_REASON", ())
    if denied and "POINTLESS" in view.concepts:  # "no reason to rule out" is no "no reason to meet"
        _keep(view, "POINTLESS", [p for p in view.concepts["POINTLESS"]
                                  if not any(p.first <= d.last and d.first <= p.last for d in denied)])


def _not_excluded(view: View) -> None:
    """'does not rule out a bilateral meeting', «не исключает двусторонней встречи», «"не виключає" двосторонньої
    зустрічі»: a negation right before a refusal (a quotation mark between at most) leaves a thing open, a hedge
    that asks for nothing (NOT_EXCLUDED, over the refusal: over the negation it would take it from polarity, which
    reads the readiness they say). (h_venue18) So does one before a verdict of impossibility, a copula between at
    most: "a meeting in Paris is not excluded", «встреча в Париже не исключена», «"не виключена"», "non è esclusa"
    (polarity: the denied verdict opens no scope; conditions: it refuses no place)."""
    toks = view.tokens
    refusals = {r.first: r for c in ("REFUSE", "IMPOSSIBLE") for r in view.concepts.get(c, ())}
    copulas = {m.first for c in ("COPULA", "PASSIVE_BE") for m in view.concepts.get(c, ()) if m.first == m.last}
    # (h_except27) a passive's "been" too: "Minsk has not been ruled out", "had not been excluded"
    out = []
    for n in view.concepts.get("NEG", ()):
        at = n.last + 1
        if at < len(toks) and (not toks[at].is_word or at in copulas and at not in refusals):
            at += 1
        r = refusals.get(at)
        if r is not None:
            out.append(ConceptMatch("NOT_EXCLUDED", r.first, r.last, r.start, r.end))
    if out:
        view.concepts["NOT_EXCLUDED"] = out


def _split_refusals(view: View) -> None:
    """A verb of refusal split from its particle at the clause's end (German "schließt ein Treffen mit Putin aus",
    "schloss ... aus"): the verb is a refusal; with a negation right before the particle ("schließe ... nicht
    aus") it is readiness, the negation the verb's alone (it negates no place named after it: "..., aber nicht in
    Moskau")."""
    stems = view.concepts.get("SPLIT_REFUSE")
    particles = view.concepts.get("SPLIT_PARTICLE")
    if not stems or not particles:
        return
    toks = view.tokens
    negs = {n.last: n for n in view.concepts.get("NEG", ()) if n.first == n.last}
    refusals, denied = [], []
    for s in stems:
        for p in particles:
            if p.first > s.last and view.clause[p.first] == view.clause[s.last] and view.words_between(
                    s.last, p.first) <= 10 and (p.last + 1 >= len(toks) or not toks[p.last + 1].is_word):
                n = negs.get(p.first - 1)
                if n is None:
                    refusals.append(ConceptMatch("REFUSE", s.first, s.last, s.start, s.end))
                else:
                    denied.append(ConceptMatch("READY", s.first, s.last, s.start, s.end))
                    view.concepts["NEG"] = [m for m in view.concepts["NEG"] if m is not n]
                break
    if refusals:
        view.concepts.setdefault("REFUSE", []).extend(refusals)
    if denied:
        view.concepts.setdefault("READY", []).extend(denied)
        if not view.concepts["NEG"]:
            del view.concepts["NEG"]


# (h_morph) German verbs of offering split from their particle at the clause's end ("Stocker bot Wien an", "schlug
# Genf vor"): the verb's concept (its lemma: "bot", "bietet" are "bieten") and the particle that makes it an offer
_SPLIT_OFFERS: Final = (("SPLIT_OFFER", "SPLIT_OFFER_PARTICLE"), ("SPLIT_SUGGEST", "SPLIT_SUGGEST_PARTICLE"))


def _split_offers(view: View) -> None:
    """A verb of offering split from its particle at the clause's end, the place offered right before the
    particle ("Erdoğan bot Istanbul an", "Selenskyj schlug Genf vor und ..."): the verb is PROPOSE (as "bot an",
    "schlug vor" written together), and the particle, part of the verb, is silent: it neither counts as distance
    nor keeps the place before it from closing the clause ("bot Wien an." offers Wien, as "offered Vienna.")."""
    toks = view.tokens
    ends = {p.last for p in view.places}
    found: list[ConceptMatch] = []
    for verb, particle in _SPLIT_OFFERS:
        stems, particles = view.concepts.get(verb), view.concepts.get(particle)
        if not stems or not particles:
            continue
        for s in stems:
            p = next((p for p in particles if p.first > s.last and view.clause[p.first] == view.clause[s.last]
                      and view.words_between(s.last, p.first) <= 10
                      and (p.last + 1 >= len(toks) or not toks[p.last + 1].is_word
                           or toks[p.last + 1].text in AND_WORDS)), None)
            # the place offered right before the particle ("bot Wien an"); "schlug Istanbul als Ort für ein Treffen
            # mit Putin vor" reads the place by its venue noun, as before
            if p is not None and p.first - 1 in ends and not any(
                    m.first == s.first for m in view.concepts.get("PROPOSE", ())):
                found.append(ConceptMatch("PROPOSE", s.first, s.last, s.start, s.end))
                view.silent |= set(range(p.first, p.last + 1))
                view.joined |= set(range(p.first, p.last + 1))
    if found:
        view.concepts.setdefault("PROPOSE", []).extend(found)


def _alternative_places(view: View) -> None:
    """Two places offered as alternatives ("İstanbul'da ya da Ankara'da", "in Istanbul oder Ankara"): the first is
    read, as in English, where the first stands next to the meeting word; in a language that puts the place
    before its verb the second would be the nearer one and win alone. The two become one place, the first's,
    spanning both (its preposition before, its case suffix after). A longer list joins whole, its members before the
    "or" set off by commas ("in Genf, Wien oder Istanbul", "Cenevre, Viyana veya İstanbul'da"): else the last two
    would become one place, the second's, and the verb-final reading would take it over the first."""
    ors = view.concepts.get("OR_PLACE")
    if not ors or len(view.places) < 2:
        return
    toks = view.tokens
    at = {i for m in view.concepts.get("AT", ()) for i in range(m.first, m.last + 1)}
    joins = {i for m in ors for i in range(m.first, m.last + 1)}
    runs: list[list[ConceptMatch]] = []  # places one after another with only a join, commas or prepositions between
    ored: list[bool] = []  # whether a run has an "or" in it: only such a run is a list of alternatives
    for p in view.places:
        between = range(runs[-1][-1].last + 1, p.first) if runs else range(0)
        joined = any(i in joins for i in between)
        if runs and between and all(i in joins or i in at or i in view.silent or toks[i].text == "," or
                                    (joined and not toks[i].is_word) for i in between):
            runs[-1].append(p)
            ored[-1] = ored[-1] or joined
        else:
            runs.append([p])
            ored.append(False)
    out: list[ConceptMatch] = []
    for r, o in zip(runs, ored, strict=True):
        out += [ConceptMatch(r[0].concept, r[0].first, r[-1].last, r[0].start, r[-1].end)] if o else r
    if len(out) < len(view.places):
        view.places = out


def _existence_final(view: View) -> None:
    """Polish "spotkania z Putinem nie będzie" (there will be no meeting): a future "to be" that ends its clause says
    the thing will (not) be, as "состоится" does; followed by a word ("nie będzie łatwe") it is a copula."""
    found = view.concepts.get("FUT_BE_FINAL")
    if not found:
        return
    toks = view.tokens
    final = [ConceptMatch("FUT_BE", m.first, m.last, m.start, m.end) for m in found
             if m.last + 1 >= len(toks) or not toks[m.last + 1].is_word]
    if final:
        view.concepts.setdefault("FUT_BE", []).extend(final)


def _meeting_not_discussed(view: View) -> None:
    """'встреча Путина и Зеленского не обсуждается': with the meeting itself before it in its clause (no place, term
    or venue noun between) "not discussed" is not on the agenda, not a term beyond negotiation."""
    fixed = view.concepts.get("NON_NEGOTIABLE")
    meets = view.concepts.get("MEET")
    if not fixed or not meets:
        return
    others = {m.first for c in ("TERRITORY", "DEMAND", "VENUE_NOUN", "NATO") for m in view.concepts.get(c, ())}
    others |= {p.first for p in view.places}
    _keep(view, "NON_NEGOTIABLE", [n for n in fixed if not any(
        m.last < n.first and view.clause[m.last] == view.clause[n.first] and view.words_between(m.last, n.first) <= 6
        and not any(m.last < o < n.first for o in others) for m in meets)])


_PASSIVE_BE = concept_words("PASSIVE_BE")


def _agreed_as_passive(view: View) -> None:
    """'security guarantees must be agreed before he meets Putin': a passive "agreed" says what is to be settled,
    not that anyone agrees to the meeting."""
    agree = view.concepts.get("AGREE")
    if agree and view.lang == "en":
        _keep(view, "AGREE", [m for m in agree
                              if not (m.first > 0 and view.tokens[m.first - 1].text.lower() in _PASSIVE_BE)])


_AGREED_STEMS = concept_stems("AGREED_STEM")


def _agreed_what(view: View) -> None:
    """'пакет гарантій безпеки має бути узгоджений до будь-якої зустрічі': the participle "agreed" with guarantees
    or a ceasefire before it in its clause says that they are to be agreed, not a text."""
    docs = view.concepts.get("DOCUMENT")
    if not docs:
        return
    named = [m for c in ("GUARANTEES", "CEASEFIRE") for m in view.concepts.get(c, ())]
    if not named:
        return
    _keep(view, "DOCUMENT", [d for d in docs if not (
        d.first == d.last and fold_greek(view.tokens[d.first].text).startswith(_AGREED_STEMS)
        and any(view.clause[n.last] == view.clause[d.first] and (
            n.last < d.first and view.words_between(n.last, d.first) <= 8 or 0 < n.first - d.last <= 3)
            for n in named))])
    # (or right after it, its subject in Russian and Ukrainian order: "после того, как будут согласованы гарантии
    # безопасности", "як буде узгоджена архітектура гарантій безпеки")


def _point_not_place(view: View) -> None:
    """'Is there any point in meeting him?': the point doubted, not a place ("ready to meet at any point in
    Europe")."""
    anywhere = view.concepts.get("ANYWHERE")
    doubt = view.concepts.get("POINTLESS")
    if anywhere and doubt:
        _keep(view, "ANYWHERE", [m for m in anywhere
                                 if not any(d.first <= m.last and m.first <= d.last for d in doubt)])


def _recognised_status(view: View) -> None:
    """'Ukraine's internationally recognised borders', «международно признанные границы»: the status of a territory,
    not a demand that anyone recognise it."""
    found = view.concepts.get("RECOGNIZE")
    status = view.concepts.get("RECOGNIZED_STATUS")
    if found and status:
        _keep(view, "RECOGNIZE", [m for m in found
                                  if not any(s.first <= m.last and m.first <= s.last for s in status)])


_SET_ASIDE = ("POINTLESS", "SENSE")


def _set_aside(view: View) -> None:
    """'a meeting aimed at concluding agreements, not at talking', 'встретиться для подписания, а не для бесед',
    'to end the war, not for a photo opportunity': the alternative a speaker sets aside after a meeting is named
    says what the meeting is for; its doubt is none of the meeting's, and its talk no anchor of a rule (SET_ASIDE
    spans, which rules skip for TALKS). A meeting set aside ("ready for talks, not for a meeting") keeps its
    refusal, and a place set aside stays rejected. A discussion of a named topic is set aside too."""
    contrasts = view.concepts.get("CONTRAST_NOT", ())
    meets = view.concepts.get("MEET", ())
    toks = view.tokens
    spans = _topic_discussions(view)
    for c in contrasts if meets else ():
        end = c.last + 1
        while end < len(toks) and toks[end].text not in TERMINATORS:
            end += 1
        if not any(m.last < c.first for m in meets) or any(c.last < m.first < end for m in meets):
            continue
        spans.append(ConceptMatch("SET_ASIDE", c.last + 1, end - 1, toks[c.last + 1].start, toks[end - 1].end))
        for concept in _SET_ASIDE:
            found = view.concepts.get(concept)
            if found:
                _keep(view, concept, [m for m in found if not c.last < m.first < end])
    if spans:
        view.concepts["SET_ASIDE"] = spans


_NOT_TOPICS = ("MEET", "LEADERS", "WITH", "TALKS", "PREP")


def _topic_discussions(view: View) -> list[ConceptMatch]:
    """'Moscow would not agree to discuss guarantees without its participation', 'не погодиться на обговорення
    гарантій': a discussion whose topic is named right after it is talk of that topic, no anchor for a stance on
    talks or a meeting ("agreed to discuss a meeting", "discuss with Zelensky", "discuss territory with Putin"
    name none)."""
    talks = view.concepts.get("TALKS")
    discuss = view.concepts.get("DISCUSS")
    if not talks or not discuss:
        return []
    toks = view.tokens
    near = {m.first for c in _NOT_TOPICS for m in view.concepts.get(c, ())}
    near |= {i for m in view.places for i in range(m.first, m.last + 1)}
    out = []
    for d in discuss:
        nxt = d.last + 1
        while nxt < len(toks) and nxt in view.silent:
            nxt += 1
        if nxt >= len(toks) or not toks[nxt].is_word or nxt in near:
            continue
        if any(d.last < a.first and view.clause[a.first] == view.clause[d.last]
               and view.words_between(d.last, a.first) <= 8 for a in view.actor_forms or ()):
            continue  # "ready to discuss territorial questions with Putin personally": talks with him
        if any(t.first <= d.last and d.first <= t.last for t in talks):
            out.append(ConceptMatch("SET_ASIDE", d.first, d.last, toks[d.first].start, toks[d.last].end))
    return out


def _final_text(view: View) -> None:
    """'any final settlement, which he and Zelensky could sign': "final" before the text or the talks is what
    kind of text it is, not a step that comes after them."""
    after = view.concepts.get("AFTER")
    if not after or view.lang != "en":
        return
    starts = {m.first for c in ("DOCUMENT", "TALKS") for m in view.concepts.get(c, ())}
    _keep(view, "AFTER", [m for m in after if not (
        m.first == m.last and view.tokens[m.first].text.lower() == "final" and m.last + 1 in starts)])


def _after_what_happened(view: View) -> None:
    """'After what happened to the Budapest Memorandum, perhaps not the best place': "after what happened" gives
    a reason, it orders nothing before a meeting."""
    after = view.concepts.get("AFTER")
    if not after or view.lang != "en":
        return
    toks = view.tokens
    _keep(view, "AFTER", [m for m in after if not (
        m.last + 2 < len(toks) and toks[m.last + 1].text.lower() == "what"
        and toks[m.last + 2].text.lower() in ("happened", "has", "had", "was"))])


def _according_to(view: View) -> None:
    """German "nach Angaben Witkoffs", "nach Einschätzung des Kremls" (according to): the "nach" of the source
    orders nothing ("Nach Angaben Witkoffs laufen Vorbereitungen" is no "only after the groundwork")."""
    after = view.concepts.get("AFTER")
    sources = view.concepts.get("ACCORDING")
    if not after or not sources:
        return
    _keep(view, "AFTER", [m for m in after if not any(a.first <= m.first and m.last <= a.last for a in sources)])


_TRADE_REACH = 8  # words between a status and the "in exchange for" after it
_CONSENT_REACH = 3  # words between "ready for", "agreed to" and the status after it


def _offered_with(g: ConceptMatch, offers: list[ConceptMatch], view: View) -> bool:
    """(review, session 37) "with guarantees" trades a status only where a verb of offering, readiness or consent
    stands before it in its clause: "a neutral Ukraine with international guarantees is Moscow's condition" still
    asks for neutrality, "Kyiv offered neutrality with guarantees, Moscow conditions" gives it."""
    return any(o.last < g.first and view.clause[o.last] == view.clause[g.first] for o in offers)


def _terms_offered(view: View) -> None:
    """'a neutral, non-nuclear status in exchange for security guarantees', «нейтральный статус в обмен на
    гарантии», «нейтральний статус в обмін на гарантії»: a status traded for something is what one side offers,
    nobody's demand of the other (what is asked stands after "in exchange for": "a ceasefire in exchange for
    neutrality" still asks for neutrality; and a verb of demanding before it asks for it: "Moscow demands
    neutrality in exchange for a withdrawal"). A status the sentence's subject is ready for or agrees to, with no
    word of demand or condition in its clause ("Киев выразил готовность к нейтральному статусу"), is a concession
    told, too."""
    status = view.concepts.get("NEUTRAL")
    consents = [m for c in ("READY", "AGREE") for m in view.concepts.get(c, ())]
    asks = [d for c in ("DEMAND", "INSIST") for d in view.concepts.get(c, ())]
    conditions = asks + [d for c in ("COND", "MODAL", "IF") for d in view.concepts.get(c, ())]
    offers = consents + list(view.concepts.get("PROPOSE", ()))
    trades = list(view.concepts.get("TRADED_FOR", [])) + [
        g for g in view.concepts.get("WITH_GUARANTEES", ()) if _offered_with(g, offers, view)]
    if not status or not (trades or consents):
        return

    def traded(m: ConceptMatch) -> bool:
        return any(t.first > m.last and view.clause[t.first] == view.clause[m.last]
                   and view.words_between(m.last, t.first) <= _TRADE_REACH for t in trades) and not any(
            d.last < m.first and view.clause[d.last] == view.clause[m.first] for d in asks)

    def consented(m: ConceptMatch) -> bool:  # "Kyiv expressed readiness for a neutral status": a concession told
        return any(r.last < m.first and view.clause[r.last] == view.clause[m.first]
                   and view.words_between(r.last, m.first) <= _CONSENT_REACH for r in consents) and not any(
            view.clause[d.first] == view.clause[m.first] for d in conditions)

    _keep(view, "NEUTRAL", [m for m in status if not (traded(m) or consented(m))])


_OPEN_QUOTES = frozenset({"«", "\"", "“", "„", "'"})
_CLOSE_QUOTES = frozenset({"»", "\"", "”", "“", "'"})


def _sham_votes(view: View) -> None:
    """'after Bucha and the «referendums»', 'the so-called referendums', «псевдореферендуми», «результати
    „референдумів“»: a vote put in scare quotes or called a sham is the 2022 annexation told as an event; it is the
    annexed land (TERRITORY: "the results of the «referendums» are not up for discussion" calls it Russian), no
    demand that a settlement go to a referendum."""
    votes = view.concepts.get("REFERENDUM")
    if not votes:
        return
    text = view.text
    shams = view.concepts.get("SHAM", ())
    kept: list[ConceptMatch] = []
    annexed: list[ConceptMatch] = []
    for m in votes:
        quoted = 0 < m.start and m.end < len(text) and text[m.start - 1] in _OPEN_QUOTES \
            and text[m.end] in _CLOSE_QUOTES  # (the tokens hold no quotation marks)
        called = any(s.last < m.first and view.words_between(s.last, m.first) <= 1 for s in shams)
        (annexed if quoted or called else kept).append(m)
    if annexed:
        _keep(view, "REFERENDUM", kept)
        view.concepts.setdefault("TERRITORY", []).extend(
            ConceptMatch("TERRITORY", m.first, m.last, m.start, m.end) for m in annexed)


_ANNEX_REACH = 8  # words between an annexation and the vote told beside it
_ACT_REACH = 6  # words between a past act of proclaiming and the "part of Russia" it proclaimed
_YEAR = re.compile(r"^(19|20)\d\d$")


def _narrated_acts(view: View) -> None:
    """The topic of a demand told as a past event, which nobody asks for in the sentence: a vote held ("after
    Russia held referendums in the occupied regions", «провела референдумы», "the 1991 referendum", «референдум
    1991 года»), land proclaimed Russian ("after Putin proclaimed four regions part of Russia", «оголосив чотири
    області частиною росії»; not "declared that the regions are Russian", what he said). A word of demand or
    condition in the clause keeps the topic a condition ("must be put to a referendum held after the war")."""
    votes = view.concepts.get("REFERENDUM")
    russian = view.concepts.get("AS_RUSSIAN")
    if not votes and not russian and not view.concepts.get("NEUTRAL"):
        return
    asks = [d for c in ("DEMAND", "INSIST", "COND", "MODAL", "IF") for d in view.concepts.get(c, ())]
    toks = view.tokens

    def asked(m: ConceptMatch) -> bool:
        return any(view.clause[d.first] == view.clause[m.first] for d in asks)

    def before(acts: Sequence[ConceptMatch], m: ConceptMatch, reach: int, barrier: str | None = None) -> bool:
        stops = {t.first for t in view.concepts.get(barrier, ())} if barrier else set()
        return any(a.last < m.first and view.clause[a.last] == view.clause[m.first]
                   and view.words_between(a.last, m.first) <= reach
                   and not any(a.last < i < m.first for i in stops) for a in acts)

    if votes:
        held = view.concepts.get("HELD_VOTE", ())

        def dated(m: ConceptMatch) -> bool:
            return any(0 <= i < len(toks) and _YEAR.match(toks[i].text) for i in (m.first - 1, m.last + 1))

        annexed = view.concepts.get("ANNEXED_ACT", ())

        def beside_annexation(m: ConceptMatch) -> bool:  # "annexed four regions in 2022 after referendums"
            # (not "recognising the annexation is possible only through a referendum": a way to it, asked)
            return not view.has_any(("ONLY", "WITHOUT", "POSSIBLE")) and any(
                view.clause[a.first] == view.clause[m.first]
                and view.words_between(min(a.last, m.last), max(a.first, m.first)) <= _ANNEX_REACH for a in annexed)

        _keep(view, "REFERENDUM", [m for m in votes if asked(m) or not (
            before(held, m, 2) or dated(m) or beside_annexation(m))])
    status = view.concepts.get("NEUTRAL")
    if status:  # "в Стамбуле обсуждался нейтральный статус", "neutrality was discussed in 2022": a past talk's topic
        talks = view.concepts.get("DISCUSSED_PAST", ())
        _keep(view, "NEUTRAL", [m for m in status if asked(m) or not (before(talks, m, 3) or any(
            t.first > m.last and view.clause[t.first] == view.clause[m.last] and view.words_between(m.last, t.first)
            <= 4 for t in talks))])
    if russian:
        acts = view.concepts.get("PROCLAIMED", ())
        _keep(view, "AS_RUSSIAN", [m for m in russian
                                   if asked(m) or not before(acts, m, _ACT_REACH, "THAT_CONJ")])


def _owner_of_event(view: View) -> None:
    """'after Russia's annexation of four regions', 'Russia's invasion of Ukraine': "Russia's" before an event
    (an occupation, the war, its troops) owns the event; it does not call the land Russian."""
    owned = view.concepts.get("AS_RUSSIAN")
    if not owned or view.lang != "en":
        return
    _keep(view, "AS_RUSSIAN", [m for m in owned if not (
        view.tokens[m.first].text.lower() == "russia" and m.last + 1 < len(view.tokens)
        and view.tokens[m.last + 1].text.lower() in _RUSSIAN_EVENTS)])


_RUSSIAN_EVENTS = concept_words("RUSSIAN_EVENT")


def _dash_verdicts(view: View) -> None:
    """"Minsk — no", «Минск — нет»: the "no" of DASH_NO only right after a dash (an entry's leading dash is dropped);
    (h_frag23) the "yes" of DASH_YES ("Istanbul — yes", «Стамбул — так») too, and only where it closes its phrase
    («— так само», "— yes and no" go on: no verdict)."""
    found = view.concepts.get("DASH_NO")
    if found:
        _keep(view, "DASH_NO", [m for m in found if _after_dash(view, m)])
    found = view.concepts.get("DASH_YES")
    if found:
        _keep(view, "DASH_YES", [m for m in found if _after_dash(view, m) and (
            m.last + 1 == len(view.tokens) or not view.tokens[m.last + 1].is_word)])


def quote_between(view: View, i: int) -> bool:
    """A quote mark stands in the text between the i-th token and the next (the tokenizer keeps none)."""
    if i + 1 >= len(view.tokens):
        return False
    return any(ch in QUOTE_MARKS for ch in view.text[view.tokens[i].end:view.tokens[i + 1].start])


_ASKED_PLACE_ANSWERS: Final = {"ANSWER_NO": "PLACE_ANSWERED_NO", "ANSWER_YES": "PLACE_ANSWERED_YES"}
_SEGMENT_MARKS: Final = frozenset({".", "!", "?", ":", ";", "—", "–"})
_CLOSING_MARKS: Final = _SEGMENT_MARKS | {","}  # a comma ends the answer too ("Moscow? No, ...")


def _place_asked(view: View) -> None:
    """(h_frag23) "Moscow? No.", «Москва? Ні.», "Istanbul? Why not.": a place alone put as a question, then the
    speaker's bare answer, the whole of its words: PLACE_ANSWERED_NO or PLACE_ANSWERED_YES on the answer (rules
    venue.place_asked_*), so the place is ruled out or accepted."""
    tokens = view.tokens
    for p in view.places:
        q = p.last + 1
        if q >= len(tokens) or tokens[q].text != "?" or not _opens_segment(view, p.first):
            continue
        for concept, derived in _ASKED_PLACE_ANSWERS.items():
            for m in view.concepts.get(concept, ()):
                if m.first == q + 1 and _closes_segment(view, m.last):
                    view.concepts.setdefault(derived, []).append(m._replace(concept=derived))


def _opens_segment(view: View, i: int) -> bool:
    """The i-th token opens the sentence, a quote or the words after a mark that ends a sentence or a clause."""
    return i == 0 or view.tokens[i - 1].text in _SEGMENT_MARKS or quote_between(view, i - 1)


def _closes_segment(view: View, i: int) -> bool:
    """The i-th token ends the sentence, a quote, or the words before a mark that ends a sentence or a clause."""
    return i + 1 >= len(view.tokens) or view.tokens[i + 1].text in _CLOSING_MARKS or quote_between(view, i)


def _after_dash(view: View, m: ConceptMatch) -> bool:
    """The match stands right after a dash ("Minsk — no")."""
    return m.first > 0 and view.tokens[m.first - 1].text in _DASHES


def _above_all(view: View) -> None:
    """'прежде всего европейских контингентов', 'first of all': emphasis; its "прежде" is no "before" (AFTER) and
    no "previously" (RECAP)."""
    spans = view.concepts.get("ABOVE_ALL")
    if not spans:
        return
    for concept in ("AFTER", "RECAP"):
        if concept in view.concepts:
            _keep(view, concept, [m for m in view.concepts[concept]
                                  if not any(s.first <= m.first and m.last <= s.last for s in spans)])


def _keep(view: View, concept: str, kept: list[ConceptMatch]) -> None:
    """The concept's matches are now these (none: the concept is gone from the sentence)."""
    if kept:
        view.concepts[concept] = kept
    else:
        view.concepts.pop(concept, None)


def _names_only(view: View, a: int, b: int) -> bool:
    """Between tokens a and b stand at most three words, each an article or a capitalised name
    ('possible Putin-Zelensky summit')."""
    between = [i for i in range(a + 1, b) if view.tokens[i].is_word]
    return len(between) <= 3 and all(
        i in view.silent or view.text[view.tokens[i].start].isupper() for i in between)


def add_others(view: View, spans: list[tuple[int, int]]) -> None:
    """Add the OTHER_PERSON concept where someone of a third party is named ("after meeting Erdogan in Ankara",
    "his summit with Trump in Alaska"): a meeting with them, and its place, are not the leaders' meeting."""
    out = _matches(view, "OTHER_PERSON", spans)
    if out:
        view.concepts["OTHER_PERSON"] = out


def add_listed_term(view: View, at: int = 0) -> None:
    """(h_lists) Add LISTED_TERM on the first token (the bullet) of an item of a list of a party's terms ("The
    Ukrainian side proposed:¶- an international treaty of security guarantees"): the lead-in's "proposed", "demands",
    "conditions" stand before each item, so a bare noun of a condition reads as one (rules prerequisite.*). `at`
    (h_prep25): the token it goes on instead (an answer's enumeration word, inside the words its turn speaks)."""
    if at < len(view.tokens):
        t = view.tokens[at]
        view.concepts["LISTED_TERM"] = [ConceptMatch("LISTED_TERM", at, at, t.start, t.end)]


def _matches(view: View, concept: str, spans: list[tuple[int, int]]) -> list[ConceptMatch]:
    """Character spans (names found by the actor index) as token matches of a concept."""
    out = []
    for start, end in spans:
        first = view.token_from(start)
        last = view.token_through(end)
        if first is not None and last is not None and first <= last:
            out.append(ConceptMatch(concept, first, last, view.tokens[first].start, view.tokens[last].end))
    return out


def add_leaders(view: View, spans: list[tuple[int, int]]) -> None:
    """Add the LEADER concept where Putin or Zelensky is named (by name, title or inflected form), so rules can
    compose it like any word ("INVITE > LEADER": 'invited Zelensky', 'запросив Зеленського')."""
    out = _matches(view, "LEADER", spans)
    seats = vocabulary().seats  # (a trip to Moscow or Kyiv is one to its host: "could come to Moscow to discuss a
    # peace treaty", "would not travel to Moscow to discuss the capitulation")
    purposes = [o for o in _other_purposes(view, out) if not any(
        seats.get(p.concept) in ("RU", "UA") and p.last < o.first and view.clause[p.last] == view.clause[o.first]
        for p in view.places)]
    if purposes:  # "travel to Washington for talks on weapons": the trip's own business, no venue of the meeting,
        # and its talks or summit no meeting of theirs ("готовий поїхати до Брюсселя для участі в саміті ЄС")
        view.places = [p for p in view.places if not any(
            0 < o.first - p.last and view.words_between(p.last, o.first) <= 3
            and view.clause[o.first] == view.clause[p.last] for o in purposes)]
        _add_venue_places(view)
        for c in ("MEET", "TALKS"):
            if c in view.concepts:
                _keep(view, c, [m for m in view.concepts[c] if not any(
                    m.first >= o.first and view.clause[m.first] == view.clause[o.first] for o in purposes)])
    if out:
        view.concepts["LEADER"] = out
        view.silent |= {i for m in out for i in range(m.first, m.last + 1)}
        # a place inside a leader's title names no venue ("президента Украины", "the Russian president")
        view.places = [p for p in view.places if not any(o.first <= p.first and p.last <= o.last for o in out)]
        _add_venue_places(view)
        # "see Zelensky", "увидеть Путина": a verb of seeing with a leader as its object is a meeting
        meets = []
        # "host Putin and Zelensky", "прийняти обох президентів": hosting leaders is hosting their meeting
        for v in view.concepts.get("HOST", ()):
            for lead in out:
                if lead.first > v.last and view.words_between(v.last, lead.first) <= 1:
                    meets.append(ConceptMatch("MEET", v.first, lead.last, v.start, lead.end))
        for v in view.concepts.get("SEE", ()):
            for lead in out:
                if lead.first > v.last and view.words_between(v.last, lead.first) <= 1:
                    meets.append(ConceptMatch("MEET", v.first, lead.last, v.start, lead.end))
        if meets:
            view.concepts["MEET"] = sorted(view.concepts.get("MEET", []) + meets, key=lambda m: m.first)


# Concepts whose English entries also occur in other languages' text (proper names, loan words).
_CROSS_LINGUAL = frozenset({"US_REF", "THIRD_REF", "TRILATERAL", "MULTILATERAL"})


# ", and nobody has ...", ", и никто не ...": a comma and a conjunction start a coordinated clause, unless an
# infinitive or an adverb continues the same predicate (", and to do it in Istanbul")
AND_WORDS: Final = concept_words("AND_WORD")
_NOT_A_CLAUSE: Final = concept_words("NOT_A_CLAUSE")


_PARTICIPLE: Final = word_endings("PARTICIPLE")  # "adding", "добавив", "додавши"
# (h_venue13) each language's own endings where the sentence's language has a lexicon: the Russian gerund's "-в"
# ("добавив") is the Ukrainian past tense ("наголосив"), so «До Москви, наголосив президент, він не поїде» is one
# clause, as «В Москву, подчеркнул он, он не поедет» is
_PARTICIPLE_OF: Final = {code: word_endings("PARTICIPLE", code) for code in LANGUAGES}


def _initial_before(view: View, i: int) -> bool:
    """Token i (a stop) closes a one-letter word standing alone: an initial or an abbreviation's letter."""
    if i == 0:
        return False
    prev = view.tokens[i - 1]
    return len(prev.text) == 1 and prev.text.isalpha() and prev.end == view.tokens[i].start and (
        prev.start == 0 or not view.text[prev.start - 1].isalnum())


# (h_attr27) the words a German middle-field "aber" follows: the subject pronoun, and a finite verb of being, modality
# or "in Frage kommen" ("sei aber nicht möglich", "komme aber auf keinen Fall in Frage")
_MIDFIELD_AFTER: Final = ("PRONOUN", "COPULA", "MODAL", "VERDICT_BRIDGE")


def _noun_before(view: View, i: int) -> bool:
    """(h_attr27) The word right before token i is written with a capital inside the sentence: a German noun or
    name ("als Ort aber"), not the sentence's first word."""
    if i < 2 or not view.tokens[i - 1].is_word:
        return False
    prev = view.tokens[i - 1]
    return view.text[prev.start : prev.start + 1].isupper()


def _clauses(view: View) -> list[int]:
    """The clause number of each token: a clause starts after punctuation that ends one, and at "but"."""
    toks = view.tokens
    n = len(toks)
    text = view.text
    # "was still ready", "not yet ready": an adverb of time inside a predicate (after a word, as YET) cuts nothing
    adverbs = {m.first for m in view.concepts.get("YET", ())}
    # (h_notplace25) "werde er aber nicht reisen": German's "aber" after the subject pronoun is a particle of its
    # clause; (h_attr27) and after a noun or a finite verb ("Moskau komme als Ort aber nicht infrage", "lehnte Selenskyj
    # aber ab"): German sets a comma before the "aber" that opens a clause; after a small word with no comma ("bereit
    # aber") it may still open one
    adverbs |= {m.first for m in view.concepts.get("MIDFIELD_BUT", ())
                if any(p.last == m.first - 1 for c in _MIDFIELD_AFTER for p in view.concepts.get(c, ()))
                or _noun_before(view, m.first)}
    cuts = {m.first for m in view.concepts.get("BUT", ())
            if not (m.first in adverbs and m.first > 0 and toks[m.first - 1].is_word)}
    # every character of CLAUSE_PUNCT and every comma is a token of its own (a mark: no word holds one, and the
    # tokenizer drops only hyphens and apostrophes), found by its offset rather than by a walk over the tokens
    endings = _PARTICIPLE_OF.get(view.lang, _PARTICIPLE)
    says = {m.first for m in view.concepts.get("SAY", ()) if endings and toks[m.first].text.endswith(endings)}
    relatives: list[int] = []  # relative words right after a comma (`_relative_clauses`)
    whereas: dict[int, list[ConceptMatch]] = {}  # ", тогда как ...", ", тоді як ...": a clause of its own, and so
    # is a consequence (h_prec21a: «Я не знаю, чого хоче Росія, тому пропоную зустріч»: Russia is not who proposes)
    for m in (*view.concepts.get("WHEREAS", ()), *view.concepts.get("THEREFORE", ())):
        whereas.setdefault(m.first, []).append(m)
    asides = view.asides
    comma = text.find(",")
    while comma != -1:
        i = view.token_from(comma + 1)  # the token after the comma
        if i in asides:
            pass  # "Moscow, according to him, is out": the parenthesis of saying cuts no clause
        elif i is not None and i + 1 < n and toks[i].text in AND_WORDS and toks[i + 1].is_word \
                and toks[i + 1].text not in _NOT_A_CLAUSE and not _correlative(view.text, toks, i):
            cuts.add(i)
        elif i in says:
            cuts.add(i)  # "..., Peskov said, adding that the talks would go on": a new clause of his
        elif i is not None and i in whereas and any(m.last + 1 < n and toks[m.last + 1].is_word
                                                    and toks[m.last + 1].text not in _NOT_A_CLAUSE for m in whereas[i]):
            cuts.add(i)  # "..., тогда как Киев ответил, что ...": a clause of its own, as after "but"
        elif i is not None and toks[i].text in RELATIVE_WORDS:
            relatives.append(i)
        elif i is not None and _seat_speaks(view, i):
            cuts.add(i)  # "Budapest sei kaum der geeignete Ort, Kiew denke eher an Genf": a government speaking
        comma = text.find(",", comma + 1)
    cuts.update(_reported_and(view))
    for a in view.concepts.get("APPOSITIVE", ()):
        cuts.add(a.first)  # ", an offer Kyiv dismissed as a non-starter": the reporter's summary of a reaction
    copulas = {m.first for m in view.concepts.get("COPULA", ()) if toks[m.first].text in _DASHES}
    # "встретились лично — на саммите в Париже": a dash before a preposition of place goes on with the predicate
    copulas |= {m.first - 1 for m in view.concepts.get("AT", ()) if m.first > 0 and toks[m.first - 1].text in _DASHES}
    for mark in _CLAUSE_MARKS.finditer(text):
        i = view.token_from(mark.start())
        if i is not None and i not in copulas and i not in asides and not (
                text[mark.start()] == "." and _initial_before(view, i)):
            cuts.add(i)  # not the stop of an abbreviation or an initial ("U.S. President", "Donald J. Trump"),
            # nor a dash setting off a speaker («Москва, — подчеркнул он, — отпадает»)
    out: list[int] = []
    clause = prev = 0
    for i in sorted(cuts):  # tokens [prev, i) are in the clause before the cut, token i starts the next one
        out += [clause] * (i - prev)
        clause += 1
        prev = i
    out += [clause] * (n - prev)
    if relatives:
        _relative_clauses(view, out, clause + 1, relatives)
    view.inserted.update(asides)
    return out


# (h_attr23) verbs whose subject, a seat of government right before them after a comma, opens a clause of its own
_SEAT_VERBS: Final = ("THINK", "WANT", "PREFER", "INSIST", "DEMAND", "PROPOSE", "REFUSE", "VOICE_OF_PLACE")


def _seat_speaks(view: View, i: int) -> bool:
    """(h_attr23) A seat of government at token `i`, right after a comma, and its own verb of thinking, wanting,
    insisting or proposing right after it ("..., Kyiv thinks rather of Geneva", "..., Kiew denke eher an Genf",
    "..., Moscow insists on Minsk", «..., Київ думає радше про Женеву»): the capital speaks for its government and
    opens a clause of its own, so what the clause before said of a place (a negation, a venue noun) does not run
    on into it, nor is the capital the place it names."""
    if i < 1 or view.tokens[i - 1].text != ",":
        return False  # the cheap test first: most tokens follow no comma
    seats = vocabulary().seats
    place = next((p for p in (*view.places, *view.voices) if p.first == i and p.concept in seats), None)
    if place is None:
        return False
    return any(m.first == place.last + 1 for c in _SEAT_VERBS for m in view.concepts.get(c, ()))


def speaking_seat_between(view: View, first: int, last: int) -> bool:
    """(h_attr23) A seat of government opening a clause of its own (`_seat_speaks`) after token `first`, up to token
    `last`: a match running across it joins two governments' words ("Budapest sei kaum der geeignete Ort, Kiew denke
    eher an Genf": no "Ort, Kiew" venue, no place of the first clause negated in the second)."""
    return any(_seat_speaks(view, i) for i in range(first + 1, last + 1))


_REPORTED_VERB_OF: Final = {code: word_endings("REPORTED_VERB", code) for code in LANGUAGES}
_REPORTED_AND: Final = concept_words("REPORTED_AND")


def _reported_and(view: View) -> list[int]:
    """(h_lexe22) The "and" right after a reported clause's nominalised verb, a word after it (Turkish "... kabul
    etmeyeceğini ve Putin ile görüşmeye hazır olduğunu söyledi"): it opens the next reported clause, so the first
    verb's refusal does not reach the meeting word of the second (a language that says "that" again needs none)."""
    endings = _REPORTED_VERB_OF.get(view.lang, ())
    toks = view.tokens
    if not endings:
        return []
    return [i for i in range(1, len(toks) - 1) if toks[i].text in _REPORTED_AND and toks[i - 1].is_word
            and toks[i - 1].text.endswith(endings) and toks[i + 1].is_word]


_CORRELATIVE_REACH: Final = 5  # tokens between the first "и" of a pair and the comma before the second


def _correlative(text: str, toks: list[Token], i: int) -> bool:
    """(h_stance18) The "and" after a comma (token `i`) is the second of a pair that a first one opened just before
    it, with no comma between and the same word after both («готові і до двосторонньої, і до тристоронньої
    зустрічі», «и к двусторонней, и к трёхсторонней встрече»): both members are one predicate's, and the comma cuts
    no clause ("join Putin and Zelensky, and Erdogan said" joins two names first, then two clauses)."""
    comma = i - 1
    for j in range(comma - 1, max(comma - 1 - _CORRELATIVE_REACH, 0), -1):
        if toks[j].text == ",":
            return False
        if toks[j].text == toks[i].text and toks[j - 1].is_word:
            return toks[j + 1].text == toks[i + 1].text and text[toks[i + 1].start].islower()  # the same preposition
            # after both: «і до ..., і до ...»; not a name ("Putin and Zelensky met in Paris, and Zelensky said ...":
            # two clauses, the first a meeting that happened, the second his readiness for another place)
    return False


def _bare_marks(text: str, start: int, end: int) -> bool:
    """Only commas, dashes and spaces between two words: no quote closes before the aside or opens after it
    ("«...», — заявил Песков, — «...»" joins two quotes, which may be two readings; '"... in Paris," an official
    told reporters, adding': a closing attribution)."""
    return all(c in _ASIDE_MARKS for c in text[start:end])


_ASIDE_MARKS: Final = frozenset(", \u00a0—–-")


def _aside_marks(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The marks around an aside (character spans before and after it) set it off inside one clause: bare commas
    and dashes, or before it a quote mark closing a name or phrase quoted inside the clause («по «формуле
    Анкориджа», сказал он, ...», 'the "Anchorage formula," he said, is'). Quote marks on both sides join two quotes;
    one closing a quotation the sentence opens with is closed by its attribution. (One opening after it, 'Putin, he
    said, "has never said no"', measured: it reads 'After that, he wrote, "we will have a Trilat" ...' whole, too
    long for a follow-up, and unseen6's tune lost its one-on-one.)"""
    bare_after = _bare_marks(text, *after)
    return bare_after and (_bare_marks(text, *before) or _quote_closes_inside(text, *before))


# quote marks that pair (an apostrophe is none: "Ukraine's", «інтерв'ю»); '"' opens and closes alike
_QUOTE_PAIRS: Final = {"»": "«", "”": "“", "“": "„", '"': '"'}


def _quote_closes_inside(text: str, start: int, end: int) -> bool:
    """Between characters start and end: bare marks and one closing quote mark, whose opening mark follows a word
    ('по «формуле', 'the so-called "formula'): a quote inside the clause, not one the sentence opens with."""
    marks = [k for k in range(start, end) if text[k] not in _ASIDE_MARKS]
    if len(marks) != 1 or text[marks[0]] not in _QUOTE_PAIRS:
        return False
    opening = _opening_quote(text, marks[0])
    return opening is not None and text[:opening].rstrip()[-1:].isalnum()


def _opening_quote(text: str, close: int) -> int | None:
    """The character offset of the mark that opens the quote closed at `close` (nested pairs skipped)."""
    mark = text[close]
    opener, depth = _QUOTE_PAIRS[mark], 0
    for k in range(close - 1, -1, -1):
        if text[k] == opener:
            if depth == 0:
                return k
            depth -= 1
        elif text[k] == mark:
            depth += 1
    return None


def _fronted_phrase(view: View, comma: int, openers: set[int]) -> bool:
    """(h_prereq20) The words before the aside are a phrase fronted before the clause's subject ("Before any meeting of
    the two presidents, he said, the texts had to be agreed", «Для встречи президентов, сказал Песков, ...»): a
    preposition of time or purpose opens the clause they stand in, so the determiner after the aside opens the
    subject, no appositive."""
    start = max((k + 1 for k in range(comma) if view.tokens[k].text in CLAUSE_PUNCT), default=0)
    return start in openers and not any(view.tokens[k].text == "," for k in range(start, comma))


def fronted_opening(view: View, comma: int) -> bool:
    """(h_nostmt21) The sentence opens with a phrase or subordinate clause fronted before its subject, which runs to
    the comma at token `comma` ("If Kyiv wants peace, he said, a meeting ...", «Όσο δεν υπάρχουν κείμενα, είπε,
    ...»): a parenthesis of saying after it is set inside the main clause, whatever verb the fronted words hold."""
    openers = {m.first for c in _FRONTED_OPENERS for m in view.concepts.get(c, ())}
    return _fronted_phrase(view, comma, openers)


def _clause_opener(toks: list[Token], comma: int) -> bool:
    """The aside's comma follows the clause's first word only ("...; therefore, says Putin, the only legitimate
    authority is ..."): a connective, the clause's subject (a determiner) after the aside; after a whole clause a
    determiner opens an appositive ("..., the Elysee Palace said, the first summit since ...")."""
    return comma == 1 or (comma >= 2 and toks[comma - 2].text in CLAUSE_PUNCT)
AS_WORDS: Final = concept_words("AS_CLAUSE")  # "whether they meet to negotiate, as Kyiv wants, or ...": the reporter's


# "..., в свою очередь, заявил, что ...": the main verb, not an aside; "..., he told reporters, and ready for ...":
# a closing attribution, the reporter's clause after it
_THAT_SAID: Final = concept_words("THAT_SAID")
_GERUND_OF: Final = {code: word_endings("GERUND", code) for code in LANGUAGES}  # ", выступая перед журналистами,"
_ASIDE_WORDS: Final = 6  # words at most in a parenthesis of saying (", Kremlin spokesman Dmitry Peskov said,")
# (h_prereq20) words at most in one that names its speaker by a title (", ha detto lunedì il portavoce del Cremlino
# Dmitrij Peskov,", ", Kremlin spokesman Dmitry Peskov said on Monday,"): the title marks it as the speaker's aside,
# where a long parenthesis without one is another phrase (", на следующий день после встречи в Белом доме,")
_TITLED_ASIDE_WORDS: Final = 9
_ASIDE_DASHES: Final = frozenset({"—", "–", "-"})


def _speech_asides(view: View, participles: tuple[str, ...]) -> set[int]:
    """'Moscow, he said, is out of the question', «Москва, наголосив він, відпадає», «Встреча, по словам Пескова,
    пока не стоит на повестке», «Москва, — подчеркнул он, — отпадает»: a parenthesis of saying (a verb of saying
    or "according to") set off by two commas, a dash beside each, inside a clause that resumes after it. Its
    tokens and marks add no distance and cut no clause: the words on both sides are one clause ("Moscow ... is out
    of the question"). Not a participle or gerund that opens a clause of its own (", adding, ...", ", выступая
    перед журналистами,"), nor a verb its "that" follows (the main one; a verb after the aside is the clause's own:
    "Putin, Zelensky said, wants ..."), nor one after a lone word set off by commas ("συνάντηση, καθώς, όπως είπε,
    είναι": the conjunction's clause begins there), nor in a sentence opened by a gerund ("Відповідаючи на умови,
    Зеленський назвав їх ультиматумом, із яким ...": the main clause after the fronted phrase), nor one a
    participle follows (", Peskov said, rejecting calls ..."; `_verb_form`: not "Россия", "В", "готов", which
    only end as one does). Attribution (its speaker's span, the speaker inside it) and conditions (a verb of
    saying between two elements) ask `view.asides` rather than find it again."""
    toks = view.tokens
    n = len(toks)
    says = [m for m in view.concepts.get("SAY", ()) if not _verb_form(view, m.first, participles)]
    says += [m for c in _SOURCE_CONCEPTS for m in view.concepts.get(c, ())]
    if not says:
        return set()
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    # "..., the Elysee Palace said on Friday, the first summit ...": a closing attribution, an appositive after it
    dets = {m.first for m in view.concepts.get("DET", ())}
    # ", бо він добре пояснює, звідки ...", ", because he said, ...": a subordinate clause of its own, no aside
    subordinators = {m.first for c in SUBORDINATING for m in view.concepts.get(c, ())}
    # who speaks in it: a pronoun, a role, "according to"; else a name (capitalised) or a bare verb ("ha detto"):
    # ", the treaty text must be agreed," holds no speaker
    speakers = {k for c in ("PRONOUN", "ROLE", *_SOURCE_CONCEPTS) for m in view.concepts.get(c, ())
                for k in range(m.first, m.last + 1)}
    fronted = {m.first for c in _FRONTED_OPENERS for m in view.concepts.get(c, ())}
    roles = {k for c in ("ROLE", "STAFF_ROLE") for m in view.concepts.get(c, ())
             for k in range(m.first, m.last + 1)}
    out: set[int] = set()
    for i, j in zip(commas, commas[1:], strict=False):
        first, last = i + 1, j - 1
        if first <= last and toks[first].text in _ASIDE_DASHES:
            first += 1  # ", — сказал он, —"
        end = j + 1 if j + 1 < n and toks[j + 1].text in _ASIDE_DASHES else j
        inner = toks[first : last + 1]
        if not inner or len(inner) > _TITLED_ASIDE_WORDS or not all(t.is_word for t in inner) or i == 0 \
                or not toks[i - 1].is_word or end + 1 >= n or not toks[end + 1].is_word \
                or toks[end + 1].text in _THAT_SAID or toks[end + 1].text in AND_WORDS \
                or toks[end + 1].text in RELATIVE_WORDS or first in subordinators \
                or (end + 1 in dets and not _clause_opener(toks, i) and not _fronted_phrase(view, i, fronted)) \
                or (i >= 2 and toks[i - 2].text == ",") or _verb_form(view, 0, participles) \
                or _verb_form(view, end + 1, participles) \
                or inner[0].text in RELATIVE_WORDS or inner[0].text in AS_WORDS or inner[0].text in _THAT_SAID \
                or names_place(view, first, last) \
                or not _aside_marks(view.text, (toks[i - 1].end, inner[0].start), (inner[-1].end, toks[end + 1].start)):
            continue
        titled = any(first <= k <= last for k in roles)
        if i not in out and (len(inner) <= _ASIDE_WORDS or titled) \
                and any(first <= m.first and m.last <= last for m in says) and (
                len(inner) <= 2 or any(first <= k <= last for k in speakers)
                or any(view.text[t.start].isupper() for t in inner)):
            out.update(range(i, end + 1))  # (not one opening at the last one's closing comma: ", is ruled out,")
    return out


def names_place(view: View, first: int, last: int) -> bool:
    """(h_offer24) A verb of naming places with a place after it between tokens `first` and `last` (", назвав
    Ватикан, Туреччину та Швейцарію можливими місцями"): the list it opens, no parenthesis of saying, and the place
    after it is what it names, no voice (attribution)."""
    return any(first <= m.first <= last and any(m.last < p.first <= last for p in view.places)
               for m in view.concepts.get("NAME_PLACE", ()))


# the words that open a subordinate clause of its own (an aside after one is none; attribution: no speaker's words
# before it)
SUBORDINATING: Final = ("BECAUSE", "IF", "SUBORDINATOR")
# (h_nostmt21) what opens a phrase or clause fronted before the subject, after which a determiner past the aside
# opens the subject, no appositive: a preposition of time or purpose ("Before any meeting, he said, the texts ..."),
# or a subordinate clause ("If the texts are agreed, he said, a meeting ...", «Όσο δεν υπάρχουν κείμενα, είπε, μια
# συνάντηση ...», "Until ..., he said, a summit ...")
_FRONTED_OPENERS: Final = ("BEFORE_WORD", "AFTER_WORD", "PURPOSE", "IF", "UNTIL", "UNTIL_OPENER")
# "according to", «по словам Пескова»: a source named by the words that say it is his view
_SOURCE_CONCEPTS: Final = ("ACCORDING",)
_INFINITIVE_OF: Final = {code: word_endings("INFINITIVE", code) for code in LANGUAGES}
# «решаются», «остаётся», «вирішуються»: a finite reflexive verb; no gerund ends so (a reflexive one in «-сь»)
_FINITE_REFLEXIVE_OF: Final = {code: word_endings("FINITE_REFLEXIVE", code) for code in LANGUAGES}


def _verb_form(view: View, i: int, endings: tuple[str, ...]) -> bool:
    """The i-th token is a participle or gerund: it has one of their endings and, where the language names its
    infinitive's endings, its lemma is a verb's ("выступая", "добавив"; not "готов", "Россия", "в", which end alike)."""
    word = view.tokens[i].text
    if not any(len(word) > len(e) and word.endswith(e) for e in endings) \
            or word.endswith(_FINITE_REFLEXIVE_OF.get(view.lang, ())):
        return False
    infinitive = _INFINITIVE_OF.get(view.lang, ())
    return not infinitive or lemma(word, view.lang).endswith(infinitive)


_APPOSITION_MARKS: Final = frozenset({",", "—", "–", "-"})


def _appositives(view: View) -> None:
    """', an offer Kyiv dismissed within hours as a non-starter', ', a proposal welcomed by Erdogan', '- приглашение,
    которое Киев отверг': a reporter's appositive after a comma or a dash, on what was just said, tells someone
    else's reaction to it (APPOSITIVE, up to the next comma past the noun or the sentence's end). In
    English it must name someone after its noun (a capitalised word): ", a statement on guarantees" in a list
    is none."""
    found = view.concepts.get("SUMMARY_NOUN")
    if not found:
        return
    toks = view.tokens
    out: list[ConceptMatch] = []
    for m in found:
        if m.first < 3 or toks[m.first - 1].text not in _APPOSITION_MARKS:
            continue
        end = m.last + 1
        while end < len(toks) and toks[end].text not in TERMINATORS:
            end += 1
        if end == m.last + 1:
            continue
        if view.lang == "en" and not any(view.text[toks[i].start].isupper() for i in range(m.last + 1, end)):
            continue
        out.append(ConceptMatch("APPOSITIVE", m.first, end - 1, m.start, toks[end - 1].end))
    if out:
        view.concepts["APPOSITIVE"] = out


def _source_between_commas(view: View) -> set[int]:
    """«Будапешт, на його думку, — не найкраще місце»: the tokens of "according to him" set off by two commas (and
    the commas), between a place and the dash that stands for "is"."""
    toks = view.tokens
    return {i for m in view.concepts.get("SOURCE_PRONOUN", ()) if 0 < m.first and m.last + 1 < len(toks)
            and toks[m.first - 1].text == "," and toks[m.last + 1].text == ","
            for i in range(m.first - 1, m.last + 2)}


# ", who met Macron in Paris,", ", который провел переговоры в Брюсселе,": a relative clause set off by commas
RELATIVE_WORDS: Final = concept_words("RELATIVE_WORD")


_MEETING_REACH: Final = 5  # tokens between the meeting word and the comma of the relative clause on its phrase


def set_in_relative(view: View, first: int, last: int) -> tuple[int, int] | None:
    """(h_rel23) The relative clause set off by commas into a meeting's noun phrase, with the main clause going on
    after it, that holds tokens first..last: its relative word and its last token ("a meeting of the presidents,
    which Moscow says can only come after expert work, is not on this week's agenda", «встреча, которая, по мнению
    Кремля, возможна лишь после того, как делегации договорятся, сейчас не может быть назначена»). What such a
    clause says of the meeting is a condition of its own: the main clause's predicate neither negates nor blocks it.
    None where the match is in no such clause, or the clause runs to the sentence's end (no main clause after)."""
    return next(((a, b) for a, b in set_in_relatives(view) if a < first and last <= b), None)


def set_in_relatives(view: View) -> list[tuple[int, int]]:
    """Every relative clause set off by commas into a meeting's noun phrase with the main clause going on after it:
    its relative word's first token and its last token (`set_in_relative`). Found once per view (asked only after
    `analyse` has read it)."""
    cached = view._relatives
    if cached is not None and cached[0] is view.tokens:
        return cached[1]
    found = _find_set_in_relatives(view)
    view._relatives = (view.tokens, found)
    return found


def _find_set_in_relatives(view: View) -> list[tuple[int, int]]:
    """The work of `set_in_relatives`."""
    toks = view.tokens
    meets = view.concepts.get("MEET", ())
    out = []
    for r in view.concepts.get("REL_SET_IN", ()):
        comma = r.first - 1
        if not (comma > 0 and toks[comma].text == "," and any(comma - _MEETING_REACH <= m.last < comma for m in meets)):
            continue
        end = _relative_end(view, r.last + 1)
        if end is not None:
            out.append((r.first, end))
    return out


def _relative_end(view: View, i: int) -> int | None:
    """The last token of a relative clause whose words start at token i: the one before the comma that closes it,
    past an aside of saying set in it (", по мнению Кремля,") and a comma that a subordinate clause goes on after
    (", как делегации договорятся"); None if the clause or the sentence ends first."""
    toks = view.tokens
    n = len(toks)
    asides = {m.first for m in view.concepts.get("ACCORDING", ())} | view.asides
    goes_on = {m.first for m in view.concepts.get("REL_GOES_ON", ())}
    j = i
    while j < n:
        text = toks[j].text
        if text in (".", ";", "!", "?"):
            return None
        if text == ",":
            if j + 1 in asides:
                j = _next_comma(view, j + 1)
                continue
            if j + 1 < n and (j + 1 not in goes_on or quote_between(view, j)):
                return j - 1 if j > i and toks[j + 1].text not in (".", "!", "?") else None
        j += 1
    return None


def _next_comma(view: View, i: int) -> int:
    """The token right after the comma at or after token i (len(tokens) + 1 if there is none): where the words after
    an aside set off by commas resume."""
    toks = view.tokens
    while i < len(toks) and toks[i].text != ",":
        i += 1
    return i + 1


def _relative_clauses(view: View, out: list[int], fresh: int, starts: list[int]) -> None:
    """A relative clause on a name (a person, an institution, a place), or one that tells what happened, is a
    clause of its own, up to the next comma or the end of its clause; the words after it go on with the clause it
    interrupted ("Zelensky, who met Macron in Paris, said he was ready to meet Putin in Istanbul": the meeting in
    Paris happened, the one in Istanbul is offered). One describing a common noun stays in its clause ("на зустріч
    лідерів, яка зводитиметься до ультиматуму"). Set off by two commas, it adds no distance. `starts`: the
    relative words that follow a comma, in order."""
    toks = view.tokens
    n = len(toks)
    happened = view.concepts.get("HAPPENED", ())
    for i in starts:
        if i < 2:
            continue
        k = i + 1
        while k < n and toks[k].text != "," and out[k] == out[i]:
            k += 1
        if not (view.text[toks[i - 2].start].isupper() or any(i < m.first < k for m in happened)):
            continue
        for j in range(i, k):
            out[j] = fresh
        if k < n and toks[k].text == ",":
            view.inserted.update(range(i - 1, k + 1))  # set off by two commas: no distance across it
        fresh += 1
