"""The Slack message for a change: Block Kit for the channel, plain text for the notification.

Article text is untrusted: `&`, `<` and `>` are escaped so no quote can ping
@channel or @here, mention a user or disguise a link, and every field is cut to
Slack's limits (header 150, section 3000, fallback 4000 characters) with an
ellipsis, never in the middle of an escape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from domain.vocabulary import vocabulary

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
CONTEXT_LIMIT = 2000
FALLBACK_LIMIT = 4000
QUOTE_LIMIT = 1500
MAX_BLOCKS = 50
ELLIPSIS = "…"
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ChangeView:
    """What a reader needs to know about one change, as read from the warehouse."""

    change_id: str
    party: str
    kind: str
    op: str
    old_value: str | None
    new_value: str | None
    stated_on: date | None
    speaker: str | None
    evidence: str | None
    url: str | None
    outlet: str | None
    title: str | None
    sources: int = 1


def escape(text: str) -> str:
    """Slack's three control characters, plus a zero-width break in bare @channel/@here.

    After this `<!channel>`, `<@U1>` and `<http://x|y>` are inert text; bare
    `@here` is not a mention either (we never send link_names), the break is belt and braces.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub("@\u200b\\1", text)


def cut(text: str, limit: int) -> str:
    """At most `limit` characters, ending in an ellipsis when shortened."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def safe(text: str | None, limit: int) -> str:
    """Escaped and cut to `limit` characters of *escaped* text, never splitting an `&amp;`."""
    out = escape(" ".join((text or "").split()))
    if len(out) <= limit:
        return out
    out = out[: limit - 1]
    amp = out.rfind("&", max(0, len(out) - 5))
    if amp != -1 and ";" not in out[amp:]:
        out = out[:amp]
    return out.rstrip() + ELLIPSIS


def change_words(c: ChangeView) -> str:
    """'venue: none → Moscow', 'preconditions: + ceasefire first', 'demands: − referendum': words, never ids."""
    vocab = vocabulary()
    kind = vocab.kind(c.kind).short
    if c.op == "add":
        return f"{kind}: + {vocab.short(c.kind, c.new_value)}"
    if c.op == "remove":
        return f"{kind}: − {vocab.short(c.kind, c.old_value or c.new_value)}"
    return f"{kind}: {vocab.short(c.kind, c.old_value)} → {vocab.short(c.kind, c.new_value)}"


def party_name(party: str) -> str:
    return vocabulary().party(party).name


def _sources(n: int) -> str:
    return f"{n} source{'' if n == 1 else 's'}"


def fallback_text(c: ChangeView) -> str:
    """The notification text: who changed what, who said it, the quote's start."""
    said = f" ({safe(c.speaker, 200)}, {c.stated_on.isoformat() if c.stated_on else 'date unknown'})"
    quote = f': "{safe(c.evidence, 300)}"' if c.evidence else ""
    text = f"{party_name(c.party)} changed its position, {escape(change_words(c))}{said}{quote} — {_sources(c.sources)}"
    return cut(text, FALLBACK_LIMIT)


def link(url: str | None, label: str) -> str:
    """`<url|label>` for a plain http(s) URL; anything odd is shown as text, never as a link."""
    if url and re.fullmatch(r"https?://[^\s<>|]+", url) and len(url) <= 2000:
        return f"<{url.replace('&', '&amp;')}|{label}>"
    return f"{label} ({safe(url, 300)})" if url else label


def blocks(c: ChangeView) -> list[dict]:
    """Header (party and change), the quote with speaker and date, the source and source count."""
    header = cut(f"{party_name(c.party)}: {change_words(c)}", HEADER_LIMIT)
    when = c.stated_on.isoformat() if c.stated_on else "date unknown"
    speaker = safe(c.speaker or "unattributed", 200)
    quote = safe(c.evidence, QUOTE_LIMIT) if c.evidence else "_no quote recorded_"
    source = f"*{safe(c.outlet or 'source', 100)}*: {link(c.url, safe(c.title or 'article', 200))}"
    out: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}},
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": f"*Party*\n{party_name(c.party)}"},
                {"type": "mrkdwn", "text": f"*Change*\n{cut(escape(change_words(c)), 1900)}"},
                {"type": "mrkdwn", "text": f"*Said by*\n{speaker}"},
                {"type": "mrkdwn", "text": f"*Said on*\n{when}"},
            ],
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": cut(f">{quote}", SECTION_LIMIT)}},
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": cut(source, CONTEXT_LIMIT)},
                {"type": "mrkdwn", "text": f"{_sources(c.sources)} · change `{c.change_id}`"},
            ],
        },
    ]
    return out[:MAX_BLOCKS]


def reply_text(outlet: str | None, title: str | None, url: str | None) -> str:
    """A thread reply for further coverage of a change."""
    name = safe(outlet or "another outlet", 100)
    return cut(f"Also reported by *{name}*: {link(url, safe(title or 'article', 200))}", FALLBACK_LIMIT)
