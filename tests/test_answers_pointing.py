"""(h_answer) An interview's answer whose content is only in the question it answers: a yes or no followed by the
question's own words ("Yes, in Istanbul", "No, I would not", «Нет, не поеду», «Ні, не поїду»), and a bare answer to a
question of a trip to one venue («— Чи поїдете ви до Москви? — Ні.»). An answer adding a word the question did not
put is an answer of its own, and an answer with no question before it reads nothing."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader

READER = Reader()


def _read(text: str) -> set[str]:
    sts = READER.extract(ArticleText("t", text, published=date(2025, 6, 1)))
    return {f"{c.party}.{c.kind}.{c.value}" for s in sts for c in s.conditions}


CASES = [
    # a yes restating the question's place: its readiness and place taken
    ("Putin and Zelensky have not met since 2019.\n\nPeskov spoke to reporters.\n\n"
     "Q: Is President Putin ready to meet Zelensky in Istanbul?\nPESKOV: Yes, in Istanbul.",
     {"RU.stance.willing", "RU.venue.istanbul"}),
    # a no with its pronoun, verb and negation: the one place refused
    ("Putin and Zelensky have not met since 2019.\n\nZelensky spoke to CNN.\n\n"
     "Q: Would you go to Moscow to meet Putin?\nA: No, I would not.",
     {"UA.venue.not_moscow"}),
    ("Путин и Зеленский не встречались с 2019 года.\n\nПесков дал интервью ТАСС.\n\n"
     "— Поедет ли Путин в Стамбул на встречу с Зеленским?\n— Нет, не поедет.",
     {"RU.venue.not_istanbul"}),
    ("Путін і Зеленський не зустрічалися з 2019 року.\n\nЗеленський дав інтерв'ю.\n\n"
     "— Чи поїдете ви до Москви на зустріч з путіним?\n— Ні, не поїду.",
     {"UA.venue.not_moscow"}),
    # a trip to one venue asked in a story of the meeting, answered with a bare no
    ("Зеленський готовий зустрітися з путіним.\n\nЗеленський дав інтерв'ю.\n\n"
     "— Чи поїдете ви до Москви?\n— Ні.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    # a word the question did not put: the answer's own, not read as the question's
    ("Putin and Zelensky have not met since 2019.\n\nPeskov spoke to reporters.\n\n"
     "Q: Is President Putin ready to meet Zelensky in Istanbul?\nPESKOV: Yes, but in Geneva.",
     set()),
    # a yes with a negation says either
    ("Putin and Zelensky have not met since 2019.\n\nZelensky spoke to CNN.\n\n"
     "Q: Would you go to Moscow to meet Putin?\nA: Yes, I would not.",
     set()),
    # (h_answer2) no yes or no: the answer restates the question's verb or adjective, negated or not
    ("Путин дал интервью о возможной встрече с Зеленским.\n\n"
     "— Готовы ли вы встретиться с Зеленским в Стамбуле?\n— Готов.",
     {"RU.stance.willing", "RU.venue.istanbul"}),
    ("Путин дал интервью о возможной встрече с Зеленским.\n\n"
     "— Вы готовы встретиться с Зеленским?\n— Не готов.",
     {"RU.stance.refuses"}),
    ("Зеленський дав інтерв'ю про можливу зустріч з путіним.\n\n"
     "— Чи поїдете ви до Москви на зустріч з путіним?\n— Не поїду.",
     {"UA.venue.not_moscow"}),
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: Will you go to Moscow to meet Putin?\nA: I will not.",
     {"UA.venue.not_moscow"}),
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: Would you meet Putin in Istanbul?\nA: I would, yes.",
     {"UA.stance.willing", "UA.venue.istanbul"}),
    ("Lavrov gave an interview about a meeting between Putin and Zelensky.\n\n"
     "Q: But is President Putin ready to meet him?\n\nLAVROV: He said he was. Many times.",
     {"RU.stance.willing"}),
    # (h_u15a) a doubt opening the answer to a question of readiness doubts the meeting ("not now", «не сейчас»:
    # skeptical, not a refusal); to a question of whether one is planned it tells a fact; another party's act
    # forecast; a question of something else
    ("Путин дал интервью о возможной встрече с Зеленским.\n\n"
     "— Вы готовы встретиться с Зеленским?\n— Не сейчас.",
     {"RU.stance.skeptical"}),
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: Are you ready to meet Putin now?\nA: Not now.",
     {"UA.stance.skeptical"}),
    ("Dmitriev gave an interview about a meeting between Putin and Zelensky.\n\n"
     "Q: Would President Putin agree to meet Mr Zelensky now?\n\nDMITRIEV: Not now, no. That puts the cart before "
     "the horse.",
     {"RU.stance.skeptical"}),
    ("Lavrov gave an interview about a meeting between Putin and Zelensky.\n\n"
     "Q: Is such a meeting planned?\n\nA: Nothing is scheduled.",
     set()),
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: Will Putin come to Kyiv to meet you?\nA: He will not.",
     set()),
    ("Путин дал интервью о возможной встрече с Зеленским.\n\n"
     "— Американцы поднимают вопрос о встрече Путина и Зеленского?\n— Поднимают.",
     set()),
    ("Путин дал интервью о возможной встрече с Зеленским.\n\n"
     "— Зеленский готов встретиться с вами?\n— Не готов.",
     set()),
    # a place inside a reported question is not who answers; the reply with no subject after it is the last
    # speaker's («чи може це бути Москва, відповів»: not the Kremlin's)
    ("Путін і Зеленський не зустрічалися з 2019 року.\n\nРечник МЗС Георгій Тихий сказав, що зустріч Зеленського і "
     "путіна можлива. На уточнення, чи може це бути Москва, відповів: «Ні. Це навіть не обговорюється».",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    ("Путин и Зеленский не встречались с 2019 года.\n\nПесков сказал, что встреча Путина и Зеленского возможна. "
     "На вопрос, может ли это быть Киев, ответил: «Нет».",
     {"RU.stance.willing", "RU.venue.not_kyiv"}),
    # (h_selfq) a question the interviewee asks himself in his turn: a bare "no" after it refuses its place (it was
    # read as a venue proposed), a yes keeps it; a question he leaves to something else stays as read
    ("Sybiha gave an interview about a meeting between Zelensky and Putin.\n\n"
     "Q: What about the venue?\n\nSybiha: Could the leaders meet in Geneva? No. Switzerland is not neutral.",
     {"UA.venue.not_geneva"}),
    ("Sybiha gave an interview about a meeting between Zelensky and Putin.\n\n"
     "Q: What about the venue?\n\nSybiha: Could the leaders meet in Istanbul? Of course. Turkey has done it before.",
     {"UA.venue.istanbul"}),
    ("Песков дал интервью о встрече Путина и Зеленского.\n\n"
     "— А место?\n\n— Может ли встреча пройти в Минске? Нет. Это не обсуждается.",
     {"RU.venue.not_minsk"}),
    # the interviewee echoes the question before his yes: the yes answers the interviewer's question
    ("Подоляк дав інтерв'ю про можливу зустріч Зеленського з путіним.\n\n"
     "— Чи можуть вони зустрітися в Стамбулі?\n\n— Чи можуть? Так. Але тільки після повного припинення вогню.",
     {"UA.venue.istanbul", "UA.prerequisite.ceasefire"}),
    # both leaders the question's subject: the meeting itself, the answerer's leader among them
    ("Sybiha gave an interview about a meeting between Zelensky and Putin.\n\n"
     "Q: Could Putin and Zelensky meet in Istanbul?\n\nSybiha: Of course.",
     {"UA.stance.willing", "UA.venue.istanbul"}),
    # the interviewer states the condition, the answer is only "Exactly" / «Именно так» / «Саме так»; a "No"
    # with words of its own reads those words
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: So a ceasefire has to come first, before any meeting with Putin?\n\nZELENSKY: Exactly.",
     {"UA.prerequisite.ceasefire", "UA.stance.willing"}),
    ("Песков дал интервью о возможной встрече Путина и Зеленского.\n\n"
     "— То есть сначала должны быть согласованы документы, а потом встреча Путина с Зеленским?\n\n— Именно так.",
     {"RU.prerequisite.documents_agreed", "RU.stance.willing"}),
    ("Подоляк дав інтерв'ю про можливу зустріч Зеленського з путіним.\n\n"
     "— Тобто спершу припинення вогню, а вже потім зустріч з путіним?\n\n— Саме так.",
     {"UA.prerequisite.ceasefire", "UA.stance.willing"}),
    ("Zelensky gave an interview about a possible meeting with Putin.\n\n"
     "Q: So a ceasefire has to come first, before any meeting with Putin?\n\nZELENSKY: No. We are ready to meet now.",
     {"UA.stance.willing"}),
    # formats named as alternatives in one sentence, left open in the next
    ("Sybiha gave an interview about a meeting between Zelensky and Putin.\n\n"
     "Q: And the format?\n\nSybiha: Bilateral first, then with President Trump - or trilateral straight away. "
     "We are flexible on that.",
     {"UA.format.any"}),
    ("Подоляк дав інтерв'ю про можливу зустріч Зеленського з путіним.\n\n"
     "— А формат?\n\n— Двостороння зустріч, а потім з Трампом, або одразу тристороння. Тут ми гнучкі.",
     {"UA.format.any"}),
    ("Sybiha gave an interview about a meeting between Zelensky and Putin.\n\n"
     "Q: And the ceasefire?\n\nSybiha: A meeting is only possible after a ceasefire. We are flexible on that.",
     {"UA.prerequisite.ceasefire"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_answer_pointing_back_reads_the_question(text: str, expected: set[str]) -> None:
    assert _read(text) == expected
