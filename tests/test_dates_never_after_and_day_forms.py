"""h_dates26: a statement is never dated after its article's day (a "two days later" counted past it gives way to the
sentence's weekday, and any day past it is the publication's); the day's forms the calendar lacked (Greek's genitive
"της Δευτέρας", German "Montagmorgen", Italian and Spanish without accents, «χτες», «anoche», «la veille»); a day
after a word opening a span on the article's day or later («прекращения огня с 12 мая») is a start to come, not the
day the speaker spoke; an announcement's line dates the words before it as a remarks line does."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import find_date
from tests.support.days import statement_days

TUE = date(2025, 6, 3)  # the article's day
MON = date(2025, 6, 2)
SUN = date(2025, 6, 1)


def _days(text: str, published: date = TUE) -> list[date | None]:
    """The days of the statements that read a condition, in the article's order."""
    return statement_days(text, published)


@pytest.mark.parametrize("text", [
    "On Monday, Peskov said Putin was ready to meet Zelensky. Two days later, Zelensky said he was ready to meet "
    "Putin in Istanbul.",
    "В понедельник Песков заявил, что Путин готов встретиться с Зеленским. Через два дня Зеленский заявил, что готов "
    "встретиться с Путиным в Стамбуле.",
    "У понеділок Пєсков заявив, що путін готовий зустрітися із Зеленським. Через два дні Зеленський заявив, що готовий "
    "зустрітися з путіним у Стамбулі.",
])
def test_no_statement_is_dated_after_the_article(text: str) -> None:
    """A count from the story's last date that runs past the day published dates nothing after it."""
    days = _days(text)
    assert days and all(d is not None and d <= TUE for d in days)


def test_a_count_past_the_article_gives_way_to_the_sentences_weekday() -> None:
    """«в четвер, через два дні після того, як ...»: two days after another event, the answer's day is Thursday."""
    fri, thu = date(2025, 10, 24), date(2025, 10, 23)
    text = "Подоляк відповів на запитання в четвер, через два дні після того, як у Вашингтоні оголосили про паузу"
    assert find_date(text, fri, anchor=thu) == thu
    assert find_date("Two days later, he said so again", date(2025, 10, 24), anchor=date(2025, 10, 21)) == \
        date(2025, 10, 23)  # (the contrast: a count up to the article's day still dates)


@pytest.mark.parametrize(("text", "day"), [
    ("Στον γύρο της Δευτέρας, η ουκρανική αντιπροσωπεία πρότεινε συνάντηση των προέδρων", MON),
    ("Η ανακοίνωση ήρθε το βράδυ της Κυριακής", SUN),
    ("Ο Πεσκόφ δήλωσε το βράδυ της Τρίτης ότι", TUE),
    ("Ο Πεσκόφ δήλωσε χτες ότι", MON),
    ("Am Montagmorgen sagte Merz, ein Treffen sei möglich", MON),
    ("Merz sagte am Sonntagnachmittag, ein Treffen sei möglich", SUN),
    ("Meloni ha detto lunedi sera che il Papa è pronto", MON),
    ("Sánchez dijo el domingo que", SUN),
    ("Albares dijo anoche que España está dispuesta", MON),
])
def test_the_days_forms_in_every_language(text: str, day: date) -> None:
    """Each form names its day, resolved against the article's."""
    assert find_date(text, TUE) == day


@pytest.mark.parametrize("text", [
    "Ο Ζελένσκι ζήτησε συνάντηση σε έδαφος τρίτης χώρας",  # «τρίτης», "third", is no Tuesday alone
    "Ο Ζελένσκι ζήτησε συνάντηση σε έδαφος πέμπτης χώρας",
])
def test_a_greek_ordinal_is_no_weekday(text: str) -> None:
    """Tuesday's and Thursday's genitives count only with their evening or morning."""
    assert find_date(text, TUE) is None


def test_the_eve_counts_back_from_the_storys_day_but_not_an_events_eve() -> None:
    """«La veille» is the day before the story's last date; «à la veille du sommet» the eve of an event."""
    assert find_date("La veille, Emmanuel Macron avait suggéré Genève", TUE, anchor=MON) == SUN
    assert find_date("À la veille du sommet, Emmanuel Macron a suggéré Genève", TUE, anchor=MON) is None
    assert find_date("La víspera de la cumbre, Macron sugirió Ginebra", TUE, anchor=MON) is None


@pytest.mark.parametrize("text", [
    "Зеленский потребовал от Москвы полного прекращения огня с 3 июня",
    "Зеленський вимагав від Москви повного припинення вогню з 3 червня",
    "Zelensky demanded a full ceasefire from June 3",
    "Selenskyj forderte eine Waffenruhe ab dem 3. Juni",
])
def test_a_start_still_to_come_is_not_the_saying(text: str) -> None:
    """A day after a word opening a span, on the article's day or later, starts a truce: the sentence gives no day."""
    assert find_date(text, TUE) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Trump's sequence since 1 June has been a bilateral meeting first", SUN),
    ("Зеленский заявил 3 июня, что готов к встрече", TUE),
    ("Зеленский заявил 2 июня, что готов к прекращению огня с 5 июня", MON),
])
def test_a_day_past_or_said_still_dates(text: str, day: date) -> None:
    """The contrast: "since" a past day tells when a position was taken; a day of saying stays the saying's."""
    assert find_date(text, TUE) == day


@pytest.mark.parametrize("text", [
    "Lavrov said Putin was ready to meet Zelensky once the documents were agreed.\n\nThe announcement came on "
    "Monday, after talks with Rubio.",
    "Лавров заявил, что Путин готов встретиться с Зеленским, когда документы будут согласованы.\n\nОбъявление "
    "прозвучало в понедельник, после переговоров с Рубио.",
    "Лавров заявив, що Путін готовий зустрітися із Зеленським, коли документи буде узгоджено.\n\nОголошення "
    "пролунало в понеділок, після переговорів із Рубіо.",
])
def test_an_announcement_line_dates_the_words_before_it(text: str) -> None:
    """"The announcement came on Monday": the words just before it were said then, as "The remarks came" says."""
    assert set(_days(text)) == {MON}


@pytest.mark.parametrize("text", [
    "Zelensky said he was ready to meet Putin in Istanbul.\n\nThe announcement of new EU sanctions came on Monday.",
    "Зеленский заявил, что готов встретиться с Путиным в Стамбуле.\n\nОбъявление о новых санкциях ЕС прозвучало в "
    "понедельник.",
    "Зеленський заявив, що готовий зустрітися з Путіним у Стамбулі.\n\nОголошення про нові санкції ЄС пролунало в "
    "понеділок.",
])
def test_an_announcement_of_something_else_dates_nothing_before_it(text: str) -> None:
    """(review, session 38) An announcement with an object of its own ("of new EU sanctions", «о новых санкциях»)
    dates what it announces: the words before it keep the article's day."""
    assert set(_days(text)) == {TUE}
