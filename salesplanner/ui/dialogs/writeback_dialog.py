"""Write back to workbook: the deals and activities logged in the app go into the rep's own
workbook.

``WriteBackDialog.ask(parent, ctx)`` lists the imports that can take a write-back
(``services.writeback.writeback_targets``: sales and activities imports from an .xlsx/.xlsm
workbook still where it was imported from), the latest selected, with how many records were
logged in the app since. "Write back" runs the service in a worker thread through a
connection of its own to the plan file (never the UI thread's ``ctx.store``), behind a
progress dialog whose Cancel works until the workbook is replaced (``ui.tasks.run_plan_task``; the
last step is said and Cancel disabled). Afterwards the dialog says how many rows went into
which file and sheet and where the backup copy is, with a button to open the folder. A
refusal (open in Excel or WPS, changed since the import …) is said in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesplanner.errors import UserError
from salesplanner.io.errors import WriteBackCancelled
from salesplanner.services.writeback import (
    CANCELLABLE_STEPS,
    STEPS,
    WriteBackTarget,
    local_time,
    write_back,
    writeback_targets,
)
from salesplanner.ui.context import AppContext
from salesplanner.ui.dialogs.import_texts import ImportTexts
from salesplanner.ui.dialogs.import_wizard import field_label, kind_label
from salesplanner.ui.tasks import TaskResult, run_plan_task

_ID = Qt.ItemDataRole.UserRole


class WriteBackDialog(QDialog):
    FILE, SHEET, KIND, IMPORTED, WRITTEN, PENDING = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.targets: list[WriteBackTarget] = []
        self.written: dict | None = None  # the last write-back's result
        self.setWindowTitle(self.tr("Write back to workbook"))
        self.resize(760, 460)
        self.intro = QLabel(
            self.tr(
                "SalesPlanner first makes a backup copy of the workbook, "
                "then adds the deals or activities "
                "you logged since the import as new rows in the sheet's own columns, "
                "above its total row if "
                "it has one."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Workbook"),
                self.tr("Sheet"),
                self.tr("Holds"),
                self.tr("Imported"),
                self.tr("Last written back"),
                self.tr("New to add"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)  # the file name takes the room, the count stays by it
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr(
                "There is no workbook to write back to yet. Write-back adds rows to an .xlsx or "
                ".xlsm workbook "
                "you imported sales records or an activity log from (File → Import workbook…), "
                "as long as it "
                "is still where you imported it from."
            )
        )
        self.empty.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = QLabel()  # a refusal or a cancel, in the user's language
        self.message.setObjectName("writebackMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(
            "#writebackMessage { background: #fdecea; color: #611a15; "
            "border: 1px solid #f5c2c0; border-radius: 3px; padding: 6px; }"
        )
        self.message.hide()
        self.result_box = self._result_box()
        self.result_box.hide()
        self.write_button = QPushButton(self.tr("Write back"))
        self.write_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(
            self.empty, 1, Qt.AlignmentFlag.AlignTop
        )  # in the list's place when there is none
        lay.addWidget(self.status)
        lay.addWidget(self.message)
        lay.addWidget(self.result_box)
        lay.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.write_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def _result_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("writebackResult")
        box.setStyleSheet(
            "#writebackResult { background: #edf7ed; border: 1px solid #b7dfb9; "
            "border-radius: 3px; }"
        )
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        font = self.result_title.font()
        font.setBold(True)
        self.result_title.setFont(font)
        self.result_file = QLabel()
        self.result_sheet = QLabel()
        self.result_rows = QLabel()
        self.result_backup = QLabel()
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        self.result_note.hide()
        for label in (self.result_file, self.result_sheet, self.result_backup):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        form = QFormLayout()
        form.addRow(self.tr("Workbook:"), self.result_file)
        form.addRow(self.tr("Sheet:"), self.result_sheet)
        form.addRow(self.tr("New rows:"), self.result_rows)
        form.addRow(self.tr("Backup copy:"), self.result_backup)
        row = QHBoxLayout()
        row.addWidget(self.result_note, 1)
        row.addStretch(0)
        row.addWidget(self.open_folder_button)
        lay = QVBoxLayout(box)
        lay.addWidget(self.result_title)
        lay.addLayout(form)
        lay.addLayout(row)
        return box

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the imports that can take a write-back again; keep the selection, else the
        latest."""
        keep = self.selected()
        self.targets = writeback_targets(self.ctx.store)
        self.list.clear()
        for t in self.targets:
            item = QTreeWidgetItem(
                [
                    t.file.name,
                    t.sheet,
                    kind_label(t.kind),
                    local_time(t.imported_at),
                    local_time(t.written_back_at) or "—",
                    str(t.pending),
                ]
            )
            item.setData(self.FILE, _ID, t.import_id)
            item.setToolTip(self.FILE, str(t.file))
            item.setTextAlignment(
                self.PENDING, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.list.addTopLevelItem(item)
        ids = [t.import_id for t in self.targets]
        if self.targets:
            index = ids.index(keep.import_id) if keep is not None and keep.import_id in ids else 0
            current = self.list.topLevelItem(index)
            if current is not None:
                self.list.setCurrentItem(current)
        self.list.setVisible(bool(self.targets))
        self.empty.setVisible(not self.targets)
        self._show_selected()

    def selected(self) -> WriteBackTarget | None:
        item = self.list.currentItem()
        if item is None:
            return None
        import_id = item.data(self.FILE, _ID)
        return next((t for t in self.targets if t.import_id == import_id), None)

    def _show_selected(self) -> None:
        t = self.selected()
        if t is None:
            self.status.clear()
            self.status.hide()
            self.write_button.setEnabled(False)
            return
        since = local_time(t.written_back_at or t.imported_at)
        if t.pending:
            text = (
                self.tr("New deals to add: {n} (logged in SalesPlanner since {when}).")
                if t.kind == "sales"
                else self.tr("New activities to add: {n} (logged in SalesPlanner since {when}).")
            )
        else:
            text = (
                self.tr("Nothing to add: no deals were logged in SalesPlanner since {when}.")
                if t.kind == "sales"
                else self.tr(
                    "Nothing to add: no activities were logged in SalesPlanner since {when}."
                )
            )
        self.status.setText(text.format(n=t.pending, when=since))
        self.status.show()
        self.write_button.setEnabled(t.pending > 0)
        if self.write_button.isEnabled():
            self.write_button.setDefault(True)
        else:
            self.close_button.setDefault(True)

    # -- writing ----------------------------------------------------------------------------
    def step_label(self, step: str, file: str) -> str:
        return {
            "check": self.tr("Checking {file}…"),
            "read": self.tr("Reading {file}…"),
            "load": self.tr("Opening {file} for writing…"),
            "rows": self.tr("Adding the new rows…"),
            "save": self.tr("Saving the new version of {file}…"),
            "replace": self.tr(
                "Making the backup copy and replacing {file}; this cannot be cancelled any more…"
            ),
        }.get(step, "").format(file=file)

    def run(self) -> bool:
        """Write back to the selected workbook; True when rows were written."""
        target = self.selected()
        if target is None:
            return False
        self.message.hide()
        self.result_box.hide()
        labels = {
            s: self.step_label(s, target.file.name) for s in STEPS
        }  # made here, not in the worker

        def job(plan, progress, cancelled):
            def step(s: str) -> None:
                progress(STEPS.index(s) + 1, len(STEPS) + 1, labels[s], s in CANCELLABLE_STEPS)

            return write_back(plan, target.import_id, progress=step, cancelled=cancelled)

        return self._finished(
            run_plan_task(
                self, self.ctx.store, self.tr("Write back to workbook"), labels["check"], job
            )
        )

    def _finished(self, outcome: TaskResult) -> bool:
        if outcome.value is None:
            error = outcome.error or WriteBackCancelled()  # no value and no error: cancelled
            if not isinstance(error, UserError):
                raise error  # a bug: the crash hook logs and shows it
            self.message.setText(ImportTexts(field_label, kind_label).error(error))
            self.message.show()
            self.reload()  # a workbook moved meanwhile leaves the list
            return False
        result = self.written = outcome.value
        if result.get("changes") is not None:
            self.ctx.notify(result["changes"])
        self.reload()
        n = result["deals"] + result["activities"]
        path = Path(result["file"])
        if n == 0:
            self.message.setText(self.tr("Nothing was written: there was nothing new to add."))
            self.message.show()
            return False
        first, last = result["rows"]
        self.result_title.setText(self.tr("Written back to {file}.").format(file=path.name))
        self.result_file.setText(str(path))
        self.result_sheet.setText(result["sheet"])
        self.result_rows.setText(
            self.tr("{n} (rows {first}–{last})").format(n=n, first=first, last=last)
        )
        self.result_backup.setText(result["backup"])
        self.result_note.setText(
            self.tr("Cancel came too late: the workbook had already been replaced.")
        )
        self.result_note.setVisible(outcome.cancelled)
        self.result_box.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        return True

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.written["backup"]).parent)))

    @classmethod
    def ask(cls, parent, ctx: AppContext) -> dict | None:
        """Show the dialog; the last write-back's result, or None when nothing was written."""
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
            return dialog.written
        finally:
            dialog.deleteLater()
