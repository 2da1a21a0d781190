"""Workbooks the way reps' tools write them: a sweep of realistic, messy files with known contents.

Every builder writes one file into a folder and returns a :class:`Case`: the file and what an
import of it must give (the kind, the sheet and header row found, every record imported in sheet
order, the problems by cell and code) or the one-line refusal expected. The files come from
openpyxl and xlsxwriter (as scripts and other tools write them), some parts rewritten by hand
where a library cannot write what Excel does (shared formulas, a pivot table, a million formatted
rows), CSV/TXT bytes as Excel saves them, and — :func:`libreoffice_variants` — the same
workbooks saved again by LibreOffice as .xlsx, legacy .xls (BIFF8) and .ods.

The canonical data is :data:`DEALS` (18 sales in the first quarter of 2026): each sales file
shows those deals in its own way, so most cases expect the same records.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

D = dt.date


@dataclass(frozen=True)
class Deal:
    date: dt.date
    customer: str
    product: str
    qty: int
    price: Decimal
    rep: str
    region: str
    note: str = ""

    @property
    def amount(self) -> Decimal:
        return self.qty * self.price

    @property
    def fen(self) -> int:
        return int(self.amount * 100)


P = Decimal
DEALS: list[Deal] = [
    Deal(D(2026, 1, 5), "上海宏达贸易有限公司", "A型设备", 2, P("6000"), "王芳", "华东", "首单"),
    Deal(D(2026, 1, 9), "杭州新锐科技", "B型耗材", 100, P("35.5"), "王芳", "华东"),
    Deal(D(2026, 1, 14), "苏州恒通机电", "A型设备", 1, P("58000"), "李雷", "华东", "含安装"),
    Deal(D(2026, 1, 20), "南京东方电子", "C型服务", 3, P("1200"), "李雷", "华东"),
    Deal(D(2026, 1, 26), "无锡远景", "B型耗材", 40, P("36"), "王芳", "华东"),
    Deal(D(2026, 1, 30), "合肥天鹅湖酒店", "D型软件", 1, P("9800"), "韩梅梅", "华中"),
    Deal(D(2026, 2, 3), "上海宏达贸易有限公司", "B型耗材", 50, P("36"), "王芳", "华东", "复购"),
    Deal(D(2026, 2, 10), "宁波港务集团", "A型设备", 4, P("5800"), "韩梅梅", "华东"),
    Deal(D(2026, 2, 14), "温州鞋业(集团)", "C型服务", 1, P("800"), "李雷", "华东"),
    Deal(D(2026, 2, 17), "杭州新锐科技", "D型软件", 2, P("9800"), "王芳", "华东"),
    Deal(D(2026, 2, 24), "武汉光谷生物", "A型设备", 1, P("61000"), "韩梅梅", "华中"),
    Deal(D(2026, 2, 27), "南京东方电子", "B型耗材", 120, P("35"), "李雷", "华东"),
    Deal(D(2026, 3, 2), "苏州恒通机电", "C型服务", 2, P("1500"), "李雷", "华东"),
    Deal(D(2026, 3, 6), "长沙麓谷软件园", "D型软件", 3, P("9500"), "韩梅梅", "华中"),
    Deal(D(2026, 3, 11), "上海宏达贸易有限公司", "A型设备", 1, P("6200"), "王芳", "华东"),
    Deal(D(2026, 3, 16), "无锡远景", "C型服务", 5, P("1100"), "王芳", "华东", "年度维保"),
    Deal(D(2026, 3, 23), "宁波港务集团", "B型耗材", 200, P("34.5"), "韩梅梅", "华东"),
    Deal(D(2026, 3, 30), "合肥天鹅湖酒店", "C型服务", 1, P("2400"), "韩梅梅", "华中"),
]


def records_of(deals: list[Deal]) -> list[tuple[str, str, int]]:
    """What a sales import stores for ``deals``: (ISO date, customer, amount in fen)."""
    return [(d.date.isoformat(), d.customer, d.fen) for d in deals]


@dataclass
class Case:
    """One file and what importing it must give."""

    name: str
    path: Path
    kind: str = "sales"
    sheet: str | None = None  # the sheet the import must choose by itself
    header_row: int | None = None
    # sales: (date, customer, fen); activities: (date, code, count, customer); customers:
    # (name, phone, birthday); targets: (month start, fen) — in sheet order
    records: list[tuple] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)  # cell (or "row N") → message code
    other_problems: bool = False  # problems other than those listed may be reported (warnings)
    refused: str | None = None  # part of the one-line error when the file is refused
    notes: tuple[str, ...] = ()  # codes of notes the analysis must make

    def variant(self, name: str, path: Path, **changes) -> Case:
        return replace(self, name=name, path=path, **changes)


def _cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# -- small helpers for writing xlsx parts by hand
# ---------------------------------------------------
def rewrite_zip(
    path: Path,
    change: Callable[[str, bytes], bytes | None],
    extra: dict[str, bytes] | None = None,
) -> None:
    """Rewrite a zip package: ``change(name, data)`` returns new bytes (None: keep, b"": drop)."""
    src = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(src)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            new = change(info.filename, data)
            if new == b"":
                continue
            zout.writestr(info.filename, data if new is None else new)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    path.write_bytes(out.getvalue())


def tiny_png(width: int = 16, height: int = 8) -> bytes:
    """A small red PNG (no imaging library needed)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _xlsxwriter_deals(
    ws, datef, deals: list[Deal], values: Callable[[Deal], list], row: int = 1, fmt=None
) -> None:
    """Each deal's date as a date cell in column A and ``values(deal)`` after it (xlsxwriter)."""
    for r, d in enumerate(deals, start=row):
        ws.write_datetime(r, 0, dt.datetime.combine(d.date, dt.time()), datef)
        ws.write_row(r, 1, values(d), fmt)


