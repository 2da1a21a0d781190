"""The Customers pane's Duplicates… dialog in the real window (issue 13.1): the near-duplicates
an import made are listed with the records each has; merging moves the records (the dialog says
how many, the Customers table loses a row, the kept customer's card shows them), Ctrl+Z brings
the twin back and the proposal with it; "Not the same company" is remembered in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from salesplanner.domain.records import Activity, Customer, Deal
from salesplanner.services import customers as svc
from salesplanner.store import Store, records
from salesplanner.ui.customers import card as card_module
from salesplanner.ui.customers.card import MergeProposalsDialog
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def window(main_window, monkeypatch):
    from salesplanner.ui.week import clock

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    monkeypatch.setattr(card_module, "confirm", lambda parent, text: True)
    return main_window


@pytest.fixture
def twins(window):
    """Two of the demo's customers, each with a twin an import made: one sale and two calls
    under "<name>有限公司", and "<name> (中国)" with nothing."""
    store = window.ctx.store
    first, second = [n for _i, n in sorted(records_names(store))][:2]
    day = DEMO_TODAY - dt.timedelta(days=3)
    with store.transaction():
        a = records.insert_customer(store, Customer(None, f"{first}有限公司"))
        records.insert_deal(store, Deal(None, day, Decimal(12_000), a))
        records.insert_activity(store, Activity(None, day, "phone", 2, customer_id=a))
        records.insert_activity(store, Activity(None, day, "phone", 1, customer_id=a))
        b = records.insert_customer(store, Customer(None, f"{second} (中国)"))
    window.ctx.undo_stack.clear()
    pane = window.show_pane("customers")
    pane.refresh(svc.CUSTOMER_CHANGES)
    return pane, (first, a), (second, b)


def records_names(store) -> list[tuple[int, str]]:
    return [(r["id"], r["name"]) for r in store.query("SELECT id, name FROM customers")]


def open_dialog(qtbot, pane, monkeypatch) -> MergeProposalsDialog:
    """Click Duplicates…; the dialog is shown (not run modally, so the test can drive it)."""
    opened: list[MergeProposalsDialog] = []

    def show(dialog) -> int:
        dialog.show()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(MergeProposalsDialog, "exec", show)
    qtbot.mouseClick(pane.duplicates_button, Qt.MouseButton.LeftButton)
    (dialog,) = opened
    qtbot.addWidget(dialog)
    return dialog


def listed(dialog) -> list[tuple[str, ...]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(4)) for r in range(t.rowCount())]


def test_merging_from_the_dialog_moves_the_records_and_undo_brings_the_twin_back(
    window, twins, qtbot, monkeypatch
):
    pane, (first, a), (second, b) = twins
    store = window.ctx.store
    keep = svc.find_customer(store, first)
    keep_records = svc.merge_proposals(store)[0].keep_records
    dialog = open_dialog(qtbot, pane, monkeypatch)
    rows = listed(dialog)
    assert (first, str(keep_records), f"{first}有限公司", "3") in rows
    assert any(r[0] == second and r[2] == f"{second} (中国)" and r[3] == "0" for r in rows)
    customers_before = pane.proxy.rowCount()
    timeline_before = window.open_customer(keep).timeline_model.rowCount()
    dialog.table.selectRow(next(i for i, r in enumerate(rows) if r[2] == f"{first}有限公司"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.done_label.text() == f"Records moved from {first}有限公司 to {first}: 3."
    assert [r[2] for r in listed(dialog)] == [f"{second} (中国)"]
    assert pane.proxy.rowCount() == customers_before - 1
    assert window.cards[keep].timeline_model.rowCount() == timeline_before + 3
    window.act_undo.trigger()
    assert (first, str(keep_records), f"{first}有限公司", "3") in listed(dialog)
    assert pane.proxy.rowCount() == customers_before
    assert window.cards[keep].timeline_model.rowCount() == timeline_before
    assert store.query("SELECT count(*) AS n FROM deals WHERE customer_id = ?", (a,)) == [{"n": 1}]


def test_not_the_same_company_is_remembered_after_the_plan_is_opened_again(
    window, twins, demo_db, qtbot, monkeypatch
):
    pane, (first, _a), (second, _b) = twins
    dialog = open_dialog(qtbot, pane, monkeypatch)
    rows = listed(dialog)
    dialog.table.selectRow(next(i for i, r in enumerate(rows) if r[2] == f"{second} (中国)"))
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert [r[2] for r in listed(dialog)] == [f"{first}有限公司"]
    assert "not proposed again" in dialog.done_label.text()
    dialog.close()
    again = open_dialog(qtbot, pane, monkeypatch)  # opened again: still not proposed
    assert [r[2] for r in listed(again)] == [f"{first}有限公司"]
    other = Store.open(demo_db)  # the plan file itself remembers it
    try:
        assert [p.other_name for p in svc.merge_proposals(other)] == [f"{first}有限公司"]
    finally:
        other.close()
    window.act_undo.trigger()  # proposed again
    assert len(listed(again)) == 2
