"""Polling feeds over real loopback HTTP into a real warehouse: validators, retries, moves, broken feeds."""

from __future__ import annotations

import types
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import feedparser
import pytest

from flows.poll import poll_due_feeds
from summitwatch.config import Config, load_config
from tests.conftest import write_config
from tests.support.http import InFlight, LoopbackServer, Reply, Request
from tests.support.news import Item, atom_feed, rss_feed
from warehouse.db import open_writer

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
RSS = "application/rss+xml"


def _cfg(tmp_path: Path, feeds: list[tuple[str, str]], **fetch: object) -> Config:
    cfg = load_config(write_config(tmp_path, feeds), env={})
    return replace(cfg, fetch=replace(cfg.fetch, **fetch))


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_writer(tmp_path / "warehouse.duckdb") as c:
        yield c


def _items(n: int, prefix: str = "/news") -> list[Item]:
    return [Item(f"{prefix}/{i}", f"Story {i}", T0 + timedelta(hours=i)) for i in range(n)]


def _feed_row(con: duckdb.DuckDBPyConnection, url: str) -> dict:
    cur = con.execute("SELECT * FROM feeds WHERE url = ?", [url])
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=True))


def _entries(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT entry_url FROM entries").fetchall()}


def test_rss_and_atom_entries_are_queued_once_by_canonical_url(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    rss_items = _items(3, "/rss")
    atom_items = _items(2, "/atom")
    tracked = Item("/rss/0", "Story 0 again", T0, link=loopback.url("/rss/0?utm_source=feed&utm_medium=rss"))
    loopback.route("/rss.xml", Reply(body=rss_feed(loopback.base_url, [*rss_items, tracked]), content_type=RSS))
    atom = atom_feed(loopback.base_url, atom_items)
    loopback.route("/atom.xml", Reply(body=atom, content_type="application/atom+xml"))
    cfg = _cfg(tmp_path, [("RSS", loopback.url("/rss.xml")), ("Atom", loopback.url("/atom.xml"))])

    stats = poll_due_feeds(con, cfg)

    assert stats["polled"] == 2 and stats["failed"] == 0 and stats["new_entries"] == 5
    assert _entries(con) == {loopback.url(i.path) for i in rss_items + atom_items}
    row = con.execute(
        "SELECT feed_url, title, published_at, status FROM entries WHERE entry_url = ?", [loopback.url("/atom/1")]
    ).fetchone()
    assert row == (loopback.url("/atom.xml"), "Story 1", datetime(2026, 11, 16, 10, 0), "pending")
    feed = _feed_row(con, loopback.url("/rss.xml"))
    assert feed["name"] == "RSS" and feed["last_status"] == "200" and feed["consecutive_failures"] == 0


def test_relative_links_are_resolved_against_the_feed_url(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><link>/</link><description>d</description>"
        "<item><title>Rel</title><link>../stories/rel-1</link></item>"
        "<item><title>Abs path</title><link>/stories/abs-2</link></item></channel></rss>"
    )
    loopback.route("/feeds/world/rss.xml", Reply(body=body, content_type=RSS))
    cfg = _cfg(tmp_path, [("Rel", loopback.url("/feeds/world/rss.xml"))])

    assert poll_due_feeds(con, cfg)["new_entries"] == 2
    assert _entries(con) == {loopback.url("/feeds/stories/rel-1"), loopback.url("/stories/abs-2")}


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<rss><channel><item><title>oops", RSS),
        ("<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>", "text/html"),
        ("\x00\x01 garbage \xff not xml at all", "application/octet-stream"),
    ],
    ids=["ill-formed", "html-instead-of-feed", "garbage"],
)
def test_a_broken_feed_is_recorded_and_does_not_stop_the_pass(
    loopback: LoopbackServer, tmp_path: Path, con, body: str, content_type: str
) -> None:
    loopback.route("/bad.xml", Reply(body=body, content_type=content_type))
    loopback.route("/good.xml", Reply(body=rss_feed(loopback.base_url, _items(2)), content_type=RSS))
    cfg = _cfg(tmp_path, [("Bad", loopback.url("/bad.xml")), ("Good", loopback.url("/good.xml"))])

    stats = poll_due_feeds(con, cfg)

    assert stats["failed"] == 1 and stats["polled"] == 1 and stats["new_entries"] == 2
    bad = _feed_row(con, loopback.url("/bad.xml"))
    assert bad["consecutive_failures"] == 1
    assert "feed" in bad["last_error"]
    assert bad["next_poll_at"] is not None  # backs off instead of hammering a broken feed


