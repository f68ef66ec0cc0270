"""Polling the configured feeds into the `entries` queue.

Every due feed is fetched concurrently through the shared politeness policy
(flows/http.py) with its stored validators (ETag, Last-Modified). Bodies are
hashed and parsed (flows/feeds.py: fastfeedparser, feedparser as the fallback)
as they arrive, in a worker process when many feeds are due, so parsing uses
the second core while this one drives the network and the warehouse. Outcomes
are recorded in batches: each batch of feeds' states and new entries is ONE
transaction with one bulk insert and one bulk update (per feed, two statements
and a commit cost ~4 ms, as much as the network). A broken feed or a dead
server is recorded (`last_status`, `last_error`, `consecutive_failures`,
`next_poll_at`) and never stops the pass; a pass killed before a batch commits
loses nothing: those feeds are simply polled again.
"""

from __future__ import annotations

import asyncio
import os
import random
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context

import duckdb
import pyarrow as pa

from flows.feeds import Entry, ParsedFeed, parse_body
from flows.http import Fetcher, FetchResult
from summitwatch.config import Config, Feed
from warehouse.db import transaction

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
MAX_BACKOFF = timedelta(hours=6)
RECORD_BATCH = 100  # feeds per warehouse transaction
PARSE_CHUNK = 25  # answers per round trip to the parser process
# Measured: starting the worker costs ~0.47 s (spawn + imports), parsing ~0.9 ms a 20-item feed (fastfeedparser,
# canonical URLs); so a worker pays for itself only from ~1,000 due feeds, and lost ~0.5-1 s at 500 on a busy machine.
POOL_MIN_FEEDS = 1000


@dataclass(frozen=True)
class FeedState:
    url: str
    name: str
    etag: str | None
    last_modified: str | None
    moved_to: str | None
    body_hash: str | None
    failures: int


