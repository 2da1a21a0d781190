"""The main window: navigation, menus, shortcuts, the empty state, remembered geometry."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeySequence

from salesplanner.ui.main_window import PANES, MainWindow
from tests.builders import add_deal

pytestmark = pytest.mark.ui


def test_opens_on_week_pane_without_heavy_imports(main_window):
    assert main_window.current_pane_key() == "week"
    assert set(main_window.panes) == {"week"}  # other panes are built on first use


def test_navigation_list_switches_panes(main_window, qtbot):
    for row, (key, _m, _c) in enumerate(PANES):
        item = main_window.nav.item(row)
        rect = main_window.nav.visualItemRect(item)
        qtbot.mouseClick(main_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.current_pane_key() == key
        assert main_window.stack.currentWidget() is main_window.panes[key]


def test_keyboard_shortcuts_switch_panes(main_window, qtbot):
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_pane_key() == "customers"
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_pane_key() == "week"


def test_menus_hold_the_promised_actions(main_window):
    def texts(menu):
        return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]

    file_items = texts(main_window.menus["file"])
    for expected in (
        "New plan file…",
        "Open plan file…",
        "Save a copy / Backup…",
        "Import workbook…",
        "Export plan workbook…",
        "Quit",
    ):
        assert expected in file_items
    assert main_window.act_undo in main_window.menus["edit"].actions()
    assert main_window.act_redo in main_window.menus["edit"].actions()
    assert "About SalesPlanner" in texts(main_window.menus["help"])
    assert QKeySequence("Ctrl+Shift+Z") in main_window.act_redo.shortcuts()


def test_empty_plan_shows_what_to_do_first(qtbot, store, qsettings_isolated):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.empty_state.isVisible()
    assert "goal" in window.empty_state.label.text().lower()
    add_deal(store, "2026-01-05", amount_fen=100)
    from salesplanner.services.changes import Changes

    window.ctx.notify(Changes(deals=True))
    assert not window.empty_state.isVisible()


def test_demo_plan_hides_the_empty_state(main_window):
    assert not main_window.empty_state.isVisible()


def test_geometry_is_remembered(qtbot, demo_store, qsettings_isolated):
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # within the offscreen screen (800x600)
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)


def test_backup_menu_writes_a_copy(main_window, tmp_path, monkeypatch):
    target = tmp_path / "copy.db"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    main_window.act_backup.trigger()
    from salesplanner.store import Store

    deals = main_window.ctx.store.execute("SELECT COUNT(*) FROM deals").fetchone()[0]
    with Store.open(target) as copy:
        assert copy.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == deals > 50


def test_open_refuses_a_text_file_with_a_message(main_window, tmp_path, monkeypatch):
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: shown.append(text)
    )
    before_store = main_window.ctx.store
    assert main_window.open_store_path(bad) is False
    assert shown and "not a SalesPlanner data file" in shown[0]
    assert main_window.ctx.store is before_store
    assert bad.read_text(encoding="utf-8") == "hello"


def test_week_pane_start_does_not_import_pyqtgraph_or_pandas(main_window):
    # The app starts on the Week pane; charts and Excel libraries load on first need.
    import subprocess

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from salesplanner.app import make_application\n"
        "from salesplanner.store import Store\n"
        "app = make_application(lang='en')\n"
        "from salesplanner.ui.main_window import MainWindow\n"
        "w = MainWindow(Store.memory()); w.show(); app.processEvents()\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pyqtgraph','pandas','openpyxl','numpy'})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_export_writes_the_workbook_in_the_background(main_window, tmp_path, qtbot):
    target = tmp_path / "plan.xlsx"
    assert main_window.export_to(target) is True
    import openpyxl

    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 6
    assert "plan.xlsx" in main_window.statusBar().currentMessage()


def test_export_suggests_the_goal_and_day_and_the_week_shown(
    main_window, tmp_path, qtbot, monkeypatch, app_today
):
    """The save box offers "<goal title> <day>.xlsx", not plan.xlsx; the 周计划 sheet is the
    week the rep has open in the Week pane, and the status line says which week that is."""
    import openpyxl

    offered = []

    def save_dialog(parent, title, suggested, filters):
        offered.append(suggested)
        return str(tmp_path / "out.xlsx"), filters

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_dialog)
    main_window.show_pane("week").go_to_date(dt.date(2026, 12, 16))
    main_window.on_export()
    assert offered[0].endswith("2026 Q4 销售目标 2026-11-27.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["周计划"]
    assert sheet["B1"].value == "周一 12-14"
    from salesplanner.ui.format import format_date

    said = main_window.statusBar().currentMessage().split("out.xlsx")[1]
    assert format_date(dt.date(2026, 12, 14), long=True) in said and "2026" in said


def test_export_can_be_cancelled_and_leaves_no_file(main_window, tmp_path, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    def press_cancel():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog):
                w.canceled.emit()  # what the Cancel button does

    # the job checks for cancel between sheets; cancel as soon as the dialog can exist
    timer = QTimer()
    timer.timeout.connect(press_cancel)
    timer.start(1)
    target = tmp_path / "plan.xlsx"
    assert main_window.export_to(target) is False
    timer.stop()
    assert not target.exists()
    assert list(tmp_path.glob("*.xlsx")) == []
    assert "cancelled" in main_window.statusBar().currentMessage()


def test_export_does_not_make_a_plan_file_gone_meanwhile_anew(main_window, tmp_path, monkeypatch):
    """The export reads through a connection of its own to the plan file: one deleted while
    the app had it open is reported, not created again as an empty plan and exported."""
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: shown.append(text)
    )
    db = main_window.ctx.store.path
    db.unlink()
    target = tmp_path / "plan.xlsx"
    assert main_window.export_to(target) is False
    assert shown and str(db) in shown[0]
    assert not db.exists() and not target.exists()


def test_closing_with_unsaved_edits_raises_nothing(qtbot, demo_store, qsettings_isolated):
    """Quit right after logging a call: deleting the window clears its undo stack, which must
    not call back into the half-deleted window (a traceback at every such quit)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window = MainWindow(demo_store)
    window.show()
    window.quick_entry.edit.setText("phone 3")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    assert not window.ctx.undo_stack.isClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)  # pytest-qt fails the test on an exception raised in a slot


