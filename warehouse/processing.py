"""From stored articles to statements, assertions, position changes and pending alerts.

Everything one batch produces — statements, assertions, position updates, the
change rows and their outbox alerts, and the articles' `processed_at` — is
written in ONE transaction: a pass killed half-way leaves either all of it or
none, so a change never exists without its alert and nothing is read twice.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import duckdb

from extractors.base import ArticleText, Statement, StatementExtractor
from warehouse.db import transaction
from warehouse.positions import PendingAssertion, add_source, apply_assertions


def _hid(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def process_pending_articles(
    con: duckdb.DuckDBPyConnection,
    extractor: StatementExtractor,
    *,
    baseline: bool,
    alert_sink: str,
    seeds_only: bool = False,
) -> dict[str, int]:
    """Extract and apply every unprocessed original article in one transaction.

    With `baseline`, changes are recorded as the baseline: no change rows, no alerts.
    """
    rows = con.execute(
        f"""
        SELECT article_id, text, title, published_at, fetched_at, outlet, url, duplicate_of
        FROM articles WHERE processed_at IS NULL {"AND is_seed" if seeds_only else ""}
        ORDER BY published_at NULLS LAST, fetched_at, article_id
        """
    ).fetchall()
    stats = {"articles": len(rows), "statements": 0, "assertions": 0, "changes": 0, "sources_added": 0}
    if not rows:
        return stats
    now = datetime.now(UTC).replace(tzinfo=None)
    with transaction(con):
        pending: list[PendingAssertion] = []
        for article_id, text, title, published_at, fetched_at, outlet, url, duplicate_of in rows:
            if duplicate_of:
                continue
            day = (published_at or fetched_at).date()
            article = ArticleText(article_id, text or "", title, day, outlet, url)
            statements = extractor.extract(article)
            stats["statements"] += len(statements)
            new = _store_statements(con, article, statements, extractor_name=getattr(extractor, "name", "custom"))
            pending += [
                PendingAssertion(
                    a_id, article_id, c_party, kind, value, op, stated, (published_at or now, article_id, start, seq)
                )
                for seq, (a_id, c_party, kind, value, op, stated, start) in enumerate(new)
            ]
        stats["assertions"] = len(pending)
        outcomes = apply_assertions(con, pending, baseline=baseline, now=now)
        changes = [o.change_id for o in outcomes if o.change_id]
        stats["changes"] = len(changes)
        stats["sources_added"] = sum(1 for o in outcomes if o.source_of)
        for change_id in changes:
            con.execute(
                "INSERT INTO alerts (alert_id, change_id, sink, status, attempts, created_at)"
                " VALUES (?, ?, ?, 'pending', 0, ?) ON CONFLICT DO NOTHING",
                [_hid("alert", change_id), change_id, alert_sink, now],
            )
        for article_id, *_rest, duplicate_of in rows:
            if duplicate_of:
                stats["sources_added"] += _link_duplicate(con, article_id, duplicate_of, now)
        con.execute(
            "UPDATE articles SET processed_at = ? WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [now, [r[0] for r in rows]],
        )
    return stats


def _store_statements(
    con: duckdb.DuckDBPyConnection, article: ArticleText, statements: list[Statement], extractor_name: str
) -> list[tuple[str, str, str, str, str, date, int]]:
    """Insert statements and their assertions; return the assertions to apply."""
    out = []
    fallback = article.published or datetime.now(UTC).date()
    for st in statements:
        stated = st.stated_on or fallback
        statement_id = _hid(article.article_id, st.start, st.end, st.speaker)
        con.execute(
            "INSERT INTO statements (statement_id, article_id, speaker, party, quote, is_direct, stated_on,"
            " span_start, span_end, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                statement_id,
                article.article_id,
                st.speaker,
                st.party,
                st.quote,
                st.is_direct,
                stated,
                st.start,
                st.end,
                extractor_name,
            ],
        )
        for c in st.conditions:
            assertion_id = _hid(statement_id, c.party, c.kind, c.value, c.op)
            inserted = con.execute(
                "INSERT INTO assertions (assertion_id, statement_id, article_id, party, kind, value, op, evidence,"
                " speaker, stated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1",
                [
                    assertion_id,
                    statement_id,
                    article.article_id,
                    c.party,
                    c.kind,
                    c.value,
                    c.op,
                    c.evidence,
                    st.speaker,
                    stated,
                ],
            ).fetchall()
            if inserted:
                out.append((assertion_id, c.party, c.kind, c.value, c.op, stated, st.start))
    return out


def _link_duplicate(con: duckdb.DuckDBPyConnection, article_id: str, original: str, now: datetime) -> int:
    """A syndicated copy is another source for every change its original made."""
    changes = con.execute(
        "SELECT change_id FROM position_changes WHERE article_id = ?"
        " UNION SELECT change_id FROM change_sources WHERE article_id = ?",
        [original, original],
    ).fetchall()
    return sum(add_source(con, change_id, article_id, None, now) for (change_id,) in changes)
