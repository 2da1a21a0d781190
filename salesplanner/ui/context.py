"""What every pane and dialog gets: the open store, the shared undo stack, settings, one signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from salesplanner.services.changes import Changes
from salesplanner.services.plan import Store


class AppContext(QObject):
    """Owned by the main window. Panes never reach into each other: they listen to `changed`."""

    changed = Signal(object)  # a Changes value
    store_replaced = Signal()  # File → New/Open swapped the store
    status = Signal(str, int)  # a passing message for the status bar, its milliseconds

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def notify(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)

    def say(self, text: str, ms: int = 5000) -> None:
        """Tell the rep in the window's status bar (the window shows it; a pane never looks
        for the window)."""
        self.status.emit(text, ms)

    def replace_store(self, store: Store) -> None:
        old = self.store
        self.store = store
        self.undo_stack.clear()
        self.store_replaced.emit()
        self.changed.emit(Changes.all())
        if old is not store:
            old.close()
