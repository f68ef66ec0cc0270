"""Failures that show (issue 10): a pass names what failed and why, and Slack being down is not "Completed".

Real flow runs against a loopback world: a feed with a good article, a 404 and a redirect loop, a dead feed, and
a loopback Slack that is down for the first pass. Nothing is lost or doubled once Slack is back; pages that can
never succeed stop being fetched after a bounded number of passes.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from prefect.states import StateType

from flows.fetch import HOPELESS_ATTEMPTS
from flows.report import run_markdown
from tests.conftest import write_config
from tests.support import slack as fake
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed
from tests.support.slack import FakeSlack

MON = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
BIN = Path(sys.executable).parent / "summitwatch"


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _world(srv: LoopbackServer) -> list[tuple[str, str]]:
    """A feed with one article that changes two positions, a 404 and a redirect loop; and a dead feed."""
    title, paras = read_text("e2e/01_istanbul.txt")
    srv.route("/world/istanbul", Reply(body=article_page(title, paras, MON)))
    srv.route("/gone", Reply(404, b"not found", content_type="text/plain"))
    srv.route("/loop", Reply(302, b"", headers={"Location": "/loop"}))
    items = [Item("/world/istanbul", title, MON), Item("/gone", "Gone", MON), Item("/loop", "Loop", MON)]
    srv.route("/feed.xml", Reply(body=rss_feed(srv.base_url, items), content_type="application/rss+xml"))
    return [("Wire", srv.url("/feed.xml")), ("Dead", f"http://127.0.0.1:{_dead_port()}/rss")]


def _changes_in_words(db: Path) -> set[str]:
    """How the summary names each change the reader found (whatever they are: this is not a reader test)."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT party, kind, old_value, new_value FROM position_changes").fetchall()
    return {f"{p} {k}: {o or 'none'} -> {n or 'none'}" for p, k, o, n in rows}


def _bot(slack: FakeSlack) -> str:
    return f'[slack]\ntoken = "{fake.TOKEN}"\nchannel = "{fake.CHANNEL}"\napi_url = "{slack.api_url}"\n'


def test_slack_down_fails_the_flow_run_names_everything_and_loses_nothing(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path
) -> None:
    from flows.monitor import UNDELIVERED, monitor_pass

    with FakeSlack() as slack:
        cfg = write_config(tmp_path, feeds=_world(loopback), extra=_bot(slack))
        slack.down = True
        state = monitor_pass(config_path=str(cfg), return_state=True)
        summary = state.result(raise_on_failure=False)

        assert state.type == StateType.FAILED and state.name == UNDELIVERED
        changes = _changes_in_words(tmp_path / "warehouse.duckdb")
        assert len(changes) >= 1, "the article changes at least one position"
        assert f"no alert could be delivered ({len(changes)} kept for the next pass)" in state.message
        assert summary["status"] == "undelivered" and summary["alerts"]["sent"] == 0
        problems = summary["problems"]
        assert sorted((p["status"], p["change"]) for p in problems["alerts"]) == sorted(
            ("pending", c) for c in changes)
        assert all("503" in p["reason"] for p in problems["alerts"])
        articles = {p["url"].rsplit("/", 1)[1]: p for p in problems["articles"]}
        assert articles["gone"]["reason"] == "HTTP 404" and articles["gone"]["status"] == "pending"
        assert articles["loop"]["reason"].startswith("too many redirects")
        assert [p["name"] for p in problems["feeds"]] == ["Dead"]
        with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
            status, stored = con.execute("SELECT status, summary FROM runs").fetchone()
        assert status == "undelivered" and json.loads(stored)["problems"] == json.loads(json.dumps(problems))
        markdown = run_markdown(summary)
        for name in ("No alert could be delivered", *changes, "HTTP 404", "too many redirects", "Dead"):
            assert name in markdown
        loop_requests = len(loopback.hits("/loop"))
        assert loop_requests == 6, "a redirect loop is followed once per pass, not retried within it"

        slack.down = False
        second = monitor_pass(config_path=str(cfg), return_state=True)
        assert second.type == StateType.COMPLETED
        posted = sorted(m["metadata"]["event_payload"]["alert_id"] for m in slack.top_level())
        assert posted == sorted(p["alert_id"] for p in problems["alerts"]), "each alert once, none doubled"
        gave_up = {p["url"].rsplit("/", 1)[1]: p for p in second.result()["problems"]["articles"]}
        assert gave_up["gone"]["status"] == "failed"
        assert gave_up["gone"]["reason"] == f"HTTP 404 (gave up after {HOPELESS_ATTEMPTS} passes)"
        assert gave_up["loop"]["status"] == "failed"

        monitor_pass(config_path=str(cfg))
        assert len(loopback.hits("/loop")) == 2 * loop_requests, "never fetched again"
        assert len(loopback.hits("/gone")) == 2
        assert len(slack.top_level()) == len(changes)


def _run(cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "run"], cwd=cwd, env=env, capture_output=True, text=True, timeout=240)


def test_run_exits_3_when_nothing_could_be_delivered_and_warns_about_webhooks(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    with FakeSlack() as slack:
        write_config(tmp_path, feeds=_world(loopback), extra=f'[slack]\nwebhook_url = "{slack.webhook_url}"\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}
        env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
        slack.down = True

        down = _run(tmp_path, env)

        assert down.returncode == 3, down.stderr
        changes = _changes_in_words(tmp_path / "warehouse.duckdb")
        for change in changes:
            assert f"({change}): HTTP 503" in down.stdout
        assert down.stdout.count("  pending alert ") == len(changes)
        assert "retrying article: " in down.stdout and "/gone: HTTP 404" in down.stdout
        assert "failed feed: Dead: " in down.stdout
        assert f"summitwatch: no alert could be delivered ({len(changes)} kept for the next pass)" in down.stderr
        output = down.stdout + down.stderr
        assert output.count("Bot mode (SLACK_BOT_TOKEN + SLACK_CHANNEL) delivers exactly once") == 1

        slack.down = False
        up = _run(tmp_path, env)

        assert up.returncode == 0, up.stderr
        assert "pending alert" not in up.stdout
        assert len(slack.top_level()) == len(changes)
        assert not any(m["text"].startswith("(Possible repeat)") for m in slack.top_level()), "503s never arrived"
