"""`summitwatch positions --format` and `summitwatch explain`, run as a user runs them: real processes, real files.

The story warehouse is read by the real reader, which keeps improving: those
tests derive what to expect from the warehouse itself. The exact output of
`explain` is pinned on a small warehouse whose rows are written as the
processing stage writes them.
"""

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
from domain.vocabulary import vocabulary
from summitwatch.config import load_config
from tests.support.story import build_story
from tests.support.warehouse_data import Warehouse
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot, snapshot_path

BIN = Path(sys.executable).parent / "summitwatch"
TRACKING = "?utm_source=rss&utm_medium=feed"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    """The story warehouse; every article fetched through a feed link with tracking parameters."""
    wh = build_story(tmp_path_factory.mktemp("reports"))
    with open_writer(wh.path) as con:
        con.execute("UPDATE articles SET url = canonical_url || ? WHERE NOT is_seed", [TRACKING])
        deliver_pending(con, wh.cfg)  # console sink: the alerts are sent
        # What the processing stage records for a change the reader is unsure of: no alerts row.
        low = con.execute("SELECT max_by(change_id, stated_on) FROM position_changes").fetchone()[0]
        con.execute("UPDATE position_changes SET confidence = 0.3 WHERE change_id = ?", [low])
        con.execute("DELETE FROM alerts WHERE change_id = ?", [low])
    publish_snapshot(wh.path)
    return wh


def rows(wh: Warehouse, sql: str, *params: object) -> list[dict]:
    with duckdb.connect(str(snapshot_path(wh.path)), read_only=True) as con:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def summitwatch(wh: Warehouse, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_"))}
    return subprocess.run([str(BIN), "--db", str(wh.path), *args], env=env, capture_output=True, text=True,
                          timeout=120)


POSITIONS = """
SELECT p.party, p.kind, p.value, p.since::VARCHAR AS since, ar.canonical_url, ar.is_seed
FROM positions p JOIN articles ar USING (article_id)
"""


def test_positions_json_has_ids_words_dates_and_canonical_links(wh: Warehouse) -> None:
    vocab = vocabulary()
    out = summitwatch(wh, "positions", "--format", "json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert list(got[0]) == ["party", "party_name", "kind", "kind_label", "value", "value_words", "since",
                            "last_stated_on", "speaker", "outlet", "title", "url", "is_seed"]
    expected = rows(wh, POSITIONS)
    assert len(got) == len(expected) and any(not r["is_seed"] for r in expected)
    for want in expected:
        key = (want["party"], want["kind"], want["value"])
        row = next(r for r in got if (r["party"], r["kind"], r["value"]) == key)
        assert row["party_name"] == vocab.party(want["party"]).name
        assert row["kind_label"] == vocab.kind(want["kind"]).label
        assert row["value_words"] == vocab.full(want["kind"], want["value"])
        assert row["since"] == want["since"] and row["is_seed"] == want["is_seed"]
        assert row["url"] == (None if want["is_seed"] else want["canonical_url"])
    assert "utm_" not in out.stdout
    order = [vocab.party_ids.index(r["party"]) for r in got]
    assert order == sorted(order), "parties in the vocabulary's order"


def test_positions_csv_is_the_same_rows(wh: Warehouse) -> None:
    as_json = json.loads(summitwatch(wh, "positions", "--format", "json").stdout)
    out = summitwatch(wh, "positions", "--format", "csv")
    assert out.returncode == 0, out.stderr
    got = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["party"], r["kind"], r["value"], r["value_words"], r["url"]) for r in got] == [
        (r["party"], r["kind"], r["value"], r["value_words"], r["url"] or "") for r in as_json
    ]


def test_positions_table_is_the_default_in_words_with_canonical_links(wh: Warehouse) -> None:
    out = summitwatch(wh, "positions")
    assert out.returncode == 0, out.stderr
    assert out.stdout == summitwatch(wh, "positions", "--format", "table").stdout
    for want in rows(wh, POSITIONS):
        words = vocabulary().full(want["kind"], want["value"])
        assert f"- {words} [{want['value']}], since {want['since']}" in out.stdout
        if not want["is_seed"]:
            assert f", {want['canonical_url']}\n" in out.stdout
    assert "utm_" not in out.stdout


