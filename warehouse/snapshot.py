"""Readers' copy of the warehouse. STUB: owned by the analysts' work."""

from __future__ import annotations

from pathlib import Path


def publish_snapshot(db_path: Path) -> Path | None:
    """Copy the closed warehouse where readers can open it without blocking the writer."""
    return None
