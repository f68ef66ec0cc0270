"""Sentences and quotes of an article's text, in any of the reader's languages.

Text is cut into paragraphs and then into sentences *with quotes masked*, so a
quote that runs over several sentences stays in the sentence that frames it
('"We are ready. We always were," Peskov said.' is one sentence). Quotes are
English and typographic double quotes, guillemets (« », Russian and Ukrainian
wire copy), low-high quotes („ “, German and Polish) and single quotes that
cannot be apostrophes.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

# Straight, curly and RT-style single quotes. A single quote opens after a space or
# bracket and closes before a space or punctuation, so apostrophes never match.
_QUOTES = (
    re.compile(r"«[^»]{2,}?»", re.S),
    re.compile(r"„[^“”]{2,}?[“”]", re.S),
    re.compile(r"„[^“”\"„]{2,}?\"", re.S),  # opened low, closed straight: the same slip in German and Polish
    re.compile(r"“[^”]{2,}?”", re.S),
    re.compile(r"“[^“”\"]{2,}?\"", re.S),  # opened curly, closed straight: a common template slip
    re.compile(r"\"[^\"\n]{2,}?\"", re.S),
    # The two single quotes open with their mark and look back past it (`(?<![\w'])'` as `'(?<![\w']')`, the
    # same test of the character before the mark): a pattern that opens with a look-behind is tried at every
    # position of the paragraph, one that opens with a literal only where the mark stands (4-10x faster on the
    # bench's paragraphs with an apostrophe).
    re.compile(r"‘(?<!\w‘)[^’]{6,}?’(?![\w])", re.S),
    re.compile(r"'(?<![\w']')(?=[A-Za-z])[^'\n]{6,}?(?<=[\w.,!?)…])'(?![\w])", re.S),
)
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Lt|Col|Gov|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc"
    r"|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|г|гг|им|ул|т\.е|т\.д|т\.п|св|проф|ген|пол|ст"
    # (h_stance21) a title before a name in French, Spanish and Greek: "a déclaré M. Zelensky", "el Sr. Peskov",
    # «ο κ. Πεσκόφ»: the name's own sentence, not a new one
    r"|(?<![.\w])M|Mme|Sr|Sra|κ)\.$"  # "M." but not the end of "P.M." / "A.M."
)
# A capitalised first name, then one capital and its stop: a middle initial, no sentence end.
_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.$")
# A sentence ends at . ! ? … before a capital (any script), a digit, an opening quote, a bracket or a dialogue dash.
# (`[.!?…][.!?…]*`, not `[.!?…]+`: a pattern that opens with a repeat gets no first-character set, so the regex
# engine tried a match at every position of the paragraph; opening with the set, it skips to the marks. Same
# matches, ~40% less time.)
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[)\]»“”\"]?\s+(?=\S)")
_OPENERS = "“\"‘'([«„—–"
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}\.$")
_MONTH_WORD = re.compile(r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
                         r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
                         r"|listopada|grudnia)\b", re.I)

# Names Ukrainian outlets write in lower case on purpose ("путін не приїхав", "росія", "москва", "кремль"): a
# sentence may start with them.
_LOWERCASE_NAMES = re.compile(r"(?:путін|путин|росі|росс|москв|кремл|рф\b|лукашенк|білорус|шойгу|лавров|пєсков)")


class Sentence(NamedTuple):
    """A sentence of the article: its span, its text, and the spans of the quotes inside it (a named tuple: built in
    C, where a frozen dataclass's `__init__` runs interpreted even in the compiled build)."""

    start: int
    end: int
    text: str
    paragraph: int
    quotes: tuple[tuple[int, int], ...]  # relative to the sentence, quote marks included


_new_sentence: Final = tuple.__new__  # Sentence(...) without the Python-level __new__ of a NamedTuple


# The mark each pattern of _QUOTES opens with: a text without it has no such quote (most have none).
_OPENING = ("«", "„", "„", "“", "“", '"', "‘", "'")
# Sentence ends inside a quote do not end the sentence: each of these marks becomes "_" there.
_MASKED = ".!?…"


def _mask(quote: str) -> str:
    """`quote` with every mark of _MASKED as "_": one `str.replace` per mark (what `str.translate` with a table
    gives, ~40x faster on a quote, whose curly marks send `translate` down its per-character slow path)."""
    for mark in _MASKED:
        quote = quote.replace(mark, "_")
    return quote


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Non-overlapping quote spans (marks included), earliest first."""
    spans: list[tuple[int, int]] = []
    for mark, rx in zip(_OPENING, _QUOTES, strict=True):
        if mark not in text:
            continue
        for m in rx.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


_AFTER_QUOTE = re.compile(r"\s+(?=\S)")


def _quote_ends(para: str, quotes: list[tuple[int, int]]) -> list[int]:
    """Where a quote closes its sentence: its words end with . ! ? … and a capital, digit or opening mark follows
    ('... including him." But, he insists, ...'); a quote ended by a comma runs on into its attribution."""
    out = []
    for s, e in quotes:
        if e - s < 3 or para[e - 2] not in ".!?…":
            continue
        gap = _AFTER_QUOTE.match(para, e)
        if gap is None:
            continue
        nxt = para[gap.end()]
        if _NAMED_ATTRIBUTION.match(para, gap.end()):
            continue  # '"What meeting can we talk about?" Peskov asked.': the quote's closing attribution
        if nxt in "—–" and _ATTRIBUTION_AFTER_DASH.match(para, gap.end()):
            continue  # "«О какой встрече может идти речь?» — задал вопрос Песков": the attribution, no new turn
        if nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or _LOWERCASE_NAMES.match(para, gap.end()):
            out.append(gap.end())
    return out


# a name and a verb of saying closing the sentence right after a quote ('"...?" Peskov asked.', '... Zelensky said.')
_NAMED_ATTRIBUTION = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:said|asked|added|says|asks|wondered|"
                                r"replied|responded|continued|told reporters)(?:\s*[.,]|\s+(?:of|when|as|on|in|at|"
                                r"during|after|while|about|to|from|later|then|reporters|journalists)\b)")
# ('"Is there anything to talk about with him?" Zelensky said of a possible meeting', '... Zelensky asked when ...')
# a dash and a lowercase word after a quote: its closing attribution ("?» — спросил Песков"), not a dialogue turn
_ATTRIBUTION_AFTER_DASH = re.compile(r"[—–]\s*[a-zа-яёіїєґ]")


def sentences(text: str) -> list[Sentence]:
    """Sentences in text order; quotes are masked while splitting so they are never cut."""
    out: list[Sentence] = []
    offset = 0
    for p_index, para in enumerate(re.split(r"\n\s*\n|\n", text)):
        start_in_text = text.find(para, offset) if para else offset
        offset = start_in_text + len(para)
        if not para.strip():
            continue
        quotes = find_quotes(para)
        masked_text = para
        for s, e in quotes:
            masked_text = masked_text[:s] + _mask(masked_text[s:e]) + masked_text[e:]
        cuts = [0]
        for m in _SENTENCE_END.finditer(masked_text):
            nxt = masked_text[m.end()]
            if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS  # "... тристороння». 20 серпня ..."
                    or _LOWERCASE_NAMES.match(masked_text, m.end())):
                continue
            if _ABBREV.search(masked_text[max(0, m.start() - 6) : m.start() + 1]):
                continue
            if _INITIAL.search(masked_text[max(0, m.start() - 30) : m.start() + 1]) and nxt.isupper():
                continue  # "Donald J. Trump", "George W. Bush": a middle initial
            if _DAY_NUMBER.search(masked_text[max(0, m.start() - 3) : m.start() + 1]) and \
                    _MONTH_WORD.match(masked_text[m.end() :]):
                continue  # "14. Februar": a German or Polish date, not a sentence end
            cuts.append(m.end())
        cuts.extend(_quote_ends(para, quotes))
        cuts = sorted(set(cuts))
        cuts.append(len(para))
        for a, b in zip(cuts, cuts[1:], strict=False):
            raw = para[a:b]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if not body:
                continue
            s0 = a + lead
            qs = tuple((qs_ - s0, qe - s0) for qs_, qe in quotes if qs_ >= s0 and qe <= s0 + len(body))
            start = start_in_text + s0
            out.append(_new_sentence(Sentence, (start, start + len(body), body, p_index, qs)))
    return out
