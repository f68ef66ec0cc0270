"""Opening the warehouse for reading without ever holding the writer's file (see snapshot.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from summitwatch.errors import UsageError
from warehouse.db import DuckDBConfig, WarehouseBusy, connect
from warehouse.snapshot import snapshot_path

LIVE_WAIT_SECONDS = 5.0  # only when no snapshot exists yet: wait this long for a pass to let go
# For SQL typed by a person: no file but the warehouse is reachable (no read_text/COPY/ATTACH/INSTALL ...), and the
# query cannot turn that back on (SET/RESET/PRAGMA of any setting fails once the configuration is locked).
SANDBOX: DuckDBConfig = {"enable_external_access": False, "lock_configuration": True}


class NoWarehouse(UsageError):
    """Nothing to read yet: `summitwatch init` has not run for this path."""


def reader_target(db_path: Path) -> Path:
    """The file a reader opens: the published snapshot, else (never published) the live file."""
    snap = snapshot_path(db_path)
    if snap.is_file():
        return snap
    if db_path.is_file():
        return db_path
    raise NoWarehouse(f"no warehouse at {db_path}: run `summitwatch init` first")


@contextmanager
def open_reader(db_path: Path, sandbox: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the latest snapshot; the live file only when none was published.

    `sandbox`: also no file-system access and a locked configuration (`summitwatch sql` runs arbitrary queries).
    """
    target = reader_target(db_path)
    try:
        con = connect(target, read_only=True, wait_seconds=LIVE_WAIT_SECONDS, config=SANDBOX if sandbox else None)
    except WarehouseBusy as exc:
        raise WarehouseBusy(
            f"warehouse {db_path} is being written and has no readers' snapshot yet; retry after the pass"
        ) from exc
    try:
        yield con
    finally:
        con.close()


def source_of(con: duckdb.DuckDBPyConnection) -> Path:
    """The file this reader actually opened (snapshot or live), for the "as of" in the output."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    assert row is not None  # the current database is always listed
    return Path(row[0])
