"""Diagnosis and catch-up (METHOD.md 4.6): which leading indicator explains a shortfall, what
it cost, and how to make the rest of the period up.

* ``diagnose(week, period) -> Diagnosis`` — ``week`` is the Progress of the week looked at,
  ``period`` the Progress of the month (or goal) it belongs to, as of the same day. Each
  leading indicator (visits, phone visits, follow-ups, proposals) is compared with its week
  target (to date, for a week still running); what the missing ones cost is priced at the
  **observed** rate of the period to date
  (sales per visit, per proposal; the planned rate when nothing was observed), and at the
  planned rate beside it. The lagging indicator is the most upstream one well behind (below
  the amber light: it starves the stages after it), else the one whose missing count costs most.
  Month 30万, week 1 closed 5万 with 5 of 10 visits: visits lag; at the observed 1万 a visit
  the 5 missing visits cost 5万 (3.75万 at the planned 0.75万), more than the 2.15万 short.
* ``catch_up_plan(period, ...) -> CatchUpPlan`` — the remaining target spread over the
  remaining ISO weeks by working days (whole 100 yuan, summing exactly to what is left), and
  the visits (contracts, proposals) each week needs at the observed and the planned rates.
* ``catch_up_options(plan, monday, blocks, days, ...) -> [CatchUpOption]`` — concrete changes
  to next week's blocks, each with its effect: more visits; phone visits as the fallback
  channel (:data:`CALLS_PER_DAY` more calls a day, :data:`CALLS_PER_VISIT` calls ≈ one visit);
  moving blocks of other activities (:data:`MOVABLE`) to customer development.

Sentences are data (:class:`~salesplanner.domain.goals.Message`): the UI translates them by
code, :func:`message_text` gives English for the command line. Parameters ending in ``_fen``
are amounts, ``pct`` a whole percentage, ``code``/``codes`` activity codes, ``start`` a date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from salesplanner.domain.breakdown import FINE_UNIT_FEN, split_amount
from salesplanner.domain.goals import Message
from salesplanner.domain.money import format_wan
from salesplanner.domain.plural import counted
from salesplanner.domain.progress import AMBER_AT, GREEN_AT, Progress, fen_of
from salesplanner.domain.records import (
    ADMIN,
    FOLLOWUP,
    LEARNING,
    PHONE,
    PROPOSAL,
    VISIT,
    TimeBlock,
)
from salesplanner.domain.slots import place_blocks

LEADING = (VISIT, PHONE, FOLLOWUP, PROPOSAL)  # upstream first
CALLS_PER_VISIT = 10  # ten phone visits ≈ one new-customer visit (an appointment won)
CALLS_PER_DAY = 10  # METHOD.md 4.6: "10 more calls a day"
VISIT_MINUTES = 60  # one new-customer visit ≈ one hour on the calendar
PHONE_BLOCK_MINUTES = 60  # ten calls fit in an hour
MOVABLE = (ADMIN, PROPOSAL, LEARNING)  # proposal: only preparation blocks with no count
CATCH_UP_NOTE = "catch-up visits"
PHONE_NOTE = "catch-up phone visits"

MESSAGES_EN: dict[str, str] = {
    "diag.no_target": "There is no sales target for this week: set a goal first.",
    "diag.on_track": "Sales {actual_fen} against the week's target {target_fen}: on track.",
    "diag.behind": "Sales {actual_fen} against the week's target {target_fen}: "
    "{shortfall_fen} short.",
    "diag.on_track_to_date": "Sales {actual_fen} against the week's target to date "
    "{target_fen}: on track.",
    "diag.behind_to_date": "Sales {actual_fen} against the week's target to date {target_fen}: "
    "{shortfall_fen} short.",
    "diag.lagging": "The lagging indicator is {code}: {actual} logged against {target} planned "
    "({pct}%).",
    "diag.cost": "At the observed {rate_fen} of sales per {code}, the {missing} missing cost "
    "about {cost_fen} ({planned_cost_fen} at the planned {planned_rate_fen}).",
    "diag.cost_planned": "At the planned {planned_rate_fen} of sales per {code}, the {missing} "
    "missing cost about {planned_cost_fen}.",
    "diag.explains_all": "That covers the whole shortfall: the activity, not the conversion, "
    "held the week back.",
    "diag.explains_part": "That explains {pct}% of the shortfall; the rest is conversion.",
    "diag.conversion": "Activity was on plan, but each visit brought {rate_fen} against the "
    "planned {planned_rate_fen}: work on conversion (proposal quality, follow-up).",
    "diag.also_behind": "Also behind: {codes}.",
    "diag.untracked": "Not logged this period: {codes}. Log them daily, or the diagnosis cannot "
    "see them (trap 4.3).",
    "catchup.summary": "{remaining_fen} left to sell in {days} working day(s): "
    "{per_day_fen} a day.",
    "catchup.done": "The period's target is reached; nothing to catch up.",
    "catchup.ahead": "{ahead_fen} ahead of the pace to date: nothing to catch up; the rest of "
    "the target spreads over the weeks left like this.",
    "catchup.no_days": "No working days are left in this period to catch up {remaining_fen}.",
    "catchup.week": "Week of {start}: {target_fen}, {visits} visit(s) at the observed rate "
    "({visits_planned} at the planned rate).",
    "option.more_visits": "Add {extra} new-customer visit(s) next week ({minutes} min of visit "
    "blocks): about +{effect_fen}.",
    "option.phone": "Make {calls} more phone visit(s) a day next week, the fallback channel "
    "(≈{visits} more visit(s)): about +{effect_fen}.",
    "option.move": "Move {minutes} min from {codes} to customer development next week "
    "({visits} more visit(s)): about +{effect_fen}.",
    "option.partial": "Only {placed} of {wanted} block(s) fit next week without using the buffer.",
    "option.partial_visits": "Only {placed} of the {wanted} visit(s) the week needs fit next week "
    "without using the buffer: the other {rest} (about {rest_fen}) need more free hours than "
    "the week has; see the options below and the weeks after.",
    "review.down": "For {weeks} week(s) the forecast has stayed {pct}% or more below the target: "
    "consider revising it to {suggested_fen} (the original is kept).",
    "review.up": "For {weeks} week(s) the forecast has stayed {pct}% or more above the target: "
    "consider raising it to {suggested_fen} (the original is kept).",
}

ENGLISH_CODES = {
    VISIT: "new-customer visit",
    PHONE: "phone visit",
    FOLLOWUP: "follow-up",
    PROPOSAL: "proposal",
    "contract": "contract",
    ADMIN: "admin",
    LEARNING: "learning",
}


ENGLISH_STAGES = {
    "lead": "lead",
    "first_visit": "first visit",
    "needs": "needs confirmed",
    "proposal": "proposal / quote",
    "negotiation": "negotiation",
}


def fill(
    template: str,
    params: dict[str, Any],
    amount: Callable[[int], str] = format_wan,
    label: Callable[[str], str] = lambda c: ENGLISH_CODES.get(c, c),
    date: Callable[[dt.date], str] = dt.date.isoformat,
    sep: str = ", ",
    stage: Callable[[str, str], str] = lambda k, name: name or ENGLISH_STAGES.get(k, k),
) -> str:
    """Fill a message template: amounts (``*_fen``), codes, stages (``stage`` with the rep's
    own ``stage_name``), names (a list) and dates formatted by the caller; an English noun
    marked "deal(s)" takes the form of the count before it (``domain.plural``)."""
    template = counted(template, params)
    values = {}
    for key, value in params.items():
        if key.endswith("_fen") and value is not None:
            values[key] = amount(int(value))
        elif key == "code":
            values[key] = label(value)
        elif key == "codes":
            values[key] = sep.join(label(c) for c in value)
        elif key == "stage":
            values[key] = stage(value, params.get("stage_name", ""))
        elif key == "names":
            values[key] = sep.join(value)
        elif isinstance(value, dt.date):
            values[key] = date(value)
        else:
            values[key] = value
    return template.format(**values)


def message_text(msg: Message) -> str:
    return fill(MESSAGES_EN.get(msg.code) or PIPELINE_MESSAGES_EN[msg.code], msg.params)


def message_json(msg: Message) -> dict[str, Any]:
    return {"code": msg.code, "text": message_text(msg), "params": msg.params}


def pct(value: Fraction) -> int:
    return math.floor(value * 100 + Fraction(1, 2))


# -- diagnosis -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorGap:
    code: str
    actual: int
    target: int
    attainment: Fraction | None
    tracked: bool
    rate_fen: Fraction | None  # sales per unit used for the cost (observed, else planned)
    rate_source: str  # observed | planned | none
    planned_rate_fen: Fraction | None

    @property
    def missing(self) -> int:
        return max(0, self.target - self.actual)

    @property
    def cost_fen(self) -> int | None:
        return None if self.rate_fen is None else fen_of(self.rate_fen * self.missing)

    @property
    def planned_cost_fen(self) -> int | None:
        return (
            None if self.planned_rate_fen is None else fen_of(self.planned_rate_fen * self.missing)
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "actual": self.actual,
            "target": self.target,
            "missing": self.missing,
            "attainment": None if self.attainment is None else round(float(self.attainment), 4),
            "tracked": self.tracked,
            "rate_source": self.rate_source,
            "rate_fen": None if self.rate_fen is None else fen_of(self.rate_fen),
            "planned_rate_fen": None
            if self.planned_rate_fen is None
            else fen_of(self.planned_rate_fen),
            "cost_fen": self.cost_fen,
            "planned_cost_fen": self.planned_cost_fen,
        }


@dataclass(frozen=True, slots=True)
class Diagnosis:
    start: dt.date
    end: dt.date
    as_of: dt.date
    target_fen: int
    actual_fen: int
    gaps: tuple[IndicatorGap, ...]
    lagging: IndicatorGap | None
    untracked: tuple[str, ...]
    verdict: str  # no_target | on_track | activity | conversion | unexplained
    messages: tuple[Message, ...]

    @property
    def shortfall_fen(self) -> int:
        return max(0, self.target_fen - self.actual_fen)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": {"start": self.start, "end": self.end, "iso": _iso_week(self.start)},
            "as_of": self.as_of,
            "target_fen": self.target_fen,
            "actual_fen": self.actual_fen,
            "shortfall_fen": self.shortfall_fen,
            "verdict": self.verdict,
            "lagging_indicator": None if self.lagging is None else self.lagging.code,
            "lagging": None if self.lagging is None else self.lagging.to_json(),
            "indicators": [g.to_json() for g in self.gaps],
            "untracked": list(self.untracked),
            "messages": [message_json(m) for m in self.messages],
        }


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def unit_rates(period: Progress, code: str) -> tuple[Fraction | None, str, Fraction | None]:
    """(sales per unit of ``code`` to use, its source, the planned sales per unit)."""
    obs, plan = period.observed, period.planned
    if code in (VISIT, PHONE):
        planned = plan.revenue_per_visit_fen
        observed = obs.revenue_per_visit_fen if obs.revenue_per_visit_fen else None
        if code == PHONE:
            planned = None if planned is None else planned / CALLS_PER_VISIT
            observed = None if observed is None else observed / CALLS_PER_VISIT
    elif code == PROPOSAL:
        planned = (
            None
            if plan.deal_size_fen is None or plan.close_rate is None
            else plan.deal_size_fen * plan.close_rate
        )
        n = obs.samples.get(PROPOSAL, 0)
        revenue = obs.samples.get("revenue_fen", 0)
        observed = Fraction(revenue, n) if n and revenue else None
    else:
        return None, "none", None
    if observed is not None:
        return observed, "observed", planned
    return planned, ("planned" if planned is not None else "none"), planned


def diagnose(week: Progress, period: Progress) -> Diagnosis:
    """Why the week fell short (see the module docstring); ``period`` gives the rates."""
    msgs: list[Message] = []
    # A week in progress is judged against its targets to date (working days elapsed).
    over = week.elapsed_days >= week.working_days
    target, actual = (week.target_fen if over else week.expected_fen), week.actual_fen
    gaps = []
    for code in LEADING:
        m = week.metric(code)
        if m is None or not m.target:
            continue
        due = m.target if over else math.floor((m.expected or 0) + Fraction(1, 2))
        if not due:
            continue
        rate, source, planned = unit_rates(period, code)
        gaps.append(
            IndicatorGap(
                code, m.actual, due, Fraction(m.actual, due), m.tracked, rate, source, planned
            )
        )
    untracked = tuple(
        m.code for m in period.metrics if not m.tracked and m.target and m.code in LEADING
    )
    behind = [g for g in gaps if g.tracked and g.missing > 0 and (g.attainment or 0) < GREEN_AT]
    lagging = None
    red = [g for g in behind if (g.attainment or 0) < AMBER_AT]
    if red:  # the most upstream indicator well behind: it starves the stages after it
        lagging = min(red, key=lambda g: LEADING.index(g.code))
    elif behind:
        lagging = max(
            behind, key=lambda g: (g.cost_fen or 0, -(g.attainment or 0), -LEADING.index(g.code))
        )
    if target <= 0:
        verdict = "no_target"
        msgs.append(Message("diag.no_target"))
    elif actual >= target:
        verdict = "on_track"
        msgs.append(
            Message(
                "diag.on_track" if over else "diag.on_track_to_date",
                {"actual_fen": actual, "target_fen": target},
            )
        )
    else:
        short = target - actual
        msgs.append(
            Message(
                "diag.behind" if over else "diag.behind_to_date",
                {"actual_fen": actual, "target_fen": target, "shortfall_fen": short},
            )
        )
        if lagging is not None:
            verdict = "activity"
            msgs.append(
                Message(
                    "diag.lagging",
                    {
                        "code": lagging.code,
                        "actual": lagging.actual,
                        "target": lagging.target,
                        "pct": pct(lagging.attainment or Fraction(0)),
                    },
                )
            )
            # "observed" and "planned" name the rate that is there (rate_fen, planned_rate_fen)
            if lagging.rate_source == "observed" and lagging.rate_fen is not None:
                msgs.append(
                    Message(
                        "diag.cost",
                        {
                            "code": lagging.code,
                            "missing": lagging.missing,
                            "rate_fen": fen_of(lagging.rate_fen),
                            "cost_fen": lagging.cost_fen,
                            "planned_rate_fen": fen_of(lagging.planned_rate_fen or 0),
                            "planned_cost_fen": lagging.planned_cost_fen or 0,
                        },
                    )
                )
            elif lagging.rate_source == "planned" and lagging.planned_rate_fen is not None:
                msgs.append(
                    Message(
                        "diag.cost_planned",
                        {
                            "code": lagging.code,
                            "missing": lagging.missing,
                            "planned_rate_fen": fen_of(lagging.planned_rate_fen),
                            "planned_cost_fen": lagging.planned_cost_fen,
                        },
                    )
                )
            cost = lagging.cost_fen
            if cost is not None and cost >= short:
                msgs.append(Message("diag.explains_all"))
            elif cost:
                msgs.append(Message("diag.explains_part", {"pct": pct(Fraction(cost, short))}))
            others = [g.code for g in behind if g is not lagging]
            if others:
                msgs.append(Message("diag.also_behind", {"codes": others}))
        else:
            obs = period.observed.revenue_per_visit_fen
            plan = period.planned.revenue_per_visit_fen
            if obs is not None and plan is not None and obs < plan:
                verdict = "conversion"
                msgs.append(
                    Message(
                        "diag.conversion",
                        {"rate_fen": fen_of(obs), "planned_rate_fen": fen_of(plan)},
                    )
                )
            else:
                verdict = "unexplained"
    if untracked:
        msgs.append(Message("diag.untracked", {"codes": list(untracked)}))
    return Diagnosis(
        week.start,
        week.end,
        week.as_of,
        target,
        actual,
        tuple(gaps),
        lagging,
        untracked,
        verdict,
        tuple(msgs),
    )


# -- catch-up plan -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekNeed:
    start: dt.date
    end: dt.date
    working_days: int
    target_fen: int
    visits: int | None  # at the rate used (observed, else planned)
    visits_planned: int | None
    proposals_planned: int | None
    contracts_planned: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "working_days": self.working_days,
            "target_fen": self.target_fen,
            "visits": self.visits,
            "visits_at_planned_rates": self.visits_planned,
            "proposals_at_planned_rates": self.proposals_planned,
            "contracts_at_planned_rates": self.contracts_planned,
        }


@dataclass(frozen=True, slots=True)
class CatchUpPlan:
    start: dt.date  # first day after as_of
    end: dt.date
    remaining_fen: int
    remaining_days: int
    weeks: tuple[WeekNeed, ...]
    rate_fen: Fraction | None  # sales per visit used
    rate_source: str
    planned_rate_fen: Fraction | None
    messages: tuple[Message, ...]

    @property
    def per_day_fen(self) -> int:
        return (
            fen_of(Fraction(self.remaining_fen, self.remaining_days)) if self.remaining_days else 0
        )

    def week(self, monday: dt.date) -> WeekNeed | None:
        return next(
            (w for w in self.weeks if w.start <= monday + dt.timedelta(days=6) and w.end >= monday),
            None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.start,
            "to": self.end,
            "remaining_fen": self.remaining_fen,
            "remaining_working_days": self.remaining_days,
            "per_day_fen": self.per_day_fen,
            "rate_source": self.rate_source,
            "revenue_per_visit_fen": None if self.rate_fen is None else fen_of(self.rate_fen),
            "weeks": [w.to_json() for w in self.weeks],
            "weeks_total_fen": sum(w.target_fen for w in self.weeks),
            "messages": [message_json(m) for m in self.messages],
        }


def _need(amount_fen: int, per_unit: Fraction | None) -> int | None:
    return math.ceil(Fraction(amount_fen) / per_unit) if per_unit else None


def catch_up_plan(period: Progress, working_days: Sequence[dt.date]) -> CatchUpPlan:
    """Spread what is left of ``period``'s target over its remaining working weeks."""
    start = period.as_of + dt.timedelta(days=1)
    remaining = max(0, period.target_fen - period.actual_fen)
    days = sorted(d for d in working_days if start <= d <= period.end)
    rate, source, planned = unit_rates(period, VISIT)
    plan = period.planned
    msgs: list[Message] = []
    weeks: list[WeekNeed] = []
    if remaining == 0:
        msgs.append(Message("catchup.done"))
    elif not days:
        msgs.append(Message("catchup.no_days", {"remaining_fen": remaining}))
    else:
        per_week: dict[dt.date, list[dt.date]] = {}
        for d in days:
            per_week.setdefault(d - dt.timedelta(days=d.weekday()), []).append(d)
        mondays = sorted(per_week)
        amounts = split_amount(remaining, [len(per_week[m]) for m in mondays], FINE_UNIT_FEN)
        per_proposal = (
            plan.deal_size_fen * plan.close_rate if plan.deal_size_fen and plan.close_rate else None
        )
        for m, amount in zip(mondays, amounts, strict=True):
            wd = per_week[m]
            weeks.append(
                WeekNeed(
                    max(m, start),
                    min(m + dt.timedelta(days=6), period.end),
                    len(wd),
                    amount,
                    _need(amount, rate),
                    _need(amount, planned),
                    _need(amount, per_proposal),
                    _need(amount, plan.deal_size_fen),
                )
            )
        if period.actual_fen >= period.expected_fen:
            msgs.append(
                Message("catchup.ahead", {"ahead_fen": period.actual_fen - period.expected_fen})
            )
        msgs.append(
            Message(
                "catchup.summary",
                {
                    "remaining_fen": remaining,
                    "days": len(days),
                    "per_day_fen": fen_of(Fraction(remaining, len(days))),
                },
            )
        )
        for w in weeks:
            msgs.append(
                Message(
                    "catchup.week",
                    {
                        "start": w.start,
                        "target_fen": w.target_fen,
                        "visits": w.visits,
                        "visits_planned": w.visits_planned,
                    },
                )
            )
    return CatchUpPlan(
        start, period.end, remaining, len(days), tuple(weeks), rate, source, planned, tuple(msgs)
    )


