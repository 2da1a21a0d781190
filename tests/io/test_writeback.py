"""Write-back into the rep's own workbook: own columns and styles, kept formulas/charts, safety."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.io.errors import WriteBackError
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.writeback import write_back
from tests.io import excel_corpus as corpus
from tests.io.test_export import add_activity, add_deal


def _rep_workbook(path):
    """A rep's workbook: a title, a styled table with a formula column, a chart, a second sheet."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "成交记录"
    ws["A1"] = "我的成交记录"
    ws.append(["日期", "客户", "数量", "单价", "金额(万元)", "备注", "累计"])
    ws.append([dt.date(2026, 1, 5), "上海宏达", 2, 6000, 1.2, "首单", "=E3"])
    ws.append([dt.date(2026, 1, 9), "杭州新锐", 1, 3000, 0.3, "", "=G3+E4"])
    for row in ws.iter_rows(min_row=3, max_row=4):
        for c in row:
            c.font = Font(color="1F4E79")
            c.fill = PatternFill("solid", fgColor="EAF1FB")
    ws["A3"].number_format = ws["A4"].number_format = "yyyy/m/d"
    ws["E3"].number_format = ws["E4"].number_format = "0.00"
    ws.column_dimensions["B"].width = 30
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=5, min_row=2, max_row=4), titles_from_data=True)
    ws.add_chart(chart, "I2")
    wb.create_sheet("汇总")["A1"] = "=SUM(成交记录!E:E)"
    wb.save(path)
    return path


def test_append_new_deals_in_own_columns(tmp_path, file_store):
    from openpyxl import load_workbook

    path = _rep_workbook(tmp_path / "我的.xlsx")
    first = import_file(file_store, analyse_file(file_store, path))
    assert first.imported == 2
    add_deal(file_store, dt.date(2026, 2, 1), "苏州恒通", 2_500_000, qty=1, price_fen=2_500_000, note="=danger")
    result = write_back(file_store)
    assert result["deals"] == 1 and result["rows"] == [5, 5]
    assert (tmp_path / result["backup"]).exists() or result["backup"]
    wb = load_workbook(path)
    ws = wb["成交记录"]
    assert ws["A5"].value == dt.datetime(2026, 2, 1) and ws["A5"].number_format == "yyyy/m/d"
    assert ws["B5"].value == "苏州恒通"
    assert ws["E5"].value == pytest.approx(2.5)
    assert ws["F5"].value == "=danger" and ws["F5"].data_type == "s"
    assert ws["G5"].value == "=G4+E5"  # the running total is carried down
    assert ws["B5"].font.color.rgb.endswith("1F4E79")
    assert ws.column_dimensions["B"].width == 30
    assert len(ws._charts) == 1
    assert wb["汇总"]["A1"].value == "=SUM(成交记录!E:E)"
    # nothing new: nothing written; importing the workbook again adds nothing
    assert write_back(file_store)["deals"] == 0
    again = import_file(file_store, analyse_file(file_store, path))
    assert again.imported == 0
    assert file_store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 3


def test_activities_use_the_sheets_own_words(tmp_path, file_store):
    from openpyxl import load_workbook

    path = corpus.activity_log(tmp_path / "log.xlsx")
    import_file(file_store, analyse_file(file_store, path))
    add_activity(file_store, dt.date(2026, 3, 9), "visit", 2, "新客户", "有意向")
    result = write_back(file_store)
    assert result["activities"] == 1
    ws = load_workbook(path).active
    row = [c.value for c in ws[ws.max_row]]
    assert row[:5] == [dt.datetime(2026, 3, 9), "拜访", 2, "新客户", "有意向"]


def test_refuses_when_open_or_changed(tmp_path, file_store):
    path = _rep_workbook(tmp_path / "book.xlsx")
    import_file(file_store, analyse_file(file_store, path))
    add_deal(file_store, dt.date(2026, 2, 1), "X", 100)
    lock = tmp_path / "~$book.xlsx"
    lock.write_bytes(b"lock")
    before = path.read_bytes()
    with pytest.raises(WriteBackError, match="open in Excel"):
        write_back(file_store)
    lock.unlink()
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["H3"] = "edited by hand"
    wb.save(path)
    before = path.read_bytes()
    with pytest.raises(WriteBackError, match="changed after it was imported"):
        write_back(file_store)
    assert path.read_bytes() == before


def test_refuses_csv_and_customers(tmp_path, file_store):
    import_file(file_store, analyse_file(file_store, corpus.write_csv(tmp_path / "s.csv", "utf-8")))
    add_deal(file_store, dt.date(2026, 2, 1), "X", 100)
    with pytest.raises(WriteBackError, match="xlsx"):
        write_back(file_store)
    import_file(file_store, analyse_file(file_store, corpus.customers_list(tmp_path / "c.xlsx")))
    with pytest.raises(WriteBackError, match="customers"):
        write_back(file_store, import_id=2)
