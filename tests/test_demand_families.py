"""Settlement terms said in new writers' words: the terms as the shape of a settlement ("any deal would have to
reflect the realities on the ground", «Крым — это Россия»), refusals said as red lines or by pointing back at the
demand just told ("That will not happen"), neutrality said through NATO ("the path to NATO must be closed for
good"), and what is no term (a vote told beside the 2022 annexation, NATO's door said to be open), each written by
the h_dem2 session in its own words. Each line of `data/demand_families.tsv` is `lang<TAB>sentence<TAB>assertions`
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
CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "demand_families.tsv")
         .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
READER = Reader()


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[f"{c[0]}-{c[1][:50]}" for c in CASES])
def test_demand_family_reads_what_was_said(lang: str, sentence: str, expected: str) -> None:
    article = ArticleText("t", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    got = {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions}
    assert got == {x for x in expected.split(";") if x}
