"""The sweep of real-world workbooks (tests/io/realworld_corpus.py) through the import.

Each file either imports with the expected records (dates, customers, amounts, in sheet order),
the expected sheet and header row, and its problems on the right cells — or is refused with one
line naming the file (exit code 2, the plan file untouched). The files LibreOffice saves again
as .xlsx / .xls / .ods are checked the same way (marked slow: one soffice run per format).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from salesplanner.errors import UserError
from salesplanner.services.importing import analyse_file, import_file
from tests.io import realworld_corpus as rc


@pytest.fixture(scope="session")
def realworld(tmp_path_factory) -> dict[str, rc.Case]:
    """Every generated file, built once per session."""
    return {c.name: c for c in rc.build_all(tmp_path_factory.mktemp("realworld"))}


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory, realworld) -> dict[str, rc.Case]:
    """The chosen files saved again by LibreOffice (one soffice run per format)."""
    if rc.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    variants = rc.libreoffice_variants(
        list(realworld.values()), tmp_path_factory.mktemp("realworld-lo")
    )
    return {c.name: c for c in variants}


# cases the import does not yet get right (each fix removes its entry): name → why
NOT_YET: dict[str, str] = {}


# … of which the command line's counts come out right all the same (problems aside)
COUNTS_RIGHT: set[str] = set()


def _params(names: list[str], cli: bool = False) -> list:
    def failing(n: str) -> bool:
        base = n.split(".")[0]
        return base in NOT_YET and not (cli and base in COUNTS_RIGHT)

    return [
        pytest.param(n, marks=pytest.mark.xfail(reason=NOT_YET[n.split(".")[0]]))
        if failing(n)
        else n
        for n in names
    ]


def stored(store, kind: str) -> list[tuple]:
    if kind == "sales":
        return [
            (r["date"], r["customer"], r["amount_fen"])
            for r in store.query(
                "SELECT d.date, c.name AS customer, d.amount_fen FROM deals d "
                "LEFT JOIN customers c ON c.id = d.customer_id ORDER BY d.source_row"
            )
        ]
    if kind == "activities":
        return [
            (r["date"], r["activity_code"], r["count"], r["customer"])
            for r in store.query(
                "SELECT a.date, a.activity_code, a.count, c.name AS customer FROM activities a "
                "LEFT JOIN customers c ON c.id = a.customer_id ORDER BY a.source_row"
            )
        ]
    if kind == "customers":
        return [
            (r["name"], r["phone"], r["birthday"])
            for r in store.query(
                "SELECT c.name, coalesce(m.phone, '') AS phone, m.birthday FROM customers c "
                "LEFT JOIN contacts m ON m.customer_id = c.id AND m.is_main = 1 ORDER BY c.id"
            )
        ]
    if kind == "targets":
        return [
            (r["start_date"], r["target_fen"])
            for r in store.query(
                "SELECT start_date, target_fen FROM period_targets WHERE level = 'month' "
                "ORDER BY start_date"
            )
        ]
    raise AssertionError(kind)


def check_case(case: rc.Case, store) -> None:
    if case.refused is not None:
        with pytest.raises(UserError) as exc:
            import_file(store, analyse_file(store, case.path))
        message = str(exc.value)
        assert case.refused in message and case.path.name in message and "\n" not in message
        return
    a = analyse_file(store, case.path)
    assert (a.kind, a.header_excel_row) == (case.kind, case.header_row or a.header_excel_row)
    if case.sheet is not None:
        assert a.sheet == case.sheet
    for code in case.notes:
        assert code in [getattr(n, "code", "") for n in a.notes], a.notes
    report = import_file(store, a)
    assert stored(store, case.kind) == case.records
    got = {p.cell: p.code for p in report.problems}
    assert {cell: got.get(cell) for cell in case.problems} == case.problems, report.problems
    if not case.other_problems:
        assert set(got) <= set(case.problems), [p.sentence() for p in report.problems]


@pytest.mark.parametrize("name", _params(list(rc.BUILDERS)))
def test_realworld_file(name, realworld, store):
    check_case(realworld[name], store)


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
@pytest.mark.parametrize("name", _params(rc.LIBREOFFICE_NAMES))
def test_saved_again_by_libreoffice(name, libreoffice, store):
    check_case(libreoffice[name], store)


@pytest.fixture(scope="session")
def large(tmp_path_factory) -> dict[str, rc.Case]:
    return {
        c.name: c
        for c in rc.build_all(tmp_path_factory.mktemp("realworld-large"), list(rc.LARGE_BUILDERS))
    }


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
@pytest.mark.parametrize("name", list(rc.LARGE_BUILDERS))
def test_large_file(name, large, store):
    """Read whole (the import service) and in parts (the command line, below)."""
    check_case(large[name], store)


# -- the command line: exit 0 with the counts, or one line and exit 2, the plan file untouched
# ----------
def _cli_check(case: rc.Case, run, tmp_path) -> None:  # noqa: F811
    db = tmp_path / "plan.db"
    seed = rc.build_all(tmp_path / "seed", ["csv_utf8_bom"])[0]
    assert run("import", seed.path, "--db", db)[0] == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    dry_run = ["--dry-run"] if case.refused is None else []  # a refused file: really tried
    code, out, err = run("import", case.path, "--db", db, *dry_run, "--json")
    assert "Traceback" not in err
    if case.refused is not None:
        assert (
            code == 2 and err.count("\n") == 1 and case.path.name in err and case.refused in err
        ), err
    else:
        assert code == 0, err
        data = json.loads(out)
        assert data["kind"] == case.kind
        if case.kind == "customers":
            assert data["customers_added"] + data["customers_updated"] + data[
                "already_present"
            ] == len(case.records)
        elif case.kind == "targets":
            assert data["imported"] + data["already_present"] == len(case.records)
        else:
            assert data["imported"] + data["already_present"] == len(case.records)
        assert {p["column"] + str(p["row"]) for p in data["problems"]} >= set(case.problems)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("name", _params(list(rc.BUILDERS), cli=True))
def test_realworld_file_on_the_command_line(name, realworld, run, tmp_path):  # noqa: F811
    _cli_check(realworld[name], run, tmp_path)


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
@pytest.mark.parametrize("name", _params(rc.LIBREOFFICE_NAMES, cli=True))
def test_libreoffice_file_on_the_command_line(name, libreoffice, run, tmp_path):  # noqa: F811
    _cli_check(libreoffice[name], run, tmp_path)


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
@pytest.mark.parametrize("name", list(rc.LARGE_BUILDERS))
def test_large_file_on_the_command_line(name, large, run, tmp_path):  # noqa: F811
    from salesplanner.io.importer import analyse
    from salesplanner.store import Store

    case = large[name]
    a = analyse(case.path, stream=True)
    assert a.data.tail is not None  # read in parts, stored part by part
    a.data.complete()
    _cli_check(case, run, tmp_path)
    db = tmp_path / "fresh.db"
    code, out, _err = run("import", case.path, "--db", db, "--json")
    assert code == 0 and json.loads(out)["sheet"] == case.sheet
    with Store.open(db) as store:
        assert stored(store, case.kind) == case.records


# -- regressions found by the sweep ----------------------------------------------------------------
def _sales_xlsx(path, rows, header=("日期", "客户", "金额")):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    ws.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    wb.close()
    return path


@pytest.mark.parametrize(
    "label",
    [
        "1月小计",
        "本月合计",
        "汇总",
        "小计(1月)",
        "华东区 合计：",
        "March Total",
        "本年累计",
        "Subtotal",
    ],
)
def test_a_subtotal_in_the_middle_is_left_out_quietly(tmp_path, store, label):
    """Reps add a 小计 row after each month and Excel's table totals row says 汇总: neither is
    a deal nor a problem, and the deals after it still come in."""
    path = _sales_xlsx(
        tmp_path / "s.xlsx",
        [["2026-01-05", "甲", 100], ["", label, 100], ["2026-02-03", "乙", 200], [label, "", 300]],
    )
    report = import_file(store, analyse_file(store, path))
    assert stored(store, "sales") == [("2026-01-05", "甲", 10000), ("2026-02-03", "乙", 20000)]
    assert not report.problems and not report.skipped


@pytest.mark.parametrize(
    "text,iso",
    [
        ("46056", "2026-02-03"),
        ("46056.75", "2026-02-03"),  # an Excel serial kept as text
        ("2026-2-27 星期五", "2026-02-27"),
        ("2026/2/27（周五）", "2026-02-27"),
        ("2026-02-27 Fri", "2026-02-27"),
        ("11-Mar-2026", "2026-03-11"),
        ("16-Mar-26", "2026-03-16"),  # Excel's d-mmm-yy
        ("26-3-2", "2026-03-02"),
        ("26-03-23", "2026-03-23"),
        ("26.3.2", "2026-03-02"),  # yy-m-d, not d-m-yy
        ("'2026-01-05", "2026-01-05"),
        ("'46056", "2026-02-03"),
    ],
)
def test_dates_written_as_text(text, iso):
    from salesplanner.io.parse import parse_date

    values, problems = parse_date([text, "2026-01-01"])
    assert values[0].isoformat() == iso and not problems


@pytest.mark.parametrize("text", ["12345", "99999", "星期五", "2026-13-01", "26-13-45"])
def test_text_that_only_looks_like_a_date_is_not_one(text):
    from salesplanner.io.parse import parse_date

    values, problems = parse_date([text])
    assert values == [None] and [m.code for _i, m in problems] == ["cell.not_a_date"]


def test_a_name_or_a_header_with_a_total_word_inside_is_no_total_label():
    from salesplanner.io.parse import is_total_label

    assert not any(
        map(
            is_total_label,
            [
                "合计金额",
                "汇总表说明如下",
                "上海合计贸易有限公司",
                "checksum",
                "totally",
                "这一行的备注写得比较长并且以合计结尾的一句很长很长的话合计",
            ],
        )
    )


def _workbook(path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


SALES_ROWS = [["日期", "客户", "金额"], ["2026-03-02", "甲", 100]]


@pytest.mark.parametrize(
    "first",
    [
        [],  # the default Sheet1 left empty
        [["2026年销售台账"], ["编制：王芳"]],  # a cover
        [
            ["客户", "求和项:金额"],
            ["甲", 100],
            ["总计", 100],
        ],  # a pivot table (or its values pasted)
        [["行标签", "计数项:客户"], ["2026/3/2", 1]],
        [
            ["月份", "完成率"],
            ["2026-03", 0.5],
        ],  # a summary without the columns a sales import needs
    ],
)
def test_a_first_sheet_without_a_table_to_import_gives_way_to_the_next(tmp_path, store, first):
    path = _workbook(
        tmp_path / "w.xlsx",
        {"Sheet1": first, "隐藏": SALES_ROWS + [["2026-03-03", "乙", 5]], "销售": SALES_ROWS},
        hidden=("隐藏",),
    )
    a = analyse_file(store, path)
    assert a.sheet == "销售" and a.kind == "sales"


def test_a_pivot_sheet_asked_for_is_read(tmp_path, store):
    path = _workbook(
        tmp_path / "w.xlsx", {"透视": [["客户", "求和项:金额"], ["甲", 100]], "销售": SALES_ROWS}
    )
    assert analyse_file(store, path, sheet="透视").sheet == "透视"


def test_the_first_sheet_stays_when_it_has_a_table(tmp_path, store):
    path = _workbook(
        tmp_path / "w.xlsx", {"一月": SALES_ROWS, "二月": SALES_ROWS + [["2026-03-03", "乙", 5]]}
    )
    assert analyse_file(store, path).sheet == "一月"
    customers = _workbook(
        tmp_path / "c.xlsx", {"客户": [["客户名称", "电话"], ["甲", "1"]], "销售": SALES_ROWS}
    )
    assert (
        analyse_file(store, customers).sheet == "客户"
    )  # a complete customers table: no other sheet tried
    assert (
        analyse_file(store, customers, kind="sales").sheet == "销售"
    )  # … but it has no sales columns


def test_nothing_to_import_anywhere_speaks_of_the_first_sheet_with_a_header(tmp_path, store):
    from salesplanner.io.errors import MappingError
    from salesplanner.io.importer import build_records

    path = _workbook(
        tmp_path / "w.xlsx", {"Sheet1": [], "汇总": [["月份", "完成率"], ["2026-03", 0.5]]}
    )
    a = analyse_file(store, path)
    assert a.sheet == "汇总"
    with pytest.raises(MappingError, match="no column for"):
        build_records(a)
    empty = _workbook(tmp_path / "e.xlsx", {"Sheet1": [], "Sheet2": [["只有一个格子"]]})
    with pytest.raises(MappingError, match="No table found in sheet “Sheet1”"):
        analyse_file(store, empty)


@pytest.mark.parametrize("notes", [1, 2])
def test_a_header_below_a_long_block_of_notes_is_found(tmp_path, store, notes):
    """A 填表说明 of 40 lines (one or two cells each) above the table."""
    lines = [
        [f"{i}. 金额填写含税金额"] if notes == 1 else [f"{i}.", "金额填写含税金额，客户写全称"]
        for i in range(40)
    ]
    path = _sales_xlsx(
        tmp_path / "s.xlsx",
        [*lines, [], ["成交日期", "客户名称", "金额"], ["2026-03-02", "甲", 100]],
        header=("销售记录",),
    )
    a = analyse_file(store, path)
    assert a.header_excel_row == 43
    assert import_file(store, a).imported == 1


def test_a_header_found_early_is_kept_without_looking_further():
    from salesplanner.io.fields import find_header_row

    rows = [["日期", "客户", "金额"]] + [["2026-03-02", "x", 1]] * 40 + [["日期", "客户", "金额"]]
    assert find_header_row(rows) == 0
    # far down, only a row that surely is a header counts (two cells naming fields outright)
    assert find_header_row([["说明"]] * 35 + [["编号", "名字", "数字"], ["1", "x", 2]]) is None


def test_cells_merged_down_give_their_value_to_the_rows_beside_them(tmp_path, store):
    """A day's date and a customer merged down over their orders; a merged block that runs
    into an empty row leaves that row empty (not an order without an amount)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "客户", "产品", "金额"])
    ws.append(["2026-03-02", "甲", "A", 100])
    ws.append([None, None, "B", 200])
    ws.append(["2026-03-03", "乙", "A", 300])
    ws.append([None, None, None, None])  # the block's last row left empty
    ws.append(["2026-03-04", "丙", "C", 400])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("A4:A5")
    path = tmp_path / "m.xlsx"
    wb.save(path)
    report = import_file(store, analyse_file(store, path))
    assert stored(store, "sales") == [
        ("2026-03-02", "甲", 10000),
        ("2026-03-02", "甲", 20000),
        ("2026-03-03", "乙", 30000),
        ("2026-03-04", "丙", 40000),
    ]
    assert not report.problems and report.blank_rows == 1


