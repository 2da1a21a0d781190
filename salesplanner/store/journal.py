"""The journal's rows: everything logged (activities) and every sale no activity stands for.

A year of a large plan is ~20,000 rows, and a table shows a screenful, so the journal is read in
two steps. :func:`order` returns the entries' ids in the order asked (one int each, straight off
``ix_activities_journal`` for the newest-first order) and :func:`sales_fen` their sales total,
both computed in SQL; :func:`rows_by_id` then reads the few rows the screen shows, as plain
tuples in :data:`COLUMNS` order. A sale logged as a contract appears once, as its activity (with
the sale's amount); a sale that came without an activity (an import of sales records) appears as
itself. An entry's id is the activity's id, or minus the sale's id; its key (what the rep and
the command line see) is ``"A<id>"`` for an activity and ``"D<id>"`` for a sale.

The customers' names are looked up from one small dict rather than joined into every row.
"""

from __future__ import annotations

import datetime as dt
import gc
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
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

#: What the journal can be sorted by (besides its default, the date).
SORTS = ("date", "customer", "type", "count", "outcome", "amount", "note", "source")


@dataclass(frozen=True)
class Filter:
    """Which entries: the days ``frm`` … ``to`` (inclusive), and optionally one customer, one
    activity type, a part of the outcome text (a sale without an activity has no outcome, so it
    is left out when ``outcome`` is given)."""

    frm: dt.date
    to: dt.date
    customer_id: int | None = None
    code: str | None = None
    outcome: str | None = None

    def sql(self) -> tuple[dict[str, Any], str, str | None]:
        """(parameters, the activities' extra WHERE, the sales' extra WHERE or None when no
        sale without an activity can match)."""
        params: dict[str, Any] = {"frm": self.frm.isoformat(), "to": self.to.isoformat()}
        where_a, where_d = "", ""
        if self.customer_id is not None:
            params["cid"] = self.customer_id
            where_a += " AND a.customer_id = :cid"
            where_d += " AND d.customer_id = :cid"
        if self.code is not None:
            params["code"] = self.code
            where_a += " AND a.activity_code = :code"
        if self.outcome:
            params["outcome"] = self.outcome
            where_a += " AND instr(a.outcome, :outcome) > 0"
        sales = not self.outcome and self.code in (None, SALE_CODE)
        return params, where_a, (where_d if sales else None)


_IN_RANGE_A = "FROM activities a{join} WHERE a.date BETWEEN :frm AND :to{where}"
_IN_RANGE_D = (
    "FROM deals d{join} WHERE d.date BETWEEN :frm AND :to"
    " AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id){where}"
)

#: the value each sort orders by: (for an activity, for a sale without one, the joins it needs)
_SORT_SQL = {
    "customer": ("c.name", "c.name", "customer"),
    "type": ("instr(:codes, ',' || a.activity_code || ',')", "instr(:codes, ',contract,')", ""),
    "count": ("a.count", "1", ""),
    "outcome": ("a.outcome", "''", ""),
    "amount": ("coalesce(s.amount_fen, a.amount_fen, -1)", "d.amount_fen", "sale"),
    "note": ("a.note", "d.note", ""),
    "source": ("a.import_id IS NOT NULL", "d.import_id IS NOT NULL", ""),
}


def key_of(entry_id: int) -> str:
    """The key the rep sees for an entry id: ``A12`` an activity, ``D7`` a sale."""
    return f"A{entry_id}" if entry_id > 0 else f"D{-entry_id}"


def id_of(key: str) -> int | None:
    """The entry id of a key (None for text that is not one)."""
    text = str(key).strip().upper()
    if len(text) > 1 and text[0] in "AD" and text[1:].isdigit():
        return int(text[1:]) if text[0] == "A" else -int(text[1:])
    return None


def _hint(where: Filter) -> str:
    if where.code is not None and where.customer_id is None:
        return " INDEXED BY ix_activities_date"  # (date, code): finds the type without the table
    return ""


def listing(store: Store, where: Filter) -> tuple[list[int], int]:
    """The entry ids that match ``where``, newest first (a day's sales before its activities,
    newer ids first), and their sales total (fen).

    The activities come in index order; the sales without an activity are merged in."""
    params, where_a, where_d = where.sql()
    hint = _hint(where)
    order_a = " ORDER BY a.date DESC, a.id DESC"
    if where.outcome:  # the table is read for the outcome anyway: the sales in the same pass
        sql = "SELECT a.id, s.amount_fen " + _IN_RANGE_A.format(
            join=hint + " LEFT JOIN deals s ON s.id = a.deal_id", where=where_a
        )
        found = store.execute(sql + order_a, params).fetchall()
        total = sum(r[1] for r in found if r[1] is not None)
        return [r[0] for r in found], total
    total = sales_fen(store, where, hint)
    sales: list[tuple[Any, ...]] = []
    if where_d is not None:
        sql_d = "SELECT d.date, -d.id, d.amount_fen " + _IN_RANGE_D.format(join="", where=where_d)
        sales = store.execute(sql_d + " ORDER BY d.date DESC, d.id DESC", params).fetchall()
    sql_a = "SELECT {cols} " + _IN_RANGE_A.format(join=hint, where=where_a) + order_a
    if not sales:
        return [r[0] for r in store.execute(sql_a.format(cols="a.id"), params)], total
    activities = store.execute(sql_a.format(cols="a.date, a.id"), params).fetchall()
    # a day's sales first (a stable merge: the first iterable wins a tie)
    merged = heapq.merge(sales, activities, key=lambda r: r[0], reverse=True)
    return [r[1] for r in merged], total


