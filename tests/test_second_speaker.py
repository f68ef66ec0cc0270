"""Two speakers in one sentence (h_second), both ways, in en/ru/uk: after a comma, "while / whereas / but", «тогда
как / в то время как / а / однако», «тоді як / в той час як / а / проте» and a party or person with a verb of
saying open the second speaker's clause; the first speaker keeps only his own words, and the second's refusal
("unacceptable", «неприемлемо») does not reach back into them. A sentence with one speaker keeps its reading. And
two smaller families of who is meant: a relative pronoun is no person ("указ, который запрещает переговоры с
Путиным"), and "it" / «он» after an institution's own verb of saying is the institution ("the Kremlin had signalled
it was ready").
Each sentence is read after the probes' context line of its language."""
from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor
from tests.test_probes import CONTEXT

READER = default_extractor()

CASES = [
    # (lang, sentence, every assertion the sentence states, exactly)
    ("en", "Lavrov said Moscow remained the best venue, whereas Sybiha responded that a meeting in Moscow was out of "
     "the question.", {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("en", "Putin said again that the best place for a meeting is Moscow, while Kyiv replied that the proposal is "
     "unacceptable.", {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("en", "Peskov said Putin was ready to host Zelensky in Moscow, while Ukraine kept stalling on the talks.",
     {"RU.venue.moscow"}),
    ("ru", "Песков сообщил, что Путин готов встретиться с Зеленским в Москве, в то время как Сибига назвал такое "
     "предложение неприемлемым.", {"RU.stance.willing", "RU.venue.moscow", "UA.venue.not_moscow"}),
    ("ru", "Лавров заявил, что лучшим местом остается Москва, однако в МИД Украины это предложение отвергли.",
     {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("ru", "Песков заявил, что Путин готов встретиться с Зеленским в Москве, а Ермак сказал, что такая встреча "
     "невозможна.", {"RU.stance.willing", "RU.venue.moscow", "UA.stance.refuses"}),
    ("ru", "Путин вновь заявил, что лучшее место для встречи с Зеленским - Москва, тогда как Киев ответил, что это "
     "предложение неприемлемо.", {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("ru", "Песков заявил, что Путин готов принять Зеленского в Москве, тогда как Киев затягивает переговоры.",
     {"RU.stance.willing", "RU.venue.moscow"}),
    ("uk", "Пєсков повідомив, що путін готовий зустрітися із Зеленським у Москві, проте Сибіга назвав таку пропозицію "
     "неприйнятною.", {"RU.stance.willing", "RU.venue.moscow", "UA.venue.not_moscow"}),
    ("uk", "Лавров заявив, що найкращим місцем залишається Москва, а в МЗС України цю пропозицію відкинули.",
     {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("uk", "Пєсков заявив, що путін готовий зустрітися із Зеленським у Москві, в той час як Єрмак сказав, що така "
     "зустріч неможлива.", {"RU.stance.willing", "RU.venue.moscow", "UA.stance.refuses"}),
    ("uk", "Путін знову заявив, що найкраще місце для зустрічі із Зеленським - Москва, тоді як Київ відповів, що ця "
     "пропозиція неприйнятна.", {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("uk", "Пєсков заявив, що путін готовий прийняти Зеленського в Москві, тоді як Київ затягує переговори.",
     {"RU.stance.willing", "RU.venue.moscow"}),
    # "the invitation" the second speaker dismisses is the place the first one just offered
    ("en", "Peskov said Putin was ready to host Zelensky in Moscow, but the Ukrainian foreign ministry dismissed the "
     "invitation.", {"RU.venue.moscow", "UA.venue.not_moscow"}),
    ("ru", "Песков заявил, что Путин готов принять Зеленского в Москве, но в МИД Украины приглашение отвергли.",
     {"RU.stance.willing", "RU.venue.moscow", "UA.venue.not_moscow"}),
    ("uk", "Пєсков заявив, що путін готовий прийняти Зеленського в Москві, але в МЗС України запрошення відкинули.",
     {"RU.stance.willing", "RU.venue.moscow", "UA.venue.not_moscow"}),
    ("en", "Peskov said the invitation to Moscow still stood.", {"RU.venue.moscow"}),
    # a relative pronoun is no person: the decree bans the talks ("що" and "який" alike), and the question asks of it
    ("uk", "Зеленський підписав указ, який забороняє переговори з путіним.", {"UA.stance.refuses"}),
    ("ru", "Зеленский подписал указ, который запрещает переговоры с Путиным.", {"UA.stance.refuses"}),
    ("en", "Zelensky signed a decree, which bans any talks with Putin.", {"UA.stance.refuses"}),
    ("ru", "Ушаков ответил Зеленскому, который предложил встретиться в Стамбуле.",
     {"UA.stance.willing", "UA.venue.istanbul"}),
    ("ru", "На вопрос об указе 2022 года, который запрещает переговоры с Путиным, Зеленский ответил, что запрет "
     "касался других чиновников.", set()),
    ("uk", "На запитання про указ, який забороняє переговори з путіним, Зеленський відповів, що заборона стосується "
     "інших посадовців.", set()),
    ("en", "Zelensky said the Kremlin had signalled it was ready for a meeting.", {"RU.stance.willing"}),
    ("en", "Yermak said Moscow had made clear it would not agree to a meeting in Kyiv.", {"RU.venue.not_kyiv"}),
    ("en", "Peskov said Kyiv had signalled it was ready for a meeting.", {"UA.stance.willing"}),
    ("en", "Zelensky said it was ready for a meeting.", {"UA.stance.willing"}),
    ("ru", "Зеленский заявил, что Кремль дал понять, что он готов к встрече.", {"RU.stance.willing"}),
    ("uk", "Зеленський заявив, що Кремль дав зрозуміти, що він готовий до зустрічі.", {"RU.stance.willing"}),
    ("uk", "Пєсков сказав, що Київ дав зрозуміти, що він готовий до зустрічі.", {"UA.stance.willing"}),
    ("ru", "Зеленский заявил, что он готов к встрече с Путиным.", {"UA.stance.willing"}),
    # English "he" after any verb is a subject, as after "said": the person it points back to is the one who signalled
    ("en", "Zelensky said Putin had signalled he was ready for a meeting.", {"RU.stance.willing"}),
    ("en", "Peskov said Zelensky had made clear he would not come to Moscow.", {"UA.venue.not_moscow"}),
    ("en", "Zelensky told reporters he was ready to meet Putin.", {"UA.stance.willing"}),
]


def _read(lang: str, sentence: str) -> set[str]:
    article = ArticleText("probe", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    return {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions
            if c.op == "assert"}


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_second_speaker(lang: str, sentence: str, expected: set[str]) -> None:
    assert _read(lang, sentence) == expected, sentence
