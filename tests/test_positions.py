"""The change rules of conditions.md on a real warehouse, with a scripted extractor.

`ScriptExtractor` implements the StatementExtractor interface by reading lines
like `RU stance willing 2026-01-05` (or `UA prerequisite ceasefire withdraw
2026-01-06`) from the article text, so these tests pin the state machine and
the processing transaction, not the rule-based reading.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from extractors.base import ArticleText, Condition, Statement
from flows.read import process_pending_articles
from flows.seeds import load_seeds
from warehouse.articles import NewArticle, StoredArticle, store_article
from warehouse.db import open_writer

_LINE = re.compile(r"^(RU|UA|US|MEDIATOR) (\w+) (\w+)(?: (withdraw))? (\d{4}-\d{2}-\d{2})$", re.M)


class ScriptExtractor:
    name = "script"

    def __init__(self, fail_on: str | None = None, error: str | None = None) -> None:
        self.fail_on = fail_on
        self.error = error
        self.seen: list[str] = []

    def extract(self, article: ArticleText) -> list[Statement]:
        self.seen.append(article.article_id)
        if self.error and self.error in article.text:
            raise ValueError("cannot read this page")
        if self.fail_on and self.fail_on in article.text:
            raise KeyboardInterrupt("the pass is killed mid-batch")
        out = []
        for m in _LINE.finditer(article.text):
            party, kind, value, withdraw, day = m.groups()
            cond = Condition(party, kind, value, evidence=m.group(0), op="withdraw" if withdraw else "assert")
            out.append(
                Statement(party, party, m.group(0), True, date.fromisoformat(day), m.start(), m.end(), (cond,))
            )
        return out


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    with open_writer(tmp_path / "w.duckdb") as c:
        yield c


_N = iter(range(10_000))


def add(con: duckdb.DuckDBPyConnection, *lines: str, published: str = "2026-01-10", url: str | None = None,
        text: str | None = None) -> StoredArticle:
    n = next(_N)
    body = text or "\n".join([f"Story number {n} about a possible meeting of the two leaders.", *lines])
    url = url or f"http://news.test/{n}"
    return store_article(con, NewArticle(url, url, body, published_at=datetime.fromisoformat(published)))


def run(con: duckdb.DuckDBPyConnection, extractor: ScriptExtractor | None = None, baseline: bool = False) -> dict:
    return process_pending_articles(con, extractor or ScriptExtractor(), baseline=baseline, alert_sink="console")


def changes(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "SELECT party, kind, op, old_value, new_value FROM position_changes ORDER BY stated_on, party, kind"
    ).fetchall()


def state(con: duckdb.DuckDBPyConnection, party: str, kind: str) -> dict[str, tuple]:
    rows = con.execute(
        "SELECT value, since, last_stated_on FROM positions WHERE party = ? AND kind = ?", [party, kind]
    ).fetchall()
    return {v: (s.isoformat(), last.isoformat()) for v, s, last in rows}


def statuses(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT value, op, status FROM assertions ORDER BY stated_on, value").fetchall()


def count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_first_statement_is_a_change_with_one_pending_alert(con: duckdb.DuckDBPyConnection) -> None:
    stats = run(con) if add(con, "RU stance willing 2026-01-05") else None
    assert changes(con) == [("RU", "stance", "set", None, "willing")]
    assert con.execute("SELECT status, sink, attempts FROM alerts").fetchall() == [("pending", "console", 0)]
    assert stats == {"articles": 1, "statements": 1, "assertions": 1, "changes": 1, "sources_added": 0, "failed": 0,
                     "below_confidence": 0}
    assert state(con, "RU", "stance") == {"willing": ("2026-01-05", "2026-01-05")}


def test_reaffirmed_moves_the_date_and_historical_changes_nothing(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "RU stance willing 2026-01-05")
    run(con)
    add(con, "RU stance willing 2026-01-08", "RU stance skeptical 2025-06-01")
    stats = run(con)
    assert stats["changes"] == 0 and len(changes(con)) == 1
    assert statuses(con) == [
        ("skeptical", "assert", "historical"), ("willing", "assert", "change"), ("willing", "assert", "reaffirmed"),
    ]
    assert state(con, "RU", "stance") == {"willing": ("2026-01-05", "2026-01-08")}
    assert count(con, "alerts") == 1


def test_a_statement_long_before_its_article_moves_the_position_without_an_alert(
        con: duckdb.DuckDBPyConnection) -> None:
    """A recap ("Putin invited him to Moscow back in September", in a January story) that the party had said nothing
    newer on is recorded as a change, but it is history, not news: its change is less sure, below the alert gate
    (the assertion keeps its own confidence). A statement of the last weeks alerts as before."""
    add(con, "RU venue moscow 2025-09-03", "UA venue not_moscow 2025-12-20", published="2026-01-10")
    stats = process_pending_articles(con, ScriptExtractor(), baseline=False, alert_sink="console", min_confidence=0.5)
    assert changes(con) == [("RU", "venue", "set", None, "moscow"), ("UA", "venue", "set", None, "not_moscow")]
    assert state(con, "RU", "venue") == {"moscow": ("2025-09-03", "2025-09-03")}
    assert stats["below_confidence"] == 1 and count(con, "alerts") == 1
    alerted = con.execute("SELECT pc.party FROM alerts JOIN position_changes pc USING (change_id)").fetchall()
    assert alerted == [("UA",)]
    assert con.execute("SELECT DISTINCT confidence FROM assertions").fetchall() == [(1.0,)]
    assert con.execute("SELECT party, confidence FROM position_changes ORDER BY party").fetchall() == [
        ("RU", 0.4), ("UA", 1.0)]


def test_exclusive_kinds_replace_and_additive_kinds_add(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "RU venue moscow 2026-01-05", "UA prerequisite ceasefire 2026-01-05")
    add(con, "RU venue istanbul 2026-01-07", "UA prerequisite security_guarantees 2026-01-07")
    assert run(con)["changes"] == 4
    assert changes(con) == [
        ("RU", "venue", "set", None, "moscow"),
        ("UA", "prerequisite", "add", None, "ceasefire"),
        ("RU", "venue", "set", "moscow", "istanbul"),
        ("UA", "prerequisite", "add", None, "security_guarantees"),
    ]
    assert set(state(con, "RU", "venue")) == {"istanbul"}
    assert set(state(con, "UA", "prerequisite")) == {"ceasefire", "security_guarantees"}
    assert count(con, "alerts") == 4


def test_withdrawal_removes_a_held_value_and_is_ignored_otherwise(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "UA prerequisite ceasefire 2026-01-05")
    run(con)
    add(con, "UA prerequisite ceasefire withdraw 2026-01-09", "UA demand referendum withdraw 2026-01-09")
    assert run(con)["changes"] == 1
    assert changes(con)[-1] == ("UA", "prerequisite", "remove", "ceasefire", None)
    assert state(con, "UA", "prerequisite") == {} and state(con, "UA", "demand") == {}
    assert count(con, "alerts") == 2


def test_a_recap_from_before_a_withdrawal_does_not_add_the_value_back(con: duckdb.DuckDBPyConnection) -> None:
    """A demand dropped on the 9th, then a story recalling it as made on the 7th: the withdrawal is the party's
    latest word on the kind, so the recap is history, not a new change (in a later pass too: the withdrawal's day is
    read back from the warehouse). Stated again after the withdrawal, it is a change."""
    add(con, "UA prerequisite ceasefire 2026-01-05")
    run(con)
    add(con, "UA prerequisite ceasefire withdraw 2026-01-09")
    run(con)
    add(con, "UA prerequisite ceasefire 2026-01-07", "UA prerequisite security_guarantees 2026-01-08",
        published="2026-01-12")
    assert run(con)["changes"] == 0
    assert state(con, "UA", "prerequisite") == {} and count(con, "alerts") == 2
    recaps = con.execute("SELECT value, status FROM assertions WHERE stated_on IN ('2026-01-07', '2026-01-08')"
                         " ORDER BY value").fetchall()
    assert recaps == [("ceasefire", "historical"), ("security_guarantees", "historical")]
    add(con, "UA prerequisite ceasefire 2026-01-07", "UA prerequisite ceasefire withdraw 2026-01-09",
        "UA prerequisite ceasefire 2026-01-08", published="2026-01-12")  # one batch: the same
    add(con, "UA prerequisite ceasefire 2026-01-14", published="2026-01-14")
    assert run(con)["changes"] == 1
    assert changes(con)[-1] == ("UA", "prerequisite", "add", None, "ceasefire")
    assert state(con, "UA", "prerequisite") == {"ceasefire": ("2026-01-14", "2026-01-14")}


def test_batch_is_applied_in_stated_on_order_not_arrival_order(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "RU venue istanbul 2026-01-07", published="2026-01-07")
    add(con, "RU venue moscow 2026-01-03", published="2026-01-09")  # a later article reporting an earlier statement
    run(con)
    assert changes(con) == [("RU", "venue", "set", None, "moscow"), ("RU", "venue", "set", "moscow", "istanbul")]


def test_coverage_of_a_change_adds_a_source_not_a_change(con: duckdb.DuckDBPyConnection) -> None:
    first = add(con, "RU stance willing 2026-01-05")
    run(con)
    other = add(con, "RU stance willing 2026-01-05", "Reported differently by another outlet, in other words.")
    stats = run(con)
    assert stats["changes"] == 0 and stats["sources_added"] == 1
    (change_id,) = con.execute("SELECT change_id FROM position_changes").fetchone()
    assert con.execute("SELECT change_id, article_id FROM change_sources").fetchall() == [(change_id, other.article_id)]
    assert count(con, "alerts") == 1 and first.article_id != other.article_id
    add(con, "UA prerequisite ceasefire 2026-01-05")
    run(con)
    add(con, "UA prerequisite ceasefire withdraw 2026-01-06")
    run(con)
    third = add(con, "UA prerequisite ceasefire withdraw 2026-01-06", "Same withdrawal, another outlet.")
    assert run(con)["sources_added"] == 1
    sql = "SELECT count(*) FROM change_sources WHERE article_id = ?"
    assert con.execute(sql, [third.article_id]).fetchone()[0] == 1


def test_a_duplicate_is_not_read_and_adds_sources_once(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    paras = [f"Paragraph {i}: officials in several capitals discussed the proposed summit." for i in range(12)]
    text = "\n".join(["RU format trilateral 2026-01-05", *paras])
    original = add(con, text=text)
    copy = add(con, text="This story first appeared on Example Wire.\n" + text)
    assert copy.duplicate_of == original.article_id
    extractor = ScriptExtractor()
    stats = run(con, extractor)
    assert extractor.seen == [original.article_id]
    assert stats["changes"] == 1 and stats["sources_added"] == 1
    assert con.execute("SELECT article_id FROM change_sources").fetchall() == [(copy.article_id,)]
    assert con.execute("SELECT count(*) FROM statements WHERE article_id = ?", [copy.article_id]).fetchone()[0] == 0
    assert con.execute("SELECT processed_at IS NOT NULL FROM articles WHERE article_id = ?",
                       [copy.article_id]).fetchone()[0]
    con.execute("UPDATE articles SET processed_at = NULL WHERE article_id = ?", [copy.article_id])
    assert run(con)["sources_added"] == 0, "at most one source row per (change, article)"


def test_a_rerun_adds_nothing(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "RU stance willing 2026-01-05", "UA venue not_moscow 2026-01-05")
    run(con)
    tables = ("statements", "assertions", "position_changes", "alerts", "change_sources", "position_state")
    before = [count(con, t) for t in tables]
    assert run(con)["articles"] == 0
    con.execute("UPDATE articles SET processed_at = NULL")  # even a forced re-read adds nothing
    run(con)
    assert [count(con, t) for t in tables] == before


def test_a_failed_batch_leaves_nothing_behind(con: duckdb.DuckDBPyConnection) -> None:
    add(con, "RU stance willing 2026-01-05")
    add(con, "UA stance willing 2026-01-06", "KILL")
    with pytest.raises(KeyboardInterrupt):
        run(con, ScriptExtractor(fail_on="KILL"))
    for table in ("statements", "assertions", "position_changes", "alerts", "position_state", "change_sources"):
        assert count(con, table) == 0, table
    assert con.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 2
    assert run(con)["changes"] == 2  # the next pass does the whole batch


def test_seeds_set_the_baseline_without_changes_and_load_once(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Seed story one.\nRU stance skeptical 2025-09-05\nRU venue moscow 2025-09-05\n")
    (seeds / "b.txt").write_text("Seed story two.\nRU stance willing 2022-04-06\nUA demand neutrality 2022-03-12\n")
    manifest = {"articles": [{"file": "a.txt", "title": "A", "outlet": "X", "published": "2025-09-05"}]}
    (seeds / "manifest.json").write_text(json.dumps(manifest))
    first = load_seeds(con, seeds, ScriptExtractor())
    assert first["new_seeds"] == 2 and first["seeds"] == 2
    assert changes(con) == [] and count(con, "alerts") == 0
    assert sorted(statuses(con)) == [
        ("moscow", "assert", "baseline"), ("neutrality", "assert", "baseline"),
        ("skeptical", "assert", "baseline"), ("willing", "assert", "baseline"),
    ]
    assert set(state(con, "RU", "stance")) == {"skeptical"}, "applied in stated_on order: 2022 first, then 2025"
    assert con.execute("SELECT title, outlet, published_at FROM articles WHERE url = 'seed:a'").fetchone() == (
        "A", "X", datetime(2025, 9, 5))
    before = [count(con, t) for t in ("articles", "statements", "assertions", "position_state")]
    assert load_seeds(con, seeds, ScriptExtractor())["new_seeds"] == 0
    assert [count(con, t) for t in ("articles", "statements", "assertions", "position_state")] == before
    # After the baseline, news is measured against it.
    add(con, "RU stance willing 2026-01-05")
    run(con)
    assert changes(con) == [("RU", "stance", "set", "skeptical", "willing")]


def test_seeds_stored_by_a_killed_pass_are_still_read_as_baseline(con: duckdb.DuckDBPyConnection,
                                                                  tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Seed story.\nRU stance skeptical 2025-09-05\n")
    with pytest.raises(KeyboardInterrupt):
        load_seeds(con, seeds, ScriptExtractor(fail_on="Seed story"))
    load_seeds(con, seeds, ScriptExtractor())
    assert statuses(con) == [("skeptical", "assert", "baseline")] and changes(con) == []


def test_an_article_the_extractor_fails_on_is_recorded_and_does_not_block_the_batch(
    con: duckdb.DuckDBPyConnection,
) -> None:
    bad = add(con, "UA stance willing 2026-01-06", "BROKEN")
    add(con, "RU stance willing 2026-01-05")
    stats = run(con, ScriptExtractor(error="BROKEN"))
    assert stats["failed"] == 1 and stats["changes"] == 1
    row = con.execute("SELECT processed_at IS NOT NULL, process_error FROM articles WHERE article_id = ?",
                      [bad.article_id]).fetchone()
    assert row == (True, "ValueError: cannot read this page")
    assert run(con)["articles"] == 0


def test_each_article_is_read_in_its_detected_language_and_it_is_stored(con: duckdb.DuckDBPyConnection) -> None:
    from extractors.reader import Reader

    ru = add(con, text="Песков заявил, что Путин готов встретиться с Зеленским в Москве.\n\n"
                       "По словам пресс-секретаря Кремля, такая встреча возможна после подготовки документов.")
    uk = add(con, text="Зеленський заявив, що готовий зустрітися з путіним, але не в Москві.\n\n"
                       "Президент України наголосив, що місце зустрічі має бути нейтральним.")
    en = add(con, text="Zelensky said he was ready to meet Putin, but not in Moscow, and repeated it on Friday.")

    class Spy:  # wraps the reader (a compiled class cannot be subclassed: extractors/__init__.py)
        def __init__(self) -> None:
            self.reader = Reader()
            self.name = self.reader.name
            self.langs: dict[str, str | None] = {}

        def extract(self, article: ArticleText) -> list[Statement]:
            self.langs[article.article_id] = article.lang
            return self.reader.extract(article)

    spy = Spy()
    process_pending_articles(con, spy, baseline=False, alert_sink="console")
    stored = dict(con.execute("SELECT article_id, lang FROM articles").fetchall())
    assert (stored[ru.article_id], stored[uk.article_id], stored[en.article_id]) == ("ru", "uk", "en")
    assert spy.langs == stored  # the reader got the language that is stored, and did not detect it again
    read = {(p, k, v) for p, k, v in con.execute("SELECT party, kind, value FROM assertions").fetchall()}
    assert ("RU", "venue", "moscow") in read and ("UA", "venue", "not_moscow") in read


def test_a_reading_too_unsure_to_alert_moves_no_position() -> None:
    """A reading below the alert threshold (a stance read for the wrong party, say) is stored as historical and
    changes nothing, so the party's next sure statement of what it held is a reaffirmation, not a wrong alert;
    the baseline (the seed corpus) takes every reading."""
    from domain.positions import PendingAssertion, PositionBook, apply_assertions

    def pending(n: int, value: str, day: str, confidence: float) -> PendingAssertion:
        return PendingAssertion(f"a{n}", f"art{n}", "RU", "stance", value, "assert", date.fromisoformat(day),
                                (n,), confidence, date.fromisoformat(day))

    now = datetime(2026, 1, 1)
    book = PositionBook()
    apply_assertions(book, [pending(0, "skeptical", "2025-08-27", 0.8)], baseline=True, now=now)
    unsure = apply_assertions(book, [pending(1, "willing", "2025-09-08", 0.46)], baseline=False, now=now,
                              min_confidence=0.5)
    sure = apply_assertions(book, [pending(2, "skeptical", "2025-11-24", 0.74)], baseline=False, now=now,
                            min_confidence=0.5)
    assert [o.status for o in unsure + sure] == ["historical", "reaffirmed"]
    assert book.new_changes == [] and set(book.held[("RU", "stance")]) == {"skeptical"}
    seeded = PositionBook()
    apply_assertions(seeded, [pending(3, "willing", "2025-09-08", 0.3)], baseline=True, now=now, min_confidence=0.5)
    assert set(seeded.held[("RU", "stance")]) == {"willing"}


def test_a_place_proposed_and_another_ruled_out_on_one_day_are_held_together() -> None:
    """"Moscow is not acceptable; Putin could come to Kyiv" is one position said in one breath: both halves are
    held, so another outlet reporting that day's not_moscow after its kyiv is reaffirmed, not a second alert. On
    different days a rejection and a proposal still replace each other, and a place replaces its own rejection."""
    from domain.positions import PendingAssertion, PositionBook, apply_assertions

    def pending(n: int, value: str, day: str) -> PendingAssertion:
        return PendingAssertion(f"a{n}", f"art{n}", "UA", "venue", value, "assert", date.fromisoformat(day),
                                (n,), 0.8, date.fromisoformat(day))

    now = datetime(2026, 1, 1)
    book = PositionBook()
    apply_assertions(book, [pending(0, "not_moscow", "2025-09-04")], baseline=True, now=now)
    same_day = apply_assertions(book, [pending(1, "kyiv", "2025-09-04"), pending(2, "not_moscow", "2025-09-04")],
                                baseline=False, now=now, min_confidence=0.5)
    assert [o.status for o in same_day] == ["change", "reaffirmed"]
    assert set(book.held[("UA", "venue")]) == {"not_moscow", "kyiv"}
    later = apply_assertions(book, [pending(3, "not_budapest", "2025-10-20")], baseline=False, now=now)
    assert [o.status for o in later] == ["change"] and set(book.held[("UA", "venue")]) == {"not_budapest"}
    own = apply_assertions(book, [pending(4, "budapest", "2025-10-20")], baseline=False, now=now)
    assert [o.status for o in own] == ["change"] and set(book.held[("UA", "venue")]) == {"budapest"}
    assert [(c.old_value, c.new_value) for c in book.new_changes] == [
        (None, "kyiv"), ("not_moscow", "not_budapest"), ("not_budapest", "budapest")]


def test_a_refusal_held_and_said_again_beside_a_new_place_is_no_flip() -> None:
    """(h_notx) "Vienna, Istanbul, Geneva - anything but Moscow" in one article, after an earlier "not in Moscow":
    the refusal held is reaffirmed first and the place is added beside it, one alert; in text order the place would
    replace the refusal and the refusal said the same day would come back, a second alert (a flip). Two articles, or
    two places both new, keep their order."""
    from domain.positions import PendingAssertion, PositionBook, apply_assertions

    def pending(n: int, value: str, day: str, article: str) -> PendingAssertion:
        return PendingAssertion(f"a{n}", article, "UA", "venue", value, "assert", date.fromisoformat(day),
                                (article, n), 0.8, date.fromisoformat(day))

    now = datetime(2026, 1, 1)
    book = PositionBook()
    apply_assertions(book, [pending(0, "not_moscow", "2025-09-03", "old")], baseline=True, now=now)
    one = apply_assertions(book, [pending(1, "vienna", "2025-09-05", "x"), pending(2, "not_moscow", "2025-09-05", "x")],
                           baseline=False, now=now, min_confidence=0.5)
    assert {o.assertion_id: o.status for o in one} == {"a1": "change", "a2": "reaffirmed"}
    assert set(book.held[("UA", "venue")]) == {"not_moscow", "vienna"}
    assert [(c.old_value, c.new_value) for c in book.new_changes] == [(None, "vienna")]


def test_two_mediators_offering_two_places_on_one_day_are_held_together() -> None:
    """The mediators are many countries: a Swiss offer of Geneva and a Hungarian one of Budapest on one day are
    two offers, both held, so a later outlet's report of the Geneva offer is reaffirmed, not a flip back (a wrong
    alert). A place offered on a later day still replaces them, and one party's two places a day still do."""
    from domain.positions import PendingAssertion, PositionBook, apply_assertions

    def pending(n: int, value: str, day: str, party: str = "MEDIATOR") -> PendingAssertion:
        return PendingAssertion(f"a{n}", f"art{n}", party, "venue", value, "assert", date.fromisoformat(day),
                                (n,), 0.8, date.fromisoformat(day))

    now = datetime(2026, 1, 1)
    book = PositionBook()
    same_day = apply_assertions(book, [pending(0, "geneva", "2025-08-19"), pending(1, "budapest", "2025-08-19"),
                                       pending(2, "geneva", "2025-08-19")], baseline=False, now=now)
    assert [o.status for o in same_day] == ["change", "change", "reaffirmed"]
    assert set(book.held[("MEDIATOR", "venue")]) == {"geneva", "budapest"}
    later = apply_assertions(book, [pending(3, "istanbul", "2025-08-25")], baseline=False, now=now)
    assert [o.status for o in later] == ["change"] and set(book.held[("MEDIATOR", "venue")]) == {"istanbul"}
    one_voice = apply_assertions(book, [pending(4, "moscow", "2025-09-03", "RU"),
                                        pending(5, "minsk", "2025-09-03", "RU")], baseline=False, now=now)
    assert [o.status for o in one_voice] == ["change", "change"]
    assert set(book.held[("RU", "venue")]) == {"minsk"}


