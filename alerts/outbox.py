"""Delivering the outbox: every pending alert once, and later coverage as thread replies.

Alert rows are written `pending` in the same transaction as their change
(flows/read.py), so a killed pass never loses one. Delivery is
at-least-once ("never lost") with the duplicate window made as small as Slack allows:
- the attempt is counted and the alert marked in flight (`in_flight_since`)
  and committed *before* the POST, and the result right after it, one alert
  at a time (the connection autocommits); a known outcome clears the mark;
- in-pass retries happen only where the request surely did not arrive
  (connection refused, 429, 5xx): see alerts/slack.py;
- an alert still in flight from an earlier attempt (a timeout, or the pass
  died between Slack's answer and our commit) is first looked up in the
  channel by its metadata (bot mode) and only re-posted if Slack does not have it.
Webhooks cannot be searched: there the in-doubt alert is re-posted once more,
labelled as a possible repeat, so a double is never silent (bot mode is the
exactly-once mode; see docs/alerts.md). Every other failure leaves the alert
pending (or failed, for good), never doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from alerts.changes import load_change
from alerts.render import blocks, fallback_text, reply_text
from alerts.slack import Delivery, Sink, make_sink
from summitwatch.config import Config

POSSIBLE_REPEAT = (
    "Possible repeat: an earlier post of this alert timed out or was cut off, and an incoming webhook cannot tell"
    " whether it arrived."
)


@dataclass(frozen=True)
class Due:
    """A pending alert as the outbox reads it."""

    alert_id: str
    change_id: str
    attempts: int
    created_at: datetime
    in_flight_since: datetime | None


def deliver_pending(
    con: duckdb.DuckDBPyConnection, cfg: Config, sink: Sink | None = None, problems: list[dict] | None = None
) -> dict[str, int]:
    """Send every pending alert (and thread reply); mark each sent, failed, or leave it pending.

    `problems` receives each alert left pending or failed, with the reason, for the pass summary.
    """
    sink = sink or make_sink(cfg.slack)
    problems = problems if problems is not None else []
    stats = {"sent": 0, "pending": 0, "failed": 0, "replies": 0, "replies_skipped": 0}
    for due in _pending(con):
        status, reason, what = _deliver(con, sink, due)
        stats[status] += 1
        if status != "sent":
            problems.append({"alert_id": due.alert_id, "change": what, "status": status,
                             "attempts": due.attempts + 1, "reason": reason})
    replies, skipped = _replies(con, sink)
    stats["replies"], stats["replies_skipped"] = replies, skipped
    return stats


def _pending(con: duckdb.DuckDBPyConnection) -> list[Due]:
    # The changes of one pass share created_at: within it, in the order they were said (alert_id is a hash),
    # so a catch-up pass does not post November's change before June's.
    rows = con.execute(
        "SELECT a.alert_id, a.change_id, a.attempts, a.created_at, a.in_flight_since"
        " FROM alerts a LEFT JOIN position_changes c USING (change_id) WHERE a.status = 'pending'"
        " ORDER BY a.created_at, c.stated_on NULLS LAST, c.detected_at, a.alert_id"
    ).fetchall()
    return [Due(*row) for row in rows]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _deliver(con: duckdb.DuckDBPyConnection, sink: Sink, due: Due) -> tuple[str, str | None, str]:
    """(status, reason, the change in a few words) after one delivery attempt."""
    try:
        view = load_change(con, due.change_id)
    except LookupError as exc:
        return _record(con, due.alert_id, Delivery(False, error=str(exc), permanent=True)), str(exc), "?"
    what = f"{view.party} {view.kind}: {view.old_value or 'none'} -> {view.new_value or 'none'}"
    # Attempted before: Slack may have it (a crash or a lost answer). Found -> sent; could not
    # look -> stays pending, not posted blind; not there -> post again.
    found = sink.find(due.alert_id, since=due.created_at) if due.attempts > 0 else None
    if found is not None:
        return _record(con, due.alert_id, found), found.error, what
    text, body = fallback_text(view), blocks(view)
    if due.in_flight_since is not None and sink.name == "webhook":
        text, body = _labelled(text, body)  # cannot look it up: say so rather than double silently
    # The attempt is on disk before the request leaves: next pass knows to look (or label) before re-posting.
    con.execute(
        "UPDATE alerts SET attempts = attempts + 1, sink = ?, in_flight_since = ? WHERE alert_id = ?",
        [sink.name, _now(), due.alert_id],
    )
    try:
        result = sink.post(due.alert_id, text, body)
    except Exception as exc:  # noqa: BLE001 - one bad alert must not stop the others
        result = Delivery(False, error=f"{type(exc).__name__}: {exc}", unknown=True)
    return _record(con, due.alert_id, result), result.error, what


def _labelled(text: str, body: list[dict]) -> tuple[str, list[dict]]:
    note = {"type": "context", "elements": [{"type": "mrkdwn", "text": f":repeat: _{POSSIBLE_REPEAT}_"}]}
    return f"(Possible repeat) {text}", [note, *body]


def _record(con: duckdb.DuckDBPyConnection, alert_id: str, result: Delivery) -> str:
    if result.ok:
        con.execute(
            "UPDATE alerts SET status = 'sent', sent_at = ?, last_error = NULL, message_ts = ?, channel = ?,"
            " in_flight_since = NULL WHERE alert_id = ?",
            [_now(), result.ts, result.channel, alert_id],
        )
        return "sent"
    status = "failed" if result.permanent else "pending"
    error = (result.error or "unknown error")[:500]
    if result.unknown:  # keep the in-flight mark: Slack may have it
        con.execute("UPDATE alerts SET status = ?, last_error = ? WHERE alert_id = ?", [status, error, alert_id])
    else:
        con.execute(
            "UPDATE alerts SET status = ?, last_error = ?, in_flight_since = NULL WHERE alert_id = ?",
            [status, error, alert_id],
        )
    return status


def _replies(con: duckdb.DuckDBPyConnection, sink: Sink) -> tuple[int, int]:
    """Further coverage: a reply under the original message (bot mode); other sinks skip it.

    Coverage waits while its alert is pending; a failed alert has no thread, so it is skipped.
    """
    rows = con.execute(
        """
        SELECT s.change_id, s.article_id, al.status, al.message_ts, al.channel, ar.outlet, ar.title, ar.canonical_url
        FROM change_sources s
        JOIN alerts al ON al.change_id = s.change_id AND al.status IN ('sent', 'failed')
        LEFT JOIN articles ar ON ar.article_id = s.article_id
        WHERE s.reply_status = 'pending'
        ORDER BY s.added_at, s.article_id
        """
    ).fetchall()
    sent = skipped = 0
    for change_id, article_id, status, ts, channel, outlet, title, url in rows:
        if status != "sent" or not sink.threads or not ts:
            _reply_status(con, change_id, article_id, "skipped")
            skipped += 1
            continue
        try:
            result = sink.reply(ts, channel, reply_text(outlet, title, url))
        except Exception as exc:  # noqa: BLE001
            result = Delivery(False, error=f"{type(exc).__name__}: {exc}")
        if result.ok:
            _reply_status(con, change_id, article_id, "sent")
            sent += 1
        elif result.permanent:
            _reply_status(con, change_id, article_id, "failed")
    return sent, skipped


def _reply_status(con: duckdb.DuckDBPyConnection, change_id: str, article_id: str, status: str) -> None:
    con.execute(
        "UPDATE change_sources SET reply_status = ?, replied_at = ? WHERE change_id = ? AND article_id = ?",
        [status, _now(), change_id, article_id],
    )
