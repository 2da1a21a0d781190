"""Dialogs of the week calendar, each opened through a seam tests replace:

* ``BlockDialog.ask(parent, block, customers, colors) -> BlockEdit | None`` — type, customer,
  note, planned count and time of a block.
* ``LogDialog.ask(parent, block, customers, today, currency_unit) -> QuickEntry | None`` — mark a
  block done: what was done, how many, with whom, the outcome, a contract's amount, and the
  customer's next follow-up date (set in the same step; a day ahead in the outcome, such as
  "下周二再联系", proposes it). ``LogDialog.ask_new(parent, customers, today, …)`` — the same
  for an activity no block stands for, on a day the rep picks.
* ``TemplateNameDialog.ask(parent, names) -> str | None`` — a name to save the week under.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from salesplanner.domain.card import Person
from salesplanner.domain.quick_entry import QuickEntry, QuickEntryError, parse_amount
from salesplanner.domain.records import ACTIVITY_CODES, CONTRACT, FOLLOWUP, TimeBlock
from salesplanner.ui.goal.widgets import qdate
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week.texts import note_label, quick_entry_error


@dataclass(frozen=True)
class BlockEdit:
    code: str
    customer_name: str
    note: str
    planned_count: int
    start_min: int
    end_min: int
    contact_id: int | None = None  # the person at the customer the block is with


def swatch(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


def _type_combo(colors: dict[str, str], current: str, codes=ACTIVITY_CODES) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(swatch(colors.get(code, "#78909c")), activity_label(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _customer_combo(customers: list[str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(customers)
    completer = QCompleter(QStringListModel(customers, combo), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setCurrentText(current)
    return combo


class ContactPicker(QComboBox):
    """The person a block, activity, sale or deal is with: a contact of the customer chosen
    in ``customer`` (the list follows it), or nobody. At first ``current`` is chosen, else
    the main contact when ``main_first`` (a new record; an existing one keeps naming nobody);
    another customer chosen preselects its main contact."""

    def __init__(
        self,
        people: dict[str, list[Person]] | None,
        customer: QComboBox | str,
        current: int | None = None,
        main_first: bool = True,
    ):
        super().__init__()
        self.people = people or {}
        self.current, self.main_first = current, main_first
        self._customer: str | None = None
        if isinstance(customer, QComboBox):
            customer.currentTextChanged.connect(self.follow)
            customer = customer.currentText()
        self.follow(customer)

    def follow(self, customer: str) -> None:
        customer = customer.strip()
        if customer == self._customer:
            return
        first = self._customer is None
        self._customer = customer
        wanted = self.current if first else self.contact_id()
        found = self.people.get(customer, [])
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("— nobody in particular"), None)
        for p in found:
            label = self.tr("{name} (main contact)").format(name=p.name) if p.is_main else p.name
            self.addItem(label, p.id)
        at = self.findData(wanted) if wanted is not None else -1
        if at < 0 and (self.main_first or not first):  # a new record, or another customer
            at = next((i + 1 for i, p in enumerate(found) if p.is_main), 0)
        self.setCurrentIndex(max(0, at))
        self.setEnabled(bool(found))
        self.blockSignals(False)

    def contact_id(self) -> int | None:
        return self.currentData()


def _time_edit(minutes: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(minutes // 60 % 24, minutes % 60))
    edit.setDisplayFormat("HH:mm")
    return edit


def _minutes(edit: QTimeEdit) -> int:
    t = edit.time()
    return t.hour() * 60 + t.minute()


class _FormDialog(QDialog):
    """A dialog whose OK runs its own ``on_accept`` (which checks the form first)."""

    def on_accept(self) -> None:
        raise NotImplementedError


def _finish(dialog: _FormDialog, form: QFormLayout) -> QLabel:
    """The form, an error line and OK/Cancel (OK calls ``dialog.on_accept``); the error label."""
    error = QLabel()
    error.setStyleSheet("color: #c62828;")
    error.setWordWrap(True)
    error.hide()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.on_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(380)
    return error


class BlockDialog(_FormDialog):
    def __init__(
        self,
        parent,
        block: TimeBlock,
        customers: list[str],
        colors: dict[str, str],
        people: dict[str, list[Person]] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time block"))
        self.block = block
        form = QFormLayout()
        self.type_combo = _type_combo(colors, block.code)
        self.customer_combo = _customer_combo(customers, block.customer_name)
        self.contact_combo = ContactPicker(
            people, self.customer_combo, block.contact_id, main_first=block.id is None
        )
        self.note_edit = QLineEdit(note_label(block.note))
        self._note_key = block.note
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_spin.setValue(block.planned_count)
        self.count_spin.setSpecialValueText(self.tr("—"))
        self.start_edit = _time_edit(block.start_min)
        self.end_edit = _time_edit(block.end_min if block.end_min < 24 * 60 else 24 * 60 - 1)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form.addRow(self.tr("Activity"), self.type_combo)
        form.addRow(self.tr("Customer"), self.customer_combo)
        form.addRow(self.tr("With"), self.contact_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Planned count"), self.count_spin)
        form.addRow(self.tr("Time"), times)
        self.error = _finish(self, form)

    def on_accept(self) -> None:
        if _minutes(self.end_edit) <= _minutes(self.start_edit):
            self.error.setText(self.tr("The block must end after it starts."))
            self.error.show()
            return
        self.accept()

    def result_value(self) -> BlockEdit:
        note = self.note_edit.text().strip()
        if note == note_label(self._note_key):
            note = self._note_key  # unchanged: keep the template's key (shown translated)
        return BlockEdit(
            self.type_combo.currentData(),
            self.customer_combo.currentText().strip(),
            note,
            self.count_spin.value(),
            _minutes(self.start_edit),
            _minutes(self.end_edit),
            self.contact_combo.contact_id(),
        )

    @classmethod
    def ask(
        cls,
        parent,
        block: TimeBlock,
        customers: list[str],
        colors: dict[str, str],
        people: dict[str, list[Person]] | None = None,
    ) -> BlockEdit | None:
        dialog = cls(parent, block, customers, colors, people)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()


class LogDialog(_FormDialog):
    """Mark a block done: log what was done (a contract also records the deal). Without a
    block (``free``, :meth:`ask_new`), log an activity of any day up to today."""

    def __init__(
        self,
        parent,
        block: TimeBlock,
        customers: list[str],
        today: dt.date,
        currency_unit: str = "wan",
        colors: dict[str, str] | None = None,
        people: dict[str, list[Person]] | None = None,
        *,
        free: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an activity") if free else self.tr("Mark done"))
        self.block = block
        self.day = min(block.date, today)
        self.currency_unit = currency_unit
        form = QFormLayout()
        self.date_edit = None
        if free:
            from salesplanner.ui.date_box import date_box

            self.date_edit = date_box()
            self.date_edit.setDate(qdate(self.day))
            self.date_edit.setMaximumDate(qdate(today))
            form.addRow(self.tr("Date"), self.date_edit)
        self.type_combo = _type_combo(colors or {}, block.code)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_spin.setValue(max(1, block.planned_count))
        self.customer_combo = _customer_combo(customers, block.customer_name)
        self.contact_combo = ContactPicker(people, self.customer_combo, block.contact_id)
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText(self.tr("e.g. interested, demo booked, quote sent"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(
            self.tr("e.g. 3.5万") if currency_unit == "wan" else self.tr("e.g. 35000")
        )
        form.addRow(self.tr("Activity") if free else self.tr("Done"), self.type_combo)
        form.addRow(self.tr("How many"), self.count_spin)
        form.addRow(self.tr("Customer"), self.customer_combo)
        form.addRow(self.tr("With"), self.contact_combo)
        form.addRow(self.tr("Outcome"), self.outcome_edit)
        self.amount_label = QLabel(self.tr("Contract amount"))
        form.addRow(self.amount_label, self.amount_edit)
        from salesplanner.ui.date_box import date_box

        self.today = today
        self.follow_up_check = QCheckBox(self.tr("Next follow-up"))
        self.follow_up_check.setToolTip(
            self.tr("Set the customer's next follow-up date as this is logged")
        )
        self.follow_up_date = date_box()
        self.follow_up_date.setDate(qdate(today + dt.timedelta(days=7)))
        self.follow_up_date.setMinimumDate(qdate(self.day))
        self.follow_up_date.setEnabled(False)
        form.addRow(self.follow_up_check, self.follow_up_date)
        self.error = _finish(self, form)
        self.type_combo.currentIndexChanged.connect(self.on_type_changed)
        self.follow_up_check.toggled.connect(self.follow_up_date.setEnabled)
        self.outcome_edit.textEdited.connect(self.on_outcome_edited)
        self.on_type_changed()
        self._value: QuickEntry | None = None

    def on_outcome_edited(self, text: str) -> None:
        """A day ahead written in the outcome ("下周二再联系", "in 3 days") proposes the date."""
        from salesplanner.domain.relative_dates import find_ahead

        found = find_ahead(text, self.today)
        if found is not None:
            self.follow_up_date.setDate(qdate(found[0]))
            self.follow_up_check.setChecked(True)

    def next_follow_up(self) -> dt.date | None:
        if not self.follow_up_check.isChecked():
            return None
        d = self.follow_up_date.date()
        return dt.date(d.year(), d.month(), d.day())

    def on_type_changed(self) -> None:
        contract = self.type_combo.currentData() == CONTRACT
        self.amount_edit.setEnabled(contract)
        self.amount_label.setEnabled(contract)

    def on_accept(self) -> None:
        code = self.type_combo.currentData()
        amount = None
        try:
            if code == CONTRACT:
                amount = parse_amount(self.amount_edit.text(), self.currency_unit)
                if amount is None:
                    raise QuickEntryError(self.tr("A contract needs its amount."))
        except QuickEntryError as exc:
            self.error.setText(quick_entry_error(exc))
            self.error.show()
            return
        customer = self.customer_combo.currentText().strip()
        follow_up = self.next_follow_up()
        if follow_up is not None and not customer:
            self.error.setText(self.tr("Name the customer to follow up."))
            self.error.show()
            return
        day = self.day if self.date_edit is None else self.date_edit.date().toPython()
        self._value = QuickEntry(
            code,
            self.count_spin.value(),
            customer,
            amount,
            day if isinstance(day, dt.date) else self.day,
            self.outcome_edit.text().strip(),
            follow_up,
            self.contact_combo.contact_id(),
        )
        self.accept()

    @classmethod
    def ask(
        cls,
        parent,
        block: TimeBlock,
        customers: list[str],
        today: dt.date,
        currency_unit: str = "wan",
        colors: dict[str, str] | None = None,
        people: dict[str, list[Person]] | None = None,
    ) -> QuickEntry | None:
        dialog = cls(parent, block, customers, today, currency_unit, colors, people)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._value

    @classmethod
    def ask_new(
        cls,
        parent,
        customers: list[str],
        today: dt.date,
        currency_unit: str = "wan",
        colors: dict[str, str] | None = None,
        customer: str = "",
        people: dict[str, list[Person]] | None = None,
    ) -> QuickEntry | None:
        """Log an activity that no block stands for (a call, a visit …) and, in the same
        step, the customer's next follow-up."""
        block = TimeBlock(None, today, 0, 0, FOLLOWUP, customer_name=customer, planned_count=1)
        dialog = cls(parent, block, customers, today, currency_unit, colors, people, free=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._value


class TemplateNameDialog:
    @staticmethod
    def ask(parent, names: list[str]) -> str | None:
        from PySide6.QtCore import QCoreApplication

        tr = QCoreApplication.translate
        name, ok = QInputDialog.getItem(
            parent,
            tr("week", "Save week as template"),
            tr("week", "Template name (an existing name is replaced):"),
            names or [tr("week", "My week")],
            0,
            True,
        )
        name = name.strip()
        return name if ok and name else None
