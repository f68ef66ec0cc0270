"""Polarity layers: negation, refusal and exception scopes, and irony, each found once per sentence.

Following NegEx, a trigger ("not", "never", "без", "nicht" ...) negates the
words after it up to a terminator (a comma, a clause break, "but") or eight
words. Refusal verbs ("rejected", "отверг") open a scope of their own, which
turns what follows into its opposite for venues and demands ("rejected the
invitation to Moscow" is not_moscow); an exception ("except", "кроме") scopes
places only ("any format, except in Moscow"). A negation written inside a
longer expression ("no intermediaries", "not possible", "no point") belongs to
that expression and triggers nothing, so "does not rule out a meeting" is a
negated refusal, that is willingness, while "no point" stays scepticism.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from extractors.analysis import RELATIVE_WORDS, TERMINATORS, View
from extractors.lexicon import LANGUAGES, QUOTE_MARKS, concept_words, word_endings

MAX_SCOPE_WORDS = 8
QUESTION_WORDS = 12  # a question put to the speaker names the meeting, its place and its people
# "declined to say whether Putin would go to Istanbul": what is not commented on is asked, not stated
# "anywhere but (in) Moscow" scopes its place as "except" does.
TRIGGERS = {"NEG": "neg", "REFUSE": "refuse", "EXCEPT": "except", "ANYWHERE_BUT": "except", "QUESTION": "question",
            "NO_COMMENT": "question", "NO_REASON": "neg", "NO_WAY": "neg",
            "NOT_SAID": "question",  # (h_prec19) "did not say Putin had agreed": the content is nobody's statement
            "NOT_A_WORD": "question",  # (h_format25) "not a word about a face-to-face meeting": nobody said it
            "DOUBT_THAT": "refuse",  # "усомнился в том, что Ватикан подходит": the doubted venue is not_vatican
            "OUT_OF_TALK": "neg",  # "there is no talk of a trilateral format", «речь не идет о трехстороннем формате»
            "NO_PLAN": "neg"}  # "has no plans to travel to Moscow", «не планирует ехать в Киев»: the trip is denied
# Triggers that negate the words before them in their clause ("a meeting in Moscow is impossible", "в Москві
# її не буде", "в Москве встречаться мы не будем"); a refusal denied after it ("исключать встречу нельзя") is a
# negation as "not" is.
POST_TRIGGERS = {"IMPOSSIBLE": "post", "UNFIT": "post", "POST_NEG": "post", "WILL_NOT": "post", "REFUSAL_DENIED": "neg",
                 "DASH_NO": "post", "PLACE_OUT": "post", "NOT_CONSIDERED": "post",
                 "OUT_OF_TALK": "post",  # «О трехстороннем формате речи не идет»: what the talk is not about
                 "NOT_A_WORD": "question",  # «Про зустріч віч-на-віч — жодного слова»: what went unsaid, before it
                 "QUESTION_BEFORE": "question",  # "X sorulan Putin, ...": what was asked, before the question's verb
                 "ASKED_IF_BEFORE": "question"}  # (h_langs3) "hazır olup olmadığını açıklamadı": whether he is ready
_TOPIC_AFTER: Final = concept_words("WORD_TOPIC_AFTER")  # (review, session 37) "not a word on a trilateral": the
# unsaid topic follows, and the clause before ("Putin agreed to a one-on-one meeting, not a word on ...") is said
_VERDICTS: Final = ("DASH_YES", "DASH_NO")  # "Istanbul — yes", "Moscow — no": a place judged after a dash
# Expressions whose "not" still negates what follows ("не станет отказываться": will not refuse; "не возражает
# против встречи": does not object, so is willing).
_NOT_ABSORBING = frozenset({"NEG", "WILL_NOT", "SAY", "NOT_GO", "NO_OBJECTION", "NO_LONGER", "CONTRAST_NOT",
                             "NOT_CONSIDERED", "DISGUISED_NO",
                             "PLACE_EXCLUDED",  # (h_notplace25) "Moscow is not on the table": still a negation
                             # (h_neg) "a ceasefire is not a precondition for the meeting": the condition denied
                             # (the words name no ultimatum refused, and the "not" still negates the condition)
                             "NOT_ULTIMATUM",
                             "NOT_REQUIRED",  # "need not precede": the "not" denies the necessity it names
                             "EMPHATIC",  # (h_gen3) "will never", "under no circumstances": still a negation
                             "ABSOLUTELY",  # (h_demand25) «ни при каких условиях», "en aucun cas": the same
                             # an interview's bare answers, read whole by answers.bare_answer and by no rule ("not
                             # excluded", «не исключено», "absolutely not")
                             "ANSWER_NO", "ANSWER_YES", "ANSWER_POSSIBLE", "ANSWER_NOT_YET",
                             # (h_answer) a reported answer, read by answers.reported_answer ("dijo que no irá":
                             # the "no" still negates)
                             "ANSWERED_NO", "ANSWERED_YES"})
# A word negated by its own suffix, or by a particle written after it (Turkish "reddetmediğini": did not refuse;
# "hazır değil": not ready): its scope is the word and the two before it in its clause. No rule names it.
SELF_NEGATING = "NEG_SELF"


@dataclass(frozen=True)
class Scope:
    kind: str  # neg | refuse | except
    trigger_first: int
    trigger_last: int
    start: int  # first token in scope
    end: int  # last token in scope
    closed: bool = False  # (h_polar22) it ends right before an "and" opening a claim of its own (_closing_ands)


def scopes(view: View) -> list[Scope]:
    """Every negation, refusal and exception scope of the sentence."""
    absorbing = [
        m for concept, ms in view.concepts.items() if concept not in _NOT_ABSORBING for m in ms if m.last > m.first
    ] if "NEG" in view.concepts or SELF_NEGATING in view.concepts else []  # only a negation can be absorbed
    buts = {m.first for m in view.concepts.get("BUT", ())}
    closing = _closing_ands(view)
    ready_ands = buts | closing
    denied = {m.last for m in view.concepts.get("NOT_EXCLUDED", ())}  # (h_venue18) "not excluded": no verdict
    answers = buts | _answering_ands(view)
    out = []
    for concept, kind in TRIGGERS.items():
        for m in view.concepts.get(concept, ()):
            if concept == "NEG" and any(a.first <= m.first and m.last <= a.last for a in absorbing):
                continue
            last = m.last
            if kind == "question" and last + 1 < len(view.tokens) and view.tokens[last + 1].text == ",":
                last += 1  # "На вопрос, готов ли Путин встретиться ...": the question follows its comma
            end = _scope_end(view, last, answers if kind == "question" else ready_ands,
                             QUESTION_WORDS if kind == "question" else MAX_SCOPE_WORDS)
            if kind == "question" and end + 2 < len(view.tokens) and view.tokens[end + 1].text == "," and \
                    view.tokens[end + 2].text in RELATIVE_WORDS:
                end = _scope_end(view, end + 2, buts, QUESTION_WORDS)  # "На вопрос об указе, который запрещает
                # переговоры с Путиным, ...", "Asked about the decree, which bans talks": what the question asks of
            if end > last:
                out.append(Scope(kind, m.first, m.last, m.last + 1, end, end + 1 in closing))
    out += _embedded_questions(view, buts)
    for m in view.concepts.get(SELF_NEGATING, ()):
        if not any(a.first <= m.first and m.last <= a.last for a in absorbing if a not in view.concepts[SELF_NEGATING]):
            start = m.first
            while start > 0 and m.first - start < 2 and view.clause[start - 1] == view.clause[m.first]:
                start -= 1
            out.append(Scope("neg", -1, -1, start, m.last, m.last + 1 in closing))  # no trigger of its own: it negates
            # itself
    # (h_frag23) "Istanbul — yes, talks under fire — no": a verdict closes what it judges, so a verdict after it
    # reaches back no further
    verdicts = {v.last for c in _VERDICTS for v in view.concepts.get(c, ())}
    for concept, kind in POST_TRIGGERS.items():
        for m in view.concepts.get(concept, ()):
            if kind == "post" and m.last in denied:
                continue  # (h_venue18) the verdict denied ("a meeting in Paris is not excluded") judges nothing
            if concept == "NOT_A_WORD" and _topic_after(view, m.last):
                continue  # "not a word on a trilateral", «ни слова о ...»: its topic is after it, not before
            start = m.first
            while start > 0 and view.clause[start - 1] == view.clause[m.first] and m.first - start < 12 and \
                    start - 1 not in verdicts:
                start -= 1
            if _dash_verdict(view, start, m.first):  # «приглашение в Москву — это издевательство»: the dash is "is"
                start -= 1
                while start > 0 and view.clause[start - 1] == view.clause[start] and m.first - start < 12 and \
                        start - 1 not in verdicts:
                    start -= 1
            start = _others_denied(view, start, m.first)
            if start < m.first:
                out.append(Scope(kind, m.first, m.last, start, m.first - 1, m.first in closing))
    return out


def _topic_after(view: View, last: int) -> bool:
    """The words of NOT_A_WORD ending at `last` carry their topic after them: their own last word or the next one is
    a preposition of topic ("not a word on", «ни слова о», "kein Wort über")."""
    return any(view.tokens[i].text in _TOPIC_AFTER for i in (last, last + 1) if i < len(view.tokens))


def _answering_ands(view: View) -> set[int]:
    """The "and" words that open the answer to a question put to the speaker: "and" right before a verb of saying or
    a "that" («ρωτήθηκε για τη συνάντηση και δήλωσε ότι ...», "le preguntaron por la cumbre y que está listo ..."),
    as a comma ends the question in ru and uk («спросили о встрече, и он заявил ...»): what follows is his word."""
    heads = {m.first for c in ("SAY", "THAT_SAID") for m in view.concepts.get(c, ())}
    return {a.first for a in view.concepts.get("AND_WORD", ()) if a.last + 1 in heads}


def _closing_ands(view: View) -> set[int]:
    """The "and" words (token indices) that end a negation or refusal before its clause ends, as "but" does: those
    that open a claim of their own (readiness, a proposal, an insistence, a second reported clause)."""
    # "will not accept ultimatums and is ready to meet", «не примет ультиматумов и готов к встрече»: an "and" opening
    # a predicate of readiness ends a negation or refusal as "but" does (its readiness is not denied)
    ready_ands = {a.first for a in view.concepts.get("AND_WORD", ()) if any(
        r.first > a.last and view.words_between(a.last, r.first) <= 2 and view.clause[r.first] == view.clause[a.last]
        for r in view.concepts.get("READY", ()))}
    # (h_venue6) "would never go to Minsk and proposed Istanbul", «не поедет в Киев и предложил Москву», "would not go
    # to Moscow and that Putin should come to Kyiv", «не поїде до Москви і що зустріч може відбутися в Києві»: an
    # "and" opening a proposal, an invitation or a second reported clause ends a negation as "but" does (what is
    # proposed after it is not denied); "not to propose and invite" keeps its negation (a proposal denied before it)
    return ready_ands | _and_proposing(view)


_OTHERS_REACH = 2  # words from "other options" to the verdict after it («других вариантов мы не рассматриваем»)


def _others_denied(view: View, start: int, trigger: int) -> int:
    """(h_venue21) Where a verdict after its words begins when what it denies is "the other options" («приглашение в
    Москву остаётся в силе, других вариантов мы не рассматриваем», "other venues are not being discussed"): at
    them, so the place offered before them is kept, not rejected (denying the others affirms it)."""
    for o in view.concepts.get("OTHER_OPTIONS", ()):
        if start <= o.first and o.last < trigger and view.words_between(o.last, trigger) <= _OTHERS_REACH:
            return o.first
    return start


# (h_quest) The words that open an embedded yes/no question ("did not say whether", «не ответил, поедет ли»,
# «не відповів, чи поїде», "ob"), and the doubts that make one a statement of doubt ("questioned whether").
ASKS_IF = ("ASKED_IF", "ASKED_IF_AFTER")
ASKED_NEAR = 5  # tokens from a verb of asking to the question it puts ("asked on Monday whether", "спросили, готов ли")
_DOUBTING = ("DOUBT", "DOUBT_THAT", "POINTLESS")  # "questioned whether", "wondered aloud whether"
# the questions that are themselves a position: the signatory's standing ("his favourite legal theme: whether Zelensky
# has the standing to put his name to anything"), the meeting's sense ("asked whether it made any sense"): doubts
_RAISED = ("LEGIT", "LEGIT_DENIED", "LEGIT_TERM", "POINT_ASKED", "POINTLESS")


def _asked_directly(view: View, i: int) -> bool:
    """(h_selfq) The question the i-th token opens ends with its own question mark inside the sentence: a direct
    question its speaker answers after it («Могут ли они встретиться в Стамбуле? Безусловно.», «Чи можуть вони
    зустрітися в Мінську? Ні.»: the answers layer reads it), no embedded one."""
    end = next((t.text for t in view.tokens[i + 1:] if t.text in ".!?"), None)
    return end == "?"


def _embedded_questions(view: View, buts: set[int]) -> list[Scope]:
    """(h_quest) An embedded yes/no question asks what it names; nothing in it is stated ("The Kremlin has not said
    whether Putin would travel to Istanbul", «Кремль не ответил, поедет ли Путин в Стамбул», «Кремль не відповів, чи
    поїде Путін до Стамбула»). Its word opens the clause ("whether", ", чи": ASKED_IF) or follows the clause's first
    word (", поедет ли": ASKED_IF_AFTER, the scope from the particle on); not a word inside a longer expression
    ("whether or not", "вряд ли", "есть ли смысл": their own concepts), nor a question put as a doubt ("questioned
    whether a meeting made sense", «поставил под сомнение, состоится ли»: a statement of doubt), nor the question of
    who may sign or of the meeting's sense, which are doubts put as questions (`_RAISED`), nor alternatives that no
    verb asks ("If the invitation comes, whether in Istanbul or in Geneva, we will go": each accepted), nor a question
    a verb of asking puts just before ("Asked on Monday whether he was ready, Putin said ...": the answer follows in
    the sentence, and reading the question through measured better on the blind holdouts than dropping it)."""
    if not view.has_any(ASKS_IF) or any(t.text == "?" for t in view.tokens[-2:]):
        return []  # a direct question («Поедет ли Путин в Стамбул?») is read by the answers layer, its answer after it
    longer = [m for c, ms in view.concepts.items() if c not in ASKS_IF for m in ms if m.last > m.first]
    doubts = [m for c in _DOUBTING for m in view.concepts.get(c, ())]
    out = []
    for concept in ASKS_IF:
        for m in view.concepts.get(concept, ()):
            if any(a.first <= m.last <= a.last for a in longer) or _asked_directly(view, m.last):
                continue
            opens = m.first
            if concept == "ASKED_IF_AFTER":
                opens = m.first - 1  # the clause's first word, the particle after it
                if opens < 0 or not view.tokens[opens].is_word or (opens > 0 and view.tokens[opens - 1].is_word):
                    continue
            if any(d.last < opens and opens - d.last <= 3 for d in doubts):
                continue
            end = _scope_end(view, m.last, buts, QUESTION_WORDS)
            if any(a.last < opens and opens - a.last <= ASKED_NEAR for a in view.concepts.get("ASK_VERB", ())):
                if answered_after(view, end):
                    continue  # a question put to the speaker, answered in his words after it: the answer's layers'
                end = len(view.tokens) - 1  # (h_answer2) «Пескова спросили, поедет ли Путин в Стамбул.»: asked,
                # not answered here (its answer is the next sentence's): every word to the end is the question's
            if concept == "ASKED_IF" and (m.first == 0 or not view.tokens[m.first - 1].is_word) and any(
                    m.last < o.first <= end for o in view.concepts.get("OR_WORD", ())):
                continue  # no verb asks it: "whether it's the three of us or Trump going back and forth, we will find
                # a way to say yes" puts alternatives, each accepted
            if any(a.first == end + 2 and view.tokens[end + 1].text == "," for a in view.concepts.get("AS_CLAUSE", ())):
                continue  # "The question is whether they meet only to sign, as Moscow insists": the "as" clause
                # gives the alternative its party (attribution's)
            if end > m.last and not any(m.last < r.first <= end for c in _RAISED for r in view.concepts.get(c, ())):
                out.append(Scope("question", m.first, m.last, m.last + 1, end))
    return out


# The concepts that open a question's scope (kind "question" in `scopes`): a sentence with none of them has none.
QUESTION_OPENERS: Final = frozenset({c for c, k in TRIGGERS.items() if k == "question"}
                                     | {c for c, k in POST_TRIGGERS.items() if k == "question"} | set(ASKS_IF))


def question_scopes(view: View) -> list[Scope]:
    """The question scopes of `scopes(view)`, in its order: asked of every statement (answers, attribution), and
    most sentences open no question, so they cost one set test there instead of every scope of the sentence."""
    if not view.has_any(QUESTION_OPENERS):
        return []
    return [s for s in scopes(view) if s.kind == "question"]


_ANSWERING: Final = ("SAY", "REPLY")


def answered_after(view: View, end: int) -> bool:
    """(h_answer2) Words after the end of a question put to someone answer it: a verb of saying or replying, or a
    quote ("спросили, поедет ли Путин, и он ответил, что нет", "asked whether ..., he said: 'No'")."""
    return any(m.first > end for c in _ANSWERING for m in view.concepts.get(c, ())) or any(
        not t.is_word and t.text in _ANSWER_MARKS for t in view.tokens[end + 1:])


# quote marks and a colon: the answer's own words follow
_ANSWER_MARKS: Final = frozenset({"«", "»", '"', "“", "”", "„", ":"})


def asked_opening(view: View) -> tuple[int, int] | None:
    """(h_quest) The tokens of a question a verb of asking opens the sentence with ("Asked on Monday whether he was
    ready to meet Zelensky, Putin said yes"): what the answer after it answers (conditions' answer frame)."""
    if not any(a.first == 0 for a in view.concepts.get("ASK_VERB", ())):
        return None
    m = next((m for c in ASKS_IF for m in view.concepts.get(c, ()) if m.first <= ASKED_NEAR), None)
    return None if m is None else (m.last + 1, _scope_end(view, m.last, set(), QUESTION_WORDS))


_DASHES = frozenset({"—", "–"})
_CASED = frozenset({"ru", "uk"})  # the languages whose dash stands for "is" between a subject and its verdict


def _dash_verdict(view: View, start: int, verdict: int) -> bool:
    """(h_venue10) In Russian and Ukrainian a dash right before a verdict (at most one word, «это», between) is the
    copula: «приглашение в Москву — это издевательство», «зустріч у Москві — неприйнятна»; the verdict judges the
    clause before the dash, its subject."""
    if view.lang not in _CASED or start < 1 or view.tokens[start].text not in _DASHES:
        return False
    return verdict - start <= 2 and view.tokens[start - 1].is_word


def _and_proposing(view: View) -> set[int]:
    """The "and" words (token indices) that open a proposal, an invitation, an insistence or a second "that"
    clause: "and proposed", "and offered to meet", «и предложил», «і запропонував», "and insists", "and that",
    «и что», «і що»."""
    out = set()
    proposing = [m for c in ("PROPOSE", "INVITE") for m in view.concepts.get(c, ())]
    # (h_polar22) "rejected Istanbul and insists on Moscow", «отверг Стамбул и настаивает на Москве», «відкинув ... і
    # наполягає на»: what is insisted on after the "and" is its own claim, not the refused thing
    opening = proposing + list(view.concepts.get("INSIST", ()))
    for a in view.concepts.get("AND_WORD", ()):
        if any(m.first > a.last and view.words_between(a.last, m.first) <= 1 for m in
               view.concepts.get("THAT_CONJ", ())):
            out.add(a.first)
        elif any(m.first > a.last and view.words_between(a.last, m.first) <= 1 and view.clause[m.first] ==
                 view.clause[a.last] for m in opening) and not any(
                     m.last < a.first and view.words_between(m.last, a.first) <= 3 for m in proposing):
            out.add(a.first)
    return out


def _scope_end(view: View, last: int, buts: set[int], most: int = MAX_SCOPE_WORDS) -> int:
    words, i = 0, last
    for j in range(last + 1, len(view.tokens)):
        tok = view.tokens[j]
        if tok.text == "." and j > 0 and view.tokens[j - 1].text in _ABBREVIATIONS:
            continue  # "If Mr. Zelenskyy wants to meet, ...": the title's period ends nothing
        if (not tok.is_word and tok.text in TERMINATORS) or (j in buts and j > last + 1):
            break  # ("not yet ready": a "yet" right after the negation is no "but")
        i = j
        if tok.is_word:
            words += 1
            if words >= most:
                break
    return i


_ABBREVIATIONS = concept_words("ABBREVIATION")


def ironic(view: View) -> set[int]:
    """The clauses (numbers) of the sentence that propose something in order that no meeting happen ("invite me to
    Moscow if you want the meeting never to take place"): their venue is rejected, not proposed. (h_venue6) The
    irony's scope is its clause ("...; come to Kyiv instead" after it is meant) where that clause names a place;
    where it names none ("If you want it never to happen - that is the offer to Moscow"), the whole sentence."""
    found = _irony_at(view)
    if not found:
        return set()
    everything = set(view.clause)
    out: set[int] = set()
    for i in found:
        clause = view.clause[i]
        out |= {clause} if any(view.clause[p.first] == clause for p in view.places) else everything
    return out


def _irony_at(view: View) -> list[int]:
    """The token of each irony's trigger in the sentence."""
    sabotage = view.concepts.get("SABOTAGE")
    if sabotage:
        apposed = view.concepts.get("APPOSITIVE", ())  # ", an offer Kyiv dismissed as a non-starter": another's
        at = [m.first for m in sabotage if not any(a.first <= m.first <= a.last for a in apposed)]  # reaction
        if at:
            return at
    # "the invitation to Moscow is only a way to say no", «приглашение в Москву означает лишь нежелание встречаться»:
    # the offer, called a refusal in disguise
    offers = view.concepts.get("OFFER_NOUN", ())
    at = [d.first for d in view.concepts.get("DISGUISED_NO", ()) for o in offers
          if o.last < d.first and view.words_between(o.last, d.first) <= 6]
    if at:
        return at
    # "якщо ви хочете, щоб зустріч ніколи не відбулася, ...": if - want - not - happen, in that order
    for f in view.concepts.get("IF", ()):
        wants = [w for w in view.concepts.get("WANT", ())
                 if w.first > f.last and view.words_between(f.last, w.first) <= 3]
        for w in wants:
            for n in view.concepts.get("NEG", ()):
                if n.first > w.last and view.words_between(w.last, n.first) <= 4 and any(
                        e.first > n.last and view.words_between(n.last, e.first) <= 2
                        for c in ("UNHAPPENED", "HAPPENED", "POSSIBLE", "MEET") for e in view.concepts.get(c, ())):
                    return [f.first]
    return []


def hypothetical(view: View) -> list[tuple[int, int]]:
    """Token spans of if-clauses ("if Putin wants a meeting, he can come to Kyiv"): what they say of anyone's
    stance is supposed, not stated."""
    out = _suffixed_ifs(view)
    buts = {m.first for m in view.concepts.get("BUT", ())}
    for f in view.concepts.get("IF", ()):
        if view.tokens[f.first].text in _SUPPOSING and not any(a <= f.first <= b for a, b in out):
            out.append((f.first, _scope_end(view, f.last, buts)))
    return out


CONCESSIVE_WORDS: Final = 16  # "even if a meeting between Putin and Zelensky were held in Istanbul": a late place
CONCEDING: Final = ("EVEN_IF", "EVEN_IF_AFTER")


def concessive(view: View) -> list[tuple[int, int]]:
    """(h_cond21) Token spans of concessive suppositions ("even if a meeting took place in Istanbul, it would change
    nothing", «даже если встреча состоится в Стамбуле», «навіть якщо зустріч відбудеться в Стамбулі», "selbst wenn",
    "nawet jeśli", "ακόμη κι αν"): the meeting, place or format they name is granted for argument's sake, offered by
    nobody; what the sentence says after them ("it would change nothing") is stated. A word written before its clause
    scopes to the clause's end; Turkish writes it after the verb ("İstanbul'da gerçekleşse bile"): from the clause's
    start to it. Unlike "if", no offer is made on a condition here, so every reading inside is dropped."""
    if not view.has_any(CONCEDING):
        return []
    buts = {m.first for m in view.concepts.get("BUT", ())}
    out = [(m.first, _scope_end(view, m.last, buts, CONCESSIVE_WORDS)) for m in view.concepts.get("EVEN_IF", ())]
    out += [(_clause_start(view, m.first), m.last) for m in view.concepts.get("EVEN_IF_AFTER", ())]
    return out


def _suffixed_ifs(view: View) -> list[tuple[int, int]]:
    """(h_tr) Token spans of if-clauses a verb's conditional ending closes ("Putin İstanbul'a gelirse", "kabul
    ederse", "olmazsa", "gelseydi"): the verb ends its clause, so the supposition runs from the clause's start (an
    "eğer" inside it or not) to the verb, and the clause after it is stated. A capitalised word is a name ("Bursa")."""
    endings = _CONDITIONAL_OF.get(view.lang, ())
    if not endings:
        return []
    out = []
    for i, tok in enumerate(view.tokens):
        if tok.is_word and len(tok.text) >= _CONDITIONAL_MIN and tok.text.endswith(endings) \
                and not view.text[tok.start].isupper():
            out.append((_clause_start(view, i), i))
    return out


def _clause_start(view: View, i: int) -> int:
    """The first token of the clause that token `i` stands in: after the nearest comma, clause mark or quote mark
    before it."""
    j = i
    while j > 0 and (view.tokens[j - 1].is_word or view.tokens[j - 1].text not in _CLAUSE_OPENERS):
        j -= 1
    return j


def open_question(view: View) -> list[tuple[int, int]]:
    """(h_gen2) The sentence opens with an indirect question that is its subject, no comma closing it ("Whether Putin
    would ever come to Kyiv is doubtful", "Whether Putin is ready to meet is anyone's guess"): nothing in it is
    stated. ("Whether or not Putin comes, ...", "Whether in Istanbul or Geneva, he is ready": a clause closed by a
    comma, the rest of the sentence speaks.)"""
    if not any(m.first == 0 for m in view.concepts.get("WHETHER_OPEN", ())) or any(
            m.first == 0 for m in view.concepts.get("REGARDLESS", ())):
        return []
    if any(t.text in ",;:" for t in view.tokens):
        return []
    return [(0, len(view.tokens) - 1)]


def denied_reports(view: View) -> list[tuple[int, int]]:
    """Token spans of reports denied ("Peskov denied a Financial Times report that Putin had agreed to meet",
    "опроверг сообщения о том, что ..."): from the denial to the sentence's end, nothing is stated. A claim no
    longer made ("Moscow no longer says that a meeting is impossible", «речь больше не идёт о том, что встреча
    невозможна»: CLAIM_DROPPED) states nothing in the dropped claim either (`_dropped_claim_end`: the new claim said
    after it still reads)."""
    reports = view.concepts.get("REPORT", ())
    end = len(view.tokens) - 1
    out = [(d.first, end) for d in view.concepts.get("DENY", ()) if any(0 <= r.first - d.last <= 5 for r in reports)]
    out += [(d.last + 1, _dropped_claim_end(view, d.last)) for d in view.concepts.get("CLAIM_DROPPED", ())
            if d.last < end]
    if (retracted := _retracted_version(view)) is not None:
        out.append((0, retracted))
    return out


_PIECE_NEAR = 3  # words between "an earlier version of" and the piece it names ("of the 17:15 entry", «статті»)


def _retracted_version(view: View) -> int | None:
    """(h_refuse40) A correction that tells what an earlier version of the piece said ("An earlier version of this
    article said Peskov had confirmed ...", «В предыдущей версии статьи ошибочно говорилось ...», «У попередній версії
    матеріалу помилково йшлося ...», "In einer früheren Version dieses Artikels hieß es ..."): the words it retracts
    state nothing, and neither does the sentence that retracts them. The version must be the piece's own (PIECE_WORD
    within a few words: "the earlier version of the peace plan" is another document, still read). (review, session 40)
    The last token retracted: the retraction ends at a ";" or at the fact it corrects ("in fact", «на самом деле»,
    «насправді»), which is stated: "... wrongly said Peskov had ruled out Istanbul; in fact Peskov said Putin was ready"
    None without a retraction."""
    pieces = view.concepts.get("PIECE_WORD", ())
    versions = [v for v in view.concepts.get("EARLIER_VERSION", ())
                if any(v.last < p.first and view.words_between(v.last, p.first) <= _PIECE_NEAR
                       or p.last < v.first and view.words_between(p.last, v.first) <= _PIECE_NEAR for p in pieces)]
    if not versions:
        return None
    start = min(v.last for v in versions)
    stops = [i - 1 for i in range(start + 1, len(view.tokens)) if view.tokens[i].text == ";"]
    stops += [m.first - 1 for m in view.concepts.get("RETRACTION_ENDS", ()) if m.first > start]
    return min(stops, default=len(view.tokens) - 1)


def _dropped_claim_end(view: View, last: int) -> int:
    """(review, session 38) The last token of the claim no longer made after the marker ending at `last`: its clause
    ends it, and so do a contrast or a new verb of saying ("no longer says that X, but that Y", «більше не каже, що
    зустріч неможлива, і заявив, що готовий»), or a comma before a readiness or saying of the same clause («речь
    больше не идёт о встрече в Стамбуле, Путин готов встретиться ... в Москве»)."""
    clause = view.clause[last]
    end = last
    while end + 1 < len(view.tokens) and view.clause[end + 1] == clause:
        end += 1
    stops = [m.first - 1 for c in _NEW_CLAIM for m in view.concepts.get(c, ()) if last < m.first <= end]
    new_claims = [m.first for c in _NEW_CLAIM_AFTER_COMMA for m in view.concepts.get(c, ()) if last < m.first <= end]
    stops += [i - 1 for i in range(last + 2, end + 1) if view.tokens[i].text == ","
              and any(f > i for f in new_claims)]
    return min(stops, default=end)


_NEW_CLAIM: Final = ("BUT", "SAY")  # a contrast or a saying after the dropped claim begins what is said now
_NEW_CLAIM_AFTER_COMMA: Final = ("READY", "SAY")


_SUPPOSING = concept_words("SUPPOSING")
_CONDITIONAL_OF: Final = {code: word_endings("CONDITIONAL", code) for code in LANGUAGES}
_CONDITIONAL_MIN: Final = 6  # "olursa", "gelirse"; shorter words with such endings are other words ("arsa", "borsa")
_CLAUSE_OPENERS: Final = TERMINATORS | frozenset(QUOTE_MARKS)
