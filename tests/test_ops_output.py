"""What an operator sees: which feed is broken, since when and why (`run` and `serve`), console alerts that reach
the terminal, and a reader that stops reading (`summitwatch ... | head`) that costs no traceback.

Real passes (a Prefect flow run each) against loopback feeds, real DuckDB files, real processes; no clock is
asserted on beyond "the since-date does not move while the feed keeps failing".
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply, Request
from tests.support.news import Item, article_page, read_text, rss_feed

BIN = Path(sys.executable).parent / "summitwatch"
PROJECT = Path(__file__).resolve().parent.parent


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(cwd: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}
    env["PREFECT_HOME"] = str(cwd / "prefect-home")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))  # this checkout's code
    return env


def _switch(replies: list[Reply]) -> tuple[Callable[[Request], Reply], list[int]]:
    """A route whose answer the test switches: `state[0]` indexes `replies`."""
    state = [0]
    return (lambda _req: replies[state[0]]), state


def _said(capsys: pytest.CaptureFixture[str]) -> str:
    """What serve's watcher logged (Prefect's own log lines of the passes are on the same stream)."""
    return "".join(line for line in capsys.readouterr().err.splitlines(True) if line.startswith("summitwatch serve:"))


def _make_due(db: Path) -> None:
    """Skip the backoff of every feed (what waiting for `next_poll_at` would do, without waiting)."""
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE feeds SET next_poll_at = NULL")


def test_failing_feeds_are_named_with_since_and_why_by_passes_and_serve(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deploy.serve import Schedule, _PassWatcher, last_run_problems
    from flows.monitor import monitor_pass

    good = rss_feed(loopback.base_url, [])
    handler, flaky = _switch([Reply(503, b"down", content_type="text/plain"),
                              Reply(body=good, content_type="application/rss+xml")])
    loopback.route("/flaky.xml", handler)
    loopback.route("/good.xml", Reply(body=good, content_type="application/rss+xml"))
    dead = f"http://127.0.0.1:{_dead_port()}/rss"
    cfg = write_config(tmp_path, feeds=[("Good", loopback.url("/good.xml")), ("Flaky", loopback.url("/flaky.xml")),
                                        ("Dead", dead)])
    db = tmp_path / "warehouse.duckdb"
    watcher = _PassWatcher("http://127.0.0.1:9/api", Schedule("*/15 * * * *", None), db)

    first = monitor_pass(config_path=str(cfg))["problems"]["feeds"]
    assert [(f["name"], f["polled"]) for f in first] == [("Dead", True), ("Flaky", True)]
    assert "503" in first[1]["reason"] and first[1]["consecutive_failures"] == 1
    since = {f["name"]: f["failing_since"] for f in first}
    assert all(s and s.endswith(" UTC") for s in since.values()) and all(f["next_poll_at"] for f in first)
    watcher._report_problems()
    said = _said(capsys)
    flaky_line = f"failed feed: Flaky: {first[1]['reason']} (failing since {since['Flaky']}, 1 failed poll;"
    assert f"summitwatch serve:   {flaky_line}" in said
    assert "summitwatch serve:   failed feed: Dead: ConnectError" in said

    # Next pass: both are backing off, not polled; still broken, so a pass names them; serve said it already.
    second = monitor_pass(config_path=str(cfg))["problems"]["feeds"]
    assert [(f["name"], f["polled"], f["failing_since"]) for f in second] == [
        ("Dead", False, since["Dead"]), ("Flaky", False, since["Flaky"])]
    watcher._report_problems()
    assert _said(capsys) == ""

    # Polled again: Dead fails a second time since the same moment; Flaky works again and serve says so.
    flaky[0] = 1
    _make_due(db)
    third = monitor_pass(config_path=str(cfg))["problems"]["feeds"]
    assert [(f["name"], f["consecutive_failures"], f["failing_since"]) for f in third] == [("Dead", 2, since["Dead"])]
    watcher._report_problems()
    said = _said(capsys)
    assert f"summitwatch serve:   feed no longer failing: Flaky (had failed since {since['Flaky']})" in said
    assert f"failed feed: Dead: ConnectError: All connection attempts failed (failing since {since['Dead']}, " \
           "2 failed polls; next try " in said
    with duckdb.connect(str(db), read_only=True) as con:
        rows = dict(con.execute("SELECT name, failing_since IS NULL FROM feeds").fetchall())
    assert rows == {"Good": True, "Flaky": True, "Dead": False}
    run_id, problems = last_run_problems(db) or ("", {})
    assert run_id and [f["name"] for f in problems["feeds"]] == ["Dead"]
    watcher._report_problems()  # the same pass is never reported twice
    assert _said(capsys) == ""

    # Dead taken out of the configuration: its row stays in `feeds`, but it is no one's problem any more.
    cfg = write_config(tmp_path, feeds=[("Good", loopback.url("/good.xml")), ("Flaky", loopback.url("/flaky.xml"))])
    assert monitor_pass(config_path=str(cfg))["problems"]["feeds"] == []
    watcher._report_problems()
    assert _said(capsys) == f"summitwatch serve:   feed no longer failing: Dead (had failed since {since['Dead']})\n"


def test_run_prints_console_alerts_and_names_backing_off_feeds(loopback: LoopbackServer, tmp_path: Path) -> None:
    """No Slack configured: each alert is printed on stdout by `run` (it was swallowed into Prefect's log)."""
    title, paras = read_text("e2e/01_istanbul.txt")
    loopback.route("/a/istanbul", Reply(body=article_page(title, paras)))
    from datetime import UTC, datetime

    items = [Item("/a/istanbul", title, datetime(2026, 11, 16, 15, 0, tzinfo=UTC))]
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type="application/rss+xml"))
    write_config(tmp_path, feeds=[("Wire", loopback.url("/feed.xml")),
                                  ("Dead", f"http://127.0.0.1:{_dead_port()}/rss")],
                 extra="[prefect]\nserver_idle_minutes = 0\n")
    env = _env(tmp_path)
    assert subprocess.run([str(BIN), "init"], cwd=tmp_path, env=env, capture_output=True, timeout=120).returncode == 0

    run = subprocess.run([str(BIN), "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)

    assert run.returncode == 0, run.stderr
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        sent = con.execute("SELECT count(*) FROM alerts WHERE status = 'sent' AND sink = 'console'").fetchone()[0]
    assert sent >= 1
    assert run.stdout.count("\n== Russia: ") + run.stdout.startswith("== Russia: ") == sent, run.stdout
    assert "Why: read as: " in run.stdout and "change " in run.stdout
    assert "  failed feed: Dead: ConnectError" in run.stdout and "(failing since " in run.stdout

    again = subprocess.run([str(BIN), "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stderr
    assert "== Russia" not in again.stdout, "each alert is printed once"
    assert "  failing feed (backing off, not polled in this pass): Dead: ConnectError" in again.stdout


@pytest.mark.parametrize("args", [("positions",), ("sql", "SELECT * FROM articles"), ("--help",)])
def test_a_reader_that_stops_reading_costs_no_traceback(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`summitwatch positions | head -1`: the pipe closes before the output is written; quiet, exit 0."""
    write_config(tmp_path)
    env = _env(tmp_path)
    assert subprocess.run([str(BIN), "init"], cwd=tmp_path, env=env, capture_output=True, timeout=120).returncode == 0
    proc = subprocess.Popen([str(BIN), *args], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before a line is written
    err = proc.stderr.read()
    assert proc.wait(120) == 0, err
    assert err == "", err


def test_a_pass_whose_reader_stops_reading_still_completes_quietly(tmp_path: Path) -> None:
    write_config(tmp_path, extra="[prefect]\nserver_idle_minutes = 0\n")
    env = _env(tmp_path)
    proc = subprocess.Popen([str(BIN), "run"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(240) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Broken pipe" not in err, err
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT status FROM runs").fetchall() == [("completed",)]
