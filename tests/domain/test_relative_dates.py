"""Days ahead in words (下周二, 3天后, next Tuesday, in 3 days): weeks start on Monday."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesplanner.domain.relative_dates import add_months, cn_number, find_ahead, parse_ahead

FRIDAY = dt.date(2026, 12, 4)
SUNDAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text, today, expected",
    [
        ("明天", FRIDAY, dt.date(2026, 12, 5)),
        ("后天", FRIDAY, dt.date(2026, 12, 6)),
        ("大后天", FRIDAY, dt.date(2026, 12, 7)),
        ("下周二", FRIDAY, dt.date(2026, 12, 8)),
        ("下星期五", FRIDAY, dt.date(2026, 12, 11)),
        # on a Sunday, next week's Tuesday is two days on: the week starts on Monday
        ("下周二", SUNDAY, dt.date(2026, 12, 8)),
        ("周二", FRIDAY, dt.date(2026, 12, 8)),
        ("周五", FRIDAY, dt.date(2026, 12, 11)),  # today is Friday: the coming one
        ("下周", FRIDAY, dt.date(2026, 12, 7)),
        ("下个月", FRIDAY, dt.date(2027, 1, 4)),
        ("下个月", dt.date(2027, 1, 31), dt.date(2027, 2, 28)),
        ("3天后", FRIDAY, dt.date(2026, 12, 7)),
        ("三天后", FRIDAY, dt.date(2026, 12, 7)),
        ("十天以后", FRIDAY, dt.date(2026, 12, 14)),
        ("2周后", FRIDAY, dt.date(2026, 12, 18)),
        ("两个月后", FRIDAY, dt.date(2027, 2, 4)),
        ("tomorrow", FRIDAY, dt.date(2026, 12, 5)),
        ("next Tuesday", FRIDAY, dt.date(2026, 12, 8)),
        ("next tuesday", SUNDAY, dt.date(2026, 12, 8)),
        ("on Monday", FRIDAY, dt.date(2026, 12, 7)),
        ("next week", FRIDAY, dt.date(2026, 12, 7)),
        ("next month", FRIDAY, dt.date(2027, 1, 4)),
        ("in 3 days", FRIDAY, dt.date(2026, 12, 7)),
        ("in two weeks", FRIDAY, dt.date(2026, 12, 18)),
        ("in a month", FRIDAY, dt.date(2027, 1, 4)),
    ],
)
def test_phrases(text, today, expected):
    assert parse_ahead(text, today) == expected


def test_the_phrase_is_found_inside_a_note():
    assert find_ahead("下周二再联系", FRIDAY) == (dt.date(2026, 12, 8), 0, 3)
    assert find_ahead("call again in 3 days please", FRIDAY) == (dt.date(2026, 12, 7), 11, 20)


@pytest.mark.parametrize("text", ["visit Sun Corp", "Mon Cheri", "约了演示", "0天后", "一天", ""])
def test_words_that_are_no_day_ahead(text):
    assert find_ahead(text, FRIDAY) is None


def test_chinese_numbers():
    assert [cn_number(t) for t in ("3", "三", "十", "十二", "二十", "二十五", "两")] == [
        3,
        3,
        10,
        12,
        20,
        25,
        2,
    ]
    assert cn_number("十十") is None and cn_number("天") is None


days = st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31))
weekday_words = st.sampled_from(list(enumerate("一二三四五六日")))


@given(days, weekday_words)
def test_next_week_weekday_is_in_the_next_iso_week(today, weekday):
    index, word = weekday
    got = parse_ahead(f"下周{word}", today)
    assert got.weekday() == index
    assert got.isocalendar()[:2] == (today + dt.timedelta(weeks=1)).isocalendar()[:2]
    assert parse_ahead(f"next {got.strftime('%A')}", today) == got


@given(days, weekday_words)
def test_a_weekday_alone_is_the_coming_one(today, weekday):
    index, word = weekday
    got = parse_ahead(f"周{word}", today)
    assert got.weekday() == index and 1 <= (got - today).days <= 7


@given(days, st.integers(1, 400))
def test_n_days_later(today, n):
    assert parse_ahead(f"{n}天后", today) == today + dt.timedelta(days=n)
    assert parse_ahead(f"in {n} days", today) == today + dt.timedelta(days=n)


@given(days, st.integers(1, 36))
def test_months_keep_the_day_or_take_the_months_last(today, n):
    got = add_months(today, n)
    assert (got.year * 12 + got.month) - (today.year * 12 + today.month) == n
    assert got.day == today.day or (got.day < today.day and (got + dt.timedelta(days=1)).day == 1)
