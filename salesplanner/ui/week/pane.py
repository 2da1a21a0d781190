"""The Week pane (METHOD.md 3.3 weekly timetable, traps 4.2-4.3): plan the week in time blocks,
log what actually happened, see the week's targets against plan and log, and the reminders.

Layout: a navigation bar (previous / today / next / a date / templates / export), the calendar
(:class:`CalendarView`, one painted widget) and a side panel (capacity, reminders). Every edit
is an undoable command (:mod:`salesplanner.ui.week.commands`) written to the database at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.calendar import week_start
from salesplanner.domain.records import VISIT, TimeBlock
from salesplanner.domain.week import clamp_block
from salesplanner.errors import UserError
from salesplanner.services import reminders as reminders_svc
from salesplanner.services import settings as settings_svc
from salesplanner.services import week as svc
from salesplanner.ui.context import AppContext
from salesplanner.ui.date_box import date_box
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.labels import activity_label
from salesplanner.ui.week import clock
from salesplanner.ui.week.calendar_view import CalendarView
from salesplanner.ui.week.capacity_view import CapacityView
from salesplanner.ui.week.chase_panel import ChasePanel
from salesplanner.ui.week.commands import (
    CreateBlocksCommand,
    DeleteBlocksCommand,
    FillWeekCommand,
    LogCommand,
    PlanDealCommand,
    ReminderCommand,
    SaveTemplateCommand,
    UpdateBlocksCommand,
)
from salesplanner.ui.week.reminders_panel import (
    RemindersPanel,
    TrayNotifier,
    snooze_time,
)


def holiday_language() -> str:
    from salesplanner.ui.i18n import current_language

    return "zh_CN" if current_language() == "zh_CN" else "en_US"


# More rows than the side panel shows at start-up (a wrapped row is ≥ 2 lines): making the
# list's 150 rows of the large demo plan, and laying them out, took ≈ 9 ms of the start-up.
REMINDER_ROWS_BEFORE_PAINT = 25
_FILL_MODULES = ("salesplanner.services.progress", "salesplanner.services.pipeline")


def _import_fill_modules() -> bool:
    for name in _FILL_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the fill imports it again and shows what is wrong
            return False
    return True


class _Fill:
    """The sales line's numbers and the deals to chase, read on a thread of their own (on a
    connection of its own to the plan file) while the window answers: ≈ 60 ms on the large
    demo plan, which the UI thread then only shows."""

    def __init__(self, pane: WeekPane):
        self.stamp = pane._fill_stamp()
        self.store = pane.ctx.store  # (its file is opened again on the thread)
        self.numbers: dict | None = None
        self.deals: list | None = None
        self.thread = threading.Thread(target=self._run, name="week-fill", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        if not _import_fill_modules() or self.store.path is None:
            return  # (an in-memory plan has no second connection: the UI thread reads it)
        from salesplanner.services import pipeline
        from salesplanner.services import progress as progress_svc
        from salesplanner.ui.tasks import own_connection

        monday, settings, today = self.stamp[1:4]
        try:
            with own_connection(self.store) as own:
                self.numbers = progress_svc.week_numbers(own, monday, settings)
                self.deals = pipeline.deals_to_chase(own, today, settings.stale_days)
        except Exception:  # noqa: BLE001 - the UI thread reads them again and shows why
            self.numbers = self.deals = None


class _FirstPaint(QObject):
    """Watches the pane until its first paint, then fills the sales line right after it."""

    def __init__(self, pane: WeekPane):
        super().__init__(pane)
        self.pane = pane
        pane.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.pane._first_paint is self:
            self.pane.removeEventFilter(self)
            self.pane._first_paint = None
            # a moment after it: the window is on screen and the event loop idle again
            self.pane._sales_timer.start()
        return False


class WeekPane(QWidget):
    customer_requested = Signal(int)  # a block's or a reminder's customer: open its card

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings_svc.load(ctx.store)
        self.monday = week_start(clock.today())
        self.last_template_message = ""  # what the last template application said
        self.colors = self._load_colors()
        self.clipboard: list[TimeBlock] = []
        self.last_code = VISIT
        self.data: svc.WeekData | None = None
        # until the pane first paints, the sales line waits (see reload_sales)
        self._first_paint: _FirstPaint | None = _FirstPaint(self)
        # owned by the pane, so it dies with it and is stopped when the window closes
        self._sales_timer = QTimer(self)
        self._sales_timer.setSingleShot(True)
        self._sales_timer.setInterval(20)
        self._sales_timer.timeout.connect(self._fill_after_paint)
        self._fill: _Fill | None = None
        self._edits = 0  # changes since the pane was made (a fill read before one is stale)
        self._build()
        self._connect_signals()
        self.reload()
        # the first paint shows the top of the reminder list: its other rows come after it
        self.reload_reminders(rows=REMINDER_ROWS_BEFORE_PAINT)
        self.notifier = TrayNotifier(lambda: (self.reminders.reminders, clock.today()), self)
        self.notifier.start()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.on_clock)  # ticks while the pane is shown

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous week (Page Up)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next week (Page Down)"))
        self.date_edit = date_box()
        self.date_edit.setToolTip(self.tr("Jump to a date"))
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.title.setStyleSheet(
            "#weekTitle { font-size: 15px; font-weight: bold; margin-left: 8px; }"
        )
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("Templates"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(
            self.tr("Save the week's plan for a phone or Outlook calendar")
        )
        self.weekend_button = QToolButton()
        self.weekend_button.setText(self.tr("Fold weekend"))
        self.weekend_button.setCheckable(True)
        self.weekend_button.setChecked(self.settings.fold_weekend)
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(w)
        bar.addWidget(self.title, 1)
        for w in (self.weekend_button, self.template_button, self.export_button):
            bar.addWidget(w)
        layout.addLayout(bar)

        body = QHBoxLayout()
        body.setSpacing(8)
        self.calendar = CalendarView()
        self.calendar.set_colors(self.colors)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.calendar)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        body.addWidget(self.scroll_area, 1)

        side = QWidget()
        side.setObjectName("weekSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        self.capacity = CapacityView()
        side_layout.addWidget(self.capacity)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dde1e6;")
        side_layout.addWidget(line)
        self.chase = ChasePanel()  # filled after the first paint (reload_chase)
        side_layout.addWidget(self.chase, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dde1e6;")
        side_layout.addWidget(line)
        self.reminders = RemindersPanel()
        side_layout.addWidget(self.reminders, 1)
        self.hint = QLabel(
            self.tr("Drag to plan · double-click to edit · Space marks done · Ctrl+L logs anything")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b7785; font-size: 11px; padding: 0 8px;")
        side_layout.addWidget(self.hint)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFixedWidth(max(270, self.fontMetrics().horizontalAdvance("M") * 24))
        body.addWidget(self.side_scroll)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(lambda: self.go(-7))
        self.next_button.clicked.connect(lambda: self.go(7))
        self.today_button.clicked.connect(self.on_today)
        self.date_edit.dateChanged.connect(self.on_date_chosen)
        self.weekend_button.toggled.connect(self.on_fold_weekend)
        self.template_menu.aboutToShow.connect(self.on_template_menu)
        self.export_button.clicked.connect(self.on_export_ics)
        c = self.calendar
        c.empty_hint = self.tr(
            "No plan for this week yet. Drag on the calendar to add a block, "
            "or choose Templates → Apply the method's weekly template."
        )
        c.create_requested.connect(self.on_create_requested)
        c.new_requested.connect(self.on_new_requested)
        c.move_requested.connect(self.on_move_requested)
        c.edit_requested.connect(self.on_edit_requested)
        c.delete_requested.connect(self.on_delete_requested)
        c.copy_requested.connect(self.on_copy_requested)
        c.paste_requested.connect(self.on_paste_requested)
        c.log_requested.connect(self.on_log_requested)
        c.context_requested.connect(self.on_context_requested)
        c.week_step_requested.connect(self.go)
        c.deal_dropped.connect(self.on_deal_dropped)
        self.chase.open_requested.connect(self.on_open_deal)
        self.reminders.done_requested.connect(self.on_reminder_done)
        self.reminders.snooze_requested.connect(self.on_reminder_snooze)
        self.reminders.customer_requested.connect(self.customer_requested)
        self.reminders.greet_requested.connect(self.on_greet)

    def _load_colors(self) -> dict[str, str]:
        return svc.activity_colors(self.ctx.store)

    # -- navigation ----------------------------------------------------------------------
    def go(self, days: int) -> None:
        self.monday += dt.timedelta(days=days)
        self.reload()

    def on_today(self) -> None:
        self.go_to_date(clock.today())

    def go_to_date(self, date: dt.date) -> None:
        self.monday = week_start(date)
        self.reload()
        i = (date - self.monday).days
        self.calendar.cursor_day = i

    def on_date_chosen(self, qdate: QDate) -> None:
        date = dt.date(qdate.year(), qdate.month(), qdate.day())
        if week_start(date) != self.monday:
            self.go_to_date(date)

    def on_fold_weekend(self, checked: bool) -> None:
        self.calendar.fold_weekend = checked
        self.calendar._relayout()
        self.calendar.update()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._clock.isActive():
            self._clock.start()
            if self.data:
                self.on_clock()  # catch up on the minutes (or the day) it was hidden

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # a hidden pane (another tab, a closed window) has no clock to paint; nor does it
        # reload from a plan file that may be closed by then
        self._clock.stop()
        super().hideEvent(event)

    def on_clock(self) -> None:
        if self.data and any(d.today for d in self.data.days) != (
            self.monday <= clock.today() < self.monday + dt.timedelta(days=7)
        ):
            self.reload()
            self.reload_reminders()
            if self._first_paint is None:
                self.reload_chase()
        self.calendar.now = clock.now()
        self.calendar.update()

    # -- data ----------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        self._edits += 1
        if changes.plan_file:
            self.settings = settings_svc.load(self.ctx.store)
            self.colors = self._load_colors()
            self.calendar.set_colors(self.colors)
        if changes.week:
            self.reload()
        if changes.reminder_list:
            self.reload_reminders()
        if self._first_paint is None and changes.chase_list:
            self.reload_chase()

    def reload(self) -> None:
        s = self.settings
        self.data = data = svc.load_week(
            self.ctx.store, self.monday, s, clock.today(), holiday_language()
        )
        self.calendar.set_week(
            data.days,
            data.blocks,
            work_start=s.work_start_min,
            work_end=s.work_end_min,
            fold_weekend=self.weekend_button.isChecked(),
            now=clock.now(),
            log=data.log,
        )
        self.capacity.set_capacity(data.capacity, self.colors)
        if self._first_paint is None:
            self.reload_sales()
        self._update_title()

    def _fill_after_paint(self) -> None:
        """The rest of the reminder list, the sales line and the deals to chase, once the
        first paint is on screen. Their modules (services.progress and services.pipeline and
        the domain under them, ≈ 60 ms) are imported on a thread first, so the window keeps
        answering meanwhile; until that is done the timer looks again every 20 ms."""
        self.reminders.add_remaining_rows()
        if self._fill is None:
            self._fill = _Fill(self)
        if self._fill.thread.is_alive():
            self._sales_timer.start()
            return
        fill = self._fill
        if fill.stamp != self._fill_stamp() or getattr(self.ctx.store, "closed", False):
            fill.numbers = fill.deals = None  # read before a change: read again, here
        self.reload_sales(fill.numbers)
        self.reload_chase(fill.deals)

    def _fill_stamp(self) -> tuple:
        """What the after-paint fill was read for: the plan, week, settings and day, and the
        number of changes refreshed (an edit meanwhile)."""
        return (id(self.ctx.store), self.monday, self.settings, clock.today(), self._edits)

    def reload_sales(self, numbers: dict | None = None) -> None:
        """The week's sales won against its target (``numbers``: read already, on the fill's
        thread). Before the pane's first paint this waits for it: the target needs the goal's
        whole progress model (services.progress and the domain under it, ≈ 30 ms of imports
        and work), which the first paint does not need."""
        from salesplanner.services import progress as progress_svc

        if getattr(self.ctx.store, "closed", False):  # the plan was closed meanwhile
            return
        if numbers is None:
            numbers = progress_svc.week_numbers(self.ctx.store, self.monday, self.settings)
        self.capacity.set_sales(numbers["sales_fen"], numbers.get("target_fen"), self.settings)

    def reload_chase(self, deals: list | None = None) -> None:
        """This week's deals to chase, computed in services.pipeline (``deals``: read already,
        on the fill's thread); like the sales line it waits for the first paint (the pipeline
        is not needed to paint the week)."""
        from salesplanner.services import pipeline

        if getattr(self.ctx.store, "closed", False):  # the plan was closed meanwhile
            return
        today = clock.today()
        if deals is None:
            deals = pipeline.deals_to_chase(self.ctx.store, today, self.settings.stale_days)
        self.chase.set_deals(deals, self.settings, today)

    def _update_title(self) -> None:
        from salesplanner.ui.format import format_month_day

        year, week, _ = self.monday.isocalendar()
        sunday = self.monday + dt.timedelta(days=6)
        self.title.setText(
            self.tr("Week {week} · {start} – {end}, {year}").format(
                week=week,
                start=format_month_day(self.monday),
                end=format_month_day(sunday),
                year=year,
            )
        )
        self.date_edit.blockSignals(True)
        shown = self.monday + dt.timedelta(days=min(6, max(0, self.calendar.cursor_day)))
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_edit.blockSignals(False)

    def reload_reminders(self, rows: int | None = None) -> None:
        """The reminders due now; ``rows``: how many of them the list shows at once (the rest
        wait for :meth:`RemindersPanel.add_remaining_rows`), None for all."""
        reminders = reminders_svc.due(self.ctx.store, clock.now(), holiday_language())
        self.reminders.set_reminders(reminders, clock.today(), rows=rows)

    def _status(self, text: str) -> None:
        self.ctx.say(text)

    def _push(self, command) -> bool:
        return push_edit(self.ctx, command, warn(self, self.tr("Week")))

    def _customers(self) -> list[str]:
        return svc.customer_names(self.ctx.store)

    def _people(self):
        from salesplanner.services.customers import people

        return people(self.ctx.store)

    # -- block edits ---------------------------------------------------------------------
    def on_create_requested(self, date: dt.date, start: int, end: int) -> None:
        block = TimeBlock(None, date, start, end, self.last_code)
        command = CreateBlocksCommand(self.ctx, [block])
        self._push(command)
        if command.ids:
            self.calendar.select(command.ids[0])

    def on_new_requested(self, date: dt.date, start: int, end: int) -> None:
        from salesplanner.ui.week.dialogs import BlockDialog

        draft = TimeBlock(None, date, start, end, self.last_code)
        edit = BlockDialog.ask(self, draft, self._customers(), self.colors, self._people())
        if edit is None:
            return
        block = self._apply_edit(draft, edit)
        self.last_code = block.code
        command = CreateBlocksCommand(self.ctx, [block])
        self._push(command)
        if command.ids:
            self.calendar.select(command.ids[0])

    def _apply_edit(self, block: TimeBlock, edit) -> TimeBlock:
        customer_id = block.customer_id
        if edit.customer_name != block.customer_name:
            customer_id = None  # the service finds or adds the customer by name
        return replace(
            block,
            code=edit.code,
            customer_id=customer_id,
            customer_name=edit.customer_name,
            contact_id=edit.contact_id,
            note=edit.note,
            planned_count=edit.planned_count,
            start_min=edit.start_min,
            end_min=edit.end_min,
        )

    def on_move_requested(self, block_id: int, date: dt.date, start: int, end: int) -> None:
        before = self.calendar.block(block_id)
        if before is None:
            return
        after = replace(before, date=date, start_min=start, end_min=end)
        text = (
            self.tr("Resize time block")
            if before.date == date and before.minutes != end - start
            else self.tr("Move time block")
        )
        self._push(UpdateBlocksCommand(self.ctx, [before], [after], text))
        self.calendar.select(block_id)

    def on_edit_requested(self, block_id: int) -> None:
        from salesplanner.ui.week.dialogs import BlockDialog

        before = self.calendar.block(block_id)
        if before is None:
            return
        edit = BlockDialog.ask(self, before, self._customers(), self.colors, self._people())
        if edit is None:
            return
        after = self._apply_edit(before, edit)
        self.last_code = after.code
        if after != before:
            self._push(UpdateBlocksCommand(self.ctx, [before], [after], self.tr("Edit time block")))

    def on_delete_requested(self, block_id: int) -> None:
        if self.calendar.block(block_id) is not None:
            self._push(DeleteBlocksCommand(self.ctx, [block_id]))

    def on_copy_requested(self, block_id: int) -> None:
        block = self.calendar.block(block_id)
        if block is not None:
            self.clipboard = [block]
            self._status(
                self.tr("Copied {activity}; Ctrl+V pastes it at the cursor.").format(
                    activity=activity_label(block.code)
                )
            )

    def on_paste_requested(self, date: dt.date, minute: int) -> None:
        if not self.clipboard:
            return
        source = self.clipboard[0]
        start, end = clamp_block(minute, minute + source.minutes, source.minutes)
        block = replace(source, id=None, date=date, start_min=start, end_min=end, done=False)
        command = CreateBlocksCommand(self.ctx, [block], self.tr("Paste time block"))
        self._push(command)
        if command.ids:
            self.calendar.select(command.ids[0])

    def on_log_requested(self, block_id: int) -> None:
        from salesplanner.ui.week.dialogs import LogDialog

        block = self.calendar.block(block_id)
        if block is None:
            return
        entry = LogDialog.ask(
            self,
            block,
            self._customers(),
            clock.today(),
            self.settings.currency_unit,
            self.colors,
            self._people(),
        )
        if entry is None:
            return
        if not self._push(LogCommand(self.ctx, entry, block_id, self.tr("Mark block done"))):
            return
        message = self.tr("Logged {count} × {activity}.").format(
            count=entry.count, activity=activity_label(entry.code)
        )
        if entry.next_follow_up is not None and entry.customer:
            from salesplanner.ui.format import format_month_day

            message += " " + self.tr("Next follow-up with {customer}: {date}.").format(
                customer=entry.customer, date=format_month_day(entry.next_follow_up)
            )
        self._status(message)

    def on_context_requested(self, block_id, date: dt.date, minute: int, global_pos) -> None:
        menu = QMenu(self)
        if block_id is not None:
            menu.addAction(self.tr("Edit…"), lambda: self.on_edit_requested(block_id))
            menu.addAction(self.tr("Mark done…"), lambda: self.on_log_requested(block_id))
            menu.addAction(self.tr("Copy"), lambda: self.on_copy_requested(block_id))
            block = self.calendar.block(block_id)
            if block is not None and block.customer_id is not None:
                customer_id = block.customer_id
                menu.addAction(
                    self.tr("Open customer card"), lambda: self.customer_requested.emit(customer_id)
                )
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: self.on_delete_requested(block_id))
        else:
            menu.addAction(
                self.tr("New block here…"),
                lambda: self.on_new_requested(date, *clamp_block(minute, minute + 60)),
            )
            paste = menu.addAction(self.tr("Paste"), lambda: self.on_paste_requested(date, minute))
            paste.setEnabled(bool(self.clipboard))
        menu.exec(global_pos)

    # -- deals to chase ------------------------------------------------------------------
    def on_deal_dropped(self, opportunity_id: int, date: dt.date, start: int) -> None:
        """A deal dragged from the list onto the calendar: a block for it, one undoable edit."""
        command = PlanDealCommand(self.ctx, opportunity_id, date, start)
        if not self._push(command):
            return
        if command.ids:
            self.calendar.select(command.ids[0])
        block = command.blocks[0]
        from salesplanner.ui.format import format_month_day

        self._status(
            self.tr("Planned {start} on {date} for {customer}.").format(
                start=f"{block.start_min // 60:02d}:{block.start_min % 60:02d}",
                date=format_month_day(block.date),
                customer=block.customer_name or block.note,
            )
        )

    def on_open_deal(self, opportunity_id: int) -> None:
        """The deal in the Pipeline pane's editor; a change is one undoable edit."""
        from salesplanner.services import pipeline as pipeline_svc
        from salesplanner.ui.pipeline import commands as pipeline_commands
        from salesplanner.ui.pipeline.dialogs import DealDialog

        current = pipeline_svc.deal(self.ctx.store, opportunity_id)
        if current is None:
            return
        today = clock.today()
        stages = pipeline_svc.stages(self.ctx.store)
        opp = DealDialog.ask(self, current, stages, self._customers(), today, self._people())
        if opp is not None and opp != current:
            self._push(pipeline_commands.edit_command(self.ctx, opp, today))

    # -- templates -----------------------------------------------------------------------
    def on_template_menu(self) -> None:
        m = self.template_menu
        m.clear()
        m.addAction(
            self.tr("Apply the method's weekly template"),
            lambda: self.apply_template(svc.METHOD_TEMPLATE),
        )
        names = svc.template_names(self.ctx.store)
        if names:
            sub = m.addMenu(self.tr("Apply my template"))
            for name in names:
                sub.addAction(name, functools.partial(self.apply_template, name))
        m.addAction(self.tr("Copy last week"), self.copy_last_week)
        m.addSeparator()
        m.addAction(self.tr("Save this week as a template…"), self.save_template)

    def apply_template(self, name: str = svc.METHOD_TEMPLATE) -> int:
        """Apply a template from today on, its blocks sized to the week's targets; the status
        line says what was added and what does not fit."""
        monday, today = self.monday, clock.today()
        from salesplanner.services import progress as progress_svc

        targets = progress_svc.week_numbers(self.ctx.store, monday, self.settings).get(
            "targets", {}
        )
        results: list[svc.BlocksCreated] = []

        def make() -> svc.BlocksCreated:
            made = svc.apply_template(self.ctx.store, monday, None, name, today, targets)
            results.append(made)
            return made

        command = FillWeekCommand(self.ctx, make, self.tr("Apply week template"))
        if not self._push(command):
            return 0
        message = self.tr(
            "Added %n block(s) from the template (past days, holidays and planned slots skipped).",
            "",
            command.count,
        )
        short = results[-1].short if results else {}
        if short:
            message += " " + self.tr("Does not fit in the template's hours: {items}.").format(
                items=self.tr(", ").join(
                    f"{activity_label(code)} × {n}" for code, n in sorted(short.items())
                )
            )
        learning_short = results[-1].learning_short_min if results else 0
        if learning_short:
            message += " " + self.tr(
                "Learning is {minutes} min short of its share of the week: no free hours left."
            ).format(minutes=learning_short)
        self.last_template_message = message
        self._status(message)
        return command.count

    def copy_last_week(self) -> int:
        monday = self.monday
        command = FillWeekCommand(
            self.ctx,
            lambda: svc.copy_week(self.ctx.store, monday - dt.timedelta(days=7), monday),
            self.tr("Copy last week"),
        )
        if not self._push(command):
            return 0
        self._status(self.tr("Copied {n} blocks from last week.").format(n=command.count))
        return command.count

    def save_template(self) -> None:
        from salesplanner.ui.week.dialogs import TemplateNameDialog

        name = TemplateNameDialog.ask(self, svc.template_names(self.ctx.store))
        if name and self._push(SaveTemplateCommand(self.ctx, name, self.monday)):
            self._status(self.tr("Saved the week as template “{name}”.").format(name=name))

    # -- export --------------------------------------------------------------------------
    def ask_ics_path(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export week to calendar"),
            str(suggested),
            self.tr("iCalendar file (*.ics)"),
        )
        return Path(path) if path else None

    def on_export_ics(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from salesplanner.domain.week import iso_week_label
        from salesplanner.io.ics import write_week_ics

        target = self.ask_ics_path(Path.home() / f"week-{iso_week_label(self.monday)}.ics")
        if target is None:
            return
        names = {code: activity_label(code) for code in self.colors}
        try:
            n = write_week_ics(self.ctx.store, self.monday, target, names)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        self._status(self.tr("Saved {n} events to {path}").format(n=n, path=target))

    # -- reminders -----------------------------------------------------------------------
    def on_reminder_done(self, key: str) -> None:
        self._push(ReminderCommand(self.ctx, key, self.tr("Reminder done"), done_at=clock.now()))

    def on_greet(self, key: str) -> None:
        """A birthday's or holiday's greeting: written, copied, and logged when sent."""
        from salesplanner.ui.week.commands import SendGreetingCommand
        from salesplanner.ui.week.greeting_dialog import GreetingDialog, sent_outcome, templates_of

        reminder = next((r for r in self.reminders.reminders if r.key == key), None)
        if reminder is None:
            return
        person = reminder.name or reminders_svc.greeting_person(
            self.ctx.store, reminder.customer_id
        )
        answer = GreetingDialog.ask(
            self, reminder, person, self._customers(), templates_of(self.settings, reminder.kind)
        )
        if answer is None:
            return
        customer, _text = answer
        birthday = reminder.kind == "birthday"
        command = SendGreetingCommand(
            self.ctx,
            customer,
            clock.today(),
            sent_outcome(reminder),
            key if birthday else None,
            clock.now() if birthday else None,
            self.tr("Greeting sent"),
        )
        if self._push(command):
            self._status(
                self.tr("Greeting to {customer} logged.").format(customer=customer)
                if customer
                else self.tr("Greeting logged.")
            )

    def on_reminder_snooze(self, key: str, option: str) -> None:
        self._push(
            ReminderCommand(
                self.ctx,
                key,
                self.tr("Snooze reminder"),
                snoozed_until=snooze_time(clock.now(), option),
            )
        )

    def on_window_closing(self) -> None:
        self.notifier.stop()
        self._sales_timer.stop()
