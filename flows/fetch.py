"""Fetching queued entries, extracting their text and storing them, deduplicated.

Pages are fetched concurrently (flows/http.py: per-host limits, size cap,
private-address guard), then extracted and written one by one on the single
warehouse connection. Each entry ends `stored`, `duplicate`, `refused` (not
HTML, too large, an internal address: never retried) or, after
`MAX_ATTEMPTS` failures, `failed`; until then it stays `pending` for the next
pass, so a dead server or a killed pass loses nothing.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import duckdb

from extractors.article import extract_article
from extractors.urls import canonical_url, same_site
from flows.http import Fetcher, FetchResult
from flows.netguard import forbidden_address
from summitwatch.config import Config
from warehouse.articles import NewArticle, article_for_url, store_article

MAX_ATTEMPTS = 3
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class Pending:
    entry_url: str
    url: str
    feed_url: str | None
    feed_name: str | None
    published_at: datetime | None
    attempts: int


def fetch_pending_entries(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Fetch, extract, deduplicate and store each pending entry; record failures on the entry."""
    stats = {"fetched": 0, "stored": 0, "duplicates": 0, "refused": 0, "failed": 0, "retry_later": 0}
    pending = _pending(con, cfg.fetch.max_articles_per_pass)
    todo = [p for p in pending if not _already_stored(con, p)]
    if not todo:
        return stats
    results = asyncio.run(_fetch_all(todo, cfg))
    for entry, result in zip(todo, results, strict=True):
        stats[_handle(con, entry, result)] += 1
    stats["fetched"] = len(todo)
    return stats


def _pending(con: duckdb.DuckDBPyConnection, limit: int) -> list[Pending]:
    rows = con.execute(
        """
        SELECT e.entry_url, e.url, e.feed_url, f.name, e.published_at, e.attempts
        FROM entries e LEFT JOIN feeds f ON f.url = e.feed_url
        WHERE e.status = 'pending' ORDER BY e.discovered_at, e.entry_url LIMIT ?
        """,
        [limit],
    ).fetchall()
    return [Pending(*row) for row in rows]


def _already_stored(con: duckdb.DuckDBPyConnection, p: Pending) -> bool:
    """An entry whose URL another feed already brought in is that article, not a new one."""
    existing = article_for_url(con, p.entry_url) or article_for_url(con, p.url)
    if existing:
        _finish(con, p, "stored", existing)
    return bool(existing)


async def _fetch_all(todo: list[Pending], cfg: Config) -> list[FetchResult]:
    async with Fetcher(cfg.fetch, accept=PAGE_ACCEPT) as fetcher:
        return await asyncio.gather(*(fetcher.get(p.url) for p in todo))


def _handle(con: duckdb.DuckDBPyConnection, p: Pending, result: FetchResult) -> str:
    """Extract and store one fetched page; return the stats key it counts under."""
    if result.refused:
        return _refuse(con, p, result.error or "refused")
    if not result.ok or result.body is None:
        return _fail(con, p, result.error or f"HTTP {result.status}")
    ctype = result.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return _refuse(con, p, f"refused: not an HTML page ({ctype})")
    final = result.final_url or p.url
    article = extract_article(result.body, final)
    if article is None:
        return _refuse(con, p, "refused: no article text on the page")
    canonical = _canonical(final, article.canonical_url)
    existing = article_for_url(con, canonical)
    if existing:
        _finish(con, p, "stored", existing)
        return "duplicates"
    stored = store_article(
        con,
        NewArticle(
            url=final,
            canonical_url=canonical,
            text=article.text,
            title=article.title,
            outlet=article.sitename or p.feed_name or urlsplit(final).hostname,
            author=article.author,
            language=article.language,
            published_at=article.published_at or p.published_at,
            feed_url=p.feed_url,
        ),
    )
    status = "duplicate" if stored.duplicate_of else "stored"
    _finish(con, p, status, stored.article_id)
    return "duplicates" if stored.duplicate_of else "stored"


def _canonical(final_url: str, declared: str | None) -> str:
    """The page's own <link rel=canonical> when it is a plausible one, else our canonical form of the URL."""
    if declared and declared.startswith(("http://", "https://")) and same_site(final_url, declared):
        host = urlsplit(declared).hostname or ""
        if not _is_ip(host) or not forbidden_address(host):
            return canonical_url(declared)
    return canonical_url(final_url)


def _is_ip(host: str) -> bool:
    return host.replace(".", "").isdigit() or ":" in host


def _finish(con: duckdb.DuckDBPyConnection, p: Pending, status: str, article_id: str | None) -> None:
    con.execute(
        "UPDATE entries SET status = ?, article_id = ?, attempts = attempts + 1, last_error = NULL WHERE entry_url = ?",
        [status, article_id, p.entry_url],
    )


def _refuse(con: duckdb.DuckDBPyConnection, p: Pending, reason: str) -> str:
    con.execute(
        "UPDATE entries SET status = 'refused', attempts = attempts + 1, last_error = ? WHERE entry_url = ?",
        [reason[:500], p.entry_url],
    )
    return "refused"


def _fail(con: duckdb.DuckDBPyConnection, p: Pending, reason: str) -> str:
    final = p.attempts + 1 >= MAX_ATTEMPTS
    con.execute(
        "UPDATE entries SET status = ?, attempts = attempts + 1, last_error = ? WHERE entry_url = ?",
        ["failed" if final else "pending", reason[:500], p.entry_url],
    )
    return "failed" if final else "retry_later"

