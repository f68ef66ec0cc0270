"""Calibration: per (party, kind) trust measured on the tune corpora, shipped as data and applied by the reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.vocabulary import VocabularyError
from extractors import rules
from extractors.base import ArticleText
from extractors.calibrate import PRIOR, factors, render
from extractors.reader import Reader


def test_factors_are_smoothed_precision_relative_to_the_prior() -> None:
    f = factors({("RU", "format"): (1, 5), ("UA", "stance"): (90, 10), ("US", "stance"): (0, 0)})
    assert f[("US", "stance")] == 1.0  # nothing measured: the prior itself
    assert f[("RU", "format")] < 0.6 < f[("UA", "stance")]
    assert f[("UA", "stance")] == round((90 + PRIOR * 4) / 104 / PRIOR, 2)


def test_the_shipped_table_loads_and_lowers_what_the_reader_reads_badly() -> None:
    book = rules.rulebook()
    assert book.calibration, "rules/calibration.toml ships with the package"
    assert all(0 < f <= 1 for f in book.calibration.values())
    assert book.factor("RU", "format") < book.factor("UA", "stance")


def _ship(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    """Make `table` the calibration.toml the loader reads."""
    pkg = tmp_path / "extractors"
    (pkg / "rules").mkdir(parents=True)
    (pkg / "rules" / "calibration.toml").write_text(table)
    monkeypatch.setattr(rules.resources, "files", lambda _pkg: pkg)


def test_a_bad_table_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _ship(tmp_path, monkeypatch, '[[factor]]\nparty = "XX"\nkind = "stance"\nfactor = 0.5\n')
    with pytest.raises(VocabularyError, match="calibration.toml: factor 1"):
        rules._calibration()


def test_render_round_trips_through_the_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _ship(tmp_path, monkeypatch, render({("RU", "format"): (1, 5), ("UA", "stance"): (9, 1)}))
    table = rules._calibration()
    assert set(table) == {("RU", "format"), ("UA", "stance")}
    assert table[("RU", "format")] < table[("UA", "stance")] <= 1.0


def test_the_reader_applies_the_factor() -> None:
    text = "Diplomats discussed a meeting between Putin and Zelensky.\n\nPeskov said Putin was ready to meet Zelensky."
    stated = [c for st in Reader().extract(ArticleText("t", text, published=date(2025, 9, 5))) for c in st.conditions]
    willing = next(c for c in stated if (c.party, c.kind, c.value) == ("RU", "stance", "willing"))
    rule = rules.rulebook().by_id[willing.rule]
    assert willing.confidence == pytest.approx(rule.confidence * rules.rulebook().factor("RU", "stance"), abs=0.01)


def test_caps_take_the_rules_read_as_often_wrong_as_right() -> None:
    from extractors.calibrate import caps

    got = caps({("RU", "stance.propose"): (7, 9), ("UA", "stance.ready"): (277, 3), ("UA", "venue.home"): (0, 2)})
    assert got == [("RU", "stance.propose")]  # UA's ready is right; two wrong readings are too few to judge


def test_a_bad_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = rules.rulebook()  # (the shipped rules, read before the table is replaced)
    _ship(tmp_path, monkeypatch, '[[cap]]\nparty = "RU"\nrule = "no.such.rule"\n')
    with pytest.raises(VocabularyError, match="calibration.toml: cap 1"):
        rules._caps(book.by_id)


def test_a_capped_rule_reads_under_the_alert_threshold() -> None:
    book = rules.rulebook()
    assert ("RU", "stance.propose") in book.capped
    text = "Diplomats discussed a meeting between Putin and Zelensky.\n\nPeskov said Putin offered talks to Zelensky."
    stated = [c for st in Reader().extract(ArticleText("t", text, published=date(2025, 9, 5))) for c in st.conditions]
    proposed = [c for c in stated if c.rule == "stance.propose" and c.party == "RU"]
    assert proposed and all(c.confidence < 0.5 for c in proposed)  # "offered talks": delegations' as often as not
