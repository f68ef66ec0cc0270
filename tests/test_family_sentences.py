"""Families of expression written by the helpers in their own words, each sentence with exactly what it must read:
`data/precision_families.tsv`, what must not be read (a format "there is no talk of", an alliance named after its
treaty, ...), each with the true reading beside it; `data/demand_families.tsv`, settlement terms said in new words
(the terms as the shape of a settlement, «Крым — это Россия», refusals pointing back at a demand just told, NATO's
path "closed for good") and what is no term; `data/langs_families.tsv`, the same families said in Greek, Turkish and
French (h_greek). Each line is `lang<TAB>sentence<TAB>assertions` (`PARTY.kind.value`
joined by `;`, empty for a sentence that must read nothing), read as one article after a one-line context in its
language, and must give exactly its assertions. A `\n` in a sentence is a line break (h_lists: a list under its
lead-in, an item a line).
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
    # (h_u9x) the Greek, French and German families
    "el": "Ο Πούτιν και ο Ζελένσκι δεν έχουν συναντηθεί από την αρχή του πολέμου,"
          " και η συζήτηση για μια σύνοδο συνεχίζεται.",
    "fr": "Poutine et Zelensky ne se sont pas rencontrés depuis le début de la guerre,"
          " et l'on parle toujours d'un sommet.",
    # (h_eltr) the German line names the two leaders, as an article does (without them the article is about no
    # meeting of theirs and no demand, venue or legitimacy reads); "haben sich nicht getroffen" is narrated past too
    # since h_morph (it was taken for a refusal: the participle's lemma is "treffen")
    "de": "Putin und Selenskyj sind sich seit Kriegsbeginn nie begegnet, über einen Gipfel wird weiter gesprochen.",
    # (h_eltr) the Turkish, Italian and Spanish families
    "tr": "Putin ve Zelenskiy savaşın başından beri görüşmedi, bir zirve konuşulmaya devam ediyor.",
    "it": "Putin e Zelensky non si sono incontrati dall'inizio della guerra, e si continua a parlare di un vertice.",
    "es": "Putin y Zelenski no se han reunido desde el inicio de la guerra, y se sigue hablando de una cumbre.",
    # (h_langs3) the Polish families
    "pl": "Putin i Zełenski nie spotkali się od początku wojny, a rozmowy o szczycie trwają.",
}
FILES = ("precision_families.tsv", "demand_families.tsv", "langs_families.tsv")
CASES = [(name, *line.split("\t")) for name in FILES for line in (Path(__file__).parent / "data" / name)
         .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
READER = Reader()


@pytest.mark.parametrize(("file", "lang", "sentence", "expected"), CASES,
                         ids=[f"{c[0].split('_')[0]}-{c[1]}-{c[2][:50]}" for c in CASES])
def test_family_reads_only_what_was_said(file: str, lang: str, sentence: str, expected: str) -> None:
    text = sentence.replace("\\n", "\n")
    article = ArticleText("t", f"{CONTEXT[lang]}\n\n{text}", published=date(2025, 6, 1))
    got = {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions}
    assert got == {x for x in expected.split(";") if x}, file


def test_both_files_hold_cases() -> None:
    assert {c[0] for c in CASES} == set(FILES)
