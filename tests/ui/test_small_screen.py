"""A small laptop screen (1024×640): nothing clipped, nothing forced taller, no labels on top
of each other."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics

from salesplanner.ui.main_window import PANES, MainWindow

pytestmark = pytest.mark.ui


@pytest.fixture
def empty_window(qtbot, file_store, qsettings_isolated):
    w = MainWindow(file_store)
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    return w


def test_empty_plan_fits_640_pixels_on_every_pane(empty_window, qtbot):
    assert empty_window.empty_state.isVisible()
    for key, _m, _c in PANES:
        empty_window.show_pane(key)
        qtbot.wait(10)
        assert empty_window.minimumSizeHint().height() <= 640, key
        assert empty_window.height() == 640, key


def test_goal_wizard_invitation_is_not_clipped(empty_window, qtbot):
    pane = empty_window.show_pane("goal")
    qtbot.wait(10)
    text = pane.empty_text
    assert text.isVisible()
    assert text.height() >= text.heightForWidth(text.width())


def test_weekly_bar_labels_do_not_overlap(main_window, qtbot):
    main_window.resize(1024, 640)
    pane = main_window.show_pane("progress")
    pane.go_to_date(dt.date(2026, 11, 26))
    qtbot.wait(10)
    chart = pane.weekly
    axis = chart.plot.getAxis("bottom")
    shown = axis._tickLevels[0]
    assert len(chart.progress.weeks) == 6 and shown
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    slots = [x for x, _text in shown]
    widest = max(metrics.horizontalAdvance(t) for _x, t in shown)
    gap = (
        min(b - a for a, b in zip(slots, slots[1:], strict=False))
        if len(slots) > 1
        else len(chart.progress.weeks)
    )
    assert gap * chart.plot.vb.width() / len(chart.progress.weeks) >= widest + 4  # a space between
