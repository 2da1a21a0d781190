"""The Pipeline pane: board columns with sums, drag and keyboard moves, the Monday filters;
every edit undoable."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from salesplanner.domain.opportunities import DealFilter, Opportunity
from salesplanner.services import pipeline as svc
from salesplanner.store import opportunities as repo
from salesplanner.ui.pipeline import dialogs
from salesplanner.ui.pipeline.pane import PipelinePane

pytestmark = pytest.mark.ui
TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def pane(qtbot, ctx, monkeypatch, app_today):
    app_today(TODAY)
    store = ctx.store
    for customer, wan, stage, close, step in (
        ("华星科技", 12, "proposal", dt.date(2026, 12, 20), "发报价"),
        ("远航软件", 3, "proposal", dt.date(2026, 11, 30), ""),
        ("明德信息", 5, "negotiation", dt.date(2027, 1, 15), "催合同"),
    ):
        svc.add(
            store,
            Opportunity(None, customer, "", Decimal(wan * 10000), stage, dt.date(2026, 11, 1),
                        expected_close=close, next_step=step),
        )  # fmt: skip
    p = PipelinePane(ctx)
    qtbot.addWidget(p)
    p.resize(1500, 700)
    p.show()
    return p


def column(p, key):
    return next(c for c in p.board.columns if c.key == key)


def test_board_columns_show_count_sum_and_weighted(pane):
    keys = [c.key for c in pane.board.columns]
    assert keys == ["lead", "first_visit", "needs", "proposal", "negotiation", "won", "lost"]
    proposal = column(pane, "proposal")
    assert [r.opp.customer_name for r in proposal.cards] == ["华星科技", "远航软件"]
    # 12万 + 3万 = 15万, weighted 60 % → 9万
    assert "15" in proposal.summary and "2" in proposal.summary and "9" in proposal.weighted
    assert proposal.cards[1].overdue and not proposal.cards[0].overdue


def test_drag_a_card_to_another_stage_and_undo(pane, qtbot, ctx):
    board = pane.board
    start = board.card_rect(3, 0).center()
    target = board.column_rect(4).center()
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, start + QPoint(20, 5))
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert [r.opp.customer_name for r in column(pane, "negotiation").cards] == [
        "华星科技",
        "明德信息",
    ]
    ctx.undo_stack.undo()
    assert [r.opp.customer_name for r in column(pane, "proposal").cards] == ["华星科技", "远航软件"]
    ctx.undo_stack.redo()
    assert len(column(pane, "negotiation").cards) == 2


def test_keyboard_selects_and_moves_a_card(pane, qtbot):
    board = pane.board
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Right)  # selects the first card (华星科技 at proposal)
    qtbot.keyClick(board, Qt.Key.Key_Down)
    assert pane.rows[board.selected_id()].opp.customer_name == "远航软件"
    qtbot.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    needs = column(pane, "needs")
    assert [r.opp.customer_name for r in needs.cards] == ["远航软件"]
    assert pane.rows[board.selected_id()].opp.customer_name == "远航软件"  # still selected


def test_drop_on_won_asks_for_the_amount_and_writes_the_sale(pane, qtbot, ctx, monkeypatch):
    monkeypatch.setattr(dialogs.WinDialog, "ask", staticmethod(lambda *a: (Decimal(115000), TODAY)))
    board = pane.board
    start, target = board.card_rect(3, 0).center(), board.column_rect(5).center()
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, start + QPoint(20, 5))
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert ctx.store.query("SELECT amount_fen FROM deals") == [{"amount_fen": 11500000}]
    assert "1" in column(pane, "won").summary
    ctx.undo_stack.undo()
    assert ctx.store.query("SELECT amount_fen FROM deals") == []


def test_lose_cancelled_changes_nothing_and_lose_with_reason(pane, ctx, monkeypatch):
    oid = column(pane, "negotiation").cards[0].opp.id
    monkeypatch.setattr(dialogs.LoseDialog, "ask", staticmethod(lambda *a: None))
    pane.on_lose(oid)
    assert ctx.undo_stack.count() == 0
    monkeypatch.setattr(dialogs.LoseDialog, "ask", staticmethod(lambda *a: ("价格太高", TODAY)))
    pane.on_lose(oid)
    assert repo.get(ctx.store, oid).lost_reason == "价格太高"
    assert column(pane, "negotiation").cards == []


def test_a_refused_edit_is_one_sentence_and_not_on_the_stack(pane, ctx, monkeypatch):
    said = []
    monkeypatch.setattr("salesplanner.ui.pipeline.pane.warn", lambda *_a: said.append)
    oid = column(pane, "proposal").cards[0].opp.id
    pane.on_move(oid, "proposal")  # already there
    assert ctx.undo_stack.count() == 0 and len(said) == 1


def test_table_filters_a_rep_uses_on_monday(pane, qtbot):
    pane.tabs.setCurrentIndex(1)
    assert pane.proxy.rowCount() == 3
    pane.overdue_box.setChecked(True)
    assert pane.proxy.rowCount() == 1
    pane.overdue_box.setChecked(False)
    pane.no_step_box.setChecked(True)
    assert pane.proxy.rowCount() == 1
    pane.no_step_box.setChecked(False)
    pane.closing_box.setChecked(True)
    assert pane.proxy.rowCount() == 1  # 华星科技, 12-20
    pane.closing_box.setChecked(False)
    pane.text_filter.setText("明德")
    assert pane.proxy.rowCount() == 1
    assert pane.proxy.filter == DealFilter()


def test_new_deal_through_the_dialog(pane, ctx, monkeypatch):
    def ask(_parent, blank, *_a):
        return Opportunity(None, "新峰科技", "试点", Decimal(20000), "lead", blank.created)

    monkeypatch.setattr(dialogs.DealDialog, "ask", staticmethod(ask))
    pane.on_new()
    assert [r.opp.customer_name for r in column(pane, "lead").cards] == ["新峰科技"]
    ctx.undo_stack.undo()
    assert column(pane, "lead").cards == []


def test_table_model(pane, qtmodeltester):
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)


def test_table_sorts_by_amount(pane):
    from salesplanner.ui.pipeline.model import COLUMNS

    pane.tabs.setCurrentIndex(1)
    pane.table.sortByColumn(COLUMNS.index("amount"), Qt.SortOrder.DescendingOrder)
    first = pane.proxy.index(0, COLUMNS.index("customer")).data()
    last = pane.proxy.index(2, COLUMNS.index("customer")).data()
    assert (first, last) == ("华星科技", "远航软件")


def test_the_reps_own_stages_show_on_the_board_and_undo(pane, ctx, qtbot, monkeypatch):
    from dataclasses import replace

    dialog = dialogs.StagesDialog(pane, pane.stages)
    qtbot.addWidget(dialog)
    dialog.on_add()
    dialog.on_accept()
    assert not dialog.error.isHidden()  # a new stage needs its name
    dialog.rows[-1][1].setText("试点")
    dialog.rows[0][2].setValue(5)  # lead at 5 %
    dialog.on_accept()
    stages = dialog.result_stages
    monkeypatch.setattr(dialogs.StagesDialog, "ask", staticmethod(lambda *_a: stages))
    pane.on_stages()
    titles = [c.title for c in pane.board.columns]
    assert titles[0].endswith("5%") and titles[5].startswith("试点")
    ctx.undo_stack.undo()
    assert [c.key for c in pane.board.columns][5] == "won"
    # a stage that deals are at cannot go: the edit is refused, nothing pushed
    without = [s for s in pane.stages if s.key != "proposal"]
    monkeypatch.setattr(dialogs.StagesDialog, "ask", staticmethod(lambda *_a: without))
    count = ctx.undo_stack.count()
    monkeypatch.setattr("salesplanner.ui.pipeline.pane.warn", lambda *_a: lambda _m: None)
    pane.on_stages()
    assert ctx.undo_stack.count() == count
    assert replace(pane.stages[0]) == pane.stages[0]


def test_on_a_small_screen_a_drag_held_at_the_edge_reaches_the_lost_column(
    pane, qtbot, ctx, monkeypatch
):
    """At 1100 px the 输单 drop column is out of view: holding the dragged card at the right
    edge scrolls the board until it is under the pointer, and the drop asks for the reason."""
    monkeypatch.setattr(dialogs.LoseDialog, "ask", staticmethod(lambda *a: ("价格太高", TODAY)))
    pane.resize(1100, 700)
    qtbot.waitUntil(lambda: pane.board.col_w < 210)  # the columns narrowed to fit
    board, scroll = pane.board, pane.board_scroll
    view = scroll.viewport()
    lost = next(i for i, c in enumerate(board.columns) if c.key == "lost")
    assert board.column_rect(lost).right() > view.width()  # out of view
    oid = column(pane, "negotiation").cards[0].opp.id
    start = board.card_rect(lost - 2, 0).center()  # 商务谈判's card, fully in view
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    edge = board.mapFrom(view, QPoint(view.width() - 10, start.y()))
    qtbot.mouseMove(board, edge)
    qtbot.waitUntil(lambda: board.column_at(board._drag_pos) == lost, timeout=3000)
    at = board.mapFrom(view, QPoint(view.width() - 10, start.y()))
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=at)
    assert repo.get(ctx.store, oid).lost_reason == "价格太高"


def test_counts_read_as_english_and_chinese_say_them(pane, qapp):
    """“1 deal”, never “1 deals”: the board's columns and the summary use Qt's plural forms."""
    from salesplanner.ui import i18n

    assert column(pane, "proposal").summary.startswith("2 deals · ")
    assert column(pane, "negotiation").summary.startswith("1 deal · ")
    assert column(pane, "lead").summary.startswith("0 deals · ")
    assert pane.summary.text().startswith("Open: 3 deals · ")
    svc.delete(pane.ctx.store, column(pane, "proposal").cards[0].opp.id)
    svc.delete(pane.ctx.store, column(pane, "proposal").cards[1].opp.id)
    pane.refresh(svc.PIPELINE)
    assert pane.summary.text().startswith("Open: 1 deal · ")
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    try:
        pane.refresh(svc.PIPELINE)
        assert pane.summary.text().startswith("进行中：1 个商机 · ")
    finally:
        i18n.install(qapp, "en")
