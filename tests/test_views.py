"""The analysts' views: their columns, what they say about a warehouse with real data, the docs' examples."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse.db import open_writer
from warehouse.query import run_sql

DOCS = Path(__file__).resolve().parent.parent / "docs" / "warehouse.md"

COLUMNS = {
    "positions": ["party", "kind", "value", "since", "last_stated_on", "article_id"],
    "position_history": [
        "change_id", "party", "kind", "op", "old_value", "new_value", "stated_on", "detected_at", "is_baseline",
        "speaker", "quote", "evidence", "article_id", "outlet", "title", "url", "sources", "canonical_url", "sentence",
        "rule", "confidence",
    ],
    "statements_by_speaker": [
        "speaker", "party", "statements", "articles", "assertions", "first_stated_on", "last_stated_on",
    ],
    "coverage_by_outlet": [
        "outlet", "articles", "originals", "duplicates", "seeds", "statements", "changes", "first_published",
        "last_published",
    ],
    "coverage_by_day": ["day", "articles", "originals", "duplicates", "outlets", "statements", "changes"],
    "article_duplicates": [
        "original_id", "original_outlet", "original_title", "original_url", "original_published_at", "duplicate_id",
        "duplicate_outlet", "duplicate_url", "duplicate_published_at", "dup_score", "copies",
    ],
    "feed_health": [
        "name", "url", "health", "last_status", "consecutive_failures", "last_polled_at", "next_poll_at",
        "last_error", "failing_since", "entries", "entries_pending", "entries_failed", "articles",
    ],
}


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return build_warehouse(tmp_path_factory.mktemp("views"))


@pytest.fixture(scope="module")
def con(wh: Warehouse) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(wh.path), read_only=True)
    yield connection
    connection.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


@pytest.mark.parametrize("view", sorted(COLUMNS))
def test_view_columns(con: duckdb.DuckDBPyConnection, view: str) -> None:
    cur = con.execute(f"SELECT * FROM {view} LIMIT 0")
    assert [d[0] for d in cur.description] == COLUMNS[view]


def test_positions_is_position_state(con: duckdb.DuckDBPyConnection) -> None:
    assert _rows(con, "SELECT * FROM positions") == _rows(
        con, "SELECT party, kind, value, since, last_stated_on, article_id FROM position_state ORDER BY ALL"
    )
    assert ("RU", "venue", "istanbul") in {r[:3] for r in _rows(con, "SELECT * FROM positions")}


def test_position_history_has_baseline_then_changes_with_sources(con: duckdb.DuckDBPyConnection) -> None:
    changes = _rows(
        con, "SELECT party, kind, op, old_value, new_value, sources FROM position_history WHERE NOT is_baseline"
    )
    assert set(changes) == {
        ("RU", "stance", "set", "skeptical", "willing", 2),  # the syndicated copy is a second source
        ("RU", "venue", "set", "moscow", "istanbul", 2),
        ("UA", "format", "set", "one_on_one", "trilateral", 1),
        ("UA", "prerequisite", "remove", "ceasefire", None, 1),
    }
    assert len(changes) == _rows(con, "SELECT count(*) FROM position_changes")[0][0]
    baseline = _rows(con, "SELECT party, kind, op, old_value, new_value FROM position_history WHERE is_baseline")
    assert len(baseline) == _rows(con, "SELECT count(*) FROM assertions WHERE status = 'baseline'")[0][0]
    assert ("UA", "venue", "set", "jerusalem", "not_moscow") in baseline
    assert ("RU", "stance", "set", "willing", "skeptical") in baseline
    # Every row names who said it and where.
    assert _rows(con, "SELECT count(*) FROM position_history WHERE speaker IS NULL OR outlet IS NULL") == [(0,)]
    ordered = _rows(con, "SELECT stated_on FROM position_history")
    assert ordered == sorted(ordered)


def test_statements_by_speaker_adds_up(con: duckdb.DuckDBPyConnection) -> None:
    total = _rows(con, "SELECT sum(statements), sum(assertions) FROM statements_by_speaker")[0]
    assert total == _rows(con, "SELECT (SELECT count(*) FROM statements), (SELECT count(*) FROM assertions)")[0]
    zelensky = _rows(
        con, "SELECT party, last_stated_on FROM statements_by_speaker WHERE speaker = 'Volodymyr Zelensky'"
    )
    assert zelensky and zelensky[0][0] == "UA" and str(zelensky[0][1]) == "2026-11-18"


def test_coverage_views_add_up(con: duckdb.DuckDBPyConnection) -> None:
    articles, dups, statements = _rows(
        con, "SELECT count(*), count(duplicate_of), (SELECT count(*) FROM statements) FROM articles"
    )[0]
    for view in ("coverage_by_outlet", "coverage_by_day"):
        assert _rows(con, f"SELECT sum(articles), sum(duplicates), sum(statements), sum(changes) FROM {view}") == [
            (articles, dups, statements, 4)
        ]
    copy = _rows(con, "SELECT articles, originals, duplicates FROM coverage_by_outlet WHERE outlet = 'Daily Wire Copy'")
    assert copy == [(1, 0, 1)]
    assert _rows(con, "SELECT articles, duplicates FROM coverage_by_day WHERE day = DATE '2026-11-17'") == [(2, 1)]


def test_article_duplicates_pairs_each_copy_with_its_original(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(con, "SELECT original_outlet, original_url, duplicate_outlet, duplicate_url, copies, dup_score"
                      " FROM article_duplicates")
    assert len(rows) == 1
    original_outlet, original_url, dup_outlet, dup_url, copies, score = rows[0]
    assert (original_outlet, dup_outlet, copies) == ("Example wire", "Daily Wire Copy", 1)
    assert original_url.endswith("/world/istanbul") and dup_url.endswith("/kremlin-istanbul")
    assert score is None or score > 0.5


def test_feed_health(con: duckdb.DuckDBPyConnection) -> None:
    rows = {r[0]: r[1:] for r in _rows(con, "SELECT name, health, consecutive_failures, articles FROM feed_health")}
    assert rows == {"Gone outlet": ("down", 4, 0), "Example wire": ("ok", 0, 3), "Daily Wire Copy": ("ok", 0, 1)}


def test_migrate_recreates_the_views_on_an_existing_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        with open_writer(db) as con:
            views = {r[0] for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW'").fetchall()}
    assert views == set(COLUMNS)


def _doc_examples() -> list[tuple[str, str]]:
    """(sql, the output shown under it) for each ```sql block of docs/warehouse.md."""
    text = DOCS.read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```\s*```text\n(.*?)```", text, flags=re.S)


