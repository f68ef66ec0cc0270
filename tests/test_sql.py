"""`summitwatch sql`: read-only on the readers' snapshot, three formats, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from summitwatch.cli import main
from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse.query import CELL_LIMIT, QueryError, check_read_only
from warehouse.reader import open_reader


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return build_warehouse(tmp_path_factory.mktemp("sql"))


def _sql(wh: Warehouse, capsys: pytest.CaptureFixture[str], query: str, *extra: str) -> tuple[int, str, str]:
    code = main(["--db", str(wh.path), "sql", query, *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _count(path: Path, sql: str) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_table_is_aligned_truncates_long_text_and_names_the_snapshot(
    wh: Warehouse, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _sql(wh, capsys, "SELECT party, kind, new_value, quote FROM position_history")
    assert code == 0 and err == ""
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    assert header.split() == ["party", "kind", "new_value", "quote"]
    starts = [header.index(c) for c in ("party", "kind", "new_value", "quote")]
    assert [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")] == starts
    rows = lines[2:-2]
    assert len(rows) == _count(wh.path, "SELECT count(*) FROM position_history")
    assert all(len(r) <= starts[-1] + CELL_LIMIT for r in rows)
    assert any(r.endswith("…") for r in rows), "long quotes are cut in the table"
    assert lines[-2] == f"({len(rows)} rows)"
    assert lines[-1].startswith("-- snapshot warehouse.snapshot.duckdb as of ")


def test_csv_and_json_are_complete(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT change_id, stated_on, sources, quote FROM position_history ORDER BY change_id"
    with duckdb.connect(str(wh.path), read_only=True) as con:
        expected = con.execute(query).fetchall()
    code, out, _ = _sql(wh, capsys, query, "--format", "csv")
    assert code == 0
    records = list(csv.DictReader(io.StringIO(out)))
    assert [r["change_id"] for r in records] == [e[0] for e in expected]
    assert [r["quote"] for r in records] == [e[3] or "" for e in expected]
    assert max(len(r["quote"]) for r in records) > CELL_LIMIT
    code, out, _ = _sql(wh, capsys, query, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [(d["change_id"], d["stated_on"], d["sources"], d["quote"]) for d in data] == [
        (e[0], e[1].isoformat(), e[2], e[3]) for e in expected
    ]


@pytest.mark.parametrize(
    "query",
    [
        "INSERT INTO meta VALUES ('k', 'v')",
        "UPDATE feeds SET name = 'x'",
        "DELETE FROM articles",
        "CREATE TABLE t (a INTEGER)",
        "DROP TABLE articles",
        "ATTACH '/tmp/other.duckdb' AS other",
        "COPY articles TO '/tmp/articles.csv'",
        "INSTALL fts",
        "SET threads = 1",
        "PRAGMA threads = 1",
        "SELECT 1; DROP TABLE articles",
        "WITH x AS (SELECT 1) INSERT INTO meta SELECT 'a', 'b' FROM x",
        "/* SELECT */ DELETE FROM statements",
        "EXPORT DATABASE '/tmp/dump'",
    ],
)
def test_writes_are_refused(wh: Warehouse, capsys: pytest.CaptureFixture[str], query: str) -> None:
    before = _count(wh.path, "SELECT count(*) FROM articles")
    code, out, err = _sql(wh, capsys, query)
    assert code == 2 and out == ""
    assert err.startswith("summitwatch: the warehouse is read-only:") and err.count("\n") == 1
    assert _count(wh.path, "SELECT count(*) FROM articles") == before


def test_the_connection_itself_is_read_only(wh: Warehouse) -> None:
    """The second lock: even a statement the parser let through cannot write."""
    with open_reader(wh.path) as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("CREATE TABLE sneaky (a INTEGER)")


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("SELEC party FROM positions", "syntax error"),
        ("SELECT nope FROM positions", "nope"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("", "no SQL statement"),
    ],
)
def test_bad_sql_is_one_readable_line(
    wh: Warehouse, capsys: pytest.CaptureFixture[str], query: str, fragment: str
) -> None:
    code, out, err = _sql(wh, capsys, query)
    assert code == 2 and out == ""
    assert err.startswith("summitwatch: ") and err.count("\n") == 1
    assert fragment in err
    assert "Traceback" not in err


def test_query_error_is_a_usage_error() -> None:
    from summitwatch.errors import UsageError

    with pytest.raises(UsageError):
        check_read_only("DROP TABLE x")
    assert issubclass(QueryError, UsageError)


def test_query_from_stdin(wh: Warehouse, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("SELECT count(*) AS n FROM positions"))
    code, out, _ = _sql(wh, capsys, "-", "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"n": _count(wh.path, "SELECT count(*) FROM position_state")}]


def test_read_only_queries_that_pass(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    for query in ("DESCRIBE positions", "SHOW TABLES", "PRAGMA table_info('articles')", "EXPLAIN SELECT 1",
                  "FROM positions LIMIT 1"):
        code, out, err = _sql(wh, capsys, query)
        assert code == 0, err
        assert out.strip()


def test_no_warehouse_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(tmp_path / "missing.duckdb"), "sql", "SELECT 1"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "run `summitwatch init` first" in err
    assert not (tmp_path / "missing.duckdb").exists(), "a reader never creates the warehouse"
