"""Loading the seed corpus as `is_seed` articles: the baseline of every position.

The seeds ship in `corpus/seed/` as plain-text captures with their page
furniture, plus `manifest.json` (headline, outlet, publication date). Loading
is idempotent: a seed is keyed by `seed:<file stem>`, and the baseline is read
only from seeds not processed before.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb

from extractors.base import StatementExtractor
from extractors.furniture import clean_article_text
from flows.read import process_pending_articles
from summitwatch.errors import UsageError
from warehouse.articles import NewArticle, store_articles


class SeedError(UsageError):
    """The seed corpus is missing or unreadable."""


def load_seeds(con: duckdb.DuckDBPyConnection, seeds_path: Path, extractor: StatementExtractor) -> dict[str, int]:
    """Store each seed article once and set the baseline from it; idempotent."""
    if not seeds_path.is_dir():
        raise SeedError(f"seed corpus not found: {seeds_path}")
    manifest = _manifest(seeds_path)
    batch = []
    for path in sorted(seeds_path.glob("*.txt")):
        meta = manifest.get(path.name, {})
        text = clean_article_text(path.read_text(encoding="utf-8"))
        published = meta.get("published")
        art = NewArticle(
            url=f"seed:{path.stem}",
            canonical_url=f"seed:{path.stem}",
            text=text,
            title=meta.get("title") or text.split("\n", 1)[0][:200],
            outlet=meta.get("outlet"),
            published_at=datetime.fromisoformat(published) if published else None,
            is_seed=True,
        )
        batch.append(art)
    added = sum(stored.created for stored in store_articles(con, batch)) if batch else 0
    # Unconditional: seeds stored by a pass that died before reading them must still become the baseline,
    # never be read later as news (which would alert on them). With nothing pending this is one query.
    processed = process_pending_articles(con, extractor, baseline=True, alert_sink="none", seeds_only=True)
    (total,) = con.execute("SELECT count(*) FROM articles WHERE is_seed").fetchall()[0]
    return {"seeds": total, "new_seeds": added, "new_baseline_assertions": processed.get("assertions", 0)}


def _manifest(seeds_path: Path) -> dict[str, dict]:
    path = seeds_path / "manifest.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SeedError(f"{path}: not valid JSON: {exc}") from exc
    return {item["file"]: item for item in data.get("articles", [])}
