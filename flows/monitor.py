"""The monitoring pass: one Prefect flow run from feeds to alerts.

Tasks are the pipeline's stages, not single articles: each stage commits its own
work to the warehouse, so a pass that dies half-way leaves the queue and the
outbox consistent and the next pass completes what is left.

Failures show: the summary (printed by `summitwatch run`, stored in `runs.summary`,
shown in the Prefect artifact) names each failed feed, each failed or pending
article and each pending or failed alert with its reason. A pass whose due
alerts all stayed undelivered (Slack down, a bad token) keeps them for the next
pass, records `runs.status = 'undelivered'` and ends in a Failed Prefect state
named `AlertsUndelivered`, for Prefect automations to react to.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.states import Failed, State

from alerts.outbox import deliver_pending
from extractors.base import ArticleText, Statement, StatementExtractor
from extractors.default import default_extractor
from extractors.reader import DEFAULT_ALERT_THRESHOLD
from flows.fetch import fetch_pending_entries, pending_count
from flows.poll import poll_due_feeds
from flows.read import process_pending_articles
from flows.report import idle_poll_warning
from flows.seeds import load_seeds
from flows.signals import signals_kept
from summitwatch.config import Config, load_config
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot

UNDELIVERED = "AlertsUndelivered"  # the Failed state's name when Slack took none of the due alerts
WEBHOOK_WARNING = (
    "alerts go by Slack incoming webhook, which cannot be checked: a post that timed out or was cut off is re-sent"
    " labelled 'Possible repeat'. Bot mode (SLACK_BOT_TOKEN + SLACK_CHANNEL) delivers exactly once."
)


@task(name="poll-feeds", cache_policy=NO_CACHE)
def poll_feeds(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return poll_due_feeds(con, cfg)


@task(name="fetch-articles", cache_policy=NO_CACHE)
def fetch_articles(con: duckdb.DuckDBPyConnection, cfg: Config) -> tuple[dict[str, int], list[dict]]:
    problems: list[dict] = []
    return fetch_pending_entries(con, cfg, problems=problems), problems


def _fetch(con: duckdb.DuckDBPyConnection, cfg: Config) -> tuple[dict[str, int], list[dict]]:
    """The fetch stage: on a Dask cluster (a child flow run) when the pass has enough pages, else here."""
    from flows.dask_extract import fetch_on_dask, uses_dask

    if uses_dask(cfg, pending_count(con, cfg)):
        return fetch_on_dask(con, cfg)
    return fetch_articles(con, cfg)


@task(name="read-statements", cache_policy=NO_CACHE)
def read_statements(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return process_pending_articles(
        con, OnDemandExtractor(cfg.min_confidence), baseline=False, alert_sink=cfg.slack.mode,
        min_confidence=cfg.min_confidence,
    )


class OnDemandExtractor:
    """The default extractor, built on first use: building it (rules, tries) costs ~70 ms, a tenth of an
    idle pass, and most passes have nothing to read. It is built for the pass's alert threshold."""

    name = "on-demand"  # replaced by the real extractor's name once it is built

    def __init__(self, alert_threshold: float = DEFAULT_ALERT_THRESHOLD) -> None:
        self._real: StatementExtractor | None = None
        self._threshold = alert_threshold

    def _get(self) -> StatementExtractor:
        if self._real is None:
            self._real = default_extractor(self._threshold)
            self.name = self._real.name
        return self._real

    def extract(self, article: ArticleText) -> list[Statement]:
        return self._get().extract(article)


@task(name="send-alerts", cache_policy=NO_CACHE)
def send_alerts(con: duckdb.DuckDBPyConnection, cfg: Config) -> tuple[dict[str, int], list[dict]]:
    problems: list[dict] = []
    return deliver_pending(con, cfg, problems=problems), problems


