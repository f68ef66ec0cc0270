"""Russian and Ukrainian coverage read end to end: a loopback feed, a real flow run, the warehouse.

The pass detects each article's language, reads it with that language's lexicon, stores `articles.lang`,
and the conditions it states move the parties' positions and alert like English ones do.
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


def test_russian_and_ukrainian_articles_are_read_stored_and_alerted(
    prefect_harness: None, loopback: LoopbackServer, tmp_path: Path
) -> None:
    from flows.monitor import monitor_pass

    items: list[Item] = []
    for path, name, when in (("/ru/peskov", "e2e/ru_peskov_istanbul.txt", MON),
                             ("/uk/zelensky", "e2e/uk_zelensky_not_moscow.txt", TUE)):
        title, paras = read_text(name)
        loopback.route(path, Reply(body=article_page(title, paras, when, furniture="portal")))
        items.append(Item(path=path, title=title, published=when))
    loopback.route("/feed.xml", lambda _req: Reply(body=rss_feed(loopback.base_url, items),
                                                    content_type="application/rss+xml"))
    cfg = write_config(tmp_path, feeds=[("Loopback wire", loopback.url("/feed.xml"))])

    summary = monitor_pass(config_path=str(cfg))

    assert summary["articles"]["stored"] == 2
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        langs = dict(con.execute("SELECT url, lang FROM articles WHERE NOT is_seed").fetchall())
        read = set(con.execute(
            "SELECT a.party, a.kind, a.value, s.speaker FROM assertions a JOIN statements s USING (statement_id)"
            " JOIN articles r ON r.article_id = a.article_id WHERE NOT r.is_seed").fetchall())
        changes = set(con.execute("SELECT party, kind, new_value FROM position_changes").fetchall())
        alerted = set(con.execute(
            "SELECT c.party, c.kind, c.new_value FROM alerts JOIN position_changes c USING (change_id)").fetchall())
    assert sorted(langs.values()) == ["ru", "uk"]
    assert ("RU", "venue", "istanbul", "Dmitry Peskov") in read  # Песков, in the nominative, speaks for Russia
    assert ("UA", "venue", "not_moscow", "Volodymyr Zelensky") in read  # "в Москві її не буде"
    assert ("UA", "demand", "no_territorial_concessions", "Volodymyr Zelensky") in read
    # against the seed baseline (Moscow for Russia; one-on-one and already not Moscow for Ukraine)
    assert {("RU", "venue", "istanbul"), ("UA", "format", "any")} <= changes
    assert ("UA", "venue", "not_moscow") not in changes  # held since the baseline: reaffirmed, no alert
    assert {("RU", "venue", "istanbul"), ("UA", "format", "any")} <= alerted
