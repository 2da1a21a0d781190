"""The quick-entry bar (trap 4.3: log daily activities): a line in the main window's toolbar,
focused with Ctrl+L from anywhere. "visit 华星科技", "contract 3.5万 华星科技", "phone 3",
"跟进 华星科技", "签约 3.5万 华星科技" → an undoable log command; progress updates at once.
Deal lines ("商机 华星科技 12万 方案", "赢单 华星科技 11.5万") are undoable pipeline edits.

The bar knows the customers (issue 13 §4): it completes their names (and contacts') as the rep
types, from a :class:`~salesplanner.domain.customer_index.CustomerIndex` built once and rebuilt
when customers change; a name that matches several customers ("恒通") opens a small chooser
under the line (the line stays as typed); a name that matches none says it will make a new
customer, and when some look alike the chooser offers them instead. "跟进 远航科技 下周二再联系"
logs the note and sets the customer's next follow-up date in the same undoable step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.customer_index import CONTACT
from salesplanner.domain.records import CONTRACT
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import push_edit
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week import clock
from salesplanner.ui.week.commands import LogCommand

if TYPE_CHECKING:
    from salesplanner.domain.quick_entry import DealEntry, QuickEntry

_ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"


_NEW = object()  # the chooser's "new customer" row


class CustomerChooser(QFrame):
    """Which customer the typed name means: a popup under the line with one row per
    candidate (and a "new customer" row when the name may be new). Enter or a click picks."""

    chosen = Signal(object)  # the customer's name, or None for a new customer

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("customerChooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("customerChoices")
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self.on_activated)
        self.list.itemClicked.connect(self.on_activated)

    def ask(self, anchor: QWidget, title: str, names: list[str], new_name: str | None) -> None:
        self.title.setText(title)
        self.list.clear()
        if new_name is not None:
            item = QListWidgetItem(self.tr("New customer “{name}”").format(name=new_name))
            item.setData(Qt.ItemDataRole.UserRole, _NEW)
            self.list.addItem(item)
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = min(self.list.count(), 8)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 6)
        self.setFixedWidth(max(anchor.width(), 240))
        self.adjustSize()
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.list.setFocus()

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def pick(self, row: int) -> None:
        self.on_activated(self.list.item(row))

    def on_activated(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.isVisible():
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        self.hide()
        self.chosen.emit(None if value is _NEW else value)


class QuickEntryBar(QWidget):
    logged = Signal(str)  # the confirmation shown to the rep
    failed = Signal(str)  # the problem, one sentence
    hinted = Signal(str)  # what Enter would do with the line as typed (new customer, which …)
    focus_action: QAction | None = None  # Ctrl+L in the window (set by the main window)

    def __init__(self, ctx: AppContext, parent=None):
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
        self._history: list[str] = []  # lines logged this session, newest first
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(self.edit)
        self.completer.activated[str].connect(self.on_completion)  # type: ignore[index]
        self.chooser = CustomerChooser(self)
        self.chooser.chosen.connect(self.on_chosen)
        self._pending: tuple[str, Any] | None = None  # (line, entry) the chooser is about
        self._index = None  # CustomerIndex, built on first use
        self._asked = ""  # the line the bar last asked about (see on_submit)
        self.edit.returnPressed.connect(self.on_submit)
        self.edit.textEdited.connect(self.on_text_edited)
        ctx.changed.connect(self.on_changed)
        ctx.store_replaced.connect(self.on_store_replaced)

    # -- the customers it knows -------------------------------------------------------------
    def index(self):
        if self._index is None:
            from salesplanner.services.week import customer_index

            self._index = customer_index(self.ctx.store)
        return self._index

    def on_changed(self, changes) -> None:
        if changes.customer_names:
            self._index = None  # a log or an import may have made customers: rebuilt when needed

    def on_store_replaced(self) -> None:
        self._index = None

    # -- typing -----------------------------------------------------------------------------
    def on_text_edited(self, text: str) -> None:
        if self.edit.styleSheet():
            self.edit.setStyleSheet("")
        self.complete(text[: self.edit.cursorPosition()])
        hint = self.hint_for(text)
        if hint:
            self.hinted.emit(hint)

    def completions_for(self, before_cursor: str) -> list[str]:
        """Whole lines to offer: the line with the name being typed completed, then the lines
        logged before that start like it."""
        from salesplanner.domain.quick_entry import fragment_at_end

        head, fragment = fragment_at_end(before_cursor)
        lines = []
        if fragment:
            # a contact completes to "customer person": the line keeps who it was done with
            lines = [
                head + (f"{e.customer} {e.text}" if e.kind == CONTACT else e.customer)
                for e in self.index().complete(fragment, 8)
            ]
            lines = [line for line in dict.fromkeys(lines) if line != before_cursor]
        low = before_cursor.casefold()
        history = [h for h in self._history if h.casefold().startswith(low) and h != before_cursor]
        return lines + history[:3]

    def complete(self, before_cursor: str) -> None:
        lines = self.completions_for(before_cursor) if before_cursor.strip() else []
        self._completions.setStringList(lines)
        popup = self.completer.popup()
        if lines:
            self.completer.setCompletionPrefix(before_cursor)
            self.completer.complete()
        elif popup is not None and popup.isVisible():
            popup.hide()

    def on_completion(self, line: str) -> None:
        rest = self.edit.text()[self.edit.cursorPosition() :]
        self.edit.setText(line + rest)
        self.edit.setCursorPosition(len(line))

    def hint_for(self, text: str) -> str:
        """What Enter would do about the customer and the next follow-up ("" when nothing)."""
        from salesplanner.domain.customer_index import NONE, SEVERAL
        from salesplanner.domain.quick_entry import QuickEntryError, parse, parse_deal

        try:
            entry = parse_deal(text, clock.today()) or parse(
                text, clock.today(), confirmed=True, index=self.index()
            )
        except QuickEntryError:
            return ""
        parts = []
        if entry.customer:
            found = self.index().resolve(entry.customer)
            if found.kind == NONE:
                parts.append(
                    self.tr("“{name}” is not a customer yet: Enter makes a new one").format(
                        name=entry.customer
                    )
                )
            elif found.kind == SEVERAL:
                parts.append(
                    self.tr("“{name}” matches {n} customers: Enter asks which").format(
                        name=entry.customer, n=len(found.matches)
                    )
                )
        follow_up = getattr(entry, "next_follow_up", None)
        if follow_up is not None:
            from salesplanner.ui.format import format_month_day

            parts.append(self.tr("next follow-up {date}").format(date=format_month_day(follow_up)))
        return " · ".join(parts)

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

        self.chooser.hide()
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        entry: DealEntry | QuickEntry | None
        try:
            entry = parse_deal(text, clock.today())
            if entry is None:
                # the same line again after the bar asked about it: take it as the bar said
                entry = parse(
                    text, clock.today(), confirmed=text == self._asked, index=self.index()
                )
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
        return self._resolve_and_log(text, entry)

    def _resolve_and_log(self, text: str, entry) -> str | None:
        """Log ``entry`` for the customer its name means; ask first when it means several, or
        none while some look alike (the chooser answers through :meth:`on_chosen`)."""
        from salesplanner.domain.customer_index import NONE, SEVERAL

        if not entry.customer:
            return self._log(text, entry)
        found = self.index().resolve(entry.customer)
        if found.customer is not None:
            return self._log(text, replace(entry, customer=found.customer))
        if found.kind == SEVERAL:
            title = self.tr("“{name}” matches several customers. Which one?").format(
                name=entry.customer
            )
            names = [e.customer for e in found.matches]
        elif found.kind == NONE and found.similar:
            title = self.tr(
                "“{name}” is not a customer yet. Make a new one, or pick an existing one:"
            ).format(name=entry.customer)
            names = [e.customer for e in found.similar]
        else:
            return self._log(text, entry)
        self._pending = (text, entry)
        self.chooser.ask(self.edit, title, names, entry.customer if found.kind == NONE else None)
        self.hinted.emit(title)
        return None

    def on_chosen(self, name: str | None) -> None:
        """The chooser's answer: log the pending line for that customer (None: a new one)."""
        if self._pending is None:
            return
        text, entry = self._pending
        self._pending = None
        if self.edit.text().strip() != text:
            return  # the line was changed meanwhile: nothing to log
        if name is not None:
            # "拜访 王总" at several customers: once the customer is picked, so is its 王总
            person = entry.contact_id or self.index().person(name, entry.customer)
            entry = replace(entry, customer=name, contact_id=person)
        self._log(text, entry)
        self.edit.setFocus()

    def _log(self, text: str, entry) -> str | None:
        from salesplanner.domain.quick_entry import DealEntry

        if isinstance(entry, DealEntry):  # 商机 / 推进 / 赢单 / 输单
            return self._submit_deal(text, entry)
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
            if command.logged.contact_name:
                message += " " + command.logged.contact_name
            if command.logged.new_customer:
                message += " " + self.tr("(new customer)")
        from salesplanner.ui.format import format_month_day

        if entry.date != clock.today():
            message += " · " + format_month_day(entry.date)
        if command.logged is not None and command.logged.follow_up_set:
            message += " · " + self.tr("next follow-up {date}").format(
                date=format_month_day(entry.next_follow_up)
            )
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
        from salesplanner.services import pipeline as pipeline_svc

        opp = (
            pipeline_svc.deal(self.ctx.store, command.edit.opportunity_id) if command.edit else None
        )
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
        self._history = ([text] + [s for s in self._history if s != text])[:30]
