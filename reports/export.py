"""`summitwatch export`: every table and view of the warehouse as Parquet, one file per relation.

Read from the readers' snapshot like every analyst command, so an export never
blocks a pass. A `manifest.json` lists each file with its relation, kind and
row count, and the snapshot the export was taken from, so a consumer can check
it read everything.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from summitwatch.config import Config
from warehouse.reader import open_reader, source_of

MANIFEST = "manifest.json"


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_parquet(cfg: Config, to_dir: Path) -> list[Path]:
    """Write `<relation>.parquet` for each table and view plus the manifest; return the paths written."""
    written: list[Path] = []
    entries = []
    with open_reader(cfg.warehouse_path) as con:
        to_dir.mkdir(parents=True, exist_ok=True)  # only once the warehouse opened: no empty directory on an error
        source = source_of(con)
        relations = con.execute(
            "SELECT table_name, table_type FROM information_schema.tables"
            " WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY table_type, table_name"
        ).fetchall()
        for name, table_type in relations:
            path = to_dir / f"{name}.parquet"
            tmp = to_dir / f".{name}.parquet.tmp"
            con.execute(
                f"COPY (SELECT * FROM {_quote_ident(name)}) TO {_sql_string(str(tmp))}"
                " (FORMAT parquet, COMPRESSION zstd)"
            )
            os.replace(tmp, path)  # a crashed export never leaves a half-written file under the real name
            counted = con.execute(f"SELECT count(*) FROM {_quote_ident(name)}").fetchone()
            rows = counted[0] if counted else 0
            kind = "view" if table_type == "VIEW" else "table"
            entries.append({"relation": name, "kind": kind, "file": path.name, "rows": rows})
            written.append(path)
    manifest = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": str(source),
        "source_as_of": datetime.fromtimestamp(source.stat().st_mtime, UTC).isoformat(timespec="seconds"),
        "relations": entries,
    }
    (to_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return [*written, to_dir / MANIFEST]
