"""Families of expression, sentence by sentence (corpus/sentences): exact-match pass rates with floors a little
under what the reader reaches, so a change that breaks a family fails here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from domain.vocabulary import vocabulary
from extractors.base import ArticleText
from extractors.reader import Reader

CASES = Path(__file__).resolve().parent.parent / "corpus" / "sentences"
FLOORS = {"tune": 0.77, "holdout": 0.64}
READER = Reader()


def _passes(case: dict) -> bool:
    text = f"{case['context']}\n\n{case['sentence']}"
    found = READER.extract(ArticleText("t", text, published=date(2025, 9, 5)))
    got = {(c.party, c.kind, c.value) for st in found for c in st.conditions if c.op == "assert"}
    return got == {tuple(t) for t in case["expected"]}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_sentence_cases_pass_rate(split: str) -> None:
    cases = [json.loads(line) for line in (CASES / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    rate = sum(_passes(c) for c in cases) / len(cases)
    print(f"{split}: {rate:.2f} of {len(cases)} sentence cases read exactly")
    assert rate >= FLOORS[split]


def test_every_case_is_well_formed() -> None:
    for split in FLOORS:
        for line in (CASES / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            assert {"family", "lang", "context", "sentence", "expected"} <= set(case)
            assert case["lang"] in ("en", "ru", "uk")
            for party, kind, value in case["expected"]:
                assert party in vocabulary().party_ids
                vocabulary().check(kind, value, f"{split}: {case['sentence'][:40]}")
