"""Documents as speakers: a memorandum, a roadmap or a communique states its author's conditions.

"В нем названы ... полный вывод украинских войск", "Документ также требует нейтрального статуса Украины",
"Украинская «дорожная карта» ... предусматривает полное прекращение огня как первый шаг": no person speaks, the
document does, for the party whose document it is. Its party is named beside it ("российский меморандум",
"Russia's memorandum", "меморандум росії", "Україна передала свій меморандум"), and a later sentence that opens
with the document or points back to it ("В нем", "у ньому", "Документ", "Серед умов") is that document's again.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.actors import Mention
from extractors.analysis import RELATIVE_WORDS, View
from extractors.attribution import signs_decree
from extractors.lexicon import ConceptMatch

_OPENING_WORDS = 6  # the document is the subject: it stands among the sentence's first words
_OWNER_REACH = 3  # a party named within this many words of the document owns it
RECENT_PARAGRAPHS = 2  # a pointer back reaches the document named at most this many paragraphs before
_PARTY_CONCEPTS = {"RU_SIDE": "RU", "UA_SIDE": "UA"}


@dataclass
class DocumentMemory:
    """The last document of the article whose party is known, and where it was named."""

    party: str | None = None
    paragraph: int = -1


def document_party(view: View, mentions: list[Mention]) -> str | None:
    """The party of a document the sentence names: a party word or actor beside the document noun, or the
    subject before "its own memorandum"."""
    refs = view.concepts.get("DOC_REF", ())
    for doc in view.concepts.get("DOC", ()):
        if any(r.first <= doc.first <= r.last for r in refs) and not _actor_beside(view, mentions, doc):
            continue  # "Серед умов — виведення українських військ": the pointer's noun; its party is the one
            # named with it ("серед вимог москви"), else the document's remembered
        party = _beside(view, doc) or _own(view, mentions, doc) or _actor_beside(view, mentions, doc) or _author_after(
            view, mentions, doc)
        if party is not None:
            return party
    for decree in view.concepts.get("DECREE", ()):  # "Зеленський підписав указ": its signer's
        signer = next((m.actor for m in mentions if signs_decree(view, m, decree)), None)
        if signer is not None and signer.party in ("RU", "UA"):
            return signer.party
    return None


def speaks_as_document(view: View, mentions: list[Mention]) -> bool:
    """The sentence's subject is a document, or it opens by pointing back to one ("В нем названы ...", "Серед
    умов — ...", "The memorandum demands ...", "It also calls for ..."), and no person is named before it."""
    opening = [m for c in ("DOC", "DOC_REF") for m in view.concepts.get(c, ()) if _opens(view, m)]
    opening += [m for m in view.concepts.get("DOC_PRONOUN", ()) if m.first <= 1 and any(
        s.first > m.last and view.words_between(m.last, s.first) <= 1 for s in view.concepts.get("DOC_SAYS", ()))]
    # "The final settlement it describes would include ...": what the document says, its pronoun the subject of a
    # clause on the sentence's opening noun
    opening += [m for m in view.concepts.get("DOC_PRONOUN", ()) if 1 < m.first and _opens(view, m)
                and view.tokens[m.first - 1].is_word and any(
                    s.first == m.last + 1 for s in view.concepts.get("DOC_SAYS", ()))]
    cited = _cited(view)
    opening += cited
    if not opening:
        return False
    first = min(m.start for m in opening)
    people = [m for m in mentions if m.actor is not None and m.actor.kind == "person" and m.start < first]
    if people:
        return False
    refs = [m for m in opening if m.concept == "DOC_REF"]
    doc_subject = any(m.concept in ("DOC", "DOC_PRONOUN") and not any(r.first <= m.first <= r.last for r in refs)
                      for m in opening)  # ("Серед вимог москви —": the pointer holds the noun)
    return bool(cited) or not doc_subject or view.has("DOC_SAYS") or _colon_after(view, opening)


_CITED_GAP = 2  # words at most between "according to" and the document it cites ("According to the full text")


def _cited(view: View) -> list[ConceptMatch]:
    """'According to the text, ...', «Согласно тексту меморандума, ...», «Згідно з документом, ...»: a document
    (or its text) cited as the source at the sentence's opening speaks what follows; the citing words stand
    among the opening words, the document within two words after them."""
    sources = [s for s in view.concepts.get("DOC_SOURCE", ()) if _opens(view, s)]
    return [m for c in ("DOC", "DOC_TEXT") for m in view.concepts.get(c, ())
            if any(s.last < m.first and view.words_between(s.last, m.first) <= _CITED_GAP for s in sources)]


