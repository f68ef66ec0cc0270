"""Fetch + extract + deduplicate + store per article, against bare `trafilatura.extract` on the same pages.

Target: the pipeline costs no more than 1.3x extraction alone. The pages are
served over loopback by a separate process (as a news site would be: its work
is not ours), with no added latency, so the ratio shows our own overhead:
HTTP client, extraction with metadata and furniture cleaning, canonical URLs,
deduplication, warehouse writes.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from bench.common import bench_config, best_of, report, synthetic_articles
from tests.support.news import article_page

N = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(directory: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the page server did not start")


def main() -> None:
    from flows.fetch import fetch_pending_entries
    from warehouse.db import open_writer

    pages = [article_page(t, p, furniture="portal") for t, p in synthetic_articles(N)]
    extract_s = best_of(lambda: [trafilatura.extract(p) for p in pages])

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        for i, page in enumerate(pages):
            (site / f"a{i}.html").write_text(page, encoding="utf-8")
        port = _free_port()
        server = _serve(site, port)
        try:
            urls = [f"http://127.0.0.1:{port}/a{i}.html" for i in range(N)]
            cfg = bench_config(Path(tmp), max_articles_per_pass=N, per_host_limit=8, concurrency=8)
            with open_writer(cfg.warehouse_path) as con:
                now = datetime.now(UTC).replace(tzinfo=None)
                con.executemany(
                    "INSERT INTO entries (entry_url, url, feed_url, discovered_at) VALUES (?, ?, 'bench', ?)",
                    [[u, u, now] for u in urls],
                )
                t0 = time.perf_counter()
                stats = fetch_pending_entries(con, cfg)
                pipeline_s = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(timeout=10)
    report(
        f"Fetch + extract + dedup + store ({N} pages served by another process)",
        [
            ("trafilatura.extract alone (baseline)", f"{N / extract_s:.0f} articles/s"),
            ("SummitWatch pipeline", f"{N / pipeline_s:.0f} articles/s  ({stats})"),
            ("pipeline cost relative to extraction", f"{pipeline_s / extract_s:.2f}x (target <= 1.3x)"),
        ],
    )
