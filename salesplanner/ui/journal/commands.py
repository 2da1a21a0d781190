"""Undoable journal edits: each an :class:`~salesplanner.ui.edits.Edit` calling
:mod:`salesplanner.services.journal`; push them with ``push_edit``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesplanner.services import journal as svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit


def _t(text: str) -> str:
    return QCoreApplication.translate("journal", text)


class EditEntryCommand(Edit):
    """Correct an entry (date, amount, count, outcome, note); undo writes the old values back."""

    def __init__(self, ctx: AppContext, key: str, values: dict[str, Any], text: str | None = None):
        super().__init__(ctx, text or _t("Edit journal entry"))
        self.key, self.values = key, dict(values)
        self.edited: svc.EntryEdited | None = None

    def do(self) -> Changes:
        self.edited = svc.edit_entry(self.ctx.store, self.key, **self.values)
        return self.edited.changes

    def undo_edit(self) -> Changes:
        assert self.edited is not None  # (undo follows a do that worked)
        return svc.undo_edit(self.ctx.store, self.edited)


class DeleteEntryCommand(Edit):
    """Delete an entry (and the sale it stands for); undo puts back the same rows and ids."""

    def __init__(self, ctx: AppContext, key: str, text: str | None = None):
        super().__init__(ctx, text or _t("Delete journal entry"))
        self.key = key
        self.deleted: svc.EntryDeleted | None = None

    def do(self) -> Changes:
        self.deleted = svc.delete_entry(self.ctx.store, self.key)
        return self.deleted.changes

    def undo_edit(self) -> Changes:
        assert self.deleted is not None
        return svc.restore_entry(self.ctx.store, self.deleted)
