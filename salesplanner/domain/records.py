"""Plain records shared across the domain: customers, deals, logged activities, time blocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Stable codes of the activity types (the store seeds these; labels live in ui/labels.py).
VISIT = "visit"
PHONE = "phone"
FOLLOWUP = "followup"
PROPOSAL = "proposal"
NEGOTIATION = "negotiation"
CONTRACT = "contract"
EVENT = "event"
REVIEW = "review"
LEARNING = "learning"
ADMIN = "admin"
BUFFER = "buffer"

ACTIVITY_CODES: tuple[str, ...] = (
    VISIT,
    PHONE,
    FOLLOWUP,
    PROPOSAL,
    NEGOTIATION,
    CONTRACT,
    EVENT,
    REVIEW,
    LEARNING,
    ADMIN,
    BUFFER,
)


@dataclass(frozen=True, slots=True)
class Customer:
    id: int | None
    name: str
    contact: str = ""
    phone: str = ""
    segment: str = ""
    region: str = ""
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD"
    priority: bool = False
    next_follow_up: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Deal:
    """A sales record: won business on a date (amount in yuan)."""

    id: int | None
    date: dt.date
    amount: Decimal
    customer_id: int | None = None
    customer_name: str = ""
    product: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    rep: str = ""
    region: str = ""
    stage: str = "won"
    note: str = ""
    contact_id: int | None = None  # the person at the customer it was sold to


@dataclass(frozen=True, slots=True)
class Activity:
    """Something done on a date: ``count`` visits, calls, proposals …"""

    id: int | None
    date: dt.date
    code: str
    count: int = 1
    customer_id: int | None = None
    customer_name: str = ""
    outcome: str = ""
    amount: Decimal | None = None  # for a contract
    deal_id: int | None = None
    block_id: int | None = None
    note: str = ""
    contact_id: int | None = None  # the person at the customer it was done with


@dataclass(frozen=True, slots=True)
class TimeBlock:
    """A planned block on the week calendar; minutes after midnight."""

    id: int | None
    date: dt.date
    start_min: int
    end_min: int
    code: str
    customer_id: int | None = None
    customer_name: str = ""
    note: str = ""
    planned_count: int = 0
    done: bool = False
    opportunity_id: int | None = None  # the deal the block is for (a deal to chase)
    contact_id: int | None = None  # the person at the customer it is with

    @property
    def minutes(self) -> int:
        return self.end_min - self.start_min


@dataclass(frozen=True, slots=True)
class WeeklyReview:
    week_start: dt.date
    worked: str = ""
    obstacles: str = ""
    adjustments: str = ""
    help_needed: str = ""
    numbers: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
