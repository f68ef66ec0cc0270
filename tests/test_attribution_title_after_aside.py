"""A generic title after an aside names the person spoken of.

"За його словами, він прилетить на зустріч з Ердоганом. «...», - сказав президент": the sentence opening with "his
words" keeps its speaker the topic (the person it names after is whom he speaks of), and "the president" is that
topic when the title is his, not the last holder of the title named only as an object.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader


def _speakers(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """(speaker, party, kind, value) of every condition read."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 5, 13), lang=lang))
    return [(s.speaker, c.party, c.kind, c.value) for s in st for c in s.conditions]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Ердоган запропонував Стамбул.\n\nУ вівторок увечері Зеленський розставив крапки над «і». За його "
           "словами, спочатку він прилетить до Анкари на зустріч з Ердоганом. «Я готовий до зустрічі з Путіним», - "
           "сказав президент."),
    ("ru", "Эрдоган предложил Стамбул.\n\nВо вторник вечером Зеленский расставил точки над «и». По его словам, "
           "сначала он прилетит в Анкару на встречу с Эрдоганом. «Я готов к встрече с Путиным», - сказал президент."),
])
def test_the_president_is_the_topic_not_an_object(lang: str, text: str) -> None:
    assert ("Volodymyr Zelensky", "UA", "stance", "willing") in _speakers(text, lang)
