"""Removing page furniture from plain article text.

trafilatura drops most furniture from HTML, but plain-text copies (the seed
corpus, some syndication feeds) and some layouts keep comment threads, "Related
Articles" boxes, photo captions, app banners and bylines. They must not count
as article text: a Related box can carry another story's quotes, and spam
comments would make every copy of a page look different to deduplication.

Two kinds of rules, both data below, each with its reason:
- `TRAILING_BLOCKS`: a header that starts a block running to the end of the
  page (comments, related, author bio). Applied only past the first third of the
  text, so an article never loses its body to an early match.
- `DROP_LINES`: single lines that are never article text (captions, banners,
  widget errors, breadcrumbs, bylines).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# (pattern on a whole stripped line, why)
TRAILING_BLOCKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), why)
    for p, why in (
        (r"^(related|related articles|related stories|related news|recommended|recommended for you)\W*$",
         "related-article box"),
        (r"^(read more|read also|see also|more stories|more from .{1,60}|most read|most popular|trending( now)?"
         r"|you may also like|you might also like|latest news|editor'?s picks|top stories)\W*$", "link box"),
        (r"^(comments?|\d+ comments?|no comments yet\W*|leave a (reply|comment)|join the (conversation|discussion)"
         r"|post a comment|add a comment|show comments|view comments)\W*$", "comment thread"),
        (r"^please enter your (comment|name)", "comment form"),
        (r"^(article image|avatar|about the author|author bio)$", "author box"),
        (r"^(download the app|get the app|get started now: download the app)\W*$", "app banner"),
        (r"^(share this( article)?|share on .{1,20}|follow us on .{1,40})\W*$", "share widget"),
        (r"^(web hosting|sponsored( content)?|advertisement|promoted stories)\W*$", "ad block"),
    )
)

DROP_LINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), why)
    for p, why in (
        (r"\((photo|image|picture|credit)s?( by|:)?[^)]*\)\s*$", "photo caption credit"),
        (r"(via getty images|/ ?afp|afp via|/ ?reuters|ap photo|/ ?pool|epa-efe|/ ?shutterstock)[^.]{0,80}\)?\s*$",
         "photo caption credit"),
        (r"^(logo|avatar|article image|orange background|show more|news feed|\d+ min read|advertisement)$",
         "widget label"),
        (r"^(oops!?|something went wrong\.?|please try again later\.?)$", "widget error"),
        (r"^try our ai features$|^explore what .{1,40} can do for you:?$", "product banner"),
        (r"^(ready to dive into|get started now|download .{1,40} app today)", "app banner"),
        (r"^app-?store\s*play-?store$", "app banner"),
        (r"join .{0,60}(telegram|whatsapp|newsletter).{0,40}(here|https?://)", "channel promotion"),
        (r"^(sign up|subscribe)( now| today)? (for|to) (our|the) .{0,60}$", "newsletter banner"),
        (r"^(we use cookies|this (web)?site uses cookies|accept (all )?cookies)", "cookie banner"),
        (r"^home( [A-Z][\w-]*){1,3} .{10,}$", "breadcrumb"),
        (r"^.{0,40}?(\d+|\ban?) (minutes?|hours?|days?) ago$", "byline time"),
        (r"^time\s?(\d+|an?) (minutes?|hours?) ago$", "byline time"),
        (r"^your email address will not be published", "comment form"),
    )
)

# Comment spam lines: numbered entries with money talk or a link.
_SPAM = re.compile(r"(\$\s?\d[\d,]*|https?://|www\.)", _I)
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_BULLET = re.compile(r"^[•·▪►*\-–]\s*")
# Body text that must precede a trailing block before it may be cut (or a third of the page).
_MIN_BODY_CHARS = 600


def clean_article_text(text: str) -> str:
    """The article's own text, without comments, related boxes, captions and banners."""
    lines = [_BULLET.sub("", line.strip()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = _cut_trailing_blocks(lines)
    kept = [line for line in lines if line and not _is_furniture_line(line)]
    return "\n\n".join(_dedupe_consecutive(kept))


def _cut_trailing_blocks(lines: list[str]) -> list[str]:
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen >= min(0.33 * total, _MIN_BODY_CHARS) and (_is_block_header(line) or _starts_spam_comments(lines, i)):
            return _drop_truncated_teaser(lines[:i])
        seen += len(line)
    return lines


def _is_block_header(line: str) -> bool:
    return any(p.search(line) for p, _ in TRAILING_BLOCKS)


def _starts_spam_comments(lines: list[str], i: int) -> bool:
    """A numbered list whose first entry is spam: a comment thread without a header."""
    return bool(_NUMBERED.match(lines[i]) and _SPAM.search(" ".join(lines[i : i + 4])))


def _drop_truncated_teaser(lines: list[str]) -> list[str]:
    """A teaser cut mid-sentence right before a block (and its headline) belongs to the block."""
    while lines and not lines[-1]:
        lines = lines[:-1]
    if lines and len(lines[-1]) > 80 and not re.search(r"[.!?\"'”’)]$", lines[-1]):
        lines = lines[:-1]
        while lines and not lines[-1]:
            lines = lines[:-1]
        if lines and len(lines[-1]) < 140 and not re.search(r"[.!?:\"”]$", lines[-1]):
            lines = lines[:-1]
    return lines


def _is_furniture_line(line: str) -> bool:
    return any(p.search(line) for p, _ in DROP_LINES)


def _dedupe_consecutive(lines: list[str]) -> list[str]:
    """Headlines and captions repeated on the next line (a common template artefact)."""
    out: list[str] = []
    for line in lines:
        if not out or line != out[-1]:
            out.append(line)
    return out
