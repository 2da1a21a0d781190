"""The journal table: a thin QAbstractTableModel over the service's raw rows.

A year of a large plan is ~20,000 rows: the model keeps the tuples the store returned and
formats a cell only when the view asks for it (a screenful), so opening and filtering cost the
query and nothing per row. Sorting reorders the tuples by one column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from salesplanner.services import journal as svc
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.labels import activity_label

COLUMNS = ("date", "customer", "type", "count", "outcome", "amount", "note", "source")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_AMOUNT = -1  # sorts entries without an amount below every sale


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.journal: svc.Journal | None = None
        self.rows: list[tuple] = []
        self.settings = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._labels: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Type"),
            self.tr("Count"),
            self.tr("Outcome"),
            self.tr("Amount"),
            self.tr("Note"),
            self.tr("Source"),
        ]

    def set_journal(self, journal: svc.Journal, settings=None) -> None:
        self.beginResetModel()
        self.journal = journal
        self.rows = list(journal.rows)
        self.settings = settings
        self._labels = {}
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def entry(self, row: int) -> svc.JournalEntry | None:
        if self.journal is None or not 0 <= row < len(self.rows):
            return None
        return svc.Entries([self.rows[row]], self.journal.names, self.journal.people)[0]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r[svc.KEY] == key), -1)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == KEY_ROLE:
            return r[svc.KEY]
        if role == CUSTOMER_ROLE:
            return r[svc.CUSTOMER_ID]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("count", "amount"):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == "note" and r[svc.NOTE]:
            return r[svc.NOTE]
        return None

    def _label(self, code: str) -> str:
        if code not in self._labels:
            self._labels[code] = activity_label(code)
        return self._labels[code]

    def _display(self, r: tuple, column: str) -> str:
        if column == "date":
            return format_date(dt.date.fromisoformat(r[svc.DATE]))
        if column == "customer":
            if self.journal is None:
                return ""
            person = self.journal.person(r)
            customer = self.journal.customer(r)
            if not person:
                return customer
            return self.tr("{customer} · {person}").format(customer=customer, person=person)
        if column == "type":
            return self._label(r[svc.CODE])
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
        return self.tr("Import") if r[svc.IMPORTED] else self.tr("Logged")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.endResetModel()

    def _sort_rows(self, column: int, order) -> None:
        name = COLUMNS[column]
        if name == "date" and order == Qt.SortOrder.DescendingOrder:
            if self.journal is not None and len(self.rows) == len(self.journal.rows):
                self.rows = list(self.journal.rows)  # the order the journal comes in
                return
        key: Callable[[tuple[Any, ...]], Any]
        if name == "customer" and self.journal is not None:
            names = self.journal.names
            key = lambda r: names.get(r[svc.CUSTOMER_ID], "")  # noqa: E731
        elif name == "type":
            key = lambda r: self._label(r[svc.CODE])  # noqa: E731
        elif name == "amount":
            key = lambda r: _NO_AMOUNT if r[svc.AMOUNT_FEN] is None else r[svc.AMOUNT_FEN]  # noqa: E731
        else:
            position = {
                "date": svc.DATE,
                "count": svc.COUNT,
                "outcome": svc.OUTCOME,
                "note": svc.NOTE,
                "source": svc.IMPORTED,
            }[name]
            key = lambda r: r[position]  # noqa: E731
        # stable: within one value the newest first, as the journal lists them
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
