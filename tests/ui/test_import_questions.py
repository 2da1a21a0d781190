"""The import wizard asks where the sheet leaves a choice (issue 11, section 5): which column
is the customer, what the sheet holds, the order of its dates."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.ui.dialogs.import_wizard import ImportWizard
from salesplanner.ui.tasks import wait_for_background_tasks

pytestmark = pytest.mark.ui


def _xlsx(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def open_wizard(qtbot, ctx):
    made = []

    def _open(path) -> ImportWizard:
        w = ImportWizard(ctx, path)
        w.show_error = lambda message: pytest.fail(message)
        qtbot.addWidget(w)
        w.show()
        w.next()
        qtbot.waitUntil(lambda: w.currentPage() is w.sheet_page, timeout=10_000)
        made.append(w)
        return w

    yield _open
    wait_for_background_tasks()


def test_two_name_columns_are_shown_and_the_rep_picks(open_wizard, ctx, tmp_path):
    rows = [
        ["成交日期", "客户名称", "公司", "金额"],
        [dt.date(2026, 3, 2), "王总", "宏达机电", 5000],
    ]
    w = open_wizard(_xlsx(tmp_path / "销售.xlsx", rows))
    page = w.sheet_page
    assert page.name_combo.isVisibleTo(page)
    assert [page.name_combo.itemText(i) for i in range(page.name_combo.count())] == [
        "B 客户名称",
        "C 公司",
    ]
    assert page.name_combo.currentText() == "B 客户名称"
    page.name_combo.setCurrentIndex(1)
    page.name_combo.activated.emit(1)
    assert w.analysis.headers[w.analysis.columns["customer"]].text == "公司"
    assert page.name_combo.currentText() == "C 公司"
    w.next()  # the mapping page, then import
    w.next()
    assert [r["name"] for r in ctx.store.query("SELECT name FROM customers")] == ["宏达机电"]


def test_one_name_column_asks_nothing(open_wizard, tmp_path):
    rows = [["成交日期", "客户名称", "客户电话", "金额"], [dt.date(2026, 3, 2), "宏达", "138", 5]]
    w = open_wizard(_xlsx(tmp_path / "销售.xlsx", rows))
    assert not w.sheet_page.name_combo.isVisibleTo(w.sheet_page)


def test_a_sheet_in_doubt_waits_for_the_rep_to_say_what_it_holds(open_wizard, ctx, tmp_path):
    from PySide6.QtWidgets import QWizard

    from tests.io.excel_corpus import provider_report

    w = open_wizard(provider_report(tmp_path / "A&E.xlsx"))
    page = w.sheet_page
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert page.kind_combo.currentIndex() == -1
    assert "not sure what this sheet holds" in page.info.text()
    assert "F Total attendances" in page.info.text()
    assert not page.isComplete() and not next_button.isEnabled()
    i = page.kind_combo.findData("customers")  # the rep says: it is a customer list
    page.kind_combo.setCurrentIndex(i)
    page.kind_combo.activated.emit(i)
    assert w.analysis.kind == "customers" and w.analysis.kind_doubt is None
    assert page.kind_combo.currentData() == "customers"
    assert page.isComplete() and next_button.isEnabled()
    w.next()
    w.next()
    assert w.report.imported == 40


def test_a_clear_sheet_shows_its_kind(open_wizard, tmp_path):
    from tests.io.excel_corpus import customer_list

    w = open_wizard(customer_list(tmp_path / "客户.xlsx"))
    assert w.sheet_page.kind_combo.currentData() == "customers"
    assert w.sheet_page.isComplete()
    assert "not sure" not in w.sheet_page.info.text()


def _either_way(path):
    rows = [["成交日期", "客户名称", "金额"]]
    rows += [[f"0{i + 1}/0{i + 2}/2026", f"客户{i}", 100 + i] for i in range(3)]
    return _xlsx(path, rows)


def test_dates_that_read_both_ways_wait_for_the_rep_to_say_the_order(open_wizard, ctx, tmp_path):
    from PySide6.QtWidgets import QWizard

    w = open_wizard(_either_way(tmp_path / "订单.xlsx"))
    page = w.sheet_page
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert page.date_combo.isVisibleTo(page) and page.date_combo.currentIndex() == -1
    assert "A 成交日期" in page.info.text() and "“01/02/2026” in A2" in page.info.text()
    assert not page.isComplete() and not next_button.isEnabled()
    i = page.date_combo.findData("dmy")  # the rep: day first
    page.date_combo.setCurrentIndex(i)
    page.date_combo.activated.emit(i)
    assert w.analysis.date_doubt is None and w.analysis.date_orders == {"date": "dmy"}
    assert page.isComplete() and next_button.isEnabled()
    w.next()
    w.next()
    assert w.report.imported == 3
    dates = [r["date"] for r in ctx.store.query("SELECT date FROM deals ORDER BY date")]
    assert dates == ["2026-02-01", "2026-03-02", "2026-04-03"]


def test_dates_whose_column_tells_ask_nothing(open_wizard, tmp_path):
    rows = [["成交日期", "客户名称", "金额"], ["13/11/2026", "甲", 1], ["03/11/2026", "乙", 2]]
    w = open_wizard(_xlsx(tmp_path / "订单.xlsx", rows))
    page = w.sheet_page
    assert not page.date_combo.isVisibleTo(page) and page.isComplete()
    assert "day/month/year" in page.info.text()
