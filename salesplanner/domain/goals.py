"""Setting a target (METHOD.md sections 1-2): history, baseline, factors, challenge, verdict, SMART.

All amounts are ``Decimal`` yuan. Sentences shown to people are data — a :class:`Message`
(a code and parameters) — so the UI can translate them; :func:`message_text` gives English
for the command line.

Main functions:

* ``period_totals(sales, kind, start, end) -> list[HistoryPoint]`` — month/quarter/year totals.
* ``growth_rates(values)``, ``linear_trend(values)``, ``trend_projection(values)``.
* ``baseline(values, method)`` / ``baseline_options(values)`` — ``last`` | ``average`` | ``trend``.
* ``apply_factors(baseline, factors)`` — external factors with a percentage adjust the number.
* ``challenge(baseline, uplift_pct, step)`` — +15 % and rounding: 85 → 97.75 → 98 (万).
* ``judge(target, values, reference)`` — the achievability :class:`Verdict` with its reason.
* ``smart_check(goal, verdict) -> list[SmartResult]`` — the five SMART criteria.

The verdict thresholds live in ONE place: :data:`VERDICT_BANDS` below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from salesplanner.domain.calendar import add_months
from salesplanner.domain.money import WAN, normalize
from salesplanner.errors import UserError

PERIOD_KINDS = ("month", "quarter", "year")
BASELINE_METHODS = ("last", "average", "trend")
UNITS = ("yuan", "customers", "contracts")

DEFAULT_UPLIFT_PCT = Decimal(15)  # METHOD.md 2.4: baseline + 10-20 %
METHOD_UPLIFT_RANGE = (Decimal(10), Decimal(20))
DEFAULT_STEP = WAN  # round the target to whole 万元

# -- verdict thresholds: THE place ---------------------------------------------------------
# The target is compared with the reference (the baseline after external factors) as an
# uplift ``target / reference - 1``.  Below the reference, or below the trend projection of a
# rising history, it is TOO_LOW (history alone gets there).  Otherwise the first band whose
# upper bound (exclusive for comfortable, inclusive for the others) the uplift does not
# exceed names it:
#   [0, 10 %)   comfortable  — less than the method's challenge
#   [10, 20 %]  stretch      — the method's challenge range (METHOD.md 2.4)
#   (20, 50 %]  aggressive   — possible with a reason (a strong factor), risky
#   > 50 %      unrealistic  — 50万 a month → 200万 next month (METHOD.md 1); 60万 is a stretch
TOO_LOW = "too_low"
COMFORTABLE = "comfortable"
STRETCH = "stretch"
AGGRESSIVE = "aggressive"
UNREALISTIC = "unrealistic"
UNKNOWN = "unknown"  # no history to judge against
VERDICT_LEVELS = (TOO_LOW, COMFORTABLE, STRETCH, AGGRESSIVE, UNREALISTIC, UNKNOWN)
VERDICT_BANDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal("0.10"), COMFORTABLE),  # uplift < 10 %
    (Decimal("0.20"), STRETCH),  # uplift <= 20 %
    (Decimal("0.50"), AGGRESSIVE),  # uplift <= 50 %
)

PASS, WARN, FAIL = "pass", "warn", "fail"
SMART_CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


# -- messages -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence as data: ``code`` selects the sentence, ``params`` fill it in."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


# English text for the command line; the UI has its own translated table keyed by code.
# Amount parameters are Decimal yuan (shown in 万), ``pct`` a Decimal percentage.
MESSAGES_EN: dict[str, str] = {
    "verdict.no_history": "There is no history to compare with: enter past periods' sales first.",
    "verdict.too_low_baseline": "{target} is below the baseline {reference}: history alone "
    "gets there; aim higher.",
    "verdict.too_low_trend": "{target} is below the trend {trend}: the rising history alone "
    "gets there; aim higher.",
    "verdict.comfortable": "{target} is {pct}% above the baseline {reference}: comfortable, "
    "less than the method's 10-20% challenge.",
    "verdict.stretch": "{target} is {pct}% above the baseline {reference}: a stretch within "
    "the method's 10-20% challenge.",
    "verdict.aggressive": "{target} is {pct}% above the baseline {reference}: more than a 20% "
    "stretch; make sure the factors support it.",
    "verdict.unrealistic": "{target} is {pct}% above the baseline {reference}: history does not "
    "support more than 50%; lower it or reach it in steps.",
    "specific.ok": 'The goal is written down and focused on "{focus}".',
    "specific.no_focus": "Name the focus (product line, segment or channel), so the goal is "
    'more than "sell more".',
    "specific.no_statement": 'Write the goal as one sentence, e.g. "This quarter, 98万 of '
    'sales of the new version".',
    "measurable.ok": "A number with a unit: {target}.",
    "measurable.no_target": "Set a target greater than zero, with its unit.",
    "measurable.bad_unit": "Give the target a unit (yuan, customers or contracts).",
    "relevant.ok": 'Tied to the company\'s focus: "{relevance}".',
    "relevant.focus_only": 'Say which company priority the focus "{focus}" serves (e.g. the '
    "new product the company is pushing).",
    "relevant.missing": "Tie the goal to the company's focus, e.g. the new product it is pushing.",
    "time_bound.ok": "From {start} to the deadline {end}.",
    "time_bound.missing": "Set a start date and a deadline.",
    "time_bound.reversed": "The deadline {end} is before the start {start}.",
}


def format_amount(yuan: Decimal, unit: str = "yuan") -> str:
    """Plain English/Chinese-neutral amount: 980000 yuan → '98万'."""
    if unit != "yuan":
        return f"{normalize(Decimal(yuan))} {unit}"
    wan = (Decimal(yuan) / WAN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{normalize(wan)}万"


def message_text(msg: Message) -> str:
    """English text of a message (the command line; tests)."""
    params = {}
    for key, value in msg.params.items():
        if key in ("target", "reference", "trend", "baseline") and isinstance(value, Decimal):
            params[key] = format_amount(value, msg.params.get("unit", "yuan"))
        elif isinstance(value, Decimal):
            params[key] = str(normalize(value))
        else:
            params[key] = value
    return MESSAGES_EN[msg.code].format(**params)


def message_json(msg: Message) -> dict[str, Any]:
    """A message as JSON-friendly data: code, params (as strings) and English text."""
    params = {
        k: (str(normalize(v)) if isinstance(v, Decimal) else v) for k, v in msg.params.items()
    }
    return {"code": msg.code, "params": params, "text": message_text(msg)}


# -- history ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    label: str
    amount: Decimal  # yuan
    start: dt.date | None = None
    # The period was not over when its sales were read (sales to date only): it is shown but
    # left out of the baseline, the trend and the verdict unless the rep counts it.
    partial: bool = False
    include: bool = False  # a partial period the rep chose to count all the same

    @property
    def counted(self) -> bool:
        return not self.partial or self.include


def counted(history: Iterable[HistoryPoint]) -> list[Decimal]:
    """The amounts the baseline is made of: every period but the unfinished ones."""
    return [h.amount for h in history if h.counted]


def period_start(d: dt.date, kind: str) -> dt.date:
    if kind == "month":
        return d.replace(day=1)
    if kind == "quarter":
        return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if kind == "year":
        return dt.date(d.year, 1, 1)
    raise ValueError(f"unknown period kind {kind!r}")


def period_label(start: dt.date, kind: str) -> str:
    if kind == "month":
        return f"{start.year}-{start.month:02d}"
    if kind == "quarter":
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def months_in(kind: str) -> int:
    return {"month": 1, "quarter": 3, "year": 12}[kind]


def period_totals(
    sales: Iterable[tuple[dt.date, Decimal]], kind: str, start: dt.date, end: dt.date
) -> list[HistoryPoint]:
    """Totals per period (every period from ``start``'s to ``end``'s, zero when no sale)."""
    totals: dict[dt.date, Decimal] = {}
    for day, amount in sales:
        if start <= day <= end:
            key = period_start(day, kind)
            totals[key] = totals.get(key, Decimal(0)) + Decimal(amount)
    out = []
    cur = period_start(start, kind)
    while cur <= end:
        out.append(HistoryPoint(period_label(cur, kind), totals.get(cur, Decimal(0)), cur))
        cur = add_months(cur, months_in(kind))
    return out


def growth_rates(values: Sequence[Decimal]) -> list[Decimal | None]:
    """Period-on-period growth in percent; None for the first period and after a zero."""
    out: list[Decimal | None] = [None]
    for prev, cur in zip(values, values[1:], strict=False):
        out.append(None if prev == 0 else (Decimal(cur) / Decimal(prev) - 1) * 100)
    return out


def linear_trend(values: Sequence[Decimal]) -> tuple[Fraction, Fraction]:
    """Least-squares line through (0, v0), (1, v1)…: returns (slope, intercept), exact."""
    n = len(values)
    if n == 0:
        return Fraction(0), Fraction(0)
    ys = [Fraction(Decimal(v)) for v in values]
    if n == 1:
        return Fraction(0), ys[0]
    mean_x = Fraction(n - 1, 2)
    mean_y = sum(ys, Fraction(0)) / n
    sxx = sum(((Fraction(x) - mean_x) ** 2 for x in range(n)), Fraction(0))
    sxy = sum(
        ((Fraction(x) - mean_x) * (y - mean_y) for x, y in zip(range(n), ys, strict=True)),
        Fraction(0),
    )
    slope = sxy / sxx
    return slope, mean_y - slope * mean_x


def _to_decimal(f: Fraction, places: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (Decimal(f.numerator) / Decimal(f.denominator)).quantize(q, rounding=ROUND_HALF_UP)


def trend_projection(values: Sequence[Decimal]) -> Decimal:
    """The trend line's value for the next period (75, 80, 85 → 90), to the fen."""
    slope, intercept = linear_trend(values)
    return normalize(_to_decimal(intercept + slope * len(values)))


