"""A record names only a person of its own customer (issue 13.1): blocks, logged activities,
sales, deals in flight and journal corrections keep a contact of their customer, and drop or
refuse one of another customer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.card import Contact
from salesplanner.domain.opportunities import Opportunity
from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import Customer, TimeBlock
from salesplanner.services import customers as svc
from salesplanner.services import journal, pipeline, week
from salesplanner.store import blocks as block_repo
from salesplanner.store import opportunities as opp_repo
from salesplanner.store import records

DAY = dt.date(2026, 11, 27)


@pytest.fixture
def two(store):
    """华星科技 with 王总 (main) and 李工; 远航科技 with 陈经理."""
    with store.transaction():
        a = records.insert_customer(store, Customer(None, "华星科技", contact="王总"))
        b = records.insert_customer(store, Customer(None, "远航科技", contact="陈经理"))
    li = svc.add_contact(store, Contact(None, a, "李工")).contact_id
    chen = svc.card(store, b, DAY).contacts[0].id
    return a, b, li, chen


def test_the_people_a_dialog_offers_come_by_customer_main_first(store, two):
    a, b, li, chen = two
    found = svc.people(store)
    assert [(p.name, p.is_main) for p in found["华星科技"]] == [("王总", True), ("李工", False)]
    assert [p.id for p in found["远航科技"]] == [chen]


def test_a_block_keeps_its_customers_person_and_drops_anothers(store, two):
    a, b, li, chen = two
    made = week.create_blocks(
        store,
        [
            TimeBlock(None, DAY, 540, 600, "visit", customer_id=a, contact_id=li),
            TimeBlock(None, DAY, 600, 660, "visit", customer_id=a, contact_id=chen),
        ],
    )
    got = [block_repo.get_block(store, i).contact_id for i in made.ids]
    assert got == [li, None]
    moved = block_repo.get_block(store, made.ids[0])
    from dataclasses import replace

    week.update_blocks(store, [replace(moved, customer_id=None, customer_name="远航科技")])
    assert block_repo.get_block(store, made.ids[0]).contact_id is None  # 李工 is not 远航's


def test_a_logged_contract_names_the_person_on_the_activity_and_the_sale(store, two):
    a, b, li, chen = two
    logged = week.log_entry(
        store, QuickEntry("contract", 1, "华星科技", Decimal(30000), DAY, "签约", contact_id=li)
    )
    (row,) = store.query(
        "SELECT a.contact_id AS a, d.contact_id AS d FROM activities a "
        "JOIN deals d ON d.id = a.deal_id WHERE a.id = ?",
        (logged.activity_id,),
    )
    assert row == {"a": li, "d": li}
    (entry,) = [
        e for e in journal.journal(store, DAY, DAY).entries if e.key == f"A{logged.activity_id}"
    ]
    assert (entry.contact_id, entry.person) == (li, "李工")
    other = week.log_entry(store, QuickEntry("phone", 1, "远航科技", None, DAY, contact_id=li))
    assert store.query("SELECT contact_id FROM activities WHERE id = ?", (other.activity_id,)) == [
        {"contact_id": None}
    ]


def test_a_deal_in_flight_names_its_person_and_its_sale_keeps_it(store, two):
    a, b, li, chen = two
    added = pipeline.add(
        store, Opportunity(None, "华星科技", "二期", Decimal(50000), "lead", DAY, contact_id=li)
    )
    assert opp_repo.get(store, added.opportunity_id).contact_id == li
    won = pipeline.win(store, added.opportunity_id, Decimal(50000), DAY)
    assert store.query("SELECT contact_id FROM deals WHERE id = ?", (won.deal_id,)) == [
        {"contact_id": li}
    ]
    timeline = svc.card(store, a, DAY).timeline
    assert any(t.kind == "opportunity" and t.contact == "李工" for t in timeline)


def test_a_journal_correction_sets_clears_and_refuses_a_person(store, two):
    a, b, li, chen = two
    logged = week.log_entry(store, QuickEntry("visit", 1, "华星科技", None, DAY))
    key = f"A{logged.activity_id}"

    def person() -> int | None:
        return store.query("SELECT contact_id FROM activities WHERE id = ?", (logged.activity_id,))[
            0
        ]["contact_id"]

    edited = journal.edit_entry(store, key, contact_id=li)
    assert person() == li
    with pytest.raises(journal.JournalError, match="not a contact of this entry's customer"):
        journal.edit_entry(store, key, contact_id=chen)
    journal.edit_entry(store, key, contact_id=journal.NO_CONTACT)
    assert person() is None
    journal.undo_edit(store, edited)
    assert person() is None  # the first edit's "before": nobody
