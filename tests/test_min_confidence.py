"""`reading.min_confidence` on a real warehouse, through a pass's own read stage (`flows.monitor.read_statements`,
the configuration as `summitwatch run` loads it): the threshold a user configures is the one the reader honours.
Lower than the default, the readings between it and the default floor are stored (and alert, being above it);
higher, the warehouse stores what the default stores, and fewer of them alert."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.monitor import read_statements
from summitwatch.cli import main
from summitwatch.config import load_config
from tests.conftest import write_config
from warehouse.articles import NewArticle, store_article
from warehouse.db import open_writer

CONTEXT = "Diplomats discussed a possible meeting between Putin and Zelensky."
ARTICLES = {
    # the Kremlin's own readiness (~0.9), and a place another party reports of Moscow (~0.56: over the default
    # threshold, under 0.7)
    "kremlin": "Moscow is ready to meet, the Kremlin said.\n\n"
               "Witkoff said the Kremlin was ready for a meeting in Istanbul.",
    # a stance and a place for a party that seldom states either (~0.36, ~0.4: under the default floor of 0.45)
    "trump": "Trump said he was ready to host a meeting in Washington.",
}
Row = tuple[str, str, str, float]


def _pass(directory: Path, threshold: float | None) -> tuple[set[Row], set[tuple[str, str, str]], set[Row]]:
    """What one read stage stores at the configured threshold (none: the default): every assertion, the changes
    that alert, and the assertions stored as historical."""
    directory.mkdir()
    extra = "" if threshold is None else f"[reading]\nmin_confidence = {threshold}\n"
    cfg = load_config(write_config(directory, extra=extra), env={})
    with open_writer(cfg.warehouse_path) as con:
        for name, text in ARTICLES.items():
            store_article(con, NewArticle(f"https://example.org/{name}", f"https://example.org/{name}",
                                          f"{CONTEXT}\n\n{text}", title=name, published_at=datetime(2025, 9, 5, 12)))
        read_statements.fn(con, cfg)
    with duckdb.connect(str(cfg.warehouse_path), read_only=True) as con:
        stored = con.execute("SELECT party, kind, value, round(confidence, 3), status FROM assertions").fetchall()
        alerted = con.execute("SELECT party, kind, new_value FROM alerts JOIN position_changes USING (change_id)"
                              ).fetchall()
    return ({r[:4] for r in stored}, set(alerted), {r[:4] for r in stored if r[4] == "historical"})


@pytest.fixture(scope="module")
def default(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[Row], set[tuple[str, str, str]], set[Row]]:
    return _pass(tmp_path_factory.mktemp("default") / "w", None)


def test_the_default_threshold_stores_from_the_floor_and_alerts_from_the_threshold(
        default: tuple[set[Row], set[tuple[str, str, str]], set[Row]]) -> None:
    stored, alerted, _ = default
    assert {r[:3] for r in stored} == {("RU", "stance", "willing"), ("RU", "venue", "istanbul")}
    assert alerted == {("RU", "stance", "willing"), ("RU", "venue", "istanbul")}


def test_a_lower_threshold_stores_and_alerts_what_the_default_drops(
        tmp_path: Path, default: tuple[set[Row], set[tuple[str, str, str]], set[Row]]) -> None:
    """At 0.3 the US place read at 0.4, dropped at the default, is stored and alerts; nothing the default stores
    is lost."""
    stored, alerted, _ = _pass(tmp_path / "w", 0.3)
    assert default[0] < stored
    assert {r for r in stored - default[0] if r[:3] == ("US", "venue", "washington")} == {
        ("US", "venue", "washington", 0.4)}
    assert all(0.3 <= r[3] < 0.45 for r in stored - default[0])
    assert ("US", "venue", "washington") in alerted and default[1] < alerted


def test_a_higher_threshold_stores_what_the_default_stores_and_alerts_less(
        tmp_path: Path, default: tuple[set[Row], set[tuple[str, str, str]], set[Row]]) -> None:
    """At 0.7 every reading the default stores is stored as sure; the place read at 0.56 moves no position (stored
    as historical) and so makes no alert."""
    stored, alerted, historical = _pass(tmp_path / "w", 0.7)
    assert stored == default[0]
    assert alerted == {("RU", "stance", "willing")}
    assert ("RU", "venue", "istanbul", 0.56) in historical


def _seed_baseline(directory: Path, threshold: float | None) -> set[tuple[str, str, str]]:
    """The baseline `summitwatch init` stores from a seed corpus of one article, at the configured threshold."""
    seeds = directory / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "000_trump.txt").write_text(f"{CONTEXT}\n\n{ARTICLES['trump']}\n", encoding="utf-8")
    extra = f'[seeds]\npath = "{seeds}"\n' + ("" if threshold is None else f"[reading]\nmin_confidence = {threshold}\n")
    config = write_config(directory, extra=extra)
    assert main(["--config", str(config), "--quiet", "init"]) == 0
    with duckdb.connect(str(load_config(config, env={}).warehouse_path), read_only=True) as con:
        rows = con.execute("SELECT party, kind, value FROM assertions JOIN articles USING (article_id) "
                           "WHERE articles.is_seed").fetchall()
    return set(rows)


def test_init_reads_the_seeds_at_the_configured_threshold(tmp_path: Path) -> None:
    """The baseline is read as the news after it will be: at 0.3 the seed's US place (read at 0.4) is part of it,
    so a later article saying it again is no change; at the default it is not."""
    assert ("US", "venue", "washington") in _seed_baseline(tmp_path / "low", 0.3)
    assert ("US", "venue", "washington") not in _seed_baseline(tmp_path / "default", None)
