"""Demo databases built from METHOD.md's example: a software salesperson, or a desk of them.

* History: the three quarters before the current one total exactly 75, 80 and 85 万元
  (earlier quarters, for the ``large`` scale, ramp up to them), × the profile's scale.
* The current quarter's goal: baseline 85 → +15 % → 97.75 → 98 万, months 30 / 33 / 35 (the
  desk: 490万, months 150 / 165 / 175).
* Customers with a Pareto-like spread of revenue; sales, deals in flight and logged
  activities all from one funnel (see ``services.demo_pipeline``), daily follow-ups and phone
  calls, and the weekly template as blocks.

``small``: the method's rep, about 40 customers and a year of data. ``large``: a key-account
desk, three years, about 500 customers, 10,000 sales and 60,000 logged activities (for
benchmarks); ``decade``: the desk over ten years, about 31,000 sales and 190,000 activities
(benchmarks only). Everything is generated from a fixed seed relative to ``today`` so it looks
current.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from salesplanner.domain.calendar import add_months, week_start, working_days
from salesplanner.domain.money import wan_to_fen
from salesplanner.domain.templates import SEED_TEMPLATE, blocks_for_week
from salesplanner.errors import UserError
from salesplanner.services.demo_pipeline import Funnel
from salesplanner.store.db import Store


class DemoExistsError(UserError):
    pass


@dataclass(frozen=True)
class DemoProfile:
    """Who the demo is: how much they sell and the funnel their history was made with."""

    scale: int  # × the method's 75 / 80 / 85 → 98万
    funnel: Funnel
    followups_per_day: int
    phone_per_day: float
    team: str = ""  # "" a rep; else the desk's name in the goal's title
    pace_so_far: Decimal = Decimal("0.88")  # this quarter's sales to yesterday ÷ the goal's pace
    future_pace: float = 1.3  # the deals in flight: the sales to come ÷ the goal's pace
    funnel_measured: bool = False  # the goal's funnel measured from the history (as the wizard)
    deal_size: Decimal = Decimal(37500)  # the typed deal size when not measured


# The method's rep: 3.75万 deals, 15 of 40 visits become proposals (20 deals, 15 of them
# reach a proposal), 8 of 15 proposals are won; 5 follow-ups and a phone call a day.
METHOD_REP = DemoProfile(1, Funnel(Fraction(1, 2), Fraction(3, 4), Fraction(8, 15)), 5, 1.0)
# A key-account desk selling five times as much in many smaller orders to 500 accounts it
# knows: 4 of 5 visits open a deal, 5 of 6 deals reach a quote, 2 of 3 quotes are won.
KEY_ACCOUNT_DESK = DemoProfile(
    5,
    # reorders close fast: 1-5 days a stage
    Funnel(
        Fraction(4, 5),
        Fraction(5, 6),
        Fraction(2, 3),
        stage_days=(1, 5),
        negotiations_logged=0.25,
    ),
    followups_per_day=10,
    phone_per_day=2.0,
    team="大客户组",
    pace_so_far=Decimal("1.12"),
    future_pace=1.2,
    funnel_measured=True,
)


@dataclass(frozen=True)
class DemoScale:
    customers: int
    quarters: int  # quarters of history before the current one
    deals: int  # sales over the whole history (approximately)
    activities: int  # logged activity rows (approximately)
    block_weeks_back: int
    profile: DemoProfile = METHOD_REP


SCALES = {
    "small": DemoScale(customers=40, quarters=3, deals=78, activities=2400, block_weeks_back=6),
    "large": DemoScale(
        customers=500,
        quarters=12,
        deals=10_000,
        activities=60_000,
        block_weeks_back=156,
        profile=KEY_ACCOUNT_DESK,
    ),
    # ten years of history (benchmarks: the queries of every pane stay flat)
    "decade": DemoScale(
        customers=500,
        quarters=40,
        deals=31_000,
        activities=190_000,
        block_weeks_back=520,
        profile=KEY_ACCOUNT_DESK,
    ),
}

_PREFIXES = (
    "华星 远航 明德 恒通 瑞丰 金桥 天成 博远 启明 新峰 海岳 宏图 正泰 安信 东升 "
    "中科 嘉禾 联创 鼎盛 万邦 永兴 凯达 智联 润和 蓝海 云帆 汇通 同方 盛世 泰和"
).split()
_MIDDLES = "科技 软件 信息 网络 数据 智能 电子 系统 数码 通信".split()
_SUFFIXES = ["", "有限公司"]
_SEGMENTS = ["制造业", "零售", "金融", "教育", "医疗", "物流"]
_REGIONS = ["华东", "华南", "华北", "西南", "华中"]
_PRODUCTS = ["CRM 标准版", "CRM 专业版", "ERP 模块", "数据分析套件", "新版本升级"]
_OUTCOMES = ["有兴趣", "需再跟进", "约了演示", "暂无需求", "已发报价"]


def customer_names(n: int) -> list[str]:
    names = []
    for suffix in _SUFFIXES:
        for middle in _MIDDLES:
            for prefix in _PREFIXES:
                names.append(prefix + middle + suffix)
    if n > len(names):
        raise ValueError(f"at most {len(names)} demo customers")
    # 华星科技 first: the name used in the docs' examples
    return names[:n]


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _split_total(rng: random.Random, total_fen: int, n: int, sigma: float) -> list[int]:
    """``n`` positive amounts summing to exactly ``total_fen`` (lognormal spread, whole yuan)."""
    weights = [rng.lognormvariate(0, sigma) for _ in range(n)]
    s = sum(weights)
    parts = [int(total_fen * w / s) // 100 * 100 for w in weights]
    parts[-1] += total_fen - sum(parts)
    return parts


def write_demo(
    path: str | Path, scale: str = "small", force: bool = False, today: dt.date | None = None
) -> Path:
    path = Path(path)
    if scale not in SCALES:
        raise UserError(f"Unknown demo scale {scale!r}; use small or large.")
    if path.exists():
        if not force:
            raise DemoExistsError(f"{path} already exists; use --force to overwrite it.")
        path.unlink()
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if extra.exists():
                extra.unlink()
    store = Store.open(path)
    try:
        with store.transaction():
            _fill(store, SCALES[scale], today or dt.date.today())
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return path


def _fill(store: Store, sc: DemoScale, today: dt.date) -> None:
    rng = random.Random(20260101)
    conn = store.conn
    # -- customers: a Pareto-like value weight each ------------------------------------------
    names = customer_names(sc.customers)
    weights = sorted((rng.paretovariate(1.16) for _ in names), reverse=True)
    customer_rows = []
    for i, name in enumerate(names):
        birthday = dt.date(1965 + rng.randrange(30), rng.randrange(1, 13), rng.randrange(1, 29))
        customer_rows.append(
            (
                i + 1,
                name,
                rng.choice(["张", "王", "李", "赵", "陈", "刘"])
                + rng.choice(["经理", "总", "主任"]),
                f"1{rng.randrange(30, 90)}{rng.randrange(10**7, 10**8)}",
                rng.choice(_SEGMENTS),
                rng.choice(_REGIONS),
                birthday.isoformat(),
                1 if i < 5 else 0,
                (today + dt.timedelta(days=rng.randrange(-5, 20))).isoformat(),
            )
        )
    conn.executemany(
        "INSERT INTO customers(id, name, contact, phone, segment, region, birthday, priority, "
        "next_follow_up) VALUES (?,?,?,?,?,?,?,?,?)",
        customer_rows,
    )
    customer_ids = [r[0] for r in customer_rows]

    # -- quarter totals: ... → 75, 80, 85 万 (× the profile's scale), then the current quarter
    prof = sc.profile
    current_q = quarter_start(today)
    q_totals_wan = [Decimal(75), Decimal(80), Decimal(85)]
    while len(q_totals_wan) < sc.quarters:
        q_totals_wan.insert(0, max(Decimal(20), q_totals_wan[0] - Decimal(rng.randrange(2, 6))))
    q_totals_wan = [w * prof.scale for w in q_totals_wan]
    target_wan = Decimal(98) * prof.scale
    history_start = add_months(current_q, -3 * sc.quarters)
    q_days = working_days(current_q, add_months(current_q, 3) - dt.timedelta(days=1))
    done_days = [d for d in q_days if d < today]
    share = Decimal(len(done_days)) / Decimal(len(q_days)) if q_days else Decimal(0)
    # The current quarter up to yesterday: a little behind the goal's pace (to diagnose).
    so_far_fen = wan_to_fen(target_wan * share * prof.pace_so_far) if done_days else 0
    # one average deal size for the whole history, so that it holds about ``sc.deals`` sales
    all_fen = sum(wan_to_fen(w) for w in q_totals_wan) + so_far_fen
    deal_fen = all_fen / sc.deals
    deal_rows: list[tuple[Any, ...]] = []
    contract_rows: list[tuple[Any, ...]] = []

    def add_deals(q_start: dt.date, q_end: dt.date, total_fen: int) -> None:
        days = working_days(q_start, q_end)
        if not days or total_fen <= 0:
            return
        n = max(2, round(total_fen / deal_fen))
        for amount in _split_total(rng, total_fen, n, 0.5):
            day = rng.choice(days)
            cid = rng.choices(customer_ids, weights=weights)[0]
            deal_id = len(deal_rows) + 1
            deal_rows.append(
                (deal_id, day.isoformat(), cid, amount, rng.choice(_PRODUCTS), "演示数据")
            )
            contract_rows.append((day.isoformat(), "contract", 1, cid, "签约", amount, deal_id))

    for qi, total in enumerate(q_totals_wan):
        q_start = add_months(history_start, 3 * qi)
        add_deals(q_start, add_months(q_start, 3) - dt.timedelta(days=1), wan_to_fen(total))
    add_deals(current_q, today - dt.timedelta(days=1), so_far_fen)
    conn.executemany(
        "INSERT INTO deals(id, date, customer_id, amount_fen, product, note) VALUES (?,?,?,?,?,?)",
        deal_rows,
    )

    # -- the pipeline behind those sales and its funnel activities, then the daily work ----
    from salesplanner.services.demo_pipeline import Sale, build_pipeline
    from salesplanner.store import opportunities as opp_repo

    sales = [Sale(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in deal_rows]
    stages = [s.key for s in sorted(opp_repo.list_stages(store), key=lambda s: s.sort)]
    stages = [k for k in stages if k not in ("won", "lost")]
    # the sales still to come at the goal's pace, as far ahead as a deal can take
    pace = prof.future_pace * wan_to_fen(target_wan) / max(1, len(q_days))  # fen a day
    ahead = working_days(today, today + dt.timedelta(days=prof.funnel.stage_days[1] * len(stages)))
    n_future = max(1, round(pace * len(ahead) / deal_fen))
    future = [
        (ahead[i * len(ahead) // n_future], rng.choices(customer_ids, weights=weights)[0],
         amount, rng.choice(_PRODUCTS))
        for i, amount in enumerate(_split_total(rng, int(pace * len(ahead)), n_future, 0.5))
    ]  # fmt: skip
    pipe = build_pipeline(
        today, sales, customer_ids, weights, future, _PRODUCTS, prof.funnel, stages
    )
    opp_repo.insert_many(store, pipe.opps, pipe.history)
    activity_rows = [(*r, pipe.opp_of_sale.get(r[6])) for r in contract_rows] + pipe.activities
    # follow-ups and phone calls every working day: the rest of the activity rows
    days = working_days(history_start, today - dt.timedelta(days=1))
    others = max(0, sc.activities - len(activity_rows))
    daily = prof.followups_per_day + prof.phone_per_day
    per_day = min(daily, others / max(1, len(days)))
    linked: dict[tuple[str, str], int] = {}  # follow-ups the open deals had, part of the day's
    for r in pipe.activities:
        linked[r[0], r[1]] = linked.get((r[0], r[1]), 0) + 1
    for day in days:
        for code, rate in (("followup", prof.followups_per_day), ("phone", prof.phone_per_day)):
            expected = per_day * rate / daily
            n = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
            n -= linked.get((day.isoformat(), code), 0)
            for _ in range(n):
                cid = rng.choices(customer_ids, weights=weights)[0]
                activity_rows.append(
                    (day.isoformat(), code, 1, cid, rng.choice(_OUTCOMES), None, None, None)
                )
    activity_rows.sort(key=lambda r: r[0])
    conn.executemany(
        "INSERT INTO activities(date, activity_code, count, customer_id, outcome, amount_fen, "
        "deal_id, opportunity_id) VALUES (?,?,?,?,?,?,?,?)",
        activity_rows,
    )

    # -- the weekly template as blocks: weeks back up to next week ---------------------------
    this_monday = week_start(today)
    all_days = set(
        working_days(
            this_monday - dt.timedelta(weeks=sc.block_weeks_back),
            this_monday + dt.timedelta(days=13),
        )
    )
    block_rows = []
    for w in range(-sc.block_weeks_back, 2):
        monday = this_monday + dt.timedelta(weeks=w)
        week_days = {monday + dt.timedelta(days=i) for i in range(7)}
        skip = {d for d in week_days if d not in all_days}
        for b in blocks_for_week(SEED_TEMPLATE, monday, skip):
            done = 1 if b.date < today else 0
            block_rows.append(
                (b.date.isoformat(), b.start_min, b.end_min, b.code, b.note, b.planned_count, done)
            )
    conn.executemany(
        "INSERT INTO time_blocks(date, start_min, end_min, activity_code, note, "
        "planned_count, done) "
        "VALUES (?,?,?,?,?,?,?)",
        block_rows,
    )

    # -- the goal: the current quarter, 98万 (× the profile's scale) -------------------------
    _write_goal(store, current_q, q_totals_wan[-3:], prof)
    if prof.scale > 1:
        _size_blocks_to_targets(store, this_monday)


def _size_blocks_to_targets(store: Store, monday: dt.date) -> None:
    """A desk's calendar: the template's blocks hold the week's targets, not one rep's."""
    per_week: dict[str, int] = {}
    for t in SEED_TEMPLATE:
        per_week[t.code] = per_week.get(t.code, 0) + t.planned_count
    rows = store.execute(
        "SELECT activity_code, target_count FROM activity_targets WHERE level = 'week' "
        "AND start_date = ?",
        (monday.isoformat(),),
    ).fetchall()
    for code, target in rows:
        if per_week.get(code) and target > per_week[code]:
            factor = -(-target // per_week[code])  # rounded up: the plan holds the target
            store.execute(
                "UPDATE time_blocks SET planned_count = planned_count * ? "
                "WHERE activity_code = ? AND planned_count > 0",
                (factor, code),
            )


def _write_goal(
    store: Store, q_start: dt.date, history_wan: list[Decimal], prof: DemoProfile
) -> None:
    """The quarter goal through the goal service: the last quarter +15 %, months in the ratio
    30/33/35, weeks, days and activity targets from the funnel the history was made with."""
    from salesplanner.domain.funnel import FunnelInputs
    from salesplanner.domain.goals import Factor, Goal, HistoryPoint, with_tiers
    from salesplanner.services import tiers
    from salesplanner.services.goals import default_plan, measured_rates, save_goal

    q_end = add_months(q_start, 3) - dt.timedelta(days=1)
    history = tuple(
        HistoryPoint(
            f"{add_months(q_start, -3 * (3 - i)).year} Q"
            f"{(add_months(q_start, -3 * (3 - i)).month - 1) // 3 + 1}",
            w * 10000,
            add_months(q_start, -3 * (3 - i)),
        )
        for i, w in enumerate(history_wan)
    )
    target_wan = 98 * prof.scale
    if prof.funnel_measured:
        # the rates the wizard measures from the year before (the history's own funnel)
        funnel = measured_rates(store, q_start).inputs(prof.followups_per_day)
    else:  # the method's worked example, which the small demo's history follows
        funnel = FunnelInputs(
            prof.deal_size, prof.funnel.close_rate, prof.funnel.proposal_rate,
            prof.followups_per_day,
        )  # fmt: skip
    goal = Goal(
        title=f"{q_start.year} Q{(q_start.month - 1) // 3 + 1} {prof.team}销售目标",
        target=Decimal(target_wan * 10000),
        period_kind="quarter",
        start=q_start,
        end=q_end,
        statement=f"本季度{prof.team}完成 {target_wan} 万元软件销售额（{q_end:%m月%d日}前）",
        focus="新版本软件",
        relevance="公司重点推广新版本",
        baseline_method="last",
        baseline=history_wan[-1] * 10000,
        uplift_pct=Decimal(15),
        history=history,
        factors=(
            Factor("公司推出新版本软件，市场需求增加", 1, None, ""),
            Factor("竞争对手推出类似产品，竞争加剧", -1, None, ""),
        ),
        breakdown_method="ramp",
        funnel=funnel.to_json(),
        # 目标 / 冲刺 / 挑战 as the wizard proposes them from the past weeks
        plan=with_tiers(
            {
                "kras": ["客户开发", "客户跟进", "提案提交", "合同签订"],
                "resources": ["使用CRM系统管理客户信息", "分配20%时间用于学习新产品知识"],
                "risks": [{"risk": "客户拜访量不足", "fallback": "增加电话拜访次数"}],
            },
            tiers.propose(store, q_start, q_end, Decimal(target_wan * 10000), Decimal(10000)).tiers,
        ),
    )
    save_goal(store, default_plan(store, goal))


def ensure_demo(path: Path) -> None:
    """Write the demo database if it does not exist yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)  # the app's own data folder
        write_demo(path, scale="small")
