"""Delivering the outbox: every pending alert once, and later coverage as thread replies.

Alert rows are written `pending` in the same transaction as their change
(warehouse/processing.py), so a killed pass never loses one. Delivery is
at-least-once ("never lost") with the duplicate window made as small as Slack allows:
- the attempt is counted and committed *before* the POST, and the result
  right after it, one alert at a time (the connection autocommits);
- in-pass retries happen only where the request surely did not arrive
  (connection refused, 429, 5xx): see alerts/slack.py;
- an alert that was attempted before but never marked sent (a timeout with an
  unknown outcome, or the pass died between Slack's answer and our commit) is
  first looked up in the channel by its metadata (bot mode) and only re-posted
  if Slack does not have it.
Webhooks cannot be searched: there only that unknown-outcome case can repeat
one message; every other failure leaves the alert pending, never doubled.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

from alerts.changes import load_change
from alerts.render import blocks, fallback_text, reply_text
from alerts.slack import Delivery, Sink, make_sink
from summitwatch.config import Config


def deliver_pending(con: duckdb.DuckDBPyConnection, cfg: Config, sink: Sink | None = None) -> dict[str, int]:
    """Send every pending alert (and thread reply); mark each sent, failed, or leave it pending."""
    sink = sink or make_sink(cfg.slack)
    stats = {"sent": 0, "pending": 0, "failed": 0, "replies": 0, "replies_skipped": 0}
    for alert_id, change_id, attempts, created_at in _pending(con):
        stats[_deliver(con, sink, alert_id, change_id, attempts, created_at)] += 1
    replies, skipped = _replies(con, sink)
    stats["replies"], stats["replies_skipped"] = replies, skipped
    return stats


def _pending(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int, datetime]]:
    return con.execute(
        "SELECT alert_id, change_id, attempts, created_at FROM alerts WHERE status = 'pending'"
        " ORDER BY created_at, alert_id"
    ).fetchall()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _deliver(
    con: duckdb.DuckDBPyConnection, sink: Sink, alert_id: str, change_id: str, attempts: int, created: datetime
) -> str:
    try:
        view = load_change(con, change_id)
    except LookupError as exc:
        return _record(con, alert_id, Delivery(False, error=str(exc), permanent=True))
    # Attempted before: Slack may have it (a crash or a lost answer). Found -> sent; could not
    # look -> stays pending, not posted blind; not there -> post again.
    found = sink.find(alert_id, since=created) if attempts > 0 else None
    if found is not None:
        return _record(con, alert_id, found)
    # The attempt is on disk before the request leaves: next pass knows to look before re-posting.
    con.execute("UPDATE alerts SET attempts = attempts + 1, sink = ? WHERE alert_id = ?", [sink.name, alert_id])
    try:
        result = sink.post(alert_id, fallback_text(view), blocks(view))
    except Exception as exc:  # noqa: BLE001 - one bad alert must not stop the others
        result = Delivery(False, error=f"{type(exc).__name__}: {exc}")
    return _record(con, alert_id, result)


def _record(con: duckdb.DuckDBPyConnection, alert_id: str, result: Delivery) -> str:
    if result.ok:
        con.execute(
            "UPDATE alerts SET status = 'sent', sent_at = ?, last_error = NULL, message_ts = ?, channel = ?"
            " WHERE alert_id = ?",
            [_now(), result.ts, result.channel, alert_id],
        )
        return "sent"
    status = "failed" if result.permanent else "pending"
    con.execute(
        "UPDATE alerts SET status = ?, last_error = ? WHERE alert_id = ?",
        [status, (result.error or "unknown error")[:500], alert_id],
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
