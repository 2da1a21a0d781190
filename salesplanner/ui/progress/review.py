"""The weekly review (METHOD.md 4.5): what worked, obstacles, adjustments, help to ask for,
prefilled with the week's numbers; past reviews listed. Saving is one undoable command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME
from salesplanner.domain.calendar import week_start
from salesplanner.domain.records import WeeklyReview
from salesplanner.services import progress as svc
from salesplanner.services import settings as settings_svc
from salesplanner.ui.context import AppContext
from salesplanner.ui.date_box import date_box
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.labels import activity_label
from salesplanner.ui.progress.commands import SaveReviewCommand

FIELDS = ("worked", "obstacles", "adjustments", "help_needed")


class WeeklyReviewPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.monday = week_start(dt.date.today())
        self.shown_week: dt.date | None = None  # the week whose numbers and text are shown
        self.numbers: dict = {}
        self._build()
        self._show_monday_in_box()
        self._connect_signals()

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of")))
        self.week_edit = date_box()
        top.addWidget(self.week_edit)
        top.addStretch(1)
        form_layout.addLayout(top)
        self.numbers_label = QLabel()
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setObjectName("reviewNumbers")
        self.numbers_label.setStyleSheet(
            "#reviewNumbers { background: #eceff1; padding: 8px; border-radius: 4px; }"
        )
        form_layout.addWidget(self.numbers_label)
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        titles = {
            "worked": self.tr("What worked"),
            "obstacles": self.tr("Obstacles"),
            "adjustments": self.tr("Adjustments for next week"),
            "help_needed": self.tr("Help to ask the team for"),
        }
        for key in FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"review_{key}")
            edit.setFixedHeight(64)
            self.edits[key] = edit
            form.addRow(titles[key], edit)
        form_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save review"))
        buttons.addWidget(self.save_button)
        form_layout.addLayout(buttons)
        form_layout.addStretch(1)
        splitter.addWidget(form_box)
        past_box = QWidget()
        past_layout = QVBoxLayout(past_box)
        past_layout.addWidget(QLabel(self.tr("Past reviews")))
        self.past = QListWidget()
        past_layout.addWidget(self.past)
        splitter.addWidget(past_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.week_edit.dateChanged.connect(self.on_week_changed)
        self.save_button.clicked.connect(self.on_save)
        self.past.itemActivated.connect(self.on_past_activated)
        self.past.itemClicked.connect(self.on_past_activated)

    # -- loading -------------------------------------------------------------------------
    def set_week(self, day: dt.date) -> None:
        self.monday = week_start(day)
        self.load_week()

    def _show_monday_in_box(self) -> None:
        m = self.monday
        if self.week_edit.date() != QDate(m.year, m.month, m.day):
            self.week_edit.blockSignals(True)
            self.week_edit.setDate(QDate(m.year, m.month, m.day))
            self.week_edit.blockSignals(False)

    def load_week(self, keep_typing: bool = False) -> None:
        """Show the week's numbers and its saved review; with ``keep_typing`` the text the
        user is writing (not saved yet) stays — only the numbers and the list are renewed."""
        store = self.ctx.store
        settings = settings_svc.load(store)
        self._show_monday_in_box()  # the box always names the week shown below it
        self.shown_week = self.monday
        self.numbers = svc.week_numbers(store, self.monday, settings)
        self.numbers_label.setText(self.numbers_text(settings))
        if not (keep_typing and self.has_unsaved_text()):
            review = svc.review(store, self.monday)
            self._loaded = {key: getattr(review, key) if review else "" for key in FIELDS}
            for key in FIELDS:
                self.edits[key].setPlainText(self._loaded[key])
        self.reload_past()

    def has_unsaved_text(self) -> bool:
        loaded = getattr(self, "_loaded", {})
        return any(self.edits[k].toPlainText() != loaded.get(k, "") for k in FIELDS)

    def numbers_text(self, settings) -> str:
        n = self.numbers
        parts = []
        if "target_fen" in n:
            parts.append(
                self.tr("Sales {actual} of {target}").format(
                    actual=format_amount(n["sales_fen"], settings),
                    target=format_amount(n["target_fen"], settings),
                )
            )
        else:
            parts.append(
                self.tr("Sales {actual}").format(actual=format_amount(n["sales_fen"], settings))
            )
        targets = n.get("targets", {})
        for code in sorted(set(n.get("activities", {})) | set(targets)):
            done = n.get("activities", {}).get(code, 0)
            if code in targets:
                parts.append(f"{activity_label(code)} {done}/{targets[code]}")
            else:
                parts.append(f"{activity_label(code)} {done}")
        return " · ".join(parts)

    def reload_past(self) -> None:
        self.past.clear()
        for r in svc.reviews(self.ctx.store):
            first = next((getattr(r, k) for k in FIELDS if getattr(r, k).strip()), "")
            first = first.strip().splitlines()[0] if first.strip() else ""
            item = QListWidgetItem(
                self.tr("Week of {date}: {text}").format(
                    date=format_date(r.week_start), text=first[:60]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, r.week_start.isoformat())
            self.past.addItem(item)

    def refresh(self, changes) -> None:
        if changes.review:
            self.load_week()  # saved, undone, another plan file: show what is stored
        elif changes.review_numbers:
            # Logging a call in the quick-entry bar while writing the review must not wipe it.
            self.load_week(keep_typing=True)

    # -- slots ---------------------------------------------------------------------------
    def on_week_changed(self, qdate: QDate) -> None:
        self.monday = week_start(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.load_week()

    def on_past_activated(self, item: QListWidgetItem) -> None:
        self.set_week(dt.date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))

    def current_review(self) -> WeeklyReview:
        def text(key: str) -> str:
            return self.edits[key].toPlainText().strip()

        return WeeklyReview(
            self.monday,
            worked=text("worked"),
            obstacles=text("obstacles"),
            adjustments=text("adjustments"),
            help_needed=text("help_needed"),
            numbers=self.numbers,
        )

    def on_save(self) -> None:
        command = SaveReviewCommand(
            self.ctx,
            self.current_review(),
            self.tr("Save the review of the week of {date}").format(date=format_date(self.monday)),
        )
        push_edit(self.ctx, command, warn(self, APP_NAME))
