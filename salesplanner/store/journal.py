"""The journal's rows: everything logged (activities) and every sale no activity stands for.

One query, rows as plain tuples in :data:`COLUMNS` order (a year of a large plan is tens of
thousands of rows: no dict per row, and the customers' names are looked up from one small
dict rather than joined into every row). A sale logged as a contract appears once, as its activity
(with the sale's amount); a sale that came without an activity (an import of sales records)
appears as itself. Keys are ``"A<id>"`` for an activity and ``"D<id>"`` for a sale.

The date range goes through ``ix_activities_date`` / ``ix_deals_date``, "has no activity"
through ``ix_activities_deal`` (schema migration 7).
"""

from __future__ import annotations

import datetime as dt
import gc
from typing import Any

from salesplanner.store.db import Store

#: The columns of a journal row, in order.
COLUMNS = (
    "key",
    "date",  # ISO text
    "customer_id",  # the name comes from customer_names(): one lookup, not a join per row
    "code",  # activity type; a sale without an activity is a 'contract'
    "count",
    "outcome",
    "amount_fen",  # the sale's amount when the row stands for one, else the activity's
    "note",
    "imported",  # 1: came from an import, 0: logged in the app
    "deal_id",
    "contact_id",  # the person it was with; the name comes from contact_names()
)

SALE_CODE = "contract"

_ACTIVITIES = """
SELECT 'A' || a.id, a.date, a.customer_id, a.activity_code, a.count, a.outcome,
       coalesce(d.amount_fen, a.amount_fen), a.note, a.import_id IS NOT NULL, a.deal_id,
       coalesce(a.contact_id, d.contact_id)
FROM activities a
LEFT JOIN deals d ON d.id = a.deal_id
WHERE a.date BETWEEN :frm AND :to{where}
"""

_SALES = """
SELECT 'D' || d.id, d.date, d.customer_id, 'contract', 1, '', d.amount_fen, d.note,
       d.import_id IS NOT NULL, d.id, d.contact_id
FROM deals d
WHERE d.date BETWEEN :frm AND :to
  AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id){where}
"""


def rows(
    store: Store,
    frm: dt.date,
    to: dt.date,
    customer_id: int | None = None,
    code: str | None = None,
    outcome: str | None = None,
) -> list[tuple[Any, ...]]:
    """The journal between ``frm`` and ``to`` (inclusive), newest first.

    ``outcome`` matches as a part of the outcome text; a sale without an activity has no
    outcome, so it is left out when ``outcome`` is given."""
    params: dict[str, Any] = {"frm": frm.isoformat(), "to": to.isoformat()}
    where_a, where_d = "", ""
    if customer_id is not None:
        params["cid"] = customer_id
        where_a += " AND a.customer_id = :cid"
        where_d += " AND d.customer_id = :cid"
    if code is not None:
        params["code"] = code
        where_a += " AND a.activity_code = :code"
    if outcome:
        params["outcome"] = outcome
        where_a += " AND instr(a.outcome, :outcome) > 0"
    parts = [_ACTIVITIES.format(where=where_a)]
    if not outcome and code in (None, SALE_CODE):
        parts.append(_SALES.format(where=where_d))
    sql = " UNION ALL ".join(parts) + " ORDER BY 2 DESC, 1 DESC"
    # Tens of thousands of new tuples set off the cycle collector again and again (a third of
    # the time of a year); tuples of plain values make no cycles, so it waits until they are in.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return store.execute(sql, params).fetchall()
    finally:
        if collecting:
            gc.enable()


def activity_row(store: Store, activity_id: int) -> dict[str, Any] | None:
    found = store.query("SELECT * FROM activities WHERE id = ?", (activity_id,))
    return found[0] if found else None


def deal_row(store: Store, deal_id: int) -> dict[str, Any] | None:
    found = store.query("SELECT * FROM deals WHERE id = ?", (deal_id,))
    return found[0] if found else None


def deal_has_activity(store: Store, deal_id: int) -> bool:
    return (
        store.execute("SELECT 1 FROM activities WHERE deal_id = ? LIMIT 1", (deal_id,)).fetchone()
        is not None
    )


def update_row(store: Store, table: str, row_id: int, values: dict[str, Any]) -> None:
    """Set ``values`` (column → value) on one row of ``activities`` or ``deals``."""
    if table not in ("activities", "deals"):
        raise ValueError(f"not a journal table: {table}")
    if not values:
        return
    names = ", ".join(f'"{c}" = ?' for c in values)
    store.execute(f"UPDATE {table} SET {names} WHERE id = ?", (*values.values(), row_id))


def customer_names(store: Store) -> dict[int, str]:
    return dict(store.execute("SELECT id, name FROM customers").fetchall())


def contact_names(store: Store) -> dict[int, str]:
    return dict(store.execute("SELECT id, name FROM contacts").fetchall())


def customer_id_by_name(store: Store, name: str) -> int | None:
    found = store.execute("SELECT id FROM customers WHERE name = ?", (name,)).fetchone()
    return found[0] if found else None
