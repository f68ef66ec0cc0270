"""`summitwatch sql`: read-only on the readers' snapshot, three formats, one-line errors.

The attacks of the hardening audit (issue 10) are kept here: each must exit 2 with one line, leave every file as
it was, create none and print no byte of a file other than the warehouse.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import duckdb
import pytest

from summitwatch.cli import main
from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse.query import CELL_LIMIT, QueryError, check_read_only
from warehouse.reader import open_reader
from warehouse.snapshot import snapshot_path

SECRET = "SW_TEST_SECRET_4f1c"


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
        "IMPORT DATABASE '/tmp/dump'",
        "COPY FROM DATABASE w TO other",
        "TRUNCATE alerts",
        "MERGE INTO alerts USING alerts AS s ON true WHEN MATCHED THEN DELETE",
        "UPDATE EXTENSIONS",
        "CHECKPOINT",
    ],
)
def test_writes_are_refused(wh: Warehouse, capsys: pytest.CaptureFixture[str], query: str) -> None:
    before = _count(wh.path, "SELECT count(*) FROM articles")
    code, out, err = _sql(wh, capsys, query)
    assert code == 2 and out == ""
    assert err.startswith("summitwatch: the warehouse is read-only:") and err.count("\n") == 1
    assert _count(wh.path, "SELECT count(*) FROM articles") == before


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("INSTALL fts", "INSTALL statements are refused"),  # DuckDB files it as a LOAD
        ("-- a comment\nTRUNCATE alerts", "TRUNCATE statements are refused"),  # a DELETE
        ("USE memory", "USE statements are refused"),  # a SET
        ("IMPORT DATABASE '/tmp/dump'", "IMPORT statements are refused"),  # a PRAGMA
        ("UPDATE EXTENSIONS", "UPDATE statements are refused"),  # a type DuckDB's Python API cannot name
        ("PRAGMA threads = 1", "PRAGMA threads is refused"),  # a SET
        ("WITH x AS (SELECT 1) DELETE FROM alerts", "DELETE statements are refused"),
    ],
)
def test_a_refusal_names_the_statement_as_written(
    wh: Warehouse, capsys: pytest.CaptureFixture[str], query: str, named: str
) -> None:
    code, _, err = _sql(wh, capsys, query)
    assert code == 2 and f"summitwatch: the warehouse is read-only: {named}" in err, err


def test_the_connection_itself_is_read_only(wh: Warehouse) -> None:
    """The second lock: even a statement the parser let through cannot write."""
    with open_reader(wh.path, sandbox=True) as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("CREATE TABLE sneaky (a INTEGER)")


@pytest.fixture
def loot(tmp_path: Path) -> Path:
    """A file with a secret in it, and a directory whose schema.sql would write a file (PRAGMA import_database)."""
    (tmp_path / "secret.csv").write_text(f"token\n{SECRET}\n")
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "schema.sql").write_text(f"COPY (SELECT '{SECRET}') TO '{tmp_path / 'written.csv'}' (FORMAT csv);\n")
    (dump / "load.sql").write_text("")
    return tmp_path


def _digests(*paths: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


ATTACKS = [
    # writing the live warehouse through EXPLAIN ANALYZE (the audit overwrote it with 13 bytes)
    "EXPLAIN ANALYZE COPY (SELECT 'x') TO '{db}' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'x') TO '{snap}' (FORMAT csv)",
    "/* c */ EXPLAIN /* c */ ANALYZE (FORMAT json) COPY (SELECT 'x') TO '{dir}/x.csv'",
    "EXPLAIN ANALYSE INSERT INTO meta VALUES ('k', 'v')",
    "EXPLAIN ANALYZE EXPORT DATABASE '{dir}/export'",
    "EXPLAIN COPY (SELECT 1) TO '{dir}/x.csv'",
    # SQL run from a directory's schema.sql
    "PRAGMA import_database('{dir}/dump')",
    "IMPORT DATABASE '{dir}/dump'",
    # reading files
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_text('{dir}/secret.csv')",
    "SELECT * FROM read_csv('{dir}/secret.csv')",
    "SELECT * FROM read_csv_auto('{dir}/secret.csv')",
    "SELECT * FROM read_blob('{dir}/secret.csv')",
    "SELECT * FROM read_json('{dir}/secret.csv')",
    "SELECT * FROM read_parquet('{dir}/secret.csv')",
    "SELECT * FROM glob('{dir}/*')",
    "SELECT * FROM sniff_csv('{dir}/secret.csv')",
    "SELECT * FROM '{dir}/secret.csv'",
    "SELECT count(*) FROM articles WHERE title IN (SELECT content FROM read_text('{dir}/secret.csv'))",
    "WITH s AS (SELECT * FROM read_csv('{dir}/secret.csv')) SELECT * FROM s",
    "SELECT * FROM read_duckdb('{dir}/other.duckdb')",
    # other databases
    "ATTACH '{dir}/other.duckdb' AS other",
    "ATTACH '{db}' AS live",
    "SELECT * FROM query('ATTACH ''{dir}/other.duckdb'' AS o')",
    "SELECT * FROM (SELECT * FROM '{dir}/other.duckdb')",
    "DETACH snapshot",
    "USE other",
    # settings, to switch the sandbox off again
    "SET enable_external_access = true",
    "SET GLOBAL enable_external_access = true",
    "RESET enable_external_access",
    "SET lock_configuration = false",
    "PRAGMA enable_external_access = true",
    "PRAGMA enable_profiling",
    "PRAGMA profiling_output = '{dir}/profile.json'",
    "CALL enable_logging(storage_path = '{dir}/logs')",
    "SELECT * FROM enable_logging(storage_path = '{dir}/logs')",
    # extensions
    "INSTALL fts",
    "FORCE INSTALL fts",
    "LOAD '{dir}/evil.duckdb_extension'",
    # more than one statement, even of reads
    "SELECT 1; SELECT * FROM read_text('{dir}/secret.csv')",
    "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'v')",
    "CHECKPOINT",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_statement_reaches_the_file_system(
    wh: Warehouse, loot: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    other = loot / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute(f"CREATE TABLE loot AS SELECT '{SECRET}' AS s")
    watched = (wh.path, snapshot_path(wh.path), other, loot / "secret.csv")
    before, files_before = _digests(*watched), sorted(loot.rglob("*"))
    query = attack.format(db=wh.path, snap=snapshot_path(wh.path), dir=loot)

    code, out, err = _sql(wh, capsys, query)

    assert code == 2 and out == "", err
    assert err.startswith("summitwatch: ") and err.count("\n") == 1
    assert SECRET not in err and "PATH=" not in err
    assert _digests(*watched) == before, "no file changed"
    assert sorted(loot.rglob("*")) == files_before, "no file created"
    assert _count(wh.path, "SELECT count(*) FROM articles") > 0


def test_the_sandbox_holds_even_without_the_statement_check(wh: Warehouse, loot: Path) -> None:
    """The first lock on its own: the connection reads no file and cannot be reconfigured."""
    with open_reader(wh.path, sandbox=True) as con:
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"SELECT * FROM read_text('{loot / 'secret.csv'}')")
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"EXPLAIN ANALYZE COPY (SELECT 'x') TO '{loot / 'x.csv'}'")
        with pytest.raises(duckdb.Error, match="(?i)locked"):
            con.execute("SET enable_external_access = true")
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    assert not (loot / "x.csv").exists()


def test_reading_a_file_is_refused_in_one_line_that_says_why(
    wh: Warehouse, loot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _sql(wh, capsys, f"SELECT * FROM read_csv('{loot / 'secret.csv'}')")
    assert code == 2 and out == ""
    assert err.startswith("summitwatch: the warehouse is read-only: only the warehouse can be read")


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("SELEC party FROM positions", "syntax error"),
        ("SELECT nope FROM positions", "nope"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("", "no SQL statement"),
        ("SELECT 1; SELECT 2", "one statement at a time"),
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
                  "FROM positions LIMIT 1", "EXPLAIN ANALYZE SELECT count(*) FROM articles", "SUMMARIZE feeds",
                  "/* x */ EXPLAIN (FORMAT json) SELECT 1", "PRAGMA database_size", "SELECT * FROM duckdb_settings()"):
        code, out, err = _sql(wh, capsys, query)
        assert code == 0, err
        assert out.strip()


def test_no_warehouse_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(tmp_path / "missing.duckdb"), "sql", "SELECT 1"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "run `summitwatch init` first" in err
    assert not (tmp_path / "missing.duckdb").exists(), "a reader never creates the warehouse"