def test_fill_merged_down_stays_inside_its_rows():
    from salesplanner.io.importer import fill_merged_down

    rows = [["d1", "x"], ["", "y"], ["", "z"], ["", ""]]
    # sheet rows 10-13 (0-based), columns from B: a range from above the rows, one below them,
    # one spanning columns, one whose top is empty
    merged = [((5, 1), (10, 1)), ((10, 1), (12, 2)), ((12, 2), (13, 2)), ((20, 1), (22, 1))]
    fill_merged_down(merged, rows, 10, 1)
    assert rows == [["d1", "x"], ["d1", "y"], ["d1", "z"], ["", ""]]
    # a later part of a sheet read in parts: the top of a merged cell in the part before
    part = [["", "u"], ["", "v"], ["", "w"]]
    fill_merged_down([((12, 1), (15, 1))], part, 14, 1, above=rows, above_row0=10)
    assert part == [["d1", "u"], ["d1", "v"], ["", "w"]]


@pytest.mark.parametrize(
    "cell,stored_as",
    [
        (dt.date(2025, 12, 24), "--12-24"),  # typed 12月24日 in 2025: Excel gave it that year
        (dt.date(2026, 3, 15), "--03-15"),
        (dt.date(2011, 3, 15), "--03-15"),  # a contact younger than 16: no
        (dt.date(2010, 3, 15), "2010-03-15"),
        (dt.date(1980, 7, 1), "1980-07-01"),
        ("1985年10月3日", "1985-10-03"),
        ("3月15日", "--03-15"),
    ],
)
def test_a_birthday_without_a_plausible_year_keeps_month_and_day(tmp_path, store, cell, stored_as):
    path = _workbook(tmp_path / "c.xlsx", {"客户": [["客户名称", "生日"], ["甲", cell]]})
    report = import_file(store, analyse_file(store, path), today=dt.date(2026, 11, 27))
    # a birthday is a person's: the customer's main contact has it
    assert (
        store.query("SELECT birthday FROM contacts WHERE is_main = 1")[0]["birthday"] == stored_as
    )
    assert not report.problems


