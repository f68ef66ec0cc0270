"""`summitwatch positions --format` and `summitwatch explain`, run as a user runs them: real processes, real files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot

BIN = Path(sys.executable).parent / "summitwatch"
FEED_URL = "https://wire.example/world/istanbul?utm_source=rss&utm_medium=feed"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    """The realistic warehouse, with the feed's tracking URL on the Istanbul article (canonical URL stays clean)."""
    wh = build_warehouse(tmp_path_factory.mktemp("reports"), publish=False)
    with open_writer(wh.path) as con:
        con.execute("UPDATE articles SET url = ? WHERE url = 'https://wire.example/world/istanbul'", [FEED_URL])
    publish_snapshot(wh.path)
    return wh


def summitwatch(wh: Warehouse, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_"))}
    return subprocess.run([str(BIN), "--db", str(wh.path), *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_positions_json_has_ids_words_dates_and_canonical_links(wh: Warehouse) -> None:
    out = summitwatch(wh, "positions", "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    venue = next(r for r in rows if (r["party"], r["kind"]) == ("RU", "venue"))
    assert venue == {
        "party": "RU", "party_name": "Russia", "kind": "venue", "kind_label": "Venue", "value": "istanbul",
        "value_words": "in Istanbul", "since": "2026-11-16", "last_stated_on": "2026-11-16", "speaker": "the Kremlin",
        "outlet": "Example wire", "title": venue["title"], "url": "https://wire.example/world/istanbul",
        "is_seed": False,
    }
    seeds = [r for r in rows if r["is_seed"]]
    assert seeds and all(r["url"] is None and r["title"] for r in seeds)
    assert [r["party"] for r in rows] == sorted((r["party"] for r in rows), key=["RU", "UA", "US", "MEDIATOR"].index)


def test_positions_csv_is_the_same_rows(wh: Warehouse) -> None:
    as_json = json.loads(summitwatch(wh, "positions", "--format", "json").stdout)
    out = summitwatch(wh, "positions", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["party"], r["kind"], r["value"], r["value_words"]) for r in rows] == [
        (r["party"], r["kind"], r["value"], r["value_words"]) for r in as_json
    ]


def test_positions_table_is_the_default_and_links_canonical_urls(wh: Warehouse) -> None:
    out = summitwatch(wh, "positions")
    assert out.returncode == 0, out.stderr
    assert out.stdout == summitwatch(wh, "positions", "--format", "table").stdout
    assert "- in Istanbul [istanbul], since 2026-11-16" in out.stdout
    assert "https://wire.example/world/istanbul\n" in out.stdout and "utm_" not in out.stdout


def test_positions_unknown_format_is_a_usage_error(wh: Warehouse) -> None:
    out = summitwatch(wh, "positions", "--format", "xml")
    assert out.returncode == 2 and out.stdout == ""
    assert "invalid choice: 'xml'" in out.stderr
