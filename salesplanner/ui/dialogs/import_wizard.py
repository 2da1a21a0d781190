"""The Excel import wizard: file → sheet and kind → columns and preview → import → report.

``ImportWizard.ask(parent, ctx, path=None) -> ImportReport | None``. The engine is the same
as the command line's (``salesplanner.services.importing``). Reading a workbook (opening it,
another sheet, another header row) runs in a worker thread while the page shows a busy bar
whose Cancel keeps everything as it was; the import runs in a worker thread behind a progress
dialog whose Cancel rolls everything back (``ui.tasks.run_plan_task``). That thread writes
through a connection of its own to the plan file (never the UI thread's ``ctx.store``), so
while its transaction is open the panes still read the plan as it was (WAL) and see the new
rows after the commit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesplanner.errors import UserError
from salesplanner.io.fields import FIELDS, KINDS, NAME_FIELDS
from salesplanner.io.importer import Analysis, Parsed, analyse, missing_fields, preview_rows, remap
from salesplanner.io.parse import clean_text
from salesplanner.io.writeback import WRITABLE_SUFFIXES
from salesplanner.services import importing as import_svc
from salesplanner.services.importing import ImportReport, import_file
from salesplanner.services.plan import Store
from salesplanner.ui.context import AppContext
from salesplanner.ui.dialogs.import_texts import ImportTexts
from salesplanner.ui.tasks import BackgroundTask, run_plan_task

PREVIEW_ROWS = 200
BUSY_DELAY_MS = (
    100  # the busy bar appears only when reading takes longer (no flash for small files)
)


_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _trn(text: str, n: int) -> str:
    """A counted sentence: Qt's plural forms of ``%n`` (“1 row”, “2 rows”)."""
    return QCoreApplication.translate("ImportWizard", text, "", n)


def kind_label(kind: str) -> str:
    return {
        "sales": _tr("Sales records"),
        "customers": _tr("Customer list"),
        "activities": _tr("Activity log"),
        "targets": _tr("Monthly targets"),
        "opportunities": _tr("Deals in flight (opportunities)"),
    }.get(kind, kind)


def field_label(key: str) -> str:
    return {
        "date": _tr("Date"),
        "customer": _tr("Customer"),
        "amount": _tr("Amount"),
        "quantity": _tr("Quantity"),
        "unit_price": _tr("Unit price"),
        "product": _tr("Product"),
        "rep": _tr("Rep"),
        "region": _tr("Region"),
        "stage": _tr("Stage"),
        "note": _tr("Note"),
        "notes": _tr("Notes"),
        "name": _tr("Customer name"),
        "contact": _tr("Contact"),
        "phone": _tr("Phone"),
        "segment": _tr("Segment"),
        "birthday": _tr("Birthday"),
        "next_follow_up": _tr("Next follow-up"),
        "priority": _tr("Priority"),
        "activity": _tr("Activity type"),
        "count": _tr("Count"),
        "outcome": _tr("Outcome"),
        "month": _tr("Month"),
        "target": _tr("Target"),
        "label": _tr("Label"),
        "record_id": _tr("Record ID"),
        "title": _tr("Deal"),
        "probability": _tr("Win probability"),
        "expected_close": _tr("Expected close date"),
        "next_step": _tr("Next step"),
        "next_step_date": _tr("Next step date"),
        "created": _tr("Created"),
        "channel": _tr("Source"),
        "lost_reason": _tr("Lost reason"),
    }.get(key, key)


def file_stamp(path: Path) -> tuple[str, int, int] | None:
    """What tells whether a file is still the one analysed (None: it cannot be read)."""
    try:
        st = path.stat()
        return str(path.resolve()), st.st_size, st.st_mtime_ns
    except OSError:
        return None


