"""Fetch + extract + deduplicate + store per article, against bare `trafilatura.extract` on the same pages.

Target: the pipeline costs no more than 1.3x extraction alone. The pages are
served over loopback by a separate process (as a news site would be: its work
is not ours), with no added latency, so the ratio shows our own overhead:
HTTP client, extraction with metadata and furniture cleaning, canonical URLs,
deduplication, warehouse writes.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from bench.common import bench_config, best_of, report, synthetic_articles
from tests.support.news import article_page

N = 300
WORKERS = 2
REPEAT = 3  # Dask runs of each kind


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


def _cpu(procs: list, children: bool = True) -> float:
    """CPU seconds (user + system) of these processes (and their children) so far."""
    import psutil

    total = 0.0
    for proc in procs:
        for q in [proc, *(proc.children(recursive=True) if children else [])]:
            try:
                t = q.cpu_times()
            except psutil.Error:
                continue
            total += t.user + t.system
    return total


def _on_dask(tmp: Path, urls: list[str], workers: int, server: subprocess.Popen) -> dict:
    """The Dask path against a running local cluster (as `[dask] address` would), workers warmed up, as child flow
    runs of a parent flow run (as in a pass): the process's first one (it pays Prefect's one-off costs: the
    API version check, FastAPI's import for parameters; what this bench measured before) and, best of
    `REPEAT`, later ones and the stage alone without Prefect, alternated; the CPU each process spent in the
    best later run; then the cost of starting such a cluster, which a pass with a local cluster pays on top."""
    from dataclasses import replace

    import psutil
    from distributed import Client, LocalCluster
    from prefect import flow
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from deploy.keeper import ensure_server, read_record, server_dir, stop_kept_server
    from flows.dask_extract import OnDask, fetch_on_dask, worker_env
    from flows.fetch import fetch_pending_entries
    from summitwatch.prefect_env import without_heartbeats
    from warehouse.db import open_writer

    out: dict = {}
    api = ensure_server(tmp / "prefect", 600)
    record = read_record(server_dir(tmp / "prefect"))
    try:
        with temporary_settings(updates={PREFECT_API_URL: api}), without_heartbeats():
            t0 = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                              env=worker_env()) as cluster, Client(cluster) as client:
                client.run(lambda: __import__("flows.fetch"))  # what a worker's first task imports
                out["start"] = time.perf_counter() - t0
                pids = client.run(os.getpid)
                # The flow process without its children: the workers, the page server and the Prefect server are.
                procs = {"flow process (fetch, store, client, scheduler)": psutil.Process(),
                         "Dask workers (extraction)": [psutil.Process(p) for p in pids.values()],
                         "page server": psutil.Process(server.pid),
                         "Prefect server": psutil.Process(record.pid) if record else None}

                flow_key = next(iter(procs))

                def usage() -> dict[str, float]:
                    return {k: _cpu(v if isinstance(v, list) else [v], k != flow_key) for k, v in procs.items() if v}

                def one(name: str, run: Callable[..., dict]) -> tuple[float, dict]:
                    d = tmp / name
                    d.mkdir()
                    cfg = bench_config(d, max_articles_per_pass=len(urls), per_host_limit=8, concurrency=8)
                    cfg = replace(cfg, dask_address=cluster.scheduler_address)
                    with open_writer(cfg.warehouse_path) as con:
                        _queue(con, urls)
                        cpu0 = usage()
                        t0 = time.perf_counter()
                        stats = run(con, cfg)
                        took = time.perf_counter() - t0
                        time.sleep(0.5)  # the Prefect server records the run's events just after it
                        out.setdefault("cpu", {})[name] = {k: v - cpu0[k] for k, v in usage().items()}
                    return took, stats

                def passes() -> None:
                    out["first"] = one("first", lambda con, cfg: fetch_on_dask(con, cfg)[0])
                    for i in range(REPEAT):  # alternated, the best of each (as the baseline's best of 3)
                        later = one(f"later{i}", lambda con, cfg: fetch_on_dask(con, cfg)[0])
                        out["later"] = min(out.get("later", later), later, key=lambda r: r[0])
                        if out["later"] is later:
                            out["cpu"]["later"] = out["cpu"][f"later{i}"]
                        stage = one(f"stage{i}", lambda con, cfg: fetch_pending_entries(con, cfg, OnDask(client)))
                        out["stage"] = min(out.get("stage", stage), stage, key=lambda r: r[0])

                flow(name="bench-pass", validate_parameters=False)(passes)()
    finally:
        stop_kept_server(tmp / "prefect")
    return out


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
            dask = _on_dask(Path(tmp) / "dask", urls, WORKERS, server)
        finally:
            server.terminate()
            server.wait(timeout=10)
    (first_s, _), (later_s, dask_stats), (stage_s, _) = dask["first"], dask["later"], dask["stage"]
    cpu = dask["cpu"]["later"]
    total = sum(cpu.values())
    rows = [
        ("trafilatura.extract alone, one process (baseline)", f"{N / extract_s:.0f} articles/s"),
        ("SummitWatch pipeline, one process", f"{N / pipeline_s:.0f} articles/s  ({stats})"),
        ("pipeline cost relative to extraction", f"{pipeline_s / extract_s:.2f}x (target <= 1.3x)"),
        ("same in CPU time (steadier on a loaded machine)", f"{pipeline_cpu / extract_cpu:.2f}x"),
        (f"pipeline on Dask, {WORKERS} worker processes, in a pass", f"{N / later_s:.0f} articles/s  ({dask_stats})"),
        ("Dask throughput relative to bare extraction", f"{extract_s / later_s:.2f}x (target > 1.6x)"),
        ("  the process's first child flow run (cold)", f"{extract_s / first_s:.2f}x ({first_s:.2f} s)"),
        ("  the stage alone, no Prefect flow run", f"{extract_s / stage_s:.2f}x ({stage_s:.2f} s)"),
        ("  the child flow run's own cost (in a pass)", f"{later_s - stage_s:.2f} s"),
    ]
    rows += [(f"  CPU in that run: {k}", f"{v:.2f} s") for k, v in cpu.items()]
    rows += [
        ("  best on 2 cores (all that CPU / 2)", f"{extract_s / (total / 2):.2f}x ({total / 2:.2f} s)"),
        (f"starting a local {WORKERS}-worker cluster (paid per pass)", f"{dask['start']:.1f} s"),
    ]
    report(f"Fetch + extract + dedup + store ({N} pages served by another process)", rows)
