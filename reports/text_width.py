"""How wide a text is drawn, so pictures can be laid out without a renderer (wrapping, label packing).

Measured in DejaVu Sans, the font matplotlib ships and draws with; the SVG
names it first too (Verdana, with near-identical widths, where it is missing).
"""

from __future__ import annotations

from functools import lru_cache

FONT = "DejaVu Sans"


@lru_cache(maxsize=8192)
def text_width(text: str, px: float, bold: bool = False) -> float:
    """Width in pixels of `text` set at `px` pixels (font size), advance widths included."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family=FONT, weight="bold" if bold else "normal", size=px)
    width, _, _ = TextToPath().get_text_width_height_descent(text, prop, ismath=False)
    return float(width)


def wrap(text: str, px: float, width: float, bold: bool = False) -> list[str]:
    """`text` broken into lines of at most `width` pixels, at spaces only (a longer word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, px, bold) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
