"""The rep's own days off and hand-marked working days (table ``calendar_days``)."""

from __future__ import annotations

import datetime as dt

from salesplanner.store.db import Store


def days_of_kind(store: Store, kind: str = "off") -> dict[dt.date, str]:
    """Every hand-marked day of ``kind`` ('off' or 'work') → its note."""
    rows = store.execute(
        "SELECT date, note FROM calendar_days WHERE kind = ? ORDER BY date", (kind,)
    ).fetchall()
    return {dt.date.fromisoformat(d): note for d, note in rows}


def replace_days_of_kind(store: Store, days: dict[dt.date, str], kind: str = "off") -> bool:
    """Make the days of ``kind`` exactly ``days`` (date → note); True if anything changed.

    A day marked with the other kind is re-marked (one row per date).
    """
    if days_of_kind(store, kind) == days:
        return False
    with store.transaction():
        store.execute("DELETE FROM calendar_days WHERE kind = ?", (kind,))
        store.conn.executemany(
            "INSERT INTO calendar_days(date, kind, note) VALUES (?, ?, ?) "
            "ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, note = excluded.note",
            [(d.isoformat(), kind, note) for d, note in sorted(days.items())],
        )
    return True
