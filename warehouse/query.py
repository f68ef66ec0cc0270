"""`summitwatch sql`: read-only SQL on the warehouse, as a table, CSV or JSON.

Read-only by construction, not by a list of bad statements: the readers'
snapshot is opened read-only with DuckDB's file-system access disabled and its
configuration locked (warehouse/reader.py), so no query can write or read a
file (COPY, EXPORT, ATTACH, read_text/read_csv/glob, INSTALL/LOAD), nor switch
that off again (SET/RESET/PRAGMA fail on a locked configuration). On top of
that, DuckDB's own parser must find exactly one statement of a reading kind:
SELECT-like (SELECT, FROM, WITH, DESCRIBE, SHOW, SUMMARIZE, VALUES), EXPLAIN
of such a statement (EXPLAIN ANALYZE runs what it explains), or a PRAGMA that
only describes the warehouse.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time
from decimal import Decimal
from uuid import UUID

import duckdb

from summitwatch.config import Config
from summitwatch.errors import UsageError
from warehouse.reader import open_reader, source_of
from warehouse.snapshot import snapshot_path

# PRAGMAs that only describe the database; others change settings or run SQL (import_database runs a schema.sql).
READ_PRAGMAS = frozenset(
    {
        "table_info", "show", "show_tables", "show_tables_expanded", "show_databases", "database_list",
        "database_size", "storage_info", "metadata_info", "version", "platform", "functions", "collations",
    }
)
REFUSED = "the warehouse is read-only"
CELL_LIMIT = 60
FORMATS = ("table", "csv", "json")


class QueryError(UsageError):
    """Bad SQL or a write attempt: reported in one line, exit 2."""


def check_read_only(sql: str) -> None:
    """Allow exactly one statement of a reading kind, as DuckDB's own parser classifies it (not a regex)."""
    statements = _parse(sql)
    if not statements:
        raise QueryError("no SQL statement given")
    for st in statements:
        _check_statement(st)
    if len(statements) > 1:
        raise QueryError(f"one statement at a time, not {len(statements)}")


def _parse(sql: str) -> list[duckdb.Statement]:
    try:
        return duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"SQL error: {_first_line(exc)}") from exc


def _kind(st: duckdb.Statement) -> str:
    try:
        return getattr(st.type, "name", str(st.type))
    except ValueError:  # a type DuckDB's Python API has no name for ("UPDATE EXTENSIONS"): not a reading kind
        return "UNKNOWN"


def _as_written(st: duckdb.Statement, kind: str) -> str:
    """The statement named as the user wrote it: INSTALL (DuckDB's LOAD), TRUNCATE (DELETE), USE (SET), IMPORT."""
    toks = _tokens(st.query)
    first = toks[0][1] if toks else ""
    return first if first.isalpha() and first != "WITH" else kind


def _check_statement(st: duckdb.Statement) -> None:
    kind = _kind(st)
    if kind == "SELECT":
        return
    written = _as_written(st, kind)
    if kind == "EXPLAIN":
        inner = _explained_kind(st.query)
        if inner != "SELECT":
            what = f"a {inner}" if inner else "this"
            raise QueryError(f"{REFUSED}: EXPLAIN of {what} statement is refused (only of SELECT-like queries)")
        return
    if written == "PRAGMA":  # not kind: IMPORT DATABASE parses as a PRAGMA, and PRAGMA x = y as a SET
        name = _pragma_name(st.query)
        if kind != "PRAGMA" or name not in READ_PRAGMAS:
            raise QueryError(f"{REFUSED}: PRAGMA {name} is refused (only PRAGMAs that describe the warehouse)")
        return
    raise QueryError(f"{REFUSED}: {written} statements are refused (only SELECT-like queries)")


def _tokens(sql: str) -> list[tuple[int, str]]:
    """(position, first word or character) of each token, comments left out (DuckDB's tokenizer: nested ones too)."""
    out = []
    for pos, kind in duckdb.tokenize(sql):
        if kind == duckdb.token_type.comment:
            continue
        m = re.match(r"\w+|\S", sql[pos:])
        out.append((pos, m.group(0).upper() if m else ""))
    return out


def _explained_kind(sql: str) -> str | None:
    """The kind of the statement inside `EXPLAIN [ANALYZE] [(options)] ...`, or None if it cannot be told.

    Both readings are tried (with and without a leading options group); what DuckDB runs is one of them.
    """
    toks = _tokens(sql)
    i = 1 + (len(toks) > 1 and toks[1][1] in ("ANALYZE", "ANALYSE"))
    if i >= len(toks):
        return None
    starts = [toks[i][0]]
    if toks[i][1] == "(":
        close = next((pos for pos, word in toks[i:] if word == ")"), None)
        if close is not None:
            starts.append(close + 1)
    kinds = []
    for start in starts:
        try:
            inner = duckdb.extract_statements(sql[start:])
        except duckdb.Error:
            continue
        if len(inner) == 1:
            kinds.append(_kind(inner[0]))
    return "SELECT" if "SELECT" in kinds else (kinds[0] if kinds else None)


def _pragma_name(sql: str) -> str:
    toks = _tokens(sql)
    return toks[1][1].lower() if len(toks) > 1 else "?"


def run_sql(cfg: Config, query: str, fmt: str = "table") -> str:
    """Run a query on the readers' snapshot and format the last statement's result."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    check_read_only(query)
    with open_reader(cfg.warehouse_path, sandbox=True) as con:
        source = source_of(con)
        try:
            cur = con.execute(query)
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall()
        except duckdb.PermissionException as exc:
            raise QueryError(f"{REFUSED}: only the warehouse can be read ({_first_line(exc)})") from exc
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
