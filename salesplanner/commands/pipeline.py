"""Pipeline commands (商机):

    salesplanner pipeline --db PATH [--closed]             deals by stage, count / sum / weighted
    salesplanner opp add  --db PATH CUSTOMER AMOUNT [--stage S] [--close D] [--title T] …
    salesplanner opp move --db PATH DEAL STAGE [--date D]
    salesplanner opp win  --db PATH DEAL AMOUNT [--date D]
    salesplanner opp lose --db PATH DEAL REASON [--date D]
    salesplanner forecast --db PATH [--date D] [--seed N] [--runs N]

DEAL is an opportunity's id or its customer's name (that customer's one open deal). Amounts
as typed in the app: ``12万``, ``115000元``; a bare number is in 万. Each takes ``--json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any

from salesplanner.cli import UsageError, add_db_argument, add_json_argument, emit, open_store
from salesplanner.domain.plural import n_of, noun


def register(sub: Any) -> None:
    p = sub.add_parser("pipeline", help="open deals by stage with count, sum and weighted sum")
    add_db_argument(p)
    p.add_argument("--closed", action="store_true", help="also list won and lost deals")
    add_json_argument(p)
    p.set_defaults(handler=run_pipeline)

    register_forecast(sub)

    opp = sub.add_parser("opp", help="add, move, win or lose a deal in flight (商机)")
    ops = opp.add_subparsers(dest="action", metavar="ACTION", parser_class=type(opp))
    ops.required = True

    p = ops.add_parser("add", help="a new open deal")
    add_db_argument(p)
    p.add_argument("customer")
    p.add_argument("amount", help="expected amount: 12万, 120000元 (a bare number is 万)")
    p.add_argument("--stage", default="lead", help="stage key or name (default: lead / 线索)")
    p.add_argument("--title", default="")
    p.add_argument("--close", help="expected close date YYYY-MM-DD")
    p.add_argument("--next-step", default="")
    p.add_argument("--next-date", help="date of the next step YYYY-MM-DD")
    p.add_argument("--channel", default="", help="visit, phone, event, referral, inbound, other")
    p.add_argument("--product", default="")
    p.add_argument("--date", help="the day it counts as today (default: today)")
    add_json_argument(p)
    p.set_defaults(handler=run_add)

    for action, help_, value, value_help, handler in (
        ("move", "move a deal to another open stage", "stage", "stage key or name", run_move),
        ("win", "won: writes the sale", "amount", "final amount: 11.5万, 115000元", run_win),
        ("lose", "lost, with the reason", "reason", "why it was lost", run_lose),
    ):
        p = ops.add_parser(action, help=help_)
        add_db_argument(p)
        p.add_argument("deal", help="the deal's id or its customer's name")
        p.add_argument(value, help=value_help)
        p.add_argument("--date", help="the day it happened (default: today)")
        add_json_argument(p)
        p.set_defaults(handler=handler)


def register_forecast(sub: Any) -> None:
    p = sub.add_parser("forecast", help="the goal period's forecast and the chance of the target")
    add_db_argument(p)
    p.add_argument("--date", help="as of the end of this day (YYYY-MM-DD; default: today)")
    p.add_argument("--seed", type=_seed, help="fix the simulation's random numbers")
    p.add_argument("--runs", type=int, default=10_000, help="simulation runs (10000)")
    add_json_argument(p)
    p.set_defaults(handler=run_forecast)


# -- parsing ------------------------------------------------------------------------------
def _seed(text: str) -> int:
    """The simulation's seed: a whole number from 0 (as numpy's generators take it)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"the seed {value} must be 0 or more")
    return value


def _day(text: str | None, option: str = "--date") -> dt.date:
    from salesplanner.cli import parse_day

    return parse_day(text, option) if text else dt.date.today()


def _optional_day(text: str | None, option: str) -> dt.date | None:
    return _day(text, option) if text else None