# -- sales workbooks ----------------------------------------------------------------------------
def kitchen_sink(folder: Path) -> Case:
    """What a rep's own ledger looks like after a year of use (xlsxwriter, as Excel would):
    a merged title, a note row, a two-row merged header with 序号 / 手机 / 备注 columns,
    autofilter, frozen panes, comments, data validation, conditional formatting, a chart and an
    image, a 小计 row per month in the middle, blank rows, a 合计 row and a signature footer."""
    import xlsxwriter

    path = folder / "销售台账_kitchen_sink.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("2026销售台账")
    title = wb.add_format({"bold": True, "font_size": 16, "align": "center"})
    head = wb.add_format(
        {
            "bold": True,
            "border": 1,
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
            "bg_color": "#DDEBF7",
        }
    )
    datef = wb.add_format({"num_format": 'yyyy"年"m"月"d"日"', "border": 1})
    money = wb.add_format({"num_format": "#,##0.00", "border": 1})
    cell = wb.add_format({"border": 1})
    sub = wb.add_format({"bold": True, "num_format": "#,##0.00", "bg_color": "#FFF2CC"})
    ws.merge_range("A1:J1", "华东区 2026 年第一季度销售台账", title)
    ws.write("A2", "部门：华东区销售一部    单位：元    更新：2026-04-01")
    # header rows 4-5
    ws.merge_range("A4:A5", "序号", head)
    ws.merge_range("B4:B5", "成交日期", head)
    ws.merge_range("C4:D4", "客户信息", head)
    ws.write("C5", "客户名称", head)
    ws.write("D5", "手机", head)
    ws.merge_range("E4:E5", "产品", head)
    ws.merge_range("F4:H4", "销售情况", head)
    ws.write("F5", "数量", head)
    ws.write("G5", "单价", head)
    ws.write("H5", "金额\n(元)", head)
    ws.merge_range("I4:I5", "业务员", head)
    ws.merge_range("J4:J5", "备注", head)
    r = 5  # 0-based: Excel row 6
    expected: list[Deal] = []
    n = 0
    first_of_month = r
    for k, d in enumerate(DEALS):
        n += 1
        ws.write_number(r, 0, n, cell)
        ws.write_datetime(r, 1, dt.datetime.combine(d.date, dt.time()), datef)
        ws.write_string(r, 2, d.customer, cell)
        ws.write_number(r, 3, 13800000000 + k, cell)
        ws.write_string(r, 4, d.product, cell)
        ws.write_number(r, 5, d.qty, cell)
        ws.write_number(r, 6, float(d.price), money)
        ws.write_formula(r, 7, f"=F{r + 1}*G{r + 1}", money, float(d.amount))
        ws.write_string(r, 8, d.rep, cell)
        ws.write_string(r, 9, d.note, cell)
        expected.append(d)
        r += 1
        if k == 3:
            r += 1  # a blank row in the middle of January
        last_in_month = k + 1 == len(DEALS) or DEALS[k + 1].date.month != d.date.month
        if last_in_month:
            ws.write_string(r, 2, f"{d.date.month}月小计", sub)
            ws.write_formula(
                r,
                7,
                f"=SUBTOTAL(9,H{first_of_month + 1}:H{r})",
                sub,
                float(sum(x.amount for x in DEALS if x.date.month == d.date.month)),
            )
            r += 2
            first_of_month = r
    ws.write_string(r, 0, "合计", sub)
    ws.write_formula(r, 7, f"=SUBTOTAL(9,H6:H{r})", sub, float(sum(x.amount for x in DEALS)))
    ws.write(r + 2, 0, "制表人：王芳")
    ws.write(r + 2, 5, "审核：")
    ws.autofilter(4, 0, r - 1, 9)
    ws.freeze_panes(5, 2)
    ws.write_comment("C6", "老客户，年框合同")
    ws.write_comment("H8", "含运费")
    ws.data_validation(
        5, 4, r - 1, 4, {"validate": "list", "source": ["A型设备", "B型耗材", "C型服务", "D型软件"]}
    )
    ws.data_validation(5, 5, r - 1, 5, {"validate": "integer", "criteria": ">", "value": 0})
    ws.conditional_format(
        5,
        7,
        r - 1,
        7,
        {
            "type": "cell",
            "criteria": ">=",
            "value": 50000,
            "format": wb.add_format({"bg_color": "#FFC7CE"}),
        },
    )
    ws.conditional_format(5, 7, r - 1, 7, {"type": "data_bar"})
    chart = wb.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": "金额",
            "categories": f"='2026销售台账'!$C$6:$C${r}",
            "values": f"='2026销售台账'!$H$6:$H${r}",
        }
    )
    ws.insert_chart("L4", chart)
    ws.insert_image("L20", "logo.png", {"image_data": io.BytesIO(tiny_png())})
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 2, 24)
    ws.protect("abc123", {"autofilter": True, "sort": True})  # editing protected, not encrypted
    wb.add_worksheet("说明").write("A1", "金额单位：元；小计与合计为公式。")
    wb.close()
    return Case(
        "kitchen_sink", path, sheet="2026销售台账", header_row=5, records=records_of(expected)
    )


TEXT_DATES = [
    "2026.1.5",
    "2026/01/09",
    "1/14/2026",
    "2026年1月20日",
    "26-1-26",
    "20260130",
    "46056",
    "2026-02-10 14:30",
    "2026/2/14 9:05:00",
    "2026-02-17T10:00:00",
    "2026年2月24日 15:20",
    "2026-2-27 星期五",
    "26-3-2",
    "2026.03.06",
    "11-Mar-2026",
    "16-Mar-26",
    "26-03-23",
    "3月30日",
]


def text_dates(folder: Path) -> Case:
    """The date column typed as text, a different habit on each row (openpyxl): dots, slashes,
    US order, 年月日, a two-digit year, 20260130, an Excel serial as text, times, a weekday,
    day-month-name and a date without its year."""
    from openpyxl import Workbook

    assert len(TEXT_DATES) == len(DEALS)
    path = folder / "text_dates.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "明细"
    ws.append(["日期", "客户", "金额"])
    for text, d in zip(TEXT_DATES, DEALS, strict=True):
        ws.append([text, d.customer, float(d.amount)])
    for c in ws["A"]:
        c.number_format = "@"
    wb.save(path)
    return Case("text_dates", path, header_row=1, records=records_of(DEALS))


def text_amounts(folder: Path) -> Case:
    """Amounts and quantities as text the ways people write them, numbers stored as text
    (Excel's leading apostrophe), quantities with their measure word (2台), full-width digits,
    and a percentage that is no amount."""
    from openpyxl import Workbook

    path = folder / "text_amounts.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "销售"
    ws.append(["日期", "客户", "数量", "金额"])
    cells = [  # (text as typed, fen)
        ("1.2万", 1_200_000),
        ("¥1,234.00", 123_400),
        ("(500)", -50_000),
        ("1,234-", -123_400),
        ("１２３４", 123_400),
        ("1,234.00元", 123_400),
        ("RMB 2,000", 200_000),
        ("￥3,600.50", 360_050),
        ("12%", None),
        ("0.8万元", 800_000),
        ("  4500  ", 450_000),
        ("－300", -30_000),
    ]
    expected = []
    problems = {}
    for i, (text, fen) in enumerate(cells):
        d = DEALS[i]
        ws.append(
            [d.date, d.customer, f"{d.qty}{'台件套'[i % 3]}" if i % 4 == 1 else str(d.qty), text]
        )
        ws.cell(ws.max_row, 3).quotePrefix = True  # typed as '2
        ws.cell(ws.max_row, 4).quotePrefix = True
        if fen is None:
            problems[f"D{ws.max_row}"] = "cell.not_an_amount"
        else:
            expected.append((d.date.isoformat(), d.customer, fen))
    for c in ws["A"]:
        c.number_format = "yyyy-mm-dd"
    wb.save(path)
    return Case("text_amounts", path, header_row=1, records=expected, problems=problems)


HEADER_VARIANTS = [
    # (date header, amount header, amount written as, fen per written unit)
    ("成交\n日期", "金额\n(元)", lambda d: float(d.amount), 100),
    ("日 期", "销售额（万元）", lambda d: float(d.amount / 10000), 1_000_000),
    ("Order Date", "Amount (CNY)", lambda d: float(d.amount), 100),
    ("日期\n(年/月/日)", "金额/万", lambda d: float(d.amount / 10000), 1_000_000),
    ("  签约日期  ", "合同金额（元）", lambda d: float(d.amount), 100),
]


