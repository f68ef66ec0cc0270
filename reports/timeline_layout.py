"""The timeline laid out once, as a list of shapes in pixels, so the SVG and the PNG draw the same picture.

Fixed size (WIDTH x HEIGHT): lanes share the height; in a lane, each mark's
label goes right of it (left of it near the as-of line) on the first row
where it overlaps nothing, so labels are never cut and never collide.
When the lanes would not fit, rows get tighter and, last, the labels that find
no row are left to the HTML tooltips (the footer says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.vocabulary import vocabulary
from reports.text_width import text_width, wrap
from reports.timeline_axis import TimeAxis, build_axis, ticks
from reports.timeline_data import Event, Timeline
from reports.timeline_shapes import GREY, INK, LIGHT, Line, Mark, Rect, Scene, Shape, Text

WIDTH, HEIGHT = 1600, 900
X0, X1 = 236.0, 1262.0  # the time axis
NOW_X, NOW_W = 1292.0, 290.0  # the "held now" column
LANES_TOP, LANES_BOTTOM = 112.0, HEIGHT - 40.0
LABEL_PX, LANE_TITLE_PX = 11.0, 13.0
ROW_MAX, ROW_MIN, PAD_SHARE = 30.0, 13.0, 0.35  # a row of marks, in pixels; a lane's padding, per row height
HELD_LINE_H, HELD_MAX_LINES = 15.0, 4  # the "held now" column's lines


@dataclass
class Lane:
    party: str
    kind: str
    events: list[Event] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # short words, for the column
    held_full: list[str] = field(default_factory=list)  # full words, for its tooltip


@dataclass(frozen=True)
class Placed:
    event: Event
    row: int
    label: str
    left: bool  # label left of the mark (near the right edge)


def lanes_of(tl: Timeline) -> list[Lane]:
    """One lane per party and kind with a change or a value held, in the vocabulary's order."""
    vocab = vocabulary()
    lanes: dict[tuple[str, str], Lane] = {}
    for e in tl.events:
        lanes.setdefault((e.party, e.kind), Lane(e.party, e.kind)).events.append(e)
    for party, kind, value in tl.held:
        lane = lanes.setdefault((party, kind), Lane(party, kind))
        lane.held.append(vocab.short(kind, value))
        lane.held_full.append(vocab.full(kind, value))
    p_rank = {p: i for i, p in enumerate(vocab.party_ids)}
    k_rank = {k: i for i, k in enumerate(vocab.kind_ids)}
    return [lanes[k] for k in sorted(lanes, key=lambda k: (p_rank.get(k[0], 99), k[0], k_rank.get(k[1], 99), k[1]))]


def mark_label(e: Event) -> str:
    """The mark's words: 'Istanbul', '+ ceasefire first', '− ceasefire first' (the vocabulary's short wording)."""
    vocab = vocabulary()
    if e.op == "add":
        return f"+ {vocab.short(e.kind, e.new_value)}"
    if e.op == "remove":
        return f"− {vocab.short(e.kind, e.old_value or e.new_value)}"
    return vocab.short(e.kind, e.new_value)


def place_labels(events: list[Event], axis: TimeAxis, right: float, max_rows: int) -> tuple[list[Placed], int]:
    """Each mark on the first row where it and its label overlap nothing; (placed, labels left out).

    In date order while rows are unlimited; newest first when they are not, so
    that it is the older, compressed months that lose their labels (their
    tooltips keep them). A label goes right of its mark unless it would cross
    `right` (the as-of line): then left of it.
    """
    rows: list[list[tuple[float, float]]] = []
    placed, hidden = [], 0
    newest_first = max_rows < len(events)
    recent_from = axis.segments[-1].start if axis.segments[-1].recent else None
    for e in sorted(events, key=lambda e: (e.stated_on, e.change_id), reverse=newest_first):
        x, label = axis.x(e.stated_on), mark_label(e)
        if recent_from is not None and e.stated_on >= recent_from:
            label = f"{label} ({e.stated_on:%-d %b})"  # the recent months are wide: the day, not only the month
        width = text_width(label, LABEL_PX)
        left = x + 8 + width > right
        span = (x - 8 - width - 4, x + 7) if left else (x - 7, x + 8 + width + 4)
        row = next((i for i, r in enumerate(rows) if not _overlaps(span, r)), len(rows))
        if row >= max_rows:
            hidden += 1
            span, label = (x - 6, x + 6), ""
            row = min(range(len(rows)), key=lambda i: sum(_overlaps(span, [b]) for b in rows[i]))
        if row == len(rows):
            rows.append([])
        rows[row].append(span)
        placed.append(Placed(e, row, label, left))
    return (placed[::-1] if newest_first else placed), hidden


