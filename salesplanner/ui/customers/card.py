"""The customer card (issue 13.1): one window per customer with its facts, its people and its
timeline, opened from every place a customer appears (``MainWindow.open_customer``).

The window is kept when closed: opening the customer again shows what the rep had typed and
not saved yet. A change elsewhere refreshes what the card reads (class, contacts, timeline)
and the facts the rep has not touched. Every change is an undoable edit
(:mod:`salesplanner.ui.customers.commands`).

Seams tests replace: ``ContactDialog.ask(parent, contact, apply) -> bool`` and
``choose_customer(parent, title, label, names) -> str | None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME
from salesplanner.domain.card import Card, Contact, Facts, TimelineItem, split_short_names
from salesplanner.errors import UserError
from salesplanner.services import customers as svc
from salesplanner.services import settings as settings_svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.customers.commands import (
    EditCustomerCommand,
    MergeCustomersCommand,
    RejectMergeCommand,
    RemoveContactCommand,
    SaveContactCommand,
)
from salesplanner.ui.date_box import date_box
from salesplanner.ui.edit_texts import fault_sentence
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount, format_date, format_int
from salesplanner.ui.labels import activity_label, stage_label
from salesplanner.ui.week import clock

Apply = Callable[[Contact], str | None]


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EMAIL_COLUMN = 4  # of the contacts table: the one column that takes the spare width


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


def choose_customer(parent, title: str, label: str, names: list[str]) -> str | None:
    """The rep picks a customer by name (an editable list); None: cancelled."""
    name, ok = QInputDialog.getItem(parent, title, label, names, 0, True)
    return name.strip() if ok and name.strip() else None


def confirm(parent, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class ContactDialog(QDialog):
    """A person's details; OK hands them to ``apply`` (None: saved, else why not — the
    dialog then stays open with what was typed)."""

    def __init__(self, parent, contact: Contact, apply: Apply):
        super().__init__(parent)
        self.contact, self.apply = contact, apply
        self.setWindowTitle(self.tr("Contact") if contact.id else self.tr("New contact"))
        form = QFormLayout()
        self.name_edit = QLineEdit(contact.name)
        self.title_edit = QLineEdit(contact.title)
        self.phone_edit = QLineEdit(contact.phone)
        self.wechat_edit = QLineEdit(contact.wechat)
        self.email_edit = QLineEdit(contact.email)
        self.birthday_edit = QLineEdit(contact.birthday or "")
        self.birthday_edit.setPlaceholderText(self.tr("1980-12-06, or --12-06 without the year"))
        self.notes_edit = QLineEdit(contact.notes)
        self.main_box = QCheckBox(self.tr("Main contact"))
        self.main_box.setChecked(contact.is_main)
        for label, widget in (
            (self.tr("Name"), self.name_edit),
            (self.tr("Title"), self.title_edit),
            (self.tr("Phone"), self.phone_edit),
            (self.tr("WeChat"), self.wechat_edit),
            (self.tr("E-mail"), self.email_edit),
            (self.tr("Birthday"), self.birthday_edit),
            (self.tr("Notes"), self.notes_edit),
            ("", self.main_box),
        ):
            form.addRow(label, widget)
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
        self.setMinimumWidth(360)

    def value(self) -> Contact:
        return Contact(
            self.contact.id,
            self.contact.customer_id,
            name=self.name_edit.text().strip(),
            title=self.title_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            wechat=self.wechat_edit.text().strip(),
            email=self.email_edit.text().strip(),
            birthday=self.birthday_edit.text().strip() or None,
            notes=self.notes_edit.text().strip(),
            is_main=self.main_box.isChecked(),
        )

    def on_accept(self) -> None:
        refusal = self.apply(self.value())
        if refusal is not None:
            self.error.setText(refusal)
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent, contact: Contact, apply: Apply) -> bool:
        return cls(parent, contact, apply).exec() == QDialog.DialogCode.Accepted


_ROOT = QModelIndex()


class TimelineModel(QAbstractTableModel):
    """The card's timeline, newest first; cells are worded when Qt asks for them."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers, self.settings = headers, None
        self.items: Sequence[TimelineItem] = ()
        self._made: dict[int, TimelineItem] = {}  # the rows Qt asked for, made once
        self.grey = QColor("#607d8b")

    def set_items(self, items: Sequence[TimelineItem], settings) -> None:
        self.beginResetModel()
        self.items, self.settings = items, settings
        self._made = {}
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        item = self._made.get(row)
        if item is None:
            item = self._made[row] = self.items[row]
        if role == Qt.ItemDataRole.ForegroundRole and item.kind == "review":
            return self.grey
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return format_date(item.date)
        if col == 1:
            return self.what(item)
        if col == 2:
            fen = item.amount_fen
            return "" if fen is None else format_amount(fen, self.settings)
        return item.contact if col == 3 else item.text

    def what(self, item: TimelineItem) -> str:
        if item.kind == "activity":
            what = activity_label(item.code)
            if item.count != 1:
                what = _t("{count} × {activity}").format(count=item.count, activity=what)
            return what
        if item.kind == "sale":
            return _t("Sale")
        if item.kind == "opportunity":
            return _t("Deal: {stage}").format(stage=stage_label(item.code))
        return _t("Weekly review")


