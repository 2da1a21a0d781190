"""Import of the home-made messy corpus: headers, mapping, values, problems, dedup, rollback."""

from __future__ import annotations

import threading

import pytest

from salesplanner.io.errors import ImportCancelled, MappingError
from salesplanner.io.importer import analyse, build_records, remap
from salesplanner.services.importing import analyse_file, import_file
from tests.io import excel_corpus as corpus


def _deals(store):
    return store.query(
        "SELECT d.date, c.name AS customer, d.amount_fen, d.product, d.quantity, "
        "d.unit_price_fen, d.rep, "
        "d.note, d.source_row FROM deals d LEFT JOIN customers c ON c.id = d.customer_id "
        "ORDER BY d.source_row"
    )


def test_chinese_sales_title_rows_units_and_mixed_dates(tmp_path, store):
    path = corpus.chinese_sales(tmp_path / "销售明细.xlsx")
    a = analyse_file(store, path)
    assert a.kind == "sales"
    assert a.header_excel_row == 4
    assert {k: a.headers[v].text for k, v in a.columns.items()} == {
        "date": "成交日期",
        "customer": "客户名称",
        "product": "产品",
        "quantity": "数量",
        "unit_price": "单价",
        "amount": "金额(万元)",
        "rep": "业务员",
        "note": "备注",
    }
    report = import_file(store, a)
    deals = _deals(store)
    got = {d["source_row"]: (d["date"], d["amount_fen"]) for d in deals}
    assert got[5] == ("2026-01-05", 1_200_000)  # 1.2 万元
    assert got[6] == ("2026-01-12", 355_000)
    assert got[7] == ("2026-02-03", 6_000_000)  # text "6" in a 万元 column
    assert got[8] == (
        "2026-02-14",
        800_000,
    )  # "0.8万" in a 万元 column: the 万 is not applied twice
    assert got[9] == ("2026-03-01", 180_000)  # 3月1日: year taken from the other rows
    assert got[10][0] == "2026-03-09"  # Excel serial 46090
    assert deals[2]["note"] == "=SUM(老客户)"  # text stays text
    problems = {(p.cell, p.severity) for p in report.problems}
    assert ("A11", "error") in problems  # 不是日期
    assert ("F12", "error") in problems  # abc
    assert report.imported == 6
    assert report.skipped == {"rows with problems": 2}
    assert not any(p.row == 15 for p in report.problems)  # the 合计 row is left out quietly
    assert report.customers_added == 5


def test_same_file_twice_adds_nothing(tmp_path, store):
    path = corpus.chinese_sales(tmp_path / "a.xlsx")
    first = import_file(store, analyse_file(store, path))
    counts = [
        store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
        for t in ("deals", "customers", "imports")
    ]
    second = import_file(store, analyse_file(store, path))
    assert first.imported == 6 and second.imported == 0
    assert second.already_present == 6
    assert [
        store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
        for t in ("deals", "customers", "imports")
    ] == counts


def test_english_text_amounts_and_formulas(tmp_path, store):
    path = corpus.english_sales(tmp_path / "deals.xlsx")
    a = analyse_file(store, path)
    assert a.kind == "sales"
    assert a.headers[a.columns["amount"]].text == "Revenue"
    assert a.headers[a.columns["quantity"]].text == "Qty"
    import_file(store, a)
    assert [d["amount_fen"] for d in _deals(store)] == [99_500, 123_450, -30_000, 12_300, 1_200_000]


def test_two_row_merged_header(tmp_path, store):
    a = analyse(corpus.merged_header_sales(tmp_path / "m.xlsx"))
    assert a.header_excel_row == 2
    assert set(a.columns) >= {"date", "customer", "quantity", "amount", "note"}
    p = build_records(a)
    assert [r[2] for r in p.records] == [150_000, 80_000]


