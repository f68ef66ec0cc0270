"""Sentence cases (`corpus/sentences`): one context line and one sentence, with every assertion it states.

`summitwatch evaluate --corpus corpus/sentences` scores them: how many sentences are read exactly (no
assertion missing, none extra), per language and per family of expression, and the assertions overall. A
directory is a sentence corpus when it holds `tune.jsonl` and/or `holdout.jsonl` and no `articles/`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from domain.vocabulary import VocabularyError, vocabulary
from extractors.base import ArticleText, StatementExtractor
from summitwatch.errors import UsageError
from summitwatch.evaluate import SPLITS, Tally

Triple = tuple[str, str, str]
_KEYS = ("family", "lang", "context", "sentence", "expected")
# The day the cases are read on: their sentences carry no date of their own that matters here.
_READ_ON = date(2025, 9, 5)


@dataclass(frozen=True)
class Case:
    split: str
    family: str
    lang: str
    context: str
    sentence: str
    expected: frozenset[Triple]


@dataclass
class CaseReport:
    corpus: str
    split: str
    cases: int = 0
    exact: int = 0
    assertions: Tally = field(default_factory=Tally)
    by_lang: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # exact, cases
    by_family: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    diffs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.exact / self.cases if self.cases else 0.0

    def as_dict(self, with_diffs: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "corpus": self.corpus, "split": self.split, "cases": self.cases, "exact": self.exact,
            "rate": round(self.rate, 3), "assertions": self.assertions.as_dict(),
            "by_lang": {k: {"exact": e, "cases": n} for k, (e, n) in sorted(self.by_lang.items())},
            "by_family": {k: {"exact": e, "cases": n} for k, (e, n) in sorted(self.by_family.items())},
        }
        if with_diffs:
            out["diffs"] = self.diffs
        return out


def is_sentence_corpus(path: Path) -> bool:
    return not (path / "articles").is_dir() and any((path / f"{s}.jsonl").is_file() for s in ("tune", "holdout"))


def load_cases(corpus: Path, split: str = "all") -> list[Case]:
    """The cases of one split ("all": both files), each checked against the vocabulary."""
    if split not in SPLITS:
        raise UsageError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    out: list[Case] = []
    for name in (("tune", "holdout") if split == "all" else (split,)):
        path = corpus / f"{name}.jsonl"
        if not path.is_file():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(_case(name, line, f"{path}:{n}"))
    if not out:
        raise UsageError(f"{corpus}: no sentence cases in split {split!r}")
    return out


def _case(split: str, line: str, where: str) -> Case:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(raw, dict) or any(k not in raw for k in _KEYS):
        raise UsageError(f"{where}: a case needs {', '.join(_KEYS)}")
    voc = vocabulary()
    expected: set[Triple] = set()
    for t in raw["expected"]:
        if not (isinstance(t, list) and len(t) == 3) or t[0] not in voc.party_ids:
            raise UsageError(f"{where}: an expected assertion is [party, kind, value], not {t!r}")
        try:
            voc.check(t[1], t[2], where)
        except VocabularyError as exc:
            raise UsageError(str(exc)) from None
        expected.add((t[0], t[1], t[2]))
    return Case(split, raw["family"], raw["lang"], raw["context"], raw["sentence"], frozenset(expected))


def read_case(extractor: StatementExtractor, case: Case) -> set[Triple]:
    """What the reader asserts for the case, read as an article of the context line and the sentence."""
    text = f"{case.context}\n\n{case.sentence}"
    found = extractor.extract(ArticleText("case", text, published=_READ_ON))
    return {(c.party, c.kind, c.value) for st in found for c in st.conditions if c.op == "assert"}


def score_cases(extractor: StatementExtractor, corpus: Path, split: str = "all") -> CaseReport:
    report = CaseReport(corpus=str(corpus), split=split)
    for case in load_cases(corpus, split):
        got = read_case(extractor, case)
        missing, extra = case.expected - got, got - case.expected
        exact = not missing and not extra
        report.cases += 1
        report.exact += exact
        report.assertions.add(tp=len(case.expected & got), fp=len(extra), fn=len(missing))
        for tally in (report.by_lang[case.lang], report.by_family[case.family]):
            tally[0] += exact
            tally[1] += 1
        if not exact:
            report.diffs.append({"split": case.split, "family": case.family, "lang": case.lang,
                                 "sentence": case.sentence, "missing": sorted(missing), "extra": sorted(extra)})
    return report


def format_cases(report: CaseReport, show_diffs: bool) -> str:
    lines = []
    if show_diffs:
        for d in report.diffs:
            lines.append(f"== {d['split']} {d['family']} ({d['lang']}): {d['sentence']}")
            lines += [f"  MISSING {' '.join(t)}" for t in d["missing"]]
            lines += [f"  EXTRA   {' '.join(t)}" for t in d["extra"]]
        lines.append("")
    lines.append(f"corpus {report.corpus}, split {report.split}: {report.cases} sentence cases")
    lines.append(f"read exactly            {report.exact}/{report.cases} ({report.rate:.2f})")
    for title, table in (("by language", report.by_lang), ("by family", report.by_family)):
        lines.append(title)
        lines += [f"  {k:22s}{e:>4}/{n:<4} ({e / n:.2f})" for k, (e, n) in sorted(table.items())]
    a = report.assertions
    lines.append(f"assertions              P {a.precision:.2f}  R {a.recall:.2f}  F1 {a.f1:.2f}"
                 f"    tp {a.tp}  fp {a.fp}  fn {a.fn}")
    return "\n".join(lines) + "\n"
