"""The real `summitwatch serve`: a supervised Prefect server, scheduled passes, a clean SIGTERM.

Slow by nature (~40-90 s): a server start (7-11 s), then passes every 5 s
against a loopback feed and a loopback Slack webhook. Across several scheduled
passes each change is alerted exactly once.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed
from tests.support.slack import FakeSlack

PROJECT = Path(__file__).resolve().parent.parent
SUMMITWATCH = PROJECT / ".venv" / "bin" / "summitwatch"


def _api(url: str, body: dict) -> list[dict]:
    req = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def _completed_runs(api: str) -> list[dict]:
    return _api(api + "/flow_runs/filter", {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}})


def _listening(api: str) -> bool:
    host, port = re.match(r"http://([\d.]+):(\d+)", api).groups()
    with socket.socket() as s:
        return s.connect_ex((host, int(port))) == 0


def test_serve_runs_scheduled_passes_and_stops_cleanly(loopback: LoopbackServer, tmp_path: Path) -> None:
    title, paras = read_text("e2e/01_istanbul.txt")
    published = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    loopback.route("/world/istanbul", Reply(body=article_page(title, paras, published)))
    items = [Item(path="/world/istanbul", title=title, published=published)]
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type="application/rss+xml"))
    cfg = write_config(tmp_path, feeds=[("Loopback wire", loopback.url("/feed.xml"))])

    with FakeSlack() as slack:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PREFECT_API_URL"))}
        env.update(
            PREFECT_HOME=str(tmp_path / "prefect"),
            SLACK_WEBHOOK_URL=slack.webhook_url,
            PREFECT_RUNNER_POLL_FREQUENCY="2",
        )
        proc = subprocess.Popen(
            [str(SUMMITWATCH), "serve", "--config", str(cfg), "--interval", "5"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        try:
            api = runs = None
            deadline = time.monotonic() + 150
            while time.monotonic() < deadline and proc.poll() is None:
                found = [m.group(1) for m in map(re.compile(r"ready at (\S+)").search, list(lines)) if m]
                api = api or (found[0] if found else None)
                if api and len(runs := _completed_runs(api)) >= 2:
                    break
                time.sleep(1)
            assert proc.poll() is None, "".join(lines)
            assert api and runs and len(runs) >= 2, "".join(lines[-40:])
            assert all(r["deployment_id"] for r in runs)
            artifacts = _api(api + "/artifacts/filter", {"artifacts": {"key": {"any_": ["summitwatch-pass"]}}})
            assert artifacts and "alerts sent" in artifacts[0]["data"]
            # A pass run by hand meanwhile reports to serve's server instead of starting one.
            by_hand = subprocess.run([str(SUMMITWATCH), "run", "--config", str(cfg)], cwd=tmp_path, env=env,
                                     capture_output=True, text=True, timeout=180)
            assert by_hand.returncode == 0, by_hand.stderr
            manual = [r for r in _completed_runs(api) if not r["deployment_id"]]
            assert len(manual) == 1 and not (tmp_path / "prefect" / "server" / "keeper.log").exists()
            view = [m.group(1) for m in map(re.compile(r"View at (\S+)").search, list(lines)) if m]
            page = urllib.request.Request(view[0], headers={"Accept": "text/html"})
            with urllib.request.urlopen(page, timeout=10) as resp:  # the Prefect UI: the link is not dead
                assert resp.status == 200 and b"<html" in resp.read().lower()
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            rc = proc.wait(60)
            reader.join(5)
        out = "".join(lines)
        assert rc == 0, out[-3000:]
        ours = [line for line in lines if line.startswith("summitwatch serve:")]
        assert any(re.search(r"Prefect API \S+, UI http://127\.0\.0\.1:\d+$", line) for line in ours), ours
        assert any("next pass within 5 s; stop with" in line for line in ours), ours
        assert any(re.search(r"pass \S+ completed, [\d.]+ s; next pass within 5 s", line) for line in ours), ours
        assert ours[-1].strip().startswith("summitwatch serve: stopped on SIGTERM"), ours
        stopping = out[out.index("stopped on SIGTERM") - 2000:]
        assert "Traceback" not in stopping and "CancelledError" not in stopping and "RuntimeWarning" not in out
        assert not _listening(api)

        # Two changes in the article, several passes: exactly one Slack message per change.
        headers = sorted(m["blocks"][0]["text"]["text"] for m in slack.messages)

    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        completed = con.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone()[0]
        alerts = con.execute("SELECT status, sink, attempts, last_error FROM alerts ORDER BY alert_id").fetchall()
        changes = con.execute("SELECT party, kind, op, old_value, new_value FROM position_changes").fetchall()
    assert completed >= 2
    assert headers == ["Russia: stance: sceptical → willing", "Russia: venue: Moscow → Istanbul"], (changes, alerts)
    assert alerts == [("sent", "webhook", 1, None), ("sent", "webhook", 1, None)]


def test_server_death_stops_the_serve_and_exits_1(tmp_path: Path, capsys) -> None:
    """The supervisor's loop with stand-in processes: a dead server is a clear error, the serve is stopped."""
    from deploy import serve as serve_mod
    from deploy.server import LocalServer

    server = LocalServer(tmp_path)
    server.proc = subprocess.Popen(["sleep", "60"], start_new_session=True)
    child = subprocess.Popen(["sleep", "60"], start_new_session=True)
    stop = serve_mod._StopFlag()
    watcher = serve_mod._PassWatcher(server.api_url, serve_mod.Schedule("*/15 * * * *", None))
    try:
        server.proc.terminate()
        server.proc.wait(5)
        assert serve_mod._supervise(child, serve_mod._Liveness(server.api_url, owned=server), stop, watcher) == 1
    finally:
        stop.restore()
        for p in (server.proc, child):
            if p.poll() is None:
                p.kill()
    assert child.poll() is not None
    assert "the Prefect server died" in capsys.readouterr().err


def test_server_that_cannot_start_is_a_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    from deploy import serve as serve_mod
    from deploy import server as server_mod
    from summitwatch.config import load_config

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.setattr(server_mod, "prefect_command", lambda: ["false"])
    cfg = load_config(write_config(tmp_path))
    assert serve_mod.serve(cfg) == 1
    err = capsys.readouterr().err
    assert "prefect server exited with status 1" in err and "server.log" in err


def test_serve_uses_the_server_in_prefect_api_url(tmp_path: Path) -> None:
    """With PREFECT_API_URL set, serve starts no server of its own and leaves that one running."""
    from deploy.server import LocalServer

    server = LocalServer(tmp_path / "external")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PREFECT_API_URL"))}
    try:
        api = server.start()
        env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL=api, PREFECT_RUNNER_POLL_FREQUENCY="2")
        proc = subprocess.Popen(
            [str(SUMMITWATCH), "serve", "--config", str(write_config(tmp_path)), "--interval", "5"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None and not _completed_runs(api):
                time.sleep(1)
            assert _completed_runs(api), "".join(lines[-40:])
        finally:
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(60)
            reader.join(5)
        out = "".join(lines)
        assert rc == 0, out[-3000:]
        assert f"using the Prefect server at {api}" in out and "starting a Prefect server" not in out
        assert server.healthy()  # not ours to stop
    finally:
        server.stop()
    assert not server.alive()

