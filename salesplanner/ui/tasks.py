"""Long operations off the UI thread, with a progress dialog and a Cancel button.

``run_task(parent, title, job)`` runs ``job(progress, cancelled)`` in a worker thread while
a modal QProgressDialog shows ``progress(done, total)`` and keeps the window painting; Cancel
makes ``cancelled()`` return True (the job stops at its next check and leaves no trace).
Returns ``TaskResult`` with the job's value, or the exception it raised, or ``cancelled``.
The job must not touch the UI thread's SQLite connection: give it its own (``Store.open``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


@dataclass
class TaskResult:
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(object, object)  # value, error

    def __init__(self, job: Job, cancel: threading.Event):
        super().__init__()
        self.job = job
        self.cancel = cancel

    def run(self) -> None:
        try:
            value = self.job(lambda d, t: self.progressed.emit(d, t), self.cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed back to the UI thread
            self.done.emit(None, exc)
        else:
            self.done.emit(value, None)


class _Receiver(QObject):
    """Lives in the UI thread so the worker's signals are delivered there (queued)."""

    def __init__(self, on_progress, on_done):
        super().__init__()
        self._on_progress = on_progress
        self._on_done = on_done

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self._on_progress(done, total)

    @Slot(object, object)
    def done(self, value, error) -> None:
        self._on_done(value, error)


def run_task(parent: QWidget | None, title: str, label: str, job: Job) -> TaskResult:
    cancel = threading.Event()
    result = TaskResult()
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.reset()  # do not pop up by itself; shown below when the job takes a while
    thread = QThread()
    worker = _Worker(job, cancel)
    worker.moveToThread(thread)
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def on_done(value, error) -> None:
        result.value, result.error = value, error
        thread.quit()

    def on_cancel() -> None:
        cancel.set()  # the job stops at its next check; keep painting until it has
        dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))
        dialog.show()

    receiver = _Receiver(on_progress, on_done)
    worker.progressed.connect(receiver.progress)
    worker.done.connect(receiver.done)
    dialog.canceled.connect(on_cancel)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(300, lambda: dialog.show() if thread.isRunning() else None)
    thread.start()
    loop.exec()
    thread.wait()
    result.cancelled = cancel.is_set()
    dialog.canceled.disconnect(on_cancel)  # closing a progress dialog emits canceled
    dialog.close()
    worker.deleteLater()
    receiver.deleteLater()
    dialog.deleteLater()
    return result