def test_positions_unknown_format_is_a_usage_error(wh: Warehouse) -> None:
    out = summitwatch(wh, "positions", "--format", "xml")
    assert out.returncode == 2 and out.stdout == ""
    assert "invalid choice: 'xml'" in out.stderr


CHANGES = """
SELECT h.change_id, h.party, h.kind, h.op, h.old_value, h.new_value, h.stated_on, h.speaker, h.evidence, h.sentence,
       h.rule, coalesce(c.confidence, h.confidence) AS confidence, h.sources, h.canonical_url, al.status
FROM position_history h JOIN position_changes c USING (change_id) LEFT JOIN alerts al USING (change_id)
ORDER BY h.stated_on, h.change_id
"""


def test_explain_a_change_of_the_story(wh: Warehouse) -> None:
    """Every fact explain prints is the warehouse's, in words."""
    vocab = vocabulary()
    change = next(c for c in rows(wh, CHANGES) if c["op"] == "set" and c["old_value"] and c["status"] == "sent")
    out = summitwatch(wh, "explain", change["change_id"])
    assert out.returncode == 0, out.stderr
    text, kind = out.stdout, change["kind"]
    assert text.splitlines()[0] == (
        f"change {change['change_id']}: {vocab.party(change['party']).name} · {vocab.kind(kind).short}:"
        f" {vocab.full(kind, change['old_value'])} → {vocab.full(kind, change['new_value'])}"
    )
    assert f"said by:   {change['speaker']}, on {change['stated_on']}" in text
    assert f"evidence:  “{' '.join(change['evidence'].split())}”" in text
    sentence = text.split("sentence:  ")[1].splitlines()[0]
    assert sentence.replace("**", "") == f"“{' '.join(change['sentence'].split())}”" and sentence.count("**") == 2
    assert f"(rule {change['rule']}, confidence {change['confidence']:.2f})" in text
    assert f"before:    {vocab.full(kind, change['old_value'])}, since " in text
    assert f"last said: {vocab.full(kind, change['old_value'])}, by " in text, "who last held the old side"
    assert "alerted:   yes: sent " in text and " via console" in text
    assert f"sources:   {change['sources']}" in text
    assert f"     {change['canonical_url']}\n" in text and "utm_" not in text


def test_explain_says_why_a_change_was_not_alerted(wh: Warehouse) -> None:
    low = next(c for c in rows(wh, CHANGES) if c["status"] is None)
    out = summitwatch(wh, "explain", low["change_id"])
    assert out.returncode == 0, out.stderr
    assert "alerted:   no: confidence 0.30 is below reading.min_confidence 0.50 (recorded only)" in out.stdout


def test_explain_a_seed_baseline_assertion(wh: Warehouse) -> None:
    baseline = rows(wh, "SELECT change_id FROM position_history WHERE is_baseline LIMIT 1")[0]["change_id"]
    out = summitwatch(wh, "explain", baseline)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"seed baseline {baseline}: ")
    assert "alerted:   no: part of the seed baseline, which alerts nobody" in out.stdout
    assert "seed corpus (no URL)" in out.stdout


def test_explain_accepts_a_unique_prefix(wh: Warehouse) -> None:
    ids = [r["change_id"] for r in rows(wh, "SELECT change_id FROM position_history")]
    cid = next(i for i in ids if sum(j.startswith(i[:6]) for j in ids) == 1)
    assert summitwatch(wh, "explain", cid[:6]).stdout == summitwatch(wh, "explain", cid).stdout


@pytest.mark.parametrize("given", ["", "zzzz", "AMBIGUOUS"])
def test_explain_unknown_or_ambiguous_id_is_one_line_and_exit_2(wh: Warehouse, given: str) -> None:
    if given == "AMBIGUOUS":
        ids = [r["change_id"] for r in rows(wh, "SELECT change_id FROM position_history")]
        given = next(i[0] for i in ids if sum(j.startswith(i[0]) for j in ids) > 1)
    out = summitwatch(wh, "explain", given)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("summitwatch: "), out.stderr
    expected = {"": "needs a change id", "zzzz": "no change with id 'zzzz'"}.get(given, "is ambiguous")
    assert expected in out.stderr


