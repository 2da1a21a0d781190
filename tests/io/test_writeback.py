"""Write-back into the rep's own workbook: own columns and styles, kept formulas/charts, safety."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salesplanner.io.errors import WriteBackError
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.writeback import write_back
from tests.builders import add_activity, add_deal
from tests.io import excel_corpus as corpus


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
    add_deal(
        file_store,
        dt.date(2026, 2, 1),
        "苏州恒通",
        2_500_000,
        qty=1,
        price_fen=2_500_000,
        note="=danger",
    )
    original = path.read_bytes()
    result = write_back(file_store)
    assert result["deals"] == 1 and result["rows"] == [5, 5]
    backup = Path(result["backup"])
    assert backup.parent == path.parent and backup != path
    assert backup.read_bytes() == original  # the workbook as it was before writing
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
    assert (
        ws._charts[0].series[0].val.numRef.f == "'成交记录'!$E$3:$E$5"
    )  # the chart takes in the new row
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
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("book.backup-*"))  # no backup for a refusal
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


# -- a sheet that ends with a total row ----------------------------------------------------------

_DEALS = [
    (dt.date(2026, 1, 5), "上海宏达", "A型设备", 2, 6000, 12000, "首单"),
    (dt.date(2026, 1, 9), "杭州新锐", "B型耗材", 100, 35, 3500, ""),
    (dt.date(2026, 2, 3), "苏州恒通", "A型设备", 1, 6000, 6000, "复购"),
    (dt.date(2026, 2, 14), "南京东方", "服务", 1, 800, 800, ""),
    (dt.date(2026, 3, 1), "上海宏达", "B型耗材", 50, 36, 1800, ""),
]
_NEW = [
    (dt.date(2026, 3, 9), "无锡远景", "A型设备", 3, 6000, 18000, "新客户"),
    (dt.date(2026, 3, 10), "上海宏达", "服务", 1, 500, 500, ""),
    (dt.date(2026, 3, 12), "合肥高新", "B型耗材", 10, 35, 350, ""),
]
SHEET = "销售明细"


def _totals_workbook(path, *, extra=None):
    """A rep's sheet: a merged title, a styled table (rows 3-7), a 合计 row (8) with SUM,
    SUBTOTAL, AVERAGE and COUNTA, a blank row, a merged signature line (10); conditional
    formatting over the amount column, a list validation, a defined name and a print area over
    the data, and a 汇总 sheet whose formulas and chart point at the data and the total."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "2026 年第一季度销售明细"
    ws.merge_cells("A1:G1")
    ws.append(["日期", "客户", "产品", "数量", "单价", "金额", "备注"])
    thin = Side(style="thin", color="999999")
    for row in _DEALS:
        ws.append(list(row))
        r = ws.max_row
        ws.row_dimensions[r].height = 18
        for c in ws[r]:
            c.font = Font(name="微软雅黑", color="1F4E79")
            c.fill = PatternFill("solid", fgColor="EAF1FB")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.cell(r, 1).number_format = "yyyy/m/d"
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "#,##0.00"
    ws.append(
        [
            "合计",
            None,
            None,
            "=SUM(D3:D7)",
            "=AVERAGE(E$3:E$7)",
            "=SUBTOTAL(9,$F$3:$F$7)",
            '=COUNTA(B3:B7)&"笔"',
        ]
    )
    ws.row_dimensions[8].height = 24
    for c in ws[8]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.border = Border(top=Side(style="double"))
    ws["F8"].number_format = "#,##0.00"
    ws["A10"] = "制表人：王芳    审核：李雷"
    ws.merge_cells("A10:G10")
    ws["A10"].alignment = Alignment(horizontal="right")
    ws.conditional_formatting.add(
        "F3:F7",
        CellIsRule(
            operator="greaterThan", formula=["10000"], fill=PatternFill("solid", bgColor="FFC7CE")
        ),
    )
    ws.conditional_formatting.add(
        "A3:G7", FormulaRule(formula=["$F3>=AVERAGE($F$3:$F$7)"], font=Font(bold=True))
    )
    dv = DataValidation(type="list", formula1='"A型设备,B型耗材,服务"', allow_blank=True)
    dv.add("C3:C7")
    ws.add_data_validation(dv)
    wb.defined_names["明细金额"] = DefinedName("明细金额", attr_text=f"'{SHEET}'!$F$3:$F$7")
    ws.print_area = "A1:G10"
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["F"].width = 14
    summary = wb.create_sheet("汇总")
    summary.append(["总金额", f"=SUM('{SHEET}'!F3:F7)"])
    summary.append(["上海宏达", f'=SUMIF({SHEET}!B:B,"上海宏达",{SHEET}!F:F)'])
    summary.append(["合计行", f"={SHEET}!F8"])
    summary.append(["按名称", "=SUM(明细金额)"])
    summary.append(["笔数", f"=COUNT({SHEET}!$F$3:$F$7)"])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=6, min_row=2, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=7))
    summary.add_chart(chart, "D2")
    if extra:
        extra(wb)
    wb.save(path)
    return path


