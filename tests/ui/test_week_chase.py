"""This week's deals to chase in the Week pane of the real window (issue 12.2): listed after the
first paint, dragged onto the calendar as an undoable block for the deal, opened with a
double-click in the Pipeline pane's editor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from salesplanner.domain.money import to_fen
from salesplanner.services import pipeline as pipeline_svc
from salesplanner.store import opportunities as opp_repo
from salesplanner.store.blocks import list_blocks
from salesplanner.ui.week.chase_panel import SHOWN
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

MONDAY = DEMO_TODAY - dt.timedelta(days=DEMO_TODAY.weekday())


@pytest.fixture
def window(qtbot, demo_store, qsettings_isolated, monkeypatch, app_today):
    from salesplanner.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    pane = w.pane("week")
    qtbot.waitUntil(lambda: pane.chase.deals != [], timeout=5000)
    return w


def week_blocks(store):
    return list_blocks(store, MONDAY, MONDAY + dt.timedelta(days=6))


def drop(calendar, mime, date: dt.date, minute: int) -> None:
    """What Qt sends the calendar while a line is dragged over it and let go."""
    pos = calendar.point_at(date, minute + 1).toPoint()
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos, actions, mime, button, mods),
        QDragMoveEvent(pos, actions, mime, button, mods),
        QDropEvent(pos, actions, mime, button, mods),
    ):
        QApplication.sendEvent(calendar, event)


def test_the_list_waits_for_the_first_paint(qtbot, demo_ctx, monkeypatch, app_today):
    from salesplanner.ui.week.pane import WeekPane

    calls = []
    real = pipeline_svc.deals_to_chase
    monkeypatch.setattr(pipeline_svc, "deals_to_chase", lambda *a: calls.append(a) or real(*a))
    pane = WeekPane(demo_ctx)
    qtbot.addWidget(pane)
    assert calls == []  # built, not painted: nothing of the pipeline read yet
    pane.show()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert calls[0][1:] == (DEMO_TODAY, 14)  # today, and the stale days of the settings


def test_each_line_says_customer_title_amount_and_why(window):
    pane = window.pane("week")
    deals = pane.chase.deals
    expected = pipeline_svc.deals_to_chase(window.ctx.store, DEMO_TODAY, 14)
    assert [c.opportunity.id for c in deals] == [c.opportunity.id for c in expected]
    assert pane.chase.title.text() == f"Deals to chase this week ({len(deals)})"
    from salesplanner.ui.format import format_amount

    for row, c in enumerate(deals[:SHOWN]):
        head, why = pane.chase.list.item(row).text().split("\n")
        o = c.opportunity
        assert head.startswith(o.customer_name) and o.customer_name
        assert head.endswith(format_amount(to_fen(o.amount), pane.settings))
        assert "¥" in head and "k" in head  # ¥k in English
        reasons = ", ".join(pane.chase.reason_text(r) for r in c.reasons)
        assert why == (f"{reasons}: {o.next_step}" if o.next_step else reasons)


def test_dropping_a_deal_on_the_calendar_plans_an_undoable_block_for_it(window, qtbot):
    pane = window.pane("week")
    ctx = window.ctx
    stack = ctx.undo_stack
    stack.clear()
    pane.go_to_date(DEMO_TODAY)
    chosen = pane.chase.deals[0].opportunity
    before = week_blocks(ctx.store)
    from salesplanner.ui.week.chase_panel import deal_mime

    friday = DEMO_TODAY
    drop(pane.calendar, deal_mime(chosen.id), friday, 16 * 60)
    (new,) = [b for b in week_blocks(ctx.store) if b not in before]
    assert (new.date, new.start_min, new.end_min, new.code) == (friday, 960, 1020, "followup")
    assert new.opportunity_id == chosen.id and new.customer_id == chosen.customer_id
    assert new.customer_name == chosen.customer_name
    assert pane.calendar.block(new.id) is not None  # on screen, selected
    assert pane.calendar.selected == new.id
    assert stack.count() == 1 and stack.undoText() == "Plan time for a deal"
    stack.undo()
    assert week_blocks(ctx.store) == before
    assert pane.calendar.block(new.id) is None
    stack.redo()
    assert [b for b in week_blocks(ctx.store) if b not in before] == [new]  # the same block


def test_a_drop_outside_the_grid_or_of_other_data_plans_nothing(window):
    from PySide6.QtCore import QMimeData

    pane = window.pane("week")
    before = week_blocks(window.ctx.store)
    text = QMimeData()
    text.setText("华星科技")
    drop(pane.calendar, text, DEMO_TODAY, 16 * 60)
    assert week_blocks(window.ctx.store) == before and window.ctx.undo_stack.count() == 0


def test_double_click_opens_the_deal_in_the_pipeline_editor(window, qtbot, monkeypatch):
    from salesplanner.ui.pipeline import dialogs

    pane = window.pane("week")
    window.ctx.undo_stack.clear()
    first = pane.chase.deals[0].opportunity
    asked = []

    def ask(parent, opp, stages, customers, today, *_people):
        asked.append(opp)
        return replace(opp, next_step="电话约演示", next_step_date=DEMO_TODAY + dt.timedelta(1))

    monkeypatch.setattr(dialogs.DealDialog, "ask", staticmethod(ask))
    lst = pane.chase.list
    rect = lst.visualItemRect(lst.item(0))
    assert lst.isVisible() and lst.viewport().rect().contains(rect.center())
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [o.id for o in asked] == [first.id]
    assert opp_repo.get(window.ctx.store, first.id).next_step == "电话约演示"
    assert window.ctx.undo_stack.undoText() == "Edit deal"
    # the list follows: the deal's next step, due tomorrow (Saturday), says why it is listed
    (now,) = [c for c in pane.chase.deals if c.opportunity.id == first.id]
    line = pane.chase.line_text(now, pane.settings)
    assert "next step due Nov 28" in line.splitlines()[1], line
    assert line.endswith(": 电话约演示"), line
    window.ctx.undo_stack.undo()
    assert opp_repo.get(window.ctx.store, first.id).next_step == first.next_step


def test_no_deal_to_chase_says_so(qtbot, ctx, monkeypatch, app_today):
    from salesplanner.ui.week.pane import WeekPane

    pane = WeekPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.chase.title.text() != "Deals to chase this week", timeout=5000)
    assert pane.chase.list.item(0).text() == "No deal needs chasing this week."
