"""Long operations off the UI thread, with a progress dialog and a Cancel button.

``run_task(parent, title, job)`` runs ``job(progress, cancelled)`` in a worker thread while
a modal QProgressDialog shows ``progress(done, total)`` and keeps the window painting; Cancel
makes ``cancelled()`` return True (the job stops at its next check and leaves no trace).
``progress(done, total, label, cancellable)`` also sets the dialog's text, and with
``cancellable=False`` disables Cancel for a step that cannot be undone (a file being replaced).
Returns ``TaskResult`` with the job's value, or the exception it raised, or ``cancelled``
(True when Cancel was pressed, even if the job went on to return its value).
The job must not touch the UI thread's SQLite connection: give it its own (``Store.open``).

``run_plan_task(parent, store, title, label, job)`` is ``run_task`` for a job on the plan:
``job(store, progress, cancelled)`` gets a connection of its own (:func:`own_connection`);
an in-memory plan, which no second connection can reach, is done right there on the UI thread.

``BackgroundTask(job, parent)`` runs a job without a dialog and without waiting for it: the
caller shows its own busy indication, ``finished(TaskResult)`` arrives in the UI thread, and
``cancel()`` drops the result at once (the job's thread ends by itself, kept alive here).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from salesplanner.services.plan import Store

Job = Callable[[Callable[..., None], Callable[[], bool]], Any]
PlanJob = Callable[[Store, Callable[..., None], Callable[[], bool]], Any]


@dataclass
class TaskResult:
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class _Worker(QObject):
    progressed = Signal(int, int)
    staged = Signal(str, bool)  # a label for the step begun, whether Cancel still works
    done = Signal(object, object)  # value, error

    def __init__(self, job: Job, cancel: threading.Event):
        super().__init__()
        self.job = job
        self.cancel = cancel

    def progress(
        self, done: int, total: int, label: str | None = None, cancellable: bool = True
    ) -> None:
        if label is not None:
            self.staged.emit(label, cancellable)
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            value = self.job(self.progress, self.cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed back to the UI thread
            self.done.emit(None, exc)
        else:
            self.done.emit(value, None)


class _Receiver(QObject):
    """Lives in the UI thread so the worker's signals are delivered there (queued)."""

    def __init__(self, on_progress, on_done, on_stage=None):
        super().__init__()
        self._on_progress = on_progress
        self._on_done = on_done
        self._on_stage = on_stage

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self._on_progress(done, total)

    @Slot(str, bool)
    def stage(self, label: str, cancellable: bool) -> None:
        self._on_stage(label, cancellable)

    @Slot(object, object)
    def done(self, value, error) -> None:
        self._on_done(value, error)


def run_task(parent: QWidget | None, title: str, label: str, job: Job) -> TaskResult:
    cancel = threading.Event()
    result = TaskResult()
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    cancel_button = QPushButton(QCoreApplication.translate("Tasks", "Cancel"), dialog)
    dialog.setCancelButton(cancel_button)  # our own, to disable it for a step that cannot stop
    can_cancel = [True]
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

    def on_stage(text: str, cancellable: bool) -> None:
        can_cancel[0] = cancellable
        cancel_button.setEnabled(cancellable)
        if not cancel.is_set():
            dialog.setLabelText(text)

    def on_cancel() -> None:
        if not can_cancel[0]:  # Escape or closing the dialog while Cancel is off: go on
            dialog.show()
            return
        cancel.set()  # the job stops at its next check; keep painting until it has
        dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))
        dialog.show()

    receiver = _Receiver(on_progress, on_done, on_stage)
    worker.progressed.connect(receiver.progress)
    worker.staged.connect(receiver.stage)
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


