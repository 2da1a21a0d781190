"""Broken and hostile files: one sentence, exit code 2, bounded time, the plan file
byte-identical."""

from __future__ import annotations

import hashlib
import io
import time
import zipfile

import pytest

from salesplanner import cli
from salesplanner.io.errors import SpreadsheetError
from salesplanner.io.workbook import open_source
from tests.io import excel_corpus as corpus

HOSTILE = [
    "hostile/poi__poc-xmlbomb.xlsx",
    "hostile/calamine__pass_protected.xlsx",
    "hostile/poi__xlsx-corrupted.xlsx",
    "hostile/calamine__too_small.xls",
    "hostile/calamine__issue_594_dos.ods",
]


@pytest.fixture
def run(monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["salesplanner.commands.excel"])

    def _run(*argv):
        return cli.main([str(a) for a in argv])

    return _run


@pytest.fixture
def plan_db(tmp_path, run):
    """A plan file with some data in it already."""
    db = tmp_path / "plan.db"
    assert run("import", corpus.chinese_sales(tmp_path / "seed.xlsx"), "--db", db) == 0
    return db


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_refused(run, db, path, capsys, expect=None):
    before = _digest(db)
    t0 = time.monotonic()
    code = run("import", path, "--db", db)
    elapsed = time.monotonic() - t0
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("salesplanner: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    if expect:
        assert expect in err
    assert _digest(db) == before
    assert elapsed < 10
    return err


@pytest.mark.parametrize("rel", HOSTILE)
def test_public_hostile_samples(rel, run, plan_db, capsys):
    _check_refused(run, plan_db, corpus.sample(rel), capsys)


def _xlsx_bytes(tmp_path) -> bytes:
    path = corpus.english_sales(tmp_path / "base.xlsx")
    return path.read_bytes()


def _rezip(data: bytes, replace: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, body in replace.items():
            if name not in src.namelist():
                dst.writestr(name, body)
    return out.getvalue()


def test_entity_bomb_in_a_sheet(tmp_path, run, plan_db, capsys):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>'
    )
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rezip(_xlsx_bytes(tmp_path), {"xl/sharedStrings.xml": bomb}))
    _check_refused(run, plan_db, path, capsys, "XML bomb")


def test_zip_bomb_ratio(tmp_path, run, plan_db, capsys):
    path = tmp_path / "zipbomb.xlsx"
    path.write_bytes(
        _rezip(_xlsx_bytes(tmp_path), {"xl/media/padding.bin": b"\0" * (40 * 1024 * 1024)})
    )
    _check_refused(run, plan_db, path, capsys, "zip bomb")


def test_member_larger_than_declared(tmp_path, run, plan_db, capsys):
    data = bytearray(
        _rezip(_xlsx_bytes(tmp_path), {"xl/junk.xml": b"<a>" + b"x" * 200_000 + b"</a>"})
    )
    # shrink the declared uncompressed size of xl/junk.xml in the central directory
    pos = data.rfind(b"xl/junk.xml") - 46  # its central directory header
    assert data[pos : pos + 4] == b"PK\x01\x02"
    data[pos + 24 : pos + 28] = (1000).to_bytes(4, "little")
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    _check_refused(run, plan_db, path, capsys)


def test_truncated_workbook(tmp_path, run, plan_db, capsys):
    data = _xlsx_bytes(tmp_path)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _check_refused(run, plan_db, path, capsys, "damaged")


