"""File → Write back to workbook…: the deals logged in the app go into the rep's own workbook,
off the UI thread through a connection of its own, with Cancel until the workbook is replaced;
refusals said in the user's language and the workbook left byte for byte as it was."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import CONTRACT
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import log_entry
from salesplanner.services.writeback import local_time
from salesplanner.ui.dialogs.writeback_dialog import WriteBackDialog

pytestmark = pytest.mark.ui

SHEET = "销售明细"


def sales_book(path: Path, month: int = 3) -> Path:
    """A rep's sales sheet: three deals and a total row under them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(["成交日期", "客户名称", "产品", "金额(元)", "备注"])
    ws.append([dt.date(2026, month, 2), "上海宏达", "A型设备", 12000, "首单"])
    ws.append([dt.date(2026, month, 5), "杭州新锐", "B型耗材", 3500, ""])
    ws.append([dt.date(2026, month, 6), "苏州恒通", "A型设备", 6000, "复购"])
    ws.append(["合计", None, None, "=SUM(D2:D4)", None])
    wb.save(path)
    return path


def log_contract(store, customer: str = "无锡远景", yuan: str = "25000") -> None:
    log_entry(
        store, QuickEntry(CONTRACT, 1, customer, Decimal(yuan), dt.date(2026, 3, 9), "新客户")
    )


@pytest.fixture
def window(qtbot, file_store, qsettings_isolated):
    from salesplanner.ui.main_window import MainWindow

    w = MainWindow(file_store)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def book(window, tmp_path):
    """销售.xlsx imported into the window's plan file, and a deal logged in the app since."""
    path = sales_book(tmp_path / "销售.xlsx")
    store = window.ctx.store
    assert import_file(store, analyse_file(store, path)).imported == 3
    log_contract(store)
    return path


@pytest.fixture
def writes(monkeypatch):
    """(store, thread) of every write-back that moved its import record forward."""
    from salesplanner.store import imports as store_imports

    seen = []
    real = store_imports.mark_written_back

    def spy(store, *args, **kw):
        seen.append((store, threading.current_thread()))
        return real(store, *args, **kw)

    monkeypatch.setattr(store_imports, "mark_written_back", spy)
    return seen


def open_from_menu(window, monkeypatch, drive):
    """Trigger File → Write back to workbook…; ``drive(dialog)`` runs while it is open (in
    place of its modal event loop). Returns what ``drive`` returned."""
    assert window.act_writeback in window.menus["file"].actions()
    assert window.act_writeback in window.toolbar.actions()
    outcome = {}

    def fake_exec(dialog):
        dialog.show()
        try:
            outcome["value"] = drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again in the test
            outcome["error"] = exc
        return 0

    monkeypatch.setattr(WriteBackDialog, "exec", fake_exec)
    window.act_writeback.trigger()
    if "error" in outcome:
        raise outcome["error"]
    assert "value" in outcome, "the action did not open the write-back dialog"
    return outcome["value"]


def click_write(qtbot, dialog) -> None:
    assert dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)  # returns when it is done


def files_beside(path: Path) -> list[str]:
    return sorted(
        p.name for p in path.parent.iterdir() if p.suffix == ".xlsx" or p.name.startswith(".")
    )


