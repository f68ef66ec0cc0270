"""The position state machine of docs/conditions.md ("Positions and changes").

Assertions are applied in `stated_on` order. Each one is:
- historical: older than what the party holds now for that kind (a recap);
- reaffirmed: the party already holds the value (its date moves on), or it
  withdraws something it does not hold;
- a change: exclusive kinds replace the value (op `set`), additive kinds add it
  (`add`), an explicit withdrawal of a held additive value removes it (`remove`);
- baseline: what would be a change while the seed corpus is loading.

An assertion from another article with the same (party, kind, value,
stated_on) as a change is further coverage of that statement: it is recorded
in `change_sources`, never as a new change (so never a second alert).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

import duckdb

EXCLUSIVE_KINDS = frozenset({"stance", "venue", "format"})
ADDITIVE_KINDS = frozenset({"prerequisite", "demand"})


@dataclass(frozen=True)
class PendingAssertion:
    assertion_id: str
    article_id: str
    party: str
    kind: str
    value: str
    op: str  # assert | withdraw
    stated_on: date
    order: tuple  # tie-breaks after stated_on: (article published_at, text position)


@dataclass(frozen=True)
class Outcome:
    assertion_id: str
    status: str
    change_id: str | None = None
    source_of: str | None = None  # a change this assertion is further coverage of


def change_id_for(assertion_id: str) -> str:
    return hashlib.sha1(f"change|{assertion_id}".encode()).hexdigest()[:16]


def apply_assertions(
    con: duckdb.DuckDBPyConnection, pending: list[PendingAssertion], *, baseline: bool, now: datetime
) -> list[Outcome]:
    """Apply in order; write statuses, `position_state`, `position_changes` and `change_sources`."""
    outcomes = []
    for a in sorted(pending, key=lambda a: (a.stated_on, a.order)):
        outcome = _apply_one(con, a, baseline=baseline, now=now)
        con.execute("UPDATE assertions SET status = ? WHERE assertion_id = ?", [outcome.status, a.assertion_id])
        outcomes.append(outcome)
    return outcomes


def _held(con: duckdb.DuckDBPyConnection, party: str, kind: str) -> dict[str, date]:
    rows = con.execute(
        "SELECT value, last_stated_on FROM position_state WHERE party = ? AND kind = ?", [party, kind]
    ).fetchall()
    return dict(rows)


def _apply_one(con: duckdb.DuckDBPyConnection, a: PendingAssertion, *, baseline: bool, now: datetime) -> Outcome:
    held = _held(con, a.party, a.kind)
    latest = max(held.values(), default=None)
    if a.op == "withdraw":
        if a.value not in held:
            # Nothing to drop: no change, but a same-day report of a removal is more coverage of it.
            return Outcome(a.assertion_id, "reaffirmed", source_of=_coverage(con, a, now))
        if a.stated_on < held[a.value]:
            return Outcome(a.assertion_id, "historical", source_of=_coverage(con, a, now))
        con.execute("DELETE FROM position_state WHERE party = ? AND kind = ? AND value = ?", [a.party, a.kind, a.value])
        return _record_change(con, a, "remove", a.value, None, baseline=baseline, now=now)
    if a.value in held:
        if a.stated_on < held[a.value]:
            return Outcome(a.assertion_id, "historical", source_of=_coverage(con, a, now))
        con.execute(
            "UPDATE position_state SET last_stated_on = ? WHERE party = ? AND kind = ? AND value = ?",
            [a.stated_on, a.party, a.kind, a.value],
        )
        return Outcome(a.assertion_id, "reaffirmed", source_of=_coverage(con, a, now))
    if latest is not None and a.stated_on < latest:
        return Outcome(a.assertion_id, "historical", source_of=_coverage(con, a, now))
    old = None
    if a.kind in EXCLUSIVE_KINDS:
        old = next(iter(held), None)
        con.execute("DELETE FROM position_state WHERE party = ? AND kind = ?", [a.party, a.kind])
    con.execute(
        "INSERT INTO position_state (party, kind, value, since, last_stated_on, article_id, assertion_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [a.party, a.kind, a.value, a.stated_on, a.stated_on, a.article_id, a.assertion_id],
    )
    op = "set" if a.kind in EXCLUSIVE_KINDS else "add"
    return _record_change(con, a, op, old, a.value, baseline=baseline, now=now)


def _record_change(
    con: duckdb.DuckDBPyConnection,
    a: PendingAssertion,
    op: str,
    old: str | None,
    new: str | None,
    *,
    baseline: bool,
    now: datetime,
) -> Outcome:
    if baseline:
        return Outcome(a.assertion_id, "baseline")
    change_id = change_id_for(a.assertion_id)
    con.execute(
        "INSERT INTO position_changes (change_id, party, kind, op, old_value, new_value, assertion_id, article_id,"
        " stated_on, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [change_id, a.party, a.kind, op, old, new, a.assertion_id, a.article_id, a.stated_on, now],
    )
    return Outcome(a.assertion_id, "change", change_id=change_id)


def _coverage(con: duckdb.DuckDBPyConnection, a: PendingAssertion, now: datetime) -> str | None:
    """Link another article's report of the same statement (party, kind, value, stated_on) to its change.

    An assertion matches a `set`/`add` change by its new value, a withdrawal matches a `remove` by the
    value removed. A recap that has become historical still reports that statement, so it counts too.
    """
    if a.op == "withdraw":
        where, value = "op = 'remove' AND old_value = ?", a.value
    else:
        where, value = "op IN ('set', 'add') AND new_value = ?", a.value
    row = con.execute(
        f"""
        SELECT change_id, article_id FROM position_changes
        WHERE party = ? AND kind = ? AND {where} AND stated_on = ?
        ORDER BY detected_at DESC, change_id LIMIT 1
        """,
        [a.party, a.kind, value, a.stated_on],
    ).fetchone()
    if not row or row[1] == a.article_id:
        return None
    add_source(con, row[0], a.article_id, a.assertion_id, now)
    return row[0]


def add_source(
    con: duckdb.DuckDBPyConnection, change_id: str, article_id: str, assertion_id: str | None, now: datetime
) -> bool:
    """Record another article carrying a change; True when it is new."""
    before = con.execute(
        "SELECT count(*) FROM change_sources WHERE change_id = ? AND article_id = ?", [change_id, article_id]
    ).fetchone()[0]
    if before:
        return False
    con.execute(
        "INSERT INTO change_sources (change_id, article_id, assertion_id, added_at) VALUES (?, ?, ?, ?)",
        [change_id, article_id, assertion_id, now],
    )
    return True
