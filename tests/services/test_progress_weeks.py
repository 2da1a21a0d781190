"""The Progress pane's weekly bars of a month add up to the month (weeks cut by the month edge)."""

import datetime as dt

from salesplanner.domain.money import wan_to_fen
from salesplanner.services import progress as svc


def test_month_weeks_add_up_to_the_month_target(demo_store):
    # November 2026 starts on a Sunday and ends on a Monday: both edge weeks are cut.
    p = svc.progress(demo_store, dt.date(2026, 11, 26), "month")
    assert (p.start, p.end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert p.target_fen == wan_to_fen(33)
    assert sum(w.target_fen for w in p.weeks) == p.target_fen
    first, last = p.weeks[0], p.weeks[-1]
    assert first.start == first.end == dt.date(2026, 11, 1)
    assert first.target_fen == 0  # a Sunday: no working day, no target
    assert last.start == last.end == dt.date(2026, 11, 30)
    assert 0 < last.target_fen < wan_to_fen(3)  # one working day of 33万 over 21


def test_whole_weeks_keep_their_stored_targets(demo_store):
    p = svc.progress(demo_store, dt.date(2026, 11, 26), "month")
    week = next(w for w in p.weeks if w.start == dt.date(2026, 11, 23))
    assert week.target_fen == 7_850_000  # as planned in the goal's week breakdown