def poll_due_feeds(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Poll every due feed concurrently; record each feed's outcome; queue new entries."""
    now = _now()
    _register(con, cfg.feeds)
    due = _due_feeds(con, cfg.feeds, now)
    recorder = Recorder(con, now)
    if due:
        try:
            asyncio.run(_poll_all(due, cfg, recorder))
        finally:
            recorder.flush()
    return {"due": len(due), **recorder.stats}


async def _poll_all(due: list[FeedState], cfg: Config, recorder: Recorder) -> None:
    with _parser_pool(len(due)) as pool:
        chunk: list[tuple[FeedState, FetchResult]] = []
        parsing: list[asyncio.Future] = []
        async with Fetcher(cfg.fetch, accept=FEED_ACCEPT) as fetcher:

            async def one(state: FeedState) -> tuple[FeedState, FetchResult]:
                return state, await fetcher.get(state.moved_to or state.url, _conditional(state))

            for next_done in asyncio.as_completed([one(s) for s in due]):
                chunk.append(await next_done)
                if pool is None or len(chunk) >= PARSE_CHUNK:
                    parsing.append(asyncio.ensure_future(_parse_chunk(pool, chunk)))
                    chunk = []
                _record_done(parsing, recorder)
        if chunk:
            parsing.append(asyncio.ensure_future(_parse_chunk(pool, chunk)))
        for fut in parsing:
            for outcome in await fut:
                recorder.add(*outcome)


def _record_done(parsing: list[asyncio.Future], recorder: Recorder) -> None:
    """Record the chunks parsed so far, in order, while the network goes on."""
    while parsing and parsing[0].done():
        for outcome in parsing.pop(0).result():
            recorder.add(*outcome)


@contextmanager
def _parser_pool(feeds: int) -> Iterator[Executor | None]:
    """Worker processes for parsing (all cores but this one's) when enough feeds are due to pay for their start."""
    workers = max(1, (os.cpu_count() or 2) - 1)
    if feeds < POOL_MIN_FEEDS:
        yield None
        return
    # spawn, not fork: the flow process runs Prefect's threads, and a forked child would inherit their locks.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        pool.submit(_warm)  # the worker's start (~0.3 s of imports) overlaps the first requests
        yield pool


def _warm() -> None:
    """Runs in the worker: importing flows.feeds is what its start costs."""


async def _parse_chunk(
    pool: Executor | None, chunk: list[tuple[FeedState, FetchResult]]
) -> list[tuple[FeedState, FetchResult, ParsedFeed | None]]:
    """Parse a chunk of answers, in the worker process if there is one (one round trip per chunk)."""
    jobs = [_job(state, result) for state, result in chunk]
    if pool is None:
        parsed = parse_many(jobs)
    else:
        parsed = await asyncio.get_running_loop().run_in_executor(pool, parse_many, jobs)
    return [(state, result, p) for (state, result), p in zip(chunk, parsed, strict=True)]


def _job(state: FeedState, result: FetchResult) -> tuple | None:
    """What the parser needs of a successful answer; None for 304s and failures."""
    if result.status == 304 or not result.ok or result.body is None:
        return None
    return result.body, result.final_url or result.url, result.headers.get("content-type", ""), state.body_hash


def parse_many(jobs: list[tuple | None]) -> list[ParsedFeed | None]:
    """`parse_body` for each job; a parser crash is that feed's problem, recorded on it."""
    out: list[ParsedFeed | None] = []
    for job in jobs:
        try:
            out.append(parse_body(*job) if job else None)
        except Exception as exc:  # noqa: BLE001 - recorded on the feed; the feed is retried after backoff
            out.append(ParsedFeed("", [], f"error: {type(exc).__name__}: {exc}"))
    return out


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _register(con: duckdb.DuckDBPyConnection, feeds: tuple[Feed, ...]) -> None:
    """Add new feeds and keep names current, in one statement (one per feed cost ~0.5 ms each)."""
    if feeds:
        con.execute(
            """
            INSERT INTO feeds (url, name) SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[])
            ON CONFLICT (url) DO UPDATE SET name = excluded.name
            """,
            [[f.url for f in feeds], [f.name for f in feeds]],
        )


def _due_feeds(con: duckdb.DuckDBPyConnection, feeds: tuple[Feed, ...], now: datetime) -> list[FeedState]:
    rows = con.execute(
        """
        SELECT url, name, etag, last_modified, moved_to, body_hash, coalesce(consecutive_failures, 0)
        FROM feeds WHERE url IN (SELECT unnest(?::VARCHAR[])) AND (next_poll_at IS NULL OR next_poll_at <= ?)
        ORDER BY url
        """,
        [[f.url for f in feeds], now],
    ).fetchall()
    return [FeedState(*row) for row in rows]


def _conditional(state: FeedState) -> dict[str, str]:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


class Recorder:
    """Feed outcomes and new entries, written RECORD_BATCH feeds at a time, each batch one transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, now: datetime) -> None:
        self.con, self.now = con, now
        self.stats = {"polled": 0, "not_modified": 0, "failed": 0, "new_entries": 0}
        self.updates: list[dict] = []
        self.entries: dict[str, tuple[str, Entry]] = {}  # key -> (feed url, entry); the first feed wins

    def add(self, state: FeedState, result: FetchResult, parsed: ParsedFeed | None) -> None:
        if result.status == 304:
            self._success(state, result, "not_modified", state.body_hash)
        elif not result.ok or result.body is None:
            self._failure(state, result, result.error or f"HTTP {result.status}")
        elif parsed is None or parsed.problem:
            self._failure(state, result, parsed.problem or "error" if parsed else "error: not parsed")
        elif parsed.body_hash == state.body_hash:
            self._success(state, result, "unchanged", parsed.body_hash)
        else:
            for e in parsed.entries:
                self.entries.setdefault(e.key, (state.url, e))
            self._success(state, result, str(result.status), parsed.body_hash, seen=len(parsed.entries))
        if len(self.updates) >= RECORD_BATCH:
            self.flush()

    def _success(self, state: FeedState, result: FetchResult, status: str, body_hash: str | None,
                 seen: int = 0) -> None:
        self.stats["polled" if status not in ("not_modified", "unchanged") else "not_modified"] += 1
        self.updates.append({
            "url": state.url, "etag": result.headers.get("etag"), "last_modified": result.headers.get("last-modified"),
            "status": status, "failures": 0, "error": None, "moved_to": result.moved_to, "ok": True,
            "body_hash": body_hash, "next_poll_at": None, "seen": seen,
        })

    def _failure(self, state: FeedState, result: FetchResult, error: str) -> None:
        self.stats["failed"] += 1
        failures = state.failures + 1
        if result.retry_after:
            wait = timedelta(seconds=result.retry_after)  # the server said when; capped below
        else:  # 2, 4, 8 ... minutes, with jitter so feeds that failed together do not retry together
            wait = timedelta(minutes=2 ** min(failures, 9) * (1 + random.random() * 0.1))
        self.updates.append({
            "url": state.url, "etag": None, "last_modified": None,
            "status": str(result.status) if result.status else "error", "failures": failures, "error": error[:500],
            "moved_to": result.moved_to, "ok": False, "body_hash": None,
            "next_poll_at": self.now + min(wait, MAX_BACKOFF), "seen": 0,
        })

    def flush(self) -> None:
        """One transaction: the batch's new entries (not yet queued nor stored as articles), then its feeds."""
        if not self.updates:
            return
        with transaction(self.con):
            self.stats["new_entries"] += self._queue()
            self._update_feeds()
        self.updates.clear()
        self.entries.clear()

    def _queue(self) -> int:
        if not self.entries:
            return 0
        feeds, entries = zip(*self.entries.values(), strict=True)
        batch = pa.table({
            "k": list(self.entries), "u": [e.url for e in entries], "f": list(feeds),
            "t": pa.array([e.title for e in entries], pa.string()),
            "p": pa.array([e.published_at for e in entries], pa.timestamp("us")),
        })
        self.con.register("_sw_new_entries", batch)
        try:
            rows = self.con.execute(
                """
                INSERT INTO entries (entry_url, url, feed_url, title, published_at, discovered_at)
                SELECT n.k, n.u, n.f, n.t, n.p, ? FROM _sw_new_entries n
                WHERE n.k NOT IN (SELECT canonical_url FROM articles) AND n.u NOT IN (SELECT url FROM articles)
                  AND n.k NOT IN (SELECT url FROM articles)
                ON CONFLICT DO NOTHING RETURNING 1
                """,
                [self.now],
            ).fetchall()
        finally:
            self.con.unregister("_sw_new_entries")
        return len(rows)

    def _update_feeds(self) -> None:
        cols = list(self.updates[0])
        types = {"next_poll_at": pa.timestamp("us"), "failures": pa.int32(), "seen": pa.int64()}
        batch = pa.table({c: pa.array([u[c] for u in self.updates], types.get(c, pa.string() if c != "ok"
                                                                                else pa.bool_())) for c in cols})
        self.con.register("_sw_feed_updates", batch)
        try:
            self.con.execute(
                """
                UPDATE feeds SET etag = coalesce(u.etag, feeds.etag),
                    last_modified = coalesce(u.last_modified, feeds.last_modified), last_polled_at = ?,
                    last_status = u.status, consecutive_failures = u.failures, last_error = u.error,
                    failing_since = CASE WHEN u.ok THEN NULL ELSE coalesce(feeds.failing_since, ?) END,
                    moved_to = coalesce(u.moved_to, feeds.moved_to),
                    body_hash = CASE WHEN u.ok THEN u.body_hash ELSE feeds.body_hash END,
                    next_poll_at = u.next_poll_at, entries_seen = coalesce(feeds.entries_seen, 0) + u.seen
                FROM _sw_feed_updates u WHERE feeds.url = u.url
                """,
                [self.now, self.now],
            )
        finally:
            self.con.unregister("_sw_feed_updates")