def _amount(text: str) -> Decimal:
    from salesplanner.domain.quick_entry import QuickEntryError, parse_amount

    try:
        value = parse_amount(text, "wan")
    except QuickEntryError as exc:
        raise UsageError(str(exc)) from None
    if value is None:
        raise UsageError("Give an amount, e.g. 12万.")
    from salesplanner.domain.limits import LimitError, check_amount_yuan

    try:
        return check_amount_yuan(value, "the amount")
    except LimitError as exc:
        raise UsageError(str(exc)) from None


def _stage(store: Any, text: str) -> str:
    from salesplanner.domain.opportunities import stage_key
    from salesplanner.store import opportunities as repo

    stages = repo.list_stages(store)
    key = stage_key(text, stages)
    if key is None:
        raise UsageError(f"Unknown stage {text!r}; use one of {', '.join(s.key for s in stages)}.")
    return key


def _deal(store: Any, text: str) -> int:
    from salesplanner.services.pipeline import find_open

    opp = find_open(store, text)
    assert opp.id is not None  # read from the store
    return opp.id


# -- output -------------------------------------------------------------------------------
def _wan(amount: Decimal) -> str:
    from salesplanner.domain.money import format_wan, to_fen

    return format_wan(to_fen(amount))


def _opp_json(o: Any) -> dict[str, Any]:
    return {
        "id": o.id,
        "customer": o.customer_name,
        "title": o.title,
        "amount": o.amount,
        "stage": o.stage,
        "outcome": o.outcome,
        "expected_close": o.expected_close,
        "next_step": o.next_step,
        "next_step_date": o.next_step_date,
        "channel": o.channel,
        "product": o.product,
        "created": o.created,
        "closed": o.closed,
        "lost_reason": o.lost_reason,
        "deal_id": o.deal_id,
    }


def run_pipeline(args: argparse.Namespace) -> int:
    from salesplanner.services import pipeline as svc

    with open_store(args) as store:
        data = svc.load(store)
    columns = data.columns(include_closed=args.closed)
    open_cols = [c for c in columns if c.stage.is_open]
    total = sum((c.amount for c in open_cols), Decimal(0))
    weighted = sum((c.weighted for c in open_cols), Decimal(0))
    m = data.measured
    payload = {
        "stages": [
            {
                "stage": c.stage.key,
                "probability": c.stage.probability,
                "measured_win_rate": m.stages[c.stage.key].win_rate
                if c.stage.key in m.stages
                else None,
                "count": c.count,
                "amount": c.amount,
                "weighted": c.weighted,
                "deals": [_opp_json(o) for o in c.opportunities],
            }
            for c in columns
        ],
        "open_count": sum(c.count for c in open_cols),
        "open_amount": total,
        "weighted": weighted,
        "closed": m.closed,
        "won": m.won,
        "win_rate": m.win_rate,
    }
    lines = []
    for c in columns:
        lines.append(
            f"{c.stage.key:<12} {c.count:>4} {noun(c.count, 'deal(s)'):<5} "
            f"{_wan(c.amount):>10}  "
            f"weighted {_wan(c.weighted):>10}  ({c.stage.probability}%)"
        )
        for o in c.opportunities:
            close = f"  close {o.expected_close}" if o.expected_close else ""
            lines.append(f"    #{o.id} {o.customer_name} {o.title} {_wan(o.amount)}{close}")
    lines.append(
        f"open: {n_of(sum(c.count for c in open_cols), 'deal(s)')}, {_wan(total)}, "
        f"weighted {_wan(weighted)}" + (f"; won {m.won} of {m.closed} closed" if m.closed else "")
    )
    emit(args, payload, "\n".join(lines))
    return 0


