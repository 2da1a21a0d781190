"""The 80/20 rule on customers (METHOD.md 5): rank by revenue, cumulative share, ABC classes.

* ``pareto(rows, as_of) -> Pareto`` — customers ranked by revenue (highest first, ties by
  name), each with its share and cumulative share of the total, an ABC class, days since the
  last contact and whether the next follow-up is due; the share of revenue from the top 20 %
  and the top 10 % list.
* ``top_share(revenues, fraction)`` — the share of the total from the top ``fraction`` of
  buying customers (the number checked against pandas in the tests).

Definitions (one place):

* The "top 20 %" are the first ``ceil(0.2 × n)`` of the ``n`` customers with revenue above
  zero in the window (customers who bought nothing are not part of the 80/20 split).
* ABC: a customer is **A** while the cumulative share *before* it is below 80 % (so the
  customer that crosses 80 % is still A), **B** below 95 %, else **C**; no revenue is C.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

A_SHARE = Fraction(80, 100)
B_SHARE = Fraction(95, 100)
TOP_FRACTION = Fraction(20, 100)
TOP_LIST_FRACTION = Fraction(10, 100)


@dataclass(frozen=True, slots=True)
class CustomerRevenue:
    """One customer's revenue in a window (the store aggregates it in SQL)."""

    id: int
    name: str
    revenue_fen: int
    deals: int = 0
    segment: str = ""
    region: str = ""
    priority: bool = False
    last_contact: dt.date | None = None
    next_follow_up: dt.date | None = None


@dataclass(frozen=True, slots=True)
class RankedCustomer:
    customer: CustomerRevenue
    rank: int  # 1 = most revenue
    share: Fraction  # of the total revenue
    cumulative: Fraction  # including this customer
    abc: str  # A | B | C
    days_since_contact: int | None
    follow_up_due: bool  # next follow-up on or before as_of

    @property
    def id(self) -> int:
        return self.customer.id

    @property
    def name(self) -> str:
        return self.customer.name


@dataclass(frozen=True, slots=True)
class Pareto:
    rows: tuple[RankedCustomer, ...]
    total_fen: int
    buyers: int  # customers with revenue > 0
    top_count: int  # ceil(20 % of buyers)
    top_share: Fraction  # their share of the total
    top10: tuple[RankedCustomer, ...]  # ceil(10 % of buyers)

    def to_json(self) -> dict[str, Any]:
        return {
            "total_fen": self.total_fen,
            "buyers": self.buyers,
            "top20_count": self.top_count,
            "top20_share": round(float(self.top_share), 4),
            "top10": [r.name for r in self.top10],
            "classes": {k: sum(1 for r in self.rows if r.abc == k) for k in "ABC"},
        }


def top_count(buyers: int, fraction: Fraction = TOP_FRACTION) -> int:
    return math.ceil(buyers * fraction) if buyers else 0


def top_share(revenues: Sequence[int], fraction: Fraction = TOP_FRACTION) -> Fraction:
    """Share of the total revenue from the top ``fraction`` of buying customers."""
    values = sorted((v for v in revenues if v > 0), reverse=True)
    total = sum(values)
    if not total:
        return Fraction(0)
    return Fraction(sum(values[: top_count(len(values), fraction)]), total)


def abc_class(before: Fraction, revenue_fen: int) -> str:
    if revenue_fen <= 0:
        return "C"
    if before < A_SHARE:
        return "A"
    if before < B_SHARE:
        return "B"
    return "C"


def pareto(rows: Sequence[CustomerRevenue], as_of: dt.date) -> Pareto:
    ordered = sorted(rows, key=lambda r: (-r.revenue_fen, r.name))
    total = sum(r.revenue_fen for r in ordered if r.revenue_fen > 0)
    out: list[RankedCustomer] = []
    running = 0
    for i, r in enumerate(ordered, start=1):
        before = Fraction(running, total) if total else Fraction(0)
        running += max(r.revenue_fen, 0)
        share = Fraction(max(r.revenue_fen, 0), total) if total else Fraction(0)
        cumulative = Fraction(running, total) if total else Fraction(0)
        days = (as_of - r.last_contact).days if r.last_contact else None
        due = r.next_follow_up is not None and r.next_follow_up <= as_of
        out.append(
            RankedCustomer(r, i, share, cumulative, abc_class(before, r.revenue_fen), days, due)
        )
    buyers = sum(1 for r in ordered if r.revenue_fen > 0)
    k = top_count(buyers)
    share = Fraction(sum(r.customer.revenue_fen for r in out[:k]), total) if total else Fraction(0)
    return Pareto(
        tuple(out), total, buyers, k, share, tuple(out[: top_count(buyers, TOP_LIST_FRACTION)])
    )
