"""The outbox against a loopback Slack: every change alerted exactly once, across failures and restarts."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import types
from datetime import date, datetime
from pathlib import Path

import pytest

from alerts.outbox import deliver_pending
from alerts.slack import BotSink, make_sink
from summitwatch.config import Config, SlackSettings
from tests.support import slack as fake
from tests.support.slack import FakeSlack
from warehouse.db import open_writer

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def slack():
    with FakeSlack() as s:
        yield s


def _cfg(tmp_path: Path, **slack: str) -> Config:
    return Config(warehouse_path=tmp_path / "w.duckdb", seeds_path=tmp_path, feeds=(), slack=SlackSettings(**slack))


def webhook_cfg(tmp_path: Path, s: FakeSlack) -> Config:
    return _cfg(tmp_path, webhook_url=s.webhook_url)


def bot_cfg(tmp_path: Path, s: FakeSlack, token: str = fake.TOKEN, channel: str = fake.CHANNEL) -> Config:
    return _cfg(tmp_path, token=token, channel=channel, api_url=s.api_url)


def add_change(con, n: int, *, party: str = "RU", kind: str = "venue", op: str = "set", old: str | None = None,
               new: str | None = "moscow", evidence: str = "We are ready to meet in Moscow.",
               outlet: str = "Outlet", title: str = "Kremlin on the summit") -> str:
    """One article, assertion, change and pending alert, as the processing stage writes them."""
    now = datetime(2026, 11, 21, 12, 0, n)
    art, asr, chg = f"art{n}", f"asr{n}", f"chg{n}"
    con.execute(
        "INSERT INTO articles (article_id, url, canonical_url, title, outlet, fetched_at, text) VALUES (?,?,?,?,?,?,?)",
        [art, f"https://news.example/{n}?a=1&b=2", f"https://news.example/{n}", title, outlet, now, evidence],
    )
    con.execute(
        "INSERT INTO assertions (assertion_id, statement_id, article_id, party, kind, value, evidence, speaker,"
        " stated_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'change')",
        [asr, f"st{n}", art, party, kind, new or old, evidence, "Dmitry Peskov", date(2026, 11, 20)],
    )
    con.execute(
        "INSERT INTO position_changes (change_id, party, kind, op, old_value, new_value, assertion_id, article_id,"
        " stated_on, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [chg, party, kind, op, old, new, asr, art, date(2026, 11, 20), now],
    )
    con.execute(
        "INSERT INTO alerts (alert_id, change_id, sink, status, attempts, created_at) VALUES (?, ?, 'webhook',"
        " 'pending', 0, ?)",
        [f"alert{n}", chg, now],
    )
    return f"alert{n}"


def add_coverage(con, change_n: int, n: int, outlet: str = "Second Outlet") -> None:
    now = datetime(2026, 11, 21, 13, 0, n)
    con.execute(
        "INSERT INTO articles (article_id, url, canonical_url, title, outlet, fetched_at, duplicate_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [f"cov{n}", f"https://other.example/{n}", f"https://other.example/{n}", "Rewrite", outlet, now,
         f"art{change_n}"],
    )
    con.execute(
        "INSERT INTO change_sources (change_id, article_id, added_at) VALUES (?, ?, ?)",
        [f"chg{change_n}", f"cov{n}", now],
    )


def alert_row(con, alert_id: str) -> dict:
    cur = con.execute("SELECT * FROM alerts WHERE alert_id = ?", [alert_id])
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def test_webhook_sends_each_alert_once_and_marks_it_sent(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        ids = [add_change(con, 1), add_change(con, 2, party="UA", kind="prerequisite", op="add", new="ceasefire")]
        stats = deliver_pending(con, cfg)
        again = deliver_pending(con, cfg)
        rows = [alert_row(con, i) for i in ids]
    assert stats["sent"] == 2 and again["sent"] == 0
    assert len(slack.messages) == 2
    assert [r["status"] for r in rows] == ["sent", "sent"]
    assert all(r["attempts"] == 1 and r["sent_at"] and r["sink"] == "webhook" for r in rows)
    first = slack.messages[0]
    assert first["blocks"][0]["text"]["text"] == "Russia: venue: none → Moscow"
    assert "Dmitry Peskov" in first["text"] and first["unfurl_links"] is False
    assert slack.messages[1]["blocks"][0]["text"]["text"] == "Ukraine: preconditions: + ceasefire first"


def test_the_changes_of_one_pass_are_posted_in_the_order_they_were_said(tmp_path: Path, slack: FakeSlack) -> None:
    """One pass's alerts share created_at; their ids are hashes: the Slack channel reads in stated_on order."""
    cfg = webhook_cfg(tmp_path, slack)
    said = {"z-late": date(2026, 11, 27), "a-mid": date(2026, 10, 20), "m-early": date(2026, 6, 18)}
    with open_writer(cfg.warehouse_path) as con:
        values = ["ceasefire", "expert_groundwork", "no_ultimatums"]
        for n, (alert_id, day) in enumerate(said.items(), start=1):
            add_change(con, n, kind="prerequisite", op="add", new=values[n - 1])
            con.execute("UPDATE position_changes SET stated_on = ? WHERE change_id = ?", [day, f"chg{n}"])
            con.execute("UPDATE alerts SET alert_id = ?, created_at = ? WHERE alert_id = ?",
                        [alert_id, datetime(2026, 11, 28, 9, 0), f"alert{n}"])
        assert deliver_pending(con, cfg)["sent"] == 3
    posted = [m["blocks"][1]["fields"][3]["text"] for m in slack.messages]
    assert posted == ["*Said on*\n2026-06-18", "*Said on*\n2026-10-20", "*Said on*\n2026-11-27"]


