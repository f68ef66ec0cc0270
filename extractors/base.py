"""The statement extractor's interface.

The flow only sees `StatementExtractor`: the rule-based default can be replaced
or complemented (a model-backed extractor, later) without touching the flow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

Op = Literal["assert", "withdraw"]


@dataclass(frozen=True)
class ArticleText:
    """What an extractor reads: the cleaned article text and what dates it."""

    article_id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None  # ISO 639-1; detected by the reader when not given


@dataclass(frozen=True)
class Condition:
    """One (party, kind, value) read from a statement; `withdraw` drops an additive value."""

    party: str
    kind: str
    value: str
    evidence: str
    op: Op = "assert"
    rule: str = ""  # the rule or feature that produced it (stored, shown by `explain` and evaluate)
    confidence: float = 1.0  # how sure the reader is, 0-1: alerts go out above `reading.min_confidence`
    member: bool = field(default=False, compare=False)  # a later member of a list of places named in one breath
    # (conditions.later_members): kept under the alert threshold, and beside the list's first in its kind (reader)


@dataclass(frozen=True)
class Statement:
    """A direct quote or reported speech, attributed, with the conditions it states."""

    speaker: str
    party: str
    quote: str
    is_direct: bool
    stated_on: date | None
    start: int
    end: int
    conditions: tuple[Condition, ...] = ()
    sentence: str = ""  # the whole sentence or quote the statement is in, for alerts and `explain`


class StatementExtractor(Protocol):
    name: str

    def extract(self, article: ArticleText) -> list[Statement]:
        """All statements in the article, in text order; page furniture already removed."""
        ...
