"""The customer card's rows: a customer's facts, its contacts, its timeline, and the moves a
merge of two customers makes (issue 13.1).

Writes expect the caller's ``store.transaction()`` (services own transactions). The tables that
point at a customer are read from the schema (every foreign key to ``customers``), so a merge
moves the records of a table added later too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.domain.card import CONTACT_FIELDS, FACT_FIELDS, Contact, Facts, TimelineItem
from salesplanner.store.db import Store
from salesplanner.store.import_removal import foreign_keys

#: The customers columns a card edits, in Facts order (short names one a line).
FACT_COLUMNS = FACT_FIELDS


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _facts(row: dict[str, Any]) -> Facts:
    return Facts(
        name=row["name"],
        short_names=tuple(s for s in row["short_names"].split("\n") if s),
        segment=row["segment"],
        industry=row["industry"],
        region=row["region"],
        address=row["address"],
        source=row["source"],
        priority=bool(row["priority"]),
        notes=row["notes"],
        next_follow_up=_date(row["next_follow_up"]),
    )


def _fact_values(f: Facts) -> tuple[Any, ...]:
    return (
        f.name.strip(),
        "\n".join(s.strip() for s in f.short_names if s.strip()),
        f.segment.strip(),
        f.industry.strip(),
        f.region.strip(),
        f.address.strip(),
        f.source.strip(),
        int(f.priority),
        f.notes,
        f.next_follow_up.isoformat() if f.next_follow_up else None,
    )


# -- customers --------------------------------------------------------------------------------
def customer_row(store: Store, customer_id: int) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM customers WHERE id = ?", (customer_id,))
    return rows[0] if rows else None


def facts(store: Store, customer_id: int) -> tuple[Facts, dt.date | None] | None:
    """The customer's facts and the day it was added, or None for no such customer."""
    row = customer_row(store, customer_id)
    return None if row is None else (_facts(row), _date(row["created_at"]))


def write_facts(store: Store, customer_id: int, f: Facts) -> None:
    sets = ", ".join(f"{c} = ?" for c in FACT_COLUMNS)
    store.execute(f"UPDATE customers SET {sets} WHERE id = ?", (*_fact_values(f), customer_id))


def insert_customer(store: Store, f: Facts) -> int:
    marks = ", ".join("?" for _ in FACT_COLUMNS)
    return store.insert(
        f"INSERT INTO customers ({', '.join(FACT_COLUMNS)}) VALUES ({marks})", _fact_values(f)
    )


def name_owner(store: Store, name: str) -> int | None:
    """The id of the customer called ``name`` (exactly, spaces at the ends aside)."""
    row = store.execute("SELECT id FROM customers WHERE name = ?", (name.strip(),)).fetchone()
    return None if row is None else int(row[0])


def put_row(store: Store, table: str, row: dict[str, Any]) -> None:
    """Insert ``row`` (every column, its id included) back into ``table``."""
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    store.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values()))


def set_row(store: Store, table: str, row: dict[str, Any]) -> None:
    """Write every column of ``row`` over the row with its id."""
    sets = ", ".join(f'"{c}" = ?' for c in row if c != "id")
    values = tuple(v for c, v in row.items() if c != "id")
    store.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*values, row["id"]))


def delete_customer(store: Store, customer_id: int) -> None:
    store.execute("DELETE FROM customers WHERE id = ?", (customer_id,))


def id_names(store: Store) -> list[tuple[int, str]]:
    return [(int(r[0]), r[1]) for r in store.execute("SELECT id, name FROM customers")]


def record_counts(store: Store) -> dict[int, int]:
    """Sales, activities and opportunities per customer (which of two duplicates to keep)."""
    counts: dict[int, int] = {}
    for table in ("deals", "activities", "opportunities"):
        for cid, n in store.execute(
            f"SELECT customer_id, count(*) FROM {table} WHERE customer_id IS NOT NULL "
            "GROUP BY customer_id"
        ):
            counts[cid] = counts.get(cid, 0) + n
    return counts


