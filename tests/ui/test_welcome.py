"""First-run welcome: offered choices reach the main window's slots; never offscreen unasked."""

from __future__ import annotations

import argparse

import pytest

from salesplanner.ui.dialogs import welcome
from salesplanner.ui.dialogs.welcome import WelcomeDialog

pytestmark = pytest.mark.ui


def _choose(monkeypatch, button: str) -> None:
    """The welcome dialog answers as if the rep clicked ``button`` (a key of its buttons, or
    "later")."""

    def clicked(self):
        (self.later if button == "later" else self.buttons[button]).click()
        return self.result()

    monkeypatch.setattr(WelcomeDialog, "exec", clicked)


def _opened(monkeypatch, dialog_class) -> list:
    """The dialogs of ``dialog_class`` the window opens (each closed at once, as if cancelled)."""
    seen = []

    def closed(self):
        seen.append(self)
        return 0

    monkeypatch.setattr(dialog_class, "exec", closed)
    return seen


def test_new_goal_opens_the_goal_wizard_on_the_goal_pane(main_window, monkeypatch):
    from salesplanner.ui.goal.wizard import GoalWizard

    wizards = _opened(monkeypatch, GoalWizard)
    _choose(monkeypatch, "wizard")
    assert welcome.run(main_window) == "wizard"
    assert main_window.current_pane_key() == "goal"
    assert len(wizards) == 1
    assert wizards[0].windowTitle() == "New goal"
    assert wizards[0].ctx is main_window.ctx


def test_import_opens_the_import_wizard_on_the_plan(main_window, monkeypatch):
    from salesplanner.ui.dialogs.import_wizard import ImportWizard

    wizards = _opened(monkeypatch, ImportWizard)
    _choose(monkeypatch, "import")
    assert welcome.run(main_window) == "import"
    assert [w.ctx for w in wizards] == [main_window.ctx]


def test_demo_opens_the_demo_plan(qtbot, store, qsettings_isolated, monkeypatch):
    from salesplanner.paths import demo_db_path
    from salesplanner.ui.main_window import MainWindow

    window = MainWindow(store)  # the rep's own plan, empty
    qtbot.addWidget(window)
    window.show()
    _choose(monkeypatch, "demo")
    assert welcome.run(window) == "demo"
    assert window.ctx.store.path == demo_db_path()
    assert window.is_demo()
    customers = window.ctx.store.query("SELECT count(*) AS n FROM customers")[0]["n"]
    assert customers > 0


def test_later_opens_nothing(main_window, monkeypatch):
    from salesplanner.ui.dialogs.import_wizard import ImportWizard
    from salesplanner.ui.goal.wizard import GoalWizard

    goal_wizards, import_wizards = (
        _opened(monkeypatch, GoalWizard),
        _opened(monkeypatch, ImportWizard),
    )
    before = (main_window.current_pane_key(), main_window.ctx.store.path)
    _choose(monkeypatch, "later")
    assert welcome.run(main_window) is None
    assert (goal_wizards, import_wizards) == ([], [])
    assert (main_window.current_pane_key(), main_window.ctx.store.path) == before


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