def test_message_lets_an_analyst_check_the_change(tmp_path: Path, slack: FakeSlack) -> None:
    """The whole sentence with the matched words marked, why it was read so, and the canonical link."""
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        add_change(con, 1, evidence="ready to meet in Moscow")
        con.execute(
            "INSERT INTO statements (statement_id, article_id, speaker, party, quote, sentence)"
            " VALUES ('st1', 'art1', 'Dmitry Peskov', 'RU', 'ready to meet', ?)",
            ["Peskov told reporters the president is ready to meet in Moscow at any time."],
        )
        con.execute("UPDATE assertions SET rule = 'venue.invite', confidence = 0.82")
        con.execute("UPDATE articles SET published_at = '2026-11-21 08:00'")
        deliver_pending(con, cfg)
    text = json.dumps(slack.messages[0]["blocks"], ensure_ascii=False)
    assert ">Peskov told reporters the president is *ready to meet in Moscow* at any time." in text
    assert "*Why:* read as: in Moscow (rule `venue.invite`, confidence 0.82)" in text
    assert "*Outlet*, 2026-11-21: <https://news.example/1|Kremlin on the summit>" in text
    assert "?a=1" not in text + slack.messages[0]["text"], "the feed URL's parameters never reach Slack"


def test_message_names_who_last_stated_the_position_it_replaces(tmp_path: Path, slack: FakeSlack) -> None:
    """The old side of the arrow is checkable too: the latest earlier statement of it, not a later or unsure one."""
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        add_change(con, 1, old="moscow", new="istanbul", evidence="ready to meet in Istanbul")
        earlier = [("e1", "Yuri Ushakov", date(2026, 10, 2), "change", "TASS-like wire", "Moscow invitation"),
                   ("e2", "Dmitry Peskov", date(2026, 11, 1), "reaffirmed", "Daily", "Moscow again"),
                   ("e3", "Sergei Lavrov", date(2026, 11, 5), "historical", "Weekly", "An old Moscow quote"),
                   ("e4", "Maria Zakharova", date(2026, 11, 25), "reaffirmed", "Later", "Said after the change")]
        for n, (aid, speaker, said, status, outlet, title) in enumerate(earlier):
            con.execute(
                "INSERT INTO articles (article_id, url, canonical_url, title, outlet, fetched_at) VALUES (?,?,?,?,?,?)",
                [f"a{aid}", f"https://w.example/{aid}?utm_source=x", f"https://w.example/{aid}", title, outlet,
                 datetime(2026, 11, 21, 9, 0, n)],
            )
            con.execute(
                "INSERT INTO assertions (assertion_id, statement_id, article_id, party, kind, value, speaker,"
                " stated_on, status) VALUES (?, ?, ?, 'RU', 'venue', 'moscow', ?, ?, ?)",
                [aid, f"s{aid}", f"a{aid}", speaker, said, status],
            )
        deliver_pending(con, cfg)
    text = json.dumps(slack.messages[0]["blocks"], ensure_ascii=False)
    assert ("*Before:* in Moscow, last said by Dmitry Peskov on 2026-11-01"
            " (*Daily*: <https://w.example/e2|Moscow again>)") in text
    assert "Lavrov" not in text and "Zakharova" not in text


