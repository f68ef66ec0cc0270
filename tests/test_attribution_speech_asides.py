"""A verb of saying inserted inside the clause it attributes.

"Moscow, he said, is out of the question", «Москва, наголосив він, відпадає», «Москва, — подчеркнул он, — отпадает»,
«Встреча, по словам Пескова, ...», «Moscou, a-t-il dit, est exclue», «Mosca, ha detto, è esclusa»: the parenthesis of
saying (analysis._speech_asides) adds no distance and cuts no clause, so the words on both sides are read as one
("Moscow ... is out of the question" rules Moscow out); its speaker speaks the whole sentence, and a bare verb in a
language that drops the pronoun is the person last spoken of.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.analysis import analyse
from extractors.base import ArticleText
from extractors.reader import Reader

_HEAD = {
    "en": "Sybiha on venues for a Putin-Zelensky meeting",
    "ru": "Сибига о месте встречи Путина и Зеленского",
    "uk": "Сибіга про місце зустрічі Путіна і Зеленського",
    "fr": "Sybiha sur le lieu d'une rencontre entre Poutine et Zelensky",
    "it": "Sybiha sul luogo di un incontro tra Putin e Zelensky",
    "es": "Sybiha sobre el lugar de una reunión entre Putin y Zelensky",
    "de": "Sybiha über den Ort eines Treffens zwischen Putin und Selenskyj",
}


def _read(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """(speaker, party, kind, value) of every condition read, under a headline on the leaders' meeting."""
    st = Reader().extract(ArticleText("t", f"{_HEAD[lang]}\n{text}", published=date(2025, 9, 6), lang=lang))
    return [(s.speaker, c.party, c.kind, c.value) for s in st for c in s.conditions]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sybiha answered reporters. Moscow, he stressed, is ruled out, because it is the capital of the aggressor."),
    ("uk", "Сибіга відповів журналістам. Москва, наголосив він, відпадає, бо це столиця держави-агресора."),
    ("ru", "Сибига ответил журналистам. Москва, подчеркнул он, отпадает, потому что это столица агрессора."),
    ("ru", "Сибига ответил журналистам. Москва, — подчеркнул он, — отпадает."),
    ("ru", "Сибига ответил журналистам. Москва, подчеркнул министр, отпадает."),
    ("fr", "Sybiha a répondu aux journalistes. Moscou, a-t-il dit, est exclue."),
    ("it", "Sybiha ha parlato ai giornalisti. Mosca, ha detto, è esclusa."),
    ("es", "Sybiha habló con periodistas. Moscú, dijo, está descartada."),
    # the verb's own match takes the pronoun in ("sagte er"): the speaker inside the aside is still the one meant
    ("de", "Sybiha sprach mit Journalisten. Moskau, sagte er, komme nicht in Frage."),
    ("fr", "Sybiha a répondu aux journalistes. Moscou, a-t-il déclaré, n'est pas une option."),
])
def test_a_place_ruled_out_across_the_aside(lang: str, text: str) -> None:
    assert ("Andrii Sybiha", "UA", "venue", "not_moscow") in _read(text, lang)


