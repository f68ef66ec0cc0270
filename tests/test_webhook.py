"""Webhook mode's double-post window (issue 10): what can be known is known, what cannot is said.

An incoming webhook answers only "ok" and cannot be searched, so a post whose outcome is unknown (a timeout, a
pass killed mid-post) cannot be checked. Such an alert stays in flight; the next pass re-posts it labelled as a
possible repeat (never lost, never silently doubled). A failure that surely did not reach Slack (5xx, 429,
connection refused) is retried plainly. Bot mode is the exactly-once mode (tests/test_alerts.py).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from alerts.outbox import deliver_pending
from alerts.slack import WebhookSink, make_sink
from tests.support import slack as fake
from tests.support.slack import FakeSlack
from tests.test_alerts import add_change, alert_row, webhook_cfg
from warehouse.db import open_writer


@pytest.fixture
def slack():
    with FakeSlack() as s:
        yield s


def _in_flight(con, alert_id: str) -> bool:
    return con.execute("SELECT in_flight_since IS NOT NULL FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()[0]


def test_a_webhook_timeout_is_reposted_once_labelled_as_a_possible_repeat(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    slack.fail_next(fake.slow(2.0, accept=True))  # Slack keeps it, the answer comes too late
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        first = deliver_pending(con, cfg, sink=make_sink(cfg.slack, timeout=0.5))
        assert first["pending"] == 1 and _in_flight(con, alert), "the outcome is unknown and recorded as such"
        second = deliver_pending(con, cfg)
        third = deliver_pending(con, cfg)
        row = alert_row(con, alert)
        assert not _in_flight(con, alert)
    assert second["sent"] == 1 and third["sent"] == 0
    assert row["status"] == "sent" and row["attempts"] == 2
    texts = [m["text"] for m in slack.messages]
    assert len(texts) == 2 and not texts[0].startswith("(Possible repeat)") and texts[1].startswith("(Possible repeat)")
    assert "Possible repeat" in str(slack.messages[1]["blocks"][0])


def test_a_failure_that_never_reached_slack_is_retried_plainly(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    slack.fail_next(*[fake.server_error(503)] * 3)  # the request and slack-sdk's two retries
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        assert deliver_pending(con, cfg)["pending"] == 1
        assert not _in_flight(con, alert), "a 503 is a known outcome: Slack did not post"
        assert deliver_pending(con, cfg)["sent"] == 1
    assert [m["text"].startswith("(Possible repeat)") for m in slack.messages] == [False]


def test_connection_refused_is_a_known_outcome(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from tests.test_alerts import _cfg

    cfg = _cfg(tmp_path, webhook_url=f"http://127.0.0.1:{port}/hook")
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        assert deliver_pending(con, cfg)["pending"] == 1
        assert not _in_flight(con, alert)
        assert "URLError" in alert_row(con, alert)["last_error"]


def test_a_pass_killed_mid_post_is_reposted_labelled(tmp_path: Path, slack: FakeSlack) -> None:
    """The in-flight mark was committed, Slack took the post, the pass died before recording it."""
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        con.execute("UPDATE alerts SET attempts = 1, in_flight_since = now() WHERE alert_id = ?", [alert])
    assert WebhookSink(cfg.slack).post(alert, "posted before the kill", []).ok
    with open_writer(cfg.warehouse_path) as con:
        assert deliver_pending(con, cfg)["sent"] == 1
    assert [m["text"][:17] for m in slack.messages] == ["posted before the", "(Possible repeat)"]
