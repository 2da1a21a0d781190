"""Import guesses the app must not make silently (issue 11, section 5): which column is the
customer, what the sheet holds, which order its dates are in."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from salesplanner import cli
from salesplanner.services.importing import analyse_file, import_file
from tests.io.excel_corpus import customer_list, provider_report


def _xlsx(path, rows, title="Sheet1"):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["salesplanner.commands.excel"])

    def _run(*argv):
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def _customers(store):
    return [r["name"] for r in store.query("SELECT name FROM customers ORDER BY name")]


# -- the customer is a name --------------------------------------------------------------------
def test_a_phone_column_is_never_the_customer(tmp_path, file_store):
    rows = [["日期", "客户电话", "金额"], [dt.date(2026, 3, 2), "13812345678", 5000]]
    a = analyse_file(file_store, _xlsx(tmp_path / "s.xlsx", rows))
    assert a.kind == "sales"
    assert "customer" not in a.columns
    import_file(file_store, a)
    assert "13812345678" not in _customers(file_store)


@pytest.mark.parametrize(
    "channel", ["Customer Fax", "Customer Phone", "Customer E-mail", "Customer Address"]
)
def test_contact_channels_in_english_are_not_the_customer(tmp_path, file_store, channel):
    rows = [[channel, "Order Date", "Sales"], ["x@y.com", dt.date(2026, 3, 2), 5000]]
    a = analyse_file(file_store, _xlsx(tmp_path / "s.xlsx", rows))
    assert a.kind == "sales"
    assert "customer" not in a.columns
    rows = [
        [channel, "Customer", "Order Date", "Sales"],
        ["x@y.com", "Acme Ltd", dt.date(2026, 3, 2), 5000],
    ]
    a = analyse_file(file_store, _xlsx(tmp_path / "t.xlsx", rows))
    assert a.headers[a.columns["customer"]].text == "Customer"
    assert a.name_choices == []


@pytest.mark.parametrize(
    "segment", ["客户细分", "客户类型", "客户等级", "Customer Type", "Segment"]
)
def test_a_segment_column_is_not_taken_over_the_name(tmp_path, file_store, segment):
    rows = [
        [segment, "客户简称", "联系电话", "地址"],
        ["大客户", "宏达机电", "021-5555", "上海市浦东新区"],
        ["中小客户", "新锐科技", "0571-6666", "杭州市西湖区"],
    ]
    a = analyse_file(file_store, _xlsx(tmp_path / "c.xlsx", rows), kind="customers")
    assert a.headers[a.columns["name"]].text == "客户简称"
    assert a.headers[a.columns["segment"]].text == segment
    import_file(file_store, a)
    assert _customers(file_store) == sorted(["宏达机电", "新锐科技"])


def test_two_name_columns_are_both_offered(tmp_path, file_store):
    rows = [
        ["成交日期", "客户名称", "公司", "金额"],
        [dt.date(2026, 3, 2), "王总", "宏达机电", 5000],
    ]
    a = analyse_file(file_store, _xlsx(tmp_path / "s.xlsx", rows))
    assert [a.headers[p].text for p in a.name_choices] == ["客户名称", "公司"]


def test_a_column_of_numbers_is_not_offered_as_the_name(tmp_path, file_store):
    rows = [
        ["成交日期", "客户名称", "客户编码", "金额"],
        [dt.date(2026, 3, 2), "宏达机电", 10023, 5000],
    ]
    a = analyse_file(file_store, _xlsx(tmp_path / "s.xlsx", rows))
    assert a.name_choices == []


def test_the_command_line_says_which_customer_column_it_took(tmp_path, run):
    rows = [
        ["成交日期", "客户名称", "公司", "金额"],
        [dt.date(2026, 3, 2), "王总", "宏达机电", 5000],
    ]
    path = _xlsx(tmp_path / "s.xlsx", rows)
    code, out, err = run("import", path, "--db", tmp_path / "p.db", "--json")
    assert code == 0
    assert json.loads(out)["customer_column"] == {"taken": "B 客户名称", "others": ["C 公司"]}
    lines = err.splitlines()
    assert len(lines) == 1
    assert "B 客户名称" in lines[0] and "C 公司" in lines[0] and "customer=C" in lines[0]
    # the rep's choice is taken and nothing more is said
    code, out, err = run("import", path, "--db", tmp_path / "q.db", "--map", "customer=C", "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["customer_column"]["taken"] == "C 公司"


# -- what the sheet holds ------------------------------------------------------------------------
def employee_list(path):
    rows = [["Name", "Age", "Payment", "Bonus", "Total"]]
    rows += [[n, 30 + i, 4000 + i, 0.1, 4400] for i, n in enumerate(["Olga", "Helen", "Keith"])]
    return _xlsx(path, rows)


def auction_list(path):
    """'Type' holds lot codes, not activities."""
    rows = [["Auction Date", "Type", "County", "Owner", "Min Bid"]]
    rows += [[dt.date(2005, 7, 14), f"S{i % 4}", "BAXT", "Smith", 400] for i in range(30)]
    return _xlsx(path, rows)


def undated_sales(path):
    """'Date Start' over labels, 'Values' over words: no sales."""
    rows = [["Tests", "Values", "Date Start"]]
    rows += [["case", w, w] for w in ("any", "text", "formula", "list", "none")]
    return _xlsx(path, rows)


@pytest.mark.parametrize("make", [provider_report, employee_list, auction_list, undated_sales])
def test_weak_evidence_for_every_kind_is_a_doubt(tmp_path, file_store, make):
    a = analyse_file(file_store, make(tmp_path / "x.xlsx"))
    assert a.kind_doubt is not None
    assert a.kind_doubt.code == "mapping.weak_kind"
    assert a.kind_doubt.params["why"].code.startswith("doubt.")


def test_a_provider_report_says_why(tmp_path, file_store):
    a = analyse_file(file_store, provider_report(tmp_path / "x.xlsx"))
    assert a.kind == "customers"
    why = a.kind_doubt.params["why"]
    assert why.code == "doubt.figures"
    assert "F Total attendances" in why


def plain_names(path):
    """A list of customers by name alone, as a rep keeps one: strong when the header says 客户."""
    return _xlsx(path, [["客户", "备注"]] + [[f"宏达{i}", ""] for i in range(10)])


def activity_log(path):
    rows = [["日期", "类型", "客户", "结果"]]
    rows += [
        [dt.date(2026, 3, 2 + i % 20), ["拜访", "电话", "跟进"][i % 3], "宏达", ""]
        for i in range(30)
    ]
    return _xlsx(path, rows)


def long_targets(path):
    rows = [["月份", "目标"]] + [[f"2026-{m:02d}", 100000] for m in range(1, 13)]
    return _xlsx(path, rows)


def wide_targets(path):
    rows = [["区域", *[f"{m}月" for m in range(1, 13)]], ["华东", *[10] * 12], ["华南", *[8] * 12]]
    return _xlsx(path, rows)


@pytest.mark.parametrize(
    "make", [customer_list, plain_names, activity_log, long_targets, wide_targets]
)
def test_clear_sheets_are_not_in_doubt(tmp_path, file_store, make):
    a = analyse_file(file_store, make(tmp_path / "x.xlsx"))
    assert a.kind_doubt is None, a.kind_doubt


def test_clear_sales_sheets_are_not_in_doubt(tmp_path, file_store):
    from tests.io import excel_corpus as corpus

    for make in (corpus.chinese_sales, corpus.english_sales):
        a = analyse_file(file_store, make(tmp_path / f"{make.__name__}.xlsx"))
        assert (a.kind, a.kind_doubt) == ("sales", None)


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_command_line_refuses_a_sheet_in_doubt_without_kind(tmp_path, run):
    db = tmp_path / "p.db"
    from salesplanner.store import Store

    Store.open(db).close()
    before = _sha(db)
    path = provider_report(tmp_path / "A&E.xlsx")
    code, out, err = run("import", path, "--db", db)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert "A&E.xlsx" in lines[0] and "Providers" in lines[0] and "--kind" in lines[0]
    assert "Traceback" not in err
    assert _sha(db) == before
    code, out, err = run("import", path, "--db", db, "--kind", "customers", "--json")
    assert code == 0
    assert json.loads(out)["imported"] == 40


# -- one column, one order of day, month and year ----------------------------------------------
def _deal_dates(store):
    return {
        r["customer"]: r["date"]
        for r in store.query(
            "SELECT c.name AS customer, d.date FROM deals d "
            "JOIN customers c ON c.id = d.customer_id"
        )
    }


def _text_dated(path, dates, header="成交日期"):
    rows = [[header, "客户名称", "金额"]]
    rows += [[d, f"客户{i}", 1000 + i] for i, d in enumerate(dates)]
    return _xlsx(path, rows)


def test_a_day_first_column_reads_every_date_day_first(tmp_path, file_store):
    # issue 11 §5: 13/11/2026 was 13 November but 03/11/2026 became 11 March
    path = _text_dated(tmp_path / "s.xlsx", ["13/11/2026", "03/11/2026", "25/12/2026"])
    a = analyse_file(file_store, path)
    assert a.date_doubt is None and a.date_orders == {"date": "dmy"}
    report = import_file(file_store, a)
    assert report.imported == 3 and not report.problems
    assert _deal_dates(file_store) == {
        "客户0": "2026-11-13",
        "客户1": "2026-11-03",
        "客户2": "2026-12-25",
    }
    # the order taken is said, with the cell that decided it
    assert any("day/month/year" in n and "A2" in n for n in report.notes)


def test_a_month_first_column_reads_every_date_month_first(tmp_path, file_store):
    path = _text_dated(tmp_path / "s.xlsx", ["03/11/2026", "11/13/2026"])
    a = analyse_file(file_store, path)
    assert a.date_orders == {"date": "mdy"}
    import_file(file_store, a)
    assert _deal_dates(file_store) == {"客户0": "2026-03-11", "客户1": "2026-11-13"}


def test_a_column_that_cannot_tell_is_never_guessed(tmp_path, file_store):
    path = _text_dated(tmp_path / "s.xlsx", ["03/04/2026", "05/06/2026", "2026-07-01"])
    a = analyse_file(file_store, path)
    assert a.date_doubt is not None
    assert a.date_doubt.params["choices"] == ("dmy", "mdy")
    assert "A2" in a.date_doubt and "s.xlsx" in a.date_doubt
    # imported anyway (a caller that did not ask): those rows are problems, not guesses
    report = import_file(file_store, a)
    assert report.imported == 1
    assert [(p.cell, p.code) for p in report.problems] == [
        ("A2", "cell.date_ambiguous"),
        ("A3", "cell.date_ambiguous"),
    ]


def test_a_date_against_the_column_order_is_a_problem_on_its_cell(tmp_path, file_store):
    # most dates say day first; one reads only month first: it is not silently swapped
    dates = ["13/11/2026", "14/11/2026", "03/04/2026", "11/15/2026"]
    path = _text_dated(tmp_path / "s.xlsx", dates)
    a = analyse_file(file_store, path)
    assert a.date_orders == {"date": "dmy"}
    report = import_file(file_store, a)
    assert [(p.cell, p.code) for p in report.problems] == [("A5", "cell.date_order")]
    assert "day/month/year" in report.problems[0].message
    assert _deal_dates(file_store)["客户2"] == "2026-04-03"


def test_the_command_line_refuses_a_column_that_cannot_tell_without_date_order(tmp_path, run):
    from salesplanner.store import Store

    db = tmp_path / "p.db"
    Store.open(db).close()
    before = _sha(db)
    path = _text_dated(tmp_path / "订单.xlsx", ["03/04/2026", "05/06/2026"])
    code, out, err = run("import", path, "--db", db)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "订单.xlsx" in lines[0] and "A 成交日期" in lines[0] and "A2" in lines[0]
    assert "--date-order dmy|mdy" in lines[0]
    assert _sha(db) == before
    code, out, err = run("import", path, "--db", db, "--date-order", "dmy", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["imported"] == 2 and data["date_orders"] == {"date": "dmy"}
    with Store.open(db) as store:
        assert sorted(_deal_dates(store).values()) == ["2026-04-03", "2026-06-05"]


def test_the_command_line_date_order_is_the_reps_word(tmp_path, run):
    path = _text_dated(tmp_path / "s.xlsx", ["03/04/2026", "13/04/2026"])
    code, out, err = run("import", path, "--db", tmp_path / "p.db", "--date-order", "mdy", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] == 1
    assert [(p["row"], p["column"], p["code"]) for p in data["problems"]] == [
        (3, "A", "cell.date_order")
    ]


def test_a_date_column_mapped_by_hand_is_checked_too(tmp_path, run):
    rows = [["成交日期", "签约日", "客户名称", "金额"]]
    rows += [[dt.date(2026, 3, i + 1), f"0{i + 1}/04/2026", f"客户{i}", 100] for i in range(3)]
    path = _xlsx(tmp_path / "s.xlsx", rows)
    code, out, err = run("import", path, "--db", tmp_path / "p.db", "--map", "date=B")
    assert code == 2 and "B 签约日" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "order, iso",
    [("mdy", "2026-03-02"), ("dmy", "2026-02-03"), ("ymd", "2003-02-26")],
)
def test_a_short_date_reads_as_the_columns_order_says(order, iso):
    from salesplanner.io.parse import parse_date

    values, problems = parse_date(["3/2/26"], order=order)
    assert values[0].isoformat() == iso and not problems
    # without an order it is asked about, never guessed; a year first reads one way only
    values, problems = parse_date(["3/2/26", "26-3-2"])
    assert values[1].isoformat() == "2026-03-02"
    assert values[0] is None and [m.code for _i, m in problems] == ["cell.date_ambiguous"]