def _log_new_deals(store):
    for d, customer, product, qty, price, amount, note in _NEW:
        add_deal(
            store,
            d,
            customer,
            amount * 100,
            product=product,
            qty=qty,
            price_fen=price * 100,
            note=note,
        )


def _range_sum(ws, formula):
    """What =SUM(F3:F10) / =SUBTOTAL(9,$F$3:$F$10) / =AVERAGE(…) computes, read from the cells."""
    import re

    from openpyxl.utils.cell import range_boundaries

    ref = re.search(r"\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+", formula).group().replace("$", "")
    c1, r1, c2, r2 = range_boundaries(ref)
    values = [ws.cell(r, c).value for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
    return [v for v in values if isinstance(v, int | float)]


def test_new_rows_go_above_the_total_row(tmp_path, file_store):
    from openpyxl import load_workbook

    path = _totals_workbook(tmp_path / "明细.xlsx")
    first = import_file(file_store, analyse_file(file_store, path))
    assert first.imported == 5
    _log_new_deals(file_store)
    result = write_back(file_store)
    assert result["deals"] == 3 and result["rows"] == [8, 10]

    wb = load_workbook(path)
    ws = wb[SHEET]
    # the new rows sit above the total row, in the sheet's own columns
    assert [ws.cell(r, 2).value for r in range(3, 11)] == [d[1] for d in _DEALS + _NEW]
    assert ws["A8"].value == dt.datetime(2026, 3, 9) and ws["F8"].value == 18000
    assert ws["A11"].value == "合计" and ws["A13"].value.startswith("制表人")
    # its formulas take in the new rows, and compute the right totals
    assert ws["D11"].value == "=SUM(D3:D10)"
    assert ws["E11"].value == "=AVERAGE(E$3:E$10)"
    assert ws["F11"].value == "=SUBTOTAL(9,$F$3:$F$10)"
    assert ws["G11"].value == '=COUNTA(B3:B10)&"笔"'
    amounts = [d[5] for d in _DEALS + _NEW]
    assert sum(_range_sum(ws, ws["F11"].value)) == sum(amounts) == 42950
    assert sum(_range_sum(ws, ws["D11"].value)) == sum(d[3] for d in _DEALS + _NEW)
    assert len(_range_sum(ws, ws["E11"].value)) == 8
    # the new rows look like the last data row; the total row keeps its own look and height
    for c in range(1, 8):  # the same number format, font, fill, border, alignment, protection
        assert (
            ws.cell(9, c)._style == ws.cell(7, c)._style and ws.cell(9, c).font.name == "微软雅黑"
        )
    assert ws["A8"].number_format == "yyyy/m/d" and ws["F10"].number_format == "#,##0.00"
    assert ws.row_dimensions[9].height == 18 and ws.row_dimensions[11].height == 24
    assert (
        ws["F11"].font.b
        and ws["F11"].fill.fgColor.rgb.endswith("FFF2CC")
        and ws["F11"].border.top.style == "double"
    )
    assert ws.column_dimensions["B"].width == 24
    # merged cells, conditional formatting, validation, names and print area follow
    assert {str(m) for m in ws.merged_cells.ranges} == {"A1:G1", "A13:G13"}
    cf = {str(c.sqref): [r.formula for r in c.rules] for c in ws.conditional_formatting}
    assert cf == {"F3:F10": [["10000"]], "A3:G10": [["$F3>=AVERAGE($F$3:$F$10)"]]}
    assert [str(dv.sqref) for dv in ws.data_validations.dataValidation] == ["C3:C10"]
    assert wb.defined_names["明细金额"].attr_text == f"'{SHEET}'!$F$3:$F$10"
    assert ws.print_area == f"'{SHEET}'!$A$1:$G$13"
    # the other sheet's formulas and chart
    summary = wb["汇总"]
    assert summary["B1"].value == f"=SUM('{SHEET}'!F3:F10)"
    assert summary["B2"].value == f'=SUMIF({SHEET}!B:B,"上海宏达",{SHEET}!F:F)'
    assert summary["B3"].value == f"={SHEET}!F11"
    assert summary["B4"].value == "=SUM(明细金额)"
    assert summary["B5"].value == f"=COUNT({SHEET}!$F$3:$F$10)"
    assert sum(_range_sum(ws, summary["B1"].value)) == 42950
    (chart,) = summary._charts
    assert chart.series[0].val.numRef.f == f"'{SHEET}'!$F$3:$F$10"
    assert chart.series[0].cat.numRef.f == f"'{SHEET}'!$B$3:$B$10"

    # importing the written workbook adds nothing; a second write-back with nothing new neither
    again = import_file(file_store, analyse_file(file_store, path))
    assert again.imported == 0
    assert file_store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 8
    assert write_back(file_store)["deals"] == 0
    # … and the next deal goes under the last one, above the total again
    add_deal(
        file_store,
        dt.date(2026, 3, 20),
        "福州海峡",
        100_000,
        product="服务",
        qty=1,
        price_fen=100_000,
    )
    assert write_back(file_store)["rows"] == [11, 11]
    ws = load_workbook(path)[SHEET]
    assert ws["B11"].value == "福州海峡" and ws["A12"].value == "合计"
    assert ws["F12"].value == "=SUBTOTAL(9,$F$3:$F$11)"
    assert import_file(file_store, analyse_file(file_store, path)).imported == 0


def _indirect(wb):
    wb["汇总"]["B6"] = f'=SUM(INDIRECT("{SHEET}!F3:F7"))'


def _range_to_function(wb):
    wb["汇总"]["B6"] = f"=SUM({SHEET}!F3:INDEX({SHEET}!F:F,7))"


def _array_across(wb):
    from openpyxl.worksheet.formula import ArrayFormula

    wb[SHEET]["I7"] = ArrayFormula("I7:I8", "=F7:F8*2")


def _merged_across(wb):
    wb[SHEET].merge_cells("H7:H8")


def _list_beside(wb):
    for r, product in enumerate(
        ["产品", "A型设备", "B型耗材", "服务", "C型", "D型", "E型", "F型"], start=1
    ):
        wb[SHEET].cell(r, 10, product)


@pytest.mark.parametrize(
    "extra, where",
    [
        (_indirect, "sheet “汇总” cell B6 has a formula with a reference inside a text"),
        (
            _range_to_function,
            "sheet “汇总” cell B6 has a formula with a range ending in a function",
        ),
        (_array_across, f"sheet “{SHEET}” cell I7 holds an array formula over I7:I8 across row 8"),
        (_merged_across, f"sheet “{SHEET}” merged cell H7:H8 reaches across row 8"),
        (_list_beside, f"sheet “{SHEET}” cell J8 beside the table would be split from J7"),
    ],
)
def test_what_cannot_move_safely_is_refused(tmp_path, file_store, extra, where):
    path = _totals_workbook(tmp_path / "明细.xlsx", extra=extra)
    import_file(file_store, analyse_file(file_store, path))
    _log_new_deals(file_store)
    before = path.read_bytes()
    with pytest.raises(WriteBackError) as exc:
        write_back(file_store)
    message = str(exc.value)
    assert (
        message.startswith(f"明细.xlsx: {where}")
        and "left unchanged" in message
        and "\n" not in message
    )
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.glob("*xlsx")] == ["明细.xlsx"]  # no backup, no temporary file
    assert file_store.query("SELECT count(*) AS n FROM deals WHERE row_key IS NULL")[0]["n"] == 3


