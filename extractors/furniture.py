"""Removing page furniture from plain article text.

trafilatura drops most furniture from HTML, but plain-text copies (the seed
corpus, some syndication feeds) and some layouts keep comment threads, "Related
Articles" boxes, photo captions, app banners and bylines. They must not count
as article text: a Related box can carry another story's quotes, and spam
comments would make every copy of a page look different to deduplication.

Three kinds of rules, all data below, each with its reason:
- `TRAILING_BLOCKS`: a header that starts a block running to the end of the
  page (comments, related, author bio). Applied only after `_MIN_BODY_CHARS` of
  text (or a third of it), so an article never loses its body to an early match.
- `LINK_BOXES`: "Read more", "Related", "See also" ... are also embedded MID-article
  as a header and a few headline links. When prose follows the links, only the
  box goes; only a box that trails the article takes the rest of the page.
- `DROP_LINES`: single lines that are never article text (captions, banners,
  widget errors, breadcrumbs, bylines, copyright lines), and a trailing line of
  bare source names ("The Epoch Times Tass").
"""

from __future__ import annotations

import re
import unicodedata

_I = re.IGNORECASE

# (pattern on a whole stripped line, why)
LINK_BOXES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), why)
    for p, why in (
        (r"^(related|related articles|related stories|related news|related content|recommended"
         r"|recommended for you)\W*$", "related-article box"),
        (r"^(read more|read also|also read|see also|more stories|more from .{1,60}|most read|most popular"
         r"|trending( now)?|you may also like|you might also like|latest news|editor'?s picks|top stories"
         r"|more coverage( of this story)?( \(\d+\))?|related (coverage|transcripts|reading)|read next|more"
         r"|(also |more )?on this (topic|story)|more on this)\W*$",
         "link box"),
        (r"^(читайте (также|також)|смотрите также|дивіться також|по теме|по темі|новости по теме|"
         r"похожие новости|похожие материалы|схожі новини|інші джерела|другие источники|новости партнеров|"
         r"новини партнерів|популярное|популярне|последние новости|останні новини|выбор редакции|"
         r"вибір редакції|рекомендуем|рекомендуємо|главное за день|головне за день|"
         # the related-materials heading ('Материалы по теме:', 'Матеріали за темою:', 'Ещё по теме')
         r"материалы по теме|матеріали за темою|матеріали на тему|матеріали по темі|(ещё|еще) по теме|"
         r"більше (за темою|на тему)|ще за темою|"
         # (h_u17) the heading with "also" ('Также по теме:', 'Також за темою:')
         r"также (по теме|на тему)|також (за темою|на тему|по темі)|"
         r"lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leggi anche|lee también|ilgili haberler|"
         r"i̇lgili haberler|czytaj (także|też|również)|zobacz też|διαβάστε επίσης|σχετικά|"
         # the related-articles heading in the seven languages ('Σχετικά άρθρα:', 'Articoli correlati')
         r"σχετικά άρθρα|σχετικές ειδήσεις|δείτε (επίσης|ακόμα)|articoli correlati|notizie correlate|"
         r"potrebbe interessarti anche|articles (liés|similaires)|sur le même sujet|voir aussi|"
         r"artículos relacionados|noticias relacionadas|te puede interesar|ähnliche artikel|"
         r"weitere artikel|das könnte sie auch interessieren|powiązane artykuły|podobne artykuły|"
         r"benzer haberler|i̇lgili içerikler|ilgili içerikler)\W*$",
         "link box (other languages)"),
        (r"^(promoted stories|sponsored( content| stories)?|from our partners)\W*$", "sponsored link box"),
    )
)

TRAILING_BLOCKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), why)
    for p, why in (
        (r"^(comments?|\d+ comments?|no comments yet\W*|leave a (reply|comment)|join the (conversation|discussion)"
         r"|post a comment|add a comment|show comments|view comments|reader comments|комментарии|коментарі"
         r"|kommentare|commenti|commentaires|comentarios|yorumlar|komentarze)( \(\d+\))?\W*$", "comment thread"),
        (r"^please enter your (comment|name)", "comment form"),
        # "Article image" is NOT here: image labels also sit mid-article (it is a DROP_LINE).
        (r"^(avatar|about the author|author bio)$", "author box"),
    )
)

