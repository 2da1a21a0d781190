"""The customer card's service (issue 13.1): facts, contacts with one main contact, the
timeline, the follow-up cadence by class, a new customer, merging two customers and undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.card import Contact, Facts, merge_groups, name_key
from salesplanner.domain.records import Activity, Customer, Deal, WeeklyReview
from salesplanner.services import customers as svc
from salesplanner.services import settings as settings_service
from salesplanner.services.customers import CustomerError
from salesplanner.store import records
from salesplanner.store.reviews import put_review
from tests.builders import add_activity, add_deal, add_time_block

TODAY = dt.date(2026, 11, 27)


def _everything(store) -> dict[str, list]:
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: store.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}


@pytest.fixture
def plan(store):
    """华星科技 (big buyer, a contact with a birthday), 华星科技有限公司 (an import's twin)."""
    with store.transaction():
        a = records.insert_customer(
            store,
            Customer(None, "华星科技", contact="王总", phone="13900000000", birthday="--12-06"),
        )
        b = records.insert_customer(store, Customer(None, "华星科技有限公司", segment="制造业"))
        c = records.insert_customer(store, Customer(None, "远航科技"))
        records.insert_deal(store, Deal(None, TODAY - dt.timedelta(days=40), Decimal(500_000), a))
        records.insert_deal(store, Deal(None, TODAY - dt.timedelta(days=3), Decimal(20_000), b))
        records.insert_deal(store, Deal(None, TODAY - dt.timedelta(days=9), Decimal(1_000), c))
        records.insert_activity(
            store,
            Activity(None, TODAY - dt.timedelta(days=20), "visit", customer_id=a, note="见面"),
        )
        records.insert_activity(
            store, Activity(None, TODAY - dt.timedelta(days=5), "phone", customer_id=b)
        )
        add_time_block(store, TODAY + dt.timedelta(days=3), 540, 600, "visit", b)
        put_review(store, WeeklyReview(TODAY - dt.timedelta(days=7), worked="拿下华星科技的续约"))
    return a, b, c


def test_birthdays_and_contacts_live_on_a_person_not_the_company(store, plan):
    a, *_ = plan
    card = svc.card(store, a, TODAY)
    assert [(c.name, c.phone, c.birthday, c.is_main) for c in card.contacts] == [
        ("王总", "13900000000", "--12-06", True)
    ]
    row = store.query("SELECT contact, phone, birthday FROM customers WHERE id = ?", (a,))[0]
    assert row == {"contact": "", "phone": "", "birthday": None}
    # reminders still find the birthday, through the main contact
    assert records.list_customers(store)[0].birthday == "--12-06"


def test_the_card_shows_rank_class_and_a_timeline_newest_first(store, plan):
    a, b, c = plan
    card = svc.card(store, a, TODAY)
    assert (card.rank, card.abc, card.revenue_fen) == (1, "A", 50_000_000)
    kinds = [(i.kind, i.date) for i in card.timeline]
    assert kinds == [
        ("review", TODAY - dt.timedelta(days=7)),
        ("activity", TODAY - dt.timedelta(days=20)),
        ("sale", TODAY - dt.timedelta(days=40)),
    ]
    assert card.timeline[0].text == "拿下华星科技的续约"
    assert card.last_contact == TODAY - dt.timedelta(days=20)
    # A: every 14 days by default, last contact 20 days ago
    assert (card.cadence_days, card.days_since_contact, card.overdue_days) == (14, 20, 20)
    assert svc.card(store, c, TODAY).abc == "C"
    assert svc.card(store, c, TODAY).overdue_days is None  # C: 90 days, 9 days ago


def test_the_cadence_comes_from_the_reps_settings(store, plan):
    a, *_ = plan
    state = settings_service.current(store)
    settings_service.save(
        store, settings_service.SettingsState(state.settings.with_(follow_up_cadence=(30, 60, 90)))
    )
    card = svc.card(store, a, TODAY)
    assert (card.cadence_days, card.overdue_days) == (30, None)


def test_editing_facts_and_undo(store, plan):
    a, *_ = plan
    edited = svc.edit_customer(
        store, a, {"industry": "电子", "short_names": ("华星",), "priority": True}
    )
    facts = svc.card(store, a, TODAY).facts
    assert (facts.industry, facts.short_names, facts.priority) == ("电子", ("华星",), True)
    svc.edit_customer(store, a, edited.before)
    assert svc.card(store, a, TODAY).facts == edited.before


def test_a_name_another_customer_has_is_refused(store, plan):
    a, *_ = plan
    with pytest.raises(CustomerError, match="already called 远航科技"):
        svc.edit_customer(store, a, {"name": " 远航科技 "})
    with pytest.raises(CustomerError, match="Give the customer a name"):
        svc.create_customer(store, Facts(name="  "))


def test_one_main_contact(store, plan):
    a, *_ = plan
    li = svc.add_contact(store, Contact(None, a, "李工", title="采购经理"))
    assert not li.after.is_main  # 王总 stays the main contact
    made_main = svc.edit_contact(store, Contact(li.contact_id, a, "李工", is_main=True))
    contacts = svc.card(store, a, TODAY).contacts
    assert [(c.name, c.is_main) for c in contacts] == [("李工", True), ("王总", False)]
    svc.undo_contact(store, made_main)
    assert [(c.name, c.is_main) for c in svc.card(store, a, TODAY).contacts] == [
        ("王总", True),
        ("李工", False),
    ]
    svc.undo_contact(store, li)
    assert [c.name for c in svc.card(store, a, TODAY).contacts] == ["王总"]


def test_removing_the_main_contact_promotes_another_and_undo_restores_links(store, plan):
    a, *_ = plan
    wang = svc.card(store, a, TODAY).contacts[0]
    li = svc.add_contact(store, Contact(None, a, "李工"))
    with store.transaction():
        store.execute("UPDATE activities SET contact_id = ? WHERE customer_id = ?", (wang.id, a))
    before = _everything(store)
    removed = svc.remove_contact(store, wang.id)
    assert [(c.id, c.is_main) for c in svc.card(store, a, TODAY).contacts] == [
        (li.contact_id, True)
    ]
    assert store.query("SELECT contact_id FROM activities WHERE customer_id = ?", (a,)) == [
        {"contact_id": None}
    ]
    svc.restore_contact(store, removed)
    assert _everything(store) == before


def test_a_bad_birthday_is_refused(store, plan):
    a, *_ = plan
    with pytest.raises(CustomerError, match="1980-12-06 or --12-06"):
        svc.add_contact(store, Contact(None, a, "李工", birthday="12月6日"))
    assert svc.add_contact(store, Contact(None, a, "李工", birthday="--02-29")).after.birthday
    assert svc.add_contact(store, Contact(None, a, "赵工", birthday="12-06")).after.birthday == (
        "--12-06"
    )


def test_merging_moves_every_record_and_undo_restores_exactly(store, plan):
    a, b, _c = plan
    svc.add_contact(store, Contact(None, b, "赵经理"))  # b's main contact
    before = _everything(store)
    merged = svc.merge_customers(store, a, b)
    assert merged.count == 4  # a deal, an activity, a block, a contact
    assert store.query("SELECT count(*) AS n FROM customers WHERE id = ?", (b,)) == [{"n": 0}]
    card = svc.card(store, a, TODAY)
    assert card.facts.short_names == ("华星科技有限公司",)
    assert card.facts.segment == "制造业"  # an empty fact filled from the other
    assert [(c.name, c.is_main) for c in card.contacts] == [("王总", True), ("赵经理", False)]
    assert card.revenue_fen == 52_000_000
    blocks = store.query("SELECT customer_id FROM time_blocks")
    assert blocks == [{"customer_id": a}]
    svc.unmerge(store, merged)
    assert _everything(store) == before


def test_a_new_customer_and_undo_and_redo_with_the_same_id(store, plan):
    created = svc.create_customer(store, Facts(name="新客户", region="华东"))
    assert svc.card(store, created.customer_id, TODAY).facts.region == "华东"
    svc.remove_new_customer(store, created)
    assert store.query("SELECT id FROM customers WHERE name = '新客户'") == []
    svc.restore_customer(store, created)
    assert svc.find_customer(store, "新客户") == created.customer_id


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("华星科技", "华星科技有限公司"),
        ("华星科技", "华星科技股份有限公司"),
        ("华星科技", "华星科技（中国）有限公司"),
        ("华星科技", "华星 科技集团"),
        ("ＡＢＣ电子", "abc电子"),
        ("Acme", "ACME Co., Ltd."),
    ],
)
def test_names_of_one_company_share_a_key(one, other):
    assert name_key(one) == name_key(other) != ""


