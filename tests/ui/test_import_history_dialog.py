"""File → Import history in the real window: see what goes, remove, undo, in both languages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import CONTRACT
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import log_entry
from salesplanner.ui import i18n
from salesplanner.ui.dialogs.import_history import ImportHistoryDialog

pytestmark = pytest.mark.ui

ROWS = [
    ("日期", "客户", "金额"),
    ("2026-11-02", "华星科技", "120000"),
    ("2026-11-05", "远航软件", "50000"),
    ("2026-11-09", "明德信息", "30000"),
]


@pytest.fixture
def window(qtbot, file_store, qsettings_isolated, tmp_path):
    from salesplanner.ui.main_window import MainWindow

    path = tmp_path / "十一月销售.csv"
    path.write_text("\n".join(",".join(r) for r in ROWS) + "\n", encoding="utf-8")
    assert import_file(file_store, analyse_file(file_store, path)).imported == 3
    log_entry(file_store, QuickEntry(CONTRACT, 1, "华星科技", Decimal(8000), dt.date(2026, 11, 20)))
    w = MainWindow(file_store)
    qtbot.addWidget(w)
    w.show()
    return w


def sales_fen(store) -> int:
    return store.execute("SELECT COALESCE(SUM(amount_fen), 0) FROM deals").fetchone()[0]


def open_dialog(qtbot, window) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_menu_opens_the_history(qtbot, window):
    assert window.act_import_history in window.menus["file"].actions()
    seen = []

    def close_it():
        box = QApplication.activeModalWidget()
        seen.append(type(box).__name__)
        box.reject()

    QTimer.singleShot(200, close_it)
    window.act_import_history.trigger()
    assert seen == ["ImportHistoryDialog"]


def test_remove_shows_what_goes_then_undo_brings_it_back(qtbot, window):
    store = window.ctx.store
    dialog = open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "十一月销售.csv"
    assert dialog.table.item(0, 4).text() == "3"
    assert dialog.preview.text() == (
        "Removing this import deletes sales: 3, customers: 2. "
        "Customers kept because other records use them: 1."
    )
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert sales_fen(store) == 8000 * 100  # only the contract typed in the app is left
    assert dialog.table.rowCount() == 0
    assert dialog.status.text().startswith("Removed from “十一月销售.csv”: sales: 3, customers: 2.")
    assert window.ctx.undo_stack.undoText() == "Remove import of “十一月销售.csv”"
    window.act_undo.trigger()
    assert sales_fen(store) == (120000 + 50000 + 30000 + 8000) * 100
    assert dialog.table.rowCount() == 1  # the list follows the undo
    window.act_redo.trigger()
    assert sales_fen(store) == 8000 * 100


def test_chinese_preview(qtbot, window, qapp):
    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease")
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    try:
        dialog = open_dialog(qtbot, window)
        assert dialog.windowTitle() == "导入记录"
        assert dialog.preview.text() == (
            "撤销这次导入将删除：销售 3 笔、客户 2 位。仍被其他记录使用而保留的客户：1 位。"
        )
        assert dialog.remove_button.text() == "撤销这次导入"
    finally:
        i18n.install(qapp, "en")
