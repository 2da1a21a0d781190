"""Background tasks: a job in a worker thread while the UI thread goes on; Cancel drops its
result."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from salesplanner.ui import tasks
from salesplanner.ui.tasks import BackgroundTask, wait_for_background_tasks

pytestmark = pytest.mark.ui


def test_result_arrives_in_the_ui_thread(qtbot):
    seen = []

    def job(progress, cancelled):
        progress(1, 2)
        return threading.current_thread() is threading.main_thread()

    task = BackgroundTask(job)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=5000) as got:
        task.start()
        assert task.running
    assert got.args[0].value is False and got.args[0].error is None
    assert seen == [(1, 2)] and not task.running
    qtbot.waitUntil(lambda: not tasks._keeper()._threads)  # the thread is let go when it ends


def test_error_is_handed_back(qtbot):
    def job(progress, cancelled):
        raise ValueError("broken")

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.finished, timeout=5000) as got:
        task.start()
    assert isinstance(got.args[0].error, ValueError)


def test_cancel_and_deleted_owner_drop_the_result(qtbot):
    gate = threading.Event()
    results = []
    owner = QObject()
    cancelled = BackgroundTask(lambda p, c: (gate.wait(5), c())[1], owner)
    orphan = BackgroundTask(lambda p, c: gate.wait(5), owner)
    for task in (cancelled, orphan):
        task.finished.connect(results.append)
        task.start()
    cancelled.cancel()
    assert not cancelled.running
    del cancelled, orphan
    owner.deleteLater()  # the tasks go with their owner while the jobs still run
    qtbot.wait(20)
    gate.set()
    assert wait_for_background_tasks(5000)
    qtbot.waitUntil(lambda: not tasks._keeper()._threads)
    assert results == []


def test_run_task_says_each_step_and_keeps_cancel_off_where_it_cannot_stop(qtbot):
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    seen = {}

    def job(progress, cancelled):
        progress(1, 2, "Replacing the file…", False)
        assert gate.wait(5)
        return cancelled()

    def look():
        QCoreApplication.sendPostedEvents()
        dialogs = parent.findChildren(QProgressDialog)
        if not dialogs or dialogs[0].labelText() != "Replacing the file…":
            QTimer.singleShot(5, look)
            return
        (button,) = dialogs[0].findChildren(QPushButton)
        seen["enabled"] = button.isEnabled()
        dialogs[0].canceled.emit()  # Escape: the step goes on
        gate.set()

    QTimer.singleShot(0, look)
    result = tasks.run_task(parent, "Title", "Starting…", job)
    assert seen == {"enabled": False}
    assert result.value is False and not result.cancelled and result.error is None