def order(
    store: Store,
    where: Filter,
    sort: str = "date",
    descending: bool = True,
    type_order: Sequence[str] = (),
) -> list[int]:
    """The entry ids that match ``where``, in the order asked.

    By date (the default) as :func:`listing` gives them, or oldest first; by another column,
    its value decides and the newest-first order breaks ties. ``type_order`` lists the
    activity codes in the order the "type" sort puts them (the rep's labels sorted)."""
    if sort == "date":
        ids = listing(store, where)[0]
        return ids if descending else ids[::-1]
    if sort not in _SORT_SQL:
        raise ValueError(f"not a journal sort: {sort}")
    params, where_a, where_d = where.sql()
    value_a, value_d, join = _SORT_SQL[sort]
    if sort == "type":
        params["codes"] = "," + ",".join(type_order) + ","
    join_a = join_d = ""
    if join == "customer":
        join_a = " LEFT JOIN customers c ON c.id = a.customer_id"
        join_d = " LEFT JOIN customers c ON c.id = d.customer_id"
    elif join == "sale":
        join_a = " LEFT JOIN deals s ON s.id = a.deal_id"
    parts = [
        f"SELECT a.id AS sid, a.date AS day, 0 AS kind, {value_a} AS k "
        + _IN_RANGE_A.format(join=join_a, where=where_a)
    ]
    if where_d is not None:
        parts.append(
            f"SELECT -d.id, d.date, 1, {value_d} " + _IN_RANGE_D.format(join=join_d, where=where_d)
        )
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT sid FROM (" + " UNION ALL ".join(parts) + ") "
        f"ORDER BY k {direction}, day DESC, kind DESC, abs(sid) DESC"
    )
    return [r[0] for r in store.execute(sql, params)]


def sales_fen(store: Store, where: Filter, hint: str = "") -> int:
    """The sales among the entries that match ``where`` (fen): the sales their activities stand
    for (``ix_activities_journal`` holds which), and the sales without an activity."""
    params, where_a, where_d = where.sql()
    sql = "SELECT coalesce(sum(d.amount_fen), 0) " + _IN_RANGE_A.format(
        join=hint + " JOIN deals d ON d.id = a.deal_id", where=where_a
    )
    total = store.execute(sql, params).fetchone()[0]
    if where_d is not None:
        sql = "SELECT coalesce(sum(d.amount_fen), 0) " + _IN_RANGE_D.format(join="", where=where_d)
        total += store.execute(sql, params).fetchone()[0]
    return int(total)


_COLUMNS_A = """
SELECT 'A' || a.id, a.date, a.customer_id, a.activity_code, a.count, a.outcome,
       coalesce(s.amount_fen, a.amount_fen), a.note, a.import_id IS NOT NULL, a.deal_id,
       coalesce(a.contact_id, s.contact_id)
"""
_COLUMNS_D = """
SELECT 'D' || d.id, d.date, d.customer_id, 'contract', 1, '', d.amount_fen, d.note,
       d.import_id IS NOT NULL, d.id, d.contact_id
"""
_ROWS_A = (
    _COLUMNS_A
    + """
FROM activities a
LEFT JOIN deals s ON s.id = a.deal_id
WHERE a.id IN ({marks})
"""
)
_ROWS_D = (
    _COLUMNS_D
    + """
FROM deals d
WHERE d.id IN ({marks})
"""
)


def listing_rows(store: Store, where: Filter) -> list[tuple[Any, ...]]:
    """Every row (:data:`COLUMNS`) that matches ``where``, in :func:`listing`'s order, in one
    query: what the command line prints (the pane reads pages instead)."""
    params, where_a, where_d = where.sql()
    hint = _hint(where)
    sql_a = _COLUMNS_A + _IN_RANGE_A.format(
        join=hint + " LEFT JOIN deals s ON s.id = a.deal_id", where=where_a
    )
    # Tens of thousands of new tuples set off the cycle collector again and again; tuples of
    # plain values make no cycles, so it waits until they are in.
    collecting = gc.isenabled()
    gc.disable()
    try:
        activities = store.execute(sql_a + " ORDER BY a.date DESC, a.id DESC", params).fetchall()
        if where_d is None:
            return activities
        sql_d = _COLUMNS_D + _IN_RANGE_D.format(join="", where=where_d)
        sales = store.execute(sql_d + " ORDER BY d.date DESC, d.id DESC", params).fetchall()
    finally:
        if collecting:
            gc.enable()
    if not sales:
        return activities
    return list(heapq.merge(sales, activities, key=lambda r: r[1], reverse=True))


_CHUNK = 500  # ids per IN (…): well under SQLite's limit on parameters


def rows_by_id(store: Store, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The journal rows (:data:`COLUMNS`) of entry ids, by id; an id gone since is left out."""
    found: dict[int, tuple[Any, ...]] = {}
    activities = [i for i in ids if i > 0]
    sales = [-i for i in ids if i < 0]
    for sql, wanted, sign in ((_ROWS_A, activities, 1), (_ROWS_D, sales, -1)):
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            cursor = store.execute(sql.format(marks=",".join("?" * len(chunk))), tuple(chunk))
            for row in cursor:
                found[sign * int(row[0][1:])] = row
    return found


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
