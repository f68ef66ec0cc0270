"""h_dates24: the day a statement was made when its sentence names a day to come after a verb of saying, and in an
interview's turns."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import find_date

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
