"""The demo's pipeline (商机), coherent with its sales history.

* About 60 % of the demo's sales came through the pipeline: each becomes a won opportunity
  that walked the stages (线索 → … → 商务谈判 → 赢单) before the sale's date, first estimated a
  little off its final amount and expected to close a few days off (some slipped).
* For each won deal about two were lost, at every stage (most early), each with a reason.
  So the measured win rate is about a third, and higher the later the stage.
* The open pipeline: deals closing in the rest of the current quarter worth about twice what
  is still to win of the 98万 goal (less than a one-in-three win rate needs: the forecast and
  the diagnosis have something to say), a few closing next quarter, some overdue or without a
  next step, and the customers' recent activities belonging to them.

Everything is drawn from its own seed, so the rest of the demo is unchanged.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from salesplanner.domain import opportunities as dom
from salesplanner.domain.calendar import add_months
from salesplanner.domain.money import from_fen
from salesplanner.domain.opportunities import CHANNELS, Opportunity, StageChange
from salesplanner.store import opportunities as repo
from salesplanner.store.db import Store

SEED = 20261203
THROUGH_PIPELINE = 0.6  # share of the sales that were opportunities first
LOST_PER_WON = 2.0
COVERAGE = 2.0  # open pipeline closing this quarter ÷ what is still to win
# where lost deals dropped out (open stages in order)
LOST_AT = (0.25, 0.25, 0.2, 0.2, 0.1)
LOST_REASONS = ("价格太高", "选了竞争对手", "预算取消", "需求变化", "决策人变动", "客户没有回应")
NEXT_STEPS = ("约演示", "发报价", "确认需求", "安排拜访", "催合同", "技术交流", "商务谈判")
TITLES = ("CRM 升级", "新版本采购", "数据分析项目", "ERP 扩展", "年度续约", "分公司上线")


@dataclass(frozen=True)
class Sale:
    id: int
    date: dt.date
    customer_id: int
    amount_fen: int
    product: str


class _Builder:
    def __init__(self, rng: random.Random, stages: list[str]):
        self.rng, self.stages = rng, stages
        self.opps: list[Opportunity] = []
        self.history: list[StageChange] = []

    def _path(
        self, oid: int, created: dt.date, until: dt.date, upto: int, amount: Decimal, close: dt.date
    ) -> None:
        """Stages 0..``upto`` entered at even steps from ``created``, the last before ``until``."""
        step = max(1, (until - created).days // (upto + 1))
        for i, key in enumerate(self.stages[: upto + 1]):
            day = created + dt.timedelta(days=step * i)
            previous = self.stages[i - 1] if i else None
            self.history.append(StageChange(oid, day, previous, key, close, amount))

    def closed(
        self,
        customer_id: int,
        closed: dt.date,
        amount_fen: int,
        product: str,
        won_deal: int | None,
        lost_at: int,
    ) -> None:
        rng = self.rng
        oid = len(self.opps) + 1
        is_won = won_deal is not None
        final = from_fen(amount_fen)
        first = (final / Decimal(repr(rng.lognormvariate(0, 0.15)))).quantize(Decimal(100))
        upto = len(self.stages) - 1 if is_won else lost_at
        created = closed - dt.timedelta(days=sum(rng.randint(3, 18) for _ in range(upto + 1)))
        expected = closed - dt.timedelta(days=rng.choice((-7, -3, 0, 0, 5, 10, 14, 21, 30)))
        self._path(oid, created, closed, upto, first, expected)
        outcome = dom.WON if is_won else dom.LOST
        amount = final if is_won else first
        self.history.append(StageChange(oid, closed, self.stages[upto], outcome, expected, amount))
        self.opps.append(
            Opportunity(
                oid,
                "",
                rng.choice(TITLES),
                amount,
                outcome,
                created,
                customer_id=customer_id,
                expected_close=expected,
                channel=rng.choice(CHANNELS),
                product=product,
                closed=closed,
                outcome=outcome,
                lost_reason="" if is_won else rng.choice(LOST_REASONS),
                deal_id=won_deal,
            )
        )

    def open(
        self,
        customer_id: int,
        amount: Decimal,
        at: int,
        close: dt.date,
        today: dt.date,
        product: str,
    ) -> None:
        rng = self.rng
        oid = len(self.opps) + 1
        created = today - dt.timedelta(days=rng.randint(5, 20) * (at + 1))
        self._path(oid, created, today, at, amount, close)
        has_next = rng.random() < 0.75
        self.opps.append(
            Opportunity(
                oid,
                "",
                rng.choice(TITLES),
                amount,
                self.stages[at],
                created,
                customer_id=customer_id,
                expected_close=close,
                next_step=rng.choice(NEXT_STEPS) if has_next else "",
                next_step_date=today + dt.timedelta(days=rng.randint(-4, 9)) if has_next else None,
                channel=rng.choice(CHANNELS),
                product=product,
                commit=at == len(self.stages) - 1 and rng.random() < 0.5,
            )
        )


def fill_pipeline(
    store: Store,
    today: dt.date,
    sales: list[Sale],
    customer_ids: list[int],
    weights: list[float],
    quarter: tuple[dt.date, dt.date],
    still_to_win_fen: int,
    products: list[str],
) -> None:
    """Write the demo's opportunities and their history (inside the caller's transaction)."""
    rng = random.Random(SEED)
    stages = [s.key for s in dom.open_stages(repo.list_stages(store))]
    b = _Builder(rng, stages)
    first_day = min((s.date for s in sales), default=today)
    won = [s for s in sales if rng.random() < THROUGH_PIPELINE]
    amounts = [s.amount_fen for s in won] or [50_000_00]
    for s in won:
        b.closed(s.customer_id, s.date, s.amount_fen, s.product, s.id, len(stages) - 1)
    span = max(1, (today - dt.timedelta(days=1) - first_day).days)
    for _ in range(int(len(won) * LOST_PER_WON)):
        closed = first_day + dt.timedelta(days=rng.randrange(span))
        at = rng.choices(range(len(stages)), weights=LOST_AT)[0]
        cid = rng.choices(customer_ids, weights=weights)[0]
        b.closed(cid, closed, rng.choice(amounts), rng.choice(products), None, at)

    # the open pipeline: this quarter's rest about COVERAGE × what is still to win, then more
    q_start, q_end = quarter
    target = still_to_win_fen * COVERAGE
    total = 0
    while total < target:
        amount_fen = rng.choice(amounts) // 100 * 100
        at = rng.choices(range(len(stages)), weights=(2, 2, 3, 3, 2))[0]
        close = today + dt.timedelta(days=rng.randint(-10, max(1, (q_end - today).days)))
        close = max(close, q_start)
        b.open(
            rng.choices(customer_ids, weights=weights)[0],
            from_fen(amount_fen),
            at,
            close,
            today,
            rng.choice(products),
        )
        total += amount_fen
    next_end = add_months(q_end + dt.timedelta(days=1), 3) - dt.timedelta(days=1)
    for _ in range(max(3, len(b.opps) // 40)):
        at = rng.choices(range(len(stages)), weights=(4, 3, 2, 1, 1))[0]
        close = q_end + dt.timedelta(days=rng.randint(5, (next_end - q_end).days))
        amount = from_fen(rng.choice(amounts) // 100 * 100)
        b.open(
            rng.choices(customer_ids, weights=weights)[0],
            amount,
            at,
            close,
            today,
            rng.choice(products),
        )
    repo.insert_many(store, b.opps, b.history)
    repo.link_sale_activities(store)
    repo.link_latest_activities(store, b.opps)
