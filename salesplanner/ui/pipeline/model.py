"""The deals table: a thin QAbstractTableModel over :class:`DealRow` and the Monday filters.

``data()`` only formats (``SORT_ROLE`` gives the raw value); which rows show is
``domain.opportunities.DealFilter``'s decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import DealFilter, Opportunity
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.labels import channel_label, stage_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    "customer",
    "title",
    "amount",
    "stage",
    "weighted",
    "close",
    "days",
    "next_step",
    "next_date",
    "last_activity",
    "channel",
)
_RIGHT = ("amount", "weighted", "days")
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class DealRow:
    """One deal as the pane shows it."""

    opp: Opportunity
    stage_name: str  # the rep's own stage name ("" = built-in label)
    weighted: Decimal
    days_in_stage: int
    last_activity: dt.date | None
    overdue: bool


def _sort_key(r: DealRow, column: str) -> Any:
    o = r.opp
    return {
        "customer": o.customer_name,
        "title": o.title,
        "amount": float(o.amount),
        "stage": r.stage_name or o.stage,
        "weighted": float(r.weighted),
        "close": (o.expected_close or dt.date.max).isoformat(),
        "days": r.days_in_stage,
        "next_step": o.next_step,
        "next_date": (o.next_step_date or dt.date.max).isoformat(),
        "last_activity": (r.last_activity or dt.date.min).isoformat(),
        "channel": o.channel,
    }[column]


class DealTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[DealRow] = []
        self.settings = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Customer"),
            self.tr("Deal"),
            self.tr("Amount"),
            self.tr("Stage"),
            self.tr("Weighted"),
            self.tr("Expected close"),
            self.tr("Days in stage"),
            self.tr("Next step"),
            self.tr("Next step on"),
            self.tr("Last activity"),
            self.tr("Channel"),
        ]

    def set_rows(self, rows: list[DealRow], settings=None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.settings = settings
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, on the list (one Python sort), not by the proxy through ``data()``."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = list(self.rows)
        self._sort_rows(column, order)
        self._sort = (column, order)
        if before:
            pos = {id(r): i for i, r in enumerate(self.rows)}
            self.changePersistentIndexList(
                before, [self.index(pos[id(old[i.row()])], i.column()) for i in before]
            )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        key = COLUMNS[column]
        self.rows.sort(
            key=lambda r: _sort_key(r, key), reverse=order == Qt.SortOrder.DescendingOrder
        )

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
            return _sort_key(r, column)
        if role == ID_ROLE:
            return r.opp.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "close" and r.overdue:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "close" and r.overdue:
            return self.tr("The expected close date has passed")
        return None

    def _display(self, r: DealRow, column: str) -> str:
        o = r.opp
        if column == "customer":
            return o.customer_name
        if column == "title":
            return o.title
        if column == "amount":
            return format_amount(to_fen(o.amount), self.settings)
        if column == "stage":
            return stage_label(o.stage, r.stage_name)
        if column == "weighted":
            return format_amount(to_fen(r.weighted), self.settings)
        if column == "close":
            return format_date(o.expected_close)
        if column == "days":
            return str(r.days_in_stage)
        if column == "next_step":
            return o.next_step
        if column == "next_date":
            return format_date(o.next_step_date)
        if column == "last_activity":
            return format_date(r.last_activity)
        return channel_label(o.channel)

    def row_of(self, opportunity_id: int) -> DealRow | None:
        return next((r for r in self.rows if r.opp.id == opportunity_id), None)


class DealFilterProxy(QSortFilterProxyModel):
    """Shows the rows :class:`DealFilter` accepts (and whose customer or title has ``text``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = DealFilter()
        self.text = ""
        self.today = dt.date.today()

    def set_filter(self, f: DealFilter, text: str | None = None, today: dt.date | None = None):
        self.beginFilterChange()
        self.filter = f
        if text is not None:
            self.text = text.strip().casefold()
        if today is not None:
            self.today = today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if not isinstance(model, DealTableModel) or not 0 <= source_row < len(model.rows):
            return False
        r = model.rows[source_row]
        if self.text and self.text not in f"{r.opp.customer_name} {r.opp.title}".casefold():
            return False
        return self.filter.matches(r.opp, self.today, r.last_activity)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
