"""The journal pane in the real window: what was logged is listed, filtered and totalled; an
entry deleted or edited there moves the Progress pane's sales at once, and undo puts it back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from salesplanner.domain.money import to_fen
from salesplanner.services import journal as svc
from salesplanner.ui.format import format_amount, format_int
from salesplanner.ui.journal.dialogs import EntryDialog
from salesplanner.ui.journal.model import COLUMNS, JournalModel

pytestmark = pytest.mark.ui


@pytest.fixture
def panes(main_window):
    journal = main_window.show_pane("journal")
    progress = main_window.pane("progress")
    main_window.ctx.undo_stack.clear()
    return main_window, journal, progress


def sales_cell(progress) -> str:
    assert progress.metrics.item(0, 0).text() == "Sales"
    return progress.metrics.item(0, 1).text()


def a_sale_progress_counts(journal, progress) -> svc.JournalEntry:
    """A logged contract inside the Progress pane's period (its row in the journal)."""
    p = progress.progress
    for row in range(journal.model.rowCount()):
        entry = journal.model.entry(row)
        if entry.deal_id is not None and entry.key[0] == "A" and p.start <= entry.date <= p.as_of:
            return entry
    raise AssertionError("the demo has no sale in the progress period")


def test_the_pane_lists_the_year_with_its_totals(panes):
    _window, journal, _progress = panes
    f = journal.filters()
    expected = svc.journal(journal.ctx.store, f["frm"], f["to"])
    assert journal.model.rowCount() == expected.count > 100
    sales = format_amount(expected.sales_fen, journal.model.settings)
    assert journal.totals.text() == f"{format_int(expected.count)} entries · sales {sales}"
    first = [journal.model.index(0, c).data() for c in range(len(COLUMNS))]
    assert first[0] and first[2] and first[-1] == "Logged"


def test_filters_narrow_the_list_and_the_totals(panes, qtbot):
    _window, journal, _progress = panes
    everything = journal.model.rowCount()
    journal.type_combo.setCurrentIndex(journal.type_combo.findData("visit"))
    visits = journal.model.rowCount()
    assert 0 < visits < everything
    assert {journal.model.index(r, 2).data() for r in range(visits)} == {"New-customer visit"}
    name = journal.model.entry(0).customer
    journal.customer_combo.setEditText(name)
    journal.customer_combo.lineEdit().editingFinished.emit()
    assert {journal.model.entry(r).customer for r in range(journal.model.rowCount())} == {name}
    journal.customer_combo.setEditText("No such customer")
    journal.customer_combo.lineEdit().editingFinished.emit()
    assert journal.status.isVisible() and "No customer is called" in journal.status.text()
    assert journal.model.rowCount() == 0 and journal.totals.text() == ""  # not the last list
    assert not journal.edit_button.isEnabled()
    journal.customer_combo.setEditText("")
    journal.type_combo.setCurrentIndex(0)
    journal.outcome_edit.setText("签约")
    qtbot.waitUntil(lambda: journal.model.rowCount() < everything, timeout=2000)
    outcomes = {journal.model.entry(r).outcome for r in range(journal.model.rowCount())}
    assert outcomes == {"签约"}


def test_sorting_by_amount_puts_the_biggest_sale_first(panes):
    _window, journal, _progress = panes
    journal.table.sortByColumn(COLUMNS.index("amount"), Qt.SortOrder.DescendingOrder)
    amounts = [journal.model.entry(r).amount_fen or 0 for r in range(journal.model.rowCount())]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > 0


def test_deleting_a_logged_sale_moves_progress_at_once_and_undo_restores(panes, qtbot):
    window, journal, progress = panes
    before_fen, before_text = progress.progress.actual_fen, sales_cell(progress)
    entry = a_sale_progress_counts(journal, progress)
    assert journal.select_key(entry.key)
    rows = journal.model.rowCount()
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    assert journal.model.rowCount() == rows - 1 and journal.model.row_of(entry.key) == -1
    assert progress.progress.actual_fen == before_fen - entry.amount_fen
    assert sales_cell(progress) == format_amount(before_fen - entry.amount_fen, progress.settings)
    assert sales_cell(progress) != before_text
    window.act_undo.trigger()
    assert (progress.progress.actual_fen, sales_cell(progress)) == (before_fen, before_text)
    assert journal.model.row_of(entry.key) >= 0 and journal.model.rowCount() == rows


