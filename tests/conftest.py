"""Shared fixtures: an in-memory store, a temp-file store, demo databases, an AppContext; and
the guards every test runs under (its own user folders, Qt leftovers, hung dialogs)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# -- the developer's own folders are never touched ----------------------------------------------
# The app keeps settings (QSettings), the data-location file, backups, the translation and
# holiday caches under the user's folders. A test must not read or write the real ones: what it
# left there would change the next run, and a developer's plan or window layout would be at
# stake. Before anything imports the app or Qt, HOME and the XDG folders point into a folder of
# this run; each test then gets folders of its own (_own_user_folders). At the end of the run,
# the real folders are compared with how they were at its start (pytest_sessionfinish): a
# change fails the run, unless another test run on the machine may have made it (then it is a
# warning line; with CI or SALESPLANNER_STRICT_USER_FOLDERS set it fails all the same).
USER_FOLDER_VARIABLES = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
}


def _real_user_folders() -> list[Path]:
    """The folders the app (and Qt, for an app without an organisation) writes for this user."""
    import platformdirs

    from salesplanner import APP_NAME, ORG_NAME

    config = Path(platformdirs.user_config_dir())
    return sorted(
        {
            Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_state_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME)),
            config / ORG_NAME,  # QSettings: <config>/<organisation>/<application>.conf
            config / "Unknown Organization",  # QSettings before the names are set
        }
    )


def snapshot(folders) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folders``: path → (size, modification time in ns)."""
    seen = {}
    for top in folders:
        for path in [top, *(top.rglob("*") if top.is_dir() else [])]:
            try:
                st = path.lstat()
            except OSError:
                continue
            seen[str(path)] = (0 if path.is_dir() else st.st_size, st.st_mtime_ns)
    return seen


REAL_USER_FOLDERS = _real_user_folders()  # resolved before the variables below change
_REAL_BEFORE = snapshot(REAL_USER_FOLDERS)
SESSION_HOME = Path(tempfile.mkdtemp(prefix="salesplanner-tests-"))
for _variable, _name in USER_FOLDER_VARIABLES.items():
    os.environ[_variable] = str(SESSION_HOME / _name)
    (SESSION_HOME / _name).mkdir()


def _parent_of(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


def _other_test_runs() -> set[int]:
    """Other pytest processes on this machine (not this one, its parents or its children):
    while one runs, a change in the real folders may be its doing, not this run's."""
    mine = os.getpid()
    ours = {mine}
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = mine
        while pid > 1:
            pid = _parent_of(pid)
            ours.add(pid)
    found = set()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            pid = int(entry.name)
            if pid in ours:
                continue
            args = (entry / "cmdline").read_bytes().split(b"\0")
            if any(b"pytest" in a for a in args) and _parent_of(pid) != mine:
                found.add(pid)
        except (OSError, ValueError, IndexError):
            continue
    return found


_OTHER_RUNS: set[int] = set()
_LAST_LOOK = [0.0]


def _look_for_other_runs() -> None:
    if os.name == "posix" and time.monotonic() - _LAST_LOOK[0] > 5:
        _LAST_LOOK[0] = time.monotonic()
        _OTHER_RUNS.update(_other_test_runs())


_look_for_other_runs()


def changed_real_folders() -> list[str]:
    """What this run's tests added, changed or removed in the real user folders."""
    after = snapshot(REAL_USER_FOLDERS)
    return sorted(
        p for p in _REAL_BEFORE.keys() | after.keys() if _REAL_BEFORE.get(p) != after.get(p)
    )


def pytest_sessionfinish(session, exitstatus):
    _LAST_LOOK[0] = 0.0
    _look_for_other_runs()
    changed = changed_real_folders()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    strict = bool(os.environ.get("CI") or os.environ.get("SALESPLANNER_STRICT_USER_FOLDERS"))
    if changed and _OTHER_RUNS and not strict:
        if reporter is not None:
            reporter.write_line(
                f"user folders: {len(changed)} changes in the real user folders not checked: "
                f"other test runs were active (pids {sorted(_OTHER_RUNS)[:5]})",
                yellow=True,
            )
    elif changed:
        if reporter is not None:
            reporter.write_line(
                "user folders: a test wrote into the real user folders: " + ", ".join(changed[:8]),
                red=True,
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _own_user_folders(tmp_path_factory, monkeypatch):
    """HOME and the XDG folders of this test alone (not inside its tmp_path, whose listing some
    tests check), and QSettings writing there too once Qt is loaded."""
    import sys

    _look_for_other_runs()
    home = tmp_path_factory.mktemp("user-folders", numbered=True)
    for variable, name in USER_FOLDER_VARIABLES.items():
        (home / name).mkdir()
        monkeypatch.setenv(variable, str(home / name))
    if "PySide6.QtCore" in sys.modules:  # QSettings has cached the config folder: move it
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    return home


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
