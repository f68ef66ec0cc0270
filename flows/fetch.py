"""Fetching queued entries, extracting their text and storing them, deduplicated.

Pages are fetched concurrently (flows/http.py: per-host limits, size cap,
private-address guard), then extracted and written one by one on the single
warehouse connection. Each entry ends `stored`, `duplicate`, `refused` (not
HTML, too large, an internal address: never retried) or, after
`MAX_ATTEMPTS` failures (`HOPELESS_ATTEMPTS` for a client error or a redirect
loop, which retrying cannot fix), `failed` with the reason; until then it stays
`pending` for the next pass, so a dead server or a killed pass loses nothing.
Each failure of the pass is also listed in `problems` (url, status, reason) for
the pass summary.
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import duckdb

from extractors.article import extract_article
from extractors.urls import canonical_url, same_site
from flows.http import Fetcher, FetchResult
from summitwatch.config import Config
from warehouse.articles import NewArticle, store_articles
from warehouse.dedup import Fingerprint, fingerprint

MAX_ATTEMPTS = 3
HOPELESS_ATTEMPTS = 2  # a 404 or a redirect loop: one more pass (a page linked before it went live), then failed
STORE_BATCH = 100  # articles stored per bulk call: each call costs ~15-20 ms of fixed work (queries, two inserts)
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
    known_article: str | None


def fetch_pending_entries(
    con: duckdb.DuckDBPyConnection,
    cfg: Config,
    extractor: ChunkExtractor | None = None,
    problems: list[dict] | None = None,
) -> dict[str, int]:
    """Fetch, extract, deduplicate and store each pending entry; record failures on the entry (and in `problems`).

    Pages are fetched concurrently and handled as they arrive, so extraction and the (serial) warehouse writes
    overlap the network instead of waiting for the slowest page. `extractor` runs the extraction elsewhere
    (flows/dask_extract.py: Dask workers); the warehouse writes stay here, on the one connection.
    """
    stats = {"fetched": 0, "stored": 0, "duplicates": 0, "refused": 0, "failed": 0, "retry_later": 0, "known": 0}
    out = Outcomes(con, problems=problems)
    todo = []
    for p in _pending(con, cfg.fetch.max_articles_per_pass):
        if p.known_article:
            out.finish(p, "stored", p.known_article)  # another feed or pass already brought this URL in
            stats["known"] += 1
        else:
            todo.append(p)
    try:
        if todo:
            asyncio.run(_fetch_and_store(con, todo, cfg, stats, out, extractor or InProcess()))
    finally:
        out.flush()
    return stats


def pending_count(con: duckdb.DuckDBPyConnection, cfg: Config) -> int:
    """How many entries a pass would fetch now (at most `fetch.max_articles_per_pass`)."""
    rows = con.execute(
        "SELECT count(*) FROM (SELECT 1 FROM entries WHERE status = 'pending' AND attempts < ? LIMIT ?)",
        [MAX_ATTEMPTS, cfg.fetch.max_articles_per_pass],
    ).fetchall()
    return rows[0][0]


def _pending(con: duckdb.DuckDBPyConnection, limit: int) -> list[Pending]:
    """The oldest pending entries, each with the article already stored under its URL (if any), in one query."""
    rows = con.execute(
        """
        WITH p AS (
            SELECT entry_url, url, feed_url, published_at, attempts, discovered_at FROM entries
            WHERE status = 'pending' AND attempts < ? ORDER BY discovered_at, entry_url LIMIT ?
        ),
        known AS (
            SELECT p.entry_url, min(a.article_id) AS article_id
            FROM p JOIN articles a ON a.canonical_url = p.entry_url OR a.url = p.url OR a.url = p.entry_url
            GROUP BY p.entry_url
        )
        SELECT p.entry_url, p.url, p.feed_url, f.name, p.published_at, p.attempts, known.article_id
        FROM p LEFT JOIN feeds f ON f.url = p.feed_url LEFT JOIN known USING (entry_url)
        ORDER BY p.discovered_at, p.entry_url
        """,
        [MAX_ATTEMPTS, limit],
    ).fetchall()
    return [Pending(*row) for row in rows]


@dataclass(frozen=True)
class Refusal:
    """Why a fetched page yields no article: `refused` (never retried) or `failed` (retried, then failed)."""

    kind: str
    reason: str
    hopeless: bool = False  # a client error or a redirect loop: retrying in later passes cannot help


@dataclass(frozen=True)
class Article:
    """A page's article and its near-duplicate fingerprint, computed where the page was extracted (a Dask worker's
    CPU, not the single writer's: the fingerprint needs only the text)."""

    article: NewArticle
    fingerprint: Fingerprint


