"""Pipeline services: one transaction each; undo and redo bring back exactly what was there."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.opportunities import Opportunity, OpportunityError
from salesplanner.services import pipeline as svc
from salesplanner.store import opportunities as repo
from salesplanner.store.schema import SCHEMA_VERSION
from tests.builders import add_activity

D = dt.date(2026, 11, 2)


def new(customer="华星科技", amount=120000, stage="proposal", **kw):
    return Opportunity(
        None, customer, "CRM 升级", Decimal(amount), stage, D,
        expected_close=dt.date(2026, 11, 30), **kw,
    )  # fmt: skip


def dump(store):
    """Every row the pipeline touches, for before/after comparisons."""
    tables = ("opportunities", "opportunity_stage_history", "deals", "activities", "customers")
    return {t: store.query(f"SELECT * FROM {t} ORDER BY id") for t in tables}


def count(store, table):
    return store.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_migration_adds_the_tables_and_default_stages(store):
    assert store.schema_version == SCHEMA_VERSION
    assert [s.key for s in repo.list_stages(store)][-2:] == ["won", "lost"]
    cols = [r[1] for r in store.execute("PRAGMA table_info(activities)")]
    assert "opportunity_id" in cols


def test_add_records_the_first_stage_and_undo_removes_the_new_customer(store):
    empty = dump(store)
    e = svc.add(store, new())
    o = repo.get(store, e.opportunity_id)
    assert (o.customer_name, o.amount, o.stage, o.outcome) == (
        "华星科技",
        120000,
        "proposal",
        "open",
    )
    (h,) = repo.history(store, [o.id])
    assert (h.from_stage, h.to_stage, h.date, h.amount) == (None, "proposal", D, 120000)
    assert e.changes.opportunities and e.made_customer["name"] == "华星科技"
    after = dump(store)
    svc.undo(store, e)
    assert dump(store) == empty
    svc.redo(store, e)
    assert dump(store) == after


def test_add_refuses_a_closed_stage_and_leaves_nothing(store):
    with pytest.raises(OpportunityError):
        svc.add(store, new(stage="won"))
    with pytest.raises(OpportunityError):
        svc.add(store, new(amount=-5))
    assert count(store, "opportunities") == 0 and count(store, "customers") == 0


def test_move_keeps_history_and_undoes(store):
    oid = svc.add(store, new(stage="lead")).opportunity_id
    before = dump(store)
    e = svc.move(store, oid, "negotiation", dt.date(2026, 11, 9))
    assert repo.get(store, oid).stage == "negotiation"
    assert [(c.from_stage, c.to_stage) for c in repo.history(store, [oid])] == [
        (None, "lead"),
        ("lead", "negotiation"),
    ]
    after = dump(store)
    svc.undo(store, e)
    assert dump(store) == before
    svc.redo(store, e)
    assert dump(store) == after
    with pytest.raises(OpportunityError, match="already"):
        svc.move(store, oid, "negotiation", D)
    with pytest.raises(OpportunityError, match="Win or lose"):
        svc.move(store, oid, "won", D)


def test_win_writes_the_sale_and_undo_takes_it_away(store):
    oid = svc.add(store, new()).opportunity_id
    # a proposal logged for the deal stays linked through it all
    aid = add_activity(store, D, "proposal", opportunity_id=oid)
    before = dump(store)
    e = svc.win(store, oid, Decimal(115000), dt.date(2026, 11, 20))
    o = repo.get(store, oid)
    assert (o.outcome, o.stage, o.amount, o.closed) == ("won", "won", 115000, dt.date(2026, 11, 20))
    deal = store.query("SELECT * FROM deals")[0]
    assert (deal["amount_fen"], deal["date"], deal["id"]) == (11500000, "2026-11-20", e.deal_id)
    assert deal["customer_id"] == o.customer_id
    contract = store.query("SELECT * FROM activities WHERE activity_code = 'contract'")[0]
    assert (contract["deal_id"], contract["opportunity_id"], contract["amount_fen"]) == (
        e.deal_id, oid, 11500000,
    )  # fmt: skip
    assert e.changes.deals and e.changes.activities and e.changes.opportunities
    after = dump(store)
    svc.undo(store, e)
    assert dump(store) == before and count(store, "deals") == 0
    svc.redo(store, e)
    assert dump(store) == after
    assert store.query("SELECT opportunity_id FROM activities WHERE id = ?", (aid,))[0] == {
        "opportunity_id": oid
    }
    with pytest.raises(OpportunityError, match="open deal"):
        svc.win(store, oid, Decimal(1), D)
    with pytest.raises(OpportunityError, match="won"):
        svc.move(store, oid, "lead", D)


def test_win_needs_an_amount_and_lose_a_reason(store):
    oid = svc.add(store, new()).opportunity_id
    with pytest.raises(OpportunityError, match="more than zero"):
        svc.win(store, oid, Decimal(0), D)
    with pytest.raises(OpportunityError, match="why"):
        svc.lose(store, oid, "  ", D)
    with pytest.raises(OpportunityError, match="before it was created"):
        svc.win(store, oid, Decimal(10), D - dt.timedelta(days=1))
    assert count(store, "deals") == 0 and repo.get(store, oid).is_open


def test_lose_is_never_a_sale_and_can_be_reopened(store):
    oid = svc.add(store, new()).opportunity_id
    e = svc.lose(store, oid, "价格太高", dt.date(2026, 11, 15))
    o = repo.get(store, oid)
    assert (o.outcome, o.stage, o.lost_reason) == ("lost", "lost", "价格太高")
    assert count(store, "deals") == 0
    back = svc.move(store, oid, "negotiation", dt.date(2026, 11, 16))
    o = repo.get(store, oid)
    assert (o.outcome, o.closed, o.lost_reason) == ("open", None, "")
    svc.undo(store, back)
    svc.undo(store, e)
    assert repo.get(store, oid).stage == "proposal"


def test_delete_keeps_the_sale_and_undo_restores_everything(store):
    oid = svc.add(store, new()).opportunity_id
    svc.win(store, oid, Decimal(100000), dt.date(2026, 11, 20))
    before = dump(store)
    e = svc.delete(store, oid)
    assert count(store, "opportunities") == 0 and count(store, "opportunity_stage_history") == 0
    assert count(store, "deals") == 1  # the money was made
    svc.undo(store, e)
    assert dump(store) == before
    svc.redo(store, e)
    assert count(store, "opportunities") == 0 and count(store, "deals") == 1


def test_edit_changes_details_and_records_a_stage_change(store):
    oid = svc.add(store, new()).opportunity_id
    o = repo.get(store, oid)
    from dataclasses import replace

    e = svc.edit(
        store,
        replace(o, next_step="演示", amount=Decimal(90000), stage="negotiation"),
        dt.date(2026, 11, 5),
    )
    o2 = repo.get(store, oid)
    assert (o2.next_step, o2.amount, o2.stage) == ("演示", 90000, "negotiation")
    assert [c.to_stage for c in repo.history(store, [oid])] == ["proposal", "negotiation"]
    svc.undo(store, e)
    assert repo.get(store, oid) == o
    with pytest.raises(OpportunityError, match="own command"):
        svc.edit(store, replace(o, outcome="won", stage="won", closed=D), D)


def test_load_measures_from_closed_deals(store):
    a = svc.add(store, new("甲公司", 100000)).opportunity_id
    b = svc.add(store, new("乙公司", 50000)).opportunity_id
    svc.add(store, new("丙公司", 30000, stage="lead"))
    svc.win(store, a, Decimal(100000), dt.date(2026, 11, 12))
    svc.lose(store, b, "预算取消", dt.date(2026, 11, 22))
    data = svc.load(store)
    assert [o.customer_name for o in data.open] == ["丙公司"]
    assert data.measured.stages["proposal"].win_rate == Decimal("0.5")
    assert data.measured.stages["proposal"].mean_days == Decimal(15)  # 10 and 20 days
    assert data.measured.slip_days == (-18,)  # closed 11-12, expected 11-30


def test_an_activity_logged_for_a_customer_with_one_open_deal_belongs_to_it(store):
    from salesplanner.domain.quick_entry import parse
    from salesplanner.services import week

    oid = svc.add(store, new()).opportunity_id
    logged = week.log_entry(store, parse("提案 华星科技", dt.date(2026, 11, 5)))
    assert repo.last_activity_dates(store) == {oid: dt.date(2026, 11, 5)}
    svc.add(store, new(amount=5000))  # a second open deal: which one is not known
    week.log_entry(store, parse("跟进 华星科技", dt.date(2026, 11, 6)))
    assert repo.last_activity_dates(store) == {oid: dt.date(2026, 11, 5)}
    week.unlog(store, logged)
    assert repo.last_activity_dates(store) == {}


def test_last_activity_and_stage_dates_of_the_open_deals_read_from_the_deals(demo_store):
    """The open deals' last activity and stage date, asked per open deal: the same dates as
    grouping every activity and stage change, and nothing of a closed deal."""
    everything = repo.last_activity_dates(demo_store)
    open_ids = {o.id for o in repo.list_opportunities(demo_store, "open")}
    closed_ids = {o.id for o in repo.list_opportunities(demo_store)} - open_ids
    assert set(everything) & closed_ids  # the plan has closed deals with activities
    open_only = repo.last_activity_dates(demo_store, "open")
    assert open_only == {k: v for k, v in everything.items() if k in open_ids}
    assert open_only  # and open deals with activities
    grouped = demo_store.execute(
        "SELECT h.opportunity_id, MAX(h.date) FROM opportunity_stage_history h "
        "JOIN opportunities o ON o.id = h.opportunity_id WHERE o.outcome = 'open' "
        "GROUP BY h.opportunity_id"
    ).fetchall()
    assert repo.open_stage_dates(demo_store) == {
        oid: dt.date.fromisoformat(d) for oid, d in grouped
    }