# -- options for next week ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlockMove:
    before: TimeBlock
    after: TimeBlock


@dataclass(frozen=True, slots=True)
class CatchUpOption:
    key: str  # more_visits | phone | move_blocks
    week_start: dt.date
    visits: int  # visit equivalents added in the week
    minutes: int
    effect_fen: int  # extra sales expected from them
    adds: tuple[TimeBlock, ...]
    moves: tuple[BlockMove, ...]
    messages: tuple[Message, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "week_start": self.week_start,
            "visits": self.visits,
            "minutes": self.minutes,
            "effect_fen": self.effect_fen,
            "adds": [
                {
                    "date": b.date,
                    "start_min": b.start_min,
                    "end_min": b.end_min,
                    "code": b.code,
                    "planned_count": b.planned_count,
                }
                for b in self.adds
            ],
            "moves": [
                {
                    "id": m.before.id,
                    "date": m.before.date,
                    "from": m.before.code,
                    "to": m.after.code,
                    "minutes": m.before.minutes,
                }
                for m in self.moves
            ],
            "messages": [message_json(m) for m in self.messages],
        }


def _movable(b: TimeBlock) -> bool:
    if b.code == PROPOSAL:
        return b.planned_count == 0  # preparing, not writing a counted proposal
    return b.code in MOVABLE and not b.done


