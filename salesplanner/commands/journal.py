"""The journal on the command line: what was logged, corrected or deleted.

    salesplanner journal [--from D] [--to D] [--customer NAME] [--type CODE] [--outcome TEXT]
    salesplanner journal edit ID [--date D] [--amount A] [--count N] [--outcome T] [--note T]
    salesplanner journal delete ID

An entry's ID is as the list shows it: ``A12`` an activity, ``D7`` a sale without one. Without
dates the list covers the year up to today.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from salesplanner.cli import (
    UsageError,
    add_db_argument,
    add_json_argument,
    emit,
    open_store,
    parse_day,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("journal", help="everything logged: list, correct or delete an entry")
    p.add_argument("--from", dest="frm", metavar="D", help="first day (default: a year ago)")
    p.add_argument("--to", metavar="D", help="last day (default: today)")
    p.add_argument("--customer", metavar="NAME", help="only this customer (its exact name)")
    p.add_argument("--type", metavar="T", help="only this activity type (visit, phone, …)")
    p.add_argument("--outcome", metavar="O", help="only entries whose outcome contains this")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_list)
    actions = p.add_subparsers(dest="action", metavar="{edit,delete}")

    e = actions.add_parser("edit", help="correct an entry's date, amount, count, outcome or note")
    e.add_argument("id", help="the entry, as the list shows it (A12, D7)")
    e.add_argument("--date", metavar="D", help="the day it happened")
    e.add_argument("--amount", help="the sale's amount: 12万, 120000元 (a bare number is 万)")
    e.add_argument("--count", type=int, help="how many (calls, visits …)")
    e.add_argument("--outcome", dest="new_outcome", metavar="TEXT", help="what came of it")
    e.add_argument("--note", help="the note")
    add_db_argument(e)
    add_json_argument(e)
    e.set_defaults(handler=cmd_edit)

    d = actions.add_parser("delete", help="delete an entry (with the sale it stands for)")
    d.add_argument("id", help="the entry, as the list shows it (A12, D7)")
    add_db_argument(d)
    add_json_argument(d)
    d.set_defaults(handler=cmd_delete)


def _day(text: str | None, option: str) -> dt.date | None:
    return parse_day(text, option) if text else None


def _entry_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.key,
        "date": e.date,
        "customer_id": e.customer_id,
        "customer": e.customer,
        "type": e.code,
        "count": e.count,
        "outcome": e.outcome,
        "amount": e.amount,
        "note": e.note,
        "source": e.source,
    }


def _entry_text(e: Any) -> str:
    from salesplanner.domain.money import format_wan

    parts = [e.date.isoformat(), e.key.ljust(7), e.customer or "-", f"{e.code} ×{e.count}"]
    if e.outcome:
        parts.append(e.outcome)
    if e.amount_fen is not None:
        parts.append(format_wan(e.amount_fen))
    if e.note:
        parts.append(e.note)
    if e.imported:
        parts.append("[import]")
    return "  ".join(parts)


def cmd_list(args: argparse.Namespace) -> int:
    from salesplanner.domain.money import format_wan
    from salesplanner.services import journal as svc

    to = _day(args.to, "--to") or dt.date.today()
    frm = _day(args.frm, "--from") or to - dt.timedelta(days=364)
    store = open_store(args, create=False)
    try:
        j = svc.journal(store, frm, to, args.customer, args.type, args.outcome)
        entries = j.every_entry()  # read while the plan is open
    finally:
        store.close()
    data = {
        "from": frm,
        "to": to,
        "count": j.count,
        "sales_wan": j.sales_wan,
        "entries": [_entry_json(e) for e in entries],
    }
    lines = [_entry_text(e) for e in entries]
    lines.append(
        f"{j.count} entr{'y' if j.count == 1 else 'ies'} from {frm} to {to}, "
        f"sales {format_wan(j.sales_fen)}"
    )
    emit(args, data, "\n".join(lines))
    return 0


def _changed(edited: Any) -> list[dict[str, Any]]:
    return [
        {"table": table, "id": row_id, "before": before, "after": after}
        for (table, row_id, before), (_t, _i, after) in zip(
            edited.before, edited.after, strict=True
        )
    ]


def cmd_edit(args: argparse.Namespace) -> int:
    from salesplanner.commands.pipeline import _amount
    from salesplanner.services import journal as svc

    values: dict[str, Any] = {
        "date": _day(args.date, "--date"),
        "amount": _amount(args.amount) if args.amount is not None else None,
        "count": args.count,
        "outcome": args.new_outcome,
        "note": args.note,
    }
    if all(v is None for v in values.values()):
        raise UsageError("Say what to change: --date, --amount, --count, --outcome or --note.")
    store = open_store(args, create=False)
    try:
        edited = svc.edit_entry(store, args.id, **values)
    finally:
        store.close()
    changed = _changed(edited)
    fields = sorted({c.removesuffix("_fen") for row in changed for c in row["after"]})
    text = (
        f"Changed {edited.key}: {', '.join(fields)}."
        if fields
        else f"{edited.key} already reads so; nothing changed."
    )
    emit(args, {"id": edited.key, "changed": changed}, text)
    return 0


#: a table's name for one of its rows ("1 activity", "2 deals")
_ONE = {"activities": "activity", "deals": "deal", "opportunities": "opportunity"}


def cmd_delete(args: argparse.Namespace) -> int:
    from salesplanner.services import journal as svc

    store = open_store(args, create=False)
    try:
        deleted = svc.delete_entry(store, args.id)
    finally:
        store.close()
    counts = deleted.snapshot.counts()
    what = ", ".join(
        f"{n} {_ONE.get(table, table) if n == 1 else table}" for table, n in counts.items()
    )
    emit(args, {"id": deleted.key, "removed": counts}, f"Deleted {deleted.key} ({what}).")
    return 0