def test_text_named_xls_is_read_only_when_it_is_a_table(tmp_path, store):
    from salesplanner.io.errors import NotASpreadsheetError

    prose = tmp_path / "说明.xls"
    prose.write_text("这是一段说明文字。\n第二行，没有表格，也没有制表符。\n", encoding="utf-8")
    with pytest.raises(NotASpreadsheetError, match="plain text"):
        analyse_file(store, prose)
    table = tmp_path / "导出.xls"
    table.write_text("日期,客户,金额\n2026-03-02,甲,100\n2026-03-03,乙,200\n", encoding="utf-8")
    assert import_file(store, analyse_file(store, table)).imported == 2


@pytest.mark.parametrize(
    "header,month",
    [
        ("2026年1月(万元)", (2026, 1)),
        ("3月目标（元）", (None, 3)),
        ("2026-03 [万元]", (2026, 3)),
        ("Apr (10k)", (None, 4)),
    ],
)
def test_a_month_header_may_carry_its_unit(header, month):
    from salesplanner.io.fields import header_month, normalise_header

    assert header_month(header) == month
    assert header_month("金额(万元)") is None
    assert normalise_header("2026年1月(万元)").scale == 10_000  # the unit still scales the column


def test_tables_side_by_side_are_not_mixed_but_a_column_without_header_joins(tmp_path, store):
    """Left a target summary, right the deals: the deals are the sales table, the summary lends
    them no column (a label from the deals made it a targets import before). A column without a
    header but with data under it is inside its table: the columns on both sides are one table."""
    path = _sales_xlsx(
        tmp_path / "s.xlsx",
        [
            ["2026年3月", 1000, "", "2026-03-02", "甲", 100],
            ["2026年4月", 1000, "", "2026-03-03", "乙", 200],
        ],
        header=("月份", "目标", "", "日期", "客户", "金额"),
    )
    a = analyse_file(store, path)
    assert (a.kind, a.column_label(a.columns["date"])) == ("sales", "D 日期")
    assert a.with_kind("targets").columns == {
        "month": 0,
        "target": 1,
    }  # no 客户 label from the deals
    one = _sales_xlsx(
        tmp_path / "one.xlsx",
        [["2026-03-02", 100, "x", "甲"], ["2026-03-03", 200, "y", "乙"]],
        header=("日期", "金额", "", "客户"),
    )
    a = analyse_file(store, one)
    assert {k: a.column_label(v) for k, v in a.columns.items()} == {
        "date": "A 日期",
        "amount": "B 金额",
        "customer": "D 客户",
    }
    assert not a.notes


