"""Building the news a test serves: article pages with page furniture, RSS and Atom feeds."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

FURNITURE = {
    "plain": ("", ""),
    "portal": (
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/europe'>Europe</a></nav>"
        "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies</div>",
        "<aside class='related'><h2>Related Articles</h2><ul><li><a href='/x'>Markets rally as oil slips</a></li>"
        "<li><a href='/y'>Ten recipes for autumn</a></li></ul></aside>"
        "<section id='comments'><h3>Comments</h3><p>I make $9,000 a month from home, click here</p></section>"
        "<footer>Copyright 2026 Example Media. All rights reserved.</footer>",
    ),
    "syndicated": (
        "<header><a href='/'>The Daily Wire Copy</a><ul><li>News</li><li>Sport</li></ul></header>",
        "<div class='newsletter'>Sign up for our morning briefing</div>"
        "<div class='share'>Share on Facebook Share on X</div><footer>Syndicated content.</footer>",
    ),
}


@dataclass(frozen=True)
class Item:
    """One feed entry and the page it links to."""

    path: str
    title: str
    published: datetime
    link: str = ""  # defaults to the server's URL for `path`


def read_text(name: str) -> tuple[str, list[str]]:
    """A test article as (headline, paragraphs) from tests/data."""
    lines = [line.strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    paras = [line for line in lines if line]
    return paras[0], paras[1:]


def article_page(
    title: str,
    paragraphs: list[str],
    published: datetime | None = None,
    furniture: str = "portal",
    canonical: str | None = None,
    site: str = "Example News",
) -> str:
    before, after = FURNITURE[furniture]
    head = [
        f"<title>{html.escape(title)} | {html.escape(site)}</title>",
        f"<meta property='og:site_name' content='{site}'>",
    ]
    if published:
        head.append(f"<meta property='article:published_time' content='{published.isoformat()}'>")
    if canonical:
        head.append(f"<link rel='canonical' href='{html.escape(canonical)}'>")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{''.join(head)}</head><body>{before}"
        f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>{after}</body></html>"
    )


def rss_feed(base_url: str, items: list[Item], title: str = "Test feed") -> str:
    entries = "".join(
        "<item>"
        f"<title>{html.escape(i.title)}</title>"
        f"<link>{html.escape(i.link or base_url + i.path)}</link>"
        f"<guid>{html.escape(i.link or base_url + i.path)}</guid>"
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        "</item>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{html.escape(title)}</title><link>{base_url}/</link><description>t</description>{entries}"
        "</channel></rss>"
    )


def atom_feed(base_url: str, items: list[Item], title: str = "Test feed") -> str:
    entries = "".join(
        "<entry>"
        f"<title>{html.escape(i.title)}</title>"
        f"<link href='{html.escape(i.link or base_url + i.path)}'/>"
        f"<id>{html.escape(i.link or base_url + i.path)}</id>"
        f"<updated>{i.published.isoformat()}</updated>"
        "</entry>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>{html.escape(title)}</title><id>{base_url}/</id><updated>2026-01-01T00:00:00Z</updated>{entries}</feed>"
    )