def test_docs_have_an_example_for_every_view() -> None:
    text = DOCS.read_text(encoding="utf-8")
    examples = _doc_examples()
    assert len(examples) >= len(COLUMNS)
    for view in COLUMNS:
        assert any(re.search(rf"\b{view}\b", sql) for sql, _ in examples), f"no example query for {view}"
    assert "snapshot" in text and "read_only" in text.replace("read-only", "read_only")


@pytest.mark.parametrize("index", range(len(_doc_examples())))
def test_docs_examples_run_as_written(wh: Warehouse, index: int) -> None:
    sql, shown = _doc_examples()[index]
    out = run_sql(wh.cfg, sql, "table")
    assert out.splitlines()[0] == shown.splitlines()[0], "the docs show the query's real columns"
    rows = re.search(r"\((\d+) rows?\)", out)
    assert rows and int(rows.group(1)) > 0


def test_positions_command_in_words_with_dates_and_sources(
    wh: Warehouse, con: duckdb.DuckDBPyConnection, capsys: pytest.CaptureFixture[str]
) -> None:
    from summitwatch.cli import main

    assert main(["--db", str(wh.path), "positions"]) == 0
    out = capsys.readouterr().out
    assert out.index("Russia (RU)") < out.index("Ukraine (UA)") < out.index("United States (US)")
    assert "as of " in out.splitlines()[0]
    assert (
        "- in Istanbul [istanbul], since 2026-11-16\n      the Kremlin; Example wire, https://wire.example/world/istanbul"
    ) in out
    assert "- not in Moscow [not_moscow], since 2025-09-04" in out
    assert "(seed corpus)" in out and "seed:" not in out
    assert "[ceasefire]" not in out, "withdrawn conditions are not current"
    for party, kind, value, since, *_ in _rows(con, "SELECT * FROM positions"):
        assert f"[{value}], since {since}" in out, (party, kind, value)


def test_positions_command_on_an_empty_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from summitwatch.cli import main

    db = tmp_path / "empty.duckdb"
    with open_writer(db):
        pass
    assert main(["--db", str(db), "positions"]) == 0
    assert "No positions yet" in capsys.readouterr().out