# -- models -----------------------------------------------------------------------------------
class MappingModel(QAbstractTableModel):
    """One row per sheet column: the column, the field it feeds (editable), an example."""

    mapping_changed = Signal()
    COLUMN, FIELD, EXAMPLE = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self._examples: list[str] = []

    def set_analysis(self, a: Analysis) -> None:
        self.beginResetModel()
        self.analysis = a
        rows = a.data.rows[a.first_data_index : a.first_data_index + 5]
        self._examples = [
            " · ".join(clean_text(r[p]) for r in rows if p < len(r) and r[p] not in ("", None))[:60]
            for p in range(len(a.headers))
        ]
        self.endResetModel()

    def field_at(self, pos: int) -> str:
        if self.analysis is None:
            return ""
        return next((k for k, v in self.analysis.columns.items() if v == pos), "")

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.analysis is None else len(self.analysis.headers)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [_tr("Column"), _tr("Imported as"), _tr("Example")][section]
        return None

    def flags(self, index):
        f = super().flags(index)
        if index.column() == self.FIELD:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        a = self.analysis
        if a is None or not index.isValid():
            return None
        pos, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COLUMN:
                return a.column_label(pos)
            if col == self.FIELD:
                key = self.field_at(pos)
                return field_label(key) if key else _tr("— not imported —")
            return self._examples[pos]
        if role == Qt.ItemDataRole.EditRole and col == self.FIELD:
            return self.field_at(pos)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.FIELD and not self.field_at(pos):
            return QBrush(QColor("#888888"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        a = self.analysis
        if a is None or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        pos = index.row()
        columns = {k: v for k, v in a.columns.items() if v != pos and k != value}
        if value:
            columns[value] = pos
        self.analysis = remap(a, columns=columns)
        self.dataChanged.emit(
            self.index(0, self.FIELD), self.index(self.rowCount() - 1, self.FIELD)
        )
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo of the kind's fields for the "Imported as" column."""

    def __init__(self, model: MappingModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        combo.addItem(_tr("— not imported —"), "")
        a = self.model.analysis
        for spec in FIELDS[a.kind if a else "sales"]:
            label = field_label(spec.key) + (" *" if spec.required else "")
            combo.addItem(label, spec.key)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        key = index.data(Qt.ItemDataRole.EditRole) or ""
        i = editor.findData(key)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(i, 0))
        editor.blockSignals(False)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        if editor.currentData() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet; cells with problems are coloured, the message in a tooltip."""

    ERROR = QColor("#ffc7ce")
    WARNING = QColor("#ffeb9c")
    MAPPED = QColor("#eef5ee")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.rows: list[list] = []
        self.cells: dict[tuple[int, int | None], list] = {}
        self.texts: ImportTexts | None = None

    def set_preview(self, a: Analysis, parsed: Parsed | None) -> None:
        self.beginResetModel()
        self.analysis = a
        self.texts = ImportTexts()
        self.rows = a.data.rows[a.first_data_index : a.first_data_index + PREVIEW_ROWS]
        self.cells = {}
        for p in parsed.problems if parsed else []:
            self.cells.setdefault((p.row, p.col), []).append(p)
        self.endResetModel()

    def problems_at(self, row: int, col: int | None) -> list:
        a = self.analysis
        if a is None:
            return []
        excel_row = a.excel_row(a.first_data_index + row)
        found = list(self.cells.get((excel_row, col), []))
        if col is not None:
            found += self.cells.get((excel_row, None), [])
        return found

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.analysis is None else len(self.analysis.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        a = self.analysis
        if a is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                key = next((k for k, v in a.columns.items() if v == section), "")
                head = a.column_label(section)
                return f"{head}\n→ {field_label(key)}" if key else head
            return str(a.excel_row(a.first_data_index + section))
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            msgs = [self.texts.message(p.message) for p in self.problems_at(section, None)]
            return "\n".join(msgs) or None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.analysis is None:
            return None
        r, c = index.row(), index.column()
        row = self.rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return clean_text(row[c]) if c < len(row) else ""
        col = self.analysis.sheet_col(c)
        if role == Qt.ItemDataRole.BackgroundRole:
            probs = self.problems_at(r, col)
            if any(p.severity == "error" for p in probs):
                return QBrush(self.ERROR)
            if probs:
                return QBrush(self.WARNING)
            if c in self.analysis.columns.values():
                return QBrush(self.MAPPED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            msgs = [self.texts.message(p.message) for p in self.problems_at(r, col)]
            return "\n".join(msgs) or None
        return None


# -- pages ----------------------------------------------------------------------------------------
class BusyBar(QWidget):
    """“Reading FILE…”, a moving bar and Cancel, on a page while a workbook is read in the
    background. It shows up after BUSY_DELAY_MS, so a small file does not make it flash."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no steps to count: reading a sheet is one call
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(_tr("Cancel"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(self._appear)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _appear(self) -> None:
        self.show()
        self.cancel_button.setFocus()


def date_doubt_text(a: Analysis, texts: ImportTexts) -> str:
    """The wizard's sentence for a date column that reads both ways (Analysis.date_doubt)."""
    assert a.date_doubt is not None
    p = a.date_doubt.params
    return (
        _tr("Dates in column %1 can be read as %2 (“%3” in %4): choose how they are written.")
        .replace("%1", p["column"])
        .replace("%2", texts.message(p["orders"]))
        .replace("%3", p["text"])
        .replace("%4", p["cell"])
    )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("Choose a workbook"))
        self.setSubTitle(
            _tr("Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) workbooks and CSV files.")
        )
        self.path_edit = QLineEdit()
        self.browse = QPushButton(_tr("Browse…"))
        self.busy = BusyBar()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.busy)
        lay.addStretch(1)
        self.browse.clicked.connect(self.on_browse)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.busy.cancel_clicked.connect(self.wiz.cancel_analysis)

    def inputs(self) -> list[QWidget]:
        return [self.path_edit, self.browse]

    def on_browse(self) -> None:
        path = self.wiz.choose_file(self)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path_edit.text().strip()) and not self.wiz.busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.open_file(Path(self.path_edit.text().strip()))


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("Sheet and kind of data"))
        self.setSubTitle(_tr("SalesPlanner guessed these; change them if they are wrong."))
        self.sheet_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1_048_576)
        # more than one column could name the customer: the rep picks
        self.name_combo = QComboBox()
        # a date column that reads both ways (03/04/2026): the rep says how dates are written
        self.date_combo = QComboBox()
        for order, label in (
            ("dmy", _tr("day/month/year (31/12/2026)")),
            ("mdy", _tr("month/day/year (12/31/2026)")),
            ("ymd", _tr("year/month/day (26/12/31)")),
        ):
            self.date_combo.addItem(label, order)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.busy = BusyBar()
        self.form = form = QFormLayout(self)
        form.addRow(_tr("Sheet:"), self.sheet_combo)
        form.addRow(_tr("The sheet holds:"), self.kind_combo)
        form.addRow(_tr("Column headers on row:"), self.header_spin)
        form.addRow(_tr("The customer's name is in:"), self.name_combo)
        form.addRow(_tr("Dates are written as:"), self.date_combo)
        form.addRow(self.info)
        form.addRow(self.busy)
        form.setRowVisible(self.name_combo, False)
        form.setRowVisible(self.date_combo, False)
        self.sheet_combo.activated.connect(self.on_sheet)
        self.kind_combo.activated.connect(self.on_kind)
        self.name_combo.activated.connect(self.on_name_column)
        self.date_combo.activated.connect(self.on_date_order)
        self.header_spin.editingFinished.connect(self.on_header_row)
        self.busy.cancel_clicked.connect(self.wiz.cancel_analysis)

    def inputs(self) -> list[QWidget]:
        return [
            self.sheet_combo,
            self.kind_combo,
            self.header_spin,
            self.name_combo,
            self.date_combo,
        ]

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        a = self.wiz.analysis
        doubt = a is not None and (a.kind_doubt is not None or a.date_doubt is not None)
        return not self.wiz.busy and not doubt

    def show_analysis(self, a: Analysis) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for s in a.sheets:
            if s.is_chart:
                continue
            self.sheet_combo.addItem(
                s.name if s.visible else _tr("%1 (hidden)").replace("%1", s.name), s.name
            )
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(a.sheet), 0))
        self.sheet_combo.blockSignals(False)
        # weak evidence for the kind guessed: no kind is shown until the rep picks one
        self.kind_combo.setCurrentIndex(
            -1 if a.kind_doubt is not None else self.kind_combo.findData(a.kind)
        )
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(a.header_excel_row)
        self.header_spin.blockSignals(False)
        self.show_name_choices(a)
        self.show_date_order(a)
        lines = [_tr("%1 data rows.").replace("%1", f"{a.data_row_count:,}")]
        if a.remembered:
            lines.append(_tr("Columns as you mapped them last time for a workbook of this shape."))
        texts = ImportTexts()
        if a.kind_doubt is not None:
            lines.append(
                _tr(
                    "SalesPlanner is not sure what this sheet holds (%1): choose it above."
                ).replace("%1", texts.message(a.kind_doubt.params["why"]))
            )
        if a.date_doubt is not None:
            lines.append(date_doubt_text(a, texts))
        lines += texts.notes(a.notes)
        self.info.setText("\n".join(lines))
        self.completeChanged.emit()

    def show_name_choices(self, a: Analysis) -> None:
        """The columns that could be the customer's name, in sheet order, the one taken
        chosen (hidden when there is only one)."""
        self.name_combo.blockSignals(True)
        self.name_combo.clear()
        for pos in sorted(a.name_choices):
            self.name_combo.addItem(a.column_label(pos), pos)
        key = NAME_FIELDS.get(a.kind)
        if a.name_choices and key in a.columns:
            self.name_combo.setCurrentIndex(self.name_combo.findData(a.columns[key]))
        self.name_combo.blockSignals(False)
        self.form.setRowVisible(self.name_combo, bool(a.name_choices))

    def show_date_order(self, a: Analysis) -> None:
        """How dates are written, asked when a date column cannot tell (none chosen then),
        shown once chosen; hidden while the columns decide it."""
        self.date_combo.setCurrentIndex(
            -1 if a.date_order is None else self.date_combo.findData(a.date_order)
        )
        self.form.setRowVisible(
            self.date_combo, a.date_doubt is not None or a.date_order is not None
        )

    def on_date_order(self, _i: int) -> None:
        if self.date_combo.currentData() is not None:
            self.wiz.set_date_order(self.date_combo.currentData())

    def on_name_column(self, _i: int) -> None:
        self.wiz.set_name_column(self.name_combo.currentData())

    def on_sheet(self, _i: int) -> None:
        if self.wiz.analysis and self.sheet_combo.currentData() != self.wiz.analysis.sheet:
            self.wiz.reanalyse(sheet=self.sheet_combo.currentData())

    def on_kind(self, _i: int) -> None:
        if self.kind_combo.currentData() is not None:
            self.wiz.set_kind(self.kind_combo.currentData())

    def on_header_row(self) -> None:
        if self.wiz.analysis and self.header_spin.value() != self.wiz.analysis.header_excel_row:
            self.wiz.reanalyse(sheet=self.wiz.analysis.sheet, header_row=self.header_spin.value())


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("Columns and preview"))
        self.setSubTitle(
            _tr(
                "Check what each column is imported as. Red cells will be skipped; "
                "point at a cell to see why."
            )
        )
        self.mapping = MappingModel(self)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.setItemDelegateForColumn(
            MappingModel.FIELD, FieldDelegate(self.mapping, self)
        )
        self.mapping_view.horizontalHeader().setSectionResizeMode(
            MappingModel.EXAMPLE, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_view.verticalHeader().hide()
        self.preview = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mapping_view)
        split.addWidget(self.preview_view)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.summary)
        self.mapping.mapping_changed.connect(self.on_mapping_changed)
        self.setButtonText(QWizard.WizardButton.NextButton, _tr("Import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("Import"))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.show_analysis(self.wiz.analysed())

    def show_analysis(self, a: Analysis) -> None:
        self.mapping.set_analysis(a)
        for r in range(self.mapping.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping.index(r, MappingModel.FIELD))
        self.mapping_view.resizeColumnToContents(MappingModel.COLUMN)
        self.mapping_view.setColumnWidth(MappingModel.FIELD, 170)
        self.refresh_preview()

    def on_mapping_changed(self) -> None:
        self.wiz.analysis = self.mapping.analysis
        self.refresh_preview()

    def refresh_preview(self) -> None:
        a = self.wiz.analysed()
        parsed = None
        self.ready = False
        missing = missing_fields(a)
        if a.date_doubt is not None:  # a column moved here reads both ways: asked back there
            text = (
                date_doubt_text(a, ImportTexts())
                + " "
                + _tr("Choose how dates are written on the previous page.")
            )
        elif missing:  # what preview_rows' MappingError says in English
            text = (
                _tr(
                    "Choose a column for: %1 (needed for “%2”), "
                    "or another kind of data on the previous "
                    "page."
                )
                .replace("%1", _tr(", ").join(map(field_label, missing)))
                .replace("%2", kind_label(a.kind))
            )
        else:
            try:
                parsed = preview_rows(
                    a, PREVIEW_ROWS, activity_types=import_svc.activity_types(self.wiz.ctx.store)
                )
                errors = sum(1 for p in parsed.problems if p.severity == "error")
                text = (
                    _trn(
                        "Preview of the first %n row(s): %1 ready, %2 with problems.",
                        min(PREVIEW_ROWS, a.data_row_count),
                    )
                    .replace("%1", str(len(parsed.records)))
                    .replace("%2", str(len(parsed.skipped_rows)))
                )
                if errors == 0 and not parsed.problems:
                    text += " " + _tr("No problems found.")
                self.ready = True
            except UserError as exc:
                text = self.wiz.error_text(exc)
        self.preview.set_preview(a, parsed)
        self.preview_view.resizeColumnsToContents()
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return getattr(self, "ready", False)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.run_import()


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.problems, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        r = self.wiz.report
        if r is None:
            return
        texts = ImportTexts()
        lines = [_trn("%n new row(s) imported from %1.", r.imported).replace("%1", r.file)]
        if r.already_present:
            lines.append(_trn("%n row(s) already in your plan.", r.already_present))
        for reason, n in sorted(r.skipped.items()):
            lines.append(_trn("%n row(s) skipped: %1.", n).replace("%1", texts.skip_reason(reason)))
        if r.customers_added:
            lines.append(_trn("%n new customer(s).", r.customers_added))
        if r.customers_updated:
            lines.append(
                _trn("%n customer(s) completed with details from the file.", r.customers_updated)
            )
        o = r.opportunities
        if o.get("open") or o.get("lost") or r.kind == "opportunities":
            lines.append(
                _trn(
                    "Pipeline: %1 open, %2 won and %n lost deal(s) (lost deals are never sales).",
                    o.get("lost", 0),
                )
                .replace("%1", str(o.get("open", 0)))
                .replace("%2", str(o.get("won", 0)))
            )
        if r.kind == "opportunities" and r.already_present:
            lines.append(
                _tr("Deals already in your plan: %1 moved on, %2 updated, %3 unchanged.")
                .replace("%1", str(o.get("moved", 0)))
                .replace("%2", str(o.get("updated", 0)))
                .replace("%3", str(o.get("unchanged", 0)))
            )
        if o.get("sales_written") or o.get("sales_linked"):
            lines.append(
                _trn(
                    "Won deals: %n sale(s) written, %1 found among your sales.",
                    o.get("sales_written", 0),
                ).replace("%1", str(o.get("sales_linked", 0)))
            )
        lines += texts.notes(r.notes)
        if r.kind in ("sales", "activities") and Path(r.file).suffix.lower() in WRITABLE_SUFFIXES:
            lines.append(
                _tr(
                    "What you log in SalesPlanner from now on can be added to this workbook later: "
                    "File → Write back to workbook…"
                )
            )
        self.summary.setText("\n".join(lines))
        self.problems.clear()
        warning = " " + _tr("(warning)")
        for p in r.problems[:2000]:
            self.problems.addItem(texts.sentence(p) + ("" if p.severity == "error" else warning))


# -- the wizard ---------------------------------------------------------------------------------
class ImportWizard(QWizard):
    def __init__(
        self, ctx: AppContext, path: str | Path | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.analysis: Analysis | None = None
        self.report: ImportReport | None = None
        self._task: BackgroundTask | None = None  # the sheet being read
        self._request: tuple | None = None
        self._busy_page: FilePage | SheetPage | None = None
        # file_stamp of the file being read / of self.analysis
        self._stamp: tuple[str, int, int] | None = None
        self._opened: tuple[str, int, int] | None = None
        self._advance = False
        self.setWindowTitle(_tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(900, 640)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        if path:
            self.file_page.path_edit.setText(str(path))

    def analysed(self) -> Analysis:
        """The analysis of the file chosen (the pages after the file page have one)."""
        if self.analysis is None:
            raise RuntimeError("no file has been read yet")
        return self.analysis

    # seams for tests
    def choose_file(self, parent) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Import from Excel"),
            "",
            _tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        return path

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, _tr("Import from Excel"), message)

    @staticmethod
    def error_text(error: BaseException | str) -> str:
        """An import error (a file that cannot be read, a cancel …) in the user's language."""
        return ImportTexts(field_label, kind_label).error(error)

    # steps
    def open_file(self, path: Path) -> bool:
        """The file page's Next: True when ``path`` is the file analysed (unchanged since), so the
        choices made for it stay; otherwise it is read in the background and the wizard goes on
        by itself when that is done."""
        if self.busy:
            return False
        if self._advance:  # the analysis just finished
            self._advance = False
            return True
        if (
            self.analysis is not None
            and self._opened is not None
            and file_stamp(path) == self._opened
        ):
            return True
        self._start_analysis(path)
        return False

    def reanalyse(self, *, sheet: str | None = None, header_row: int | None = None) -> None:
        """Another sheet or header row of the file, read in the background."""
        self._start_analysis(self.analysed().path, sheet=sheet, header_row=header_row)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start_analysis(
        self, path: Path, *, sheet: str | None = None, header_row: int | None = None
    ) -> None:
        request = (path, sheet, header_row)
        if self._task is not None:
            if request == self._request:
                return
            self.cancel_analysis()
        page = self.sheet_page if self.currentPage() is self.sheet_page else self.file_page
        # the UI thread's SQLite connection stays here: the remembered mapping is looked up
        # when the sheet has been read (see _analysed)
        task = BackgroundTask(
            lambda _progress, _cancelled: analyse(path, sheet=sheet, header_row=header_row), self
        )
        task.finished.connect(self._analysed)
        self._task, self._request, self._busy_page = task, request, page
        self._stamp = file_stamp(path)
        self._set_busy(True, _tr("Reading %1…").replace("%1", path.name))
        task.start()

    def cancel_analysis(self) -> None:
        """Stop waiting for the sheet being read: the wizard stays as it was before."""
        if self._task is None:
            return
        self._drop_task()
        self._set_busy(False)
        self._restore()

    def _drop_task(self) -> None:
        if self._task is not None:
            self._task.cancel()  # its result, if it still comes, is dropped
            self._task.deleteLater()
        self._task = None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        page = self._busy_page
        if page is None:  # (set before the first analysis starts)
            return
        if busy:
            page.busy.start(text)
        else:
            page.busy.stop()
        for w in page.inputs():
            w.setEnabled(not busy)
        page.completeChanged.emit()  # Next, and the wizard's other buttons, updated
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        elif page is self.currentPage():
            page.inputs()[0].setFocus()

    def _restore(self) -> None:
        if self.analysis is not None:
            self.sheet_page.show_analysis(self.analysis)  # the sheet and header row chosen before

    @Slot(object)
    def _analysed(self, result) -> None:
        page = self._busy_page
        self._drop_task()
        self._set_busy(False)
        if result.error is not None:
            self._restore()
            if isinstance(result.error, UserError):
                self.show_error(self.error_text(result.error))
                return
            raise result.error  # a bug: the crash hook logs and shows it
        self.analysis = import_svc.with_remembered(self.ctx.store, result.value)
        self._opened = self._stamp
        self.sheet_page.show_analysis(self.analysis)
        if page is self.file_page and self.currentPage() is self.file_page:
            self._advance = True
            self.next()
            self._advance = False

    @Slot(int)
    def _page_changed(self, _id: int) -> None:
        if self._task is not None and self.currentPage() is not self._busy_page:
            self.cancel_analysis()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.busy and event.key() == Qt.Key.Key_Escape:
            self.cancel_analysis()  # Escape stops the reading, not the whole wizard
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._drop_task()  # the wizard closes; the reading ends by itself
        super().done(result)

    def set_kind(self, kind: str) -> None:
        """The rep's kind; also the one guessed, when the guess was in doubt."""
        a = self.analysis
        if a and (kind != a.kind or a.kind_doubt is not None):
            self.analysis = remap(a, kind=kind)
            self.sheet_page.show_analysis(self.analysis)

    def set_date_order(self, order: str) -> None:
        """The rep's order of day, month and year for the sheet's date columns."""
        a = self.analysis
        if a is not None and (a.date_order != order or a.date_doubt is not None):
            self.analysis = remap(a, date_order=order)
            self.sheet_page.show_analysis(self.analysis)

    def set_name_column(self, pos: int) -> None:
        """The rep's pick among the columns that could be the customer's name."""
        a = self.analysis
        key = NAME_FIELDS.get(a.kind) if a else None
        if a is None or key is None or a.columns.get(key) == pos:
            return
        columns = {k: v for k, v in a.columns.items() if v != pos}
        columns[key] = pos
        self.analysis = remap(a, columns=columns)
        self.sheet_page.show_analysis(self.analysis)

    def run_import(self) -> bool:
        """Import in a worker thread with a progress dialog (:func:`~salesplanner.ui.tasks.
        run_plan_task`); True when it finished.

        The worker writes through its own connection to the plan file, so the UI thread keeps
        using ``ctx.store`` meanwhile (repaints, timers): it reads the plan as last committed,
        and after the commit ``ctx.changed`` makes the panes read the new rows. Nothing may
        write through ``ctx.store`` until then (the wizard and this dialog are modal): it would
        wait for the import's write lock (``busy_timeout``). An in-memory plan has no second
        connection; it is imported right here on the UI thread, which then runs no other code.
        Cancel rolls the import back (it stops at its next check: "cancelled", nothing changed).
        """
        analysis = self.analysed()

        def job(plan: Store, progress, cancelled) -> ImportReport:
            # the engine's step labels are not for the rep: the dialog keeps saying "Importing…"
            return import_file(
                plan, analysis, cancel=cancelled, progress=lambda d, t, _label: progress(d, t)
            )

        result = run_plan_task(self, self.ctx.store, self.windowTitle(), _tr("Importing…"), job)
        error = result.error
        if error is not None:
            # a UserError is said in the rep's language; anything else is a bug, shown as it is
            self.show_error(
                self.error_text(
                    error if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
                )
            )
            return False
        self.report = result.value
        self.ctx.notify(self.report.changes)
        return True

    @classmethod
    def ask(cls, parent, ctx, path: str | Path | None = None) -> ImportReport | None:
        wizard = cls(ctx, path, parent)
        try:
            wizard.exec()
            return wizard.report
        finally:
            wizard.deleteLater()
