"""Ideas each language's lexicon had and another lacked ("no wish to meet" / "нет желания встречаться"), found by a
parity audit of the English concepts against their Russian and Ukrainian counterparts in the ninth reading session;
and English words whose other sense misread wire sentences ("hopes of a meeting are fading", "the line of contact",
"did not meet Russia's conditions"), found by an audit of the English entries.

Each line of `data/parity_sentences.tsv` and `data/english_senses.tsv` is `lang<TAB>sentence<TAB>assertions`
(`PARTY.kind.value` joined by `;`, a withdrawal prefixed `-`, empty for a sentence that must read nothing); each
is read as one article after a one-line context in its language and must give exactly its assertions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader

CONTEXT = {
    "en": "Putin and Zelensky have not met since the war began, and talk of a summit continues.",
    "ru": "Путин и Зеленский не встречались с начала войны, разговоры о саммите продолжаются.",
    "uk": "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають.",
}
CASES = [line.split("\t") for name in ("parity_sentences.tsv", "english_senses.tsv")
         for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
READER = Reader()


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[f"{c[0]}-{c[1][:50]}" for c in CASES])
def test_each_language_reads_the_idea(lang: str, sentence: str, expected: str) -> None:
    article = ArticleText("t", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    got = {("-" if c.op == "withdraw" else "") + f"{c.party}.{c.kind}.{c.value}"
           for st in READER.extract(article) for c in st.conditions}
    assert got == {x for x in expected.split(";") if x}
