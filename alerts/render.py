"""The Slack message for a change: Block Kit for the channel, plain text for the notification.

An analyst must be able to check a change from Slack alone: the message quotes
the whole sentence with the words the reader matched in bold, names the
speaker, the date it was said, the outlet, headline and date of the article,
links its canonical URL, and says in one line why it was read that way (rule
and confidence). Untrusted text goes through alerts/mrkdwn.py (escaped, cut to
Slack's limits: header 150, section 3000, fallback 4000 characters).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from alerts.mrkdwn import cut, escape, link, marked, safe
from domain.vocabulary import vocabulary

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
CONTEXT_LIMIT = 2000
FALLBACK_LIMIT = 4000
QUOTE_LIMIT = 1500
MAX_BLOCKS = 50


@dataclass(frozen=True)
class Said:
    """The last statement of a value a change replaces: who said it, when, where (alerts/changes.py finds it)."""

    speaker: str | None
    stated_on: date | None
    outlet: str | None
    title: str | None
    url: str | None
    is_seed: bool = False


@dataclass(frozen=True)
class ChangeView:
    """What a reader needs to know about one change, as read from the warehouse (alerts/changes.py).

    `url` is the article's canonical URL, `evidence` the words the reader matched.
    """

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
    sentence: str | None = None  # the whole sentence (or quote) the evidence is in
    rule: str | None = None  # the reader's rule or feature that produced the assertion
    confidence: float | None = None  # 0-1
    published_on: date | None = None  # the article's date (the statement may be older)
    before: Said | None = None  # the last statement of the value replaced or dropped, if one is stored

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


def possessive(name: str) -> str:
    """"Russia's", "Mediators'", "United States'": no "its" for a plural party."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def read_as(kind: str, op: str, old_value: str | None, new_value: str | None) -> str:
    """What the reader understood, in the vocabulary's full words: 'in Istanbul', 'dropped: a ceasefire first'.

    The operation leads, so the rule and confidence after it are the line's only brackets.
    """
    vocab = vocabulary()
    if op == "add":
        return f"added: {vocab.full(kind, new_value)}"
    if op == "remove":
        return f"dropped: {vocab.full(kind, old_value or new_value)}"
    return vocab.full(kind, new_value)


def why_words(c: ChangeView, matched_shown: bool = True) -> str:
    """The one-line "why": 'read as: refuses to meet (rule `stance.refuses`, confidence 0.82)', escaped mrkdwn.

    When the matched words could not be marked in the sentence they are named here instead.
    """
    rule = f"rule `{safe(c.rule, 120)}`" if c.rule else "rule not recorded"
    confidence = f", confidence {c.confidence:.2f}" if c.confidence is not None else ""
    matched = f"; matched “{safe(c.evidence, 300)}”" if c.evidence and not matched_shown else ""
    read = read_as(c.kind, c.op, c.old_value, c.new_value)
    return f"*Why:* read as: {escape(read)} ({rule}{confidence}){matched}"


def quote_text(c: ChangeView) -> tuple[str, bool]:
    """The sentence (else the evidence) with the matched words in bold, and whether they could be marked."""
    sentence = c.sentence or c.evidence
    if not sentence:
        return "_no quote recorded_", False
    if not c.sentence:
        return safe(sentence, QUOTE_LIMIT), True
    return marked(sentence, c.evidence, QUOTE_LIMIT)


def source_words(c: ChangeView) -> str:
    """'*Example wire*, 2026-11-16: <canonical url|headline>', escaped mrkdwn."""
    published = f", {c.published_on.isoformat()}" if c.published_on else ""
    return f"*{safe(c.outlet or 'source', 100)}*{published}: {link(c.url, safe(c.title or 'article', 200))}"


def replaced_value(op: str, old_value: str | None, new_value: str | None) -> str | None:
    """The value a change replaces (a set's old one) or drops (a remove's); None for an addition or a first value."""
    if op == "add":
        return None
    return old_value if op == "set" else old_value or new_value


def before_words(c: ChangeView) -> str | None:
    """'*Before:* in Moscow, last said by Yuri Ushakov on 2026-10-02 (*TASS*: <url|headline>)', escaped mrkdwn.

    The other side of the arrow, so an analyst can check the old position as quickly as the new one;
    None for an addition, which replaces nothing.
    """
    if c.op == "add":
        return None
    vocab = vocabulary()
    value = replaced_value(c.op, c.old_value, c.new_value)
    if value is None:
        return f"*Before:* nothing stated on {escape(vocab.kind(c.kind).label.lower())}"
    held = f"*Before:* {escape(vocab.full(c.kind, value))}"
    if c.before is None:
        return held
    said = f", last said by {safe(c.before.speaker or 'an unattributed source', 200)} on {_when(c.before.stated_on)}"
    if c.before.is_seed:
        return f"{held}{said} (seed corpus: {safe(c.before.title or c.before.outlet or 'seed article', 200)})"
    where = f"*{safe(c.before.outlet or 'source', 100)}*: {link(c.before.url, safe(c.before.title or 'article', 200))}"
    return f"{held}{said} ({where})"


def _sources(n: int) -> str:
    return f"{n} source{'' if n == 1 else 's'}"


def _when(day: date | None) -> str:
    return day.isoformat() if day else "date unknown"


def fallback_text(c: ChangeView) -> str:
    """The notification text: who changed what, who said it and when, the sentence's start, the outlet."""
    said = f" ({safe(c.speaker, 200)}, {_when(c.stated_on)})"
    words = c.sentence or c.evidence
    quote = f": “{safe(words, 300)}”" if words else ""  # curly: a sentence that opens with a quote stays readable
    outlet = f" — {safe(c.outlet, 100)}" if c.outlet else ""
    text = f"{possessive(party_name(c.party))} position changed, {escape(change_words(c))}{said}{quote}{outlet}"
    return cut(f"{text} — {_sources(c.sources)}", FALLBACK_LIMIT)


def blocks(c: ChangeView) -> list[dict]:
    """Header (party and change); speaker and date; the marked sentence; why; what it replaces; the sources."""
    header = cut(f"{party_name(c.party)}: {change_words(c)}", HEADER_LIMIT)
    speaker = safe(c.speaker or "unattributed", 200)
    quote, matched_shown = quote_text(c)
    out: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}},
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": f"*Party*\n{party_name(c.party)}"},
                {"type": "mrkdwn", "text": f"*Change*\n{cut(escape(change_words(c)), 1900)}"},
                {"type": "mrkdwn", "text": f"*Said by*\n{speaker}"},
                {"type": "mrkdwn", "text": f"*Said on*\n{_when(c.stated_on)}"},
            ],
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": cut(f">{quote}", SECTION_LIMIT)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": cut(why_words(c, matched_shown), CONTEXT_LIMIT)}]},
        *_context(before_words(c)),
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": cut(source_words(c), CONTEXT_LIMIT)},
                {"type": "mrkdwn", "text": f"{_sources(c.sources)} · change `{c.change_id}`"},
            ],
        },
    ]
    return out[:MAX_BLOCKS]


def _context(text: str | None) -> list[dict]:
    return [{"type": "context", "elements": [{"type": "mrkdwn", "text": cut(text, CONTEXT_LIMIT)}]}] if text else []


def reply_text(outlet: str | None, title: str | None, url: str | None) -> str:
    """A thread reply for further coverage of a change."""
    name = safe(outlet or "another outlet", 100)
    return cut(f"Also reported by *{name}*: {link(url, safe(title or 'article', 200))}", FALLBACK_LIMIT)
