"""The fetch stage on a real two-worker local Dask cluster, through Prefect's DaskTaskRunner.

The pages are fetched and stored by the flow process, in one Prefect task run of a child flow run on the
DaskTaskRunner; two worker processes extract batches of them, submitted through the task runner's Dask
client. The warehouse ends exactly as with extraction in the flow process.
"""

from __future__ import annotations

import json
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def _rows(db: Path) -> list[tuple]:
    """Articles and entry outcomes; which of two copies is the original depends on which page arrived first."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT canonical_url, title, outlet, published_at, text FROM articles WHERE NOT is_seed ORDER BY 1"
        ).fetchall() + con.execute(
            "SELECT entry_url, status IN ('stored', 'duplicate'), last_error FROM entries ORDER BY 1"
        ).fetchall()


def _api(path: str, body: dict) -> list[dict]:
    from prefect.settings import PREFECT_API_URL

    req = urllib.request.Request(PREFECT_API_URL.value() + path, json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def test_extraction_on_a_two_worker_dask_cluster_stores_what_the_flow_process_stores(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.dask_extract
    from flows.monitor import monitor_pass

    items = []
    for i, name in enumerate(["e2e/01_istanbul.txt", "e2e/02_recap.txt", "e2e/03_ceasefire_dropped.txt"] * 2):
        title, paras = read_text(name)
        path = f"/story/{i}"
        loopback.route(path, Reply(body=article_page(f"{title} ({i})", paras, T0 + timedelta(hours=i))))
        items.append(Item(path, title, T0 + timedelta(hours=i)))
    loopback.route("/video/1", Reply(body="<html><body><p>Watch.</p></body></html>"))
    items.append(Item("/video/1", "Video", T0))
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type="application/rss+xml"))
    monkeypatch.setattr(flows.dask_extract, "BATCH", 2)  # several Dask tasks (7 pages), so both workers get some

    results = {}
    for mode, minimum in (("flow process", 10**6), ("dask", 1)):
        monkeypatch.setattr(flows.dask_extract, "DASK_MIN_PAGES", minimum)
        db = tmp_path / f"{mode}.duckdb"
        cfg = write_config(tmp_path, feeds=[("Wire", loopback.url("/feed.xml"))], db=db,
                           extra="[dask]\nworkers = 2\n")
        summary = monitor_pass(config_path=str(cfg))
        assert summary["articles"]["stored"] == 3 and summary["articles"]["duplicates"] == 3, summary
        results[mode] = _rows(db)
    assert results["dask"] == results["flow process"]

    children = _api("/flow_runs/filter", {"flows": {"name": {"any_": ["fetch-articles-on-dask"]}}})
    assert len(children) == 1 and children[0]["state_type"] == "COMPLETED"
    deadline = time.monotonic() + 60  # task runs are reported as events: the server records them shortly after
    tasks: list[dict] = []
    while not tasks and time.monotonic() < deadline:
        tasks = _api("/task_runs/filter", {"flow_runs": {"id": {"any_": [children[0]["id"]]}}})
        tasks = [t for t in tasks if t["state_type"] == "COMPLETED"]
        time.sleep(0.5)
    assert [t["name"].rsplit("-", 1)[0] for t in tasks] == ["fetch-extract-store"], "one task run for the stage"


def test_a_local_cluster_is_sized_to_the_machine_and_workers_get_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from flows.dask_extract import api_url, task_runner, uses_dask
    from summitwatch.config import load_config

    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    cfg = load_config(None, env={})
    runner = task_runner(cfg)
    assert runner.cluster_kwargs["n_workers"] == os.cpu_count()
    assert api_url() and runner.cluster_kwargs["env"]["PREFECT_API_URL"] == api_url()
    assert not uses_dask(cfg, 99) and uses_dask(cfg, 100)
    remote = type(cfg)(**{**cfg.__dict__, "dask_address": "tcp://127.0.0.1:8786"})
    assert task_runner(remote).address == "tcp://127.0.0.1:8786" and uses_dask(remote, 1)


def test_the_new_configuration_keys_are_checked(tmp_path: Path) -> None:
    from summitwatch.config import ConfigError, load_config

    for extra, key in (("[dask]\nworkers = -1\n", "dask.workers"), ("[dask]\naddress = 8786\n", "dask.address"),
                       ("[prefect]\nserver_idle_minutes = 'soon'\n", "prefect.server_idle_minutes")):
        with pytest.raises(ConfigError, match=key):
            load_config(write_config(tmp_path, extra=extra), env={})
    cfg = load_config(write_config(tmp_path, extra="[dask]\naddress = 'tcp://127.0.0.1:8786'\nworkers = 2\n"), env={})
    assert (cfg.dask_address, cfg.dask_workers, cfg.server_idle_minutes) == ("tcp://127.0.0.1:8786", 2, 60.0)


def test_a_worker_killed_mid_stage_loses_and_doubles_nothing(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process dies (SIGKILL) right after the first batch goes out: Dask reruns what it held on the other
    worker (or on the nanny's new one), and the warehouse ends as with extraction in the flow process."""
    import os
    import signal

    import flows.dask_extract
    from flows.monitor import monitor_pass

    items = []
    for i, name in enumerate(["e2e/01_istanbul.txt", "e2e/02_recap.txt", "e2e/03_ceasefire_dropped.txt"] * 3):
        title, paras = read_text(name)
        loopback.route(f"/s/{i}", Reply(body=article_page(f"{title} ({i})", paras, T0 + timedelta(hours=i))))
        items.append(Item(f"/s/{i}", title, T0 + timedelta(hours=i)))
    loopback.route("/gone", Reply(status=404, body="no"))
    items.append(Item("/gone", "Gone", T0))
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type="application/rss+xml"))
    monkeypatch.setattr(flows.dask_extract, "BATCH", 2)

    killed: list[int] = []
    submit = flows.dask_extract.OnDask.submit

    def submit_then_kill(self: flows.dask_extract.OnDask, pages: list) -> object:
        done = submit(self, pages)
        if not killed:
            busy = [w for w, keys in self.client.processing().items() if keys] or list(self.client.nthreads())
            pid = self.client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        return done

    results = {}
    for mode, minimum in (("flow process", 10**6), ("dask", 1)):
        monkeypatch.setattr(flows.dask_extract, "DASK_MIN_PAGES", minimum)
        if mode == "dask":
            monkeypatch.setattr(flows.dask_extract.OnDask, "submit", submit_then_kill)
        db = tmp_path / f"{mode}.duckdb"
        cfg = write_config(tmp_path, feeds=[("Wire", loopback.url("/feed.xml"))], db=db, extra="[dask]\nworkers = 2\n")
        summary = monitor_pass(config_path=str(cfg))
        assert summary["articles"]["stored"] == 3 and summary["articles"]["duplicates"] == 6, summary
        assert summary["articles"]["retry_later"] == 1, summary  # the 404, recorded once
        results[mode] = _rows(db)
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles WHERE NOT is_seed"
                               ).fetchall() == [(9, 9)]
    assert killed, "a worker was killed during the Dask pass"
    assert results["dask"] == results["flow process"]


