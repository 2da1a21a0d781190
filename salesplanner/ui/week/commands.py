"""Undoable week-calendar edits: each calls :mod:`salesplanner.services.week` to do and undo and
announces the result with ``ctx.notify(changes)``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from salesplanner.domain.records import TimeBlock
from salesplanner.services import week as svc
from salesplanner.store import blocks as block_repo

if TYPE_CHECKING:
    from salesplanner.domain.quick_entry import QuickEntry
    from salesplanner.domain.templates import TemplateBlock


def _t(text: str) -> str:
    return QCoreApplication.translate("week", text)


class CreateBlocksCommand(QUndoCommand):
    """New blocks (drag on empty space, paste, a dialog); redo re-creates the same ids."""

    def __init__(self, ctx, blocks: list[TimeBlock], text: str | None = None):
        super().__init__(text or _t("New time block"))
        self.ctx = ctx
        self.blocks = list(blocks)
        self.ids: list[int] | None = None
        self.made: list[int] = []

    def redo(self) -> None:
        blocks = self.blocks
        if self.ids is not None:
            blocks = [replace(b, id=i) for b, i in zip(self.blocks, self.ids, strict=True)]
        result = svc.create_blocks(self.ctx.store, blocks)
        self.ids, self.made = result.ids, result.new_customers
        self.ctx.notify(result.changes)

    def undo(self) -> None:
        result = svc.delete_blocks(self.ctx.store, self.ids or [], self.made)
        self.ctx.notify(result.changes)


class UpdateBlocksCommand(QUndoCommand):
    """Move, resize or edit blocks: the versions before and after."""

    def __init__(self, ctx, before: list[TimeBlock], after: list[TimeBlock], text: str):
        super().__init__(text)
        self.ctx = ctx
        self.before, self.after = list(before), list(after)
        self.made: list[int] = []

    def redo(self) -> None:
        self.made, changes = svc.update_blocks(self.ctx.store, self.after)
        self.ctx.notify(changes)

    def undo(self) -> None:
        _made, changes = svc.update_blocks(self.ctx.store, self.before, self.made)
        self.ctx.notify(changes)


class DeleteBlocksCommand(QUndoCommand):
    def __init__(self, ctx, ids: list[int], text: str | None = None):
        super().__init__(text or _t("Delete time block"))
        self.ctx = ctx
        self.ids = list(ids)
        self.deleted: svc.BlocksDeleted | None = None

    def redo(self) -> None:
        self.deleted = svc.delete_blocks(self.ctx.store, self.ids)
        self.ctx.notify(self.deleted.changes)

    def undo(self) -> None:
        if self.deleted is not None:
            self.ctx.notify(svc.restore_blocks(self.ctx.store, self.deleted))


class FillWeekCommand(QUndoCommand):
    """Apply a template or copy last week: ``make()`` runs the service the first time."""

    def __init__(self, ctx, make: Callable[[], svc.BlocksCreated], text: str):
        super().__init__(text)
        self.ctx = ctx
        self.make = make
        self.created: list[TimeBlock] | None = None
        self.made: list[int] = []
        self.count = 0

    def redo(self) -> None:
        if self.created is None:
            result = self.make()
            found = [block_repo.get_block(self.ctx.store, i) for i in result.ids]
            self.created = [b for b in found if b is not None]
            self.made = result.new_customers
        else:
            result = svc.create_blocks(self.ctx.store, self.created)
            self.made = result.new_customers
        self.count = len(self.created)
        self.ctx.notify(result.changes)

    def undo(self) -> None:
        ids = [b.id for b in self.created or [] if b.id is not None]
        result = svc.delete_blocks(self.ctx.store, ids, self.made)
        self.ctx.notify(result.changes)


class SaveTemplateCommand(QUndoCommand):
    def __init__(self, ctx, name: str, monday):
        super().__init__(_t("Save week as template"))
        self.ctx, self.name, self.monday = ctx, name, monday
        self.previous: list[TemplateBlock] | None = None

    def redo(self) -> None:
        self.previous, changes = svc.save_template(self.ctx.store, self.name, self.monday)
        self.ctx.notify(changes)

    def undo(self) -> None:
        self.ctx.notify(svc.restore_template(self.ctx.store, self.name, self.previous))


class LogCommand(QUndoCommand):
    """Log what was done (quick entry, or marking a block done)."""

    def __init__(
        self, ctx, entry: QuickEntry, block_id: int | None = None, text: str | None = None
    ):
        super().__init__(text or _t("Log activity"))
        self.ctx = ctx
        self.entry = entry
        self.block_id = block_id
        self.logged: svc.Logged | None = None

    def redo(self) -> None:
        self.logged = svc.log_entry(self.ctx.store, self.entry, self.block_id)
        self.ctx.notify(self.logged.changes)

    def undo(self) -> None:
        if self.logged is not None:
            self.ctx.notify(svc.unlog(self.ctx.store, self.logged))


class ReminderCommand(QUndoCommand):
    """Snooze or complete a reminder (``after`` refreshes the reminder list)."""

    def __init__(
        self, ctx, key: str, text: str, after: Callable[[], None], snoozed_until=None, done_at=None
    ):
        super().__init__(text)
        self.ctx, self.key, self.after = ctx, key, after
        self.snoozed_until, self.done_at = snoozed_until, done_at
        self.previous: svc.ReminderState = None

    def redo(self) -> None:
        self.previous = svc.set_reminder_state(
            self.ctx.store, self.key, self.snoozed_until, self.done_at
        )
        self.after()

    def undo(self) -> None:
        svc.restore_reminder_state(self.ctx.store, self.key, self.previous)
        self.after()
