"""(h_lists) A briefing's list under its lead-in: the cleaner keeps the bullets of a list a line ending in a colon
announces (and drops them elsewhere, as before), and the reader gives each item the lead-in's speaker, reading an item
of a list of terms as one; a list of news items and a transcript's dash turns keep their readings."""

from __future__ import annotations

from datetime import date

from extractors.base import ArticleText
from extractors.furniture import clean_article_text
from extractors.reader import Reader

READER = Reader()

_BRIEFING = """Delegations of Russia and Ukraine met in Istanbul on Tuesday to discuss a meeting of Putin and Zelensky.

The Ukrainian delegation handed over written proposals. Among them:
- a treaty of security guarantees, with several states as guarantors;
- a fifteen-year period of consultations on Crimea;
- any final agreement to be approved in a national referendum.

Medinsky said Moscow would study the proposals."""


def _read(text: str, lang: str = "en") -> set[str]:
    article = ArticleText("t", clean_article_text(text), "", date(2022, 3, 30), "", "", lang)
    return {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions}


def test_the_cleaner_keeps_the_bullets_of_an_announced_list_only() -> None:
    text = clean_article_text(_BRIEFING + "\n\nRelated\n- Putin and Zelensky: a timeline\n- What Kyiv wants")
    assert "- a treaty of security guarantees" in text
    assert "\n- Putin and Zelensky: a timeline" not in text


def test_the_items_are_the_lead_ins_speakers_terms() -> None:
    assert _read(_BRIEFING) >= {"UA.prerequisite.security_guarantees", "UA.demand.referendum"}


def test_a_dash_list_of_a_briefing_is_no_transcript() -> None:
    text = ("Песков ответил на вопросы о встрече Путина и Зеленского.\n\n"
            "Пресс-секретарь президента Дмитрий Песков на брифинге, коротко:\n\n"
            "— состав делегации будет объявлен позже;\n\n"
            "— встреча на высшем уровне, по его словам, возможна только по итогам работы делегаций.")
    assert "RU.prerequisite.expert_groundwork" in _read(text, "ru")


def test_a_box_of_news_items_reads_nothing() -> None:
    text = ("Putin and Zelensky have not met since the war began, and talk of a summit continues.\n\n"
            "Read also:\n- a ceasefire before any summit?\n- security guarantees explained")
    assert _read(text) == set()


def test_a_kept_hyphen_still_dates_a_recaps_item() -> None:
    text = ("Putin and Zelensky have not met since December 2019, and talk of a summit continues.\n\n"
            "How their positions changed:\n"
            "- March 2022 — Istanbul talks: Zelensky said he was ready to meet Putin in Jerusalem.\n"
            "- 2023: Peskov said a meeting was impossible.")
    article = ArticleText("t", clean_article_text(text), "", date(2025, 10, 24), "", "", "en")
    days = {(st.party, st.stated_on) for st in READER.extract(article) if st.conditions}
    assert days == {("UA", date(2022, 3, 1)), ("RU", date(2023, 1, 1))}
