"""Polling the configured feeds into the `entries` queue. STUB: owned by the ingest work."""

from __future__ import annotations

import duckdb

from summitwatch.config import Config


def poll_due_feeds(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Poll every due feed concurrently; record each feed's outcome; queue new entries."""
    raise NotImplementedError
