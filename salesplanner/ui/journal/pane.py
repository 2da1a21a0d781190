"""The journal pane: everything logged — activities, and sales no activity stands for — by
date range, customer, type and outcome, sortable, with totals; an entry can be corrected or
deleted (undoably, through :mod:`salesplanner.ui.journal.commands`) and opens its customer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.records import ACTIVITY_CODES
from salesplanner.errors import UserError
from salesplanner.services import journal as svc
from salesplanner.services import settings as settings_svc
from salesplanner.ui.context import AppContext
from salesplanner.ui.date_box import date_box
from salesplanner.ui.edit_texts import fault_sentence
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount
from salesplanner.ui.journal.commands import DeleteEntryCommand, EditEntryCommand
from salesplanner.ui.journal.dialogs import EntryDialog
from salesplanner.ui.journal.model import COLUMNS, CUSTOMER_ROLE, KEY_ROLE, JournalModel
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week import clock

#: Starting widths of the columns (measuring 20,000 rows to fit them would cost more than the
#: query); the rep can widen any of them.
_WIDTHS = {
    "date": 96,
    "customer": 170,
    "type": 120,
    "count": 56,
    "outcome": 140,  # at least; widened to the outcomes shown (_fit_outcome)
    "amount": 96,
    "source": 64,
}
_MEASURED_ROWS = 200  # the outcomes that decide the outcome column's width
_CELL_PADDING = 24  # a cell's margins and the header's sort arrow


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class JournalPane(QWidget):
    #: the rep asked to open a customer (its id): the window shows it
    customer_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.journal: svc.Journal | None = None
        self._names_loaded: dict[int, str] | None = None
        self._fitted_shown = False
        self._fitting = False
        self._sized_by_hand: set[str] = set()  # columns the rep widened or narrowed
        self._build()
        self._connect_signals()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        filters = QHBoxLayout()
        today = clock.today()
        self.from_edit = date_box()
        self.from_edit.setDate(_qdate(today - dt.timedelta(days=364)))
        self.to_edit = date_box()
        self.to_edit.setDate(_qdate(today))
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_edit)
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.customer_combo.lineEdit()
        assert line is not None  # an editable combo box has its line
        self.customer_line: QLineEdit = line
        self.customer_line.setPlaceholderText(self.tr("All customers"))
        self.customer_combo.setMinimumWidth(160)
        # sized by a name's length, not by measuring every customer's name
        self.customer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer_combo.setMinimumContentsLength(12)
        filters.addWidget(self.customer_combo, 1)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), None)
        for code in ACTIVITY_CODES:
            self.type_combo.addItem(activity_label(code), code)
        filters.addWidget(self.type_combo)
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText(self.tr("Outcome contains…"))
        self.outcome_edit.setClearButtonEnabled(True)
        filters.addWidget(self.outcome_edit, 1)
        outer.addLayout(filters)

        actions = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("journalTotals")
        self.totals.setStyleSheet("#journalTotals { font-size: 14px; color: #263238; }")
        actions.addWidget(self.totals, 1)
        self.log_button = QPushButton(self.tr("Log…"))
        self.log_button.setToolTip(
            self.tr("Log an activity no block stands for, and the customer's next follow-up")
        )
        actions.addWidget(self.log_button)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        for b in (self.edit_button, self.delete_button, self.customer_button):
            actions.addWidget(b)
        outer.addLayout(actions)

        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        # the model writes the arrow into the header (▼ newest first): Qt's own points up
        # for a descending order, the opposite of what a rep reads
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, name in enumerate(COLUMNS):
            if name in _WIDTHS:
                header.resizeSection(col, _WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        self.status.setStyleSheet("#journalStatus { color: #c62828; }")
        self.status.hide()
        outer.addWidget(self.status)
        self._outcome_timer = QTimer(self)
        self._outcome_timer.setSingleShot(True)
        self._outcome_timer.setInterval(250)  # typing an outcome: filter when the rep pauses

    def _connect_signals(self) -> None:
        self.from_edit.dateChanged.connect(self.on_filter_changed)
        self.to_edit.dateChanged.connect(self.on_filter_changed)
        self.customer_combo.activated.connect(self.on_filter_changed)
        self.customer_line.editingFinished.connect(self.on_filter_changed)
        self.type_combo.currentIndexChanged.connect(self.on_filter_changed)
        self.outcome_edit.textChanged.connect(self._outcome_timer.start)
        self._outcome_timer.timeout.connect(self.on_filter_changed)
        self.log_button.clicked.connect(self.on_log)
        self.edit_button.clicked.connect(self.on_edit)
        self.delete_button.clicked.connect(self.on_delete)
        self.customer_button.clicked.connect(self.on_open_customer)
        self.table.doubleClicked.connect(self.on_open_customer)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        if changes.journal:
            self.reload()

    def go_to_date(self, day: dt.date) -> None:
        """Show the year up to ``day``."""
        for box, value in ((self.to_edit, day), (self.from_edit, day - dt.timedelta(days=364))):
            box.blockSignals(True)
            box.setDate(_qdate(value))
            box.blockSignals(False)
        self.reload()

    def filters(self) -> dict[str, Any]:
        name = self.customer_combo.currentText().strip()
        outcome = self.outcome_edit.text().strip()
        return {
            "frm": self.from_edit.date().toPython(),
            "to": self.to_edit.date().toPython(),
            "customer": name or None,
            "type": self.type_combo.currentData(),
            "outcome": outcome or None,
        }

    def reload(self) -> None:
        selected = self.selected_key()
        settings = settings_svc.load(self.ctx.store)
        try:
            journal = svc.journal(self.ctx.store, **self.filters(), **self.model.sort_args())
        except UserError as exc:  # a customer no one is called, dates the wrong way round
            self.status.setText(fault_sentence(exc))
            self.status.show()
            # nothing listed rather than the last list: its rows are read from the plan as
            # they are shown, and the plan may be another one now (File → Open)
            self.journal = None
            self.model.clear()
            self.totals.setText("")
            self._update_buttons()
            return
        self.status.hide()
        self.journal = journal
        self.model.set_journal(journal, settings)
        self._fit_columns()
        self._fill_customers(journal.names)
        self.totals.setText(
            self.tr("%Ln entr(ies) · sales {amount}", "", journal.count).format(
                amount=format_amount(journal.sales_fen, settings)
            )
        )
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted_shown:  # the table's width is known now
            self._fitted_shown = True
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Fit the type column to the type names (a few, in the rep's language), and widen
        the outcome column to the outcomes of the first screens (not all ~20,000 rows:
        measuring them would cost more than the query), up to a third of the table; the note
        column takes what is left, and a cell cut short shows its whole text on hover."""
        metrics = self.table.fontMetrics()
        widths = {}
        labels = [activity_label(code) for code in ACTIVITY_CODES]
        widest = max(map(metrics.horizontalAdvance, labels))
        widths["type"] = max(_WIDTHS["type"], widest + _CELL_PADDING)
        column = COLUMNS.index("outcome")
        rows = self.model.rows[: min(len(self.model.rows), _MEASURED_ROWS)]
        texts = {r[svc.OUTCOME] for r in rows if r[svc.OUTCOME]}
        header = self.model.headerData(column, Qt.Orientation.Horizontal)
        widest = max([metrics.horizontalAdvance(t) for t in texts | {header}])
        cap = max(_WIDTHS["outcome"], self.table.viewport().width() // 3)
        widths["outcome"] = max(_WIDTHS["outcome"], min(widest + _CELL_PADDING, cap))
        self._fitting = True
        try:
            for name, width in widths.items():
                if name not in self._sized_by_hand:  # a width the rep chose stays
                    self.table.horizontalHeader().resizeSection(COLUMNS.index(name), width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and self.isVisible() and 0 <= column < len(COLUMNS):
            self._sized_by_hand.add(COLUMNS[column])

    def _fill_customers(self, names: dict[int, str]) -> None:
        if names == self._names_loaded:
            return
        self._names_loaded = dict(names)
        text = self.customer_combo.currentText()
        self.customer_combo.blockSignals(True)
        self.customer_combo.clear()
        self.customer_combo.addItems(sorted(names.values()))
        self.customer_combo.setCurrentIndex(-1)
        self.customer_combo.setEditText(text)
        self.customer_combo.blockSignals(False)

    # -- the selected entry --------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_key(self) -> str | None:
        row = self.selected_row()
        return self.model.index(row, 0).data(KEY_ROLE) if row >= 0 else None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        has = row >= 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        customer = self.model.index(row, 0).data(CUSTOMER_ROLE) if has else None
        self.customer_button.setEnabled(customer is not None)

    # -- slots ---------------------------------------------------------------------------
    def on_filter_changed(self, *_args) -> None:
        self.reload()

    def on_log(self) -> None:
        """Log an activity in a dialog (type, count, customer, outcome, a contract's amount,
        the day, the next follow-up): one undoable step; the new entry is selected."""
        from salesplanner.services import week as week_svc
        from salesplanner.services.customers import people
        from salesplanner.ui.week.commands import LogCommand
        from salesplanner.ui.week.dialogs import LogDialog

        store = self.ctx.store
        entry = LogDialog.ask_new(
            self,
            week_svc.customer_names(store),
            clock.today(),
            settings_svc.load(store).currency_unit,
            week_svc.activity_colors(store),
            self.customer_combo.currentText().strip(),  # the customer the list is filtered to
            people(store),
        )
        if entry is None:
            return
        command = LogCommand(self.ctx, entry, text=self.tr("Log an activity"))
        if push_edit(self.ctx, command, warn(self, self.tr("Journal"))) and command.logged:
            self.select_key(f"A{command.logged.activity_id}")

    def on_edit(self) -> None:
        entry = self.model.entry(self.selected_row())
        if entry is None:
            return
        settings = settings_svc.load(self.ctx.store)

        def apply(values: dict[str, Any]) -> str | None:
            said: list[str] = []
            if push_edit(self.ctx, EditEntryCommand(self.ctx, entry.key, values), said.append):
                return None
            return said[0] if said else ""

        from salesplanner.services.customers import people

        EntryDialog.ask(self, entry, settings.currency_unit, apply, people(self.ctx.store))

    def on_delete(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        row = self.selected_row()
        if push_edit(self.ctx, DeleteEntryCommand(self.ctx, key), warn(self, self.tr("Journal"))):
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def on_open_customer(self, *_args) -> None:
        row = self.selected_row()
        customer = self.model.index(row, 0).data(CUSTOMER_ROLE) if row >= 0 else None
        if customer is not None:
            self.customer_requested.emit(customer)
