"""Dialogs of the pipeline, each opened through a seam tests replace:

* ``DealDialog.ask(parent, opp, stages, customers, today) -> Opportunity | None`` — a new deal
  or its details.
* ``WinDialog.ask(parent, opp, today) -> (amount, date) | None`` — the final amount and date.
* ``LoseDialog.ask(parent, opp, today) -> (reason, date) | None`` — why it was lost.

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
    QLineEdit,
)

from salesplanner.domain.money import WAN, normalize
from salesplanner.domain.opportunities import CHANNELS, Opportunity, Stage
from salesplanner.domain.quick_entry import QuickEntryError, parse_amount
from salesplanner.ui.format import date_edit_format
from salesplanner.ui.labels import channel_label, stage_label
from salesplanner.ui.week.dialogs import _customer_combo, _finish, _FormDialog


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
    def __init__(self, parent, opp: Opportunity, stages: list[Stage], customers: list[str], today):
        super().__init__(parent)
        self.opp, self.result_opp = opp, None
        self.setWindowTitle(self.tr("New deal") if opp.id is None else self.tr("Deal"))
        form = QFormLayout()
        self.customer = _customer_combo(customers, opp.customer_name)
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
    def ask(parent, opp: Opportunity, stages, customers, today) -> Opportunity | None:
        dialog = DealDialog(parent, opp, stages, customers, today)
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
