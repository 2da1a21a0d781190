"""Fixtures shared by the UI tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import DEMO_TODAY


@pytest.fixture
def chinese(qapp):
    """The app in zh_CN for the test (English again afterwards)."""
    from salesplanner.ui import i18n

    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease")
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def app_today(monkeypatch):
    """The app's clock (``ui.week.clock.today``) says DEMO_TODAY; ``app_today(day)`` moves it
    to ``day`` for the rest of the test."""
    from salesplanner.ui.week import clock

    def set_today(day: dt.date) -> dt.date:
        monkeypatch.setattr(clock, "today", lambda: day)
        return day

    set_today(DEMO_TODAY)
    return set_today


@pytest.fixture
def week_pane(qtbot, ctx, app_today):
    """The Week pane of an empty plan, shown at 1200×900 on the week of 2026-11-23 (today is
    DEMO_TODAY), refreshed by ``ctx.changed``."""
    from salesplanner.ui.week import pane as pane_module

    widget = pane_module.WeekPane(ctx)
    ctx.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    widget.go_to_date(dt.date(2026, 11, 23))
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def wizard(qtbot, ctx):
    """The goal wizard on an empty plan, its goal starting 2026-01-01, shown."""
    from salesplanner.ui.goal.wizard import GoalWizard

    w = GoalWizard(ctx)
    w.draft.start = dt.date(2026, 1, 1)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The app in English as it starts: the English catalogue installed (its plural forms:
    "1 deal", "2 deals")."""
    from salesplanner.ui import i18n

    i18n.install(qapp, "en")
