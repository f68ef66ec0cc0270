"""Stance families of expression (h_stance3), both ways, in en/ru/uk: a meeting being prepared, a door kept open, a
refusal that names whom ("nothing to talk about with him"), doubt of what a meeting would give, a doubt denied.
Each sentence is read after the probes' context line of its language."""
from datetime import date

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor
from tests.test_probes import CONTEXT

READER = default_extractor()

CASES = [
    # (lang, sentence, expected "PARTY.stance.value" or None for no stance, not_expected)
    ("en", "Peskov said a meeting between Putin and Zelensky is being prepared.", "RU.stance.willing"),
    ("ru", "Песков сказал, что встреча Путина с Зеленским готовится.", "RU.stance.willing"),
    ("uk", "Єрмак заявив, що зустріч президентів готується.", "UA.stance.willing"),
    ("en", "Zelensky said no meeting with Putin is being prepared.", "UA.stance.skeptical"),
    ("ru", "Киев оставляет дверь открытой для встречи с Путиным.", "UA.stance.willing"),
    ("uk", "Київ залишає двері відчиненими для зустрічі з путіним.", "UA.stance.willing"),
    ("en", "\"There is nothing to talk about with him,\" Zelensky said of Putin.", "UA.stance.refuses"),
    ("ru", "«Нам не о чем с ним говорить», — сказал Зеленский о Путине.", "UA.stance.refuses"),
    ("uk", "«Говорити з путіним нема про що», — сказав Зеленський.", "UA.stance.refuses"),
    ("en", "\"There is nothing to talk about with him until Russian troops leave,\" Zelensky said of Putin.", None),
    ("en", "\"I do not see what such a meeting would give,\" Putin said of a meeting with Zelensky.",
     "RU.stance.skeptical"),
    ("ru", "«Не вижу, что даст такая встреча», — сказал Путин о встрече с Зеленским.", "RU.stance.skeptical"),
    ("uk", "«Я не бачу, що дасть така зустріч», — сказав путін про зустріч із Зеленським.", "RU.stance.skeptical"),
    ("en", "Peskov said he did not doubt that a meeting between Putin and Zelensky would take place.",
     "RU.stance.willing"),
    ("ru", "Песков заявил, что не сомневается, что встреча Путина и Зеленского состоится.", "RU.stance.willing"),
    ("uk", "Подоляк сказав, що не сумнівається, що зустріч Зеленського і путіна відбудеться.", "UA.stance.willing"),
    ("en", "Yermak said the delegations were working on a memorandum on prisoner exchanges.", None),
    ("uk", "Зеленський сказав, що росія готує новий наступ, а не зустріч.", None),
]


def _stances(lang: str, sentence: str) -> set[str]:
    article = ArticleText("probe", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    return {f"{c.party}.{c.kind}.{c.value}" for st in READER.extract(article) for c in st.conditions
            if c.kind == "stance" and c.op == "assert"}


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_stance_family(lang: str, sentence: str, expected: str | None) -> None:
    found = _stances(lang, sentence)
    if expected is None:
        assert found == set(), sentence
    else:
        assert found == {expected}, sentence
