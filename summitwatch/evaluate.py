"""`summitwatch evaluate`: the reader scored against a labelled corpus, through the flow's own path.

Each article goes through what a pass does to a fetched page: furniture
cleaning, statements, conditions, dates. Its (party, kind, value) set is
compared with the labels: a produced value that is neither required nor
optional is a false positive, a required one not produced a false negative,
a forbidden one (a condition only page furniture carries) is counted apart
and as a false positive. Then the position rules are replayed in publication
order from the seed baseline, once over the gold rows and once over what the
reader produced, and the changes (the Slack alerts) are compared.

The corpus format is `corpus/dev/README.md`'s; `split.json` fixes which
articles are for tuning and which are the holdout, read only as figures.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from domain.positions import PendingAssertion, PositionBook, apply_assertions
from domain.vocabulary import VocabularyError, vocabulary
from extractors.base import ArticleText, Statement, StatementExtractor
from extractors.furniture import clean_article_text
from summitwatch.errors import SummitWatchError, UsageError

Key = tuple[str, str, str]  # (party, kind, value)
SPLITS = ("tune", "holdout", "all")


@dataclass(frozen=True)
class LabelledArticle:
    """An article of the corpus with its labels."""

    doc: str
    lang: str
    published: date
    outlet: str
    url: str
    kind_of_article: str
    title: str
    text: str
    required: frozenset[Key]
    optional: frozenset[Key]
    forbidden: frozenset[Key]
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Read:
    """One assertion the reader produced, with what explains it."""

    party: str
    kind: str
    value: str
    op: str
    stated_on: date
    speaker: str
    rule: str
    confidence: float
    quote: str
    evidence: str

    @property
    def key(self) -> Key:
        return (self.party, self.kind, self.value)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class ArticleDiff:
    doc: str
    lang: str
    missing: list[dict[str, Any]] = field(default_factory=list)
    extra: list[dict[str, Any]] = field(default_factory=list)
    forbidden: list[dict[str, Any]] = field(default_factory=list)
    wrong_date: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Report:
    corpus: str
    split: str
    articles: int
    assertions: Tally
    by_kind: dict[str, Tally]
    by_party: dict[str, Tally]
    by_lang: dict[str, Tally]
    forbidden_hits: int
    dates_right: int
    dates_scored: int
    changes: Tally
    diffs: list[ArticleDiff]
    change_diffs: list[dict[str, Any]]
    change_causes: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self, with_diffs: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "corpus": self.corpus,
            "split": self.split,
            "articles": self.articles,
            "assertions": self.assertions.as_dict(),
            "by_kind": {k: t.as_dict() for k, t in self.by_kind.items()},
            "by_party": {k: t.as_dict() for k, t in self.by_party.items()},
            "by_lang": {k: t.as_dict() for k, t in self.by_lang.items()},
            "forbidden_hits": self.forbidden_hits,
            "dates": {"right": self.dates_right, "scored": self.dates_scored},
            "changes": self.changes.as_dict(),
            "change_causes": self.change_causes,
        }
        if with_diffs:
            out["articles_diff"] = [d.__dict__ for d in self.diffs
                                    if d.missing or d.extra or d.forbidden or d.wrong_date]  # dates count too
            out["changes_diff"] = self.change_diffs
        return out


# --- loading -----------------------------------------------------------------------------------------------


def load_corpus(corpus: Path, split: str = "all") -> list[LabelledArticle]:
    """The labelled articles of a corpus directory (`articles/*.json`, `gold.jsonl`, optional `split.json`)."""
    if split not in SPLITS:
        raise UsageError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    if (corpus / "manifest.json").is_file() and not (corpus / "articles").is_dir():
        seeds = labelled_seeds(corpus, corpus / "gold.jsonl")  # the seed corpus: plain texts and a manifest
        if not any(s.rows for s in seeds):
            raise UsageError(f"{corpus}: a seed corpus without gold.jsonl labels")
        return seeds
    gold_path = corpus / "gold.jsonl"
    if not (corpus / "articles").is_dir() or not gold_path.is_file():
        raise UsageError(f"{corpus}: not a labelled corpus (needs articles/ and gold.jsonl, or sentence cases "
                         "in tune.jsonl / holdout.jsonl)")
    chosen = _split_ids(corpus, split)
    rows_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    meta: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{gold_path}:{n}: not JSON: {exc.msg}") from exc
        _check_row(row, f"{gold_path}:{n}")
        if row.get("article"):
            meta[row["doc"]] = row
        else:
            rows_by_doc[row["doc"]].append(row)
    out = []
    for path in sorted((corpus / "articles").glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}: not JSON: {exc.msg}") from exc
        doc = raw["id"]
        if chosen is not None and doc not in chosen:
            continue
        out.append(_labelled(raw, meta.get(doc, {}), rows_by_doc.get(doc, [])))
    if not out:
        raise UsageError(f"{corpus}: no articles in split {split!r}")
    return out


def _check_row(row: Any, where: str) -> None:
    """A gold row names its article, and an assertion row a party, kind and value of the vocabulary."""
    if not isinstance(row, dict) or "doc" not in row:
        raise UsageError(f"{where}: a gold row must be an object with a 'doc'")
    if row.get("article"):
        return
    missing = [k for k in ("party", "kind", "value") if k not in row]
    if missing:
        raise UsageError(f"{where}: the row lacks {', '.join(missing)}")
    voc = vocabulary()
    if row["party"] not in voc.party_ids:
        raise UsageError(f"{where}: unknown party {row['party']!r}")
    try:
        voc.check(row["kind"], row["value"], where)
    except VocabularyError as exc:
        raise UsageError(str(exc)) from None


def _split_ids(corpus: Path, split: str) -> set[str] | None:
    if split == "all":
        return None
    path = corpus / "split.json"
    if not path.is_file():
        raise UsageError(f"{corpus}: no split.json, so only --split all is possible")
    try:
        ids = json.loads(path.read_text(encoding="utf-8"))[split]
    except (json.JSONDecodeError, KeyError, TypeError):
        raise UsageError(f"{path}: needs a JSON object with a {split!r} list of article ids") from None
    return set(ids)


def tune_diffs_only(report: Report, corpus: Path) -> Report:
    """The report with the per-article differences of the tune half only (figures unchanged): `--split all` on a
    split corpus reads the holdout half as figures, as the discipline asks. Unsplit corpora keep every difference."""
    if not (corpus / "split.json").is_file():
        return report
    tune = _split_ids(corpus, "tune") or set()
    return replace(report, diffs=[d for d in report.diffs if d.doc in tune],
                   change_diffs=[c for c in report.change_diffs if c.get("doc") in tune])


def _labelled(raw: dict[str, Any], meta: dict[str, Any], rows: list[dict[str, Any]]) -> LabelledArticle:
    title, _, body = raw["text"].partition("\n")
    required, optional, forbidden = set(), set(), set()
    for r in rows:
        key = (r["party"], r["kind"], r["value"])
        if r.get("forbidden"):
            forbidden.add(key)
        elif r.get("required"):
            required.add(key)
        else:
            optional.add(key)
    return LabelledArticle(
        doc=raw["id"],
        lang=raw.get("lang") or meta.get("lang", "?"),
        published=date.fromisoformat(raw["published"][:10]),
        outlet=raw.get("outlet", ""),
        url=raw.get("url", ""),
        kind_of_article=meta.get("kind_of_article", "meeting"),
        title=title.strip(),
        text=clean_article_text(body.strip("\n")),
        required=frozenset(required),
        optional=frozenset(optional - required),
        forbidden=frozenset(forbidden - required - optional),
        rows=tuple(rows),
    )


# --- reading ------------------------------------------------------------------------------------------------


def read(extractor: StatementExtractor, article: LabelledArticle) -> list[Read]:
    """What the reader takes from one article, as the flow reads a stored article. A reader that fails names the
    article (the flow records it and reads on; a score with an article missing would mislead, so this stops)."""
    try:
        statements = extractor.extract(article_text(article))
    except SummitWatchError:
        raise  # the product's own failures keep their message and exit status
    except Exception as exc:
        raise SummitWatchError(f"the reader failed on article {article.doc}: {type(exc).__name__}: {exc}") from exc
    return list(reads(statements, article.published))


def article_text(article: LabelledArticle) -> ArticleText:
    """The labelled article as the reader gets a stored one."""
    return ArticleText(article.doc, article.text, article.title, article.published, article.outlet, article.url)


def reads(statements: Iterable[Statement], published: date) -> Iterable[Read]:
    """Each condition of the statements as a read, dated by its statement or else the publication."""
    for st in statements:
        for c in st.conditions:
            yield Read(c.party, c.kind, c.value, c.op, st.stated_on or published, st.speaker, c.rule,
                       c.confidence, st.quote, c.evidence)


# --- scoring ------------------------------------------------------------------------------------------------


def evaluate(
    extractor: StatementExtractor,
    corpus: Path,
    split: str = "all",
    seeds: Iterable[LabelledArticle] = (),
    min_confidence: float = 0.0,
) -> Report:
    """Score the extractor on a corpus split; `seeds` (labelled) set the baseline of the change replay."""
    articles = load_corpus(corpus, split)
    seeds = list(seeds)
    reads = {a.doc: read(extractor, a) for a in articles}
    assertions = Tally()
    by_kind: defaultdict[str, Tally] = defaultdict(Tally)
    by_party: defaultdict[str, Tally] = defaultdict(Tally)
    by_lang: defaultdict[str, Tally] = defaultdict(Tally)
    diffs: list[ArticleDiff] = []
    forbidden_hits = dates_right = dates_scored = 0
    for a in articles:
        got = {r.key: r for r in reads[a.doc] if r.op == "assert"}
        diff = ArticleDiff(a.doc, a.lang)
        for key in sorted(set(got) | a.required):  # sorted: the same differences in the same order every run
            party, kind, _ = key
            hit, extra, miss = key in got and key in a.required, key in got and key not in a.required, False
            miss = key in a.required and key not in got
            if extra and key in a.optional:
                continue
            for tally in (assertions, by_kind[kind], by_party[party], by_lang[a.lang]):
                tally.add(tp=int(hit), fp=int(extra), fn=int(miss))
            if extra:
                entry = _read_entry(got[key])
                if key in a.forbidden:
                    forbidden_hits += 1
                    diff.forbidden.append(entry)
                else:
                    diff.extra.append(entry)
            elif miss:
                diff.missing.append(_gold_entry(a, key))
            elif hit:
                gold_dates = {r["stated_on"] for r in a.rows if (r["party"], r["kind"], r["value"]) == key}
                dates_scored += 1
                if got[key].stated_on.isoformat() in gold_dates:
                    dates_right += 1
                else:
                    diff.wrong_date.append({**_read_entry(got[key]), "gold_dates": sorted(gold_dates)})
        diffs.append(diff)
    changes, change_diffs = _score_changes(articles, reads, seeds, extractor, min_confidence)
    causes = {"wrong": dict(Counter(c["cause"] for c in change_diffs if c.get("wrong"))),
              "missed": dict(Counter(c["cause"] for c in change_diffs if c.get("missed")))}
    return Report(
        corpus=str(corpus), split=split, articles=len(articles), assertions=assertions,
        by_kind=_ordered(by_kind, vocabulary().kind_ids), by_party=_ordered(by_party, vocabulary().party_ids),
        by_lang=dict(sorted(by_lang.items(), key=lambda kv: (-(kv[1].tp + kv[1].fn), kv[0]))),
        forbidden_hits=forbidden_hits, dates_right=dates_right, dates_scored=dates_scored,
        changes=changes, diffs=diffs, change_diffs=change_diffs, change_causes=causes,
    )


def _ordered(tallies: dict[str, Tally], order: tuple[str, ...]) -> dict[str, Tally]:
    return {k: tallies[k] for k in (*order, *sorted(set(tallies) - set(order))) if k in tallies}


def _read_entry(r: Read) -> dict[str, Any]:
    return {"party": r.party, "kind": r.kind, "value": r.value, "speaker": r.speaker, "rule": r.rule,
            "confidence": round(r.confidence, 2), "stated_on": r.stated_on.isoformat(), "evidence": r.evidence,
            "sentence": r.quote}


def _gold_entry(a: LabelledArticle, key: Key) -> dict[str, Any]:
    row = next(r for r in a.rows if (r["party"], r["kind"], r["value"]) == key and r.get("required"))
    evidence = row.get("evidence", "")
    return {"party": key[0], "kind": key[1], "value": key[2], "speaker": row.get("speaker", ""),
            "stated_on": row.get("stated_on", ""), "evidence": evidence,
            "sentence": sentence_with(f"{a.title}\n{a.text}", evidence)}


def sentence_with(text: str, evidence: str) -> str:
    """The sentence of the text that holds the gold evidence (or its first words)."""
    for probe in (evidence, " ".join(evidence.split()[:4]), " ".join(evidence.split()[-3:])):
        at = text.find(probe) if probe else -1
        if at >= 0:
            start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
            ends = [i for i in (text.find(". ", at + len(probe)), text.find("\n", at)) if i >= 0]
            return text[start : (min(ends) + 1 if ends else len(text))].strip()
    return ""


# --- changes ------------------------------------------------------------------------------------------------

ChangeKey = tuple[str, str, str, str, str]  # (doc, party, kind, op, value)


def _score_changes(
    articles: list[LabelledArticle],
    reads: dict[str, list[Read]],
    seeds: list[LabelledArticle],
    extractor: StatementExtractor,
    min_confidence: float,
) -> tuple[Tally, list[dict[str, Any]]]:
    """Replay the position rules over gold and over the reader's output; compare the changes they make."""
    order = sorted(articles, key=lambda a: (a.published, a.doc))
    gold_changes = _replay(
        [(s, _gold_pending(s)) for s in seeds], [(a, _gold_pending(a)) for a in order]
    )
    seed_reads = {s.doc: read(extractor, s) for s in seeds}
    got_changes = _replay(
        [(s, _read_pending(s, seed_reads[s.doc])) for s in seeds],
        [(a, _read_pending(a, reads[a.doc])) for a in order],
        min_confidence,
    )
    optional = {(a.doc, *k) for a in articles for k in a.optional}
    labelled = {a.doc: a.required | a.optional for a in articles}
    tally, diff = Tally(), []
    for key in sorted(set(gold_changes) | set(got_changes)):
        doc, party, kind, op, value = key
        if key in gold_changes and key in got_changes:
            tally.add(tp=1)
        elif key in got_changes:
            if (doc, party, kind, value) in optional:
                continue
            tally.add(fp=1)
            diff.append({"doc": doc, "change": _change_words(key), "wrong": True,
                         "cause": _wrong_cause(key, labelled[doc])})
        else:
            tally.add(fn=1)
            diff.append({"doc": doc, "change": _change_words(key), "missed": True,
                         "cause": _missed_cause(key, reads[doc], min_confidence)})
    return tally, diff