def test_a_header_repeated_down_the_sheet_is_left_out_quietly(tmp_path, store):
    """Page by page: a title line and the header again. An undated row that is not just before
    a repeat is still a problem, and so is a row repeating only one header cell."""
    path = _sales_xlsx(
        tmp_path / "s.xlsx",
        [
            ["2026-03-02", "甲", 100],
            ["报表 第2页", "", ""],
            [" 日期 ", "客户", "金额"],
            ["2026-03-03", "乙", 200],
            ["", "丙", 300],
            ["日期", "丁", 5],
        ],
    )
    report = import_file(store, analyse_file(store, path))
    assert stored(store, "sales") == [("2026-03-02", "甲", 10000), ("2026-03-03", "乙", 20000)]
    assert [(p.cell, p.code) for p in report.problems] == [
        ("A6", "empty.date"),
        ("A7", "cell.not_a_date"),
    ]


@pytest.mark.parametrize(
    "text,value",
    [("2台", 2), ("5 箱", 5), ("1,200件", 1200), ("10 pcs", 10), ("３次", 3), ("2.5吨", 2.5)],
)
def test_a_quantity_may_carry_its_measure_word(text, value):
    from salesplanner.io.parse import parse_number

    assert parse_number([text, 1.0]) == ([value, 1.0], [])
    assert parse_number(["两台", 1.0])[0] == [None, 1.0]  # a number in words is not read


