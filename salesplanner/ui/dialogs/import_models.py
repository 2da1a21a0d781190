"""The import wizard's labels and table models: the name of each kind and field, the
mapping table (column → field) and the preview (the first rows as they will be imported, each
problem on its cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from salesplanner.io.fields import FIELDS
from salesplanner.io.importer import Analysis, Parsed, remap
from salesplanner.io.parse import clean_text
from salesplanner.ui.dialogs.import_texts import ImportTexts

PREVIEW_ROWS = 200

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
