"""The import wizard: sheet and kind, the mapping table with combos, preview colours, run, report;
reading a workbook in the background (the window keeps running; Cancel keeps what was there)."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from salesplanner.ui.dialogs import import_models
from salesplanner.ui.dialogs import import_wizard as mod
from salesplanner.ui.dialogs.import_models import MappingModel, PreviewModel
from salesplanner.ui.dialogs.import_wizard import ImportWizard
from salesplanner.ui.tasks import wait_for_background_tasks
from tests.io import excel_corpus as corpus

pytestmark = pytest.mark.ui


@pytest.fixture
def wizard(qtbot, ctx, tmp_path):
    w = ImportWizard(ctx, corpus.chinese_sales(tmp_path / "销售.xlsx"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    yield w
    wait_for_background_tasks()


def open_file(qtbot, w: ImportWizard) -> None:
    """Next on the file page: the sheet is read in the background, then the sheet page shows."""
    w.next()
    qtbot.waitUntil(lambda: w.currentPage() is w.sheet_page, timeout=10_000)


@pytest.fixture(scope="session")
def big_book(tmp_path_factory):
    """60,000 sales rows (~1 s to write; reading takes some 0.3 s)."""
    import xlsxwriter

    path = tmp_path_factory.mktemp("big") / "大表.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("销售明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["成交日期", "客户名称", "产品", "数量", "金额"])
    names = [f"客户{i:03d}" for i in range(300)]
    for r in range(1, 60_001):
        ws.write_number(r, 0, 45300 + r % 700, datef)
        ws.write_string(r, 1, names[r % 300])
        ws.write_string(r, 2, "A型设备")
        ws.write_number(r, 3, r % 50 + 1)
        ws.write_number(r, 4, (r % 997) * 10.5)
    wb.close()
    return path


@pytest.fixture
def gate(monkeypatch):
    """Reading a sheet waits until ``gate.set()`` (so a test can act while it runs)."""
    event = threading.Event()
    real = mod.analyse

    def held(*args, **kw):
        assert event.wait(10), "the test never let the reading finish"
        return real(*args, **kw)

    monkeypatch.setattr(mod, "analyse", held)
    yield event
    event.set()
    wait_for_background_tasks()


def test_pages_mapping_preview_and_import(wizard, ctx, qtbot, qtmodeltester):
    seen = []
    ctx.changed.connect(seen.append)
    open_file(qtbot, wizard)  # file → sheet page (analysed)
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


def test_changing_kind_remaps(wizard, qtbot):
    open_file(qtbot, wizard)
    wizard.set_kind("customers")
    assert wizard.analysis.kind == "customers"
    assert wizard.analysis.headers[wizard.analysis.columns["name"]].text == "客户名称"


def test_broken_file_shows_one_sentence_and_the_wizard_stays_usable(qtbot, ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook at all")
    w = ImportWizard(ctx, bad)
    qtbot.addWidget(w)
    messages = []
    w.show_error = messages.append
    w.show()
    w.next()
    qtbot.waitUntil(lambda: bool(messages))
    assert w.currentPage() is w.file_page
    assert len(messages) == 1 and "bad.xlsx" in messages[0] and "plain text" in messages[0]
    assert not w.busy and not w.file_page.busy.isVisible()
    assert (
        w.file_page.path_edit.isEnabled() and w.button(QWizard.WizardButton.NextButton).isEnabled()
    )
    # another file goes through
    w.file_page.path_edit.setText(str(corpus.chinese_sales(tmp_path / "好.xlsx")))
    open_file(qtbot, w)
    assert w.analysis.kind == "sales" and len(messages) == 1
    wait_for_background_tasks()


def test_cancel_rolls_back(wizard, ctx, monkeypatch, qtbot):
    open_file(qtbot, wizard)
    wizard.next()
    original = mod.import_file

    def cancelled_run(plan, analysis, **kw):  # Cancel pressed before the import began
        return original(plan, analysis, **{**kw, "cancel": lambda: True})

    monkeypatch.setattr(mod, "import_file", cancelled_run)
    errors = []
    wizard.show_error = errors.append
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert errors and "cancelled" in errors[0]
    assert ctx.store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 0


def test_ask_returns_none_when_closed(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda self: 0)
    assert ImportWizard.ask(None, ctx) is None


def test_reading_a_large_workbook_keeps_the_window_running(qtbot, ctx, big_book, monkeypatch):
    on_ui_thread = []
    real = mod.analyse

    def spy(*args, **kw):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(mod, "analyse", spy)
    w = ImportWizard(ctx, big_book)
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    w.next()  # returns at once: the sheet is read in a worker thread
    assert w.currentPage() is w.file_page and w.busy
    assert (
        not w.file_page.path_edit.isEnabled()
        and not w.button(QWizard.WizardButton.NextButton).isEnabled()
    )
    qtbot.waitUntil(lambda: w.currentPage() is w.sheet_page, timeout=20_000)
    took = time.perf_counter() - start
    timer.stop()
    assert on_ui_thread == [False]
    marks = [start, *ticks]
    longest = max(b - a for a, b in zip(marks, marks[1:], strict=False))
    # the timer kept firing: no stall near the length of the reading (~30 ms against ~150 ms here)
    assert len(ticks) >= 3 and longest < took / 2, (len(ticks), longest, took)
    assert not w.busy and not w.file_page.busy.isVisible()
    assert "60,000" in w.sheet_page.info.text()
    w.next()
    mp = w.mapping_page
    assert mp.mapping.rowCount() == 5
    assert [mp.mapping.field_at(i) for i in range(5)] == [
        "date",
        "customer",
        "product",
        "quantity",
        "amount",
    ]
    assert mp.preview.rowCount() == import_models.PREVIEW_ROWS


def test_cancel_while_reading_keeps_the_state_before(wizard, qtbot, gate, tmp_path):
    gate.set()
    open_file(qtbot, wizard)
    wizard.next()  # mapping page: the user leaves the note column out
    mp = wizard.mapping_page
    note_row = mp.mapping.analysis.columns["note"]
    assert mp.mapping.setData(mp.mapping.index(note_row, MappingModel.FIELD), "")
    before = wizard.analysis
    wizard.back()
    page = wizard.sheet_page
    gate.clear()
    # another sheet: read in the background, the page busy until Cancel
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    assert wizard.busy and not page.sheet_combo.isEnabled() and not page.header_spin.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(page.busy.isVisible)
    qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)
    assert not wizard.busy and not page.busy.isVisible()
    assert wizard.analysis is before and "note" not in wizard.analysis.columns
    assert page.sheet_combo.currentData() == "2026年销售明细" and page.sheet_combo.isEnabled()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    # the header row: Escape cancels the reading (not the wizard)
    page.header_spin.setValue(6)
    page.header_spin.editingFinished.emit()
    assert wizard.busy
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.busy and wizard.isVisible()
    assert page.header_spin.value() == 4 and wizard.analysis is before
    # another file: Cancel on the file page keeps the file read before
    wizard.back()
    fp = wizard.file_page
    first = fp.path_edit.text()
    fp.path_edit.setText(str(corpus.english_sales(tmp_path / "deals.xlsx")))
    wizard.next()
    assert wizard.busy and wizard.currentPage() is fp
    qtbot.waitUntil(fp.busy.isVisible)
    qtbot.mouseClick(fp.busy.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is fp and wizard.analysis is before
    # the readings let go finish in their threads and change nothing
    gate.set()
    wait_for_background_tasks()
    qtbot.wait(50)
    assert wizard.analysis is before and wizard.currentPage() is fp and not wizard.busy
    # back to the first file: it is not read again, the choices made for it stay
    fp.path_edit.setText(first)
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page and wizard.analysis is before


def test_closing_while_reading(qtbot, ctx, gate, tmp_path):
    w = ImportWizard(ctx, corpus.chinese_sales(tmp_path / "销售.xlsx"))
    qtbot.addWidget(w)
    w.show()
    w.next()
    assert w.busy
    w.reject()
    assert not w.isVisible() and not w.busy
    gate.set()
    assert wait_for_background_tasks(5000)
    qtbot.wait(20)
    assert w.analysis is None


def test_remembered_mapping_is_looked_up_on_the_ui_thread(
    wizard, ctx, qtbot, tmp_path, monkeypatch
):
    open_file(qtbot, wizard)
    wizard.next()
    mp = wizard.mapping_page
    assert mp.mapping.setData(
        mp.mapping.index(mp.mapping.analysis.columns["note"], MappingModel.FIELD), ""
    )
    wizard.next()  # import: the mapping is remembered for workbooks of this shape
    assert wizard.currentPage() is wizard.report_page
    lookups = []
    from salesplanner.store import imports as store_imports

    real = store_imports.find_mapping

    def spy(store, sig):
        lookups.append(threading.current_thread() is threading.main_thread())
        return real(store, sig)

    monkeypatch.setattr(store_imports, "find_mapping", spy)
    again = ImportWizard(ctx, shutil.copy(wizard.analysis.path, tmp_path / "again.xlsx"))
    again.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(again)
    again.show()
    open_file(qtbot, again)
    assert lookups == [True]
    assert again.analysis.remembered and "note" not in again.analysis.columns
    assert "date" in again.analysis.columns
    assert "last time" in again.sheet_page.info.text()


# -- the import's own connection ------------------------------------------------------------------
TABLES = ("deals", "customers", "activities", "imports", "import_mappings", "settings")


def counts(store) -> dict[str, int]:
    return {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES}


@pytest.fixture
def file_ctx(qapp, qsettings_isolated, tmp_path):
    """An AppContext on a plan file (WAL): the import can open a connection of its own."""
    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext

    store = Store.open(tmp_path / "plan.db")
    c = AppContext(store)
    yield c
    c.undo_stack.clear()
    store.close()


@pytest.fixture
def pause(monkeypatch):
    """The import stops once its rows are written, inside its open transaction, until
    ``pause.release`` is set; ``pause.reached`` says it got there, ``pause.threads`` where."""
    from types import SimpleNamespace

    from salesplanner.store import imports as store_imports

    p = SimpleNamespace(reached=threading.Event(), release=threading.Event(), threads=[])
    real = store_imports.finish_import

    def held(*args, **kw):
        p.threads.append(threading.current_thread())
        p.reached.set()
        assert p.release.wait(10), "the test never let the import go on"
        return real(*args, **kw)

    monkeypatch.setattr(store_imports, "finish_import", held)
    yield p
    p.release.set()


@pytest.fixture
def opened(monkeypatch):
    """The stores opened meanwhile: (store, thread)."""
    from salesplanner.store import Store

    seen = []
    real = Store.open

    def spy(*args, **kw):
        store = real(*args, **kw)
        seen.append((store, threading.current_thread()))
        return store

    monkeypatch.setattr(Store, "open", spy)
    return seen


def on_ui_thread_during_import(pause, act) -> None:
    """Run ``act()`` on the UI thread (in the event loop the wizard spins while the worker
    imports) once the import has paused; then let the import go on."""

    def look():
        if pause.release.is_set():  # the test is over (the import never paused)
            return
        if not pause.reached.is_set():
            QTimer.singleShot(5, look)
            return
        try:
            act()
        finally:
            pause.release.set()

    QTimer.singleShot(0, look)


def assert_closed(store) -> None:
    import sqlite3

    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_import_writes_through_its_own_connection(file_ctx, qtbot, tmp_path, pause, opened):
    ctx = file_ctx
    w = ImportWizard(ctx, corpus.chinese_sales(tmp_path / "销售.xlsx"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    open_file(qtbot, w)
    w.next()  # → mapping page
    before = counts(ctx.store)
    seen = []
    ctx.changed.connect(seen.append)
    during = {}

    def query():  # what a repaint or a timer of a pane does meanwhile
        during["in_transaction"] = ctx.store.conn.in_transaction
        during["counts"] = counts(ctx.store)

    on_ui_thread_during_import(pause, query)
    w.next()  # import (worker thread) → report page
    assert w.currentPage() is w.report_page
    # the UI thread's connection was not inside the import's transaction: it read the plan as
    # it was, without the rows written but not committed yet
    assert during == {"in_transaction": False, "counts": before}
    assert pause.threads and pause.threads[0] is not threading.main_thread()
    # the worker opened the plan file itself, in its thread, and closed it
    assert [(s.path, t is threading.main_thread()) for s, t in opened] == [(ctx.store.path, False)]
    assert_closed(opened[0][0])
    # after the commit the UI thread's connection reads the new rows; the panes were told
    assert w.report.imported == 6
    assert counts(ctx.store)["deals"] == 6
    assert seen and seen[-1].deals


def test_cancel_during_the_import_leaves_the_plan_as_it_was(
    file_ctx, qtbot, tmp_path, pause, opened
):
    from PySide6.QtWidgets import QProgressDialog

    ctx = file_ctx
    w = ImportWizard(ctx, corpus.chinese_sales(tmp_path / "销售.xlsx"))
    errors = []
    w.show_error = errors.append
    qtbot.addWidget(w)
    w.show()
    open_file(qtbot, w)
    w.next()
    before = counts(ctx.store)
    during = {}

    def cancel():
        during["counts"] = counts(ctx.store)
        (dialog,) = w.findChildren(QProgressDialog)
        dialog.canceled.emit()  # what its Cancel button does

    on_ui_thread_during_import(pause, cancel)
    w.next()
    assert w.currentPage() is w.mapping_page
    assert errors and "cancelled" in errors[0]
    assert during["counts"] == before
    assert counts(ctx.store) == before
    assert len(opened) == 1
    assert_closed(opened[0][0])
    # and the UI thread's connection can still write (no lock left behind)
    with ctx.store.transaction():
        ctx.store.execute("INSERT INTO settings(key, value) VALUES ('probe', '1')")


def test_an_in_memory_plan_is_imported_on_the_ui_thread(wizard, ctx, qtbot, pause, opened):
    """No second connection can reach an in-memory plan: the import runs on the thread that
    owns the connection, and nothing else runs meanwhile."""
    pause.release.set()
    open_file(qtbot, wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    assert pause.threads == [threading.main_thread()]
    assert opened == []
    assert ctx.store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 6


def _sheet_with_an_empty_price(path):
    """No amount column: amount = 数量 × 单价; row 7 has a quantity (B7 = 3) but no 单价 (C7)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "销售"
    ws.append(["成交日期", "数量", "单价", "客户名称"])
    for day in range(1, 6):
        ws.append([f"2026-03-0{day}", 2, 1000, f"客户{day}"])
    ws.append(["2026-03-06", 3, None, "客户6"])
    wb.save(path)
    return path