def test_batches_are_sized_to_the_workers() -> None:
    """A small pass still gives each worker thread its batches; a large one is cut at BATCH; the last pages
    are split across the workers; a page is never held back once the last one is fetched."""
    from flows.dask_extract import BATCH, QUEUED, Batches

    def cut(total: int) -> list[int]:
        batches, waiting, sizes = Batches(2, BATCH), [], []
        for left in range(total - 1, -1, -1):
            waiting.append(left)
            chunks = batches.cut(waiting, left)
            if chunks:
                assert [p for c in chunks for p in c] == waiting
                sizes += [len(c) for c in chunks]
                waiting = []
        assert not waiting
        return sizes

    assert cut(30) == [8, 8, 8, 3, 3]
    assert cut(300) == [BATCH] * 11 + [13, 12]
    assert cut(1) == [1]
    assert all(len(cut(n)) >= min(n, 2) and max(cut(n)) <= -(-n // QUEUED) for n in range(1, 120))


def test_heartbeats_are_turned_off_once() -> None:
    """Nested inside a pass (which turned them off), `without_heartbeats` builds no new Prefect settings."""
    from prefect.context import SettingsContext
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY

    from summitwatch.prefect_env import without_heartbeats

    before = PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value()
    with without_heartbeats():
        outer = SettingsContext.get()
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
        with without_heartbeats():
            assert SettingsContext.get() is outer
            assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
    assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == before


def test_the_child_flow_is_built_once_per_cluster() -> None:
    from flows.dask_extract import _flow_for, task_runner
    from summitwatch.config import load_config

    cfg = load_config(None, env={})
    remote = type(cfg)(**{**cfg.__dict__, "dask_address": "tcp://127.0.0.1:8786"})
    local = _flow_for(task_runner(cfg))
    assert _flow_for(task_runner(cfg)) is local
    assert _flow_for(task_runner(remote)) is not local
    assert _flow_for(task_runner(remote)).task_runner.address == "tcp://127.0.0.1:8786"
