"""METHOD.md 4.6 end to end: the seed-4.6 scenario, its diagnosis, catch-up and undoable options."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.domain.money import wan_to_fen
from salesplanner.domain.records import VISIT
from salesplanner.services import progress as svc
from salesplanner.services.scenarios import fill_seed_46
from salesplanner.store import blocks as block_repo
from salesplanner.store import goals as goal_repo

WEEK1 = dt.date(2026, 6, 1)
WEEK2 = dt.date(2026, 6, 8)


@pytest.fixture
def seed(store):
    fill_seed_46(store)
    return store


def _blocks(store, monday):
    return [
        (b.id, b.date, b.start_min, b.end_min, b.code, b.planned_count, b.note)
        for b in block_repo.list_blocks(store, monday, monday + dt.timedelta(days=6))
    ]


def test_month_progress_as_of_the_last_logged_day(seed):
    p = svc.progress(seed)
    assert p.as_of == dt.date(2026, 6, 5)
    assert (p.start, p.end) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert p.target_fen == wan_to_fen(30) and p.actual_fen == wan_to_fen(5)
    assert (p.working_days, p.elapsed_days, p.left_days) == (21, 5, 16)
    assert p.forecast_fen == wan_to_fen(21)  # 5万 in 5 working days × 21
    assert p.metric(VISIT).actual == 5 and p.metric(VISIT).target == 40
    assert p.light == "red"


def test_diagnosis_names_visits_and_prices_the_missing_ones(seed):
    r = svc.diagnose_week(seed, WEEK1)
    d = r.diagnosis
    assert d.actual_fen == wan_to_fen(5)
    assert d.verdict == "activity"
    assert d.lagging.code == VISIT
    assert (d.lagging.actual, d.lagging.target, d.lagging.missing) == (5, 10, 5)
    assert d.lagging.rate_source == "observed"
    assert d.lagging.cost_fen == wan_to_fen(5)  # 5 missing × 1万 observed per visit
    assert d.lagging.planned_cost_fen == wan_to_fen("3.75")  # × 0.75万 planned
    assert d.lagging.cost_fen >= d.shortfall_fen > 0
    codes = [m.code for m in d.messages]
    assert "diag.lagging" in codes and "diag.explains_all" in codes


def test_catch_up_weeks_sum_to_the_remaining_25_wan(seed):
    plan = svc.diagnose_week(seed, WEEK1).plan
    assert plan.remaining_fen == wan_to_fen(25)
    assert plan.remaining_days == 16
    assert sum(w.target_fen for w in plan.weeks) == wan_to_fen(25)
    assert [w.working_days for w in plan.weeks] == [5, 4, 5, 2]  # Dragon Boat Festival Jun 19
    assert plan.weeks[0].visits == 8  # 7.81万 at the observed 1万 a visit
    assert plan.weeks[0].visits_planned == 11  # at the planned 0.75万


def test_options_each_with_an_effect(seed):
    r = svc.diagnose_week(seed, WEEK1)
    assert r.next_monday == WEEK2
    by_key = {o.key: o for o in r.options}
    assert set(by_key) == {"more_visits", "phone", "move_blocks"}
    assert by_key["more_visits"].visits == 5
    assert by_key["more_visits"].effect_fen == wan_to_fen(5)
    phone = by_key["phone"]
    assert all(b.planned_count == 10 for b in phone.adds) and len(phone.adds) == 5
    assert all(m.after.code == VISIT for m in by_key["move_blocks"].moves)


@pytest.mark.parametrize("key", ["more_visits", "phone", "move_blocks"])
def test_applying_an_option_changes_next_week_and_undo_restores(seed, key):
    before = _blocks(seed, WEEK2)
    option = next(o for o in svc.diagnose_week(seed, WEEK1).options if o.key == key)
    applied = svc.apply_block_edit(seed, svc.option_edit(option))
    after = _blocks(seed, WEEK2)
    assert after != before
    svc.undo_block_edit(seed, applied)
    assert _blocks(seed, WEEK2) == before
    again = svc.apply_block_edit(seed, applied)  # redo keeps the ids
    assert _blocks(seed, WEEK2) == after
    assert [b.id for b in again.adds] == [b.id for b in applied.adds]


def test_revising_the_target_keeps_the_original(seed):
    goal = goal_repo.active_goal(seed, WEEK1)
    rev = svc.revise_target(
        seed, goal.id, wan_to_fen(26), "visits were short in week 1", dt.date(2026, 6, 5)
    )
    versions = goal_repo.list_versions(seed, goal.id)
    assert [v.target for v in versions] == [300000]
    assert versions[0].reason == "visits were short in week 1"
    assert goal_repo.get_goal(seed, goal.id).target == 260000
    months = goal_repo.period_targets(seed, goal.id, "month")
    assert sum(m.amount_fen for m in months) == wan_to_fen(26)
    from salesplanner.services.goals import restore

    restore(seed, goal.id, rev.before)
    assert goal_repo.get_goal(seed, goal.id).target == 300000
    assert goal_repo.list_versions(seed, goal.id) == []


def test_revision_needs_a_reason(seed):
    goal = goal_repo.active_goal(seed, WEEK1)
    with pytest.raises(svc.ProgressError):
        svc.revise_target(seed, goal.id, wan_to_fen(26), "  ", dt.date(2026, 6, 5))


def test_weekly_review_save_and_undo(seed):
    from salesplanner.domain.records import WeeklyReview
    from salesplanner.store.reviews import get_review, list_reviews

    numbers = svc.week_numbers(seed, WEEK1)
    assert numbers["sales_fen"] == wan_to_fen(5)
    assert numbers["activities"]["visit"] == 5 and numbers["targets"]["visit"] == 10
    review = WeeklyReview(
        WEEK1,
        worked="closed 华星科技",
        obstacles="only 5 visits",
        adjustments="10 more calls a day",
        help_needed="ask a colleague",
        numbers=numbers,
    )
    assert svc.save_review(seed, review) is None
    assert get_review(seed, WEEK1).obstacles == "only 5 visits"
    edited = WeeklyReview(WEEK1, worked="x", numbers=numbers)
    previous = svc.save_review(seed, edited)
    assert previous.obstacles == "only 5 visits"
    svc.restore_review(seed, WEEK1, previous)
    assert get_review(seed, WEEK1).worked == "closed 华星科技"
    svc.restore_review(seed, WEEK1, None)
    assert list_reviews(seed) == []
