"""Undoable commands of the Progress and Customers panes; each calls a service to do and undo.

The first ``redo`` (run by ``QUndoStack.push``) reuses the result of the service call the pane
already made, so an expected error surfaces as a message before anything is pushed.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from salesplanner.domain.records import WeeklyReview
from salesplanner.services import goals as goal_service
from salesplanner.services import progress as svc
from salesplanner.services.changes import Changes


class BlockEditCommand(QUndoCommand):
    """A catch-up option or the weekly top-customer visits: blocks added / re-purposed."""

    def __init__(self, ctx, applied: svc.BlockEdit, text: str):
        super().__init__(text)
        self.ctx, self.edit, self._fresh = ctx, applied, True

    @classmethod
    def apply(cls, ctx, edit: svc.BlockEdit, text: str) -> BlockEditCommand:
        applied = svc.apply_block_edit(ctx.store, edit)
        command = cls(ctx, applied, text)
        ctx.undo_stack.push(command)
        return command

    def redo(self) -> None:
        if not self._fresh:
            self.edit = svc.apply_block_edit(self.ctx.store, self.edit)
        self._fresh = False
        self.ctx.notify(svc.BLOCK_CHANGES)

    def undo(self) -> None:
        self.ctx.notify(svc.undo_block_edit(self.ctx.store, self.edit))


class SaveReviewCommand(QUndoCommand):
    def __init__(self, ctx, review: WeeklyReview, text: str):
        super().__init__(text)
        self.ctx, self.review = ctx, review
        self.previous: WeeklyReview | None = None

    def redo(self) -> None:
        self.previous = svc.save_review(self.ctx.store, self.review)
        self.ctx.notify(svc.REVIEW_CHANGES)

    def undo(self) -> None:
        self.ctx.notify(svc.restore_review(self.ctx.store, self.review.week_start, self.previous))


class ReviseTargetCommand(QUndoCommand):
    def __init__(self, ctx, revision: svc.Revision, args: tuple, text: str):
        super().__init__(text)
        self.ctx, self.revision, self.args, self._fresh = ctx, revision, args, True

    @classmethod
    def apply(cls, ctx, goal_id: int, new_fen: int, reason: str, as_of, text: str):
        args = (goal_id, new_fen, reason, as_of)
        command = cls(ctx, svc.revise_target(ctx.store, *args), args, text)
        ctx.undo_stack.push(command)
        return command

    def redo(self) -> None:
        if not self._fresh:
            self.revision = svc.revise_target(self.ctx.store, *self.args)
        self._fresh = False
        self.ctx.notify(self.revision.changes)

    def undo(self) -> None:
        self.ctx.notify(
            goal_service.restore(self.ctx.store, self.revision.goal_id, self.revision.before)
        )


class SetPriorityCommand(QUndoCommand):
    def __init__(self, ctx, flags: dict[int, bool], text: str):
        super().__init__(text)
        self.ctx, self.flags = ctx, dict(flags)
        self.before: dict[int, bool] = {}

    def redo(self) -> None:
        self.before = svc.set_priority(self.ctx.store, self.flags)
        self.ctx.notify(Changes(customers=True))

    def undo(self) -> None:
        svc.set_priority(self.ctx.store, self.before)
        self.ctx.notify(Changes(customers=True))