# -- contacts ---------------------------------------------------------------------------------
def _contact(row: dict[str, Any]) -> Contact:
    return Contact(
        id=row["id"],
        customer_id=row["customer_id"],
        name=row["name"],
        title=row["title"],
        phone=row["phone"],
        wechat=row["wechat"],
        email=row["email"],
        birthday=row["birthday"],
        notes=row["notes"],
        is_main=bool(row["is_main"]),
    )


def contacts(store: Store, customer_id: int) -> list[Contact]:
    """The customer's contacts, the main one first, then in the order they were added."""
    return [
        _contact(r)
        for r in store.query(
            "SELECT * FROM contacts WHERE customer_id = ? ORDER BY is_main DESC, id",
            (customer_id,),
        )
    ]


def contact(store: Store, contact_id: int) -> Contact | None:
    rows = store.query("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    return _contact(rows[0]) if rows else None


def _contact_values(c: Contact) -> tuple[Any, ...]:
    return (
        c.name.strip(),
        c.title.strip(),
        c.phone.strip(),
        c.wechat.strip(),
        c.email.strip(),
        (c.birthday or "").strip() or None,
        c.notes,
        int(c.is_main),
    )


def clear_main(store: Store, customer_id: int) -> int | None:
    """Make no contact of the customer the main one; returns the one that was."""
    row = store.execute(
        "SELECT id FROM contacts WHERE customer_id = ? AND is_main = 1", (customer_id,)
    ).fetchone()
    if row is None:
        return None
    store.execute("UPDATE contacts SET is_main = 0 WHERE id = ?", (row[0],))
    return int(row[0])


def set_main(store: Store, contact_id: int | None) -> None:
    if contact_id is not None:
        store.execute("UPDATE contacts SET is_main = 1 WHERE id = ?", (contact_id,))


def insert_contact(store: Store, c: Contact) -> int:
    marks = ", ".join("?" for _ in CONTACT_FIELDS)
    return store.insert(
        f"INSERT INTO contacts (customer_id, {', '.join(CONTACT_FIELDS)}) VALUES (?, {marks})",
        (c.customer_id, *_contact_values(c)),
    )


def update_contact(store: Store, c: Contact) -> None:
    sets = ", ".join(f"{f} = ?" for f in CONTACT_FIELDS)
    store.execute(f"UPDATE contacts SET {sets} WHERE id = ?", (*_contact_values(c), c.id))


def first_contact(store: Store, customer_id: int) -> int | None:
    row = store.execute(
        "SELECT id FROM contacts WHERE customer_id = ? ORDER BY id LIMIT 1", (customer_id,)
    ).fetchone()
    return None if row is None else int(row[0])


# -- the card's figures and timeline --------------------------------------------------------------
def revenues(store: Store, start: dt.date, end: dt.date) -> list[tuple[int, str, int]]:
    """(id, name, revenue in fen from ``start`` to ``end``) of every customer."""
    return [
        (int(r[0]), r[1], int(r[2]))
        for r in store.execute(
            "SELECT c.id, c.name, coalesce(d.revenue, 0) FROM customers c LEFT JOIN "
            "(SELECT customer_id, sum(amount_fen) AS revenue FROM deals "
            " WHERE date BETWEEN ? AND ? GROUP BY customer_id) d ON d.customer_id = c.id",
            (start.isoformat(), end.isoformat()),
        )
    ]


def last_contact(store: Store, customer_id: int, until: dt.date) -> dt.date | None:
    """The last day a sale or a logged activity touched the customer, up to ``until``."""
    (day,) = store.execute(
        "SELECT max(coalesce((SELECT max(date) FROM activities WHERE customer_id = :c "
        "AND date <= :u), ''), coalesce((SELECT max(date) FROM deals WHERE customer_id = :c "
        "AND date <= :u), ''))",
        {"c": customer_id, "u": until.isoformat()},
    ).fetchone()
    return _date(day or None)


def timeline(store: Store, customer_id: int, names: tuple[str, ...]) -> list[TimelineItem]:
    """Activities, sales no activity stands for, opportunities and the weekly reviews naming
    the customer (by any of ``names``), newest first."""
    items: list[TimelineItem] = []
    people = dict(
        store.execute("SELECT id, name FROM contacts WHERE customer_id = ?", (customer_id,))
    )
    for r in store.execute(
        "SELECT a.id, a.date, a.activity_code, a.count, a.outcome, a.note, "
        "coalesce(d.amount_fen, a.amount_fen), a.contact_id FROM activities a "
        "LEFT JOIN deals d ON d.id = a.deal_id WHERE a.customer_id = ?",
        (customer_id,),
    ):
        text = " · ".join(t for t in (r[4], r[5]) if t)
        items.append(
            TimelineItem(
                dt.date.fromisoformat(r[1]),
                "activity",
                r[0],
                r[2],
                text,
                r[6],
                r[3],
                people.get(r[7], ""),
            )
        )
    for r in store.execute(
        "SELECT d.id, d.date, d.amount_fen, d.product, d.note, d.contact_id FROM deals d "
        "WHERE d.customer_id = ? AND NOT EXISTS (SELECT 1 FROM activities x "
        "WHERE x.deal_id = d.id AND x.customer_id IS d.customer_id)",
        (customer_id,),
    ):
        text = " · ".join(t for t in (r[3], r[4]) if t)
        items.append(
            TimelineItem(
                dt.date.fromisoformat(r[1]), "sale", r[0], "", text, r[2], 1, people.get(r[5], "")
            )
        )
    for r in store.execute(
        "SELECT id, created, closed, stage, title, amount_fen, outcome, next_step "
        "FROM opportunities WHERE customer_id = ?",
        (customer_id,),
    ):
        day = r[2] or r[1]
        text = " · ".join(t for t in (r[4], r[7]) if t)
        items.append(
            TimelineItem(
                dt.date.fromisoformat(day), "opportunity", r[0], r[3], text, r[5], outcome=r[6]
            )
        )
    wanted = [n for n in names if len(n.strip()) >= 2]
    if wanted:
        cond = " OR ".join(
            "instr(worked || obstacles || adjustments || help_needed, ?) > 0" for _ in wanted
        )
        for r in store.execute(
            f"SELECT id, week_start, worked, obstacles, adjustments, help_needed "
            f"FROM weekly_reviews WHERE {cond}",
            tuple(wanted),
        ):
            items.append(
                TimelineItem(
                    dt.date.fromisoformat(r[1]),
                    "review",
                    r[0],
                    text=_mention(" \n".join(r[2:]), wanted),
                )
            )
    items.sort(key=lambda i: (i.date, i.kind != "review", i.ref), reverse=True)
    return items


def _mention(text: str, names: list[str]) -> str:
    """The line of a review that names the customer (at most 120 characters)."""
    for line in text.splitlines():
        if any(n in line for n in names):
            line = line.strip()
            return line if len(line) <= 120 else line[:119] + "…"
    return ""


# -- merging ----------------------------------------------------------------------------------
def customer_links(store: Store) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to a customer."""
    return [(k.table, k.column) for k in foreign_keys(store) if k.parent == "customers"]


def linked_ids(store: Store, customer_id: int) -> dict[tuple[str, str], list[int]]:
    """The rows of each table that point at the customer, by (table, column)."""
    found: dict[tuple[str, str], list[int]] = {}
    for table, column in customer_links(store):
        ids = [
            int(r[0])
            for r in store.execute(
                f'SELECT id FROM "{table}" WHERE "{column}" = ? ORDER BY id', (customer_id,)
            )
        ]
        if ids:
            found[(table, column)] = ids
    return found


def repoint(store: Store, table: str, column: str, ids: list[int], customer_id: int) -> None:
    for k in range(0, len(ids), 500):
        part = ids[k : k + 500]
        marks = ",".join("?" for _ in part)
        store.execute(
            f'UPDATE "{table}" SET "{column}" = ? WHERE id IN ({marks})', (customer_id, *part)
        )