def header_variant(folder: Path, k: int) -> Case:
    """Header texts with spaces, line breaks and units (元, 万元, CNY)."""
    from openpyxl import Workbook

    date_h, amount_h, write, _unit = HEADER_VARIANTS[k]
    path = folder / f"headers_{k}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", date_h, "客户名称", amount_h, "备注"])
    for i, d in enumerate(DEALS[:6], start=1):
        ws.append([i, d.date, d.customer, write(d), d.note])
    wb.save(path)
    return Case(f"headers_{k}", path, header_row=1, records=records_of(DEALS[:6]))


def mac_1904(folder: Path) -> Case:
    """Saved by Excel for Mac with the 1904 date system (serials 1,462 days smaller)."""
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    path = folder / "mac_1904.xlsx"
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    _plain_sales_sheet(wb.active, DEALS[:6])
    wb.active.cell(3, 1).value = dt.datetime.combine(DEALS[1].date, dt.time(15, 30))
    wb.save(path)
    return Case("mac_1904", path, header_row=1, records=records_of(DEALS[:6]))


def _plain_sales_sheet(ws, deals: list[Deal], start_row: int = 1) -> None:
    """日期 | 客户 | 产品 | 数量 | 单价 | 金额 | 业务员 from ``start_row`` (openpyxl)."""
    ws.cell(start_row, 1, "日期")
    for c, h in enumerate(["客户", "产品", "数量", "单价", "金额", "业务员"], start=2):
        ws.cell(start_row, c, h)
    for r, d in enumerate(deals, start=start_row + 1):
        for c, v in enumerate(
            [d.date, d.customer, d.product, d.qty, float(d.price), float(d.amount), d.rep], start=1
        ):
            ws.cell(r, c, v)
        ws.cell(r, 1).number_format = "yyyy/m/d"


def hidden_first_sheet(folder: Path) -> Case:
    """A hidden first sheet holding a lookup table (产品 | 单价), then the data."""
    from openpyxl import Workbook

    path = folder / "hidden_first.xlsx"
    wb = Workbook()
    hidden = wb.active
    hidden.title = "参数"
    hidden.append(["产品", "单价"])
    for p, price in [("A型设备", 6000), ("B型耗材", 36)]:
        hidden.append([p, price])
    hidden.sheet_state = "hidden"
    _plain_sales_sheet(wb.create_sheet("销售明细"), DEALS)
    wb.active = 1
    wb.save(path)
    return Case("hidden_first", path, sheet="销售明细", header_row=1, records=records_of(DEALS))


