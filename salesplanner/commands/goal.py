"""`salesplanner goal suggest|check|breakdown|funnel`: the planning engine on the command line.

Amounts are in 万元 (as in METHOD.md). Examples (METHOD.md's worked numbers):

    salesplanner goal suggest --history 75 80 85 --uplift 15          → 85 → 97.75 → 98, stretch
    salesplanner goal check --history 50 50 50 --target 200          → unrealistic
    salesplanner goal breakdown --total 98 --start 2026-01-01 --months 3 --method ramp --step 10
                                                                      → 30 / 33 / 35
    salesplanner goal funnel --target 30 --deal-size 3.75 --close-rate 8/15 --proposal-rate 15/40
                                                                      → 8, 15, 40 (10 a week)
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from salesplanner.cli import UsageError, add_db_argument, add_json_argument, emit


def _number(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number (amounts are in 万元)"
        ) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number")
    return value


def _limited(check, value, what: str):
    """``check`` (a salesplanner.domain.limits rule) as argparse wants it."""
    from salesplanner.domain.limits import LimitError

    try:
        return check(value, what)
    except LimitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _wan(text: str) -> Decimal:
    from salesplanner.domain.limits import check_amount_wan

    return _limited(check_amount_wan, _number(text), "the amount")


def _percent(text: str) -> Decimal:
    from salesplanner.domain.limits import check_percent

    return _limited(check_percent, _number(text.rstrip("%％")), "the percentage")


def _count(text: str) -> int:
    from salesplanner.domain.limits import check_count

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    return _limited(check_count, value, "the count")


def _nonneg_wan(text: str) -> Decimal:
    value = _wan(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} must not be negative")
    return value


def _date(text: str) -> dt.date:
    from salesplanner.domain.limits import check_date

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (write YYYY-MM-DD)") from None
    return _limited(check_date, day, "the date")


def _factor(text: str):
    """NAME[:+|-][:PCT] e.g. 'new version:+' or 'competitor:-:5'."""
    from salesplanner.domain.goals import Factor

    parts = text.split(":")
    name = parts[0].strip()
    if not name:
        raise argparse.ArgumentTypeError(f"{text!r}: a factor needs a name (NAME[:+|-][:PCT])")
    sign = -1 if len(parts) > 1 and parts[1].strip() == "-" else 1
    pct = _percent(parts[2]) if len(parts) > 2 and parts[2].strip() else None
    return Factor(name, sign, pct)


def register(sub) -> None:
    p = sub.add_parser("goal", help="goal planning: suggest, check, breakdown, funnel")
    gsub = p.add_subparsers(dest="goal_command", metavar="ACTION", parser_class=type(p))
    gsub.required = True

    s = gsub.add_parser("suggest", help="suggest a target from history (baseline + challenge)")
    s.add_argument(
        "--history",
        type=_nonneg_wan,
        nargs="+",
        required=True,
        metavar="WAN",
        help="past periods' sales, oldest first, in 万元",
    )
    s.add_argument(
        "--uplift", type=_percent, default=Decimal(15), help="challenge in percent (default 15)"
    )
    s.add_argument("--baseline", choices=["last", "average", "trend"], default="last")
    s.add_argument(
        "--round",
        type=_nonneg_wan,
        default=Decimal(1),
        metavar="WAN",
        help="round the target to this step in 万元 (default 1; 0 = no rounding)",
    )
    s.add_argument(
        "--factor",
        type=_factor,
        action="append",
        default=[],
        metavar="NAME[:+|-][:PCT]",
        help="an external factor; with PCT it adjusts the baseline",
    )
    add_json_argument(s)
    s.set_defaults(handler=run_suggest)

    c = gsub.add_parser("check", help="achievability verdict and SMART check of a target")
    c.add_argument("--history", type=_nonneg_wan, nargs="*", default=[], metavar="WAN")
    c.add_argument("--target", type=_nonneg_wan, required=True, metavar="WAN")
    c.add_argument("--baseline", choices=["last", "average", "trend"], default="last")
    c.add_argument("--statement", default="", help="the goal in one sentence")
    c.add_argument("--focus", default="", help="product line, segment or channel")
    c.add_argument("--relevance", default="", help="the company focus it serves")
    c.add_argument("--start", type=_date)
    c.add_argument("--deadline", type=_date)
    c.add_argument("--period", choices=["month", "quarter", "year"], default="month")
    add_json_argument(c)
    c.set_defaults(handler=run_check)

    b = gsub.add_parser("breakdown", help="split a goal into months, weeks or working days")
    b.add_argument("--total", type=_nonneg_wan, required=True, metavar="WAN")
    b.add_argument("--start", type=_date, required=True)
    b.add_argument("--months", type=_count, default=None, help="number of months (default 3)")
    b.add_argument("--end", type=_date, help="last day (instead of --months)")
    b.add_argument("--method", choices=["even", "ramp", "seasonal"], default="ramp")
    b.add_argument(
        "--step", type=_percent, default=Decimal(10), help="ramp step in percent (default 10)"
    )
    b.add_argument(
        "--weights",
        type=_nonneg_wan,
        nargs="+",
        metavar="W",
        help="seasonal weights, one per month (e.g. the same months' past sales)",
    )
    b.add_argument(
        "--round",
        type=_nonneg_wan,
        default=Decimal(1),
        metavar="WAN",
        help="months in whole steps of this many 万元 (default 1)",
    )
    b.add_argument("--by", choices=["month", "week", "day"], default="month")
    add_db_argument(b)
    add_json_argument(b)
    b.set_defaults(handler=run_breakdown)

    f = gsub.add_parser("funnel", help="run the funnel backwards from a revenue target")
    f.add_argument(
        "--target", type=_nonneg_wan, required=True, metavar="WAN", help="monthly revenue target"
    )
    f.add_argument("--deal-size", type=_wan, required=True, metavar="WAN")
    f.add_argument("--close-rate", required=True, help="contracts per proposal, e.g. 8/15")
    f.add_argument("--proposal-rate", required=True, help="proposals per visit, e.g. 15/40")
    f.add_argument("--followups-per-day", type=_count, default=5)
    add_json_argument(f)
    f.set_defaults(handler=run_funnel)


# -- handlers ---------------------------------------------------------------------------------


def _verdict_json(v) -> dict:
    from salesplanner.domain.goals import message_json
    from salesplanner.domain.money import WAN

    return {
        "level": v.level,
        "uplift_pct": v.uplift_pct,
        "reference": v.reference / WAN,
        "trend": None if v.trend is None else v.trend / WAN,
        "reason": message_json(v.reason),
    }


def run_suggest(args) -> int:
    from salesplanner.domain.goals import baseline_options, message_text, suggest
    from salesplanner.domain.money import WAN, normalize

    history = [h * WAN for h in args.history]
    s = suggest(history, args.baseline, args.factor, args.uplift, args.round * WAN)
    w = lambda y: normalize(y / WAN)  # noqa: E731
    data = {
        "history": args.history,
        "baseline_method": args.baseline,
        "baseline_options": {k: w(v) for k, v in baseline_options(history).items()},
        "baseline": w(s.baseline),
        "factors": [f.to_json() for f in args.factor],
        "adjusted_baseline": w(s.adjusted),
        "uplift_pct": args.uplift,
        "raw_target": w(s.raw),
        "round": args.round,
        "target": w(s.target),
        "verdict": _verdict_json(s.verdict),
    }
    text = (
        f"baseline ({args.baseline}) {w(s.baseline)}万"
        + (f", after factors {w(s.adjusted)}万" if s.adjusted != s.baseline else "")
        + f"; +{normalize(args.uplift)}% → {w(s.raw)}万 → target {w(s.target)}万\n"
        f"verdict: {s.verdict.level} — {message_text(s.verdict.reason)}"
    )
    emit(args, data, text)
    return 0


def run_check(args) -> int:
    from salesplanner.domain.goals import (
        Goal,
        baseline,
        judge,
        message_json,
        message_text,
        smart_check,
    )
    from salesplanner.domain.money import WAN

    history = [h * WAN for h in args.history]
    ref = baseline(history, args.baseline) if history else None
    target = args.target * WAN
    v = judge(target, history, ref)
    goal = Goal(
        title=args.statement or "goal",
        target=target,
        period_kind=args.period,
        start=args.start,
        end=args.deadline,
        statement=args.statement,
        focus=args.focus,
        relevance=args.relevance,
    )
    smart = smart_check(goal, v)
    data = {
        "target": args.target,
        "history": args.history,
        "verdict": _verdict_json(v),
        "smart": [
            {"criterion": r.criterion, "status": r.status, **message_json(r.message)} for r in smart
        ],
    }
    lines = [f"verdict: {v.level} — {message_text(v.reason)}"]
    lines += [f"{r.criterion:<11} {r.status:<5} {message_text(r.message)}" for r in smart]
    emit(args, data, "\n".join(lines))
    return 0


def _period_json(p) -> dict:
    from salesplanner.domain.money import fen_to_wan, normalize

    return {
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "amount": normalize(fen_to_wan(p.amount_fen)),
        "working_days": p.working_days,
    }


def run_breakdown(args) -> int:
    from fractions import Fraction

    from salesplanner.domain.breakdown import breakdown
    from salesplanner.domain.calendar import WorkCalendar, add_months, unknown_schedule_years
    from salesplanner.domain.money import WAN, to_fen
    from salesplanner.domain.settings import Settings

    if args.end and args.months is not None:
        raise UsageError("give either --months or --end, not both")
    if args.end:
        end = args.end
    else:
        n = 3 if args.months is None else args.months
        if not 1 <= n <= 120:
            raise UsageError(f"--months must be between 1 and 120, not {n}")
        end = add_months(args.start, n) - dt.timedelta(days=1)
    if end < args.start:
        raise UsageError("--end is before --start")
    from salesplanner.domain.limits import check_date

    check_date(end, "the last day")
    settings, overrides, history = Settings(), {}, None
    if args.db:
        from salesplanner.cli import open_store
        from salesplanner.store import goals as repo
        from salesplanner.store.settings import load_settings

        with open_store(args, create=False) as store:
            settings = load_settings(store)
            overrides = repo.calendar_overrides(store, args.start, end)
            history = repo.sales_by_month(
                store, dt.date(args.start.year - 3, 1, 1), args.start - dt.timedelta(days=1)
            )
    cal = WorkCalendar(settings, overrides)
    if args.weights:
        from salesplanner.domain.calendar import months

        slots = months(args.start, end)
        if len(args.weights) != len(slots):
            raise UsageError(
                f"--weights needs {len(slots)} values, one per month, not {len(args.weights)}"
            )
        if args.method != "seasonal":
            raise UsageError("--weights goes with --method seasonal")
        history = {
            (s.year, s.month): int(Fraction(w) * 10**6)
            for (s, _e), w in zip(slots, args.weights, strict=True)
        }
    unit = to_fen(args.round * WAN) or 1
    b = breakdown(
        to_fen(args.total * WAN), args.start, end, args.method, args.step, cal, history, unit
    )
    data = {
        "total": args.total,
        "start": args.start.isoformat(),
        "end": end.isoformat(),
        "method": args.method,
        "step_pct": args.step if args.method == "ramp" else None,
        "region": settings.holiday_region,
        "unknown_schedule_years": unknown_schedule_years(args.start, end, settings.holiday_region),
        "months": [_period_json(m) for m in b.months],
    }
    rows = b.months
    if args.by == "week":
        data["weeks"] = [_period_json(w) for w in b.weeks]
        rows = b.weeks
    elif args.by == "day":
        data["days"] = [_period_json(d) for d in b.days]
        rows = b.days
    lines = [
        f"{p['start']} – {p['end']}  {p['amount']}万  "
        f"({p['working_days']} working day{'' if p['working_days'] == 1 else 's'})"
        for p in map(_period_json, rows)
    ]
    lines.append(f"total {args.total}万")
    for year in data["unknown_schedule_years"]:
        lines.append(
            f"note: the official holiday schedule for {year} is not published yet; "
            "holidays are estimated and make-up working days are missing — mark them by hand."
        )
    emit(args, data, "\n".join(lines))
    return 0


def run_funnel(args) -> int:
    from salesplanner.domain.funnel import FunnelInputs, followups_per_month, parse_rate
    from salesplanner.domain.funnel import run_funnel as funnel
    from salesplanner.domain.money import WAN

    if args.deal_size <= 0:
        raise UsageError("--deal-size must be greater than zero")
    if args.followups_per_day < 0:
        raise UsageError("--followups-per-day must not be negative")
    inputs = FunnelInputs(
        args.deal_size * WAN,
        parse_rate(args.close_rate),
        parse_rate(args.proposal_rate),
        args.followups_per_day,
    )
    plan = funnel(args.target * WAN, inputs)
    per_month = {
        "contracts": plan.contracts,
        "proposals": plan.proposals,
        "visits": plan.visits,
        "followups": followups_per_month(args.followups_per_day),
    }
    per_week = {**plan.per_week(), "followups": args.followups_per_day * 5}
    per_day = {**plan.per_day(), "followups": args.followups_per_day}
    data = {
        "target": args.target,
        "deal_size": args.deal_size,
        "close_rate": args.close_rate,
        "proposal_rate": args.proposal_rate,
        "per_month": per_month,
        "per_week": per_week,
        "per_day": per_day,
    }
    text = "\n".join(
        f"{label:<10} contracts {d['contracts']:>3}  proposals {d['proposals']:>3}  visits "
        f"{d['visits']:>3}  "
        f"follow-ups {d['followups']:>3}"
        for label, d in (("per month", per_month), ("per week", per_week), ("per day", per_day))
    )
    emit(args, data, text)
    return 0
