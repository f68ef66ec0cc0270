"""Readers' copy of the warehouse, so that analysts never block the pipeline.

DuckDB lets one process write a file and then no other process may open it,
not even read-only. So after each pass (and `init`) the writer, having closed
and checkpointed the file, copies it next to itself and atomically renames the
copy into place (`<name>.snapshot.duckdb`). Readers open the snapshot
read-only: a pass can start at any time, and a reader holding the previous
snapshot keeps reading it undisturbed (the rename does not touch open files).
The price: readers see the warehouse as of the last completed pass.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb


def snapshot_path(db_path: Path) -> Path:
    """Where readers find the copy: `warehouse.duckdb` -> `warehouse.snapshot.duckdb`."""
    return db_path.with_name(db_path.stem + ".snapshot" + (db_path.suffix or ".duckdb"))


def publish_snapshot(db_path: Path) -> Path | None:
    """Copy the closed warehouse where readers can open it without blocking the writer.

    The copy is taken while holding a read-only connection: a pass that starts
    meanwhile waits (DuckDB's lock, milliseconds) instead of changing the file
    under the copy. If another writer already holds the file, nothing is
    published: that writer publishes when it finishes.
    """
    if not db_path.is_file():
        return None
    try:
        guard = duckdb.connect(str(db_path), read_only=True)
    except duckdb.IOException:
        return None  # another process is writing; its own publish will follow
    target = snapshot_path(db_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp_wal = tmp.with_name(tmp.name + ".wal")
    wal = db_path.with_name(db_path.name + ".wal")
    try:
        shutil.copyfile(db_path, tmp)
        if wal.is_file():  # a writer died before its checkpoint: fold its log into our private copy
            shutil.copyfile(wal, tmp_wal)
            with duckdb.connect(str(tmp)) as private:
                private.execute("CHECKPOINT")
        os.replace(tmp, target)
    finally:
        guard.close()
        tmp.unlink(missing_ok=True)
        tmp_wal.unlink(missing_ok=True)
    return target
