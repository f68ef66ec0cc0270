"""`summitwatch timeline`: each party's conditions over time, as a self-contained HTML page and a PNG.

One lane per party x kind; one column per date on which something changed
(the dates are spaced evenly, not to scale: the changes cluster in a few weeks
of 2022, 2025 and 2026), then a "now" column with the values held today. The
seed baseline is the lanes' starting state (hollow marks), detected changes
are filled marks. The HTML draws an inline SVG (no scripts, no external files)
whose marks carry the quote, speaker and source as hover tooltips; the PNG
(matplotlib, Agg) draws the same layout for slides and chat.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from domain.vocabulary import vocabulary
from summitwatch.config import Config
from warehouse.reader import open_reader

COL_W, NOW_W, LABEL_W, SLOT_H, LANE_PAD, TOP = 132, 290, 190, 15, 14, 84


@dataclass
class Mark:
    column: int
    slot: int
    label: str
    tooltip: str
    baseline: bool
    op: str


@dataclass
class Lane:
    party: str
    kind: str
    marks: list[Mark] = field(default_factory=list)
    now: list[str] = field(default_factory=list)

    @property
    def slots(self) -> int:
        return max([m.slot + 1 for m in self.marks] + [len(self.now), 1])

    @property
    def title(self) -> str:
        vocab = vocabulary()
        return f"{vocab.party(self.party).name} · {vocab.kind(self.kind).short}"


@dataclass
class Timeline:
    dates: list[date]
    lanes: list[Lane]


def _short(kind: str, value: str | None) -> str:
    """Mark labels stay short (the id in words); the tooltip and the "now" column say it in full."""
    return vocabulary().short(kind, value)


def _label(op: str, kind: str, old: str | None, new: str | None) -> str:
    if op == "add":
        return f"+ {_short(kind, new)}"
    if op == "remove":
        return f"− {_short(kind, old)}"
    return _short(kind, new)


def _order(party: str, kind: str) -> tuple:
    parties, kinds = list(vocabulary().party_ids), list(vocabulary().kind_ids)
    return (parties.index(party) if party in parties else 99, party, kinds.index(kind) if kind in kinds else 99, kind)


def load_timeline(cfg: Config) -> Timeline:
    """Read position_history and positions from the readers' snapshot and lay them out."""
    with open_reader(cfg.warehouse_path) as con:
        history = con.execute(
            "SELECT party, kind, op, old_value, new_value, stated_on, is_baseline, speaker, quote, outlet, url, title,"
            " sources FROM position_history"
        ).fetchall()
        held = con.execute("SELECT party, kind, value FROM positions").fetchall()
    dates = sorted({h[5] for h in history if h[5] is not None})
    column = {d: i for i, d in enumerate(dates)}
    lanes: dict[tuple[str, str], Lane] = {}
    used: dict[tuple[str, str, int], int] = {}
    for party, kind, op, old, new, stated_on, baseline, speaker, quote, outlet, url, title, sources in history:
        if stated_on is None:
            continue
        lane = lanes.setdefault((party, kind), Lane(party, kind))
        col = column[stated_on]
        slot = used.get((party, kind, col), 0)
        used[(party, kind, col)] = slot + 1
        where = url if url and not url.startswith("seed:") else f"“{title}” (seed corpus)"
        vocab = vocabulary()
        change = f"{vocab.full(kind, old)} → {vocab.full(kind, new)}" if op == "set" else _label(op, kind, old, new)
        tip = (
            f"{stated_on} · {vocabulary().party(party).name} {vocabulary().kind(kind).short}: {change}"
            f"{' (baseline)' if baseline else ''}\n{speaker or 'unknown speaker'}: “{_cut(_unquote(quote), 400)}”\n"
            f"{outlet or 'unknown outlet'} — {where}" + (f" (+{sources - 1} more sources)" if sources > 1 else "")
        )
        lane.marks.append(Mark(col, slot, _label(op, kind, old, new), tip, bool(baseline), op))
    for party, kind, value in held:
        lanes.setdefault((party, kind), Lane(party, kind)).now.append(vocabulary().short(kind, value))
    return Timeline(dates, [lanes[k] for k in sorted(lanes, key=lambda k: _order(*k))])


def _lane_tops(tl: Timeline) -> list[int]:
    tops, y = [], TOP
    for lane in tl.lanes:
        tops.append(y)
        y += lane.slots * SLOT_H + 2 * LANE_PAD
    return tops + [y]


def _x(column: int) -> int:
    """The x of a column's marks; the column's date label starts just left of it."""
    return LABEL_W + column * COL_W + 12


def _size(tl: Timeline) -> tuple[int, int]:
    return LABEL_W + len(tl.dates) * COL_W + NOW_W, _lane_tops(tl)[-1] + 10


def _unquote(quote: str | None) -> str:
    """The quote without its own outer quotation marks (the tooltip adds them)."""
    return (quote or "").strip().strip("“”\"").strip()


