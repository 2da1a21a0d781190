"""The quick-entry bar (trap 4.3: log daily activities): a line in the main window's toolbar,
focused with Ctrl+L from anywhere. "visit 华星科技", "contract 3.5万 华星科技", "phone 3",
"跟进 华星科技", "签约 3.5万 华星科技" → an undoable log command; progress updates at once.
Deal lines ("商机 华星科技 12万 方案", "赢单 华星科技 11.5万") are undoable pipeline edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from salesplanner.domain.records import CONTRACT
from salesplanner.ui.edits import push_edit
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week import clock
from salesplanner.ui.week.commands import LogCommand

_ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"


class QuickEntryBar(QWidget):
    logged = Signal(str)  # the confirmation shown to the rep
    failed = Signal(str)  # the problem, one sentence
    focus_action: QAction | None = None  # Ctrl+L in the window (set by install_quick_entry)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("quickEntry")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("quickEntryEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Log what you did (Ctrl+L): visit 华星科技 · contract 3.5万 华星科技 · phone 3")
        )
        self.edit.setToolTip(
            self.tr(
                "Type what you did and press Enter, e.g. “visit 华星科技”, “phone 3”, "
                "“contract 3.5万 华星科技”, “跟进 华星科技”, “签约 3.5万 华星科技”, "
                "“yesterday visit 华星科技: demo booked”. Ctrl+Z undoes it."
            )
        )
        self.edit.setMinimumWidth(260)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(520)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.edit.setCompleter(completer)
        self._asked = ""  # the line the bar last asked about (see on_submit)
        self.edit.returnPressed.connect(self.on_submit)
        self.edit.textEdited.connect(self.on_text_edited)

    def on_text_edited(self, _text: str) -> None:
        if self.edit.styleSheet():
            self.edit.setStyleSheet("")

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def on_submit(self) -> str | None:
        """Parse and log the line; returns the confirmation (None on a problem)."""
        text = self.edit.text().strip()
        if not text:
            return None
        from salesplanner.domain.quick_entry import (  # not needed to start
            QuickEntryError,
            QuickEntryQuestion,
            parse,
            parse_deal,
        )

        try:
            deal = parse_deal(text, clock.today())
            if deal is not None:  # 商机 / 推进 / 赢单 / 输单
                return self._submit_deal(text, deal)
            # the same line again after the bar asked about it: take it as the bar said
            entry = parse(text, clock.today(), confirmed=text == self._asked)
        except QuickEntryQuestion as exc:
            self._asked = text  # input kept; Enter again confirms
            self.failed.emit(
                self.tr(
                    "Is “{name}” the customer’s name? It is not a count (a count is a "
                    "whole number from 1). Press Enter again to log it with that name, or "
                    "change the line."
                ).format(name=exc.name)
            )
            return None
        except QuickEntryError as exc:
            from salesplanner.ui.week.texts import quick_entry_error

            self.edit.setStyleSheet(_ERROR_STYLE)
            self.failed.emit(quick_entry_error(exc))
            return None
        self._asked = ""
        command = LogCommand(self.ctx, entry, text=self.tr("Log “{text}”").format(text=text))
        if not push_edit(self.ctx, command, self.failed.emit):
            self.edit.setStyleSheet(_ERROR_STYLE)
            return None
        self.edit.clear()
        self.edit.setStyleSheet("")
        message = self.tr("Logged {count} × {activity}").format(
            count=entry.count, activity=activity_label(entry.code)
        )
        if entry.code == CONTRACT and entry.amount is not None:
            from salesplanner.domain.money import to_fen
            from salesplanner.ui.format import format_amount

            message += " · " + format_amount(to_fen(entry.amount))
        if command.logged is not None and command.logged.customer_name:
            message += " · " + command.logged.customer_name
            if command.logged.new_customer:
                message += " " + self.tr("(new customer)")
        if entry.date != clock.today():
            from salesplanner.ui.format import format_month_day

            message += " · " + format_month_day(entry.date)
        self.logged.emit(message)
        self._remember(text)
        return message

    def _submit_deal(self, text: str, deal) -> str | None:
        """A line about a deal in flight: one undoable pipeline edit."""
        from salesplanner.domain.money import to_fen
        from salesplanner.ui.format import format_amount
        from salesplanner.ui.labels import stage_label
        from salesplanner.ui.pipeline.commands import entry_command

        command = entry_command(self.ctx, deal, self.tr("“{text}”").format(text=text))
        if not push_edit(self.ctx, command, self.failed.emit):
            self.edit.setStyleSheet(_ERROR_STYLE)
            return None
        self.edit.clear()
        self.edit.setStyleSheet("")
        from salesplanner.store.opportunities import get

        opp = get(self.ctx.store, command.edit.opportunity_id) if command.edit else None
        if opp is None:
            return None
        amount = format_amount(to_fen(opp.amount))
        message = {
            "add": self.tr("New deal · {customer} · {amount} · {stage}"),
            "move": self.tr("Deal moved · {customer} · {stage}"),
            "win": self.tr("Deal won · {customer} · {amount}"),
            "lose": self.tr("Deal lost · {customer}"),
        }[deal.action].format(
            customer=opp.customer_name, amount=amount, stage=stage_label(opp.stage)
        )
        self.logged.emit(message)
        self._remember(text)
        return message

    def _remember(self, text: str) -> None:
        items = [text] + [s for s in self._completions.stringList() if s != text]
        self._completions.setStringList(items[:30])


def install_quick_entry(window) -> QuickEntryBar:
    """Put the bar at the right of the main window's toolbar; Ctrl+L focuses it."""
    bar = QuickEntryBar(window.ctx, window)
    toolbar = window.toolbar
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(bar)
    action = QAction(QCoreApplication.translate("QuickEntryBar", "Log an activity…"), window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(bar.focus)
    window.addAction(action)
    bar.focus_action = action
    status = window.statusBar()
    bar.logged.connect(lambda m: status.showMessage(m, 6000))
    bar.failed.connect(lambda m: status.showMessage(m, 8000))
    return bar