def test_conditional_get_sends_stored_validators_and_304_skips_parsing(
    loopback: LoopbackServer, tmp_path: Path, con
) -> None:
    etag, modified = '"v1"', "Mon, 16 Nov 2026 09:00:00 GMT"
    body = rss_feed(loopback.base_url, _items(2))

    def handler(req: Request) -> Reply:
        if req.headers.get("if-none-match") == etag:
            return Reply(304, b"", headers={"ETag": etag})
        return Reply(body=body, content_type=RSS, headers={"ETag": etag, "Last-Modified": modified})

    loopback.route("/feed.xml", handler)
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])

    first = poll_due_feeds(con, cfg)
    second = poll_due_feeds(con, cfg)

    assert first["polled"] == 1 and first["new_entries"] == 2
    assert second["not_modified"] == 1 and second["new_entries"] == 0
    hits = loopback.hits("/feed.xml")
    assert "if-none-match" not in hits[0].headers
    assert hits[1].headers["if-none-match"] == etag
    assert hits[1].headers["if-modified-since"] == modified
    feed = _feed_row(con, loopback.url("/feed.xml"))
    assert feed["etag"] == etag and feed["last_modified"] == modified and feed["last_status"] == "not_modified"


def test_an_unchanged_body_without_validators_counts_as_not_modified(
    loopback: LoopbackServer, tmp_path: Path, con
) -> None:
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, _items(2)), content_type=RSS))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])
    poll_due_feeds(con, cfg)
    assert poll_due_feeds(con, cfg)["not_modified"] == 1


def _record_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds flows/http.py asks asyncio to wait between attempts (the waits still happen)."""
    import asyncio

    import flows.http

    waits: list[float] = []

    async def sleep(seconds: float, *args: object) -> object:
        waits.append(seconds)
        return await asyncio.sleep(seconds, *args)

    proxy = types.SimpleNamespace(**{k: getattr(asyncio, k) for k in dir(asyncio) if not k.startswith("__")})
    proxy.sleep = sleep
    monkeypatch.setattr(flows.http, "asyncio", proxy)
    return waits


def test_429_with_retry_after_is_honoured_within_the_pass(
    loopback: LoopbackServer, tmp_path: Path, con, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = rss_feed(loopback.base_url, _items(1))
    answers = iter([Reply(429, b"slow down", headers={"Retry-After": "1"}, content_type="text/plain")])
    loopback.route("/feed.xml", lambda _r: next(answers, Reply(body=body, content_type=RSS)))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])

    waits = _record_waits(monkeypatch)
    stats = poll_due_feeds(con, cfg)

    assert stats["polled"] == 1 and stats["new_entries"] == 1
    assert waits == [1.0], "waited as the server asked, once"
    assert len(loopback.hits("/feed.xml")) == 2


def test_a_long_retry_after_defers_the_feed_to_a_later_pass(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/feed.xml", Reply(503, b"maintenance", headers={"Retry-After": "600"}, content_type="text/plain"))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])

    stats = poll_due_feeds(con, cfg)
    again = poll_due_feeds(con, cfg)

    assert stats["failed"] == 1
    assert again["polled"] + again["failed"] + again["not_modified"] == 0  # not due yet
    assert len(loopback.hits("/feed.xml")) == 1  # more than max_retry_after_seconds: no wait within the pass
    feed = _feed_row(con, loopback.url("/feed.xml"))
    assert feed["last_status"] == "503" and feed["consecutive_failures"] == 1
    now = datetime.now(UTC)  # next_poll_at is TIMESTAMPTZ: an aware UTC datetime
    assert now + timedelta(seconds=500) < feed["next_poll_at"] <= now + timedelta(seconds=601)


def test_500_then_success_is_retried_with_backoff(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    body = rss_feed(loopback.base_url, _items(1))
    answers = iter([Reply(500, b"oops", content_type="text/plain"), Reply(502, b"oops", content_type="text/plain")])
    loopback.route("/feed.xml", lambda _r: next(answers, Reply(body=body, content_type=RSS)))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])

    stats = poll_due_feeds(con, cfg)

    assert stats["polled"] == 1 and stats["new_entries"] == 1
    assert len(loopback.hits("/feed.xml")) == 3
    assert _feed_row(con, loopback.url("/feed.xml"))["consecutive_failures"] == 0


def test_persistent_server_errors_count_consecutive_failures(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/feed.xml", Reply(500, b"down", content_type="text/plain"))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))], max_retries=1)

    assert poll_due_feeds(con, cfg)["failed"] == 1
    con.execute("UPDATE feeds SET next_poll_at = NULL")  # as if the backoff had passed
    assert poll_due_feeds(con, cfg)["failed"] == 1

    feed = _feed_row(con, loopback.url("/feed.xml"))
    assert feed["consecutive_failures"] == 2 and feed["last_status"] == "500" and feed["last_error"] == "HTTP 500"
    assert len(loopback.hits("/feed.xml")) == 4  # one retry per pass


def test_a_slow_feed_times_out_and_is_recorded(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/slow.xml", Reply(body=rss_feed(loopback.base_url, _items(1)), content_type=RSS, delay=1.5))
    cfg = _cfg(tmp_path, [("Slow", loopback.url("/slow.xml"))], timeout_seconds=0.3, max_retries=1)

    stats = poll_due_feeds(con, cfg)

    assert stats["failed"] == 1
    feed = _feed_row(con, loopback.url("/slow.xml"))
    assert "timeout" in feed["last_error"] and feed["consecutive_failures"] == 1


def test_a_permanent_redirect_is_recorded_and_used_next_time(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/old.xml", Reply(301, b"", headers={"Location": "/new.xml"}))
    loopback.route("/new.xml", Reply(body=rss_feed(loopback.base_url, _items(2)), content_type=RSS))
    cfg = _cfg(tmp_path, [("Moved", loopback.url("/old.xml"))])

    assert poll_due_feeds(con, cfg)["new_entries"] == 2
    assert _feed_row(con, loopback.url("/old.xml"))["moved_to"] == loopback.url("/new.xml")
    poll_due_feeds(con, cfg)

    assert len(loopback.hits("/old.xml")) == 1
    assert len(loopback.hits("/new.xml")) == 2


def test_a_temporary_redirect_is_followed_but_not_recorded(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/feed.xml", Reply(302, b"", headers={"Location": "/today.xml"}))
    loopback.route("/today.xml", Reply(body=rss_feed(loopback.base_url, _items(1)), content_type=RSS))
    cfg = _cfg(tmp_path, [("Temp", loopback.url("/feed.xml"))])

    assert poll_due_feeds(con, cfg)["new_entries"] == 1
    assert _feed_row(con, loopback.url("/feed.xml"))["moved_to"] is None


def test_custom_user_agent_is_sent(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, _items(1)), content_type=RSS))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))], user_agent="SummitWatchTest/9 (+mailto:ops@example.org)")
    poll_due_feeds(con, cfg)
    assert loopback.hits("/feed.xml")[0].headers["user-agent"] == "SummitWatchTest/9 (+mailto:ops@example.org)"


def test_per_host_limit_is_respected_while_polling_concurrently(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    slow = InFlight(
        lambda req: Reply(body=rss_feed(loopback.base_url, _items(1, req.path)), content_type=RSS), delay=0.2
    )

    feeds = []
    for i in range(6):
        loopback.route(f"/f{i}.xml", slow)
        feeds.append((f"F{i}", loopback.url(f"/f{i}.xml")))
    cfg = _cfg(tmp_path, feeds, per_host_limit=2, concurrency=16)

    stats = poll_due_feeds(con, cfg)

    assert stats["polled"] == 6
    assert slow.max == 2  # concurrent (2 at once, not one by one) and never more than the limit per host


def test_a_feed_on_a_private_address_is_refused_without_a_connection(tmp_path: Path, con) -> None:
    cfg = _cfg(tmp_path, [("Internal", "http://10.0.0.5/rss.xml")], allow_private_networks=False)

    stats = poll_due_feeds(con, cfg)

    assert stats["failed"] == 1
    assert _feed_row(con, "http://10.0.0.5/rss.xml")["last_error"] == "refused: private address 10.0.0.5"


def test_an_ill_formed_feed_with_usable_entries_is_kept(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    """feedparser's bozo flag alone is not fatal: many real feeds have a stray entity and fine items."""
    body = rss_feed(loopback.base_url, _items(2)).replace("<description>t", "<description>&nbsp;")
    loopback.route("/feed.xml", Reply(body=body, content_type=RSS))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))])

    assert feedparser.parse(body.encode()).bozo
    stats = poll_due_feeds(con, cfg)

    assert stats["polled"] == 1 and stats["new_entries"] == 2


