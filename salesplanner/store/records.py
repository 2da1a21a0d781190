"""Repositories for the shared records: customers, deals (sales records), logged activities.

Reads return domain records from ``salesplanner.domain.records``; writes expect to run inside
the caller's ``store.transaction()`` (services own transactions).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.domain.money import to_fen
from salesplanner.domain.records import Activity, Customer, Deal
from salesplanner.domain.reminders import Person
from salesplanner.domain.week_log import LoggedRow
from salesplanner.store.db import Store


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# -- customers ----------------------------------------------------------------------------
def _customer(row: dict[str, Any]) -> Customer:
    return Customer(
        id=row["id"],
        name=row["name"],
        contact=row["contact"],
        phone=row["phone"],
        segment=row["segment"],
        region=row["region"],
        birthday=row["birthday"],
        priority=bool(row["priority"]),
        next_follow_up=_date(row["next_follow_up"]),
        notes=row["notes"],
    )


#: A customer with its main contact's name, phone and birthday (schema migration 9 moved them
#: from the company to the person; the company's own columns stay empty).
_WITH_MAIN = (
    "SELECT c.id, c.name, coalesce(nullif(c.contact, ''), m.name, '') AS contact, "
    "coalesce(nullif(c.phone, ''), m.phone, '') AS phone, c.segment, c.region, "
    "coalesce(c.birthday, m.birthday) AS birthday, c.priority, c.next_follow_up, c.notes "
    "FROM customers c LEFT JOIN contacts m ON m.customer_id = c.id AND m.is_main = 1"
)


def list_customers(store: Store) -> list[Customer]:
    return [_customer(r) for r in store.query(_WITH_MAIN + " ORDER BY c.name")]


def reminder_customers(
    store: Store, today: dt.date, followup_days: int, birthday_days: int
) -> list[Customer]:
    """The customers who may have a reminder due (``domain.reminders.due_reminders``): a
    follow-up due by ``today + followup_days`` or a birthday within ``birthday_days``. A
    superset: a birthday written unusually is included for ``due_reminders`` to judge."""
    month_days = {
        (today + dt.timedelta(days=i)).strftime("%m-%d") for i in range(birthday_days + 1)
    }
    if "02-28" in month_days:
        month_days.add("02-29")  # 29 February counts as the 28th in a common year
    marks = ", ".join("?" * len(month_days))
    return [
        _customer(r)
        for r in store.query(
            f"SELECT * FROM ({_WITH_MAIN}) WHERE next_follow_up <= ? "
            f"OR substr(trim(birthday), -5) IN ({marks}) "
            "OR trim(birthday) NOT GLOB '*[0-9][0-9]-[0-9][0-9]' ORDER BY name",
            ((today + dt.timedelta(days=followup_days)).isoformat(), *sorted(month_days)),
        )
    ]


def ensure_customer(store: Store, name: str) -> int:
    """The id of the customer with this name, adding a bare one if needed."""
    name = name.strip()
    row = store.execute("SELECT id FROM customers WHERE name = ?", (name,)).fetchone()
    if row:
        found: int = row[0]
        return found
    return store.insert("INSERT INTO customers(name) VALUES (?)", (name,))


def insert_customer(store: Store, c: Customer) -> int:
    return store.insert(
        "INSERT INTO customers(name, contact, phone, segment, region, birthday, priority, "
        "next_follow_up, notes) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            c.name.strip(),
            c.contact,
            c.phone,
            c.segment,
            c.region,
            c.birthday,
            int(c.priority),
            c.next_follow_up.isoformat() if c.next_follow_up else None,
            c.notes,
        ),
    )


# -- deals --------------------------------------------------------------------------------
def insert_deal(store: Store, d: Deal) -> int:
    customer_id = d.customer_id
    if customer_id is None and d.customer_name.strip():
        customer_id = ensure_customer(store, d.customer_name)
    return store.insert(
        "INSERT INTO deals(date, customer_id, amount_fen, product, quantity, unit_price_fen, rep, "
        "region, stage, note, contact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            d.date.isoformat(),
            customer_id,
            to_fen(d.amount),
            d.product,
            float(d.quantity) if d.quantity is not None else None,
            to_fen(d.unit_price) if d.unit_price is not None else None,
            d.rep,
            d.region,
            d.stage,
            d.note,
            d.contact_id,
        ),
    )


def delete_deal(store: Store, deal_id: int) -> None:
    store.execute("DELETE FROM deals WHERE id = ?", (deal_id,))


# -- activities ---------------------------------------------------------------------------
def insert_activity(store: Store, a: Activity) -> int:
    customer_id = a.customer_id
    if customer_id is None and a.customer_name.strip():
        customer_id = ensure_customer(store, a.customer_name)
    return store.insert(
        "INSERT INTO activities(date, activity_code, count, customer_id, outcome, amount_fen, "
        "deal_id, block_id, note, contact_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            a.date.isoformat(),
            a.code,
            a.count,
            customer_id,
            a.outcome,
            to_fen(a.amount) if a.amount is not None else None,
            a.deal_id,
            a.block_id,
            a.note,
            a.contact_id,
        ),
    )


def delete_activity(store: Store, activity_id: int) -> None:
    store.execute("DELETE FROM activities WHERE id = ?", (activity_id,))


def activity_counts(store: Store, start: dt.date, end: dt.date) -> dict[str, int]:
    """Logged counts per activity code between two dates (inclusive), aggregated in SQL."""
    rows = store.execute(
        "SELECT activity_code, SUM(count) FROM activities WHERE date BETWEEN ? AND ? "
        "GROUP BY activity_code",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {code: int(n) for code, n in rows}


def logged_rows(store: Store, start: dt.date, end: dt.date) -> list[LoggedRow]:
    """The activities logged between two dates (inclusive), in the order they were logged,
    with their customer's name: what the week calendar marks (one indexed query)."""
    rows = store.execute(
        "SELECT a.date, a.activity_code, a.count, coalesce(c.name, ''), a.outcome, a.block_id "
        "FROM activities a LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE a.date BETWEEN ? AND ? ORDER BY a.date, a.id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [
        LoggedRow(dt.date.fromisoformat(d), code, int(n), name, outcome, block)
        for d, code, n, name, outcome, block in rows
    ]


