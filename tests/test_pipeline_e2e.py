"""The change rules end to end: articles served by a loopback feed go through real flow runs.

After the seed baseline, a sequence of passes must produce exactly the expected
`position_changes`; a republished copy and a recap of 2022 produce none; a
rerun adds nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed

MON = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
TUE = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
WED = datetime(2026, 11, 18, 18, 0, tzinfo=UTC)


def _serve_article(srv: LoopbackServer, path: str, name: str, published: datetime, furniture: str) -> Item:
    title, paras = read_text(name)
    srv.route(path, Reply(body=article_page(title, paras, published, furniture=furniture)))
    return Item(path=path, title=title, published=published)


def _changes(db: Path) -> set[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT party, kind, op, old_value, new_value FROM position_changes").fetchall()
    return set(rows)


def _count(db: Path, sql: str) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_sequence_of_passes_produces_exactly_the_expected_changes(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path
) -> None:
    from flows.monitor import monitor_pass

    items: list[Item] = []
    loopback.route("/feed.xml", lambda _req: Reply(body=rss_feed(loopback.base_url, items),
                                                    content_type="application/rss+xml"))
    cfg = write_config(tmp_path, feeds=[("Loopback wire", loopback.url("/feed.xml"))])
    db = tmp_path / "warehouse.duckdb"

    # Pass 1: the Kremlin names Istanbul and says Putin is ready: two changes against the seed baseline.
    items.append(_serve_article(loopback, "/world/istanbul", "e2e/01_istanbul.txt", MON, "portal"))
    summary = monitor_pass(config_path=str(cfg))
    assert summary["articles"]["stored"] == 1
    first = {
        ("RU", "venue", "set", "moscow", "istanbul"),
        ("RU", "stance", "set", "skeptical", "willing"),
    }
    assert _changes(db) == first
    assert _count(db, "SELECT count(*) FROM alerts WHERE status = 'sent'") == len(first)

    # Pass 2: the same story republished elsewhere, and a recap of 2022: nothing changes.
    items.append(_serve_article(loopback, "/syndication/kremlin-istanbul", "e2e/01_istanbul.txt", TUE, "syndicated"))
    items.append(_serve_article(loopback, "/analysis/look-back", "e2e/02_recap.txt", TUE, "portal"))
    summary = monitor_pass(config_path=str(cfg))
    assert summary["articles"]["duplicates"] == 1
    assert _changes(db) == first
    assert _count(db, "SELECT count(*) FROM assertions WHERE status = 'historical'") >= 1

    # Pass 3: Kyiv drops the ceasefire precondition and wants Trump at the table.
    items.append(_serve_article(loopback, "/europe/zelensky-ceasefire", "e2e/03_ceasefire_dropped.txt", WED, "plain"))
    monitor_pass(config_path=str(cfg))
    third = {
        ("UA", "prerequisite", "remove", "ceasefire", None),
        ("UA", "format", "set", "one_on_one", "trilateral"),
    }
    assert _changes(db) == first | third

    # A rerun with nothing new adds nothing anywhere.
    before = [_count(db, f"SELECT count(*) FROM {t}") for t in ("articles", "statements", "assertions", "alerts")]
    monitor_pass(config_path=str(cfg))
    after = [_count(db, f"SELECT count(*) FROM {t}") for t in ("articles", "statements", "assertions", "alerts")]
    assert after == before
    assert _changes(db) == first | third
    assert _count(db, "SELECT count(DISTINCT change_id) FROM alerts") == len(first | third)


def test_init_is_idempotent_and_alerts_nobody(tmp_path: Path) -> None:
    from summitwatch.cli import main

    db = tmp_path / "w.duckdb"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "init"]) == 0
    assert _count(db, "SELECT count(*) FROM articles WHERE is_seed") == 5
    assert _count(db, "SELECT count(*) FROM position_changes") == 0
    assert _count(db, "SELECT count(*) FROM alerts") == 0
    assert _count(db, "SELECT count(*) FROM assertions WHERE status = 'baseline'") >= 10
