"""One way to make an undoable edit: run the service first, push only what succeeded.

An edit is an :class:`Edit` (a ``QUndoCommand``) with three methods, each calling a service
and returning the :class:`~salesplanner.services.changes.Changes` to announce:

- ``do()`` makes the edit and keeps on ``self`` what undo needs;
- ``undo_edit()`` puts things back;
- ``redo_edit()`` makes it again after an undo (``do()`` unless overridden).

:func:`push_edit` runs ``do()`` *before* anything reaches the undo stack. If the service refuses
(a :class:`~salesplanner.errors.UserError`) or the plan file fails (``sqlite3.Error``,
``OSError``), the rep gets one translated sentence, nothing is pushed and nothing is announced:
Ctrl+Z can never undo an edit that did not happen. On success the command goes on the stack and
its ``Changes`` are announced once. An undo or redo that fails later leaves the stack where it
was (and the service's transaction leaves the plan file as it was), announces nothing and says
so in one line. The command never touches ``ctx.changed`` or ``ctx.undo_stack`` itself.

Example (a pane method; ``svc.rename_customer`` returns what changed and what undo needs)::

    class RenameCustomerCommand(Edit):
        def __init__(self, ctx: AppContext, customer_id: int, name: str):
            super().__init__(ctx, _t("Rename customer"))
            self.customer_id, self.name = customer_id, name
            self.old_name = ""

        def do(self) -> Changes:
            self.old_name, changes = svc.rename_customer(self.ctx.store,
            self.customer_id, self.name)
            return changes

        def undo_edit(self) -> Changes:
            return svc.rename_customer(self.ctx.store, self.customer_id, self.old_name)[1]

    def on_rename(self, customer_id: int, name: str) -> None:
        command = RenameCustomerCommand(self.ctx, customer_id, name)
        if push_edit(self.ctx, command, warn(self, self.tr("Customers"))):
            self._status(self.tr("Renamed."))

A test (``tests/ui/test_edits.py``) lists every ``QUndoCommand`` class of the app: a new one must
be an :class:`Edit` and get a line there.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edit_texts import fault_sentence

log = logging.getLogger(__name__)

#: What an edit may fail with and the rep is told about; anything else is a bug (crash dialog).
FAULTS = (UserError, sqlite3.Error, OSError)

Report = Callable[[str], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("edits", text)


def warn(parent, title: str) -> Report:
    """A reporter that shows the sentence in a warning box over ``parent`` (if still there)."""

    def show(message: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        owner = parent if parent is not None and shiboken6.isValid(parent) else None
        QMessageBox.warning(owner or QApplication.activeWindow(), title, message)

    return show


def _default_report(message: str) -> None:
    from salesplanner import APP_NAME

    warn(None, APP_NAME)(message)


def _sentence(exc: BaseException) -> str:
    if not isinstance(exc, UserError):
        log.warning("an edit failed on the plan file", exc_info=exc)
    return fault_sentence(exc)


class Edit(QUndoCommand):
    """Base of every undoable edit; see the module docstring."""

    def __init__(self, ctx: AppContext, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.report: Report = _default_report  # push_edit sets the pane's own
        self._done = False
        self._pending: Changes | None = None
        self._skip = False  # the stack steps back over a failed undo/redo: do nothing then

    # -- what a command writes -------------------------------------------------------------
    def do(self) -> Changes:
        raise NotImplementedError

    def undo_edit(self) -> Changes:
        raise NotImplementedError

    def redo_edit(self) -> Changes:
        return self.do()

    # -- what QUndoStack calls (never override these) --------------------------------------
    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if self._pending is not None:  # the first redo, run by push after push_edit's do()
            changes, self._pending = self._pending, None
        else:
            try:
                changes = self.redo_edit() if self._done else self.do()
            except FAULTS as exc:
                if self._done:
                    self._failed(exc, _t("Could not redo “{action}”: {reason}"), undoing=False)
                else:  # pushed without push_edit: keep it off the stack
                    self.setObsolete(True)
                    self.report(_sentence(exc))
                return
        self._done = True
        self.ctx.notify(changes)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            changes = self.undo_edit()
        except FAULTS as exc:
            self._failed(exc, _t("Could not undo “{action}”: {reason}"), undoing=True)
            return
        self.ctx.notify(changes)

    def _failed(self, exc: BaseException, template: str, undoing: bool) -> None:
        """Say so in one line and put the stack's index back once it has moved past us."""
        self.report(template.format(action=self.text(), reason=_sentence(exc)))
        stack = self.ctx.undo_stack
        here = stack.index() - 1 if undoing else stack.index()
        if not (0 <= here < stack.count()) or stack.command(here) is not self:
            return  # called outside the stack (a test): nothing to put back
        moved_to = here if undoing else here + 1

        def step_back(index: int) -> None:
            stack.indexChanged.disconnect(step_back)
            if index == moved_to:
                self._skip = True
                (stack.redo if undoing else stack.undo)()

        stack.indexChanged.connect(step_back)


def push_edit(ctx: AppContext, command: Edit, report: Report) -> bool:
    """Do ``command`` now; push it only if it worked. Returns whether it was pushed.

    ``report`` shows one sentence to the rep: :func:`warn` (a message box), a status bar's
    ``showMessage``, a signal's ``emit``. It is kept for the command's later undo and redo.
    """
    command.report = report
    try:
        changes = command.do()
    except FAULTS as exc:
        report(_sentence(exc))
        return False
    command._pending = changes
    command._done = True
    ctx.undo_stack.push(command)
    return True
