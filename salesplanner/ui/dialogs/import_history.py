"""File → Import history: every import of the plan, and taking one back.

The list shows each import (when, file, sheet, kind, rows imported and skipped, how many of its
records are still in the plan). Selecting one says, before anything changes, what "Remove this
import" would delete and what stays (customers other records use; records typed in the app that
only lose their link). Removing is one undoable edit on the window's undo stack, so Edit → Undo
puts every row back, also after the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesplanner.errors import UserError
from salesplanner.services import import_history as svc
from salesplanner.services.changes import Changes
from salesplanner.services.writeback import local_time
from salesplanner.ui.context import AppContext
from salesplanner.ui.dialogs.import_wizard import kind_label
from salesplanner.ui.edits import Edit, push_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportHistory", text)


def _count(table: str, n: int) -> str:
    """ "sales: 3", "customers: 1" … for the rows of ``table``."""
    template = {
        "deals": _t("sales: {n}"),
        "activities": _t("activities: {n}"),
        "customers": _t("customers: {n}"),
        "contacts": _t("contacts: {n}"),
        "opportunities": _t("opportunities: {n}"),
        "opportunity_stage_history": _t("stage changes: {n}"),
        "opportunity_import_updates": _t("deals put back as they were: {n}"),
        "time_blocks": _t("calendar blocks: {n}"),
    }.get(table, table + ": {n}")
    return template.format(n=n)


def what_goes(preview: svc.RemovalPreview) -> str:
    """The rows a removal deletes: "sales: 3, customers: 2"."""
    parts = [_count(table, n) for table, n in preview.removes.items() if n]
    return _t(", ").join(parts) if parts else _t("no records")


def _then(first: str, second: str) -> str:
    """Two sentences one after the other (a space in English, none in Chinese)."""
    return _t("{first} {second}").format(first=first, second=second) if first else second


def what_stays(preview: svc.RemovalPreview) -> str:
    text = ""
    if preview.customers_kept:
        text = _t("Customers kept because other records use them: {n}.").format(
            n=preview.customers_kept
        )
    if preview.contacts_kept:
        text = _then(
            text,
            _t("Contacts kept because other records name them: {n}.").format(
                n=preview.contacts_kept
            ),
        )
    if preview.links_lost:
        text = _then(
            text,
            _t(
                "Records typed in the app that stay but lose their link to a removed row: {n}."
            ).format(n=preview.links_lost),
        )
    return text


def removal_text(preview: svc.RemovalPreview) -> str:
    """What removing the import will do, in the rep's words, before it is done."""
    text = _t("Removing this import deletes {what}.").format(what=what_goes(preview))
    stays = what_stays(preview)
    return _then(text, stays) if stays else text


class RemoveImportCommand(Edit):
    """Remove one import's rows; undo writes the very same rows back."""

    def __init__(self, ctx: AppContext, import_id: int, file_name: str):
        super().__init__(ctx, _t("Remove import of “{file}”").format(file=file_name))
        self.import_id = import_id
        self.removal: svc.Removal | None = None

    def do(self) -> Changes:
        self.removal = svc.remove_import(self.ctx.store, self.import_id)
        return self.removal.changes

    def undo_edit(self) -> Changes:
        assert self.removal is not None
        return svc.restore_import(self.ctx.store, self.removal.snapshot)


class ImportHistoryDialog(QDialog):
    COLUMNS = ("When", "File", "Sheet", "Kind", "Imported", "Skipped", "Still in the plan")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[svc.ImportEntry] = []
        self.setWindowTitle(self.tr("Import history"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self._column_sources()])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = QPushButton(self.tr("Remove this import"), self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.remove_button.clicked.connect(self.on_remove)
        self.table.itemSelectionChanged.connect(self._show_preview)
        self.ctx.changed.connect(self._on_changed)
        self.reload()

    def _column_sources(self) -> tuple[str, ...]:
        # listed for lupdate: the header texts are translated in __init__
        self.tr("When"), self.tr("File"), self.tr("Sheet"), self.tr("Kind")
        self.tr("Imported"), self.tr("Skipped"), self.tr("Still in the plan")
        return self.COLUMNS

    def _on_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.entries = svc.history(self.ctx.store)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (
                local_time(e.imported_at),
                e.file_name,
                "" if e.file_name.lower().endswith(".csv") else e.sheet,
                kind_label(e.kind),
                str(e.rows_imported),
                str(e.rows_skipped),
                str(e.rows_present),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(e.file_path if col == 1 else value)
                self.table.setItem(row, col, item)
        ids = [e.id for e in self.entries]
        again = ids.index(selected.id) if selected is not None and selected.id in ids else 0
        if self.entries:
            self.table.selectRow(again)
        self._show_preview()

    def selected(self) -> svc.ImportEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1 or not self.entries:
            return None
        row = rows.pop()
        return self.entries[row] if row < len(self.entries) else None

    def _show_preview(self) -> None:
        entry = self.selected()
        if entry is None:
            self.preview.setText(self.tr("No imports yet.") if not self.entries else "")
            self.remove_button.setEnabled(False)
            return
        if not entry.removable:
            self.preview.setText(
                self.tr(
                    "An import of monthly targets set the goal's months and cannot be taken "
                    "back; revise the goal instead."
                )
            )
            self.remove_button.setEnabled(False)
            return
        try:
            preview = svc.removal_preview(self.ctx.store, entry.id)
        except UserError as exc:
            self.preview.setText(str(exc))
            self.remove_button.setEnabled(False)
            return
        self.preview.setText(removal_text(preview))
        self.remove_button.setEnabled(True)

    def on_remove(self) -> None:
        entry = self.selected()
        if entry is None or not entry.removable:
            return
        command = RemoveImportCommand(self.ctx, entry.id, entry.file_name)
        if push_edit(self.ctx, command, self.status.setText):
            assert command.removal is not None
            preview = command.removal.preview
            done = self.tr("Removed from “{file}”: {what}. Edit → Undo puts them back.").format(
                what=what_goes(preview), file=entry.file_name
            )
            stays = what_stays(preview)
            self.status.setText(_then(done, stays) if stays else done)
            self.reload()

    @classmethod
    def ask(cls, parent, ctx: AppContext) -> None:
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
