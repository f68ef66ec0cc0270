"""When a statement was made: explicit dates and weekday references, resolved against the article's date.

"on April 6", "Sept. 5", "March 3, 2025", "in April 2022", "In 2022, ...",
"on Thursday", "last Friday", "yesterday", and the same in the reader's other
languages ("19 августа", "3 вересня", "am Freitag", "28 Mayıs"; month and
weekday names are data: `data/calendar.toml`). A bare day and month takes the
most recent such date on or before publication; a weekday the most recent
such day (the publication day itself when it is that weekday).
"""

from __future__ import annotations

import re
import string
import sys
import tomllib
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import TypeVar

from extractors.actors import phrase_regex
from extractors.lexicon import concept_texts


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    raw = _raw()
    months = {name: int(n) for n, names in raw["months"].items() for name in names}
    weekdays = {name: int(n) for n, names in raw["weekdays"].items() for name in names}
    relative = {name: key for key, names in raw["relative"].items() for name in names}
    return months, weekdays, relative


@lru_cache(maxsize=1)
def _raw() -> dict:
    return tomllib.loads(resources.files("extractors").joinpath("data/calendar.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=3)
def _day_counts(table: str) -> tuple[dict[str, int], re.Pattern[str]]:
    """A calendar table of phrases counting days ("later": after the story's last date; "ago": before the
    reference date): phrase -> days, and the pattern of its phrases."""
    days = {name: int(n) for n, names in _raw()[table].items() for name in names}
    # (?=...): the characters the phrases' first letters match case-insensitively, one set (see `case_set`)
    return days, re.compile(rf"(?<!\w)(?=(?-i:[{case_set(_firsts(days))}]))(?P<phrase>" + phrase_regex(set(days))
                            + r")(?!\w)", re.I | re.U)


def _firsts(phrases: Iterable[str]) -> str:
    """The phrases' first characters, once each."""
    return "".join(sorted({p[0] for p in phrases}))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    months, weekdays, relative = _calendar()
    # English months also abbreviate and run long ("Sept.", "September"); other languages list their forms.
    # Each name opens with a case-sensitive set of the characters its first letter matches under IGNORECASE
    # (`_same_letter`): the regex engine skips a branch on a set in one step, where it tries a case-insensitive
    # letter in full, and the same characters start each branch.
    english = "|".join(_same_letter(name[0]) + name[1:] for name in _ENGLISH_MONTHS.split("|"))
    others = _first_letter_trie(_other_months())
    month = rf"(?P<month>{english}|{others})\.?"
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.I | re.U
    # A day or a year opening a pattern after `\b` is spelled as a digit, then the look back past it for a word
    # character (`\b` before a digit): a pattern that opens with a set of characters lets the engine skip to them,
    # where one opening with `\b` is tried at every position.
    day = r"(?P<day>\d(?<!\w.)\d?)"  # \b\d{1,2}
    # "In March, Zelensky said", "said in March", "в марте заявил", "у березні заявив": a month with no day
    # dates the statement when it frames the verb of saying
    said = "said|stated|told|declared|wrote|insisted|claimed"
    frame = (rf"^\s*(?:back\s+)?in\s+{_named(month, 'm1')}(?!\w)",
             rf"\b(?:{said})\s+in\s+{_named(month, 'm2')}(?!\w)",
             rf"(?<!\w)(?:в|у)\s+{_named(month, 'm3')}\s+(?:\w+\s+)?"
             r"(?:заявил\w*|сказал\w*|отметил\w*|заявив|заявила|заявили|сказав|сказала|наголосив|наголосила|зазначив)")
    # its last two branches searched apart, each opening with a case-sensitive set of the characters its first
    # letters match (the engine skips to them), then looking back past that character: the whole pattern opens
    # with an anchor, a boundary and a look-behind, so the engine tries all three at every position
    verbs = "|".join(f"(?<={w[0]}){w[1:]}" for w in said.split("|"))
    said_first = case_set(_firsts(said.split("|")))
    # a full date ("14 червня 2024 року", "9 December 2019", "December 9, 2019"), the year's word after it
    year_words = phrase_regex(set(_raw()["year"]["words"]))
    full_day = (rf"(?:(?P<d1>\d{{1,2}})\.?\s+{_named(month, 'm1')}|{_named(month, 'm2')}\s+(?P<d2>\d{{1,2}}),?)"
                rf"\s+{year}(?:\s*(?:{year_words})(?!\w)\.?)?")
    lasts = r"last\s+|this\s+(?:past\s+)?|прошл\w+\s+|минул\w+\s+|минувш\w+\s+|vergangenen\s+|letzten\s+"
    return {
        # (?=...): a position starts no month unless its character opens one, tested as one set
        "month_day": re.compile(
            rf"(?<!\w)(?=(?-i:[{_opening_characters()}])){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+{year})?", flags),
        "day_month": re.compile(
            rf"{day}(?:st|nd|rd|th|\.|-?го|-?е)?\s+(?:of\s+)?{month}(?!\w)(?:,?\s+{year})?", flags),
        "month_year": re.compile(
            rf"\b(?:in|since|from|during|of|в|у|im|en|a|in)\s+(?:early\s+|late\s+|mid-)?{month}(?!\w),?\s+{year}\b",
            flags),
        # a section's heading: "Paris, December 2019.", "The ban, autumn 2022.", "2025." (the time the story turns to)
        # (set off by dashes or a bullet, "— 2022 —", "• April 2021:", or naming its place after it, "2019: Paris")
        "heading": re.compile(
            rf"^(?:[•·▪►*—–-]\s*)?(?:[^.!?]{{0,40}},\s*)?(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter)\s*)?"
            rf"(?:{month}\s+)?{year}\s*(?:[.:]?|[—–-]|(?:[:—–]|\s-)\s*[^\s.!?—–-][^.!?]{{0,39}}\.?)\s*$", flags),
        # a heading or an item naming its day: "14 червня 2024 року.", "December 9, 2019 - The presidents meet ..."
        "day_heading": re.compile(rf"^\s*(?:[•·▪►*—–-]\s*)?{full_day}\s*(?:[.:]?|[—–-])\s*$", flags),
        # (h_lists: a hyphen or an en dash as its bullet too, "- March 2022 — ...", kept in a list a colon announces)
        "day_item": re.compile(rf"^\s*(?:[•·▪►*]\s*|[-–]\s+)?{full_day}\s*(?:[—–:]|\s-)\s*\S", flags),
        # a recap's item opening with its time, "• March 2022 — Istanbul talks: ...", "2019: Paris. ..."
        "item": re.compile(rf"^\s*(?:[•·▪►*]\s*|[-–]\s+)?(?:{month}\s+)?{year}\s*(?:[—–:]|\s-)\s*\S", flags),
        "iso": re.compile(r"(?P<year>[12](?<!\w.)(?:(?<=1)9|(?<=2)0)\d{2})-(?P<m>\d{2})-(?P<day>\d{2})\b"),
        "numeric": re.compile(day + r"\.(?P<m>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
        # (?=...): a position opens no phrase unless its character opens one (or "last"), tested as one set
        "weekday": re.compile(
            rf"(?<!\w)(?=(?-i:[{case_set(_firsts([*lasts.split('|'), *weekdays]))}]))(?P<last>{lasts})?"
            r"(?P<wd>" + phrase_regex(set(weekdays)) + r")(?!\w)", flags),
        "relative": re.compile(rf"(?<!\w)(?=(?-i:[{case_set(_firsts(relative))}]))(?P<rel>"
                               + phrase_regex(set(relative)) + r")(?!\w)", flags),
        "month_frame": re.compile("(?:" + "|".join(frame) + ")", flags),
        "frame_start": re.compile(frame[0], flags),
        "frame_said": re.compile(rf"(?-i:[{said_first}])(?<!\w.)(?:{verbs})" + frame[1][len(rf"\b(?:{said})"):], flags),
        "frame_in": re.compile(rf"(?-i:[{case_set('ву')}])(?<!\w.)" + frame[2][len(r"(?<!\w)(?:в|у)"):], flags),
        "year_frame": re.compile(
            r"(?:^\s*(?:back\s+)?in\s+(?P<y1>(?:19|20)\d{2})\b"
            r"|\b(?:said|stated|told|declared|wrote|insisted|claimed)\s+in\s+(?P<y2>(?:19|20)\d{2})\b"
            r"|^\s*(?:ещ[её]\s+)?в\s+(?P<y3>(?:19|20)\d{2})\s+году|^\s*(?:ще\s+)?[ув]\s+(?P<y4>(?:19|20)\d{2})\s+році)",
            flags),
    }


def _other_months() -> set[str]:
    """The calendar's month names beyond the English alternatives (which also match "Sept." and "Septembers")."""
    return {m for m in _calendar()[0] if not m.isascii() or len(m) > 4}


def _first_letter_trie(phrases: set[str]) -> str:
    """`phrase_regex(phrases)` with each top-level branch's first character as `_same_letter` spells it: the same
    branches in the same order, matching the same text."""
    rests: dict[str, set[str]] = {}
    for phrase in phrases:
        rests.setdefault(phrase[0], set()).add(phrase[1:])
    return "(?:" + "|".join(_same_letter(c) + phrase_regex(rests[c]) for c in sorted(rests)) + ")"


@lru_cache(maxsize=1)
def _month_first_letters() -> dict[str, str]:
    """Each month name's first character -> every character that matches it case-insensitively, as the regex
    engine judges it on every code point ("s" -> "Ssſ", "k" -> "KkK" with the Kelvin sign)."""
    firsts = sorted({name[0] for name in _ENGLISH_MONTHS.split("|")} | {m[0] for m in _other_months()})
    union = set(re.findall("[" + "".join(map(re.escape, firsts)) + "]", _every_character(), re.I))
    return {f: "".join(sorted(c for c in union if re.fullmatch(re.escape(f), c, re.I))) for f in firsts}


@cache
def case_set(letters: str) -> str:
    """Every character that matches one of `letters` case-insensitively, as the regex engine judges it on every
    code point ("s" -> "Ssſ", "i" -> "IiİıI"), escaped for a set."""
    found = set(re.findall("[" + re.escape(letters) + "]", _every_character(), re.I))
    return "".join(map(re.escape, sorted(found)))


def _same_letter(c: str) -> str:
    """A month's first character as a case-sensitive set of every character it matches case-insensitively."""
    return "(?-i:[" + "".join(map(re.escape, _month_first_letters()[c])) + "])"


def _opening_characters() -> str:
    """Every character a month name can open with (case-insensitively), escaped for a set."""
    return "".join(map(re.escape, sorted(set("".join(_month_first_letters().values())))))


@lru_cache(maxsize=1)
def _every_character() -> str:
    """Every code point but the surrogates, in order (~60 ms once a process)."""
    codes = array("I", range(0x110000))
    del codes[0xD800:0xE000]
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


# The month pattern's English alternatives, lowercase ASCII (as `_patterns` spells them).
_ENGLISH_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                   r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


@lru_cache(maxsize=1)
def _month_after_in() -> re.Pattern[str]:
    """"in" and a month, in the lowercase of an ASCII text: what the "month_frame" pattern's English branches
    ("In March, ...", "said in March") need, so that without it in an ASCII text none of its branches matches (its
    Cyrillic branch opens with "в" or "у", which no ASCII character matches). Case-sensitive with a literal
    prefix, the engine skips to each "in"; the case-insensitive pattern tries every position (~8 us a sentence).
    Each month is spelled as the ASCII characters that match it case-insensitively ("aralık" as "aralik"),
    months with a character no ASCII one matches left out (they cannot match an ASCII text)."""
    others = {_ascii_spelling(m) for m in _calendar()[0] if not m.isascii() or len(m) > 4}
    return re.compile(r"in\s+(?:" + _ENGLISH_MONTHS + "|" + phrase_regex({m for m in others if m}) + ")")


def _named(pattern: str, group: str) -> str:
    """The month pattern with its group renamed (a regex names each group once)."""
    return pattern.replace("?P<month>", f"?P<{group}>")


# Every date form has a digit, or a weekday or relative word: cheap tests before the full patterns.
_DIGIT = re.compile(r"\d")  # what the patterns' \d matches (any Unicode decimal digit), not only 0-9
# A year as the patterns' year group spells it (digits have no case): opening with a 1 or a 2, the engine skips to
# those, where the two patterns that need a year try every position (~10 us a sentence).
_YEAR = re.compile(r"(?:19|20)\d{2}")


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Every one-word month name of the calendar, lowercased (a relative clause that names one tells of the past:
    "Peskov, who in May had called a meeting premature")."""
    return frozenset(_key(n) for names in _raw()["months"].values() for n in names if " " not in n)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Every one-word month, weekday and relative-day name of the calendar, lowercased: the words a time phrase
    before a sentence's subject is made of ("22 квітня 2021 року путін ...", "On Sunday, Putin ...")."""
    raw = _raw()
    names = [n for table in ("months", "weekdays", "relative") for names in raw[table].values() for n in names]
    return frozenset(_key(n) for n in names if " " not in n)


def _key(word: str) -> str:
    """A matched word as the calendar's tables spell it: the patterns match case-insensitively, so 'ſunday' (long
    s) or a Kelvin sign match too, and a bare lower() would not find them (a KeyError on hostile text)."""
    return unicodedata.normalize("NFKC", word).lower()


_T = TypeVar("_T")


def _lookup(table: Mapping[str, _T], word: str) -> _T | None:
    """The calendar table's entry for a word a pattern matched, or None when the engine's case folding matched no
    entry. Turkish capitals are read as Turkish: 'I' is the capital of 'ı' and 'İ' of 'i' ("SALI", "CUMARTESİ"),
    which lower() does not give; a lowercase 'i' stays 'i' (Polish "w sali", a hall, is no Turkish "salı")."""
    found = table.get(_key(word))
    if found is None and ("I" in word or "İ" in word):
        found = table.get(_key(word.replace("I", "ı").replace("İ", "i")))
    return found


def _month(name: str) -> int:
    months = _calendar()[0]
    key = _key(name).rstrip(".")
    short = key[:4] if key.startswith("sept") else key[:3]
    for cand in (key, short):
        if cand in months:
            return months[cand]
    # a letter that equals the table's only under IGNORECASE, as the pattern matched it ("окᲄября": U+1C84 is a
    # form of "т"; no normalisation maps it): the entry the pattern took, not a KeyError on hostile text
    for k, v in months.items():
        if re.fullmatch(re.escape(k), key[: len(k)], re.IGNORECASE):
            return v
    raise KeyError(name)  # no pattern of the calendar's matches it: a caller's bug, not the text's


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A day and month without a year within this many days before publication is this year's news, whatever
# older time the story told of before; an older one falls in the year the story had reached.
_RECENT_DAYS = 31


def _in_frame(month: int, day: int, anchor: date) -> date | None:
    """The day and month nearest the story's last date, in its year, the next or the one before ("4 October 2022.
    ... Накануне, 30 сентября, ...": a step back stays in the story's year)."""
    days = [d for d in (_safe(y, month, day) for y in (anchor.year, anchor.year + 1, anchor.year - 1)) if d]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


# A day and month without a year at most this many days after publication is a day to come ("the leaders will
# gather in Paris on Dec. 9" in a story of November 15), not last year's: it dates an event, never a statement.
_AHEAD_DAYS = 45


def _ahead(month: int, day: int, ref: date) -> bool:
    """Whether the day and month fall after the publication day (its next two aside, as `_on_or_before` keeps
    them), within `_AHEAD_DAYS` of it (in its year or across the new year)."""
    for year in (ref.year, ref.year + 1):
        d = _safe(year, month, day)
        if d is not None and 2 < (d - ref).days <= _AHEAD_DAYS:
            return True
    return False


def _on_or_before(month: int, day: int, ref: date) -> date | None:
    d = _safe(ref.year, month, day)
    if d and d > ref + timedelta(days=2):
        d = _safe(ref.year - 1, month, day)
    return d


def find_date(text: str, ref: date | None, anchor: date | None = None, things: bool = False) -> date | None:
    """The date a sentence gives for its statement, or None when it gives none (`anchor`: the story's last
    date, which "two days later" counts from). A day written as a thing's attribute ("the address of 20 April",
    `_attributive`) is not the statement's unless `things` (a recording line: "Расшифровка эфира от 17 мая")."""
    # whether a weekday, relative or "later" word may stand in the text (only asked when one would count)
    named = (ref is not None or anchor is not None) and _may_name_a_day(text)
    if anchor is not None and named:
        later = _later_date(text, anchor)
        if later is not None and (ref is None or later <= ref):
            return later  # (h_dates26: a count past the article's day, "two days after X" told of another day, is
            # not the statement's: the sentence's weekday or date is)
    if _DIGIT.search(text) is None:
        # every pattern but the weekday and relative ones needs a digit, and those two need a reference date
        # (a hand-written prefilter here once let "во вторник", "mittwoch", "sábado" through to nothing)
        if ref is None:
            return None
        framed = _month_frame(text, ref)
        if framed is not None or not named:
            return framed
        return _weekday_or_relative(text, ref)
    p = _patterns()
    candidates: list[tuple[int, date]] = []
    for key in ("month_day", "day_month"):
        for m in p[key].finditer(text):
            try:
                month = _month(m.group("month"))
            except KeyError:
                continue
            day = int(m.group("day"))
            if m.group("year"):
                d = _safe(int(m.group("year")), month, day)
            elif ref:
                if _ahead(month, day, ref):
                    continue  # "will gather in Paris on Dec. 9": a day to come is an event's, never the statement's
                d = _on_or_before(month, day, ref)
                if d is not None and anchor is not None and anchor.year < ref.year and \
                        (ref - d).days > _RECENT_DAYS:
                    d = _in_frame(month, day, anchor) or d  # "April 2021. ... on April 20": the story's year
            else:
                d = None
            if d and (things or not _attributive(text, m.start(), m.end())) and not _spans(text, m.start(), d, ref):
                candidates.append((m.start(), d))
    for key in ("iso", "numeric"):
        for m in p[key].finditer(text):
            d = _safe(int(m.group("year")), int(m.group("m")), int(m.group("day")))
            if d and (things or not _attributive(text, m.start(), m.end())):
                candidates.append((m.start(), d))
    if candidates:
        return min(candidates)[1]
    has_year = _YEAR.search(text) is not None  # "month_year" and "year_frame" both need one
    if has_year:
        for m in p["month_year"].finditer(text):
            return _safe(int(m.group("year")), _month(m.group("month")), 1)
    if ref and named:
        when = _weekday_or_relative(text, ref)
        if when is not None:
            return when
    framed = _month_frame(text, ref) if ref else None
    if framed is not None:
        return framed
    yf = p["year_frame"].search(text) if has_year else None
    if yf:
        year = int(next(g for g in yf.groups() if g))
        if not ref or year < ref.year:
            return date(year, 1, 1)
    return None


def _attributive(text: str, start: int, end: int) -> bool:
    """h_dates21: whether the day at text[start:end] is written as a thing's attribute (`[attributive]` in the
    calendar: «видеообращение Зеленского от 20 апреля», «рішення РНБО від 30 вересня», "20 Nisan tarihli"): the
    address's or the decision's day, not the day the sentence's speaker spoke."""
    before, after = _attributive_words()
    return before.search(text, 0, start) is not None or after.match(text, end) is not None


def _spans(text: str, start: int, day: date, ref: date | None) -> bool:
    """h_dates26: whether the day at text[start:] opens a period still to come (`[span]` in the calendar: "a full
    ceasefire from 12 May", «полного прекращения огня с 12 мая», on the article's day or later): a start, not the day
    the speaker spoke ("since 18 August" before the article's day tells when a position was taken: it stays)."""
    return ref is not None and day >= ref and _span_words().search(text, 0, start) is not None


@lru_cache(maxsize=1)
def _span_words() -> re.Pattern[str]:
    """The calendar's span words opening a period, right before a day (then only spaces)."""
    return _words_pattern("span", "opens", r"\s+$")


@lru_cache(maxsize=1)
def _attributive_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The calendar's attributive words: one right before a day (then only spaces), one right after it."""
    return (_words_pattern("attributive", "before", r"\s+$"),
            re.compile(r"\s+" + _word_regex(_word_list("attributive", "after")), re.I | re.U))


def heading_date(text: str) -> date | None:
    """The time a short section heading turns the story to ("The Donbas gambit, April 2021.", "2025."): its month's
    first day, or the year's, or the day it names ("14 червня 2024 року."); None for any other sentence."""
    if len(text) > 60 or _YEAR.search(text) is None:
        return None
    day = day_heading(text)
    if day is not None:
        return day
    m = _patterns()["heading"].match(text.strip())
    if m is None:
        return None
    month = _month(m.group("month")) if m.group("month") else 1
    return _safe(int(m.group("year")), month, 1)


# A live blog's entry stamp: a date and a clock time, alone in their sentence ("30 марта, 11:20.", "March 30,
# 11:20", "30 March 2022, 11:20")
_STAMP = re.compile(r"^[^.!?:]{3,30}?[,\s]\s*\d{1,2}:\d{2}\.?$")


def stamp_date(text: str, ref: date | None) -> date | None:
    """The day of a live blog's entry stamp ("30 марта, 11:20."): it dates the entry's undated statements; None
    for any other sentence."""
    text = text.strip()
    if len(text) > 40 or _STAMP.match(text) is None:
        return None
    return find_date(text, ref)


# A live blog's entry stamp with a clock time only, alone in its sentence ("09:40", "14:05 GMT")
_CLOCK = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?\.?\s*$")  # a time zone's letters after it (GMT, MSK)


def clock_stamp(text: str) -> bool:
    """Whether the sentence is only a clock time ("09:40", "14:05 GMT"): a live blog's entry of the day its last
    dated stamp named, else of the day it was published."""
    return len(text) <= 16 and _CLOCK.match(text) is not None


# h_dates21: a day in a web address's path ("/live/2025/08/18/...", "/2025-08-20/..."), and a live blog's entry line
# opening with a clock time ("18:55 — Trump posts ...", "09:40")
_URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)")
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}:\d{2}\b", re.M)
_LIVE_ENTRIES = 2  # clock-time lines that make a text a live blog


def live_blog_day(text: str, url: str | None, published: date | None) -> date | None:
    """The day a live blog ran when its address names the day before it was published ("/live/2025/08/18/..."
    published on the 19th, its times Eastern: stamped after midnight elsewhere): its undated entries were written
    then; or (h_dates40) the day its header says its entries are of (`_entries_day`). None for any other text (no
    clock-time entries, no such day, or another day)."""
    if published is None or len(_CLOCK_LINE.findall(text)) < _LIVE_ENTRIES:
        return None
    m = _URL_DAY.search(url) if url else None
    day = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    day = day if day is not None and (published - day).days == 1 else None
    return day or _entries_day(text, published)


_ENTRIES_REACH = 60  # characters after the entries' word their day may stand in


@lru_cache(maxsize=1)
def _entries_words() -> re.Pattern[str]:
    """The calendar's words for a live blog's entries (`[live] entries`)."""
    return _words_pattern("live", "entries")


def _entries_day(text: str, published: date) -> date | None:
    """h_dates40: the day a live blog's header says its entries are of, the day before it was published ("Posted 16
    May, 00:40 | Entries below were filed on Thursday 15 May", «Записи ниже сделаны в четверг, 15 мая», «Усі
    оновлення — за четвер, 15 травня»): the header is the text before its first clock-time line, the day within
    reach after a word for its entries (`[live] entries`); None when there is none (its own day changes nothing)."""
    first = _CLOCK_LINE.search(text)
    header = text[: first.start()] if first else ""
    for m in _entries_words().finditer(header):
        day = find_date(header[m.end(): m.end() + _ENTRIES_REACH].split("\n")[0], published)
        if day is not None and (published - day).days == 1:
            return day
    return None


# h_dates27: a live blog's entry opening with a day before its clock time ("(Tuesday) 07:15 - Orban's office says",
# "Tuesday, 07:15 —", «(вівторок) 07:15 —»): the day marked, then the time and the entry's dash or colon
_DAY_CLOCK = re.compile(r"^\s*[(\[]?(?P<day>[^\W\d][\w'’ʼ ]{2,24}?)[)\]]?,?\s*"
                        r"\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-–—:]")


def entry_day(text: str, ref: date | None) -> date | None:
    """h_dates27: the day a live blog's entry names before its clock time ("(Tuesday) 07:15 - ..."): the blog has
    passed midnight, and its entries after it are of that day, as after a stamp; None for any other sentence (the
    words before the time must be a weekday or a relative day and nothing else)."""
    m = _DAY_CLOCK.match(text)
    if ref is None or m is None:
        return None
    day = m.group("day").strip()
    if _key(day) not in _relative_words() and not (len(day.split()) == 1 and _key(day) in _weekday_words()):
        return None
    found = find_date(day, ref)
    # (review, session 39) the day the blog has passed into is its own day or the one before: a weekday that resolves
    # further back (a "(Tuesday)" in a blog of Monday is no Tuesday six days before) dates nothing
    return found if found is not None and 0 <= (ref - found).days <= 1 else None


def date_line(text: str, ref: date | None) -> date | None:
    """The day a line that is only a date names, its weekday or year word with it ("Monday, 9 December 2019",
    "5 вересня 2025", "9 декабря 2019 г."): a live blog's day, which its clock-time entries that follow are of."""
    if len(text) > 50 or not any(c.isdigit() for c in text):
        return None
    words = _date_line_words()
    if not all(w.isdigit() or _key(w) in words for w in re.findall(r"\w[\w'’ʼ]*", text)):
        return None
    return find_date(text, ref)


@lru_cache(maxsize=1)
def _date_line_words() -> frozenset[str]:
    """The calendar's month, weekday and year words, as `_key` spells them: all a date line may hold besides digits."""
    raw = _raw()
    words = {_key(n) for table in ("months", "weekdays") for names in raw[table].values() for n in names}
    return frozenset(words | {_key(w) for w in raw["year"]["words"]})


def weekday_heading(text: str, ref: date | None) -> date | None:
    """The day a line that is only a weekday names ("MONDAY.", "Tuesday:", «Середа.»), or only a relative day
    (h_dates25: a live blog's "YESTERDAY", «Вчера», «Вчора:»): a digest's or a timeline's day, which the undated
    statements after it are of, as a live blog's stamp dates its entry; None for any other sentence (a weekday is
    the most recent such day on or before `ref`)."""
    if ref is None or len(text) > 20:
        return None
    words = re.findall(r"\w[\w'’ʼ]*", text)
    if not (len(words) == 1 and _key(words[0]) in _weekday_words() or _key(" ".join(words)) in _relative_words()):
        return None
    return find_date(text, ref)


@lru_cache(maxsize=1)
def _relative_words() -> frozenset[str]:
    """The calendar's relative day words and phrases ("yesterday", "earlier today", «вчера»), lowercased."""
    return frozenset(_key(n) for names in _raw()["relative"].values() for n in names)


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    """The calendar's weekday names, as `_key` spells them."""
    return frozenset(_key(n) for names in _raw()["weekdays"].values() for n in names)


def day_heading(text: str) -> date | None:
    """The day a heading that is only a date names ("14 червня 2024 року.", "December 9, 2019:"); None for any
    other sentence."""
    if len(text) > 60 or _YEAR.search(text) is None:
        return None
    return _full_day(_patterns()["day_heading"].match(text.strip()))


def item_date(text: str) -> date | None:
    """The time a recap's item opens with ("• March 2022 — Istanbul talks: Zelensky said ...", "2019: Paris — ..."):
    it dates the item and what follows it, as a heading does; None for any other sentence."""
    if _YEAR.search(text[:30]) is None:
        return None
    day = _full_day(_patterns()["day_item"].match(text))
    if day is not None:
        return day
    m = _patterns()["item"].match(text)
    if m is None:
        return None
    month = _month(m.group("month")) if m.group("month") else 1
    return _safe(int(m.group("year")), month, 1)


def _full_day(m: re.Match[str] | None) -> date | None:
    """The day a "day_heading" or "day_item" match names."""
    if m is None:
        return None
    try:
        month = _month(m.group("m1") or m.group("m2"))
    except KeyError:
        return None
    return _safe(int(m.group("year")), month, int(m.group("d1") or m.group("d2")))


def _month_frame(text: str, ref: date) -> date | None:
    """'said in March', 'в марте заявил': the first of that month, the last one before the reference month (a month
    named in the reference month itself dates nothing the publication date does not)."""
    if text.isascii() and _month_after_in().search(text.lower()) is None:
        return None  # most sentences: no "in <month>" (the Cyrillic branch needs a letter no ASCII one matches)
    # the pattern "month_frame" searched branch by branch: its first branch matches only at the start, and at
    # one position the earlier branch wins (the last two open with different characters: never at one position)
    p = _patterns()
    mf = p["frame_start"].match(text)
    if mf is None:
        said, spoken = p["frame_said"].search(text), p["frame_in"].search(text)
        mf = said if spoken is None or (said is not None and said.start() < spoken.start()) else spoken
    if mf is None:
        return None
    try:
        month = _month(next(g for g in mf.groups() if g))
    except KeyError:
        return None
    if month == ref.month:
        return None
    return date(ref.year if month < ref.month else ref.year - 1, month, 1)


def _may_name_a_day(text: str) -> bool:
    """False only when no weekday, relative, "later" or "ago" phrase can match the text: for a text of ASCII
    characters (typographic punctuation aside, which no phrase contains) such a match is the phrase's ASCII
    spelling in the text's lowercase, after a non-word character or at its start, which one case-sensitive scan
    rules out (~6x cheaper than the case-insensitive patterns, and most sentences name no day). Other texts may:
    the patterns decide."""
    if not text.isascii():
        for mark in _day_words()[1]:  # one `str.replace` per mark: `str.translate` goes character by character
            text = text.replace(mark, " ")
        if not text.isascii():
            return True
    # each pattern looks back for no word character before its phrase (`(?<!\w)`; the weekday's "last" ends in
    # whitespace): a phrase that counts follows a non-word character or opens the text, so with a space put first,
    # it follows a non-word character, the set the engine skips to (~2x faster than any phrase's first letter)
    return _day_words()[0].search(" " + text.lower()) is not None


@lru_cache(maxsize=1)
def _day_words() -> tuple[re.Pattern[str], str]:
    """The ASCII spellings of the weekday, relative, "later" and "ago" phrases after a non-word character, and the
    typographic marks to blank."""
    _, weekdays, relative = _calendar()
    phrases = [*weekdays, *relative, *_day_counts("later")[0], *_day_counts("earlier")[0], *_day_counts("ago")[0],
               *_adjectival_stems()]  # (a stem as its opening letters: the scan needs no word's end)
    spellings = {s for s in map(_ascii_spelling, phrases) if s is not None}
    chars = {c for phrase in phrases for c in phrase}
    blanks = "".join(m for m in _TYPOGRAPHIC_MARKS if not any(re.fullmatch(re.escape(c), m, re.I) for c in chars))
    return re.compile(r"\W" + phrase_regex(spellings)), blanks


_TYPOGRAPHIC_MARKS = "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u00a0"


def _ascii_spelling(phrase: str) -> str | None:
    """The lowercase ASCII characters that match the phrase's characters case-insensitively, as the regex engine
    judges it ("salı" matches "SALI"), or None when one of them matches no ASCII character ("dün")."""
    out = []
    for c in phrase:
        same = _ascii_letter(c) if c.isalpha() else None
        if same:
            out.append(same)
        elif c.isascii():
            out.append(c)
        else:
            return None
    return "".join(out)


@cache
def _ascii_letter(c: str) -> str | None:
    """The first lowercase ASCII letter that matches a letter case-insensitively, as the regex engine judges it
    (asked once per letter: the calendar's phrases share most of theirs)."""
    return next((a for a in string.ascii_lowercase if re.fullmatch(re.escape(c), a, re.I)), None)


def _weekday_or_relative(text: str, ref: date) -> date | None:
    """"on Thursday", "last Friday", "yesterday", "two days ago": the most recent such day on or before `ref`; a
    weekday anywhere in the text before a relative word."""
    p = _patterns()
    weekdays = _calendar()[1]
    for wd in p["weekday"].finditer(text):
        named = _lookup(weekdays, wd.group("wd"))
        if named is None:
            continue  # the engine's case folding matched no calendar word: Polish "w sali" for Turkish "salı"
        if _to_come(text, wd.start(), wd.end()):
            continue  # "will be in Istanbul on Thursday": the event's day, not the statement's
        back = (ref.weekday() - named) % 7
        last = (wd.group("last") or "").lower()
        if back == 0 and last and not last.startswith("this"):
            back = 7
        return ref - timedelta(days=back)
    back_to = _adjectival_day(text)
    if back_to is not None:  # h_dates25: "w niedzielnym wywiadzie", «в воскресном интервью»: the talk's day
        return ref - timedelta(days=(ref.weekday() - back_to) % 7 if back_to >= 0 else 1)
    days, ago = _day_counts("ago")
    since = next((n for ag in ago.finditer(text) if (n := _lookup(days, ag.group("phrase"))) is not None), None)
    if since is not None:  # before the relative words: "the day before yesterday" holds "yesterday"
        return ref - timedelta(days=since)
    for rl in p["relative"].finditer(text):
        rel = _lookup(_calendar()[2], rl.group("rel"))
        if rel is None:
            continue  # (as for a weekday: a folded match that is no calendar word)
        if rel != "yesterday":
            return ref
        if _eve_object().match(text, rl.end()) is None:  # (not "on the eve of the summit": the event's eve)
            return ref - timedelta(days=1)
    return None


def _adjectival_day(text: str) -> int | None:
    """h_dates25: the weekday (0 Monday) a day adjective right before a noun of a talk names ("w niedzielnym
    wywiadzie", «в воскресном интервью»), -1 for "yesterday's" («во вчерашнем выступлении»); None when there is
    none (an adjective before another noun, «после воскресных переговоров», is another event's day)."""
    for key, pattern in _adjectival_patterns():
        if pattern.search(text):
            return -1 if key == "yesterday" else int(key)
    return None


def _adjectival_stems() -> list[str]:
    """The `adjectival` table's day stems without their "*" ("niedzieln", «воскресн»)."""
    return [w.strip("*") for k, words in _raw()["adjectival"].items() if k != "talk" for w in words]


@lru_cache(maxsize=1)
def _adjectival_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each `adjectival` stem list as a pattern of the stem followed by a talk noun (the calendar's table, checked:
    a key besides `talk` is a weekday's number or "yesterday")."""
    keys = [k for k in _raw()["adjectival"] if k != "talk"]
    if any(k != "yesterday" and k not in {str(n) for n in range(7)} for k in keys):
        raise ValueError("calendar.toml [adjectival]: keys are 'talk', weekday numbers 0-6 or 'yesterday'")
    talk = _word_regex(_word_list("adjectival", "talk"))
    return tuple((k, re.compile(_word_regex(_word_list("adjectival", k)) + r"\s+" + talk, re.I | re.U))
                 for k in keys)


# a recording line is one short sentence ("Розмову записано в понеділок, 12 травня; текст скорочено.")
_RECORDING_CHARS = 160


def recording_date(text: str, ref: date | None) -> date | None:
    """The day a transcript's recording line names ("The interview was recorded on Monday, 12 May"): its turns were
    spoken then, not on the day published; None for any other sentence. The reader asks it of transcripts only (a
    news story's "The phone conversation, conducted on 18 March, lasted two hours" is no recording line)."""
    if len(text) > _RECORDING_CHARS or (not _may_name_a_day(text) and _DIGIT.search(text) is None):
        return None
    words = _recording_words()
    if words[0].search(text) is None or words[1].search(text) is None:
        return None
    return find_date(text, ref, things=True)


def names_a_reply(text: str) -> bool:
    """Whether the sentence names a reply or a response (the calendar's `reply` words): its day is the reply's."""
    return _reply_words().search(text) is not None


@lru_cache(maxsize=1)
def _reply_words() -> re.Pattern[str]:
    """The calendar's `reply` words as one pattern."""
    return _words_pattern("reply", "words")


# h_dates25: the noun of words said opens a remarks line: at most this many words stand before it ("The", "His",
# "The Kremlin's")
_REMARKS_OPENING = 3


def remarks_day(text: str, ref: date | None) -> date | None:
    """h_dates25: the day a sentence opening with a noun of words said gives in its first clause ("The remarks came
    on Tuesday, after ...", «Заява пролунала в четвер, після того як ...», "Las declaraciones llegaron el martes"):
    the day the words just before it were said; None for any other sentence (the caller asks that it name no
    speaker and no verb of saying)."""
    m = _remarks_words().search(text) or _announcement().search(text)
    if ref is None or m is None or len(re.findall(r"\w+", text[: m.start()])) > _REMARKS_OPENING:
        return None
    return find_date(text.split(",", 1)[0], ref)


@lru_cache(maxsize=1)
def _remarks_words() -> re.Pattern[str]:
    """The calendar's `remarks` words as one pattern."""
    return _words_pattern("remarks", "words")


@lru_cache(maxsize=1)
def _announcement() -> re.Pattern[str]:
    """(review, session 38) The calendar's announcement words not followed by a word opening an object of their own
    ("The announcement of new sanctions came on Monday" dates the sanctions, not the words before it)."""
    objects = _word_regex(_word_list("remarks", "object"))
    return _words_pattern("remarks", "announcement", rf"(?!\s+{objects})")


@lru_cache(maxsize=1)
def _recording_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The calendar's `recorded` table as patterns: the talk's nouns and the recording's verbs."""
    return _words_pattern("recorded", "talk"), _words_pattern("recorded", "made")


def _words_pattern(table: str, key: str, suffix: str = "") -> re.Pattern[str]:
    """A calendar table's list of words as one pattern (`_word_regex`, then `suffix`); a key that is not a list of
    words is an error."""
    return re.compile(_word_regex(_word_list(table, key)) + suffix, re.I | re.U)


def _word_list(table: str, key: str) -> list[str]:
    """A calendar table's list of words, checked: a list of non-empty strings."""
    words = _raw()[table].get(key)
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"calendar.toml [{table}] {key}: a list of words")
    return list(words)


def _to_come(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] is a day to come: "next" beside it («в следующий четверг», "jeudi
    prochain"), "for" or "until" before it («про четвер», "bis Donnerstag"), or its clause said of the future and
    framing no verb of saying ("will be in Istanbul on Thursday", «у четвер буде»; not "said on Thursday he will
    go"). `_ahead` does the same for a day and month."""
    words = _ahead_words()
    if words["next_before"].search(text, 0, start) or words["next_after"].match(text, end) or \
            words["toward"].search(text, 0, start):
        return True
    left, right = _clause(text, start, end, words["bound"])
    wills = [m.start() for m in words["will"].finditer(text, left, right)]
    if not wills:
        return False
    said = [m.start() for m in words["said"].finditer(text, left, right)]
    if not said:
        return True
    # h_dates24: a future between the verb of saying and the weekday tells what is to come then ("a president who
    # says he will be in Turkey on Thursday", «заявил, что будет в Стамбуле в четверг»); one after the weekday does
    # not ("said on Thursday he will go")
    last = max((s for s in said if s < start), default=None)
    return last is not None and any(last < w < start for w in wills)


def _clause(text: str, start: int, end: int, bound: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends, between punctuation or a word opening a clause
    ("that", «что»); a weekday opening its clause before a comma ("On Thursday, he will ...", "jeudi, il sera")
    reaches past it."""
    left = max((m.end() for m in bound.finditer(text, 0, start)), default=0)
    right_m = bound.search(text, end)
    right = right_m.start() if right_m else len(text)
    if right_m is not None and right_m.group().strip() == "," and len(text[left:start].split()) <= 1:
        after = bound.search(text, right_m.end())
        right = after.start() if after else len(text)
    return left, right


@lru_cache(maxsize=1)
def _ahead_words() -> dict[str, re.Pattern[str]]:
    """The calendar's `ahead` table as patterns: its future ("will"), "next", "for" and clause-opening words; and
    the lexicons' verbs of saying (SAY: "said", "vowed", «подчеркнул»), one list for the reader and the dates."""
    nxt = _word_regex(_word_list("ahead", "next"))
    return {"will": _words_pattern("ahead", "will"),
            "said": re.compile(_word_regex(list(concept_texts("SAY"))), re.I | re.U),
            "next_before": re.compile(rf"{nxt}\s+$", re.I | re.U),
            "next_after": re.compile(rf"\s+{nxt}", re.I | re.U),
            "toward": _words_pattern("ahead", "toward", r"\s+$"),
            "bound": re.compile(r"[,;:.!?—–«»\"“”()]|" + _word_regex(_word_list("ahead", "clause")), re.I | re.U)}


def _word_regex(words: list[str]) -> str:
    """Whole words as one alternation: "*" closing a word makes it a stem, "*" opening it an ending, "*" inside a
    phrase a stem there ("допуска*, что"); a word opening with an apostrophe ("'ll") follows a word. A word that is
    only "*" (it would match every word) is an error."""
    alts = []
    for w in words:
        if not w.strip("* "):
            raise ValueError(f"calendar: {w!r} is no word (a bare '*' matches every word)")
        core = re.escape(w.strip("*")).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        head = r"\w+" if w.startswith("*") else "" if w[0] in "'’" else r"(?<!\w)"
        tail = r"\w*" if w.endswith("*") else ""
        alts.append(f"{head}{core}{tail}(?!\\w)")
    return "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=1)
def _eve_object() -> re.Pattern[str]:
    """The event an "on the eve" word is followed by ("of the summit", «саммита», «нового раунду переговорів»):
    one of the calendar's `eve` words, right after it or after an adjective."""
    words = _raw()["eve"]["of"]
    alts = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in words)
    # (the word between is an adjective agreeing with the noun in the genitive: «нового», «новой», «нової», «новых»)
    return re.compile(rf"\s+(?:\w+(?:ого|его|ой|ей|ої|ьої|ых|их)\s+)?(?:{alts})", re.I | re.U)


@lru_cache(maxsize=1)
def _of_event() -> re.Pattern[str]:
    """h_dates26: the calendar's `eve` words of an event right after a count ("la veille du sommet", "la víspera de la
    cumbre", "il giorno prima del vertice"): the eve of an event, not a day counted from the story's."""
    return re.compile(r"\s+" + _word_regex(_word_list("eve", "counted")), re.I | re.U)


def _later_date(text: str, anchor: date) -> date | None:
    """"Two days later", "на следующий день": the story's last date moved on, when no explicit date is given (and
    "a day earlier", "днем ранее": moved back)."""
    found = []
    for table, sign in (("later", 1), ("earlier", -1)):
        days, pattern = _day_counts(table)
        for m in pattern.finditer(text):
            count = _lookup(days, m.group("phrase"))
            if count is not None and not _of_event().match(text, m.end()):
                found.append((m.start(), sign * count))
                break
    if not found:
        return None
    p = _patterns()
    if any(p[key].search(text) for key in ("month_day", "day_month", "iso", "numeric")):
        return None  # "two days later, on March 5": the date itself
    return anchor + timedelta(days=min(found)[1])
