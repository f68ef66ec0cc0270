"""Who said it, in the shapes new writers use (h_attr4): a post or a liveblog entry quoted in one line ("Yermak on
X: ...", «Захарова в своем канале: ...», «Єрмак у Telegram: ...»), a quote standing as its own paragraph whose
speaker the next paragraph names ("Those were the words of ...", «Об этом заявил ...», «Про це заявив ...»), and an
interview's bare "yes" or "possible" to a question that puts the meeting, its place or its terms to the
interviewee. And the shapes that state nothing: an anonymous source, a "yes" about another party or to a negated
question, a post's author who is no party."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor

_EN = "Putin and Zelensky have not met since the war began, and talk of a summit continues.\n\n"
_RU = "Путин и Зеленский не встречались с начала войны, разговоры о саммите продолжаются.\n\n"
_UK = "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають.\n\n"


def _read(text: str) -> set[str]:
    sts = default_extractor().extract(ArticleText("t", text, published=date(2025, 6, 1)))
    return {f"{s.speaker}|{c.party}.{c.kind}.{c.value}" for s in sts for c in s.conditions}


POSTS = [
    (_EN + 'Yermak on X: "Zelensky is ready to meet Putin in any format."',
     {"Andriy Yermak|UA.stance.willing", "Andriy Yermak|UA.format.any"}),
    (_EN + '11:52 PM - Zakharova on Telegram: "A meeting with Zelensky in Kyiv is out of the question."',
     {"Maria Zakharova|RU.venue.not_kyiv"}),
    (_EN + 'Peskov on Zelensky: "Putin is ready to meet him in Moscow."',
     {"Dmitry Peskov|RU.stance.willing", "Dmitry Peskov|RU.venue.moscow"}),
    (_EN + "Zelensky in his nightly address: \"I am ready to meet Putin, but only after a ceasefire.\"",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.prerequisite.ceasefire"}),
    (_RU + "⚡️ Захарова в своем канале: «Встреча Путина с Зеленским в Киеве исключена».",
     {"Maria Zakharova|RU.venue.not_kyiv"}),
    (_RU + "⚡️ Песков одной строкой: «Путин готов встретиться с Зеленским только в Москве».",
     {"Dmitry Peskov|RU.stance.willing", "Dmitry Peskov|RU.venue.moscow"}),
    (_RU + "Подоляк в Telegram: «Зеленский готов встретиться с Путиным, но только после прекращения огня».",
     {"Mykhailo Podolyak|UA.stance.willing", "Mykhailo Podolyak|UA.prerequisite.ceasefire"}),
    (_UK + "Подоляк у Telegram: «Зеленський готовий зустрітися з путіним у будь-якому форматі».",
     {"Mykhailo Podolyak|UA.stance.willing", "Mykhailo Podolyak|UA.format.any"}),
    (_UK + "14:35 Єрмак у X: «Зеленський готовий до зустрічі з путіним лише після припинення вогню».",
     {"Andriy Yermak|UA.stance.willing", "Andriy Yermak|UA.prerequisite.ceasefire"}),
]

QUOTE_PARAGRAPHS = [
    (_EN + '"We are ready for a meeting. It can be in Istanbul. We have said so many times."\n\n'
     "Those were the words of the head of the presidential office, Andriy Yermak.",
     {"Andriy Yermak|UA.stance.willing", "Andriy Yermak|UA.venue.istanbul"}),
    (_EN + '"Putin is ready for a meeting. It can be in Moscow, of course."\n\n'
     "That is how Kremlin spokesman Dmitry Peskov put it on Monday.",
     {"Dmitry Peskov|RU.stance.willing", "Dmitry Peskov|RU.venue.moscow"}),
    (_RU + "«Мы готовы к встрече. Она может пройти в Стамбуле. Мы говорили это много раз».\n\n"
     "Об этом заявил пресс-секретарь Кремля Дмитрий Песков.",
     {"Dmitry Peskov|RU.stance.willing", "Dmitry Peskov|RU.venue.istanbul"}),
    (_UK + "«Ми готові до зустрічі. Вона може відбутися в Стамбулі. Ми казали це багато разів».\n\n"
     "Про це заявив керівник Офісу президента Андрій Єрмак.",
     {"Andriy Yermak|UA.stance.willing", "Andriy Yermak|UA.venue.istanbul"}),
]

ANSWERS = [
    ("Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
     "Q: Would you be ready to meet Putin in Istanbul?\nA: Yes.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
    ("Putin and Zelensky have not met since 2019. Peskov spoke to the Evening Courier.\n\n"
     "Q: Is Putin ready to meet Zelensky?\nA: Yes, he is.",
     {"Dmitry Peskov|RU.stance.willing"}),
    ("Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
     "Q: Would you meet Putin in Geneva?\nA: Why not?",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.geneva"}),
    ("Путин и Зеленский не встречались с 2019 года. Песков дал интервью.\n\n"
     "— Готов ли Путин встретиться с Зеленским?\n— Да.", {"Dmitry Peskov|RU.stance.willing"}),
    ("Путин и Зеленский не встречались с 2019 года. Песков дал интервью.\n\n"
     "— Возможна ли встреча Путина и Зеленского в Стамбуле?\n— Не исключено.", {"Dmitry Peskov|RU.venue.istanbul"}),
    ("Путін і Зеленський не зустрічалися з 2019 року. Зеленський дав інтерв'ю.\n\n"
     "— Чи готові ви зустрітися з путіним?\n— Так.", {"Volodymyr Zelensky|UA.stance.willing"}),
    ("Путін і Зеленський не зустрічалися з 2019 року. Зеленський дав інтерв'ю.\n\n"
     "— Чи готові ви зустрітися з путіним у Стамбулі?\n— Звісно.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
]

ANSWERS += [
    # the interviewee's label in two words before his bare answer
    (_EN + "HOST: Would you meet Putin in Istanbul?\nVolodymyr Zelensky: Yes.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
    (_UK + "ВЕДУЧИЙ: Ви готові зустрітися з путіним?\nВолодимир Зеленський: Так.",
     {"Volodymyr Zelensky|UA.stance.willing"}),
    (_RU + "ВЕДУЩИЙ: Поедет ли Путин в Стамбул на встречу с Зеленским?\nДмитрий Песков: Нет.",
     {"Dmitry Peskov|RU.venue.not_istanbul"}),
]

ANSWERS += [
    # (h_venue22) a yes and a "possible" together are one answer: the question's place and readiness taken; a "no"
    # with a "possible" is no yes
    ("Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
     "Q: Would you be ready to meet Putin in Istanbul?\nA: Yes, that is possible.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
    ("Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
     "Q: Would you be ready to meet Putin in Istanbul?\nA: No, that is not possible.", set()),
    ("Путин и Зеленский не встречались с 2019 года. Песков дал интервью.\n\n"
     "— Возможна ли встреча Путина и Зеленского в Стамбуле?\n— Да, это возможно.", {"Dmitry Peskov|RU.venue.istanbul"}),
    ("Путін і Зеленський не зустрічалися з 2019 року. Зеленський дав інтерв'ю.\n\n"
     "— Чи готові ви зустрітися з путіним у Стамбулі?\n— Так, цілком можливо.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
]

INTERVIEW_PLACES = [
    # what an interview says of the meeting keeps its venue; the outlet's city is none
    (_EN + "Zelensky told Fox News in Kyiv he was ready to meet Putin in Istanbul.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
    (_RU + "Зеленский в интервью телеканалу CNN в Киеве заявил, что готов встретиться с Путиным в Стамбуле.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
    (_UK + "Зеленський в інтерв'ю телеканалу CNN у Києві заявив, що готовий зустрітися з путіним у Стамбулі.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul"}),
]

TRANSCRIPTS = [
    # a TV or radio transcript: speakers' names in capitals, an answer broken off and the host's short echo between
    # its two halves; the answer goes on about the meeting its speaker spoke of
    (_EN + "ZELENSKY: I am ready to meet Putin. But not in --\nHOST: Not in Moscow?\nZELENSKY: Not in Moscow, no.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.not_moscow"}),
    (_EN + "PUTIN: I am ready to meet Zelensky. But only --\nHOST: Only in Moscow?\nPUTIN: Only in Moscow, yes.",
     {"Vladimir Putin|RU.stance.willing", "Vladimir Putin|RU.venue.moscow"}),
    (_EN + "HOST: Would you meet Putin in Istanbul?\nZELENSKY: Yes. But --\nHOST: Only after a ceasefire?\n"
     "ZELENSKY: Only after a ceasefire.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.istanbul",
      "Volodymyr Zelensky|UA.prerequisite.ceasefire"}),
    (_RU + "ПУТИН: Мы готовы встретиться с Зеленским. Но только…\nВЕДУЩИЙ: Только в Москве?\n"
     "ПУТИН: Только в Москве, да.",
     {"Vladimir Putin|RU.stance.willing", "Vladimir Putin|RU.venue.moscow"}),
    (_UK + "ЗЕЛЕНСЬКИЙ: Я готовий зустрітися з путіним. Але не в —\nВЕДУЧИЙ: Не в Москві?\n"
     "ЗЕЛЕНСЬКИЙ: Не в Москві, ні.",
     {"Volodymyr Zelensky|UA.stance.willing", "Volodymyr Zelensky|UA.venue.not_moscow"}),
]

TRANSCRIPTS_APART = [
    # the host's question on another matter breaks the thread: the place in the answer is that matter's
    (_EN + "ZELENSKY: I am ready to meet Putin.\nHOST: Is the front line in Donetsk holding this week, Mr President?\n"
     "ZELENSKY: Not in Bakhmut, no.", {"Volodymyr Zelensky|UA.stance.willing"}),
    (_UK + "ЗЕЛЕНСЬКИЙ: Я готовий зустрітися з путіним.\nВЕДУЧИЙ: Що з обміном полоненими у Стамбулі?\n"
     "ЗЕЛЕНСЬКИЙ: У Стамбулі — так.", {"Volodymyr Zelensky|UA.stance.willing"}),
]

NOTHING = [
    # an anonymous source is no party (docs/conditions.md), in any language
    _EN + "A source in the Kremlin said Putin would meet Zelensky only to sign a final document.",
    _RU + "Источник в Кремле сообщил, что Путин встретится с Зеленским только для подписания итогового документа.",
    _UK + "Джерело в ОП повідомило, що Зеленський готовий зустрітися з путіним, але не в Москві.",
    _EN + "People familiar with the talks said Zelensky was ready to meet Putin in Istanbul.",
    # a post's author who is no party
    _EN + 'Analyst Ivan Petrenko on X: "Zelensky is ready to meet Putin in Istanbul."',
    _RU + "⚡️ Источники в Белом доме: Зеленский готов встретиться с Путиным в Стамбуле.",
    _UK + "Джерело в ОП: Зеленський готовий зустрітися з путіним у Стамбулі.",
    # a "yes" to a question about the other side, or to a negated question
    "Putin and Zelensky have not met since 2019. Peskov spoke to the Evening Courier.\n\n"
    "Q: Is Zelensky ready to meet Putin in Istanbul?\nA: Yes.",
    "Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
    "Q: Won't you meet Putin in Moscow?\nA: Yes.",
    "Путин и Зеленский не встречались с 2019 года. Песков дал интервью.\n\n"
    "— Готов ли Зеленский встретиться с Путиным в Стамбуле?\n— Да.",
    "Путін і Зеленський не зустрічалися з 2019 року. Зеленський дав інтерв'ю.\n\n"
    "— Ви ж не поїдете до Москви на зустріч із путіним?\n— Так.",
    # the outlet an interview was given to, and where: no venue
    _EN + "Zelensky sat down with CNN in Kyiv.",
    _EN + "Zelensky sat down with the BBC in Kyiv on Monday.",
    _RU + "Путин дал интервью телеканалу «Россия» в Москве.",
    _UK + "Зеленський дав інтерв'ю телеканалу CNN у Києві.",
    # a "yes" not right after the question
    "Putin and Zelensky have not met since 2019. Zelensky gave an interview to the Kyiv Post.\n\n"
    "Q: Would you meet Putin in Istanbul?\nA: Let me say this. Q: And? A: Yes.",
    # h_attr12: a staff noun governed by a preposition, or one whose complement names no party, speaks for nobody
    _RU + "Встреча с помощником президента России показала, что Путин готов встретиться с Зеленским только в Москве.",
    _RU + "Помощник президента США заявил, что Путин готов встретиться с Зеленским только в Москве.",
]

# h_attr11: a noun of what was said opening the clause, its possessor beside it, and a colon: the words after the
# colon are the possessor's, whoever they name ("his" is the person last spoken of, not a name a fronted phrase holds)
POSSESSED = [
    (_EN + "Zelensky spoke on Monday. After Putin's Moscow invitation, his reply was short: Putin could come to Kyiv.",
     {"Volodymyr Zelensky|UA.venue.kyiv"}),
    (_EN + "Moscow's position is unchanged: Putin will meet Zelensky only in Moscow.",
     {"the Kremlin|RU.venue.moscow"}),
    (_RU + "Позиция Москвы неизменна: Путин встретится с Зеленским только в Москве.",
     {"the Kremlin|RU.venue.moscow"}),
    (_RU + "Позиция Киева неизменна: Зеленский готов встретиться с Путиным где угодно, кроме Москвы.",
     {"Kyiv|UA.stance.willing", "Kyiv|UA.venue.not_moscow"}),
    (_RU + "Ответ Зеленского был коротким: пусть Путин приезжает в Киев.",
     {"Volodymyr Zelensky|UA.venue.kyiv"}),
    (_UK + "Позиція Москви залишається незмінною вже кілька років: зустріч президентів можлива лише як завершальний "
     "етап, коли документ буде погоджено експертами.",
     # (h_prereq18) the experts only as the agents of the agreed text: documents_agreed alone, as the corpora label
     # "когда текст соглашения будет согласован делегациями" (unseen12) and "agreed by the delegations" (unseen17)
     {"the Kremlin|RU.prerequisite.documents_agreed"}),
    (_UK + "Відповідь Зеленського була короткою: хай Путін приїжджає до Києва.",
     {"Volodymyr Zelensky|UA.venue.kyiv"}),
    # h_attr12: a party's adjective before the noun is its possessor too
    (_EN + "The Ukrainian position on the venue is unchanged: Zelensky will meet Putin anywhere but Moscow.",
     {"Kyiv|UA.stance.willing", "Kyiv|UA.venue.not_moscow"}),
    (_RU + "Российская позиция неизменна: Путин встретится с Зеленским только в Москве.",
     {"the Kremlin|RU.venue.moscow"}),
    (_EN + "The position of the Kremlin is clear: Putin will meet Zelensky only in Moscow.",
     {"the Kremlin|RU.venue.moscow"}),
    (_UK + "Українська позиція проста: Зеленський готовий зустрітися з путіним, але не в Москві.",
     {"Kyiv|UA.stance.willing", "Kyiv|UA.venue.not_moscow"}),
]

# h_attr12: a staff noun in the nominative whose genitive complement names a party, speaking with no name: the party's
# unnamed official (its institution) speaks; a name after it speaks itself
STAFF = [
    (_RU + "Помощник президента России заявил, что Путин готов встретиться с Зеленским только в Москве.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_UK + "Помічник президента Росії заявив, що путін готовий зустрітися з Зеленським лише в Москві.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_UK + "Радник керівника ОП заявив, що Зеленський готовий зустрітися з путіним лише після припинення вогню.",
     {"Kyiv|UA.stance.willing", "Kyiv|UA.prerequisite.ceasefire"}),
    (_RU + "«Путин готов встретиться с Зеленским только в Москве», — заявил помощник президента России.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_RU + "Помощник президента России Юрий Ушаков заявил, что Путин готов встретиться с Зеленским только в Москве.",
     {"Yury Ushakov|RU.stance.willing", "Yury Ushakov|RU.venue.moscow"}),
]


@pytest.mark.parametrize(("text", "expected"), STAFF)
def test_staff_of_a_party(text: str, expected: set[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSTS + QUOTE_PARAGRAPHS + ANSWERS + INTERVIEW_PLACES + TRANSCRIPTS
                         + TRANSCRIPTS_APART + POSSESSED)
def test_who_said_it(text: str, expected: set[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_shapes_that_state_nothing(text: str) -> None:
    assert _read(text) == set()


# h_attr13: plural staff of a party speaking with no name («Представители Кремля заявили»: a one-person title said in
# the plural is the party's officials, not the person who holds it); a source set inside another's sentence ("Putin,
# according to Zelensky, is ready", «Путин, как заявил Зеленский, готов», «Российская позиция, по словам
# Зеленского, ...:») speaks, and the subject before it is what is spoken of (its party's, reported)
PLURAL_STAFF_AND_SET_SOURCES = [
    (_RU + "Представители Кремля заявили, что Путин готов встретиться с Зеленским только в Москве.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_UK + "Представники Кремля заявили, що путін готовий зустрітися з Зеленським лише в Москві.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_EN + "Officials in Kyiv said Zelensky is ready to meet Putin in Istanbul.",
     {"Kyiv|UA.stance.willing", "Kyiv|UA.venue.istanbul"}),
    (_EN + "Representatives of the Kremlin said Putin was ready to meet Zelensky only in Moscow.",
     {"the Kremlin|RU.stance.willing", "the Kremlin|RU.venue.moscow"}),
    (_EN + "Putin, according to Zelensky, is ready to meet only in Moscow.",
     {"Volodymyr Zelensky|RU.stance.willing", "Volodymyr Zelensky|RU.venue.moscow"}),
    (_RU + "Путин, как заявил Зеленский, готов встретиться только в Москве.",
     {"Volodymyr Zelensky|RU.stance.willing", "Volodymyr Zelensky|RU.venue.moscow"}),
    (_EN + "Zelensky, Peskov said, is ready to meet Putin only in Istanbul.",
     {"Dmitry Peskov|UA.stance.willing", "Dmitry Peskov|UA.venue.istanbul"}),
    (_RU + "Российская позиция, по словам Зеленского, абсурдна: Путин готов встретиться только в Москве.",
     {"Volodymyr Zelensky|RU.stance.willing"}),
    (_EN + "Zelensky, according to Peskov, is not legitimate, so Putin will not meet him.",
     {"Dmitry Peskov|RU.prerequisite.legitimate_signatory", "Dmitry Peskov|RU.stance.refuses"}),
]

# h_attr13: the first verb of saying is that of people of no party (critics, analysts, experts), no one named between
# them and it: their account, not the reporter's summary of the party it names nor the last speaker going on
NO_PARTY_SAYS = [
    "Putin said on Monday he was ready. Critics say he is ready to meet Zelensky only in Moscow.",
    "Zelensky said he wanted peace. Analysts say he is ready to meet Putin in Istanbul.",
    "Critics say Putin will never agree to meet Zelensky outside Moscow.",
    "Эксперты считают, что Путин готов встретиться с Зеленским только в Москве.",
    "Аналітики вважають, що путін готовий зустрітися із Зеленським лише в Москві.",
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_STAFF_AND_SET_SOURCES)
def test_plural_staff_and_set_sources(text: str, expected: set[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NO_PARTY_SAYS)
def test_no_party_says(text: str) -> None:
    assert _read(text) == set()


# h_attr14: a speaker set between commas inside a sentence that resumes after him speaks the whole sentence; the
# subject before him is what he speaks of, not outside his words (nor his own position)
PARENTHETICAL_SPEAKERS = [
    (_EN + "Putin, Zelensky said, wants the meeting only in Moscow.", {"Volodymyr Zelensky|RU.venue.moscow"}),
    (_EN + "The Kremlin, Zelensky said, wants the meeting only in Moscow.", {"Volodymyr Zelensky|RU.venue.moscow"}),
    (_EN + "The Kremlin's condition, Zelensky said, is a meeting in Moscow.", set()),
    (_RU + "Зеленский позвонил Путину: он, сказал он, готов встретиться с ним.",
     {"Volodymyr Zelensky|UA.stance.willing"}),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL_SPEAKERS)
def test_parenthetical_speakers(text: str, expected: set[str]) -> None:
    assert _read(text) == expected
