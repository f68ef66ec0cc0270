"""`summitwatch sql`: read-only SQL on the warehouse, as a table, CSV or JSON.

Two locks on writing: DuckDB's parser classifies every statement and only
queries pass (a regex on the text would miss `WITH ... INSERT` or comments),
and the connection itself is read-only on the readers' snapshot.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time
from decimal import Decimal
from uuid import UUID

import duckdb

from summitwatch.config import Config
from summitwatch.errors import UsageError
from warehouse.reader import open_reader, source_of
from warehouse.snapshot import snapshot_path

READ_ONLY_TYPES = frozenset({"SELECT", "EXPLAIN", "PRAGMA"})  # PRAGMA x=y parses as SET: refused
CELL_LIMIT = 60
FORMATS = ("table", "csv", "json")


class QueryError(UsageError):
    """Bad SQL or a write attempt: reported in one line, exit 2."""


def check_read_only(sql: str) -> None:
    """Refuse anything but queries, using DuckDB's own parser (not a regex on the text)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"SQL error: {_first_line(exc)}") from exc
    if not statements:
        raise QueryError("no SQL statement given")
    for st in statements:
        kind = getattr(st.type, "name", str(st.type))
        if kind not in READ_ONLY_TYPES:
            raise QueryError(f"the warehouse is read-only: {kind} statements are refused (only SELECT-like queries)")


def run_sql(cfg: Config, query: str, fmt: str = "table") -> str:
    """Run a query on the readers' snapshot and format the last statement's result."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    check_read_only(query)
    with open_reader(cfg.warehouse_path) as con:
        source = source_of(con)
        try:
            cur = con.execute(query)
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall()
        except duckdb.Error as exc:
            raise QueryError(f"SQL error: {_first_line(exc)}") from exc
    if fmt == "csv":
        return as_csv(columns, rows)
    if fmt == "json":
        return as_json(columns, rows)
    kind = "snapshot" if source == snapshot_path(cfg.warehouse_path) else "live file"
    as_of = datetime.fromtimestamp(source.stat().st_mtime).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    return as_table(columns, rows) + f"-- {kind} {source.name} as of {as_of}\n"


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return " ".join(text.split("\n")[0].split()) if text else type(exc).__name__


def _plain(v: object) -> object:
    """JSON/CSV-friendly scalars: ISO dates, floats for decimals, strings for the rest."""
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, UUID | bytes):
        return str(v)
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    return v


def as_json(columns: list[str], rows: list[tuple]) -> str:
    """A JSON array of objects, complete (no truncation)."""
    records = [{c: _plain(v) for c, v in zip(columns, r, strict=True)} for r in rows]
    return json.dumps(records, default=str, ensure_ascii=False, indent=1) + "\n"


def as_csv(columns: list[str], rows: list[tuple]) -> str:
    """CSV with a header row, complete (no truncation)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows([[_csv_cell(v) for v in r] for r in rows])
    return buf.getvalue()


def _csv_cell(v: object) -> object:
    v = _plain(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v


def as_table(columns: list[str], rows: list[tuple], limit: int = CELL_LIMIT) -> str:
    """Aligned columns for a terminal; long text is cut with an ellipsis (use csv/json for all of it)."""

    def cell(v: object) -> str:
        s = "NULL" if v is None else " ".join(str(_plain(v)).split())
        return s if len(s) <= limit else s[: limit - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(r[i], int | float | Decimal) or r[i] is None for r in rows)
               for i in range(len(columns))]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)] + [line(r) for r in body]
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out) + "\n"
