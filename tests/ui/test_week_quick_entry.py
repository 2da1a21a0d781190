"""The quick-entry bar in the main window: Ctrl+L, a few words, Enter → logged, visible at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def window(main_window, monkeypatch, app_today):

    pane = main_window.pane("week")
    pane.go_to_date(DEMO_TODAY)
    return main_window


def count(store, code):
    return store.execute(
        "SELECT COALESCE(SUM(count), 0) FROM activities WHERE activity_code = ? AND date = ?",
        (code, DEMO_TODAY.isoformat()),
    ).fetchone()[0]


def last_deal(store):
    """(amount in fen, customer name) of the newest deal."""
    return store.execute(
        "SELECT d.amount_fen, c.name FROM deals d JOIN customers c "
        "ON c.id = d.customer_id ORDER BY d.id DESC LIMIT 1"
    ).fetchone()


def test_logged_visit_raises_the_weeks_count_at_once(window, qtbot):
    store = window.ctx.store
    pane = window.panes["week"]
    before_visits = pane.capacity.capacity.row("visit").logged
    before = count(store, "visit")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    edit = window.quick_entry.edit
    edit.setText("visit 华星科技")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count(store, "visit") == before + 1
    assert pane.capacity.capacity.row("visit").logged == before_visits + 1
    assert f"{before_visits + 1} " in pane.capacity.row_text("visit")
    assert edit.text() == ""
    assert "华星科技" in window.statusBar().currentMessage()
    window.ctx.undo_stack.undo()
    assert count(store, "visit") == before
    assert pane.capacity.capacity.row("visit").logged == before_visits


def test_contract_in_chinese_adds_a_deal(window, qtbot):
    store = window.ctx.store
    deals = store.execute("SELECT COUNT(*) FROM deals").fetchone()[0]
    edit = window.quick_entry.edit
    edit.setText("签约 3.5万 华星科技")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    row = last_deal(store)
    assert row == (3_500_000, "华星科技")
    assert store.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == deals + 1
    window.ctx.undo_stack.undo()
    assert store.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == deals


def test_bad_line_is_kept_with_a_message(window, qtbot):
    edit = window.quick_entry.edit
    edit.setText("hello there")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "hello there"
    assert "visit" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    "text",
    [
        "签约 ¥12000 Acme",
        "签约 ￥12000 Acme",
        "签约 ¥ 1.2万 Acme",
        "签约 ¥12,000 Acme",
        "签约 12,000元 Acme",
        "签约12000元Acme",
        "签约1.2万Acme",
        "签约 ¥12k Acme",
    ],
)
def test_contract_with_a_yuan_sign_adds_a_deal(window, qtbot, text):
    store = window.ctx.store
    edit = window.quick_entry.edit
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    row = last_deal(store)
    assert row == (1_200_000, "Acme")
    assert edit.text() == ""


def test_week_shows_its_sales_target_and_what_was_won(window, qtbot):
    """Issue 14.13: the week pane never showed the week's sales target and the sales won
    against it; a contract logged in the bar moves the figure at once."""
    from salesplanner.services import progress as svc
    from salesplanner.ui.format import format_amount

    pane = window.panes["week"]
    numbers = svc.week_numbers(window.ctx.store, pane.monday)
    assert numbers.get("target_fen")
    # the line is filled right after the pane's first paint (start-up pays only for the week)
    qtbot.waitUntil(lambda: pane.capacity.sales_text() != "")
    text = pane.capacity.sales_text()
    assert (
        text
        == f"{format_amount(numbers['sales_fen'])} won of {format_amount(numbers['target_fen'])}"
    )
    edit = window.quick_entry.edit
    edit.setText("contract 2万 华星科技")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pane.capacity.sales_text().startswith(format_amount(numbers["sales_fen"] + 2_000_000))


def test_deal_lines_add_and_win_a_deal_undoably(window, qtbot):
    from salesplanner.store import opportunities as repo

    store = window.ctx.store
    board = window.pane("pipeline").board
    edit = window.quick_entry.edit
    edit.setText("商机 新峰软件 12万 方案")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    (opp,) = [o for o in repo.list_opportunities(store, "open") if o.customer_name == "新峰软件"]
    assert (opp.amount, opp.stage) == (120000, "proposal")
    assert "新峰软件" in window.statusBar().currentMessage()
    proposal = next(c for c in board.columns if c.key == "proposal")
    assert opp.id in [r.opp.id for r in proposal.cards]  # the board shows it at once
    deals = store.execute("SELECT COUNT(*) FROM deals").fetchone()[0]
    edit.setText("赢单 新峰软件 11.5万")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert repo.get(store, opp.id).outcome == "won"
    assert last_deal(store) == (11500000, "新峰软件")
    window.ctx.undo_stack.undo()
    assert repo.get(store, opp.id).is_open
    assert store.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == deals
    edit.setText("赢单 没有这家 1万")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "赢单 没有这家 1万"  # refused: the line stays to be fixed


def test_an_ambiguous_line_is_asked_about_and_enter_again_logs_it(window, qtbot):
    # issue 11 §3: "phone -3" logged one call to a customer named "3"
    store = window.ctx.store
    before = count(store, "phone")
    edit = window.quick_entry.edit
    edit.setText("phone -3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count(store, "phone") == before  # nothing logged yet
    assert edit.text() == "phone -3"  # the input is kept
    assert "“-3”" in window.statusBar().currentMessage()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # yes, a customer named -3
    assert count(store, "phone") == before + 1
    name = store.execute(
        "SELECT c.name FROM activities a JOIN customers c ON c.id = a.customer_id "
        "ORDER BY a.id DESC LIMIT 1"
    ).fetchone()[0]
    assert name == "-3"


# -- the bar knows the customers (issue 13 §4) ---------------------------------------------------
def type_text(widget, text):
    """Type ``text`` as keystrokes (QTest cannot type Chinese keys; a key event with text can)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def last_activity(store):
    """(customer, outcome) of the newest activity."""
    return store.execute(
        "SELECT c.name, a.outcome FROM activities a LEFT JOIN customers c ON c.id = a.customer_id "
        "ORDER BY a.id DESC LIMIT 1"
    ).fetchone()


