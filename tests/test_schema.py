"""The warehouse's times carry their zone (UTC), and a warehouse from before that change is converted in place."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from warehouse.db import UTC_COLUMNS, open_writer, schema_sql


def _types(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute(
        "SELECT c.table_name || '.' || c.column_name, c.data_type FROM information_schema.columns c"
        " JOIN information_schema.tables t USING (table_schema, table_name)"
        " WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE' AND c.data_type LIKE 'TIMESTAMP%'"
    ).fetchall()
    return dict(rows)


def test_new_warehouse_stores_summitwatch_event_times_as_timestamptz(tmp_path: Path) -> None:
    with open_writer(tmp_path / "w.duckdb") as con:
        types = _types(con)
    zoned = {f"{t}.{c}" for t, cols in UTC_COLUMNS.items() for c in cols}
    assert {k for k, v in types.items() if v == "TIMESTAMP WITH TIME ZONE"} == zoned
    assert "runs.started_at" in zoned and "alerts.sent_at" in zoned and "feeds.last_polled_at" in zoned


def test_an_older_warehouse_is_converted_once_reading_naive_times_as_utc(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as old:  # as the previous release made it: TIMESTAMP, naive UTC values
        old.execute("SET TimeZone = 'America/New_York'")  # the machine's zone must not matter
        old.execute(schema_sql().replace("TIMESTAMPTZ", "TIMESTAMP"))
        old.execute("INSERT INTO runs (run_id, started_at, status) VALUES ('r1', TIMESTAMP '2026-11-16 15:00:00', 'x')")
        old.execute("INSERT INTO feeds (url, name, last_polled_at) VALUES ('http://f', 'F', '2026-11-16 15:00:05')")
    with open_writer(path) as con:
        assert set(_types(con).values()) == {"TIMESTAMP", "TIMESTAMP WITH TIME ZONE"}
        started = con.execute("SELECT started_at, started_at::VARCHAR FROM runs").fetchall()[0]
        polled = con.execute("SELECT last_polled_at FROM feeds").fetchall()[0][0]
        # A writer's naive UTC datetime lands as the same instant.
        con.execute("UPDATE runs SET finished_at = ? WHERE run_id = 'r1'", [datetime(2026, 11, 16, 15, 1)])
    assert started == (datetime(2026, 11, 16, 15, 0, tzinfo=UTC), "2026-11-16 15:00:00+00")
    assert polled == datetime(2026, 11, 16, 15, 0, 5, tzinfo=UTC)
    with open_writer(path) as again:  # idempotent: nothing shifts on the next open
        assert again.execute("SELECT started_at, finished_at FROM runs").fetchall() == [
            (datetime(2026, 11, 16, 15, 0, tzinfo=UTC), datetime(2026, 11, 16, 15, 1, tzinfo=UTC))
        ]
