"""Read queries for Progress, diagnosis and the customers' 80/20: everything aggregated in SQL.

A pane asks for one period, never for every row:

* ``sales_by_day(store, start, end) -> {date: fen}`` and ``deal_stats(store, start, end)``.
* ``activity_by_day(store, start, end) -> {(date, code): count}`` (``GROUP BY date, code``).
* ``logged_codes(store, start, end) -> set[code]`` — which activity types the rep logs at all.
* ``latest_data_date(store, not_after)`` — the last day with a logged deal or activity.
* ``customer_revenue(store, start, end)`` — one row per customer: revenue, deals, last contact.
* ``set_priority(store, ids, flag)`` / ``priorities(store, ids)`` — the rep's priority mark.
"""

from __future__ import annotations

import datetime as dt

from salesplanner.domain.customers import CustomerRevenue
from salesplanner.store.db import Store


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def sales_by_day(store: Store, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    rows = store.execute(
        "SELECT date, SUM(amount_fen) FROM deals WHERE date BETWEEN ? AND ? GROUP BY date",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {dt.date.fromisoformat(d): int(v) for d, v in rows}


def deal_stats(store: Store, start: dt.date, end: dt.date) -> tuple[int, int]:
    """(number of won deals with an amount, their total in fen) between two dates."""
    n, total = store.execute(
        "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM deals "
        "WHERE date BETWEEN ? AND ? AND amount_fen > 0",
        (start.isoformat(), end.isoformat()),
    ).fetchone()
    return int(n), int(total)


def activity_by_day(store: Store, start: dt.date, end: dt.date) -> dict[tuple[dt.date, str], int]:
    rows = store.execute(
        "SELECT date, activity_code, SUM(count) FROM activities WHERE date BETWEEN ? AND ? "
        "GROUP BY date, activity_code",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {(dt.date.fromisoformat(d), c): int(n) for d, c, n in rows}


def logged_codes(store: Store, start: dt.date, end: dt.date) -> set[str]:
    """Activity codes with at least one logged row between two dates."""
    rows = store.execute(
        "SELECT DISTINCT activity_code FROM activities WHERE date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {r[0] for r in rows}


def latest_data_date(store: Store, not_after: dt.date | None = None) -> dt.date | None:
    """The most recent day (not after ``not_after``) with a logged deal or activity."""
    limit = (not_after or dt.date.max).isoformat()
    row = store.execute(
        "SELECT MAX(d) FROM (SELECT MAX(date) AS d FROM deals WHERE date <= ? "
        "UNION ALL SELECT MAX(date) FROM activities WHERE date <= ?)",
        (limit, limit),
    ).fetchone()
    return _d(row[0])


def customer_revenue(
    store: Store, start: dt.date | None, end: dt.date, contact_until: dt.date | None = None
) -> list[CustomerRevenue]:
    """Every customer with its revenue and deal count in [start, end] (start None: all history)
    and its last contact (a deal or a logged activity) up to ``contact_until`` (default end)."""
    s = (start or dt.date.min).isoformat()
    e = end.isoformat()
    c = (contact_until or end).isoformat()
    rows = store.execute(
        """
        SELECT c.id, c.name, c.segment, c.region, c.priority, c.next_follow_up,
               COALESCE(d.revenue, 0), COALESCE(d.n, 0),
               MAX(COALESCE((SELECT MAX(a.date) FROM activities a
                             WHERE a.customer_id = c.id AND a.date <= ?), ''),
                   COALESCE((SELECT MAX(x.date) FROM deals x
                             WHERE x.customer_id = c.id AND x.date <= ?), ''))
        FROM customers c
        LEFT JOIN (SELECT customer_id, SUM(amount_fen) AS revenue, COUNT(*) AS n FROM deals
                   WHERE date BETWEEN ? AND ? GROUP BY customer_id) d ON d.customer_id = c.id
        """,
        # The last contact per customer through the (customer_id, date) indexes: one index
        # probe each instead of grouping every activity (43 → 16 ms at ten years).
        (c, c, s, e),
    ).fetchall()
    return [
        CustomerRevenue(
            id=r[0],
            name=r[1],
            segment=r[2],
            region=r[3],
            priority=bool(r[4]),
            next_follow_up=_d(r[5]),
            revenue_fen=int(r[6]),
            deals=int(r[7]),
            last_contact=_d(r[8] or None),
        )
        for r in rows
    ]


def priorities(store: Store, ids: list[int]) -> dict[int, bool]:
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    rows = store.execute(f"SELECT id, priority FROM customers WHERE id IN ({marks})", tuple(ids))
    return {i: bool(p) for i, p in rows.fetchall()}


def set_priority(store: Store, flags: dict[int, bool]) -> None:
    store.conn.executemany(
        "UPDATE customers SET priority = ? WHERE id = ?",
        [(int(flag), cid) for cid, flag in flags.items()],
    )
