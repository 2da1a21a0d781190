"""Quick entry understands deals: 商机 / 推进 / 赢单 / 输单 lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.quick_entry import (
    DealEntry,
    QuickEntryError,
    parse,
    parse_deal,
)

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "商机 华星科技 12万 方案",
            DealEntry("add", "华星科技", TODAY, Decimal(120000), "proposal"),
        ),
        (
            "商机 华星科技 12万 方案 12-20",
            DealEntry("add", "华星科技", TODAY, Decimal(120000), "proposal", dt.date(2026, 12, 20)),
        ),
        (  # a close date in January typed in December is next year's
            "商机 远航软件 8万 1-15: 下周演示",
            DealEntry(
                "add",
                "远航软件",
                TODAY,
                Decimal(80000),
                None,
                dt.date(2027, 1, 15),
                next_step="下周演示",
            ),
        ),
        ("商机 明德信息", DealEntry("add", "明德信息", TODAY)),
        (
            "opp Acme 35k negotiation",
            DealEntry("add", "Acme", TODAY, Decimal(35000), "negotiation"),
        ),
        ("推进 华星科技 谈判", DealEntry("move", "华星科技", TODAY, stage="negotiation")),
        ("赢单 华星科技 11.5万", DealEntry("win", "华星科技", TODAY, Decimal(115000))),
        (
            "赢单 华星科技 11.5万 昨天",
            DealEntry("win", "华星科技", dt.date(2026, 12, 2), Decimal(115000)),
        ),
        ("输单 华星科技 价格太高", DealEntry("lose", "华星科技", TODAY, reason="价格太高")),
        (
            "lost Acme: went with a competitor",
            DealEntry("lose", "Acme", TODAY, reason="went with a competitor"),
        ),
    ],
)
def test_deal_lines(text, expected):
    assert parse_deal(text, TODAY) == expected


def test_other_lines_are_left_to_the_activity_parser():
    for text in ("visit 华星科技", "签约 3.5万 华星科技", "winter event 2", "opposite call"):
        assert parse_deal(text, TODAY) is None
    assert parse("签约 3.5万 华星科技", TODAY).amount == 35000


@pytest.mark.parametrize(
    "text, message",
    [
        ("赢单 华星科技", "final amount"),
        ("赢单 11.5万", "customer"),
        ("推进 华星科技", "which stage"),
        ("输单 华星科技", "why"),
        ("赢单 华星科技 11.5万 12-30", "future"),
        ("商机 华星科技 12万 2-30", "does not exist"),
    ],
)
def test_incomplete_deal_lines_say_what_is_missing(text, message):
    with pytest.raises(QuickEntryError, match=message):
        parse_deal(text, TODAY)


def test_the_reps_own_stage_names():
    assert parse_deal("推进 华星科技 试点", TODAY, {"试点": "pilot"}).stage == "pilot"
