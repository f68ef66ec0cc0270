"""Half a year of coverage on top of the seed baseline, read by the real reader: the docs' timeline picture.

The articles of tests/support/warehouse_data.py plus seven more from June to
November 2026 (tests/data/story/, written for this purpose), stored and read in
publication order exactly as monitoring passes would. Run
`python -m tests.support.story docs/timeline.png` to redraw the README's picture.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from extractors.default import default_extractor
from flows.read import process_pending_articles
from flows.seeds import load_seeds
from summitwatch.config import load_config
from tests.support.news import read_text
from tests.support.warehouse_data import ARTICLES, SEEDS, Warehouse
from warehouse.articles import NewArticle, store_article
from warehouse.db import open_writer
from warehouse.snapshot import publish_snapshot


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)


STORY = [
    # text file, url, outlet, published
    ("story/01_erdogan_istanbul.txt", "https://wire.example/world/erdogan-istanbul", "Example wire", _at("2026-06-18")),
    ("story/02_zelensky_any_format.txt", "https://kyiv.example/news/any-format", "Kyiv Daily", _at("2026-07-09")),
    ("story/03_trump_trilateral.txt", "https://dc.example/politics/trilateral", "Capitol Report", _at("2026-08-26")),
    ("story/06_vatican_offer.txt", "https://wire.example/europe/vatican-offer", "Example wire", _at("2026-09-13")),
    ("story/04_zelensky_guarantees.txt", "https://kyiv.example/news/guarantees-first", "Kyiv Daily",
     _at("2026-10-06")),
    ("story/05_putin_legitimacy.txt", "https://moscow.example/kremlin/signatory", "Moscow Herald", _at("2026-10-20")),
    ("story/07_zelensky_not_minsk.txt", "https://kyiv.example/news/not-minsk", "Kyiv Daily", _at("2026-11-27")),
]


def build_story(directory: Path) -> Warehouse:
    """Seeds, then every article in publication order, each read as a pass would; the snapshot published."""
    db = directory / "warehouse.duckdb"
    extractor = default_extractor()
    coverage = [(name, url, outlet, published) for name, url, outlet, published, _ in ARTICLES] + STORY
    with open_writer(db) as con:
        load_seeds(con, SEEDS, extractor)
        for name, url, outlet, published in sorted(coverage, key=lambda a: a[3]):
            title, paras = read_text(name)
            article = NewArticle(url=url, canonical_url=url, text="\n\n".join([title, *paras]), title=title,
                                 outlet=outlet, published_at=published)
            store_article(con, article, fetched_at=published)
            process_pending_articles(con, extractor, baseline=False, alert_sink="console")
    publish_snapshot(db)
    return Warehouse(db, load_config(env={}, db=db))


def main(out: Path) -> None:
    """Build the story in a temporary directory and draw its timeline PNG at `out`."""
    from reports.timeline import write_timeline

    with tempfile.TemporaryDirectory() as tmp:
        wh = build_story(Path(tmp))
        png = next(p for p in write_timeline(wh.cfg, Path(tmp) / "out") if p.suffix == ".png")
        shutil.copyfile(png, out)
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "timeline.png"))
