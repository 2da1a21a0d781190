"""Week pane (simple first version: the week's blocks as a list; issue 4 makes it a calendar)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesplanner.store.blocks import list_blocks
from salesplanner.ui.labels import activity_label, weekday_label


class WeekPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        today = dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.title = QLabel()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addWidget(self.title, 1)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Activity"),
                                   self.tr("Customer"), self.tr("Note")])
        layout.addWidget(self.tree, 1)
        self.prev_button.clicked.connect(lambda: self.go(-7))
        self.next_button.clicked.connect(lambda: self.go(7))
        self.today_button.clicked.connect(self.on_today)
        self.reload()

    def go(self, days: int) -> None:
        self.monday += dt.timedelta(days=days)
        self.reload()

    def on_today(self) -> None:
        today = dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.reload()

    def refresh(self, changes) -> None:
        if changes.blocks or changes.everything:
            self.reload()

    def reload(self) -> None:
        year, week, _ = self.monday.isocalendar()
        self.title.setText(self.tr("Week {week}, {year}").format(week=week, year=year))
        self.tree.clear()
        for b in list_blocks(self.ctx.store, self.monday, self.monday + dt.timedelta(days=6)):
            QTreeWidgetItem(self.tree, [
                f"{weekday_label(b.date.weekday())} {b.date:%m-%d}",
                f"{b.start_min // 60:02d}:{b.start_min % 60:02d}–{b.end_min // 60:02d}:{b.end_min % 60:02d}",
                activity_label(b.code), b.customer_name, b.note,
            ])
