"""What was logged in a week, as the calendar shows it (issue 13.2): each done block with the
count logged through it and its outcome, and per day the activities logged without a block,
grouped by type (a large plan logs dozens a day; one line a type keeps the day readable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoggedRow:
    """One logged activity: what the week needs of it."""

    date: dt.date
    code: str
    count: int
    customer_name: str = ""
    outcome: str = ""
    block_id: int | None = None


@dataclass(frozen=True, slots=True)
class BlockLog:
    """What was logged through one block: the counts summed, the last outcome said."""

    count: int
    outcome: str
    entries: int


@dataclass(frozen=True, slots=True)
class DayGroup:
    """The activities of one type logged on a day without a block."""

    code: str
    count: int
    entries: tuple[LoggedRow, ...]

    @property
    def single(self) -> LoggedRow | None:
        """The entry when the group holds only one (the calendar names its customer)."""
        return self.entries[0] if len(self.entries) == 1 else None


@dataclass(frozen=True, slots=True)
class WeekLog:
    blocks: dict[int, BlockLog]
    days: dict[dt.date, tuple[DayGroup, ...]]

    def most_groups(self) -> int:
        """The most type groups any one day has (0 when nothing was logged without a block)."""
        return max((len(g) for g in self.days.values()), default=0)


EMPTY = WeekLog({}, {})


def week_log(rows: Iterable[LoggedRow], codes: tuple[str, ...] = ()) -> WeekLog:
    """Group ``rows`` (in the order they were logged): per block the summed count and the last
    non-empty outcome; per day the rows without a block, one group a type, biggest count first
    (ties in the order of ``codes``, then by code)."""
    order = {c: i for i, c in enumerate(codes)}
    counts: dict[int, int] = {}
    outcomes: dict[int, str] = {}
    entries: dict[int, int] = {}
    loose: dict[dt.date, dict[str, list[LoggedRow]]] = {}
    for r in rows:
        if r.block_id is not None:
            counts[r.block_id] = counts.get(r.block_id, 0) + r.count
            entries[r.block_id] = entries.get(r.block_id, 0) + 1
            if r.outcome.strip():
                outcomes[r.block_id] = r.outcome.strip()
            else:
                outcomes.setdefault(r.block_id, "")
        else:
            loose.setdefault(r.date, {}).setdefault(r.code, []).append(r)
    blocks = {b: BlockLog(counts[b], outcomes.get(b, ""), entries[b]) for b in counts}
    days: dict[dt.date, tuple[DayGroup, ...]] = {}
    for day, by_code in loose.items():
        groups = [DayGroup(c, sum(r.count for r in rs), tuple(rs)) for c, rs in by_code.items()]
        groups.sort(key=lambda g: (-g.count, order.get(g.code, len(order)), g.code))
        days[day] = tuple(groups)
    return WeekLog(blocks, days)
