"""`summitwatch timeline`: one fixed-size picture, an honest time axis, words not ids, nothing cut or overlapping."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from domain.vocabulary import vocabulary
from reports.text_width import text_width
from reports.timeline import Event, Timeline, load_timeline
from reports.timeline_axis import build_axis
from reports.timeline_layout import HEIGHT, LANES_BOTTOM, WIDTH, X0, X1, Mark, Rect, Text, lay_out, mark_label
from summitwatch.cli import main
from tests.support.story import build_story
from tests.support.warehouse_data import Warehouse

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return build_story(tmp_path_factory.mktemp("timeline"))


@pytest.fixture(scope="module")
def files(wh: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("out") / "charts"
    assert main(["--db", str(wh.path), "timeline", "--out", str(out)]) == 0
    return {p.suffix: p for p in out.iterdir()}


@pytest.fixture(scope="module")
def svg(files: dict[str, Path]) -> ET.Element:
    page = files[".html"].read_text(encoding="utf-8")
    return ET.fromstring(re.search(r"<svg.*</svg>", page, flags=re.S).group(0))  # well-formed XML


def _history(wh: Warehouse) -> list[tuple]:
    with duckdb.connect(str(wh.path), read_only=True) as con:
        return con.execute(
            "SELECT change_id, party, kind, is_baseline, speaker, canonical_url FROM position_history"
        ).fetchall()


def _marks(svg: ET.Element) -> list[ET.Element]:
    return [g for g in svg.iter(f"{SVG}g") if g.get("class") == "mark"]


def _visible_texts(svg: ET.Element) -> list[str]:
    """What a reader sees: every <text>, without the tooltips' <title>s."""
    return ["".join(el.itertext()).replace(_title(el), "", 1).strip() for el in svg.iter(f"{SVG}text")]


def _title(el: ET.Element) -> str:
    title = el.find(f"{SVG}title")
    return title.text if title is not None else ""


def test_writes_both_files(files: dict[str, Path]) -> None:
    assert set(files) == {".html", ".png"}
    assert files[".html"].name == "timeline.html" and files[".png"].name == "timeline.png"


def test_html_is_self_contained(files: dict[str, Path]) -> None:
    page = files[".html"].read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, flags=re.I)
    assert not re.search(r"<link\b|@import|url\(", page, flags=re.I)


def test_png_has_a_fixed_readable_size_and_stays_small(files: dict[str, Path]) -> None:
    from matplotlib import image

    data = files[".png"].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.imread(files[".png"]).shape[:2] == (HEIGHT, WIDTH) == (900, 1600)
    assert len(data) < 200_000


def test_a_titled_mark_per_change_with_speaker_source_and_explain_id(wh: Warehouse, svg: ET.Element) -> None:
    history = _history(wh)
    marks = _marks(svg)
    assert len(marks) == len(history)
    tips = {g.find(f"{SVG}title").text for g in marks}
    for change_id, _party, _kind, _baseline, speaker, url in history:
        tip = next(t for t in tips if t.endswith(f"summitwatch explain {change_id}"))
        assert (speaker or "unknown speaker") in tip and "“" in tip
        if not url.startswith("seed:"):
            assert url in tip, "the canonical link is in the tooltip"
    assert any("(seed baseline)" in t for t in tips) and any("(seed baseline)" not in t for t in tips)
    fills = {}
    for g in marks:
        shape = g.find(f"{SVG}circle") if g.find(f"{SVG}circle") is not None else g.find(f"{SVG}rect")
        fills.setdefault("(seed baseline)" in g.find(f"{SVG}title").text, set()).add(shape.get("fill"))
    assert fills[True] == {"white"} and "white" not in fills[False]


def test_words_from_the_vocabulary_never_ids_and_never_cut(wh: Warehouse, svg: ET.Element) -> None:
    vocab = vocabulary()
    texts = _visible_texts(svg)
    seen = " | ".join(texts)
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", seen), "a raw id with an underscore"
    for word in ("skeptical", "moscow", "istanbul", "prerequisite", "MEDIATOR"):
        assert not re.search(rf"\b{word}\b", seen), word
    assert "…" not in seen, "no label is cut"
    tl = load_timeline(wh.cfg)
    for party in {h[1] for h in _history(wh)}:
        assert vocab.party(party).name in texts
    for e in tl.events:  # in the recent months with the day it was said: 'Istanbul (16 Nov)'
        assert any(t == mark_label(e) or t == f"{mark_label(e)} ({e.stated_on:%-d %b})" for t in texts), mark_label(e)
    assert {"held now", "preconditions", "demands"} <= set(texts)
    held = {el.find(f"{SVG}title").text for el in svg.iter(f"{SVG}text") if el.find(f"{SVG}title") is not None}
    for party, kind, value in tl.held:
        assert any(t.startswith(f"{vocab.party(party).name}, {vocab.kind(kind).label.lower()} now: ")
                   and vocab.full(kind, value) in t for t in held), (party, kind, value)


def test_as_of_date_and_legend(svg: ET.Element, wh: Warehouse) -> None:
    seen = " ".join(_visible_texts(svg))
    as_of = datetime.fromtimestamp((wh.path.parent / "warehouse.snapshot.duckdb").stat().st_mtime, UTC)
    assert f"As of {as_of:%-d %B %Y}" in seen and f"as of {as_of:%-d %b %Y}" in seen
    for words in ("seed baseline", "detected change", "condition dropped", "summitwatch explain CHANGE_ID"):
        assert words in seen