Page = tuple[Pending, FetchResult]
Extracted = Article | Refusal


class ChunkExtractor(Protocol):
    """Where extraction runs: `submit` a chunk of fetched pages, await their articles (or refusals), in order.

    `batches` cuts the pages fetched and not yet submitted (`left` more are still being fetched) into the
    chunks to submit now: all of them, or none to wait for more (never none when `left` is 0). The extractor
    knows how busy its workers are.
    """

    def batches(self, waiting: list[Page], left: int) -> list[list[Page]]: ...

    def submit(self, pages: list[Page]) -> Awaitable[list[Extracted]]: ...


class InProcess:
    """Extraction right here, page by page, as the pages arrive."""

    def batches(self, waiting: list[Page], left: int) -> list[list[Page]]:
        return [waiting]

    def submit(self, pages: list[Page]) -> Awaitable[list[Extracted]]:
        done: asyncio.Future[list[Extracted]] = asyncio.get_running_loop().create_future()
        done.set_result(extract_pages(pages))
        return done


async def _fetch_and_store(
    con: duckdb.DuckDBPyConnection,
    todo: list[Pending],
    cfg: Config,
    stats: dict[str, int],
    out: Outcomes,
    extractor: ChunkExtractor,
) -> None:
    async with Fetcher(cfg.fetch, accept=PAGE_ACCEPT, content_types=HTML_TYPES) as fetcher:

        async def one(p: Pending) -> Page:
            return p, await fetcher.get(p.url)

        batch: list[tuple[Pending, Article]] = []
        waiting: list[Page] = []
        inflight: list[tuple[list[Page], Awaitable[list[Extracted]]]] = []
        left = len(todo)
        for next_done in asyncio.as_completed([one(p) for p in todo]):
            page = await next_done
            left -= 1
            stats["fetched"] += page[1].ok
            waiting.append(page)
            chunks = extractor.batches(waiting, left)
            if chunks:
                inflight += [(pages, extractor.submit(pages)) for pages in chunks]
                waiting = []
            while inflight and _done(inflight[0][1]):
                pages, fut = inflight.pop(0)
                _collect(con, pages, await fut, batch, out, stats)
        for pages, fut in inflight:
            _collect(con, pages, await fut, batch, out, stats)
        _store_batch(con, batch, out, stats)


def _done(fut: Awaitable) -> bool:
    return isinstance(fut, asyncio.Future) and fut.done()


def _collect(
    con: duckdb.DuckDBPyConnection,
    pages: list[Page],
    extracted: list[Extracted],
    batch: list[tuple[Pending, Article]],
    out: Outcomes,
    stats: dict[str, int],
) -> None:
    """Articles join the store batch (stored every STORE_BATCH); refusals and failures are recorded."""
    for (p, _), item in zip(pages, extracted, strict=True):
        if isinstance(item, Article):
            batch.append((p, item))
            if len(batch) >= STORE_BATCH:
                _store_batch(con, batch, out, stats)
        elif item.kind == "refused":
            stats[out.refuse(p, item.reason)] += 1
        else:
            stats[out.fail(p, item.reason, hopeless=item.hopeless)] += 1


def extract_pages(pages: list[Page]) -> list[Extracted]:
    """The article of each fetched page, or why there is none; pure, so it runs on any process or machine."""
    return [_extract_safely(p, result) for p, result in pages]


def extract_pages_blob(batch: bytes) -> bytes:
    """`extract_pages` on a pickled batch, pickled back (flows/dask_extract.py: what a Dask worker runs).

    Opaque bytes: Dask neither walks nor hashes the pages, and a batch travels as one buffer. Here, not in
    flows/dask_extract.py, so that a worker imports no Prefect to run it.
    """
    return pickle.dumps(extract_pages(pickle.loads(batch)), protocol=pickle.HIGHEST_PROTOCOL)


def _extract_safely(p: Pending, result: FetchResult) -> Extracted:
    """`_extract`, where an unexpected error fails the entry (retried on a later pass), not the pass."""
    try:
        return _extract(p, result)
    except Exception as exc:  # noqa: BLE001 - recorded on the entry, retried on a later pass
        return Refusal("failed", f"error: {type(exc).__name__}: {exc}")


def _extract(p: Pending, result: FetchResult) -> Extracted:
    if result.refused:
        return Refusal("refused", result.error or "refused")
    if not result.ok or result.body is None:
        return Refusal("failed", result.error or f"HTTP {result.status}", hopeless=result.hopeless)
    final = result.final_url or p.url
    article = extract_article(result.body, final)
    if article is None:
        return Refusal("refused", "refused: no article text on the page")
    new = NewArticle(
        url=final,
        canonical_url=_canonical(final, article.canonical_url),
        text=article.text,
        title=article.title,
        outlet=article.sitename or p.feed_name or urlsplit(final).hostname,
        author=article.author,
        language=article.language,
        published_at=article.published_at or p.published_at,
        feed_url=p.feed_url,
    )
    return Article(new, fingerprint(new.text))