# -- baseline, factors, challenge ---------------------------------------------------------


def baseline(values: Sequence[Decimal], method: str = "last") -> Decimal:
    """The baseline from history: the last period, the average, or the trend's next value."""
    if not values:
        return Decimal(0)
    if method == "last":
        return Decimal(values[-1])
    if method == "average":
        return normalize(_to_decimal(Fraction(sum(Decimal(v) for v in values)) / len(values)))
    if method == "trend":
        return trend_projection(values)
    raise ValueError(f"unknown baseline method {method!r}")


def baseline_options(values: Sequence[Decimal]) -> dict[str, Decimal]:
    """What each baseline method gives, so the rep can choose knowing the numbers."""
    return {m: baseline(values, m) for m in BASELINE_METHODS}


@dataclass(frozen=True, slots=True)
class Factor:
    """An external factor (market, competitor, season): + or −, optional % adjustment."""

    name: str
    sign: int = 1  # +1 helps, -1 hurts
    pct: Decimal | None = None  # adjusts the baseline by sign × pct %, when given
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "sign": self.sign,
            "pct": None if self.pct is None else str(self.pct),
            "note": self.note,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Factor:
        pct = d.get("pct")
        return cls(
            name=d.get("name", ""),
            sign=-1 if int(d.get("sign", 1)) < 0 else 1,
            pct=None if pct in (None, "") else Decimal(str(pct)),
            note=d.get("note", ""),
        )


