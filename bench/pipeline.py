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
WORKERS = 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(directory: Path, port: int) -> subprocess.Popen:
    """The pages, served by bench/pageserver.py (keep-alive, from memory) in another process."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.pageserver", str(port), str(directory)],
        cwd=str(Path(__file__).resolve().parent.parent),
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


def _queue(con, urls: list[str]) -> None:  # noqa: ANN001 - a DuckDB connection
    now = datetime.now(UTC).replace(tzinfo=None)
    con.executemany(
        "INSERT INTO entries (entry_url, url, feed_url, discovered_at) VALUES (?, ?, 'bench', ?)",
        [[u, u, now] for u in urls],
    )


def _one_process(tmp: Path, urls: list[str]) -> tuple[float, float, dict]:
    """Wall time and CPU time (this process, all its threads) of the stage, and its stats."""
    from flows.fetch import fetch_pending_entries
    from warehouse.db import open_writer

    cfg = bench_config(tmp, max_articles_per_pass=len(urls), per_host_limit=8, concurrency=8)
    with open_writer(cfg.warehouse_path) as con:
        _queue(con, urls)
        t0, c0 = time.perf_counter(), time.process_time()
        stats = fetch_pending_entries(con, cfg)
        return time.perf_counter() - t0, time.process_time() - c0, stats


def _on_dask(tmp: Path, urls: list[str], workers: int) -> tuple[float, float, dict]:
    """The Dask path against a running local cluster (as `[dask] address` would), workers warmed up; then the
    cost of starting such a cluster, which a pass with a local cluster pays on top."""
    from dataclasses import replace

    from distributed import Client, LocalCluster
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from deploy.keeper import ensure_server, stop_kept_server
    from flows.dask_extract import fetch_on_dask, worker_env
    from warehouse.db import open_writer

    api = ensure_server(tmp / "prefect", 600)
    try:
        with temporary_settings(updates={PREFECT_API_URL: api}):
            t0 = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                              env=worker_env()) as cluster, Client(cluster) as client:
                client.run(lambda: __import__("flows.fetch"))  # what a worker's first task imports
                start = time.perf_counter() - t0
                cfg = bench_config(tmp, max_articles_per_pass=len(urls), per_host_limit=8, concurrency=8)
                cfg = replace(cfg, dask_address=cluster.scheduler_address)
                with open_writer(cfg.warehouse_path) as con:
                    _queue(con, urls)
                    t0 = time.perf_counter()
                    stats = fetch_on_dask(con, cfg)
                    took = time.perf_counter() - t0
    finally:
        stop_kept_server(tmp / "prefect")
    return took, start, stats


def main() -> None:
    pages = [article_page(t, p, furniture="portal") for t, p in synthetic_articles(N)]
    extract_s = best_of(lambda: [trafilatura.extract(p) for p in pages])
    c0 = time.process_time()
    extract_cpu = best_of(lambda: [trafilatura.extract(p) for p in pages], repeat=1) and time.process_time() - c0

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        for i, page in enumerate(pages):
            (site / f"a{i}.html").write_text(page, encoding="utf-8")
        port = _free_port()
        server = _serve(site, port)
        try:
            urls = [f"http://127.0.0.1:{port}/a{i}.html" for i in range(N)]
            (Path(tmp) / "one").mkdir()
            (Path(tmp) / "dask").mkdir()
            pipeline_s, pipeline_cpu, stats = _one_process(Path(tmp) / "one", urls)
            dask_s, start_s, dask_stats = _on_dask(Path(tmp) / "dask", urls, WORKERS)
        finally:
            server.terminate()
            server.wait(timeout=10)
    report(
        f"Fetch + extract + dedup + store ({N} pages served by another process)",
        [
            ("trafilatura.extract alone, one process (baseline)", f"{N / extract_s:.0f} articles/s"),
            ("SummitWatch pipeline, one process", f"{N / pipeline_s:.0f} articles/s  ({stats})"),
            ("pipeline cost relative to extraction", f"{pipeline_s / extract_s:.2f}x (target <= 1.3x)"),
            ("same in CPU time (steadier on a loaded machine)", f"{pipeline_cpu / extract_cpu:.2f}x"),
            (f"pipeline on Dask, {WORKERS} worker processes", f"{N / dask_s:.0f} articles/s  ({dask_stats})"),
            ("Dask throughput relative to bare extraction", f"{extract_s / dask_s:.2f}x (target > 1.6x)"),
            (f"starting a local {WORKERS}-worker cluster (paid per pass)", f"{start_s:.1f} s"),
        ],
    )
