"""Repository for the week calendar's planned time blocks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.domain.records import TimeBlock
from salesplanner.store.db import Store

_SELECT = (
    "SELECT b.*, COALESCE(c.name, '') AS customer_name FROM time_blocks b "
    "LEFT JOIN customers c ON c.id = b.customer_id "
)


def _block(row: dict[str, Any]) -> TimeBlock:
    return TimeBlock(
        id=row["id"],
        date=dt.date.fromisoformat(row["date"]),
        start_min=row["start_min"],
        end_min=row["end_min"],
        code=row["activity_code"],
        customer_id=row["customer_id"],
        customer_name=row["customer_name"],
        note=row["note"],
        planned_count=row["planned_count"],
        done=bool(row["done"]),
        opportunity_id=row["opportunity_id"],
        contact_id=row["contact_id"],
    )


def list_blocks(store: Store, start: dt.date, end: dt.date) -> list[TimeBlock]:
    """Blocks with ``start <= date <= end`` ordered by day and start time."""
    rows = store.query(
        _SELECT + "WHERE b.date BETWEEN ? AND ? ORDER BY b.date, b.start_min, b.id",
        (start.isoformat(), end.isoformat()),
    )
    return [_block(r) for r in rows]


def get_block(store: Store, block_id: int) -> TimeBlock | None:
    rows = store.query(_SELECT + "WHERE b.id = ?", (block_id,))
    return _block(rows[0]) if rows else None


def insert_block(store: Store, b: TimeBlock) -> int:
    """Insert ``b``; an explicit ``b.id`` is kept (undo re-creates a deleted block with its id)."""
    return store.insert(
        "INSERT INTO time_blocks(id, date, start_min, end_min, activity_code, customer_id, note, "
        "planned_count, done, opportunity_id, contact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            b.id,
            b.date.isoformat(),
            b.start_min,
            b.end_min,
            b.code,
            b.customer_id,
            b.note,
            b.planned_count,
            int(b.done),
            b.opportunity_id,
            b.contact_id,
        ),
    )


def update_block(store: Store, b: TimeBlock) -> None:
    store.execute(
        "UPDATE time_blocks SET date=?, start_min=?, end_min=?, activity_code=?, customer_id=?, "
        "note=?, planned_count=?, done=?, opportunity_id=?, contact_id=? WHERE id=?",
        (
            b.date.isoformat(),
            b.start_min,
            b.end_min,
            b.code,
            b.customer_id,
            b.note,
            b.planned_count,
            int(b.done),
            b.opportunity_id,
            b.contact_id,
            b.id,
        ),
    )


def delete_block(store: Store, block_id: int) -> None:
    store.execute("DELETE FROM time_blocks WHERE id = ?", (block_id,))
