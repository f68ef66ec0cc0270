"""What the timeline is drawn with: a few shapes in pixels (y grows downwards), shared by the SVG and the PNG."""

from __future__ import annotations

from dataclasses import dataclass, field

INK, GREY, LIGHT = "#222222", "#666666", "#e8e8e8"


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    px: float
    colour: str = INK
    bold: bool = False
    italic: bool = False
    anchor: str = "start"  # start | middle | end
    tooltip: str = ""


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    opacity: float = 1.0


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    square: bool
    hollow: bool
    colour: str
    tooltip: str
    label: Text | None


Shape = Text | Rect | Line | Mark


@dataclass
class Scene:
    width: int
    height: int
    title: str
    shapes: list[Shape] = field(default_factory=list)
