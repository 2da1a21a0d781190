"""Import guesses the app must not make silently (issue 11, section 5): which column is the
customer, what the sheet holds, which order its dates are in."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from salesplanner import cli
from salesplanner.services.importing import analyse_file, import_file


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