def test_a_country_said_the_day_a_city_within_it_was_offered_is_no_second_change() -> None:
    """(h_alerts21) "Turkey would be honoured to host ... in Istanbul": the city is applied first (also when the
    country comes first in the text) and the country of the same day reaffirms it, one alert, not Istanbul ->
    Turkey. On a later day the country is a change, and so is a city narrowing a held country or a country
    ruled out."""
    from domain.positions import PendingAssertion, PositionBook, apply_assertions

    def pending(n: int, value: str, day: str, article: str) -> PendingAssertion:
        return PendingAssertion(f"a{n}", article, "MEDIATOR", "venue", value, "assert", date.fromisoformat(day),
                                (article, n), 0.8, date.fromisoformat(day))

    now = datetime(2026, 1, 1)
    book = PositionBook()
    one = apply_assertions(book, [pending(0, "turkey", "2022-03-29", "x"), pending(1, "istanbul", "2022-03-29", "x")],
                           baseline=False, now=now, min_confidence=0.5)
    assert {o.assertion_id: o.status for o in one} == {"a0": "reaffirmed", "a1": "change"}
    other = apply_assertions(book, [pending(2, "turkey", "2022-03-29", "y")], baseline=False, now=now)
    assert [o.status for o in other] == ["reaffirmed"] and set(book.held[("MEDIATOR", "venue")]) == {"istanbul"}
    later = apply_assertions(book, [pending(3, "turkey", "2022-04-10", "z")], baseline=False, now=now)
    assert [o.status for o in later] == ["change"] and set(book.held[("MEDIATOR", "venue")]) == {"turkey"}
    narrowed = apply_assertions(book, [pending(4, "istanbul", "2022-04-15", "v")], baseline=False, now=now)
    assert [o.status for o in narrowed] == ["change"]
    refused = apply_assertions(book, [pending(5, "not_turkey", "2022-04-20", "w")], baseline=False, now=now)
    assert [o.status for o in refused] == ["change"]
    assert [(c.old_value, c.new_value) for c in book.new_changes] == [
        (None, "istanbul"), ("istanbul", "turkey"), ("turkey", "istanbul"), ("istanbul", "not_turkey")]
