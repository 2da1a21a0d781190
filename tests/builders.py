"""Builders shared by test modules: records put straight into a plan, snapshots of a plan to
compare before and after, and small sheet files.

Not a test module (tests/test_layers.py: test modules never import one another); a builder used
by several test modules lives here, a fixture in a conftest.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

WAN = Decimal(10000)


# -- records written as a plan holds them ------------------------------------------------------
def customer_id(store, name: str | int | None) -> int | None:
    """The id of the customer ``name`` (made if new); an id as it is; None for no name."""
    if isinstance(name, int) or not name:
        return name or None
    with store.transaction():
        store.execute(
            "INSERT INTO customers(name) VALUES (?) ON CONFLICT(name) DO NOTHING", (name,)
        )
    return store.execute("SELECT id FROM customers WHERE name = ?", (name,)).fetchone()[0]


def add_customer(store, name: str, **columns) -> int:
    """A customer with extra columns (``next_follow_up="2026-11-30"``, ``notes=...``)."""
    cid = customer_id(store, name)
    assert cid is not None
    if columns:
        sets = ", ".join(f"{c} = ?" for c in columns)
        with store.transaction():
            store.execute(f"UPDATE customers SET {sets} WHERE id = ?", (*columns.values(), cid))
    return cid


def add_deal(
    store,
    date,
    customer="",
    amount_fen=100,
    product="",
    qty=None,
    price_fen=None,
    rep="",
    region="",
    stage="won",
    note="",
) -> int:
    """A sale; ``date`` a date or ISO text, ``customer`` a name (made if new), an id or ''."""
    day = date if isinstance(date, str) else date.isoformat()
    cid = customer_id(store, customer)
    with store.transaction():
        return store.execute(
            "INSERT INTO deals(date, customer_id, amount_fen, product, quantity, unit_price_fen, "
            "rep, region, stage, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (day, cid, amount_fen, product, qty, price_fen, rep, region, stage, note),
        ).lastrowid


def add_activity(
    store, date, code, count=1, customer="", outcome="", amount_fen=None, note="", **columns
) -> int:
    """An activity logged; extra columns (``block_id=``, ``deal_id=``, ``opportunity_id=``,
    ``contact_id=``) as given."""
    day = date if isinstance(date, str) else date.isoformat()
    values = {
        "date": day,
        "activity_code": code,
        "count": count,
        "customer_id": customer_id(store, customer),
        "outcome": outcome,
        "amount_fen": amount_fen,
        "note": note,
        **columns,
    }
    with store.transaction():
        return store.execute(
            f"INSERT INTO activities({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        ).lastrowid


def add_time_block(store, date, start_min, end_min, code, customer="", note="", **columns) -> int:
    """A time block on the week's calendar."""
    day = date if isinstance(date, str) else date.isoformat()
    values = {
        "date": day,
        "start_min": start_min,
        "end_min": end_min,
        "activity_code": code,
        "customer_id": customer_id(store, customer),
        "note": note,
        **columns,
    }
    with store.transaction():
        return store.execute(
            f"INSERT INTO time_blocks({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        ).lastrowid


def add_goal(store, title, target_fen, kind, start, end, status="active", statement="") -> int:
    """A goal row alone (no period or activity targets)."""
    with store.transaction():
        return store.execute(
            "INSERT INTO goals(title, statement, target_fen, period_kind, start_date, "
            "end_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (title, statement, target_fen, kind, str(start), str(end), status),
        ).lastrowid


def add_quarter_goal(store) -> int:
    """Goal 'Q1' of 98万 for 2026-01-01..03-31 with month targets of 30, 33 and 35万."""
    gid = add_goal(
        store, "Q1", 98000000, "quarter", "2026-01-01", "2026-03-31", statement="本季度完成 98 万"
    )
    with store.transaction():
        for start, end, wan in (
            ("2026-01-01", "2026-01-31", 30),
            ("2026-02-01", "2026-02-28", 33),
            ("2026-03-01", "2026-03-31", 35),
        ):
            store.execute(
                "INSERT INTO period_targets(goal_id, level, start_date, end_date, target_fen) "
                "VALUES (?, 'month', ?, ?, ?)",
                (gid, start, end, wan * 1_000_000),
            )
    return gid


def add_activity_target(store, goal_id, code, count, start, end, level="month") -> int:
    """An activity target of a goal: ``count`` of ``code`` from ``start`` to ``end``."""
    with store.transaction():
        return store.execute(
            "INSERT INTO activity_targets(goal_id, level, start_date, end_date, activity_code, "
            "target_count) VALUES (?, ?, ?, ?, ?, ?)",
            (goal_id, level, str(start), str(end), code, count),
        ).lastrowid


# -- what a plan holds, to compare -------------------------------------------------------------
def everything(store) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: what 'exactly as before' means."""
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: store.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def deal_records(store) -> list[tuple]:
    """The sales as (date, customer, amount_fen, product, quantity, unit price, rep, region,
    stage, note), sorted."""
    rows = store.query(
        "SELECT d.date, coalesce(c.name, '') AS c, d.amount_fen, d.product, d.quantity, "
        "d.unit_price_fen, d.rep, d.region, d.stage, d.note FROM deals d "
        "LEFT JOIN customers c ON c.id = d.customer_id"
    )
    return sorted((tuple(r.values()) for r in rows), key=repr)


def activity_records(store) -> list[tuple]:
    """The activities as (date, code, count, customer, outcome, amount_fen, note), sorted."""
    rows = store.query(
        "SELECT a.date, a.activity_code, a.count, coalesce(c.name, '') AS c, a.outcome, "
        "a.amount_fen, a.note FROM activities a LEFT JOIN customers c ON c.id = a.customer_id"
    )
    return sorted((tuple(r.values()) for r in rows), key=repr)


# -- sheets ------------------------------------------------------------------------------------
def write_csv(path: Path, rows) -> Path:
    """Rows of text joined by commas, UTF-8."""
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows, title: str = "Sheet1") -> Path:
    """One sheet named ``title`` holding ``rows``."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


# -- a history to measure the funnel from -------------------------------------------------------
FUNNEL_START = dt.date(2027, 1, 1)  # the goal starts; the year before is measured


def funnel_deal(store, n, created, stages=(), end=None, won=None) -> int:
    """A deal created at lead, moved through ``stages`` a day apart, then won for ``won`` or
    lost (``end`` = "lost") or left open."""
    from salesplanner.domain.opportunities import Opportunity
    from salesplanner.services import pipeline as pipe

    o = Opportunity(None, f"客户{n}", "", 5 * WAN, "lead", created, expected_close=created)
    oid = pipe.add(store, o).opportunity_id
    day = created
    for s in stages:
        day += dt.timedelta(days=1)
        pipe.move(store, oid, s, day)
    if won is not None:
        pipe.win(store, oid, won, day + dt.timedelta(days=1))
    elif end == "lost":
        pipe.lose(store, oid, "价格", day + dt.timedelta(days=1))
    return oid


def funnel_history(store) -> None:
    """40 visits; 20 deals created in 2026: 6 lost before a proposal, 2 still at lead
    (undecided), 12 reaching a proposal — 5 won (4万 on average), 3 lost, 4 still open; and one
    won before the measured year."""
    from salesplanner.domain.records import Activity
    from salesplanner.store import records as record_repo

    with store.transaction():
        for k in range(40):
            record_repo.insert_activity(
                store, Activity(None, dt.date(2026, 3, 1) + dt.timedelta(days=k), "visit")
            )
    day = dt.date(2026, 4, 1)
    n = 0
    for _ in range(6):
        n += 1
        funnel_deal(store, n, day, ("needs",), end="lost")
    for _ in range(2):
        n += 1
        funnel_deal(store, n, day)
    for amount in (3, 4, 5, 2, 6):
        n += 1
        funnel_deal(store, n, day, ("needs", "proposal"), won=amount * WAN)
    for _ in range(3):
        n += 1
        funnel_deal(store, n, day, ("needs", "proposal", "negotiation"), end="lost")
    for _ in range(4):
        n += 1
        funnel_deal(store, n, day, ("needs", "proposal"))
    # before the window: not measured
    funnel_deal(store, 99, dt.date(2025, 6, 1), ("needs", "proposal"), won=50 * WAN)