def _in_dialog(action) -> None:
    """Run ``action(dialog)`` on the edit dialog once it is open (it is modal)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EntryDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def test_editing_a_sale_amount_in_the_dialog_moves_progress_and_a_refusal_keeps_the_input(
    panes, monkeypatch
):
    window, journal, progress = panes
    before_fen = progress.progress.actual_fen
    entry = a_sale_progress_counts(journal, progress)
    journal.select_key(entry.key)
    said: list[str] = []
    real_edit = svc.edit_entry

    def deleted_meanwhile(store, key, **values):
        raise svc.JournalError(f"There is no journal entry {key}.")

    def refuse_then_fix(dialog) -> None:
        dialog.amount_edit.setText("0")  # not an amount: the dialog says so itself
        dialog.on_accept()
        said.append(dialog.error.text())
        dialog.amount_edit.setText("10万")
        dialog.note_edit.setText("改为十万")
        monkeypatch.setattr(svc, "edit_entry", deleted_meanwhile)
        dialog.on_accept()  # the service refuses: the dialog stays with the rep's input
        said.append(dialog.error.text())
        assert dialog.isVisible() and dialog.amount_edit.text() == "10万"
        assert progress.progress.actual_fen == before_fen
        assert window.ctx.undo_stack.count() == 0
        monkeypatch.setattr(svc, "edit_entry", real_edit)
        dialog.on_accept()

    _in_dialog(refuse_then_fix)
    journal.on_edit()
    assert said == [
        "The amount must be more than zero.",
        f"There is no journal entry {entry.key}.",
    ]
    assert window.ctx.undo_stack.count() == 1
    moved = before_fen - entry.amount_fen + to_fen(100_000)
    assert progress.progress.actual_fen == moved
    assert sales_cell(progress) == format_amount(moved, progress.settings)
    row = journal.model.row_of(entry.key)
    assert journal.model.entry(row).note == "改为十万"
    window.act_undo.trigger()
    assert progress.progress.actual_fen == before_fen
    assert journal.model.entry(journal.model.row_of(entry.key)).note == entry.note


def test_a_row_opens_its_customer(panes, qtbot):
    window, journal, _progress = panes
    entry = journal.model.entry(0)
    journal.select_key(entry.key)
    qtbot.mouseClick(journal.customer_button, Qt.MouseButton.LeftButton)
    card = window.cards[entry.customer_id]  # the customer card (issue 13.1)
    assert card.isVisible() and card.name_edit.text() == entry.customer


def test_the_model_passes_qtmodeltester(qtmodeltester, demo_store):
    model = JournalModel()
    model.set_journal(svc.journal(demo_store, dt.date(2026, 11, 1), dt.date(2026, 11, 7)))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def click_header(qtbot, journal, name):
    header = journal.table.horizontalHeader()
    column = COLUMNS.index(name)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def dates(journal):
    return [journal.model.entry(r).date for r in range(journal.model.rowCount())]


def test_the_date_header_points_down_for_newest_first_and_a_click_turns_it(panes, qtbot):
    """Qt's own sort arrow points up for a descending order: the header says ▼ itself."""
    _window, journal, _progress = panes
    header = journal.table.horizontalHeader()
    assert not header.isSortIndicatorShown()
    model = journal.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date ▼"
    assert dates(journal) == sorted(dates(journal), reverse=True)
    click_header(qtbot, journal, "date")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date ▲"
    assert dates(journal) == sorted(dates(journal))
    click_header(qtbot, journal, "amount")  # the first click: the biggest first
    amount = COLUMNS.index("amount")
    assert model.headerData(amount, Qt.Orientation.Horizontal) == "Amount ▼"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    amounts = [model.entry(r).amount_fen or 0 for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > 0
    # a reload (a filter) keeps the order the rep chose
    journal.type_combo.setCurrentIndex(journal.type_combo.findData("contract"))
    amounts = [model.entry(r).amount_fen or 0 for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    assert model.headerData(amount, Qt.Orientation.Horizontal) == "Amount ▼"


def test_a_long_outcome_is_shown_whole_and_the_note_takes_what_is_left(panes, qtbot):
    window, journal, _progress = panes
    window.resize(1400, 860)
    outcome = "报价已发，等客户内部审批后再联系"
    bar = window.quick_entry
    bar.edit.setText(f"跟进 华星科技 {outcome}")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    journal.go_to_date(window.pane("week").monday + dt.timedelta(days=6))
    row = next(
        r for r in range(journal.model.rowCount()) if journal.model.entry(r).outcome == outcome
    )
    header = journal.table.horizontalHeader()
    column = COLUMNS.index("outcome")
    shown = journal.table.visualRect(journal.model.index(row, column)).width()
    assert shown >= journal.table.fontMetrics().horizontalAdvance(outcome) + 8  # not cut
    assert header.sectionSize(COLUMNS.index("note")) >= 150  # the rest, not all of it
    longest_type = journal.table.fontMetrics().horizontalAdvance("New-customer visit")
    assert header.sectionSize(COLUMNS.index("type")) >= longest_type + 8
    assert journal.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == outcome
    ends = [header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(len(COLUMNS))]
    assert max(ends) <= journal.table.viewport().width()  # every column fits, no scrolling
    # a width the rep sets by hand stays when the list is filtered again
    header.resizeSection(column, 400)  # dragged by the rep
    journal.type_combo.setCurrentIndex(journal.type_combo.findData("followup"))
    assert header.sectionSize(column) == 400


def test_another_plan_opened_while_filtered_lists_nothing_of_the_old_one(panes, tmp_path):
    """The rows are read from the plan as they are painted: after File → Open of a plan without
    the customer filtered to, the list is empty (not the old plan's rows from a closed file)."""
    from salesplanner.store import Store

    window, journal, _progress = panes
    journal.customer_combo.setEditText(journal.model.entry(0).customer)
    journal.customer_line.editingFinished.emit()
    window.ctx.replace_store(Store.open(tmp_path / "other.db"))
    journal.table.viewport().repaint()  # painting reads nothing of the closed plan
    assert journal.model.rowCount() == 0
    assert "No customer is called" in journal.status.text()
