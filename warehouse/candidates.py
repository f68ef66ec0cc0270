"""The near-duplicate candidate lookup in memory: sorted shingle keys, binary search, flat in the warehouse's size.

DuckDB 2.0 answers `band IN (...)` with a scan of `article_shingles` (its ART
index is not used for IN lists or joins): ~1.8 ms per lookup at 100k stored
articles when the machine is quiet, ~4-7 ms when it is busy, and growing with
the table. Here the table is read once per connection (at the first lookup of
a pass that stores articles) into two numpy arrays sorted by key; a lookup is a
binary search per key (~20-40 keys a text) whatever the table's size. Keys
this connection adds afterwards live in a small dict beside the arrays.

What comes out is exactly what the SQL gave: per candidate article, the number
of index rows matching the text's keys and whether its exact-text key matched,
best first, at most `per_text`. A caller's transaction that rolls back must not
leave a phantom original behind in memory, so what was read or added inside an
explicit transaction is "tentative", and tentative candidates are checked
against `articles` before they are returned (one query, ~0.5-1 ms). A pass
stores outside explicit transactions, so it never pays for that check.
"""

from __future__ import annotations

import weakref
from collections import Counter
from operator import itemgetter

import duckdb
import numpy as np


class CandidateIndex:
    """`article_shingles` of one connection, in memory."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.ids: list[str] = [r[0] for r in con.execute(
            "SELECT DISTINCT article_id FROM article_shingles ORDER BY article_id"
        ).fetchall()]
        data = con.execute(
            """
            WITH ids AS (SELECT article_id, (row_number() OVER (ORDER BY article_id) - 1)::INTEGER AS code
                         FROM (SELECT DISTINCT article_id FROM article_shingles))
            SELECT s.band, ids.code FROM article_shingles s JOIN ids USING (article_id) ORDER BY s.band
            """
        ).fetchnumpy()
        self.bands = np.asarray(data["band"], dtype=np.uint64)
        self.codes = np.asarray(data["code"], dtype=np.int64)
        self.added: dict[int, list[str]] = {}
        self.all_tentative = in_transaction(con)  # read inside a transaction that may still roll back
        self.tentative: set[str] = set()

    def add(self, rows: dict[int, list[str]], tentative: bool) -> None:
        """Index rows this connection has just inserted: key -> their article ids."""
        added = self.added
        for key, article_ids in rows.items():
            mine = added.get(key)
            if mine is None:
                added[key] = list(article_ids)
            else:
                mine += article_ids
            if tentative:
                self.tentative.update(article_ids)

    def unsure(self, article_id: str) -> bool:
        return self.all_tentative or article_id in self.tentative

    def matches(self, keys: list[int], exact: int | None) -> tuple[Counter[str], set[str]]:
        """Matching index rows per article, for one text's keys; and the articles the exact-text key matched."""
        unique = sorted(set(keys))
        found: list[str] = []  # the article of every matching row
        same_text: set[str] = set()
        ids, added = self.ids, self.added
        if len(self.bands):
            wanted = np.array(unique, dtype=np.uint64)
            lo = np.searchsorted(self.bands, wanted, side="left")
            hi = np.searchsorted(self.bands, wanted, side="right")
            codes = self.codes
            # Only the keys found somewhere (most of a new text's keys are not): numpy slicing and list building
            # for every key cost ~0.5 ms a text.
            for i in np.flatnonzero(hi > lo).tolist():
                rows = [ids[c] for c in codes[lo[i] : hi[i]].tolist()]
                found += rows
                if unique[i] == exact:
                    same_text.update(rows)
        for key in unique:
            mine = added.get(key)
            if mine:
                found += mine
                if key == exact:
                    same_text.update(mine)
        return Counter(found), same_text


def ranked(hits: Counter[str], same_text: set[str], per_text: int) -> list[tuple[str, int, bool]]:
    """(article_id, hits, exact) best first: an exact-text hit, then more shared keys, then the id."""
    rows = sorted(hits.items())  # by id, then (a stable sort) by more shared keys: C-level sorts, no key function
    rows.sort(key=itemgetter(1), reverse=True)
    if same_text:
        rows = [r for r in rows if r[0] in same_text] + [r for r in rows if r[0] not in same_text]
    return [(article_id, n, article_id in same_text) for article_id, n in rows[:per_text]]


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def index_for(con: duckdb.DuckDBPyConnection) -> CandidateIndex:
    """This connection's index, read from the warehouse on first use."""
    index = _INDEXES.get(con)
    if index is None:
        index = _INDEXES[con] = CandidateIndex(con)
    return index


def forget(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the connection's index (the table was rebuilt)."""
    _INDEXES.pop(con, None)


def note_added(con: duckdb.DuckDBPyConnection, rows: dict[int, list[str]]) -> None:
    """Index rows inserted by this connection (key -> their article ids): added to its index if it has been
    read already."""
    index = _INDEXES.get(con)
    if index is not None and rows:
        index.add(rows, tentative=in_transaction(con))


def in_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    """Inside an explicit transaction? Then two statements share one transaction id (autocommit: one each)."""
    first = con.execute("SELECT txid_current()").fetchall()[0][0]
    return con.execute("SELECT txid_current()").fetchall()[0][0] == first


def candidates(
    con: duckdb.DuckDBPyConnection, texts: list[tuple[list[int], int | None]], per_text: int = 5
) -> list[list[tuple[str, int, bool]]]:
    """For each text (its keys, its exact-text key): the best stored candidates, ones that really exist."""
    index = index_for(con)
    found = [ranked(*index.matches(keys, exact), per_text) if keys else [] for keys, exact in texts]
    ids = sorted({row[0] for rows in found for row in rows if index.unsure(row[0])})
    if not ids:
        return found
    marks = ",".join("?" for _ in ids)
    # fetchall, not fetchone: DuckDB 2.0 refuses Arrow registration while a result is unfinished.
    rows = con.execute(f"SELECT article_id FROM articles WHERE article_id IN ({marks})", ids).fetchall()
    gone = set(ids) - {r[0] for r in rows}
    return [[row for row in found_rows if row[0] not in gone] for found_rows in found]
