"""Removing page furniture from plain article text. STUB: owned by the dedup/seeds work."""

from __future__ import annotations


def clean_article_text(text: str) -> str:
    """The article's own text, without comments, related boxes, captions and banners."""
    return text
