"""Undoable commands of the Progress and Customers panes: :class:`~salesplanner.ui.edits.Edit`
subclasses calling a service to do and undo; push them with ``push_edit``."""

from __future__ import annotations

from salesplanner.domain.records import WeeklyReview
from salesplanner.services import goals as goal_service
from salesplanner.services import progress as svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit


class BlockEditCommand(Edit):
    """A catch-up option or the weekly top-customer visits: blocks added / re-purposed."""

    def __init__(self, ctx: AppContext, edit: svc.BlockEdit, text: str):
        super().__init__(ctx, text)
        self.edit = edit

    def do(self) -> Changes:
        self.edit = svc.apply_block_edit(self.ctx.store, self.edit)
        return self.edit.changes

    def undo_edit(self) -> Changes:
        return svc.undo_block_edit(self.ctx.store, self.edit)


class SaveReviewCommand(Edit):
    def __init__(self, ctx: AppContext, review: WeeklyReview, text: str):
        super().__init__(ctx, text)
        self.review = review
        self.previous: WeeklyReview | None = None

    def do(self) -> Changes:
        self.previous = svc.save_review(self.ctx.store, self.review)
        return svc.REVIEW_CHANGES

    def undo_edit(self) -> Changes:
        return svc.restore_review(self.ctx.store, self.review.week_start, self.previous)


class ReviseTargetCommand(Edit):
    def __init__(self, ctx: AppContext, goal_id: int, new_fen: int, reason: str, as_of, text: str):
        super().__init__(ctx, text)
        self.args = (goal_id, new_fen, reason, as_of)
        self.revision: svc.Revision | None = None

    def do(self) -> Changes:
        self.revision = svc.revise_target(self.ctx.store, *self.args)
        return self.revision.changes

    def undo_edit(self) -> Changes:
        assert self.revision is not None  # undo follows a do that worked
        return goal_service.restore(self.ctx.store, self.revision.goal_id, self.revision.before)


class SetPriorityCommand(Edit):
    def __init__(self, ctx: AppContext, flags: dict[int, bool], text: str):
        super().__init__(ctx, text)
        self.flags = dict(flags)
        self.before: dict[int, bool] = {}

    def do(self) -> Changes:
        self.before = svc.set_priority(self.ctx.store, self.flags)
        return Changes(customers=True)

    def undo_edit(self) -> Changes:
        svc.set_priority(self.ctx.store, self.before)
        return Changes(customers=True)
