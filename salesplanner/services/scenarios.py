"""Named scenarios: small plan files that reproduce one of METHOD.md's worked examples exactly.

``seed-4.6`` — METHOD.md 4.6. The month's goal is 30万 for June 2026 (June 1 is a Monday, so
week 1, 2026-W23, is a full ISO week of five working days; June has 21 working days, the
Dragon Boat Festival on Friday June 19 being off). Its funnel is the method's: 3.75万 a deal,
8 of 15 proposals close, 15 proposals from 40 visits, 5 follow-ups a day, which plans 10
visits for week 1. Week 1 logged: 5万 closed (one deal) and 5 new-customer visits; nothing
after. The weekly template (METHOD.md 3.3) is laid out as blocks for every week of June.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from salesplanner.domain.calendar import iso_weeks
from salesplanner.domain.funnel import METHOD_EXAMPLE
from salesplanner.domain.goals import Goal
from salesplanner.domain.money import wan_to_yuan
from salesplanner.domain.records import Activity, Customer, Deal
from salesplanner.domain.templates import SEED_TEMPLATE, blocks_for_week
from salesplanner.errors import UserError
from salesplanner.services import goals as goal_service
from salesplanner.store import blocks as block_repo
from salesplanner.store import records
from salesplanner.store.db import Store

SCENARIOS = ("seed-4.6",)
SEED_46_START = dt.date(2026, 6, 1)
SEED_46_END = dt.date(2026, 6, 30)
SEED_46_CUSTOMERS = ("华星科技", "远航软件", "明德信息", "恒通网络", "瑞丰数据", "金桥智能")


def write_scenario(path: str | Path, name: str, force: bool = False) -> Path:
    if name not in SCENARIOS:
        raise UserError(f"Unknown scenario {name!r}; use one of: {', '.join(SCENARIOS)}.")
    path = Path(path)
    if path.exists():
        if not force:
            raise UserError(f"{path} already exists; use --force to overwrite it.")
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
    store = Store.open(path)
    try:
        fill_seed_46(store)
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return path


def fill_seed_46(store: Store) -> int:
    """Write METHOD.md 4.6's situation into ``store``; returns the goal id."""
    goal = Goal(
        title="2026年6月 跑单目标",
        target=wan_to_yuan(30),
        period_kind="month",
        start=SEED_46_START,
        end=SEED_46_END,
        statement="6月完成 30 万元软件销售额",
        focus="新版本软件",
        relevance="公司重点推广新版本",
        breakdown_method="even",
        funnel=METHOD_EXAMPLE.to_json(),
        plan={
            "kras": ["customer development", "follow-up", "proposals", "contract negotiation"],
            "risks": [{"risk": "visits fall short", "fallback": "more phone visits"}],
        },
    )
    plan = goal_service.default_plan(store, goal)
    goal_id = goal_service.save_goal(store, plan).goal_id
    cal = goal_service.make_calendar(store, SEED_46_START, SEED_46_END)
    with store.transaction():
        ids = [records.insert_customer(store, Customer(None, n)) for n in SEED_46_CUSTOMERS]
        deal_day = dt.date(2026, 6, 4)
        deal_id = records.insert_deal(
            store,
            Deal(None, deal_day, wan_to_yuan(Decimal(5)), customer_id=ids[0], product="CRM 专业版"),
        )
        records.insert_activity(
            store,
            Activity(
                None,
                deal_day,
                "contract",
                1,
                ids[0],
                outcome="签约",
                amount=wan_to_yuan(5),
                deal_id=deal_id,
            ),
        )
        for i, day in enumerate(cal.working_days(SEED_46_START, dt.date(2026, 6, 5))):
            records.insert_activity(
                store, Activity(None, day, "visit", 1, ids[1 + i], outcome="有兴趣")
            )
        for ws, _we in iso_weeks(SEED_46_START, SEED_46_END):
            monday = ws - dt.timedelta(days=ws.weekday())
            week = [monday + dt.timedelta(days=i) for i in range(7)]
            skip = {
                d
                for d in week
                if not cal.is_working_day(d) or not SEED_46_START <= d <= SEED_46_END
            }
            for b in blocks_for_week(SEED_TEMPLATE, monday, skip):
                block_repo.insert_block(store, replace(b, done=b.date <= dt.date(2026, 6, 5)))
    return goal_id