class CustomerCard(QDialog):
    """The card of one customer (a window of its own, kept while the plan is open)."""

    def __init__(self, ctx: AppContext, customer_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.card: Card | None = None
        self.loaded: Facts | None = None  # the facts as the fields last showed them
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(False)
        self._build()
        self.ctx.changed.connect(self.refresh)
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("cardHeader")
        self.header.setStyleSheet("#cardHeader { font-size: 17px; font-weight: bold; }")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.standing = QLabel()  # class, rank, revenue
        self.contact_line = QLabel()  # last contact / not contacted for N days
        self.contact_line.setObjectName("contactLine")
        self.gone = QLabel(self.tr("This customer is no longer in the plan (merged or removed)."))
        self.gone.setStyleSheet("color: #c62828;")
        self.gone.hide()
        for w in (self.header, self.standing, self.contact_line, self.gone):
            outer.addWidget(w)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._facts_box())
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self._contacts_box(), 2)
        rl.addWidget(self._timeline_box(), 3)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge another customer into this one…"))
        self.merge_button.clicked.connect(self.on_merge)
        bottom.addWidget(self.merge_button)
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        self.resize(1040, 640)

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Company"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.short_edit.setPlaceholderText(self.tr("e.g. 华星, HX (separated by commas)"))
        self.segment_edit = QLineEdit()
        self.industry_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. trade fair, referral, website"))
        self.priority_box = QCheckBox(self.tr("Priority customer"))
        follow = QHBoxLayout()
        self.follow_box = QCheckBox()
        self.follow_edit = date_box()
        self.follow_box.toggled.connect(self.follow_edit.setEnabled)
        follow.addWidget(self.follow_box)
        follow.addWidget(self.follow_edit, 1)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMinimumHeight(70)
        for label, widget in (
            (self.tr("Name"), self.name_edit),
            (self.tr("Short names"), self.short_edit),
            (self.tr("Segment"), self.segment_edit),
            (self.tr("Industry"), self.industry_edit),
            (self.tr("Region"), self.region_edit),
            (self.tr("Address"), self.address_edit),
            (self.tr("Source"), self.source_edit),
            ("", self.priority_box),
        ):
            form.addRow(label, widget)
        form.addRow(self.tr("Next follow-up"), follow)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.clicked.connect(self.on_save)
        self.revert_button.clicked.connect(self.on_revert)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.unsaved = QLabel()
        self.unsaved.setStyleSheet("color: #e65100;")
        form.addRow(self.unsaved)
        for edit in (
            self.name_edit,
            self.short_edit,
            self.segment_edit,
            self.industry_edit,
            self.region_edit,
            self.address_edit,
            self.source_edit,
        ):
            edit.textEdited.connect(self._update_dirty)
        self.notes_edit.textChanged.connect(self._update_dirty)
        self.priority_box.toggled.connect(self._update_dirty)
        self.follow_box.toggled.connect(self._update_dirty)
        self.follow_edit.dateChanged.connect(self._update_dirty)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts"))
        layout = QVBoxLayout(box)
        self.contacts_table = self._table(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Phone"),
                self.tr("WeChat"),
                self.tr("E-mail"),
                self.tr("Birthday"),
                self.tr("Main"),
            ]
        )
        header = self.contacts_table.horizontalHeader()
        header.setStretchLastSection(False)  # the ★ column needs no room; e-mail takes the rest
        for col in range(self.contacts_table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == EMAIL_COLUMN
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        self.contacts_table.doubleClicked.connect(lambda _i: self.on_edit_contact())
        layout.addWidget(self.contacts_table, 1)
        buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add…"))
        self.edit_contact_button = QPushButton(self.tr("Edit…"))
        self.main_button = QPushButton(self.tr("Make main contact"))
        self.remove_contact_button = QPushButton(self.tr("Remove"))
        self.add_contact_button.clicked.connect(self.on_add_contact)
        self.edit_contact_button.clicked.connect(self.on_edit_contact)
        self.main_button.clicked.connect(self.on_make_main)
        self.remove_contact_button.clicked.connect(self.on_remove_contact)
        for b in (
            self.add_contact_button,
            self.edit_contact_button,
            self.main_button,
            self.remove_contact_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _timeline_box(self) -> QGroupBox:
        self.timeline_box = box = QGroupBox(self.tr("Timeline"))
        layout = QVBoxLayout(box)
        # a model, not a cell per item: a big customer has thousands of entries
        self.timeline_model = TimelineModel(
            [self.tr("Date"), self.tr("What"), self.tr("Amount"), self.tr("Person")]
            + [self.tr("Details")],
            self,
        )
        self.timeline_table = QTableView()
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.verticalHeader().hide()
        self.timeline_table.verticalHeader().setDefaultSectionSize(22)
        header = self.timeline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((90, 110, 90, 80)):
            header.resizeSection(col, width)
        layout.addWidget(self.timeline_table, 1)
        return box

    # -- reading --------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        if changes.customer_card:
            self.reload()

    def reload(self) -> None:
        try:
            card = svc.card(self.ctx.store, self.customer_id, clock.today())
        except UserError:  # merged away, or its creation undone
            self.card = None
            self.gone.show()
            self._enable(False)
            return
        self.settings = settings_svc.load(self.ctx.store)
        self.gone.hide()
        self._enable(True)
        dirty = self.is_dirty()
        self.card = card
        if not dirty:
            self._show_facts(card.facts)
        self._show_header(card)
        self._show_contacts(card.contacts)
        self._show_timeline(card.timeline)
        self._update_dirty()

    def _enable(self, on: bool) -> None:
        for w in (
            self.save_button,
            self.merge_button,
            self.add_contact_button,
            self.edit_contact_button,
            self.main_button,
            self.remove_contact_button,
        ):
            w.setEnabled(on)

    def _show_header(self, card: Card) -> None:
        f = card.facts
        self.setWindowTitle(self.tr("Customer: {name}").format(name=f.name))
        self.header.setText(("★ " if f.priority else "") + f.name)
        self.standing.setText(
            self.tr("Class {abc} · rank {rank} · {revenue} in the last 12 months").format(
                abc=card.abc, rank=card.rank, revenue=format_amount(card.revenue_fen, self.settings)
            )
        )
        if card.last_contact is None:
            text, color = self.tr("Never contacted yet."), "#c62828"
        elif card.overdue_days is not None:
            text = self.tr(
                "Not contacted for {days} days (class {abc}: every {cadence} days)."
            ).format(days=card.overdue_days, abc=card.abc, cadence=card.cadence_days)
            color = "#c62828"
        elif card.days_since_contact in (0, 1):
            text = (
                self.tr("Last contact today (class {abc}: every {cadence} days).")
                if card.days_since_contact == 0
                else self.tr("Last contact yesterday (class {abc}: every {cadence} days).")
            ).format(abc=card.abc, cadence=card.cadence_days)
            color = "#2e7d32"
        else:
            text = self.tr(
                "Last contact {date}, {days} days ago (class {abc}: every {cadence} days)."
            ).format(
                date=format_date(card.last_contact),
                days=card.days_since_contact,
                abc=card.abc,
                cadence=card.cadence_days,
            )
            color = "#2e7d32"
        self.contact_line.setText(text)
        self.contact_line.setStyleSheet(f"#contactLine {{ color: {color}; }}")

    def _show_facts(self, f: Facts) -> None:
        self.loaded = f
        self.name_edit.setText(f.name)
        self.short_edit.setText(self.tr(", ").join(f.short_names))
        self.segment_edit.setText(f.segment)
        self.industry_edit.setText(f.industry)
        self.region_edit.setText(f.region)
        self.address_edit.setText(f.address)
        self.source_edit.setText(f.source)
        self.priority_box.setChecked(f.priority)
        self.notes_edit.setPlainText(f.notes)
        self.follow_box.setChecked(f.next_follow_up is not None)
        self.follow_edit.setEnabled(f.next_follow_up is not None)
        day = f.next_follow_up or clock.today()
        self.follow_edit.setDate(QDate(day.year, day.month, day.day))
        self.loaded = self.facts()  # as the fields read them back

    def _show_contacts(self, contacts: tuple[Contact, ...]) -> None:
        table = self.contacts_table
        current = self.current_contact()
        table.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            cells = [
                c.name or self.tr("(no name)"),
                c.title,
                c.phone,
                c.wechat,
                c.email,
                c.birthday or "",
                "★" if c.is_main else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                table.setItem(row, col, item)
            if current is not None and c.id == current.id:
                table.selectRow(row)
        self._contacts = contacts
        if contacts and current is None:
            table.selectRow(0)

    def _show_timeline(self, items: Sequence[TimelineItem]) -> None:
        self.timeline_model.set_items(items, self.settings)
        self.timeline_box.setTitle(self.tr("Timeline ({count})").format(count=len(items)))

    # -- the facts the rep typed ------------------------------------------------------------
    def facts(self) -> Facts:
        follow = self.follow_edit.date().toPython() if self.follow_box.isChecked() else None
        return Facts(
            name=self.name_edit.text().strip(),
            short_names=split_short_names(self.short_edit.text()),
            segment=self.segment_edit.text().strip(),
            industry=self.industry_edit.text().strip(),
            region=self.region_edit.text().strip(),
            address=self.address_edit.text().strip(),
            source=self.source_edit.text().strip(),
            priority=self.priority_box.isChecked(),
            notes=self.notes_edit.toPlainText(),
            next_follow_up=follow if isinstance(follow, dt.date) else None,
        )

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.facts() != self.loaded

    def _update_dirty(self, *_args) -> None:
        dirty = self.is_dirty()
        self.unsaved.setText(self.tr("Unsaved changes") if dirty else "")
        self.revert_button.setEnabled(dirty)

    def on_save(self) -> None:
        if self.card is None or not self.is_dirty():
            return
        command = EditCustomerCommand(self.ctx, self.customer_id, self.facts())
        if push_edit(self.ctx, command, warn(self, APP_NAME)) and self.card is not None:
            self._show_facts(self.card.facts)
            self._update_dirty()

    def on_revert(self) -> None:
        if self.card is not None:
            self._show_facts(self.card.facts)
            self._update_dirty()

    # -- contacts -----------------------------------------------------------------------------
    def current_contact(self) -> Contact | None:
        row = self.contacts_table.currentRow()
        contacts = getattr(self, "_contacts", ())
        return contacts[row] if 0 <= row < len(contacts) else None

    def _save_contact(self, contact: Contact) -> str | None:
        said: list[str] = []
        pushed = push_edit(self.ctx, SaveContactCommand(self.ctx, contact), said.append)
        return None if pushed else (said[0] if said else "")

    def on_add_contact(self) -> None:
        ContactDialog.ask(self, Contact(None, self.customer_id), self._save_contact)

    def on_edit_contact(self) -> None:
        current = self.current_contact()
        if current is not None:
            ContactDialog.ask(self, current, self._save_contact)

    def on_make_main(self) -> None:
        current = self.current_contact()
        if current is not None and not current.is_main:
            from dataclasses import replace

            command = SaveContactCommand(self.ctx, replace(current, is_main=True))
            command.setText(self.tr("Make {name} the main contact").format(name=current.name))
            push_edit(self.ctx, command, warn(self, APP_NAME))

    def on_remove_contact(self) -> None:
        current = self.current_contact()
        if current is not None:
            push_edit(self.ctx, RemoveContactCommand(self.ctx, current), warn(self, APP_NAME))

    # -- merging ---------------------------------------------------------------------------------
    def on_merge(self) -> None:
        if self.card is None:
            return
        names = sorted(svc.other_customer_names(self.ctx.store, self.customer_id))
        name = choose_customer(
            self,
            self.tr("Merge customers"),
            self.tr("Customer to merge into {name}:").format(name=self.card.facts.name),
            names,
        )
        if name is None:
            return
        try:
            other = svc.find_customer(self.ctx.store, name)
        except UserError as exc:
            warn(self, APP_NAME)(fault_sentence(exc))
            return
        merge_into(self, self.ctx, self.customer_id, self.card.facts.name, other, name)


def merge_into(
    parent, ctx, keep: int, keep_name: str, other: int, other_name: str
) -> MergeCustomersCommand | None:
    """Ask, then merge ``other`` into ``keep`` as one undoable edit (the edit; None: not made)."""
    question = _t(
        "Move every sale, activity, block, deal and contact of {other} to {keep} and remove "
        "{other}? Undo brings it back."
    ).format(other=other_name, keep=keep_name)
    if not confirm(parent, question):
        return None
    text = _t("Merge {other} into {keep}").format(other=other_name, keep=keep_name)
    command = MergeCustomersCommand(ctx, keep, other, text)
    return command if push_edit(ctx, command, warn(parent, APP_NAME)) else None


def ask_text(parent, title: str, label: str) -> str | None:
    """One line of text from the rep (a new customer's name); None: cancelled."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class MergeProposalsDialog(QDialog):
    """The near-duplicates the plan holds (华星科技 / 华星科技有限公司) with the records each
    has, each mergeable into the one with more records, or turned down as two companies (not
    proposed again) — one undoable edit each; the list follows undo and redo while open."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Possible duplicates"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keep"), self.tr("Records"), self.tr("Merge into it"), self.tr("Records")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.done_label = QLabel()  # what the last merge moved
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.on_merge)
        self.reject_button = QPushButton(self.tr("Not the same company"))
        self.reject_button.setToolTip(self.tr("Do not propose these two again"))
        self.reject_button.clicked.connect(self.on_reject)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(600, 380)
        self.reload()
        ctx.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.customer_table:  # names and record counts
            self.reload()

    def reload(self) -> None:
        self.proposals = svc.merge_proposals(self.ctx.store)
        self.table.setRowCount(len(self.proposals))
        for row, p in enumerate(self.proposals):
            cells = (p.keep_name, format_int(p.keep_records), p.other_name)
            for col, text in enumerate((*cells, format_int(p.other_records))):
                item = QTableWidgetItem(text)
                if col in (1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.proposals:
            self.table.selectRow(0)
            self.summary.setText(
                self.tr(
                    "%n customer(s) may be another one under a second name (a legal form like "
                    "有限公司, spaces or full-width letters). Merging moves all their records.",
                    "",
                    len(self.proposals),
                )
            )
        else:
            self.summary.setText(self.tr("No customer looks like another one."))
        self.merge_button.setEnabled(bool(self.proposals))
        self.reject_button.setEnabled(bool(self.proposals))

    def _chosen(self) -> svc.MergeProposal | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def on_merge(self) -> None:
        p = self._chosen()
        if p is None:
            return
        command = merge_into(self, self.ctx, p.keep, p.keep_name, p.other, p.other_name)
        if command is not None and command.merged is not None:
            self.done_label.setText(
                self.tr("Records moved from {other} to {keep}: {count}.").format(
                    count=format_int(command.merged.count), other=p.other_name, keep=p.keep_name
                )
            )
            self.reload()

    def on_reject(self) -> None:
        p = self._chosen()
        if p is None:
            return
        text = self.tr("{other} is not {keep}").format(other=p.other_name, keep=p.keep_name)
        command = RejectMergeCommand(self.ctx, p.keep, p.other, text)
        if push_edit(self.ctx, command, warn(self, APP_NAME)):
            self.done_label.setText(
                self.tr("{other} and {keep} are kept apart and not proposed again.").format(
                    other=p.other_name, keep=p.keep_name
                )
            )
            self.reload()
