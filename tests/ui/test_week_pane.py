"""The Week pane driven with the mouse and the keyboard; the database checked after each step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from salesplanner.domain.records import TimeBlock
from salesplanner.services.changes import Changes
from salesplanner.store.blocks import list_blocks
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

MONDAY = dt.date(2026, 11, 23)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pane(qtbot, ctx, monkeypatch):
    from salesplanner.ui.week import clock
    from salesplanner.ui.week import pane as pane_module

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    widget = pane_module.WeekPane(ctx)
    ctx.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    widget.go_to_date(MONDAY)
    qtbot.waitExposed(widget)
    return widget


def rows(store):
    return [(b.date, b.start_min, b.end_min, b.code, b.customer_name, b.note, b.planned_count)
            for b in list_blocks(store, MONDAY, MONDAY + dt.timedelta(days=6))]


def pt(p: QPointF) -> QPoint:
    return p.toPoint()


def drag(qtbot, widget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    qtbot.mousePress(widget, LEFT, pos=pt(start))
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        qtbot.mouseMove(widget, pos=pt(p))
    qtbot.mouseRelease(widget, LEFT, pos=pt(end))


def test_create_move_resize_delete_with_undo(pane, qtbot, ctx):
    cal = pane.calendar
    stack = ctx.undo_stack
    # create: drag on empty Tuesday from 10:00 to 11:30
    tue = MONDAY + dt.timedelta(days=1)
    drag(qtbot, cal, cal.point_at(tue, 10 * 60 + 2), cal.point_at(tue, 11 * 60 + 30))
    assert rows(ctx.store) == [(tue, 600, 690, "visit", "", "", 0)]
    stack.undo()
    assert rows(ctx.store) == []
    stack.redo()
    assert rows(ctx.store) == [(tue, 600, 690, "visit", "", "", 0)]
    block_id = list_blocks(ctx.store, MONDAY, MONDAY + dt.timedelta(days=6))[0].id

    # move: grab the middle, drop on Thursday one hour later
    rect = cal.block_rect(block_id)
    thu = MONDAY + dt.timedelta(days=3)
    start = rect.center()
    end = QPointF(cal.point_at(thu, 0).x(), start.y() + cal.hour_h())
    drag(qtbot, cal, start, end)
    assert rows(ctx.store) == [(thu, 660, 750, "visit", "", "", 0)]
    stack.undo()
    assert rows(ctx.store) == [(tue, 600, 690, "visit", "", "", 0)]
    stack.redo()

    # resize: drag the bottom edge down to 13:00 (snaps to 15 min)
    rect = cal.block_rect(block_id)
    bottom = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, cal, bottom, QPointF(bottom.x(), cal.y_of(13 * 60 + 4)))
    assert rows(ctx.store) == [(thu, 660, 780, "visit", "", "", 0)]
    stack.undo()
    assert rows(ctx.store) == [(thu, 660, 750, "visit", "", "", 0)]
    stack.redo()

    # delete with the keyboard
    cal.select(block_id)
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    assert rows(ctx.store) == []
    stack.undo()
    assert rows(ctx.store) == [(thu, 660, 780, "visit", "", "", 0)]
    stack.redo()
    assert rows(ctx.store) == []


def test_double_click_edits_through_the_dialog_seam(pane, qtbot, ctx, monkeypatch):
    from salesplanner.ui.week import dialogs

    with ctx.store.transaction():
        ctx.store.execute("INSERT INTO customers(name) VALUES ('华星科技')")
    ctx.undo_stack.push(__import__("salesplanner.ui.week.commands", fromlist=["x"]).CreateBlocksCommand(
        ctx, [TimeBlock(None, MONDAY, 540, 600, "visit")]))
    block_id = list_blocks(ctx.store, MONDAY, MONDAY)[0].id
    seen = {}

    def fake_ask(parent, block, customers, colors):
        seen["block"], seen["customers"] = block, customers
        return dialogs.BlockEdit("followup", "华星科技", "call back about the demo", 3, 540, 630)

    monkeypatch.setattr(dialogs.BlockDialog, "ask", staticmethod(fake_ask))
    rect = pane.calendar.block_rect(block_id)
    qtbot.mouseDClick(pane.calendar, LEFT, pos=pt(rect.center()))
    assert seen["block"].id == block_id and "华星科技" in seen["customers"]
    assert rows(ctx.store) == [(MONDAY, 540, 630, "followup", "华星科技", "call back about the demo", 3)]
    ctx.undo_stack.undo()
    assert rows(ctx.store) == [(MONDAY, 540, 600, "visit", "", "", 0)]


def test_template_fills_the_five_working_days(pane, ctx):
    n = pane.apply_template()
    blocks = list_blocks(ctx.store, MONDAY, MONDAY + dt.timedelta(days=6))
    assert n == len(blocks) == 12
    assert sorted({b.date.weekday() for b in blocks}) == [0, 1, 2, 3, 4]
    assert len(pane.calendar.blocks) == 12
    assert pane.apply_template() == 0  # nothing twice
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert rows(ctx.store) == []


def test_solid_day_gets_the_buffer_warning(pane, ctx):
    from salesplanner.ui.week.commands import CreateBlocksCommand

    ctx.undo_stack.push(CreateBlocksCommand(ctx, [TimeBlock(None, MONDAY, 8 * 60, 18 * 60, "visit")]))
    warnings = pane.capacity.warnings()
    assert len(warnings) == 1 and "Mon" in warnings[0]


def test_changes_signal_reloads(pane, ctx):
    with ctx.store.transaction():
        ctx.store.execute("INSERT INTO time_blocks(date, start_min, end_min, activity_code) "
                          "VALUES ('2026-11-24', 600, 660, 'phone')")
    ctx.notify(Changes(blocks=True))
    assert [b.code for b in pane.calendar.blocks] == ["phone"]
