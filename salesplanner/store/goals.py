"""Goals repository: goals, goal_versions, period_targets, activity_targets, and the history
the goal wizard starts from.

For other panes (Week, Progress):

* ``targets_between(store, start, end, goal_id=None) -> RangeTargets`` — the period targets
  (month/week/day) and activity targets overlapping a date range, of the active goal.
* ``week_targets(store, monday) -> WeekTargets`` — the week's amount and activity targets.
* ``month_target(store, day) -> PeriodTarget | None`` — the month target containing ``day``.
* ``active_goal(store, on=None) -> Goal | None`` — the active goal covering a day (the most
  recently updated one when several do).
* ``calendar_overrides(store, start, end) -> dict[date, 'off'|'work']`` — ``calendar_days``.

History for the wizard: ``sales_by_month``, ``sales_history``, ``measured_funnel``.
Writes happen inside the caller's ``store.transaction()`` (services/goals.py).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salesplanner.domain.breakdown import PeriodTarget
from salesplanner.domain.calendar import add_months
from salesplanner.domain.funnel import ActivityTarget, FunnelHistory, Measured, measure_funnel
from salesplanner.domain.goals import (
    Factor,
    Goal,
    HistoryPoint,
    months_in,
    period_label,
    period_start,
)
from salesplanner.domain.money import from_fen, to_fen
from salesplanner.store.active_goal import active_goal_row
from salesplanner.store.db import Store

GOAL_COLUMNS = (
    "id",
    "title",
    "statement",
    "focus",
    "relevance",
    "unit",
    "target_fen",
    "period_kind",
    "start_date",
    "end_date",
    "status",
    "baseline_method",
    "baseline_fen",
    "uplift_pct",
    "rounding_fen",
    "history_json",
    "factors_json",
    "breakdown_method",
    "funnel_json",
    "verdict",
    "version",
    "created_at",
    "updated_at",
    "plan_json",
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def goal_from_row(row: dict[str, Any]) -> Goal:
    history = tuple(
        HistoryPoint(
            h.get("label", ""),
            from_fen(int(h.get("amount_fen", 0))),
            _date(h.get("start")),
            bool(h.get("partial", False)),
            bool(h.get("include", False)),
        )
        for h in json.loads(row["history_json"] or "[]")
    )
    factors = tuple(Factor.from_json(f) for f in json.loads(row["factors_json"] or "[]"))
    return Goal(
        id=row["id"],
        title=row["title"],
        statement=row["statement"],
        focus=row["focus"],
        relevance=row["relevance"],
        unit=row["unit"],
        target=from_fen(row["target_fen"]),
        period_kind=row["period_kind"],
        start=_date(row["start_date"]),
        end=_date(row["end_date"]),
        status=row["status"],
        baseline_method=row["baseline_method"],
        baseline=from_fen(row["baseline_fen"]) if row["baseline_fen"] is not None else None,
        uplift_pct=Decimal(row["uplift_pct"]),
        rounding=from_fen(row["rounding_fen"]),
        history=history,
        factors=factors,
        breakdown_method=row["breakdown_method"],
        funnel=json.loads(row["funnel_json"] or "{}"),
        plan=json.loads(row.get("plan_json") or "{}"),
        verdict=row["verdict"],
        version=row["version"],
    )


def goal_values(goal: Goal) -> dict[str, Any]:
    """The goals row for ``goal`` (without id, version and timestamps)."""
    if goal.start is None or goal.end is None:  # services.goals asks the rep for them first
        raise ValueError("a goal is stored with its start and end dates")
    history = [
        {
            "label": h.label,
            "amount_fen": to_fen(h.amount),
            **({"start": h.start.isoformat()} if h.start else {}),
            **({"partial": True} if h.partial else {}),
            **({"include": True} if h.include else {}),
        }
        for h in goal.history
    ]
    return {
        "title": goal.title,
        "statement": goal.statement,
        "focus": goal.focus,
        "relevance": goal.relevance,
        "unit": goal.unit,
        "target_fen": to_fen(goal.target),
        "period_kind": goal.period_kind,
        "start_date": goal.start.isoformat(),
        "end_date": goal.end.isoformat(),
        "status": goal.status,
        "baseline_method": goal.baseline_method,
        "baseline_fen": to_fen(goal.baseline) if goal.baseline is not None else None,
        "uplift_pct": str(goal.uplift_pct),
        "rounding_fen": to_fen(goal.rounding),
        "history_json": json.dumps(history, ensure_ascii=False),
        "factors_json": json.dumps([f.to_json() for f in goal.factors], ensure_ascii=False),
        "breakdown_method": goal.breakdown_method,
        "funnel_json": json.dumps(goal.funnel, ensure_ascii=False),
        "verdict": goal.verdict,
        "plan_json": json.dumps(goal.plan, ensure_ascii=False),
    }


# -- goals ------------------------------------------------------------------------------------


def insert_goal(store: Store, goal: Goal, version: int = 1) -> int:
    values = {**goal_values(goal), "version": version}
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return store.insert(f"INSERT INTO goals({cols}) VALUES ({marks})", tuple(values.values()))


def update_goal(store: Store, goal_id: int, goal: Goal, version: int) -> None:
    values = {**goal_values(goal), "version": version}
    sets = ", ".join(f"{c} = ?" for c in values)
    store.execute(
        f"UPDATE goals SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
        (*values.values(), goal_id),
    )


def goal_row(store: Store, goal_id: int) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM goals WHERE id = ?", (goal_id,))
    return rows[0] if rows else None


def put_goal_row(store: Store, row: dict[str, Any]) -> None:
    """Write a goals row exactly as given (id included): restores a snapshot."""
    cols = [c for c in GOAL_COLUMNS if c in row and c != "id"]
    if goal_row(store, row["id"]) is not None:  # UPDATE: a REPLACE would cascade-delete children
        store.execute(
            f"UPDATE goals SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            (*(row[c] for c in cols), row["id"]),
        )
    else:
        store.execute(
            f"INSERT INTO goals(id, {', '.join(cols)}) VALUES (?, {', '.join('?' for _ in cols)})",
            (row["id"], *(row[c] for c in cols)),
        )


def get_goal(store: Store, goal_id: int) -> Goal | None:
    row = goal_row(store, goal_id)
    return goal_from_row(row) if row else None


def list_goals(store: Store) -> list[Goal]:
    return [
        goal_from_row(r)
        for r in store.query("SELECT * FROM goals ORDER BY start_date DESC, id DESC")
    ]


def delete_goal(store: Store, goal_id: int) -> None:
    store.execute("DELETE FROM goals WHERE id = ?", (goal_id,))


def active_goal(store: Store, on: dt.date | None = None) -> Goal | None:
    """The active goal covering ``on`` (default today); else the latest active goal."""
    row = active_goal_row(store, on)
    return goal_from_row(row) if row else None


# -- versions ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalVersion:
    goal_id: int
    version: int
    saved_at: str
    reason: str
    target: Decimal
    snapshot: dict[str, Any]


def add_version(
    store: Store, goal_id: int, version: int, reason: str, target_fen: int, snapshot: dict[str, Any]
) -> None:
    store.execute(
        "INSERT INTO goal_versions(goal_id, version, reason, target_fen, snapshot_json) "
        "VALUES (?,?,?,?,?)",
        (goal_id, version, reason, target_fen, json.dumps(snapshot, ensure_ascii=False)),
    )


def list_versions(store: Store, goal_id: int) -> list[GoalVersion]:
    """Earlier versions of a goal, newest first."""
    return [
        GoalVersion(
            r["goal_id"],
            r["version"],
            r["saved_at"],
            r["reason"],
            from_fen(r["target_fen"]),
            json.loads(r["snapshot_json"]),
        )
        for r in store.query(
            "SELECT * FROM goal_versions WHERE goal_id = ? ORDER BY version DESC", (goal_id,)
        )
    ]


def delete_versions_from(store: Store, goal_id: int, version: int) -> None:
    store.execute(
        "DELETE FROM goal_versions WHERE goal_id = ? AND version >= ?", (goal_id, version)
    )


# -- period and activity targets ------------------------------------------------------------


def _period_target(r: dict[str, Any]) -> PeriodTarget:
    start, end = dt.date.fromisoformat(r["start_date"]), dt.date.fromisoformat(r["end_date"])
    return PeriodTarget(r["level"], start, end, r["target_fen"], 0, bool(r["manual"]))


def _activity_target(r: dict[str, Any]) -> ActivityTarget:
    return ActivityTarget(
        r["level"],
        dt.date.fromisoformat(r["start_date"]),
        dt.date.fromisoformat(r["end_date"]),
        r["activity_code"],
        r["target_count"],
        bool(r["manual"]),
    )


def replace_period_targets(store: Store, goal_id: int, targets: list[PeriodTarget]) -> None:
    store.execute("DELETE FROM period_targets WHERE goal_id = ?", (goal_id,))
    store.conn.executemany(
        "INSERT INTO period_targets(goal_id, level, start_date, end_date, target_fen, manual) "
        "VALUES (?,?,?,?,?,?)",
        [
            (goal_id, t.level, t.start.isoformat(), t.end.isoformat(), t.amount_fen, int(t.manual))
            for t in targets
        ],
    )


def replace_activity_targets(store: Store, goal_id: int, targets: list[ActivityTarget]) -> None:
    store.execute("DELETE FROM activity_targets WHERE goal_id = ?", (goal_id,))
    store.conn.executemany(
        "INSERT INTO activity_targets(goal_id, level, start_date, end_date, activity_code, "
        "target_count, manual) VALUES (?,?,?,?,?,?,?)",
        [
            (
                goal_id,
                t.level,
                t.start.isoformat(),
                t.end.isoformat(),
                t.code,
                t.count,
                int(t.manual),
            )
            for t in targets
        ],
    )


def period_targets(store: Store, goal_id: int, level: str | None = None) -> list[PeriodTarget]:
    sql = "SELECT * FROM period_targets WHERE goal_id = ?"
    params: list[int | str] = [goal_id]
    if level:
        sql += " AND level = ?"
        params.append(level)
    return [
        _period_target(r) for r in store.query(sql + " ORDER BY level, start_date", tuple(params))
    ]


def activity_targets(store: Store, goal_id: int, level: str | None = None) -> list[ActivityTarget]:
    sql = "SELECT * FROM activity_targets WHERE goal_id = ?"
    params: list[int | str] = [goal_id]
    if level:
        sql += " AND level = ?"
        params.append(level)
    return [
        _activity_target(r)
        for r in store.query(sql + " ORDER BY level, start_date, activity_code", tuple(params))
    ]


def snapshot(store: Store, goal_id: int) -> dict[str, Any] | None:
    """The goal row with its period and activity targets, as plain data."""
    row = goal_row(store, goal_id)
    if row is None:
        return None
    return {
        "goal": row,
        "period_targets": store.query("SELECT * FROM period_targets WHERE goal_id = ?", (goal_id,)),
        "activity_targets": store.query(
            "SELECT * FROM activity_targets WHERE goal_id = ?", (goal_id,)
        ),
    }


def restore_snapshot(store: Store, snap: dict[str, Any]) -> None:
    """Put a goal back exactly as :func:`snapshot` found it; later versions are dropped."""
    goal_id = snap["goal"]["id"]
    put_goal_row(store, snap["goal"])
    delete_versions_from(store, goal_id, snap["goal"]["version"])
    replace_period_targets(store, goal_id, [_period_target(r) for r in snap["period_targets"]])
    replace_activity_targets(
        store, goal_id, [_activity_target(r) for r in snap["activity_targets"]]
    )


@dataclass(frozen=True, slots=True)
class RangeTargets:
    goal_id: int | None
    periods: list[PeriodTarget]  # month/week/day targets overlapping the range
    activities: list[ActivityTarget]  # goal/month/week targets overlapping the range

    def level(self, level: str) -> list[PeriodTarget]:
        return [p for p in self.periods if p.level == level]

    def activity_level(self, level: str) -> list[ActivityTarget]:
        return [a for a in self.activities if a.level == level]


def targets_between(
    store: Store, start: dt.date, end: dt.date, goal_id: int | None = None
) -> RangeTargets:
    """Targets overlapping [start, end] of ``goal_id`` (default: the active goal on ``start``)."""
    if goal_id is None:
        goal = active_goal(store, start)
        if goal is None or goal.start is None or goal.end is None:
            return RangeTargets(None, [], [])
        if goal.end < start or goal.start > end:
            return RangeTargets(None, [], [])
        goal_id = goal.id
    s, e = start.isoformat(), end.isoformat()
    periods = store.query(
        "SELECT * FROM period_targets WHERE goal_id = ? AND start_date <= ? AND end_date >= ? "
        "ORDER BY level, start_date",
        (goal_id, e, s),
    )
    acts = store.query(
        "SELECT * FROM activity_targets WHERE goal_id = ? AND start_date <= ? AND end_date >= ? "
        "ORDER BY level, start_date, activity_code",
        (goal_id, e, s),
    )
    return RangeTargets(
        goal_id, [_period_target(r) for r in periods], [_activity_target(r) for r in acts]
    )


@dataclass(frozen=True, slots=True)
class WeekTargets:
    goal_id: int | None
    start: dt.date
    end: dt.date
    amount_fen: int  # the week's revenue target (0 when none)
    activities: dict[str, int]  # activity code → target count for the week


def week_targets(store: Store, monday: dt.date) -> WeekTargets:
    """The ISO week's revenue and activity targets (a week split by a goal boundary sums)."""
    monday = monday - dt.timedelta(days=monday.weekday())
    sunday = monday + dt.timedelta(days=6)
    t = targets_between(store, monday, sunday)
    weeks = [p for p in t.level("week") if p.start >= monday and p.end <= sunday]
    acts: dict[str, int] = {}
    for a in t.activity_level("week"):
        if a.start >= monday and a.end <= sunday:
            acts[a.code] = acts.get(a.code, 0) + a.count
    return WeekTargets(t.goal_id, monday, sunday, sum(w.amount_fen for w in weeks), acts)


