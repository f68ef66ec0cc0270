"""Families of expression, sentence by sentence (corpus/sentences): exact-match pass rates with floors a little
under what the reader reaches, so a change that breaks a family fails here; and `evaluate` on such a corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.default import default_extractor
from summitwatch.sentence_cases import load_cases, score_cases

CASES = Path(__file__).resolve().parent.parent / "corpus" / "sentences"
FLOORS = {"tune": 0.85, "holdout": 0.76}  # 129/147 and 128/162 on 2026-12-02, sixth reading session


# A third writer's cases (corpus/sentences_fresh): 0.58 read exactly when first read, blind; 95/114 tune and
# 66/96 holdout on 2026-12-02 (end of the fifth reading session).
FRESH = CASES.parent / "sentences_fresh"
FRESH_FLOORS = {"tune": 0.80, "holdout": 0.65}
# A fourth writer's (corpus/sentences_fourth): 0.66 read blind; 93/120 tune and 84/120 holdout the same day.
FOURTH = CASES.parent / "sentences_fourth"
FOURTH_FLOORS = {"tune": 0.74, "holdout": 0.67}
# A fifth writer's (corpus/sentences_fifth, sixth reading session): 0.62 read blind (73/120 tune, 75/120 holdout);
# 81/120 and 77/120 at the session's end.
FIFTH = CASES.parent / "sentences_fifth"
FIFTH_FLOORS = {"tune": 0.60, "holdout": 0.60}
# Seven more languages (corpus/sentences_langs: de, fr, es, it, pl, el, tr, 20 each): read blind 36/70 tune and
# 45/70 holdout; 40/70 and 47/70 after the lexicon families of 2026-12-03.
LANGS = CASES.parent / "sentences_langs"
LANGS_FLOORS = {"tune": 0.55, "holdout": 0.64}


@pytest.mark.parametrize(
    ("corpus", "split", "floor"),
    [(CASES, s, f) for s, f in sorted(FLOORS.items())] + [(FRESH, s, f) for s, f in sorted(FRESH_FLOORS.items())]
    + [(FOURTH, s, f) for s, f in sorted(FOURTH_FLOORS.items())]
    + [(FIFTH, s, f) for s, f in sorted(FIFTH_FLOORS.items())]
    + [(LANGS, s, f) for s, f in sorted(LANGS_FLOORS.items())],
    ids=[f"sentences-{s}" for s in sorted(FLOORS)] + [f"fresh-{s}" for s in sorted(FRESH_FLOORS)]
    + [f"fourth-{s}" for s in sorted(FOURTH_FLOORS)] + [f"fifth-{s}" for s in sorted(FIFTH_FLOORS)]
    + [f"langs-{s}" for s in sorted(LANGS_FLOORS)],
)
def test_sentence_cases_pass_rate(corpus: Path, split: str, floor: float) -> None:
    report = score_cases(default_extractor(), corpus, split)
    print(f"{corpus.name} {split}: {report.rate:.2f} of {report.cases} sentence cases read exactly")
    assert report.rate >= floor


@pytest.mark.parametrize("corpus", [CASES, FRESH, FOURTH, FIFTH], ids=["sentences", "fresh", "fourth", "fifth"])
def test_every_case_is_well_formed(corpus: Path) -> None:
    cases = load_cases(corpus, "all")  # checks every case against the vocabulary, or raises
    assert {c.split for c in cases} == set(FLOORS)
    assert {c.lang for c in cases} == {"en", "ru", "uk"}


def test_the_seven_languages_corpus_is_well_formed() -> None:
    cases = load_cases(LANGS, "all")
    assert {c.split for c in cases} == set(LANGS_FLOORS)
    assert {c.lang for c in cases} == {"de", "fr", "es", "it", "pl", "el", "tr"}


def _evaluate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summitwatch.cli", "evaluate", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=CASES.parent.parent,
    )


def test_evaluate_scores_a_directory_of_sentence_cases() -> None:
    run = _evaluate("--corpus", str(CASES), "--split", "holdout", "--json")
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["cases"] == sum(v["cases"] for v in figures["by_lang"].values()) == 162
    assert figures["exact"] / figures["cases"] >= FLOORS["holdout"]
    assert "diffs" not in figures  # the holdout is read as figures only


def test_a_malformed_case_is_a_clear_usage_error(tmp_path: Path) -> None:
    (tmp_path / "tune.jsonl").write_text(
        json.dumps(
            {"family": "f", "lang": "en", "context": "c", "sentence": "s", "expected": [["RU", "venue", "atlantis"]]}
        )
        + "\n"
    )
    run = _evaluate("--corpus", str(tmp_path))
    assert run.returncode == 2
    assert "tune.jsonl:1" in run.stderr and "atlantis" in run.stderr
