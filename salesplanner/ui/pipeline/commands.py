"""Undoable pipeline edits: one :class:`~salesplanner.ui.edits.Edit` over any
:mod:`salesplanner.services.pipeline` use case (each returns the rows before and after, so
undo and redo are the service's two inverse operations)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from salesplanner.services import pipeline as svc
from salesplanner.services.changes import Changes
from salesplanner.services.plan import Store
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit


def _t(text: str) -> str:
    return QCoreApplication.translate("pipeline", text)


class PipelineCommand(Edit):
    """``action(store)`` runs a pipeline service once; undo puts the rows back as they were,
    redo as the action left them (same ids)."""

    def __init__(self, ctx: AppContext, text: str, action: Callable[[Store], svc.PipelineEdit]):
        super().__init__(ctx, text)
        self.action = action
        self.edit: svc.PipelineEdit | None = None

    def do(self) -> Changes:
        self.edit = self.action(self.ctx.store)
        return self.edit.changes

    def undo_edit(self) -> Changes:
        assert self.edit is not None
        return svc.undo(self.ctx.store, self.edit)

    def redo_edit(self) -> Changes:
        assert self.edit is not None
        return svc.redo(self.ctx.store, self.edit)


def add_command(ctx: AppContext, opp) -> PipelineCommand:
    return PipelineCommand(ctx, _t("New deal"), lambda s: svc.add(s, opp))


def edit_command(ctx: AppContext, opp, day) -> PipelineCommand:
    return PipelineCommand(ctx, _t("Edit deal"), lambda s: svc.edit(s, opp, day))


def move_command(ctx: AppContext, opportunity_id: int, stage: str, day) -> PipelineCommand:
    return PipelineCommand(ctx, _t("Move deal"), lambda s: svc.move(s, opportunity_id, stage, day))


def win_command(ctx: AppContext, opportunity_id: int, amount, day) -> PipelineCommand:
    return PipelineCommand(ctx, _t("Win deal"), lambda s: svc.win(s, opportunity_id, amount, day))


def lose_command(ctx: AppContext, opportunity_id: int, reason: str, day) -> PipelineCommand:
    return PipelineCommand(ctx, _t("Lose deal"), lambda s: svc.lose(s, opportunity_id, reason, day))


def delete_command(ctx: AppContext, opportunity_id: int) -> PipelineCommand:
    return PipelineCommand(ctx, _t("Delete deal"), lambda s: svc.delete(s, opportunity_id))


def entry_command(ctx: AppContext, entry, text: str) -> PipelineCommand:
    """A quick-entry line about a deal (商机 / 推进 / 赢单 / 输单)."""
    return PipelineCommand(ctx, text, lambda s: svc.apply_entry(s, entry))


class StagesCommand(Edit):
    """The rep's own stage list (names, win probabilities, added stages); undo puts the
    previous list back."""

    def __init__(self, ctx: AppContext, stages: list):
        super().__init__(ctx, _t("Edit stages"))
        self.stages = list(stages)
        self.previous: list = []

    def do(self) -> Changes:
        self.previous, changes = svc.set_stages(self.ctx.store, self.stages)
        return changes

    def undo_edit(self) -> Changes:
        return svc.set_stages(self.ctx.store, self.previous)[1]