def _store_batch(
    con: duckdb.DuckDBPyConnection, batch: list[tuple[Pending, Article]], out: Outcomes, stats: dict[str, int]
) -> None:
    """Store extracted pages in one bulk call (~0.5 ms an article instead of ~5-8 ms one by one).

    No transaction around it: `store_articles` writes the articles atomically itself, and a pass killed
    before the entries' update finds the articles under their URLs next time.
    """
    if not batch:
        return
    try:
        stored = store_articles(con, [a.article for _, a in batch], fingerprints=[a.fingerprint for _, a in batch])
    except Exception as exc:  # noqa: BLE001 - the entries are retried on a later pass
        _rollback_if_open(con)
        for p, _ in batch:
            stats[out.fail(p, f"error: {type(exc).__name__}: {exc}")] += 1
        batch.clear()
        return
    for (p, a), st in zip(batch, stored, strict=True):
        if not st.duplicate_of and (st.created or _stored_from(con, st.article_id, a.article.url)):
            out.finish(p, "stored", st.article_id)  # new, or this very page stored by a pass killed before now
            stats["stored"] += 1
        else:
            out.finish(p, "duplicate", st.article_id)  # the same URL in another form, or a copy of another story
            stats["duplicates"] += 1
    batch.clear()


def _rollback_if_open(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # no transaction was open


def _canonical(final_url: str, declared: str | None) -> str:
    """The page's own <link rel=canonical> when plausible (same site), else our canonical form of the URL.

    `same_site` wants an identical host for IP addresses, so a canonical link cannot point into another
    (private) network than the one the page came from.
    """
    if declared:
        declared = urljoin(final_url, declared.strip())
        if declared.startswith(("http://", "https://")) and same_site(final_url, declared):
            return canonical_url(declared)
    return canonical_url(final_url)


def _stored_from(con: duckdb.DuckDBPyConnection, article_id: str, url: str) -> bool:
    # fetchall, not fetchone: DuckDB 2.0 refuses Arrow registration while a result is unfinished.
    rows = con.execute("SELECT url FROM articles WHERE article_id = ?", [article_id]).fetchall()
    return bool(rows) and rows[0][0] == url


class Outcomes:
    """Entry updates, written in batches (an UPDATE costs about as much as extracting a page), one per store
    batch when no page was refused or failed.

    A pass killed before a flush loses nothing: an entry whose article was stored is recognised by its URL
    before the next pass fetches anything, and any other entry is simply fetched again.
    """

    def __init__(
        self, con: duckdb.DuckDBPyConnection, batch: int = STORE_BATCH, problems: list[dict] | None = None
    ) -> None:
        self.con, self.batch = con, batch
        self.rows: list[tuple[str, str, str | None, str | None]] = []
        self.problems = problems if problems is not None else []

    def finish(self, p: Pending, status: str, article_id: str) -> None:
        self._add(p, status, article_id, None)

    def refuse(self, p: Pending, reason: str) -> str:
        self._add(p, "refused", None, reason)
        return "refused"

    def fail(self, p: Pending, reason: str, hopeless: bool = False) -> str:
        """Pending again until MAX_ATTEMPTS (HOPELESS_ATTEMPTS if retrying cannot help), then failed for good."""
        attempts = p.attempts + 1
        final = attempts >= (HOPELESS_ATTEMPTS if hopeless else MAX_ATTEMPTS)
        if final:
            reason = f"{reason} (gave up after {attempts} passes)"
        status = "failed" if final else "pending"
        self._add(p, status, None, reason)
        self.problems.append({"url": p.url, "status": status, "attempts": attempts, "reason": reason[:500]})
        return "failed" if final else "retry_later"

    def _add(self, p: Pending, status: str, article_id: str | None, error: str | None) -> None:
        self.rows.append((p.entry_url, status, article_id, error[:500] if error else None))
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        keys, statuses, ids, errors = (list(col) for col in zip(*self.rows, strict=True))
        self.con.execute(
            """
            UPDATE entries SET status = u.st, article_id = u.aid, last_error = u.err, attempts = attempts + 1
            FROM (SELECT unnest(?::VARCHAR[]) AS k, unnest(?::VARCHAR[]) AS st, unnest(?::VARCHAR[]) AS aid,
                         unnest(?::VARCHAR[]) AS err) u
            WHERE entries.entry_url = u.k
            """,
            [keys, statuses, ids, errors],
        )
        self.rows.clear()