def test_a_number_too_large_for_an_amount_is_a_problem_not_a_crash(tmp_path, store):
    """A bank card number (as a number, or 1e100 as text) in the amount column, a barcode in the
    quantity column: each row is named; the others come in (SQLite's integers used to overflow)."""
    path = _sales_xlsx(
        tmp_path / "s.xlsx",
        [
            ["2026-03-02", "甲", 6222021234567890123, 1, 100],
            ["2026-03-03", "乙", "1e100", 1, 100],
            ["2026-03-04", "丙", None, 6901234567890, 100000],
            ["2026-03-04", "戊", None, 1e26, 1],
            ["2026-03-05", "丁", 100, 1, 100],
        ],
        header=("日期", "客户", "金额", "数量", "单价"),
    )
    report = import_file(store, analyse_file(store, path))
    assert stored(store, "sales") == [("2026-03-05", "丁", 10000)]
    assert [(p.cell, p.code) for p in report.problems] == [
        ("C2", "cell.not_an_amount"),
        ("C3", "cell.not_an_amount"),
        ("D4", "cell.not_an_amount"),
        ("D5", "cell.not_an_amount"),
    ]
    log = tmp_path / "log.csv"
    log.write_text(
        "日期,类型,次数\n2026-03-02,拜访,13800138000\n2026-03-03,电话,2\n", encoding="utf-8"
    )
    report = import_file(store, analyse_file(store, log))
    assert report.imported == 1 and [(p.cell, p.code) for p in report.problems] == [
        ("C2", "cell.not_a_number")
    ]


