"""Extraction on a Dask cluster, through Prefect's DaskTaskRunner (prefect-dask).

The flow process fetches the pages (one politeness policy for all hosts) and
keeps the single DuckDB writer; Dask workers run `extract_pages` on chunks of
fetched pages and return the extracted articles (or why a page has none). By
default a local cluster, one single-threaded worker process per core, is
started for a pass with at least `DASK_MIN_PAGES` pages: its start (~3-5 s for
two workers, measured) costs more than extracting a few dozen pages at ~4 ms
each. With `[dask] address` the pass uses that running scheduler whenever it
has pages to extract (docs/deploy.md: pointing it at a real cluster).

Workers report their task runs to the flow's Prefect API: a worker with no
`PREFECT_API_URL` would start its own temporary Prefect server (measured:
three starts, ~50 s), so local workers are given the flow's address, and remote
workers must have it in their environment.
"""

from __future__ import annotations

import asyncio
import os
import pickle
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, task
from prefect.cache_policies import NONE as NO_CACHE

from flows.fetch import Extracted, Page, extract_pages, fetch_pending_entries, pending_count
from summitwatch.config import Config

DASK_MIN_PAGES = 100  # a local cluster for fewer pages costs more than it saves
CHUNK = 25  # fewest pages per task


@task(name="extract-pages", cache_policy=NO_CACHE)
def extract_pages_task(chunk: bytes) -> bytes:
    """On a Dask worker: the articles of a chunk of fetched pages, both pickled by us.

    Opaque bytes because Prefect walks every task parameter (visit_collection) and Dask hashes it (tokenize):
    ~0.15 s per 50-page chunk of dataclasses, against ~1 ms for one bytes object.
    """
    return pickle.dumps(extract_pages(pickle.loads(chunk)), protocol=pickle.HIGHEST_PROTOCOL)


class OnDask:
    """`flows.fetch.ChunkExtractor` submitting chunks to the current flow's (Dask) task runner.

    Each submission costs the flow process ~0.2 s (Prefect serialises its whole settings context per task), so
    chunks are large: about two per worker for the pass, at least `CHUNK` pages.
    """

    def __init__(self, pages: int, workers: int) -> None:
        self.chunk = max(CHUNK, -(-pages // max(1, 2 * workers)))

    def submit(self, pages: list[Page]) -> Awaitable[list[Extracted]]:
        future = extract_pages_task.submit(pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL))
        return asyncio.get_running_loop().run_in_executor(None, lambda: pickle.loads(future.result()))


# Prefect ships the flow run's context, parameters included, with every task it submits to Dask: a DuckDB
# connection cannot travel (and must not: the one writer stays here), so the child flow gets a key to it.
_WRITERS: dict[str, duckdb.DuckDBPyConnection] = {}
_PROBLEMS: dict[str, list[dict]] = {}  # the failures each child flow run records, by writer key


def _writer(key: str) -> duckdb.DuckDBPyConnection:
    # A plain module function: pickled by reference, so the flow's pickled code does not drag _WRITERS along.
    return _WRITERS[key]


@flow(name="fetch-articles-on-dask", validate_parameters=False)
def _fetch_on_dask(writer: str, cfg: Config, pages: int, workers: int) -> dict[str, int]:
    return fetch_pending_entries(_writer(writer), cfg, OnDask(pages, workers), _PROBLEMS.get(writer))


def fetch_on_dask(con: duckdb.DuckDBPyConnection, cfg: Config) -> tuple[dict[str, int], list[dict]]:
    """`fetch_pending_entries` with extraction on the configured Dask cluster, as a child flow run; its stats
    and the failures it recorded (for the pass summary)."""
    key = f"writer-{id(con)}"
    _WRITERS[key] = con
    problems: list[dict] = []
    _PROBLEMS[key] = problems
    try:
        pages = pending_count(con, cfg)
        workers = 4 if cfg.dask_address else cfg.dask_workers or os.cpu_count() or 1  # a cluster: assume a few
        return _fetch_on_dask.with_options(task_runner=task_runner(cfg))(key, cfg, pages, workers), problems
    finally:
        _WRITERS.pop(key, None)
        _PROBLEMS.pop(key, None)


def api_url() -> str | None:
    """The Prefect API this process reports to (also a test harness's), or None with a temporary server."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL") or None


def uses_dask(cfg: Config, pending: int) -> bool:
    """A Dask cluster for this pass: pages to extract, a configured scheduler or enough pages for a local one,
    and a Prefect API the workers can report to."""
    if pending == 0 or api_url() is None:
        return False
    return bool(cfg.dask_address) or pending >= DASK_MIN_PAGES


def task_runner(cfg: Config) -> Any:
    """The configured scheduler, else a local cluster of single-threaded worker processes, one per core."""
    from prefect_dask import DaskTaskRunner

    if cfg.dask_address:
        return DaskTaskRunner(address=cfg.dask_address)
    workers = cfg.dask_workers or os.cpu_count() or 1
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,  # extraction holds the GIL: processes, not threads
            "processes": True,
            "dashboard_address": None,  # no web server nobody asked for
            "env": worker_env(),
        }
    )


def worker_env() -> dict[str, str]:
    """What a local worker needs: the flow's Prefect API and home, quiet settings, this checkout on the path."""
    env = {k: v for k, v in os.environ.items() if k.startswith(("PREFECT_", "DO_NOT_TRACK"))}
    api = api_url()
    if api:
        env["PREFECT_API_URL"] = api
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    return env