def test_write_back_from_the_file_menu(window, book, qtbot, monkeypatch, writes):
    from openpyxl import load_workbook

    ctx = window.ctx
    seen_changes = []
    ctx.changed.connect(seen_changes.append)
    opened_urls = []
    monkeypatch.setattr(
        "PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened_urls.append(url) or True
    )

    def drive(dialog):
        # the import is listed and selected, with the one deal logged since
        assert dialog.list.topLevelItemCount() == 1
        item = dialog.list.currentItem()
        assert [item.text(c) for c in range(3)] == ["销售.xlsx", SHEET, "Sales records"]
        assert item.text(dialog.PENDING) == "1" and item.text(dialog.WRITTEN) == "—"
        assert dialog.status.text().startswith("New deals to add: 1 (logged in SalesPlanner since ")
        assert "backup copy" in dialog.intro.text() and "total row" in dialog.intro.text()
        click_write(qtbot, dialog)
        assert not dialog.message.isVisible(), dialog.message.text()
        assert dialog.result_box.isVisible()
        texts = {
            "title": dialog.result_title.text(),
            "file": dialog.result_file.text(),
            "sheet": dialog.result_sheet.text(),
            "rows": dialog.result_rows.text(),
            "backup": dialog.result_backup.text(),
            "note": dialog.result_note.isVisible(),
        }
        # the list moved on: nothing new to add, written back just now
        item = dialog.list.currentItem()
        texts["pending"], texts["written"] = item.text(dialog.PENDING), item.text(dialog.WRITTEN)
        texts["write_enabled"] = dialog.write_button.isEnabled()
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
        return texts

    shown = open_from_menu(window, monkeypatch, drive)
    assert shown["title"] == "Written back to 销售.xlsx."
    assert (
        shown["file"] == str(book) and shown["sheet"] == SHEET and shown["rows"] == "1 (rows 5–5)"
    )
    backup = Path(shown["backup"])
    assert (
        backup.exists() and backup.parent == book.parent and backup.name.startswith("销售.backup-")
    )
    assert not shown["note"]
    assert (
        shown["pending"] == "0" and shown["written"] not in ("", "—") and not shown["write_enabled"]
    )
    assert [u.toLocalFile() for u in opened_urls] == [str(book.parent)]
    # the workbook: the new row above the total, which grew
    ws = load_workbook(book)[SHEET]
    assert [c.value for c in ws[5]] == [dt.datetime(2026, 3, 9), "无锡远景", None, 25000, "新客户"]
    assert ws["A6"].value == "合计" and ws["D6"].value == "=SUM(D2:D5)"
    assert (
        load_workbook(backup)[SHEET]["A5"].value == "合计"
    )  # the backup is the workbook as it was
    # written through a connection of the worker's own, never the UI thread's
    assert len(writes) == 1
    store, thread = writes[0]
    assert store is not ctx.store and thread is not threading.main_thread()
    (imp,) = ctx.store.query("SELECT written_back_at FROM imports")
    assert imp["written_back_at"]
    assert seen_changes and seen_changes[-1].deals
    # importing the workbook again adds nothing: the written row is the logged deal
    assert import_file(ctx.store, analyse_file(ctx.store, book)).imported == 0


@pytest.mark.usefixtures("chinese")
def test_a_workbook_open_in_excel_is_refused_in_chinese(window, book, qtbot, monkeypatch, writes):
    lock = book.with_name("~$销售.xlsx")
    lock.write_bytes(b"\x00" * 165)  # what Excel/WPS leave next to an open workbook
    before = book.read_bytes()

    def drive(dialog):
        assert dialog.windowTitle() == "写回原工作簿"
        assert dialog.list.currentItem().text(dialog.KIND) == "销售记录"
        assert dialog.status.text().startswith("待添加的成交：1 条")
        assert dialog.write_button.text() == "写回"
        click_write(qtbot, dialog)
        return dialog.message.isVisible(), dialog.message.text(), dialog.result_box.isVisible()

    visible, text, result_shown = open_from_menu(window, monkeypatch, drive)
    assert visible and not result_shown
    assert text == "“销售.xlsx”正在 Excel、WPS 或 LibreOffice 中打开；请先关闭它再试。"
    assert book.read_bytes() == before
    assert files_beside(book) == ["~$销售.xlsx", "销售.xlsx"]  # no backup, no temporary file
    assert writes == []
    assert (
        window.ctx.store.query("SELECT written_back_at FROM imports")[0]["written_back_at"] is None
    )


@pytest.mark.usefixtures("chinese")
def test_a_workbook_changed_since_the_import_is_refused(window, book, qtbot, monkeypatch, writes):
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb[SHEET]["F2"] = "手工改过"
    wb.save(book)
    before = book.read_bytes()

    def drive(dialog):
        click_write(qtbot, dialog)
        return dialog.message.text()

    text = open_from_menu(window, monkeypatch, drive)
    imported = local_time(
        window.ctx.store.query("SELECT imported_at FROM imports")[0]["imported_at"]
    )
    assert text.startswith(f"“销售.xlsx”在导入（{imported}）") and text.endswith(
        "之后被修改过；请先重新导入它（只会添加新的行），然后再写回。"
    )
    assert book.read_bytes() == before and files_beside(book) == ["销售.xlsx"]
    assert writes == []