def _boxes(scene_texts: list[Text]) -> list[tuple[float, float, float, float, str]]:
    boxes = []
    for t in scene_texts:
        w = text_width(t.text, t.px, t.bold)
        x0 = t.x - (w if t.anchor == "end" else w / 2 if t.anchor == "middle" else 0)
        boxes.append((x0, t.y - 0.75 * t.px, x0 + w, t.y + 0.2 * t.px, t.text))
    return boxes


def assert_readable(tl: Timeline) -> None:
    """Every text inside the picture, and no two texts overlapping."""
    scene = lay_out(tl)
    texts = [s for s in scene.shapes if isinstance(s, Text)]
    texts += [s.label for s in scene.shapes if isinstance(s, Mark) and s.label]
    boxes = _boxes(texts)
    for x0, y0, x1, y1, text in boxes:
        assert 0 <= x0 and x1 <= WIDTH and 0 <= y0 and y1 <= HEIGHT, text
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
            assert not overlap, (a[4], b[4])


def test_layout_of_the_story_is_readable(wh: Warehouse) -> None:
    tl = load_timeline(wh.cfg)
    assert_readable(tl)
    scene = lay_out(tl)
    labels = {s.label.text for s in scene.shapes if isinstance(s, Mark) and s.label}
    axis = build_axis([e.stated_on for e in tl.events], tl.as_of.date(), X0, X1)
    recent_from = axis.segments[-1].start
    expected = {mark_label(e) + (f" ({e.stated_on:%-d %b})" if e.stated_on >= recent_from else "") for e in tl.events}
    assert labels == expected, "with room to spare, every mark keeps its words, and a recent one its day"
    assert any("(" in label for label in labels) and any("(" not in label for label in labels)
    texts = [s.text for s in scene.shapes if isinstance(s, Text)]
    cuts = [b.label for b in axis.breaks if b.label]
    assert len(cuts) == texts.count("no changes") == 2 and set(cuts) <= set(texts), "a cut names its months, one line"
    lanes_end = max(s.y + s.h for s in scene.shapes if isinstance(s, Rect) and s.x == 0)
    assert lanes_end >= LANES_BOTTOM - 12, "the lanes share the height: no blank strip under them"


def test_a_crowded_warehouse_still_fits_and_keeps_recent_words() -> None:
    """Years of changes in every lane: fixed size, nothing overlaps, the newest labels are the ones kept."""
    vocab, rng = vocabulary(), random.Random(7)
    events = []
    for i in range(300):
        kind = rng.choice(vocab.kinds)
        value = rng.choice(vocab.values_of(kind.id))
        op = "set" if kind.exclusive else rng.choice(["add", "remove"])
        day = date(2019, 12, 1) + timedelta(days=rng.randrange(2550))
        events.append(Event(f"c{i:04d}", rng.choice(vocab.party_ids), kind.id, op, value if op == "remove" else None,
                            None if op == "remove" else value, day, False, "x", "y", "o", "t", "https://e.x/", 1))
    held = sorted({(e.party, e.kind, e.new_value) for e in events if e.new_value})
    tl = Timeline(sorted(events, key=lambda e: e.stated_on), held, datetime(2026, 12, 2, tzinfo=UTC), "x.duckdb")
    assert_readable(tl)
    marks = [s for s in lay_out(tl).shapes if isinstance(s, Mark) and s.tooltip]
    assert len(marks) == 300
    recent_x = build_axis([e.stated_on for e in events], date(2026, 12, 2), X0, X1).segments[-1].x0
    recent = [m for m in marks if m.x >= recent_x]
    assert recent and all(m.label for m in recent), "the last months keep their words"
    assert any(not m.label for m in marks), "older, crowded months give theirs up"


def test_time_axis_is_to_scale_with_visible_breaks_and_wide_recent_months() -> None:
    days = [date(2022, 3, 12), date(2022, 5, 13), date(2025, 8, 21), date(2025, 9, 5), date(2026, 10, 6)]
    axis = build_axis(days, date(2026, 12, 2), 200.0, 1200.0)
    xs = [axis.x(d) for d in days]
    assert xs == sorted(xs) and axis.x(date(2026, 12, 2)) <= 1200
    old, recent = axis.segments[0], axis.segments[-1]
    assert recent.recent and not old.recent and recent.start == date(2026, 7, 1)
    assert recent.px_per_day > 1.5 * old.px_per_day, "the last months are drawn wider"
    # to scale within a segment: twice the days, twice the distance
    assert axis.x(date(2022, 5, 1)) - axis.x(date(2022, 3, 1)) == pytest.approx(
        2 * (axis.x(date(2022, 4, 1)) - axis.x(date(2022, 3, 1))), rel=0.04)
    assert [b.label for b in axis.breaks] == ["Jun 2022 – Jul 2025", "Oct 2025 – Jun 2026"]
    assert all(b.x1 - b.x0 >= 60 for b in axis.breaks), "a cut is visible"


def test_recent_burst_just_before_the_window_joins_the_recent_months() -> None:
    axis = build_axis([date(2026, 6, 18), date(2026, 11, 16)], date(2026, 12, 2), 0.0, 1000.0)
    assert len(axis.segments) == 1 and axis.segments[0].start == date(2026, 6, 1) and not axis.breaks


def test_empty_warehouse_still_renders(tmp_path: Path) -> None:
    from warehouse.db import open_writer
    from warehouse.snapshot import publish_snapshot

    db = tmp_path / "empty.duckdb"
    with open_writer(db):
        pass
    publish_snapshot(db)
    assert main(["--db", str(db), "timeline", "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "timeline.png").stat().st_size > 0
