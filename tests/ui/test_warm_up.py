"""Panes built ahead while the window is idle: the first click only shows them, and a pane
built ahead still shows what changed before the rep first opens it."""

from __future__ import annotations

import pytest

from salesplanner.services.changes import Changes
from salesplanner.ui.main_window import PANES

pytestmark = pytest.mark.ui


def _names(pane) -> set[str]:
    return {row.customer.name for row in pane.model.rows}


def test_warm_up_builds_every_pane_without_showing_it(main_window, qtbot):
    main_window.warm_up()
    qtbot.waitUntil(lambda: len(main_window.panes) == len(PANES), timeout=30_000)
    assert main_window.current_pane_key() == "week"  # the rep still sees the Week pane
    for key, _m, _c in PANES:
        widget = main_window.panes[key]
        assert main_window.stack.indexOf(widget) >= 0  # in place of its placeholder
    before = main_window.panes["customers"]
    assert main_window.show_pane("customers") is before  # the click builds nothing new


def test_pane_built_ahead_shows_changes_made_before_it_is_opened(main_window, qtbot):
    main_window.warm_up()
    qtbot.waitUntil(lambda: "customers" in main_window.panes, timeout=30_000)
    store = main_window.ctx.store
    with store.transaction():
        store.execute(
            "UPDATE customers SET name = 'Renamed Before Opening' "
            "WHERE id = (SELECT customer_id FROM deals WHERE customer_id IS NOT NULL LIMIT 1)"
        )
    main_window.ctx.notify(Changes(customers=True))
    pane = main_window.show_pane("customers")
    assert "Renamed Before Opening" in _names(pane)
    # once seen, the pane follows every change at once, as before
    with store.transaction():
        store.execute(
            "UPDATE customers SET name = 'Renamed Again' WHERE name = 'Renamed Before Opening'"
        )
    main_window.ctx.notify(Changes(customers=True))
    assert "Renamed Again" in _names(pane)


def test_the_progress_pane_is_read_on_a_thread_and_shows_an_edit_made_meanwhile(
    main_window, qtbot, monkeypatch
):
    """Its numbers (the forecast, what holds the goal back: ≈ 0.3 s on a large plan) are read
    on the warm-up's thread, not on the UI thread; a sale logged while that thread reads is in
    the pane when the rep opens it."""
    import threading

    from salesplanner.ui.progress import pane as progress_pane

    read_on: list[str] = []
    release = threading.Event()
    real = progress_pane.load_progress

    def load_progress(store, as_of, kind):
        read_on.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            release.wait(5)
        return real(store, as_of, kind)

    monkeypatch.setattr(progress_pane, "load_progress", load_progress)
    main_window.warm_up()
    qtbot.waitUntil(lambda: read_on == ["pane-imports"], timeout=30_000)
    store = main_window.ctx.store
    before = real(store, None, "month").progress.actual_fen
    with store.transaction():  # a sale of ¥12,345, logged while the thread reads
        store.execute(
            "INSERT INTO deals (date, customer_id, amount_fen) "
            "SELECT ?, id, 1234500 FROM customers LIMIT 1",
            (real(store, None, "month").as_of.isoformat(),),
        )
    main_window.ctx.notify(Changes(deals=True))
    release.set()
    qtbot.waitUntil(lambda: "progress" in main_window.panes, timeout=30_000)
    assert read_on == ["pane-imports"]  # built from what the thread read
    pane = main_window.show_pane("progress")
    assert read_on[1:] == ["MainThread"]  # ... and read again for the edit, when shown
    assert pane.progress.actual_fen == before + 1234500


@pytest.mark.parametrize("key", ["progress", "customers", "pipeline"])
def test_a_pane_made_from_what_was_read_ahead_shows_what_it_reads_itself(main_window, qtbot, key):
    """Each pane the warm-up reads ahead (its class's ``load``) shows the same table or
    numbers as one that reads the plan itself."""
    import importlib

    from salesplanner.ui.tasks import own_connection

    _key, module, name = next(p for p in PANES if p[0] == key)
    cls = getattr(importlib.import_module(module), name)
    with own_connection(main_window.ctx.store) as own:
        data = cls.load(own)
    ahead = cls(main_window.ctx, None, data=data)
    itself = cls(main_window.ctx, None)
    qtbot.addWidget(ahead)
    qtbot.addWidget(itself)
    if key == "progress":
        assert ahead.progress == itself.progress and ahead.progress is not None
        assert ahead.headline.text() == itself.headline.text()
    else:
        model = ahead.model
        assert model.rowCount() > 0
        assert [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ] == [
            [itself.model.index(r, c).data() for c in range(itself.model.columnCount())]
            for r in range(itself.model.rowCount())
        ]
