"""Drawing the laid-out timeline (reports/timeline_layout.py): an inline SVG page and a PNG, the same shapes."""

from __future__ import annotations

import html
from pathlib import Path

from reports.png import draw_text, save_png
from reports.text_width import FONT
from reports.timeline_shapes import Line, Mark, Rect, Scene, Text

DPI = 100


def _svg_text(t: Text) -> str:
    style = (' font-weight="bold"' if t.bold else "") + (' font-style="italic"' if t.italic else "")
    anchor = f' text-anchor="{t.anchor}"' if t.anchor != "start" else ""
    tip = f"<title>{html.escape(t.tooltip)}</title>" if t.tooltip else ""
    return (f'<text x="{t.x:.1f}" y="{t.y:.1f}" font-size="{t.px:g}" fill="{t.colour}"{style}{anchor}>{tip}'
            f"{html.escape(t.text)}</text>")


def _svg_mark(m: Mark) -> str:
    fill = "white" if m.hollow else m.colour
    shape = (
        f'<rect x="{m.x - 4.5:.1f}" y="{m.y - 4.5:.1f}" width="9" height="9" fill="{fill}" stroke="{m.colour}"'
        ' stroke-width="1.5"/>'
        if m.square
        else f'<circle cx="{m.x:.1f}" cy="{m.y:.1f}" r="5" fill="{fill}" stroke="{m.colour}" stroke-width="1.5"/>'
    )
    label = _svg_text(m.label) if m.label else ""
    if not m.tooltip:
        return shape + label
    return f'<g class="mark"><title>{html.escape(m.tooltip)}</title>{shape}{label}</g>'


def _svg_shape(s: Text | Rect | Line | Mark) -> str:
    if isinstance(s, Rect):
        opacity = f' fill-opacity="{s.opacity:g}"' if s.opacity < 1 else ""
        return f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" height="{s.h:.1f}" fill="{s.fill}"{opacity}/>'
    if isinstance(s, Line):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in s.points)
        dash = ' stroke-dasharray="4 3"' if s.dashed else ""
        return f'<polyline points="{points}" fill="none" stroke="{s.colour}" stroke-width="{s.width:g}"{dash}/>'
    if isinstance(s, Mark):
        return _svg_mark(s)
    return _svg_text(s)


def render_svg(scene: Scene) -> str:
    """The scene as an inline SVG that scales to the page width; tooltips are SVG <title>s."""
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {scene.width} {scene.height}" width="100%"'
        f' style="max-width:{scene.width}px" font-family="{FONT}, Verdana, sans-serif" role="img"'
        f' aria-label="{html.escape(scene.title)}">'
    )
    body = [f'<rect width="{scene.width}" height="{scene.height}" fill="white"/>']
    return "\n".join([head, *body, *(_svg_shape(s) for s in scene.shapes), "</svg>"])


def render_html(scene: Scene) -> str:
    """A self-contained page: the SVG inline, the CSS inline, no scripts, nothing fetched."""
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>SummitWatch: {html.escape(scene.title)}</title>"
        "<style>body{margin:16px;color:#222}.mark{cursor:help}.mark:hover text{font-weight:bold}"
        ".mark:hover circle,.mark:hover rect{stroke-width:3}</style></head><body>\n"
        f"{render_svg(scene)}\n</body></html>\n"
    )


def render_png(scene: Scene, path: Path) -> Path:
    """The same shapes with matplotlib (Agg: no display needed), at exactly width x height pixels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    fig = plt.figure(figsize=(scene.width / DPI, scene.height / DPI), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, scene.width)
    ax.set_ylim(scene.height, 0)  # SVG coordinates: y grows downwards
    ax.axis("off")
    for s in scene.shapes:
        if isinstance(s, Rect):
            ax.add_patch(Rectangle((s.x, s.y), s.w, s.h, color=s.fill, alpha=s.opacity, lw=0))
        elif isinstance(s, Line):
            xs, ys = zip(*s.points, strict=True)
            ax.plot(xs, ys, color=s.colour, lw=s.width * 0.75, ls=(0, (4, 3)) if s.dashed else "-")
        elif isinstance(s, Mark):
            ax.plot([s.x], [s.y], marker="s" if s.square else "o", markersize=7 if s.square else 7.5,
                    markerfacecolor="white" if s.hollow else s.colour, markeredgecolor=s.colour, markeredgewidth=1.3)
            if s.label:
                draw_text(ax, s.label, DPI)
        else:
            draw_text(ax, s, DPI)
    save_png(fig, path, DPI)
    plt.close(fig)
    return path

