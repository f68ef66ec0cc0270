"""h_dates24b: the day named after the verb of a long reporting clause with no "that" (an interview's introduction:
«відповів на запитання «Дзеркала політики» у вівторок увечері, після того як ...») dates the saying, unless a word
between opens another clause or names another event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.days import MON, WED, statement_days


def _days(text: str) -> set[date | None]:
    """The days of the statements that read a condition."""
    return set(statement_days(text))


@pytest.mark.parametrize("text", [
    "Foreign minister Andrii Sybiha answered questions from the newspaper «Dzerkalo» on Monday evening, after the "
    "talk of a delay in Washington.\n\n— Is Zelensky ready to meet Putin?\n\n— Yes. We are ready for a trilateral "
    "meeting.",
    "Министр иностранных дел Андрей Сибига ответил на вопросы журналистов издания «Зеркало» в понедельник вечером, "
    "после того как заговорили об отсрочке саммита.\n\n— Готов ли Зеленский встретиться с Путиным?\n\n— Да. Мы "
    "готовы к трехсторонней встрече.",
    "Міністр закордонних справ Андрій Сибіга відповів на запитання видання «Дзеркало тижня» у понеділок увечері, "
    "після того як заговорили про відкладення саміту.\n\n— Чи готовий Зеленський зустрітися з Путіним?\n\n— Так. Ми "
    "готові до тристоронньої зустрічі.",
])
def test_the_day_closing_a_long_reporting_clause_dates_the_interview(text: str) -> None:
    """A quoted name is the verb's object, not its words; the day after it, before the clause's comma, is the talk's."""
    assert _days(text) == {MON}


@pytest.mark.parametrize("text", [
    "Zelensky said he would wait for Putin in Turkey on Monday - personally. We are ready for a trilateral meeting, "
    "he added.",
    "Зеленський говорив про переговори з Трампом у Вашингтоні в понеділок. Ми готові до тристоронньої зустрічі, "
    "додав він.",
    "Зеленский говорил о переговорах с Трампом в Вашингтоне в понедельник. Мы готовы к трехсторонней встрече, "
    "добавил он.",
])
def test_a_day_past_another_clause_or_event_is_not_the_sayings(text: str) -> None:
    """The contrast: words said without "that" ("he would wait ... on Monday") or talks named after the verb hold the
    day: the statement keeps the article's day."""
    assert _days(text) == {WED}
