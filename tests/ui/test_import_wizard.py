"""The import wizard: sheet and kind, the mapping table with combos, preview colours, run, report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesplanner.ui.dialogs.import_wizard import ImportWizard, MappingModel, PreviewModel
from tests.io import excel_corpus as corpus

pytestmark = pytest.mark.ui


@pytest.fixture
def wizard(qtbot, ctx, tmp_path):
    w = ImportWizard(ctx, corpus.chinese_sales(tmp_path / "销售.xlsx"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    return w


def test_pages_mapping_preview_and_import(wizard, ctx, qtbot, qtmodeltester):
    seen = []
    ctx.changed.connect(seen.append)
    wizard.next()  # file → sheet page (analysed)
    page = wizard.sheet_page
    assert page.kind_combo.currentData() == "sales"
    assert page.header_spin.value() == 4
    wizard.next()  # → mapping page
    mp = wizard.mapping_page
    qtmodeltester.check(mp.mapping)
    qtmodeltester.check(mp.preview)
    assert mp.mapping.index(0, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) == "date"
    # a persistent combo per column
    assert mp.mapping_view.indexWidget(mp.mapping.index(0, MappingModel.FIELD)) is not None
    # the bad date in row 11 (preview row 6) is red with a tooltip
    idx = mp.preview.index(6, 0)
    assert idx.data(Qt.ItemDataRole.BackgroundRole).color() == PreviewModel.ERROR
    assert "not a date" in idx.data(Qt.ItemDataRole.ToolTipRole)
    # unmap the note column from the table
    note_row = mp.mapping.analysis.columns["note"]
    assert mp.mapping.setData(mp.mapping.index(note_row, MappingModel.FIELD), "")
    assert "note" not in wizard.analysis.columns
    wizard.next()  # import (worker thread) → report page
    assert wizard.currentPage() is wizard.report_page
    assert wizard.report.imported == 6
    assert ctx.store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 6
    assert seen and seen[-1].deals
    assert "6" in wizard.report_page.summary.text()


def test_changing_kind_remaps(wizard):
    wizard.next()
    wizard.set_kind("customers")
    assert wizard.analysis.kind == "customers"
    assert wizard.analysis.headers[wizard.analysis.columns["name"]].text == "客户名称"


def test_broken_file_shows_one_sentence(qtbot, ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook at all")
    w = ImportWizard(ctx, bad)
    qtbot.addWidget(w)
    messages = []
    w.show_error = messages.append
    w.show()
    w.next()
    assert w.currentPage() is w.file_page
    assert messages and "plain text" in messages[0]


def test_cancel_rolls_back(wizard, ctx, monkeypatch):
    from salesplanner.ui.dialogs import import_wizard as mod

    wizard.next()
    wizard.next()
    original = mod.ImportWorker.run

    def cancelled_run(self):
        self.cancel.set()
        original(self)

    monkeypatch.setattr(mod.ImportWorker, "run", cancelled_run)
    errors = []
    wizard.show_error = errors.append
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert errors and "cancelled" in errors[0]
    assert ctx.store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 0


def test_ask_returns_none_when_closed(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda self: 0)
    assert ImportWizard.ask(None, ctx) is None
