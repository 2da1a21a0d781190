"""The customer card on the command line (issue 13.1).

    salesplanner customer show CUSTOMER [--limit N]
    salesplanner customer edit CUSTOMER [--name N] [--short-names "A, B"] [--segment S]
        [--industry I] [--region R] [--address A] [--source S] [--priority yes|no]
        [--notes T] [--next-follow-up D|none]
    salesplanner customer new NAME [the same options]
    salesplanner customer merge KEEP OTHER [--dry-run]
    salesplanner customer duplicates
    salesplanner customer not-duplicates A B     (two companies: not proposed again)
    salesplanner contact add CUSTOMER --name N [--title T] [--phone P] [--wechat W]
        [--email E] [--birthday 1980-12-06|12-06] [--notes T] [--main]
    salesplanner contact edit ID [the same options]
    salesplanner contact remove ID

CUSTOMER is the customer's exact name or its id. Each takes ``--json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from typing import Any

from salesplanner.cli import (
    UsageError,
    add_db_argument,
    add_json_argument,
    emit,
    open_store,
    parse_day,
    record_number,
)
from salesplanner.domain.plural import n_of

FACT_OPTIONS = ("name", "segment", "industry", "region", "address", "source", "notes")
CONTACT_OPTIONS = ("name", "title", "phone", "wechat", "email", "birthday", "notes")


def _common(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    add_json_argument(p)


def _fact_arguments(p: argparse.ArgumentParser, with_name: bool = True) -> None:
    if with_name:
        p.add_argument("--name", help="the customer's name")
    p.add_argument("--short-names", metavar="LIST", help="short names, separated by commas")
    for option in FACT_OPTIONS[1:]:
        p.add_argument(f"--{option}")
    p.add_argument("--priority", choices=["yes", "no"], help="a priority customer or not")
    p.add_argument("--next-follow-up", metavar="D", help="a day, or 'none'")


def _contact_arguments(p: argparse.ArgumentParser) -> None:
    for option in CONTACT_OPTIONS:
        p.add_argument(f"--{option}")
    p.add_argument("--main", action="store_true", help="make this person the main contact")


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("customer", help="a customer's card: show, edit, new, merge")
    actions = c.add_subparsers(
        dest="action", metavar="{show,edit,new,merge,duplicates,not-duplicates}"
    )
    actions.required = True
    s = actions.add_parser("show", help="the card: facts, class, contacts, timeline")
    s.add_argument("customer", help="exact name or id")
    s.add_argument("--limit", type=int, default=20, help="timeline entries shown (default 20)")
    s.add_argument("--today", metavar="D", help="count days from this day (default: today)")
    _common(s)
    s.set_defaults(handler=cmd_show)
    e = actions.add_parser("edit", help="change the company facts")
    e.add_argument("customer", help="exact name or id")
    _fact_arguments(e)
    _common(e)
    e.set_defaults(handler=cmd_edit)
    n = actions.add_parser("new", help="make a customer")
    n.add_argument("name", help="the new customer's name")
    _fact_arguments(n, with_name=False)
    _common(n)
    n.set_defaults(handler=cmd_new)
    m = actions.add_parser("merge", help="move every record of OTHER to KEEP and remove OTHER")
    m.add_argument("keep", help="the customer that stays (name or id)")
    m.add_argument("other", help="the customer merged into it (name or id)")
    m.add_argument("--dry-run", action="store_true", help="say what would move; change nothing")
    _common(m)
    m.set_defaults(handler=cmd_merge)
    d = actions.add_parser("duplicates", help="customers that look like one company twice")
    _common(d)
    d.set_defaults(handler=cmd_duplicates)
    r = actions.add_parser(
        "not-duplicates", help="A and B are two companies: do not propose merging them again"
    )
    r.add_argument("first", help="a customer (name or id)")
    r.add_argument("second", help="the other customer (name or id)")
    _common(r)
    r.set_defaults(handler=cmd_not_duplicates)

    k = sub.add_parser("contact", help="the people at a customer: add, edit, remove")
    kinds = k.add_subparsers(dest="action", metavar="{add,edit,remove}")
    kinds.required = True
    a = kinds.add_parser("add", help="add a person to a customer")
    a.add_argument("customer", help="exact name or id")
    _contact_arguments(a)
    _common(a)
    a.set_defaults(handler=cmd_contact_add)
    ed = kinds.add_parser("edit", help="change a person's details")
    ed.add_argument("id", type=record_number, help="the contact's id (customer show lists it)")
    _contact_arguments(ed)
    _common(ed)
    ed.set_defaults(handler=cmd_contact_edit)
    r = kinds.add_parser("remove", help="remove a person")
    r.add_argument("id", type=record_number, help="the contact's id")
    _common(r)
    r.set_defaults(handler=cmd_contact_remove)


# -- customers ------------------------------------------------------------------------------------
def _card_json(card: Any, limit: int) -> dict[str, Any]:
    return {
        "id": card.id,
        "facts": card.facts.values(),
        "abc": card.abc,
        "rank": card.rank,
        "revenue_12m_fen": card.revenue_fen,
        "last_contact": card.last_contact,
        "days_since_contact": card.days_since_contact,
        "cadence_days": card.cadence_days,
        "not_contacted_for_days": card.overdue_days,
        "contacts": [{"id": c.id, **c.values()} for c in card.contacts],
        "timeline_count": len(card.timeline),
        "timeline": [
            {
                "date": i.date,
                "kind": i.kind,
                "id": i.ref,
                "code": i.code,
                "text": i.text,
                "amount_fen": i.amount_fen,
                "count": i.count,
                "contact": i.contact,
            }
            for i in card.timeline[:limit]
        ],
    }


def _card_text(card: Any, limit: int) -> str:
    from salesplanner.domain.money import format_wan

    f = card.facts
    lines = [
        f"{f.name} (#{card.id})" + (" ★" if f.priority else ""),
        f"class {card.abc}, rank {card.rank}, {format_wan(card.revenue_fen)} in 12 months",
    ]
    if card.last_contact is None:
        lines.append("never contacted")
    elif card.overdue_days is not None:
        lines.append(
            f"not contacted for {n_of(card.overdue_days, 'day(s)')} (class {card.abc}: every "
            f"{n_of(card.cadence_days, 'day(s)')})"
        )
    else:
        days = card.days_since_contact
        lines.append(f"last contact {card.last_contact} ({n_of(days, 'day(s)')} ago)")
    for label, value in (
        ("short names", ", ".join(f.short_names)),
        ("segment", f.segment),
        ("industry", f.industry),
        ("region", f.region),
        ("address", f.address),
        ("source", f.source),
        ("next follow-up", f.next_follow_up.isoformat() if f.next_follow_up else ""),
        ("notes", f.notes),
    ):
        if value:
            lines.append(f"{label}: {value}")
    for c in card.contacts:
        parts = [f"  #{c.id} {c.name or '-'}" + (" (main)" if c.is_main else "")]
        parts += [v for v in (c.title, c.phone, c.wechat, c.email, c.birthday or "") if v]
        lines.append("  ".join(parts))
    lines.append(f"timeline: {n_of(len(card.timeline), 'entr(ies)')}")
    for i in card.timeline[:limit]:
        amount = format_wan(i.amount_fen) if i.amount_fen is not None else ""
        what = i.code if i.kind in ("activity", "opportunity") else i.kind
        lines.append("  ".join(t for t in (f"  {i.date}", i.kind, what, amount, i.text) if t))
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc

    if args.limit < 0:
        raise UsageError("--limit cannot be negative.")
    today = parse_day(args.today, "--today") if args.today else dt.date.today()
    store = open_store(args, create=False)
    try:
        card = svc.card(store, svc.find_customer(store, args.customer), today)
    finally:
        store.close()
    emit(args, _card_json(card, args.limit), _card_text(card, args.limit))
    return 0


def _fact_changes(args: argparse.Namespace) -> dict[str, Any]:
    from salesplanner.domain.card import split_short_names

    values: dict[str, Any] = {
        o: getattr(args, o) for o in FACT_OPTIONS if getattr(args, o, None) is not None
    }
    if args.short_names is not None:
        values["short_names"] = split_short_names(args.short_names)
    if args.priority is not None:
        values["priority"] = args.priority == "yes"
    if args.next_follow_up is not None:
        text = args.next_follow_up.strip().lower()
        values["next_follow_up"] = (
            None if text in ("", "none") else parse_day(text, "--next-follow-up")
        )
    return values


def cmd_edit(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc

    values = _fact_changes(args)
    if not values:
        raise UsageError("Say what to change: --name, --segment, --industry, --priority …")
    store = open_store(args, create=False)
    try:
        edited = svc.edit_customer(store, svc.find_customer(store, args.customer), values)
    finally:
        store.close()
    before, after = edited.before.values(), edited.after.values()
    changed = {k: {"before": before[k], "after": after[k]} for k in after if before[k] != after[k]}
    text = (
        f"Changed {edited.after.name}: {', '.join(changed)}."
        if changed
        else f"{edited.after.name} already reads so; nothing changed."
    )
    emit(args, {"id": edited.customer_id, "changed": changed}, text)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from salesplanner.domain.card import Facts
    from salesplanner.services import customers as svc

    facts = replace(Facts(name=args.name), **_fact_changes(args))
    store = open_store(args, create=False)
    try:
        created = svc.create_customer(store, facts)
    finally:
        store.close()
    emit(
        args,
        {"id": created.customer_id, "name": created.row["name"]},
        f"Made customer {created.row['name']} (#{created.customer_id}).",
    )
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc
    from salesplanner.store import customers as repo

    store = open_store(args, create=False)
    try:
        keep = svc.find_customer(store, args.keep)
        other = svc.find_customer(store, args.other)
        names = {keep: store.query("SELECT name FROM customers WHERE id = ?", (keep,))[0]["name"]}
        names[other] = store.query("SELECT name FROM customers WHERE id = ?", (other,))[0]["name"]
        if args.dry_run:
            if keep == other:
                raise svc.CustomerError("A customer cannot be merged with itself.")
            moved = repo.linked_ids(store, other)
        else:
            moved = svc.merge_customers(store, keep, other).moved
    finally:
        store.close()
    counts: dict[str, int] = {}
    for (table, _column), ids in moved.items():
        counts[table] = counts.get(table, 0) + len(ids)
    what = ", ".join(f"{n} {table}" for table, n in sorted(counts.items())) or "no records"
    verb = "Would move" if args.dry_run else "Moved"
    emit(
        args,
        {"keep": keep, "merged": other, "moved": counts, "dry_run": args.dry_run},
        f"{verb} {what} from {names[other]} to {names[keep]}"
        + ("." if args.dry_run else f"; {names[other]} is now a short name of it."),
    )
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc

    store = open_store(args, create=False)
    try:
        proposals = svc.merge_proposals(store)
    finally:
        store.close()
    data = [
        {"keep": p.keep, "keep_name": p.keep_name, "other": p.other, "other_name": p.other_name}
        for p in proposals
    ]
    lines = [f"{p.other_name} (#{p.other}) → {p.keep_name} (#{p.keep})" for p in proposals]
    emit(args, data, "\n".join(lines) or "No customer looks like another one.")
    return 0


def cmd_not_duplicates(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc

    store = open_store(args, create=False)
    try:
        first = svc.find_customer(store, args.first)
        second = svc.find_customer(store, args.second)
        rejected = svc.reject_merge(store, first, second)
    finally:
        store.close()
    emit(
        args,
        {"first": first, "second": second, "new": rejected.new},
        f"#{first} and #{second} are two companies; they are not proposed as duplicates again.",
    )
    return 0


# -- contacts -------------------------------------------------------------------------------------
def _contact_values(args: argparse.Namespace) -> dict[str, Any]:
    values = {o: getattr(args, o) for o in CONTACT_OPTIONS if getattr(args, o) is not None}
    if args.main:
        values["is_main"] = True
    return values


def _saved(args: argparse.Namespace, saved: Any, verb: str) -> int:
    c = saved.after
    emit(
        args,
        {"id": saved.contact_id, "customer_id": c.customer_id, **c.values()},
        f"{verb} contact {c.name} (#{saved.contact_id})"
        + (", the main one." if c.is_main else "."),
    )
    return 0


def cmd_contact_add(args: argparse.Namespace) -> int:
    from salesplanner.domain.card import Contact
    from salesplanner.services import customers as svc

    if not args.name:
        raise UsageError("Give the contact a name: --name.")
    store = open_store(args, create=False)
    try:
        customer_id = svc.find_customer(store, args.customer)
        saved = svc.add_contact(store, Contact(None, customer_id, **_contact_values(args)))
    finally:
        store.close()
    return _saved(args, saved, "Added")


def cmd_contact_edit(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc
    from salesplanner.store import customers as repo

    values = _contact_values(args)
    if not values:
        raise UsageError("Say what to change: --name, --title, --phone, --birthday, --main …")
    store = open_store(args, create=False)
    try:
        current = repo.contact(store, args.id)
        if current is None:
            raise svc.CustomerError("This contact no longer exists.")
        saved = svc.edit_contact(store, replace(current, **values))
    finally:
        store.close()
    return _saved(args, saved, "Saved")


def cmd_contact_remove(args: argparse.Namespace) -> int:
    from salesplanner.services import customers as svc

    store = open_store(args, create=False)
    try:
        removed = svc.remove_contact(store, args.id)
    finally:
        store.close()
    (row,) = removed.snapshot.rows["contacts"]
    emit(
        args,
        {
            "id": removed.contact_id,
            "promoted": removed.promoted,
            "unlinked": len(removed.snapshot.links),
        },
        f"Removed contact {row['name']} (#{removed.contact_id}).",
    )
    return 0
