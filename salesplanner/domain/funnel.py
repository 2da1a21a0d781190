"""The sales funnel run backwards: revenue → contracts → proposals → visits (METHOD.md 3).

Main functions:

* ``run_funnel(target_yuan, inputs) -> FunnelPlan`` — 30万, 3.75万 a deal, 8/15 proposals
  closing, 15/40 visits becoming proposals → 8 contracts, 15 proposals, 40 visits. Exact
  fractions throughout; each count is rounded UP once, at its own stage.
* ``measure_funnel(counts, deal_count, deal_total) -> Measured`` — deal size and stage rates
  from logged history, with whether there is enough of it (:data:`MIN_SAMPLE`).
* ``parse_rate("8/15" | "0.5" | "50%") -> Fraction``.
* ``plan_activity_targets(months, weeks, inputs, calendar) -> list[ActivityTarget]`` — per
  month and per ISO week targets for visits, proposals, contracts and follow-ups (the default
  plan stored in ``activity_targets``; the rep may edit it).

Per week and per day for a month figure use the method's approximation of
:data:`WEEKS_PER_MONTH` weeks and :data:`WORKING_DAYS_PER_WEEK` days (40 visits → 10 a week;
5 follow-ups a day ≈ 100 a month). Stored week targets use the real working days instead.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from salesplanner.domain.breakdown import PeriodTarget
from salesplanner.domain.calendar import WorkCalendar
from salesplanner.domain.money import from_fen, to_fen
from salesplanner.domain.records import CONTRACT, FOLLOWUP, PROPOSAL, VISIT
from salesplanner.errors import UserError

WEEKS_PER_MONTH = 4
WORKING_DAYS_PER_WEEK = 5
DEFAULT_FOLLOWUPS_PER_DAY = 5
# Least logged history before measured rates replace typed-in ones.
MIN_SAMPLE = {VISIT: 20, PROPOSAL: 10, CONTRACT: 5, "deals": 5}
FUNNEL_CODES = (VISIT, PROPOSAL, CONTRACT, FOLLOWUP)


class FunnelError(UserError):
    pass


def _fraction(text: str) -> Fraction:
    value = Decimal(text.strip())
    if not value.is_finite() or abs(value.adjusted()) > 12:  # 1e-999999999: a vast fraction
        raise ValueError(text)
    return Fraction(value)


def parse_rate(text: str | Fraction | Decimal | float) -> Fraction:
    """'8/15' → 8/15, '0.5' → 1/2, '50%' → 1/2. Must be > 0 and ≤ 1."""
    if isinstance(text, Fraction):
        rate = text
    elif isinstance(text, Decimal):
        rate = Fraction(text)
    else:
        s = str(text).strip().replace("％", "%")
        try:
            if s.endswith("%"):
                rate = _fraction(s[:-1]) / 100
            elif "/" in s:
                num, den = s.split("/", 1)
                rate = _fraction(num) / _fraction(den)
            else:
                rate = _fraction(s)
        except (InvalidOperation, ValueError, ZeroDivisionError):
            raise FunnelError(f"{text!r} is not a rate: write 8/15, 0.53 or 53%.") from None
        from salesplanner.domain.limits import LimitError, check_rate

        try:
            check_rate(rate if rate > 0 else Fraction(0))
        except LimitError:
            if 0 < rate <= 1:
                raise FunnelError(
                    f"{text} is too small a rate: SalesPlanner plans with at least 1 in 10,000."
                ) from None
    if not 0 < rate <= 1:
        raise FunnelError(f"A rate must be above 0 and at most 1 (100%), not {text}.")
    return rate


def rate_text(rate: Fraction) -> str:
    return f"{rate.numerator}/{rate.denominator}"


@dataclass(frozen=True, slots=True)
class FunnelInputs:
    deal_size: Decimal  # yuan
    close_rate: Fraction  # contracts / proposals
    proposal_rate: Fraction  # proposals / visits
    followups_per_day: int = DEFAULT_FOLLOWUPS_PER_DAY
    source: str = "typed"  # typed | history

    def to_json(self) -> dict[str, Any]:
        return {
            "deal_size_fen": to_fen(self.deal_size),
            "close_rate": rate_text(self.close_rate),
            "proposal_rate": rate_text(self.proposal_rate),
            "followups_per_day": self.followups_per_day,
            "source": self.source,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> FunnelInputs | None:
        if not d or not ("deal_size_fen" in d or "deal_size" in d):
            return None
        if "deal_size_fen" in d:
            deal_size = from_fen(int(d["deal_size_fen"]))
        else:
            deal_size = Decimal(str(d["deal_size"]))
        return cls(
            deal_size=deal_size,
            close_rate=parse_rate(d["close_rate"]),
            proposal_rate=parse_rate(d["proposal_rate"]),
            followups_per_day=int(d.get("followups_per_day", DEFAULT_FOLLOWUPS_PER_DAY)),
            source=d.get("source", "typed"),
        )


# The method's worked example (METHOD.md 3): defaults when history is too thin.
METHOD_EXAMPLE = FunnelInputs(Decimal(37500), Fraction(8, 15), Fraction(15, 40))


@dataclass(frozen=True, slots=True)
class FunnelPlan:
    contracts: int
    proposals: int
    visits: int

    def per_week(self) -> dict[str, int]:
        return {
            "contracts": math.ceil(Fraction(self.contracts, WEEKS_PER_MONTH)),
            "proposals": math.ceil(Fraction(self.proposals, WEEKS_PER_MONTH)),
            "visits": math.ceil(Fraction(self.visits, WEEKS_PER_MONTH)),
        }

    def per_day(self) -> dict[str, int]:
        days = WEEKS_PER_MONTH * WORKING_DAYS_PER_WEEK
        return {
            "contracts": math.ceil(Fraction(self.contracts, days)),
            "proposals": math.ceil(Fraction(self.proposals, days)),
            "visits": math.ceil(Fraction(self.visits, days)),
        }


def run_funnel(target_yuan: Decimal, inputs: FunnelInputs) -> FunnelPlan:
    """Revenue target → contracts → proposals → visits, each rounded up at its stage."""
    if inputs.deal_size <= 0:
        raise FunnelError("The average deal size must be greater than zero.")
    if Decimal(target_yuan) < 0:
        raise FunnelError("The revenue target cannot be negative.")
    contracts = math.ceil(Fraction(Decimal(target_yuan)) / Fraction(inputs.deal_size))
    proposals = math.ceil(contracts / inputs.close_rate)
    visits = math.ceil(proposals / inputs.proposal_rate)
    return FunnelPlan(contracts, proposals, visits)


def followups_per_month(per_day: int) -> int:
    """5 a day ≈ 100 a month (the method's 20 working days)."""
    return per_day * WEEKS_PER_MONTH * WORKING_DAYS_PER_WEEK


@dataclass(frozen=True, slots=True)
class Measured:
    """Rates measured from logged history; a field is None when there is too little data."""

    deal_size: Decimal | None
    close_rate: Fraction | None
    proposal_rate: Fraction | None
    samples: dict[str, Any]  # code → count seen ('deals' too)

    @property
    def enough(self) -> bool:
        return None not in (self.deal_size, self.close_rate, self.proposal_rate)

    def inputs(
        self, fallback: FunnelInputs = METHOD_EXAMPLE, followups_per_day: int | None = None
    ) -> FunnelInputs:
        """Measured values where there are enough, the fallback's elsewhere."""
        return FunnelInputs(
            deal_size=self.deal_size if self.deal_size is not None else fallback.deal_size,
            close_rate=self.close_rate if self.close_rate is not None else fallback.close_rate,
            proposal_rate=self.proposal_rate
            if self.proposal_rate is not None
            else fallback.proposal_rate,
            followups_per_day=followups_per_day or fallback.followups_per_day,
            source="history" if self.enough else "typed",
        )


def measure_funnel(counts: Mapping[str, int], deal_count: int, deal_total: Decimal) -> Measured:
    """Deal size and stage rates from logged activities (codes visit/proposal/contract) and
    deals. Contracts are the logged 'contract' activities, or the deals when none are logged."""
    visits, proposals = counts.get(VISIT, 0), counts.get(PROPOSAL, 0)
    contracts = counts.get(CONTRACT, 0) or deal_count
    deal_size = None
    if deal_count >= MIN_SAMPLE["deals"] and deal_total > 0:
        deal_size = (Decimal(deal_total) / deal_count).quantize(Decimal("0.01"))
    close_rate = None
    if proposals >= MIN_SAMPLE[PROPOSAL] and contracts >= MIN_SAMPLE[CONTRACT]:
        close_rate = min(Fraction(contracts, proposals), Fraction(1))
    proposal_rate = None
    if visits >= MIN_SAMPLE[VISIT] and proposals >= MIN_SAMPLE[PROPOSAL]:
        proposal_rate = min(Fraction(proposals, visits), Fraction(1))
    samples = {VISIT: visits, PROPOSAL: proposals, CONTRACT: contracts, "deals": deal_count}
    return Measured(deal_size, close_rate, proposal_rate, samples)


# -- stored activity targets ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityTarget:
    level: str  # goal | month | week | day
    start: dt.date
    end: dt.date
    code: str  # visit | proposal | contract | followup
    count: int
    manual: bool = False


def month_activity_counts(
    month: PeriodTarget, inputs: FunnelInputs, working_days: int
) -> dict[str, int]:
    plan = run_funnel(Decimal(month.amount_fen) / 100, inputs)
    return {
        VISIT: plan.visits,
        PROPOSAL: plan.proposals,
        CONTRACT: plan.contracts,
        FOLLOWUP: inputs.followups_per_day * working_days,
    }


def plan_activity_targets(
    months: Sequence[PeriodTarget],
    weeks: Sequence[PeriodTarget],
    inputs: FunnelInputs,
    calendar: WorkCalendar,
    month_counts: Sequence[Mapping[str, int]] | None = None,
) -> list[ActivityTarget]:
    """Goal, month and week activity targets.

    Month counts run the funnel on each month's revenue target (or are ``month_counts`` as
    edited by hand). A week gets its months' counts in proportion to its working days in
    each, rounded up (a full week of a 40-visit month gets 10). Follow-ups are
    ``followups_per_day`` × working days.
    """
    out: list[ActivityTarget] = []
    month_wd = [calendar.count(m.start, m.end) for m in months]
    counts = []
    for i, m in enumerate(months):
        if month_counts is not None and i < len(month_counts):
            counts.append({c: int(month_counts[i].get(c, 0)) for c in FUNNEL_CODES})
            manual = True
        else:
            counts.append(month_activity_counts(m, inputs, month_wd[i]))
            manual = False
        for code in FUNNEL_CODES:
            out.append(ActivityTarget("month", m.start, m.end, code, counts[i][code], manual))
    if months:
        for code in FUNNEL_CODES:
            out.append(
                ActivityTarget(
                    "goal", months[0].start, months[-1].end, code, sum(c[code] for c in counts)
                )
            )
    for w in weeks:
        shares = {code: Fraction(0) for code in FUNNEL_CODES}
        for i, m in enumerate(months):
            a, b = max(w.start, m.start), min(w.end, m.end)
            if a > b:
                continue
            wd = calendar.count(a, b)
            if month_wd[i] == 0 or wd == 0:
                continue
            for code in FUNNEL_CODES:
                if code == FOLLOWUP:
                    shares[code] += inputs.followups_per_day * wd
                else:
                    shares[code] += Fraction(counts[i][code] * wd, month_wd[i])
        for code in FUNNEL_CODES:
            out.append(ActivityTarget("week", w.start, w.end, code, math.ceil(shares[code])))
    return out


# -- the funnel measured from the pipeline (issue 12 §4) ------------------------------------

# The four rates of the rep's funnel, in order: visit → new deal → proposal → won, and the
# average won amount. Codes for the page and the command line.
RATE_DEAL_SIZE = "deal_size"
RATE_VISIT_DEAL = "visit_to_deal"
RATE_DEAL_PROPOSAL = "deal_to_proposal"
RATE_PROPOSAL_WON = "proposal_to_won"
RATE_CODES = (RATE_DEAL_SIZE, RATE_VISIT_DEAL, RATE_DEAL_PROPOSAL, RATE_PROPOSAL_WON)
# Least cases a rate rests on before it is used (below: the default, said so on the page).
MIN_RATE_SAMPLE = {RATE_DEAL_SIZE: 5, RATE_VISIT_DEAL: 20, RATE_DEAL_PROPOSAL: 10}
MIN_RATE_SAMPLE[RATE_PROPOSAL_WON] = 5
# Default visit → deal rate: the method's 15 proposals from 40 visits split as 20 deals
# (1/2), 15 of them reaching a proposal (3/4).
DEFAULT_VISIT_DEAL = Fraction(1, 2)

MEASURED_RATE = "measured"
DEFAULT_RATE = "default"


@dataclass(frozen=True, slots=True)
class FunnelHistory:
    """What the rep's own records say about their funnel over a window (the store counts it).

    ``deals_decided``: deals created in the window that reached a proposal or were lost
    before one (an open deal not yet at a proposal has not decided). ``proposals_closed``:
    deals that reached a proposal and were then won or lost; ``proposals_won`` of them won.
    """

    visits: int = 0  # logged visits
    deals_created: int = 0  # opportunities created
    deals_decided: int = 0
    deals_to_proposal: int = 0  # of the decided, those that reached a proposal
    proposals_closed: int = 0
    proposals_won: int = 0
    won_count: int = 0  # won deals (or sales, when no deal was ever won)
    won_total: Decimal = Decimal(0)  # yuan


@dataclass(frozen=True, slots=True)
class FunnelRate:
    """One rate of the funnel: measured (``hits`` of ``n``; for the deal size ``value`` is
    the mean of ``n`` won amounts) or the default ``value``."""

    code: str
    value: Fraction | Decimal
    source: str  # MEASURED_RATE | DEFAULT_RATE
    hits: int  # the numerator measured (0 for the deal size)
    n: int  # the cases it rests on (also when too few to use)

    @property
    def measured(self) -> bool:
        return self.source == MEASURED_RATE

    @property
    def amount(self) -> Decimal:
        """``value`` as Decimal yuan (for the deal size, which is an amount, not a share)."""
        v = self.value
        return v if isinstance(v, Decimal) else Decimal(v.numerator) / Decimal(v.denominator)


@dataclass(frozen=True, slots=True)
class FunnelRates:
    """The four measured-or-default rates and the funnel inputs they give."""

    rates: tuple[FunnelRate, ...]

    def rate(self, code: str) -> FunnelRate:
        return next(r for r in self.rates if r.code == code)

    @property
    def any_measured(self) -> bool:
        return any(r.measured for r in self.rates)

    def inputs(self, followups_per_day: int = DEFAULT_FOLLOWUPS_PER_DAY) -> FunnelInputs:
        """Deal size, proposals that close, and visits that become proposals (visit → deal ×
        deal → proposal) for :func:`run_funnel`."""
        size = self.rate(RATE_DEAL_SIZE).amount
        return FunnelInputs(
            deal_size=size.quantize(Decimal("0.01")),
            close_rate=Fraction(self.rate(RATE_PROPOSAL_WON).value),
            proposal_rate=Fraction(self.rate(RATE_VISIT_DEAL).value)
            * Fraction(self.rate(RATE_DEAL_PROPOSAL).value),
            followups_per_day=followups_per_day,
            source="history" if all(r.measured for r in self.rates) else "typed",
        )


def _rate(code: str, hits: int, n: int, default: Fraction) -> FunnelRate:
    if n >= MIN_RATE_SAMPLE[code] and hits > 0:
        return FunnelRate(code, min(Fraction(hits, n), Fraction(1)), MEASURED_RATE, hits, n)
    return FunnelRate(code, default, DEFAULT_RATE, hits, n)


def funnel_rates(h: FunnelHistory, defaults: FunnelInputs = METHOD_EXAMPLE) -> FunnelRates:
    """Each rate measured where the history holds enough cases (:data:`MIN_RATE_SAMPLE`),
    the default elsewhere. The deal size and proposals → won default to ``defaults``; visit →
    deal and deal → proposal to a split of its visits → proposals whose product is that rate
    (3/8 → 1/2 × 3/4: 40 visits, 20 deals, 15 proposals)."""
    visit_deal = max(DEFAULT_VISIT_DEAL, defaults.proposal_rate)
    deal_proposal = defaults.proposal_rate / visit_deal
    if h.won_count >= MIN_RATE_SAMPLE[RATE_DEAL_SIZE] and h.won_total > 0:
        size = FunnelRate(
            RATE_DEAL_SIZE,
            (Decimal(h.won_total) / h.won_count).quantize(Decimal("0.01")),
            MEASURED_RATE,
            0,
            h.won_count,
        )
    else:
        size = FunnelRate(RATE_DEAL_SIZE, defaults.deal_size, DEFAULT_RATE, 0, h.won_count)
    return FunnelRates(
        (
            size,
            _rate(RATE_VISIT_DEAL, h.deals_created, h.visits, visit_deal),
            _rate(RATE_DEAL_PROPOSAL, h.deals_to_proposal, h.deals_decided, deal_proposal),
            _rate(RATE_PROPOSAL_WON, h.proposals_won, h.proposals_closed, defaults.close_rate),
        )
    )
