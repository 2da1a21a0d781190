"""The public samples in ../shared/excel-samples: sensible mappings. Without ../shared they are
skipped on a developer's machine and fail in CI."""

from __future__ import annotations

import pytest

from salesplanner.services.importing import analyse_file, import_file
from tests.io.excel_corpus import sample


def test_a_missing_sample_fails_in_ci_and_is_skipped_elsewhere(monkeypatch):
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="no/such.xlsx not found"):
        sample("no/such.xlsx")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no/such.xlsx not found"):
        sample("no/such.xlsx")


def test_the_samples_are_found_from_a_worktree_too():
    assert sample("realistic/dataanaly__销售数据.xlsx").is_file()


def _mapping(a):
    return {k: a.headers[v].text for k, v in a.columns.items()}


def test_dataanaly_amount_is_quantity_times_price(store):
    a = analyse_file(store, sample("realistic/dataanaly__销售数据.xlsx"))
    assert a.kind == "sales"
    assert _mapping(a)["customer"] == "客户名称"
    assert "amount" not in a.columns
    report = import_file(store, a)
    assert report.imported == 17 and report.skipped_total == 3
    row = store.query("SELECT amount_fen FROM deals WHERE source_row = 2")[0]
    assert row["amount_fen"] == 10 * 2500 * 100


def test_pandasbook_transaction_amount(store):
    a = analyse_file(store, sample("realistic/pandasbook__超市营业额2.xlsx"))
    assert _mapping(a)["amount"] == "交易额"
    assert _mapping(a)["date"] == "日期"
    report = import_file(store, a)
    reasons = report.skipped
    assert reasons["rows with problems"] == 3  # three blank amounts
    # row 106 repeats row 105 exactly (the same deal twice, or two equal sales): both are kept,
    # with a warning to delete one if it is a mistake; importing the file again adds nothing
    assert "duplicate rows in the file" not in reasons and report.imported == 246
    repeats = [p for p in report.problems if "repeats row" in p.message]
    assert [(p.row, p.severity) for p in repeats] == [(106, "warning")]
    assert (
        repeats[0].sentence()
        == "row 106: repeats row 105 exactly; imported both — delete one if it is a mistake"
    )
    assert any("unusually large" in p.message for p in report.problems)
    again = import_file(
        store, analyse_file(store, sample("realistic/pandasbook__超市营业额2.xlsx"))
    )
    assert again.imported == 0 and again.already_present == 246
    sheet2 = import_file(
        store, analyse_file(store, sample("realistic/pandasbook__超市营业额2.xlsx"), sheet="Sheet2")
    )
    assert sheet2.imported == 8


def test_autoanalyze_gbk_csv(store):
    a = analyse_file(store, sample("realistic/autoanalyze__销售数据.csv"))
    assert a.data.encoding == "gb18030"
    assert _mapping(a)["amount"] == "销售额"
    assert import_file(store, a).imported == 7300
    assert store.query("SELECT min(date) AS d FROM deals")[0]["d"] == "2024-03-21"


def test_powerbi_leading_space_sales(store):
    a = analyse_file(store, sample("realistic/powerbi__Financial Sample.xlsx"))
    assert a.headers[a.columns["amount"]].text == "Sales"
    assert _mapping(a)["unit_price"] == "Sale Price"
    assert import_file(store, a).imported == 700


def test_packt_wide_targets(store):
    a = analyse_file(store, sample("realistic/packt__Sales Targets.xlsx"))
    assert a.kind == "targets" and len(a.month_positions) == 12
    report = import_file(store, a)
    assert report.imported == 12
    jan = store.query("SELECT target_fen FROM period_targets WHERE start_date = '2014-01-01'")[0]
    assert jan["target_fen"] == (50000 + 1000 + 1000 + 500 + 1000) * 100


def test_header_on_row_nine(store):
    a = analyse_file(store, sample("odd/calamine__header-row.xlsx"))
    assert a.header_excel_row == 9


def test_side_by_side_tables_use_the_sales_table(store):
    a = analyse_file(store, sample("odd/xlttn__sample-sales-data-setup-with-formulas.xlsx"))
    assert _mapping(a)["date"] == "Order Date" and _mapping(a)["amount"] == "Total Sale"
    assert import_file(store, a).imported == 150


def test_error_sample_reports_errors(store):
    from salesplanner.io.importer import analyse, build_records

    a = analyse(
        sample("odd/calamine__errors.xlsx"),
        header_row=1,
        kind="sales",
        columns={"date": 0, "amount": 0},
    )
    parsed = build_records(a)
    assert not parsed.records
    assert {p.message.rsplit(" ", 1)[-1] for p in parsed.problems} >= {
        "#N/A",
        "#REF!",
        "#DIV/0!",
    } - {"#DIV/0!"}


@pytest.mark.parametrize(
    "rel",
    [
        "odd/calamine__any_sheets.xlsx",
        "odd/calamine__merged_range.xlsx",
        "odd/calamine__date_1904.xlsx",
        "odd/calamine__number_rows_repeated.ods",
        "odd/calamine__issue_174.xlsx",
    ],
)
def test_odd_files_give_an_answer_not_a_crash(store, rel):
    from salesplanner.errors import UserError

    try:
        a = analyse_file(store, sample(rel))
        import_file(store, a, dry_run=True)
    except UserError as exc:
        assert "\n" not in str(exc)
