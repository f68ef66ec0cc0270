"""The analysts' views, created with the schema (see views.sql), and the vocabulary tables they read.

The views must not spell out the vocabulary (which kinds are exclusive, what a
value means): they join `vocabulary_kinds`, written here from
`domain/vocabulary.toml` on every migrate, so the SQL and the Python code
cannot drift apart. Analysts get the words too:
`SELECT p.*, v.full_words FROM positions p JOIN vocabulary_values v USING (kind, value)`.
"""

from __future__ import annotations

from importlib import resources

import duckdb

from domain.vocabulary import Vocabulary, vocabulary

VOCABULARY_TABLES = {
    "vocabulary_parties": "party VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, colour VARCHAR NOT NULL",
    "vocabulary_kinds": "kind VARCHAR PRIMARY KEY, exclusive BOOLEAN NOT NULL, label VARCHAR NOT NULL,"
    " short_label VARCHAR NOT NULL",
    "vocabulary_values": "kind VARCHAR NOT NULL, value VARCHAR NOT NULL, short_words VARCHAR NOT NULL,"
    " full_words VARCHAR NOT NULL, PRIMARY KEY (kind, value)",
}


def views_sql() -> str:
    return resources.files("warehouse").joinpath("views.sql").read_text(encoding="utf-8")


def vocabulary_rows(vocab: Vocabulary) -> dict[str, list[tuple]]:
    """The rows of each vocabulary table; venue values are `any`, every place and every `not_<place>`."""
    return {
        "vocabulary_parties": [(p.id, p.name, p.colour) for p in vocab.parties],
        "vocabulary_kinds": [(k.id, k.exclusive, k.label, k.short) for k in vocab.kinds],
        "vocabulary_values": [
            (k, v, vocab.short(k, v), vocab.full(k, v)) for k in vocab.kind_ids for v in vocab.values_of(k)
        ],
    }


def write_vocabulary(con: duckdb.DuckDBPyConnection, vocab: Vocabulary | None = None) -> None:
    """Replace the vocabulary tables with the shipped vocabulary (a few hundred rows, one INSERT each)."""
    for table, rows in vocabulary_rows(vocab or vocabulary()).items():
        con.execute(f"CREATE OR REPLACE TABLE {table} ({VOCABULARY_TABLES[table]})")
        if rows:
            marks = ", ".join(["(" + ", ".join("?" * len(rows[0])) + ")"] * len(rows))
            con.execute(f"INSERT INTO {table} VALUES {marks}", [x for row in rows for x in row])


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    write_vocabulary(con)
    con.execute(views_sql())