def catch_up_options(
    plan: CatchUpPlan,
    monday: dt.date,
    blocks: Sequence[TimeBlock],
    working_days: Sequence[dt.date],
    *,
    work_start: int,
    work_end: int,
    buffer_min: int,
    missed_visits: int = 0,
) -> list[CatchUpOption]:
    """Options for the week starting ``monday`` (usually next week).

    The extra visits wanted are what the week needs at the rate used minus the visits its
    blocks already plan, and at least ``missed_visits`` (the last week's shortfall)."""
    days = sorted(d for d in working_days if monday <= d <= monday + dt.timedelta(days=6))
    need = plan.week(monday)
    rate = plan.rate_fen
    if not days or rate is None or plan.remaining_fen <= 0:
        return []
    planned_visits = sum(b.planned_count for b in blocks if b.code == VISIT)
    wanted = max(missed_visits, (need.visits or 0) - planned_visits if need else 0)
    if wanted <= 0:
        return []
    out = []
    # 1. more visits: one-hour visit blocks in free time
    adds = place_blocks(
        blocks,
        days,
        VISIT,
        VISIT_MINUTES,
        wanted,
        work_start=work_start,
        work_end=work_end,
        buffer_min=buffer_min,
        note=CATCH_UP_NOTE,
        planned_count=1,
    )
    if adds:
        n = len(adds)
        msgs = [
            Message(
                "option.more_visits",
                {"extra": n, "minutes": n * VISIT_MINUTES, "effect_fen": fen_of(rate * n)},
            )
        ]
        if n < wanted:  # the gap, not the free hours, sizes the advice: say what is left
            rest = {"rest": wanted - n, "rest_fen": fen_of(rate * (wanted - n))}
            msgs.append(Message("option.partial_visits", {"placed": n, "wanted": wanted} | rest))
        out.append(
            CatchUpOption(
                "more_visits",
                monday,
                n,
                n * VISIT_MINUTES,
                fen_of(rate * n),
                tuple(adds),
                (),
                tuple(msgs),
            )
        )
    # 2. phone visits as the fallback channel: ten more calls a day
    calls = place_blocks(
        blocks,
        days,
        PHONE,
        PHONE_BLOCK_MINUTES,
        len(days),
        work_start=work_start,
        work_end=work_end,
        buffer_min=buffer_min,
        note=PHONE_NOTE,
        planned_count=CALLS_PER_DAY,
    )
    if calls:
        total_calls = CALLS_PER_DAY * len(calls)
        call_visits = Fraction(total_calls, CALLS_PER_VISIT)
        effect = fen_of(rate * call_visits)
        msgs = [
            Message(
                "option.phone",
                {"calls": CALLS_PER_DAY, "visits": math.floor(call_visits), "effect_fen": effect},
            )
        ]
        if len(calls) < len(days):
            msgs.append(Message("option.partial", {"placed": len(calls), "wanted": len(days)}))
        out.append(
            CatchUpOption(
                "phone",
                monday,
                math.floor(call_visits),
                len(calls) * PHONE_BLOCK_MINUTES,
                effect,
                tuple(calls),
                (),
                tuple(msgs),
            )
        )
    # 3. move blocks of other activities to customer development
    candidates = sorted(
        (b for b in blocks if b.date in days and _movable(b)),
        key=lambda b: (MOVABLE.index(b.code), b.date, b.start_min),
    )
    moves, minutes = [], 0
    for b in candidates:
        if minutes >= wanted * VISIT_MINUTES:
            break
        count = b.minutes // VISIT_MINUTES
        if count == 0:
            continue
        moves.append(BlockMove(b, replace(b, code=VISIT, note=CATCH_UP_NOTE, planned_count=count)))
        minutes += b.minutes
    if moves:
        visits = sum(m.after.planned_count for m in moves)
        codes = list(dict.fromkeys(m.before.code for m in moves))
        effect = fen_of(rate * visits)
        out.append(
            CatchUpOption(
                "move_blocks",
                monday,
                visits,
                minutes,
                effect,
                (),
                tuple(moves),
                (
                    Message(
                        "option.move",
                        {
                            "minutes": minutes,
                            "codes": codes,
                            "visits": visits,
                            "effect_fen": effect,
                        },
                    ),
                ),
            )
        )
    return out


