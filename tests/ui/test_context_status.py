"""Panes tell the rep through the context's status signal; the main window shows it (a pane
never looks for the window's status bar)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def test_what_the_week_pane_says_shows_in_the_windows_status_bar(main_window):
    pane = main_window.show_pane("week")
    pane.go_to_date(pane.monday.replace(year=pane.monday.year + 1))  # an empty week ahead
    added = pane.apply_template()
    assert added > 0
    assert main_window.statusBar().currentMessage() == pane.last_template_message
    assert str(added) in pane.last_template_message


def test_a_pane_outside_the_window_says_it_to_whoever_listens(ctx, qtbot):
    from salesplanner.ui.week.pane import WeekPane

    pane = WeekPane(ctx)
    qtbot.addWidget(pane)
    heard: list[tuple[str, int]] = []
    ctx.status.connect(lambda text, ms: heard.append((text, ms)))
    pane.copy_last_week()
    assert heard == [(pane.tr("Copied {n} blocks from last week.").format(n=0), 5000)]
