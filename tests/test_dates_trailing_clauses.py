"""h_dates27: the day told after the words or around the speaker's name: a reporting clause closing the sentence
("..., his office said on Friday", «..., повідомила в п'ятницю його адміністрація»), a quote whose subject-less verb
of saying follows it («"...", — заявив у понеділок», "«...», ha dichiarato lunedì"), a past participle's clause set
off after the name («Мединский, прибывший в Стамбул в пятницу, в понедельник заявил»: the arrival's day, not the
words'), a dateline naming two places with a spaced slash ("RIAD / KIEV, 22 Oct. - "), and a perfective future
of going («додавши, що поїде до Стамбула в четвер»: a day to come, not the saying's)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.dates import find_date
from extractors.default import default_extractor
from tests.support.days import MON, WED, statement_days


def _days(text: str) -> set[date | None]:
    """The days of the statements that read a condition."""
    return set(statement_days(text))


@pytest.mark.parametrize("text", [
    "Erdogan offered Putin and Zelensky Istanbul as the venue for a summit, his office said on Monday.",
    "Эрдоган предложил Путину и Зеленскому Стамбул как место встречи, сообщила в понедельник его администрация.",
    "Ердоган запропонував Путіну та Зеленському Стамбул — «або будь-яке інше місто Туреччини», повідомила в "
    "понеділок його адміністрація.",
    "Ердоган запропонував Стамбул як місце зустрічі Путіна і Зеленського, повідомили в його офісі в понеділок.",
])
def test_a_reporting_clause_closing_the_sentence_dates_the_words(text: str) -> None:
    """The words were made known on the day the closing clause names."""
    assert _days(text) == {MON}


@pytest.mark.parametrize("text", [
    "Эрдоган предложил Путину и Зеленскому Стамбул как место встречи, сообщила его администрация.",
    "Ердоган запропонував Путіну та Зеленському Стамбул як місце зустрічі, повідомила його адміністрація, "
    "додавши, що саміт може відбутися в понеділок.",
])
def test_a_closing_clause_with_no_day_or_a_day_after_that_dates_nothing(text: str) -> None:
    """The contrast: no day in the closing clause, or one after its "that" (the summit's), keeps the article's day."""
    assert _days(text) == {WED}


@pytest.mark.parametrize(("lang_text"), [
    "Зеленський прибув до Рима. «Ми готові зустрітися з Путіним у будь-якому форматі», — заявив у понеділок.",
    "Zelensky è arrivato a Roma. «Siamo pronti a incontrare Putin in qualsiasi formato», ha dichiarato lunedì, "
    "citando la Turchia.",
    "Zelenski llegó a Roma. «Estamos dispuestos a reunirnos con Putin en cualquier formato», declaró el lunes.",
])
def test_a_subjectless_verb_after_the_quote_dates_it(lang_text: str) -> None:
    """The pronoun dropped, the verb after the quote still names the day of its words."""
    assert _days(lang_text) == {MON}


@pytest.mark.parametrize("text", [
    "Зеленський прибув до Рима. «Ми готові зустрітися з Путіним у будь-якому форматі», — заявив він, додавши, що "
    "поїде до Стамбула в понеділок.",
    "Зеленский прибыл в Рим. «Мы готовы встретиться с Путиным в любом формате», — заявил он, добавив, что поедет в "
    "Стамбул в понедельник.",
    "Zelensky è arrivato a Roma. «Siamo pronti a incontrare Putin», ha detto, aggiungendo che sarà a Istanbul lunedì.",
])
def test_a_day_of_going_after_the_quote_is_to_come(text: str) -> None:
    """The contrast: the day of a trip said after "that" is the trip's («поїде», «поедет» with no auxiliary)."""
    assert _days(text) == {WED}


@pytest.mark.parametrize("text", [
    "Глава российской делегации Владимир Мединский, прибывший в Стамбул в пятницу, в понедельник после встречи с "
    "украинцами заявил, что встреча президентов возможна только после подготовки документов.",
    "Владимир Мединский, вернувшийся из Стамбула в пятницу, в понедельник заявил, что встреча президентов возможна "
    "только после подготовки документов.",
    "Vladimir Medinsky, who arrived in Istanbul on Friday, said on Monday that a meeting of the presidents is "
    "possible only once documents are prepared.",
])
def test_a_participles_day_before_the_verb_is_the_arrivals(text: str) -> None:
    """The day inside the clause set off after the name is another event's when the words have their own."""
    assert _days(text) == {MON}


@pytest.mark.parametrize("text", [
    "RIAD / KIEV, 22 Oct. - Serguéi Lavrov afirmó el lunes en Riad, tras una reunión con Marco Rubio, que Putin "
    "está dispuesto a negociar con Zelenski.\n\n\"Si se firma algo, debe firmarlo alguien legítimo\", dijo Lavrov.",
    "MOSCOW / KYIV, Oct 22 - Sergei Lavrov said on Monday after talks with Marco Rubio that Putin was ready to "
    "negotiate with Zelensky.\n\n\"If anything is signed, it must be signed by someone legitimate,\" Lavrov said.",
])
def test_a_two_place_dateline_is_no_day_of_the_words(text: str) -> None:
    """The dateline's date is the article's; the lead's Monday dates the speaker, and his next words with it."""
    assert _days(text) == {MON}


def _blog(marker: str, lang: str = "en") -> dict[str, date | None]:
    """The days a live blog run the day before it was published (its address's day) reads, by party."""
    entries = {
        "en": ["13:20 - Zelensky says: \"We are ready for a trilateral meeting.\"",
               f"{marker}07:15 - Orban's office says the Hungarian capital is available to host the meeting.",
               "08:02 - Peskov says any contacts at the top level must be prepared extremely carefully."],
        "ru": ["13:20 — Зеленский заявил: «Мы готовы к трехсторонней встрече».",
               f"{marker}07:15 — Офис Орбана заявил, что венгерская столица готова принять встречу.",
               "08:02 — Песков заявил, что любые контакты на высшем уровне должны быть тщательно подготовлены."],
        "uk": ["13:20 — Зеленський заявив: «Ми готові до тристоронньої зустрічі».",
               f"{marker}07:15 — Офіс Орбана заявив, що угорська столиця готова прийняти зустріч.",
               "08:02 — Пєсков заявив, що будь-які контакти на найвищому рівні мають бути ретельно підготовлені."],
    }[lang]
    text = "LIVE: the leaders' meeting\n\n" + "\n\n".join(entries)
    statements = default_extractor(0.5).extract(
        ArticleText("t", text, "", WED, url="https://x.example/live/2025/10/21/summit"))
    return {st.party: st.stated_on for st in statements if st.conditions}


@pytest.mark.parametrize(("lang", "marker"), [("en", "(Wednesday) "), ("ru", "(среда) "), ("uk", "(середа) "),
                                              ("en", "Wednesday, ")])
def test_a_live_blogs_entry_naming_the_next_day_dates_the_entries_after_it(lang: str, marker: str) -> None:
    """Past midnight the blog's entries are of the day the entry's marker names, the ones after it too."""
    assert _blog(marker, lang) == {"UA": date(2025, 10, 21), "MEDIATOR": WED, "RU": WED}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_live_blogs_entries_with_no_marker_stay_on_its_day(lang: str) -> None:
    """The contrast: with no day named, the entries are of the day the blog ran (its address's)."""
    assert set(_blog("", lang).values()) == {date(2025, 10, 21)}


@pytest.mark.parametrize("text", [
    "Il Vaticano è pronto a ospitare un incontro tra Putin e Zelensky. Lo ha confermato lunedì la presidente del "
    "Consiglio Giorgia Meloni.",
    "Moscú está dispuesta a una cumbre entre Putin y Zelenski solo tras un acuerdo. Lo dijo el lunes el portavoz "
    "del Kremlin, Dmitri Peskov.",
    "Moscú está dispuesta a una cumbre entre Putin y Zelenski solo tras un acuerdo. Lo confirmó el lunes Dmitri "
    "Peskov.",
    "Москва готова к встрече Путина и Зеленского только после соглашения. Об этом в понедельник заявил Дмитрий "
    "Песков.",
    "Москва готова до зустрічі Путіна і Зеленського лише після угоди. Про це в понеділок заявив Дмитро Пєсков.",
])
def test_a_sentence_pointing_back_with_lo_dates_the_words_before_it(text: str) -> None:
    """"Lo ha confermato lunedì", "Lo dijo el lunes": the words before were said on the day the pointing sentence
    names, as «Об этом ... заявил» says."""
    assert _days(text) == {MON}


@pytest.mark.parametrize("text", [
    "Moscú está dispuesta a una cumbre entre Putin y Zelenski solo tras un acuerdo. Lo dijo Dmitri Peskov.",
    "Il Vaticano è pronto a ospitare un incontro tra Putin e Zelensky. Lo ha confermato la premier Giorgia Meloni.",
])
def test_a_pointing_sentence_with_no_day_dates_nothing(text: str) -> None:
    """The contrast: no day in it, the words keep the article's."""
    assert _days(text) == {WED}


FRI = date(2025, 9, 5)  # a Friday


@pytest.mark.parametrize("text", [
    "Зеленський минулої п'ятниці заявив, що готовий до зустрічі з Путіним.",
    "В минувшую пятницу Путин заявил, что готов к встрече с Зеленским.",
    "Last Friday Zelensky said he was ready to meet Putin.",
])
def test_last_friday_said_on_a_friday_is_a_week_back(text: str) -> None:
    """«минулої п'ятниці» (the Ukrainian genitive), «в минувшую пятницу», "last Friday": the one before the day."""
    assert find_date(text, FRI) == date(2025, 8, 29)


@pytest.mark.parametrize(("text", "day"), [
    ("Зеленський у п'ятницю заявив, що готовий до зустрічі.", FRI),
    ("Песков минулої неділі сказав, що зустріч можлива.", date(2025, 8, 31)),
    ("Путин в пятницу заявил, что готов к встрече.", FRI),
    ("Зустріч має відбутися до п'ятниці, заявив Єрмак.", None),
    ("Зеленський наступної неділі поїде до Стамбула.", None),
])
def test_the_days_genitive_reads_as_its_accusative_does(text: str, day: date | None) -> None:
    """The contrast: with no "last" the day itself; «до» (until) and «наступної» (next) give no day of saying."""
    assert find_date(text, FRI) == day


SUN = date(2025, 9, 7)  # the article's day in the fronted-time tests


def _days_on(text: str, published: date) -> set[date | None]:
    """The days of the statements that read a condition, the article published on `published`."""
    return set(statement_days(text, published))


@pytest.mark.parametrize("text", [
    "В минувшую пятницу на пленарке ВЭФ Путин повторил: лучшее место — Москва. Но тут же: смысла во встрече с "
    "Зеленским сейчас он почти не видит.",
    "В пятницу, выступая на пленарке ВЭФ, Путин повторил: лучшее место — Москва. Но тут же: смысла во встрече с "
    "Зеленским сейчас он почти не видит.",
    "Минулої п'ятниці на форумі Путін повторив: найкраще місце — Москва. І тут же: сенсу в зустрічі із Зеленським "
    "зараз він не бачить.",
    "Last Friday at the forum plenary Putin repeated: the best place is Moscow. But then: he sees no point in a "
    "meeting with Zelensky now.",
])
def test_a_time_opening_a_longer_phrase_before_the_speaker_dates_him(text: str) -> None:
    """The time phrase that opens the words before the name ("On Friday, at the forum plenary, Putin ...") is the
    saying's, and what he goes on to say ("Но тут же: ...") keeps it."""
    assert _days_on(text, SUN) == {date(2025, 9, 5)}


@pytest.mark.parametrize("text", [
    "After the talks at the forum plenary Putin repeated: the best place for a meeting with Zelensky is Moscow.",
    "После переговоров на пленарке ВЭФ Путин повторил: лучшее место для встречи с Зеленским — Москва.",
    "Після переговорів на форумі Путін повторив: найкраще місце для зустрічі із Зеленським — Москва.",
])
def test_a_phrase_before_the_speaker_with_no_time_dates_nothing(text: str) -> None:
    """The contrast: no time opens it, the words keep the article's day."""
    assert _days_on(text, SUN) == {SUN}
