"""(review, session 39) A Q/A block inside an article is the lead-in person's (h_answer27) only where the paragraph
before it names him just before his own verb of answering or being asked, and its questions do not speak of him;
nouns of question ("the question of a meeting") and "has not answered" lead in nobody, and the headline's
interviewee answers; a dash inside a marked question before more of the question is the interviewer's still."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.reader import Reader

READER = Reader()
TITLE = "Zelensky: I will not go to Moscow"


def _read(title: str, text: str) -> set[tuple[str, str, str]]:
    return {(c.party, c.kind, c.value) for st in READER.extract(ArticleText("t", text, title=title,
                                                                            published=date(2025, 9, 6)))
            for c in st.conditions}


@pytest.mark.parametrize("text", [
    "The question of a meeting with Putin remains open.\n\nQ: Would you go to Moscow?\n\n"
    "A: No, I will not go to Moscow. I am ready to meet in Istanbul.",
    "We asked about a possible meeting with Putin.\n\nQ: Would you go to Moscow?\n\nA: No. I invite him to Kyiv.",
    "Песков пока не ответил на предложение Киева.\n\nВопрос: Вы поедете в Москву?\n\n"
    "Ответ: Нет, в Москву я не поеду. Я готов встретиться в Стамбуле.",
])
def test_the_headlines_interviewee_answers(text: str) -> None:
    got = _read(TITLE, text)
    assert ("UA", "stance", "willing") in got
    assert not any(party == "RU" for party, _, _ in got)


def test_a_dash_before_more_of_the_question_is_the_interviewers() -> None:
    text = ("Q: Are you ready to meet Putin? — Many in Europe say you refuse any meeting. What would you say?\n\n"
            "A: I have always been ready.")
    assert ("UA", "stance", "refuses") not in _read("Interview with Zelensky", text)
