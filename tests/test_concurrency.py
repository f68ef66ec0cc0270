"""Readers and a running writer: `sql` reads the snapshot while a pass holds the file, and never blocks it.

The writer is a real second process holding the warehouse open for writing in
the middle of a transaction, as a pass does; DuckDB then refuses every other
process the live file (checked below, so the test proves the situation is real).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse import reader
from warehouse.db import WarehouseBusy
from warehouse.query import run_sql
from warehouse.reader import open_reader
from warehouse.snapshot import publish_snapshot, snapshot_path

PROJECT = Path(__file__).resolve().parent.parent
SUMMITWATCH = Path(sys.executable).parent / "summitwatch"

WRITER = """
import sys
from pathlib import Path
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot

db, wait = Path(sys.argv[1]), sys.argv[2] == "wait"
with open_writer(db, wait_seconds=30) as con:
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO feeds (url, name) VALUES ('https://new.example/rss', 'Added by the pass')")
    print("holding", flush=True)
    if wait:
        sys.stdin.readline()
    con.execute("COMMIT")
print("published" if publish_snapshot(db) else "not published", flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(PROJECT)}


def _start_writer(db: Path, wait: bool) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "wait" if wait else "go"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT, env=_env(),
    )
    assert proc.stdout.readline().strip() == "holding", proc.stderr.read()
    return proc


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate("\n", timeout=60)
    assert proc.returncode == 0, err
    return out


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SUMMITWATCH), "--db", str(db), *args], capture_output=True, text=True, timeout=60,
                          cwd=PROJECT, env=_env())


@pytest.fixture
def wh(tmp_path: Path) -> Warehouse:
    return build_warehouse(tmp_path)


