"""Fetch + extract + deduplicate + store per article, against bare `trafilatura.extract` on the same pages.

Target: the pipeline costs no more than 1.3x extraction alone. The pages are
served over loopback with no added latency, so the ratio shows our own
overhead (HTTP client, canonical URLs, dedup, warehouse writes).
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from bench.common import bench_config, best_of, report, synthetic_articles
from tests.support.http import LoopbackServer, Reply
from tests.support.news import article_page

N = 300


def main() -> None:
    from flows.fetch import fetch_pending_entries
    from warehouse.db import open_writer

    pages = [article_page(t, p, furniture="portal") for t, p in synthetic_articles(N)]
    extract_s = best_of(lambda: [trafilatura.extract(p) for p in pages])

    with LoopbackServer() as srv, tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pages):
            srv.route(f"/a/{i}", Reply(body=page))
        cfg = bench_config(Path(tmp), max_articles_per_pass=N, per_host_limit=8, concurrency=8)
        with open_writer(cfg.warehouse_path) as con:
            now = datetime.now(UTC).replace(tzinfo=None)
            con.executemany(
                "INSERT INTO entries (entry_url, url, feed_url, discovered_at) VALUES (?, ?, 'bench', ?)",
                [[srv.url(f"/a/{i}"), srv.url(f"/a/{i}"), now] for i in range(N)],
            )
            t0 = time.perf_counter()
            stats = fetch_pending_entries(con, cfg)
            pipeline_s = time.perf_counter() - t0
    report(
        f"Fetch + extract + dedup + store ({N} loopback pages)",
        [
            ("trafilatura.extract alone (baseline)", f"{N / extract_s:.0f} articles/s"),
            ("SummitWatch pipeline", f"{N / pipeline_s:.0f} articles/s  ({stats})"),
            ("pipeline cost relative to extraction", f"{pipeline_s / extract_s:.2f}x (target <= 1.3x)"),
        ],
    )
