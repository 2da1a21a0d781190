"""The Week pane's side panel on the large demo (issue 12, found by the demo helper): the
capacity section (ending with the buffer line), the deals to chase and the reminders stack
without one drawn over another, at 1280×800 and 1920×1080, in Chinese and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from salesplanner.services.demo import write_demo
from salesplanner.store.db import Store
from salesplanner.ui.main_window import MainWindow

pytestmark = [pytest.mark.ui, pytest.mark.slow]


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    return write_demo(tmp_path_factory.mktemp("large") / "l.db", scale="large")


def _rect(widget, side) -> QRect:
    return QRect(widget.mapTo(side, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_side_panel_sections_do_not_overlap(qtbot, qapp, qsettings_isolated, large_db, lang, size):
    from salesplanner.ui import i18n

    if lang != "en" and i18n.find_lrelease() is None:
        pytest.skip("no lrelease")
    i18n.install(qapp, lang)
    store = Store.open(large_db)
    try:
        w = MainWindow(store)
        qtbot.addWidget(w)
        w.resize(*size)
        pane = w.show_pane("week")
        w.show()
        qtbot.wait(400)  # the chase list and the reminders fill after the first paint
        side = pane.side_scroll.widget()
        cap, chase, rem = pane.capacity, pane.chase, pane.reminders
        assert chase.list.count() > 10 and rem.isVisible()
        # the capacity view is as tall as what it paints (its last line: the buffer)
        assert cap.height() >= cap._height
        boxes = [_rect(cap, side), _rect(chase, side), _rect(rem, side)]
        for upper, lower in zip(boxes, boxes[1:], strict=False):
            assert not upper.intersects(lower), (lang, size, upper, lower)
            assert upper.bottom() < lower.top()
        title = _rect(chase.title, side)
        assert not title.intersects(boxes[0]), (lang, size, title, boxes[0])
    finally:
        w.close()
        store.close()
        i18n.install(qapp, "en")