@pytest.mark.parametrize(("lang", "text", "aside"), [
    ("en", "Moscow, he said, is out of the question.", ", he said,"),
    ("en", "Kyiv, according to him, will not go.", ", according to him,"),
    ("ru", "Встреча, по словам Пескова, пока не стоит на повестке.", ", по словам Пескова,"),
    ("ru", "Москва, — подчеркнул он, — отпадает.", ", — подчеркнул он, —"),
    ("uk", "Москва, наголосив він, відпадає.", ", наголосив він,"),
    # a word after it that only ends as a gerund does ("готов", "в") is none: the aside stands
    ("ru", "Он, сказал он, готов встретиться.", ", сказал он,"),
    ("ru", "Встреча, сказал он, в Москве невозможна.", ", сказал он,"),
    ("ru", "В Москву, подчеркнул президент, он не поедет.", ", подчеркнул президент,"),  # a preposition, no "-в"
    ("ru", "Россия, подчеркнул он, не готова.", ", подчеркнул он,"),  # a noun, no gerund's "-я"
    # the verb after it is the clause's own ("wants"), not a second verb of saying in a list
    ("en", "Putin, Zelensky said, wants the meeting only in Moscow.", ", Zelensky said,"),
    # a quote mark before it that closes a name quoted inside the clause
    ("ru", "Без его решения по «формуле Анкориджа», сказал он, рассчитывать на мир не приходится.", ", сказал он,"),
    ("en", 'Without the so-called "Anchorage formula," he said, no settlement is possible.', '," he said,'),
    # a determiner after it opens the subject of a clause only begun by a connective
    ("en", "Therefore, says Putin, the only legitimate authority is the parliament.", ", says Putin,"),
    # a finite reflexive verb after it, no gerund («-ся»; a reflexive gerund ends in «-сь»)
    ("ru", "Вопросы урегулирования, напомнил он, решаются в рамках Минских соглашений.", ", напомнил он,"),
    ("ru", "Москва, подчеркнул Песков, остаётся открытой для встречи.", ", подчеркнул Песков,"),
    ("uk", "Питання врегулювання, нагадав він, вирішуються в рамках Мінських угод.", ", нагадав він,"),
])
def test_the_aside_is_set_off_in_one_clause(lang: str, text: str, aside: str) -> None:
    view = analyse(text, lang)
    first, last = min(view.asides), max(view.asides)
    assert view.span(first, last) == aside
    assert len({view.clause[i] for i, t in enumerate(view.tokens) if t.is_word}) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin rejected the offer, saying, in effect, that Moscow was the only place."),  # a participle: no aside
    ("ru", "«Москва отпадает», — заявил Сибига, — «и это окончательно»."),  # between two quotes: two readings
    ("en", "Zelensky, who said, he was ready, went to Ankara."),  # a relative clause, no parenthesis of saying
    ("ru", "Москва, заявил Песков, добавив, что встреча возможна."),  # a gerund after it: a closing attribution
    # quote marks on both sides join two quotes; one closing the quotation the sentence opens with is closed by it
    ("en", '"Russia is ready in Paris," an official told reporters, "and so is Kyiv."'),
    ("ru", "«Россия готова», — заявил Песков, — и это окончательно."),
    # a determiner after a whole clause opens an appositive
    ("en", "The talks ended late, the Elysee Palace said, the first summit since 2019."),
    # a relative clause after it, a subordinate clause of its own
    ("uk", "Раніше, у неділю, Зеленський назвав і місце, яке вважав би прийнятним."),
    ("uk", "Наведемо його ключовий фрагмент, бо він добре пояснює, звідки ми починали."),
])
def test_no_aside(lang: str, text: str) -> None:
    assert not analyse(text, lang).asides


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("ru", "Путин готов к встрече.\nВ пятницу, 16 мая, Песков заявил, встреча Путина и Зеленского возможна только "
           "в Москве.", "заявил"),
    ("uk", "Зеленський готовий до зустрічі.\nУ п'ятницю, 16 травня, Зеленський заявив, зустріч із Путіним можлива "
           "лише в Туреччині.", "заявив"),
])
def test_a_speaker_before_his_verb_is_the_reporting_clause(lang: str, text: str, verb: str) -> None:
    """ru/uk put the verb of a parenthesis of saying first («Москва, подчеркнул Песков, ...»): a speaker before his
    verb between commas is the sentence's own reporting clause, its words after the verb, the opening's day his."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 5, 20), lang=lang))
    last = st[-1]
    assert last.quote.startswith(verb) and last.stated_on == date(2025, 5, 16)


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("ru", "Ушаков рассказал, как Москва видит дальнейший путь.\nБез его решения по «формуле Анкориджа», сказал он, "
           "рассчитывать на долгосрочное урегулирование не приходится.",
     "Без его решения по «формуле Анкориджа», сказал он, рассчитывать на долгосрочное урегулирование не приходится"),
    ("en", "Putin met Lukashenko in Minsk.\nNo election was held; therefore, says Putin, the only legitimate "
           "authority is the parliament.",
     "No election was held; therefore, says Putin, the only legitimate authority is the parliament"),
    ("ru", "Путин встретился с Лукашенко.\nВопросы урегулирования, напомнил он, решаются в рамках Минских "
           "соглашений и Контактной группы.",
     "Вопросы урегулирования, напомнил он, решаются в рамках Минских соглашений и Контактной группы"),
    # a speaker in a clause opened by a conjunction: the words before it are not his
    ("uk", "Зеленський дав інтерв'ю телеканалу.\nНаведемо його ключовий фрагмент, бо він добре пояснює, звідки ми "
           "починали.", "пояснює, звідки ми починали"),
])
def test_the_quote_holds_the_aside(lang: str, text: str, quote: str) -> None:
    """The statement's words (shown in alerts) run across the aside: the whole sentence is the speaker's."""
    st = Reader().extract(ArticleText("t", text, published=date(2025, 8, 25), lang=lang))
    assert st[-1].quote == quote


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'Peskov spoke to reporters on Monday. Putin, he said, "has never said no" to a meeting with Zelensky.',
     "Dmitry Peskov"),
    ("ru", "Песков выступил в эфире. Путин, сказал он, никогда не отказывался от встречи с Зеленским.",
     "Dmitry Peskov"),
    ("uk", "Пєсков виступив в ефірі. Путін, сказав він, ніколи не відмовлявся від зустрічі з Зеленським.",
     "Dmitry Peskov"),
    # the other side reporting it: its speaker's words about Russia (a report, under the alert threshold), not Putin's
    ("en", 'Sybiha spoke on television. Putin, he said, "is not ready for any meeting" with Zelensky.',
     "Andrii Sybiha"),
])
def test_the_subject_the_aside_interrupts_is_not_its_speaker(lang: str, text: str, speaker: str) -> None:
    """'Putin, he said, "..."': "he" is the one spoken of before, not the subject his parenthesis interrupts (an alert
    citing Putin for his spokesman's words, or for a Ukrainian minister's account of him, cites the wrong man)."""
    assert {s for s, *_ in _read(text, lang)} == {speaker}
