"""Shared fixtures: an in-memory store, a temp-file store, demo databases, an AppContext."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TODAY = dt.date(2026, 11, 27)  # demo data is generated relative to this day in tests

# How long, after a Qt test and its fixtures are torn down (its windows closed, its plan closed),
# the event loop runs on before the next test: a timer or queued call the test left behind fires
# then, and what it raises (a pane reading the plan just closed) fails THAT test, in its
# teardown, instead of whichever later test spins the event loop next.
LEFTOVER_MS = 30


def _timeout_of(request) -> float:
    """The test's pytest-timeout limit in seconds (0: none)."""
    marker = request.node.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0] or 0)
    return float(request.config.getini("timeout") or 0)


def _close_modal_dialogs(app) -> list[str]:
    """Close what blocks a modal exec() (dialog, message box, popup menu); their titles."""
    closed = []
    while (widget := app.activeModalWidget() or app.activePopupWidget()) is not None:
        closed.append(widget.windowTitle() or type(widget).__name__)
        if hasattr(widget, "reject"):  # a QDialog: as Escape would
            widget.reject()
        else:
            widget.close()
        if len(closed) > 20:  # one that will not close: give up rather than spin
            break
    return closed


@pytest.fixture(autouse=True)
def _qt_guards(request):
    """For a Qt test, two guards.

    A modal dialog nobody answers (an exec() a test forgot to stub) would block the run for
    good: pytest-timeout's alarm cannot interrupt Qt's event loop. A watchdog closes it just
    before the test's timeout and the test fails, naming the dialog.

    After the test, the event loop runs LEFTOVER_MS longer (see above)."""
    if "qapp" not in request.fixturenames:  # no Qt in this test (qtbot and ctx need qapp)
        yield
        return
    import time

    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

    app = request.getfixturevalue("qapp")
    limit = _timeout_of(request)
    hung: list[str] = []
    watchdog = QTimer()
    if limit:
        # well before pytest-timeout's alarm, whose handler would run inside this very timer
        deadline = time.monotonic() + limit - max(2.0, limit * 0.1)

        def watch() -> None:
            if time.monotonic() >= deadline:
                hung.extend(_close_modal_dialogs(app))

        watchdog.timeout.connect(watch)
        watchdog.start(250)
    yield
    watchdog.stop()
    if hung:
        pytest.fail(f"the test hung in a modal dialog nobody closed: {', '.join(hung)}")
    # pytest-qt's exception capture is still on here: an exception in a slot fails this test
    wait = QDeadlineTimer(LEFTOVER_MS)
    while not wait.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


@pytest.fixture
def run(capsys):
    """The command line in this process: ``run(*argv)`` → (exit code, stdout, stderr)."""
    from salesplanner import cli

    def _run(*argv):
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


@pytest.fixture
def one_line_exit_2(capsys):
    """``refuse(argv)`` runs the command line, asserts it exits 2 with one line on stderr and
    no traceback, and returns that line."""
    from salesplanner.cli import main

    def refuse(argv) -> str:
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse refuses a bad value itself
            code = exc.code
        out = capsys.readouterr()
        lines = out.err.strip().splitlines()
        assert code == 2, out
        assert len(lines) == 1 and "Traceback" not in out.err, out.err
        return lines[0]

    return refuse


@pytest.fixture
def store():
    from salesplanner.store import Store

    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path):
    from salesplanner.store import Store

    s = Store.open(tmp_path / "plan.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_small_master(tmp_path_factory) -> Path:
    from salesplanner.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo-small.db"
    write_demo(path, scale="small", today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_db(_demo_small_master, tmp_path) -> Path:
    """A fresh copy of the small demo database (built once per session)."""
    target = tmp_path / "demo.db"
    shutil.copy(_demo_small_master, target)
    return target


@pytest.fixture
def demo_store(demo_db):
    from salesplanner.store import Store

    s = Store.open(demo_db)
    yield s
    s.close()


@pytest.fixture
def qsettings_isolated(tmp_path, monkeypatch):
    """QSettings and platformdirs write into tmp_path, never the developer's home."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return tmp_path


@pytest.fixture
def ctx(qapp, store, qsettings_isolated):
    from salesplanner.ui.context import AppContext

    c = AppContext(store)
    yield c
    c.undo_stack.clear()


@pytest.fixture
def demo_ctx(qapp, demo_store, qsettings_isolated):
    from salesplanner.ui.context import AppContext

    c = AppContext(demo_store)
    yield c
    c.undo_stack.clear()


@pytest.fixture
def main_window(qtbot, demo_store, qsettings_isolated):
    from salesplanner.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    return w
