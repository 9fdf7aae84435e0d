"""Find an interview date/time in mail text, resolved against the date the mail was sent."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_WD = r"(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_TIME = (
    r"(?:at |@ |from |, |\s)(?:around |approx\.? )?(?P<hour>[01]?\d"
    r"|2[0-3])(?:[:.](?P<minute>[0-5]\d))?"
    r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?:\b|$)|(?:at )?(?P<noon>noon|midday)"
)
_DATE_FORMS = [
    re.compile(p, re.I)
    for p in (
        r"(?P<iso>(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:[T "
        r"](?P<ih>[0-2]\d):(?P<imin>[0-5]\d))?",
        rf"(?:{_WD},? )?(?:the )?{_DAY} (?:of )?{_MON},?(?: (?P<year>20\d\d))?",
        rf"(?:{_WD},? )?{_MON} {_DAY},?(?: (?P<year>20\d\d))?",
        r"(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)(?:/(?P<ny>(?:20)?\d\d))?\b",
        rf"\b(?:(?:this|next|on|coming) )?{_WD}\b",
        r"\b(?P<rel>tomorrow|today)\b",
    )
]
_TIME_RE = re.compile(r"^\s*(?:" + _TIME + r")", re.I)


def find_interview_time(text: str, sent: datetime | None) -> datetime | None:
    """First date (preferably with a time) mentioned in the text, as an aware datetime."""
    base = sent or datetime.now(UTC)
    best: datetime | None = None
    for line in text.split("\n"):
        for form in _DATE_FORMS:
            for match in form.finditer(line):
                day = _resolve_day(match, base)
                if day is None:
                    continue
                when, has_time = _with_time(day, line[match.end() : match.end() + 30], match, base)
                if has_time:
                    return when
                best = best or when
    return best


def _resolve_day(match: re.Match, base: datetime) -> datetime | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            return base.replace(year=int(groups["y"]), month=int(groups["m"]), day=int(groups["d"]))
        if groups.get("mon") and groups.get("day"):
            month = _MONTHS.index(groups["mon"][:3].lower()) + 1
            return _year_for(base, month, int(groups["day"]), groups.get("year"))
        if groups.get("nd"):
            year = groups.get("ny")
            year = ("20" + year if year and len(year) == 2 else year) if year else None
            return _year_for(base, int(groups["nm"]), int(groups["nd"]), year)
        if groups.get("wd"):
            target = [d[:3] for d in _DAYS].index(groups["wd"][:3].lower())
            ahead = (target - base.weekday()) % 7 or 7
            return base + timedelta(days=ahead)
        if groups.get("rel"):
            return base + timedelta(days=1 if groups["rel"].lower() == "tomorrow" else 0)
    except ValueError:
        return None
    return None


def _year_for(base: datetime, month: int, day: int, year: str | None) -> datetime:
    if year:
        return base.replace(year=int(year), month=month, day=day)
    when = base.replace(month=month, day=day)
    # A date without a year is the next such date, allowing for mail read a little late.
    return when.replace(year=when.year + 1) if when < base - timedelta(days=14) else when


def _with_time(day: datetime, after: str, match: re.Match, base: datetime) -> tuple[datetime, bool]:
    groups = match.groupdict()
    if groups.get("ih"):
        return day.replace(
            hour=int(groups["ih"]), minute=int(groups["imin"]), second=0, microsecond=0
        ), True
    found = _TIME_RE.match(after)
    if found and (
        found.group("ampm")
        or found.group("minute")
        or found.group("noon")
        or "at" in found.group(0)
    ):
        if found.group("noon"):
            hour, minute = 12, 0
        else:
            hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
            ampm = (found.group("ampm") or "").lower().replace(".", "")
            hour = (
                hour + 12
                if ampm == "pm" and hour < 12
                else (0 if ampm == "am" and hour == 12 else hour)
            )
            if not ampm and hour < 8:
                hour += 12  # "at 3" in a working context means the afternoon
        return day.replace(hour=hour, minute=minute, second=0, microsecond=0), True
    return day.replace(hour=0, minute=0, second=0, microsecond=0), False
