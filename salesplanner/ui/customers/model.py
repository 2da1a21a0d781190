"""The customers table: a thin QAbstractTableModel over the 80/20 ranking, and a filter proxy.

``data()`` only formats; ``SORT_ROLE`` gives the raw value. Sorting is done by the source
model on its list (one Python sort, then ``layoutChanged``) because a proxy comparing through
``data()`` is too slow for 500 rows in 16 ms; the proxy filters and forwards ``sort``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from salesplanner.domain.customers import RankedCustomer
from salesplanner.ui.format import format_amount, format_date, format_percent

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    "rank",
    "name",
    "abc",
    "revenue",
    "share",
    "cumulative",
    "deals",
    "last_contact",
    "days_since",
    "next_follow_up",
    "priority",
)
ABC_COLORS = {"A": "#c8e6c9", "B": "#fff9c4", "C": "#eeeeee"}
_FAR = 10**9
_ROOT = QModelIndex()


def _sort_key(r: RankedCustomer, column: str):
    c = r.customer
    return {
        "rank": r.rank,
        "name": c.name,
        "abc": r.abc,
        "revenue": c.revenue_fen,
        "share": r.share,
        "cumulative": r.cumulative,
        "deals": c.deals,
        "last_contact": c.last_contact or dt.date.min,
        "days_since": _FAR if r.days_since_contact is None else r.days_since_contact,
        "next_follow_up": c.next_follow_up or dt.date.max,
        "priority": int(c.priority),
    }[column]


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RankedCustomer] = []
        self.settings = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Customer"),
            self.tr("Class"),
            self.tr("Revenue"),
            self.tr("Share"),
            self.tr("Cumulative"),
            self.tr("Deals"),
            self.tr("Last contact"),
            self.tr("Days since"),
            self.tr("Next follow-up"),
            self.tr("Priority"),
        ]

    def set_rows(self, rows: list[RankedCustomer], settings=None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.settings = settings
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

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
        if role == SORT_ROLE:
            value = _sort_key(r, column)
            return (
                value.isoformat()
                if isinstance(value, dt.date)
                else (float(value) if not isinstance(value, int | str) else value)
            )
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name",):
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in ("rank", "revenue", "share", "cumulative", "deals", "days_since")
                else int(Qt.AlignmentFlag.AlignCenter)
            )
        if role == Qt.ItemDataRole.BackgroundRole and column == "abc":
            return QBrush(QColor(ABC_COLORS[r.abc]))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "next_follow_up"
            and r.follow_up_due
        ):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "next_follow_up" and r.follow_up_due:
            return self.tr("Follow-up due")
        return None

    def _display(self, r: RankedCustomer, column: str):
        c = r.customer
        if column == "rank":
            return str(r.rank)
        if column == "name":
            return c.name
        if column == "abc":
            return r.abc
        if column == "revenue":
            return format_amount(c.revenue_fen, self.settings)
        if column == "share":
            return format_percent(float(r.share), 1)
        if column == "cumulative":
            return format_percent(float(r.cumulative), 1)
        if column == "deals":
            return str(c.deals)
        if column == "last_contact":
            return format_date(c.last_contact)
        if column == "days_since":
            return "—" if r.days_since_contact is None else str(r.days_since_contact)
        if column == "next_follow_up":
            return format_date(c.next_follow_up)
        if column == "priority":
            return "★" if c.priority else ""
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = list(self.rows)
        before = self.persistentIndexList()
        self._sort_rows(column, order)
        self._sort = (column, order)
        if before:
            pos = {id(r): i for i, r in enumerate(self.rows)}
            self.changePersistentIndexList(
                before, [self.index(pos[id(old_rows[i.row()])], i.column()) for i in before]
            )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        key = COLUMNS[column]
        self.rows.sort(
            key=lambda r: (_sort_key(r, key), r.rank), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def row_of(self, customer_id: int) -> RankedCustomer | None:
        return next((r for r in self.rows if r.id == customer_id), None)


class CustomerFilterProxy(QSortFilterProxyModel):
    """Filters by text (name), ABC class, priority or follow-up due; sorting is the source's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.mode = "all"  # all | A | B | C | priority | due

    def set_filter(self, text: str | None = None, mode: str | None = None) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if mode is not None:
            self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if not isinstance(model, CustomerTableModel) or not 0 <= source_row < len(model.rows):
            return False
        r = model.rows[source_row]
        if self.text and self.text not in r.customer.name.casefold():
            return False
        if self.mode in ("A", "B", "C"):
            return r.abc == self.mode
        if self.mode == "priority":
            return r.customer.priority
        if self.mode == "due":
            return r.follow_up_due
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def lessThan(self, left, right) -> bool:  # noqa: N802 - kept for completeness
        return self.sourceModel().data(left, SORT_ROLE) < self.sourceModel().data(right, SORT_ROLE)
