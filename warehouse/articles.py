"""Storing articles: stable ids, the same URL in another form, exact and near duplicates.

An article is stored once per canonical URL. A duplicate keeps its own row with
`duplicate_of` pointing at the original (never at another duplicate), so
analysts see every outlet that carried a story while nothing downstream treats
the copy as new.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from warehouse.dedup import (
    Fingerprint,
    Match,
    ensure_index,
    find_duplicate,
    fingerprint,
    index_article,
    index_duplicate,
)


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


def article_id_for(canonical_url: str) -> str:
    """Stable across runs and machines: the same URL always gets the same id."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


def article_for_url(con: duckdb.DuckDBPyConnection, canonical_url: str, url: str | None = None) -> str | None:
    """The article stored under this canonical URL (or under `url`, in either column), if any."""
    urls = [canonical_url] if url is None or url == canonical_url else [canonical_url, url]
    marks = ",".join("?" for _ in urls)
    row = con.execute(
        f"SELECT article_id, duplicate_of FROM articles WHERE canonical_url IN ({marks}) OR url IN ({marks})"
        " ORDER BY canonical_url = ? DESC LIMIT 1",
        [*urls, *urls, canonical_url],
    ).fetchone()
    return row[0] if row else None


def store_article(
    con: duckdb.DuckDBPyConnection, art: NewArticle, fetched_at: datetime | None = None
) -> StoredArticle:
    """Insert the article once (keyed by canonical URL), marking it a duplicate when it is one."""
    existing = _stored(con, art.canonical_url, art.url)
    if existing:
        return StoredArticle(existing[0], existing[1], created=False)
    ensure_index(con)
    article_id = article_id_for(art.canonical_url)
    fp = fingerprint(art.text)
    match = find_duplicate(con, fp)
    # No BEGIN here: in DuckDB a BEGIN inside a caller's transaction aborts it, and callers (a flow's
    # batch) may hold one. The row goes first: a crash before its index rows costs a missed match, while
    # index rows without their article would make later copies point at nothing.
    _insert(con, art, article_id, fp, match, fetched_at)
    return StoredArticle(article_id, match.article_id if match else None, created=True)


def _insert(
    con: duckdb.DuckDBPyConnection, art: NewArticle, article_id: str, fp: Fingerprint, match: Match | None,
    fetched_at: datetime | None,
) -> None:
    con.execute(
        """
        INSERT INTO articles (article_id, url, canonical_url, title, outlet, author, language, published_at,
                              fetched_at, text, text_hash, is_seed, duplicate_of, dup_score, shingle_count, feed_url)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            article_id, art.url, art.canonical_url, art.title, art.outlet, art.author, art.language,
            _naive_utc(art.published_at), _naive_utc(fetched_at or datetime.now(UTC)), art.text, fp.text_hash,
            art.is_seed, match.article_id if match else None, match.score if match else None,
            len(fp.samples), art.feed_url,
        ],
    )
    if match is None:
        index_article(con, article_id, fp)
    elif match.score < 1.0:
        index_duplicate(con, match.article_id, fp)


def _stored(con: duckdb.DuckDBPyConnection, canonical_url: str, url: str) -> tuple[str, str | None] | None:
    """(article_id, duplicate_of) of the article stored under either URL: one query, it runs per article."""
    row = con.execute(
        "SELECT article_id, duplicate_of FROM articles WHERE canonical_url IN (?, ?) OR url IN (?, ?)"
        " ORDER BY canonical_url = ? DESC LIMIT 1",
        [canonical_url, url, canonical_url, url, canonical_url],
    ).fetchone()
    return (row[0], row[1]) if row else None


def _naive_utc(ts: datetime | None) -> datetime | None:
    """The warehouse keeps TIMESTAMP columns in UTC without a zone."""
    if ts is None or ts.tzinfo is None:
        return ts
    return ts.astimezone(UTC).replace(tzinfo=None)