def test_parsing_in_a_worker_process_gives_the_same_queue(
    loopback: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many due feeds are parsed in a worker process (a real one); the queue and feed states are the same."""
    import flows.poll

    feeds = []
    for i in range(6):
        loopback.route(f"/f{i}.xml", Reply(body=rss_feed(loopback.base_url, _items(3, f"/f{i}")), content_type=RSS))
        feeds.append((f"F{i}", loopback.url(f"/f{i}.xml")))
    loopback.route("/html.xml", Reply(body="<html><head><title>Oops</title></head></html>", content_type="text/html"))
    feeds.append(("HTML", loopback.url("/html.xml")))
    results = {}
    for mode, minimum in (("inline", 10**6), ("worker", 1)):
        monkeypatch.setattr(flows.poll, "POOL_MIN_FEEDS", minimum)
        monkeypatch.setattr(flows.poll, "PARSE_CHUNK", 4)
        with open_writer(tmp_path / f"{mode}.duckdb") as c:
            stats = poll_due_feeds(c, _cfg(tmp_path, feeds))
            queue = c.execute("SELECT entry_url, feed_url, title, published_at FROM entries ORDER BY 1").fetchall()
            state = c.execute("SELECT url, last_status, consecutive_failures, last_error, entries_seen FROM feeds"
                              " ORDER BY url").fetchall()
        results[mode] = (stats, queue, state)
    assert results["inline"] == results["worker"]
    stats, queue, state = results["worker"]
    assert stats["polled"] == 6 and stats["failed"] == 1 and len(queue) == 18
    html_error = dict((u, e) for u, _, _, e, _ in state)[loopback.url("/html.xml")]
    what = "an HTML page titled 'Oops' (text/html, 45 bytes)"
    assert html_error == f"not a feed: {loopback.url('/html.xml')} answered {what}"