# -- what holds the period back: pipeline, stuck deals or activity (issue 12.4) --------------

STUCK_FACTOR = Fraction(3, 2)  # stuck: 1.5 times as long at its stage as the rep's closed deals
STUCK_MIN_EXTRA_DAYS = 7  # … and at least a week longer
SHOWN_DEALS = 3  # deals named in a sentence ("华星科技, 远景贸易, 东方电气 and 2 more")
CAUSES = ("pipeline", "stuck", "activity")

# English of the pipeline diagnosis (the UI's are ui/progress/texts.pipeline_templates)
PIPELINE_MESSAGES_EN: dict[str, str] = {
    "pdiag.reached": "The target {target_fen} is reached: nothing holds the period back.",
    "pdiag.verdict.pipeline": "What holds the period back: too little pipeline.",
    "pdiag.verdict.stuck": "What holds the period back: deals stuck at a stage.",
    "pdiag.verdict.activity": "What holds the period back: too few activities.",
    "pdiag.verdict.none": "Pipeline, deal progress and activities are on plan; "
    "{pct}% likely to reach {target_fen}.",
    "pdiag.pipeline": "Pipeline: {best_fen} of open deals close in the period, {times}x the "
    "{still_fen} still to win; your win rate of {pct}% needs {needed}x, about {gap_fen} "
    "more (worth about {cost_fen} in sales).",
    "pdiag.pipeline_ok": "Pipeline: {best_fen} of open deals close in the period, {times}x "
    "the {still_fen} still to win; your win rate of {pct}% needs {needed}x: enough.",
    "pdiag.stuck": "Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted "
    "{cost_fen}) stalled; most at {stage}, {days} day(s) there against the {usual} day(s) "
    "your closed deals spent.",
    "pdiag.stale": "Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted "
    "{cost_fen}) had no activity for {stale_days} day(s) or more.",
    "pdiag.stuck_none": "Deal progress: no deal closing in the period is stuck or stale.",
    "pdiag.activity": "Activities: {code} {actual} of {target} to date ({pct}%); the "
    "missing ones cost about {cost_fen}.",
    "pdiag.activity_ok": "Activities: on plan to date.",
    "odds.open_deals": "Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: the "
    "chance of reaching {target_fen} goes from {before}% to {after}%.",
    "odds.open_deals_late": "Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: "
    "at your usual {cycle} day(s) from first contact to close few would close by {end}; the "
    "chance of reaching {target_fen} goes from {before}% to {after}%.",
    "odds.move_stale": "Move these stalled deals one stage on ({names}): the chance of "
    "reaching {target_fen} goes from {before}% to {after}%.",
    "odds.move_stale_more": "Move these stalled deals one stage on ({names} and {more} "
    "more): the chance of reaching {target_fen} goes from {before}% to {after}%.",
}