DROP_LINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), why)
    for p, why in (
        (r"\((photo|image|picture|credit)s?( by|:)?[^)]*\)\s*$", "photo caption credit"),
        # (the lookahead names each branch's first character: the engine skips to them, 2x faster on a line's tail)
        (r"(?=[v/ae])(via getty images|/ ?afp|\bafp via|/ ?reuters|\bap photo\b|/ ?pool|epa-efe|/ ?shutterstock)"
         r"[^.]{0,80}\)?\s*$", "photo caption credit"),
        (r"^(logo|avatar|article image|orange background|show more|news feed|\d+ min read|advertisement"
         r"|web hosting)$", "widget label or ad slot (mid-article too, so dropped, not cut at)"),
        (r"^(download the app|get the app|get started now: download the app)\W*$", "app banner"),
        (r"^(share this( article)?|share on .{1,20}|follow us on .{1,40})\W*$", "share widget"),
        (r"^(oops!?|something went wrong\.?|please try again later\.?)$", "widget error"),
        (r"^try our ai features$|^explore what .{1,40} can do for you:?$", "product banner"),
        (r"^(ready to dive into|get started now|download .{1,40} app today)", "app banner"),
        (r"^app-?store\s*play-?store$", "app banner"),
        (r"join .{0,60}(telegram|whatsapp|newsletter).{0,40}(here|https?://)", "channel promotion"),
        (r"^(sign up|subscribe)( now| today)? (for|to) (our|the) .{0,60}$", "newsletter banner"),
        (r"^(we use cookies|this (web)?site uses cookies|accept (all )?cookies)", "cookie banner"),
        # Case-sensitive, and never a line ending like a sentence ("Home to 1.5 million people, ...").
        (r"^(?-i:Home(?: [A-Z][\w’'-]*){1,3}) .{10,}(?<![.”\"])$", "breadcrumb"),
        (r"^.{0,40}?(\d+|\ban?) (minutes?|hours?|days?) ago$", "byline time"),
        (r"^time\s?(\d+|an?) (minutes?|hours?) ago$", "byline time"),
        (r"^your email address will not be published", "comment form"),
        (r"^(copyright|©|\(c\))\s*(\d{4}|[a-z])|all rights reserved\.?$", "copyright line"),
        # An inline link to another story: "Read also: Peskov: ...", "Читайте також: ...", "Archive: ...".
        (r"^(read (also|more|next)|also read|see also|more|related|related transcripts|archive|watch|listen|"
         r"trending|most read|more photos|more coverage|more from [^:]{1,40}|читайте (также|також)|смотрите также|"
         r"дивіться також|новости по теме|новини на тему|більше фото|больше фото|другие стенограммы|"
         r"інші стенограми|"
         r"lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leggi anche|lee también|czytaj (także|też)|"
         r"zobacz (też|także)|διαβάστε επίσης)\s*[:>→»|]\s*\S", "inline link to another story"),
        (r"^(photo|caption|pictured|фото|[\[(]photo[\])]|\[фото\])\s*[:\]]", "photo caption"),
        (r"^\[(photo|фото)\]", "photo caption"),
        (r"^[\[(](photo|image|picture|caption|фото|світлина)\s*:", "photo caption"),  # "[Photo: ... Caption: ...]"
        # "[Photo caption: Orban has offered ...]", "(Image credit: ...)"
        (r"^[\[(]?(photo|image|picture) (caption|credit)\s*:", "photo caption"),
        (r"^(tags|теги|тэги|schlagworte|tag|etiketler|tagi)\s*:", "tag list"),
        (r"^(click|tap) here to ", "call to action"),
        # (h_venue21) the outlet's own comment on the news, a line of its own: «🗣 Наш комментарий: ...», «💬 Коментар
        # редакції: ...», "Our take: ...": the channel's voice, no party's words (its "invitation that is a refusal"
        # is nobody's refusal); an editor's note (a correction) is not one of them
        (r"^\W{0,4}\s*(наш комментарий|комментарий редакции|от редакции|наш коментар|коментар редакції|"
         r"від редакції|our take|our comment|editorial comment|unser kommentar|kommentar der redaktion|"
         r"notre commentaire|commentaire de la rédaction|il nostro commento|commento della redazione|"
         r"nuestro comentario|comentario de la redacción|nasz komentarz|komentarz redakcji|yorumumuz|"
         r"το σχόλιό μας|σχόλιο της σύνταξης|"
         # (h_attr27) and its opinion so labelled: «💬 Наше мнение: Кремль пригласил — Киев отказался ...»
         r"наше мнение|наша думка|наш погляд|our view|our opinion|unsere meinung|notre avis|la nostra opinione|"
         r"nuestra opinión|nasza opinia|η άποψή μας|bizim görüşümüz)\s*:", "the outlet's own comment"),
    )
)

