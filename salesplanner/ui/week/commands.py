"""Undoable week-calendar edits: each is an :class:`~salesplanner.ui.edits.Edit` calling
:mod:`salesplanner.services.week` to do and undo; push them with ``push_edit``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.records import TimeBlock
from salesplanner.services import week as svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit

if TYPE_CHECKING:
    from salesplanner.domain.quick_entry import QuickEntry
    from salesplanner.domain.templates import TemplateBlock
    from salesplanner.services.greetings import GreetingSent


def _t(text: str) -> str:
    return QCoreApplication.translate("week", text)


class CreateBlocksCommand(Edit):
    """New blocks (drag on empty space, paste, a dialog); redo re-creates the same ids."""

    def __init__(self, ctx: AppContext, blocks: list[TimeBlock], text: str | None = None):
        super().__init__(ctx, text or _t("New time block"))
        self.blocks = list(blocks)
        self.ids: list[int] | None = None
        self.made: list[int] = []

    def do(self) -> Changes:
        blocks = self.blocks
        if self.ids is not None:
            blocks = [replace(b, id=i) for b, i in zip(self.blocks, self.ids, strict=True)]
        result = svc.create_blocks(self.ctx.store, blocks)
        self.ids, self.made = result.ids, result.new_customers
        return result.changes

    def undo_edit(self) -> Changes:
        return svc.delete_blocks(self.ctx.store, self.ids or [], self.made).changes


class PlanDealCommand(CreateBlocksCommand):
    """A block for a deal to chase, dropped on the calendar: for the deal and its customer
    (``services.pipeline.chase_block``); redo re-creates the same block."""

    def __init__(self, ctx: AppContext, opportunity_id: int, date, start_min: int):
        super().__init__(ctx, [], _t("Plan time for a deal"))
        self.where = (opportunity_id, date, start_min)

    def do(self) -> Changes:
        if not self.blocks:
            from salesplanner.services import pipeline

            self.blocks = [pipeline.chase_block(self.ctx.store, *self.where)]
        return super().do()


class UpdateBlocksCommand(Edit):
    """Move, resize or edit blocks: the versions before and after."""

    def __init__(self, ctx: AppContext, before: list[TimeBlock], after: list[TimeBlock], text: str):
        super().__init__(ctx, text)
        self.before, self.after = list(before), list(after)
        self.made: list[int] = []

    def do(self) -> Changes:
        updated = svc.update_blocks(self.ctx.store, self.after)
        self.made = updated.new_customers
        return updated.changes

    def undo_edit(self) -> Changes:
        return svc.update_blocks(self.ctx.store, self.before, self.made).changes


class DeleteBlocksCommand(Edit):
    def __init__(self, ctx: AppContext, ids: list[int], text: str | None = None):
        super().__init__(ctx, text or _t("Delete time block"))
        self.ids = list(ids)
        self.deleted: svc.BlocksDeleted | None = None

    def do(self) -> Changes:
        self.deleted = svc.delete_blocks(self.ctx.store, self.ids)
        return self.deleted.changes

    def undo_edit(self) -> Changes:
        assert self.deleted is not None  # undo follows a do that worked
        return svc.restore_blocks(self.ctx.store, self.deleted)


class FillWeekCommand(Edit):
    """Apply a template or copy last week: ``make()`` is the service call; redo re-creates."""

    def __init__(self, ctx: AppContext, make: Callable[[], svc.BlocksCreated], text: str):
        super().__init__(ctx, text)
        self.make = make
        self.created: list[TimeBlock] = []
        self.made: list[int] = []
        self.count = 0

    def do(self) -> Changes:
        result = self.make()
        self.created = svc.blocks_by_id(self.ctx.store, result.ids)
        self.made = result.new_customers
        self.count = len(self.created)
        return result.changes

    def redo_edit(self) -> Changes:
        result = svc.create_blocks(self.ctx.store, self.created)
        self.made = result.new_customers
        return result.changes

    def undo_edit(self) -> Changes:
        ids = [b.id for b in self.created if b.id is not None]
        return svc.delete_blocks(self.ctx.store, ids, self.made).changes


class SaveTemplateCommand(Edit):
    def __init__(self, ctx: AppContext, name: str, monday):
        super().__init__(ctx, _t("Save week as template"))
        self.name, self.monday = name, monday
        self.previous: list[TemplateBlock] | None = None

    def do(self) -> Changes:
        saved = svc.save_template(self.ctx.store, self.name, self.monday)
        self.previous = saved.previous
        return saved.changes

    def undo_edit(self) -> Changes:
        return svc.restore_template(self.ctx.store, self.name, self.previous)


class LogCommand(Edit):
    """Log what was done (quick entry, or marking a block done)."""

    def __init__(
        self, ctx, entry: QuickEntry, block_id: int | None = None, text: str | None = None
    ):
        super().__init__(ctx, text or _t("Log activity"))
        self.entry = entry
        self.block_id = block_id
        self.logged: svc.Logged | None = None

    def do(self) -> Changes:
        self.logged = svc.log_entry(self.ctx.store, self.entry, self.block_id)
        return self.logged.changes

    def undo_edit(self) -> Changes:
        assert self.logged is not None  # undo follows a do that worked
        return svc.unlog(self.ctx.store, self.logged)


class ReminderCommand(Edit):
    """Snooze or complete a reminder; the week pane refreshes its list on ``Changes.reminders``."""

    def __init__(self, ctx: AppContext, key: str, text: str, snoozed_until=None, done_at=None):
        super().__init__(ctx, text)
        self.key = key
        self.snoozed_until, self.done_at = snoozed_until, done_at
        self.previous: svc.ReminderState = None

    def do(self) -> Changes:
        self.previous = svc.set_reminder_state(
            self.ctx.store, self.key, self.snoozed_until, self.done_at
        )
        return svc.REMINDERS

    def undo_edit(self) -> Changes:
        return svc.restore_reminder_state(self.ctx.store, self.key, self.previous)


class SendGreetingCommand(Edit):
    """A greeting marked sent: logged as the customer's activity and, for a birthday, its
    reminder closed — one step, undone as one."""

    def __init__(
        self, ctx, customer: str, day, outcome: str, reminder_key=None, done_at=None, text=""
    ):
        super().__init__(ctx, text or _t("Greeting sent"))
        self.args = (customer, day, outcome, reminder_key, done_at)
        self.sent: GreetingSent | None = None

    def do(self) -> Changes:
        from salesplanner.services import greetings

        self.sent = greetings.send_greeting(self.ctx.store, *self.args)
        return self.sent.changes

    def undo_edit(self) -> Changes:
        from salesplanner.services import greetings

        assert self.sent is not None  # undo follows a do that worked
        return greetings.unsend_greeting(self.ctx.store, self.sent)
