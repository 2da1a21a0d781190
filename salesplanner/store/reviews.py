"""Repository for the weekly reviews (METHOD.md 4.5): one row per ISO week, keyed by its Monday."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from salesplanner.domain.records import WeeklyReview
from salesplanner.store.db import Store


def _review(row: dict[str, Any]) -> WeeklyReview:
    return WeeklyReview(
        id=row["id"],
        week_start=dt.date.fromisoformat(row["week_start"]),
        worked=row["worked"],
        obstacles=row["obstacles"],
        adjustments=row["adjustments"],
        help_needed=row["help_needed"],
        numbers=json.loads(row["numbers_json"] or "{}"),
    )


def get_review(store: Store, week_start: dt.date) -> WeeklyReview | None:
    rows = store.query(
        "SELECT * FROM weekly_reviews WHERE week_start = ?", (week_start.isoformat(),)
    )
    return _review(rows[0]) if rows else None


def list_reviews(store: Store, limit: int = 52) -> list[WeeklyReview]:
    """The most recent reviews, newest first."""
    return [
        _review(r)
        for r in store.query(
            "SELECT * FROM weekly_reviews ORDER BY week_start DESC LIMIT ?", (limit,)
        )
    ]


def put_review(store: Store, r: WeeklyReview) -> int:
    """Insert or replace the review of ``r.week_start`` (an explicit ``r.id`` is kept)."""
    values = (
        r.worked,
        r.obstacles,
        r.adjustments,
        r.help_needed,
        json.dumps(r.numbers, ensure_ascii=False, default=str),
    )
    existing = get_review(store, r.week_start)
    if existing is not None and existing.id is not None:  # a stored review has its id
        store.execute(
            "UPDATE weekly_reviews SET worked=?, obstacles=?, adjustments=?, help_needed=?, "
            "numbers_json=?, updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?",
            (*values, existing.id),
        )
        return existing.id
    return store.insert(
        "INSERT INTO weekly_reviews(id, week_start, worked, obstacles, adjustments, help_needed, "
        "numbers_json) VALUES (?,?,?,?,?,?,?)",
        (r.id, r.week_start.isoformat(), *values),
    )


def delete_review(store: Store, week_start: dt.date) -> None:
    store.execute("DELETE FROM weekly_reviews WHERE week_start = ?", (week_start.isoformat(),))
