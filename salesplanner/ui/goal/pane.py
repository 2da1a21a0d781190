"""The Goal pane: the active goal, its breakdown and activity targets (first, simple version)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesplanner.services.changes import Changes


class GoalPane(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Start with the goal wizard."))
        layout.addWidget(self.label)
        layout.addStretch(1)

    def refresh(self, changes: Changes) -> None:
        pass

    def on_new_goal(self) -> None:
        pass