@pytest.mark.usefixtures("chinese")
def test_a_refusal_around_the_table_is_translated_part_by_part(
    window, tmp_path, qtbot, monkeypatch
):
    """A merged cell across the total row: the place and the reason are messages themselves."""
    from openpyxl import load_workbook

    path = sales_book(tmp_path / "合并.xlsx")
    wb = load_workbook(path)
    wb[SHEET].merge_cells("F4:F5")
    wb.save(path)
    store = window.ctx.store
    import_file(store, analyse_file(store, path))
    log_contract(store)
    before = path.read_bytes()

    def drive(dialog):
        click_write(qtbot, dialog)
        return dialog.message.text()

    text = open_from_menu(window, monkeypatch, drive)
    assert text == (
        f"“合并.xlsx”：工作表“{SHEET}”的合并单元格 F4:F5 跨越了第 5 行，"
        "因此无法安全地添加新行；文件保持原样。"
    )
    assert path.read_bytes() == before


# -- Cancel ---------------------------------------------------------------------------------------
@pytest.fixture
def hold(monkeypatch):
    """Make a step of the write-back wait (in the worker) until the test lets it go on."""
    from types import SimpleNamespace

    p = SimpleNamespace(reached=threading.Event(), release=threading.Event(), threads=[])

    def install(owner, name):
        real = getattr(owner, name)

        def held(*args, **kw):
            p.threads.append(threading.current_thread())
            p.reached.set()
            assert p.release.wait(10), "the test never let the write-back go on"
            return real(*args, **kw)

        monkeypatch.setattr(owner, name, held)

    p.install = install
    yield p
    p.release.set()


def while_held(hold, dialog, act) -> None:
    """Run ``act(progress_dialog)`` on the UI thread once the worker waits; then let it go on."""

    def look():
        if hold.release.is_set():
            return
        if not hold.reached.is_set():
            QTimer.singleShot(5, look)
            return
        try:
            QCoreApplication.sendPostedEvents()  # what the worker said before it waited
            (progress,) = dialog.findChildren(QProgressDialog)
            act(progress)
        finally:
            hold.release.set()

    QTimer.singleShot(0, look)


def cancel_button(progress: QProgressDialog) -> QPushButton:
    (button,) = progress.findChildren(QPushButton)
    return button


def test_cancel_leaves_the_workbook_and_the_plan_as_they_were(
    window, book, qtbot, monkeypatch, hold, writes
):
    from salesplanner.io.xlsx_rows import RowInsert

    hold.install(RowInsert, "apply")  # the workbook is loaded, the rows are going in
    before = book.read_bytes()
    plan_before = window.ctx.store.query("SELECT * FROM imports")
    seen = {}

    def cancel(progress):
        seen["label"] = progress.labelText()
        seen["enabled"] = cancel_button(progress).isEnabled()
        progress.canceled.emit()  # what its Cancel button does

    def drive(dialog):
        while_held(hold, dialog, cancel)
        click_write(qtbot, dialog)
        return dialog.message.isVisible(), dialog.message.text(), dialog.result_box.isVisible()

    visible, text, result_shown = open_from_menu(window, monkeypatch, drive)
    assert seen == {"label": "Adding the new rows…", "enabled": True}
    assert hold.threads and hold.threads[0] is not threading.main_thread()
    assert visible and not result_shown
    assert text == "The write-back was cancelled; the workbook and the plan were left unchanged."
    assert book.read_bytes() == before and files_beside(book) == ["销售.xlsx"]
    assert window.ctx.store.query("SELECT * FROM imports") == plan_before
    assert writes == []
    assert (
        window.ctx.store.query("SELECT count(*) AS n FROM deals WHERE row_key IS NULL")[0]["n"] == 1
    )


def test_cancel_is_off_while_the_workbook_is_replaced(
    window, book, qtbot, monkeypatch, hold, writes
):
    from salesplanner.io import writeback as io_writeback

    hold.install(io_writeback, "backup_copy")  # past the point of no return
    seen = {}

    def try_cancel(progress):
        seen["label"] = progress.labelText()
        seen["enabled"] = cancel_button(progress).isEnabled()
        progress.canceled.emit()  # Escape: ignored now

    def drive(dialog):
        while_held(hold, dialog, try_cancel)
        click_write(qtbot, dialog)
        return (
            dialog.result_box.isVisible(),
            dialog.message.isVisible(),
            dialog.result_note.isVisible(),
        )

    result_shown, message_shown, note = open_from_menu(window, monkeypatch, drive)
    assert seen["enabled"] is False and "cannot be cancelled" in seen["label"]
    assert result_shown and not message_shown and not note
    assert len(writes) == 1 and writes[0][1] is not threading.main_thread()


