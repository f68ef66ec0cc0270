"""`summitwatch timeline`: a self-contained HTML page with an inline SVG, and a PNG with the same lanes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import duckdb
import pytest

from reports.timeline import load_timeline
from summitwatch.cli import main
from tests.support.warehouse_data import Warehouse, build_warehouse

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return build_warehouse(tmp_path_factory.mktemp("timeline"))


@pytest.fixture(scope="module")
def files(wh: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("out") / "charts"
    assert main(["--db", str(wh.path), "timeline", "--out", str(out)]) == 0
    return {p.suffix: p for p in out.iterdir()}


def _history(wh: Warehouse) -> list[tuple]:
    with duckdb.connect(str(wh.path), read_only=True) as con:
        return con.execute("SELECT party, kind, is_baseline, speaker FROM position_history").fetchall()


def test_writes_both_files(files: dict[str, Path]) -> None:
    assert set(files) == {".html", ".png"}
    assert files[".html"].name == "timeline.html" and files[".png"].name == "timeline.png"


def test_html_is_self_contained(files: dict[str, Path]) -> None:
    page = files[".html"].read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, flags=re.I)
    assert not re.search(r"<link\b|@import|url\(", page, flags=re.I)


def test_svg_has_a_lane_per_party_and_kind_and_a_titled_mark_per_change(wh: Warehouse, files: dict[str, Path]) -> None:
    page = files[".html"].read_text(encoding="utf-8")
    svg = ET.fromstring(re.search(r"<svg.*</svg>", page, flags=re.S).group(0))  # well-formed XML
    history = _history(wh)
    marks = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "mark"]
    assert len(marks) == len(history)
    tooltips = [g.find(f"{SVG}title").text for g in marks]
    assert all(t and "“" in t for t in tooltips), "every mark's tooltip carries the quote"
    assert any("Dmitry Peskov" in t and "moscow" not in t.lower() and "willing" in t for t in tooltips)
    assert any("(baseline)" in t for t in tooltips) and any("(baseline)" not in t for t in tooltips)
    texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    for party, kind in {(p, k) for p, k, _, _ in history}:
        name = {"RU": "Russia", "UA": "Ukraine", "US": "United States", "MEDIATOR": "Mediators"}[party]
        assert any(t.startswith(name + " · ") for t in texts), (party, kind)
    for label in ("Istanbul", "Moscow", "trilateral", "− ceasefire", "now", "2026-11-16"):
        assert any(label in t for t in texts), label
    # Baseline marks are hollow, detected changes filled.
    fills = {g.find(f"{SVG}title").text.split("\n")[0].endswith("(baseline)"): set() for g in marks}
    for g in marks:
        shape = g.find(f"{SVG}circle") if g.find(f"{SVG}circle") is not None else g.find(f"{SVG}rect")
        fills[g.find(f"{SVG}title").text.split("\n")[0].endswith("(baseline)")].add(shape.get("fill"))
    assert fills[True] == {"white"} and "white" not in fills[False]


def test_lanes_start_from_the_baseline(wh: Warehouse) -> None:
    tl = load_timeline(wh.cfg)
    ru_venue = next(lane for lane in tl.lanes if (lane.party, lane.kind) == ("RU", "venue"))
    assert [(m.label, m.baseline) for m in ru_venue.marks] == [("Moscow", True), ("Istanbul", False)]
    assert ru_venue.now == ["Istanbul"]
    assert tl.dates == sorted(tl.dates) and str(tl.dates[-1]) == "2026-11-18"


def test_png_is_valid_and_not_trivial(files: dict[str, Path]) -> None:
    import numpy as np
    from matplotlib import image

    data = files[".png"].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = image.imread(files[".png"])
    height, width = pixels.shape[:2]
    assert width > 1200 and height > 400
    rgb = (pixels[..., :3] * 255).astype(int)
    assert (rgb.sum(axis=2) < 600).mean() > 0.02, "text and marks cover part of the picture"
    assert len(np.unique(rgb.reshape(-1, 3), axis=0)) > 50, "party colours, text, lanes"


def test_empty_warehouse_still_renders(tmp_path: Path) -> None:
    from warehouse.db import open_writer
    from warehouse.snapshot import publish_snapshot

    db = tmp_path / "empty.duckdb"
    with open_writer(db):
        pass
    publish_snapshot(db)
    assert main(["--db", str(db), "timeline", "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "timeline.png").stat().st_size > 0
