"""Delivering pending alerts. STUB: owned by the alerts work."""

from __future__ import annotations

import duckdb

from summitwatch.config import Config


def deliver_pending(con: duckdb.DuckDBPyConnection, cfg: Config) -> dict[str, int]:
    """Send every pending alert (and thread reply); mark each sent or leave it pending."""
    raise NotImplementedError
