"""The days an article's statements are read on, for the date tests: one article published on a fixed Wednesday, so
that "on Tuesday", "yesterday" or a live blog's header each point at a known day."""

from __future__ import annotations

from datetime import date

from extractors.base import ArticleText
from extractors.default import default_extractor

WED = date(2025, 10, 22)  # the article's day
TUE = date(2025, 10, 21)
MON = date(2025, 10, 20)
SUN = date(2025, 10, 19)


def statement_days(text: str, published: date = WED) -> list[date | None]:
    """The days of the statements that read a condition, in the article's order (published on `published`)."""
    return [st.stated_on for st in default_extractor(0.5).extract(ArticleText("t", text, "", published))
            if st.conditions]