def factors_adjustment_pct(factors: Iterable[Factor]) -> Decimal:
    return sum((f.sign * f.pct for f in factors if f.pct is not None), Decimal(0))


def apply_factors(base: Decimal, factors: Iterable[Factor]) -> Decimal:
    """The baseline adjusted by the factors' percentages (factors without one are notes)."""
    pct = factors_adjustment_pct(factors)
    return normalize(Decimal(base) * (1 + pct / 100)) if pct else Decimal(base)


def round_to_step(amount: Decimal, step: Decimal) -> Decimal:
    """Round half up to a multiple of ``step`` (0 = no rounding): 977500 by 10000 → 980000."""
    if not step:
        return amount
    return normalize((Decimal(amount) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step)


@dataclass(frozen=True, slots=True)
class Challenge:
    baseline: Decimal  # after factors
    uplift_pct: Decimal
    raw: Decimal  # baseline × (1 + uplift)
    target: Decimal  # rounded to the step


def challenge(
    base: Decimal, uplift_pct: Decimal = DEFAULT_UPLIFT_PCT, step: Decimal = DEFAULT_STEP
) -> Challenge:
    raw = normalize(Decimal(base) * (1 + Decimal(uplift_pct) / 100))
    return Challenge(Decimal(base), Decimal(uplift_pct), raw, round_to_step(raw, step))


# -- verdict ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    level: str  # one of VERDICT_LEVELS
    uplift_pct: Decimal | None  # target over the reference, percent
    reference: Decimal  # the baseline after factors
    trend: Decimal | None
    reason: Message


def judge(
    target: Decimal,
    history: Sequence[Decimal],
    reference: Decimal | None = None,
    unit: str = "yuan",
) -> Verdict:
    """How achievable ``target`` is against ``history`` (same period length as the goal).

    ``reference`` defaults to the last period; pass the baseline after factors when known.
    """
    target = Decimal(target)
    values = [Decimal(v) for v in history]
    if not values or all(v == 0 for v in values):
        ref = Decimal(reference or 0)
        return Verdict(UNKNOWN, None, ref, None, Message("verdict.no_history", {}))
    ref = Decimal(reference) if reference is not None else values[-1]
    trend = trend_projection(values) if len(values) >= 2 else None
    params = {"target": target, "reference": ref, "unit": unit}
    if ref <= 0:
        return Verdict(UNKNOWN, None, ref, trend, Message("verdict.no_history", {}))
    uplift = target / ref - 1
    pct = (uplift * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    pct = normalize(pct)
    if target < ref:
        return Verdict(TOO_LOW, pct, ref, trend, Message("verdict.too_low_baseline", params))
    if trend is not None and trend > ref and target < trend:
        return Verdict(
            TOO_LOW, pct, ref, trend, Message("verdict.too_low_trend", {**params, "trend": trend})
        )
    level = UNREALISTIC
    for bound, name in VERDICT_BANDS:
        if (uplift < bound) if name == COMFORTABLE else (uplift <= bound):
            level = name
            break
    return Verdict(level, pct, ref, trend, Message(f"verdict.{level}", {**params, "pct": pct}))


# -- the goal and SMART ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal as the rep set it (the ``goals`` row). Amounts in yuan."""

    title: str
    target: Decimal
    period_kind: str
    start: dt.date | None
    end: dt.date | None
    statement: str = ""
    focus: str = ""
    relevance: str = ""
    unit: str = "yuan"
    status: str = "active"
    baseline_method: str = "last"
    baseline: Decimal | None = None
    uplift_pct: Decimal = DEFAULT_UPLIFT_PCT
    rounding: Decimal = DEFAULT_STEP
    history: tuple[HistoryPoint, ...] = ()
    factors: tuple[Factor, ...] = ()
    breakdown_method: str = "ramp"
    funnel: dict[str, Any] = field(default_factory=dict)  # see domain.funnel.FunnelInputs.to_json
    # {"kras", "resources", "risks", "ramp_step_pct"}
    plan: dict[str, Any] = field(default_factory=dict)
    verdict: str = ""
    version: int = 1
    id: int | None = None

    @property
    def history_values(self) -> list[Decimal]:
        return counted(self.history)


_STATED_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*)(万元|万|w|W|元|yuan)?"
)


