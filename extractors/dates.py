"""When a statement was made: explicit dates and weekday references, resolved against the article's date.

"on April 6", "Sept. 5", "March 3, 2025", "in April 2022", "In 2022, ...",
"on Thursday", "last Friday", "yesterday". A bare day and month takes the most
recent such date on or before publication; a weekday the most recent such day
(the publication day itself when it is that weekday).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{2}))?", re.I | re.A)  # noqa: E501
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?", re.I | re.A)  # noqa: E501
_MONTH_YEAR = re.compile(r"\b(?:in|since|from|during|of)\s+(?:early\s+|late\s+|mid-)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I | re.A)  # noqa: E501
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<last>last\s+|this\s+(?:past\s+)?)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I | re.A)  # noqa: E501
_RELATIVE = re.compile(r"\b(?P<rel>yesterday|today|earlier today|on the eve)\b", re.I | re.A)
# A bare year dates the statement only where it frames it: "In 2022, X said" or "said in 2022".
_YEAR_FRAME = re.compile(
    r"(?:^\s*(?:back\s+)?in\s+(?P<y1>(?:19|20)\d{2})\b|\b(?:said|stated|told|declared|wrote|insisted|claimed)\s+in\s+(?P<y2>(?:19|20)\d{2})\b)",
    re.I | re.A,
)

# Every date form above has a digit, a weekday/"day", or "eve": a cheap test before the full patterns.
_MAY_DATE = re.compile(r"\d|day|eve", re.I | re.A)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _on_or_before(month: int, day: int, ref: date) -> date | None:
    d = _safe(ref.year, month, day)
    if d and d > ref + timedelta(days=2):
        d = _safe(ref.year - 1, month, day)
    return d


def find_date(text: str, ref: date | None) -> date | None:
    """The date a sentence gives for its statement, or None when it gives none."""
    if not _MAY_DATE.search(text):
        return None
    candidates: list[tuple[int, date]] = []
    for rx in (_MONTH_DAY, _DAY_MONTH):
        for m in rx.finditer(text):
            month, day = _month(m.group("month")), int(m.group("day"))
            if m.group("year"):
                d = _safe(int(m.group("year")), month, day)
            elif ref:
                d = _on_or_before(month, day, ref)
            else:
                d = None
            if d:
                candidates.append((m.start(), d))
    for m in _ISO.finditer(text):
        d = _safe(int(m.group("year")), int(m.group("m")), int(m.group("day")))
        if d:
            candidates.append((m.start(), d))
    if candidates:
        return min(candidates)[1]
    for m in _MONTH_YEAR.finditer(text):
        return _safe(int(m.group("year")), _month(m.group("month")), 1)
    if ref:
        m = _WEEKDAY.search(text)
        if m:
            back = (ref.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
            if back == 0 and m.group("last") and m.group("last").lower().startswith("last"):
                back = 7
            return ref - timedelta(days=back)
        m = _RELATIVE.search(text)
        if m:
            rel = m.group("rel").lower()
            return ref - timedelta(days=1) if rel in ("yesterday", "on the eve") else ref
    m = _YEAR_FRAME.search(text)
    if m:
        year = int(m.group("y1") or m.group("y2"))
        if not ref or year < ref.year:
            return date(year, 1, 1)
    return None
