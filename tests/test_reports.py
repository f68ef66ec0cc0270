"""`summitwatch positions --format` and `summitwatch explain`, run as a user runs them: real processes, real files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from alerts.outbox import deliver_pending
from tests.support.warehouse_data import Warehouse, build_warehouse
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot, snapshot_path

BIN = Path(sys.executable).parent / "summitwatch"
FEED_URL = "https://wire.example/world/istanbul?utm_source=rss&utm_medium=feed"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    """The realistic warehouse, with the feed's tracking URL on the Istanbul article (canonical URL stays clean)."""
    wh = build_warehouse(tmp_path_factory.mktemp("reports"), publish=False)
    with open_writer(wh.path) as con:
        con.execute("UPDATE articles SET url = ? WHERE url = 'https://wire.example/world/istanbul'", [FEED_URL])
        deliver_pending(con, wh.cfg)  # console sink: the alerts are sent
        # What the processing stage records for a change the reader is unsure of: no alerts row.
        low = change_id(con, "UA", "format")
        con.execute("UPDATE position_changes SET confidence = 0.3 WHERE change_id = ?", [low])
        con.execute("DELETE FROM alerts WHERE change_id = ?", [low])
    publish_snapshot(wh.path)
    return wh


def change_id(con: duckdb.DuckDBPyConnection, party: str, kind: str, baseline: bool = False) -> str:
    return con.execute(
        "SELECT change_id FROM position_history WHERE party = ? AND kind = ? AND is_baseline = ?"
        " ORDER BY stated_on DESC LIMIT 1",
        [party, kind, baseline],
    ).fetchone()[0]


def ids(wh: Warehouse, party: str, kind: str, baseline: bool = False) -> str:
    with duckdb.connect(str(snapshot_path(wh.path)), read_only=True) as con:
        return change_id(con, party, kind, baseline)


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


def test_explain_a_change_prints_sentence_evidence_rule_before_alert_and_sources(wh: Warehouse) -> None:
    cid = ids(wh, "RU", "venue")
    out = summitwatch(wh, "explain", cid)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"change {cid}: Russia · venue: in Moscow → in Istanbul"
    text = out.stdout
    assert "said by:   the Kremlin, on 2026-11-16" in text
    assert "sentence:  “signals **Istanbul could host** a Putin-Zelensky summit”" in text
    assert "evidence:  “Istanbul could host”" in text
    assert "read as:   in Istanbul (rule venue.host, confidence 1.00)" in text
    assert "before:    in Moscow, since 2025-09-05" in text
    assert "alerted:   yes: sent " in text and " via console" in text
    assert "sources:   2" in text
    first = "Example wire, 2026-11-16: “Kremlin signals Istanbul could host a Putin-Zelensky summit” (first report)"
    assert f"  1. {first}\n     https://wire.example/world/istanbul\n" in text and "utm_" not in text
    assert "  2. Daily Wire Copy, 2026-11-17:" in text
    assert "https://daily-copy.example/syndication/kremlin-istanbul (also" not in text
    assert "     https://daily-copy.example/syndication/kremlin-istanbul\n" in text


def test_explain_says_why_a_change_was_not_alerted(wh: Warehouse) -> None:
    out = summitwatch(wh, "explain", ids(wh, "UA", "format"))
    assert out.returncode == 0, out.stderr
    assert "alerted:   no: confidence 0.30 is below reading.min_confidence 0.50 (recorded only)" in out.stdout
    assert "before:    one-on-one, no intermediaries, since 2022-04-29" in out.stdout


def test_explain_a_removal_lists_what_was_held_before(wh: Warehouse) -> None:
    out = summitwatch(wh, "explain", ids(wh, "UA", "prerequisite"))
    assert out.returncode == 0, out.stderr
    assert "Ukraine · preconditions: − a ceasefire first" in out.stdout
    assert "read as:   a ceasefire first (dropped) (rule withdraw, confidence 1.00)" in out.stdout
    assert "a ceasefire first, since 2025-09-05" in out.stdout.split("before:")[1].splitlines()[0]


def test_explain_a_seed_baseline_assertion(wh: Warehouse) -> None:
    out = summitwatch(wh, "explain", ids(wh, "RU", "venue", baseline=True))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("seed baseline ")
    assert "alerted:   no: part of the seed baseline, which alerts nobody" in out.stdout
    assert "seed corpus (no URL)" in out.stdout


def test_explain_accepts_a_unique_prefix(wh: Warehouse) -> None:
    cid = ids(wh, "RU", "venue")
    assert summitwatch(wh, "explain", cid[:6]).stdout == summitwatch(wh, "explain", cid).stdout


@pytest.mark.parametrize("given", ["", "zzzz", "AMBIGUOUS"])
def test_explain_unknown_or_ambiguous_id_is_one_line_and_exit_2(wh: Warehouse, given: str) -> None:
    if given == "AMBIGUOUS":
        with duckdb.connect(str(snapshot_path(wh.path)), read_only=True) as con:
            all_ids = [r[0] for r in con.execute("SELECT change_id FROM position_history").fetchall()]
        given = next(i[0] for i in all_ids if sum(j.startswith(i[0]) for j in all_ids) > 1)
    out = summitwatch(wh, "explain", given)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("summitwatch: "), out.stderr
    expected = {"": "needs a change id", "zzzz": "no change with id 'zzzz'"}.get(given, "is ambiguous")
    assert expected in out.stderr