def restate_amount(text: str, old: Decimal, new: Decimal) -> str:
    """The goal's own words after a target revision: "本季度完成 98 万" → "本季度完成 90 万",
    "980,000 yuan" → "900,000 yuan". Only a number that states ``old`` (in 万 next to 万, in
    yuan otherwise) changes; any other text stays as the rep wrote it."""

    def one(m: re.Match[str]) -> str:
        number, space, unit = m[1], m[2], m[3] or ""
        value = Decimal(number.replace(",", ""))
        wan = unit in ("万元", "万", "w", "W")
        if (value * WAN if wan else value) != old:
            return m[0]
        amount = new / WAN if wan else new
        shown = f"{amount.normalize():,f}" if "," in number else f"{amount.normalize():f}"
        return f"{shown}{space}{unit}"

    return _STATED_AMOUNT.sub(one, text)


class UndatedGoalError(UserError):
    pass


def goal_span(goal: Goal) -> tuple[dt.date, dt.date]:
    """The goal's start and deadline: a goal is planned and tracked only once it has both."""
    if goal.start is None or goal.end is None:
        raise UndatedGoalError("Set the goal's start and deadline.")
    return goal.start, goal.end


@dataclass(frozen=True, slots=True)
class SmartResult:
    criterion: str  # one of SMART_CRITERIA
    status: str  # pass | warn | fail
    message: Message


_ACHIEVABLE_STATUS = {
    COMFORTABLE: PASS,
    STRETCH: PASS,
    AGGRESSIVE: WARN,
    TOO_LOW: WARN,
    UNKNOWN: WARN,
    UNREALISTIC: FAIL,
}


