"""The Slack message for a change: Block Kit for the channel, plain text for the notification.

Article text is untrusted: `&`, `<` and `>` are escaped so no quote can ping
@channel or @here, mention a user or inject a link, and every field is cut to
Slack's limits (header 150, section 3000, fallback 4000 characters).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PARTY_NAMES = {"RU": "Russia", "UA": "Ukraine", "US": "United States", "MEDIATOR": "Mediator"}
KIND_NAMES = {
    "stance": "stance on meeting",
    "venue": "venue",
    "format": "format",
    "prerequisite": "precondition",
    "demand": "demand",
}
VALUE_NAMES = {
    "willing": "willing to meet",
    "skeptical": "sceptical about a meeting",
    "refuses": "refuses to meet",
    "one_on_one": "one-on-one (no intermediaries)",
    "trilateral": "trilateral (with the US president)",
    "multilateral": "multilateral summit",
    "any": "any",
    "documents_agreed": "documents agreed first",
    "expert_groundwork": "groundwork by experts and ministers first",
    "ceasefire": "ceasefire first",
    "security_guarantees": "security guarantees first",
    "no_ultimatums": "no ultimatums",
    "legitimate_signatory": "a legitimate signatory",
    "recognize_territory": "recognition of annexed territory",
    "ukraine_withdraws": "Ukrainian withdrawal from claimed regions",
    "russia_withdraws": "Russian withdrawal from Ukraine",
    "no_territorial_concessions": "no territorial concessions",
    "neutrality": "Ukrainian neutrality (no NATO)",
    "no_foreign_troops": "no foreign troops in Ukraine",
    "referendum": "a referendum on territory",
}
HEADER_LIMIT = 150
SECTION_LIMIT = 3000
FALLBACK_LIMIT = 4000
QUOTE_LIMIT = 1200


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
    """Slack's three control characters; after this, `<!channel>` and `<@U1>` are inert text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def value_words(value: str | None) -> str:
    if not value:
        return "none"
    if value.startswith("not_"):
        return "not " + value_words(value[4:])
    return VALUE_NAMES.get(value, value.replace("_", " ").title() if value.islower() else value)


def change_words(c: ChangeView) -> str:
    """'venue: none → Moscow', 'precondition: + ceasefire first', 'demand: − a referendum on territory'."""
    kind = KIND_NAMES.get(c.kind, c.kind)
    if c.op == "add":
        return f"{kind}: + {value_words(c.new_value)}"
    if c.op == "remove":
        return f"{kind}: − {value_words(c.old_value)} (withdrawn)"
    return f"{kind}: {value_words(c.old_value)} → {value_words(c.new_value)}"


def fallback_text(c: ChangeView) -> str:
    party = PARTY_NAMES.get(c.party, c.party)
    said = f" — {c.speaker}" if c.speaker else ""
    quote = f': "{cut(c.evidence, 300)}"' if c.evidence else ""
    return escape(cut(f"{party} changed its {change_words(c)}{said}{quote}", FALLBACK_LIMIT))


def blocks(c: ChangeView) -> list[dict]:
    party = PARTY_NAMES.get(c.party, c.party)
    header = cut(f"{party}: {change_words(c)}", HEADER_LIMIT)
    quote = escape(cut(c.evidence or "", QUOTE_LIMIT))
    speaker = escape(cut(c.speaker or "unattributed", 200))
    when = c.stated_on.isoformat() if c.stated_on else "date unknown"
    source = _source_link(c)
    out: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": cut(f"*{speaker}* said on {when}:\n>{quote}", SECTION_LIMIT)},
        },
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": cut(source, SECTION_LIMIT)},
                {"type": "mrkdwn", "text": f"{c.sources} source{'s' if c.sources != 1 else ''} · change {c.change_id}"},
            ],
        },
    ]
    return out


def _source_link(c: ChangeView) -> str:
    outlet = escape(cut(c.outlet or "source", 80))
    title = escape(cut(c.title or c.url or "", 150))
    if c.url and c.url.startswith(("http://", "https://")) and "|" not in c.url and ">" not in c.url:
        return f"{outlet}: <{escape(c.url)}|{title or 'article'}>"
    return f"{outlet}: {title}"


def reply_text(outlet: str | None, title: str | None, url: str | None) -> str:
    """A thread reply for further coverage of a change."""
    name = escape(cut(outlet or "another outlet", 80))
    if url and url.startswith(("http://", "https://")) and "|" not in url and ">" not in url:
        return f"Also reported by {name}: <{escape(url)}|{escape(cut(title or url, 150))}>"
    return f"Also reported by {name}: {escape(cut(title or '', 150))}"
