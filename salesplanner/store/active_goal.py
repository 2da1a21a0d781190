"""The active goal's row, without the goal domain (the Week pane needs only its id and dates
at start-up; ``store.goals`` builds the full ``Goal`` from the same row)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from salesplanner.store.db import Store


def active_goal_row(
    store: Store, on: dt.date | None = None, columns: str = "*"
) -> dict[str, Any] | None:
    """The active goal covering ``on`` (default today); else the latest active goal."""
    on = on or dt.date.today()
    rows = store.query(
        f"SELECT {columns} FROM goals WHERE status = 'active' AND start_date <= ? "
        "AND end_date >= ? ORDER BY updated_at DESC, id DESC LIMIT 1",
        (on.isoformat(), on.isoformat()),
    )
    if not rows:
        rows = store.query(
            f"SELECT {columns} FROM goals WHERE status = 'active' "
            "ORDER BY start_date DESC, id DESC LIMIT 1"
        )
    return rows[0] if rows else None
