"""500 loopback feeds polled concurrently by the poller, against a sequential `feedparser.parse` loop.

The feeds are spread over 50 loopback addresses (127.0.0.0/8 is all loopback on
Linux) so that the per-host limit is exercised as it would be on the web. The
poller's figure includes what the baseline does not do: conditional-GET
bookkeeping and queueing every entry in the warehouse.
"""

from __future__ import annotations

import tempfile
import time
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser

from bench.common import bench_config, report
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, rss_feed

HOSTS = 50
FEEDS_PER_HOST = 10
ITEMS = 20
LATENCY = 0.02  # seconds a server takes to answer: a modest stand-in for the network


def _serve(stack: ExitStack) -> list[str]:
    urls = []
    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    for h in range(HOSTS):
        srv = stack.enter_context(LoopbackServer(host=f"127.0.0.{h + 2}"))
        for f in range(FEEDS_PER_HOST):
            items = [Item(f"/h{h}/f{f}/a{i}", f"Story {h}-{f}-{i}", t0 + timedelta(hours=i)) for i in range(ITEMS)]
            body = rss_feed(srv.base_url, items, title=f"Feed {h}-{f}")
            srv.route(f"/feed{f}.xml", Reply(body=body, content_type="application/rss+xml", delay=LATENCY))
            urls.append(srv.url(f"/feed{f}.xml"))
    return urls


def _poll(tmp: Path, urls: list[str], name: str, pool_min: int) -> tuple[float, dict, int]:
    """One poll of every feed into a fresh warehouse; `pool_min` decides whether a worker process parses."""
    import flows.poll
    from warehouse.db import open_writer

    flows.poll.POOL_MIN_FEEDS, default = pool_min, flows.poll.POOL_MIN_FEEDS
    cfg = bench_config(tmp / name, feeds=[(f"feed {i}", u) for i, u in enumerate(urls)], concurrency=64)
    try:
        with open_writer(cfg.warehouse_path) as con:
            t0 = time.perf_counter()
            stats = flows.poll.poll_due_feeds(con, cfg)
            took = time.perf_counter() - t0
            queued = con.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        flows.poll.POOL_MIN_FEEDS = default
    return took, stats, queued


def main() -> None:
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        urls = _serve(stack)
        t0 = time.perf_counter()
        parsed = [feedparser.parse(u) for u in urls]
        sequential = time.perf_counter() - t0
        assert all(len(p.entries) == ITEMS for p in parsed)
        for name in ("inline", "worker"):
            (Path(tmp) / name).mkdir()
        inline, stats, queued = _poll(Path(tmp), urls, "inline", 10**9)
        worker, _, _ = _poll(Path(tmp), urls, "worker", 1)
    report(
        f"Polling {len(urls)} loopback feeds ({HOSTS} hosts, {ITEMS} items each, {LATENCY * 1000:.0f} ms latency)",
        [
            ("sequential feedparser.parse loop (baseline)", f"{sequential:.2f} s"),
            ("SummitWatch poller (parsing in the flow process)", f"{inline:.2f} s  ({stats})"),
            ("entries queued", str(queued)),
            ("speed-up over the baseline", f"{sequential / inline:.1f}x (target >= 8x)"),
            ("same, parsing in a worker process (2nd core)", f"{worker:.2f} s ({sequential / worker:.1f}x)"),
        ],
    )