def contact_birthdays(store: Store, today: dt.date, birthday_days: int) -> list[Person]:
    """Contacts other than a customer's main one whose birthday may fall within
    ``birthday_days`` of ``today`` (a superset, as :func:`reminder_customers`)."""
    month_days = {
        (today + dt.timedelta(days=i)).strftime("%m-%d") for i in range(birthday_days + 1)
    }
    if "02-28" in month_days:
        month_days.add("02-29")
    marks = ", ".join("?" * len(month_days))
    rows = store.query(
        "SELECT k.id, k.customer_id, c.name AS customer, k.name, k.birthday, c.priority "
        "FROM contacts k JOIN customers c ON c.id = k.customer_id "
        f"WHERE k.is_main = 0 AND k.birthday IS NOT NULL AND trim(k.name) <> '' AND "
        f"(substr(trim(k.birthday), -5) IN ({marks}) "
        "OR trim(k.birthday) NOT GLOB '*[0-9][0-9]-[0-9][0-9]') ORDER BY c.name, k.name",
        tuple(sorted(month_days)),
    )
    return [
        Person(
            r["id"], r["customer_id"], r["customer"], r["name"], r["birthday"], bool(r["priority"])
        )
        for r in rows
    ]


def greeting_person(store: Store, customer_id: int | None) -> str:
    """The person to greet at a customer: its main contact's name ("" when none)."""
    if customer_id is None:
        return ""
    rows = store.query(_WITH_MAIN + " WHERE c.id = ?", (customer_id,))
    return (rows[0]["contact"] or "").strip() if rows else ""


def plan_is_empty(store: Store) -> bool:
    """No goal, no deal and no activity yet (EXISTS stops at the first row; COUNT(*) reads
    them all)."""
    row = store.execute(
        "SELECT EXISTS (SELECT 1 FROM goals) OR EXISTS (SELECT 1 FROM deals) "
        "OR EXISTS (SELECT 1 FROM activities)"
    ).fetchone()
    return not row[0]
