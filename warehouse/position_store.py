"""Loading and saving the position book (domain/positions.py) in the warehouse."""

from __future__ import annotations

from datetime import date

import duckdb

from domain.positions import Held, PositionBook
from warehouse.bulk import insert_rows


def load_book(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> PositionBook:
    """Current positions, every known change by statement, and the sources already recorded for these articles."""
    book = PositionBook()
    for party, kind, value, since, last, article_id, assertion_id in con.execute(
        "SELECT party, kind, value, since, last_stated_on, article_id, assertion_id FROM position_state"
    ).fetchall():
        book.held.setdefault((party, kind), {})[value] = Held(since, last, article_id, assertion_id)
    for party, kind, op, old, new, stated_on, change_id, article_id in con.execute(
        "SELECT party, kind, op, old_value, new_value, stated_on, change_id, article_id FROM position_changes"
        " ORDER BY detected_at, change_id"
    ).fetchall():  # later rows win: the latest change for a statement
        key: tuple[str, str, str, str, date] = (
            (party, kind, "withdraw", old, stated_on) if op == "remove" else (party, kind, "assert", new, stated_on)
        )
        book.changes_by_statement[key] = (change_id, article_id)
    # A withdrawal that removed a value (a change, or part of the baseline) is the party's latest word on that kind
    # as of its day: an older statement of any value of the kind read later is a recap.
    for party, kind, day in con.execute(
        "SELECT party, kind, max(stated_on) FROM assertions WHERE op = 'withdraw' AND status IN ('change', 'baseline')"
        " GROUP BY party, kind"
    ).fetchall():
        book.dropped[(party, kind)] = day
    book.sources = set(
        con.execute(
            "SELECT change_id, article_id FROM change_sources WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [article_ids],
        ).fetchall()
    )
    return book


def save_book(con: duckdb.DuckDBPyConnection, book: PositionBook) -> None:
    """Write the batch's state, changes and sources (inside the caller's transaction)."""
    if book.touched:
        con.execute("DELETE FROM position_state")
        rows = [
            (party, kind, value, h.since, h.last, h.article_id, h.assertion_id)
            for (party, kind), values in book.held.items()
            for value, h in values.items()
        ]
        if rows:
            insert_rows(
                con, "position_state",
                ["party", "kind", "value", "since", "last_stated_on", "article_id", "assertion_id"], rows,
            )
    if book.new_changes:
        insert_rows(
            con, "position_changes",
            ["change_id", "party", "kind", "op", "old_value", "new_value", "assertion_id", "article_id",
             "stated_on", "detected_at", "confidence"],
            [tuple(c) for c in book.new_changes],
        )
    if book.new_sources:
        insert_rows(con, "change_sources", ["change_id", "article_id", "assertion_id", "added_at"],
                    [tuple(s) for s in book.new_sources])
