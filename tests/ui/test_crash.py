"""The exception hook: a bug raised in a slot is logged, shown, and the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest

from salesplanner.errors import UserError

pytestmark = pytest.mark.ui


@pytest.fixture
def hook(tmp_path, qapp):
    from salesplanner.ui import crash
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    saved = sys.excepthook
    CrashDialog.shown.clear()
    path = crash.install(tmp_path / "logs")
    yield path
    crash.uninstall()
    sys.excepthook = saved
    logging.getLogger("salesplanner").removeHandler(crash._handler)
    crash._handler.close()
    crash._handler = crash._log_file = None


@pytest.mark.qt_no_exception_capture
def test_exception_in_slot_is_logged_and_shown_and_the_window_lives_on(hook, qtbot):
    from PySide6.QtWidgets import QPushButton

    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    button = QPushButton("boom")
    qtbot.addWidget(button)
    calls = []

    def on_clicked():
        calls.append(1)
        raise ValueError("bad thing in a slot")

    button.clicked.connect(on_clicked)
    button.click()
    assert calls == [1]
    assert CrashDialog.shown and "bad thing in a slot" in CrashDialog.shown[-1]
    text = hook.read_text(encoding="utf-8")
    assert "Unhandled exception" in text and "ValueError: bad thing in a slot" in text
    assert "on_clicked" in text  # the traceback says where
    button.click()  # the app (and the slot) keep working
    assert calls == [1, 1]
    assert len(CrashDialog.shown) == 2


@pytest.mark.qt_no_exception_capture
def test_user_error_reaching_the_hook_is_a_message_not_a_crash(hook, qtbot):
    from salesplanner.ui import crash
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    try:
        raise UserError("plan.xlsx, row 3, column B: not a date.")
    except UserError:
        crash.handle_exception(*sys.exc_info())
    assert CrashDialog.shown[-1] == "plan.xlsx, row 3, column B: not a date."
    assert "Unhandled exception" not in hook.read_text(encoding="utf-8")


def test_logs_rotate(tmp_path, monkeypatch, qapp):
    from salesplanner.ui import crash

    monkeypatch.setattr(crash, "MAX_BYTES", 2_000)
    monkeypatch.setattr(crash, "_handler", None)
    monkeypatch.setattr(crash, "_log_file", None)
    path = crash.setup_logging(tmp_path)
    try:
        for i in range(200):
            logging.getLogger("salesplanner").info("line %d %s", i, "x" * 50)
        names = sorted(p.name for p in tmp_path.iterdir())
        assert "salesplanner.log" in names and "salesplanner.log.1" in names
        assert len(names) <= crash.BACKUP_COUNT + 1
        assert path.stat().st_size <= 2_000 + 200
    finally:
        logging.getLogger("salesplanner").removeHandler(crash._handler)
        crash._handler.close()


def test_dialog_says_what_and_where(qtbot, tmp_path):
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    log_file = tmp_path / "salesplanner.log"
    dialog = CrashDialog(KeyError("goal 7"), "Traceback ...", log_file)
    qtbot.addWidget(dialog)
    assert "goal 7" in dialog.text() and "KeyError" in dialog.text()
    assert str(log_file) in dialog.informativeText()
    assert "safe" in dialog.informativeText()
    assert dialog.detailedText() == "Traceback ..."
    dialog.on_copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "Traceback ..."


@pytest.mark.qt_no_exception_capture
def test_no_dialog_storm(hook, monkeypatch, qapp):
    from salesplanner.ui import crash
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    nested = []

    def show_error(exc, details, log_file):
        nested.append(exc)
        if len(nested) == 1:  # an error while the dialog is open is only counted
            try:
                raise RuntimeError("second")
            except RuntimeError:
                crash.handle_exception(*sys.exc_info())

    monkeypatch.setattr(CrashDialog, "show_error", show_error)
    try:
        raise RuntimeError("first")
    except RuntimeError:
        crash.handle_exception(*sys.exc_info())
    assert [str(e) for e in nested] == ["first"]


@pytest.mark.qt_no_exception_capture
def test_deferred_log_opens_after_start_or_at_the_first_error(tmp_path, qapp, qtbot):
    from salesplanner.ui import crash

    saved = sys.excepthook
    folder = tmp_path / "later"
    try:
        assert crash.install(folder, defer=True) is None
        assert not (folder / crash.LOG_NAME).exists()  # nothing written before the loop runs
        qtbot.waitUntil(lambda: (folder / crash.LOG_NAME).exists(), timeout=5000)
        assert crash.log_file() == folder / crash.LOG_NAME
    finally:
        crash.uninstall()
        sys.excepthook = saved
        if crash._handler is not None:
            logging.getLogger("salesplanner").removeHandler(crash._handler)
            crash._handler.close()
        crash._handler = crash._log_file = None
        crash._pending_folder = None
