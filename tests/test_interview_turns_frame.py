"""(h_turns) An interviewer's turn of several sentences that names the other leader in one and a meeting in another
puts the leaders' meeting to the interviewee ("What about Zelensky? Washington talks of a three-way summit."), and a
later question that names nothing new ("Prepared how? A truce first?") goes on with it: the answers are read in that
frame even in a story whose lead is about another summit. A question about a Trump summit stays that summit's."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor

_TURNS = {
    "en": ("Putin on his summit with Trump: the press conference",
           "REPORTER: What about {who}? Washington talks of {meeting}.\n"
           "PUTIN: In principle I do not rule it out. But the ground has to be prepared.\n"
           "REPORTER: Prepared how? A truce first?\n"
           "PUTIN: Everything must first be worked out by the expert groups."),
    "ru": ("Путин о саммите с Трампом: пресс-конференция",
           "КОРРЕСПОНДЕНТ: А {who}? В Вашингтоне говорят о {meeting}.\n"
           "ПУТИН: В принципе я этого не исключаю. Но почву надо подготовить.\n"
           "КОРРЕСПОНДЕНТ: Как именно? Сначала перемирие?\n"
           "ПУТИН: Всё сначала должно быть проработано на уровне экспертных групп."),
    "uk": ("Путін про саміт із Трампом: пресконференція",
           "КОРЕСПОНДЕНТ: А {who}? У Вашингтоні говорять про {meeting}.\n"
           "ПУТІН: У принципі я цього не виключаю. Але ґрунт треба підготувати.\n"
           "КОРЕСПОНДЕНТ: Як саме? Спершу перемир'я?\n"
           "ПУТІН: Усе спершу має бути опрацьовано на рівні експертних груп."),
}
# the other leader and a meeting with him (read), beside Trump and a second summit with him (a near miss)
_ASKED = {
    "en": (("Zelensky", "a three-way summit"), ("Trump", "a second summit")),
    "ru": (("Зеленский", "трёхсторонней встрече"), ("Трамп", "втором саммите")),
    "uk": (("Зеленський", "тристоронню зустріч"), ("Трамп", "другий саміт")),
}


def _read(title: str, text: str) -> set[str]:
    sts = default_extractor().extract(ArticleText("t", text, title=title, published=date(2025, 8, 7)))
    return {f"{c.party}.{c.kind}.{c.value}" for s in sts for c in s.conditions}


@pytest.mark.parametrize("lang", sorted(_TURNS))
def test_answers_read_in_the_frame_the_question_put(lang: str) -> None:
    title, text = _TURNS[lang]
    (leader, meeting), _ = _ASKED[lang]
    assert _read(title, text.format(who=leader, meeting=meeting)) == {"RU.prerequisite.expert_groundwork"}


@pytest.mark.parametrize("lang", sorted(_TURNS))
def test_a_question_of_a_trump_summit_frames_nothing_of_theirs(lang: str) -> None:
    title, text = _TURNS[lang]
    _, (head, summit) = _ASKED[lang]
    assert _read(title, text.format(who=head, meeting=summit)) == set()


# (h_turns) the same turns set with dashes: a short question and a statement after it is the interviewer's turn
_DASHED = {
    "ru": ("Путин о саммите с Трампом: пресс-конференция",
           "— А {who}? В Вашингтоне говорят о {meeting}.\n"
           "— В принципе я этого не исключаю. Но почву надо подготовить.\n"
           "— Как именно? Сначала перемирие?\n"
           "— Всё сначала должно быть проработано на уровне экспертных групп."),
    "uk": ("Путін про саміт із Трампом: пресконференція",
           "— А {who}? У Вашингтоні говорять про {meeting}.\n"
           "— У принципі я цього не виключаю. Але ґрунт треба підготувати.\n"
           "— Як саме? Спершу перемир'я?\n"
           "— Усе спершу має бути опрацьовано на рівні експертних груп."),
}


@pytest.mark.parametrize("lang", sorted(_DASHED))
def test_dash_turn_asking_then_telling_is_the_interviewers(lang: str) -> None:
    """The interviewer's "three-way meeting" is no one's format (it was read as Zelensky's, the name before it)."""
    title, text = _DASHED[lang]
    (leader, meeting), (head, summit) = _ASKED[lang]
    assert _read(title, text.format(who=leader, meeting=meeting)) == {"RU.prerequisite.expert_groundwork"}
    assert _read(title, text.format(who=head, meeting=summit)) == set()


def test_a_comment_asking_then_remarking_is_no_question() -> None:
    """Readers' comments set with dashes ("— Зеленский в Москву? 😂 ну-ну") are no interview's turns."""
    text = ("Путин: если Зеленский готов, пусть приезжает в Москву.\n\nКомментарии\n"
            "— Зеленский в Москву? 😂😂 ну-ну\n— а почему не в Минске, Батька бы принял")
    assert "RU.venue.minsk" not in _read("Путин о встрече с Зеленским", text)
