"""Calibration: how often the reader is right, per party and kind, on the tune halves of the bundled corpora.

A rule's confidence says how specific its pattern is; whether readings of a
given party and kind tend to be right is measured. `python -m
extractors.calibrate` reads the tune halves (never the holdouts), counts right
and wrong assertions per (party, kind) (articles, and the sentence cases sentence by
sentence) and writes `rules/calibration.toml`;
the reader multiplies each assertion's confidence by that factor, so kinds it
reads badly (a Russian "format", a mediator's preconditions) stay below the
alert threshold. Smoothed toward 0.85 so a handful of cases cannot swing it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

PRIOR = 0.85  # where a (party, kind) with few readings sits
# A party's readings by one rule are capped under the alert threshold when their smoothed precision on the tune halves
# of every article corpus is under this, with at least CAP_WRONG wrong (a rule as often wrong as right must not alert)
CAP_BELOW = 0.6
CAP_WRONG = 3
WEIGHT = 4.0  # how many readings the prior counts for
CORPORA = ("dev", "families", "check", "styles", "wire")
SENTENCE_CORPORA = ("sentences", "sentences_fresh", "sentences_fourth")  # their tune halves, sentence by sentence


def measure(root: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(party, kind) -> (right, wrong) over the tune halves (optional gold rows count as neither)."""
    from extractors.default import default_extractor
    from summitwatch.evaluate import load_corpus, read
    from summitwatch.sentence_cases import load_cases, read_case

    extractor = default_extractor()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for name in CORPORA:
        for article in load_corpus(root / name, "tune"):
            for r in read(extractor, article):
                if r.op == "assert" and r.key not in article.optional:
                    counts[(r.party, r.kind)][0 if r.key in article.required else 1] += 1
    for name in SENTENCE_CORPORA:
        if not (root / name / "tune.jsonl").is_file():
            continue
        for case in load_cases(root / name, "tune"):
            for party, kind, value in read_case(extractor, case):
                if kind == "stance":
                    continue  # their writers label no "willing" where a sentence only states a condition,
                    # which the article gold leaves optional: stances are measured on the articles alone
                counts[(party, kind)][0 if (party, kind, value) in case.expected else 1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def article_corpora(root: Path) -> list[str]:
    """Every labelled article corpus with a tune half (the caps are measured on all of them)."""
    return sorted(p.parent.name for p in root.glob("*/split.json") if (p.parent / "articles").is_dir())


def measure_rules(root: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(party, rule) -> (right, wrong) over the tune halves of every article corpus (optional rows: neither)."""
    from extractors.default import default_extractor
    from summitwatch.evaluate import load_corpus, read

    extractor = default_extractor()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for name in article_corpora(root):
        for article in load_corpus(root / name, "tune"):
            for r in read(extractor, article):
                if r.op == "assert" and r.key not in article.optional:
                    counts[(r.party, r.rule)][0 if r.key in article.required else 1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def caps(counts: dict[tuple[str, str], tuple[int, int]]) -> list[tuple[str, str]]:
    """The (party, rule) pairs read as often wrong as right: smoothed precision under CAP_BELOW, CAP_WRONG wrong."""
    return sorted(k for k, (right, wrong) in counts.items()
                  if wrong >= CAP_WRONG and (right + PRIOR * WEIGHT) / (right + wrong + WEIGHT) < CAP_BELOW)


def render_caps(counts: dict[tuple[str, str], tuple[int, int]]) -> str:
    """The `[[cap]]` entries, with the counts they were measured on."""
    lines = ["# Caps: `python -m extractors.calibrate --caps`, from the tune halves of every article corpus: a",
             f"# party's readings by a rule of smoothed precision under {CAP_BELOW} ({CAP_WRONG}+ wrong) never alert.",
             ""]
    for party, rule in caps(counts):
        right, wrong = counts[(party, rule)]
        lines.append(f'[[cap]]\nparty = "{party}"\nrule = "{rule}"\nright = {right}\nwrong = {wrong}\n')
    return "\n".join(lines)


def factors(counts: dict[tuple[str, str], tuple[int, int]]) -> dict[tuple[str, str], float]:
    """Smoothed precision, relative to the prior: 1.0 for a kind read as well as usual."""
    return {k: round((right + PRIOR * WEIGHT) / (right + wrong + WEIGHT) / PRIOR, 2)
            for k, (right, wrong) in counts.items()}


def render(counts: dict[tuple[str, str], tuple[int, int]]) -> str:
    lines = ["# Written by `python -m extractors.calibrate` from the tune halves of corpus/{dev,families,check,wire,"
             "styles} and of the sentence cases corpus/{sentences,sentences_fresh,sentences_fourth}.",
             "# factor = smoothed precision / 0.85; right and wrong are the counts it was measured on.", ""]
    for (party, kind), f in sorted(factors(counts).items()):
        right, wrong = counts[(party, kind)]
        lines.append(f'[[factor]]\nparty = "{party}"\nkind = "{kind}"\nfactor = {min(f, 1.0)}\n'
                     f"right = {right}\nwrong = {wrong}\n")
    return "\n".join(lines)


def main() -> int:
    root = Path(__file__).resolve().parent.parent / "corpus"
    out = Path(__file__).resolve().parent / "rules" / "calibration.toml"
    if sys.argv[1:] == ["--caps"]:
        return _write_caps(root, out)
    out.write_text("", encoding="utf-8")  # measure uncalibrated
    from extractors.rules import rulebook

    rulebook.cache_clear()
    out.write_text(render(measure(root)), encoding="utf-8")
    sys.stdout.write(f"wrote {out}\n")
    return 0


def pinned_caps(text: str) -> str:
    """The `[[cap]]` entries of a calibration.toml that carry `pinned` (why), as written: a family whose readings by
    one party are wrong too seldom on any one rule to be measured a cap, but never right on the tune halves (h_alerts27:
    Kyiv's and a host's "the meeting must be well prepared"); a rewrite of the measured caps keeps them."""
    import tomllib

    out = []
    for c in tomllib.loads(text).get("cap", ()):
        if c.get("pinned"):
            out.append(f'[[cap]]\nparty = "{c["party"]}"\nrule = "{c["rule"]}"\npinned = "{c["pinned"]}"\n')
    return "\n".join(out)


def _write_caps(root: Path, out: Path) -> int:
    """Rewrite the caps only, measured uncapped; the factors stay as they were measured, the pinned caps as written."""
    from extractors.rules import rulebook

    text = out.read_text(encoding="utf-8")
    factors_part = text.split("# Caps:")[0].rstrip("\n") + "\n"
    pinned = pinned_caps(text)
    out.write_text(factors_part, encoding="utf-8")
    rulebook.cache_clear()
    out.write_text(factors_part + "\n" + render_caps(measure_rules(root)) + ("\n" + pinned if pinned else ""),
                   encoding="utf-8")
    sys.stdout.write(f"wrote the caps of {out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