def test_sql_reads_the_snapshot_while_a_pass_holds_the_warehouse(wh: Warehouse, tmp_path: Path) -> None:
    writer = _start_writer(wh.path, wait=True)
    try:
        with pytest.raises(duckdb.IOException, match="(?i)lock"):
            duckdb.connect(str(wh.path), read_only=True)  # the live file is really taken
        done = _cli(wh.path, "sql", "SELECT count(*) AS feeds FROM feeds", "--format", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == [{"feeds": 3}], "the snapshot: as of the last completed pass"
        assert _cli(wh.path, "positions").returncode == 0
        assert _cli(wh.path, "export", "--to", str(tmp_path / "dump")).returncode == 0
        assert writer.poll() is None, "the writer is still in its pass, undisturbed"
    finally:
        out = _finish(writer)
    assert "published" in out
    after = _cli(wh.path, "sql", "SELECT count(*) AS feeds FROM feeds", "--format", "json")
    assert json.loads(after.stdout) == [{"feeds": 4}], "the pass's snapshot is visible once it completed"


def test_an_open_reader_never_blocks_a_pass(wh: Warehouse) -> None:
    with open_reader(wh.path) as con:
        writer = subprocess.run([sys.executable, "-c", WRITER, str(wh.path), "go"], capture_output=True, text=True,
                                timeout=60, cwd=PROJECT, env=_env())
        assert writer.returncode == 0, writer.stderr
        assert writer.stdout.split() == ["holding", "published"]  # it wrote and published while we read
        # The reader keeps its consistent (older) copy although a new snapshot replaced it.
        assert con.execute("SELECT count(*) FROM feeds").fetchone()[0] == 3
    with open_reader(wh.path) as con:
        assert con.execute("SELECT count(*) FROM feeds").fetchone()[0] == 4


def test_without_a_snapshot_a_reader_gives_up_quickly_instead_of_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wh = build_warehouse(tmp_path, publish=False)
    assert not snapshot_path(wh.path).exists()
    monkeypatch.setattr(reader, "LIVE_WAIT_SECONDS", 0.5)
    writer = _start_writer(wh.path, wait=True)
    try:
        with pytest.raises(WarehouseBusy, match="no readers' snapshot yet"):
            run_sql(wh.cfg, "SELECT 1")
        assert writer.poll() is None, "gave up while the writer still held the file: it did not wait for the pass"
    finally:
        _finish(writer)
    # Never published before, the writer published now; readers use the snapshot from here on.
    assert snapshot_path(wh.path).is_file()
    assert '"n": 4' in run_sql(wh.cfg, "SELECT count(*) AS n FROM feeds", "json")


def test_publish_skips_while_another_process_writes(wh: Warehouse) -> None:
    snap = snapshot_path(wh.path)
    before = snap.read_bytes()
    writer = _start_writer(wh.path, wait=True)
    try:
        assert publish_snapshot(wh.path) is None
        assert snap.read_bytes() == before
        assert not list(wh.path.parent.glob(".*.tmp"))
    finally:
        _finish(writer)


def test_sql_during_a_real_monitoring_pass(wh: Warehouse, tmp_path: Path) -> None:
    """`summitwatch run` (a Prefect flow run) polls a slow feed while the analyst queries; both succeed."""
    from tests.conftest import write_config
    from tests.support.http import LoopbackServer, Reply
    from tests.support.news import Item, rss_feed

    with LoopbackServer() as srv:
        srv.route("/feed.xml", lambda _req: Reply(
            body=rss_feed(srv.base_url, [Item("/nothing-new", "Nothing new", datetime(2026, 11, 19, tzinfo=UTC))]),
            content_type="application/rss+xml", delay=4.0,
        ))
        srv.route("/nothing-new", Reply(body="<html><body><p>Weather.</p></body></html>"))
        cfg = write_config(tmp_path, feeds=[("Slow wire", srv.url("/feed.xml"))], db=wh.path)
        env = {**_env(), "PREFECT_HOME": str(tmp_path / "prefect")}
        run = subprocess.Popen([str(SUMMITWATCH), "--config", str(cfg), "run"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=PROJECT, env=env)
        try:
            for _ in range(6000):  # waits for an event: the pass exits (fails the test) or takes the lock
                if _locked(wh.path):
                    break
                assert run.poll() is None, run.communicate()
                time.sleep(0.05)
            assert _locked(wh.path), "the pass never opened the warehouse"
            done = _cli(wh.path, "sql", "SELECT count(*) AS runs FROM runs", "--format", "json")
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout) == [{"runs": 0}], "the snapshot predates the running pass"
            assert _locked(wh.path), "the query finished while the pass was still writing"
            out, err = run.communicate(timeout=120)
        finally:
            if run.poll() is None:
                run.kill()
    assert run.returncode == 0, err
    after = _cli(wh.path, "sql", "SELECT status FROM runs", "--format", "json")
    assert json.loads(after.stdout) == [{"status": "completed"}]


def _locked(db: Path) -> bool:
    try:
        duckdb.connect(str(db), read_only=True).close()
    except duckdb.IOException:
        return True
    return False


def test_publish_folds_in_the_log_of_a_writer_that_died(tmp_path: Path) -> None:
    db = tmp_path / "crashed.duckdb"
    script = (
        "import duckdb, os, sys\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('CREATE TABLE t (a INTEGER)'); con.execute('CHECKPOINT')\n"
        "con.execute('INSERT INTO t VALUES (1), (2)')\n"
        "os._exit(0)\n"  # no checkpoint, no close: the inserts live only in the .wal
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=60)
    assert db.with_name(db.name + ".wal").is_file()
    snap = publish_snapshot(db)
    assert snap is not None and not snap.with_name(snap.name + ".wal").exists()
    with duckdb.connect(str(snap), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    assert not list(tmp_path.glob(".*.tmp*"))


def test_init_publishes_the_snapshot_readers_use(tmp_path: Path) -> None:
    from summitwatch.cli import main

    db = tmp_path / "fresh.duckdb"
    assert main(["--db", str(db), "init"]) == 0
    assert snapshot_path(db).is_file()
    done = _cli(db, "sql", "SELECT count(*) AS seeds FROM articles WHERE is_seed", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["seeds", "5"]
