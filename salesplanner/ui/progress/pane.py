"""Progress pane (simple first version: this month's sales and activity counts)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesplanner.domain.money import format_wan
from salesplanner.store.records import activity_counts, sales_total_fen
from salesplanner.ui.labels import activity_label


class ProgressPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.reload()

    def refresh(self, changes) -> None:
        if changes.deals or changes.activities or changes.targets or changes.everything:
            self.reload()

    def reload(self) -> None:
        today = dt.date.today()
        start = today.replace(day=1)
        total = sales_total_fen(self.ctx.store, start, today)
        counts = activity_counts(self.ctx.store, start, today)
        lines = [self.tr("Sales this month: {amount}").format(amount=format_wan(total))]
        lines += [f"{activity_label(code)}: {n}" for code, n in sorted(counts.items())]
        self.summary.setText("\n".join(lines))