# Comment spam lines: numbered entries with money talk or a link.
_SPAM = re.compile(r"(\$\s?\d[\d,]*|https?://|www\.)", _I)
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_BULLET = re.compile(r"^[•·▪►▸▶◦‣*\-–→>]\s*")
# (h_lists) the bullets an announced list keeps: those the reader takes for a list item's (attribution.list_item)
_LIST_MARK = re.compile(r"^[•▪*\-–]\s")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)…]$")
# Up to six capitalised words and nothing else: source names, not a sentence.
_CREDITS = re.compile(r"^(?:(?:[A-Z][\w.&'-]*|AP|AFP|TASS|RIA)\s*){1,6}$")
# Body text that must precede a trailing block before it may be cut (or a third of the page).
_MIN_BODY_CHARS = 600


def clean_article_text(text: str) -> str:
    """The article's own text, without comments, related boxes, captions and banners."""
    raw = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    bullets = [_BULLET.match(line) for line in raw]  # anchored: the bullet a line opens with is all `sub` removes
    bulleted = [m is not None and len(line) > 2 for m, line in zip(bullets, raw, strict=True)]
    lines = [line if m is None else line[m.end() :] for m, line in zip(bullets, raw, strict=True)]
    body = _cut_trailing_blocks(lines, bulleted)
    listed = _announced_items(raw, bulleted)
    kept = [shown for line, shown in _with_list_marks(body, lines, raw, listed)
            if line and not _is_furniture_line(line)]
    return "\n\n".join(_dedupe_consecutive(kept))


def _announced_items(raw: list[str], bulleted: list[bool]) -> list[bool]:
    """(h_lists) The bulleted lines of a list a line ending in a colon announces ("The Ukrainian side proposed:",
    «Основні тези:»), up to the first line that is no item: they keep their bullets, which tell the reader that
    each is an item of the lead-in's speaker (a bullet elsewhere, a box of links, is dropped as before)."""
    out = [False] * len(raw)
    run = False
    for i, line in enumerate(raw):
        if not line:
            continue
        out[i] = run = bulleted[i] and run and _LIST_MARK.match(line) is not None
        if not bulleted[i]:
            run = line.endswith(":")
    return out


def _with_list_marks(body: list[str], lines: list[str], raw: list[str], listed: list[bool]) -> list[tuple[str, str]]:
    """Each line kept (an in-order subset of `lines`, bullets stripped) with the form it is shown in: its raw line,
    bullet and all, when it is an announced list's item."""
    out, j = [], 0
    for line in body:
        while j < len(lines) and lines[j] != line:
            j += 1
        shown = raw[j] if j < len(lines) and listed[j] else line
        out.append((line, shown))
        j += 1
    return out


