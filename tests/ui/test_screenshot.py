"""`salesplanner screenshot` shows a pane as the rep sees it a moment after it opens."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def test_week_screenshot_holds_the_sales_line(qapp, demo_db, tmp_path, monkeypatch):
    """Issue 14.13: the week's sales line is filled 20 ms after the first paint; every
    screenshot of the week pane was grabbed before it and showed no 销售额 row."""
    from salesplanner.ui import i18n
    from salesplanner.ui.main_window import MainWindow
    from salesplanner.ui.screenshot import render_pane

    seen = []
    grab = MainWindow.grab

    def grab_and_look(window, *args):
        seen.append(window.panes["week"].capacity.sales)
        return grab(window, *args)

    monkeypatch.setattr(MainWindow, "grab", grab_and_look)
    try:
        out = render_pane(demo_db, "week", tmp_path / "week.png", (1024, 700), "en")
    finally:
        i18n.install(qapp, "en")
    assert out.stat().st_size > 10_000
    assert len(seen) == 1 and seen[0] is not None  # (won, target, settings) were drawn
