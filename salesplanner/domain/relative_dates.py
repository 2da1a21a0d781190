"""Days ahead written in words, Chinese or English: when to follow up next.

    find_ahead("下周二再联系", today)   → (next week's Tuesday, span of "下周二")
    find_ahead("call again in 3 days", today) → (today + 3, span of "in 3 days")

Weeks start on Monday (ISO): 下周二 / "next Tuesday" is the Tuesday of the week after this
one; 周二 / "Tuesday" alone is the coming Tuesday (after today). 明天 / tomorrow, 后天, 大后天,
N天后 / "in N days", N周后 / "in N weeks", 下周 / "next week" (its Monday), 下个月 /
"next month" (the same day a month on, the last day of a shorter month), N个月后 /
"in N months". Pure functions; nothing here knows about Qt or the store.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from salesplanner.domain.calendar import week_start

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9, "十": 10})
_CN_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_EN_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EN_NUMBERS.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10})
_MAX_AHEAD = 3660  # about ten years: "9999天后" is not a follow-up date

_CN_NUMBER = r"(\d{1,4}|[零一二两三四五六七八九十]{1,3})"
_EN_NUMBER = r"(\d{1,4}|" + "|".join(_EN_NUMBERS) + r")"
_WEEKDAY_EN = "|".join(sorted(_EN_WEEKDAYS, key=len, reverse=True))
# alone, only the full names: "Sun" or "Mon" may be part of a company's name
_WEEKDAY_EN_FULL = "|".join(w for w in _EN_WEEKDAYS if w.endswith("day"))

# (pattern, kind); tried in this order, the first (leftmost) match in the text wins
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"大后天"), "day+3"),
    (re.compile(r"后天"), "day+2"),
    (re.compile(r"明天|明日"), "day+1"),
    (re.compile(r"下下(?:周|星期|礼拜)([一二三四五六日天])"), "cn-week+2"),
    (re.compile(r"下(?:个)?(?:周|星期|礼拜)([一二三四五六日天末])"), "cn-week+1"),
    (re.compile(r"(?:这|本)?(?:周|星期|礼拜)([一二三四五六日天末])"), "cn-coming"),
    (re.compile(r"下下(?:个)?(?:周|星期|礼拜)"), "weeks+2"),
    (re.compile(r"下(?:个)?(?:周|星期|礼拜)"), "weeks+1"),
    (re.compile(r"下(?:个)?月"), "months+1"),
    (re.compile(_CN_NUMBER + r"\s*(?:天|日)(?:以)?后"), "cn-days"),
    (re.compile(_CN_NUMBER + r"\s*(?:个)?(?:周|星期|礼拜)(?:以)?后"), "cn-weeks"),
    (re.compile(_CN_NUMBER + r"\s*个月(?:以)?后"), "cn-months"),
    (re.compile(r"(?<![a-z])(?:the\s+)?day\s+after\s+tomorrow(?![a-z])", re.I), "day+2"),
    (re.compile(r"(?<![a-z])tomorrow(?![a-z])", re.I), "day+1"),
    (re.compile(r"(?<![a-z])next\s+(" + _WEEKDAY_EN + r")(?![a-z])", re.I), "en-week+1"),
    (
        re.compile(r"(?<![a-z])(?:on\s+|this\s+)?(" + _WEEKDAY_EN_FULL + r")(?![a-z])", re.I),
        "en-coming",
    ),
    (re.compile(r"(?<![a-z])next\s+week(?![a-z])", re.I), "weeks+1"),
    (re.compile(r"(?<![a-z])next\s+month(?![a-z])", re.I), "months+1"),
    (re.compile(r"(?<![a-z])in\s+" + _EN_NUMBER + r"\s+days?(?![a-z])", re.I), "en-days"),
    (re.compile(r"(?<![a-z])in\s+" + _EN_NUMBER + r"\s+weeks?(?![a-z])", re.I), "en-weeks"),
    (re.compile(r"(?<![a-z])in\s+" + _EN_NUMBER + r"\s+months?(?![a-z])", re.I), "en-months"),
    (re.compile(r"(?<![a-z])" + _EN_NUMBER + r"\s+days?\s+later(?![a-z])", re.I), "en-days"),
]


def cn_number(text: str) -> int | None:
    """ "3" → 3, "三" → 3, "十二" → 12, "二十" → 20 (up to 99); None when it is not one."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _en_number(text: str) -> int:
    return int(text) if text.isdigit() else _EN_NUMBERS[text.lower()]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` on; the month's last day when it is shorter (31 Jan → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def weekday_in_week(today: dt.date, weekday: int, weeks_ahead: int) -> dt.date:
    """The ``weekday`` (0 = Monday) of the ISO week ``weeks_ahead`` after today's."""
    return week_start(today) + dt.timedelta(weeks=weeks_ahead, days=weekday)


def coming_weekday(today: dt.date, weekday: int) -> dt.date:
    """The next ``weekday`` after today (a week on when today is that day)."""
    return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _resolve(kind: str, m: re.Match[str], today: dt.date) -> dt.date | None:
    if kind.startswith("day+"):
        return today + dt.timedelta(days=int(kind[4:]))
    if kind.startswith("weeks+"):
        return weekday_in_week(today, 0, int(kind[6:]))
    if kind.startswith("months+"):
        return add_months(today, int(kind[7:]))
    if kind.startswith("cn-week+"):
        return weekday_in_week(today, _CN_WEEKDAYS[m[1]], int(kind[8:]))
    if kind == "cn-coming":
        return coming_weekday(today, _CN_WEEKDAYS[m[1]])
    if kind == "en-week+1":
        return weekday_in_week(today, _EN_WEEKDAYS[m[1].lower()], 1)
    if kind == "en-coming":
        return coming_weekday(today, _EN_WEEKDAYS[m[1].lower()])
    n = cn_number(m[1]) if kind.startswith("cn-") else _en_number(m[1])
    if n is None or n <= 0:
        return None
    unit = kind.split("-", 1)[1]
    if unit == "months":
        return add_months(today, n) if n <= 120 else None
    days = n * 7 if unit == "weeks" else n
    return today + dt.timedelta(days=days) if days <= _MAX_AHEAD else None


def find_ahead(text: str, today: dt.date) -> tuple[dt.date, int, int] | None:
    """The first day-ahead phrase in ``text``: (the date, start, end of the phrase)."""
    best: tuple[dt.date, int, int] | None = None
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            day = _resolve(kind, m, today)
            if day is not None:
                best = (day, m.start(), m.end())
                break
    return best


def parse_ahead(text: str, today: dt.date) -> dt.date | None:
    """A whole field that is a day ahead ("下周二", "in 3 days") → the date, else None."""
    found = find_ahead(text.strip(), today)
    if found is None or found[1] != 0 or found[2] != len(text.strip()):
        return None
    return found[0]
