"""Issue 14.3: every string a rep can see in the Chinese window is Chinese. Each pane of the
main window is shown on the demo plan after the app wrote its own notes into it (catch-up
options, top-customer visits, the method's template, a quick entry), and every text of
its labels, buttons, tabs, lists, tables, tool tips and menus is read."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTextEdit,
)

from salesplanner.ui.main_window import PANES
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.ui

ENGLISH = re.compile(r"(?<![A-Za-z])[a-z]{3,}")  # "catch-up visits", "logged", "won"
NOT_WORDS = re.compile(r"<[^>]+>|&[a-z]+;|\.(ics|xlsx|csv|png|pdf)\b")  # markup, file types


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    rows = model.rowCount()
    try:
        cols = model.columnCount()
    except TypeError:  # a list model
        cols = 1
    out = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    for r in range(min(rows, 300)):
        for c in range(cols):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
    return out


def visible_texts(widget) -> list[str]:
    out: list[str] = []
    out += [w.text() for w in widget.findChildren(QLabel)]
    for b in widget.findChildren(QAbstractButton):
        out += [b.text(), b.toolTip()]
    for t in widget.findChildren(QTabBar):
        out += [t.tabText(i) for i in range(t.count())]
    for c in widget.findChildren(QComboBox):
        out += [c.itemText(i) for i in range(c.count())] + [c.toolTip()]
    out += [e.placeholderText() for e in widget.findChildren(QLineEdit)]
    out += [g.title() for g in widget.findChildren(QGroupBox)]
    out += [e.toPlainText() for e in widget.findChildren(QTextEdit)]
    for v in widget.findChildren(QAbstractItemView):
        out += _model_texts(v)
    return out


def english_in(texts) -> set[str]:
    return {t for t in texts if t and ENGLISH.search(NOT_WORDS.sub("", t))}


def _settle(qapp, seconds=0.1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        qapp.processEvents()


@pytest.fixture
def written(demo_store):
    from tests.app_notes import write_the_apps_notes

    write_the_apps_notes(demo_store, DEMO_TODAY)
    return demo_store


@pytest.mark.usefixtures("chinese", "qsettings_isolated")
def test_every_pane_of_the_chinese_window_is_chinese(written, qapp, qtbot):
    from salesplanner.ui.main_window import MainWindow

    window = MainWindow(written)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    found = {}
    for key, _module, _cls in PANES:
        pane = window.show_pane(key)
        go = getattr(pane, "go_to_date", None)
        if go is not None:
            go(DEMO_TODAY)
        _settle(qapp)
        found[key] = english_in(visible_texts(pane))
    menus = [a.text().replace("&", "") for a in window.findChildren(QAction)]
    menus += [a.toolTip() for a in window.findChildren(QAction)]
    found["menus and toolbar"] = english_in(menus)
    assert {k: v for k, v in found.items() if v} == {}