# why a change is wrong or missed, counted (safe on a holdout: no sentence is shown)
CHANGE_CAUSES: Final = {
    "wrong": ("extra reading", "another party's reading", "position before differs"),
    "missed": ("not read", "read below the threshold", "position already there"),
}


def _wrong_cause(key: ChangeKey, labelled: Set[Key]) -> str:
    """A wrong change comes from a reading the article does not state (for no party, or for another one), or
    from a right reading moving a position that stood elsewhere (an earlier article missed or misread)."""
    _, party, kind, _, value = key
    if (party, kind, value) in labelled:
        return "position before differs"
    if any((k[1], k[2]) == (kind, value) for k in labelled):
        return "another party's reading"
    return "extra reading"


def _missed_cause(key: ChangeKey, reads: list[Read], min_confidence: float) -> str:
    """A missed change was not read, read less surely than the alert threshold, or read where the replayed
    position already held it (an earlier extra reading, or a gold change the reading had made before)."""
    _, party, kind, _, value = key
    found = [r for r in reads if r.key == (party, kind, value)]
    if not found:
        return "not read"
    if all(r.confidence < min_confidence for r in found):
        return "read below the threshold"
    return "position already there"


def _change_words(key: ChangeKey) -> str:
    _, party, kind, op, value = key
    sign = {"set": "→", "add": "+", "remove": "−"}[op]
    return f"{party} {kind} {sign} {value}"


