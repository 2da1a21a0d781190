import datetime as dt

from salesplanner.domain import calendar as c
from salesplanner.domain.settings import Settings

D = dt.date


def test_make_up_day_and_holidays_2026():
    cal = c.WorkCalendar()
    assert cal.is_working_day(D(2026, 1, 4))  # Sunday worked in exchange (调休)
    assert not cal.is_working_day(D(2026, 1, 1))
    assert not cal.is_working_day(D(2026, 1, 2))
    assert not cal.is_working_day(D(2026, 10, 1))
    assert cal.is_working_day(D(2026, 9, 20))  # Sunday before National Day
    assert c.working_days(D(2026, 1, 1), D(2026, 1, 31))[0] == D(2026, 1, 4)
    assert len(c.working_days(D(2026, 1, 1), D(2026, 1, 31))) == 21


def test_overrides_win():
    ov = {D(2026, 1, 5): "off", D(2026, 1, 10): "work"}
    days = c.working_days(D(2026, 1, 5), D(2026, 1, 11), Settings(), ov)
    assert D(2026, 1, 5) not in days and D(2026, 1, 10) in days


def test_schedule_known():
    assert c.schedule_known(2026, "CN")
    assert not c.schedule_known(2027, "CN")
    assert c.unknown_schedule_years(D(2026, 11, 1), D(2027, 2, 1)) == [2027]


def test_unknown_year_counts_hand_marked_days():
    # 2027: statutory holidays are estimated; a make-up Saturday marked by hand counts.
    sat = D(2027, 2, 20)
    assert not c.WorkCalendar().is_working_day(sat)
    assert c.WorkCalendar(overrides={sat: "work"}).is_working_day(sat)


def test_own_weekend():
    s = Settings(weekend_days=(6,))  # works Saturdays
    cal = c.WorkCalendar(s)
    assert cal.is_working_day(D(2026, 1, 10))  # Saturday
    assert not cal.is_working_day(D(2026, 1, 11))
    assert not cal.is_working_day(D(2026, 10, 1))


def test_slicing():
    assert c.months(D(2026, 1, 15), D(2026, 3, 3)) == [
        (D(2026, 1, 15), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 28)),
        (D(2026, 3, 1), D(2026, 3, 3)),
    ]
    weeks = c.iso_weeks(D(2026, 1, 1), D(2026, 1, 14))
    assert weeks == [
        (D(2026, 1, 1), D(2026, 1, 4)),
        (D(2026, 1, 5), D(2026, 1, 11)),
        (D(2026, 1, 12), D(2026, 1, 14)),
    ]
    assert c.period_end(D(2026, 1, 1), "quarter") == D(2026, 3, 31)
    assert c.period_end(D(2026, 1, 1), "year") == D(2026, 12, 31)
