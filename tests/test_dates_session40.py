"""h_dates40: the day a statement was made, two causes the unseen28 tune half showed: a live blog's header naming
the day its entries are of ("Posted 22 October, 00:40 | Entries below were filed on Tuesday 21 October"), and a
recall's old day ending where the story comes back to "now" («Ще 11 вересня Зеленський наполягав ... Тепер Київ
...»)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.days import MON, TUE, WED
from tests.support.days import statement_days as _days

RECALLED = date(2025, 9, 11)


# --- a live blog's header naming its entries' day --------------------------------------------------------------------

_ENTRIES = {
    "en": ("LIVE: Istanbul talks day\n\nPosted 22 October 2025, {clock} | {header}\n\n"
           "23:10\nZelensky said he was ready to meet Putin in any format.\n\n"
           "19:02\nPeskov said a meeting of the leaders was possible only as a result of the work of experts."),
    "ru": ("ОНЛАЙН: день переговоров в Стамбуле\n\nОпубликовано 22 октября 2025, {clock} | {header}\n\n"
           "23:10\nЗеленский заявил, что готов встретиться с Путиным в любом формате.\n\n"
           "19:02\nПесков заявил, что встреча лидеров возможна только по итогам работы экспертов."),
    "uk": ("ОНЛАЙН: день переговорів у Стамбулі\n\nОпубліковано 22 жовтня 2025, {clock} | {header}\n\n"
           "23:10\nЗеленський заявив, що готовий зустрітися з Путіним у будь-якому форматі.\n\n"
           "19:02\nПєсков заявив, що зустріч лідерів можлива лише за результатами роботи експертів."),
}


@pytest.mark.parametrize(("lang", "header"), [
    ("en", "Entries below were filed on Tuesday 21 October"),
    ("ru", "Записи ниже сделаны во вторник, 21 октября"),
    ("uk", "Усі оновлення нижче — за вівторок, 21 жовтня"),
])
def test_a_headers_day_for_its_entries_dates_them(lang: str, header: str) -> None:
    """Published after midnight, a blog whose header gives its entries the day before: its entries are of that day."""
    assert _days(_ENTRIES[lang].format(clock="00:40", header=header)) == [TUE, TUE]


@pytest.mark.parametrize(("lang", "header"), [
    ("en", "Live coverage"),
    ("en", "Entries below were filed on Wednesday 22 October"),
    ("en", "Updates from Monday 20 October are in yesterday's blog"),
    ("en", "Trump posts on Tuesday 21 October that talks are on"),
    ("ru", "Прямая трансляция"),
    ("uk", "Пряма трансляція"),
])
def test_a_header_with_no_day_before_keeps_the_blogs_day(lang: str, header: str) -> None:
    """The contrast: no day for the entries, their own day, one further back (another blog's), or a day after a
    headline's verb ("posts") dates nothing."""
    assert _days(_ENTRIES[lang].format(clock="00:40", header=header)) == [WED, WED]


# --- a recall ended by "now" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Back on September 11 Zelensky insisted that a full ceasefire had to come before any meeting with Putin. Now Kyiv "
    "no longer demands a ceasefire before a meeting of the leaders.\n\nThe talks in Washington ended late.\n\n"
    "Zelensky also said he was ready to meet Putin in any format.",
    "Ще 11 вересня Зеленський наполягав, що спершу має бути повне припинення вогню. Тепер Київ вже не вимагає "
    "перемир'я як умови зустрічі лідерів.\n\nПереговори у Вашингтоні завершилися пізно.\n\nЗеленський окремо "
    "наголосив, що готовий зустрітися з Путіним у будь-якому форматі.",
    "Еще 11 сентября Зеленский настаивал, что сначала должно быть полное прекращение огня. Теперь Киев уже не требует "
    "перемирия как условия встречи лидеров.\n\nПереговоры в Вашингтоне завершились поздно.\n\nЗеленский отдельно "
    "подчеркнул, что готов встретиться с Путиным в любом формате.",
])
def test_now_ends_a_recalls_day(text: str) -> None:
    """The old day dates the recalled words only: after "now", the speaker's undated words are of the story's day."""
    days = _days(text)
    assert days[0] == RECALLED and days[-1] == WED


def test_a_day_of_this_week_goes_on_after_now() -> None:
    """The contrast: the story's own day ("On Monday") still dates the speaker's later undated words."""
    days = _days("On Monday Zelensky insisted that a full ceasefire had to come before any meeting with Putin. Now "
                 "Kyiv no longer demands a ceasefire before a meeting of the leaders.\n\nThe talks in Washington ended "
                 "late.\n\nZelensky also said he was ready to meet Putin in any format.")
    assert days[0] == MON and days[-1] == MON


@pytest.mark.parametrize("text", [
    "On September 11 Zelensky said he wanted a full ceasefire.\n\n\"Now is not the time for new demands,\" Putin "
    "said.\n\nZelensky added that the next summit with Putin should be held in Berlin.",
    "11 сентября Зеленский заявил, что хочет полного прекращения огня.\n\n«Сейчас не время для новых требований», — "
    "ответил Путин.\n\nЗеленский добавил, что следующий саммит с Путиным должен пройти в Берлине.",
    "11 вересня Зеленський заявив, що хоче повного припинення вогню.\n\n«Зараз не час для нових вимог», — відповів "
    "путін.\n\nЗеленський додав, що наступний саміт з путіним має відбутися в Берліні.",
])
def test_a_quoted_now_ends_no_recall(text: str) -> None:
    """(review, session 40) A "now" inside a quotation is the speaker's moment, not the narrator's: the recalled day
    still dates the other speaker's later words (reader._opens_quoted)."""
    assert _days(text)[-1] == RECALLED
