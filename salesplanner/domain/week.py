"""The week calendar's arithmetic (METHOD.md 3.3 and traps 4.2-4.3), without Qt.

* ``parse_iso_week("2026-W02") -> date`` (the Monday) and ``iso_week_label(monday)``.
* ``week_days(monday, calendar, names, today)`` -> seven :class:`DayInfo` (working day, holiday
  name, make-up working day, today).
* ``holiday_names(start, end, region, language)`` -> {date: name} from the ``holidays`` tables.
* ``week_capacity(...)`` -> :class:`WeekCapacity`: the week's activity targets against what the
  planned blocks can hold and what has been logged; working days with less than the buffer
  unplanned (trap 4.2); the share of working time planned for learning (METHOD.md 3.4: 20 %).
* Block placement helpers used by the editor and the services: ``snap``, ``clamp_block``,
  ``overlaps``, ``drop_overlapping``, ``shift_blocks``, ``template_from_blocks``, ``lanes``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from salesplanner.domain.calendar import WorkCalendar
from salesplanner.domain.holiday_tables import holiday_year
from salesplanner.domain.records import (
    ACTIVITY_CODES,
    BUFFER,
    CONTRACT,
    EVENT,
    FOLLOWUP,
    LEARNING,
    NEGOTIATION,
    PHONE,
    PROPOSAL,
    VISIT,
    TimeBlock,
)
from salesplanner.domain.templates import TemplateBlock

SNAP_MIN = 15
DAY_MIN = 24 * 60

# Activities counted one by one (the others are time only: review, learning, admin, buffer).
COUNTED_CODES: tuple[str, ...] = (VISIT, PHONE, FOLLOWUP, PROPOSAL, NEGOTIATION, CONTRACT, EVENT)

# Results rather than activities: no block is planned "to sign a contract".
OUTCOME_CODES: frozenset[str] = frozenset({CONTRACT})

# How long one activity takes when a block does not say how many it holds (planned_count 0).
MINUTES_PER_ACTIVITY: dict[str, int] = {
    VISIT: 60,
    PHONE: 15,
    FOLLOWUP: 30,
    PROPOSAL: 120,
    NEGOTIATION: 90,
    CONTRACT: 60,
}


class WeekFormatError(ValueError):
    pass


_ISO_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def parse_iso_week(text: str) -> dt.date:
    """``"2026-W02"`` (or ``2026W2``) → the Monday of that ISO week."""
    m = _ISO_WEEK.match(text or "")
    if not m:
        raise WeekFormatError(f"{text!r} is not a week; write it like 2026-W02")
    try:
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        raise WeekFormatError(f"{text!r}: year {m[1]} has no week {int(m[2])}") from None


def iso_week_label(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


# -- days ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DayInfo:
    date: dt.date
    working: bool
    name: str = ""  # holiday or day-off name ("" for an ordinary day)
    makeup: bool = False  # an official make-up working day on a weekend (调休上班)
    today: bool = False


def holiday_names(
    start: dt.date, end: dt.date, region: str = "CN", language: str | None = None
) -> dict[dt.date, str]:
    """Public holiday names between two dates (inclusive) in ``language`` (e.g. zh_CN, en_US)."""
    out: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        table = holiday_year(region or "CN", year)
        if table is None:
            continue
        names = table.names.get(language or "") or table.names.get("en_US", {})
        for day, name in names.items():
            if start <= day <= end:
                out[day] = name
    return out


def week_days(
    monday: dt.date,
    calendar: WorkCalendar,
    names: Mapping[dt.date, str] | None = None,
    today: dt.date | None = None,
    weekend: Iterable[int] = (5, 6),
    notes: Mapping[dt.date, str] | None = None,
) -> list[DayInfo]:
    """Monday..Sunday with working-day flags from ``calendar`` (a ``WorkCalendar``)."""
    names = names or {}
    notes = notes or {}
    weekend = frozenset(weekend)
    out = []
    for i in range(7):
        d = monday + dt.timedelta(days=i)
        working = calendar.is_working_day(d)
        name = notes.get(d) or names.get(d, "")
        out.append(DayInfo(d, working, name, working and d.weekday() in weekend, d == today))
    return out


# -- placement ----------------------------------------------------------------------------
def snap(minutes: float, step: int = SNAP_MIN) -> int:
    """Round to the nearest ``step`` minutes."""
    return int(round(minutes / step)) * step


def clamp_block(start: int, end: int, min_len: int = SNAP_MIN) -> tuple[int, int]:
    """A start/end pair kept inside the day and at least ``min_len`` long."""
    length = max(min_len, end - start)
    length = min(length, DAY_MIN)
    start = max(0, min(start, DAY_MIN - length))
    return start, start + length


def overlaps(a: TimeBlock, b: TimeBlock) -> bool:
    return a.date == b.date and a.start_min < b.end_min and b.start_min < a.end_min


def drop_overlapping(new: Iterable[TimeBlock], existing: Sequence[TimeBlock]) -> list[TimeBlock]:
    """The new blocks that do not overlap an existing one (applying twice adds nothing)."""
    return [b for b in new if not any(overlaps(b, e) for e in existing)]


def shift_blocks(
    blocks: Iterable[TimeBlock], days: int, skip: Iterable[dt.date] = ()
) -> list[TimeBlock]:
    """Copies of ``blocks`` ``days`` later, without id and not done; days in ``skip`` left out."""
    skip = set(skip)
    out = []
    for b in blocks:
        day = b.date + dt.timedelta(days=days)
        if day in skip:
            continue
        out.append(replace(b, id=None, date=day, done=False))
    return out


def template_from_blocks(blocks: Iterable[TimeBlock]) -> list[TemplateBlock]:
    return [
        TemplateBlock(b.date.weekday(), b.start_min, b.end_min, b.code, b.note, b.planned_count)
        for b in sorted(blocks, key=lambda b: (b.date, b.start_min))
    ]


def lanes(blocks: Sequence[TimeBlock]) -> dict[int, tuple[int, int]]:
    """Side-by-side layout of overlapping blocks of ONE day: index → (lane, lanes in its group)."""
    order = sorted(range(len(blocks)), key=lambda i: (blocks[i].start_min, blocks[i].end_min))
    result: dict[int, tuple[int, int]] = {}
    group: list[int] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        for j in group:
            result[j] = (result[j][0], len(lane_ends))

    for i in order:
        b = blocks[i]
        if group and b.start_min >= group_end:
            close_group()
            group, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= b.start_min:
                lane_ends[lane] = b.end_min
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(b.end_min)
        result[i] = (lane, 0)
        group.append(i)
        group_end = max(group_end, b.end_min)
    if group:
        close_group()
    return result


# -- capacity -----------------------------------------------------------------------------
def block_capacity(b: TimeBlock) -> int:
    """How many activities a planned block holds: its planned count, else its length."""
    if b.planned_count > 0:
        return b.planned_count
    per = MINUTES_PER_ACTIVITY.get(b.code)
    return b.minutes // per if per else 0


@dataclass(frozen=True, slots=True)
class CapacityRow:
    code: str
    target: int  # the goal's activity target for the week (0 = none)
    planned: int  # what the planned blocks can hold
    logged: int  # what has been logged this week

    @property
    def plan_short(self) -> bool:
        """The plan cannot hold the target (trap 4.2/4.6: plan the time or fall back).
        Contracts are outcomes of negotiation blocks, not planned by themselves."""
        return self.code not in OUTCOME_CODES and self.target > 0 and self.planned < self.target

    @property
    def done_share(self) -> Decimal:
        if self.target <= 0:
            return Decimal(0)
        return Decimal(self.logged) / Decimal(self.target)


@dataclass(frozen=True, slots=True)
class DayLoad:
    date: dt.date
    planned_min: int  # minutes of non-buffer blocks inside working hours
    free_min: int  # unplanned minutes inside working hours (buffer blocks count as free)
    short: bool  # less than the buffer setting left (trap 4.2)


@dataclass(frozen=True, slots=True)
class WeekCapacity:
    monday: dt.date
    rows: tuple[CapacityRow, ...]
    days: tuple[DayLoad, ...]  # working days only
    buffer_min: int
    learning_min: int
    working_min: int  # working hours × working days
    learning_target: Decimal  # share, e.g. 0.20
    planned_min: int

    @property
    def learning_share(self) -> Decimal:
        if self.working_min <= 0:
            return Decimal(0)
        return (Decimal(self.learning_min) / Decimal(self.working_min)).quantize(
            Decimal("0.001"), rounding=ROUND_HALF_UP
        )

    @property
    def learning_target_min(self) -> int:
        return int((self.learning_target * self.working_min).to_integral_value(ROUND_HALF_UP))

    @property
    def learning_short(self) -> bool:
        return self.working_min > 0 and self.learning_min < self.learning_target_min

    @property
    def short_days(self) -> list[DayLoad]:
        return [d for d in self.days if d.short]

    def row(self, code: str) -> CapacityRow | None:
        return next((r for r in self.rows if r.code == code), None)


def _union_minutes(intervals: list[tuple[int, int]]) -> int:
    total = 0
    current: tuple[int, int] | None = None  # the run of overlapping intervals so far
    for s, e in sorted(intervals):
        if current is None or s > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (s, e)
        else:
            current = (current[0], max(current[1], e))
    if current is not None:
        total += current[1] - current[0]
    return total


def day_load(
    day: dt.date, blocks: Iterable[TimeBlock], work_start: int, work_end: int, buffer_min: int
) -> DayLoad:
    busy = []
    for b in blocks:
        if b.date != day or b.code == BUFFER:
            continue
        s, e = max(b.start_min, work_start), min(b.end_min, work_end)
        if e > s:
            busy.append((s, e))
    planned = _union_minutes(busy)
    free = max(0, work_end - work_start - planned)
    return DayLoad(day, planned, free, free < buffer_min)


def week_capacity(
    monday: dt.date,
    blocks: Sequence[TimeBlock],
    working: Iterable[dt.date],
    targets: Mapping[str, int],
    logged: Mapping[str, int],
    *,
    work_start: int = 8 * 60 + 30,
    work_end: int = 18 * 60,
    buffer_min: int = 60,
    learning_share: Decimal = Decimal("0.20"),
) -> WeekCapacity:
    """Targets against plan and log for the week starting ``monday``.

    ``working`` are the week's working days (holidays and days off excluded); only they are
    checked for buffer. Learning share = learning minutes / (working days × working hours).
    """
    working = sorted(d for d in set(working) if monday <= d < monday + dt.timedelta(days=7))
    planned: dict[str, int] = {}
    learning = 0
    planned_total = 0
    for b in blocks:
        planned[b.code] = planned.get(b.code, 0) + block_capacity(b)
        if b.code == LEARNING:
            learning += b.minutes
        if b.code != BUFFER:
            planned_total += b.minutes
    rows = []
    for code in ACTIVITY_CODES:
        if code not in COUNTED_CODES:
            continue
        t, p, n = int(targets.get(code, 0)), planned.get(code, 0), int(logged.get(code, 0))
        if t or p or n:
            rows.append(CapacityRow(code, t, p, n))
    window = max(0, work_end - work_start)
    days = tuple(day_load(d, blocks, work_start, work_end, buffer_min) for d in working)
    return WeekCapacity(
        monday,
        tuple(rows),
        days,
        buffer_min,
        learning,
        window * len(working),
        Decimal(learning_share),
        planned_total,
    )


def size_to_targets(
    blocks: Sequence[TimeBlock], targets: Mapping[str, int]
) -> tuple[list[TimeBlock], dict[str, int]]:
    """Template blocks sized to the week's activity targets where their hours allow.

    Each block holds at most its length ÷ the activity's minutes (a 3-hour visit block: 3
    visits); the target is spread over the blocks of its activity in order, never below what
    the template planned. Returns the blocks and, per activity, how many do not fit."""
    out = list(blocks)
    short: dict[str, int] = {}
    for code, target in targets.items():
        per = MINUTES_PER_ACTIVITY.get(code)
        rows = [i for i, b in enumerate(out) if b.code == code]
        if not per or code in OUTCOME_CODES or target <= 0:
            continue  # contracts come out of negotiations; they are not planned as blocks
        left = target
        for i in rows:
            room = out[i].minutes // per
            planned = max(out[i].planned_count, min(room, left))
            out[i] = replace(out[i], planned_count=planned)
            left -= planned
        if left > 0:
            short[code] = left
    return out, short


LUNCH = (12 * 60, 14 * 60)  # the method template's midday gap: never filled with learning
LEARNING_NOTE = "product learning"  # an engine note with a Chinese template


def add_learning(
    blocks: Sequence[TimeBlock],
    days: Iterable[dt.date],
    target_min: int,
    *,
    work_start: int,
    work_end: int,
    buffer_min: int,
) -> tuple[list[TimeBlock], int]:
    """Learning blocks in the free hours of ``days`` until the week's ``blocks`` hold
    ``target_min`` minutes of learning (METHOD.md 3.3: 20 %).

    A block goes into a gap of 30 minutes or more (half hours; gaps of an hour or more first,
    the latest in the day first, the days taken in turn), never over lunch and never into a
    day's buffer (``buffer_min`` stays free). Returns the new blocks and the minutes that
    still do not fit."""
    need = target_min - sum(b.minutes for b in blocks if b.code == LEARNING)
    if need <= 0:
        return [], 0
    gaps: list[tuple[int, dt.date, int, int]] = []  # (rank in its day, day, start, end)
    room: dict[dt.date, int] = {}
    for day in sorted(set(days)):
        busy = [
            (max(b.start_min, work_start), min(b.end_min, work_end))
            for b in blocks
            if b.date == day and b.end_min > work_start and b.start_min < work_end
        ]
        busy.append(LUNCH)
        free: list[tuple[int, int]] = []
        at = work_start
        for s, e in sorted(busy):
            if s > at:
                free.append((at, s))
            at = max(at, e)
        if at < work_end:
            free.append((at, work_end))
        free = [(s, e) for s, e in free if e - s >= 30 and (s >= LUNCH[1] or e <= LUNCH[0])]
        planned = _union_minutes([(s, e) for s, e in busy if (s, e) != LUNCH])
        room[day] = max(0, work_end - work_start - planned - buffer_min)
        for rank, (s, e) in enumerate(sorted(free, reverse=True)):
            gaps.append((rank, day, s, e))
    out: list[TimeBlock] = []
    # whole hours first (a 30-minute slot only to top up), then the latest gap of each day
    for _rank, day, s, e in sorted(gaps, key=lambda g: (g[3] - g[2] < 60, g[0], g[1])):
        if need <= 0:
            break
        minutes = min(e - s, need, room[day]) // 30 * 30
        if minutes < 30:
            continue
        out.append(TimeBlock(None, day, s, s + minutes, LEARNING, note=LEARNING_NOTE))
        need -= minutes
        room[day] -= minutes
    return out, max(0, need)