def smart_check(goal: Goal, verdict: Verdict | None = None) -> list[SmartResult]:
    """Check the five SMART criteria; each result says why and what to fix."""
    if verdict is None:
        verdict = judge(goal.target, goal.history_values, goal.baseline, goal.unit)
    statement, focus, relevance = goal.statement.strip(), goal.focus.strip(), goal.relevance.strip()
    out = []
    if not statement:
        out.append(SmartResult("specific", FAIL, Message("specific.no_statement")))
    elif not focus:
        out.append(SmartResult("specific", WARN, Message("specific.no_focus")))
    else:
        out.append(SmartResult("specific", PASS, Message("specific.ok", {"focus": focus})))

    if goal.unit not in UNITS:
        out.append(SmartResult("measurable", FAIL, Message("measurable.bad_unit")))
    elif goal.target is None or goal.target <= 0:
        out.append(SmartResult("measurable", FAIL, Message("measurable.no_target")))
    else:
        out.append(
            SmartResult(
                "measurable",
                PASS,
                Message("measurable.ok", {"target": goal.target, "unit": goal.unit}),
            )
        )

    out.append(SmartResult("achievable", _ACHIEVABLE_STATUS[verdict.level], verdict.reason))

    if relevance:
        out.append(SmartResult("relevant", PASS, Message("relevant.ok", {"relevance": relevance})))
    elif focus:
        out.append(SmartResult("relevant", WARN, Message("relevant.focus_only", {"focus": focus})))
    else:
        out.append(SmartResult("relevant", FAIL, Message("relevant.missing")))

    if goal.start is None or goal.end is None:
        out.append(SmartResult("time_bound", FAIL, Message("time_bound.missing")))
    elif goal.end < goal.start:
        out.append(
            SmartResult(
                "time_bound",
                FAIL,
                Message(
                    "time_bound.reversed",
                    {"start": goal.start.isoformat(), "end": goal.end.isoformat()},
                ),
            )
        )
    else:
        out.append(
            SmartResult(
                "time_bound",
                PASS,
                Message(
                    "time_bound.ok", {"start": goal.start.isoformat(), "end": goal.end.isoformat()}
                ),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Suggestion:
    baseline: Decimal  # from history, by the chosen method
    adjusted: Decimal  # after the factors
    raw: Decimal
    target: Decimal
    verdict: Verdict


def suggest(
    history: Sequence[Decimal],
    method: str = "last",
    factors: Iterable[Factor] = (),
    uplift_pct: Decimal = DEFAULT_UPLIFT_PCT,
    step: Decimal = DEFAULT_STEP,
) -> Suggestion:
    """METHOD.md 2.1-2.4 in one call: 75/80/85 万 → baseline 85 → 97.75 → 98."""
    base = baseline(history, method)
    adjusted = apply_factors(base, factors)
    ch = challenge(adjusted, uplift_pct, step)
    return Suggestion(base, adjusted, ch.raw, ch.target, judge(ch.target, history, adjusted))


# -- tiered targets (目标 / 冲刺 / 挑战) ------------------------------------------------------
TIERS_KEY = "tiers"  # in Goal.plan: the stretch and challenge tiers, yuan as text
# The stretch and challenge tiers proposed over the target (98万 → 105万 / 115万).
TIER_UPLIFT_PCT = (Decimal(7), Decimal(17))


def goal_tiers(goal: Goal) -> tuple[Decimal, ...]:
    """The goal's tiers, lowest first: its target, then the stretch (冲刺) and challenge (挑战)
    tiers stored in its plan. A stored tier not above the one before it (the target was
    revised past it) is left out."""
    out = [goal.target]
    for text in (goal.plan or {}).get(TIERS_KEY, ()) or ():
        try:
            value = Decimal(str(text))
        except ArithmeticError:
            continue
        if value.is_finite() and value > out[-1]:
            out.append(value)
    return tuple(out)


def with_tiers(plan: dict[str, Any], tiers: Sequence[Decimal]) -> dict[str, Any]:
    """``plan`` with the stretch and challenge tiers set (none: removed)."""
    out = {k: v for k, v in plan.items() if k != TIERS_KEY}
    if tiers:
        out[TIERS_KEY] = [str(normalize(Decimal(t))) for t in tiers]
    return out
