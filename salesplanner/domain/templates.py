"""Week templates: METHOD.md 3.3's weekly timetable, and applying a template to a week."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesplanner.domain.records import TimeBlock


@dataclass(frozen=True, slots=True)
class TemplateBlock:
    weekday: int  # 0 = Monday
    start_min: int
    end_min: int
    code: str
    note: str = ""
    planned_count: int = 0


def _hm(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def _b(
    weekday: int, start: str, end: str, code: str, note: str = "", count: int = 0
) -> TemplateBlock:
    return TemplateBlock(weekday, _hm(start), _hm(end), code, note, count)


# METHOD.md 3.3: Mon — morning new-customer visits, afternoon follow-ups; Tue — write proposals,
# prepare meetings; Wed — industry events, networking; Thu — proposal follow-up, contract
# negotiation; Fri — review the week, plan the next. Notes are stable keys the UI translates.
SEED_TEMPLATE: tuple[TemplateBlock, ...] = (
    _b(0, "09:00", "12:00", "visit", "new-customer visits", 3),
    _b(0, "14:00", "17:00", "followup", "follow up existing customers", 5),
    _b(1, "09:00", "12:00", "proposal", "write proposals", 1),
    _b(1, "14:00", "16:00", "proposal", "prepare meeting materials", 0),
    _b(1, "16:00", "17:00", "learning", "new product training", 0),
    _b(2, "09:00", "12:00", "event", "industry event", 0),
    _b(2, "14:00", "16:30", "event", "networking", 0),
    _b(3, "09:00", "12:00", "followup", "proposal follow-up", 5),
    _b(3, "14:00", "17:00", "negotiation", "contract negotiation", 1),
    _b(4, "09:00", "11:00", "review", "review the week", 0),
    _b(4, "14:00", "15:30", "review", "plan next week", 0),
    _b(4, "15:30", "17:00", "learning", "product learning", 0),
)


def blocks_for_week(
    template: tuple[TemplateBlock, ...] | list[TemplateBlock],
    monday: dt.date,
    skip_days: set[dt.date] | frozenset[dt.date] = frozenset(),
) -> list[TimeBlock]:
    """The template's blocks placed in the week starting ``monday`` (days in ``skip_days`` left
    out)."""
    out = []
    for t in template:
        day = monday + dt.timedelta(days=t.weekday)
        if day in skip_days:
            continue
        out.append(
            TimeBlock(
                None,
                day,
                t.start_min,
                t.end_min,
                t.code,
                note=t.note,
                planned_count=t.planned_count,
            )
        )
    return out