def test_toolbar_undo_keeps_a_short_label(main_window, qtbot):
    from PySide6.QtGui import QUndoCommand

    class Named(QUndoCommand):
        def __init__(self):
            super().__init__("Log “签约 3.5万 华星科技有限公司 and a long note”")

    assert not main_window.tb_undo.isEnabled()
    main_window.ctx.undo_stack.push(Named())
    assert main_window.tb_undo.isEnabled()
    assert main_window.tb_undo.text() == "Undo"
    assert "华星科技" in main_window.tb_undo.toolTip()
    main_window.tb_undo.trigger()
    assert main_window.ctx.undo_stack.index() == 0
    assert main_window.tb_redo.isEnabled()


@pytest.mark.parametrize(
    "modifiers, key",
    [
        (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z),
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y),
    ],
)
def test_redo_keys_redo_with_linux_key_bindings(
    demo_store, qsettings_isolated, qtbot, monkeypatch, modifiers, key
):
    """GNOME/KDE bind Redo to Ctrl+Shift+Z only; the window must not register that key twice
    (an ambiguous shortcut does nothing) and Ctrl+Y must redo as well."""
    from PySide6.QtGui import QUndoCommand

    from salesplanner.ui import main_window as module

    redo = QKeySequence.StandardKey.Redo

    class LinuxKeys(QKeySequence):
        def __init__(self, *args):
            if args and args[0] == redo:
                args = ("Ctrl+Shift+Z",)
            super().__init__(*args)

        @staticmethod
        def keyBindings(standard):
            if standard == redo:
                return [QKeySequence("Ctrl+Shift+Z")]
            return QKeySequence.keyBindings(standard)

    monkeypatch.setattr(module, "QKeySequence", LinuxKeys)
    main_window = MainWindow(demo_store)
    qtbot.addWidget(main_window)
    main_window.show()

    done = []

    class Step(QUndoCommand):
        def redo(self):
            done.append("redo")

        def undo(self):
            done.append("undo")

    stack = main_window.ctx.undo_stack
    stack.push(Step("step"))
    stack.undo()
    assert main_window.act_redo.isEnabled()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, key, modifiers)
    assert done == ["redo", "undo", "redo"]
    assert stack.index() == 1


def test_demo_says_it_is_a_demo_and_offers_the_reps_own_plan(
    qtbot, demo_db, tmp_path, qsettings_isolated, monkeypatch
):
    """Issue 14.18: `dev.py run` opened the demo with nothing saying it was a demo."""
    from salesplanner import paths
    from salesplanner.store import Store

    own = tmp_path / "mine" / "salesplanner.db"
    monkeypatch.setattr(paths, "demo_db_path", lambda: demo_db)
    monkeypatch.setattr(paths, "default_db_path", lambda: own)
    w = MainWindow(Store.open(demo_db))
    qtbot.addWidget(w)
    w.show()
    banner = w._demo_banner
    assert banner is not None and banner.isVisible() and "demo plan" in banner.label.text()
    qtbot.mouseClick(banner.own_button, Qt.MouseButton.LeftButton)
    assert w.ctx.store.path == own and own.exists()
    assert not banner.isVisible()
    assert w.empty_state.isVisible()  # the rep's own, empty plan: the wizard is offered


def test_no_demo_banner_on_the_reps_plan(main_window):
    assert main_window._demo_banner is None  # a plan not at the demo's place: no banner at all


def test_quit_after_first_paint_ends_before_work_scheduled_after_the_paint(
    qtbot, demo_store, qsettings_isolated
):
    """The start-up benchmark's exit: a paint slower than the Week pane's sales-line timer (a busy
    machine) must not let that after-paint work run before the loop ends."""
    import time

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    pane = w.panes["week"]
    filled: list[bool] = []
    fill = pane.reload_sales
    pane.reload_sales = lambda numbers=None: filled.append(True) or fill(numbers)

    class SlowPaint(QObject):  # each paint of the calendar outlasts the 20 ms timer
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                time.sleep(0.05)
            return False

    slow = SlowPaint()
    pane.calendar.installEventFilter(slow)
    w.quit_after_first_paint()
    w.show()
    assert QApplication.instance().exec() == 0
    assert filled == []  # the loop ended right after the paint
    qtbot.waitUntil(lambda: filled == [True], timeout=5000)  # ... and the fill still comes
