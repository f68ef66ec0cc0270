"""fastfeedparser where it reads feeds as feedparser does, feedparser where it does not: the same entries.

Every feed the tests serve is parsed both ways; the fast path must give feedparser's links, titles and
dates, and the documents it cannot read (bad encodings, truncated XML, HTML, garbage) must fall back.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flows.feeds import _fast, _lenient, describe, parse_feed
from tests.support.news import Item, atom_feed, rss_feed

BASE = "http://127.0.0.1:8000"
T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
ITEMS = [Item(f"/news/{i}", f"Story {i}: “quoted” – dash & more", T0 + timedelta(hours=i)) for i in range(3)]
RDF = (
    "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
    " xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
    "<channel rdf:about='x'><title>t</title><link>http://x/</link><description>d</description></channel>"
    "<item rdf:about='http://x/1'><title>R1</title><link>http://x/1</link><dc:date>2026-11-16T09:00:00Z</dc:date></item>"
    "</rdf:RDF>"
)
RELATIVE = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><link>/</link><description>d</description>"
    "<item><title>Rel</title><link>../stories/rel-1</link></item>"
    "<item><title>Abs path</title><link>/stories/abs-2</link></item></channel></rss>"
)
FAST = {  # documents fastfeedparser reads exactly as feedparser does
    "rss2": rss_feed(BASE, ITEMS).encode(),
    "atom": atom_feed(BASE, ITEMS).encode(),
    "rdf": RDF.encode(),
    "windows-1251": rss_feed(BASE, [Item("/n/1", "Путин и Зеленский", T0)]).replace("utf-8", "windows-1251")
    .encode("cp1251"),
    "utf-16": rss_feed(BASE, ITEMS).replace("utf-8", "utf-16").encode("utf-16"),
    "relative-links": RELATIVE.encode(),
    "tracking-params": rss_feed(BASE, [Item("/a", "A", T0, link=BASE + "/a?utm_source=rss&x=1")]).encode(),
}
FALLBACK = {  # documents only feedparser reads well, or whose failure it explains
    "latin-1-declared-utf-8": rss_feed(BASE, [Item("/n/café", "Café au lait", T0)]).encode("latin-1"),
    "truncated": b"<rss><channel><item><title>oops",
    "stray-entity": rss_feed(BASE, ITEMS).replace("<description>t", "<description>&nbsp;").encode(),
    "html": b"<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
    "garbage": "\x00\x01 garbage \xff not xml at all".encode(),
    "empty-feed": rss_feed(BASE, []).encode(),
}


@pytest.mark.parametrize("name", sorted(FAST))
def test_the_fast_parser_gives_feedparsers_entries(name: str) -> None:
    body = FAST[name]
    fast = _fast(body, BASE + "/feeds/world/rss.xml")
    lenient, problem = _lenient(body, BASE + "/feeds/world/rss.xml", "application/rss+xml")
    assert problem is None and fast, name
    assert fast == lenient
    assert parse_feed(body, BASE + "/feeds/world/rss.xml")[2] == "fastfeedparser"


@pytest.mark.parametrize("name", sorted(FALLBACK))
def test_what_the_fast_parser_cannot_read_goes_to_feedparser(name: str) -> None:
    body = FALLBACK[name]
    assert _fast(body, BASE) is None
    entries, problem, parser = parse_feed(body, BASE + "/rss.xml")
    assert parser == "feedparser"
    assert (entries, problem) == _lenient(body, BASE + "/rss.xml", "")


def test_a_wrongly_declared_encoding_keeps_its_accents() -> None:
    entries, problem, _ = parse_feed(FALLBACK["latin-1-declared-utf-8"], BASE)
    assert problem is None and entries[0].title == "Café au lait" and entries[0].url.endswith("/n/café")


def test_an_ill_formed_feed_keeps_its_ampersands() -> None:
    entries, problem, _ = parse_feed(FALLBACK["stray-entity"], BASE)
    assert problem is None and [e.title for e in entries] == [i.title for i in ITEMS]


def test_what_a_server_sent_instead_of_a_feed_is_described() -> None:
    html = describe(FALLBACK["html"], "text/html; charset=utf-8")
    assert html == "an HTML page titled 'Home' (text/html, 87 bytes)"
    assert describe(b"", "text/xml") == "an empty response (text/xml)"
    assert describe(b"<error><code>403</code></error>", "application/xml").startswith(
        "an XML document that is not RSS or Atom, starting '<error>'"
    )
    assert "binary" in describe(b"\x00\x01\x02\xff" * 20, "application/octet-stream")
    _, problem, _ = parse_feed(FALLBACK["html"], "http://127.0.0.1:9/rss.xml", "text/html")
    assert problem == "not a feed: http://127.0.0.1:9/rss.xml answered an HTML page titled 'Home' (text/html, 87 bytes)"