def empty_first_sheet(folder: Path) -> Case:
    """The default Sheet1 left empty (only a column width and a formatted cell), the data on
    Sheet2."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = folder / "empty_first.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.column_dimensions["A"].width = 20
    ws["B3"].font = Font(bold=True)  # formatted but empty
    _plain_sales_sheet(wb.create_sheet("Sheet2"), DEALS[:8])
    wb.create_sheet("Sheet3")
    wb.save(path)
    return Case("empty_first", path, sheet="Sheet2", header_row=1, records=records_of(DEALS[:8]))


def header_below_row_30(folder: Path) -> Case:
    """A long 填表说明 block above the table: the header is on row 36."""
    from openpyxl import Workbook

    path = folder / "header_row_36.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "销售记录"
    ws["A1"] = "销售记录表（2026）"
    ws["A2"] = "填表说明："
    for i in range(3, 34):
        ws.cell(
            i,
            1,
            f"{i - 2}. 第{i - 2}条说明：金额填写含税金额，日期按 年/月/日 填写，客户名称写全称。",
        )
    ws["A34"] = "如有疑问，请联系 财务部 张会计，分机 8021"
    _plain_sales_sheet(ws, DEALS[:10], start_row=36)
    wb.save(path)
    return Case("header_row_36", path, header_row=36, records=records_of(DEALS[:10]))


def side_by_side(folder: Path) -> Case:
    """The deals on the left, a monthly summary table to their right after an empty column."""
    import xlsxwriter

    path = folder / "side_by_side.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["日期", "客户", "产品", "金额"])
    _xlsxwriter_deals(ws, datef, DEALS, lambda d: [d.customer, d.product, float(d.amount)])
    ws.write_row(0, 5, ["月份", "目标", "完成", "完成率"])
    for r, m in enumerate((1, 2, 3), start=1):
        done = float(sum(d.amount for d in DEALS if d.date.month == m))
        ws.write_row(r, 5, [f"2026年{m}月", 150000, done, done / 150000])
    wb.close()
    return Case(
        "side_by_side", path, header_row=1, records=records_of(DEALS), notes=("note.side_by_side",)
    )


def summary_left(folder: Path) -> Case:
    """A monthly target summary (月份 | 目标 | 完成) on the left, the deals to its right after
    an empty column."""
    import xlsxwriter

    path = folder / "summary_left.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["月份", "目标", "完成"])
    for r, m in enumerate((1, 2, 3), start=1):
        ws.write_row(
            r, 0, [f"2026年{m}月", 150000, float(sum(d.amount for d in DEALS if d.date.month == m))]
        )
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 4, ["日期", "客户", "金额"])
    for r, d in enumerate(DEALS, start=1):
        ws.write_datetime(r, 4, dt.datetime.combine(d.date, dt.time()), datef)
        ws.write_row(r, 5, [d.customer, float(d.amount)])
    wb.close()
    return Case(
        "summary_left", path, header_row=1, records=records_of(DEALS), notes=("note.side_by_side",)
    )


def page_headers(folder: Path) -> Case:
    """A report exported page by page: each page starts with a title line (销售明细报表 … 第2页)
    and the header again."""
    import xlsxwriter

    path = folder / "page_headers.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("报表")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    r = 0
    for k, d in enumerate(DEALS):
        if k % 6 == 0:
            ws.write_row(r, 0, ["销售明细报表", "", "", f"第{k // 6 + 1}页"])
            ws.write_row(r + 1, 0, ["日期", "客户", "产品", "金额\n(元)"])
            r += 2
        ws.write_datetime(r, 0, dt.datetime.combine(d.date, dt.time()), datef)
        ws.write_row(r, 1, [d.customer, d.product, float(d.amount)])
        r += 1
    wb.close()
    return Case("page_headers", path, header_row=2, records=records_of(DEALS))


def duplicate_headers(folder: Path) -> Case:
    """Two columns headed 金额 (contract and received) and two headed 日期: the first of each."""
    from openpyxl import Workbook

    path = folder / "duplicate_headers.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "客户", "金额", "日期", "金额", "备注"])
    for d in DEALS[:6]:
        ws.append(
            [
                d.date,
                d.customer,
                float(d.amount),
                d.date + dt.timedelta(days=30),
                float(d.amount) / 2,
                "",
            ]
        )
    wb.save(path)
    return Case("duplicate_headers", path, header_row=1, records=records_of(DEALS[:6]))


def long_text_emoji_control(folder: Path) -> Case:
    """Very long notes, emoji in names, control characters (xlsxwriter writes them _x0007_)."""
    import xlsxwriter

    path = folder / "long_text_emoji.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    ws.write_row(0, 0, ["日期", "客户", "金额", "备注"])
    names = ["🍎 果业连锁", "宏达\x07贸易", "东方电子\t", "长沙🚀科技", "新锐\u200b科技", "远景"]
    cleaned = ["🍎 果业连锁", "宏达贸易", "东方电子", "长沙🚀科技", "新锐\u200b科技", "远景"]
    name_of = dict(zip(DEALS[:6], names, strict=True))
    long_note = ("很长的备注，" * 5000)[:32000]
    _xlsxwriter_deals(
        ws,
        wb.add_format({"num_format": "yyyy-mm-dd"}),
        DEALS[:6],
        lambda d: [
            name_of[d],
            float(d.amount),
            long_note if d is DEALS[1] else "emoji 👍\x01 note",
        ],
    )
    wb.close()
    expected = [(d.date.isoformat(), cleaned[i], d.fen) for i, d in enumerate(DEALS[:6])]
    return Case("long_text_emoji", path, header_row=1, records=expected)


def formulas(folder: Path) -> Case:
    """Formula cells with cached values as Excel saves them: the amount as a shared formula
    (``t="shared"``, rewritten by hand), an array formula, a date made by =DATE(), the customer
    by a lookup-like formula returning text."""
    import xlsxwriter

    path = folder / "formulas.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["日期", "客户", "数量", "单价", "金额", "含税金额"])
    deals = DEALS[:10]
    for r, d in enumerate(deals, start=1):
        serial = (d.date - D(1899, 12, 30)).days
        ws.write_formula(r, 0, f"=DATE({d.date.year},{d.date.month},{d.date.day})", datef, serial)
        ws.write_formula(r, 1, f'=TRIM("{d.customer} ")', None, d.customer)
        ws.write_number(r, 2, d.qty)
        ws.write_number(r, 3, float(d.price))
        ws.write_formula(r, 4, f"=C{r + 1}*D{r + 1}", None, float(d.amount))
        ws.write_formula(r, 5, f"=E{r + 1}*1.13", None, float(d.amount) * 1.13)
    n = len(deals)
    ws.write(n + 2, 0, "合计")
    ws.write_array_formula(
        n + 2,
        4,
        n + 2,
        4,
        f"{{=SUM(C2:C{n + 1}*D2:D{n + 1})}}",
        None,
        float(sum(d.amount for d in deals)),
    )
    wb.close()

    first = re.compile(rb"<f>C2\*D2</f>")

    def shared(name: str, data: bytes) -> bytes | None:
        if name != "xl/worksheets/sheet1.xml":
            return None
        data = first.sub(f'<f t="shared" ref="E2:E{n + 1}" si="0">C2*D2</f>'.encode(), data)
        for r in range(3, n + 2):
            data = data.replace(f"<f>C{r}*D{r}</f>".encode(), b'<f t="shared" si="0"/>')
        return data

    rewrite_zip(path, shared)
    return Case("formulas", path, header_row=1, records=records_of(deals))


def rich_text(folder: Path) -> Case:
    """Rich-text cells (runs of bold and colour) in the header and in the data."""
    import xlsxwriter

    path = folder / "rich_text.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    bold = wb.add_format({"bold": True})
    red = wb.add_format({"font_color": "red"})
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_rich_string(0, 0, bold, "成交", "日期")
    ws.write_string(0, 1, "客户")
    ws.write_rich_string(0, 2, "金额", red, "(元)")
    ws.write_string(0, 3, "备注")
    for r, d in enumerate(DEALS[:6], start=1):
        ws.write_datetime(r, 0, dt.datetime.combine(d.date, dt.time()), datef)
        parts = (d.customer[:2], bold, d.customer[2:])
        ws.write_rich_string(r, 1, *parts)
        if r == 3:
            ws.write_rich_string(
                r, 2, red, f"{d.amount:,.0f}", "元"
            )  # an amount written as rich text
        else:
            ws.write_number(r, 2, float(d.amount))
        ws.write_rich_string(r, 3, "重要", red, "客户")
    wb.close()
    return Case("rich_text", path, header_row=1, records=records_of(DEALS[:6]))


def offset_problems(folder: Path) -> Case:
    """The table starts at C5 under a title; a bad amount and a bad date must be named by their
    own cells (E8, C9), whatever format the file is saved in."""
    import xlsxwriter

    path = folder / "offset_problems.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write("C2", "销售明细")
    ws.write_row(4, 2, ["日期", "客户", "金额"])
    for r, d in enumerate(DEALS[:6], start=5):
        ws.write_datetime(r, 2, dt.datetime.combine(d.date, dt.time()), datef)
        ws.write_row(r, 3, [d.customer, float(d.amount)])
    ws.write_string(7, 4, "abc")
    ws.write_string(8, 2, "不是日期")
    wb.close()
    return Case(
        "offset_problems",
        path,
        header_row=5,
        records=records_of([DEALS[0], DEALS[1], DEALS[4], DEALS[5]]),
        problems={"E8": "cell.not_an_amount", "C9": "cell.not_a_date"},
    )


def excel_table_with_totals(folder: Path) -> Case:
    """An Excel table (ListObject) with banded rows and its totals row (Chinese Excel: 汇总)."""
    import xlsxwriter

    path = folder / "table_totals.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("订单")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    data = [
        [dt.datetime.combine(d.date, dt.time()), d.customer, d.product, float(d.amount)]
        for d in DEALS
    ]
    n = len(data)
    ws.add_table(
        0,
        0,
        n + 1,
        3,
        {
            "data": data,
            "total_row": True,
            "style": "Table Style Medium 2",
            "columns": [
                {"header": "订单日期", "format": datef, "total_string": "汇总"},
                {"header": "客户名称"},
                {"header": "产品"},
                {"header": "订单金额", "total_function": "sum"},
            ],
        },
    )
    wb.close()
    return Case("table_totals", path, header_row=1, records=records_of(DEALS))


def merged_date_cells(folder: Path) -> Case:
    """One date cell merged down over the deals of that day, as reps lay out a day's orders."""
    from openpyxl import Workbook

    path = folder / "merged_dates.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "客户", "产品", "金额"])
    days = [D(2026, 3, 2)] * 3 + [D(2026, 3, 3)] * 2 + [D(2026, 3, 5)]
    expected = []
    for i, day in enumerate(days):
        d = DEALS[i]
        ws.append([day if i in (0, 3, 5) else None, d.customer, d.product, float(d.amount)])
        expected.append((day.isoformat(), d.customer, d.fen))
    ws.merge_cells("A2:A4")
    ws.merge_cells("A5:A6")
    for c in ws["A"][1:]:
        c.number_format = "yyyy-mm-dd"
    wb.save(path)
    return Case("merged_dates", path, header_row=1, records=expected)


