"""Settings dialog: loads what is stored, saves as one undoable command, moves the file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from salesplanner.services import settings as service
from salesplanner.store.settings import load_settings
from salesplanner.ui.dialogs.settings_dialog import SettingsDialog
from tests.builders import add_customer

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, ctx):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    return d


def test_loads_defaults_and_changes_nothing_when_untouched(dialog, ctx):
    assert dialog.state() == service.current(ctx.store)
    dialog.apply()
    assert ctx.undo_stack.count() == 0


def test_save_is_undoable_and_notifies(dialog, ctx, qtbot):
    dialog.currency.setCurrentIndex(dialog.currency.findData("yuan"))
    dialog.work_start.setTime(QTime(9, 0))
    dialog.learning.setValue(15)
    dialog.backups_keep.setValue(3)
    dialog.weekend_boxes[5].setChecked(False)
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("2026-12-24", "yyyy-MM-dd"))
    dialog.day_note.setText("family")
    dialog.on_add_day()
    with qtbot.waitSignal(ctx.changed) as blocker:
        settings = dialog.apply()
    assert blocker.args[0].settings and blocker.args[0].blocks
    assert settings.currency_unit == "yuan"
    stored = load_settings(ctx.store)
    assert (
        stored.currency_unit,
        stored.work_start_min,
        stored.learning_share,
        stored.backups_keep,
        stored.weekend_days,
    ) == ("yuan", 540, Decimal("0.15"), 3, (6,))
    assert service.current(ctx.store).days_off == {dt.date(2026, 12, 24): "family"}
    ctx.undo_stack.undo()
    assert load_settings(ctx.store).currency_unit == "wan"
    assert service.current(ctx.store).days_off == {}
    ctx.undo_stack.redo()
    assert load_settings(ctx.store).currency_unit == "yuan"


def test_bad_hours_keep_the_dialog_open(dialog):
    dialog.work_start.setTime(QTime(18, 0))
    dialog.work_end.setTime(QTime(9, 0))
    dialog.on_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Working hours must end after they start, within one day."


def test_remove_day_off(dialog):
    dialog.days_off = {dt.date(2026, 1, 2): "", dt.date(2026, 1, 5): "trip"}
    dialog._fill_days()
    dialog.days_list.item(0).setSelected(True)
    dialog.on_remove_day()
    assert dialog.days_off == {dt.date(2026, 1, 5): "trip"}


def test_ask_returns_none_on_cancel(ctx, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert SettingsDialog.ask(None, ctx) is None


def test_ask_returns_settings_on_ok(ctx, monkeypatch):
    def fake_exec(self):
        self.currency.setCurrentIndex(self.currency.findData("yuan"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    assert SettingsDialog.ask(None, ctx).currency_unit == "yuan"
    assert ctx.undo_stack.count() == 1


def test_move_data_file(qtbot, qsettings_isolated, monkeypatch, tmp_path):
    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext

    old = tmp_path / "plan.db"
    store = Store.open(old)
    add_customer(store, "甲")
    ctx = AppContext(store)
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert d.move_file_to(tmp_path / "elsewhere" / "plan.db")
    assert ctx.store is not store and ctx.store.path == tmp_path / "elsewhere" / "plan.db"
    assert ctx.store.query("SELECT name FROM customers") == [{"name": "甲"}]
    assert not old.exists()
    assert str(tmp_path / "elsewhere") in d.path_label.text()
    ctx.store.close()


def test_moving_the_default_file_is_remembered(qtbot, qsettings_isolated, monkeypatch, tmp_path):
    from salesplanner import paths
    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext

    store = Store.open(paths.default_db_path(), make_folder=True)
    ctx = AppContext(store)
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    target = tmp_path / "sync" / "plan.db"
    assert d.move_file_to(target)
    assert paths.default_db_path() == target.resolve()
    ctx.store.close()


def test_make_up_working_day_counts_as_working(dialog, ctx):
    """Issue 14.12: the wizard told the rep to mark 2027's make-up days (调休) in Settings,
    but Settings could only add days off."""
    from salesplanner.services import goals as goal_service

    sunday = dt.date(2027, 2, 7)
    dialog.day_edit.setDate(dialog.day_edit.date().fromString(sunday.isoformat(), "yyyy-MM-dd"))
    dialog.day_note.setText("春节调休")
    dialog.on_add_work_day()
    assert "春节调休" in dialog.days_list.item(0).text()
    dialog.on_add_day()  # the same day marked off instead: one mark per day
    assert dialog.work_days == {} and sunday in dialog.days_off
    dialog.on_add_work_day()
    assert dialog.days_off == {} and sunday in dialog.work_days
    dialog.apply()
    assert service.current(ctx.store).work_days == {sunday: ""}
    cal = goal_service.make_calendar(ctx.store, sunday, sunday)
    assert cal.is_working_day(sunday)  # the plan now counts the Sunday as a working day
    ctx.undo_stack.undo()
    assert service.current(ctx.store).work_days == {}
    assert not goal_service.make_calendar(ctx.store, sunday, sunday).is_working_day(sunday)


def _holiday_ics(path):
    """国庆节 2027-10-01…07 (all day, DTEND exclusive), its 补班 on Sunday 9/26, a make-up day
    marked only by CATEGORIES, and a timed 元旦 event."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//test//holidays//CN")
    cal.add("version", "2.0")
    for summary, start, end, cats in (
        ("国庆节", dt.date(2027, 10, 1), dt.date(2027, 10, 8), None),
        ("国庆补班", dt.date(2027, 9, 26), dt.date(2027, 9, 27), None),
        ("调整", dt.date(2027, 10, 9), None, "Workday"),
        ("元旦", dt.datetime(2027, 1, 1, 0, 0), dt.datetime(2027, 1, 1, 23, 59), None),
    ):
        ev = Event()
        ev.add("uid", f"{start}@test")
        ev.add("summary", summary)
        ev.add("dtstart", start)
        if end is not None:
            ev.add("dtend", end)
        if cats:
            ev.add("categories", [cats])
        cal.add_component(ev)
    path.write_bytes(cal.to_ical())
    return path


