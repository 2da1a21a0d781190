"""A customer's next follow-up date (``customers.next_follow_up``), read and written alone:
logging an activity can set it in the same step (issue 13 §2)."""

from __future__ import annotations

import datetime as dt

from salesplanner.store.db import Store


def next_follow_up(store: Store, customer_id: int) -> dt.date | None:
    row = store.execute(
        "SELECT next_follow_up FROM customers WHERE id = ?", (customer_id,)
    ).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def set_next_follow_up(store: Store, customer_id: int, day: dt.date | None) -> None:
    store.execute(
        "UPDATE customers SET next_follow_up = ? WHERE id = ?",
        (day.isoformat() if day else None, customer_id),
    )


def customer_names(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every customer: what the quick-entry bar completes."""
    return [(r[0], r[1]) for r in store.execute("SELECT id, name FROM customers")]


def contact_names(store: Store) -> list[tuple[int, int, str]]:
    """(contact id, customer id, name) of every contact, when the store has contacts."""
    columns = {r[1] for r in store.execute("PRAGMA table_info(contacts)")}
    if not {"id", "customer_id", "name"} <= columns:  # no contacts (yet) in this file
        return []
    return [(r[0], r[1], r[2]) for r in store.execute("SELECT id, customer_id, name FROM contacts")]
