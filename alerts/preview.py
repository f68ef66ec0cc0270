"""A picture of an alert as Slack shows it, for docs and reviews: `python -m alerts.preview out.png`.

Approximates Slack's layout with matplotlib (no browser on these machines):
header, the four fields, the quote with its bar, the context line.
"""

from __future__ import annotations

import re
import sys
import textwrap
from datetime import date
from pathlib import Path

from alerts.render import ChangeView, blocks, fallback_text

EXAMPLE = ChangeView(
    change_id="3f9c2a71d0b8e4c5",
    party="RU",
    kind="venue",
    op="set",
    old_value="moscow",
    new_value="istanbul",
    stated_on=date(2026, 11, 16),
    speaker="Dmitry Peskov",
    evidence="Putin is ready to meet Zelensky in Istanbul if the documents are ready <!channel> & signed.",
    url="https://news.example/world/istanbul",
    outlet="Example News",
    title="Kremlin names Istanbul for a possible summit",
    sources=2,
)


def _plain(mrkdwn: str) -> str:
    text = re.sub(r"<([^|>]+)\|([^>]+)>", r"\2", mrkdwn)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\u200b", "")
    return text.replace("*", "").replace("`", "")


def render_png(view: ChangeView, path: Path) -> Path:
    """Draw the Block Kit message of `view` into `path`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    msg = blocks(view)
    fig = plt.figure(figsize=(8, 4.2), dpi=120)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.axis("off")
    ax.add_patch(plt.Rectangle((1, 1), 98, 98, fill=False, edgecolor="#dddddd"))
    ax.text(4, 92, "SummitWatch", fontsize=10, weight="bold", va="top")
    ax.text(22, 92, "APP  00:15", fontsize=7, color="#777777", va="top")
    ax.text(4, 85, msg[0]["text"]["text"], fontsize=13, weight="bold", va="top")
    y = 74
    for i, field in enumerate(msg[1]["fields"]):
        label, value = _plain(field["text"]).split("\n", 1)
        x = 4 if i % 2 == 0 else 52
        ax.text(x, y, label, fontsize=9, weight="bold", va="top")
        ax.text(x, y - 5, value, fontsize=9, va="top")
        if i % 2 == 1:
            y -= 13
    quote = textwrap.fill(_plain(msg[2]["text"]["text"]).lstrip(">"), 95)
    lines = quote.count("\n") + 1
    ax.add_patch(plt.Rectangle((4, y - 5 * lines + 1), 0.6, 5 * lines, color="#cccccc"))
    ax.text(6, y, quote, fontsize=9, va="top", style="italic")
    y -= 5 * lines + 5
    context = "   ".join(_plain(e["text"]) for e in msg[3]["elements"])
    ax.text(4, y, textwrap.fill(context, 110), fontsize=7.5, color="#555555", va="top")
    ax.text(4, 6, "notification: " + textwrap.shorten(fallback_text(view), 120), fontsize=6.5, color="#999999")
    fig.savefig(path)
    plt.close(fig)
    return path


if __name__ == "__main__":
    print(render_png(EXAMPLE, Path(sys.argv[1] if len(sys.argv) > 1 else "alert-example.png")))