def _overlaps(span: tuple[float, float], taken: list[tuple[float, float]]) -> bool:
    return any(span[0] < b and span[1] > a for a, b in taken)


def held_lines(lane: Lane, max_lines: int = HELD_MAX_LINES) -> list[str]:
    """Today's values, wrapped at spaces; past `max_lines`, whole values give way to '+N more'."""
    values = lane.held or ["—"]
    for keep in range(len(values), 0, -1):
        more = [f"+{len(values) - keep} more"] if keep < len(values) else []
        lines = wrap(" · ".join(values[:keep] + more), LABEL_PX, NOW_W - 6, bold=True)
        if len(lines) <= max_lines:
            return lines
    return lines[:max_lines]


@dataclass(frozen=True)
class Fit:
    row_h: float  # one row of marks
    held_max: int  # lines of the "held now" column per lane
    placed: list[tuple[list[Placed], int]]  # per lane: the marks, and how many labels were left out

    @property
    def pad(self) -> float:
        return self.row_h * PAD_SHARE

    def lane_height(self, lane: Lane, marks: list[Placed]) -> float:
        rows = max([p.row + 1 for p in marks] + [1])
        return max(rows * self.row_h, len(held_lines(lane, self.held_max)) * HELD_LINE_H) + 2 * self.pad

    def total(self, lanes: list[Lane]) -> float:
        return sum(self.lane_height(lane, p[0]) for lane, p in zip(lanes, self.placed, strict=True))


def fit(lanes: list[Lane], axis: TimeAxis, right: float) -> Fit:
    """The roomiest layout that fits the picture: tighter rows first, then fewer held lines, then fewer labels."""
    room = LANES_BOTTOM - LANES_TOP
    placed = [place_labels(lane.events, axis, right, max_rows=99) for lane in lanes]
    tries = [(float(h), HELD_MAX_LINES) for h in range(int(ROW_MAX), 15, -1)]
    tries += [(float(h), 2) for h in range(16, int(ROW_MIN) - 1, -1)] + [(ROW_MIN, 1)]
    for row_h, held_max in tries:
        if Fit(row_h, held_max, placed).total(lanes) <= room:
            return Fit(row_h, held_max, placed)
    max_rows = max(p.row + 1 for marks, _ in placed for p in marks)
    while max_rows > 1 and Fit(ROW_MIN, 1, placed).total(lanes) > room:
        max_rows -= 1
        placed = [place_labels(lane.events, axis, right, max_rows) for lane in lanes]
    return Fit(ROW_MIN, 1, placed)


def tooltip(e: Event) -> str:
    """Date, change in full words, speaker and sentence, source with canonical link, and the id to explain."""
    vocab = vocabulary()
    if e.op == "set":
        change = f"{vocab.full(e.kind, e.old_value)} → {vocab.full(e.kind, e.new_value)}"
    else:
        change = f"{'+' if e.op == 'add' else '−'} {vocab.full(e.kind, e.new_value or e.old_value)}"
    where = f"“{e.title}” (seed corpus)" if (e.url or "").startswith("seed:") or not e.url else f"{e.title} — {e.url}"
    more = f" (+{e.sources - 1} more sources)" if e.sources > 1 else ""
    sentence = " ".join((e.sentence or "").split()).strip("“”\"")
    return (
        f"{e.stated_on:%-d %b %Y} · {vocab.party(e.party).name} · {vocab.kind(e.kind).short}: {change}"
        f"{' (seed baseline)' if e.is_baseline else ''}\n"
        f"{e.speaker or 'unknown speaker'}: “{sentence[:400]}{'…' if len(sentence) > 400 else ''}”\n"
        f"{e.outlet or 'unknown outlet'}: {where}{more}\n"
        f"summitwatch explain {e.change_id}"
    )