@pytest.fixture
def dropped(tmp_path: Path) -> Path:
    """A warehouse holding two baseline preconditions of Ukraine, then one dropped, covered by two outlets."""
    db = tmp_path / "w.duckdb"
    with open_writer(db) as con:
        for art, url, outlet, title, seed, day in [
            ("a1", "seed:001", "Seed Outlet", "Zelensky offers talks", True, "2022-04-29"),
            ("a2", "https://wire.example/ceasefire", "Example wire", "Zelensky drops ceasefire demand", False,
             "2026-11-18"),
            ("a3", "https://copy.example/ceasefire", "Copy Daily", "Kyiv drops ceasefire demand", False,
             "2026-11-19"),
        ]:
            con.execute(
                "INSERT INTO articles (article_id, url, canonical_url, title, outlet, is_seed, published_at,"
                " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [art, url + ("" if seed else TRACKING), url, title, outlet, seed, day, day],
            )
        for sid, art, sentence in [("s1", "a1", "Ukraine wants a ceasefire first and no ultimatums."),
                                   ("s2", "a2", "Kyiv no longer insists on a ceasefire before a meeting, he said.")]:
            con.execute("INSERT INTO statements (statement_id, article_id, speaker, party, quote, sentence)"
                        " VALUES (?, ?, 'Volodymyr Zelensky', 'UA', 'q', ?)", [sid, art, sentence])
        for aid, sid, art, value, op, evidence, day, status in [
            ("x1", "s1", "a1", "no_ultimatums", "assert", "no ultimatums", "2022-04-29", "baseline"),
            ("x2", "s1", "a1", "ceasefire", "assert", "a ceasefire first", "2022-04-30", "baseline"),
            ("x3", "s2", "a2", "ceasefire", "withdraw", "no longer insists on a ceasefire", "2026-11-18", "change"),
        ]:
            con.execute(
                "INSERT INTO assertions (assertion_id, statement_id, article_id, party, kind, value, op, evidence,"
                " speaker, stated_on, status, rule, confidence) VALUES"
                " (?, ?, ?, 'UA', 'prerequisite', ?, ?, ?, 'Volodymyr Zelensky', ?, ?, 'prerequisite.drop', 0.9)",
                [aid, sid, art, value, op, evidence, day, status],
            )
        con.execute(
            "INSERT INTO position_changes (change_id, party, kind, op, old_value, new_value, assertion_id, article_id,"
            " stated_on, detected_at, confidence) VALUES ('c0ffee01', 'UA', 'prerequisite', 'remove', 'ceasefire',"
            " NULL, 'x3', 'a2', '2026-11-18', '2026-11-18 15:00', 0.9)"
        )
        con.execute("INSERT INTO change_sources (change_id, article_id, added_at) VALUES ('c0ffee01', 'a3', now())")
        con.execute("INSERT INTO alerts (alert_id, change_id, sink, status, attempts, created_at, last_error)"
                    " VALUES ('al1', 'c0ffee01', 'webhook', 'pending', 2, now(), 'HTTP 503')")
    publish_snapshot(db)
    return db


def test_explain_prints_every_fact_of_a_dropped_condition(dropped: Path) -> None:
    out = summitwatch(Warehouse(dropped, load_config(env={}, db=dropped)), "explain", "c0ff")
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        "change c0ffee01: Ukraine · preconditions: − a ceasefire first\n"
        "said by:   Volodymyr Zelensky, on 2026-11-18 (recorded 2026-11-18 15:00 UTC)\n"
        "sentence:  “Kyiv **no longer insists on a ceasefire** before a meeting, he said.”\n"
        "evidence:  “no longer insists on a ceasefire”\n"
        "read as:   dropped: a ceasefire first (rule prerequisite.drop, confidence 0.90)\n"
        "before:    dialogue without ultimatums, since 2022-04-29; a ceasefire first, since 2022-04-30\n"
        "last said: a ceasefire first, by Volodymyr Zelensky on 2022-04-30 — Seed Outlet: “Zelensky offers talks”"
        " (seed corpus)\n"
        "alerted:   not yet: pending after 2 attempts, last error: HTTP 503\n"
        "sources:   2\n"
        "  1. Example wire, 2026-11-18: “Zelensky drops ceasefire demand” (first report)\n"
        "     https://wire.example/ceasefire\n"
        "  2. Copy Daily, 2026-11-19: “Kyiv drops ceasefire demand” (also reported)\n"
        "     https://copy.example/ceasefire\n"
    )