@dataclass(frozen=True, slots=True)
class StalledDeal:
    """An open deal closing in the period that has stopped moving."""

    opportunity_id: int
    customer: str
    title: str
    amount_fen: int
    weighted_fen: int  # amount × its stage's win probability (what the forecast counts on)
    stage: str
    stage_name: str  # the rep's own name of the stage ("" = the built-in label)
    days_in_stage: int
    usual_days: Fraction | None  # the rep's closed deals' mean days at this stage
    idle_days: int  # days without activity
    stuck: bool  # longer at its stage than the rep's closed deals were
    stale: bool  # no activity for the stale days
    next_stage: str | None  # the next open stage ("move one stage on"), None at the last

    @property
    def label(self) -> str:
        return self.customer or self.title

    def to_json(self) -> dict[str, Any]:
        return {
            "opportunity_id": self.opportunity_id,
            "customer": self.customer,
            "title": self.title,
            "amount_fen": self.amount_fen,
            "weighted_fen": self.weighted_fen,
            "stage": self.stage,
            "days_in_stage": self.days_in_stage,
            "usual_days": None if self.usual_days is None else round(float(self.usual_days), 1),
            "idle_days": self.idle_days,
            "stuck": self.stuck,
            "stale": self.stale,
            "next_stage": self.next_stage,
        }


