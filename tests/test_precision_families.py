"""What must not be read: families of expression that read a condition no party stated (a format "there is no
talk of", an alliance named after its treaty, ...), each with the true reading beside it, written by the h_prec3
session in its own words. Each line of `data/precision_families.tsv` is `lang<TAB>sentence<TAB>assertions`
(`PARTY.kind.value` joined by `;`, empty for a sentence that must read nothing), read as one article after a
one-line context in its language, and must give exactly its assertions.
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
CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "precision_families.tsv")
         .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
READER = Reader()


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[f"{c[0]}-{c[1][:50]}" for c in CASES])
def test_family_reads_only_what_was_said(lang: str, sentence: str, expected: str) -> None:
    article = ArticleText("t", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    got = {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions}
    assert got == {x for x in expected.split(";") if x}
