"""h_dates25: two lines that date the words around them and name no speaker: a sentence opening with a noun of words
said that gives their day ("The remarks came on Monday, after talks in Riyadh", «Заява пролунала в понеділок»)
dates the undated statements just before it; a live blog's line that is only a relative day ("YESTERDAY", «ВЧЕРА»)
heads the entries after it, as a weekday line does; a day said as an adjective of the talk («в воскресном
интервью», "w niedzielnym wywiadzie") is the talk's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.days import MON, SUN, TUE, WED
from tests.support.days import statement_days as _days


@pytest.mark.parametrize("text", [
    "Lavrov said Putin was ready to meet Zelensky once the documents were agreed.\n\nThe remarks came on Monday, "
    "after four hours of talks with Rubio in Riyadh.",
    "Лавров заявил, что Путин готов встретиться с Зеленским, когда документы будут согласованы.\n\nЗаявление "
    "прозвучало в понедельник, после четырёх часов переговоров с Рубио в Эр-Рияде.",
    "Лавров заявив, що Путін готовий зустрітися із Зеленським, коли документи буде узгоджено.\n\nЗаява пролунала в "
    "понеділок, після чотирьох годин переговорів із Рубіо в Ер-Ріяді.",
    "Lavrov afirmó que Putin está dispuesto a reunirse con Zelenski cuando los documentos estén acordados.\n\nLas "
    "declaraciones llegaron el lunes, después de cuatro horas de conversaciones con Rubio en Riad.",
    "Lawrow sagte, Putin sei bereit, Selenskyj zu treffen, sobald die Dokumente abgestimmt seien.\n\nDie Äußerungen "
    "fielen am Montag, nach vier Stunden Gesprächen mit Rubio in Riad.",
])
def test_a_remarks_line_dates_the_words_before_it(text: str) -> None:
    """The noun of words said opens the sentence, the day stands in its first clause: the words were said then."""
    assert set(_days(text)) == {MON}


@pytest.mark.parametrize("text", [
    # the day past the first clause is the talks' end, not the remarks'
    "Lavrov said Putin was ready to meet Zelensky once the documents were agreed.\n\nThe remarks came hours after "
    "talks in Riyadh, which ended on Monday.",
    "Лавров заявив, що Путін готовий зустрітися із Зеленським, коли документи буде узгоджено.\n\nЗаява пролунала за "
    "кілька годин після переговорів, які завершилися в понеділок.",
    "Лавров заявил, что Путин готов встретиться с Зеленским, когда документы будут согласованы.\n\nЗаявление "
    "прозвучало через несколько часов после переговоров, которые завершились в понедельник.",
    # an older day is a recap's, not the story's: the undated words stay the story's
    "Lavrov said Putin was ready to meet Zelensky once the documents were agreed.\n\nThe remarks came on October 10, "
    "after talks with Rubio.",
    # no noun of words said opening the sentence: the talks' day
    "Lavrov said Putin was ready to meet Zelensky once the documents were agreed.\n\nRussia and the United States had "
    "held talks on Monday.",
])
def test_a_day_not_of_the_remarks_keeps_the_articles_day(text: str) -> None:
    """The contrast: a day of another event, or none, leaves the words on the article's day."""
    assert set(_days(text)) == {WED}


# today's entries, long enough that the "yesterday" line stands past the lead (a date in the lead is the story's)
_TODAY = {
    "en": "10:00 - Zelensky said he was ready to meet Putin in any format.\n\n09:15 - Overnight recap. Russian troops "
          "entered the outskirts of Kharkiv and were pushed back by evening, according to the regional governor. The "
          "capital is under curfew until Thursday morning, and the metro stations are open as shelters. Air defence "
          "worked over the city for most of the night, the mayor wrote on his channel. Power was back in most "
          "districts by dawn.",
    "ru": "10:00 - Зеленский заявил, что готов встретиться с Путиным в любом формате.\n\n09:15 - Ночная сводка. "
          "Российские войска вошли на окраины Харькова и к вечеру были отброшены, сообщил глава области. В столице "
          "действует комендантский час до утра четверга, станции метро открыты как укрытия. ПВО работала над "
          "городом большую часть ночи, написал мэр в своём канале. К утру свет вернули в большинство "
          "районов.",
    "uk": "10:00 - Зеленський заявив, що готовий зустрітися з Путіним у будь-якому форматі.\n\n09:15 - Нічне зведення. "
          "Російські війська зайшли на околиці Харкова і до вечора були відкинуті, повідомив голова області. У "
          "столиці діє комендантська година до ранку четверга, станції метро відкриті як укриття. ППО працювала над "
          "містом більшу частину ночі, написав мер у своєму каналі. До ранку світло повернули в більшість "
          "районів.",
}


# an entry of another speaker's words, undated
_ENTRY = {
    "en": "21:30 - Lavrov said Putin was ready to meet Zelensky once the documents were agreed.",
    "ru": "21:30 - Лавров заявил, что Путин готов встретиться с Зеленским, когда документы будут согласованы.",
    "uk": "21:30 - Лавров заявив, що Путін готовий зустрітися із Зеленським, коли документи буде узгоджено.",
}


@pytest.mark.parametrize(("lang", "line"), [("en", "YESTERDAY"), ("ru", "ВЧЕРА"), ("uk", "Вчора:")])
def test_a_relative_day_line_heads_the_entries_after_it(lang: str, line: str) -> None:
    """Today's entries keep the article's day; those under the "yesterday" line are of the day before."""
    assert _days(f"Live\n\n{_TODAY[lang]}\n\n{line}\n\n{_ENTRY[lang]}") == [WED, TUE]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_an_entry_with_no_day_line_keeps_the_articles_day(lang: str) -> None:
    """The contrast: with no "yesterday" line the last entry is of the day published, as the first is."""
    assert _days(f"Live\n\n{_TODAY[lang]}\n\n{_ENTRY[lang]}") == [WED, WED]


@pytest.mark.parametrize(("text", "day"), [
    ("Wołodymyr Zełenski powiedział w niedzielnym wywiadzie dla amerykańskiej telewizji, że jest gotów do rozmów z "
     "Władimirem Putinem.", SUN),
    ("Владимир Зеленский в воскресном интервью американскому телеканалу заявил, что готов к переговорам с Путиным.",
     SUN),
    ("Володимир Зеленський у недільному інтерв'ю американському телеканалу заявив, що готовий до переговорів із "
     "Путіним.", SUN),
    ("Selenskyj sagte im gestrigen Interview mit einem US-Sender, er sei zu Gesprächen mit Putin bereit.", TUE),
    ("Зеленский во вчерашнем выступлении заявил, что готов к переговорам с Путиным.", TUE),
])
def test_a_day_said_as_the_talks_adjective_dates_it(text: str, day: date) -> None:
    """The adjective right before the noun of the talk: the Sunday before the article's Wednesday, or yesterday."""
    assert set(_days(text)) == {day}


@pytest.mark.parametrize("text", [
    "Po niedzielnych rozmowach delegacji Zełenski powiedział, że jest gotów do rozmów z Władimirem Putinem.",
    "После воскресных переговоров делегаций Зеленский заявил, что готов к переговорам с Путиным.",
    "Після недільних переговорів делегацій Зеленський заявив, що готовий до переговорів із Путіним.",
])
def test_a_day_adjective_of_another_event_dates_nothing(text: str) -> None:
    """The contrast: the adjective before another event's noun (the delegations' talks) leaves the article's day."""
    assert set(_days(text)) == {WED}
