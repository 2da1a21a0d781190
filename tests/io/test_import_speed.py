"""The fast paths of the import give the same results as the plain ones."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from salesplanner.io import safety, workbook
from salesplanner.io.workbook import open_source


def _sales_book(path, rows=300):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write(0, 0, "标题")
    ws.merge_range("A1:C1", "标题")
    ws.write_row(2, 1, ["日期", "客户", "金额", "备注"])
    for r in range(3, rows + 3):
        ws.write_datetime(r, 1, dt.datetime(2025, 1, 1) + dt.timedelta(days=r % 90), datef)
        ws.write_string(r, 2, f"客户{r % 17}")
        ws.write_number(r, 3, r * 1.5)
        if r % 7 == 0:
            ws.write_string(r, 4, "备注")
        if r == rows // 2 + 3:
            ws.write_string(r, 6, "wide")  # a wider row in the second half only
    ws.write_formula(rows + 5, 3, "=1/0", None, "#DIV/0!")  # an error cell after a gap
    wb.close()
    return path


@pytest.fixture
def split_everything(monkeypatch):
    monkeypatch.setattr(safety, "KEEP_SHEET_BYTES", 1)
    monkeypatch.setattr(workbook, "KEEP_SHEET_BYTES", 1)


def _read(path):
    with open_source(path) as src:
        return src.read()


def test_sheet_read_in_halves_equals_the_whole(tmp_path, split_everything, monkeypatch):
    path = _sales_book(tmp_path / "s.xlsx")
    calls = []
    real = workbook._read_halves
    monkeypatch.setattr(workbook, "_read_halves", lambda *a: calls.append(1) or real(*a))
    halves = _read(path)
    assert calls and halves is not None
    monkeypatch.setattr(workbook, "_read_halves", lambda *a: None)
    whole = _read(path)
    assert halves.rows == whole.rows
    assert (halves.row0, halves.col0, halves.merged, halves.errors) == (whole.row0, whole.col0, whole.merged,
                                                                       whole.errors)
    assert whole.errors  # the #DIV/0! cell is known in both


def _rewrite_sheet(path, change):
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = change(body)
            dst.writestr(info.filename, body)
    path.write_bytes(out.getvalue())
    return path


def test_rows_without_numbers_are_read_whole(tmp_path, split_everything):
    import re

    path = _rewrite_sheet(_sales_book(tmp_path / "s.xlsx"),
                          lambda b: re.sub(rb'<row r="\d+"', b"<row", re.sub(rb' r="[A-Z]+\d+"', b"", b)))
    assert workbook._split_sheet_xml(safety.sniff(path).parts["xl/worksheets/sheet1.xml"]) is None
    rows = _read(path).rows
    assert len(rows) > 300


def test_rows_out_of_order_fall_back_to_the_whole_sheet(tmp_path, split_everything):
    def swap(body: bytes) -> bytes:
        start = body.index(b'<row r="4"')
        end = body.index(b"</row>", start) + len(b"</row>")
        first = body[start:end]
        close = body.index(b"</sheetData>")
        return body[:start] + body[end:close] + first + body[close:]

    path = _rewrite_sheet(_sales_book(tmp_path / "s.xlsx"), swap)
    parts = safety.sniff(path).parts
    assert workbook._read_halves(path, "明细", "xl/worksheets/sheet1.xml", parts) is None
    rows = _read(path).rows
    assert rows[3][1] == dt.date(2025, 1, 4)  # sheet row 4, moved to the end of the XML


def test_small_sheets_keep_no_parts(tmp_path):
    path = _sales_book(tmp_path / "s.xlsx", rows=20)
    assert safety.sniff(path).parts is None
