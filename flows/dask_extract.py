"""Extraction on a Dask cluster, through Prefect's DaskTaskRunner (prefect-dask).

The flow process fetches the pages (one politeness policy for all hosts) and
keeps the single DuckDB writer; Dask workers run `extract_pages` on batches of
fetched pages and return the extracted articles (or why a page has none). By
default a local cluster, one single-threaded worker process per core, is
started for a pass with at least `DASK_MIN_PAGES` pages: its start (~3-5 s for
two workers, measured) costs more than extracting a few dozen pages at ~4 ms
each. With `[dask] address` the pass uses that running scheduler whenever it
has pages to extract (docs/deploy.md: pointing it at a real cluster).

The stage is one child flow run (`fetch-articles-on-dask`, on the DaskTaskRunner)
holding ONE Prefect task run (`fetch-extract-store`) for the whole stage; the
page batches go to the cluster through the Dask client the task runner holds,
as plain Dask tasks. A Prefect task per batch cost the flow process 0.15-0.35 s
a submission (Prefect serialises its whole settings context with each one) and
the workers an API round trip per task run: 0.1-0.2x the throughput of bare
extraction. A plain Dask submission costs about a millisecond, and the workers
need no Prefect API at all.
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
from prefect.context import FlowRunContext

from flows.fetch import Extracted, Page, extract_pages_blob, fetch_pending_entries
from summitwatch.config import Config
from summitwatch.prefect_env import without_heartbeats

DASK_MIN_PAGES = 100  # a local cluster for fewer pages costs more than it saves
# Most pages a Dask task gets. Each task costs the flow process (where a local cluster's scheduler runs too)
# ~3-4 ms of CPU: 300 pages in 38 tasks of 8 took 0.13-0.20 s of it, in 12 of 25 0.06-0.10 s, in 2 of 150
# 0.03-0.06 s; the stage's wall time did not differ between 25, 50, 75 and 150 (medians 0.51-0.58 s, five
# alternated rounds); sending pages whenever a worker had fewer than two tasks made 22-24 tasks, not faster.
BATCH = 25
QUEUED = 2  # tasks per worker thread a pass's pages are cut into at least: one running, one waiting


class Batches:
    """How fetched pages are cut into Dask tasks, sized to the workers: `cap` pages, or fewer when the pass is
    small, so that each of the `slots` worker threads gets `QUEUED` batches (30 pages went as 25 + 5 to two
    workers); the last pages fetched are split across the workers."""

    def __init__(self, slots: int, cap: int) -> None:
        self.slots, self.cap = max(1, slots), cap
        self.share = 0  # pages per batch, from the pass's size on the first call

    def cut(self, waiting: list[Page], left: int) -> list[list[Page]]:
        if not self.share:
            self.share = max(1, min(self.cap, -(-(len(waiting) + left) // (QUEUED * self.slots))))
        if left == 0:  # the last pages: at most a batch per worker thread
            share = min(self.share, -(-len(waiting) // self.slots))
            return [waiting[i : i + share] for i in range(0, len(waiting), share)]
        return [waiting] if len(waiting) >= self.share else []


class OnDask:
    """`flows.fetch.ChunkExtractor` submitting batches of pages (`Batches`) to a Dask cluster through `client`
    (the DaskTaskRunner's own client), as they arrive. A batch's result comes back through a done-callback, not
    a thread blocked per batch."""

    def __init__(self, client: Any, batch: int | None = None) -> None:
        self.client = client
        # Worker threads: one scheduler round trip.
        self.sizes = Batches(sum(client.nthreads().values()), batch or BATCH)

    def batches(self, waiting: list[Page], left: int) -> list[list[Page]]:
        return self.sizes.cut(waiting, left)

    def submit(self, pages: list[Page]) -> Awaitable[list[Extracted]]:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[list[Extracted]] = loop.create_future()
        blob = pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL)
        # pure=False: a random key, so Dask does not hash the blob to name the task.
        future = self.client.submit(extract_pages_blob, blob, pure=False)

        def finished(future: Any) -> None:  # on Dask's callback thread: fetch and unpickle there
            try:
                outcome: Any = pickle.loads(future.result())
            except BaseException as exc:  # noqa: BLE001 - handed to the stage, which fails as before
                outcome = exc
            try:
                loop.call_soon_threadsafe(_settle, done, outcome)
            except RuntimeError:
                pass  # the stage's loop is closed: it failed or ended without this batch

        future.add_done_callback(finished)
        return done


def _settle(done: asyncio.Future[list[Extracted]], outcome: Any) -> None:
    if done.cancelled():
        return
    if isinstance(outcome, BaseException):
        done.set_exception(outcome)
    else:
        done.set_result(outcome)


# The child flow run's parameters go to the Prefect API: a DuckDB connection cannot (and the one writer must
# stay here), so the child flow gets a key to it.
_WRITERS: dict[str, duckdb.DuckDBPyConnection] = {}
_PROBLEMS: dict[str, list[dict]] = {}  # the failures each child flow run records, by writer key


@task(name="fetch-extract-store", cache_policy=NO_CACHE)
def fetch_extract_store(writer: str, cfg: Config) -> dict[str, int]:
    """The whole stage, one task run in the flow process: fetch, extract on the cluster, deduplicate, store."""
    from prefect_dask import DaskTaskRunner

    runner = ctx.task_runner if (ctx := FlowRunContext.get()) else None
    if not isinstance(runner, DaskTaskRunner):  # pragma: no cover - only ever called inside `_fetch_on_dask`
        raise RuntimeError("fetch-extract-store runs inside the fetch-articles-on-dask flow, on a DaskTaskRunner")
    client = runner.client  # the task runner's Dask client: started (or connected) on first use
    return fetch_pending_entries(_WRITERS[writer], cfg, OnDask(client), _PROBLEMS.get(writer))


@flow(name="fetch-articles-on-dask", validate_parameters=False)
def _fetch_on_dask(writer: str, cfg: Config) -> dict[str, int]:
    return fetch_extract_store(writer, cfg)


def fetch_on_dask(con: duckdb.DuckDBPyConnection, cfg: Config) -> tuple[dict[str, int], list[dict]]:
    """`fetch_pending_entries` with extraction on the configured Dask cluster, as a child flow run; its stats
    and the failures it recorded (for the pass summary)."""
    key = f"writer-{id(con)}"
    _WRITERS[key] = con
    problems: list[dict] = []
    _PROBLEMS[key] = problems
    try:
        # No heartbeats of its own: the engine joins the heartbeat thread when a flow ends (up to 1 s, measured
        # 0.79 s of a 1.3 s child run), and the pass's own flow run, alive meanwhile, is the one to watch.
        with without_heartbeats():
            return _flow_for(task_runner(cfg))(key, cfg), problems
    finally:
        _WRITERS.pop(key, None)
        _PROBLEMS.pop(key, None)


_FLOWS: list[tuple[Any, Any]] = []  # (task runner, the child flow on it): the last one built


def _flow_for(runner: Any) -> Any:
    """The child flow on this task runner, built once per runner configuration (`with_options` costs ~10 ms of
    CPU a pass). Sharing it across passes is safe: the engine runs each flow run on `runner.duplicate()`."""
    for known, built in _FLOWS:
        if known == runner:  # DaskTaskRunner.__eq__: same address, cluster class and arguments
            return built
    built = _fetch_on_dask.with_options(task_runner=runner)
    _FLOWS[:] = [(runner, built)]
    return built


def api_url() -> str | None:
    """The Prefect API this process reports to (also a test harness's), or None with a temporary server."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL") or None


def uses_dask(cfg: Config, pending: int) -> bool:
    """A Dask cluster for this pass: pages to extract, a configured scheduler or enough pages for a local one,
    and a Prefect API for the child flow run to report to."""
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
    """What a local worker needs: this checkout on the path (and the flow's quiet Prefect settings, should
    anything on a worker import Prefect)."""
    env = {k: v for k, v in os.environ.items() if k.startswith(("PREFECT_", "DO_NOT_TRACK"))}
    api = api_url()
    if api:
        env["PREFECT_API_URL"] = api
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    return env