def _cut_trailing_blocks(lines: list[str], bulleted: list[bool] | None = None) -> list[str]:
    total = sum(len(line) for line in lines) or 1
    bulleted = bulleted or [False] * len(lines)
    seen = 0
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        past_body = seen >= min(0.33 * total, _MIN_BODY_CHARS)
        if past_body and (_is_block_header(line) or _starts_spam_comments(lines, i)
                          or _headline_list(lines, bulleted, i)):
            return _drop_trailing_credits(_drop_truncated_teaser(out))
        if _is_link_box(line):
            resume = _inline_box_end(lines, i)
            if resume is not None:  # an embedded box: skip its header and links, keep the prose after it
                i = resume
                continue
            if past_body:
                return _drop_trailing_credits(_drop_truncated_teaser(out))
        out.append(line)
        seen += len(line)
        i += 1
    return _drop_trailing_credits(out)


def _headline_list(lines: list[str], bulleted: list[bool], i: int) -> bool:
    """Two or more bulleted headlines with no prose after them: a box of links at the end, whatever its
    header says ("▸ Пєсков: путін готовий прийняти Зеленського лише в Москві")."""
    run = [j for j in range(i, min(len(lines), i + 8)) if lines[j]]
    heads = 0
    for j in run:
        if not (bulleted[j] and _is_headline(lines[j])):
            break
        heads += 1
    if heads < 2:
        return False
    after = [line for line in lines[run[0] + heads :] if line] if heads < len(run) else []
    return sum(len(line) for line in after if len(line) >= 60 and _SENTENCE_END.search(line)) < 300


def _is_link_box(line: str) -> bool:
    return _LINK_BOX.match(_unaccented(line)) is not None


