"""Issue 13.1 in the real window: a block, a logged activity, a deal and a journal entry name
the person at the customer they are with — picked in their dialog from the chosen customer's
contacts (the main contact preselected, the list following the customer), shown on the
customer card's timeline and in the journal, each one undoable edit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from salesplanner.domain.card import Contact
from salesplanner.domain.records import TimeBlock
from salesplanner.services import customers as svc
from salesplanner.store import blocks as block_repo
from salesplanner.store import opportunities as opp_repo
from salesplanner.ui.week import dialogs
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

CUSTOMER = "华星科技"


@pytest.fixture
def window(main_window, monkeypatch, app_today):

    main_window.ctx.undo_stack.clear()
    return main_window


@pytest.fixture
def people(window):
    """华星科技's main contact and a second person 李工 (added through the service)."""
    store = window.ctx.store
    cid = svc.find_customer(store, CUSTOMER)
    main = next(c for c in svc.card(store, cid, DEMO_TODAY).contacts if c.is_main)
    li = svc.add_contact(store, Contact(None, cid, "李工", title="采购")).contact_id
    window.ctx.undo_stack.clear()
    return cid, main, li


def choices(picker) -> list[str]:
    return [picker.itemText(i) for i in range(picker.count())]


def timeline_people(window, customer_id: int) -> list[tuple[str, str]]:
    """(what, person) of each line of the customer's card timeline, as the card shows them."""
    window.open_customer(customer_id)
    card = window.cards[customer_id]
    m = card.timeline_model
    return [(m.index(r, 1).data(), m.index(r, 3).data()) for r in range(m.rowCount())]


def test_the_block_dialog_offers_the_customers_people_and_the_block_keeps_one(
    window, people, monkeypatch
):
    cid, main, li = people
    pane = window.show_pane("week")
    pane.go_to_date(DEMO_TODAY)
    other = next(n for n in pane._customers() if n != CUSTOMER)
    other_main = next(
        c
        for c in svc.card(
            window.ctx.store, svc.find_customer(window.ctx.store, other), DEMO_TODAY
        ).contacts
        if c.is_main
    )
    seen = {}

    def rep_fills_in(dialog):
        picker = dialog.contact_combo
        seen["empty"] = (choices(picker), picker.isEnabled())
        dialog.customer_combo.setCurrentText(CUSTOMER)
        seen["first"] = (choices(picker), picker.currentText())
        dialog.customer_combo.setCurrentText(other)  # the list follows the customer
        seen["other"] = (choices(picker), picker.currentText())
        dialog.customer_combo.setCurrentText(CUSTOMER)
        picker.setCurrentIndex(picker.findText("李工"))
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.BlockDialog, "exec", rep_fills_in)
    pane.on_new_requested(DEMO_TODAY, 6 * 60, 7 * 60)
    nobody = "— nobody in particular"
    assert seen["empty"] == ([nobody], False)
    assert seen["first"] == (
        [nobody, f"{main.name} (main contact)", "李工"],
        f"{main.name} (main contact)",
    )
    assert seen["other"] == (
        [nobody, f"{other_main.name} (main contact)"],
        f"{other_main.name} (main contact)",
    )
    (block,) = [
        b
        for b in block_repo.list_blocks(window.ctx.store, DEMO_TODAY, DEMO_TODAY)
        if b.start_min == 6 * 60
    ]
    assert (block.customer_name, block.contact_id) == (CUSTOMER, li)

    def rep_opens_it_again(dialog):  # the stored person is chosen; the rep picks the main one
        seen["again"] = dialog.contact_combo.currentText()
        dialog.contact_combo.setCurrentIndex(1)
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.BlockDialog, "exec", rep_opens_it_again)
    pane.on_edit_requested(block.id)
    assert seen["again"] == "李工"
    assert block_repo.get_block(window.ctx.store, block.id).contact_id == main.id
    window.act_undo.trigger()
    assert block_repo.get_block(window.ctx.store, block.id).contact_id == li
    window.act_undo.trigger()
    assert block_repo.get_block(window.ctx.store, block.id) is None


