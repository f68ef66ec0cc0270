"""`summitwatch timeline`: each party's conditions over time, as a self-contained HTML page and a PNG.

One lane per party and kind; each change is a mark at the date it was said,
labelled in the vocabulary's words; a "held now" column gives today's values.
The seed baseline is the lanes' starting state (hollow marks), detected
changes are filled, dropped conditions square. Both pictures have one fixed
size (1600 x 900) so they read the same in Slack, e-mail and a browser however
many changes there are; the time axis is honest: to scale within each
segment, the last six months drawn wider, and long periods without changes cut
out behind a visible, labelled break (reports/timeline_layout.py). The HTML
(an inline SVG, no scripts, nothing fetched) carries the speaker, the
sentence, the source and the change id in each mark's tooltip.
"""

from __future__ import annotations

from pathlib import Path

from reports.timeline_data import Event, Timeline, load_timeline, read_timeline
from reports.timeline_draw import render_html, render_png
from reports.timeline_layout import lay_out
from summitwatch.config import Config

__all__ = ["Event", "Timeline", "load_timeline", "read_timeline", "write_timeline"]


def write_timeline(cfg: Config, out_dir: Path) -> list[Path]:
    """Write timeline.html and timeline.png into `out_dir` (created if missing)."""
    scene = lay_out(load_timeline(cfg))
    out_dir.mkdir(parents=True, exist_ok=True)
    page, png = out_dir / "timeline.html", out_dir / "timeline.png"
    page.write_text(render_html(scene), encoding="utf-8")
    render_png(scene, png)
    return [page, png]