def _gold_pending(a: LabelledArticle) -> list[PendingAssertion]:
    return [
        PendingAssertion(f"{a.doc}:{i}", a.doc, r["party"], r["kind"], r["value"], "assert",
                         date.fromisoformat(r.get("stated_on") or a.published.isoformat()), (a.published, a.doc, i))
        for i, r in enumerate(a.rows)
        if r.get("required")
    ]


def _read_pending(a: LabelledArticle, reads: list[Read]) -> list[PendingAssertion]:
    return [
        PendingAssertion(f"{a.doc}:{i}", a.doc, r.party, r.kind, r.value, r.op, r.stated_on, (a.published, a.doc, i),
                         r.confidence, a.published)
        for i, r in enumerate(reads)
    ]


def _replay(
    seeds: list[tuple[LabelledArticle, list[PendingAssertion]]],
    articles: list[tuple[LabelledArticle, list[PendingAssertion]]],
    min_confidence: float = 0.0,
) -> set[ChangeKey]:
    """The alerted changes each article makes, article by article in publication order, after the seed baseline.

    As in a pass, a reading less sure than `min_confidence` moves no position, and only changes at or above it
    alert (a recap's change is less sure than its reading: it moves the position without an alert).
    """
    book, now = PositionBook(), datetime(2000, 1, 1)
    apply_assertions(book, [p for _, pending in seeds for p in pending], baseline=True, now=now)
    for _, pending in articles:
        apply_assertions(book, pending, baseline=False, now=now, min_confidence=min_confidence)
    return {
        (c.article_id, c.party, c.kind, c.op, (c.old_value if c.op == "remove" else c.new_value) or "")
        for c in book.new_changes
        if c.confidence >= min_confidence
    }


