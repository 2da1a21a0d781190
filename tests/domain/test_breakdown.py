import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesplanner.domain import breakdown as b
from salesplanner.domain.calendar import WorkCalendar

D = dt.date
WAN_FEN = 1_000_000


def test_ramp_98_gives_30_33_35():
    r = b.breakdown(98 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "ramp", Decimal(10))
    assert [m.amount_fen // WAN_FEN for m in r.months] == [30, 33, 35]
    assert sum(w.amount_fen for w in r.weeks) == sum(d.amount_fen for d in r.days) == 98 * WAN_FEN


def test_largest_remainder_example():
    assert b.largest_remainder(98, [Fraction(1), Fraction(11, 10), Fraction(12, 10)]) == [
        30,
        33,
        35,
    ]
    assert b.largest_remainder(10, [0, 0]) == [5, 5]


def test_even_and_seasonal():
    r = b.breakdown(90 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "even")
    assert [m.amount_fen // WAN_FEN for m in r.months] == [30, 30, 30]
    hist = {(2025, 1): 10, (2025, 2): 20, (2025, 3): 30}
    r = b.breakdown(60 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "seasonal", history_by_month=hist)
    assert [m.amount_fen // WAN_FEN for m in r.months] == [10, 20, 30]
    r = b.breakdown(60 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "seasonal", history_by_month={})
    assert [m.amount_fen // WAN_FEN for m in r.months] == [20, 20, 20]


def test_manual_edit_keeps_total():
    r = b.breakdown(
        98 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "ramp", manual_months={0: 40 * WAN_FEN}
    )
    amounts = [m.amount_fen for m in r.months]
    assert amounts[0] == 40 * WAN_FEN and sum(amounts) == 98 * WAN_FEN
    assert r.months[0].manual and not r.months[1].manual
    with pytest.raises(b.BreakdownError):
        b.apply_manual([30, 33, 35], {0: 99})
    with pytest.raises(b.BreakdownError):
        b.apply_manual([30, 33, 35], {0: 30, 1: 30, 2: 30})


def test_holiday_week_gets_less_than_a_full_week():
    r = b.breakdown(360 * WAN_FEN, D(2026, 1, 1), D(2026, 12, 31), "even")
    weeks = {w.start: w for w in r.weeks}
    national_day = weeks[D(2026, 9, 28)]  # Oct 1-7 holidays
    after = weeks[D(2026, 10, 5)]
    full = weeks[D(2026, 10, 12)]
    assert national_day.amount_fen < full.amount_fen
    assert after.amount_fen < full.amount_fen
    assert full.working_days == 5 and after.working_days < 5


def test_week_straddling_months_takes_from_both():
    r = b.breakdown(98 * WAN_FEN, D(2026, 1, 1), D(2026, 3, 31), "ramp")
    w = next(w for w in r.weeks if w.start == D(2026, 1, 26))  # Jan 26 – Feb 1
    jan_days = sum(d.amount_fen for d in r.days if D(2026, 1, 26) <= d.start <= D(2026, 1, 31))
    feb_days = sum(d.amount_fen for d in r.days if d.start == D(2026, 2, 1))
    assert w.amount_fen == jan_days + feb_days


def test_days_off_get_nothing():
    ov = {D(2026, 3, 2): "off"}
    r = b.breakdown(
        30 * WAN_FEN, D(2026, 3, 1), D(2026, 3, 31), "even", calendar=WorkCalendar(overrides=ov)
    )
    assert D(2026, 3, 2) not in [d.start for d in r.days]


@given(
    total=st.integers(min_value=0, max_value=10**7),
    weights=st.lists(st.fractions(min_value=0, max_value=100), min_size=1, max_size=24),
)
def test_largest_remainder_keeps_total(total, weights):
    parts = b.largest_remainder(total, weights)
    assert sum(parts) == total and all(p >= 0 for p in parts)


@settings(max_examples=40, deadline=None)
@given(
    total_wan=st.integers(min_value=0, max_value=5000),
    fen=st.integers(min_value=0, max_value=999_999),
    method=st.sampled_from(["even", "ramp", "seasonal"]),
    step=st.integers(min_value=-5, max_value=50),
    start=st.dates(min_value=D(2025, 1, 1), max_value=D(2026, 12, 1)),
    n_days=st.integers(min_value=0, max_value=200),
)
def test_breakdown_keeps_total_and_never_negative(total_wan, fen, method, step, start, n_days):
    total = total_wan * WAN_FEN + fen
    end = start + dt.timedelta(days=n_days)
    r = b.breakdown(total, start, end, method, Decimal(step), history_by_month={(2024, 3): 5})
    for level in (r.months, r.weeks, r.days):
        assert sum(p.amount_fen for p in level) == total
        assert all(p.amount_fen >= 0 for p in level)


@given(
    parts=st.lists(st.integers(min_value=0, max_value=1000), min_size=2, max_size=12),
    data=st.data(),
)
def test_manual_keeps_total(parts, data):
    total = sum(parts)
    i = data.draw(st.integers(min_value=0, max_value=len(parts) - 1))
    v = data.draw(st.integers(min_value=0, max_value=total))
    out = b.apply_manual(parts, {i: v})
    assert sum(out) == total and out[i] == v and all(p >= 0 for p in out)