def initialise(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Load the seeds (idempotent): every pass starts from the baseline.

    Skipped when these very seed files were loaded completely before (~0.2 s of an idle pass): the marker is
    written only after `load_seeds` returned, so a pass killed while loading them loads them again.
    """
    mark = _seeds_signature(cfg.seeds_path)
    done = con.execute("SELECT value FROM meta WHERE key = 'seeds_loaded'").fetchall()
    if done and done[0][0] == mark:
        return {}
    stats = load_seeds(con, cfg.seeds_path, default_extractor(cfg.min_confidence))
    con.execute(
        "INSERT INTO meta VALUES ('seeds_loaded', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [mark]
    )
    return stats


def _seeds_signature(path: Path) -> str:
    """Names, sizes and modification times of the seed files: changes when the corpus does."""
    files = sorted(path.glob("*")) if path.is_dir() else []
    parts = [f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files if f.is_file()]
    return hashlib.sha1("|".join([str(path), *parts]).encode("utf-8")).hexdigest()


@flow(name="summitwatch-pass", log_prints=True)
def monitor_pass(config_path: str | None = None, db: str | None = None) -> dict[str, Any] | State:
    """Poll, fetch, deduplicate, read statements, update positions, alert."""
    cfg = load_config(config_path, db=db)
    with signals_kept():  # a stop during a query ends the pass as stopped, not as DuckDB's error
        return final_state(run_pass(cfg))


def final_state(summary: dict[str, Any]) -> dict[str, Any] | State:
    """The summary (Completed), or a Failed state named AlertsUndelivered that carries it."""
    if summary.get("status") != "undelivered":
        return summary
    return Failed(name=UNDELIVERED, message=undelivered_message(summary), data=summary)


def undelivered_message(summary: dict[str, Any]) -> str:
    alerts = (summary.get("problems") or {}).get("alerts") or []
    reason = alerts[0]["reason"] if alerts else "unknown"
    return f"no alert could be delivered ({len(alerts)} kept for the next pass): {reason}"


def run_pass(cfg: Config) -> dict[str, Any]:
    """The body of a pass, for a flow run with an already-loaded config."""
    logger = get_run_logger()
    started = datetime.now(UTC).replace(tzinfo=None)
    t0 = time.monotonic()
    run_id = uuid.uuid4().hex[:16]
    summary: dict[str, Any] = {"run_id": run_id, "started_at": started.isoformat()}
    with open_writer(cfg.warehouse_path) as con:
        con.execute(
            "INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running')",
            [run_id, started],
        )
        initialise(con, cfg)
        if cfg.slack.mode == "webhook":
            summary["warnings"] = [WEBHOOK_WARNING]
            logger.warning(WEBHOOK_WARNING)
        summary["feeds"] = poll_feeds(con, cfg)
        logger.info("feeds: %s", _fmt(summary["feeds"]))
        if idle := idle_poll_warning(len(cfg.feeds), summary["feeds"]):
            logger.warning(idle)
        summary["articles"], article_problems = _fetch(con, cfg)
        logger.info("articles: %s", _fmt(summary["articles"]))
        summary["statements"] = read_statements(con, cfg)
        logger.info("statements: %s", _fmt(summary["statements"]))
        summary["alerts"], alert_problems = send_alerts(con, cfg)
        logger.info("alerts: %s", _fmt(summary["alerts"]))
        summary["problems"] = {
            "feeds": failed_feeds(con, started, [f.url for f in cfg.feeds]), "articles": article_problems,
            "alerts": alert_problems,
        }
        summary["status"] = "undelivered" if _undelivered(summary["alerts"]) else "completed"
        summary["seconds"] = round(time.monotonic() - t0, 2)
        con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), summary["status"], _json(summary), run_id],
        )
    if summary["status"] == "undelivered":
        logger.error("alerts: %s", undelivered_message(summary))
    publish_snapshot(cfg.warehouse_path)
    _publish_artifact(summary)
    return summary


def failed_feeds(con: duckdb.DuckDBPyConnection, since: datetime, configured: list[str]) -> list[dict]:
    """Every configured feed that is failing now, with why, since when and when it is tried again.

    Those polled in this pass come first (`polled`: true); a feed that is backing off was not polled, but it is
    still broken and is named too, so a dead feed does not fall silent after its first failure. A feed removed
    from the configuration keeps its row in `feeds` but is no one's problem any more.
    """
    rows = con.execute(
        "SELECT name, url, last_error, consecutive_failures, failing_since, next_poll_at,"
        " coalesce(last_polled_at >= ?, false) AS polled FROM feeds"
        " WHERE consecutive_failures > 0 AND url IN (SELECT unnest(?::VARCHAR[])) ORDER BY polled DESC, name",
        [since, configured],
    ).fetchall()
    return [
        {"name": n, "url": u, "reason": e, "consecutive_failures": c, "failing_since": _utc(f),
         "next_poll_at": _utc(nxt), "polled": polled}
        for n, u, e, c, f, nxt, polled in rows
    ]


def _utc(when: datetime | None) -> str | None:
    """A TIMESTAMPTZ for the summary (JSON, the artifact, the CLI): `2026-12-04 16:08 UTC`."""
    return None if when is None else f"{when.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _undelivered(alerts: dict[str, int]) -> bool:
    """Alerts were due and not one went out: Slack is down or refuses us."""
    return alerts.get("sent", 0) == 0 and alerts.get("pending", 0) + alerts.get("failed", 0) > 0


def _publish_artifact(summary: dict[str, Any]) -> None:
    try:
        from flows.report import publish_run_artifact
    except ImportError:
        return
    publish_run_artifact(summary)


def _fmt(stats: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in stats.items())


def _json(obj: Any) -> str:
    import json

    return json.dumps(obj, default=str)
