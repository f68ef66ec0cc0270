"""An honest time axis for a story that moves in bursts years apart, with the recent months emphasised.

Evenly spaced columns made four years and two days look the same. Here time
is to scale within each segment: the last six months get most of the width
(one scale), the older months that have changes share the rest (a smaller
scale), and a stretch of months without any change is cut out and drawn as a
visible, labelled break ("Jun 2022 – Jul 2025, no changes"). Where the scale
changes without a cut, a narrower break marks it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

RECENT_MONTHS = 6
RECENT_SHARE = 0.62  # at least this part of the drawable width goes to the recent months
OLD_SCALE_MAX = 0.6  # older months are drawn at most this wide relative to the recent ones
GAP_WIDTH = 124.0  # a cut-out stretch of time: wide enough to name it on one line ('Jun 2022 – Jul 2025')
SCALE_BREAK_WIDTH = 14.0  # a change of scale with no time cut out
MERGE_MONTHS = 2  # older changes this few months apart stay in one segment


@dataclass(frozen=True)
class Segment:
    """A stretch of time drawn to scale: dates [start, end) onto pixels [x0, x1)."""

    start: date
    end: date
    x0: float
    x1: float
    recent: bool

    @property
    def months(self) -> int:
        """Calendar months this segment touches."""
        last = self.end - timedelta(days=1)
        return (last.year - self.start.year) * 12 + last.month - self.start.month + 1

    @property
    def px_per_day(self) -> float:
        return (self.x1 - self.x0) / max((self.end - self.start).days, 1)

    def x(self, day: date) -> float:
        return self.x0 + (day - self.start).days * self.px_per_day


@dataclass(frozen=True)
class Break:
    """Between two segments: time cut out (start < end) or only a change of scale (start == end)."""

    start: date
    end: date
    x0: float
    x1: float

    @property
    def label(self) -> str:
        """'Jun 2022 – Jul 2025' for the months cut out; empty for a change of scale."""
        if self.start >= self.end:
            return ""
        last = self.end - timedelta(days=1)
        if (self.start.year, self.start.month) == (last.year, last.month):
            return f"{self.start:%b %Y}"
        return f"{self.start:%b %Y} – {last:%b %Y}"


@dataclass(frozen=True)
class TimeAxis:
    segments: list[Segment]
    breaks: list[Break]

    def x(self, day: date) -> float:
        """The x of a date; dates outside every segment go to the nearest segment's edge."""
        starts = [s.start for s in self.segments]
        seg = self.segments[max(bisect_right(starts, day) - 1, 0)]
        return seg.x(min(max(day, seg.start), seg.end))


def month_start(day: date, months_back: int = 0) -> date:
    n = day.year * 12 + day.month - 1 - months_back
    return date(n // 12, n % 12 + 1, 1)


def next_month(day: date) -> date:
    n = day.year * 12 + day.month
    return date(n // 12, n % 12 + 1, 1)


def old_spans(days: list[date], until: date) -> list[tuple[date, date]]:
    """Whole months with changes before `until`, merged when at most MERGE_MONTHS apart: [(start, end)]."""
    spans: list[tuple[date, date]] = []
    for day in sorted(d for d in days if d < until):
        start, end = month_start(day), min(next_month(day), until)
        if spans and month_start(spans[-1][1], -MERGE_MONTHS) >= start:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def build_axis(days: list[date], as_of: date, x0: float, x1: float) -> TimeAxis:
    """Segments and breaks for changes on `days`, up to `as_of` (or the last change, if later)."""
    end = max([as_of, *days]) + timedelta(days=3)  # a little room right of the newest mark
    recent_start = month_start(end, RECENT_MONTHS - 1)
    spans = old_spans(days, recent_start)
    if spans and spans[-1][1] >= recent_start and spans[-1][0] >= month_start(recent_start, MERGE_MONTHS + 1):
        recent_start = spans.pop()[0]  # a short burst just before: drawn with the recent months, not cut off them
    cuts = [(a[1], b[0]) for a, b in zip(spans, [*spans[1:], (recent_start, end)][: len(spans)], strict=True)]
    gap_total = sum(GAP_WIDTH if a < b else SCALE_BREAK_WIDTH for a, b in cuts)
    room = x1 - x0 - gap_total
    recent_days = (end - recent_start).days
    old_days = sum((b - a).days for a, b in spans)
    old_scale = min(OLD_SCALE_MAX * room * RECENT_SHARE / recent_days, room * (1 - RECENT_SHARE) / max(old_days, 1))
    segments, breaks, x = [], [], x0
    for (start, stop), (cut_from, cut_to) in zip(spans, cuts, strict=True):
        segments.append(Segment(start, stop, x, x + (stop - start).days * old_scale, recent=False))
        x = segments[-1].x1
        width = GAP_WIDTH if cut_from < cut_to else SCALE_BREAK_WIDTH
        breaks.append(Break(cut_from, cut_to, x, x + width))
        x += width
    segments.append(Segment(recent_start, end, x, x1, recent=True))
    return TimeAxis(segments, breaks)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    year_start: bool  # a new year begins here: a stronger line


def ticks(axis: TimeAxis, min_label_gap: float = 46.0) -> list[Tick]:
    """Month lines; a label where there is room: 'Jun', with the year at a segment's start and in January."""
    out: list[Tick] = []
    for seg in axis.segments:
        month, first = seg.start, True
        per_month = seg.px_per_day * 30.4
        while month < seg.end:
            long = first or month.month == 1
            label = f"{month:%b %Y}" if long else f"{month:%b}"
            if not long and per_month < min_label_gap:
                label = ""
            out.append(Tick(seg.x(month), label, month.month == 1))
            month, first = next_month(month), False
    return out
