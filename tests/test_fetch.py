"""Fetching queued entries over real loopback HTTP into a real warehouse; the private-address guard."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.fetch import MAX_ATTEMPTS, fetch_pending_entries
from flows.http import Fetcher
from flows.netguard import Refused, address_kind, check_addresses, check_url
from flows.poll import poll_due_feeds
from summitwatch.config import Config, FetchSettings, load_config
from tests.conftest import write_config
from tests.support.http import InFlight, LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed
from warehouse.db import open_writer

PUBLISHED = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
RSS = "application/rss+xml"


def _cfg(tmp_path: Path, feeds: list[tuple[str, str]] = (), **fetch: object) -> Config:
    cfg = load_config(write_config(tmp_path, list(feeds)), env={})
    return replace(cfg, fetch=replace(cfg.fetch, **fetch))


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_writer(tmp_path / "warehouse.duckdb") as c:
        yield c


def _page(name: str = "e2e/01_istanbul.txt", published: datetime | None = PUBLISHED, **kw: object) -> str:
    title, paras = read_text(name)
    return article_page(title, paras, published, **kw)


def _queue(con: duckdb.DuckDBPyConnection, *urls: str, feed_url: str | None = None) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    for url in urls:
        con.execute(
            "INSERT INTO entries (entry_url, url, feed_url, discovered_at) VALUES (?, ?, ?, ?)",
            [url, url, feed_url, now],
        )


def _entry(con: duckdb.DuckDBPyConnection, url: str) -> tuple:
    return con.execute(
        "SELECT status, attempts, last_error, article_id FROM entries WHERE entry_url = ?", [url]
    ).fetchone()


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return con.execute(sql).fetchone()[0]


def test_feed_to_stored_articles(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    title1, paras1 = read_text("e2e/01_istanbul.txt")
    title3, paras3 = read_text("e2e/03_ceasefire_dropped.txt")
    loopback.route("/a/istanbul", Reply(body=article_page(title1, paras1, PUBLISHED)))
    loopback.route("/a/ceasefire", Reply(body=article_page(title3, paras3, None, furniture="plain", site="")))
    feed_date = datetime(2026, 11, 18, 18, 0, tzinfo=UTC)
    items = [Item("/a/istanbul", title1, PUBLISHED), Item("/a/ceasefire", title3, feed_date)]
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type=RSS))
    cfg = _cfg(tmp_path, [("Loopback wire", loopback.url("/feed.xml"))], user_agent="SummitWatchTest/1")

    assert poll_due_feeds(con, cfg)["new_entries"] == 2
    stats = fetch_pending_entries(con, cfg)

    assert stats["fetched"] == 2 and stats["stored"] == 2 and stats["failed"] == stats["refused"] == 0, (
        stats,
        con.execute("SELECT last_error FROM entries").fetchall(),
    )
    rows = con.execute(
        "SELECT url, canonical_url, title, outlet, published_at, feed_url, text FROM articles ORDER BY url"
    ).fetchall()
    ceasefire, istanbul = rows
    assert istanbul[:6] == (
        loopback.url("/a/istanbul"),
        loopback.url("/a/istanbul"),
        title1,
        "Example News",
        datetime(2026, 11, 16, 15, 0),
        loopback.url("/feed.xml"),
    )
    assert paras1[0][:50] in istanbul[6] and "Related Articles" not in istanbul[6]
    assert ceasefire[4] == datetime(2026, 11, 18, 18, 0)  # no date on the page: the feed's
    assert ceasefire[3] == "Loopback wire"  # no site name on the page: the feed's name
    assert _entry(con, loopback.url("/a/istanbul"))[0] == "stored"
    assert loopback.hits("/a/istanbul")[0].headers["user-agent"] == "SummitWatchTest/1"
    assert fetch_pending_entries(con, cfg)["fetched"] == 0  # nothing left in the queue


def test_tracking_and_amp_urls_store_one_article(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    story = loopback.url("/world/talks")
    loopback.route("/world/talks", Reply(body=_page(canonical=story)))
    loopback.route("/world/talks/amp", Reply(body=_page(furniture="plain", canonical=story)))
    loopback.route("/m/story.php", Reply(body=_page(furniture="syndicated", canonical=story)))
    tracked = Item("/world/talks", "Talks", PUBLISHED, link=story + "?utm_source=rss&utm_medium=feed&fbclid=x")
    amp = Item("/world/talks/amp", "Talks (AMP)", PUBLISHED)
    loopback.route("/a.xml", Reply(body=rss_feed(loopback.base_url, [tracked]), content_type=RSS))
    loopback.route("/b.xml", Reply(body=rss_feed(loopback.base_url, [amp]), content_type=RSS))
    cfg = _cfg(tmp_path, [("A", loopback.url("/a.xml")), ("B", loopback.url("/b.xml"))])

    assert poll_due_feeds(con, cfg)["new_entries"] == 1  # both links have one canonical form
    assert fetch_pending_entries(con, cfg)["stored"] == 1
    # A link no rule recognises, whose page names the same canonical URL: the same article, not a new one.
    _queue(con, loopback.url("/m/story.php?id=7"))
    stats = fetch_pending_entries(con, cfg)

    assert stats["duplicates"] == 1 and stats["stored"] == 0
    assert _count(con, "SELECT count(*) FROM articles") == 1
    assert con.execute("SELECT canonical_url FROM articles").fetchone()[0] == story
    assert _entry(con, loopback.url("/m/story.php?id=7"))[0] == "duplicate"


def test_an_entry_already_stored_as_an_article_is_not_fetched(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/a/1", Reply(body=_page()))
    cfg = _cfg(tmp_path)
    _queue(con, loopback.url("/a/1"))
    fetch_pending_entries(con, cfg)
    con.execute("DELETE FROM entries")
    _queue(con, loopback.url("/a/1"))

    stats = fetch_pending_entries(con, cfg)

    assert stats["fetched"] == 0 and stats["known"] == 1
    assert len(loopback.hits("/a/1")) == 1
    assert _entry(con, loopback.url("/a/1"))[0] == "stored"


def test_a_huge_page_is_refused(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/huge", Reply(body=_page() + "<!--" + "x" * 50_000 + "-->"))
    cfg = _cfg(tmp_path, max_bytes=20_000)
    _queue(con, loopback.url("/huge"))

    assert fetch_pending_entries(con, cfg)["refused"] == 1
    status, attempts, error, _ = _entry(con, loopback.url("/huge"))
    assert status == "refused" and "max_bytes" in error


def test_a_non_html_response_is_refused(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/report.pdf", Reply(body=b"%PDF-1.7 not a page", content_type="application/pdf"))
    cfg = _cfg(tmp_path)
    _queue(con, loopback.url("/report.pdf"))

    assert fetch_pending_entries(con, cfg)["refused"] == 1
    status, _, error, _ = _entry(con, loopback.url("/report.pdf"))
    assert status == "refused" and "application/pdf" in error
    assert _count(con, "SELECT count(*) FROM articles") == 0


def test_entries_on_internal_addresses_are_refused_without_connecting(tmp_path: Path, con) -> None:
    cfg = _cfg(tmp_path, allow_private_networks=False)
    _queue(con, "http://10.0.0.5/admin", "http://169.254.169.254/latest/meta-data/", "http://localhost:9/x")

    stats = fetch_pending_entries(con, cfg)

    assert stats["refused"] == 3
    assert _entry(con, "http://10.0.0.5/admin")[2] == "refused: private address 10.0.0.5"
    assert _entry(con, "http://169.254.169.254/latest/meta-data/")[2] == "refused: link-local address 169.254.169.254"
    assert _entry(con, "http://localhost:9/x")[2].startswith("refused: loopback address")
    assert "localhost resolves to it" in _entry(con, "http://localhost:9/x")[2]


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("::ffff:10.1.2.3", "private"),
        ("fd00::1", "private"),
        ("93.184.215.14", None),
        ("2606:4700::6810:84e5", None),
    ],
)
def test_address_kinds(ip: str, kind: str | None) -> None:
    assert address_kind(ip) == kind


def test_one_internal_address_among_several_is_enough_to_refuse() -> None:
    check_addresses("news.example", ["93.184.215.14"])
    with pytest.raises(Refused, match=r"refused: private address 10\.0\.0\.7 \(news\.example resolves to it\)"):
        check_addresses("news.example", ["93.184.215.14", "10.0.0.7"])


def test_check_url_resolves_hostnames_and_respects_the_setting() -> None:
    with pytest.raises(Refused, match="loopback"):
        asyncio.run(check_url("http://localhost:8080/feed", allow_private=False))
    with pytest.raises(Refused, match="not an http"):
        asyncio.run(check_url("file:///etc/passwd", allow_private=True))
    asyncio.run(check_url("http://localhost:8080/feed", allow_private=True))


def test_every_redirect_hop_is_checked(loopback: LoopbackServer) -> None:
    loopback.route("/go", Reply(302, b"", headers={"Location": "http://10.0.0.5/secret"}))
    loopback.route("/ok", Reply(body=b"<p>fine</p>"))
    netloc = loopback.base_url.split("//")[1]
    settings = FetchSettings(allow_private_networks=False, timeout_seconds=2.0, backoff_seconds=0.01)

    async def run() -> tuple:
        async with Fetcher(settings, exempt=frozenset({netloc})) as fetcher:
            return await fetcher.get(loopback.url("/go")), await fetcher.get(loopback.url("/ok"))

    redirected, ok = asyncio.run(run())
    assert redirected.refused and redirected.error == "refused: private address 10.0.0.5"
    assert ok.ok and ok.body == b"<p>fine</p>"


def test_failures_stay_pending_until_the_attempt_limit(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/down", Reply(500, b"oops", content_type="text/plain"))
    cfg = _cfg(tmp_path, max_retries=0)
    _queue(con, loopback.url("/down"))

    first = fetch_pending_entries(con, cfg)
    assert first["failed"] == 0 and first["retry_later"] == 1
    assert _entry(con, loopback.url("/down"))[:3] == ("pending", 1, "HTTP 500")
    for _ in range(MAX_ATTEMPTS - 1):
        last = fetch_pending_entries(con, cfg)
    assert last["failed"] == 1
    assert _entry(con, loopback.url("/down"))[:2] == ("failed", MAX_ATTEMPTS)
    assert fetch_pending_entries(con, cfg)["fetched"] == 0


def test_a_slow_page_times_out_and_stays_pending(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    loopback.route("/slow", Reply(body=_page(), delay=1.5))
    cfg = _cfg(tmp_path, timeout_seconds=0.3, max_retries=0)
    _queue(con, loopback.url("/slow"))

    fetch_pending_entries(con, cfg)

    status, attempts, error, _ = _entry(con, loopback.url("/slow"))
    assert (status, attempts) == ("pending", 1)
    assert error == "timeout: no data for 0.3 s (fetch.timeout_seconds)"


def test_a_dripping_page_names_the_whole_response_limit(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    """A byte every 10 ms never trips the 1.5 s read timeout; the whole-response limit (3 x) is what fires."""
    loopback.route("/drip", Reply(body=b"<html>" + b" " * 100_000, drip=0.01))
    cfg = _cfg(tmp_path, timeout_seconds=1.5, max_retries=0)
    _queue(con, loopback.url("/drip"))

    fetch_pending_entries(con, cfg)

    status, _, error, _ = _entry(con, loopback.url("/drip"))
    assert status == "pending"
    assert error.startswith("timeout: the whole response took over 4.5 s (3 x fetch.timeout_seconds")


def test_a_killed_pass_resumes_from_the_queue(loopback: LoopbackServer, tmp_path: Path) -> None:
    names = ["e2e/01_istanbul.txt", "e2e/02_recap.txt", "e2e/03_ceasefire_dropped.txt"]
    items = []
    for i, name in enumerate(names):
        loopback.route(f"/a/{i}", Reply(body=_page(name)))
        items.append(Item(f"/a/{i}", f"Story {i}", PUBLISHED))
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, items), content_type=RSS))
    cfg = _cfg(tmp_path, [("F", loopback.url("/feed.xml"))], max_articles_per_pass=2)

    with open_writer(cfg.warehouse_path) as con:  # a pass that polled, then died before fetching
        assert poll_due_feeds(con, cfg)["new_entries"] == 3
    with open_writer(cfg.warehouse_path) as con:  # the next pass: nothing new in the feed, the queue is fetched
        assert poll_due_feeds(con, cfg)["new_entries"] == 0
        assert fetch_pending_entries(con, cfg)["stored"] == 2  # max_articles_per_pass
    with open_writer(cfg.warehouse_path) as con:
        assert fetch_pending_entries(con, cfg)["stored"] == 1
        assert _count(con, "SELECT count(*) FROM entries WHERE status = 'stored'") == 3


def test_per_host_limit_is_respected_while_fetching(loopback: LoopbackServer, tmp_path: Path, con) -> None:
    page = _page()
    slow = InFlight(lambda _req: Reply(body=page), delay=0.15)

    for i in range(6):
        loopback.route(f"/p/{i}", slow)
    _queue(con, *(loopback.url(f"/p/{i}") for i in range(6)))
    cfg = _cfg(tmp_path, per_host_limit=2, concurrency=16)

    stats = fetch_pending_entries(con, cfg)

    assert stats["fetched"] == 6
    assert slow.max == 2


def test_content_encoding_is_undone_within_the_cap() -> None:
    """httpx inflates a whole network chunk at once (64 KB of a bomb is ~64 MB): the inflater never exceeds the cap."""
    import gzip as gz
    import zlib

    from flows.http import Inflater, TooLarge, Undecodable

    text = b"<html>" + b"news " * 2000
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    for encoding, body in [("gzip", gz.compress(text)), ("deflate", zlib.compress(text)),
                           ("deflate", raw_deflate.compress(text) + raw_deflate.flush()), ("identity", text)]:
        inflater = Inflater(encoding, cap=len(text))
        assert b"".join([inflater.feed(body[:100]), inflater.feed(body[100:]), inflater.finish()]) == text

    bomb = gz.compress(b"\0" * 50_000_000)
    inflater = Inflater("gzip", cap=1000)
    with pytest.raises(TooLarge):
        inflater.feed(bomb[:65536])
    assert inflater.size == 1001, "stopped one byte past the cap, not 64 MB past it"
    with pytest.raises(Undecodable, match="bad gzip body"):
        Inflater("gzip", cap=1000).feed(b"not gzip at all")
    with pytest.raises(Undecodable, match="unsupported Content-Encoding 'br'"):
        Inflater("br", cap=1000)
