"""Storing articles: ids, exact and near-duplicate detection, the `articles` row.

STUB: owned by the dedup/positions work; signatures are the contract with the flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb


@dataclass(frozen=True)
class NewArticle:
    url: str
    canonical_url: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    is_seed: bool = False
    feed_url: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    article_id: str
    duplicate_of: str | None
    created: bool  # False when the canonical URL was already stored


def store_article(
    con: duckdb.DuckDBPyConnection, art: NewArticle, fetched_at: datetime | None = None
) -> StoredArticle:
    """Insert the article once (keyed by canonical URL), marking it a duplicate when it is one."""
    raise NotImplementedError


def article_for_url(con: duckdb.DuckDBPyConnection, canonical_url: str) -> str | None:
    """The article_id stored under this canonical URL (or as its `url`), if any."""
    raise NotImplementedError
