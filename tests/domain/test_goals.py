"""METHOD.md sections 1-2: history, baseline, challenge, verdict, SMART."""

import datetime as dt
from decimal import Decimal as D

import pytest

from salesplanner.domain import goals as g

W = D(10000)


def wan(*xs):
    return [D(x) * W for x in xs]


def test_worked_example_85_to_98():
    s = g.suggest(wan(75, 80, 85), "last", (), D(15), W)
    assert (s.baseline, s.raw, s.target) == (850000, 977500, 980000)
    assert s.verdict.level == g.STRETCH


def test_baseline_options():
    assert g.baseline_options(wan(75, 80, 85)) == {
        "last": 850000,
        "average": 800000,
        "trend": 900000,
    }


def test_trend_and_growth():
    slope, intercept = g.linear_trend([D(75), D(80), D(85)])
    assert (slope, intercept) == (5, 75)
    assert g.growth_rates([D(100), D(110), D(0), D(5)])[:2] == [None, D(10)]
    assert g.growth_rates([D(100), D(110), D(0), D(5)])[3] is None


def test_factors_adjust_only_with_pct():
    base = D(850000)
    assert g.apply_factors(base, [g.Factor("new version", 1), g.Factor("competitor", -1)]) == base
    assert g.apply_factors(
        base, [g.Factor("new version", 1, D(10)), g.Factor("competitor", -1, D(4))]
    ) == D(901000)


def test_rounding_half_up_to_step():
    assert g.round_to_step(D(975000), W) == D(980000)
    assert g.round_to_step(D(974999), W) == D(970000)
    assert g.round_to_step(D(977500), D(0)) == D(977500)


@pytest.mark.parametrize(
    "target,level",
    [
        (40, g.TOO_LOW),
        (52, g.COMFORTABLE),
        (55, g.STRETCH),
        (60, g.STRETCH),
        (70, g.AGGRESSIVE),
        (75, g.AGGRESSIVE),
        (76, g.UNREALISTIC),
        (200, g.UNREALISTIC),
    ],
)
def test_verdict_bands_monthly_50(target, level):
    assert g.judge(D(target) * W, wan(50, 50, 50)).level == level


def test_too_low_against_rising_trend():
    v = g.judge(D(88) * W, wan(75, 80, 85))
    assert v.level == g.TOO_LOW and v.reason.code == "verdict.too_low_trend"


def test_no_history_is_unknown():
    v = g.judge(D(100), [])
    assert v.level == g.UNKNOWN and "history" in g.message_text(v.reason)


def test_period_totals_fill_empty_periods():
    sales = [
        (dt.date(2026, 1, 5), D(100)),
        (dt.date(2026, 3, 9), D(50)),
        (dt.date(2026, 3, 10), D(25)),
    ]
    pts = g.period_totals(sales, "month", dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert [(p.label, p.amount) for p in pts] == [("2026-01", 100), ("2026-02", 0), ("2026-03", 75)]
    q = g.period_totals(sales, "quarter", dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert [(p.label, p.amount) for p in q] == [("2026Q1", 175)]


def _goal(**kw):
    base = dict(
        title="Q1",
        target=D(980000),
        period_kind="quarter",
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 3, 31),
        statement="This quarter 98万 of the new version",
        focus="new version",
        relevance="company pushes the new version",
        history=tuple(g.HistoryPoint(str(i), v) for i, v in enumerate(wan(75, 80, 85))),
        baseline=D(850000),
    )
    base.update(kw)
    return g.Goal(**base)


def test_smart_all_pass():
    results = g.smart_check(_goal())
    assert [r.criterion for r in results] == list(g.SMART_CRITERIA)
    assert all(r.status == g.PASS for r in results)
    assert [g.message_text(r.message) for r in results] == [
        'The goal is written down and focused on "new version".',
        "A number with a unit: 98万.",
        "98万 is 15.3% above the baseline 85万: a stretch within the method's 10-20% challenge.",
        'Tied to the company\'s focus: "company pushes the new version".',
        "From 2026-01-01 to the deadline 2026-03-31.",
    ]


def test_smart_failures_say_what_to_fix():
    results = {
        r.criterion: r
        for r in g.smart_check(
            _goal(statement="", focus="", relevance="", target=D(3000000), end=None)
        )
    }
    assert results["specific"].status == g.FAIL
    assert results["achievable"].status == g.FAIL
    assert results["relevant"].status == g.FAIL
    assert results["time_bound"].status == g.FAIL
    assert results["measurable"].status == g.PASS
    r = {x.criterion: x for x in g.smart_check(_goal(focus="", relevance=""))}
    assert r["specific"].status == g.WARN and r["relevant"].status == g.FAIL
    r = {x.criterion: x for x in g.smart_check(_goal(relevance=""))}
    assert r["relevant"].status == g.WARN
    r = {x.criterion: x for x in g.smart_check(_goal(target=D(0)))}
    assert r["measurable"].status == g.FAIL


def test_every_message_code_has_english():
    """Every code goals.py can emit has an English text, and the table has no dead entries."""
    import inspect
    import re

    source = inspect.getsource(g)
    emitted = set(re.findall(r'Message\(\s*"([a-z_]+\.[a-z_]+)"', source))
    # the verdict levels come from one f-string: f"verdict.{level}"
    emitted |= {f"verdict.{name}" for _, name in g.VERDICT_BANDS} | {f"verdict.{g.UNREALISTIC}"}
    assert len(emitted) > 15
    assert emitted == set(g.MESSAGES_EN)
    for code in emitted:
        assert code.split(".")[0] in ("verdict", *g.SMART_CRITERIA)


def test_restate_amount_follows_a_revised_target():
    from salesplanner.domain.goals import restate_amount

    old, new = D(980000), D(900000)
    assert (
        restate_amount("本季度完成 98 万元软件销售额", old, new) == "本季度完成 90 万元软件销售额"
    )
    assert restate_amount("完成98万", old, D(925000)) == "完成92.5万"
    assert restate_amount("This quarter, 980,000 yuan", old, new) == "This quarter, 900,000 yuan"
    # other numbers are the rep's own and stay
    assert (
        restate_amount("2026年Q4 拜访 98 家，签 12 单", old, new) == "2026年Q4 拜访 98 家，签 12 单"
    )