def test_different_companies_do_not():
    assert name_key("恒通科技") != name_key("恒通软件")
    assert merge_groups([(1, "有限公司"), (2, "集团")]) == []  # nothing left: no proposal


def test_merge_proposals_keep_the_customer_with_more_records(store, plan):
    a, b, _c = plan
    proposals = svc.merge_proposals(store)
    assert [(p.keep_name, p.other_name) for p in proposals] == [("华星科技", "华星科技有限公司")]
    add_deal(store, "2026-01-01", b, 1)
    add_deal(store, "2026-01-02", b, 1)
    assert svc.merge_proposals(store)[0].keep == b


def test_an_import_writing_company_contacts_lands_on_people(store):
    """The importer (and the demo) still write contact, phone and birthday on the company:
    a trigger moves them to a person; a second import of the same person fills it in."""
    with store.transaction():
        cid = records.insert_customer(store, Customer(None, "明德科技", contact="陈总"))
        store.execute(
            "UPDATE customers SET contact = '陈总', birthday = '--12-06' WHERE id = ?", (cid,)
        )
    card = svc.card(store, cid, TODAY)
    assert [(c.name, c.birthday, c.is_main) for c in card.contacts] == [("陈总", "--12-06", True)]


def test_blocks_can_name_a_person(store, plan):
    a, *_ = plan
    wang = svc.card(store, a, TODAY).contacts[0]
    add_activity(store, TODAY, "phone", customer=a, contact_id=wang.id)
    assert svc.card(store, a, TODAY).timeline[0].contact == "王总"
