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


def snapshot_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".snapshot" + (db_path.suffix or ".duckdb"))


def publish_snapshot(db_path: Path) -> Path | None:
    """Copy the closed warehouse where readers can open it without blocking the writer."""
    if not db_path.is_file():
        return None
    target = snapshot_path(db_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(db_path, tmp)
    os.replace(tmp, target)
    return target
