"""Reminders in the Week pane (follow-ups due, birthdays, holidays, the Friday review) and the
system-tray notification while the app runs. Snooze and done are undoable commands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.reminders import Reminder, snooze_until
from salesplanner.ui.week.texts import reminder_text

GREETING_KINDS = ("birthday", "holiday")
KIND_COLORS = {
    "followup": "#1e88e5",
    "birthday": "#d81b60",
    "holiday": "#c62828",
    "review": "#546e7a",
}


_DOTS: dict[str, QIcon] = {}


def _dot(color: str) -> QIcon:
    """A small coloured disc (one per colour, made once)."""
    icon = _DOTS.get(color)
    if icon is None:
        icon = _DOTS[color] = _make_dot(color)
    return icon


def _make_dot(color: str) -> QIcon:
    pix = QPixmap(10, 10)
    pix.fill(Qt.GlobalColor.transparent)
    from PySide6.QtGui import QPainter

    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 8, 8)
    p.end()
    return QIcon(pix)


class RemindersPanel(QWidget):
    done_requested = Signal(str)  # key
    snooze_requested = Signal(str, str)  # key, option (hour | tomorrow | week)
    customer_requested = Signal(int)  # double-click on a customer's reminder: open its card
    greet_requested = Signal(str)  # key of a birthday or holiday reminder

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reminders: list[Reminder] = []
        self._rest: tuple[list[Reminder], dt.date | None] = ([], None)  # rows not made yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("reminderList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done"))
        self.greet_button = QPushButton(self.tr("Greeting…"))
        self.greet_button.setToolTip(
            self.tr("Write the greeting from a template, copy it, and log it as sent")
        )
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for option, text in (
            ("hour", self.tr("For an hour")),
            ("tomorrow", self.tr("Until tomorrow")),
            ("week", self.tr("Until next week")),
        ):
            menu.addAction(text, lambda o=option: self._snooze(o))
        self.snooze_button.setMenu(menu)
        buttons.addWidget(self.greet_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done_button.clicked.connect(self.on_done)
        self.greet_button.clicked.connect(self.on_greet)
        self.list.itemDoubleClicked.connect(lambda _item: self.on_greet())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.list.itemDoubleClicked.connect(self.on_open_customer)
        self._update_buttons()

    def set_reminders(
        self, reminders: list[Reminder], today: dt.date, rows: int | None = None
    ) -> None:
        """Show ``reminders``; the list gets its first ``rows`` rows now and the others at
        :meth:`add_remaining_rows` (None: all now)."""
        current = self.current_key()
        self.reminders = list(reminders)
        self.title.setText(self.tr("Reminders ({count})").format(count=len(reminders)))
        self.list.clear()
        shown = len(reminders) if rows is None else max(0, rows)
        self._rest = (self.reminders[shown:], today)
        self._add_rows(self.reminders[:shown], today, current)
        if not reminders:
            item = QListWidgetItem(self.tr("Nothing due. Well done."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def add_remaining_rows(self) -> None:
        """The rows :meth:`set_reminders` left for later, if any."""
        rest, today = self._rest
        if rest and today is not None:
            self._rest = ([], today)
            self._add_rows(rest, today, None)

    def _add_rows(self, reminders: list[Reminder], today: dt.date, current: str | None) -> None:
        for r in reminders:
            item = QListWidgetItem(
                _dot(KIND_COLORS.get(r.kind, "#78909c")), reminder_text(r, today)
            )
            item.setData(Qt.ItemDataRole.UserRole, r.key)
            if r.kind == "followup" and r.date < today:
                item.setForeground(QColor("#c62828"))
            self.list.addItem(item)
            if r.key == current:
                self.list.setCurrentItem(item)

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self.current_key() is not None
        self.done_button.setEnabled(has)
        self.snooze_button.setEnabled(has)
        chosen = self.current()
        self.greet_button.setEnabled(chosen is not None and chosen.kind in GREETING_KINDS)

    def current(self) -> Reminder | None:
        key = self.current_key()
        return next((r for r in self.reminders if r.key == key), None)

    def on_greet(self) -> None:
        chosen = self.current()
        if chosen is not None and chosen.kind in GREETING_KINDS:
            self.greet_requested.emit(chosen.key)

    def on_done(self) -> None:
        key = self.current_key()
        if key:
            self.done_requested.emit(key)

    def on_open_customer(self, item) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        found = next((r for r in self.reminders if r.key == key), None)
        if found is not None and found.customer_id is not None:
            self.customer_requested.emit(found.customer_id)

    def _snooze(self, option: str) -> None:
        key = self.current_key()
        if key:
            self.snooze_requested.emit(key, option)


class TrayNotifier(QObject):
    """Shows due reminders through the system tray (when there is one) while the app runs."""

    def __init__(self, compute, parent=None, interval_ms: int = 5 * 60 * 1000):
        super().__init__(parent)
        self.compute = compute  # () -> (list[Reminder], today)
        self.notified: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self, first_delay_ms: int = 3000) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        QTimer.singleShot(first_delay_ms, self.check)
        self.timer.start()

    def check(self) -> list[str]:
        """Notify reminders not shown yet this session; returns the lines shown."""
        reminders, today = self.compute()
        fresh = [r for r in reminders if r.key not in self.notified]
        if not fresh:
            return []
        self.notified.update(r.key for r in fresh)
        lines = [reminder_text(r, today) for r in fresh[:4]]
        if len(fresh) > 4:
            lines.append(self.tr("… and {n} more").format(n=len(fresh) - 4))
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                has_app = QApplication.instance() is not None
                icon = QApplication.windowIcon() if has_app else QIcon()
                if icon.isNull():
                    icon = _dot("#1e88e5")
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.setToolTip("SalesPlanner")
                self.tray.show()
            self.tray.showMessage(
                self.tr("SalesPlanner reminders"),
                "\n".join(lines),
                QSystemTrayIcon.MessageIcon.Information,
                10000,
            )
        return lines

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()


def snooze_time(now: dt.datetime, option: str) -> dt.datetime:
    return snooze_until(now, option)