def _cut(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_svg(tl: Timeline) -> str:
    """The timeline as an inline SVG: lanes, a labelled mark per change, tooltips via <title>."""
    tops = _lane_tops(tl)
    width, height = _size(tl)
    e = html.escape
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        ' font-family="Helvetica, Arial, sans-serif" font-size="11" role="img"'
        ' aria-label="Stated conditions for a Putin–Zelensky meeting over time">'
    ]
    for i, d in enumerate([*tl.dates, None]):
        x = _x(i)
        text = "now" if d is None else d.isoformat()
        out.append(f'<text x="{x - 5}" y="{TOP - 14}" font-weight="bold">{text}</text>')
        out.append(f'<line x1="{x}" y1="{TOP - 8}" x2="{x}" y2="{tops[-1]}" stroke="#e5e5e5"/>')
    for lane, top, bottom in zip(tl.lanes, tops, tops[1:], strict=False):
        colour = vocabulary().party(lane.party).colour
        mid = (top + bottom) / 2
        out.append(f'<rect x="0" y="{top}" width="{width}" height="{bottom - top}" fill="{colour}" opacity="0.05"/>')
        out.append(f'<line x1="0" y1="{bottom}" x2="{width}" y2="{bottom}" stroke="#ccc"/>')
        out.append(f'<text x="8" y="{mid + 4:.0f}" fill="{colour}" font-weight="bold">{e(lane.title)}</text>')
        for m in lane.marks:
            x = _x(m.column)
            y = top + LANE_PAD + m.slot * SLOT_H + SLOT_H / 2
            fill = "white" if m.baseline else colour
            shape = (
                f'<rect x="{x - 4:.0f}" y="{y - 4:.0f}" width="8" height="8" fill="{fill}" stroke="{colour}"/>'
                if m.op == "remove"
                else f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4.5" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>'
            )
            out.append(
                f'<g class="mark"><title>{e(m.tooltip)}</title>{shape}'
                f'<text x="{x + 8:.0f}" y="{y + 4:.0f}" fill="#222">{e(_cut(m.label))}</text></g>'
            )
        x_now = _x(len(tl.dates)) - 5
        for j, value in enumerate(lane.now):
            y = top + LANE_PAD + j * SLOT_H + SLOT_H / 2 + 4
            out.append(
                f'<text x="{x_now}" y="{y:.0f}" fill="{colour}" font-weight="bold"><title>{e(value)}</title>'
                f"{e(_cut(value, 46))}</text>"
            )
    out.append(
        '<text x="8" y="18" font-size="13" font-weight="bold">Stated conditions for a Putin–Zelensky meeting</text>'
        '<text x="8" y="34" fill="#666">hollow: seed baseline · filled: detected change · square: withdrawn ·'
        " columns are the dates of changes (not to scale) · hover a mark for the quote</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def render_html(tl: Timeline) -> str:
    """A self-contained page: the SVG inline, the CSS inline, no scripts, nothing fetched."""
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>SummitWatch timeline</title>"
        "<style>body{font-family:Helvetica,Arial,sans-serif;margin:16px;color:#222}"
        ".mark:hover text{font-weight:bold}.mark{cursor:help}</style></head><body>\n"
        f"{render_svg(tl)}\n</body></html>\n"
    )


def render_png(tl: Timeline, path: Path) -> None:
    """The same lanes and labelled marks with matplotlib (Agg: no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tops = _lane_tops(tl)
    px_w, px_h = _size(tl)
    dpi = 100
    fig = plt.figure(figsize=(px_w / dpi, px_h / dpi), dpi=dpi)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, px_w)
    ax.set_ylim(px_h, 0)  # SVG coordinates: y grows downwards
    ax.axis("off")
    ax.text(8, 18, "Stated conditions for a Putin–Zelensky meeting", fontsize=11, weight="bold", va="center")
    ax.text(8, 34, "hollow: seed baseline · filled: detected change · square: withdrawn · "
            "columns are the dates of changes (not to scale)", fontsize=8, color="#666", va="center")
    for i, d in enumerate([*tl.dates, None]):
        x = _x(i)
        ax.text(x - 5, TOP - 18, "now" if d is None else d.isoformat(), ha="left", va="center", fontsize=8.5,
                weight="bold")
        ax.plot([x, x], [TOP - 8, tops[-1]], color="#e5e5e5", lw=0.8, zorder=0)
    for lane, top, bottom in zip(tl.lanes, tops, tops[1:], strict=False):
        colour = vocabulary().party(lane.party).colour
        ax.axhspan(top, bottom, color=colour, alpha=0.05, lw=0)
        ax.plot([0, px_w], [bottom, bottom], color="#ccc", lw=0.8)
        ax.text(8, (top + bottom) / 2, lane.title, color=colour, weight="bold", fontsize=8.5, va="center")
        for m in lane.marks:
            x = _x(m.column)
            y = top + LANE_PAD + m.slot * SLOT_H + SLOT_H / 2
            ax.plot([x], [y], marker="s" if m.op == "remove" else "o", markersize=6,
                    markerfacecolor="white" if m.baseline else colour, markeredgecolor=colour, markeredgewidth=1.3)
            ax.text(x + 8, y, _cut(m.label), fontsize=7.5, va="center", color="#222")
        x_now = _x(len(tl.dates)) - 5
        for j, value in enumerate(lane.now):
            y = top + LANE_PAD + j * SLOT_H + SLOT_H / 2
            ax.text(x_now, y, _cut(value, 46), fontsize=7.5, va="center", color=colour, weight="bold")
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def write_timeline(cfg: Config, out_dir: Path) -> list[Path]:
    """Write timeline.html and timeline.png into `out_dir` (created if missing)."""
    tl = load_timeline(cfg)
    out_dir.mkdir(parents=True, exist_ok=True)
    page, png = out_dir / "timeline.html", out_dir / "timeline.png"
    page.write_text(render_html(tl), encoding="utf-8")
    render_png(tl, png)
    return [page, png]