def _colon_after(view: View, opening: list[ConceptMatch]) -> bool:
    """'Умови путіна залишаються незмінними: повний вихід ЗСУ ...': a colon a few words after the document opens
    what it says."""
    return any(view.tokens[i].text == ":" for m in opening
               for i in range(m.last + 1, min(len(view.tokens), m.last + 6)))


def _opens(view: View, m: ConceptMatch) -> bool:
    return sum(1 for t in view.tokens[: m.first] if t.is_word) < _OPENING_WORDS


def _beside(view: View, doc: ConceptMatch) -> str | None:
    """A party word right before the document ("Украинская «дорожная карта»") or right after it ("меморандум
    росії"); the nearest wins, the one before on a tie."""
    near: list[tuple[int, int, str]] = []
    given = view.concepts.get("DOC_RECIPIENT", ())
    for concept, party in _PARTY_CONCEPTS.items():
        for m in view.concepts.get(concept, ()):
            if any(g.first <= m.first <= g.last for g in given):
                continue  # "передала украинской стороне меморандум": the side it was handed to, not its owner
            if m.last < doc.first and view.words_between(m.last, doc.first) <= 1:
                near.append((view.words_between(m.last, doc.first), 0, party))
            elif m.first > doc.last and view.words_between(doc.last, m.first) <= 1:
                near.append((view.words_between(doc.last, m.first), 1, party))
    return min(near)[2] if near else None


def _actor_beside(view: View, mentions: list[Mention], doc: ConceptMatch) -> str | None:
    """'Russia's memorandum' (a possessive right before), 'меморандум росії' (a genitive right after): a party's
    institution owns the document ("handed Ukraine its memorandum" does not make it Ukraine's)."""
    for m in mentions:
        if m.actor is None or m.actor.party not in ("RU", "UA") or (
                m.actor.kind != "institution" and m.actor.role != "leader"):
            continue  # (a leader's too: "Putin's terms", "умови путіна")
        if m.end <= doc.start and view.text[m.end : doc.start].strip() in ("'s", "’s"):
            return m.actor.party
        if view.lang in ("ru", "uk") and m.start >= doc.end and not view.text[doc.end : m.start].strip():
            return m.actor.party
    return None


def _own(view: View, mentions: list[Mention], doc: ConceptMatch) -> str | None:
    """'Україна передала свій меморандум': the document is its subject's own; a party word opening the sentence
    is that subject too ("Українська делегація ... передала російській стороні власний документ")."""
    if not any(m.last == doc.first - 1 for m in view.concepts.get("OWN", ())):
        return None
    before = [m for m in mentions if m.actor is not None and m.actor.party in ("RU", "UA") and m.end <= doc.start
              and len(view.text[m.end : doc.start].split()) <= _OWNER_REACH + 3]
    if before and before[0].actor is not None:
        return before[0].actor.party
    given = view.concepts.get("DOC_RECIPIENT", ())
    return next((party for concept, party in _PARTY_CONCEPTS.items() for m in view.concepts.get(concept, ())
                 if m.first <= _SUBJECT_OPENS and m.last < doc.first and not any(
                     g.first <= m.first <= g.last for g in given)), None)


_SUBJECT_OPENS = 1  # a party word at most this far into the sentence is its subject ("Українська делегація")


def _author_after(view: View, mentions: list[Mention], doc: ConceptMatch) -> str | None:
    """'меморандума, который делегация РФ ... передала украинской стороне', 'the memorandum, which the Russian
    side handed over': the party named first in a relative clause on the document, within a few words of its
    pronoun, wrote it (not the side it was handed to, nor one that only got it: DOC_GOT)."""
    toks = view.tokens
    rel = doc.last + 2
    if rel >= len(toks) or toks[doc.last + 1].text != "," or toks[rel].text.lower() not in RELATIVE_WORDS:
        return None
    end = next((j for j in range(rel + 1, len(toks)) if not toks[j].is_word and toks[j].text in ",;.:"), len(toks))
    if any(rel < g.first < end for g in view.concepts.get("DOC_GOT", ())):
        return None
    given = view.concepts.get("DOC_RECIPIENT", ())
    found = [(m.first, party) for concept, party in _PARTY_CONCEPTS.items() for m in view.concepts.get(concept, ())
             if rel < m.first < end and view.words_between(rel, m.first) < _OWNER_REACH
             and not any(g.first <= m.first <= g.last for g in given)]
    limit = toks[end - 1].end
    found += [(next(i for i, t in enumerate(toks) if t.start >= m.start), m.actor.party) for m in mentions
              if m.actor is not None and m.actor.party in ("RU", "UA") and toks[rel].end < m.start < limit
              and len(view.text[toks[rel].end : m.start].split()) < _OWNER_REACH]
    return min(found)[1] if found else None
