"""Small widgets shared by the goal wizard and the Goal pane: tables, badges, a bar chart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EDITED_BG = QColor("#fff3e0")
ERROR_BG = QColor("#ffcdd2")


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def badge(label: QLabel, text: str, color: str) -> None:
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ background: {color}; color: white; border-radius: 4px; padding: 2px 8px; "
        "font-weight: bold; }"
    )


def make_table(columns: list[str], editable: bool = True) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return t


def make_item(text: str, editable: bool = False, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    it.setFlags(flags)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class BarChart(QWidget):
    """A small bar chart; pyqtgraph is imported on first use (not at module import)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # pyqtgraph objects (no type hints), made on first use
        self._plot: Any = None
        self._bars: Any = None
        self._line: Any = None
        self.setMinimumHeight(150)

    def _ensure(self) -> bool:
        if self._plot is not None:
            return True
        try:
            import pyqtgraph as pg
        except ImportError:  # the chart is a nicety; the table carries the numbers
            return False
        self._pg = pg
        self._plot = pg.PlotWidget(background="w")
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(False, False)
        self._plot.hideButtons()
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#64b5f6")
        self._plot.addItem(self._bars)
        self._line = self._plot.plot([], [], pen=pg.mkPen("#e65100", width=2))
        self._layout.addWidget(self._plot)
        return True

    def set_data(
        self, values: list[float], labels: list[str], line: list[float] | None = None
    ) -> None:
        if not self._ensure():
            return
        xs = list(range(len(values)))
        self._bars.setOpts(x=xs, height=values, width=0.6)
        self._line.setData(list(range(len(line or []))), line or [])
        axis = self._plot.getAxis("bottom")
        axis.setTicks([list(zip(xs, labels, strict=True))])
        top = max([*values, *(line or []), 1])
        self._plot.setYRange(0, top * 1.15, padding=0)
        self._plot.setXRange(-0.6, max(len(values), len(line or [])) - 0.4, padding=0)
