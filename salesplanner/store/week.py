"""The week calendar's own tables and queries: targets of a week, templates, reminder state,
the rep's marked days, activity type colours.

Writes expect the caller's ``store.transaction()`` (services own transactions).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from salesplanner.domain.templates import TemplateBlock
from salesplanner.store.active_goal import active_goal_row
from salesplanner.store.db import Store

if TYPE_CHECKING:
    from salesplanner.domain.calendar import WorkCalendar


# -- activity types -----------------------------------------------------------------------
def activity_types(store: Store) -> list[dict[str, Any]]:
    """[{code, name_zh, name_en, color, customer_dev}] in display order."""
    return store.query(
        "SELECT code, name_zh, name_en, color, customer_dev FROM activity_types ORDER BY sort, code"
    )


# -- targets ------------------------------------------------------------------------------
def week_activity_targets(
    store: Store, monday: dt.date, calendar: WorkCalendar | None = None
) -> dict[str, int]:
    """The active goals' activity targets for the ISO week starting ``monday``.

    Week-level rows (as ``store.goals.week_targets``) are used as they are. Without them,
    month-level (or goal-level) targets
    are prorated by the working days of the week inside each row's span (``calendar`` is a
    ``domain.calendar.WorkCalendar``; rounded half up), so a week still shows "10 visits"
    when only the month says "40".
    """
    if calendar is None:
        from salesplanner.domain.calendar import WorkCalendar

        calendar = WorkCalendar()
    sunday = monday + dt.timedelta(days=6)
    found = _week_level_activity_targets(store, monday, sunday)  # the planning engine's rows
    if found:
        return found
    params = (sunday.isoformat(), monday.isoformat())
    for level in ("month", "goal"):
        rows = store.query(
            "SELECT t.activity_code AS code, t.start_date, t.end_date, t.target_count "
            "FROM activity_targets t JOIN goals g ON g.id = t.goal_id AND g.status = 'active' "
            "WHERE t.level = ? AND t.start_date <= ? AND t.end_date >= ?",
            (level,) + params,
        )
        if not rows:
            continue
        out: dict[str, float] = {}
        for r in rows:
            start = dt.date.fromisoformat(r["start_date"])
            end = dt.date.fromisoformat(r["end_date"])
            span = calendar.count(start, end) or (end - start).days + 1
            inside = calendar.count(max(start, monday), min(end, sunday))
            out[r["code"]] = out.get(r["code"], 0) + r["target_count"] * inside / span
        return {code: int(n + 0.5) for code, n in out.items() if n > 0}
    return {}


def _week_level_activity_targets(store: Store, monday: dt.date, sunday: dt.date) -> dict[str, int]:
    """The week-level activity targets inside the week of the active goal on ``monday`` (as
    ``store.goals.week_targets(...).activities``, without building the goal)."""
    goal = active_goal_row(store, monday, "id, start_date, end_date")
    if (
        goal is None
        or goal["end_date"] < monday.isoformat()
        or goal["start_date"] > sunday.isoformat()
    ):
        return {}
    found: dict[str, int] = {}
    for code, count in store.execute(
        "SELECT activity_code, target_count FROM activity_targets WHERE goal_id = ? "
        "AND level = 'week' AND start_date >= ? AND end_date <= ?",
        (goal["id"], monday.isoformat(), sunday.isoformat()),
    ):
        found[code] = found.get(code, 0) + count
    return found


def customer_names(store: Store) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in store.execute("SELECT id, name FROM customers ORDER BY name")]


def match_customer(store: Store, text: str) -> tuple[int, str] | None:
    """The customer named ``text``: exact name, else the only one whose name contains it."""
    text = text.strip()
    if not text:
        return None
    row = store.execute("SELECT id, name FROM customers WHERE name = ?", (text,)).fetchone()
    if row:
        return row[0], row[1]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = store.execute(
        "SELECT id, name FROM customers WHERE name LIKE ? ESCAPE '\\' "
        "ORDER BY length(name) LIMIT 2",
        (f"%{escaped}%",),
    ).fetchall()
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    if len(rows) == 2 and rows[1][1].startswith(rows[0][1]):
        return rows[0][0], rows[0][1]  # "华星科技" vs "华星科技有限公司": the shorter one
    return None


# -- the rep's marked days ----------------------------------------------------------------
def calendar_overrides(
    store: Store, start: dt.date, end: dt.date
) -> tuple[dict[dt.date, str], dict[dt.date, str]]:
    """({date: 'off'|'work'}, {date: note}) from the ``calendar_days`` table."""
    kinds: dict[dt.date, str] = {}
    notes: dict[dt.date, str] = {}
    for r in store.query(
        "SELECT date, kind, note FROM calendar_days WHERE date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ):
        d = dt.date.fromisoformat(r["date"])
        kinds[d] = r["kind"]
        if r["note"]:
            notes[d] = r["note"]
    return kinds, notes


# -- templates ----------------------------------------------------------------------------
def _template_json(blocks: Iterable[TemplateBlock]) -> str:
    return json.dumps(
        [
            {
                "weekday": b.weekday,
                "start_min": b.start_min,
                "end_min": b.end_min,
                "activity_code": b.code,
                "note": b.note,
                "planned_count": b.planned_count,
            }
            for b in blocks
        ],
        ensure_ascii=False,
    )


def _template_blocks(text: str) -> list[TemplateBlock]:
    out = []
    for d in json.loads(text):
        out.append(
            TemplateBlock(
                int(d["weekday"]),
                int(d["start_min"]),
                int(d["end_min"]),
                d["activity_code"],
                d.get("note", ""),
                int(d.get("planned_count", 0)),
            )
        )
    return out


def list_templates(store: Store) -> list[str]:
    return [r[0] for r in store.execute("SELECT name FROM week_templates ORDER BY name")]


def get_template(store: Store, name: str) -> list[TemplateBlock] | None:
    row = store.execute("SELECT blocks_json FROM week_templates WHERE name = ?", (name,)).fetchone()
    return _template_blocks(row[0]) if row else None


def put_template(store: Store, name: str, blocks: Iterable[TemplateBlock]) -> None:
    store.execute(
        "INSERT INTO week_templates(name, blocks_json) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET blocks_json = excluded.blocks_json",
        (name, _template_json(blocks)),
    )


def delete_template(store: Store, name: str) -> None:
    store.execute("DELETE FROM week_templates WHERE name = ?", (name,))


# -- blocks in bulk -----------------------------------------------------------------------
def block_activity_links(store: Store, block_ids: Iterable[int]) -> list[tuple[int, int]]:
    """(activity id, block id) for activities logged from these blocks."""
    ids = list(block_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [
        (r[0], r[1])
        for r in store.execute(
            f"SELECT id, block_id FROM activities WHERE block_id IN ({marks})", tuple(ids)
        )
    ]


def relink_activities(store: Store, links: Iterable[tuple[int, int]]) -> None:
    store.conn.executemany(
        "UPDATE activities SET block_id = ? WHERE id = ?",
        [(block_id, activity_id) for activity_id, block_id in links],
    )


# -- reminder state -----------------------------------------------------------------------
def reminder_states(store: Store) -> dict[str, tuple[str | None, str | None]]:
    """{key: (snoozed_until, done_at)} as ISO text."""
    return {
        r[0]: (r[1], r[2])
        for r in store.execute("SELECT key, snoozed_until, done_at FROM reminder_state")
    }


def get_reminder_state(store: Store, key: str) -> tuple[str | None, str | None] | None:
    row = store.execute(
        "SELECT snoozed_until, done_at FROM reminder_state WHERE key = ?", (key,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def set_reminder_state(store: Store, key: str, state: tuple[str | None, str | None] | None) -> None:
    if state is None:
        store.execute("DELETE FROM reminder_state WHERE key = ?", (key,))
        return
    store.execute(
        "INSERT INTO reminder_state(key, snoozed_until, done_at) VALUES (?,?,?) "
        "ON CONFLICT(key) DO UPDATE SET snoozed_until = excluded.snoozed_until, "
        "done_at = excluded.done_at",
        (key, state[0], state[1]),
    )
