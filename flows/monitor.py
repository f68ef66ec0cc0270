"""The monitoring pass: one Prefect flow run from feeds to alerts.

Tasks are the pipeline's stages, not single articles: each stage commits its own
work to the warehouse, so a pass that dies half-way leaves the queue and the
outbox consistent and the next pass completes what is left.
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

from alerts.outbox import deliver_pending
from extractors.base import ArticleText, Statement, StatementExtractor
from extractors.default import default_extractor
from flows.fetch import fetch_pending_entries, pending_count
from flows.poll import poll_due_feeds
from flows.report import idle_poll_warning
from summitwatch.config import Config, load_config
from warehouse.db import open_writer
from warehouse.processing import process_pending_articles
from warehouse.seeds import load_seeds
from warehouse.snapshot import publish_snapshot


@task(name="poll-feeds", cache_policy=NO_CACHE)
def poll_feeds(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return poll_due_feeds(con, cfg)


@task(name="fetch-articles", cache_policy=NO_CACHE)
def fetch_articles(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return fetch_pending_entries(con, cfg)


@task(name="read-statements", cache_policy=NO_CACHE)
def read_statements(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return process_pending_articles(
        con, OnDemandExtractor(), baseline=False, alert_sink=cfg.slack.mode, min_confidence=cfg.min_confidence
    )


class OnDemandExtractor:
    """The default extractor, built on first use: building it (rules, tries) costs ~70 ms, a tenth of an
    idle pass, and most passes have nothing to read."""

    name = "on-demand"  # replaced by the real extractor's name once it is built

    def __init__(self) -> None:
        self._real: StatementExtractor | None = None

    def _get(self) -> StatementExtractor:
        if self._real is None:
            self._real = default_extractor()
            self.name = self._real.name
        return self._real

    def extract(self, article: ArticleText) -> list[Statement]:
        return self._get().extract(article)


@task(name="send-alerts", cache_policy=NO_CACHE)
def send_alerts(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    return deliver_pending(con, cfg)


def _fetch(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """The fetch stage: on a Dask cluster (a child flow run) when the pass has enough pages, else here."""
    from flows.dask_extract import fetch_on_dask, uses_dask

    if uses_dask(cfg, pending_count(con, cfg)):
        return fetch_on_dask(con, cfg)
    return fetch_articles(con, cfg)


def initialise(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Load the seeds (idempotent): every pass starts from the baseline.

    Skipped when these very seed files were loaded completely before (~0.2 s of an idle pass): the marker is
    written only after `load_seeds` returned, so a pass killed while loading them loads them again.
    """
    mark = _seeds_signature(cfg.seeds_path)
    done = con.execute("SELECT value FROM meta WHERE key = 'seeds_loaded'").fetchall()
    if done and done[0][0] == mark:
        return {}
    stats = load_seeds(con, cfg.seeds_path, default_extractor())
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
def monitor_pass(config_path: str | None = None, db: str | None = None) -> dict[str, Any]:
    """Poll, fetch, deduplicate, read statements, update positions, alert."""
    cfg = load_config(config_path, db=db)
    return run_pass(cfg)


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
        summary["feeds"] = poll_feeds(con, cfg)
        logger.info("feeds: %s", _fmt(summary["feeds"]))
        if idle := idle_poll_warning(len(cfg.feeds), summary["feeds"]):
            logger.warning(idle)
        summary["articles"] = _fetch(con, cfg)
        logger.info("articles: %s", _fmt(summary["articles"]))
        summary["statements"] = read_statements(con, cfg)
        logger.info("statements: %s", _fmt(summary["statements"]))
        summary["alerts"] = send_alerts(con, cfg)
        logger.info("alerts: %s", _fmt(summary["alerts"]))
        summary["seconds"] = round(time.monotonic() - t0, 2)
        con.execute(
            "UPDATE runs SET finished_at = ?, status = 'completed', summary = ? WHERE run_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), _json(summary), run_id],
        )
    publish_snapshot(cfg.warehouse_path)
    _publish_artifact(summary)
    return summary


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
