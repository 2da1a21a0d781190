"""Progress, diagnosis and the 80/20 customers from the command line.

* ``salesplanner progress --db PATH [--date 2026-01-07] [--period week|month|goal] [--json]``
* ``salesplanner diagnose --db PATH [--week 2026-W02] [--json]`` — also what holds the goal's
  period back from the pipeline (too little pipeline, deals stuck, too few activities) and the
  options "open N new deals" / "move these stalled deals" with their effect on the odds
* ``salesplanner top-customers --db PATH [--date D] [--months 12|0] [--json]``

Without ``--date``/``--week`` the most recent week with logged data is used (as of its last
logged day). Amounts in JSON are integer fen (``*_fen``).
"""

from __future__ import annotations

import datetime as dt
import re

from salesplanner.cli import UsageError, add_json_argument, emit, parse_day

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)


def register(sub) -> None:
    p = sub.add_parser("progress", help="actual against target, pace, forecast and metrics")
    p.add_argument("--db", required=True, help="plan file")
    p.add_argument("--date", help="as of this day (YYYY-MM-DD; default: the last logged day)")
    p.add_argument("--period", choices=["week", "month", "goal"], default="month")
    add_json_argument(p)
    p.set_defaults(handler=run_progress)

    d = sub.add_parser("diagnose", help="why a week fell short, and a catch-up plan")
    d.add_argument("--db", required=True, help="plan file")
    d.add_argument("--week", help="ISO week, e.g. 2026-W02 (default: the last week with data)")
    add_json_argument(d)
    d.set_defaults(handler=run_diagnose)

    c = sub.add_parser("top-customers", help="customers ranked by revenue: 80/20 and ABC")
    c.add_argument("--db", required=True, help="plan file")
    c.add_argument("--date", help="as of this day (default: the last logged day)")
    c.add_argument("--months", type=int, default=12, help="window in months (0: all history)")
    add_json_argument(c)
    c.set_defaults(handler=run_top_customers)


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    return parse_day(text, "--date")


def parse_week(text: str | None) -> dt.date | None:
    """'2026-W02' → the Monday of that ISO week."""
    if text is None:
        return None
    from salesplanner.domain.limits import check_week

    m = _WEEK.fullmatch(text.strip())
    try:
        if not m:
            raise ValueError
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        raise UsageError(f"--week must be an ISO week like 2026-W02, not {text!r}") from None
    return check_week(monday, "--week")


def _open(args):
    from pathlib import Path

    from salesplanner.cli import open_store

    path = Path(args.db)
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    return open_store(args, create=False)


def _wan(fen) -> str:
    from salesplanner.domain.money import format_wan

    return "-" if fen is None else format_wan(fen)


def run_progress(args) -> int:
    from salesplanner.domain.money import to_fen
    from salesplanner.services.progress import progress
    from salesplanner.services.report import goal_forecast

    as_of = parse_date(args.date)
    with _open(args) as store:
        p = progress(store, as_of, args.period)
        f = goal_forecast(store, p.as_of) if p is not None and p.kind != "week" else None
    if p is None:
        raise UsageError("this plan has no goal yet; set one with the goal wizard first")
    data = p.to_json()
    forecast = f"forecast {_wan(p.forecast_fen)} (run rate)"
    found = f.outlook_of(p.start, p.end) if f is not None else None
    if found is not None:  # the pipeline's outlook, as the Progress pane and the report say
        o, early = found
        low, mid, high = to_fen(o.p10), to_fen(o.p50), to_fen(o.p90)
        chance = o.chances[0] if o.chances else None
        data["pipeline_forecast"] = {
            "p10_fen": low,
            "p50_fen": mid,
            "p90_fen": high,
            "early": early,
            "chance": chance,
        }
        middle = "" if early else f", likely {_wan(mid)}"
        odds = "" if chance is None else f"; {chance:.0%} likely to reach {_wan(p.target_fen)}"
        forecast = f"forecast {_wan(low)} – {_wan(high)}{middle}{odds}"
    lines = [
        f"{p.goal_title}: {p.kind} {p.start} – {p.end}, as of {p.as_of}",
        f"  actual {_wan(p.actual_fen)} of {_wan(p.target_fen)}; expected to date "
        f"{_wan(p.expected_fen)} ({p.elapsed_days}/{p.working_days} working days)",
        f"  {forecast}; still to sell {_wan(p.gap_fen)}",
    ]
    for m in p.metrics:
        target = "-" if m.target is None else m.target
        lines.append(f"  {m.code:<9} {m.actual:>5} / {target!s:>5}  {m.light}")
    emit(args, data, "\n".join(lines))
    return 0


def run_diagnose(args) -> int:
    from salesplanner.domain.diagnosis import message_text
    from salesplanner.services.progress import diagnose_week, pipeline_diagnosis

    monday = parse_week(args.week)
    with _open(args) as store:
        r = diagnose_week(store, monday)
        if r is None:
            raise UsageError("this plan has no goal yet; set one with the goal wizard first")
        pipe = pipeline_diagnosis(store, r.diagnosis.as_of)
    lines = [f"Week {r.diagnosis.to_json()['week']['iso']} ({r.week.start} – {r.week.end})"]
    lines += [f"  {message_text(m)}" for m in r.diagnosis.messages]
    lines.append("Catch-up:")
    lines += [f"  {message_text(m)}" for m in r.plan.messages]
    if r.options:
        lines.append(f"Options for the week of {r.next_monday}:")
        for i, o in enumerate(r.options, start=1):
            lines += [f"  {i}. {message_text(m)}" for m in o.messages]
    if pipe is not None:
        lines.append(f"The goal's period ({pipe.start} – {pipe.end}), from the pipeline:")
        lines += [f"  {message_text(m)}" for m in pipe.messages]
        for i, odds in enumerate(pipe.options, start=1):
            lines += [f"  {i}. {message_text(m)}" for m in odds.messages]
    data = r.to_json() | {"pipeline": None if pipe is None else pipe.to_json()}
    emit(args, data, "\n".join(lines))
    return 0


def run_top_customers(args) -> int:
    from salesplanner.domain.limits import LimitError, check_months
    from salesplanner.services.progress import customer_analysis, default_as_of

    try:
        check_months(args.months, "--months")
    except LimitError as exc:
        raise UsageError(f"{exc} (0: all history)") from None
    with _open(args) as store:
        as_of = parse_date(args.date) or default_as_of(store)
        a = customer_analysis(store, as_of, args.months or None)
    data = a.to_json() | {
        "as_of": as_of,
        "customers": [
            {
                "rank": r.rank,
                "id": r.id,
                "name": r.name,
                "revenue_fen": r.customer.revenue_fen,
                "share": round(float(r.share), 4),
                "cumulative": round(float(r.cumulative), 4),
                "abc": r.abc,
                "last_contact": r.customer.last_contact,
                "days_since_contact": r.days_since_contact,
                "next_follow_up": r.customer.next_follow_up,
                "priority": r.customer.priority,
            }
            for r in a.rows
        ],
    }
    lines = [
        f"Top 20% ({a.top_count} of {a.buyers} buying customers) bring "
        f"{round(float(a.top_share) * 100)}% of {_wan(a.total_fen)}"
    ]
    lines += [f"  {r.rank:>3}. {r.name}  {_wan(r.customer.revenue_fen)}  {r.abc}" for r in a.top10]
    emit(args, data, "\n".join(lines))
    return 0