@pytest.mark.parametrize(
    "name,body,expect",
    [
        ("page.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "web page"),
        ("notes.xlsx", "随便写的一些文字，不是表格".encode(), "plain text"),
        ("empty.xlsx", b"", "empty"),
        ("junk.xlsx", bytes(range(256)) * 40, "not a spreadsheet"),
        (
            "fake.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 500
            + "EncryptedPackage".encode("utf-16-le"),
            "password",
        ),
    ],
)
def test_not_spreadsheets(tmp_path, run, plan_db, capsys, name, body, expect):
    path = tmp_path / name
    path.write_bytes(body)
    _check_refused(run, plan_db, path, capsys, expect)


def test_word_document_renamed(tmp_path, run, plan_db, capsys):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    path = tmp_path / "report.xlsx"
    path.write_bytes(out.getvalue())
    _check_refused(run, plan_db, path, capsys, "Word")


def test_renamed_but_real_workbook_is_read(tmp_path, run, plan_db):
    path = tmp_path / "really-xlsx.xls"
    path.write_bytes(corpus.english_sales(tmp_path / "x.xlsx").read_bytes())
    assert run("import", path, "--db", plan_db) == 0


def test_sheet_claiming_a_huge_dimension(tmp_path):
    path = corpus.sample("odd/calamine__issue_174.xlsx")
    with open_source(path) as src:
        assert len(src.read().rows) == 2


def test_huge_ods_repeat_is_refused_fast(tmp_path):
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        b'<table:table table:name="S"><table:table-row table:number-rows-repeated="3000000">'
        b'<table:table-cell table:number-columns-repeated="100" office:value-type="float" '
        b'office:value="1">'
        b"<text:p>1</text:p></table:table-cell></table:table-row></table:table>"
        b"</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    path = tmp_path / "big.ods"
    path.write_bytes(out.getvalue())
    with pytest.raises(SpreadsheetError, match="cells"):
        open_source(path).read()


@pytest.mark.parametrize("name", ["~$销售明细.xlsx", ".~lock.销售明细.xlsx#"])
def test_an_office_lock_file_names_the_workbook_to_choose(tmp_path, run, plan_db, capsys, name):
    path = tmp_path / name
    path.write_bytes(
        b"\x05Wang Fang" + b"\x00" * 40 + b"\x20" * 100 + b"\x05\x00W\x00a\x00n\x00g\x00"
    )
    err = _check_refused(run, plan_db, path, capsys)
    assert name in err and "choose 销售明细.xlsx itself" in err


def _sales_sheet(tmp_path, rows: int, dimension: str | None = None) -> tuple[object, str]:
    """A workbook of ``rows`` sales rows (and a header) in 3 columns; ``dimension`` replaces
    the range its sheet declares. Returns the path and the sheet's part."""
    import re

    import xlsxwriter

    path = tmp_path / f"sales{rows}.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    ws.write_row(0, 0, ["客户", "日期", "金额"])
    for r in range(1, rows + 1):
        ws.write_row(r, 0, [f"客户{r}", "2026-03-01", 1000 + r])
    wb.close()
    part = "xl/worksheets/sheet1.xml"
    if dimension is not None:
        with zipfile.ZipFile(path) as z:
            xml = z.read(part)
        xml = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), xml)
        path.write_bytes(_rezip(path.read_bytes(), {part: xml}))
    return path, part


@pytest.fixture
def small_limit(monkeypatch):
    """A cell limit of 100 (and parts of any size believed), so a small sheet is "too large"."""
    from salesplanner.io import safety, workbook

    monkeypatch.setattr(safety, "MAX_CELLS", 100)
    monkeypatch.setattr(workbook, "MAX_CELLS", 100)
    monkeypatch.setattr(safety, "MIN_CELL_BYTES", 0)


def test_a_sheet_over_the_limit_is_refused_from_its_dimensions(
    tmp_path, run, plan_db, capsys, small_limit
):
    from salesplanner.io.safety import sniff

    # 60 rows × 3 columns, declared as 100 rows: what is refused is what its first bytes say
    path, part = _sales_sheet(tmp_path, 59, dimension="A1:C100")
    assert sniff(path).oversize == {part: (100, 3)}
    err = _check_refused(run, plan_db, path, capsys, "“明细”")
    assert "100 rows × 3 columns" in err and "100 cells" in err


