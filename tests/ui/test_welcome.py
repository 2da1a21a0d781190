"""First-run welcome: offered choices reach the main window's slots; never offscreen unasked."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QWidget

from salesplanner.ui.dialogs import welcome
from salesplanner.ui.dialogs.welcome import WelcomeDialog

pytestmark = pytest.mark.ui


class FakeWindow(QWidget):
    def __init__(self):
        super().__init__()
        self.called = []

    def on_new_goal(self):
        self.called.append("wizard")

    def on_import(self):
        self.called.append("import")

    def on_open_demo(self):
        self.called.append("demo")


@pytest.mark.parametrize("key", ["wizard", "import", "demo"])
def test_each_choice_calls_its_slot(qtbot, monkeypatch, key):
    def fake_exec(self):
        self.buttons[key].click()
        return self.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    window = FakeWindow()
    qtbot.addWidget(window)
    assert welcome.run(window) == key
    assert window.called == [key]


def test_later_calls_nothing(qtbot, monkeypatch):
    def fake_exec(self):
        self.later.click()
        return self.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    window = FakeWindow()
    qtbot.addWidget(window)
    assert welcome.run(window) is None
    assert window.called == []


def test_not_shown_offscreen_unless_asked(qapp, monkeypatch):
    monkeypatch.delenv("SALESPLANNER_WELCOME", raising=False)
    assert not welcome.should_show(first_run=True)
    monkeypatch.setenv("SALESPLANNER_WELCOME", "1")
    assert welcome.should_show(first_run=False)
    monkeypatch.setenv("SALESPLANNER_WELCOME", "0")
    assert not welcome.should_show(first_run=True)


def test_first_run_is_only_the_missing_default_file(qsettings_isolated, tmp_path):
    from salesplanner import paths
    from salesplanner.app import _is_first_run

    args = argparse.Namespace(db=None, demo=False)
    assert _is_first_run(args, paths.default_db_path())
    assert not _is_first_run(
        argparse.Namespace(db=tmp_path / "x.db", demo=False), tmp_path / "x.db"
    )
    assert not _is_first_run(argparse.Namespace(db=None, demo=True), paths.demo_db_path())
    paths.default_db_path().parent.mkdir(parents=True, exist_ok=True)
    paths.default_db_path().write_bytes(b"")
    assert not _is_first_run(args, paths.default_db_path())


def test_dialog_renders(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {"wizard", "import", "demo"}