def test_slack_down_for_a_pass_then_delivered_exactly_once(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        slack.down = True
        stats = deliver_pending(con, cfg)
        down = alert_row(con, alert)
    assert stats == {"sent": 0, "pending": 1, "failed": 0, "replies": 0, "replies_skipped": 0}
    assert down["status"] == "pending" and down["attempts"] == 1 and "503" in down["last_error"]
    assert slack.posts_received() == 3  # the first try and two in-pass retries, none accepted
    slack.down = False
    with open_writer(cfg.warehouse_path) as con:  # the next pass: a new connection
        assert deliver_pending(con, cfg)["sent"] == 1
        assert deliver_pending(con, cfg)["sent"] == 0
        up = alert_row(con, alert)
    assert up["status"] == "sent" and up["attempts"] == 2 and up["last_error"] is None
    assert len(slack.messages) == 1


def _record_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds slack-sdk's retry handlers wait (they still wait)."""
    from slack_sdk.http_retry import builtin_handlers, handler

    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    for module in (builtin_handlers, handler):
        monkeypatch.setattr(module, "time", types.SimpleNamespace(sleep=sleep))
    return waits


@pytest.mark.parametrize("mode", ["webhook", "bot"])
def test_rate_limit_honours_retry_after_within_the_pass(
    tmp_path: Path, slack: FakeSlack, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = webhook_cfg(tmp_path, slack) if mode == "webhook" else bot_cfg(tmp_path, slack)
    slack.fail_next(fake.rate_limited(1), fake.server_error())
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        waits = _record_waits(monkeypatch)
        stats = deliver_pending(con, cfg)
        row = alert_row(con, alert)
    assert len(waits) == 2 and waits[0] >= 1.0  # waited as Slack asked (slack-sdk adds up to 1 s of jitter)
    assert stats["sent"] == 1 and row["status"] == "sent" and row["attempts"] == 1
    assert slack.posts_received() == 3 and len(slack.messages) == 1


@pytest.mark.parametrize(
    ("settings", "fault", "reason"),
    [
        ({"token": "xoxb-wrong"}, None, "invalid_auth"),
        ({"channel": "C0NOWHERE"}, None, "channel_not_found"),
        ({}, fake.api_error("is_archived"), "is_archived"),
        ({}, fake.server_error(404), "404"),
    ],
)
def test_permanent_errors_fail_with_the_reason(tmp_path, slack, settings, fault, reason) -> None:
    cfg = bot_cfg(tmp_path, slack, **settings)
    if fault:
        slack.fail_next(fault)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        stats = deliver_pending(con, cfg)
        row = alert_row(con, alert)
        assert deliver_pending(con, cfg)["failed"] == 0  # not retried
    assert stats["failed"] == 1 and row["status"] == "failed" and reason in row["last_error"]
    assert slack.messages == [] and row["attempts"] == 1


def test_webhook_4xx_is_permanent(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    slack.fail_next(fake.api_error("no_active_hooks"))
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        deliver_pending(con, cfg)
        row = alert_row(con, alert)
    assert row["status"] == "failed" and "404" in row["last_error"] and "no_active_hooks" in row["last_error"]


def test_each_alert_is_committed_on_its_own(tmp_path: Path, slack: FakeSlack) -> None:
    """One refused alert between two good ones: the good ones are sent and recorded."""
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        ids = [add_change(con, n, kind="demand", op="add", new=v) for n, v in enumerate(["neutrality", "x", "y"], 1)]
        slack.fail_next(fake.Fault(), fake.server_error(400))
        stats = deliver_pending(con, cfg)
        statuses = [alert_row(con, i)["status"] for i in ids]
    assert statuses == ["sent", "failed", "sent"] and stats["sent"] == 2
    assert len(slack.messages) == 2


def test_a_pass_killed_before_delivery_delivers_in_the_next_process(tmp_path: Path, slack: FakeSlack) -> None:
    """Changes and pending alerts were committed, then the pass died: a new process sends them once."""
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        add_change(con, 1)
        add_change(con, 2, party="US", kind="format", new="trilateral")
    script = (
        "import sys; from pathlib import Path; from alerts.outbox import deliver_pending;"
        "from summitwatch.config import Config, SlackSettings; from warehouse.db import open_writer;"
        f"cfg = Config(Path({str(cfg.warehouse_path)!r}), Path('.'), (),"
        f" slack=SlackSettings(webhook_url={slack.webhook_url!r}));"
        "con_cm = open_writer(cfg.warehouse_path); con = con_cm.__enter__();"
        "print(deliver_pending(con, cfg)); con_cm.__exit__(None, None, None)"
    )
    for _ in range(2):  # the second process finds nothing to send
        out = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
    assert len(slack.messages) == 2
    with open_writer(cfg.warehouse_path) as con:
        assert con.execute("SELECT count(*) FROM alerts WHERE status = 'sent'").fetchone()[0] == 2


def test_bot_timeout_with_unknown_outcome_is_not_posted_twice(tmp_path: Path, slack: FakeSlack) -> None:
    """Slack accepted the post but answered too late: next pass finds it by metadata instead of re-posting."""
    cfg = bot_cfg(tmp_path, slack)
    slack.fail_next(fake.slow(2.0, accept=True))
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        first = deliver_pending(con, cfg, sink=make_sink(cfg.slack, timeout=0.5))
        pending = alert_row(con, alert)
        second = deliver_pending(con, cfg)
        sent = alert_row(con, alert)
    assert first["pending"] == 1 and pending["status"] == "pending" and pending["attempts"] == 1
    assert "timed out" in pending["last_error"].lower() or "timeout" in pending["last_error"].lower()
    assert second["sent"] == 1 and sent["status"] == "sent" and sent["attempts"] == 1
    assert len(slack.messages) == 1 and sent["message_ts"] == slack.messages[0]["ts"]
    assert slack.messages[0]["metadata"]["event_payload"]["alert_id"] == alert


def test_bot_timeout_before_slack_kept_it_is_posted_next_pass(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = bot_cfg(tmp_path, slack)
    slack.fail_next(fake.slow(2.0, accept=False))
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        deliver_pending(con, cfg, sink=make_sink(cfg.slack, timeout=0.5))
        assert slack.messages == []
        deliver_pending(con, cfg)
        row = alert_row(con, alert)
    assert row["status"] == "sent" and row["attempts"] == 2 and len(slack.messages) == 1


def test_crash_between_post_and_commit_is_not_posted_twice(tmp_path: Path, slack: FakeSlack) -> None:
    """The attempt was recorded and Slack has the message, but the pass died before marking it sent."""
    cfg = bot_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        con.execute("UPDATE alerts SET attempts = 1 WHERE alert_id = ?", [alert])
    assert BotSink(cfg.slack).post(alert, "posted before the crash", []).ok
    with open_writer(cfg.warehouse_path) as con:
        stats = deliver_pending(con, cfg)
        row = alert_row(con, alert)
    assert stats["sent"] == 1 and len(slack.messages) == 1 and row["message_ts"] == slack.messages[0]["ts"]


def test_bot_mode_threads_later_coverage_under_the_alert(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = bot_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        add_coverage(con, 1, 1, outlet="Early <!here> Wire")  # arrived before the alert went out
        first = deliver_pending(con, cfg)
        ts = alert_row(con, alert)["message_ts"]
        add_coverage(con, 1, 2, outlet="Later Daily")
        second = deliver_pending(con, cfg)
        third = deliver_pending(con, cfg)
        statuses = con.execute("SELECT reply_status FROM change_sources ORDER BY article_id").fetchall()
    assert first["sent"] == 1 and first["replies"] == 1 and second["replies"] == 1 and third["replies"] == 0
    assert len(slack.top_level()) == 1
    replies = slack.replies(ts)
    assert [r["channel"] for r in replies] == [fake.CHANNEL, fake.CHANNEL]
    assert "Early &lt;!here&gt; Wire" in replies[0]["text"] and "Later Daily" in replies[1]["text"]
    assert "<https://other.example/2|Rewrite>" in replies[1]["text"]
    assert statuses == [("sent",), ("sent",)]
    assert "2 sources" in slack.top_level()[0]["blocks"][-1]["elements"][1]["text"]


def test_webhook_mode_skips_thread_replies(tmp_path: Path, slack: FakeSlack) -> None:
    cfg = webhook_cfg(tmp_path, slack)
    with open_writer(cfg.warehouse_path) as con:
        add_change(con, 1)
        add_coverage(con, 1, 1)
        stats = deliver_pending(con, cfg)
        status = con.execute("SELECT reply_status FROM change_sources").fetchone()[0]
    assert stats["replies"] == 0 and stats["replies_skipped"] == 1 and status == "skipped"
    assert len(slack.messages) == 1


def test_console_mode_prints_and_keeps_the_alert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _cfg(tmp_path)
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1, party="UA", kind="demand", op="remove", old="referendum", new=None,
                           evidence="Kyiv <no longer> insists & waits")
        add_coverage(con, 1, 1)
        stats = deliver_pending(con, cfg)
        row = alert_row(con, alert)
        reply = con.execute("SELECT reply_status FROM change_sources").fetchone()[0]
    out = capsys.readouterr().out
    assert "Ukraine: demands: − referendum" in out
    assert "Kyiv <no longer> insists & waits" in out and "Dmitry Peskov" in out and "2026-11-20" in out
    assert stats["sent"] == 1 and row["status"] == "sent" and row["sink"] == "console" and reply == "skipped"


def test_lookup_unavailable_means_no_blind_repost(tmp_path: Path, slack: FakeSlack) -> None:
    """After an unknown outcome, if Slack cannot be asked whether it has the message, wait a pass."""
    cfg = bot_cfg(tmp_path, slack)
    slack.fail_next(fake.slow(2.0, accept=True))
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        deliver_pending(con, cfg, sink=make_sink(cfg.slack, timeout=0.5))
        slack.history_fault = fake.server_error(503)
        blocked = deliver_pending(con, cfg)
        row = alert_row(con, alert)
        slack.history_fault = None
        deliver_pending(con, cfg)
        done = alert_row(con, alert)
    assert blocked["pending"] == 1 and row["status"] == "pending" and "look-up failed" in row["last_error"]
    assert done["status"] == "sent" and len(slack.messages) == 1


def test_lookup_without_history_scope_falls_back_to_posting(tmp_path: Path, slack: FakeSlack) -> None:
    """A bot without channels:history cannot look: the alert is re-posted rather than lost."""
    cfg = bot_cfg(tmp_path, slack)
    slack.fail_next(fake.slow(2.0, accept=False))
    slack.history_fault = fake.api_error("missing_scope")
    with open_writer(cfg.warehouse_path) as con:
        alert = add_change(con, 1)
        deliver_pending(con, cfg, sink=make_sink(cfg.slack, timeout=0.5))
        deliver_pending(con, cfg)
        row = alert_row(con, alert)
    assert row["status"] == "sent" and row["attempts"] == 2 and len(slack.messages) == 1
