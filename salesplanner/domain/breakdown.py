"""Breaking a goal down: months → ISO weeks → working days (METHOD.md 2.5).

Main functions:

* ``largest_remainder(total, weights) -> list[int]`` — whole parts that keep the exact total.
* ``split_amount(total_fen, weights, unit_fen)`` — the same in whole units of ``unit_fen``.
* ``month_weights(method, n, step_pct, seasonal)`` — ``even`` | ``ramp`` | ``seasonal``.
* ``seasonal_weights(month_starts, history_by_month)`` — weights from the same months in history.
* ``apply_manual(parts, fixed, unit_fen)`` — hand-edited parts stay, the rest absorb the difference.
* ``breakdown(total_fen, start, end, ...) -> Breakdown`` — month, week and day targets.
* ``spread(months, calendar)`` — month targets apportioned to weeks and days by working days.

Rounding: months are whole units of the goal's rounding step (default 1万元); weeks and days
whole units of :data:`FINE_UNIT_FEN` (100 yuan = 0.01万). Every level sums exactly to the
goal: days add up to their week piece, weeks to their months, months to the goal. A week that
straddles two months takes a piece of each, in proportion to its working days; a week with a
public holiday therefore gets a smaller share than a full week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from salesplanner.domain.calendar import WorkCalendar, days, iso_weeks, months, week_start
from salesplanner.errors import UserError

METHODS = ("even", "ramp", "seasonal")
DEFAULT_RAMP_STEP_PCT = Decimal(10)  # METHOD.md: weights 1.0 / 1.1 / 1.2
FINE_UNIT_FEN = 10_000  # weeks and days: whole 100 yuan (0.01万)


class BreakdownError(UserError):
    """The parts cannot keep the total (e.g. hand-edited months exceed the goal)."""


@dataclass(frozen=True, slots=True)
class PeriodTarget:
    level: str  # month | week | day
    start: dt.date
    end: dt.date
    amount_fen: int
    working_days: int = 0
    manual: bool = False


@dataclass(frozen=True, slots=True)
class Breakdown:
    months: tuple[PeriodTarget, ...]
    weeks: tuple[PeriodTarget, ...]
    days: tuple[PeriodTarget, ...]

    @property
    def total_fen(self) -> int:
        return sum(p.amount_fen for p in self.months)

    def all(self) -> list[PeriodTarget]:
        return [*self.months, *self.weeks, *self.days]


# -- rounding that keeps the total ----------------------------------------------------------


def largest_remainder(total: int, weights: Sequence[Fraction | Decimal | int]) -> list[int]:
    """Split the whole number ``total`` in proportion to ``weights``; parts sum to ``total``.

    Each part gets the floor of its exact share; the units left go one each to the largest
    remainders (ties: the earlier part). All-zero weights split evenly. Never negative for
    non-negative ``total`` and weights.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    ws = [Fraction(Decimal(w)) if isinstance(w, Decimal) else Fraction(w) for w in weights]
    if not ws:
        if total:
            raise ValueError("no parts to split into")
        return []
    if any(w < 0 for w in ws):
        raise ValueError("weights must not be negative")
    s = sum(ws)
    if s == 0:
        ws, s = [Fraction(1)] * len(ws), Fraction(len(ws))
    quotas = [total * w / s for w in ws]
    parts = [q.numerator // q.denominator for q in quotas]
    left = total - sum(parts)
    order = sorted(range(len(ws)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def split_amount(total_fen: int, weights: Sequence[Any], unit_fen: int = 1) -> list[int]:
    """Split fen into whole units of ``unit_fen``; a remainder below one unit goes to the
    part with the largest weight, so the sum is always exactly ``total_fen``."""
    unit_fen = max(1, int(unit_fen))
    units, rest = divmod(total_fen, unit_fen)
    parts = [p * unit_fen for p in largest_remainder(units, weights)]
    if rest and parts:
        ws = [Fraction(Decimal(w)) if isinstance(w, Decimal) else Fraction(w) for w in weights]
        parts[max(range(len(ws)), key=lambda i: (ws[i], -i))] += rest
    return parts


# -- month weights --------------------------------------------------------------------------


def month_weights(
    method: str,
    n: int,
    step_pct: Decimal = DEFAULT_RAMP_STEP_PCT,
    seasonal: Sequence[Fraction] | None = None,
) -> list[Fraction]:
    """Weights for ``n`` periods: even (1 each), ramp (1 + step × i) or seasonal."""
    if method == "even":
        return [Fraction(1)] * n
    if method == "ramp":
        step = Fraction(Decimal(step_pct)) / 100
        ws = [1 + step * i for i in range(n)]
        if any(w < 0 for w in ws):
            raise BreakdownError(
                "The ramp step is so negative that a month would get less than nothing."
            )
        return ws
    if method == "seasonal":
        if not seasonal or len(seasonal) != n or sum(seasonal) == 0:
            return [Fraction(1)] * n
        return list(seasonal)
    raise BreakdownError(f"Unknown breakdown method {method!r}: use even, ramp or seasonal.")


def seasonal_weights(
    month_starts: Sequence[dt.date], history_by_month: Mapping[tuple[int, int], int]
) -> list[Fraction] | None:
    """Weights from the same calendar months in history (average over the years present).

    Returns None when history has none of these months (the caller falls back to even).
    """
    by_month: dict[int, list[int]] = {}
    for (_year, month), fen in history_by_month.items():
        by_month.setdefault(month, []).append(fen)
    weights = []
    for start in month_starts:
        values = by_month.get(start.month)
        weights.append(Fraction(sum(values), len(values)) if values else None)
    if all(w is None for w in weights) or sum(w or 0 for w in weights) <= 0:
        return None
    known = [w for w in weights if w is not None]
    mean = sum(known, Fraction(0)) / len(known)
    return [max(Fraction(0), w if w is not None else mean) for w in weights]


def apply_manual(parts: Sequence[int], fixed: Mapping[int, int], unit_fen: int = 1) -> list[int]:
    """Keep the hand-edited parts (index → fen); spread the rest of the total over the others
    in proportion to their current values, so the total stays the same."""
    total = sum(parts)
    fixed = {i: int(v) for i, v in fixed.items() if 0 <= i < len(parts)}
    if any(v < 0 for v in fixed.values()):
        raise BreakdownError("A period target cannot be negative.")
    rest = total - sum(fixed.values())
    free = [i for i in range(len(parts)) if i not in fixed]
    if rest < 0:
        raise BreakdownError("The edited periods add up to more than the goal; lower one of them.")
    if not free:
        if rest != 0:
            raise BreakdownError("Every period is edited and they do not add up to the goal.")
        return [fixed[i] for i in range(len(parts))]
    spread_parts = split_amount(rest, [max(parts[i], 0) for i in free], unit_fen)
    out = list(parts)
    for i, v in fixed.items():
        out[i] = v
    for i, v in zip(free, spread_parts, strict=True):
        out[i] = v
    return out


# -- the breakdown ----------------------------------------------------------------------------


def spread(
    month_targets: Sequence[PeriodTarget], calendar: WorkCalendar, unit_fen: int = FINE_UNIT_FEN
) -> tuple[list[PeriodTarget], list[PeriodTarget]]:
    """Apportion month targets to working days and ISO weeks (weeks = sums of their days).

    A month without a working day (all marked off) spreads over its calendar days instead.
    """
    day_amounts: list[tuple[dt.date, int]] = []
    for m in month_targets:
        work = calendar.working_days(m.start, m.end) or days(m.start, m.end)
        for d, fen in zip(work, split_amount(m.amount_fen, [1] * len(work), unit_fen), strict=True):
            day_amounts.append((d, fen))
    day_targets = [PeriodTarget("day", d, d, fen, 1) for d, fen in day_amounts]
    if not month_targets:
        return [], day_targets
    start, end = month_targets[0].start, month_targets[-1].end
    per_week: dict[dt.date, list[int]] = {}
    for d, fen in day_amounts:
        per_week.setdefault(week_start(d), []).append(fen)
    weeks = []
    for ws, we in iso_weeks(start, end):
        amounts = per_week.get(week_start(ws), [])
        weeks.append(PeriodTarget("week", ws, we, sum(amounts), calendar.count(ws, we)))
    return weeks, day_targets


def month_slots(start: dt.date, end: dt.date, calendar: WorkCalendar) -> list[PeriodTarget]:
    return [PeriodTarget("month", a, b, 0, calendar.count(a, b)) for a, b in months(start, end)]


def breakdown(
    total_fen: int,
    start: dt.date,
    end: dt.date,
    method: str = "ramp",
    step_pct: Decimal = DEFAULT_RAMP_STEP_PCT,
    calendar: WorkCalendar | None = None,
    history_by_month: Mapping[tuple[int, int], int] | None = None,
    unit_fen: int = 1_000_000,
    manual_months: Mapping[int, int] | None = None,
) -> Breakdown:
    """The goal's month, week and day targets.

    ``manual_months`` maps a month's index to a hand-set amount (fen); the other months take
    up the difference so the total is kept (see :func:`apply_manual`).
    98万 from 2026-01-01 over three months by a 10 % ramp → 30 / 33 / 35 万.
    """
    if total_fen < 0:
        raise BreakdownError("The goal cannot be negative.")
    if end < start:
        raise BreakdownError("The goal's end is before its start.")
    calendar = calendar or WorkCalendar()
    slots = month_slots(start, end, calendar)
    seasonal = None
    if method == "seasonal" and history_by_month:
        seasonal = seasonal_weights([s.start for s in slots], history_by_month)
    weights = month_weights(method, len(slots), step_pct, seasonal)
    amounts = split_amount(total_fen, weights, unit_fen)
    fixed = dict(manual_months or {})
    if fixed:
        amounts = apply_manual(amounts, fixed, unit_fen)
    month_targets = [
        replace(s, amount_fen=a, manual=i in fixed)
        for i, (s, a) in enumerate(zip(slots, amounts, strict=True))
    ]
    weeks, day_targets = spread(month_targets, calendar)
    return Breakdown(tuple(month_targets), tuple(weeks), tuple(day_targets))


def from_months(month_targets: Sequence[PeriodTarget], calendar: WorkCalendar) -> Breakdown:
    """A breakdown from month targets as they are (e.g. edited in the wizard's table)."""
    weeks, day_targets = spread(month_targets, calendar)
    return Breakdown(tuple(month_targets), tuple(weeks), tuple(day_targets))
