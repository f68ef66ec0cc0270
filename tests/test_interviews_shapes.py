"""Interview transcripts as outlets print them: inline turns, speaker labels, dash turns run together, the
interviewee named by an intro line or only by the questions, a single answer; questions and journalists' claims
state nothing, and an interviewee who is no party states nothing for any party."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor


def _read(text: str) -> set[str]:
    sts = default_extractor().extract(ArticleText("t", text, published=date(2025, 6, 1)))
    return {f"{'-' if c.op == 'withdraw' else ''}{c.party}.{c.kind}.{c.value}" for s in sts for c in s.conditions}


CASES = [
    # inline Q/A turns in one paragraph; the interviewee is the lead's party person the questions do not speak of
    ("Putin and Zelensky have not met since 2019.\n\n"
     "Q: Would you meet Zelensky in Istanbul? A: I am ready to meet him, but only to sign a final agreement. "
     "Q: And Moscow? A: He can always come to Moscow.",
     {"RU.stance.willing", "RU.prerequisite.documents_agreed", "RU.venue.moscow"}),
    ("Putin and Zelensky have not met since 2019.\n\n"
     "Q: Would you go to Moscow to meet Putin? A: I am ready to meet Putin, but not in Moscow. Q: Why? "
     "A: Everyone knows why.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    # the intro line names the interviewee; the journalist's claim in the question is nobody's
    ("Zelensky spoke to the Evening Courier in Kyiv.\n\n"
     "Q: The Kremlin says you are illegitimate and a meeting is impossible. A: That is their propaganda. "
     "I am ready to meet Putin anywhere except Moscow.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    # TV-transcript speaker labels, with a stage direction
    ("Putin and Zelensky have not met since 2019.\n\n"
     "INTERVIEWER: Mr President, would you sit down with Putin?\n"
     "ZELENSKYY: (laughs) I am ready to meet him. But not in Moscow.\n"
     "INTERVIEWER: Why not Moscow?\nZELENSKYY: Everybody knows why.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    ("Корреспондент: Вы готовы встретиться с Зеленским?\n"
     "ПУТИН: Я готов встретиться с ним в Москве.\n"
     "Корреспондент: А в Стамбуле?\nПУТИН: Посмотрим.",
     {"RU.stance.willing", "RU.venue.moscow"}),
    ("Журналіст: Кремль каже, що ви нелегітимні і зустріч неможлива.\n"
     "Зеленський: Я готовий до зустрічі з путіним, але не в Москві.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    # dash turns run together in one paragraph; the answer's own attribution names the interviewee
    ("Путин и Зеленский не встречались с 2019 года.\n\n"
     "— Вы готовы встретиться с Зеленским? — Встреча возможна только для подписания документов, — ответил "
     "Путин. — А в Стамбуле? — Посмотрим.",
     {"RU.prerequisite.documents_agreed"}),
    ("Зеленський дав інтерв'ю Суспільному.\n\n"
     "— Чи готові ви зустрітися з путіним? — Я готовий зустрітися будь-де, крім Москви. "
     "— А якщо запропонують Мінськ? — Це та сама Москва.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    ("Путін і Зеленський не зустрічалися з 2019 року.\n\n"
     "— Кремль каже, що ви нелегітимні. Що відповісте? — Це їхня пропаганда. Я готовий зустрітися з путіним "
     "будь-де, крім Москви.",
     {"UA.stance.willing", "UA.venue.not_moscow"}),
    # a single answer paragraph
    ("Пєсков дав інтерв'ю.\n\nВ.: Чи готовий путін до зустрічі із Зеленським?\n\n"
     "О.: Зустріч можлива лише після того, як делегації підготують документ.",
     {"RU.prerequisite.documents_agreed", "RU.prerequisite.expert_groundwork"}),
    ("Lavrov gave an interview to the Sunday Ledger.\n\nQ: Is a summit with Zelensky possible?\n\n"
     "A: A meeting is possible only to sign documents prepared by the delegations.",
     {"RU.prerequisite.documents_agreed"}),
    # a bare "no" to a question that puts a place to the interviewee rejects the place; to whether a meeting is
    # possible, doubts it
    ("Yermak spoke to the Morning Herald in Kyiv.\n\nQ: Would Zelensky fly to Minsk to sit down with Putin? "
     "A: Never.",
     {"UA.venue.not_minsk"}),
    ("Peskov spoke to the Evening Courier.\n\nQ: Is a summit of Putin and Zelensky possible before the end of the "
     "year?\n\nA: No.",
     {"RU.stance.skeptical"}),
    ("Ушаков дал интервью «Утреннему вестнику».\n\n— Поедет ли Путин в Стамбул на встречу с Зеленским? "
     "— Конечно нет.",
     {"RU.venue.not_istanbul"}),
    ("Єрмак дав інтерв'ю Ранковому віснику.\n\nВ.: Чи можлива цього року зустріч Зеленського з путіним?\n\n"
     "О.: Ні.",
     {"UA.stance.skeptical"}),
    # (h_quest) turn labels that name the outlet asking: the answers are the interviewee's, the questions nobody's,
    # and a question's "yesterday" dates no answer
    ("Transcript of the Kremlin spokesman's briefing. Answers are by Dmitry Peskov.\n\n"
     "Q (Russian news agency): Zelensky says he will wait for Putin personally in Turkey. Will Putin go?\n\n"
     "A: Not now. A meeting is possible only after the delegations have done their work.\n\n"
     "Question (TASS): Yesterday Kyiv proposed a meeting in August. Is that realistic?\n\n"
     "A (Peskov): Any document must be signed by someone whose legitimacy no one can contest.",
     {"RU.prerequisite.expert_groundwork", "RU.prerequisite.legitimate_signatory"}),
    ("Стенограмма брифинга Дмитрия Пескова.\n\nВопрос (РИА Новости): Зеленский говорит, что будет ждать Путина в "
     "Турции. Поедет ли Путин?\n\nОтвет: Встреча возможна только после того, как делегации завершат работу.",
     {"RU.prerequisite.expert_groundwork"}),
    # (h_u14a) a White House transcript's role label is the one the transcript is of, not the president a question
    # named last
    ("Transcript: President Trump takes questions in the Oval Office.\n\n"
     "Q: Mr President, you said you had begun arranging a meeting between President Putin and President "
     "Zelensky. Is it going to happen?\n\n"
     "THE PRESIDENT: Well, we'll see. I'd like to see them meet first, the two of them.",
     {"US.format.one_on_one"}),
    # (h_answer3) a stage direction before a bare answer: the answer after it
    ("Zelensky spoke to the Evening Courier in Kyiv.\n\n"
     "HOST: Would you go to Moscow to meet Putin?\nZELENSKYY: (smiles) No. Certainly not.",
     {"UA.venue.not_moscow"}),
    ("Путин и Зеленский не встречались с 2019 года.\n\nПесков ответил на вопросы журналистов.\n\n"
     "— Поедет ли Путин в Киев на встречу с Зеленским?\n\n— [пауза] Нет.",
     {"RU.venue.not_kyiv"}),
    # (h_answer3) the lead names only those the questions speak of; the paragraph opening the dialogue names whom
    # they are put to
    ("Путин снова высказался о встрече с Зеленским\n\nЗеленский ждёт ответа уже месяц.\n\n"
     "Путин в среду сказал, что видит смысл во встрече лишь в конце переговоров.\n\n"
     "Переговоры делегаций продолжатся на следующей неделе.\n\nВ пятницу те же вопросы задали Дмитрию Пескову.\n\n"
     "— Поедет ли Путин в Киев на встречу с Зеленским?\n\n— Нет.",
     {"RU.venue.not_kyiv", "RU.prerequisite.documents_agreed"}),
    # (h_venue21) a host's label in capitals and in the feminine («ВЕДУЧА:»): a question turn, so the answer's next
    # sentences stay the interviewee's (one naming Putin in its if-clause was given to Putin)
    ("Розшифровка ефіру від понеділка.\n\n"
     "ВЕДУЧА: Пане Михайле, президент справді чекатиме Путіна в Туреччині?\n\n"
     "ПОДОЛЯК: Так. Президент поїде до Стамбула, за умови, що туди приїде Путін.",
     {"UA.stance.willing", "UA.venue.istanbul"}),
    # a dash turn run on in the paragraph whose answer opens with an accented capital («— Évidemment non.»): the
    # interviewee's turn, not a sentence of the Putin the question named
    ("Zelensky a répondu aux questions de notre rédaction.\n\n"
     "— Rencontrerez-vous Poutine à Moscou ? — Évidemment non. Moscou est exclue.",
     {"UA.venue.not_moscow"}),
]

NOTHING = [
    # a bare "no" to a question that names no place and asks nothing possible is left unread; so is one not
    # right after the question
    "Zelensky spoke to the Evening Courier.\n\nQ: Have you spoken to Putin about a meeting since May? A: No.",
    "Zelensky spoke to the Evening Courier.\n\nQ: Would you go to Moscow to meet Putin? A: Let me think. "
    "Q: And? A: No.",
    # a question with no answer
    "Q: Would Putin agree to meet Zelensky in Istanbul?",
    "— Чи готові ви зустрітися з путіним у Москві?",
    "Корреспондент: Готов ли Путин встретиться с Зеленским в Москве?",
    # a journalist's claim, unanswered in substance
    "Zelensky spoke to the Evening Courier.\n\nQ: The Kremlin says Putin will only meet you in Moscow. "
    "A: Let them say it.",
    "Журналіст: У кремлі кажуть, що путін зустрінеться із Зеленським лише в Москві.\nЗеленський: Хай кажуть.",
    # the same with an accented label (lexicon INTERVIEWER_LABEL; the label's letters in any script)
    "Zelensky a répondu aux questions de notre rédaction à Kyiv.\n\nPRÉSENTATRICE : Le Kremlin répète que "
    "Poutine ne le rencontrera qu’à Moscou.\n\nZELENSKY : Qu’ils le répètent.",
    # an interviewee who is no party
    "The analyst Fyodor Lukyanov spoke to our newspaper about a meeting of Putin and Zelensky.\n\n"
    "Q: Is a meeting possible this year?\n\nA: Only after the delegations agree on everything. Putin will not "
    "go to Istanbul.",
    "Политолог Фёдор Лукьянов дал интервью о встрече Путина и Зеленского.\n\n"
    "— Возможна ли встреча в этом году? — Только в Москве и только для подписания документов.",
    "Політолог Володимир Фесенко дав інтерв'ю про зустріч Зеленського і путіна.\n\n"
    "— Чи можлива зустріч цього року? — Лише після припинення вогню і не в Москві.",
    # (h_answer3) a stage direction opens no answer by itself
    "Zelensky spoke to the Evening Courier.\n\nQ: Would you go to Moscow to meet Putin?\nA: (laughs)",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_interview_shapes_read_the_interviewee(text: str, expected: set[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_interview_shapes_that_state_nothing(text: str) -> None:
    assert _read(text) == set()


AFTER_THE_TRANSCRIPT = [
    ("Zelensky gave an interview to our channel on Sunday.\n\nQUESTION: Would you meet Putin?\n\n"
     "ZELENSKY: I am ready to meet him. But not in Moscow.\n\n"
     "On Monday Kremlin spokesman Dmitry Peskov responded that Putin was ready to meet Zelensky only in Moscow.",
     "Dmitry Peskov", {"RU.stance.willing", "RU.venue.moscow"}),
    ("Q: Would you meet Zelensky?\n\nPUTIN: I have said many times that I am ready to meet him in Moscow.\n\n"
     "Ukraine's foreign minister Andrii Sybiha said on Friday that Kyiv would never accept a meeting in Moscow.",
     "Andrii Sybiha", {"UA.venue.not_moscow"}),
    ("Корреспондент: Вы готовы встретиться с Зеленским?\n\nПУТИН: Я готов встретиться с ним в Москве.\n\n"
     "Позже глава МИД Украины Андрей Сибига заявил, что Киев не примет встречу в Москве.",
     "Andrii Sybiha", {"UA.venue.not_moscow"}),
]


@pytest.mark.parametrize(("text", "speaker", "expected"), AFTER_THE_TRANSCRIPT)
def test_the_reporters_paragraph_after_a_transcript_is_its_named_speakers(text: str, speaker: str,
                                                                          expected: set[str]) -> None:
    """The last turn runs on to the article's end, but a later paragraph that names its own speaker with his verb is
    the reporter's again: its conditions are that speaker's, not the interviewee's (whom an alert would cite)."""
    sts = default_extractor().extract(ArticleText("t", text, published=date(2025, 6, 1)))
    last = [s for s in sts if s.conditions][-1]
    assert last.speaker == speaker
    assert {f"{c.party}.{c.kind}.{c.value}" for c in last.conditions} == expected