def lay_out(tl: Timeline) -> Scene:
    """The whole picture as shapes: header, axis, lanes with their marks, the held-now column, footer."""
    lanes = lanes_of(tl)
    axis = build_axis([e.stated_on for e in tl.events], tl.as_of.date(), X0, X1)
    layout = fit(lanes, axis, right=axis.x(tl.as_of.date()) - 4)
    scene = Scene(WIDTH, HEIGHT, "Stated conditions for a Putin–Zelensky meeting")
    scene.shapes += header(tl)
    y = LANES_TOP
    # Height the lanes leave unused is shared among them (at most a row each), not left as a blank strip below.
    spare = min((LANES_BOTTOM - 6 - LANES_TOP - layout.total(lanes)) / max(len(lanes), 1), layout.row_h)
    spare = max(spare, 0.0)
    for i, (lane, (marks, _)) in enumerate(zip(lanes, layout.placed, strict=True)):
        height = layout.lane_height(lane, marks) + spare
        first_of_party = i == 0 or lanes[i - 1].party != lane.party
        held = held_lines(lane, layout.held_max)
        scene.shapes += lane_shapes(lane, marks, held, axis, y, height, layout.row_h, first_of_party, spare / 2)
        y += height
    scene.shapes += time_axis(axis, tl.as_of.date(), y)
    scene.shapes += axis_lines(axis, tl.as_of.date(), y)
    if not lanes:
        scene.shapes.append(Text((X0 + X1) / 2, LANES_TOP + 80, "No positions yet: run `summitwatch init` to load the"
                                 " seed corpus.", 15, GREY, anchor="middle"))
    hidden = sum(h for _, h in layout.placed)
    scene.shapes += footer(hidden)
    return _marks_on_top(scene)


def _marks_on_top(scene: Scene) -> Scene:
    """Grid lines first, then marks and text, so no line crosses a label."""
    scene.shapes.sort(key=lambda s: 0 if isinstance(s, Rect) else 1 if isinstance(s, Line) else 2)
    return scene


def header(tl: Timeline) -> list[Shape]:
    changes = sum(not e.is_baseline for e in tl.events)
    as_of = f"As of {tl.as_of:%-d %B %Y, %H:%M} UTC"
    out: list[Shape] = [
        Text(16, 32, "Stated conditions for a Putin–Zelensky meeting", 22, INK, bold=True),
        Text(16, 56, f"{as_of} · {changes} change{'' if changes == 1 else 's'} detected since the seed baseline"
             f" · snapshot {tl.source}", 13, GREY),
    ]
    x = 930.0
    for hollow, square, words in ((True, False, "seed baseline"), (False, False, "detected change"),
                                  (False, True, "condition dropped")):
        out.append(Mark(x, 28, square, hollow, GREY, "", None))
        out.append(Text(x + 10, 32, words, 12, GREY))
        x += 22 + text_width(words, 12) + 14
    return out


def time_axis(axis: TimeAxis, as_of: date, bottom: float) -> list[Shape]:
    """Segment backgrounds and captions, labelled breaks, month labels, the as-of label, down to `bottom`."""
    out: list[Shape] = []
    for seg in axis.segments:
        fill = "#fffdf3" if seg.recent else "#f7f7f7"
        out.append(Rect(seg.x0, 70, seg.x1 - seg.x0, bottom - 70, fill))
        caption = f"the last {seg.months} months" if seg.recent else "earlier: compressed"
        if text_width(caption, 11.5, seg.recent) < seg.x1 - seg.x0 - 6:
            out.append(Text((seg.x0 + seg.x1) / 2, 82, caption, 11.5, INK if seg.recent else GREY, bold=seg.recent,
                            italic=not seg.recent, anchor="middle"))
    for b in axis.breaks:
        out.append(Rect(b.x0, 70, b.x1 - b.x0, bottom - 70, "#e4e4e4"))
        out += zigzag(b.x0, 70, bottom) + zigzag(b.x1, 70, bottom)
        if b.label:  # "no changes" where the segments have their captions, the months where they have theirs
            first, _, second = b.label.partition(" – ")
            mid = (b.x0 + b.x1) / 2
            out.append(Text(mid, 82, "no changes", 10.5, GREY, italic=True, anchor="middle"))
            if text_width(b.label, 10.5) <= b.x1 - b.x0 - 8:
                out.append(Text(mid, 104, b.label, 10.5, INK, anchor="middle"))
            else:
                out.append(Text(mid, 94, first + (" –" if second else ""), 10, INK, anchor="middle"))
                if second:
                    out.append(Text(mid, 105.5, second, 10, INK, anchor="middle"))
    out += tick_labels(axis, axis.x(as_of))
    x = axis.x(as_of)
    out.append(Text(x - 4, bottom + 14, f"as of {as_of:%-d %b %Y}", 11, INK, bold=True, anchor="end"))
    return out