def _padded_sales(
    path: Path, header: list[str], values: Callable[[Deal], list], dimension: str, padding: str
) -> None:
    """The deals in bordered cells, then ``padding`` (rows of XML written as Excel does) before
    ``</sheetData>``, and the sheet's dimension set to ``dimension``."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    border = wb.add_format({"border": 1})
    ws.write_row(0, 0, header, border)
    _xlsxwriter_deals(
        ws, wb.add_format({"num_format": "yyyy-mm-dd", "border": 1}), DEALS, values, fmt=border
    )
    wb.close()

    def grow(name: str, data: bytes) -> bytes | None:
        if name != "xl/worksheets/sheet1.xml":
            return None
        data = re.sub(
            rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), data
        )
        return data.replace(b"</sheetData>", padding.encode() + b"</sheetData>")

    rewrite_zip(path, grow)


def million_formatted_rows(folder: Path) -> Case:
    """Twenty deals, then formatting applied down to row 1,048,576: the dimension claims
    A1:Z1048576 and a million empty rows carry a style (as when a rep formats whole rows by
    dragging), written as Excel writes them."""
    path = folder / "million_formatted_rows.xlsx"
    rows = "".join(
        f'<row r="{r}" spans="1:26" s="1" customFormat="1"/>'
        for r in range(len(DEALS) + 2, 1_048_577)
    )
    _padded_sales(
        path, ["日期", "客户", "金额"], lambda d: [d.customer, float(d.amount)], "A1:Z1048576", rows
    )
    return Case("million_formatted_rows", path, header_row=1, records=records_of(DEALS))


def styled_empty_cells(folder: Path) -> Case:
    """Borders applied cell by cell down to row 200,000: each empty cell is written with its
    style (``<c r="A5" s="1"/>``), as Excel does for a range formatted by dragging."""
    path = folder / "styled_empty_cells.xlsx"
    rows = "".join(
        f'<row r="{r}" spans="1:4"><c r="A{r}" s="1"/><c r="B{r}" s="1"/><c r="C{r}" s="1"/>'
        f'<c r="D{r}" s="1"/></row>'
        for r in range(len(DEALS) + 2, 200_001)
    )
    _padded_sales(
        path,
        ["日期", "客户", "金额", "备注"],
        lambda d: [d.customer, float(d.amount), d.note],
        "A1:D200000",
        rows,
    )
    return Case("styled_empty_cells", path, header_row=1, records=records_of(DEALS))


def large_ledger(folder: Path, rows: int = 24_000) -> Case:
    """A year's ledger large enough to be read in parts (a worksheet part over 4 MB): an empty
    Sheet1 first, a sheet name with & and quotes, a title, 小计 rows each month and 合计 at the
    end, the date merged down over each three orders (so the parts' cuts fall inside merged
    cells), text dates, #DIV/0! error cells."""
    import random

    import xlsxwriter

    path = folder / "large_ledger.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    wb.add_worksheet("Sheet1")
    ws = wb.add_worksheet('销售&回款 "Q1" 明细')
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["华东区销售台账"])
    ws.write_row(2, 0, ["序号", "成交日期", "客户名称", "产品", "数量", "单价", "金额", "备注"])
    rnd = random.Random(3)
    expected: list[tuple] = []
    problems: dict[str, str] = {}
    days = [D(2025, 1, 1) + dt.timedelta(days=n // 70) for n in range(rows + 2)]
    r, month, merged_until, merged_day = 3, 1, -1, days[0]
    for n in range(rows):
        day = days[n]
        if day.month != month:
            ws.write_row(r, 0, ["", "", f"{month}月小计", "", "", "", 1.0])
            r, month = r + 1, day.month
        qty, price, customer = (
            rnd.randint(1, 9),
            rnd.randint(100, 999),
            f"客户{rnd.randint(1, 500):03d}",
        )
        ws.write_number(r, 0, n + 1)
        if r <= merged_until:
            day = merged_day  # under the merged date
        elif n % 3 == 0 and n + 2 < rows and days[n + 2].month == month:  # a date over three orders
            merged_until, merged_day = r + 2, day
            ws.merge_range(r, 1, r + 2, 1, None)
            ws.write_datetime(r, 1, dt.datetime.combine(day, dt.time()), datef)
        elif n % 1000 == 1:
            ws.write_string(r, 1, f"{day.year}.{day.month}.{day.day}")
        else:
            ws.write_datetime(r, 1, dt.datetime.combine(day, dt.time()), datef)
        ws.write_row(r, 2, [customer, "A型", qty, price])
        if n % 5000 == 4999:
            ws.write_formula(r, 6, "=1/0", None, "#DIV/0!")
            problems[f"G{r + 1}"] = "cell.excel_error"
        else:
            ws.write_number(r, 6, qty * price)
            expected.append((day.isoformat(), customer, qty * price * 100))
        r += 1
    ws.write_row(r, 0, ["合计", "", "", "", "", "", 0])
    wb.close()
    return Case(
        "large_ledger",
        path,
        sheet='销售&回款 "Q1" 明细',
        header_row=3,
        records=expected,
        problems=problems,
        other_problems=True,
    )


# -- a pivot table next to the data ----------------------------------------------------------------
def _pivot_parts(n: int, customers: list[str], sums: list[float]) -> dict[str, bytes]:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    items = "".join(f'<s v="{c}"/>' for c in customers)
    cache = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<pivotCacheDefinition xmlns="{main}" xmlns:r="{rel}" r:id="rId1" refreshOnLoad="1" '
        f'recordCount="{n}"><cacheSource type="worksheet"><worksheetSource ref="A1:C{n + 1}" '
        f'sheet="数据"/></cacheSource><cacheFields count="3">'
        f'<cacheField name="日期" numFmtId="14"><sharedItems containsSemiMixedTypes="0" '
        f'containsNonDate="0" containsDate="1" containsString="0"/></cacheField>'
        f'<cacheField name="客户" numFmtId="0"><sharedItems '
        f'count="{len(customers)}">{items}</sharedItems>'
        f'</cacheField><cacheField name="金额" numFmtId="0">'
        f'<sharedItems containsSemiMixedTypes="0" '
        f'containsString="0" containsNumber="1"/></cacheField></cacheFields></pivotCacheDefinition>'
    )
    records = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<pivotCacheRecords xmlns="{main}" count="0"/>'
    )
    row_items = "".join(
        f'<i><x v="{k}"/></i>' if k else "<i><x/></i>" for k in range(len(customers))
    )
    field_items = "".join(f'<item x="{k}"/>' for k in range(len(customers)))
    table = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<pivotTableDefinition xmlns="{main}" name="数据透视表1" cacheId="1" '
        f'applyNumberFormats="0" '
        f'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" '
        f'applyAlignmentFormats="0" '
        f'applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" '
        f'minRefreshableVersion="3" '
        f'useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" '
        f'outlineData="1" multipleFieldFilters="0" rowHeaderCaption="客户">'
        f'<location ref="A3:B{4 + len(customers)}" firstHeaderRow="1" firstDataRow="1" '
        f'firstDataCol="1"/>'
        f'<pivotFields count="3"><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0">'
        f'<items count="{len(customers) + 1}">{field_items}<item t="default"/></items></pivotField>'
        f'<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="1"/>'
        f'</rowFields><rowItems count="{len(customers) + 1}">{row_items}<i '
        f't="grand"><x/></i></rowItems>'
        f'<colItems count="1"><i/></colItems><dataFields count="1"><dataField '
        f'name="求和项:金额" fld="2" '
        f'baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" '
        f'showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" '
        f'showLastColumn="1"/>'
        f"</pivotTableDefinition>"
    )
    return {
        "xl/pivotCache/pivotCacheDefinition1.xml": cache.encode(),
        "xl/pivotCache/pivotCacheRecords1.xml": records.encode(),
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            f'Id="rId1" '
            f'Type="{rel}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>'
        ).encode(),
        "xl/pivotTables/pivotTable1.xml": table.encode(),
        "xl/pivotTables/_rels/pivotTable1.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            f'Id="rId1" '
            f'Type="{rel}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>'
            f"</Relationships>"
        ).encode(),
        "xl/worksheets/_rels/sheet1.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            f'Id="rId1" '
            f'Type="{rel}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>'
        ).encode(),
    }


