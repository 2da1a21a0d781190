"""The week's plan as .ics: parses back with the same events, UIDs, alarms and time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from salesplanner.domain.calendar import WorkCalendar
from salesplanner.io.ics import read_events, write_week_ics
from salesplanner.services import week as svc
from salesplanner.store.blocks import list_blocks

MONDAY = dt.date(2026, 11, 23)


def test_week_round_trip(store, tmp_path):
    svc.apply_template(store, MONDAY, WorkCalendar())
    blocks = list_blocks(store, MONDAY, MONDAY + dt.timedelta(days=6))
    out = tmp_path / "week.ics"
    n = write_week_ics(store, MONDAY, out, {"visit": "拜访"}, alarm_minutes=20)
    assert n == len(blocks) == 12
    events = read_events(out.read_bytes())
    tz = ZoneInfo("Asia/Shanghai")
    assert sorted((e["uid"], e["start"], e["end"]) for e in events) == sorted(
        (
            f"block-{b.id}@salesplanner",
            dt.datetime.combine(b.date, dt.time(b.start_min // 60, b.start_min % 60), tz),
            dt.datetime.combine(b.date, dt.time(b.end_min // 60, b.end_min % 60), tz),
        )
        for b in blocks
    )
    assert all(e["alarm_minutes"] == 20 for e in events)
    assert any(e["summary"] == "拜访" for e in events)
    cal = Calendar.from_ical(out.read_bytes())
    assert [str(t["tzid"]) for t in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert all(ev.get("dtstamp") is not None for ev in cal.walk("VEVENT"))
    assert cal["version"] == "2.0" and "PRODID" in cal