def test_marking_a_block_done_logs_who_it_was_with_on_the_card_and_in_the_journal(
    window, people, monkeypatch
):
    cid, main, li = people
    pane = window.show_pane("week")
    pane.go_to_date(DEMO_TODAY)
    from salesplanner.ui.week.commands import CreateBlocksCommand

    made = CreateBlocksCommand(
        window.ctx,
        [
            TimeBlock(
                None, DEMO_TODAY, 20 * 60, 21 * 60, "phone", customer_name=CUSTOMER, contact_id=li
            )
        ],
    )
    window.ctx.undo_stack.push(made)
    seen = {}

    def rep_fills_in(dialog):
        seen["preselected"] = dialog.contact_combo.currentText()  # the block's person
        dialog.outcome_edit.setText("约了演示")
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.LogDialog, "exec", rep_fills_in)
    pane.on_log_requested(made.ids[0])
    assert seen["preselected"] == "李工"
    assert ("Phone visit", "李工") in timeline_people(window, cid)
    journal = window.show_pane("journal")
    shown = [journal.model.index(r, 1).data() for r in range(journal.model.rowCount())]
    assert f"{CUSTOMER} · 李工" in shown
    window.act_undo.trigger()
    assert ("Phone visit", "李工") not in timeline_people(window, cid)


def test_a_deal_names_its_person_and_the_sale_it_becomes_keeps_it(window, people, monkeypatch):
    from salesplanner.ui.pipeline import dialogs as pipeline_dialogs

    cid, main, li = people
    pane = window.show_pane("pipeline")
    seen = {}

    def rep_fills_in(dialog):
        dialog.customer.setCurrentText(CUSTOMER)
        seen["preselected"] = dialog.contact.currentText()
        dialog.contact.setCurrentIndex(dialog.contact.findText("李工"))
        dialog.title.setText("二期扩容")
        dialog.amount.setText("8万")
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pipeline_dialogs.DealDialog, "exec", rep_fills_in)
    pane.on_new()
    assert seen["preselected"] == f"{main.name} (main contact)"
    (opp,) = [
        o
        for o in opp_repo.list_opportunities(window.ctx.store, customer_id=cid)
        if o.title == "二期扩容"
    ]
    assert opp.contact_id == li
    assert any(
        what.startswith("Deal:") and who == "李工" for what, who in timeline_people(window, cid)
    )
    monkeypatch.setattr(
        pipeline_dialogs.WinDialog, "ask", staticmethod(lambda *a: (Decimal(80000), DEMO_TODAY))
    )
    pane.on_win(opp.id)
    journal = window.show_pane("journal")
    row = journal.model.row_of(f"A{_sale_activity(window, opp.id)}")
    assert journal.model.index(row, 1).data() == f"{CUSTOMER} · 李工"
    window.act_undo.trigger()  # the win
    window.act_undo.trigger()  # the new deal
    assert [
        o
        for o in opp_repo.list_opportunities(window.ctx.store, customer_id=cid)
        if o.title == "二期扩容"
    ] == []


def _sale_activity(window, opportunity_id: int) -> int:
    (row,) = window.ctx.store.query(
        "SELECT a.id FROM activities a JOIN opportunities o ON o.deal_id = a.deal_id "
        "WHERE o.id = ?",
        (opportunity_id,),
    )
    return row["id"]


def test_the_journal_entry_dialog_changes_the_person_and_undo_gives_it_back(
    window, people, monkeypatch
):
    from salesplanner.ui.journal import dialogs as journal_dialogs

    cid, main, li = people
    journal = window.show_pane("journal")
    row = next(
        r for r in range(journal.model.rowCount()) if journal.model.entry(r).customer_id == cid
    )
    entry = journal.model.entry(row)
    assert entry.contact_id is None  # the demo's entries name nobody
    journal.select_key(entry.key)

    def rep_picks(dialog):
        dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findText("李工"))
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(journal_dialogs.EntryDialog, "exec", rep_picks)
    journal.on_edit()
    at = journal.model.row_of(entry.key)
    assert journal.model.index(at, 1).data() == f"{CUSTOMER} · 李工"
    assert journal.model.entry(at).person == "李工"
    window.act_undo.trigger()
    at = journal.model.row_of(entry.key)
    assert journal.model.index(at, 1).data() == CUSTOMER
    assert window.ctx.undo_stack.count() == 1 and window.ctx.undo_stack.index() == 0


def test_a_day_without_contacts_still_logs(window):
    """A customer with nobody recorded: the picker offers nobody and the log works as before."""
    picker = dialogs.ContactPicker({}, "新客户")
    assert choices(picker) == ["— nobody in particular"] and picker.contact_id() is None
    assert not picker.isEnabled()