def pivot_first(folder: Path) -> Case:
    """Excel puts a new pivot table on a sheet in front of the data: the first sheet is the
    pivot (客户 | 求和项:金额 … 总计), the deals are on the second (a pivot part written by
    hand)."""
    import xlsxwriter

    path = folder / "pivot_first.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    pivot = wb.add_worksheet("Sheet2")
    data = wb.add_worksheet("数据")
    datef = wb.add_format({"num_format": "yyyy/m/d"})
    data.write_row(0, 0, ["日期", "客户", "金额"])
    _xlsxwriter_deals(data, datef, DEALS, lambda d: [d.customer, float(d.amount)])
    customers = sorted({d.customer for d in DEALS})
    sums = [float(sum(d.amount for d in DEALS if d.customer == c)) for c in customers]
    pivot.write_row(2, 0, ["客户", "求和项:金额"])
    for r, (c, s) in enumerate(zip(customers, sums, strict=True), start=3):
        pivot.write_row(r, 0, [c, s])
    pivot.write_row(3 + len(customers), 0, ["总计", float(sum(sums))])
    pivot.activate()
    wb.close()

    def add(name: str, data_: bytes) -> bytes | None:
        if name == "[Content_Types].xml":
            ct = (
                '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
                '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" '
                'ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
                '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" '
                'ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/></Types>'
            )
            return data_.replace(b"</Types>", ct.encode())
        if name == "xl/workbook.xml":
            return data_.replace(
                b"</workbook>",
                b'<pivotCaches><pivotCache cacheId="1" r:id="rId99"/></pivotCaches></workbook>',
            )
        if name == "xl/_rels/workbook.xml.rels":
            return data_.replace(
                b"</Relationships>",
                b'<Relationship Id="rId99" Type="http://schemas.'
                b'openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" '
                b'Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>',
            )
        return None

    rewrite_zip(path, add, _pivot_parts(len(DEALS), customers, sums))
    return Case("pivot_first", path, sheet="数据", header_row=1, records=records_of(DEALS))


# -- CSV and text as Excel saves them ------------------------------------------------------------
def _csv_rows(deals: list[Deal], date_text: Callable[[dt.date], str]) -> list[list[str]]:
    rows = [["日期", "客户名称", "产品", "数量", "金额", "备注"]]
    for d in deals:
        rows.append(
            [date_text(d.date), d.customer, d.product, str(d.qty), f"{d.amount:,.2f}", d.note]
        )
    return rows


def _write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    if encoding == "utf-16":
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode(encoding))


def csv_utf8_bom(folder: Path) -> Case:
    """Excel's "CSV UTF-8 (逗号分隔)": a BOM, CRLF, dates as shown (2026/1/5), quoted 1,234.00."""
    path = folder / "sales_utf8_bom.csv"
    _write_csv(path, _csv_rows(DEALS, lambda d: f"{d.year}/{d.month}/{d.day}"), "utf-8-sig")
    return Case("csv_utf8_bom", path, header_row=1, records=records_of(DEALS))


def csv_gb18030(folder: Path) -> Case:
    """Excel's "CSV (逗号分隔)" on Chinese Windows: GB18030, a title line, dates as 2026年1月5日,
    a line with a note written over several lines, a 合计 line and trailing empty fields."""
    path = folder / "sales_gbk.csv"
    rows = [["2026年一季度销售", "", "", "", "", ""], ["", "", "", "", "", ""]]
    rows += _csv_rows(DEALS, _cn_date)
    rows[5][5] = "第一行\n第二行"
    rows.append(["合计", "", "", "", f"{sum(d.amount for d in DEALS):,.2f}", ""])
    _write_csv(path, rows, "gb18030")
    return Case("csv_gb18030", path, header_row=3, records=records_of(DEALS))


def txt_utf16_tab(folder: Path) -> Case:
    """Excel's "Unicode 文本 (*.txt)": UTF-16LE with a BOM, tab-separated, CRLF."""
    path = folder / "sales_unicode.txt"
    _write_csv(path, _csv_rows(DEALS, lambda d: d.isoformat()), "utf-16", "\t")
    return Case("txt_utf16_tab", path, header_row=1, records=records_of(DEALS))


def csv_apostrophes(folder: Path) -> Case:
    """A system export that keeps numbers as text for Excel: '13800138000, '2026-01-05, '1200."""
    path = folder / "export_apostrophes.csv"
    rows = [["订单日期", "客户", "手机", "金额"]]
    for k, d in enumerate(DEALS[:6]):
        rows.append([f"'{d.date.isoformat()}", d.customer, f"'{13800000000 + k}", f"'{d.amount}"])
    _write_csv(path, rows, "utf-8-sig")
    return Case("csv_apostrophes", path, header_row=1, records=records_of(DEALS[:6]))


def csv_sep_line(folder: Path) -> Case:
    """A CSV starting with Excel's ``sep=;`` line (semicolon-separated, as set up for Excel)."""
    path = folder / "sep_line.csv"
    rows = _csv_rows(DEALS[:6], lambda d: d.isoformat())
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(("sep=;\r\n" + buf.getvalue()).encode("utf-8-sig"))
    return Case("csv_sep_line", path, header_row=1, records=records_of(DEALS[:6]))


def erp_text_as_xls(folder: Path, utf16: bool) -> Case:
    """An ERP's "export to Excel": tab-separated text named .xls (GB18030; or UTF-16 with its BOM,
    as SAP's "spreadsheet" export writes it), dates with a time, numbers as text."""
    name = "erp_export_utf16.xls" if utf16 else "erp_export.xls"
    path = folder / name
    rows = [["订单日期", "客户名称", "数量", "金额"]]
    rows += [[f"{d.date} 00:00:00", d.customer, str(d.qty), str(d.amount)] for d in DEALS]
    _write_csv(path, rows, "utf-16" if utf16 else "gb18030", "\t")
    return Case(path.stem, path, header_row=1, records=records_of(DEALS))


_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
    'xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
    'PartName="/xl/'
    'workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _relationship(kind: str, target: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
        f'xmlns="{_RELS_NS}"><Relationship Id="rId1" '
        f'Type="{_DOC_REL}/{kind}" Target="{target}"/></Relationships>'
    )


