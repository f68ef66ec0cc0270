"""From stored articles to statements, assertions, position changes and pending alerts.

Everything one batch produces — statements, assertions, position updates, the
change rows and their outbox alerts, change sources, and the articles'
`processed_at` — is written in ONE transaction: a pass killed half-way leaves
either all of it or none, so a change never exists without its alert and
nothing is read twice. Rows are collected in memory and inserted in bulk
(Arrow), and ids are hashes of what a row is, so a re-read adds nothing.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime
from typing import NamedTuple

import duckdb

from domain.positions import PendingAssertion, PositionBook, apply_assertions
from extractors.base import ArticleText, Statement, StatementExtractor
from extractors.language import detect
from warehouse.bulk import insert_rows
from warehouse.db import transaction
from warehouse.position_store import load_book, save_book

STATEMENT_COLUMNS = ["statement_id", "article_id", "speaker", "party", "quote", "is_direct", "stated_on",
                     "span_start", "span_end", "extractor", "sentence"]
log = logging.getLogger(__name__)

ASSERTION_COLUMNS = ["assertion_id", "statement_id", "article_id", "party", "kind", "value", "op", "evidence",
                     "speaker", "stated_on", "status", "rule", "confidence"]


class StatementRow(NamedTuple):
    """A row of `statements` (STATEMENT_COLUMNS, in order)."""

    statement_id: str
    article_id: str
    speaker: str
    party: str
    quote: str
    is_direct: bool
    stated_on: date
    span_start: int
    span_end: int
    extractor: str
    sentence: str


@dataclass
class AssertionRow:
    """A row of `assertions` (ASSERTION_COLUMNS, in order); its status is set once the positions are applied."""

    assertion_id: str
    statement_id: str
    article_id: str
    party: str
    kind: str
    value: str
    op: str
    evidence: str
    speaker: str
    stated_on: date
    status: str | None
    rule: str
    confidence: float


def _hid(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def process_pending_articles(
    con: duckdb.DuckDBPyConnection,
    extractor: StatementExtractor,
    *,
    baseline: bool,
    alert_sink: str,
    seeds_only: bool = False,
    min_confidence: float = 0.0,
) -> dict[str, int]:
    """Read every unprocessed original article and apply what it states, in one transaction.

    Duplicates are not read: they become further sources of their original's changes. An article the
    extractor fails on is marked processed with `process_error` (counted under "failed"), not retried.
    With `baseline` (seed loading), changes are recorded as the baseline: no change rows, no alerts.
    An assertion less sure than `min_confidence` changes no position (it is stored as historical); a change less
    sure than it (a recap long before its article) is recorded without an alert.
    """
    rows = con.execute(
        f"""
        SELECT article_id, text, title, published_at, fetched_at, outlet, url, duplicate_of
        FROM articles WHERE processed_at IS NULL {"AND is_seed" if seeds_only else ""}
        ORDER BY published_at NULLS LAST, fetched_at, article_id
        """
    ).fetchall()
    stats = {"articles": len(rows), "statements": 0, "assertions": 0, "changes": 0, "sources_added": 0, "failed": 0}
    if not rows:
        return stats
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = [r[0] for r in rows]
    with transaction(con):
        known_statements = _existing(con, "statements", "statement_id", ids)
        known_assertions = _existing(con, "assertions", "assertion_id", ids)
        statement_rows: dict[str, StatementRow] = {}
        assertion_rows: dict[str, AssertionRow] = {}
        pending: list[PendingAssertion] = []
        failed: dict[str, str] = {}
        languages: dict[str, str] = {}  # article -> the language it was read in (articles.lang)
        for article_id, text, title, published_at, fetched_at, outlet, url, duplicate_of in rows:
            if duplicate_of:
                continue
            day = (published_at or fetched_at).date()
            lang = detect(f"{title or ''}\n{text or ''}")
            languages[article_id] = lang
            article = ArticleText(article_id, text or "", title, day, outlet, url, lang)
            try:
                statements = extractor.extract(article)
            except Exception as exc:  # one unreadable article must not block every later pass
                log.warning("extractor failed on article %s: %r", article_id, exc)
                failed[article_id] = f"{type(exc).__name__}: {exc}"[:500]
                continue
            stats["statements"] += len(statements)
            name = getattr(extractor, "name", "custom")
            for st_row, a_rows in _rows(article, statements, name):
                if st_row.statement_id not in known_statements:
                    statement_rows.setdefault(st_row.statement_id, st_row)
                for a in a_rows:
                    if a.assertion_id in known_assertions or a.assertion_id in assertion_rows:
                        continue
                    assertion_rows[a.assertion_id] = a
                    order = (published_at or now, article_id, st_row.span_start, len(pending))
                    pending.append(PendingAssertion(a.assertion_id, article_id, a.party, a.kind, a.value, a.op,
                                                    a.stated_on, order, a.confidence, day))
        book = load_book(con, ids)
        outcomes = apply_assertions(book, pending, baseline=baseline, now=now, min_confidence=min_confidence)
        for outcome in outcomes:
            assertion_rows[outcome.assertion_id].status = outcome.status
        for article_id, *_rest, duplicate_of in rows:
            if duplicate_of:
                _link_duplicate(con, book, article_id, duplicate_of, now)
        if statement_rows:
            insert_rows(con, "statements", STATEMENT_COLUMNS, list(statement_rows.values()))
        if assertion_rows:
            insert_rows(con, "assertions", ASSERTION_COLUMNS, [astuple(r) for r in assertion_rows.values()])
        save_book(con, book)
        alerted = [c for c in book.new_changes if c.confidence >= min_confidence]
        if alerted:
            insert_rows(
                con, "alerts", ["alert_id", "change_id", "sink", "status", "attempts", "created_at"],
                [(_hid("alert", c.change_id), c.change_id, alert_sink, "pending", 0, now) for c in alerted],
            )
        con.execute(
            "UPDATE articles SET processed_at = ? WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [now, ids]
        )
        for article_id, error in failed.items():
            con.execute("UPDATE articles SET process_error = ? WHERE article_id = ?", [error, article_id])
        if languages:
            con.execute(
                "UPDATE articles SET lang = l.lang FROM (SELECT unnest(?::VARCHAR[]) AS id,"
                " unnest(?::VARCHAR[]) AS lang) l WHERE articles.article_id = l.id",
                [list(languages), list(languages.values())],
            )
    stats["assertions"] = len(pending)
    stats["changes"] = len(book.new_changes)
    stats["below_confidence"] = len(book.new_changes) - len(alerted) if not baseline else 0
    stats["sources_added"] = len(book.new_sources)
    stats["failed"] = len(failed)
    return stats


def _existing(con: duckdb.DuckDBPyConnection, table: str, column: str, article_ids: list[str]) -> set[str]:
    """Ids already stored for these articles (a forced re-read must add nothing)."""
    sql = f"SELECT {column} FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
    return {r[0] for r in con.execute(sql, [article_ids]).fetchall()}


def _rows(
    article: ArticleText, statements: list[Statement], extractor_name: str
) -> list[tuple[StatementRow, list[AssertionRow]]]:
    """Statement rows and their assertion rows, with ids derived from content (stable across runs)."""
    out = []
    fallback: date = article.published or datetime.now(UTC).date()
    for st in statements:
        stated = st.stated_on or fallback
        statement_id = _hid(article.article_id, st.start, st.end, st.speaker)
        st_row = StatementRow(statement_id, article.article_id, st.speaker, st.party, st.quote, st.is_direct, stated,
                              st.start, st.end, extractor_name, st.sentence or st.quote)
        a_rows = [
            AssertionRow(_hid(statement_id, c.party, c.kind, c.value, c.op), statement_id, article.article_id,
                         c.party, c.kind, c.value, c.op, c.evidence, st.speaker, stated, None, c.rule, c.confidence)
            for c in st.conditions
        ]
        out.append((st_row, a_rows))
    return out


def _link_duplicate(
    con: duckdb.DuckDBPyConnection, book: PositionBook, article_id: str, original: str, now: datetime
) -> None:
    """A syndicated copy is another source for every change its original made or carries."""
    stored = con.execute(
        "SELECT change_id FROM position_changes WHERE article_id = ?"
        " UNION SELECT change_id FROM change_sources WHERE article_id = ?",
        [original, original],
    ).fetchall()
    in_batch = [c.change_id for c in book.new_changes if c.article_id == original]
    in_batch += [s.change_id for s in book.new_sources if s.article_id == original]
    for change_id in sorted({c for (c,) in stored} | set(in_batch)):
        book.add_source(change_id, article_id, None, now)
