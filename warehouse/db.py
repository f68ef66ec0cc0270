"""Opening the warehouse: one short-lived writer connection per command or flow run.

DuckDB allows one writing process per file; a second process cannot open it at
all while the writer holds it. So writers keep the connection for the length of
one pass and close it, and `open_writer` waits (bounded) for a running pass to
finish instead of failing at once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

SCHEMA_VERSION = "1"
# SummitWatch's own event times, all UTC, as TIMESTAMPTZ: every reader sees the zone (`2026-12-02 04:10:00+00`).
# Warehouses made before this change have them as TIMESTAMP, converted on the next writer's open (naive = UTC).
# Articles' and entries' publication and fetch times stay TIMESTAMP (UTC, no zone): indexes pin the articles
# table's columns, and the read stage compares them with naive times.
UTC_COLUMNS = {
    "feeds": ("last_polled_at", "next_poll_at", "failing_since"),
    "entries": ("discovered_at",),
    "position_changes": ("detected_at",),
    "change_sources": ("added_at", "replied_at"),
    "alerts": ("sent_at", "created_at", "in_flight_since"),
    "runs": ("started_at", "finished_at"),
}


DuckDBConfig = dict[str, str | bool | int | float | list[str]]  # settings `duckdb.connect(config=...)` takes


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse for writing."""


def schema_sql() -> str:
    return resources.files("warehouse").joinpath("schema.sql").read_text(encoding="utf-8")


def connect(
    path: Path, read_only: bool = False, wait_seconds: float = 60.0, config: DuckDBConfig | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds its lock.

    `config` holds DuckDB settings applied at connect time; `lock_configuration` is applied after our own SETs.
    """
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    settings: DuckDBConfig = dict(config or {})
    lock = settings.pop("lock_configuration", False)  # applied last: our own SET below must still work
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=settings)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                if "lock" in str(exc).lower():
                    raise WarehouseBusy(f"warehouse {path} is in use by another process") from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
            continue
        # Naive datetimes the pipeline writes are UTC; TIMESTAMPTZ values display and convert in UTC.
        con.execute("SET TimeZone = 'UTC'")
        if lock:
            con.execute("SET lock_configuration = true")  # from here on no setting can change
        return con


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing; safe to run on every open."""
    from warehouse import views  # local import: views depend on the tables

    con.execute(schema_sql())
    zone_utc_columns(con)
    views.create_views(con)
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [SCHEMA_VERSION],
    )


def zone_utc_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Convert the UTC_COLUMNS still stored as TIMESTAMP (an older warehouse) to TIMESTAMPTZ, reading them as UTC.

    Idempotent: a column already converted is left alone (re-running the ALTER would shift non-UTC sessions).
    """
    rows = con.execute(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c"
        " JOIN information_schema.tables t USING (table_schema, table_name)"
        " WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE' AND c.data_type = 'TIMESTAMP'"
    ).fetchall()
    done = []
    for table, column in rows:
        if column in UTC_COLUMNS.get(table, ()):
            con.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} SET DATA TYPE TIMESTAMPTZ USING {column} AT TIME ZONE 'UTC'"
            )
            done.append(f"{table}.{column}")
    return done


@contextmanager
def open_writer(path: Path, wait_seconds: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated writer connection, closed (and its WAL checkpointed) on exit."""
    con = connect(path, wait_seconds=wait_seconds)
    try:
        migrate(con)
        yield con
        con.execute("CHECKPOINT")
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN/COMMIT, ROLLBACK on any error: a killed pass leaves no half-written step."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")


def first_row(rows: list[tuple]) -> tuple | None:
    """`fetchall()[0]`, not `fetchone()`: DuckDB 2.0 refuses Arrow registration while a result is unfinished."""
    return rows[0] if rows else None
