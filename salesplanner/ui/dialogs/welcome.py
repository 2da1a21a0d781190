"""First run: a short welcome that offers the goal wizard, the demo data or an import.

Shown by the GUI entry when the rep's own plan file did not exist yet (never offscreen, in
tests or smoke runs, unless ``SALESPLANNER_WELCOME=1`` asks for it).
``WelcomeDialog.ask(parent) -> "wizard" | "import" | "demo" | None``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesplanner.paths import resources_dir

CHOICES = ("wizard", "import", "demo")


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to SalesPlanner"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        head = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(resources_dir() / "icons" / "salesplanner.png"))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        title = QLabel(self.tr("Welcome to SalesPlanner"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        head.addWidget(icon)
        head.addWidget(title, 1)
        layout.addLayout(head)
        text = QLabel(
            self.tr(
                "Set a sales target you can believe in, turn it into a plan for every week, "
                "record what you do and see early when you fall behind. Everything stays on this "
                "computer, in one plan file."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, note in (
            (
                "wizard",
                self.tr("Set my goal"),
                self.tr("The wizard turns last year's sales into a target and a weekly plan."),
            ),
            (
                "import",
                self.tr("Import my workbook…"),
                self.tr("Bring in the sales, customer or activity sheets you already keep."),
            ),
            (
                "demo",
                self.tr("Explore with demo data"),
                self.tr("Look around in an example plan first; your own file stays empty."),
            ),
        ):
            button = QPushButton(label)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, k=key: self.on_choose(k))
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #607d8b;")
            layout.addWidget(button)
            layout.addWidget(hint)
            self.buttons[key] = button
        self.later = QPushButton(self.tr("Start with an empty plan"))
        self.later.setFlat(True)
        self.later.clicked.connect(self.reject)
        layout.addWidget(self.later, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons["wizard"].setDefault(True)

    def on_choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()


def should_show(first_run: bool) -> bool:
    """Only on a real screen, on the first run (or when SALESPLANNER_WELCOME=1 asks)."""
    forced = os.environ.get("SALESPLANNER_WELCOME")
    if forced is not None:
        return forced == "1"
    app = QApplication.instance()
    if app is None or QApplication.platformName() in ("offscreen", "minimal"):
        return False
    return first_run


def run(window) -> str | None:
    """Ask, then hand the choice to the main window's slots."""
    choice = WelcomeDialog.ask(window)
    slot = {"wizard": "on_new_goal", "import": "on_import", "demo": "on_open_demo"}.get(
        choice or ""
    )
    if slot is not None:
        getattr(window, slot)()
    return choice


def schedule(window, first_run: bool) -> bool:
    """Show the welcome once the window is up (the event loop is running)."""
    if not should_show(first_run):
        return False
    QTimer.singleShot(0, lambda: run(window))
    return True