def test_excel_table_with_a_totals_row_grows(tmp_path, file_store):
    """An Excel table (xlsxwriter) with its own totals row: the table takes in the new rows."""
    import xlsxwriter
    from openpyxl import load_workbook

    path = tmp_path / "table.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(SHEET)
    datef = book.add_format({"num_format": "yyyy-mm-dd"})
    money = book.add_format({"num_format": "#,##0.00"})
    ws.write("A1", "成交明细")
    data = [[d[0], d[1], d[2], d[3], d[4], d[5]] for d in _DEALS]
    ws.add_table(
        "A2:F8",
        {
            "name": "成交",
            "total_row": True,
            "data": data,
            "columns": [
                {"header": "日期", "format": datef, "total_string": "合计"},
                {"header": "客户"},
                {"header": "产品"},
                {"header": "数量", "total_function": "sum"},
                {"header": "单价"},
                {"header": "金额", "total_function": "sum", "format": money},
            ],
        },
    )
    ws.write_formula("H2", "=SUM(成交[金额])")
    ws.write_formula("H3", "=SUM(F3:F7)")
    book.close()
    import_file(file_store, analyse_file(file_store, path))
    _log_new_deals(file_store)
    assert write_back(file_store)["rows"] == [8, 10]
    ws = load_workbook(path)[SHEET]
    (table,) = ws.tables.values()
    assert table.ref == "A2:F11" and table.autoFilter.ref == "A2:F10" and table.totalsRowCount == 1
    assert ws["A11"].value == "合计" and ws["F11"].value == "=SUBTOTAL(109,[金额])"
    assert ws["B10"].value == "合肥高新" and ws["F10"].number_format == "#,##0.00"
    assert ws["H2"].value == "=SUM(成交[金额])" and ws["H3"].value == "=SUM(F3:F10)"
    assert import_file(file_store, analyse_file(file_store, path)).imported == 0


