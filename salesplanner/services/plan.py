"""The plan file itself: opening it, moving it, asking whether it holds anything yet.

The UI and the command line hold an open plan as a :class:`Store` (the type is named here so
that nothing above the services imports ``salesplanner.store``); :class:`StoreError` is the
one-sentence refusal of a file that cannot be opened or written. ``Store.open(path)`` opens one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from salesplanner.store.db import Store, StoreError

if TYPE_CHECKING:
    from salesplanner.store.backups import MoveResult

__all__ = ["Store", "StoreError", "exported_week", "is_empty", "move"]


def is_empty(store: Store) -> bool:
    """Nothing entered yet: no goal, no deal, no activity (the window's welcome banner)."""
    from salesplanner.store.records import plan_is_empty

    return plan_is_empty(store)


def move(
    store: Store, target: str | Path, close_old: Callable[[Store], object] | None = None
) -> MoveResult:
    """Move the open plan file to ``target`` (copied, verified, reopened, then the old one
    removed); ``close_old(new_store)`` hands the new store over."""
    from salesplanner.store.backups import move_plan_file

    return move_plan_file(store, target, close_old=close_old)


def exported_week(store: Store, today: dt.date, monday: dt.date | None) -> dt.date | None:
    """``monday`` when its week lies (partly) inside the goal the workbook reports on, else
    None (the export then chooses its week itself)."""
    from salesplanner.store.exports import plan_goal

    goal = plan_goal(store, today)
    if monday is None or goal is None:
        return None
    sunday = monday + dt.timedelta(days=6)
    if goal["start_date"] <= sunday.isoformat() and monday.isoformat() <= goal["end_date"]:
        return monday
    return None
