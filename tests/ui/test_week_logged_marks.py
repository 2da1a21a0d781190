"""Issue 13 §2 in the real window: the calendar shows what was logged — a done block its
logged count and outcome, activities logged without a block in their day's band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from salesplanner.domain.records import TimeBlock
from salesplanner.domain.week_log import LoggedRow, week_log
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def window(main_window, monkeypatch, app_today):

    main_window.resize(1400, 900)
    main_window.show_pane("week")
    main_window.pane("week").go_to_date(DEMO_TODAY)
    return main_window


def _new_block(window, start: int, code: str = "visit", customer: str = "") -> int:
    from salesplanner.ui.week.commands import CreateBlocksCommand

    block = TimeBlock(None, DEMO_TODAY, start, start + 60, code, customer_name=customer)
    command = CreateBlocksCommand(window.ctx, [block])
    window.ctx.undo_stack.push(command)
    return command.ids[0]


def test_marking_a_block_done_shows_its_logged_count_and_outcome(window, qtbot, monkeypatch):
    from salesplanner.ui.week import dialogs

    pane = window.pane("week")
    cal = pane.calendar
    block_id = _new_block(window, 19 * 60, "phone", "华星科技")
    assert not any(t.startswith("Logged") for t in cal.block_texts(block_id))

    def rep_fills_in(dialog):  # the rep sets how many and what came of it, then OK
        dialog.count_spin.setValue(3)
        dialog.outcome_edit.setFocus()
        qtbot.keyClicks(dialog.outcome_edit, "demo booked")
        dialog.on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.LogDialog, "exec", rep_fills_in)
    cal.select(block_id)
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Space)
    texts = cal.block_texts(block_id)
    assert texts[1].startswith("Logged 3 · demo")  # right under the title (elided to fit)
    rect = cal.block_rect(block_id)
    assert cal.header_tooltip(rect.center().x(), rect.center().y()) == "Logged 3 · demo booked"
    window.ctx.undo_stack.undo()
    assert not any("Logged" in t for t in cal.block_texts(block_id))


def test_an_entry_logged_without_a_block_appears_in_its_day(window, qtbot):
    pane = window.pane("week")
    cal = pane.calendar
    window.activateWindow()
    before = cal.band_texts(DEMO_TODAY)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    edit = window.quick_entry.edit
    edit.setText("event 华星科技 met the CFO")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    after = cal.band_texts(DEMO_TODAY)
    assert len(after) == len(before) + 1, after
    assert any(t.startswith("Industry event · 华星") for t in after), after
    assert cal._band_h() > 0
    x = cal.day_rect((DEMO_TODAY - cal.days[0].date).days).center().x()
    tip = cal.header_tooltip(x, cal._header - 2)
    assert "华星科技 · met the CFO" in tip
    window.ctx.undo_stack.undo()
    assert cal.band_texts(DEMO_TODAY) == before


def test_a_busy_day_shows_three_lines_and_the_rest_on_hover(window, qtbot):
    """Five types logged in a day without blocks: two lines, then "+N more"; the rest on hover."""
    cal = window.pane("week").calendar
    window.activateWindow()
    edit = window.quick_entry.edit
    typed = (
        "visit 华星科技",
        "visit 凯达科技",
        "phone 华星科技",
        "followup 华星科技",
        "event 华星科技",
    )
    for line in typed + ("proposal 华星科技",):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        edit.setText(line)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    groups = cal.log.days[DEMO_TODAY]
    assert len(groups) >= 5, groups
    lines = cal.band_texts(DEMO_TODAY)
    assert len(lines) == 3 and lines[2] == f"+{len(groups) - 2} more"
    assert lines[0].endswith(f"×{groups[0].count}")  # the biggest type first
    assert groups[0].count == max(g.count for g in groups)
    tip = cal.day_log_text(DEMO_TODAY)
    assert all(cal._label(g.code) + f" ×{g.count}" in tip for g in groups)


def test_week_log_groups_blocks_and_days():
    day = DEMO_TODAY
    rows = [
        LoggedRow(day, "visit", 1, "A", "", 7),
        LoggedRow(day, "visit", 2, "B", "有兴趣", 7),
        LoggedRow(day, "phone", 1, "C", "", None),
        LoggedRow(day, "followup", 1, "D", "", None),
        LoggedRow(day, "followup", 1, "E", "回电", None),
    ]
    log = week_log(rows, ("visit", "phone", "followup"))
    assert log.blocks[7].count == 3 and log.blocks[7].outcome == "有兴趣"
    assert [g.code for g in log.days[day]] == ["followup", "phone"]
    assert log.days[day][1].single is not None and log.days[day][0].single is None
    assert log.most_groups() == 2
