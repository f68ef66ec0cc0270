"""Article extraction: the body without furniture, the metadata we store, the title not repeated."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import trafilatura

from extractors.article import extract_article
from tests.support.news import article_page, read_text

PUBLISHED = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)


def test_body_metadata_and_no_furniture() -> None:
    title, paras = read_text("e2e/01_istanbul.txt")
    page = article_page(title, paras, PUBLISHED, furniture="portal", canonical="https://example.org/a/istanbul")
    art = extract_article(page.encode("utf-8"), "https://example.org/a/istanbul?utm_source=rss")
    assert art is not None
    assert art.title == title  # " | Example News" dropped
    assert art.sitename == "Example News"
    assert art.canonical_url == "https://example.org/a/istanbul"
    assert art.language == "en"
    assert art.published_at == PUBLISHED.replace(tzinfo=None)
    assert paras[0][:60] in art.text and paras[-1][:60] in art.text
    assert not art.text.startswith(title)  # trafilatura repeats the headline: stripped
    for furniture in ("Related Articles", "cookies", "$9,000", "All rights reserved", "World"):
        assert furniture not in art.text


def test_syndicated_copies_keep_their_text() -> None:
    """trafilatura's `deduplicate` remembers paragraphs across calls: it must stay off or copies come back empty."""
    title, paras = read_text("e2e/01_istanbul.txt")
    first = extract_article(article_page(title, paras, furniture="portal"), "https://a.example/1")
    second = extract_article(article_page(title, paras, furniture="syndicated"), "https://b.example/1")
    assert first is not None and second is not None
    assert paras[1][:60] in second.text


def test_a_page_without_an_article_gives_none() -> None:
    assert extract_article(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://x.example/") is None
    assert extract_article(b"", "https://x.example/") is None


def test_overhead_beyond_trafilatura_is_small() -> None:
    title, paras = read_text("e2e/03_ceasefire_dropped.txt")
    pages = [article_page(f"{title} {i}", paras, PUBLISHED).encode() for i in range(40)]

    def best(fn) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    bare = best(lambda: [trafilatura.extract(p) for p in pages])
    ours = best(lambda: [extract_article(p, "https://example.org/a") for p in pages])
    assert ours <= bare * 1.3 + 0.01, f"extract_article {ours:.3f}s vs trafilatura {bare:.3f}s"
