"""h_dates24: the day a statement was made when its sentence names a day to come after a verb of saying, and in an
interview's turns."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.dates import find_date
from extractors.default import default_extractor

SUN = date(2025, 5, 11)  # a Sunday
THU = date(2025, 5, 8)  # the Thursday before it


@pytest.mark.parametrize("text", [
    "The day closes with a Ukrainian president who says he will be in Turkey on Thursday.",
    "Zelensky told reporters he will travel to Istanbul on Thursday.",
    "Peskov insists Putin is going to decide on Thursday.",
    "Зеленский заявил, что будет ждать Путина в Турции в четверг.",
    "Зеленський заявив, що чекатиме путіна в Туреччині у четвер.",
    "Selenskyj sagte, er werde am Donnerstag in der Türkei sein.",
])
def test_a_weekday_after_a_future_said_of_it_is_the_events_day(text: str) -> None:
    """A future between the verb of saying and the weekday tells what is to happen that day: no statement's day."""
    assert find_date(text, SUN) is None


@pytest.mark.parametrize("text", [
    "Zelensky said on Thursday he will be in Turkey.",
    "He will be in Turkey, Zelensky said on Thursday.",
    "Зеленский сказал в четверг, что будет в Турции.",
    "Зеленський сказав у четвер, що буде в Туреччині.",
    "Selenskyj sagte am Donnerstag, er werde in der Türkei sein.",
])
def test_a_weekday_framing_the_verb_of_saying_still_dates_it(text: str) -> None:
    """The contrast: a weekday before the future, beside the verb of saying, is the day the words were said."""
    assert find_date(text, SUN) == THU


WED = date(2025, 8, 20)  # a Wednesday: the talk's day


def _read(text: str, published: date) -> list[tuple[str, str, str, date | None]]:
    return [(c.party, c.kind, c.value, st.stated_on)
            for st in default_extractor(0.5).extract(ArticleText("t", text, "", published)) for c in st.conditions]


@pytest.mark.parametrize("text", [
    "The interview was recorded on Wednesday, 20 August.\n\nQ: Is the president ready to meet Putin?\n\n"
    "SYBIHA: He has said it many times, and he said it again in Washington on Monday. We are ready for a bilateral "
    "meeting.",
    "Интервью записано в среду, 20 августа.\n\nВЕДУЩИЙ: Готов ли президент встретиться с Путиным?\n\n"
    "СИБИГА: Он говорил это много раз, и снова сказал в понедельник в Вашингтоне. Мы готовы к двусторонней встрече.",
    "Інтерв'ю записано в середу, 20 серпня.\n\nВЕДУЧИЙ: Чи готовий президент зустрітися з Путіним?\n\n"
    "СИБІГА: Він казав це багато разів і знову сказав у понеділок у Вашингтоні. Ми готові до двосторонньої зустрічі.",
])
def test_a_day_an_interviewee_tells_of_does_not_date_his_turn(text: str) -> None:
    """A weekday in an interviewee's words is a day he tells of: his words, and the next ones, are the talk's."""
    read = _read(text, WED)
    assert read and all(day == WED for _, _, _, day in read)


@pytest.mark.parametrize("text", [
    "The interview was recorded on Thursday, 20 November.\n\nQ: Is Kyiv's position changing?\n\n"
    "RYABKOV: Zelensky said again on Wednesday that Ukraine would not give up its territory.",
    "Интервью записано в четверг, 20 ноября.\n\nВЕДУЩИЙ: Меняется ли позиция Киева?\n\n"
    "РЯБКОВ: Зеленский в среду снова сказал, что Украина не отдаст ни метра своей территории.",
])
def test_another_persons_words_an_interviewee_relays_keep_their_day(text: str) -> None:
    """The contrast: what a named other person said on a day the interviewee tells of is dated that day."""
    read = _read(text, date(2025, 11, 21))
    assert ("UA", "demand", "no_territorial_concessions", date(2025, 11, 19)) in read


def test_may_the_verb_is_no_month_in_an_interviewees_turn() -> None:
    """English "may" is a verb as often as a month: lowercase, it names no time back, and the turn keeps the talk's
    day ("We can meet ..." alike)."""
    text = ("The interview was recorded on Wednesday, 20 August.\n\nQ: Where could the leaders meet?\n\n"
            "SYBIHA: We may meet Putin in Istanbul on Friday, in a bilateral format.")
    read = _read(text, WED)
    assert ("UA", "venue", "istanbul", WED) in read
