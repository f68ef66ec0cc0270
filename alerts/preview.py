"""A picture of an alert as Slack shows it, for docs and reviews: `python -m alerts.preview out.png`.

Approximates Slack's layout with matplotlib (no browser on these machines):
header, the four fields, the quote with its bar and its bold matched words,
the "why" and "before" lines, the source line with its link, and the notification text.
Words are laid out one by one so bold, code and links keep Slack's styles.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from alerts.render import ChangeView, Said, blocks, fallback_text
from reports.png import draw_text, save_png
from reports.text_width import text_width
from reports.timeline_shapes import Text

EXAMPLE = ChangeView(
    change_id="3f9c2a71d0b8e4c5",
    party="RU",
    kind="venue",
    op="set",
    old_value="moscow",
    new_value="istanbul",
    stated_on=date(2026, 11, 16),
    speaker="Dmitry Peskov",
    evidence="ready to meet Zelensky in Istanbul",
    url="https://news.example/world/istanbul",
    outlet="Example News",
    title="Kremlin names Istanbul for a possible summit",
    sources=2,
    sentence="Asked about a venue, Peskov said Putin is ready to meet Zelensky in Istanbul if the documents"
    " are ready <!channel> & signed, adding that Moscow remained open as well.",
    rule="venue.place_hosts",
    confidence=0.82,
    published_on=date(2026, 11, 17),
    before=Said("Yuri Ushakov", date(2026, 10, 2), "Example Wire", "Kremlin aide repeats the Moscow invitation",
                "https://wire.example/kremlin/moscow"),
)

WIDTH, DPI, LEFT, TEXT_LEFT = 900, 100, 20, 72
INK, GREY, LINK = "#1d1c1d", "#616061", "#1264a3"
_RUN = re.compile(r"\*([^*]+)\*|`([^`]+)`|<[^|>]+\|([^>]+)>|_([^_]+)_")


@dataclass(frozen=True)
class Word:
    text: str
    style: str  # plain | bold | code | link | italic
    glue: bool = False  # no space before it (punctuation right after a bold run)


def runs(mrkdwn: str) -> list[Word]:
    """Slack mrkdwn as styled words: *bold*, `code`, <url|label> links, _italic_; entities unescaped."""
    words: list[Word] = []
    pos = 0
    for m in _RUN.finditer(mrkdwn):
        words += _words(mrkdwn[pos : m.start()], "plain", _spaced(mrkdwn, pos))
        style = ("bold", "code", "link", "italic")[next(i for i, g in enumerate(m.groups()) if g is not None)]
        words += _words(next(g for g in m.groups() if g is not None), style, _spaced(mrkdwn, m.start()))
        pos = m.end()
    return words + _words(mrkdwn[pos:], "plain", _spaced(mrkdwn, pos))


def _spaced(text: str, pos: int) -> bool:
    """Whether what starts at `pos` follows a space (or the start), i.e. is a new word."""
    return pos == 0 or text[pos - 1].isspace()


def _words(text: str, style: str, spaced: bool) -> list[Word]:
    clean = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\u200b", "")
    return [Word(m.group(), style, m.start() == 0 and not spaced) for m in re.finditer(r"\S+", clean)]


def _px(size: float) -> float:
    """Slack's sizes are in points; the picture is laid out in pixels at DPI."""
    return size * DPI / 72


def _width(text: str, size: float, bold: bool) -> float:
    """Pixel width of `text` at `size` points, as matplotlib draws it at DPI."""
    return text_width(text, _px(size), bold)


def flow(words: list[Word], x0: float, y: float, width: float, size: float, colour: str) -> tuple[list[Text], float]:
    """Words wrapped into `width` pixels from (x0, y); returns them placed and the y below the last line."""
    line_h = size * DPI / 72 * 1.45
    space = _width(" ", size, False)
    out: list[Text] = []
    x = x0
    for w in words:
        bold = w.style == "bold"
        wide = _width(w.text, size, bold)
        if out and w.glue:
            x -= space
        if x > x0 and x + wide > x0 + width:
            x, y = x0, y + line_h
        ink = LINK if w.style == "link" else ("#e01e5a" if w.style == "code" else colour)
        out.append(Text(x, y, w.text, _px(size), ink, bold, w.style == "italic"))
        x += wide + space
    return out, y + line_h


def layout(view: ChangeView) -> tuple[list[Text], list[tuple[float, float]], float]:
    """Everything to draw, the (top, bottom) of the quote bar and of the separator, and the picture's height."""
    msg = blocks(view)
    body = WIDTH - TEXT_LEFT - 24
    name_w = _width("SummitWatch", 10.5, True)
    placed = [Text(TEXT_LEFT, 22, "SummitWatch", _px(10.5), INK, bold=True),
              Text(TEXT_LEFT + name_w + 8, 22, "APP  09:15", _px(8), GREY)]
    header, y = flow(runs("*" + msg[0]["text"]["text"] + "*"), TEXT_LEFT, 50, body, 12.5, INK)
    placed += header
    y += 4
    fields = msg[1]["fields"]
    for row in range(0, len(fields), 2):
        bottoms = []
        for col, field in enumerate(fields[row : row + 2]):
            label, value = field["text"].split("\n", 1)
            x = TEXT_LEFT + col * body / 2
            words, bottom = flow(runs(label), x, y, body / 2 - 10, 9.5, INK)
            more, bottom = flow(runs(value), x, bottom - 2, body / 2 - 10, 9.5, INK)
            placed += words + more
            bottoms.append(bottom)
        y = max(bottoms) + 6
    quote, bottom = flow(runs(msg[2]["text"]["text"].lstrip(">")), TEXT_LEFT + 14, y + 4, body - 14, 9.5, INK)
    placed += quote
    bars = [(y - 8, bottom - 12)]
    y = bottom + 6
    for block in msg[3:]:
        context = [w for e in block["elements"] for w in [*runs(e["text"]), Word("  ·  ", "plain")]][:-1]
        line, y = flow(context, TEXT_LEFT, y, body, 8, GREY)
        placed += line
        y += 2
    rule = (y + 2, y + 3)  # a thin line between the message and its notification text
    note, y = flow(runs("notification text: " + fallback_text(view)), LEFT, y + 20, WIDTH - 2 * LEFT, 7, "#8d8d8d")
    return placed + note, [*bars, rule], y + 4


def render_png(view: ChangeView, path: Path) -> Path:
    """Draw the Block Kit message of `view` into `path`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    placed, bars, height = layout(view)
    fig = plt.figure(figsize=(WIDTH / DPI, height / DPI), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(height, 0)
    ax.axis("off")
    # The app's avatar in a neutral slate: red is Russia's colour in the timeline (domain/vocabulary.toml).
    ax.add_patch(plt.Rectangle((LEFT, 12), 38, 38, color="#3d4b5c"))
    ax.text(LEFT + 19, 31, "SW", color="white", weight="bold", fontsize=10, ha="center", va="center")
    (q_top, q_bottom), (r_top, r_bottom) = bars
    ax.add_patch(plt.Rectangle((TEXT_LEFT, q_top), 4, q_bottom - q_top, color="#dddddd"))
    ax.add_patch(plt.Rectangle((LEFT, r_top), WIDTH - 2 * LEFT, r_bottom - r_top, color="#eeeeee"))
    for t in placed:
        draw_text(ax, t, DPI)
    save_png(fig, path, DPI)
    plt.close(fig)
    return path


if __name__ == "__main__":
    print(render_png(EXAMPLE, Path(sys.argv[1] if len(sys.argv) > 1 else "alert-example.png")))