def test_a_negative_target_is_a_problem_not_a_crash(tmp_path, store):
    """(500) or -1 in a target sheet broke the targets' CHECK (target_fen >= 0) with a traceback."""
    wide = _workbook(
        tmp_path / "w.xlsx",
        {
            "目标": [
                ["产品", "2026年1月", "2026年2月", "2026年3月"],
                ["A", 100, 10, "(500)"],
                ["B", 50, 60, 20],
            ]
        },
    )
    report = import_file(store, analyse_file(store, wide))
    assert stored(store, "targets") == [
        ("2026-01-01", 15000),
        ("2026-02-01", 7000),
        ("2026-03-01", 2000),
    ]
    assert [(p.cell, p.code) for p in report.problems] == [("D2", "cell.not_an_amount")]
    long = _workbook(
        tmp_path / "l.xlsx", {"目标": [["月份", "目标"], ["2026-03", -1], ["2026-04", 70]]}
    )
    report = import_file(store, analyse_file(store, long))
    assert [(p.cell, p.code) for p in report.problems] == [
        ("B2", "cell.not_an_amount")
    ] and report.imported == 1


def test_a_text_line_under_the_header_is_data_unless_it_reads_as_a_second_header(tmp_path, store):
    """A category line (手机) under a wide target header was taken for a second header row, and
    the months were then looked up in it (a TypeError with a traceback)."""
    path = _workbook(
        tmp_path / "t.xlsx",
        {
            "目标": [
                ["产品", "2026年1月", "2026年2月", "2026年3月"],
                ["手机"],
                ["iPhone", 30, 30, 35],
                ["华为", 20, 20, 25],
            ]
        },
    )
    a = analyse_file(store, path)
    assert (a.kind, a.header_excel_row) == ("targets", 1)
    import_file(store, a)
    assert stored(store, "targets") == [
        ("2026-01-01", 5000),
        ("2026-02-01", 5000),
        ("2026-03-01", 6000),
    ]
    two_rows = _workbook(
        tmp_path / "h.xlsx",
        {
            "明细": [
                ["日期", "客户", "金额"],
                ["", "客户名称", "金额（元）"],
                ["2026-03-02", "甲", 100],
            ]
        },
    )
    assert (
        analyse_file(store, two_rows).header_excel_row == 2
    )  # two header words: the second header row


