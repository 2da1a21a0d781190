"""Customers pane (simple first version: name, segment, revenue)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from salesplanner.domain.money import format_wan


class CustomersPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Segment"), self.tr("Revenue")])
        layout.addWidget(self.tree)
        self.reload()

    def refresh(self, changes) -> None:
        if changes.customers or changes.deals or changes.everything:
            self.reload()

    def reload(self) -> None:
        self.tree.clear()
        rows = self.ctx.store.query(
            "SELECT c.name, c.segment, COALESCE(SUM(d.amount_fen), 0) AS fen FROM customers c "
            "LEFT JOIN deals d ON d.customer_id = c.id GROUP BY c.id ORDER BY fen DESC"
        )
        for r in rows:
            QTreeWidgetItem(self.tree, [r["name"], r["segment"], format_wan(r["fen"])])
