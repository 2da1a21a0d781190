"""Read-only SQL behind the plan workbook and CSV exports (goals are read directly here)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from salesplanner.errors import UserError
from salesplanner.store.db import Store


class UnknownTableError(UserError):
    pass


def plan_goal(store: Store, today: dt.date) -> dict[str, Any] | None:
    """The goal the workbook reports on: active and covering today, else the latest active one,
    else the latest that is not abandoned."""
    d = today.isoformat()
    for sql, params in (
        (
            "SELECT * FROM goals WHERE status = 'active' AND start_date <= ? AND end_date >= ? "
            "ORDER BY start_date DESC, id DESC LIMIT 1",
            (d, d),
        ),
        (
            "SELECT * FROM goals WHERE status = 'active' ORDER BY start_date DESC, id DESC LIMIT 1",
            (),
        ),
        ("SELECT * FROM goals WHERE status <> 'abandoned' ORDER BY id DESC LIMIT 1", ()),
    ):
        rows = store.query(sql, params)
        if rows:
            return rows[0]
    return None


def period_targets(store: Store, goal_id: int, level: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT start_date, end_date, target_fen FROM period_targets WHERE goal_id = ? "
        "AND level = ? "
        "ORDER BY start_date",
        (goal_id, level),
    )


def activity_targets(store: Store, goal_id: int, level: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT start_date, end_date, activity_code, target_count FROM activity_targets "
        "WHERE goal_id = ? AND level = ? ORDER BY start_date, activity_code",
        (goal_id, level),
    )


def sales_by_day(
    store: Store, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    sql = "SELECT date, sum(amount_fen) FROM deals"
    params: tuple[Any, ...] = ()
    if start and end:
        sql += " WHERE date BETWEEN ? AND ?"
        params = (start.isoformat(), end.isoformat())
    sql += " GROUP BY date"
    return {dt.date.fromisoformat(d): int(s) for d, s in store.execute(sql, params)}


def activities_by_day(store: Store, start: dt.date, end: dt.date) -> dict[tuple[dt.date, str], int]:
    rows = store.execute(
        "SELECT date, activity_code, sum(count) FROM activities WHERE date BETWEEN ? AND ? "
        "GROUP BY date, activity_code",
        (start.isoformat(), end.isoformat()),
    )
    return {(dt.date.fromisoformat(d), c): int(n) for d, c, n in rows}


def activity_types(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT code, name_zh, name_en, color FROM activity_types ORDER BY sort")


def iter_activities(store: Store) -> Iterator[tuple[Any, ...]]:
    """(date, code, count, customer, outcome, amount_fen, note, id) in date order."""
    yield from store.execute(
        "SELECT a.date, a.activity_code, a.count, coalesce(c.name, ''), a.outcome, a.amount_fen, "
        "a.note, a.id "
        "FROM activities a LEFT JOIN customers c ON c.id = a.customer_id ORDER BY a.date, a.id"
    )


def iter_deals(store: Store) -> Iterator[tuple[Any, ...]]:
    """(date, customer, product, quantity, unit_price_fen, amount_fen, rep, region, stage, note,
    id)."""
    yield from store.execute(
        "SELECT d.date, coalesce(c.name, ''), d.product, d.quantity, d.unit_price_fen, "
        "d.amount_fen, d.rep, "
        "d.region, d.stage, d.note, d.id FROM deals d LEFT JOIN customers c "
        "ON c.id = d.customer_id "
        "ORDER BY d.date, d.id"
    )


def count(store: Store, table: str) -> int:
    return int(store.execute(f"SELECT count(*) FROM {quote_table(store, table)}").fetchone()[0])


def customer_revenue(store: Store) -> list[dict[str, Any]]:
    """Revenue by customer; deals with no customer are left out, as the Customers pane does."""
    return store.query(
        "SELECT coalesce(c.name, '') AS name, sum(d.amount_fen) AS revenue_fen, count(*) AS deals, "
        "max(d.date) AS last_date FROM deals d JOIN customers c ON c.id = d.customer_id "
        "GROUP BY d.customer_id ORDER BY revenue_fen DESC, name"
    )


def time_blocks(store: Store, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    return store.query(
        "SELECT b.date, b.start_min, b.end_min, b.activity_code, b.note, b.done, coalesce(c.name, "
        "'') AS customer "
        "FROM time_blocks b LEFT JOIN customers c ON c.id = b.customer_id "
        "WHERE b.date BETWEEN ? AND ? ORDER BY b.date, b.start_min",
        (start.isoformat(), end.isoformat()),
    )


# -- any table, for CSV --------------------------------------------------------------------------
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def table_names(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def quote_table(store: Store, table: str) -> str:
    if not _NAME.match(table) or table not in table_names(store):
        raise UnknownTableError(
            f"There is no table “{table}”; tables: {', '.join(table_names(store))}."
        )
    return f'"{table}"'


def table_cursor(store: Store, table: str) -> sqlite3.Cursor:
    return store.execute(f"SELECT * FROM {quote_table(store, table)} ORDER BY rowid")


def records_cursor(store: Store, table: str, id_prefix: str, id_header: str) -> sqlite3.Cursor:
    """Deals or activities for CSV: the record ID (``id_prefix`` + id) first, then every column,
    then the customer's name (``customer``), so the file imports back into the same records."""
    if table not in ("deals", "activities"):
        raise ValueError(table)
    return store.execute(
        f'SELECT ? || t.id AS "{id_header.replace(chr(34), "")}", t.*, '
        "coalesce(c.name, '') AS customer "
        f"FROM {table} t LEFT JOIN customers c ON c.id = t.customer_id ORDER BY t.rowid",
        (id_prefix,),
    )