def customer_count(store):
    return store.execute("SELECT COUNT(*) FROM customers").fetchone()[0]


def test_typing_a_name_offers_the_customers_it_may_be(window, qtbot):
    bar = window.quick_entry
    bar.edit.setFocus()
    type_text(bar.edit, "拜访 恒")
    assert bar.edit.text() == "拜访 恒"
    offered = bar._completions.stringList()
    assert offered[:2] == ["拜访 恒通科技", "拜访 恒通软件"]
    assert bar.completer.popup().isVisible()
    bar.completer.activated[str].emit("拜访 恒通软件")  # the rep picks one in the popup
    assert bar.edit.text() == "拜访 恒通软件"


def test_an_ambiguous_name_asks_which_customer_and_logs_for_the_one_picked(window, qtbot):
    store = window.ctx.store
    bar = window.quick_entry
    customers, visits = customer_count(store), count(store, "visit")
    bar.edit.setText("拜访 恒通")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert count(store, "visit") == visits  # nothing logged yet: it asks
    assert bar.chooser.isVisible()
    assert bar.chooser.names() == ["恒通科技", "恒通软件"]
    assert bar.edit.text() == "拜访 恒通"  # the typed line is kept
    qtbot.keyClick(bar.chooser.list, Qt.Key.Key_Down)
    qtbot.keyClick(bar.chooser.list, Qt.Key.Key_Return)
    assert not bar.chooser.isVisible()
    assert count(store, "visit") == visits + 1
    assert last_activity(store)[0] == "恒通软件"
    assert customer_count(store) == customers  # no customer "恒通" made beside them
    assert bar.edit.text() == ""
    assert "恒通软件" in window.statusBar().currentMessage()
    window.ctx.undo_stack.undo()
    assert count(store, "visit") == visits


def test_an_unknown_name_says_it_makes_a_customer_or_takes_a_look_alike(window, qtbot):
    store = window.ctx.store
    bar = window.quick_entry
    customers = customer_count(store)
    bar.edit.setFocus()
    type_text(bar.edit, "拜访 恒通网络")
    assert "not a customer yet" in window.statusBar().currentMessage()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.chooser.isVisible()
    assert bar.chooser.names()[:3] == ["New customer “恒通网络”", "恒通科技", "恒通软件"]
    bar.chooser.pick(2)  # an existing one instead
    assert last_activity(store)[0] == "恒通软件" and customer_count(store) == customers
    bar.edit.setText("拜访 恒通网络")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.chooser.list, Qt.Key.Key_Return)  # the first row: a new customer
    assert last_activity(store)[0] == "恒通网络" and customer_count(store) == customers + 1
    assert "new customer" in window.statusBar().currentMessage()