def _report(args: argparse.Namespace, store: Any, edit: Any, verb: str) -> int:
    from salesplanner.store import opportunities as repo

    o = repo.get(store, edit.opportunity_id)
    assert o is not None  # just written
    data = _opp_json(o)
    data["sale_id"] = edit.deal_id
    sale = f" (sale #{edit.deal_id})" if edit.deal_id else ""
    emit(args, data, f"{verb} #{o.id} {o.customer_name} {_wan(o.amount)} at {o.stage}{sale}.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from salesplanner.domain.opportunities import Opportunity
    from salesplanner.services import pipeline as svc

    today = _day(args.date)
    amount = _amount(args.amount)
    with open_store(args) as store:
        opp = Opportunity(
            None,
            args.customer,
            args.title,
            amount,
            _stage(store, args.stage),
            today,
            expected_close=_optional_day(args.close, "--close"),
            next_step=args.next_step,
            next_step_date=_optional_day(args.next_date, "--next-date"),
            channel=args.channel,
            product=args.product,
        )
        return _report(args, store, svc.add(store, opp), "Added")


def run_move(args: argparse.Namespace) -> int:
    from salesplanner.services import pipeline as svc

    with open_store(args) as store:
        edit = svc.move(store, _deal(store, args.deal), _stage(store, args.stage), _day(args.date))
        return _report(args, store, edit, "Moved")


def run_win(args: argparse.Namespace) -> int:
    from salesplanner.services import pipeline as svc

    amount = _amount(args.amount)
    with open_store(args) as store:
        edit = svc.win(store, _deal(store, args.deal), amount, _day(args.date))
        return _report(args, store, edit, "Won")


def run_lose(args: argparse.Namespace) -> int:
    from salesplanner.services import pipeline as svc

    with open_store(args) as store:
        edit = svc.lose(store, _deal(store, args.deal), args.reason, _day(args.date))
        return _report(args, store, edit, "Lost")


def run_forecast(args: argparse.Namespace) -> int:
    from salesplanner.services import pipeline as svc

    day = _day(args.date)
    with open_store(args) as store:
        pf = svc.period_forecast(store, day, runs=args.runs, seed=args.seed)
    from salesplanner.domain.forecast import message_text, sentences

    f = pf.forecast
    o = f.period

    def outlook(x: Any) -> dict[str, Any]:
        return {
            "start": x.start,
            "end": x.end,
            "won": x.won,
            "commit": x.commit,
            "best_case": x.best_case,
            "weighted": x.weighted,
            "new_business": x.new_business,
            "still_to_win": x.still_to_win,
            "coverage": x.coverage,
            "targets": [
                {"target": t, "chance": c} for t, c in zip(x.targets, x.chances, strict=True)
            ],
            "p10": x.p10,
            "p50": x.p50,
            "p90": x.p90,
        }

    said = [message_text(m) for m in sentences(f)]
    payload = {
        "goal": pf.goal_title,
        "date": pf.day,
        **outlook(o),
        "months": [outlook(x) for x in f.subs],
        "early": f.early,
        "win_rate": f.win_rate,
        "win_rate_source": f.win_rate_source,
        "needed_coverage": f.needed_coverage,
        "runs": f.runs,
        "undated_open_deals": pf.undated,
        "closed_deals_measured": f.closed_deals,
        "new_business_weeks": pf.new_business_weeks,
        "sentences": said,
    }
    coverage = f"{o.coverage:.1f}x" if o.coverage is not None else "-"
    lines = [
        f"{pf.goal_title} ({pf.start} – {pf.end}), as of {pf.day}",
        f"won {_wan(o.won)}; commit {_wan(o.commit)}, best case {_wan(o.best_case)}, "
        f"weighted {_wan(o.weighted)} still open in the period",
        f"coverage {coverage} of the {_wan(o.still_to_win)} still to win "
        f"(your win rate {f.win_rate:.0%} needs {f.needed_coverage:.1f}x)",
        f"final sales P10 {_wan(o.p10)} / P50 {_wan(o.p50)} / P90 {_wan(o.p90)} ({f.runs} runs)",
        *said,
    ]
    if pf.undated:
        lines.append(f"{n_of(pf.undated, 'open deal(s)')} without a close date, not counted.")
    emit(args, payload, "\n".join(lines))
    return 0


def run_deal_entry(args: argparse.Namespace, entry: Any) -> int:
    """``salesplanner log "赢单 华星科技 11.5万"``: a quick-entry line about a deal."""
    from salesplanner.services import pipeline as svc

    verbs = {"add": "Added", "move": "Moved", "win": "Won", "lose": "Lost"}
    with open_store(args) as store:
        return _report(args, store, svc.apply_entry(store, entry), verbs[entry.action])
