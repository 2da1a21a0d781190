"""Issue 13 §5 in the real window (METHOD.md 5.4): a birthday or a coming holiday offers a
greeting from a template in the rep's language, copied in one click; "sent" logs it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesplanner.domain.greetings import clean_templates, fill
from salesplanner.services.changes import Changes
from salesplanner.store.settings import load_settings
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui
LEFT = Qt.MouseButton.LeftButton


def _window(main_window, monkeypatch, today: dt.date):
    from salesplanner.ui.week import clock

    monkeypatch.setattr(clock, "today", lambda: today)
    main_window.resize(1400, 900)
    main_window.show_pane("week")
    pane = main_window.pane("week")
    pane.go_to_date(today)
    pane.reload_reminders()
    return pane


def _birthday_of_huaxing(ctx, day: dt.date) -> None:
    """王总 of 华星科技 has a birthday (as an import writes it: a contact beside the main)."""
    with ctx.store.transaction():
        ctx.store.execute(
            "UPDATE customers SET birthday = ?, contact = '王总' WHERE name = '华星科技'",
            (f"--{day.month:02d}-{day.day:02d}",),
        )
    ctx.notify(Changes(customers=True))


def _select(panel, kind: str) -> str:
    for row in range(panel.list.count()):
        key = panel.list.item(row).data(Qt.ItemDataRole.UserRole)
        if key and key.startswith(kind + ":"):
            panel.list.setCurrentRow(row)
            return key
    raise AssertionError(f"no {kind} reminder in {[r.key for r in panel.reminders]}")


def _greetings_logged(store, outcome_like: str) -> list[tuple]:
    return store.execute(
        "SELECT a.date, a.activity_code, coalesce(c.name, ''), a.outcome FROM activities a "
        "LEFT JOIN customers c ON c.id = a.customer_id WHERE a.outcome LIKE ?",
        (outcome_like,),
    ).fetchall()


def test_a_birthday_greeting_is_copied_and_sent_is_logged_in_one_undo(
    main_window, monkeypatch, qtbot
):
    from salesplanner.ui.week import greeting_dialog

    pane = _window(main_window, monkeypatch, DEMO_TODAY)
    ctx = main_window.ctx
    _birthday_of_huaxing(ctx, DEMO_TODAY + dt.timedelta(days=2))
    panel = pane.reminders
    key = _select(panel, "birthday")
    assert panel.list.currentItem().text().startswith("王总 (华星科技): birthday on")  # the person
    assert panel.greet_button.isEnabled()
    seen = {}

    def rep_writes_copies_sends(dialog):
        seen["text"] = dialog.text_edit.toPlainText()
        dialog.text_edit.moveCursor(dialog.text_edit.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.text_edit, " See you soon.")
        qtbot.mouseClick(dialog.copy_button, LEFT)
        seen["copied"] = QApplication.clipboard().text()
        qtbot.mouseClick(dialog.sent_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(greeting_dialog.GreetingDialog, "exec", rep_writes_copies_sends)
    before = ctx.undo_stack.count()
    qtbot.mouseClick(panel.greet_button, LEFT)
    assert seen["text"].startswith("Happy birthday, 王总!")  # the person, not the company
    assert seen["copied"] == seen["text"] + " See you soon."
    logged = _greetings_logged(ctx.store, "Birthday greeting sent")
    assert logged == [(DEMO_TODAY.isoformat(), "followup", "华星科技", "Birthday greeting sent")]
    assert key not in {r.key for r in panel.reminders}  # sent: the reminder is closed
    band = pane.calendar.band_texts(DEMO_TODAY)
    assert any(line.startswith("Follow-up · 华星科技 ·") for line in band), band
    x = pane.calendar.day_rect((DEMO_TODAY - pane.calendar.days[0].date).days).center().x()
    tip = pane.calendar.header_tooltip(x, pane.calendar._header - 2)  # hovering the band
    assert "华星科技 · Birthday greeting sent" in tip
    assert ctx.undo_stack.count() == before + 1
    ctx.undo_stack.undo()
    assert _greetings_logged(ctx.store, "Birthday greeting sent") == []
    assert key in {r.key for r in panel.reminders}


def test_a_holiday_greeting_names_the_customer_chosen_and_keeps_the_reminder(
    main_window, monkeypatch, qtbot
):
    from salesplanner.ui.week import greeting_dialog

    pane = _window(main_window, monkeypatch, dt.date(2026, 9, 28))  # 国庆节 on 1 October
    ctx = main_window.ctx
    panel = pane.reminders
    key = _select(panel, "holiday")
    holiday = next(r.name for r in panel.reminders if r.key == key)
    seen = {}

    def rep_picks_a_customer(dialog):
        seen["alone"] = dialog.text_edit.toPlainText()
        dialog.customer_combo.setEditText("不存在的公司")
        qtbot.mouseClick(dialog.sent_button, LEFT)
        seen["refused"] = dialog.note.text()
        dialog.customer_combo.setEditText("华星科技")
        seen["named"] = dialog.text_edit.toPlainText()
        qtbot.mouseClick(dialog.sent_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(greeting_dialog.GreetingDialog, "exec", rep_picks_a_customer)
    panel.on_greet()
    assert seen["alone"] == f"With {holiday} coming, I wish you and your family a happy holiday!"
    assert seen["refused"] == "Choose one of your customers, or none."
    assert seen["named"].startswith(f"Dear 华星科技, with {holiday} coming")
    logged = _greetings_logged(ctx.store, f"{holiday} greeting sent")
    assert [row[2] for row in logged] == ["华星科技"]
    assert key in {r.key for r in panel.reminders}  # more customers to greet


def test_the_reps_own_templates_from_settings(main_window, monkeypatch, qtbot):
    from salesplanner.ui.dialogs.settings_dialog import SettingsDialog
    from salesplanner.ui.week import greeting_dialog

    pane = _window(main_window, monkeypatch, DEMO_TODAY)
    ctx = main_window.ctx
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    shown = dialog.birthday_texts.toPlainText().splitlines()
    assert len(shown) == 3 and all("{name}" in line for line in shown)  # the built-in ones
    dialog.birthday_texts.setPlainText("Many happy returns, {name}!\n\nAll the best, {name}.")
    dialog.apply()
    assert load_settings(ctx.store).birthday_greetings == (
        "Many happy returns, {name}!",
        "All the best, {name}.",
    )
    assert load_settings(ctx.store).holiday_greetings == ()  # untouched: the built-in ones
    _birthday_of_huaxing(ctx, DEMO_TODAY)
    _select(pane.reminders, "birthday")
    seen = {}

    def second_template(d):
        d.template_combo.setCurrentIndex(1)
        seen["text"] = d.text_edit.toPlainText()
        return 0  # closed without sending

    monkeypatch.setattr(greeting_dialog.GreetingDialog, "exec", second_template)
    pane.reminders.on_greet()
    assert seen["text"] == "All the best, 王总."
    assert _greetings_logged(ctx.store, "%greeting sent") == []
    ctx.undo_stack.undo()
    assert load_settings(ctx.store).birthday_greetings == ()


@pytest.mark.usefixtures("chinese")
def test_the_built_in_texts_are_in_the_reps_language(qtbot):
    from salesplanner.domain.reminders import Reminder
    from salesplanner.ui.week.greeting_dialog import GreetingDialog, default_templates, sent_outcome

    birthday = Reminder("birthday:1:2026", "birthday", DEMO_TODAY, 1, "华星科技")
    dialog = GreetingDialog(None, birthday, "王总", ["华星科技"], default_templates("birthday"))
    qtbot.addWidget(dialog)
    assert dialog.text_edit.toPlainText() == "王总，生日快乐！祝您身体健康，工作顺利，万事如意！"
    assert dialog.sent_button.text() == "标记已发送"
    assert sent_outcome(birthday) == "已发送生日祝福"
    holiday = Reminder("holiday:2026-10-01", "holiday", dt.date(2026, 10, 1), name="国庆节")
    alone = fill(default_templates("holiday")[0], "", "国庆节")
    assert alone == "国庆节将至，祝您和家人节日快乐，阖家幸福！"
    assert sent_outcome(holiday) == "已发送国庆节祝福"


def test_fill_and_clean():
    assert fill("Dear {name}, happy {holiday}!", "", "Spring Festival") == "Happy Spring Festival!"
    assert fill("Happy birthday, {name}!\nCheers", "") == "Happy birthday! Cheers"
    assert fill("{name}，新年快乐 {x}", "张总") == "张总，新年快乐 {x}"  # other braces stay
    assert clean_templates(["  a ", "", "a", "b" * 600]) == ("a", "b" * 500)