def test_a_sheet_whose_dimensions_lie_is_stopped_at_the_limit(
    tmp_path, run, plan_db, capsys, small_limit
):
    from salesplanner.io.safety import sniff

    path, part = _sales_sheet(tmp_path, 59, dimension="A1:C2")
    rows, cols = sniff(path).oversize[part]  # counted: all of it (it is read in one piece)
    assert rows * cols > 100
    _check_refused(run, plan_db, path, capsys, "more than SalesPlanner imports at once")


def test_a_small_sheet_declaring_the_whole_sheet_is_read(tmp_path):
    """Some programs declare A1:XFD1048576 for a few rows: that is no reason to refuse."""
    path, _part = _sales_sheet(tmp_path, 2, dimension="A1:XFD1048576")
    with open_source(path) as src:
        assert [r[0] for r in src.read().rows] == ["客户", "客户1", "客户2"]


# -- a cell far from the others (issue 11: the importer run over hostile variants) --------------
def _far_cell_workbook(path, ref="XFD1048576"):
    """A small sales sheet with one more value far away: calamine lays out every cell between
    A1 and it (512 GB for XFD1048576) before the size can be checked."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "客户", "金额"])
    ws.append(["2026-03-02", "宏达", 100])
    ws[ref] = "x"
    wb.save(path)
    return path


@pytest.mark.parametrize("ref", ["XFD1048576", "ZZ1048576", "A2000000"])
def test_a_value_far_from_the_others_is_refused_before_it_is_laid_out(
    tmp_path, run, plan_db, capsys, ref
):
    if ref == "A2000000":  # beyond Excel's last row: openpyxl refuses to write it
        path = _far_cell_workbook(tmp_path / "far.xlsx", "A2")
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        sheet = sheet.replace(
            "</sheetData>",
            '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'
            "</sheetData>",
        )
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        with zipfile.ZipFile(path, "w") as z:
            for n, b in parts.items():
                z.writestr(n, b)
    else:
        path = _far_cell_workbook(tmp_path / "far.xlsx", ref)
    err = _check_refused(run, plan_db, path, capsys)
    assert "far.xlsx asks for more cells than any real sheet holds" in err


def test_wide_and_long_sheets_of_real_size_are_not_taken_for_far_cells():
    from salesplanner.io.safety import _SheetGrid

    def xml(rows, letters, value=b"<v>1</v>"):
        return b"".join(
            f'<row r="{r}">'.encode()
            + b"".join(f'<c r="{c}{r}">'.encode() + value + b"</c>" for c in letters)
            + b"</row>"
            for r in rows
        )

    wide = _SheetGrid()  # 60 columns (A … BH) over 20,000 rows: 1.2 million cells
    columns = [chr(65 + i) for i in range(26)] + [f"A{chr(65 + i)}" for i in range(26)]
    columns += [f"B{chr(65 + i)}" for i in range(8)]
    wide.feed(xml(range(1, 101), columns[:40]))
    wide.feed(xml(range(101, 19_901), columns))
    wide.feed(xml(range(19_901, 20_001), columns[:3]))
    assert (wide.max_col, wide.max_row) == (60, 20_000) and not wide.too_large()
    long = _SheetGrid()  # five columns down to row 900,000
    long.feed(xml([1, 2], "ABCDE"))
    long.feed(xml([899_999, 900_000], "ABCDE"))
    assert (long.max_col, long.max_row) == (5, 900_000) and not long.too_large()
    long.feed(xml([900_001], "Z"))  # one value in Z: 23 million cells to lay out
    assert long.max_col == 26 and long.too_large()
    styled = _SheetGrid()  # formatting down to XFD1048576 (Gnumeric): no cell to lay out
    styled.feed(xml([1, 2], "ABC"))
    styled.feed(b'<row r="1048576"><c r="XFD1048576" s="0"/></row>')
    assert (styled.max_col, styled.max_row) == (3, 2) and not styled.too_large()
