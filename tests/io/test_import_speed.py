"""The fast paths of the import give the same results as the plain ones."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from salesplanner.io import safety, workbook
from salesplanner.io.workbook import open_source


def _sales_book(path, rows=300, wide=True):
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
        if wide and r == rows // 2 + 3:
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
    real = workbook._read_in_parts
    monkeypatch.setattr(workbook, "_read_in_parts", lambda *a: calls.append(1) or real(*a))
    halves = _read(path)
    assert calls and halves is not None
    monkeypatch.setattr(workbook, "_read_in_parts", lambda *a: None)
    whole = _read(path)
    assert halves.rows == whole.rows
    assert (halves.row0, halves.col0, halves.merged, halves.errors) == (
        whole.row0,
        whole.col0,
        whole.merged,
        whole.errors,
    )
    assert whole.errors  # the #DIV/0! cell is known in both


def _rewrite_sheet(path, change):
    data = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = change(body)
            dst.writestr(info.filename, body)
    path.write_bytes(out.getvalue())
    return path


def test_rows_without_numbers_are_read_whole(tmp_path, split_everything):
    import re

    path = _rewrite_sheet(
        _sales_book(tmp_path / "s.xlsx"),
        lambda b: re.sub(rb'<row r="\d+"', b"<row", re.sub(rb' r="[A-Z]+\d+"', b"", b)),
    )
    assert (
        workbook._split_sheet_xml(safety.sniff(path).parts["xl/worksheets/sheet1.xml"], (0.45,))
        is None
    )
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
    assert (
        workbook._read_in_parts(path, "明细", "xl/worksheets/sheet1.xml", safety.sniff(path))
        is None
    )
    rows = _read(path).rows
    assert rows[3][1] == dt.date(2025, 1, 4)  # sheet row 4, moved to the end of the XML


def test_small_sheets_keep_no_parts(tmp_path):
    path = _sales_book(tmp_path / "s.xlsx", rows=20)
    assert safety.sniff(path).parts is None


def _dump(db):
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        out = {}
        # customers are compared by name: a streamed import adds them part by part, so their ids
        # follow the parts (the rows point at the same names either way)
        names = dict(conn.execute("SELECT id, name FROM customers"))
        for table in ("deals", "activities", "customers"):
            cols = [
                r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "created_at"
            ]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()
            if table == "customers":
                out[table] = sorted(r[1:] for r in rows)
            else:
                at = cols.index("customer_id")
                out[table] = [r[:at] + (names.get(r[at]),) + r[at + 1 :] for r in rows]
        out["imports"] = conn.execute(
            "SELECT kind, header_row, mapping_json, data_end_row, rows_imported, "
            "rows_skipped, report_json FROM imports ORDER BY id"
        ).fetchall()
        return out
    finally:
        conn.close()


def _messy_sales(path, rows=400, far_right_at=None, yearless_at=None, extra_right=False):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(1, 1, ["日期", "客户", "产品", "金额", "备注"])
    if extra_right:
        ws.write(0, 9, "x")  # the first part already reaches as far right as the second
    r = 2
    for i in range(rows):
        if i % 50 == 7:
            r += 1  # a blank row
        day = dt.datetime(2025, 1, 1) + dt.timedelta(
            days=i % 20
        )  # rows repeat every 20: duplicates
        if yearless_at is not None and i == yearless_at:
            ws.write_string(r, 1, "3月1日")
        else:
            ws.write_datetime(r, 1, day, datef)
        ws.write_string(
            r, 2, f"客户{i % 20}" if i < rows * 3 // 4 else f"新客户{i % 30}"
        )  # new ones late in the sheet
        ws.write_string(r, 3, "A型")
        ws.write_number(r, 4, 1000 + (i % 20) * 10 if i % 97 else 9_000_000)  # outliers
        if i % 61 == 0:
            ws.write_string(r, 5, "备注")
        if far_right_at is not None and i == far_right_at:
            ws.write_string(r, 9, "side note")
        r += 1
    ws.write_string(r, 1, "合计")
    wb.close()
    return path


@pytest.mark.parametrize(
    "case", ["plain", "far_right", "far_right_known", "yearless_tail", "yearless_head"]
)
def test_streamed_cli_import_matches_the_whole_sheet(tmp_path, split_everything, monkeypatch, case):
    from salesplanner import cli
    from salesplanner.commands import excel
    from salesplanner.io import importer

    # 1,200 rows: even the first of six parts holds more than the header search needs
    kw = {
        "plain": {},
        "far_right": {"far_right_at": 1050},
        "far_right_known": {"far_right_at": 1050, "extra_right": True},
        "yearless_tail": {"yearless_at": 1190},
        "yearless_head": {"yearless_at": 3},
    }[case]
    book = _messy_sales(tmp_path / "s.xlsx", rows=1200, **kw)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["salesplanner.commands.excel"])
    streamed = []
    real = importer.analyse
    monkeypatch.setattr(
        importer, "analyse", lambda *a, **k: streamed.append(k.get("stream")) or real(*a, **k)
    )
    assert cli.main(["import", str(book), "--db", str(tmp_path / "a.db"), "--json"]) == 0
    assert streamed[0] is True
    assert (len(streamed) == 2) == (case in ("far_right", "yearless_tail"))  # read again whole
    real_import = excel._import
    monkeypatch.setattr(excel, "_import", lambda args, stream: real_import(args, stream=False))
    assert cli.main(["import", str(book), "--db", str(tmp_path / "b.db"), "--json"]) == 0
    one, other = _dump(tmp_path / "a.db"), _dump(tmp_path / "b.db")
    assert one == other
    assert (
        one["deals"]
        and "repeats row" in one["imports"][0][-1]
        and "unusually" in one["imports"][0][-1]
    )


def test_a_streamed_import_lets_its_parts_go_and_still_counts_every_row(
    tmp_path, split_everything, monkeypatch, capsys
):
    """The later parts' rows are not kept once stored (the memory of a large import): the
    report still counts every row of the sheet, as the import read whole does."""
    import json

    from salesplanner import cli
    from salesplanner.commands import excel
    from salesplanner.services import importing

    book = _messy_sales(tmp_path / "s.xlsx", rows=1200)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["salesplanner.commands.excel"])
    kept = []
    real_parts = importing._Stream.parts

    def parts(stream):
        for parsed in real_parts(stream):
            kept.append(len(stream.a.data.rows))
            yield parsed

    monkeypatch.setattr(importing._Stream, "parts", parts)
    assert cli.main(["import", str(book), "--db", str(tmp_path / "a.db"), "--json"]) == 0
    streamed = json.loads(capsys.readouterr().out)
    assert len(kept) > 2 and len(set(kept)) == 1  # the first part only, all along
    real_import = excel._import
    monkeypatch.setattr(excel, "_import", lambda args, stream: real_import(args, stream=False))
    assert cli.main(["import", str(book), "--db", str(tmp_path / "b.db"), "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert streamed["rows_in_sheet"] == whole["rows_in_sheet"] >= 1200
    assert streamed["imported"] == whole["imported"] > 1000


def test_halves_without_an_in_memory_file(tmp_path, split_everything, monkeypatch):
    """Where os.memfd_create is missing (Windows, macOS) the halves are read from memory."""
    monkeypatch.delattr(workbook.os, "memfd_create", raising=False)
    path = _sales_book(tmp_path / "s.xlsx")
    halves = _read(path)
    monkeypatch.setattr(workbook, "_read_in_parts", lambda *a: None)
    assert halves.rows == _read(path).rows


def test_a_cut_across_chunks(tmp_path, monkeypatch):
    """The worksheet XML arrives in chunks; the cut and the pieces span them."""
    path = _sales_book(tmp_path / "s.xlsx", rows=3000)
    monkeypatch.setattr(safety, "KEEP_SHEET_BYTES", 1)
    whole = b"".join(safety.sniff(path).parts["xl/worksheets/sheet1.xml"])
    first = len(whole) // 3  # <sheetData> and the first rows in the first chunk, then small ones
    chunks = [whole[:first]] + [whole[i : i + 7001] for i in range(first, len(whole), 7001)]
    docs = [b"".join(d) for d in workbook._split_sheet_xml(chunks, (0.3, 0.6))]
    head = whole[: whole.find(b"<sheetData>") + len(b"<sheetData>")]
    tail = whole[whole.rfind(b"</sheetData>") :]
    assert len(docs) == 3 and docs[0].startswith(head)
    assert all(d.startswith(head + b'<row r="') for d in docs[1:])
    assert all(d.endswith(tail) for d in docs)
    rows = [d.count(b"<row ") for d in docs]
    assert sum(rows) == whole.count(b"<row ") and min(rows) > 800
    # the rows in order, each whole: the documents' rows put together are the sheet's
    assert (
        b"".join(d[len(head) : len(d) - len(tail)] for d in docs)
        == whole[len(head) : len(whole) - len(tail)]
    )


def test_streamed_import_cancel_and_dry_run(tmp_path, split_everything, monkeypatch):
    import threading

    from salesplanner.io.errors import ImportCancelled
    from salesplanner.io.importer import analyse
    from salesplanner.services.importing import import_file
    from salesplanner.store import Store
    from salesplanner.store import imports as repo

    book = _sales_book(
        tmp_path / "s.xlsx", rows=25_000, wide=False
    )  # enough rows to rebuild the indexes
    started = []
    real_start = repo.IndexBuild.start
    monkeypatch.setattr(
        repo.IndexBuild, "start", lambda self: started.append(1) or real_start(self)
    )
    store = Store.open(tmp_path / "plan.db")
    try:
        event = threading.Event()

        def progress(done, total, label):
            if label == "saving":
                event.set()

        a = analyse(book, stream=True)
        assert a.data.tail is not None
        with pytest.raises(ImportCancelled):
            import_file(store, a, progress=progress, cancel=event)
        for table in ("deals", "customers", "imports", "import_mappings"):
            assert store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] == 0
        assert {
            r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
        } >= {"ix_deals_date", "ix_deals_customer"}
        dry = import_file(store, analyse(book, stream=True), dry_run=True)
        assert store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 0
        real = import_file(store, analyse(book))
        assert (
            real.imported == dry.imported > 20_000
            and real.as_dict()["problems"] == dry.as_dict()["problems"]
        )
        assert started  # the indexes were built in a thread (the dry run)
        assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        store.close()


def test_many_shared_strings_mean_fewer_parts():
    """Each part's package carries the shared strings (parsed again per part): a workbook
    with many distinct texts is cut in fewer parts."""
    few = {"xl/worksheets/sheet1.xml": [b"x"], "xl/sharedStrings.xml": [b"s" * 1000]}
    many = {
        "xl/worksheets/sheet1.xml": [b"x"],
        "xl/SharedStrings.xml": [b"s" * 700_000, b"s" * 700_000],
    }
    assert len(workbook._stream_cuts(few)) > len(workbook._stream_cuts(many)) >= 1
    assert workbook._stream_cuts({"xl/worksheets/sheet1.xml": [b"x"]}) == workbook.STREAM_CUTS
