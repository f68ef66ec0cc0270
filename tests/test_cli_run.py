"""`summitwatch run` as a user runs it: a real process, a real Prefect flow run on a kept local server.

Broken feeds and dead servers are reported and recorded, and the pass still exits 0. Passes share one
local Prefect server, which stops itself once no pass has used it for `prefect.server_idle_minutes`.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from deploy.keeper import read_record
from deploy.server import healthy
from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed

BIN = Path(sys.executable).parent / "summitwatch"


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(url: str, body: dict) -> list[dict]:
    req = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}
    env["PREFECT_HOME"] = str(cwd / "prefect-home")
    return subprocess.run([str(BIN), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=240)


def test_run_pass_reports_failures_and_exits_zero(loopback: LoopbackServer, tmp_path: Path) -> None:
    published = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    title, paras = read_text("e2e/01_istanbul.txt")
    loopback.route("/a/istanbul", Reply(body=article_page(title, paras, published)))
    items = [Item("/a/istanbul", title, published)]
    loopback.route("/good.xml", Reply(body=rss_feed(loopback.base_url, items), content_type="application/rss+xml"))
    loopback.route("/broken.xml", Reply(body="<rss><channel><item><title>oops", content_type="application/rss+xml"))
    feeds = [
        ("Good", loopback.url("/good.xml")),
        ("Broken", loopback.url("/broken.xml")),
        ("Dead", f"http://127.0.0.1:{_dead_port()}/rss"),
    ]
    write_config(tmp_path, feeds=feeds, extra="[prefect]\nserver_idle_minutes = 0.2\n")  # 12 s

    init = _run("init", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    run = _run("-v", "run", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "feeds:" in run.stdout and "alerts:" in run.stdout
    assert f"configuration: {tmp_path / 'summitwatch.toml'}" in run.stderr  # -v: which configuration, Prefect's log
    assert "Task run 'poll-feeds" in run.stderr
    assert "summitwatch: started a local Prefect server at http://127.0.0.1:" in run.stderr  # it outlives the run
    assert "stops after 0.2 min without a pass (prefect.server_idle_minutes" in run.stderr
    server = tmp_path / "prefect-home" / "server"
    kept = read_record(server)
    assert kept is not None and kept.owner == "run" and healthy(kept.api_url), run.stderr
    again = _run("run", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert read_record(server) == kept, "the second pass used the same server"
    assert "started a local Prefect server" not in again.stderr
    runs = _api(kept.api_url + "/flow_runs/filter", {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}})
    artifacts = _api(kept.api_url + "/artifacts/filter", {"artifacts": {"key": {"any_": ["summitwatch-pass"]}}})
    assert len(runs) == 2 and len(artifacts) == 2

    deadline = time.monotonic() + 90
    # The keeper clears its record first (no new pass picks a stopping server), then stops the server: wait for both.
    while (read_record(server) is not None or healthy(kept.api_url)) and time.monotonic() < deadline:
        time.sleep(1)
    assert read_record(server) is None and not healthy(kept.api_url), "idle for 12 s: the server stopped itself"

    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        feeds_state = dict(con.execute("SELECT name, consecutive_failures FROM feeds").fetchall())
        stored = con.execute("SELECT count(*) FROM articles WHERE NOT is_seed").fetchone()[0]
        runs = con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    assert feeds_state["Good"] == 0
    assert feeds_state["Broken"] >= 1 and feeds_state["Dead"] >= 1
    assert stored == 1
    assert runs == [("completed",), ("completed",)]

    positions = _run("positions", cwd=tmp_path)
    assert positions.returncode == 0, positions.stderr
    assert "istanbul" in positions.stdout.lower()


def test_run_prints_its_summary_once_and_warns_when_it_polls_nothing(tmp_path: Path) -> None:
    """Without -v: no Prefect banner or task-run lines, the summary once on stdout; zero feeds is a warning."""
    write_config(tmp_path)  # feeds = []
    run = _run("run", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert [line.split(":")[0].strip() for line in run.stdout.splitlines()] == [
        "feeds",
        "articles",
        "statements",
        "alerts",
    ]
    assert "this pass polled no feeds: none are configured" in run.stderr
    assert "Starting temporary server" not in run.stderr and "Task run" not in run.stderr
    assert "feeds: due=0" not in run.stderr  # the flow's own summary lines stay in Prefect's log

    quiet = _run("-q", "run", cwd=tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout == "" and "polled no feeds" not in quiet.stderr
