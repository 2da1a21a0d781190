"""English plurals of text made without Qt: each marked noun follows the count before it."""

from __future__ import annotations

import pytest

from salesplanner.domain.diagnosis import PIPELINE_MESSAGES_EN, fill
from salesplanner.domain.plural import counted, n_of, noun


@pytest.mark.parametrize(
    "n, want",
    [(0, "0 deals"), (1, "1 deal"), (2, "2 deals"), (11, "11 deals")],
)
def test_a_count_and_its_noun(n, want):
    assert n_of(n, "deal(s)") == want


def test_each_mark_takes_the_count_before_it():
    template = "{n} deal(s) stalled, {days} day(s) there; {x_fen} in activit(ies), {k} match(es)"
    assert counted(template, {"n": 1, "days": 3, "x_fen": 100, "k": 1}) == (
        "{n} deal stalled, {days} days there; {x_fen} in activities, {k} match"
    )
    assert noun(1, "activit(ies)") == "activity" and noun(2, "entr(ies)") == "entries"


def test_the_diagnosis_says_one_deal():
    params = {"n": 1, "amount_fen": 4_000_000, "cost_fen": 2_000_000, "stale_days": 1}
    assert fill(PIPELINE_MESSAGES_EN["pdiag.stale"], params) == (
        "Stuck: 1 deal closing in the period (4万, weighted 2万) had no activity for 1 day or more."
    )


def test_chinese_text_has_no_marks_and_stays_as_it_is():
    assert counted("本期预计成交的 {n} 个商机", {"n": 1}) == "本期预计成交的 {n} 个商机"
