"""Issue 13 §2: logging — a block marked done, the quick-entry bar, the journal's Log dialog —
sets the customer's next follow-up date in the same undoable step. Each path in the real main
window: the date shows on the customer's open card at once, and on that day in the reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from salesplanner.domain.records import TimeBlock
from salesplanner.store.follow_ups import next_follow_up
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

CUSTOMER = "远航科技"
TUESDAY = DEMO_TODAY + dt.timedelta(days=7 - DEMO_TODAY.weekday() + 1)  # "下周二" from Friday


@pytest.fixture
def window(main_window, monkeypatch):
    from salesplanner.ui.week import clock

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    main_window.pane("week").go_to_date(DEMO_TODAY)
    main_window.ctx.undo_stack.clear()
    return main_window


@pytest.fixture
def card(window):
    """The customer's card, open while the rep logs."""
    cid = window.ctx.store.execute("SELECT id FROM customers WHERE name = ?", (CUSTOMER,))
    card = window.open_customer(cid.fetchone()[0])
    assert card is not None and card.name_edit.text() == CUSTOMER
    return card


def card_follow_up(card) -> dt.date | None:
    return card.follow_edit.date().toPython() if card.follow_box.isChecked() else None


def reminders_on(window, monkeypatch, day: dt.date) -> list[str]:
    """The Week pane's reminder lines on ``day``."""
    from salesplanner.ui.week import clock

    monkeypatch.setattr(clock, "today", lambda: day)
    pane = window.pane("week")
    pane.reload_reminders()
    items = pane.reminders.list
    texts = [items.item(i).text() for i in range(items.count())]
    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    pane.reload_reminders()
    return texts


def check_follow_up_set_then_undone(window, card, monkeypatch, before):
    store = window.ctx.store
    assert next_follow_up(store, card.customer_id) == TUESDAY
    assert card_follow_up(card) == TUESDAY  # the open card shows it at once
    assert not [
        t for t in reminders_on(window, monkeypatch, TUESDAY - dt.timedelta(1)) if CUSTOMER in t
    ]
    assert [t for t in reminders_on(window, monkeypatch, TUESDAY) if CUSTOMER in t]
    window.ctx.undo_stack.undo()  # the log and the date are one step
    assert next_follow_up(store, card.customer_id) == before
    assert card_follow_up(card) == before


def type_text(widget, text):
    """Type ``text`` as keystrokes (QTest cannot type Chinese keys; a key event with text can)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def fill_log_dialog(qtbot, monkeypatch, seen, outcome="下周二再联系", customer=None):
    """Replace LogDialog.exec: the rep (optionally) names the customer, types the outcome (which
    proposes the date) and presses OK."""
    from salesplanner.ui.week import dialogs

    def fill_and_accept(dialog):
        seen["title"] = dialog.windowTitle()
        if customer is not None:
            dialog.customer_combo.setCurrentText(customer)
        dialog.outcome_edit.setFocus()
        type_text(dialog.outcome_edit, outcome)
        seen["proposed"] = dialog.next_follow_up()
        dialog.on_accept()
        return QDialog.DialogCode.Accepted if dialog._value else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs.LogDialog, "exec", fill_and_accept)


def test_a_block_marked_done_with_space_sets_the_next_follow_up(window, card, qtbot, monkeypatch):
    from salesplanner.ui.week.commands import CreateBlocksCommand

    before = next_follow_up(window.ctx.store, card.customer_id)
    pane = window.show_pane("week")
    block = TimeBlock(None, DEMO_TODAY, 840, 900, "followup", customer_name=CUSTOMER)
    create = CreateBlocksCommand(window.ctx, [block])
    window.ctx.undo_stack.push(create)
    seen: dict = {}
    fill_log_dialog(qtbot, monkeypatch, seen, outcome="聊得不错，下周二再联系")
    pane.calendar.select(create.ids[0])
    pane.calendar.setFocus()
    qtbot.keyClick(pane.calendar, Qt.Key.Key_Space)
    assert seen["proposed"] == TUESDAY  # proposed from the words
    assert pane.calendar.block(create.ids[0]).done
    assert "Next follow-up" in window.statusBar().currentMessage()
    check_follow_up_set_then_undone(window, card, monkeypatch, before)
    assert not pane.calendar.block(create.ids[0]).done


def test_the_quick_entry_bar_sets_the_next_follow_up(window, card, qtbot, monkeypatch):
    before = next_follow_up(window.ctx.store, card.customer_id)
    bar = window.quick_entry
    bar.edit.setText(f"跟进 {CUSTOMER} 下周二再联系")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.edit.text() == ""
    assert "next follow-up" in window.statusBar().currentMessage()
    check_follow_up_set_then_undone(window, card, monkeypatch, before)


def test_the_journals_log_dialog_logs_an_activity_and_the_next_follow_up(
    window, card, qtbot, monkeypatch
):
    store = window.ctx.store
    before = next_follow_up(store, card.customer_id)
    journal = window.show_pane("journal")
    count = journal.model.rowCount()
    seen: dict = {}
    fill_log_dialog(qtbot, monkeypatch, seen, customer=CUSTOMER)
    qtbot.mouseClick(journal.log_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "Log an activity" and seen["proposed"] == TUESDAY
    assert journal.model.rowCount() == count + 1
    entry = journal.model.entry(journal.selected_row())  # the new entry, selected
    assert (entry.customer, entry.code, entry.outcome) == (CUSTOMER, "followup", "下周二再联系")
    assert entry.date == DEMO_TODAY
    check_follow_up_set_then_undone(window, card, monkeypatch, before)
    assert journal.model.rowCount() == count


def test_the_log_dialog_logs_a_day_before_and_asks_for_a_customer_to_follow_up(qtbot):
    from salesplanner.ui.week.dialogs import LogDialog

    block = TimeBlock(None, DEMO_TODAY, 0, 0, "phone", planned_count=1)
    dialog = LogDialog(None, block, [CUSTOMER], DEMO_TODAY, free=True)
    qtbot.addWidget(dialog)
    assert dialog.date_edit is not None and dialog.windowTitle() == "Log an activity"
    assert dialog.date_edit.maximumDate().toPython() == DEMO_TODAY  # not a day ahead
    dialog.date_edit.setDate(DEMO_TODAY - dt.timedelta(days=1))
    dialog.follow_up_check.setChecked(True)
    dialog.on_accept()  # no customer: nobody to follow up
    assert dialog._value is None and "Name the customer" in dialog.error.text()
    dialog.customer_combo.setCurrentText(CUSTOMER)
    dialog.on_accept()
    assert dialog._value.date == DEMO_TODAY - dt.timedelta(days=1)
    assert dialog._value.next_follow_up == DEMO_TODAY + dt.timedelta(days=7)
