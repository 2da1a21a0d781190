"""The customer card's rows: a customer's facts, its contacts, its timeline, and the moves a
merge of two customers makes (issue 13.1).

Writes expect the caller's ``store.transaction()`` (services own transactions). The tables that
point at a customer are read from the schema (every foreign key to ``customers``), so a merge
moves the records of a table added later too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.domain.card import CONTACT_FIELDS, FACT_FIELDS, Contact, Facts, Person
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


def contact_of(store: Store, contact_id: int, customer_id: int | None) -> bool:
    """Whether the contact is one of the customer's people."""
    found = store.execute(
        "SELECT 1 FROM contacts WHERE id = ? AND customer_id IS ?", (contact_id, customer_id)
    ).fetchone()
    return found is not None


def people(store: Store) -> dict[str, list[Person]]:
    """Every customer's contacts by the customer's name, the main one first."""
    found: dict[str, list[Person]] = {}
    for customer, cid, name, main in store.execute(
        "SELECT c.name, k.id, k.name, k.is_main FROM contacts k "
        "JOIN customers c ON c.id = k.customer_id ORDER BY c.name, k.is_main DESC, k.id"
    ):
        found.setdefault(customer, []).append(Person(cid, name, bool(main)))
    return found


def own_contact(store: Store, contact_id: int | None, customer_id: int | None) -> int | None:
    """``contact_id`` when it is one of the customer's people, else None (a record names only a
    person of its own customer: the customer changed, or the contact was removed)."""
    if contact_id is None or customer_id is None:
        return None
    return contact_id if contact_of(store, contact_id, customer_id) else None


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


#: One row of a timeline, newest first: (date ISO, kind, id, code, text, amount_fen, count,
#: contact name, outcome) — ``domain.card.Timeline`` makes a TimelineItem of a row when read.
_TIMELINE = """
SELECT a.date, 'activity', a.id, a.activity_code,
       CASE WHEN a.outcome <> '' AND a.note <> '' THEN a.outcome || ' · ' || a.note
            ELSE a.outcome || a.note END,
       coalesce(d.amount_fen, a.amount_fen), a.count, coalesce(p.name, ''), ''
FROM activities a LEFT JOIN deals d ON d.id = a.deal_id
LEFT JOIN contacts p ON p.id = a.contact_id
WHERE a.customer_id = :c
UNION ALL
SELECT d.date, 'sale', d.id, '',
       CASE WHEN d.product <> '' AND d.note <> '' THEN d.product || ' · ' || d.note
            ELSE d.product || d.note END,
       d.amount_fen, 1, coalesce(p.name, ''), ''
FROM deals d LEFT JOIN contacts p ON p.id = d.contact_id
WHERE d.customer_id = :c AND NOT EXISTS (SELECT 1 FROM activities x
      WHERE x.deal_id = d.id AND x.customer_id IS d.customer_id)
UNION ALL
SELECT coalesce(o.closed, o.created), 'opportunity', o.id, o.stage,
       CASE WHEN o.title <> '' AND o.next_step <> '' THEN o.title || ' · ' || o.next_step
            ELSE o.title || o.next_step END,
       o.amount_fen, 1, coalesce(p.name, ''), o.outcome
FROM opportunities o LEFT JOIN contacts p ON p.id = o.contact_id
WHERE o.customer_id = :c
ORDER BY 1 DESC, 3 DESC
"""


def timeline(store: Store, customer_id: int, names: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Activities, sales no activity stands for, opportunities and the weekly reviews naming
    the customer (by any of ``names``), newest first, as raw rows (see ``_TIMELINE``); a
    review comes before the other entries of its day."""
    rows = store.execute(_TIMELINE, {"c": customer_id}).fetchall()
    wanted = [n for n in names if len(n.strip()) >= 2]
    if not wanted:
        return rows
    cond = " OR ".join(
        "instr(worked || obstacles || adjustments || help_needed, ?) > 0" for _ in wanted
    )
    reviews = [
        (r[1], "review", r[0], "", _mention(" \n".join(r[2:]), wanted), None, 1, "", "")
        for r in store.execute(
            f"SELECT id, week_start, worked, obstacles, adjustments, help_needed "
            f"FROM weekly_reviews WHERE {cond}",
            tuple(wanted),
        )
    ]
    for review in sorted(reviews, key=lambda r: (r[0], r[2])):
        # newest first: before the first row of an earlier (or the same) day
        at = next((i for i, r in enumerate(rows) if r[0] <= review[0]), len(rows))
        rows.insert(at, review)
    return rows


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


def reminder_states_of(store: Store, customer_id: int) -> list[dict[str, Any]]:
    """The snoozed or done reminders of a customer: follow-ups and birthdays, whose keys name
    it (``followup:<id>:<date>``, ``birthday:<id>:<year>[:<contact>]``)."""
    return [
        r
        for r in store.query("SELECT * FROM reminder_state ORDER BY key")
        if reminder_customer(r["key"]) == customer_id
    ]


def reminder_customer(key: str) -> int | None:
    parts = key.split(":")
    if len(parts) >= 3 and parts[0] in ("followup", "birthday") and parts[1].isdigit():
        return int(parts[1])
    return None


def reminder_key_for(key: str, customer_id: int) -> str:
    """The same reminder's key for another customer."""
    kind, _old, rest = key.split(":", 2)
    return f"{kind}:{customer_id}:{rest}"


def has_reminder_state(store: Store, key: str) -> bool:
    return (
        store.execute("SELECT 1 FROM reminder_state WHERE key = ?", (key,)).fetchone() is not None
    )


def rename_reminder_states(store: Store, renamed: list[tuple[str, str]]) -> None:
    store.conn.executemany(
        "UPDATE reminder_state SET key = ? WHERE key = ?", [(new, old) for old, new in renamed]
    )


def delete_reminder_states(store: Store, keys: list[str]) -> None:
    store.conn.executemany("DELETE FROM reminder_state WHERE key = ?", [(k,) for k in keys])


# -- merge proposals the rep turned down ------------------------------------------------------
def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def reject_pair(store: Store, a: int, b: int) -> bool:
    """Remember that ``a`` and ``b`` are two companies; False when already remembered."""
    cur = store.execute(
        "INSERT OR IGNORE INTO merge_rejections (first_id, second_id) VALUES (?, ?)", _pair(a, b)
    )
    return cur.rowcount > 0


def unreject_pair(store: Store, a: int, b: int) -> None:
    store.execute("DELETE FROM merge_rejections WHERE first_id = ? AND second_id = ?", _pair(a, b))


def rejected_pairs(store: Store) -> set[tuple[int, int]]:
    return {
        (int(r[0]), int(r[1]))
        for r in store.execute("SELECT first_id, second_id FROM merge_rejections")
    }


def put_reminder_state(store: Store, row: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO reminder_state (key, snoozed_until, done_at) VALUES (?, ?, ?)",
        (row["key"], row["snoozed_until"], row["done_at"]),
    )