@pytest.mark.usefixtures("chinese")
def test_the_empty_unit_price_cell_is_marked_and_named(qtbot, ctx, tmp_path):
    """Issue 14.7: the quantity "3" (B7) was red and the text said "数量或单价为空" when the
    empty cell was 单价 C7: the empty cell itself is red and the problem names it."""
    w = ImportWizard(ctx, _sheet_with_an_empty_price(tmp_path / "单价.xlsx"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    open_file(qtbot, w)
    w.next()  # → mapping page
    preview = w.mapping_page.preview
    row = next(r for r in range(preview.rowCount()) if preview.index(r, 1).data() == "3")
    quantity, price = preview.index(row, 1), preview.index(row, 2)
    assert price.data(Qt.ItemDataRole.BackgroundRole).color() == PreviewModel.ERROR
    assert quantity.data(Qt.ItemDataRole.BackgroundRole).color() != PreviewModel.ERROR
    assert price.data(Qt.ItemDataRole.ToolTipRole) == "单价为空"
    texts = mod.ImportTexts()
    sentences = [texts.sentence(p) for ps in preview.cells.values() for p in ps]
    assert sentences == ["C7：单价为空"]
    wait_for_background_tasks()


@pytest.mark.usefixtures("chinese")
def test_a_deals_sheet_in_chinese_says_lost_deals_are_never_sales(qtbot, ctx, tmp_path):
    """Issue 12: a 商机 sheet is recognised, mapped with the pipeline's fields, and the report
    says what went into the pipeline; the lost 20万 is not a sale."""
    from tests.builders import write_xlsx
    from tests.io.excel_corpus import OPPORTUNITIES_CN

    w = ImportWizard(ctx, write_xlsx(tmp_path / "商机.xlsx", OPPORTUNITIES_CN, "商机"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    open_file(qtbot, w)
    assert w.sheet_page.kind_combo.currentData() == "opportunities"
    assert w.sheet_page.kind_combo.currentText() == "商机（跟进中的项目）"
    w.next()  # → mapping page
    labels = {mod.field_label(k) for k in w.analysis.columns}
    assert {"赢率", "预计成交日期", "下一步", "输单原因"} <= labels
    w.next()  # → report page
    text = w.report_page.summary.text()
    assert "商机：跟进中 4 个，赢单 1 个，输单 1 个（输单不计入销售）。" in text
    assert "赢单：新写入 1 笔销售" in text
    assert ctx.store.query("SELECT SUM(amount_fen) AS s FROM deals")[0]["s"] == 55_000 * 100
    problems = [
        w.report_page.problems.item(i).text() for i in range(w.report_page.problems.count())
    ]
    assert problems == ["D7：“谈着呢”不是你设置的阶段，商机放在第一个阶段 （提醒）"]
    wait_for_background_tasks()


@pytest.mark.usefixtures("chinese")
def test_a_deals_list_imported_again_says_what_moved_and_changed(qtbot, ctx, tmp_path):
    """Issue 12: the CRM list a week later updates the deals the plan has; the report says how
    many moved, were updated or stayed as they were, and nothing is doubled."""
    import datetime as dt

    from salesplanner.services.importing import analyse_file, import_file
    from tests.builders import write_xlsx
    from tests.io.excel_corpus import OPPORTUNITIES_CN, OPPORTUNITIES_CN_LATER

    first = write_xlsx(tmp_path / "a.xlsx", OPPORTUNITIES_CN, "商机")
    import_file(ctx.store, analyse_file(ctx.store, first), today=dt.date(2026, 12, 4))
    w = ImportWizard(ctx, write_xlsx(tmp_path / "商机-12月.xlsx", OPPORTUNITIES_CN_LATER, "商机"))
    w.show_error = lambda message: pytest.fail(message)
    qtbot.addWidget(w)
    w.show()
    open_file(qtbot, w)
    w.next()
    w.next()  # → report page
    text = w.report_page.summary.text()
    assert "已在计划中的商机：3 个换了阶段，1 个已更新，1 个没有变化。" in text
    assert ctx.store.query("SELECT COUNT(*) AS n FROM opportunities")[0]["n"] == 7
    wait_for_background_tasks()


@pytest.mark.usefixtures("chinese")
def test_the_chinese_wizard_speaks_chinese_on_every_page(qtbot, ctx):
    """The pages' strings go through a wrapper imported from import_models; the catalogue
    once lost all 42 of them and the Chinese wizard fell back to English."""
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    titles = [w.page(i).title() for i in w.pageIds()]
    assert titles and all(titles), titles
    assert titles[0] == "选择工作簿"
    assert not [t for t in titles if t.isascii()], titles
