"""This week's deals to chase, in the Week pane's side panel (issue 12.2).

Only shows what ``services.pipeline.deals_to_chase`` computed: each line the customer, the
deal's title, its amount (万 in Chinese, ¥k in English) and why it is listed. Double-click (or
Enter) asks to open the deal; dragging a line onto the calendar carries its opportunity id
(:data:`~salesplanner.ui.week.calendar_view.DEAL_MIME`), and the calendar plans a block for it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesplanner.ui.week.calendar_view import DEAL_MIME

if TYPE_CHECKING:  # the pipeline's domain is imported when the list is filled, after first paint
    from salesplanner.domain import opportunities as dom

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 12  # lines listed; the rest are counted in the title


def deal_mime(opportunity_id: int, text: str = "") -> QMimeData:
    """What a deal carries when dragged: its id (for the calendar) and its line (as text)."""
    data = QMimeData()
    data.setData(DEAL_MIME, str(int(opportunity_id)).encode("ascii"))
    data.setText(text)
    return data


class _DealList(QListWidget):
    """A list whose lines drag their opportunity id onto the calendar; Enter opens one."""

    open_requested = Signal(object)  # the item

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_requested.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def startDrag(self, supported_actions) -> None:  # noqa: N802 - Qt API
        item = self.currentItem()
        oid = item.data(ID_ROLE) if item is not None else None
        if not oid:
            return
        drag = QDrag(self)
        drag.setMimeData(deal_mime(int(oid), item.text().splitlines()[0]))
        drag.exec(Qt.DropAction.CopyAction)


class ChasePanel(QWidget):
    open_requested = Signal(int)  # opportunity id (double-click, Enter)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.deals: list[dom.ChaseDeal] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = _DealList()
        self.list.setObjectName("chaseList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(110)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setToolTip(
            self.tr("Drag a deal onto the calendar to plan time for it; double-click opens it")
        )
        layout.addWidget(self.list, 1)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.list.open_requested.connect(self._on_activated)
        self.title.setText(self.tr("Deals to chase this week"))

    # -- texts ---------------------------------------------------------------------------
    def reason_text(self, r: dom.ChaseReason) -> str:
        from salesplanner.domain import opportunities as dom
        from salesplanner.ui.format import format_month_day

        if r.code == dom.NEXT_STEP_OVERDUE:
            if r.days == 1:
                return self.tr("next step a day overdue")
            return self.tr("next step %n day(s) overdue", "", r.days)
        if r.code == dom.NEXT_STEP_DUE:
            return self.tr("next step due {date}").format(date=format_month_day(r.date))
        if r.code == dom.CLOSE_OVERDUE:
            if r.days == 1:
                return self.tr("close date passed yesterday")
            return self.tr("close date passed %n day(s) ago", "", r.days)
        if r.code == dom.CLOSING_THIS_MONTH:
            return self.tr("closes {date}").format(date=format_month_day(r.date))
        return self.tr("no activity for %n day(s)", "", r.days)

    def line_text(self, c: dom.ChaseDeal, settings) -> str:
        """Two lines: who and how much, then why it is listed (and the next step)."""
        from salesplanner.domain.money import to_fen
        from salesplanner.ui.format import format_amount

        o = c.opportunity
        head = " · ".join(
            part
            for part in (o.customer_name, o.title, format_amount(to_fen(o.amount), settings))
            if part
        )
        why = self.tr(", ").join(self.reason_text(r) for r in c.reasons)
        if o.next_step:
            why = self.tr("{why}: {step}").format(why=why, step=o.next_step)
        return f"{head}\n{why}"

    # -- data ----------------------------------------------------------------------------
    def set_deals(self, deals: list[dom.ChaseDeal], settings, today: dt.date) -> None:
        from salesplanner.domain import opportunities as dom

        current = self.current_id()
        self.deals = list(deals)
        self.title.setText(self.tr("Deals to chase this week ({n})").format(n=len(deals)))
        self.list.clear()
        for c in deals[:SHOWN]:
            item = QListWidgetItem(self.line_text(c, settings))
            item.setData(ID_ROLE, c.opportunity.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if c.reasons[0].code in (dom.NEXT_STEP_OVERDUE, dom.CLOSE_OVERDUE):
                item.setForeground(QColor("#c62828"))
            self.list.addItem(item)
            if c.opportunity.id == current:
                self.list.setCurrentItem(item)
        if len(deals) > SHOWN:
            more = QListWidgetItem(
                self.tr("… and {n} more in the Pipeline pane").format(n=len(deals) - SHOWN)
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        if not deals:
            item = QListWidgetItem(self.tr("No deal needs chasing this week."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        oid = item.data(ID_ROLE) if item is not None else None
        return int(oid) if oid else None

    def _on_activated(self, item: QListWidgetItem) -> None:
        oid = item.data(ID_ROLE)
        if oid:
            self.open_requested.emit(int(oid))
