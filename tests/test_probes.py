"""Metamorphic probes (corpus/probes): a sentence and its negations, tenses, conditionals and attribution shapes
must read as their transformation says, so a polarity or attribution layer that stops composing fails here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractors.base import ArticleText, StatementExtractor
from extractors.default import default_extractor

PROBES = Path(__file__).resolve().parent.parent / "corpus" / "probes" / "probes.jsonl"
SECOND = PROBES.parent / "second.jsonl"
# 471/624 read blind; 598/624 (0.96) after the seventh reading session's polarity fixes ("no longer", "not yet",
# "пока не", a place rejected by "would not meet him there"); 602 after the eighth's.
FLOOR = 0.95
# A second blind tester's 264 (prerequisites, formats, venues, reported speech, near misses): 218 blind, 231 after
# the seventh reading session, 239 after the eighth.
SECOND_FLOOR = 0.92
# A third blind tester's 180 passages (2-5 sentences: reported speech, paraphrased prerequisites, quotes named after
# them, mediators, near misses): 106 read blind (0.59), 119 after the eighth reading session's fixes.
THIRD = PROBES.parent / "third.jsonl"
THIRD_FLOOR = 0.70
# A fourth blind tester's 180 passages (venues, formats, demands, paraphrased prerequisites, hedges, near misses,
# dated recaps), kept unread as the ninth reading session's holdout: 116 read blind (0.64); studied in the tenth
# (156/180).
FOURTH = PROBES.parent / "fourth.jsonl"
FOURTH_FLOOR = 0.86
# A fifth blind tester's 180 passages (demands, prerequisites, stances, venues, formats, reported positions,
# attribution, dated recaps, near misses), kept unread as the tenth reading session's holdout: 122 read blind
# (0.68), 126 at the end of that session; studied in the eleventh (150/180).
FIFTH = PROBES.parent / "fifth.jsonl"
FIFTH_FLOOR = 0.82
# A sixth blind tester's 180 longer passages (3-6 sentences: stances and hedges, speaker chains, venues, formats,
# prerequisites, changes over time, mixed, near misses), kept unread as the eleventh reading session's holdout:
# 85 read blind (0.47), 87 at the end of that session; studied in the twelfth (110/180).
SIXTH = PROBES.parent / "sixth.jsonl"
SIXTH_FLOOR = 0.58
CONTEXT = {"en": "Putin and Zelensky have not met since the war began, and talk of a summit continues.",
           "ru": "Путин и Зеленский не встречались с начала войны, разговоры о саммите продолжаются.",
           "uk": "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають."}


def _read(extractor: StatementExtractor, sentence: str, lang: str) -> set[str]:
    article = ArticleText("probe", f"{CONTEXT[lang]}\n\n{sentence}", published=date(2025, 6, 1))
    return {("-" if c.op == "withdraw" else "") + f"{c.party}.{c.kind}.{c.value}"
            for st in extractor.extract(article) for c in st.conditions}


@pytest.mark.parametrize(("path", "floor"), [(PROBES, FLOOR), (SECOND, SECOND_FLOOR), (THIRD, THIRD_FLOOR),
                                             (FOURTH, FOURTH_FLOOR), (FIFTH, FIFTH_FLOOR), (SIXTH, SIXTH_FLOOR)],
                         ids=["first", "second", "third", "fourth", "fifth", "sixth"])
def test_probes_pass_rate(path: Path, floor: float) -> None:
    extractor = default_extractor()
    probes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = 0
    for p in probes:
        got = _read(extractor, p.get("sentence") or p["text"], p["lang"])
        passed += got == set(p["expected"]) or any(got == set(a) for a in p["alternatives"])
    assert passed / len(probes) >= floor, f"{passed}/{len(probes)} probes read as their transformation says"


@pytest.mark.parametrize("path", [PROBES, SECOND, THIRD, FOURTH, FIFTH, SIXTH],
                         ids=["first", "second", "third", "fourth", "fifth", "sixth"])
def test_every_probe_is_well_formed(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        assert p["lang"] in CONTEXT and (p.get("sentence") or p["text"]).strip()
        for key in [*p["expected"], *(k for a in p["alternatives"] for k in a)]:
            party, kind, value = key.lstrip("-").split(".")
            assert party in {"RU", "UA", "US", "MEDIATOR"} and kind and value