def test_a_note_after_the_name_sets_the_next_follow_up_in_one_undoable_step(window, qtbot):
    from salesplanner.services.changes import Changes
    from salesplanner.store.follow_ups import next_follow_up
    from salesplanner.ui.format import format_month_day

    store = window.ctx.store
    reminders = window.panes["week"].reminders
    cid = store.execute("SELECT id FROM customers WHERE name = '远航科技'").fetchone()[0]
    with store.transaction():  # a follow-up due today shows in the Week pane's reminders
        store.execute(
            "UPDATE customers SET next_follow_up = ? WHERE id = ?", (DEMO_TODAY.isoformat(), cid)
        )
    window.ctx.notify(Changes(customers=True))
    due = [r for r in reminders.reminders if r.kind == "followup" and r.customer_id == cid]
    assert len(due) == 1
    bar = window.quick_entry
    bar.edit.setText("跟进 远航科技 下周二再联系")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    tuesday = DEMO_TODAY + dt.timedelta(days=7 - DEMO_TODAY.weekday() + 1)
    assert last_activity(store) == ("远航科技", "下周二再联系")
    assert next_follow_up(store, cid) == tuesday
    assert not [r for r in reminders.reminders if r.customer_id == cid and r.kind == "followup"]
    assert f"next follow-up {format_month_day(tuesday)}" in window.statusBar().currentMessage()
    window.ctx.undo_stack.undo()  # the activity and the date together
    assert next_follow_up(store, cid) == DEMO_TODAY
    assert [r for r in reminders.reminders if r.customer_id == cid and r.kind == "followup"]


def test_a_contacts_name_completes_to_their_customers_and_asks_which(window, qtbot):
    """A contact's name is typed as often as the company's: 王总 is at several customers."""
    store = window.ctx.store
    at = [
        r[0]
        for r in store.execute(
            "SELECT c.name FROM contacts k JOIN customers c ON c.id = k.customer_id "
            "WHERE k.name = '王总' ORDER BY c.name"
        )
    ]
    assert len(at) >= 2 and "远航科技" in at
    bar = window.quick_entry
    bar.edit.setFocus()
    type_text(bar.edit, "拜访 王总")
    offered = bar._completions.stringList()
    # each completes to "customer person": the line keeps who the visit was with
    assert set(offered) >= {f"拜访 {name} 王总" for name in at[:8]}
    assert bar.completer.popup().isVisible()
    visits = count(store, "visit")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert count(store, "visit") == visits  # it asks first
    assert bar.chooser.isVisible() and set(bar.chooser.names()) >= set(at[:8])
    bar.chooser.pick(bar.chooser.names().index("远航科技"))
    assert count(store, "visit") == visits + 1
    assert last_activity(store)[0] == "远航科技"
    assert last_person(store) == ("远航科技", "王总")  # the 王总 of the customer picked
    assert "远航科技 王总" in window.statusBar().currentMessage()


def last_person(store):
    """(customer of the contact, contact name) the newest activity names; (None, None)."""
    return tuple(
        store.execute(
            "SELECT c.name, k.name FROM activities a LEFT JOIN contacts k ON k.id = a.contact_id "
            "LEFT JOIN customers c ON c.id = k.customer_id ORDER BY a.id DESC LIMIT 1"
        ).fetchone()
    )


def test_a_completed_contact_line_logs_the_visit_with_that_person(window, qtbot):
    store = window.ctx.store
    person = store.execute(
        "SELECT k.name, c.name FROM contacts k JOIN customers c ON c.id = k.customer_id "
        "WHERE c.name = '远航科技' ORDER BY k.is_main DESC, k.id LIMIT 1"
    ).fetchone()
    name, customer = person
    bar = window.quick_entry
    bar.edit.setFocus()
    type_text(bar.edit, f"跟进 {customer[:2]}")
    bar.on_completion(f"跟进 {customer}")  # the rep picks the customer in the popup
    type_text(bar.edit, f" {name} 谈了价格")
    assert bar.edit.text() == f"跟进 {customer} {name} 谈了价格"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert last_activity(store) == (customer, f"{name} 谈了价格")
    assert last_person(store) == (customer, name)
    window.ctx.undo_stack.undo()
    assert last_activity(store) != (customer, f"{name} 谈了价格")