def test_months_in_the_top_row_of_a_two_row_header(tmp_path, store):
    """Months in the first header row, a group (联系信息 over 负责人 | 电话) with its second row:
    the targets are read from the merged header (the second row alone has no months; a
    TypeError with a traceback before)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["产品", "2026年1月", "2026年2月", "2026年3月", "联系信息", None])
    ws.append([None, None, None, None, "负责人", "电话"])
    ws.append(["A型", 10, 20, 30, "王芳", "138"])
    ws.merge_cells("E1:F1")
    path = tmp_path / "t.xlsx"
    wb.save(path)
    a = analyse_file(store, path)
    assert (a.kind, a.header_excel_row, a.month_positions) == ("targets", 2, [1, 2, 3])
    import_file(store, a.with_kind("targets"))
    assert stored(store, "targets") == [
        ("2026-01-01", 1000),
        ("2026-02-01", 2000),
        ("2026-03-01", 3000),
    ]


# -- random sheets: a problem or a one-line refusal, never a crash
# ------------------------------------
def _random_sheet_strategy():
    from hypothesis import strategies as st

    words = st.sampled_from(
        [
            "",
            "合计",
            "1月小计",
            "拜访",
            "电话",
            "手机",
            "3月15日",
            "2026-03-01",
            "46056",
            "1.2万",
            "(500)",
            "12%",
            "2台",
            "#N/A",
            "日期",
            "客户",
            "金额",
            "'2026-01-05",
            "1e100",
            "—",
            "星期五",
            "26-3-2",
            "x" * 600,
            "\x07",
            "🍎",
            "-5",
            "2026年3月",
            "求和项:金额",
            "产品",
        ]
    )
    cell = (
        words
        | st.text(max_size=8)
        | st.floats()
        | st.integers(-(10**20), 10**20)
        | st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1))
        | st.none()
    )
    headers = st.sampled_from(
        [
            ["日期", "客户", "金额"],
            ["日期", "类型", "次数", "客户", "金额"],
            ["客户名称", "电话", "生日", "重点", "下次跟进"],
            ["月份", "目标"],
            ["产品", "1月", "2月", "3月"],
            ["日期", "数量", "单价", "客户"],
            ["产品", "2026年1月(万元)", "2026年2月(万元)", "2026年3月(万元)", "全年"],
            ["月份", "目标", "", "日期", "客户", "金额"],
        ]
    )
    return st.tuples(
        headers,
        st.lists(st.lists(cell, min_size=1, max_size=6), max_size=12),
        st.booleans(),
        st.booleans(),
    )


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
def test_random_sheets_give_problems_or_one_line_never_a_crash(tmp_path_factory):
    import csv
    import io

    import xlsxwriter
    from hypothesis import HealthCheck, given, settings

    from salesplanner.store import Store

    folder = tmp_path_factory.mktemp("random-sheets")
    count = iter(range(10**9))

    @settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_random_sheet_strategy())
    def check(example):
        header, rows, as_csv, empty_first = example
        path = folder / f"f{next(count)}.{'csv' if as_csv else 'xlsx'}"
        if as_csv:
            buf = io.StringIO()
            csv.writer(buf).writerows(
                [header, *(["" if v is None else v for v in r] for r in rows)]
            )
            path.write_text(buf.getvalue(), encoding="utf-8")
        else:
            wb = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": True})
            if empty_first:
                wb.add_worksheet("Sheet0")
            ws = wb.add_worksheet()
            ws.write_row(0, 0, header)
            datef = wb.add_format({"num_format": "yyyy-mm-dd"})
            for i, row in enumerate(rows, start=1):
                for j, v in enumerate(row):
                    if isinstance(v, dt.date):
                        ws.write_datetime(i, j, dt.datetime.combine(v, dt.time()), datef)
                    elif v is not None:
                        ws.write(i, j, v)
            if len(rows) > 2:
                ws.merge_range(1, 0, 2, 0, None)
            wb.close()
        store = Store.memory()
        try:
            a = analyse_file(store, path)
            for kind in ("sales", "activities", "customers", "targets"):
                try:
                    import_file(store, a.with_kind(kind), dry_run=True)
                except UserError as exc:
                    assert "\n" not in str(exc)
            import_file(store, a)
            import_file(store, analyse_file(store, path))  # the same file again
        except UserError as exc:
            assert "\n" not in str(exc)
        finally:
            store.close()

    check()
