"""Dialogs of the pipeline, each opened through a seam tests replace:

* ``DealDialog.ask(parent, opp, stages, customers, today, people) -> Opportunity | None`` — a
  new deal or its details (``people``: each customer's contacts, to name the person it is with).
* ``WinDialog.ask(parent, opp, today) -> (amount, date) | None`` — the final amount and date.
* ``LoseDialog.ask(parent, opp, today) -> (reason, date) | None`` — why it was lost.
* ``StagesDialog.ask(parent, stages) -> list[Stage] | None`` — the rep's own stage list.

Amounts are typed as anywhere in the app: 12万, 115000元; a bare number is in 万.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from salesplanner.domain.card import Person
from salesplanner.domain.money import WAN, normalize
from salesplanner.domain.opportunities import CHANNELS, Opportunity, Stage
from salesplanner.domain.quick_entry import QuickEntryError, parse_amount
from salesplanner.ui.format import date_edit_format
from salesplanner.ui.labels import channel_label, stage_label
from salesplanner.ui.week.dialogs import ContactPicker, _customer_combo, _finish, _FormDialog


def _date_edit(day: dt.date | None, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(" ")  # the minimum shows empty: no date
    edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
    return edit


def _date_of(edit: QDateEdit, optional: bool = False) -> dt.date | None:
    if optional and edit.date() == edit.minimumDate():
        return None
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _wan_text(amount: Decimal) -> str:
    return f"{normalize(amount / WAN)}万" if amount else ""


class DealDialog(_FormDialog):
    def __init__(
        self,
        parent,
        opp: Opportunity,
        stages: list[Stage],
        customers: list[str],
        today,
        people: dict[str, list[Person]] | None = None,
    ):
        super().__init__(parent)
        self.opp = opp
        self.result_opp: Opportunity | None = None
        self.setWindowTitle(self.tr("New deal") if opp.id is None else self.tr("Deal"))
        form = QFormLayout()
        self.customer = _customer_combo(customers, opp.customer_name)
        self.contact = ContactPicker(people, self.customer, opp.contact_id, opp.id is None)
        self.title = QLineEdit(opp.title)
        self.amount = QLineEdit(_wan_text(opp.amount))
        self.amount.setPlaceholderText(self.tr("e.g. 12万 or 120000元"))
        self.stage = QComboBox()
        for s in stages:
            if s.is_open or s.key == opp.stage:
                self.stage.addItem(stage_label(s.key, s.name), s.key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(opp.stage)))
        self.stage.setEnabled(opp.is_open)
        self.close_date = _date_edit(opp.expected_close, optional=True)
        self.next_step = QLineEdit(opp.next_step)
        self.next_date = _date_edit(opp.next_step_date, optional=True)
        self.channel = QComboBox()
        for key in ("", *CHANNELS):
            self.channel.addItem(channel_label(key), key)
        self.channel.setCurrentIndex(max(0, self.channel.findData(opp.channel)))
        self.product = QLineEdit(opp.product)
        self.commit = QCheckBox(self.tr("I count on this deal this period (commit)"))
        self.commit.setChecked(opp.commit)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("With"), self.contact)
        form.addRow(self.tr("Deal"), self.title)
        form.addRow(self.tr("Expected amount"), self.amount)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Expected close"), self.close_date)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(self.tr("Next step on"), self.next_date)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Product"), self.product)
        form.addRow("", self.commit)
        self.error = _finish(self, form)

    def on_accept(self) -> None:
        customer = self.customer.currentText().strip()
        if not customer:
            self._fail(self.tr("Name the customer."))
            return
        try:
            amount = parse_amount(self.amount.text(), "wan") or Decimal(0)
        except QuickEntryError:
            self._fail(self.tr("The amount is not a number; write it like 12万 or 120000元."))
            return
        self.result_opp = replace(
            self.opp,
            customer_name=customer,
            customer_id=self.opp.customer_id if customer == self.opp.customer_name else None,
            contact_id=self.contact.contact_id(),
            title=self.title.text().strip(),
            amount=amount,
            stage=self.stage.currentData(),
            expected_close=_date_of(self.close_date, True),
            next_step=self.next_step.text().strip(),
            next_step_date=_date_of(self.next_date, True),
            channel=self.channel.currentData(),
            product=self.product.text().strip(),
            commit=self.commit.isChecked(),
        )
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @staticmethod
    def ask(parent, opp: Opportunity, stages, customers, today, people=None) -> Opportunity | None:
        dialog = DealDialog(parent, opp, stages, customers, today, people)
        return dialog.result_opp if dialog.exec() else None


class WinDialog(_FormDialog):
    def __init__(self, parent, opp: Opportunity, today: dt.date):
        super().__init__(parent)
        self.result_value: tuple[Decimal, dt.date] | None = None
        self.setWindowTitle(self.tr("Won: {deal}").format(deal=opp.label))
        form = QFormLayout()
        self.amount = QLineEdit(_wan_text(opp.amount))
        self.day = _date_edit(today)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Final amount"), self.amount)
        form.addRow(self.tr("Won on"), self.day)
        self.error = _finish(self, form)

    def on_accept(self) -> None:
        try:
            amount = parse_amount(self.amount.text(), "wan")
        except QuickEntryError:
            amount = None
        if amount is None:
            self.error.setText(self.tr("Type the final amount, e.g. 11.5万."))
            self.error.show()
            return
        day = _date_of(self.day)
        assert day is not None
        self.result_value = (amount, day)
        self.accept()

    @staticmethod
    def ask(parent, opp: Opportunity, today: dt.date) -> tuple[Decimal, dt.date] | None:
        dialog = WinDialog(parent, opp, today)
        return dialog.result_value if dialog.exec() else None


class LoseDialog(_FormDialog):
    def __init__(self, parent, opp: Opportunity, today: dt.date):
        super().__init__(parent)
        self.result_value: tuple[str, dt.date] | None = None
        self.setWindowTitle(self.tr("Lost: {deal}").format(deal=opp.label))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("Price too high"),
                self.tr("Went with a competitor"),
                self.tr("Budget cut"),
                self.tr("Needs changed"),
                self.tr("Decision maker changed"),
                self.tr("No answer from the customer"),
            ]
        )
        self.reason.setCurrentText("")
        self.day = _date_edit(today)
        form.addRow(self.tr("Why was it lost?"), self.reason)
        form.addRow(self.tr("Lost on"), self.day)
        self.error = _finish(self, form)

    def on_accept(self) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.error.setText(self.tr("Say why: it is how the next deal goes better."))
            self.error.show()
            return
        day = _date_of(self.day)
        assert day is not None
        self.result_value = (reason, day)
        self.accept()

    @staticmethod
    def ask(parent, opp: Opportunity, today: dt.date) -> tuple[str, dt.date] | None:
        dialog = LoseDialog(parent, opp, today)
        return dialog.result_value if dialog.exec() else None


class StagesDialog(_FormDialog):
    """The open stages: the rep's own name (empty: the built-in one) and default win
    probability of each, in order; a stage can be added (before 赢单/输单) or removed."""

    def __init__(self, parent, stages: list[Stage]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stages"))
        self.closing = [s for s in stages if not s.is_open]
        self.form = QFormLayout()
        self.rows: list[tuple[Stage, QLineEdit, QSpinBox, QWidget]] = []
        for s in sorted((s for s in stages if s.is_open), key=lambda s: s.sort):
            self._add_row(s)
        add = QPushButton(self.tr("Add a stage"))
        add.clicked.connect(self.on_add)
        line = QWidget()
        box = QHBoxLayout(line)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(add)
        box.addStretch(1)
        self.form.addRow("", line)
        self.error = _finish(self, self.form)
        self.result_stages: list[Stage] | None = None

    def _add_row(self, s: Stage) -> None:
        name = QLineEdit(s.name)
        own = s.key.startswith("own_")
        name.setPlaceholderText(self.tr("Name of the new stage") if own else stage_label(s.key))
        pct = QSpinBox()
        pct.setRange(0, 100)
        pct.setSuffix(" %")
        pct.setValue(s.probability)
        remove = QPushButton(self.tr("Remove"))
        line = QWidget()
        box = QHBoxLayout(line)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(name, 1)
        box.addWidget(pct)
        box.addWidget(remove)
        row = (s, name, pct, line)
        remove.clicked.connect(lambda: self.on_remove(row))
        self.rows.append(row)
        self.form.insertRow(len(self.rows) - 1, "" if own else stage_label(s.key), line)

    def on_add(self) -> None:
        used = {s.key for s, *_ in self.rows}
        n = 1
        while f"own_{n}" in used:
            n += 1
        self._add_row(Stage(f"own_{n}", 50, 0))

    def on_remove(self, row) -> None:
        if len(self.rows) > 1:
            self.rows.remove(row)
            self.form.removeRow(row[3])

    def on_accept(self) -> None:
        out = []
        for i, (s, name, pct, _line) in enumerate(self.rows):
            text = name.text().strip()
            if s.key.startswith("own_") and not text:
                self.error.setText(self.tr("Give the new stage a name."))
                self.error.show()
                return
            out.append(replace(s, name=text, probability=pct.value(), sort=10 * (i + 1)))
        self.result_stages = out + self.closing
        self.accept()

    @staticmethod
    def ask(parent, stages: list[Stage]) -> list[Stage] | None:
        dialog = StagesDialog(parent, stages)
        return dialog.result_stages if dialog.exec() else None
