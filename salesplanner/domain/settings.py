"""The rep's preferences that change what the domain computes (stored in the plan file)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    currency_unit: str = "wan"  # "wan" (万元) or "yuan" (元)
    week_start: int = 0  # 0 = Monday (ISO); 6 = Sunday
    work_start_min: int = 8 * 60 + 30  # working hours shown on the week calendar
    work_end_min: int = 18 * 60
    buffer_min_per_day: int = 60  # trap 4.2: unplanned time to keep free each working day
    learning_share: Decimal = Decimal("0.20")  # METHOD.md 3.3: 20 % of time for learning
    holiday_region: str = "CN"  # ISO country code for the `holidays` package
    weekend_days: tuple[int, ...] = (5, 6)  # Saturday, Sunday
    fold_weekend: bool = False
    language: str = ""  # "" = follow the system; "zh_CN" or "en"
    backups_keep: int = 10
    followups_per_day: int = 5
    stale_days: int = 14  # an open deal with no activity for this many days is stale
    # METHOD.md 5.3: days between follow-ups of an A, B and C customer (the customer card)
    follow_up_cadence: tuple[int, int, int] = (14, 30, 90)
    # greeting templates (one text each, {name} and {holiday} put in); () = the built-in ones
    # in the rep's language
    birthday_greetings: tuple[str, ...] = ()
    holiday_greetings: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
