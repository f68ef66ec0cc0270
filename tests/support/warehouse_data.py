"""A warehouse with real data for the analysts' commands, built through the real storage code.

The seed corpus sets the baseline (`load_seeds`), then four later articles go
through `store_article` and `process_pending_articles` exactly as a monitoring
pass stores them: a Kremlin statement naming Istanbul (two changes), a
syndicated copy of it (a duplicate: one more source, no change), a recap of
2022 (historical only) and Kyiv dropping its ceasefire precondition (a
removal). Feeds are recorded as the poller records them. The readers' snapshot
is published last, as `init` and the flow do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from extractors.default import default_extractor
from flows.read import process_pending_articles
from flows.seeds import load_seeds
from summitwatch.config import Config, load_config
from tests.support.news import read_text
from warehouse.articles import NewArticle, store_article
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot

PROJECT = Path(__file__).resolve().parent.parent.parent
SEEDS = PROJECT / "corpus" / "seed"

MON = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
TUE = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
WED = datetime(2026, 11, 18, 18, 0, tzinfo=UTC)

FEEDS = [
    # url, name, last_status, consecutive_failures, last_error
    ("https://wire.example/world.rss", "Example wire", "200", 0, None),
    ("https://daily-copy.example/feed.xml", "Daily Wire Copy", "not_modified", 0, None),
    ("https://gone.example/rss", "Gone outlet", "ConnectError", 4, "connection refused"),
]

ARTICLES = [
    # text file, url, outlet, published, feed
    ("e2e/01_istanbul.txt", "https://wire.example/world/istanbul", "Example wire", MON, FEEDS[0][0]),
    ("e2e/01_istanbul.txt", "https://daily-copy.example/syndication/kremlin-istanbul", "Daily Wire Copy", TUE,
     FEEDS[1][0]),
    ("e2e/02_recap.txt", "https://wire.example/analysis/look-back", "Example wire", TUE, FEEDS[0][0]),
    ("e2e/03_ceasefire_dropped.txt", "https://wire.example/europe/zelensky-ceasefire", "Example wire", WED,
     FEEDS[0][0]),
]


@dataclass(frozen=True)
class Warehouse:
    path: Path
    cfg: Config


def build_warehouse(directory: Path, publish: bool = True) -> Warehouse:
    """Seeds, then the later coverage, then the feeds; returns the config pointing at it."""
    db = directory / "warehouse.duckdb"
    extractor = default_extractor()
    with open_writer(db) as con:
        load_seeds(con, SEEDS, extractor)
        for name, url, outlet, published, feed in ARTICLES:
            title, paras = read_text(name)
            text = "\n\n".join([title, *paras])
            store_article(
                con,
                NewArticle(url=url, canonical_url=url, text=text, title=title, outlet=outlet,
                           published_at=published, feed_url=feed),
                fetched_at=published,
            )
            process_pending_articles(con, extractor, baseline=False, alert_sink="console")
        for url, name, status, failures, error in FEEDS:
            con.execute(
                "INSERT INTO feeds (url, name, last_polled_at, last_status, consecutive_failures, last_error)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [url, name, WED.replace(tzinfo=None), status, failures, error],
            )
    if publish:
        publish_snapshot(db)
    return Warehouse(db, load_config(env={}, db=db))