def test_customers_fill_gaps_and_keep_app_data(tmp_path, store):
    path = corpus.customers_list(tmp_path / "客户.xlsx")
    a = analyse_file(store, path)
    assert a.kind == "customers"
    report = import_file(store, a)
    rows = {
        r["name"]: r
        for r in store.query(
            "SELECT c.*, m.phone AS phone, m.birthday AS birthday FROM customers c "
            "LEFT JOIN contacts m ON m.customer_id = c.id AND m.is_main = 1"
        )
    }  # phone and birthday are the main contact's
    assert rows["上海宏达贸易有限公司"]["phone"] == "13800138000"
    assert rows["上海宏达贸易有限公司"]["birthday"] == "--03-05"
    assert rows["上海宏达贸易有限公司"]["priority"] == 1
    assert rows["杭州新锐科技"]["birthday"] == "1980-07-01"
    assert rows["苏州恒通"]["notes"] == "控制字符在这里"
    assert report.customers_added == 3
    assert any("customer name is empty" in p.message for p in report.problems)
    assert any("already on row" in p.message for p in report.problems)
    again = import_file(store, analyse_file(store, path))
    assert again.customers_added == 0 and again.customers_updated == 0


def test_activity_log_types(tmp_path, store):
    report = import_file(store, analyse_file(store, corpus.activity_log(tmp_path / "log.xlsx")))
    codes = [
        r["activity_code"]
        for r in store.query("SELECT activity_code FROM activities ORDER BY source_row")
    ]
    assert codes == ["visit", "phone", "proposal", "phone"]
    messages = " ".join(p.message for p in report.problems)
    assert "打高尔夫" in messages and "两" in messages


def test_long_targets_make_a_draft_goal(tmp_path, store):
    report = import_file(store, analyse_file(store, corpus.long_targets(tmp_path / "t.xlsx")))
    assert report.kind == "targets"
    rows = store.query("SELECT start_date, target_fen FROM period_targets ORDER BY start_date")
    assert [(r["start_date"], r["target_fen"]) for r in rows] == [
        ("2026-01-01", 30_000_000),
        ("2026-02-01", 33_000_000),
        ("2026-03-01", 35_000_000),
    ]
    assert store.query("SELECT status FROM goals")[0]["status"] == "draft"


def test_error_cells_are_problems_not_blanks(tmp_path, store):
    report = import_file(store, analyse_file(store, corpus.error_cells(tmp_path / "e.xlsx")))
    errs = {p.cell: p.message for p in report.problems}
    assert "#N/A" in errs["C3"]
    assert "#REF!" in errs["B4"]
    assert report.imported == 1


def test_binary_junk_in_csv_cells_is_dropped(tmp_path, store):
    path = tmp_path / "junk.csv"
    path.write_bytes("日期,客户,金额\n2026-01-02,甲\x07\x00公司,100\n".encode())
    import_file(store, analyse_file(store, path))
    assert store.query("SELECT name FROM customers")[0]["name"] == "甲公司"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings(tmp_path, store, encoding):
    path = corpus.write_csv(tmp_path / "s.csv", encoding)
    report = import_file(store, analyse_file(store, path))
    assert report.imported == 2
    assert [d["amount_fen"] for d in _deals(store)] == [708_000, 673_500]
    assert store.query("SELECT region FROM deals ORDER BY id")[0]["region"] == "北方"


def test_kind_and_mapping_can_be_changed_and_are_remembered(tmp_path, store):
    path = corpus.english_sales(tmp_path / "deals.xlsx")
    a = analyse_file(store, path)
    columns = dict(a.columns)
    columns["note"] = columns.pop("region")
    b = remap(a, columns=columns)
    import_file(store, b)
    again = analyse_file(store, corpus.english_sales(tmp_path / "deals2.xlsx"))
    assert again.remembered
    assert again.headers[again.columns["note"]].text == "Region"
    assert "region" not in again.columns


def test_missing_required_columns_is_one_sentence(tmp_path, store):
    a = analyse(corpus.customers_list(tmp_path / "c.xlsx"), kind="activities")
    with pytest.raises(MappingError, match="no column for: date"):
        build_records(a)


def test_cancel_leaves_database_unchanged(tmp_path, file_store):
    path = corpus.chinese_sales(tmp_path / "a.xlsx")
    event = threading.Event()

    def progress(done, total, label):
        if label == "saving":
            event.set()

    with pytest.raises(ImportCancelled):
        import_file(file_store, analyse_file(file_store, path), progress=progress, cancel=event)
    for table in ("deals", "customers", "imports", "import_mappings"):
        assert file_store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] == 0


