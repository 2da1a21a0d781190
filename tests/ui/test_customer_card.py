"""The customer card in the real window (issue 13.1): it opens from the Customers table, a
calendar block, a Pipeline deal, a reminder and the Journal; it keeps what the rep typed; a
contact edited there and two customers merged there are undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from salesplanner.domain.records import TimeBlock
from salesplanner.domain.reminders import Reminder
from salesplanner.services import customers as svc
from salesplanner.services import week as week_service
from salesplanner.ui.customers import card as card_module
from salesplanner.ui.customers.card import ContactDialog, CustomerCard
from salesplanner.ui.customers.model import ID_ROLE
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def window(main_window, monkeypatch, app_today):

    main_window.ctx.undo_stack.clear()
    return main_window


def shown_card(window) -> CustomerCard:
    cards = [c for c in window.cards.values() if c.isVisible()]
    assert len(cards) == 1, cards
    return cards[0]


def double_click(qtbot, view, rect) -> None:
    """A rep's double-click: the press, then the double-click on the same place."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def name_of(window, customer_id: int) -> str:
    return svc.card(window.ctx.store, customer_id, DEMO_TODAY).facts.name


def test_a_double_click_in_the_customers_table_opens_the_card(window, qtbot):
    pane = window.show_pane("customers")
    index = pane.proxy.index(2, 1)
    customer_id = pane.proxy.data(index, ID_ROLE)
    double_click(qtbot, pane.table, pane.table.visualRect(index))
    card = shown_card(window)
    assert card.customer_id == customer_id
    assert card.name_edit.text() == index.data() == name_of(window, customer_id)
    assert card.standing.text().startswith(f"Class {pane.proxy.index(2, 2).data()} · rank 3 ·")
    assert card.timeline_model.rowCount() > 0


def test_a_calendar_block_opens_its_customers_card(window, monkeypatch):
    pane = window.show_pane("week")
    monday = DEMO_TODAY - dt.timedelta(days=DEMO_TODAY.weekday()) + dt.timedelta(days=7)
    pane.go_to_date(monday)
    made = week_service.create_blocks(
        window.ctx.store, [TimeBlock(None, monday, 900, 960, "visit", customer_id=4)]
    )
    pane.reload()

    class Menu(QMenu):  # the pane's real menu; the rep picks "Open customer card"
        def exec(self, _pos):
            (action,) = [a for a in self.actions() if a.text() == "Open customer card"]
            action.trigger()

    monkeypatch.setattr("salesplanner.ui.week.pane.QMenu", Menu)
    pane.on_context_requested(made.ids[0], monday, 900, None)
    card = shown_card(window)
    assert card.customer_id == 4
    # the card is of the customer the block is for (its text is elided in a narrow block)
    assert card.name_edit.text() == pane.calendar.block(made.ids[0]).customer_name
    assert card.windowTitle() == f"Customer: {name_of(window, 4)}"


def test_a_pipeline_deal_opens_its_customers_card(window, qtbot):
    pane = window.show_pane("pipeline")
    pane.tabs.setCurrentIndex(1)  # the table
    pane.table.selectRow(0)
    opp = pane._opp(pane.current_id())
    assert opp is not None and opp.customer_id is not None
    qtbot.mouseClick(pane.customer_button, Qt.MouseButton.LeftButton)
    card = shown_card(window)
    assert card.customer_id == opp.customer_id
    assert card.name_edit.text() == opp.customer_name  # the name on the deal's row
    assert card.timeline_model.rowCount() > 0


def test_a_reminder_opens_its_customers_card(window, qtbot):
    pane = window.show_pane("week")
    panel = pane.reminders
    reminder = Reminder("followup:7:2026-11-27", "followup", DEMO_TODAY, 7, name_of(window, 7))
    panel.set_reminders([reminder], DEMO_TODAY)
    item = panel.list.item(0)
    double_click(qtbot, panel.list, panel.list.visualItemRect(item))
    card = shown_card(window)
    assert card.customer_id == 7
    assert card.name_edit.text() == name_of(window, 7) and card.name_edit.text() in item.text()


def test_a_journal_row_opens_its_customers_card(window, qtbot):
    pane = window.show_pane("journal")
    row = next(r for r in range(pane.model.rowCount()) if pane.model.entry(r).customer_id)
    entry = pane.model.entry(row)
    index = pane.table.model().index(row, 0)
    pane.table.setCurrentIndex(index)
    double_click(qtbot, pane.table, pane.table.visualRect(index))
    card = shown_card(window)
    assert card.customer_id == entry.customer_id
    shown = pane.table.model().index(row, 1).data()  # the row's customer cell
    assert card.name_edit.text() == entry.customer and shown.startswith(entry.customer)