def test_public_sample_with_a_total_row_added(tmp_path, file_store):
    """A real sheet (dataanaly 销售数据: no amount column) given a 合计 row with SUM/SUMPRODUCT."""
    import shutil

    from openpyxl import load_workbook

    path = tmp_path / "销售数据.xlsx"
    shutil.copy(corpus.sample("realistic/dataanaly__销售数据.xlsx"), path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws.max_row == 21
    qty_before = sum(_range_sum(ws, "B2:B21"))
    ws.append(["合计", "=SUM(B2:B21)", "=SUMPRODUCT(B2:B21,C2:C21)"])
    wb.save(path)
    assert (
        import_file(file_store, analyse_file(file_store, path)).imported == 17
    )  # as without the total row
    add_deal(
        file_store,
        dt.date(2025, 1, 25),
        "赵六",
        300_000,
        product="手机",
        qty=1,
        price_fen=300_000,
        region="华东",
    )
    assert write_back(file_store)["rows"] == [22, 22]
    ws = load_workbook(path).active
    assert [c.value for c in ws[22]] == ["手机", 1, 3000, dt.datetime(2025, 1, 25), "华东", "赵六"]
    assert ws["D22"].number_format == ws["D21"].number_format == "mm-dd-yy"
    assert [c.value for c in ws[23]][:3] == ["合计", "=SUM(B2:B22)", "=SUMPRODUCT(B2:B22,C2:C22)"]
    assert sum(_range_sum(ws, ws["B23"].value)) == qty_before + 1
    assert import_file(file_store, analyse_file(file_store, path)).imported == 0


@pytest.mark.parametrize(
    "before, after",
    [
        ("=SUM(F2:F120)", "=SUM(F2:F125)"),
        ("=SUM(F$2:F$120)", "=SUM(F$2:F$125)"),
        (
            "=SUBTOTAL(109,$F$2:$F$120)+AVERAGE(E2:E120)",
            "=SUBTOTAL(109,$F$2:$F$125)+AVERAGE(E2:E125)",
        ),
        ('=COUNT(F2:F120)&"/"&COUNTA(B1:B120)', '=COUNT(F2:F125)&"/"&COUNTA(B1:B125)'),
        (
            "=SUMPRODUCT(D2:D120,E2:E120)/F121",
            "=SUMPRODUCT(D2:D125,E2:E125)/F126",
        ),  # F121: the total row
        ("=F120*2+F119", "=F120*2+F119"),  # single cells above the new rows stay
        ("=SUM(F2:F130)", "=SUM(F2:F135)"),  # across the insert point: Excel's rule
        ("=SUM(F2:F119)", "=SUM(F2:F119)"),
        ("=SUM(2:120)", "=SUM(2:125)"),
        ("=SUM(B:B)+SUM(成交[金额])+明细金额", "=SUM(B:B)+SUM(成交[金额])+明细金额"),
        ("=SUM(J2:J120)", "=SUM(J2:J120)"),  # beside the table: not its data
        ("=汇总!F2:F120+SUM('汇总'!F121)", "=汇总!F2:F120+SUM('汇总'!F121)"),
        ("=SUM('销售明细'!F2:F120)-销售明细!F121", "=SUM('销售明细'!F2:F125)-销售明细!F126"),
        ("=[1]销售明细!F121", "=[1]销售明细!F121"),  # another workbook
        ('=INDIRECT("F"&ROW())+INDIRECT("A1")', '=INDIRECT("F"&ROW())+INDIRECT("A1")'),
    ],
)
def test_formula_forms(before, after):
    from openpyxl import Workbook

    from salesplanner.io.xlsx_rows import RowInsert

    wb = Workbook()
    wb.active.title = "汇总"
    ws = wb.create_sheet(SHEET)
    wb.create_sheet("Sheet3")
    move = RowInsert(
        wb, ws, file="x.xlsx", at=121, count=5, grow=5, last=120, header_row=1, cols=(1, 7)
    )
    assert move.formula(before, SHEET, "here") == after
    # the same formula on another sheet: references without a sheet point there, not here
    assert move.formula(before, "汇总", "here") == (before if "销售明细" not in before else after)


def test_formula_edge_cases():
    from openpyxl import Workbook

    from salesplanner.io.xlsx_rows import RowInsert

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    wb.create_sheet("Sheet3")
    move = RowInsert(
        wb, ws, file="x.xlsx", at=121, count=5, grow=5, last=120, header_row=1, cols=(1, 7)
    )
    # a running total on the last data row is carried down to the new rows, not grown
    assert move.formula("=SUM(F$2:F120)", SHEET, "G120", own_row=120) == "=SUM(F$2:F120)"
    assert (
        move.formula("=F120/SUM(F$2:F$120)", SHEET, "H120", own_row=120) == "=F120/SUM(F$2:F$125)"
    )
    for formula, why in (
        ('=SUM(INDIRECT("F2:F120"))', "a reference inside a text"),
        ("=SUM(销售明细:Sheet3!F2:F120)", "a reference over several sheets"),
        ("=SUM(F2 : F120)", "a range written with spaces around"),
    ):
        with pytest.raises(
            WriteBackError, match=f"x.xlsx: sheet “{SHEET}” cell B5 has a formula with {why}"
        ):
            move.formula(formula, SHEET, f"sheet “{SHEET}” cell B5")
    # nothing below the table (count 0): nothing moves, ranges over the data still grow
    append = RowInsert(
        wb, ws, file="x.xlsx", at=121, count=0, grow=5, last=120, header_row=1, cols=(1, 7)
    )
    assert append.formula("=SUM(F2:F120)+F121+F200", SHEET, "x") == "=SUM(F2:F125)+F121+F200"


def test_a_formula_column_beside_the_table_is_carried_down(tmp_path, file_store):
    """A column without a header (tax = amount × 13 %) and its total move like the table."""
    from openpyxl import load_workbook

    def tax(wb):
        ws = wb[SHEET]
        for r in range(3, 8):
            ws.cell(r, 9, f"=F{r}*0.13")
        ws["I8"] = "=SUM(I3:I7)"
        ws["K20"] = "说明：金额含税"  # below, but away from the table's columns

    path = _totals_workbook(tmp_path / "明细.xlsx", extra=tax)
    import_file(file_store, analyse_file(file_store, path))
    _log_new_deals(file_store)
    write_back(file_store)
    ws = load_workbook(path)[SHEET]
    assert [ws.cell(r, 9).value for r in range(7, 12)] == [
        "=F7*0.13",
        "=F8*0.13",
        "=F9*0.13",
        "=F10*0.13",
        "=SUM(I3:I10)",
    ]
    assert ws["K23"].value == "说明：金额含税"


# -- Cancel, and the codes the UI translates -----------------------------------------------------
@pytest.mark.parametrize("step", ["check", "read", "load", "rows", "save"])
def test_cancel_before_the_workbook_is_replaced_changes_nothing(tmp_path, file_store, step):
    from salesplanner.io.errors import WriteBackCancelled
    from salesplanner.services.writeback import STEPS

    path = _rep_workbook(tmp_path / "我的.xlsx")
    import_file(file_store, analyse_file(file_store, path))
    add_deal(file_store, dt.date(2026, 2, 1), "苏州恒通", 2_500_000)
    before, plan = path.read_bytes(), file_store.query("SELECT * FROM imports")
    seen: list[str] = []
    with pytest.raises(WriteBackCancelled) as exc:
        write_back(file_store, progress=seen.append, cancelled=lambda: step in seen)
    assert exc.value.args[0].code == "writeback.cancelled"
    assert (
        str(exc.value)
        == "The write-back was cancelled; the workbook and the plan were left unchanged."
    )
    assert seen == list(STEPS[: STEPS.index(step) + 1])
    assert path.read_bytes() == before and [
        p.name for p in tmp_path.iterdir() if "xls" in p.name
    ] == ["我的.xlsx"]
    assert file_store.query("SELECT * FROM imports") == plan


def test_cancel_while_the_workbook_is_replaced_is_too_late(tmp_path, file_store):
    from salesplanner.services.writeback import STEPS

    path = _rep_workbook(tmp_path / "我的.xlsx")
    import_file(file_store, analyse_file(file_store, path))
    add_deal(file_store, dt.date(2026, 2, 1), "苏州恒通", 2_500_000)
    seen: list[str] = []
    result = write_back(file_store, progress=seen.append, cancelled=lambda: "replace" in seen)
    assert seen == list(STEPS) and result["deals"] == 1 and result["rows"] == [5, 5]
    assert file_store.query("SELECT written_back_at FROM imports")[0]["written_back_at"]


def test_refusals_carry_codes_for_the_ui(tmp_path, file_store):
    path = _rep_workbook(tmp_path / "book.xlsx")
    import_file(file_store, analyse_file(file_store, path))
    add_deal(file_store, dt.date(2026, 2, 1), "X", 100)
    (tmp_path / "~$book.xlsx").write_bytes(b"lock")
    with pytest.raises(WriteBackError) as exc:
        write_back(file_store)
    assert (exc.value.args[0].code, exc.value.args[0].params) == (
        "writeback.locked",
        {"name": "book.xlsx"},
    )
    with pytest.raises(WriteBackError) as exc:
        write_back(file_store, import_id=7)
    assert exc.value.args[0].code == "writeback.no_such_import" and str(exc.value).endswith(
        "(no import #7)."
    )


@pytest.mark.parametrize(
    "extra, codes",
    [
        (_merged_across, ("place.merged_cell", "blocker.merged_across", None)),
        (_indirect, ("place.cell", "blocker.formula", "formula.text_reference")),
    ],
)
def test_a_refusal_names_its_place_and_reason_with_codes(tmp_path, file_store, extra, codes):
    path = _totals_workbook(tmp_path / "明细.xlsx", extra=extra)
    import_file(file_store, analyse_file(file_store, path))
    _log_new_deals(file_store)
    with pytest.raises(WriteBackError) as exc:
        write_back(file_store)
    msg = exc.value.args[0]
    where, why = msg.params["where"], msg.params["why"]
    assert msg.code == "writeback.unsafe" and msg.params["file"] == "明细.xlsx"
    assert (where.code, why.code, getattr(why.params.get("what"), "code", None)) == codes
    assert (
        str(exc.value) == f"明细.xlsx: {where} {why}, so the new rows cannot be added safely; "
        f"the file was left unchanged."
    )


@pytest.mark.parametrize("own_rule", [False, True])
def test_a_rule_on_another_sheet_follows_the_data_sheet(own_rule):
    """A conditional format elsewhere pointing at the data sheet moves with it, whether or not
    the data sheet has conditional formats of its own."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule

    from salesplanner.io.xlsx_rows import RowInsert

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    other = wb.create_sheet("汇总")
    other.conditional_formatting.add("A1", FormulaRule(formula=[f"{SHEET}!$F$130>0"]))
    if own_rule:
        ws.conditional_formatting.add("F2:F120", FormulaRule(formula=["$F2>0"]))
    RowInsert(
        wb, ws, file="x.xlsx", at=121, count=5, grow=5, last=120, header_row=1, cols=(1, 7)
    ).apply()
    assert [r.formula for cf in other.conditional_formatting for r in cf.rules] == [
        [f"{SHEET}!$F$135>0"]
    ]
    if own_rule:
        assert [str(cf.sqref) for cf in ws.conditional_formatting] == ["F2:F125"]