def is_stuck(days_in_stage: int, usual_days: Fraction | None) -> bool:
    """Longer at its stage than the rep's closed deals by half again and a week."""
    if usual_days is None:
        return False
    return days_in_stage > max(usual_days * STUCK_FACTOR, usual_days + STUCK_MIN_EXTRA_DAYS)


@dataclass(frozen=True, slots=True)
class OddsOption:
    """A catch-up option for the pipeline, with its effect on the chance of the target."""

    key: str  # open_deals | move_stale
    count: int
    amount_fen: int
    before: float  # chance of the first target now
    after: float  # … with this option taken
    deals: tuple[StalledDeal, ...]
    messages: tuple[Message, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "count": self.count,
            "amount_fen": self.amount_fen,
            "chance_before": round(self.before, 4),
            "chance_after": round(self.after, 4),
            "opportunity_ids": [d.opportunity_id for d in self.deals],
            "messages": [message_json(m) for m in self.messages],
        }


@dataclass(frozen=True, slots=True)
class PipelineDiagnosis:
    """Which of pipeline, stuck deals or activity holds the goal's period back, with numbers,
    and the pipeline's catch-up options with their effect on the odds."""

    start: dt.date
    end: dt.date
    target_fen: int
    still_fen: int  # still to win
    chance: float  # of the first target, now
    coverage: float | None
    needed_coverage: float
    pipeline_gap_fen: int  # more pipeline the rep's win rate needs (0: enough)
    costs: dict[str, int]  # cause → sales it costs (fen), for the causes that hold
    verdict: str  # pipeline | stuck | activity | none | reached
    stalled: tuple[StalledDeal, ...]
    activity: IndicatorGap | None
    options: tuple[OddsOption, ...]
    messages: tuple[Message, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "period": {"start": self.start, "end": self.end},
            "target_fen": self.target_fen,
            "still_to_win_fen": self.still_fen,
            "chance": round(self.chance, 4),
            "coverage": None if self.coverage is None else round(self.coverage, 2),
            "needed_coverage": round(self.needed_coverage, 2),
            "pipeline_gap_fen": self.pipeline_gap_fen,
            "verdict": self.verdict,
            "costs_fen": dict(self.costs),
            "stalled": [d.to_json() for d in self.stalled],
            "activity": None if self.activity is None else self.activity.to_json(),
            "options": [o.to_json() for o in self.options],
            "messages": [message_json(m) for m in self.messages],
        }


