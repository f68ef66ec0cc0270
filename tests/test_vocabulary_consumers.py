"""One vocabulary: docs/conditions.md, the warehouse's vocabulary tables and every rendered word agree with it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from alerts.render import ChangeView, blocks, fallback_text
from domain.vocabulary import vocabulary
from warehouse.db import open_writer
from warehouse.views import vocabulary_rows

PROJECT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("alerts", "reports", "warehouse", "summitwatch", "flows", "deploy")


def _doc_tables() -> tuple[set[str], dict[str, bool], dict[str, set[str]]]:
    """Parties, kinds (exclusive?) and the values of each kind, as docs/conditions.md's tables list them."""
    parties: set[str] = set()
    kinds: dict[str, bool] = {}
    values: dict[str, set[str]] = {}
    kind = ""
    for line in (PROJECT / "docs" / "conditions.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) == 2 and re.fullmatch(r"`[A-Z]+`", cells[0]):
            parties.add(cells[0].strip("`"))
        elif len(cells) == 4 and cells[0] not in ("kind", "---"):
            if cells[0]:
                kind = cells[0].strip("`")
                kinds[kind] = cells[1] == "yes"
            values.setdefault(kind, set()).update(re.findall(r"`([a-z_<>]+)`", cells[2]))
    return parties, kinds, values


def test_docs_tables_and_vocabulary_name_the_same_ids() -> None:
    vocab = vocabulary()
    parties, kinds, values = _doc_tables()
    assert parties == set(vocab.party_ids)
    assert kinds == {k.id: k.exclusive for k in vocab.kinds}
    for kind in vocab.kind_ids:
        ours = {v.id for v in vocab.values if v.kind == kind}
        if kind == "venue":
            listed = {v.removeprefix("not_") for v in values[kind] - {"not_<place>"}}
            assert listed - {"any"} <= set(vocab.places), listed - set(vocab.places)
            assert "any" in listed and ours == {"any"}
        else:
            assert values[kind] == ours, kind


def _every_change() -> list[ChangeView]:
    """A `set` to every value of an exclusive kind (from another value), an add and a remove of every additive one."""
    vocab = vocabulary()
    out = []
    for kind in vocab.kinds:
        ids = vocab.values_of(kind.id)
        for i, value in enumerate(ids):
            ops = [("set", ids[i - 1], value)] if kind.exclusive else [("add", None, value), ("remove", value, None)]
            for op, old, new in ops:
                out.append(ChangeView(
                    change_id="c1", party=vocab.party_ids[i % len(vocab.party_ids)], kind=kind.id, op=op,
                    old_value=old, new_value=new, stated_on=date(2026, 11, 16), speaker="A spokesman",
                    evidence="Words.", url="https://news.example/a", outlet="Example News", title="A headline",
                ))
    return out


@pytest.mark.parametrize("c", _every_change(), ids=lambda c: f"{c.kind}-{c.op}-{c.new_value or c.old_value}")
def test_slack_shows_words_for_every_value(c: ChangeView) -> None:
    vocab = vocabulary()
    msg = blocks(c)
    worded = msg[0]["text"]["text"] + json.dumps(msg[1], ensure_ascii=False) + fallback_text(c)
    for value in filter(None, (c.old_value, c.new_value)):
        words = vocab.short(c.kind, value)
        assert words in worded
        if words != value:
            assert not re.search(rf"\b{re.escape(value)}\b", worded.replace(words, "")), f"raw id {value!r} shown"
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", worded), worded
    assert vocab.party(c.party).name in msg[0]["text"]["text"] and vocab.kind(c.kind).short in worded


def test_warehouse_vocabulary_tables_are_the_vocabulary(tmp_path: Path) -> None:
    with open_writer(tmp_path / "w.duckdb") as con:
        for table, rows in vocabulary_rows(vocabulary()).items():
            stored = con.execute(f"SELECT * FROM {table}").fetchall()
            assert sorted(stored) == sorted(rows), table
        exclusive = {r[0] for r in con.execute("SELECT kind FROM vocabulary_kinds WHERE exclusive").fetchall()}
        words = con.execute(
            "SELECT full_words FROM vocabulary_values WHERE kind = 'venue' AND value = 'not_moscow'"
        ).fetchone()
    assert exclusive == vocabulary().exclusive_kinds
    assert words == ("not in Moscow",)


def test_views_take_exclusive_kinds_from_the_vocabulary_table(tmp_path: Path) -> None:
    """The baseline's op comes from vocabulary_kinds: flip a kind there and the view follows."""
    with open_writer(tmp_path / "w.duckdb") as con:
        _one_baseline(con, "format", "trilateral")
        assert _baseline_op(con) == "set"
        con.execute("UPDATE vocabulary_kinds SET exclusive = FALSE WHERE kind = 'format'")
        assert _baseline_op(con) == "add"


def _one_baseline(con: duckdb.DuckDBPyConnection, kind: str, value: str) -> None:
    con.execute("INSERT INTO articles (article_id, url, canonical_url, fetched_at) VALUES ('a1', 'u', 'u', now())")
    con.execute("INSERT INTO statements (statement_id, article_id, speaker, party) VALUES ('s1', 'a1', 'x', 'UA')")
    con.execute(
        "INSERT INTO assertions (assertion_id, statement_id, article_id, party, kind, value, status)"
        " VALUES ('x1', 's1', 'a1', 'UA', ?, ?, 'baseline')",
        [kind, value],
    )


def _baseline_op(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("SELECT op FROM position_history WHERE change_id = 'x1'").fetchone()[0]


def test_no_consumer_keeps_its_own_word_tables() -> None:
    """The old per-module tables (issue 9) stay gone: words, colours and exclusive kinds come from the vocabulary."""
    old = re.compile(r"^\s*(PARTY_NAMES|VALUE_NAMES|SHORT_KINDS|COLOURS|PARTIES|KINDS|VALUES)\b.*=|\bdef value_words\b")
    found = [
        f"{path.relative_to(PROJECT)}: {line.strip()}"
        for d in CODE_DIRS
        for path in (PROJECT / d).rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if old.search(line)
    ]
    assert found == []
    sql = (PROJECT / "warehouse" / "views.sql").read_text(encoding="utf-8")
    assert "'stance'" not in sql and "'venue'" not in sql, "views.sql spells out kinds"
