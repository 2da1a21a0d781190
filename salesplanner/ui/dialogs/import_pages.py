"""The import wizard's pages: file → sheet and kind → columns and preview → report
(:class:`~salesplanner.ui.dialogs.import_wizard.ImportWizard` runs them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesplanner.errors import UserError
from salesplanner.io.fields import KINDS, NAME_FIELDS
from salesplanner.io.importer import Analysis, missing_fields, preview_rows
from salesplanner.io.writeback import WRITABLE_SUFFIXES
from salesplanner.ui.dialogs.import_models import (
    PREVIEW_ROWS,
    FieldDelegate,
    MappingModel,
    PreviewModel,
    _tr,
    _trn,
    field_label,
    kind_label,
)
from salesplanner.ui.dialogs.import_texts import ImportTexts

if TYPE_CHECKING:
    from salesplanner.ui.dialogs.import_wizard import ImportWizard

BUSY_DELAY_MS = (
    100  # the busy bar appears only when reading takes longer (no flash for small files)
)


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
                parsed = preview_rows(a, PREVIEW_ROWS, activity_types=self.wiz.activity_types())
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
