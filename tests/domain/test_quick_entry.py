"""The quick-entry parser: Chinese and English keywords, counts, amounts in 万/元, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesplanner.domain.quick_entry import QuickEntryError, parse, parse_amount

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "text, code, count, customer, amount",
    [
        ("visit 华星科技", "visit", 1, "华星科技", None),
        ("contract 3.5万 华星科技", "contract", 1, "华星科技", Decimal(35000)),
        ("phone 3", "phone", 3, "", None),
        ("跟进 华星科技", "followup", 1, "华星科技", None),
        ("签约 3.5万 华星科技", "contract", 1, "华星科技", Decimal(35000)),
        ("签约3.5万华星科技", "contract", 1, "华星科技", Decimal(35000)),
        ("拜访3次", "visit", 3, "", None),
        ("电话拜访 10", "phone", 10, "", None),
        ("华星科技 跟进", "followup", 1, "华星科技", None),
        ("Follow-up 明德信息", "followup", 1, "明德信息", None),
        ("deal 35000元 远航软件", "contract", 1, "远航软件", Decimal(35000)),
        ("contract ¥35,000 yuan ACME Ltd", "contract", 1, "ACME Ltd", Decimal(35000)),
        ("contract 12k 360科技", "contract", 1, "360科技", Decimal(12000)),
        ("签约12000元Acme", "contract", 1, "Acme", Decimal(12000)),
        ("签约 ¥12000Acme", "contract", 1, "Acme", Decimal(12000)),
        ("proposal 恒通软件", "proposal", 1, "恒通软件", None),
        ("谈判 瑞丰数据", "negotiation", 1, "瑞丰数据", None),
        ("x3 calls", "phone", 3, "", None),
    ],
)
def test_examples(text, code, count, customer, amount):
    e = parse(text, TODAY)
    assert (e.code, e.count, e.customer, e.amount) == (code, count, customer, amount)
    assert e.date == TODAY


def test_outcome_and_dates():
    e = parse("visit 华星科技: 约了演示", TODAY)
    assert e.outcome == "约了演示" and e.customer == "华星科技"
    assert parse("yesterday phone 10", TODAY).date == TODAY - dt.timedelta(days=1)
    assert parse("昨天 电话 5", TODAY).date == TODAY - dt.timedelta(days=1)
    assert parse("前天 拜访 华星科技", TODAY).date == TODAY - dt.timedelta(days=2)
    assert parse("11-25 拜访 远航软件", TODAY).date == dt.date(2026, 11, 25)
    assert parse("2026-11-02 visit 远航软件", TODAY).date == dt.date(2026, 11, 2)
    assert parse("12-30 visit A", dt.date(2027, 1, 3)).date == dt.date(2026, 12, 30)


@pytest.mark.parametrize(
    "text, words",
    [
        ("", "Type"),
        ("hello 华星科技", "does not say"),
        ("contract 华星科技", "needs its amount"),
        ("visit 3万 华星科技", "belongs to a contract"),
        ("phone 0", "at least 1"),
        ("2026-12-30 visit A", "future"),
        ("2026-02-30 visit A", "does not exist"),
    ],
)
def test_problems_are_one_sentence(text, words):
    with pytest.raises(QuickEntryError, match=words):
        parse(text, TODAY)


def test_amount_fields():
    assert parse_amount("3.5万") == Decimal(35000)
    assert parse_amount("3.5") == Decimal(35000)  # 万 by default
    assert parse_amount("35000", "yuan") == Decimal(35000)
    assert parse_amount("35,000元") == Decimal(35000)
    assert parse_amount("") is None
    with pytest.raises(QuickEntryError):
        parse_amount("abc")
    with pytest.raises(QuickEntryError):
        parse_amount("-1")


@given(st.text(max_size=40))
def test_never_crashes(text):
    try:
        e = parse(text, TODAY)
    except QuickEntryError:
        return
    assert e.count >= 1 and e.date <= TODAY


@pytest.mark.parametrize(
    "text", ["签约 -3万 华星科技", "contract −3.5万 华星科技", "签约 - 3万 华星科技"]
)
def test_negative_amount_is_refused(text):
    with pytest.raises(QuickEntryError, match="negative"):
        parse(text, dt.date(2026, 11, 27))


# -- issue 11 §3: text that is not a count or an amount stays in the name ----------------------
@pytest.mark.parametrize(
    "text, name", [("拜访 -2+3", "-2+3"), ("phone -3", "-3"), ("visit 8-", "8")]
)
def test_a_name_of_digits_and_signs_is_asked_about_then_kept_whole(text, name):
    from salesplanner.domain.quick_entry import QuickEntryQuestion

    with pytest.raises(QuickEntryQuestion) as caught:
        parse(text, TODAY)
    assert caught.value.name == name and f"“{name}”" in str(caught.value)
    entry = parse(text, TODAY, confirmed=True)
    assert entry.customer == name and entry.count == 1


@pytest.mark.parametrize(
    "text, customer, outcome",
    [
        ('拜访 =HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")', ""),
        ("visit 华星科技 http://hx.cn: demo", "华星科技 http://hx.cn", "demo"),
        ("visit 华星 (总部: 北京)", "华星 (总部: 北京)", ""),
        ("visit 华星科技 10:30", "华星科技 10:30", ""),
        ("visit 华星科技：约了演示", "华星科技", "约了演示"),
    ],
)
def test_a_colon_inside_a_name_does_not_cut_it(text, customer, outcome):
    entry = parse(text, TODAY)
    assert (entry.customer, entry.outcome) == (customer, outcome)


@pytest.mark.parametrize("text", ["签约 99999999999999万 华星科技", "visit 1900-01-01 华星科技"])
def test_amounts_and_dates_are_bounded_by_the_one_rule(text):
    with pytest.raises(QuickEntryError) as caught:
        parse(text, TODAY)
    assert "SalesPlanner" in str(caught.value)


# -- notes after the name, and the next follow-up (issue 13 §4) ------------------------------------
def _index():
    from salesplanner.domain.customer_index import CustomerIndex

    return CustomerIndex.build([(1, "远航科技"), (2, "恒通科技"), (3, "恒通软件"), (4, "华星科技")])


FRIDAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    "text, customer, outcome, follow_up",
    [
        ("跟进 远航科技 下周二再联系", "远航科技", "下周二再联系", dt.date(2026, 12, 8)),
        ("跟进远航科技下周二再联系", "远航科技", "下周二再联系", dt.date(2026, 12, 8)),
        ("跟进 恒通 下周二再联系", "恒通", "下周二再联系", dt.date(2026, 12, 8)),
        ("拜访 华星科技 约了演示", "华星科技", "约了演示", None),
        ("电话 远航科技 3天后回电", "远航科技", "3天后回电", dt.date(2026, 12, 7)),
        ("call 远航科技 next Tuesday", "远航科技", "next Tuesday", dt.date(2026, 12, 8)),
        ("visit Acme again in 3 days", "Acme", "again in 3 days", dt.date(2026, 12, 7)),
        ("visit ACME Ltd", "ACME Ltd", "", None),  # an unknown name of two words stays whole
        ("跟进 远航科技 明天发资料: 已约", "远航科技", "明天发资料 已约", dt.date(2026, 12, 5)),
        ("电话 5 下个月再打", "", "下个月再打", None),  # no customer: nothing to follow up
    ],
)
def test_a_trailing_note_stays_a_note_and_proposes_the_next_follow_up(
    text, customer, outcome, follow_up
):
    e = parse(text, FRIDAY, index=_index())
    assert (e.customer, e.outcome, e.next_follow_up) == (customer, outcome, follow_up)
    assert e.date == FRIDAY  # the day ahead is the follow-up, never the day it was done


def test_fragment_at_end():
    from salesplanner.domain.quick_entry import fragment_at_end

    assert fragment_at_end("拜访 恒") == ("拜访 ", "恒")
    assert fragment_at_end("拜访恒通") == ("拜访", "恒通")
    assert fragment_at_end("visit Ac") == ("visit ", "Ac")
    assert fragment_at_end("visit ") == ("visit ", "")
