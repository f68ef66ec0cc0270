"""`polarity.question_scopes` is `scopes` filtered to its questions, with a gate (h_perf10).

The answers and attribution layers ask every statement's sentence for its question scopes; most sentences hold
no concept that opens one, and there `question_scopes` answers at once instead of finding every scope.
"""

from __future__ import annotations

import json
from pathlib import Path

from extractors.analysis import analyse
from extractors.polarity import QUESTION_OPENERS, question_scopes, scopes

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _cases() -> list[tuple[str, str]]:
    """(lang, text) of every sentence case and probe, and of their context lines, each once."""
    out: dict[tuple[str, str], None] = {}
    for path in sorted(CORPUS.glob("sentences*/*.jsonl")) + sorted((CORPUS / "probes").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                lang = case.get("lang") or "en"
                for key in ("sentence", "text", "context"):
                    if case.get(key):
                        out[(lang, case[key])] = None
    return list(out)


def test_question_scopes_are_the_question_kind_of_scopes() -> None:
    """Same scopes, in the same order, on every sentence case and probe (and some hold questions)."""
    asked = 0
    for lang, text in _cases():
        view = analyse(text, lang)
        expected = [s for s in scopes(view) if s.kind == "question"]
        assert question_scopes(view) == expected, text
        asked += bool(expected)
    assert asked > 20


def test_the_gate_names_every_concept_that_opens_a_question() -> None:
    for text, lang in [("Asked whether Putin would go to Istanbul, Peskov said no.", "en"),
                       ("Kremlin has not said whether Putin would travel to Istanbul.", "en"),
                       ("На вопрос, поедет ли Путин в Стамбул, Песков ответил отрицательно.", "ru"),
                       ("Кремль не відповів, чи поїде Путін до Стамбула.", "uk")]:
        view = analyse(text, lang)
        assert view.has_any(QUESTION_OPENERS)
        assert question_scopes(view) == [s for s in scopes(view) if s.kind == "question"] != []
