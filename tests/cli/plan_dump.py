"""A plan file's rows and schema as text, to compare before and after a command."""

from __future__ import annotations

import sqlite3


def dump(db) -> list[str]:
    """The plan's rows and schema (not SQLite's own statistics, refreshed on close)."""
    conn = sqlite3.connect(db)
    try:
        return [s for s in conn.iterdump() if "sqlite_stat" not in s and "ANALYZE" not in s]
    finally:
        conn.close()
