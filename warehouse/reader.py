"""Opening the warehouse for reading without ever holding the writer's file (see snapshot.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.db import connect
from warehouse.snapshot import snapshot_path


class NoWarehouse(FileNotFoundError):
    """Nothing to read yet: `summitwatch init` has not run for this path."""


@contextmanager
def open_reader(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the latest snapshot, else (never snapshotted) to the file itself."""
    snap = snapshot_path(db_path)
    if snap.is_file():
        target = snap
    elif db_path.is_file():
        target = db_path
    else:
        raise NoWarehouse(f"no warehouse at {db_path}: run `summitwatch init` first")
    con = connect(target, read_only=True, wait_seconds=10)
    try:
        yield con
    finally:
        con.close()