def minimal_xlsx(folder: Path, prefix: str) -> Case:
    """An xlsx as report generators and ERP exports write it: no styles, no shared strings (every
    text an inline string), numbers and dates as text, a dimension that says A1, the sheet's
    target an absolute path; ``prefix``: every element namespace-prefixed (``<x:row>``), as the
    .NET Open XML SDK writes."""
    from xml.sax.saxutils import escape

    path = folder / ("openxml_sdk.xlsx" if prefix else "erp_inline.xlsx")
    p = prefix + ":" if prefix else ""
    ns = f'xmlns{":" + prefix if prefix else ""}="{_MAIN_NS}"'

    def cell(ref: str, v) -> str:
        if isinstance(v, str):
            return f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{escape(v)}</{p}t></{p}is></{p}c>'
        return f'<{p}c r="{ref}"><{p}v>{v}</{p}v></{p}c>'

    rows = [["订单日期", "客户名称", "数量", "金额"]]
    rows += [[f"{d.date} 00:00:00", d.customer, d.qty, str(d.amount)] for d in DEALS]
    body = "".join(
        f'<{p}row r="{r}">'
        + "".join(cell(f"{'ABCD'[c]}{r}", v) for c, v in enumerate(row))
        + f"</{p}row>"
        for r, row in enumerate(rows, start=1)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _relationship("officeDocument", "xl/workbook.xml"))
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><{p}workbook {ns} xmlns:r="{_DOC_REL}">'
            f'<{p}sheets><{p}sheet name="导出数据" sheetId="1" r:id="rId1"/></{p}sheets>'
            f"</{p}workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels", _relationship("worksheet", "/xl/worksheets/sheet1.xml")
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {ns}>'
            f'<{p}dimension ref="A1"/><{p}sheetData>{body}</{p}sheetData>'
            f"</{p}worksheet>",
        )
    return Case(path.stem, path, sheet="导出数据", header_row=1, records=records_of(DEALS))


# -- what cannot be imported: one line naming the file --------------------------------------------
def web_page_as_xls(folder: Path) -> Case:
    """A web system's "export to Excel": an HTML table saved as .xls (Excel opens it, warning)."""
    path = folder / "web_export.xls"
    cells = "".join(
        f"<tr><td>{d.date}</td><td>{d.customer}</td><td>{d.amount}</td></tr>" for d in DEALS[:3]
    )
    path.write_text(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
        f"<body><table><tr><th>日期</th><th>客户</th><th>金额</th></tr>{cells}</table></body></html>",
        encoding="utf-8",
    )
    return Case("web_export", path, refused="web page")


def spreadsheet_2003_xml(folder: Path) -> Case:
    """Excel 2003 XML ("XML 电子表格 2003") saved as .xls, as older reporting tools export."""
    path = folder / "report_2003.xls"
    rows = "".join(
        f'<Row><Cell><Data ss:Type="String">{d.customer}</Data></Cell>'
        f'<Cell><Data ss:Type="Number">{d.amount}</Data></Cell></Row>'
        for d in DEALS[:3]
    )
    path.write_text(
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet '
        'ss:Name="Sheet1"><Table>'
        f"{rows}</Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    return Case("report_2003", path, refused="Excel 2003 XML")


def truncated_download(folder: Path) -> Case:
    """The ledger, cut off half way (a download or a copy from a USB stick that did not finish)."""
    whole = kitchen_sink(folder)
    path = folder / "销售台账_下载中断.xlsx"
    data = whole.path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return Case("truncated_download", path, refused="damaged")


def only_a_chart(folder: Path) -> Case:
    """A workbook holding a chart sheet and an empty worksheet: nothing to import."""
    import xlsxwriter

    path = folder / "只有图表.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    chart_sheet = wb.add_chartsheet("图表")
    wb.add_worksheet("Sheet1")
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=Sheet1!$A$1:$A$3"})
    chart_sheet.set_chart(chart)
    wb.close()
    return Case("only_a_chart", path, refused="No table found")


# -- customers and activities ------------------------------------------------------------------
def customers_birthdays(folder: Path) -> Case:
    """A customer list: 序号, phone numbers as numbers and as text, birthdays typed as 3月15日
    (a text cell, and a real date cell of the year it was typed in), 03-15, full dates."""
    from openpyxl import Workbook

    path = folder / "客户名单.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["序号", "客户名称", "联系人", "手机", "生日", "地区", "备注"])
    rows = [
        ("上海宏达贸易有限公司", "张总", 13800138000, "3月15日", "13800138000", "--03-15"),
        ("杭州新锐科技", "李经理", "139-0000-1111", "03-15", "139-0000-1111", "--03-15"),
        ("苏州恒通机电", "王工", "'13700001111", D(1980, 7, 1), "'13700001111", "1980-07-01"),
        (
            "南京东方电子",
            "赵总",
            "+86 135 0000 2222",
            "1985年10月3日",
            "+86 135 0000 2222",
            "1985-10-03",
        ),
        ("无锡远景", "钱经理", "", dt.datetime(D.today().year - 1, 12, 24), "", "--12-24"),
        ("合肥天鹅湖酒店", "孙经理", 13900001234.0, "12/24", "13900001234", "--12-24"),
    ]
    for i, (name, contact, phone, birthday, _p, _b) in enumerate(rows, start=1):
        ws.append([i, name, contact, phone, birthday, "华东", ""])
    ws.cell(
        6, 5
    ).number_format = 'm"月"d"日"'  # typed 12月24日 last year: a date cell with that year
    wb.save(path)
    expected = [(name, phone, birthday) for name, _c, _p0, _b0, phone, birthday in rows]
    return Case("customers_birthdays", path, kind="customers", header_row=1, records=expected)


def activity_log(folder: Path) -> Case:
    """A visit log: datetimes with times, 拜访 / 电话 / 上门 / 跟进 and longer phrases, a count
    column, a blank row and an unknown type."""
    from openpyxl import Workbook

    path = folder / "拜访记录.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "拜访记录"
    ws.append(["序号", "日期", "客户", "类型", "次数", "结果", "备注"])
    entries = [  # (date cell, customer, type, count, expected code, expected day)
        (dt.datetime(2026, 3, 2, 9, 30), "上海宏达贸易有限公司", "拜访", 1, "visit", D(2026, 3, 2)),
        (dt.datetime(2026, 3, 2, 14, 0), "杭州新锐科技", "电话", 3, "phone", D(2026, 3, 2)),
        (dt.datetime(2026, 3, 3, 10, 15), "苏州恒通机电", "上门", None, "visit", D(2026, 3, 3)),
        (D(2026, 3, 4), "南京东方电子", "跟进", 2, "followup", D(2026, 3, 4)),
        None,
        ("2026-03-05 16:45", "无锡远景", "上门拜访", 1, "visit", D(2026, 3, 5)),
        ("2026/3/6", "合肥天鹅湖酒店", "电话沟通", 1, "phone", D(2026, 3, 6)),
        (D(2026, 3, 9), "宁波港务集团", "微信跟进", 1, "followup", D(2026, 3, 9)),
        (D(2026, 3, 10), "温州鞋业(集团)", "喝茶", 1, None, D(2026, 3, 10)),
    ]
    expected = []
    problems = {}
    n = 0
    for entry in entries:
        if entry is None:
            ws.append([])
            continue
        when, customer, kind, count, code, day = entry
        n += 1
        ws.append([n, when, customer, kind, count, "", ""])
        if code is None:
            problems[f"D{ws.max_row}"] = "activity.unknown"
            continue
        expected.append((day.isoformat(), code, count or 1, customer))
    wb.save(path)
    return Case(
        "activity_log", path, kind="activities", header_row=1, records=expected, problems=problems
    )


TARGET_ROWS = [
    ("A型设备", [30, 30, 35, 35, 40, 40, 40, 40, 45, 45, 50, 60]),
    ("B型耗材", [5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 8, 10]),
    ("C型服务", [2.5, 2.5, 3, 3, 3, 3, 3.5, 3.5, 3.5, 4, 4, 5]),
]


def targets_by_month(folder: Path) -> Case:
    """A yearly target sheet: a title and a unit line, products down, 2026年1月 … 2026年12月
    across in 万元 (the unit in each header), a 全年 column and a 合计 row."""
    from openpyxl import Workbook

    path = folder / "2026年销售目标.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "目标分解"
    ws.append(["2026 年销售目标分解"])
    ws.append(["单位：万元"])
    ws.append(["产品", *[f"2026年{m}月(万元)" for m in range(1, 13)], "全年"])
    for product, wan in TARGET_ROWS:
        ws.append([product, *wan, sum(wan)])
    totals = [sum(row[1][m] for row in TARGET_ROWS) for m in range(12)]
    ws.append(["合计", *totals, sum(totals)])
    wb.save(path)
    records = [
        (f"2026-{m + 1:02d}-01", int(Decimal(str(totals[m])) * 1_000_000)) for m in range(12)
    ]
    return Case(
        "targets_by_month",
        path,
        kind="targets",
        header_row=3,
        records=records,
        notes=("note.targets_by_month",),
    )


# -- the sweep ------------------------------------------------------------------------------------
BUILDERS: dict[str, Callable[[Path], Case]] = {
    "kitchen_sink": kitchen_sink,
    "text_dates": text_dates,
    "text_amounts": text_amounts,
    "hidden_first": hidden_first_sheet,
    "empty_first": empty_first_sheet,
    "header_row_36": header_below_row_30,
    "side_by_side": side_by_side,
    "summary_left": summary_left,
    "page_headers": page_headers,
    "duplicate_headers": duplicate_headers,
    "long_text_emoji": long_text_emoji_control,
    "formulas": formulas,
    "rich_text": rich_text,
    "table_totals": excel_table_with_totals,
    "offset_problems": offset_problems,
    "mac_1904": mac_1904,
    "merged_dates": merged_date_cells,
    "pivot_first": pivot_first,
    "csv_utf8_bom": csv_utf8_bom,
    "csv_gb18030": csv_gb18030,
    "txt_utf16_tab": txt_utf16_tab,
    "csv_apostrophes": csv_apostrophes,
    "csv_sep_line": csv_sep_line,
    "erp_export": lambda folder: erp_text_as_xls(folder, False),
    "erp_export_utf16": lambda folder: erp_text_as_xls(folder, True),
    "erp_inline": lambda folder: minimal_xlsx(folder, ""),
    "openxml_sdk": lambda folder: minimal_xlsx(folder, "x"),
    "customers_birthdays": customers_birthdays,
    "activity_log": activity_log,
    "targets_by_month": targets_by_month,
    **{
        f"headers_{k}": (lambda folder, k=k: header_variant(folder, k))
        for k in range(len(HEADER_VARIANTS))
    },
    "million_formatted_rows": million_formatted_rows,
    "styled_empty_cells": styled_empty_cells,
    "web_export": web_page_as_xls,
    "report_2003": spreadsheet_2003_xml,
    "truncated_download": truncated_download,
    "only_a_chart": only_a_chart,
}
# large enough to take a few seconds: run with the slow tests
LARGE_BUILDERS: dict[str, Callable[[Path], Case]] = {"large_ledger": large_ledger}

# which cases LibreOffice saves again, and as what
LIBREOFFICE_CASES = (
    "kitchen_sink",
    "text_dates",
    "text_amounts",
    "hidden_first",
    "empty_first",
    "formulas",
    "rich_text",
    "merged_dates",
    "pivot_first",
    "header_row_36",
    "side_by_side",
    "table_totals",
    "long_text_emoji",
    "offset_problems",
    "customers_birthdays",
    "activity_log",
    "targets_by_month",
    "mac_1904",
)
# text: the first sheet as LibreOffice's CSV (UTF-8) and "Unicode text" (UTF-16, tabs) show it
LIBREOFFICE_TEXT_CASES = (
    "kitchen_sink",
    "text_amounts",
    "offset_problems",
    "customers_birthdays",
    "activity_log",
    "targets_by_month",
)
LIBREOFFICE_FORMATS = {
    "xlsx": LIBREOFFICE_CASES,
    "xls": LIBREOFFICE_CASES,
    "ods": LIBREOFFICE_CASES,
    "csv": LIBREOFFICE_TEXT_CASES,
    "txt": LIBREOFFICE_TEXT_CASES,
}
_FILTERS = {
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "xls": "xls:MS Excel 97",
    "ods": "ods:calc8",
    # field separator, text delimiter, character set (76 UTF-8, 65535 UTF-16), first line
    "csv": "csv:Text - txt - csv (StarCalc):44,34,76,1",
    "txt": "txt:Text - txt - csv (StarCalc):9,34,65535,1",
}


def build_all(folder: Path, names: list[str] | None = None) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    builders = {**BUILDERS, **LARGE_BUILDERS}
    names = list(BUILDERS) if names is None else names
    cases = [builders[n](folder) for n in names]
    assert [c.name for c in cases] == names
    return cases


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(
    files: list[Path], fmt: str, outdir: Path, profile: Path, timeout: int = 600
) -> None:
    """Save ``files`` again with LibreOffice as ``fmt`` into ``outdir`` (one soffice run)."""
    exe = soffice()
    assert exe is not None
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(profile), SAL_USE_VCLPLUGIN="svp")
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            _FILTERS[fmt],
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
        env=env,
    )


