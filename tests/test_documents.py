"""Documents as speakers: a memorandum or roadmap states its party's conditions (extractors/documents.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor


def _read(text: str) -> set[tuple[str, str, str, str]]:
    """(speaker, party, kind, value) of every assertion of the article."""
    found = default_extractor().extract(ArticleText("t", text, published=date(2025, 6, 2)))
    return {(st.speaker, c.party, c.kind, c.value) for st in found for c in st.conditions if c.op == "assert"}


@pytest.mark.parametrize(("text", "expected"), [
    # the party named beside the document, then a sentence pointing back to it
    ("СМИ опубликовали текст российского меморандума. В нем в числе условий урегулирования названы "
     "международно-правовое признание Крыма частью России и полный вывод украинских войск с их территории.",
     {("the Kremlin", "RU", "demand", "recognize_territory"), ("the Kremlin", "RU", "demand", "ukraine_withdraws")}),
    # the document as subject, its party in the sentence before ("its memorandum"), then "it"
    ("Russia handed Ukraine its memorandum on Monday.\n\nThe memorandum demands that Ukraine withdraw its troops "
     "from the four regions and renounce NATO membership.\n\nIt also calls for elections in Ukraine after martial "
     "law is lifted, before a peace treaty is signed.",
     {("the Kremlin", "RU", "demand", "ukraine_withdraws"), ("the Kremlin", "RU", "demand", "neutrality"),
      ("the Kremlin", "RU", "prerequisite", "legitimate_signatory")}),
    # the party's adjective right before the document wins over another party named after it
    ("Украинская «дорожная карта», переданная российской стороне заранее, предусматривает полное прекращение огня "
     "минимум на 30 дней как первый шаг, после которого должна состояться встреча Зеленского и Путина.",
     {("Kyiv", "UA", "prerequisite", "ceasefire")}),
    # a genitive after the document ("Меморандум росії"), then a list of conditions
    ("Меморандум росії. Москва передала свій документ лише на місці. Серед умов — виведення українських військ з "
     "Донецької, Луганської, Запорізької та Херсонської областей, відмова від вступу до НАТО.",
     {("the Kremlin", "RU", "demand", "ukraine_withdraws"), ("the Kremlin", "RU", "demand", "neutrality")}),
    # a decree is its signer's: what "it" states later is his side's
    ("Зеленський підписав указ 30 вересня 2022 року.\n\nУ ньому констатовано неможливість проведення переговорів "
     "із президентом росії володимиром путіним.", {("Kyiv", "UA", "stance", "refuses")}),
    # (h_u15b) the author as the subject of a relative clause on the document; three paragraphs on, each pointing
    # back to it, it still speaks
    ("СМИ опубликовали текст меморандума, который делегация РФ передала украинской стороне.\n\nСогласно тексту "
     "меморандума, должно быть признание Крыма частью России.\n\nДокумент также предусматривает нейтральный "
     "статус Украины.\n\nКак говорится в документе, договор должен быть подписан после проведения на Украине "
     "выборов.",
     {("the Kremlin", "RU", "demand", "recognize_territory"), ("the Kremlin", "RU", "demand", "neutrality"),
      ("the Kremlin", "RU", "prerequisite", "legitimate_signatory")}),
    # the side opening the sentence hands over its own («власний») document; "a separate point" states it too
    ("Українська делегація передала російській стороні власний документ.\n\nОкремим пунктом зазначено, що "
     "Україна не визнаватиме жодних окупованих територій російськими.",
     {("Kyiv", "UA", "demand", "no_territorial_concessions")}),
])
def test_a_document_speaks_for_its_party(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= _read(text)


@pytest.mark.parametrize("text", [
    # someone speaking of the document speaks for himself
    "Russia handed Ukraine its memorandum on Monday.\n\nZelensky called the Russian memorandum an ultimatum that "
    "demands Ukraine's withdrawal from its own land.",
    # "it" with no verb of what a document says is no document
    "Russia handed Ukraine its memorandum on Monday.\n\nIt is unclear whether Putin will agree to meet Zelensky.",
    # (h_u15b) a side that only got the document is not its author
    "СМИ опубликовали текст меморандума, который получила российская сторона.\n\nДокумент предусматривает "
    "нейтральный статус Украины.",
    # a document whose party is not known speaks for nobody
    "The memorandum demands that Ukraine withdraw its troops from the four regions.",
])
def test_no_document_speaker(text: str) -> None:
    assert not {a for a in _read(text) if a[0] in ("the Kremlin", "Kyiv")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Серед вимог москви — виведення українських військ із чотирьох областей і відмова від НАТО.",
         ("RU", "demand", "ukraine_withdraws")),
        ("Умови путіна залишаються незмінними: повний вихід ЗСУ з Донецької та Луганської областей.",
         ("RU", "demand", "ukraine_withdraws")),
    ],
)
def test_a_partys_demands_named_as_a_list_speak_for_it(text: str, expected: tuple[str, str, str]) -> None:
    """'Серед вимог москви — ...', 'Умови путіна ...: ...': the demands of a party, listed, are that party's (the
    Ukrainian troops named inside the list make nothing Ukraine's)."""
    lead = "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають.\n\n"
    sts = default_extractor().extract(ArticleText("t", lead + text, published=date(2025, 6, 2)))
    assert expected in {(c.party, c.kind, c.value) for s in sts for c in s.conditions}