# --- the seed corpus as labelled articles ---------------------------------------------------------------------


def labelled_seeds(seeds_path: Path, gold_path: Path | None) -> list[LabelledArticle]:
    """The seed corpus, with its gold rows when a gold file is given (the baseline of the change replay)."""
    manifest_path = seeds_path / "manifest.json"
    manifest = {}
    if manifest_path.is_file():
        manifest = {m["file"]: m for m in json.loads(manifest_path.read_text(encoding="utf-8")).get("articles", [])}
    rows_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if gold_path is not None and gold_path.is_file():
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row and not row.get("article"):
                rows_by_doc[row["doc"]].append(row)
    out = []
    for path in sorted(seeds_path.glob("*.txt")):
        meta = manifest.get(path.name, {})
        text = clean_article_text(path.read_text(encoding="utf-8"))
        rows = rows_by_doc.get(path.name, [])
        keys: dict[str, set[Key]] = {"required": set(), "optional": set(), "forbidden": set()}
        for r in rows:
            kind = "forbidden" if r.get("forbidden") else "required" if r.get("required") else "optional"
            keys[kind].add((r["party"], r["kind"], r["value"]))
        out.append(LabelledArticle(
            doc=path.name, lang="en", published=date.fromisoformat(meta.get("published", "2022-01-01")[:10]),
            outlet=meta.get("outlet", ""), url=f"seed:{path.stem}", kind_of_article="seed",
            title=meta.get("title") or text.split("\n", 1)[0], text=text,
            required=frozenset(keys["required"]), optional=frozenset(keys["optional"] - keys["required"]),
            forbidden=frozenset(keys["forbidden"] - keys["required"] - keys["optional"]), rows=tuple(rows),
        ))
    return out


