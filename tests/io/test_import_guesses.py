"""Import guesses that were wrong without saying so (issue 11, section 5)."""

from __future__ import annotations

import datetime as dt

import pytest

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


# -- the problem list ----------------------------------------------------------------------------
def test_errors_come_first_and_the_counts_by_code_are_complete(tmp_path, file_store):
    """1,500 repeated rows (warnings) above 3 rows with a bad date (errors)."""
    rows = [["日期", "客户", "金额"]]
    rows += [[dt.date(2026, 1, 5), "上海宏达", 100]] * 1501
    rows += [["不是日期", "杭州新锐", 200]] * 3
    path = _xlsx(tmp_path / "sales.xlsx", rows)
    report = import_file(file_store, analyse_file(file_store, path))
    data = report.as_dict()
    shown = data["problems"]
    assert len(shown) == 1000
    assert [p["severity"] for p in shown[:3]] == ["error"] * 3
    assert {p["code"] for p in shown[:3]} == {"cell.not_a_date"}
    assert data["problem_count"] == 1503
    assert data["problems_by_code"] == {"cell.not_a_date": 3, "row.repeated": 1500}
    assert (data["error_count"], data["warning_count"]) == (3, 1500)
    # the stored report keeps the errors too
    import json

    stored = json.loads(file_store.query("SELECT report_json FROM imports")[0]["report_json"])
    assert "cell.not_a_date" in json.dumps(stored)


# -- totals in every kind of sheet --------------------------------------------------------------
def test_a_grand_total_under_long_targets_is_not_a_target(tmp_path, file_store):
    rows = [["月份", "城市", "目标(元)"]]
    for month in ("2026-01", "2026-02"):
        rows += [[month, "上海", 1000], [month, "杭州", 500], [month, "小计", 1500]]
    rows += [["合计", "", 3000]]
    path = _xlsx(tmp_path / "targets.xlsx", rows)
    a = analyse_file(file_store, path, kind="targets")
    report = import_file(file_store, a)
    assert report.problems == []
    assert _target_total(file_store) == 300_000  # 1,500 yuan a month, not doubled by 小计 / 合计


def test_a_grand_total_under_wide_targets_is_not_a_target(tmp_path, file_store):
    rows = [["销售员", "2026年1月", "2026年2月"], ["张三", 100, 200], ["李四", 300, 400]]
    rows += [["总计", 400, 600]]
    path = _xlsx(tmp_path / "wide.xlsx", rows)
    import_file(file_store, analyse_file(file_store, path, kind="targets"))
    assert _target_total(file_store) == 100_000


def _target_total(store) -> int:
    return store.query("SELECT sum(target_fen) AS t FROM period_targets WHERE level = 'month'")[0][
        "t"
    ]


def test_a_total_row_under_a_customer_list_is_no_customer(tmp_path, file_store):
    rows = [
        ["客户名称", "联系人", "地区"],
        ["上海宏达", "王经理", "华东"],
        ["杭州新锐", "李总", "华东"],
    ]
    rows += [["合计", "2 家", ""]]
    path = _xlsx(tmp_path / "customers.xlsx", rows)
    report = import_file(file_store, analyse_file(file_store, path, kind="customers"))
    assert report.problems == []
    names = [r["name"] for r in file_store.query("SELECT name FROM customers ORDER BY id")]
    assert names == ["上海宏达", "杭州新锐"]


# -- CSV encodings ---------------------------------------------------------------------------
_WESTERN = [
    ["Date", "Customer", "Amount"],
    ["2026-01-05", "Société Générale", "1200"],
    ["2026-01-09", "Peña Niño S.A.", "300"],
    ["2026-01-12", "Müller & Söhne", "450"],
    ["2026-01-13", "Crème Brûlée SARL", "80"],
]


@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "latin-1"])
def test_a_western_code_page_csv_keeps_its_names(tmp_path, file_store, encoding):
    path = tmp_path / f"sales-{encoding}.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in _WESTERN).encode(encoding))
    a = analyse_file(file_store, path)
    assert not [n for n in a.notes if getattr(n, "code", "") == "note.bad_text"]
    report = import_file(file_store, a)
    assert report.imported == 4
    names = {r["name"] for r in file_store.query("SELECT name FROM customers")}
    assert names == {r[1] for r in _WESTERN[1:]}


def test_chinese_csvs_still_decode_as_before(tmp_path, file_store):
    rows = [
        ["日期", "客户", "金额"],
        ["2026-01-05", "上海宏达", "1200"],
        ["2026-01-09", "杭州新锐", "300"],
    ]
    for encoding in ("gbk", "gb18030", "utf-8", "utf-8-sig"):
        path = tmp_path / f"zh-{encoding}.csv"
        path.write_bytes("\n".join(",".join(r) for r in rows).encode(encoding))
        a = analyse_file(file_store, path)
        assert [r[1] for r in a.data.rows[1:]] == ["上海宏达", "杭州新锐"], encoding


def test_text_that_still_decodes_badly_is_reported(tmp_path, file_store):
    good = "日期,客户,金额\n2026-01-05,上海宏达贸易有限公司,1200\n".encode("gb18030")
    path = tmp_path / "broken.csv"
    path.write_bytes(good + b"2026-01-09,\xff\xfe\xff\x80\xff,300\n")
    a = analyse_file(file_store, path)
    notes = [n for n in a.notes if getattr(n, "code", "") == "note.bad_text"]
    assert len(notes) == 1 and notes[0].params["n"] == 1
    assert "B3" in str(notes[0])