def _times(x: float) -> str:
    return f"{x:.1f}"


def diagnose_pipeline(
    *,
    start: dt.date,
    end: dt.date,
    target_fen: int,
    won_fen: int,
    best_case_fen: int,
    chance: float,
    needed_coverage: float,
    stalled: Sequence[StalledDeal],
    activity: Diagnosis | None,
    stale_days: int,
) -> PipelineDiagnosis:
    """Weigh the three causes in sales they cost by the period's end: the pipeline missing
    (the gap at the rep's win rate), the stalled deals (their weighted amount, which the
    forecast counts on), the missing activities to date (at the observed rate). The verdict
    is the costliest of those that hold."""
    still = max(0, target_fen - won_fen)
    coverage = best_case_fen / still if still else None
    msgs: list[Message] = []
    if still == 0:
        return PipelineDiagnosis(
            start, end, target_fen, 0, 1.0, None, needed_coverage, 0, {}, "reached",
            tuple(stalled), None, (), (Message("pdiag.reached", {"target_fen": target_fen}),),
        )  # fmt: skip
    gap = max(0, math.ceil(still * needed_coverage - best_case_fen))
    costs: dict[str, int] = {}
    if gap:
        costs["pipeline"] = math.ceil(gap / needed_coverage)
    if stalled:
        costs["stuck"] = sum(d.weighted_fen for d in stalled)
    lag = activity.lagging if activity is not None else None
    if lag is not None and lag.cost_fen:
        costs["activity"] = lag.cost_fen
    verdict = max(costs, key=lambda k: (costs[k], -CAUSES.index(k))) if costs else "none"
    if verdict == "none":
        msgs.append(
            Message("pdiag.verdict.none", {"pct": pct_of(chance), "target_fen": target_fen})
        )
    else:
        msgs.append(Message(f"pdiag.verdict.{verdict}"))
    base = {
        "best_fen": best_case_fen,
        "times": _times(coverage or 0.0),
        "still_fen": still,
        "pct": pct_of(1 / needed_coverage),
        "needed": _times(needed_coverage),
    }
    if gap:
        msgs.append(
            Message("pdiag.pipeline", base | {"gap_fen": gap, "cost_fen": costs["pipeline"]})
        )
    else:
        msgs.append(Message("pdiag.pipeline_ok", base))
    stuck = [d for d in stalled if d.stuck]
    if stuck:
        by_stage: dict[str, list[StalledDeal]] = {}
        for d in stuck:
            by_stage.setdefault(d.stage, []).append(d)
        top = max(by_stage.values(), key=lambda ds: sum(d.amount_fen for d in ds))
        usual = top[0].usual_days or Fraction(0)
        msgs.append(
            Message(
                "pdiag.stuck",
                {
                    "n": len(stalled),
                    "amount_fen": sum(d.amount_fen for d in stalled),
                    "cost_fen": costs["stuck"],
                    "stage": top[0].stage,
                    "stage_name": top[0].stage_name,
                    "days": round(sum(d.days_in_stage for d in top) / len(top)),
                    "usual": round(float(usual)),
                },
            )
        )
    elif stalled:
        msgs.append(
            Message(
                "pdiag.stale",
                {
                    "n": len(stalled),
                    "amount_fen": sum(d.amount_fen for d in stalled),
                    "cost_fen": costs["stuck"],
                    "stale_days": stale_days,
                },
            )
        )
    else:
        msgs.append(Message("pdiag.stuck_none"))
    if lag is not None and "activity" in costs:
        msgs.append(
            Message(
                "pdiag.activity",
                {
                    "code": lag.code,
                    "actual": lag.actual,
                    "target": lag.target,
                    "pct": pct(lag.attainment or Fraction(0)),
                    "cost_fen": costs["activity"],
                },
            )
        )
    elif activity is not None:
        msgs.append(Message("pdiag.activity_ok"))
    return PipelineDiagnosis(
        start, end, target_fen, still, chance, coverage, needed_coverage, gap, costs, verdict,
        tuple(stalled), lag, (), tuple(msgs),
    )  # fmt: skip


def pct_of(share: float) -> int:
    return math.floor(share * 100 + 0.5)


def new_deals_needed(gap_fen: int, each_fen: int) -> int:
    """How many new deals of ``each_fen`` fill a pipeline gap (0 when none is needed): the
    real count, never capped, so a big gap reads as big (a cap of 99 hid a gap of 201)."""
    if gap_fen <= 0 or each_fen <= 0:
        return 0
    return -(-gap_fen // each_fen)
