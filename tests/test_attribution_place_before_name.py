"""A place named after a preposition right before a first name and surname ("In Kyiv Volodymyr Zelensky
said", «у Москві Володимир Путін заявив») is the preposition's object: neither part of the name (whose case it
would lend) nor a title that makes the name an object. The possessor's "of" still completes a title ("The speaker
of Kremlin Dmitry Peskov"); "President of France Emmanuel Macron proposed" is read since h_attr16."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.actors import default_index
from extractors.base import ArticleText
from extractors.reader import Reader


def _speakers(text: str, lang: str, part: str) -> set[str]:
    """Who speaks the statements whose words hold `part`."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 9, 5), lang=lang))
    return {s.speaker for s in st if part in s.quote}


@pytest.mark.parametrize(("lang", "text", "part", "speaker"), [
    ("uk", "Того ж дня у Москві Володимир Путін заявив, що зустріч із Зеленським можлива лише після виборів.",
     "виборів", "Vladimir Putin"),
    ("ru", "В тот же день в Москве Владимир Путин заявил, что встреча с Зеленским возможна только после выборов.",
     "выборов", "Vladimir Putin"),
    ("en", "In Kyiv Volodymyr Zelensky said he was ready to meet Putin without preconditions.", "preconditions",
     "Volodymyr Zelensky"),
    ("en", "Earlier, in Kyiv Volodymyr Zelensky said he was ready to meet Putin without preconditions.",
     "preconditions", "Volodymyr Zelensky"),
])
def test_a_place_after_a_preposition_is_no_part_of_the_name(lang: str, text: str, part: str, speaker: str) -> None:
    assert _speakers(text, lang, part) == {speaker}


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("ru", "Накануне Реджеп Тайип Эрдоган предложил провести встречу в Стамбуле.", "предложил провести встречу"),
    ("en", "On Tuesday evening Recep Tayyip Erdogan offered to host the meeting in Istanbul.", "offered to host"),
])
def test_first_names_are_no_words_before_the_speaker(lang: str, text: str, quote: str) -> None:
    """Two first names before the surname the mention holds are his name, not a statement his verb closes."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 9, 5), lang=lang))
    assert [s.quote.startswith(quote) for s in st] == [True]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("uk", "Того ж дня у Москві Володимир Путін заявив", "Путін"),
    ("ru", "В Киеве Владимир Зеленский заявил", "Зеленский"),
    ("uk", "заступник міністра закордонних справ Росії Сергій Рябков заявив", "заступник міністра закордонних справ "
                                                                              "Росії Сергій Рябков"),
])
def test_the_name_starts_after_the_place(lang: str, text: str, name: str) -> None:
    """The place after a preposition stays its own mention; a side's title with no preposition still joins."""
    found = [text[m.start : m.end] for m in default_index().mentions(text, lang=lang) if m.actor is not None
             and m.actor.kind == "person"]
    assert found == [name]
