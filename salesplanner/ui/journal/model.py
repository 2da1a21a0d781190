"""The journal table: a thin QAbstractTableModel over the service's rows.

A year of a large plan is ~20,000 rows: the service gives their order and totals (from SQL) and
reads a page of rows when the view asks for it (a screenful); the model formats a cell only when
it is painted, so opening and filtering cost the order query and nothing per row. Sorting asks
the service for the entries in another order (one query).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from salesplanner.domain.records import ACTIVITY_CODES
from salesplanner.services import journal as svc
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.labels import activity_label

COLUMNS = ("date", "customer", "type", "count", "outcome", "amount", "note", "source")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TIP = Qt.ItemDataRole.ToolTipRole
#: the roles the model answers (a view asks for a dozen per cell it paints)
_ROLES = frozenset((_DISPLAY, _ALIGN, _TIP, KEY_ROLE, CUSTOMER_ROLE))
_TIPS = {"outcome": svc.OUTCOME, "note": svc.NOTE}
#: the first click on these sorts the biggest (the newest) first
_DESCENDING_FIRST = frozenset(("date", "count", "amount"))
#: the sort arrow the header draws itself (Qt's own points up for newest first)
_ARROWS = {Qt.SortOrder.DescendingOrder: " ▼", Qt.SortOrder.AscendingOrder: " ▲"}


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.journal: svc.Journal | None = None
        self.rows: Sequence[tuple] = ()
        self.settings = None
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)  # newest first
        self._labels: dict[str, str] = {}
        self._headers: list[str] = []
        self._sources: tuple[str, str] | None = None  # (logged, imported)

    def headers(self) -> list[str]:
        if not self._headers:
            self._headers = [
                self.tr("Date"),
                self.tr("Customer"),
                self.tr("Type"),
                self.tr("Count"),
                self.tr("Outcome"),
                self.tr("Amount"),
                self.tr("Note"),
                self.tr("Source"),
            ]
        return self._headers

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        """(column, order) the list is sorted by."""
        return self._sort

    def sort_args(self) -> dict:
        """The service's arguments for the order the list is in (``svc.journal(**…)``)."""
        column, order = self._sort
        return {
            "sort": COLUMNS[column],
            "descending": order == Qt.SortOrder.DescendingOrder,
            "type_order": self._type_order() if COLUMNS[column] == "type" else (),
        }

    def _type_order(self) -> list[str]:
        return sorted(ACTIVITY_CODES, key=self._label)

    def set_journal(self, journal: svc.Journal, settings=None) -> None:
        self.beginResetModel()
        self._labels = {}
        self._headers = []
        self._sources = None
        self.journal = self._in_order(journal)
        self.rows = self.journal.rows
        self.settings = settings
        self.endResetModel()

    def clear(self) -> None:
        """List nothing (the filters name nothing the plan has)."""
        self.beginResetModel()
        self.journal, self.rows = None, ()
        self.endResetModel()

    def _in_order(self, journal: svc.Journal) -> svc.Journal:
        args = self.sort_args()
        if (journal.sort, journal.descending) == (args["sort"], args["descending"]):
            return journal
        return journal.sorted(**args)

    def entry(self, row: int) -> svc.JournalEntry | None:
        if self.journal is None or not 0 <= row < len(self.rows):
            return None
        return svc.Entries([self.rows[row]], self.journal.names, self.journal.people)[0]

    def row_of(self, key: str) -> int:
        return -1 if self.journal is None else self.journal.position(key)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(COLUMNS)
        ):
            text = self.headers()[section]
            column, order = self._sort
            return text + _ARROWS[order] if section == column else text
        if role == Qt.ItemDataRole.InitialSortOrderRole and 0 <= section < len(COLUMNS):
            first = COLUMNS[section] in _DESCENDING_FIRST
            return Qt.SortOrder.DescendingOrder if first else Qt.SortOrder.AscendingOrder
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(r, column)
        if role == KEY_ROLE:
            return r[svc.KEY]
        if role == CUSTOMER_ROLE:
            return r[svc.CUSTOMER_ID]
        if role == _ALIGN and column in ("count", "amount"):
            return _RIGHT
        if role == _TIP and column in _TIPS:
            return r[_TIPS[column]] or None  # the whole text of a cell cut short
        return None

    def _label(self, code: str) -> str:
        if code not in self._labels:
            self._labels[code] = activity_label(code)
        return self._labels[code]

    def _display(self, r: tuple, column: str) -> str:
        if column == "date":
            return format_date(dt.date.fromisoformat(r[svc.DATE])) if r[svc.DATE] else ""
        if column == "customer":
            if self.journal is None:
                return ""
            person = self.journal.person(r)
            customer = self.journal.customer(r)
            if not person:
                return customer
            return self.tr("{customer} · {person}").format(customer=customer, person=person)
        if column == "type":
            return self._label(r[svc.CODE]) if r[svc.CODE] else ""
        if column == "count":
            return str(r[svc.COUNT])
        if column == "outcome":
            return r[svc.OUTCOME]
        if column == "amount":
            return (
                "" if r[svc.AMOUNT_FEN] is None else format_amount(r[svc.AMOUNT_FEN], self.settings)
            )
        if column == "note":
            return r[svc.NOTE]
        if self._sources is None:  # translated once per load, not per cell painted
            self._sources = (self.tr("Logged"), self.tr("Import"))
        return self._sources[1 if r[svc.IMPORTED] else 0]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or (column, order) == self._sort:
            return
        self.beginResetModel()
        self._sort = (column, order)
        if self.journal is not None:
            self.journal = self._in_order(self.journal)
            self.rows = self.journal.rows
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