def _unaccented(text: str) -> str:
    """The text without its accents, which the header patterns are matched without too: Greek capitals drop the
    tonos («ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ» is «Διαβάστε επίσης»), and a heading typed without its accents ("A LIRE AUSSI") is the
    same heading. Only what stands at a line's start is matched so (line-start drops, link boxes, block headers):
    a heading is typed in capitals there. The patterns searched inside a line or at its end (`_DROP_ANYWHERE`,
    `_DROP_TAIL`) keep their accents: they meet a sentence's own words, where an accent tells words apart. NFD also
    takes the breve and the diaeresis off Cyrillic (й is и, ї is і), on the pattern and the line alike."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _inline_box_end(lines: list[str], i: int) -> int | None:
    """Where the article resumes after a box of 1-6 headline links, if it does; else None (a trailing box)."""
    j, links = i + 1, 0
    while j < len(lines) and (not lines[j] or (_is_headline(lines[j]) and links < 6)):
        links += bool(lines[j])
        j += 1
    if not 1 <= links <= 6:
        return None
    rest = [line for line in lines[j:] if line]
    prose = 0
    for line in rest:
        if _is_block_header(line) or _is_link_box(line):
            break
        if len(line) >= 60 and _SENTENCE_END.search(line):
            prose += len(line)
    # The article goes on: at least two paragraphs' worth of prose before the next box or the end.
    return j if prose >= 300 else None


def _is_headline(line: str) -> bool:
    return len(line) <= 140 and not _SENTENCE_END.search(line)


def _drop_trailing_credits(lines: list[str]) -> list[str]:
    """A last line of bare source names ("The Epoch Times Tass", "AP Reuters"): attribution, not text."""
    while lines and not lines[-1]:
        lines = lines[:-1]
    if lines and _CREDITS.match(lines[-1]) and len(lines) > 3:
        return lines[:-1]
    return lines


def _is_block_header(line: str) -> bool:
    return _BLOCK_HEADER.match(_unaccented(line)) is not None


def _starts_spam_comments(lines: list[str], i: int) -> bool:
    """A numbered list whose first entry is spam: a comment thread without a header."""
    return bool(_NUMBERED.match(lines[i]) and _SPAM.search(" ".join(lines[i : i + 4])))


def _drop_truncated_teaser(lines: list[str]) -> list[str]:
    """A teaser cut mid-sentence right before a block (and its headline) belongs to the block."""
    while lines and (not lines[-1] or _is_furniture_line(lines[-1])):
        lines = lines[:-1]
    if lines and len(lines[-1]) > 80 and not re.search(r"[.!?\"'”’)]$", lines[-1]):
        lines = lines[:-1]
        while lines and not lines[-1]:
            lines = lines[:-1]
        if lines and len(lines[-1]) < 140 and not re.search(r"[.!?:\"”]$", lines[-1]):
            lines = lines[:-1]
    return lines


def _is_furniture_line(line: str) -> bool:
    if _DROP_AT_START.match(_unaccented(line)):
        return True
    for p in _DROP_ANYWHERE:
        if p.search(line):
            return True
    for p, tail in _DROP_TAIL:
        if p.match(line) or p.search(line, max(0, len(line.rstrip()) - tail)):
            return True
    return False


# Rules whose matches, but for one at the line's start, end the line and are at most this long (ignoring case
# never changes a match's length): such a match starts within that many characters of the line's last
# non-space character, so it is looked for at the start and there only (same answer). Searching the whole
# line, the credit rule tried seven alternatives under IGNORECASE at every character of every line: cleaning
# cost 0.66 ms a bench page, 0.37-0.5 ms now (same lines dropped: checked on 200,000 made-up lines).
_TAIL_CHARS = {
    "(?=[v/ae])(via getty images|": 16 + 80 + 1 + 3,  # "via getty images", [^.]{0,80}, ")" (+3 to spare)
    "^(copyright|": 20 + 2,  # "all rights reserved." before the end (or a final newline)
}
_DROP_SEARCH = [
    (p, next((n for start, n in _TAIL_CHARS.items() if p.pattern.startswith(start)), None)) for p, _ in DROP_LINES
]
assert sum(n is not None for _, n in _DROP_SEARCH) == len(_TAIL_CHARS), "a tail-searched rule changed: check it"


def _anchored(p: re.Pattern[str]) -> bool:
    """Every top-level alternative of the pattern opens with '^': it can match only at the line's start."""
    depth, in_class, escaped, starts = 0, False, False, [0]
    for i, c in enumerate(p.pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            starts.append(i + 1)
    return all(p.pattern.startswith("^", i) for i in starts)


def _at_start(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """Rules that open with '^' (and hold no other top-level alternative), as one pattern tried at the line's start:
    one call into the regex engine for all of them instead of one each (a line is furniture when any matches, so
    the answer is the same; each rule keeps its own flags, as an inline group where it differs)."""
    assert all(p.pattern.startswith("^") and p.flags == _STARTED.flags for p in patterns)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), _I)


_STARTED = re.compile("", _I)
# Searching a line for each rule was ~25 calls into the regex engine a line (three quarters of the cleaning's
# cost): the rules that can match only at the line's start are one pattern, the others are searched as before.
# (h_prec24) without accents, as the line is matched («ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: ...», "A LIRE AUSSI : ...")
_DROP_AT_START = _at_start([re.compile(_unaccented(p.pattern), p.flags) for p, tail in _DROP_SEARCH
                            if tail is None and _anchored(p)])
_DROP_ANYWHERE = [p for p, tail in _DROP_SEARCH if tail is None and not _anchored(p)]
_DROP_TAIL = [(p, tail) for p, tail in _DROP_SEARCH if tail is not None]
# the headers' patterns without their accents, as the lines they are matched against (`_unaccented`)
_LINK_BOX = _at_start([re.compile(_unaccented(p.pattern), p.flags) for p, _ in LINK_BOXES])
_BLOCK_HEADER = _at_start([re.compile(_unaccented(p.pattern), p.flags) for p, _ in TRAILING_BLOCKS])


def _dedupe_consecutive(lines: list[str]) -> list[str]:
    """Headlines and captions repeated on the next line (a common template artefact)."""
    out: list[str] = []
    for line in lines:
        if not out or line != out[-1]:
            out.append(line)
    return out