# --- output -------------------------------------------------------------------------------------------------


def format_report(report: Report, show_diffs: bool, min_confidence: float | None = None) -> str:
    """Per-article differences first (when asked), then the figures: the end of the output is the summary.

    Its last line gives the assertions' F1 to three places, as docs/reading.md quotes it (the table rounds to two),
    and the confidence the changes were scored at.
    """
    lines: list[str] = []
    if show_diffs:
        for d in report.diffs:
            if not (d.missing or d.extra or d.forbidden or d.wrong_date):
                continue
            lines.append(f"== {d.doc} ({d.lang})")
            for e in d.missing:
                lines.append(f"  MISSING {_triple(e)}  [{e['speaker']}, {e['stated_on']}] evidence: {e['evidence']!r}")
                if e["sentence"]:
                    lines.append(f"          in: {_short(e['sentence'])}")
            for label, entries in (("EXTRA  ", d.extra), ("FORBID ", d.forbidden)):
                for e in entries:
                    lines.append(f"  {label} {_triple(e)}  [{e['speaker']}, rule {e['rule']}, conf {e['confidence']}]"
                                 f" evidence: {e['evidence']!r}")
                    lines.append(f"          in: {_short(e['sentence'])}")
            for e in d.wrong_date:
                lines.append(f"  DATE    {_triple(e)}  read {e['stated_on']}, gold {', '.join(e['gold_dates'])}")
        if report.change_diffs:
            lines.append("== changes")
            for c in report.change_diffs:
                lines.append(f"  {'WRONG ' if c.get('wrong') else 'MISSED'} {c['doc']}: {c['change']}")
        lines.append("")
    a = report.assertions
    lines.append(f"corpus {report.corpus}, split {report.split}: {report.articles} articles")
    lines.append("")
    lines.append(f"{'':<22}{'P':>6}{'R':>6}{'F1':>6}{'tp':>6}{'fp':>5}{'fn':>5}")
    lines.append(_row("by kind", None))
    for k, t in report.by_kind.items():
        lines.append(_row(f"  {k}", t))
    lines.append(_row("by party", None))
    for k, t in report.by_party.items():
        lines.append(_row(f"  {k}", t))
    lines.append(_row("by language", None))
    for k, t in report.by_lang.items():
        lines.append(_row(f"  {k}", t))
    dates = f"{report.dates_right}/{report.dates_scored}" if report.dates_scored else "-"
    lines.append("")
    lines.append(f"forbidden hits: {report.forbidden_hits}    stated_on right: {dates}")
    lines.append(_row("assertions", a))
    lines.append(_row("changes (alerts)", report.changes))
    for side, label in (("wrong", "wrong changes"), ("missed", "missed changes")):
        counts = report.change_causes.get(side) or {}
        if counts:
            by = ", ".join(f"{c} {counts[c]}" for c in CHANGE_CAUSES[side] if counts.get(c))
            lines.append(f"  {label} by cause: {by}")
    threshold = "" if min_confidence is None else f"; changes alert at confidence >= {min_confidence:g}"
    lines.append(f"assertion F1 {a.f1:.3f}{threshold}")
    return "\n".join(lines) + "\n"


