"""Merging two customers keeps everything of the one merged away (issue 13.1): its people, its
deals in flight, its snoozed follow-up and the birthday greeting already sent stay snoozed and
sent on the kept customer, its follow-up date comes along; undo gives both back exactly. A
merge proposal the rep turned down stays turned down, also after the plan is opened again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.card import Contact
from salesplanner.domain.opportunities import Opportunity
from salesplanner.domain.records import Customer
from salesplanner.services import customers as svc
from salesplanner.services import greetings, pipeline, reminders
from salesplanner.services import week as week_svc
from salesplanner.store import opportunities as opp_repo
from salesplanner.store import records
from salesplanner.store.db import Store

TODAY = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 9, 0)


def everything(store) -> dict[str, list]:
    """Every row of every table (by its first column: an id, or a reminder's key)."""
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: store.query(f"SELECT * FROM {t} ORDER BY 1, rowid") for t in tables}


def due(store) -> list[tuple[str, str, str]]:
    """(kind, customer, person) of each reminder the Week pane lists now."""
    return sorted((r.kind, r.customer_name, r.name) for r in reminders.due(store, NOW, "zh_CN"))


@pytest.fixture
def twins(store):
    """华星科技 (sales, no follow-up) and 华星科技有限公司 (an import's twin): its follow-up is
    due today and snoozed, its 李工's birthday greeting was sent, it has a deal in flight."""
    with store.transaction():
        a = records.insert_customer(store, Customer(None, "华星科技", contact="王总"))
        b = records.insert_customer(store, Customer(None, "华星科技有限公司"))
        records.insert_deal(store, records.Deal(None, TODAY, Decimal(90_000), a))
        store.execute(
            "UPDATE customers SET next_follow_up = ? WHERE id = ?", (TODAY.isoformat(), b)
        )
    birthday = (TODAY + dt.timedelta(days=2)).strftime("--%m-%d")
    li = svc.add_contact(store, Contact(None, b, "李工", birthday=birthday)).contact_id
    pipeline.add(
        store, Opportunity(None, "华星科技有限公司", "二期", Decimal(40_000), "lead", TODAY)
    )
    before = {r.kind for r in reminders.due(store, NOW, "zh_CN") if r.customer_id == b}
    assert before == {"followup", "birthday"}  # both due before the rep acts
    follow = next(r for r in reminders.due(store, NOW) if r.kind == "followup")
    week_svc.set_reminder_state(store, follow.key, NOW + dt.timedelta(days=3), None)
    gift = next(r for r in reminders.due(store, NOW) if r.kind == "birthday")
    greetings.send_greeting(store, "华星科技有限公司", TODAY, "生日祝福已发送", gift.key, NOW)
    return a, b, li


def test_a_merge_moves_people_deals_snoozes_greetings_and_the_follow_up(store, twins):
    a, b, li = twins
    shown = due(store)
    assert not any(kind in ("followup", "birthday") for kind, *_ in shown)  # snoozed, sent
    merged = svc.merge_customers(store, a, b)
    card = svc.card(store, a, TODAY)
    assert [c.name for c in card.contacts] == ["王总", "李工"]
    assert [o.title for o in opp_repo.list_opportunities(store, customer_id=a)] == ["二期"]
    assert card.facts.next_follow_up == TODAY  # the twin's follow-up date
    greeting = [t for t in card.timeline if t.kind == "activity" and "生日祝福" in t.text]
    assert len(greeting) == 1
    # the snoozed follow-up and the birthday already greeted do not come back after the merge
    assert due(store) == shown
    assert store.query("SELECT key FROM reminder_state ORDER BY key") == [
        {"key": f"birthday:{a}:{TODAY.year}:{li}"},
        {"key": f"followup:{a}:{TODAY.isoformat()}"},
    ]
    assert merged.count == 3  # 李工, the deal in flight, the greeting logged


def test_undoing_a_merge_gives_back_every_row_and_state(store, twins):
    a, b, _li = twins
    before = everything(store)
    merged = svc.merge_customers(store, a, b)
    svc.unmerge(store, merged)
    assert everything(store) == before


def test_a_kept_customers_own_snooze_is_not_overwritten(store, twins):
    a, b, _li = twins
    key = f"followup:{a}:{TODAY.isoformat()}"
    week_svc.set_reminder_state(store, key, None, NOW - dt.timedelta(days=1))  # the kept one's
    before = everything(store)
    merged = svc.merge_customers(store, a, b)
    assert store.query("SELECT done_at FROM reminder_state WHERE key = ?", (key,)) == [
        {"done_at": "2026-11-26T09:00:00"}
    ]
    svc.unmerge(store, merged)
    assert everything(store) == before


def test_a_rejected_proposal_stays_rejected_after_reopening(tmp_path):
    path = tmp_path / "plan.db"
    store = Store.open(path)
    with store.transaction():
        a = records.insert_customer(store, Customer(None, "华星科技"))
        b = records.insert_customer(store, Customer(None, "华星科技有限公司"))
        records.insert_customer(store, Customer(None, "远航科技"))
        records.insert_customer(store, Customer(None, "远航科技 (中国)"))
    assert len(svc.merge_proposals(store)) == 2
    rejected = svc.reject_merge(store, b, a)
    assert [(p.keep_name, p.other_name) for p in svc.merge_proposals(store)] == [
        ("远航科技", "远航科技 (中国)")
    ]
    store.close()
    store = Store.open(path)
    assert [p.other_name for p in svc.merge_proposals(store)] == ["远航科技 (中国)"]
    svc.unreject_merge(store, rejected)  # undo: proposed again
    assert len(svc.merge_proposals(store)) == 2
    store.close()