@pytest.mark.usefixtures("chinese")
def test_chinese_progress_and_result(window, book, qtbot, monkeypatch, hold):
    from salesplanner.io import writeback as io_writeback

    hold.install(io_writeback, "backup_copy")
    seen = {}

    def look(progress):
        seen["label"] = progress.labelText()
        seen["button"] = cancel_button(progress).text()

    def drive(dialog):
        while_held(hold, dialog, look)
        click_write(qtbot, dialog)
        return (
            dialog.result_title.text(),
            dialog.result_rows.text(),
            dialog.open_folder_button.text(),
        )

    title, rows, button = open_from_menu(window, monkeypatch, drive)
    assert seen == {"label": "正在保存备份并替换“销售.xlsx”，此时已无法取消…", "button": "取消"}
    assert (title, rows, button) == ("已写回“销售.xlsx”。", "1 行（第 5–5 行）", "打开所在文件夹")


# -- the list ------------------------------------------------------------------------------------
def test_the_list_offers_only_workbooks_that_can_take_rows(window, tmp_path, qtbot, monkeypatch):
    from tests.io import excel_corpus as corpus

    store = window.ctx.store
    first = sales_book(tmp_path / "一月.xlsx", 1)
    second = sales_book(tmp_path / "二月.xlsx", 2)
    gone = sales_book(tmp_path / "已删除.xlsx", 4)
    for path in (first, gone, second):
        assert import_file(store, analyse_file(store, path)).imported == 3
    import_file(
        store, analyse_file(store, sales_book(first, 5))
    )  # 一月.xlsx again, changed: one entry
    import_file(store, analyse_file(store, corpus.customers_list(tmp_path / "客户.xlsx")))
    import_file(store, analyse_file(store, corpus.write_csv(tmp_path / "s.csv", "utf-8")))
    gone.unlink()
    log_contract(store)

    def drive(dialog):
        rows = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
        return rows, dialog.list.currentItem().text(0), dialog.empty.isVisible()

    rows, current, empty = open_from_menu(window, monkeypatch, drive)
    assert (
        rows == ["一月.xlsx", "二月.xlsx"] and current == "一月.xlsx" and not empty
    )  # newest first


def test_no_workbook_to_write_back_to_says_what_to_do(window, qtbot, monkeypatch):
    def drive(dialog):
        return (
            dialog.empty.isVisible(),
            dialog.list.isVisible(),
            dialog.write_button.isEnabled(),
            dialog.empty.text(),
        )

    empty, listed, enabled, text = open_from_menu(window, monkeypatch, drive)
    assert empty and not listed and not enabled
    assert "Import workbook" in text


def test_an_in_memory_plan_is_written_back_on_the_ui_thread(ctx, tmp_path, qtbot, writes):
    """No second connection can reach an in-memory plan: the thread that owns it writes."""
    path = sales_book(tmp_path / "销售.xlsx")
    import_file(ctx.store, analyse_file(ctx.store, path))
    log_contract(ctx.store)
    dialog = WriteBackDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.run()
    assert writes == [(ctx.store, threading.main_thread())]
    assert dialog.result_rows.text() == "1 (rows 5–5)"


def test_local_time():
    assert local_time(None) == "" and local_time("not a time") == "not a time"
    utc = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    assert local_time("2026-03-01T09:30:00Z") == utc.astimezone().strftime("%Y-%m-%d %H:%M")


def test_the_import_report_mentions_write_back(ctx, tmp_path, qtbot):
    from salesplanner.services.importing import ImportReport
    from salesplanner.ui.dialogs.import_wizard import ImportWizard

    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    for file, kind, expected in (
        ("a.xlsx", "sales", True),
        ("a.csv", "sales", False),
        ("c.xlsx", "customers", False),
        ("log.xlsm", "activities", True),
    ):
        w.report = ImportReport(file=str(tmp_path / file), sheet="S", kind=kind)
        w.report_page.initializePage()
        assert ("Write back to workbook" in w.report_page.summary.text()) is expected, (file, kind)
