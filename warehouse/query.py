"""`summitwatch sql`: read-only SQL on the warehouse, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

import duckdb

from summitwatch.cli_errors import UsageError
from summitwatch.config import Config
from warehouse.reader import open_reader

READ_ONLY_TYPES = {"SELECT", "EXPLAIN", "PRAGMA"}
CELL_LIMIT = 60


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
        kind = st.type.name if hasattr(st.type, "name") else str(st.type)
        if kind not in READ_ONLY_TYPES:
            raise QueryError(f"the warehouse is read-only here: {kind} statements are refused (use SELECT)")


def run_sql(cfg: Config, sql: str, fmt: str = "table") -> str:
    check_read_only(sql)
    with open_reader(cfg.warehouse_path) as con:
        try:
            cur = con.execute(sql)
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall()
        except duckdb.Error as exc:
            raise QueryError(f"SQL error: {_first_line(exc)}") from exc
    return {"table": as_table, "csv": as_csv, "json": as_json}[fmt](columns, rows)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _plain(v: object) -> object:
    if isinstance(v, datetime | date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    return v


def as_json(columns: list[str], rows: list[tuple]) -> str:
    return (
        json.dumps(
            [{c: _plain(v) for c, v in zip(columns, r, strict=True)} for r in rows],
            default=str,
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )


def as_csv(columns: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    w.writerows([[_plain(v) for v in r] for r in rows])
    return buf.getvalue()


def as_table(columns: list[str], rows: list[tuple]) -> str:
    def cell(v: object) -> str:
        s = "" if v is None else str(_plain(v)).replace("\n", " ")
        return s if len(s) <= CELL_LIMIT else s[: CELL_LIMIT - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    out = [line, sep] + ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