def tick_labels(axis: TimeAxis, as_of_x: float) -> list[Shape]:
    """Month labels left of their line's month, dropped where they would touch another or cross the as-of line."""
    out: list[Shape] = []
    last_end = -1.0
    ends = {round(s.x0): s.x1 for s in axis.segments}
    seg_end = X1
    for t in ticks(axis):
        seg_end = ends.get(round(t.x), seg_end)
        bold = t.year_start or " " in t.label
        x0, x1 = t.x + 3, t.x + 3 + text_width(t.label, 11, bold)
        if t.label and x0 > last_end + 8 and x1 <= seg_end + 2 and not x0 - 4 < as_of_x < x1 + 4:
            out.append(Text(x0, 104, t.label, 11, INK, bold=bold))
            last_end = x1
    return out


def axis_lines(axis: TimeAxis, as_of: date, bottom: float) -> list[Shape]:
    """Month lines (years stronger) down through the lanes, and the dashed as-of line."""
    out: list[Shape] = [
        Line(((t.x, 92 if t.label else LANES_TOP), (t.x, bottom)), "#c8c8c8" if t.year_start else "#ececec",
             1.0 if t.year_start else 0.8)
        for t in ticks(axis)
    ]
    x = axis.x(as_of)
    out.append(Line(((x, 70), (x, bottom + 4)), INK, 1.0, dashed=True))
    return out


def zigzag(x: float, top: float, bottom: float, step: float = 8.0) -> list[Shape]:
    points, y, flip = [], top, False
    while y <= bottom:
        points.append((x + (3 if flip else -3), y))
        y, flip = y + step, not flip
    return [Line(tuple(points), "#b5b5b5", 1.0)]


def lane_shapes(lane: Lane, marks: list[Placed], held: list[str], axis: TimeAxis, top: float, height: float,
                row_h: float, first_of_party: bool, spare: float = 0.0) -> list[Shape]:
    """A lane: its band, its titles, its marks with their labels, and what is held now (`spare`: extra top room)."""
    vocab = vocabulary()
    colour = vocab.party(lane.party).colour
    pad = row_h * PAD_SHARE + spare
    out: list[Shape] = [
        Rect(0, top, WIDTH, height, colour, 0.045),
        Line(((0, top), (WIDTH, top)), "#9a9a9a" if first_of_party else LIGHT, 1.0 if first_of_party else 0.8),
        Rect(6, top + 1, 4, height - 2, colour),
        Text(126, top + pad + row_h / 2 + 4, vocab.kind(lane.kind).short, 12, INK),
    ]
    if first_of_party:
        name = vocab.party(lane.party).name
        out.append(Text(16, top + pad + row_h / 2 + 4.5, name, LANE_TITLE_PX, colour, bold=True))
    for p in marks:
        x, y = axis.x(p.event.stated_on), top + pad + p.row * row_h + row_h / 2
        label = None
        if p.label:
            label = Text(x - 8 if p.left else x + 8, y + 4, p.label, LABEL_PX, INK, anchor="end" if p.left else "start")
        out.append(Mark(x, y, p.event.op == "remove", p.event.is_baseline, colour, tooltip(p.event), label))
    words = f"{vocab.party(lane.party).name}, {vocab.kind(lane.kind).label.lower()} now: " + "; ".join(lane.held_full)
    for j, line in enumerate(held):
        y = top + pad + j * HELD_LINE_H + row_h / 2 + 4
        out.append(Text(NOW_X, y, line, LABEL_PX, colour, bold=True, tooltip=words))
    return out


def footer(hidden: int) -> list[Shape]:
    out: list[Shape] = [
        Text(NOW_X, 104, "held now", 12, INK, bold=True),
        Text(16, HEIGHT - 12, "Each mark: the date a party said it. Time is to scale within each band; grey bands"
             " cut out months without changes. Details of a mark: summitwatch explain CHANGE_ID (ids in"
             " timeline.html's tooltips).", 11, GREY),
    ]
    if hidden:
        out.append(Text(WIDTH - 16, HEIGHT - 12, f"{hidden} labels left out for room: see timeline.html", 11, GREY,
                        anchor="end"))
    return out
