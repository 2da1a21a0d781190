"""Catch-up options sized from the gap (issue 12, the large demo's 'add 6 visits ≈ +1.87万'
beside a week that needs 51 more): when the free hours hold fewer visits than the gap, the
option says how many visits and how much money are left over, at the rate used."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from salesplanner.domain.diagnosis import (
    CatchUpPlan,
    WeekNeed,
    catch_up_options,
    message_text,
)

MON = dt.date(2026, 6, 8)
DAYS = [MON + dt.timedelta(days=i) for i in range(5)]
WAN = 1_000_000  # fen


def test_visits_beyond_the_free_hours_are_named_with_their_value():
    # the week needs 50 visits at 1万 each, nothing planned; 9:00–12:00 free, 1 h buffer:
    # 2 one-hour visits a day fit, 10 in the week, 40 visits (40万) are left over
    week = WeekNeed(MON, MON + dt.timedelta(days=6), 5, 50 * WAN, 50, 50, None, None)
    plan = CatchUpPlan(MON, DAYS[-1], 50 * WAN, 5, (week,), Fraction(WAN), "observed",
                       Fraction(WAN), ())  # fmt: skip
    opts = catch_up_options(plan, MON, [], DAYS, work_start=540, work_end=720, buffer_min=60)
    more = next(o for o in opts if o.key == "more_visits")
    assert more.visits == 10 and more.effect_fen == 10 * WAN
    texts = [message_text(m) for m in more.messages]
    assert texts[1] == (
        "Only 10 of the 50 visits the week needs fit next week without using the buffer: "
        "the other 40 (about 40万) need more free hours than the week has; see the options "
        "below and the weeks after."
    )