def test_holiday_calendar_ics_marks_days_off_and_make_up_days(dialog, ctx, tmp_path, monkeypatch):
    """Issue 14.12: a holiday calendar (.ics) is a second way to mark holidays and 调休."""
    from salesplanner.services import goals as goal_service
    from salesplanner.ui.dialogs import settings_dialog as module

    path = _holiday_ics(tmp_path / "节假日.ics")
    monkeypatch.setattr(
        module.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.import_ics_button.click()
    national = {dt.date(2027, 10, d) for d in range(1, 8)}
    assert set(dialog.days_off) == national | {dt.date(2027, 1, 1)}
    assert dialog.days_off[dt.date(2027, 10, 3)] == "国庆节"
    assert set(dialog.work_days) == {dt.date(2027, 9, 26), dt.date(2027, 10, 9)}
    assert "8 days off and 2 make-up working days" in dialog.ics_result.text()
    assert dialog.days_list.count() == 10
    dialog.apply()
    cal = goal_service.make_calendar(ctx.store, dt.date(2027, 9, 20), dt.date(2027, 10, 10))
    assert cal.is_working_day(dt.date(2027, 9, 26))  # a Sunday worked
    assert not cal.is_working_day(dt.date(2027, 10, 4))  # a Monday off
    ctx.undo_stack.undo()
    assert service.current(ctx.store).days_off == {}


def test_a_file_that_is_not_a_calendar_changes_nothing(dialog, tmp_path):
    bad = tmp_path / "x.ics"
    bad.write_bytes(b"\x00not a calendar")
    assert dialog.import_holidays(bad) is False
    assert "x.ics" in dialog.ics_result.text()
    assert dialog.days_off == {} and dialog.work_days == {}