def test_dry_run_changes_nothing(tmp_path, store):
    report = import_file(
        store, analyse_file(store, corpus.chinese_sales(tmp_path / "a.xlsx")), dry_run=True
    )
    assert report.imported == 6 and report.dry_run
    assert store.query("SELECT count(*) AS n FROM deals")[0]["n"] == 0


@pytest.mark.parametrize("label", ["合计：", "合 计", "Total:", "小计"])
def test_a_total_row_and_the_footer_below_it_are_left_out_quietly(tmp_path, store, label):
    """A rep's sheet often ends 合计 … then 制表人 / 审核 lines: no problems for those, but an
    undated row with an amount after the total still is one."""
    import xlsxwriter

    path = tmp_path / "sales.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    ws.write_row(0, 0, ["日期", "客户", "金额"])
    ws.write_row(1, 0, ["2026-03-02", "华星", 1200])
    ws.write_row(2, 0, ["2026-03-03", "东方", 800])
    ws.write_row(3, 0, [label, "", "=SUM(C2:C3)"])
    ws.write_row(5, 0, ["制表人：张三"])
    ws.write_row(6, 0, ["审核：李四", "", ""])
    ws.write_row(7, 0, ["备注：以上金额含税"])
    wb.close()
    report = import_file(store, analyse_file(store, path))
    assert report.imported == 2 and not report.problems and not report.skipped

    ws_rows = [
        ["日期", "客户", "金额"],
        ["2026-03-02", "华星", 1200],
        [label, "", 1200],
        ["制表人：张三", "", ""],
        ["补录", "南方", 300],
    ]
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("明细")
    for r, row in enumerate(ws_rows):
        ws.write_row(r, 0, row)
    wb.close()
    report = import_file(store, analyse_file(store, path))
    assert [(p.cell, p.field) for p in report.problems] == [
        ("A5", "date")
    ]  # 补录 with an amount: not a footer


def test_footer_rows_carry_over_to_the_next_part():
    """Read in parts, a total at the end of one part makes the next part's undated rows footer."""
    from salesplanner.io.builder import Builder as _Builder
    from salesplanner.io.imported import Part

    part = Part()
    b = _Builder.__new__(_Builder)
    b.part, b.n = part, 3
    assert b.footer_rows(set(), [None, None, None], None) == set()
    assert b.footer_rows({1}, ["d", None, None], None) == {2} and part.after_total
    assert b.footer_rows(set(), [None, None, None], [None, 5, None]) == {0, 2}
    # a subtotal with data after it: its undated rows are no footer (reported as usual)
    part.after_total = False
    assert b.footer_rows({0}, [None, None, "d"], None) == set() and not part.after_total
    assert (
        b.footer_rows({0, 2}, [None, "d", None], None) == set() and part.after_total
    )  # the part ends on a total


def test_a_csv_number_with_an_unquoted_comma_is_a_problem_not_a_wrong_amount(tmp_path, store):
    """1,200 without quotes splits in two: the row is reported and left out, not stored as 1
    yuan."""
    path = tmp_path / "export.csv"
    path.write_text(
        "日期,客户,金额,备注\n2026-03-01,华星,1200,好\n2026-03-02,东方,1,200,再联系\n"
        '2026-03-03,南方,"3,400",\n2026-03-04,北方,500,\n合计,,"5,300",\n',
        encoding="utf-8",
    )
    report = import_file(store, analyse_file(store, path))
    assert report.imported == 3
    assert [(p.cell, p.code) for p in report.problems] == [("E3", "row.more_cells_than_header")]
    amounts = {
        r["name"]: r["amount_fen"]
        for r in store.query(
            "SELECT c.name, d.amount_fen FROM deals d JOIN customers c ON c.id = d.customer_id"
        )
    }
    assert amounts == {"华星": 120_000, "南方": 340_000, "北方": 50_000}
    # a trailing delimiter on every row (empty cells after the header) is no problem
    path.write_text("日期,客户,金额,\n2026-03-05,西方,700,\n", encoding="utf-8")
    assert not import_file(store, analyse_file(store, path)).problems
