"""The seed quality bar: every required assertion found, no forbidden one, at most one extra per article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractors.base import ArticleText
from extractors.default import default_extractor
from extractors.furniture import clean_article_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = [json.loads(line) for line in (ROOT / "tests/data/gold.jsonl").read_text().splitlines() if line.strip()]
ARTICLES = {row["doc"]: row for row in GOLD if row.get("article")}


def _read(doc: str) -> dict[tuple[str, str, str], list]:
    meta = ARTICLES[doc]
    text = clean_article_text((ROOT / "corpus/seed" / doc).read_text(encoding="utf-8"))
    statements = default_extractor().extract(ArticleText(doc, text, published=date.fromisoformat(meta["published"])))
    found: dict[tuple[str, str, str], list] = {}
    for st in statements:
        for c in st.conditions:
            if c.op == "assert":
                found.setdefault((c.party, c.kind, c.value), []).append(st)
    return found


def _rows(doc: str, **flags: object) -> list[dict]:
    return [r for r in GOLD if r.get("doc") == doc and all(r.get(k) == v for k, v in flags.items())]


@pytest.mark.parametrize("doc", sorted(ARTICLES))
def test_every_required_assertion_is_found(doc: str) -> None:
    found = _read(doc)
    missing = [
        (r["party"], r["kind"], r["value"])
        for r in _rows(doc, required=True)
        if (r["party"], r["kind"], r["value"]) not in found
    ]
    assert missing == []


@pytest.mark.parametrize("doc", sorted(ARTICLES))
def test_no_forbidden_and_at_most_one_extra(doc: str) -> None:
    found = _read(doc)
    forbidden = {(r["party"], r["kind"], r["value"]) for r in _rows(doc, forbidden=True)}
    labelled = {(r["party"], r["kind"], r["value"]) for r in _rows(doc) if "required" in r}
    assert not forbidden & set(found)
    extra = set(found) - labelled
    assert len(extra) <= 1, extra


# Gold dates only inferable from another sentence: Trump "following his talks" with Zelensky = Monday.
UNDATABLE = {("001_f6ca94376d23a34d.txt", "US", "format", "one_on_one")}


def test_stated_on_matches_the_gold_dates() -> None:
    wrong = []
    for doc in ARTICLES:
        found = _read(doc)
        for r in _rows(doc, required=True):
            key = (r["party"], r["kind"], r["value"])
            dates = sorted({st.stated_on.isoformat() for st in found.get(key, []) if st.stated_on})
            if (doc, *key) not in UNDATABLE and r["stated_on"] not in dates:
                wrong.append((doc[:3], *key, f"gold {r['stated_on']}", f"read {dates}"))
    assert wrong == []


def test_speakers_are_attributed_by_name_and_typo() -> None:
    speakers = {st.speaker for doc in ARTICLES for sts in _read(doc).values() for st in sts}
    assert {"Dmitry Peskov", "Volodymyr Zelensky", "Sergey Lavrov", "Vladimir Putin", "Donald Trump"} <= speakers


@pytest.mark.parametrize("doc", sorted(ARTICLES))
def test_required_assertions_survive_an_uncleaned_page(doc: str) -> None:
    """Robust without the cleaner too (captions, comment spam): recall holds on the raw seed text."""
    meta = ARTICLES[doc]
    raw = (ROOT / "corpus/seed" / doc).read_text(encoding="utf-8")
    statements = default_extractor().extract(ArticleText(doc, raw, published=date.fromisoformat(meta["published"])))
    found = {(c.party, c.kind, c.value) for st in statements for c in st.conditions if c.op == "assert"}
    assert [k for r in _rows(doc, required=True) if (k := (r["party"], r["kind"], r["value"])) not in found] == []