def test_the_card_keeps_what_was_typed_when_closed_and_opened_again(window, qtbot):
    card = window.open_customer(3)
    card.industry_edit.clear()
    qtbot.keyClicks(card.industry_edit, "EV")
    assert card.unsaved.text() == "Unsaved changes"
    card.close()
    window.ctx.notify(svc.CUSTOMER_CHANGES)  # something else changed meanwhile
    again = window.open_customer(3)
    assert again is card and again.industry_edit.text() == "EV"
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert svc.card(window.ctx.store, 3, DEMO_TODAY).facts.industry == "EV"
    assert card.unsaved.text() == ""
    window.act_undo.trigger()
    assert svc.card(window.ctx.store, 3, DEMO_TODAY).facts.industry == ""
    assert card.industry_edit.text() == ""


def test_editing_a_contact_in_the_card_and_undo(window, qtbot, monkeypatch):
    card = window.open_customer(5)
    before = svc.card(window.ctx.store, 5, DEMO_TODAY).contacts
    assert before, "the demo's customers have a main contact"

    def fill(parent, contact, apply):  # the real dialog, typed into
        dialog = ContactDialog(parent, contact, apply)
        qtbot.addWidget(dialog)
        dialog.title_edit.setText("采购总监")
        dialog.wechat_edit.setText("wx_5")
        dialog.on_accept()
        return dialog.result() == ContactDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "ask", staticmethod(fill))
    card.contacts_table.selectRow(0)
    qtbot.mouseClick(card.edit_contact_button, Qt.MouseButton.LeftButton)
    assert [card.contacts_table.item(0, c).text() for c in (1, 3)] == ["采购总监", "wx_5"]
    window.act_undo.trigger()
    assert svc.card(window.ctx.store, 5, DEMO_TODAY).contacts == before
    assert card.contacts_table.item(0, 1).text() == before[0].title


def test_a_bad_birthday_keeps_the_contact_dialog_open_with_one_sentence(window, qtbot):
    card = window.open_customer(5)
    dialog = ContactDialog(card, svc.card(window.ctx.store, 5, DEMO_TODAY).contacts[0], None)
    dialog.apply = card._save_contact
    qtbot.addWidget(dialog)
    dialog.birthday_edit.setText("12月6日")
    dialog.on_accept()
    assert dialog.error.text() == "A birthday is written 1980-12-06 or --12-06, not 12月6日."
    assert window.ctx.undo_stack.count() == 0


def test_merging_two_customers_in_the_card_and_undo(window, qtbot, monkeypatch):
    store = window.ctx.store
    keep, other = 1, 2
    other_name = name_of(window, other)
    moved = {
        t: store.query(f"SELECT count(*) AS n FROM {t} WHERE customer_id = ?", (other,))[0]["n"]
        for t in ("deals", "activities", "contacts")
    }
    assert moved["deals"] > 0
    card = window.open_customer(keep)
    rows_before = card.timeline_model.rowCount()
    other_card = window.open_customer(other)
    monkeypatch.setattr(card_module, "choose_customer", lambda *a: other_name)
    monkeypatch.setattr(card_module, "confirm", lambda parent, text: other_name in text)
    qtbot.mouseClick(card.merge_button, Qt.MouseButton.LeftButton)
    assert store.query("SELECT id FROM customers WHERE id = ?", (other,)) == []
    assert card.timeline_model.rowCount() > rows_before
    assert other_name in card.short_edit.text()
    assert not other_card.gone.isHidden()
    assert other_card.card is None  # its own card says it is gone
    window.act_undo.trigger()
    assert name_of(window, other) == other_name
    assert {
        t: store.query(f"SELECT count(*) AS n FROM {t} WHERE customer_id = ?", (other,))[0]["n"]
        for t in moved
    } == moved
    assert card.timeline_model.rowCount() == rows_before
    assert other_card.card is not None and other_card.name_edit.text() == other_name


def test_the_cadence_is_set_in_the_settings_dialog_and_the_card_follows(window, qtbot):
    from salesplanner.ui.dialogs.settings_dialog import SettingsDialog

    card = window.open_customer(1)
    assert "every 14 days" in card.contact_line.text()  # class A by default
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [s.value() for s in dialog.cadence_spins] == [14, 30, 90]
    dialog.cadence_spins[0].setValue(21)
    dialog.apply()
    assert "every 21 days" in card.contact_line.text()
    window.act_undo.trigger()
    assert "every 14 days" in card.contact_line.text()


def test_the_contact_columns_show_whole_phone_numbers_and_a_narrow_main_mark(window, qtbot):
    """The ★ column took all the spare width while name and phone were squeezed to their headers."""
    card = window.open_customer(5)
    card.resize(1280, 800)
    card.show()
    qtbot.waitExposed(card)
    table = card.contacts_table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for col in (0, 2):  # name and phone: read whole
        text = table.item(0, col).text()
        assert header.sectionSize(col) >= metrics.horizontalAdvance(text), (col, text)
    main_col = table.columnCount() - 1
    assert header.sectionSize(main_col) < table.viewport().width() / 6
    assert header.sectionSize(4) == max(header.sectionSize(c) for c in range(table.columnCount()))
