"""Article text and metadata from a fetched page (trafilatura), without the page furniture.

trafilatura finds the body (dropping navigation, related boxes, comments and
footers); its own metadata pass costs ~40% of an extraction, so the few fields
we need (title, canonical link, publication time, site name, language,
author) are read from the page head with small regexes instead.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura

from extractors import comparison_gate
from extractors.furniture import clean_article_text

# Below this, what trafilatura found is a menu or a teaser, not an article (a news brief has a few sentences).
MIN_TEXT_CHARS = 150
_HEAD_END = re.compile(rb"</head\s*>", re.I)
_HEAD_END_TEXT = re.compile(r"</head\s*>", re.I)


def _meta(name: str) -> re.Pattern[str]:
    return re.compile(
        r"<meta\b(?=[^>]*\b(?:property|name|itemprop)\s*=\s*[\"']"
        + name
        + r"[\"'])[^>]*\bcontent\s*=\s*[\"']([^\"']*)",
        re.I,
    )


_TITLE = (_meta(r"og:title"), _meta(r"twitter:title"), re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S))
_PUBLISHED = (
    _meta(r"article:published_time"),
    _meta(r"(?:pubdate|publishdate|date|dc\.date|dcterms\.created|parsely-pub-date|sailthru\.date)"),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", re.I),
    re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.I),
)
_SITE = (_meta(r"og:site_name"), _meta(r"application-name"))
_AUTHOR = (
    _meta(r"author"),
    _meta(r"article:author"),
    re.compile(r"\"author\"\s*:\s*\{[^}]*\"name\"\s*:\s*\"([^\"]+)", re.I),
)
_CANONICAL = re.compile(r"<link\b(?=[^>]*\brel\s*=\s*[\"']canonical[\"'])[^>]*\bhref\s*=\s*[\"']([^\"']+)", re.I)
_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']([A-Za-z]{2,3})", re.I)


@dataclass(frozen=True)
class ExtractedArticle:
    text: str
    title: str | None
    author: str | None
    published_at: datetime | None
    canonical_url: str | None
    sitename: str | None
    language: str | None


def extract_article(page: bytes | str, url: str) -> ExtractedArticle | None:
    """The article in a page, or None when the page has no article text."""
    with comparison_gate.gate():  # the readability/justext comparison only where it could change the text
        text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False)
    if not text:
        return None
    head = _head(page)
    title = _first(_TITLE, head)
    body = clean_article_text(_strip_title(text, title))
    if len(body.strip()) < MIN_TEXT_CHARS:
        return None
    return ExtractedArticle(
        text=body,
        title=_clean_title(title),
        author=_first(_AUTHOR, head),
        published_at=_parse_time(_first(_PUBLISHED, head) or _first(_PUBLISHED[2:], _as_text(page))),
        canonical_url=_first((_CANONICAL,), head),
        sitename=_first(_SITE, head),
        language=(m.group(1).lower() if (m := _LANG.search(head)) else None),
    )


def _as_text(page: bytes | str) -> str:
    return _decode(page, page) if isinstance(page, bytes) else page


def _head(page: bytes | str) -> str:
    if isinstance(page, str):
        text_end = _HEAD_END_TEXT.search(page)
        return page[: text_end.end() if text_end else 65536]
    end = _HEAD_END.search(page)
    return _decode(page[: end.end() if end else 65536], page)


def _decode(raw: bytes, page: bytes) -> str:
    """The page's declared charset (<meta charset>), else UTF-8 if it is valid, else Windows-1252.

    Decoding a Latin-1 head as UTF-8 turned 'Genève' into 'Gen\ufffdve' (trafilatura detects the body's
    encoding itself, so only our head fields were wrong).
    """
    declared = _CHARSET.search(page[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass  # an unknown charset name: guess as below
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for p in patterns:
        m = p.search(text)
        if m and m.group(1).strip():
            return html.unescape(m.group(1)).strip()
    return None


def _clean_title(title: str | None) -> str | None:
    """'Headline | Outlet' and 'Headline - Outlet' keep the headline."""
    if not title:
        return None
    return re.split(r"\s+[|–—-]\s+[^|–—-]{2,40}$", title)[0].strip() or title


def _strip_title(text: str, title: str | None) -> str:
    """trafilatura repeats the headline as the first line of the text."""
    first, _, rest = text.partition("\n")
    if title and rest and first.strip() and first.strip() in (title, _clean_title(title)):
        return rest
    return text


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        ts = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts.astimezone(UTC).replace(tzinfo=None) if ts.tzinfo else ts
