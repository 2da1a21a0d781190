"""Finding room for new blocks in a week's plan (catch-up visits, weekly top-customer visits).

* ``free_gaps(blocks, work_start, work_end)`` — the free stretches of one day, lunch excluded.
* ``place_blocks(existing, days, code, minutes, count, ...)`` — up to ``count`` new blocks of
  ``minutes`` each, spread over ``days`` (one per day in turn), in the earliest gap that fits,
  never eating into the day's buffer (trap 4.2: ``buffer_min`` of free time stays free).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from salesplanner.domain.records import TimeBlock

LUNCH = (12 * 60, 13 * 60 + 30)  # not offered for new blocks


def free_gaps(
    blocks: Sequence[TimeBlock],
    work_start: int,
    work_end: int,
    lunch: tuple[int, int] | None = LUNCH,
) -> list[tuple[int, int]]:
    busy = sorted((b.start_min, b.end_min) for b in blocks)
    if lunch:
        busy.append(lunch)
        busy.sort()
    gaps, cur = [], work_start
    for s, e in busy:
        if s > cur:
            gaps.append((cur, min(s, work_end)))
        cur = max(cur, e)
        if cur >= work_end:
            break
    if cur < work_end:
        gaps.append((cur, work_end))
    return [(s, e) for s, e in gaps if e > s]


def place_blocks(
    existing: Sequence[TimeBlock],
    days: Sequence[dt.date],
    code: str,
    minutes: int,
    count: int,
    *,
    work_start: int,
    work_end: int,
    buffer_min: int = 60,
    note: str = "",
    planned_count: int = 0,
    customer_ids: Sequence[int | None] | None = None,
    customer_names: Sequence[str] | None = None,
) -> list[TimeBlock]:
    """Up to ``count`` new blocks (``id`` None); fewer when the week is full.

    ``customer_ids`` / ``customer_names`` (one per block) make customer visits."""
    by_day: dict[dt.date, list[TimeBlock]] = {d: [] for d in days}
    for b in existing:
        if b.date in by_day:
            by_day[b.date].append(b)
    out: list[TimeBlock] = []
    full: set[dt.date] = set()
    while len(out) < count and len(full) < len(days):
        for d in days:
            if len(out) >= count:
                break
            if d in full:
                continue
            gaps = free_gaps(by_day[d], work_start, work_end)
            free = sum(e - s for s, e in gaps)
            slot = next((s for s, e in gaps if e - s >= minutes), None)
            if slot is None or free - minutes < buffer_min:
                full.add(d)
                continue
            i = len(out)
            block = TimeBlock(
                None,
                d,
                slot,
                slot + minutes,
                code,
                customer_id=customer_ids[i] if customer_ids else None,
                customer_name=customer_names[i] if customer_names else "",
                note=note,
                planned_count=planned_count,
            )
            by_day[d].append(block)
            out.append(block)
    return out
