"""h_dates21: the day a statement was made when the sentence also dates a thing (an address, a decision), a
broadcast's transcript, a live blog that ran the day before it was published, and one exclusive value a day."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText, Condition, Statement
from extractors.dates import find_date, live_blog_day, recording_date
from extractors.default import default_extractor
from extractors.reader import _resolve_exclusive

THU = date(2021, 4, 22)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "Таким образом российский лидер ответил на видеообращение Зеленского от 20 апреля",
        "Він прокоментував заяву помічника Путіна Юрія Ушакова від 20 квітня",
        "Er antwortete auf die Videobotschaft Selenskyjs vom 20. April",
        "He replied to Zelensky's letter dated April 20",
        "Zelenskiy'nin 20 Nisan tarihli video mesajına yanıt verdi",
    ],
)
def test_a_day_written_as_a_things_attribute_is_not_the_speakers(text: str) -> None:
    assert find_date(text, THU) is None
    assert find_date(text, THU, things=True) == date(2021, 4, 20)  # (a recording line's own day: asked for)


@pytest.mark.parametrize(
    "text",
    ["Путин 20 апреля ответил на видеообращение Зеленского", "Zelensky said on April 20 that he was ready",
     "Зеленський 20 квітня заявив, що готовий"],
)
def test_the_speakers_own_day_still_dates_him(text: str) -> None:
    assert find_date(text, THU) == date(2021, 4, 20)


@pytest.mark.parametrize(
    "text",
    ["Розшифровка ефіру від понеділка, 12 травня.", "Расшифровка эфира от 12 мая.",
     "Transcript of the broadcast of Monday, 12 May."],
)
def test_a_broadcasts_transcript_line_dates_its_turns(text: str) -> None:
    assert recording_date(text, date(2025, 5, 13)) == date(2025, 5, 12)


def test_a_live_blog_that_ran_the_day_before_it_was_published_is_of_that_day() -> None:
    text = "LIVE: talks\n\n18:55 — Trump posts.\n\n18:40 — Zelensky speaks."
    url = "https://x.example/live/2025/08/18/talks"
    assert live_blog_day(text, url, date(2025, 8, 19)) == date(2025, 8, 18)
    assert live_blog_day(text, url, date(2025, 8, 18)) is None  # published that day: nothing to move
    assert live_blog_day(text, url, date(2025, 8, 25)) is None  # a week on: another story's day
    assert live_blog_day("No clock entries here.", url, date(2025, 8, 19)) is None


def _read(text: str, published: date, url: str | None = None) -> list[Statement]:
    return default_extractor(0.5).extract(ArticleText("t", text, "", published, url=url))


def test_a_reply_to_an_address_of_another_day_keeps_the_replys_day() -> None:
    text = ("МОСКВА, 22 апреля. Президент России Владимир Путин заявил, что готов принять Зеленского в Москве.\n\n"
            "Таким образом российский лидер ответил на видеообращение Зеленского от 20 апреля.")
    days = {c.value: st.stated_on for st in _read(text, THU) for c in st.conditions if c.party == "RU"}
    assert days.get("willing") == THU


def test_a_hosts_question_of_yesterday_does_not_date_the_answer() -> None:
    text = ("Розшифровка ефіру від понеділка, 12 травня.\n\n"
            "ВЕДУЧА: Вчора ввечері президент написав, що чекатиме Путіна в Стамбулі. Це так?\n\n"
            "ПОДОЛЯК: Так. Президент поїде до Стамбула, за умови, що туди приїде Путін.\n\n"
            "ВЕДУЧА: Тобто розмова віч-на-віч?\n\nПОДОЛЯК: Саме так. Лідер з лідером.")
    read = [(c.party, c.kind, c.value, st.stated_on) for st in _read(text, date(2025, 5, 12)) for c in st.conditions]
    assert ("UA", "format", "one_on_one", date(2025, 5, 12)) in read
    assert all(party == "UA" and day == date(2025, 5, 12) for party, _, _, day in read)  # nothing Putin's


def _stance(value: str, confidence: float) -> Statement:
    return Statement("Zelensky", "UA", value, False, THU, 0, 1,
                     (Condition("UA", "stance", value, value, confidence=confidence),))


def _kept(statements: list[Statement]) -> list[str]:
    return [c.value for st in _resolve_exclusive(statements, lambda st: "") for c in st.conditions]


def test_a_reading_under_the_alert_threshold_hides_none_that_reaches_it() -> None:
    assert _kept([_stance("refuses", 0.45), _stance("willing", 0.9)]) == ["willing"]


def test_of_two_readings_that_reach_it_the_stronger_value_still_wins() -> None:
    assert _kept([_stance("refuses", 0.6), _stance("willing", 0.9)]) == ["refuses"]
