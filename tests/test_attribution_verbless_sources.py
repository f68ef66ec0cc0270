"""Statements the reader did not give to anyone: "according to him" with no verb of its own, the
journalists told (not a source) before a verb, a subjectless verb of saying after adverbs of sequence."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader


def _speakers(text: str, lang: str, part: str) -> set[str]:
    """Who speaks the statements whose words hold `part`."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 9, 5), lang=lang))
    return {s.speaker for s in st if part in s.quote}


@pytest.mark.parametrize(("lang", "text", "part", "speaker"), [
    ("ru", "Путин выступил на форуме во Владивостоке.\n\nПо его словам, если украинский лидер готов, «пусть приезжает"
           " в Москву», и такая встреча состоится.", "пусть приезжает", "Vladimir Putin"),
    ("uk", "Зеленський виступив перед журналістами. Найкращим майданчиком для переговорів лідерів, на його думку, міг "
           "би стати Єрусалим.", "Єрусалим", "Volodymyr Zelensky"),
    ("fr", "Zelensky a parlé mardi à Kiev. Selon lui, la rencontre avec Poutine devrait avoir lieu à Istanbul.",
     "Istanbul", "Volodymyr Zelensky"),
    ("uk", "Андрій Єрмак пізніше в коментарі журналістам додав: ми готові до розмови хоч завтра.", "готові",
     "Andriy Yermak"),
    ("ru", "Путин выступил на форуме. Но тут же признал: особого смысла во встрече с Зеленским он не видит.",
     "смысла", "Vladimir Putin"),
])
def test_the_words_are_the_speakers(lang: str, text: str, part: str, speaker: str) -> None:
    assert _speakers(text, lang, part) == {speaker}


def test_a_name_before_his_words_is_not_the_last_speakers() -> None:
    """«Ответ Мединского ..., по его словам, ...»: "his" may be the one named before it; the pronoun does not give
    the sentence to the speaker before."""
    text = ("Умеров заявил, что Украина готова к встрече лидеров. Ответ Мединского был коротким: встреча лидеров, по "
            "его словам, должна завершать переговоры.")
    assert "Rustem Umerov" not in _speakers(text, "ru", "завершать")
