"""Untrusted text made safe for Slack's mrkdwn, within Slack's length limits.

Article text comes from the web: `&`, `<` and `>` are escaped so no quote can
ping @channel or @here, mention a user or disguise a link, and text is cut with
an ellipsis, never in the middle of an escape.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_WORD = re.compile(r"\w")


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


def link(url: str | None, label: str) -> str:
    """`<url|label>` for a plain http(s) URL; anything odd is shown as text, never as a link."""
    if url and re.fullmatch(r"https?://[^\s<>|]+", url) and len(url) <= 2000:
        return f"<{url.replace('&', '&amp;')}|{label}>"
    return f"{label} ({safe(url, 300)})" if url else label


def find_words(text: str, words: str) -> tuple[int, int] | None:
    """Where `words` occur in `text` (case and spacing ignored), widened to whole words; None if absent.

    The reader's evidence is a span of the sentence, but it may start or end
    inside a word; Slack only renders `*bold*` that starts and ends at a word
    boundary, so the mark covers the whole words.
    """
    needle = " ".join(words.split())
    if not needle:
        return None
    start = text.lower().find(needle.lower())
    if start < 0:
        return None
    end = start + len(needle)
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


def marked(text: str, words: str | None, limit: int) -> tuple[str, bool]:
    """`text` escaped, with `words` in bold, in at most `limit` characters; and whether the words were found.

    When it is too long, the text around the words is shortened (its start and
    its end, each with an ellipsis) so the marked words stay in view; cutting
    the raw text before escaping never splits an escape.
    """
    text = " ".join(text.split())
    span = find_words(text, words or "")
    if span is None:
        return safe(text, limit), False
    pre, hit, post = text[: span[0]], text[span[0] : span[1]], text[span[1] :]
    bold = f"*{safe(hit, max(limit // 2 - 2, 1))}*"
    keep_pre, keep_post = len(pre), len(post)
    while True:
        out = _around(pre, keep_pre, bold, post, keep_post)
        excess = len(out) - limit
        if excess <= 0 or keep_pre == keep_post == 0:
            return (out if excess <= 0 else bold), True
        if keep_post >= keep_pre:
            keep_post = max(keep_post - excess, 0)
        else:
            keep_pre = max(keep_pre - excess, 0)


def _around(pre: str, keep_pre: int, bold: str, post: str, keep_post: int) -> str:
    """The last `keep_pre` characters of `pre`, the marked words, the first `keep_post` of `post`, escaped."""
    head = escape(pre[len(pre) - keep_pre :]) if keep_pre else ""
    tail = escape(post[:keep_post])
    return (ELLIPSIS if keep_pre < len(pre) else "") + head + bold + tail + (ELLIPSIS if keep_post < len(post) else "")