def month_target(store: Store, day: dt.date) -> PeriodTarget | None:
    """The month target (of the active goal) containing ``day``."""
    t = targets_between(store, day, day)
    months = t.level("month")
    return months[0] if months else None


# -- history for the wizard -----------------------------------------------------------------


def sales_by_month(store: Store, start: dt.date, end: dt.date) -> dict[tuple[int, int], int]:
    """Sales (deals) per calendar month in fen, aggregated in SQL."""
    rows = store.execute(
        "SELECT substr(date, 1, 7) AS ym, SUM(amount_fen) FROM deals WHERE date BETWEEN ? "
        "AND ? GROUP BY ym",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {(int(ym[:4]), int(ym[5:7])): int(v) for ym, v in rows}


def sales_history(
    store: Store, kind: str, count: int, before: dt.date, today: dt.date | None = None
) -> list[HistoryPoint]:
    """The ``count`` whole periods of ``kind`` before ``before``'s period, oldest first; one
    not over by ``today`` (default: the real day) is marked ``partial`` (sales to date)."""
    today = today or dt.date.today()
    first = add_months(period_start(before, kind), -months_in(kind) * count)
    last = period_start(before, kind) - dt.timedelta(days=1)
    monthly = sales_by_month(store, first, last)
    out = []
    cur = first
    for _ in range(count):
        total = sum(
            monthly.get((m.year, m.month), 0)
            for m in (add_months(cur, i) for i in range(months_in(kind)))
        )
        nxt = add_months(cur, months_in(kind))
        out.append(HistoryPoint(period_label(cur, kind), from_fen(total), cur, nxt > today))
        cur = nxt
    return out


def has_sales(store: Store) -> bool:
    return bool(store.execute("SELECT EXISTS(SELECT 1 FROM deals)").fetchone()[0])


def measured_funnel(store: Store, start: dt.date, end: dt.date) -> Measured:
    """Deal size and conversion rates from the activities and deals logged in [start, end]."""
    counts = {
        code: int(n)
        for code, n in store.execute(
            "SELECT activity_code, SUM(count) FROM activities WHERE date BETWEEN ? AND ? "
            "GROUP BY activity_code",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
    }
    n, total = store.execute(
        "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM deals WHERE date BETWEEN ? AND ? "
        "AND amount_fen > 0",
        (start.isoformat(), end.isoformat()),
    ).fetchone()
    return measure_funnel(counts, int(n), from_fen(int(total)))


def funnel_history(store: Store, start: dt.date, end: dt.date) -> FunnelHistory:
    """The rep's funnel in [start, end] from their activities, opportunities and stage
    history (see :class:`~salesplanner.domain.funnel.FunnelHistory`). A deal reached a
    proposal when its history holds the proposal stage or a later open one, or it was won;
    the won amount is that of the won deals, or of the sales when no deal was won."""
    span = (start.isoformat(), end.isoformat())
    stages = store.execute(
        "SELECT key, sort FROM opportunity_stages WHERE outcome = 'open' ORDER BY sort, key"
    ).fetchall()
    sorts = dict(stages)
    floor = sorts.get("proposal", stages[len(stages) // 2][1] if stages else 0)
    later = [k for k, sort in stages if sort >= floor]
    reached = (
        "(o.outcome = 'won' OR EXISTS (SELECT 1 FROM opportunity_stage_history h "
        f"WHERE h.opportunity_id = o.id AND h.to_stage IN ({', '.join('?' * len(later))})))"
    )
    (visits,) = store.execute(
        "SELECT COALESCE(SUM(count), 0) FROM activities WHERE activity_code = 'visit' "
        "AND date BETWEEN ? AND ?",
        span,
    ).fetchone()
    created, decided, to_proposal = store.execute(
        f"SELECT COUNT(*), COALESCE(SUM({reached} OR o.outcome = 'lost'), 0), "
        f"COALESCE(SUM({reached}), 0) FROM opportunities o WHERE o.created BETWEEN ? AND ?",
        (*later, *later, *span),
    ).fetchone()
    closed, proposals_won, won_fen = store.execute(
        "SELECT COUNT(*), COALESCE(SUM(o.outcome = 'won'), 0), "
        "COALESCE(SUM(CASE WHEN o.outcome = 'won' THEN o.amount_fen END), 0) "
        f"FROM opportunities o WHERE o.outcome != 'open' AND o.closed BETWEEN ? AND ? "
        f"AND {reached}",
        (*span, *later),
    ).fetchone()
    won = proposals_won
    if not won:  # no deal won yet: the sales say what a won deal is worth
        won, won_fen = store.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM deals "
            "WHERE date BETWEEN ? AND ? AND amount_fen > 0",
            span,
        ).fetchone()
    return FunnelHistory(
        int(visits), int(created), int(decided), int(to_proposal), int(closed),
        int(proposals_won), int(won), from_fen(int(won_fen)),
    )  # fmt: skip


def calendar_overrides(store: Store, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """The rep's hand-marked days (``calendar_days``): date → 'off' | 'work'."""
    rows = store.execute(
        "SELECT date, kind FROM calendar_days WHERE date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {dt.date.fromisoformat(d): k for d, k in rows}
