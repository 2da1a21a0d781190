"""The range of every kind of value the app accepts, one rule per kind.

Numbers and dates are checked here where they enter (the command line, the goal wizard,
an imported cell, the quick-entry bar), so that nothing further in can overflow a date, a
``Decimal`` context or a 64-bit SQLite integer:

* a date (a day, a week's days, a period's start or end) lies in 1990–2100;
* an amount lies within ±1 trillion yuan (10**14 fen): more than any deal or target, and
  every sum of amounts still fits SQLite's integers;
* a percentage (an uplift, a ramp step, a factor) lies within ±1000 %;
* a count (of visits, calls, follow-ups a day) is a whole number from 0 to 10**9;
* a rate (contracts per proposal, proposals per visit) lies from 1 in 10,000 to 1.

A typed number keeps at most 12 decimal places.

Each ``check_*`` returns the value or raises :class:`LimitError` (a ``UserError``) with one
sentence naming ``what`` was given; ``code`` and ``params`` let the UI say it in its language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from salesplanner.errors import UserError

MIN_DATE = dt.date(1990, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MAX_AMOUNT_FEN = 10**14
MAX_AMOUNT_WAN = Decimal(MAX_AMOUNT_FEN) / 100 / 10000  # 100,000,000 万 = 1 trillion yuan
MAX_PERCENT = Decimal(1000)
MAX_COUNT = 10**9
MAX_ID = 2**63 - 1  # a record's number (an import, a deal): SQLite's largest integer
MAX_MONTHS = 12 * (MAX_DATE.year - MIN_DATE.year + 1)  # a span of months: the planning years
_MAX_MAGNITUDE = 20  # a typed number's power of ten beyond which no rule needs to look
MIN_RATE = Decimal("0.0001")  # a conversion rate: at least 1 in 10,000, at most 1
PLACES = Decimal("1e-12")  # finer digits of a typed number mean nothing and cost time


class LimitError(UserError):
    """A value outside its kind's range: ``code`` says which rule, ``params`` the values."""

    def __init__(self, code: str, message: str, **params: object):
        super().__init__(message)
        self.code = code
        self.params = params


def in_date_range(day: dt.date) -> bool:
    return MIN_DATE <= day <= MAX_DATE


def check_date(day: dt.date, what: str = "the date") -> dt.date:
    if not in_date_range(day):
        raise LimitError(
            "limit.date",
            f"{what} {day.isoformat()} is outside the years "
            f"{MIN_DATE.year}–{MAX_DATE.year} that SalesPlanner plans in.",
            what=what,
            value=day.isoformat(),
        )
    return day


def check_week(monday: dt.date, what: str = "the week") -> dt.date:
    """A week is in range when all its days are (its Monday and its Sunday)."""
    if not MIN_DATE <= monday <= MAX_DATE - dt.timedelta(days=6):
        year, week, _ = monday.isocalendar()
        raise LimitError(
            "limit.week",
            f"{what} {year:04d}-W{week:02d} is outside the years "
            f"{MIN_DATE.year}–{MAX_DATE.year} that SalesPlanner plans in.",
            what=what,
            value=f"{year:04d}-W{week:02d}",
        )
    return monday


def _tidy(value: Decimal) -> Decimal:
    """Digits below 10**-12 dropped (1e-999999999 would make a huge fraction later on)."""
    exponent = value.as_tuple().exponent  # (a letter for NaN and infinity, checked before)
    return (
        value.quantize(PLACES).normalize()
        if isinstance(exponent, int) and exponent < -12
        else value
    )


def check_amount_wan(value: Decimal, what: str = "the amount") -> Decimal:
    """An amount in 万元 (the command line and the goal wizard speak 万)."""
    return _check_amount(value, value, what)


def check_amount_yuan(value: Decimal, what: str = "the amount") -> Decimal:
    return _check_amount(value, value if is_huge(value) else value / 10000, what)


def is_huge(value: Decimal) -> bool:
    """Not finite, or so large that arithmetic on it would overflow ``Decimal`` (1e999999999)."""
    return not value.is_finite() or value.adjusted() > _MAX_MAGNITUDE


def _check_amount(value: Decimal, wan: Decimal, what: str) -> Decimal:
    if is_huge(value) or is_huge(wan) or abs(wan) > MAX_AMOUNT_WAN:
        raise LimitError(
            "limit.amount",
            f"{what} {value} is not an amount SalesPlanner can plan with "
            f"(at most {MAX_AMOUNT_WAN:,}万).",
            what=what,
            value=str(value),
        )
    return _tidy(value)


def amount_fen_ok(fen: int | float | Decimal) -> bool:
    return -MAX_AMOUNT_FEN <= fen <= MAX_AMOUNT_FEN


def check_percent(value: Decimal, what: str = "the percentage") -> Decimal:
    if is_huge(value) or abs(value) > MAX_PERCENT:
        raise LimitError(
            "limit.percent",
            f"{what} {value}% is outside ±{MAX_PERCENT}%.",
            what=what,
            value=str(value),
        )
    return _tidy(value)


def check_rate(value: Fraction | Decimal, what: str = "the rate") -> Fraction | Decimal:
    """A share (contracts per proposal, proposals per visit): from 1 in 10,000 to 1."""
    if not MIN_RATE <= value <= 1:
        raise LimitError(
            "limit.rate",
            f"{what} {value} must be at least {MIN_RATE} (1 in 10,000) and at most 1 (100%).",
            what=what,
            value=str(value),
        )
    return value


def check_count(value: int, what: str = "the count") -> int:
    if not 0 <= value <= MAX_COUNT:
        raise LimitError(
            "limit.count",
            f"{what} {value} is not a count from 0 to {MAX_COUNT:,}.",
            what=what,
            value=value,
        )
    return value


def check_months(value: int, what: str = "the number of months") -> int:
    """A span of months (a window, a goal's length): at most the planning years."""
    if not 0 <= value <= MAX_MONTHS:
        raise LimitError(
            "limit.months",
            f"{what} {value} is not a number of months from 0 to {MAX_MONTHS}.",
            what=what,
            value=value,
        )
    return value


def check_id(value: int, what: str = "the number") -> int:
    """A record's number as typed (``import-undo 3``, ``opp win 12``)."""
    if not 1 <= value <= MAX_ID:
        raise LimitError(
            "limit.id",
            f"{what} {value} is not a number this plan gives (a whole number from 1).",
            what=what,
            value=value,
        )
    return value