def libreoffice_variants(cases: list[Case], folder: Path) -> list[Case]:
    """The chosen cases saved again by LibreOffice as .xlsx, .xls, .ods, .csv and .txt (same
    expectations; ``LIBREOFFICE_CHANGES`` lists what a format cannot keep)."""
    out: list[Case] = []
    profile = folder / "lo-profile"
    for fmt, names in LIBREOFFICE_FORMATS.items():
        chosen = [c for c in cases if c.name in names]
        target = folder / f"lo-{fmt}"
        libreoffice_convert([c.path for c in chosen], fmt, target, profile)
        for c in chosen:
            converted = target / (c.path.stem + "." + fmt)
            changes = LIBREOFFICE_CHANGES.get((c.name, fmt), {})
            if fmt in ("csv", "txt"):  # one sheet, named after the file
                changes = {"sheet": None, **changes}
            out.append(c.variant(f"{c.name}.lo.{fmt}", converted, **changes))
    return out


LIBREOFFICE_NAMES = [f"{n}.lo.{fmt}" for fmt, names in LIBREOFFICE_FORMATS.items() for n in names]

# What LibreOffice's files do not carry over: (case, format) → the Case fields that differ.
LIBREOFFICE_CHANGES: dict[tuple[str, str], dict] = {
    # LibreOffice 7.4 writes a formula's text result into .xls as the number 0 (the FORMULA
    # record's cached value is 0.0, no STRING record follows): the file itself says 0
    ("formulas", "xls"): {"records": [(d, "0", fen) for d, _c, fen in records_of(DEALS[:10])]},
    # python-calamine reports no merged ranges for .ods: the rows under a merged date have none
    ("merged_dates", "ods"): {
        "records": [
            ("2026-03-02", DEALS[0].customer, DEALS[0].fen),
            ("2026-03-03", DEALS[3].customer, DEALS[3].fen),
            ("2026-03-05", DEALS[5].customer, DEALS[5].fen),
        ],
        "problems": {"A3": "empty.date", "A4": "empty.date", "A6": "empty.date"},
    },
}