def format_thresholds(reports: Sequence[tuple[float, Report]]) -> str:
    """The summary figures at each alert threshold, one line each: the assertions the reader stores (P, R, F1,
    counts, forbidden hits) and the changes that alert."""
    first = reports[0][1]
    lines = [f"corpus {first.corpus}, split {first.split}: {first.articles} articles, the reader built for each "
             "threshold", "",
             f"{'':<16}{'assertions (stored)':<39}changes (alerts)",
             f"{'min_confidence':<16}" + _COLUMNS.format("P", "R", "F1", "tp", "fp", "fn") + f"{'forb':>5}  "
             + _COLUMNS.format("P", "R", "F1", "tp", "fp", "fn")]
    for t, r in reports:
        lines.append(f"{t:<16g}{_figures(r.assertions)}{r.forbidden_hits:>5}  {_figures(r.changes)}")
    return "\n".join(lines) + "\n"


_COLUMNS = "{:>5}{:>6}{:>6}{:>5}{:>5}{:>5}"


def _figures(t: Tally) -> str:
    return f"{t.precision:>5.2f}{t.recall:>6.2f}{t.f1:>6.2f}{t.tp:>5}{t.fp:>5}{t.fn:>5}"


def _row(label: str, t: Tally | None) -> str:
    if t is None:
        return label
    return f"{label:<22}{t.precision:>6.2f}{t.recall:>6.2f}{t.f1:>6.2f}{t.tp:>6}{t.fp:>5}{t.fn:>5}"


def _triple(e: dict[str, Any]) -> str:
    return f"{e['party']} {e['kind']}={e['value']}"


def _short(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

