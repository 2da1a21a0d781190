"""A greeting for a birthday or a coming holiday (METHOD.md 5.4, issue 13 §5): a short text in
the rep's language from a template (Settings → Greetings), edited here, copied in one click
for WeChat or an e-mail; "Sent" logs it as an activity of the customer.

``GreetingDialog.ask(parent, reminder, person, customers, templates) -> (customer, text) | None``
is the seam tests drive (or replace)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from salesplanner.domain.greetings import fill
from salesplanner.domain.reminders import BIRTHDAY, Reminder
from salesplanner.ui.format import format_month_day


def _t(text: str) -> str:
    return QCoreApplication.translate("Greetings", text)


def default_templates(kind: str) -> tuple[str, ...]:
    """The built-in templates of a kind ("birthday" | "holiday") in the rep's language."""
    if kind == BIRTHDAY:
        return (
            _t("Happy birthday, {name}! Wishing you good health and every success this year."),
            _t("Dear {name}, happy birthday! Thank you for your trust and support — all the best."),
            _t("Happy birthday, {name}! May the year ahead bring you joy and good fortune."),
        )
    return (
        _t("Dear {name}, with {holiday} coming, I wish you and your family a happy holiday!"),
        _t("On the occasion of {holiday}, thank you for your support; have a joyful holiday."),
        _t("Happy {holiday}, {name}! Thank you for working with us this year."),
    )


def templates_of(settings, kind: str) -> tuple[str, ...]:
    """The rep's own templates of a kind, else the built-in ones."""
    own = settings.birthday_greetings if kind == BIRTHDAY else settings.holiday_greetings
    return tuple(own) or default_templates(kind)


def sent_outcome(reminder: Reminder) -> str:
    """What the activity says came of it ("Birthday greeting sent", "国庆节 greeting sent")."""
    if reminder.kind == BIRTHDAY:
        return _t("Birthday greeting sent")
    return _t("{holiday} greeting sent").format(holiday=reminder.name)


class GreetingDialog(QDialog):
    def __init__(
        self,
        parent,
        reminder: Reminder,
        person: str,
        customers: list[str],
        templates: tuple[str, ...],
    ):
        super().__init__(parent)
        self.reminder = reminder
        self.person = person
        self.templates = templates
        self.birthday = reminder.kind == BIRTHDAY
        self.setWindowTitle(self.tr("Birthday greeting") if self.birthday else self.tr("Greeting"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        when = format_month_day(reminder.date)
        if self.birthday:
            who = reminder.customer_name + (f" · {person}" if person else "")
            heading = self.tr("{who}: birthday on {date}").format(who=who, date=when)
        else:
            heading = self.tr("{holiday} on {date}").format(holiday=reminder.name, date=when)
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.addItems(customers)
        self.customer_combo.setCurrentIndex(-1)
        line = self.customer_combo.lineEdit()
        assert line is not None  # (an editable combo has its line)
        line.setPlaceholderText(self.tr("No customer"))
        if self.birthday:
            self.customer_combo.setEditText(reminder.customer_name)
            self.customer_combo.setEnabled(False)
        self.customers = set(customers)
        form.addRow(self.tr("To"), self.customer_combo)
        self.template_combo = QComboBox()
        for i, text in enumerate(templates):
            self.template_combo.addItem(self._short(text), i)
        form.addRow(self.tr("Template"), self.template_combo)
        layout.addLayout(form)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(90)
        layout.addWidget(self.text_edit)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #2e7d32;")
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the text, to paste it into WeChat or an e-mail"))
        self.sent_button = QPushButton(self.tr("Mark sent"))
        self.sent_button.setToolTip(self.tr("Log the greeting as an activity of the customer"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self._filled = ""
        self.copy_button.clicked.connect(self.on_copy)
        self.sent_button.clicked.connect(self.on_sent)
        self.buttons.rejected.connect(self.reject)
        self.template_combo.currentIndexChanged.connect(lambda _i: self.refill(force=True))
        self.customer_combo.currentTextChanged.connect(lambda _t: self.refill(force=False))
        self.refill(force=True)
        self.text_edit.setFocus()

    @staticmethod
    def _short(text: str, most: int = 48) -> str:
        return text if len(text) <= most else text[: most - 1] + "…"

    def name(self) -> str:
        """Who the text greets: the birthday's person (else the customer), or the customer."""
        if self.birthday:
            return self.person or self.reminder.customer_name
        return self.customer_combo.currentText().strip()

    def refill(self, force: bool) -> None:
        """The chosen template filled in; a text the rep edited is kept unless ``force``."""
        i = self.template_combo.currentData()
        template = self.templates[i] if i is not None else ""
        text = fill(template, self.name(), self.reminder.name)
        if force or self.text_edit.toPlainText() == self._filled:
            self.text_edit.setPlainText(text)
        self._filled = text

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def on_copy(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.note.setStyleSheet("color: #2e7d32;")
        self.note.setText(self.tr("Copied. Paste it into WeChat or an e-mail, then mark it sent."))

    def on_sent(self) -> None:
        customer = self.customer_combo.currentText().strip()
        if customer and customer not in self.customers:
            self.note.setStyleSheet("color: #c62828;")
            self.note.setText(self.tr("Choose one of your customers, or none."))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent,
        reminder: Reminder,
        person: str,
        customers: list[str],
        templates: tuple[str, ...],
    ) -> tuple[str, str] | None:
        dialog = cls(parent, reminder, person, customers, templates)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.customer_combo.currentText().strip(), dialog.text()
        finally:
            dialog.deleteLater()
