"""Sources that are not a person's verb of saying.

- a document cited as the source at the opening ("According to the text, ...", «Согласно тексту меморандума, ...»,
  «Згідно з текстом меморандуму, ...») speaks for the party whose document it is, named beside it or remembered from
  the sentences before; a document of nobody's speaks for no one; the citing «согласно» is no consent;
- a relative clause with a short adverbial before its verb ("Zelensky, who on Tuesday offered", «Зеленского,
  который во вторник предложил») is the antecedent's statement, not the main speaker's;
- a title with the possessor's "of" and a side ("President of France Emmanuel Macron proposed") opens a clause;
- a German main clause that fronts its object ("Ein Treffen mit Putin lehnt Selenskyj ab") has its subject after
  the verb.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader


def _read(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """(speaker's party, condition's party, kind, value) of every condition read."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 6, 3), lang=lang))
    return [(s.party, c.party, c.kind, c.value) for s in st for c in s.conditions]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Russian delegation handed over a memorandum. According to the text, a meeting between Putin and "
           "Zelensky is possible only after a peace treaty is signed."),
    ("en", "According to the Russian memorandum, a meeting between Putin and Zelensky is possible only after a peace "
           "treaty is signed."),
    ("ru", "Согласно тексту российского меморандума, встреча Путина и Зеленского возможна только после подписания "
           "мирного договора."),
    ("ru", "Россия передала Украине свой меморандум. Согласно тексту меморандума, встреча Путина и Зеленского "
           "возможна только после подписания мирного договора."),
    ("uk", "Згідно з текстом російського меморандуму, зустріч Путіна і Зеленського можлива лише після підписання "
           "угоди."),
])
def test_a_cited_document_speaks_for_its_party(lang: str, text: str) -> None:
    assert _read(text, lang) == [("RU", "RU", "prerequisite", "documents_agreed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Согласно тексту, встреча Путина и Зеленского возможна только после подписания мирного договора."),
    ("en", "According to the text, a lasting settlement would require Ukraine to pull its troops out of the Donetsk "
           "and Luhansk regions."),
])
def test_a_document_of_nobody_speaks_for_no_one(lang: str, text: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize("text", [
    "President of France Emmanuel Macron proposed Geneva as a venue for a meeting between Putin and Zelensky.",
    "At the same time, President of France Emmanuel Macron proposed that Geneva could become the place of a meeting "
    "between Putin and Zelensky.",
])
def test_a_title_of_a_side_opens_the_clause(text: str) -> None:
    assert _read(text, "en") == [("MEDIATOR", "MEDIATOR", "venue", "geneva")]


def test_an_offer_of_a_side_is_no_title() -> None:
    """"the offer of France Emmanuel Macron": a lowercase noun before "of" is no title; the name is its object."""
    assert _read("Trump welcomed the offer of France Emmanuel Macron to host a meeting between Putin and Zelensky "
                 "in Geneva.", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ein Treffen mit Selenskyj lehnt Putin ab.", ("RU", "RU", "stance", "refuses")),
    ("Zu einem Treffen mit Putin ist Selenskyj bereit.", ("UA", "UA", "stance", "willing")),
])
def test_a_german_fronted_object_leaves_the_subject_after_the_verb(text: str, expected: tuple[str, ...]) -> None:
    assert _read(text, "de") == [expected]


def test_a_german_subordinate_clause_is_no_fronted_object() -> None:
    """"Ein Treffen zwischen Putin und Selenskyj ...": a name after "und" is no subject of its own."""
    assert _read("Ein Treffen zwischen Putin und Selenskyj in Istanbul ist unwahrscheinlich.", "de") == []


def test_a_partys_document_reports_no_other_sides_demand() -> None:
    """The Russian memorandum's "recognition" of the regions, with "no foreign military presence" in the sentence,
    is no Ukrainian refusal of concessions: a party's document states its own terms."""
    read = _read("The Russian delegation handed over a memorandum setting out Moscow's terms. According to the text, "
                 "a lasting settlement would "
                 "require Ukraine to pull its troops out of the Donetsk and Luhansk regions, international recognition "
                 "of those regions as part of Russia, and a neutral status for Ukraine with no foreign military "
                 "presence on its soil.", "en")
    assert read and all(party == "RU" for _, party, *_ in read)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peskov said Trump favoured a trilateral meeting with Putin and Zelensky."),
    ("ru", "Песков заявил, что Трамп выступил за трехстороннюю встречу Путина и Зеленского."),
])
def test_a_preference_is_its_subjects(lang: str, text: str) -> None:
    """A verb of preferring is a predicate: its subject, not the speaker who reports it, holds the format."""
    assert [party for _, party, *_ in _read(text, lang)] == ["US"]