@contextmanager
def own_connection(store: Store) -> Iterator[Store]:
    """The plan ``store`` holds, for a job in a worker thread: a connection of its own to the
    plan file, closed when the job ends (also on an error or Cancel). The file was checked when
    the app opened it: no page-by-page check again, and one gone meanwhile is not made anew as
    an empty plan. An in-memory plan has no second connection: ``store`` itself, for a job that
    then runs on the UI thread."""
    if store.path is None:
        yield store
        return
    with Store.open(store.path, create=False, verify=False) as own:
        yield own


def run_plan_task(
    parent: QWidget | None, store: Store, title: str, label: str, job: PlanJob
) -> TaskResult:
    """:func:`run_task` of ``job(plan, progress, cancelled)`` on a connection of its own to
    ``store``'s plan file. An in-memory plan is done here on the UI thread, with no progress
    dialog (its setValue would run the event loop meanwhile) and no Cancel."""

    def on_own_connection(progress, cancelled):
        with own_connection(store) as plan:
            return job(plan, progress, cancelled)

    if store.path is not None:
        return run_task(parent, title, label, on_own_connection)
    try:
        return TaskResult(value=on_own_connection(lambda *_: None, lambda: False))
    except Exception as exc:  # noqa: BLE001 - the caller sorts it out, as run_task's
        return TaskResult(error=exc)


class BackgroundTask(QObject):
    """``job(progress, cancelled)`` in a worker thread while the UI thread goes on.

    ``finished`` carries a ``TaskResult`` (value or error) and is emitted in the UI thread;
    ``progressed(done, total)`` likewise. ``cancel()`` makes ``cancelled()`` return True and
    drops whatever the job still returns: no ``finished`` follows, so the caller restores its
    state right away. A cancelled job, or one whose owner was deleted, runs on until it
    returns; its thread is held (:func:`wait_for_background_tasks`) until then.
    """

    finished = Signal(object)  # TaskResult
    progressed = Signal(int, int)

    def __init__(self, job: Job, parent: QObject | None = None):
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        thread = QThread()
        worker = _Worker(self._job, self._cancel)
        worker.moveToThread(thread)
        worker.progressed.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.done.connect(
            thread.quit, Qt.ConnectionType.DirectConnection
        )  # no event loop to keep
        thread.started.connect(worker.run)
        _keeper().keep(thread, worker)
        self._running = True
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self._running = False

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_done(self, value, error) -> None:
        if self._cancel.is_set():
            return
        self._running = False
        self.finished.emit(TaskResult(value, error))


class _Keeper(QObject):
    """Holds the worker threads of background tasks until they have ended: a QThread must not
    be deleted while it runs, and a task's owner (a dialog) may be closed before its job ends."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._threads: dict[QThread, QObject] = {}
        app.aboutToQuit.connect(self.wait_all)

    def keep(self, thread: QThread, worker: QObject) -> None:
        self._threads[thread] = worker
        thread.finished.connect(self._ended)

    @Slot()
    def _ended(self) -> None:
        thread = self.sender()
        if thread in self._threads:
            thread.wait()  # finished is emitted just before the thread's last steps
            del self._threads[thread]

    @Slot()
    def wait_all(self, timeout_ms: int = -1) -> bool:
        """Wait for every job still running; True when none is left. (The threads are let go
        by ``_ended``: their ``finished`` may still be queued, naming them as its sender.)"""
        return all(
            thread.wait() if timeout_ms < 0 else thread.wait(timeout_ms)
            for thread in list(self._threads)
        )


_KEEPER: _Keeper | None = None


def _keeper() -> _Keeper:
    global _KEEPER
    try:
        alive = _KEEPER is not None and _KEEPER.parent() is QCoreApplication.instance()
    except RuntimeError:  # its application was deleted
        alive = False
    if not alive or _KEEPER is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("background tasks need a running Qt application")
        _KEEPER = _Keeper(app)
    return _KEEPER


def wait_for_background_tasks(timeout_ms: int = -1) -> bool:
    """Block until the jobs of all background tasks (cancelled ones too) have returned."""
    return _KEEPER is None or _KEEPER.wait_all(timeout_ms)
