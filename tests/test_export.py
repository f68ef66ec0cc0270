"""`summitwatch export`: one Parquet file per table and view, readable by pyarrow, and a manifest."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from summitwatch.cli import main
from tests.support.warehouse_data import Warehouse, build_warehouse


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return build_warehouse(tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def exported(wh: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet") / "dump"
    assert main(["--db", str(wh.path), "export", "--to", str(out)]) == 0
    return out


def _relations(wh: Warehouse) -> dict[str, int]:
    with duckdb.connect(str(wh.path), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_every_table_and_view_is_a_parquet_file_with_its_rows(wh: Warehouse, exported: Path) -> None:
    relations = _relations(wh)
    assert {"articles", "position_changes", "positions", "position_history", "feed_health"} <= set(relations)
    assert {p.stem for p in exported.glob("*.parquet")} == set(relations)
    for name, rows in relations.items():
        table = pq.read_table(exported / f"{name}.parquet")
        assert table.num_rows == rows, name
    assert relations["position_history"] > 0 and relations["articles"] == 9


def test_columns_and_values_survive(exported: Path) -> None:
    positions = pq.read_table(exported / "positions.parquet")
    assert positions.column_names == ["party", "kind", "value", "since", "last_stated_on", "article_id"]
    history = pq.read_table(exported / "position_history.parquet").to_pylist()
    changes = {(r["party"], r["kind"], r["new_value"]) for r in history if not r["is_baseline"]}
    assert ("RU", "venue", "istanbul") in changes
    articles = pq.read_table(exported / "articles.parquet").to_pylist()
    assert any(a["duplicate_of"] for a in articles) and all(a["text"] for a in articles)


def test_manifest_lists_each_file(wh: Warehouse, exported: Path) -> None:
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    relations = _relations(wh)
    assert {e["relation"]: e["rows"] for e in manifest["relations"]} == relations
    kinds = {e["relation"]: e["kind"] for e in manifest["relations"]}
    assert kinds["articles"] == "table" and kinds["positions"] == "view"
    assert all((exported / e["file"]).is_file() for e in manifest["relations"])
    assert manifest["source"].endswith("warehouse.snapshot.duckdb") and manifest["source_as_of"]
    assert not list(exported.glob(".*.tmp")), "no temporary files left behind"


def test_export_again_overwrites(wh: Warehouse, exported: Path) -> None:
    assert main(["--db", str(wh.path), "export", "--to", str(exported)]) == 0
    assert pq.read_table(exported / "articles.parquet").num_rows == 9


def test_a_file_for_a_directory_is_bad_usage_and_no_warehouse_leaves_no_directory(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine\n", encoding="utf-8")
    assert main(["--db", str(wh.path), "export", "--to", str(a_file)]) == 2
    assert main(["--db", str(wh.path), "timeline", "--out", str(a_file)]) == 2
    err = capsys.readouterr().err
    assert f"summitwatch: --to {a_file} is a file, not a directory" in err
    assert f"summitwatch: --out {a_file} is a file, not a directory" in err
    assert a_file.read_text(encoding="utf-8") == "mine\n"
    out = tmp_path / "dump"
    assert main(["--db", str(tmp_path / "none.duckdb"), "export", "--to", str(out)]) == 2
    assert "no warehouse at" in capsys.readouterr().err and not out.exists()
