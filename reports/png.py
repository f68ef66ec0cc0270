"""Small PNGs: pictures meant for Slack, e-mail and the docs are quantised to a palette.

Charts and text use few colours; a 128-colour palette keeps anti-aliased text
smooth and makes the file 3-4 times smaller than matplotlib's RGBA output.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reports.text_width import FONT
from reports.timeline_shapes import Text

_ANCHOR = {"start": "left", "middle": "center", "end": "right"}


def save_png(fig: Any, path: Path, dpi: int, colours: int = 128) -> Path:
    """Save a matplotlib figure as an optimised palette PNG at `path`."""
    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    buf.seek(0)
    with Image.open(buf) as im:
        im.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def draw_text(ax: Any, t: Text, dpi: int) -> None:
    """A laid-out text on matplotlib axes whose units are pixels (y down), in the font it was measured in."""
    ax.text(t.x, t.y, t.text, fontsize=t.px * 72 / dpi, color=t.colour, ha=_ANCHOR[t.anchor], va="baseline",
            family=FONT, weight="bold" if t.bold else "normal", style="italic" if t.italic else "normal")
