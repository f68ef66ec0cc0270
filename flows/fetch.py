"""Fetching queued entries, extracting and storing them. STUB: owned by the ingest work."""

from __future__ import annotations

import duckdb

from summitwatch.config import Config


def fetch_pending_entries(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Fetch, extract, deduplicate and store each pending entry; record failures on the entry."""
    raise NotImplementedError
