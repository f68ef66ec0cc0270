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
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_answer_pointing_back_reads_the_question(text: str, expected: set[str]) -> None:
    assert _read(text) == expected
