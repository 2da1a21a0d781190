"""The journal's edit dialog, opened through a seam tests replace:

``EntryDialog.ask(parent, entry, currency_unit, apply, people) -> bool`` — correct an entry
(``people``: each customer's contacts, to name the person it was with). OK hands
the changed values to ``apply``, which makes the edit and returns ``None`` or the sentence that
says why not; on a refusal the dialog stays open with what the rep typed and that sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from salesplanner.domain.card import Person
from salesplanner.domain.money import format_wan, to_fen
from salesplanner.domain.quick_entry import QuickEntryError, parse_amount
from salesplanner.domain.records import CONTRACT
from salesplanner.services.journal import NO_CONTACT, JournalEntry
from salesplanner.ui.date_box import date_box
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week.dialogs import ContactPicker
from salesplanner.ui.week.texts import quick_entry_error

Apply = Callable[[dict[str, Any]], str | None]


class EntryDialog(QDialog):
    def __init__(
        self,
        parent,
        entry: JournalEntry,
        currency_unit: str,
        apply: Apply,
        people: dict[str, list[Person]] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit journal entry"))
        self.entry, self.currency_unit, self.apply = entry, currency_unit, apply
        is_activity = entry.key.startswith("A")
        form = QFormLayout()
        what = activity_label(entry.code)
        if entry.customer:
            what = self.tr("{type} · {customer}").format(type=what, customer=entry.customer)
        form.addRow(self.tr("Entry"), QLabel(what))
        self.contact_combo = ContactPicker(people, entry.customer, entry.contact_id, False)
        form.addRow(self.tr("With"), self.contact_combo)
        self.date_edit = date_box()
        self.date_edit.setDate(QDate(entry.date.year, entry.date.month, entry.date.day))
        form.addRow(self.tr("Date"), self.date_edit)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_spin.setValue(entry.count)
        self.count_spin.setEnabled(is_activity)
        form.addRow(self.tr("How many"), self.count_spin)
        self.outcome_edit = QLineEdit(entry.outcome)
        self.outcome_edit.setEnabled(is_activity)
        form.addRow(self.tr("Outcome"), self.outcome_edit)
        # exact, with its unit (3.5万): the field reads back as what it shows
        self._amount_text = "" if entry.amount_fen is None else format_wan(entry.amount_fen)
        self.amount_edit = QLineEdit(self._amount_text)
        self.amount_edit.setEnabled(entry.deal_id is not None or entry.code == CONTRACT)
        self.amount_edit.setPlaceholderText(
            self.tr("e.g. 3.5万") if currency_unit == "wan" else self.tr("e.g. 35000")
        )
        form.addRow(self.tr("Amount"), self.amount_edit)
        self.note_edit = QLineEdit(entry.note)
        form.addRow(self.tr("Note"), self.note_edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def values(self) -> dict[str, Any]:
        """What the rep changed (raises QuickEntryError for an amount that is not one)."""
        e = self.entry
        found: dict[str, Any] = {}
        day = self.date_edit.date().toPython()
        if day != e.date:
            found["date"] = day
        if self.count_spin.isEnabled() and self.count_spin.value() != e.count:
            found["count"] = self.count_spin.value()
        if self.outcome_edit.isEnabled() and self.outcome_edit.text().strip() != e.outcome:
            found["outcome"] = self.outcome_edit.text().strip()
        text = self.amount_edit.text().strip()
        if self.amount_edit.isEnabled() and text != self._amount_text:
            amount = parse_amount(text, self.currency_unit)
            if amount is None:
                raise QuickEntryError(self.tr("A contract needs its amount."))
            if e.amount_fen is None or to_fen(amount) != e.amount_fen:
                found["amount"] = amount
        if self.note_edit.text().strip() != e.note:
            found["note"] = self.note_edit.text().strip()
        person = self.contact_combo.contact_id()
        if person != e.contact_id:
            found["contact_id"] = NO_CONTACT if person is None else person
        return found

    def say(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def on_accept(self) -> None:
        try:
            values = self.values()
        except QuickEntryError as exc:
            self.say(quick_entry_error(exc))
            return
        if not values:
            self.reject()  # nothing changed: nothing to undo either
            return
        refusal = self.apply(values)
        if refusal is not None:
            self.say(refusal)  # the rep's input stays
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent,
        entry: JournalEntry,
        currency_unit: str,
        apply: Apply,
        people: dict[str, list[Person]] | None = None,
    ) -> bool:
        dialog = cls(parent, entry, currency_unit, apply, people)
        return dialog.exec() == QDialog.DialogCode.Accepted
