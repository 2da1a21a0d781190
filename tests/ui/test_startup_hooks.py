"""What the app changes in PySide6's import hook to start faster."""

from __future__ import annotations

import inspect
import json
import sys
import types

import pytest

pytestmark = pytest.mark.ui


def test_own_and_standard_modules_are_answered_without_reading_their_source(qapp, monkeypatch):
    from salesplanner.app import make_application

    make_application()
    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []
    monkeypatch.setattr(inspect, "getsource", lambda m: read.append(m.__name__) or "PySide6")
    assert feature._mod_uses_pyside(types.ModuleType("salesplanner.some_pane")) is True
    assert feature._mod_uses_pyside(json) is False  # the standard library: never PySide
    other = types.ModuleType("someone_elses")
    other.__file__ = "/opt/lib/python3.11/site-packages/someone_elses.py"
    assert feature._mod_uses_pyside(other) is True  # (its source says PySide6)
    assert read == ["someone_elses"]  # only that one was read


def test_the_fast_exit_keeps_a_normal_exit_while_the_app_owns_the_clipboard(qapp, monkeypatch):
    """Qt gives copied text to the desktop's clipboard manager only while it is torn down."""
    import atexit
    import logging
    import os

    from salesplanner import app as app_module

    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: None)  # (not this test process's)
    monkeypatch.setattr(logging, "shutdown", lambda: None)
    clipboard = qapp.clipboard()
    monkeypatch.setattr(type(clipboard), "ownsClipboard", lambda self, *a: True)
    app_module._exit_now(0)
    assert ended == []  # returned: the interpreter ends normally
    monkeypatch.setattr(type(clipboard), "ownsClipboard", lambda self, *a: False)
    app_module._exit_now(3)
    assert ended == [3]


def test_the_reminders_show_their_first_rows_then_all_once_the_window_has_painted(
    qtbot, demo_store, qsettings_isolated, monkeypatch
):
    """Start-up pays for the rows the first paint shows; the rep sees every reminder a moment
    later without doing anything."""
    from salesplanner.ui.main_window import MainWindow
    from salesplanner.ui.week import pane as pane_module

    monkeypatch.setattr(pane_module, "REMINDER_ROWS_BEFORE_PAINT", 2)
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    panel = w.panes["week"].reminders
    due = len(panel.reminders)
    assert due > 2
    assert panel.list.count() == 2  # before the first paint
    assert panel.title.text() == f"Reminders ({due})"  # the count is whole at once
    w.show()
    qtbot.waitUntil(lambda: panel.list.count() == due, timeout=5000)
    keys = [panel.list.item(i).data(0x0100) for i in range(due)]  # Qt.ItemDataRole.UserRole
    assert keys == [r.key for r in panel.reminders]  # in order, each once


def test_after_first_paint_runs_once_the_pane_has_painted(qtbot, demo_store, qsettings_isolated):
    from salesplanner.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    calls: list[int] = []
    w.after_first_paint(lambda: calls.append(1))
    qtbot.wait(50)
    assert calls == []  # not shown: not painted
    w.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    w.update()
    qtbot.wait(50)
    assert calls == [1]  # once, not per paint


def test_the_collector_is_on_again_after_the_start_up_and_for_commands(tmp_path, capsys):
    """The start-up runs without the cyclic garbage collector; a command (an import of a big
    workbook) and the window after its first paint must have it, or memory only grows."""
    import gc

    from salesplanner.app import resume_collecting
    from salesplanner.cli import main

    assert gc.isenabled()
    seen: list[bool] = []
    gc.callbacks.append(lambda phase, info: seen.append(True))
    try:
        assert main(["week", "--db", str(tmp_path / "plan.db"), "--json"]) == 0
    finally:
        gc.callbacks.pop()
    assert '"week"' in capsys.readouterr().out
    assert gc.isenabled()
    assert seen  # it collected while the command ran
    gc.disable()
    try:
        resume_collecting()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what the start-up made is not walked again
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_deals_to_chase_are_read_on_a_thread_and_again_after_a_change(
    qtbot, demo_store, qsettings_isolated, monkeypatch
):
    """After the first paint the Week pane reads the sales line and the deals to chase on a
    thread of its own (the window keeps answering); what it read before an edit is not shown:
    it reads again."""
    import threading

    from salesplanner.services import pipeline
    from salesplanner.services.changes import Changes
    from salesplanner.ui.main_window import MainWindow

    read_on: list[str] = []
    release = threading.Event()
    real = pipeline.deals_to_chase

    def deals_to_chase(store, today, stale_days):
        read_on.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            release.wait(5)  # the rep edits while the thread reads
        return real(store, today, stale_days)

    monkeypatch.setattr(pipeline, "deals_to_chase", deals_to_chase)
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    pane = w.panes["week"]
    w.show()
    qtbot.waitUntil(lambda: read_on == ["week-fill"], timeout=5000)
    assert pane.chase.deals == []  # not shown until read
    w.ctx.notify(Changes(opportunities=True))  # an edit meanwhile
    release.set()
    qtbot.waitUntil(lambda: len(read_on) == 3, timeout=5000)  # (the edit's own reload too)
    assert read_on[1:] == ["MainThread", "MainThread"]
    assert pane.chase.deals == real(demo_store, pane_today(), pane.settings.stale_days)


def pane_today():
    from salesplanner.ui.week import clock

    return clock.today()
