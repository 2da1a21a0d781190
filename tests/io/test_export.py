"""The plan workbook: sheets, charts, formulas, formula injection, round trips, CSV, LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesplanner.io.csv_export import export_table_csv
from salesplanner.io.export_plan import export_plan
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.store import Store
from salesplanner.store.settings import load_settings, save_settings
from tests.builders import (
    activity_records,
    add_activity,
    add_deal,
    add_goal,
    add_quarter_goal,
    add_time_block,
    deal_records,
)

TODAY = dt.date(2026, 3, 11)


@pytest.fixture
def plan(store):
    add_quarter_goal(store)
    add_deal(
        store,
        dt.date(2026, 1, 5),
        "上海宏达",
        1_200_000,
        "A型",
        2,
        600_000,
        "王芳",
        "华东",
        note="首单",
    )
    add_deal(
        store, dt.date(2026, 2, 10), '=HYPERLINK("http://x")', 550_000, "B型", note="+1 @rep -x"
    )
    add_deal(store, dt.date(2026, 3, 2), "杭州新锐", 80_000_000)
    add_activity(store, dt.date(2026, 3, 2), "visit", 1, "上海宏达", "有意向")
    add_activity(store, dt.date(2026, 3, 3), "phone", 5, note="=1+1")
    add_activity(store, dt.date(2026, 3, 4), "contract", 1, "杭州新锐", "签约", 80_000_000)
    add_time_block(store, "2026-03-10", 540, 660, "visit", note="新客户拜访")
    return store


def test_workbook_sheets_charts_formulas(plan, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    result = export_plan(plan, path, today=TODAY)
    assert result["rows"]["sales"] == 3 and result["rows"]["log"] == 3
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "目标",
        "分解",
        "周计划",
        "活动记录",
        "进度",
        "客户",
        "销售记录",
        "商机",
    ]
    assert len(wb["进度"]._charts) == 2
    assert len(wb["客户"]._charts) == 1
    bd = wb["分解"]
    assert bd.freeze_panes == "A2"
    assert bd["D5"].value == "=SUM(D2:D4)"
    assert str(bd["F2"].value).startswith("=IF(")
    assert bd.conditional_formatting  # traffic lights
    goal = {row[0].value: row[1] for row in wb["目标"].iter_rows() if row[0].value}
    assert goal["目标(万元)"].value == 98  # the amounts say their unit
    to_date = goal["至今实际(万元)"]
    # 至今实际 points at the breakdown's actual total (column E), not its end date (C)
    assert to_date.value == "='分解'!E5"
    assert bd["E1"].value == "实际(万元)" and bd["E5"].value == "=SUM(E2:E4)"
    week = wb["周计划"]
    assert any("新客户拜访" in str(c.value) for row in week.iter_rows() for c in row)
    # cached values are there for viewers that do not recalculate
    values = load_workbook(path, data_only=True)["分解"]
    assert values["D5"].value == pytest.approx(98)
    assert values["E5"].value == pytest.approx(81.75)  # 1.2 + 0.55 + 80 万


def test_goal_sheet_to_date_is_the_actual_after_recalculation(plan, tmp_path):
    """What LibreOffice shows after recalculating: 至今实际 is the cached actual of the cell
    it refers to, 81.75 万, and the % achieved follows it (it read 0 and 0 %)."""
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    rows = {r[0].value: r[1].coordinate for r in formulas["目标"].iter_rows() if r[0].value}
    ref = formulas["目标"][rows["至今实际(万元)"]].value
    sheet, cell = ref[1:].split("!")
    assert values[sheet.strip("'")][cell].value == pytest.approx(81.75)
    assert values["目标"][rows["至今实际(万元)"]].value == pytest.approx(81.75)
    assert values["目标"][rows["达成率"]].value == pytest.approx(81.75 / 98)


def test_months_not_started_have_no_red_zero_or_gap(plan, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=dt.date(2026, 1, 20))
    bd = load_workbook(path, data_only=True)["分解"]
    months = {r[0].value: r for r in bd.iter_rows(min_row=2, max_row=4)}
    assert months["2026-01"][5].value == pytest.approx(1.2 / 30)
    for m in ("2026-02", "2026-03"):
        assert months[m][3].value == pytest.approx(33 if m == "2026-02" else 35)  # target kept
        assert months[m][5].value == "未开始"
        assert months[m][6].value is None  # no −33 gap
    weeks = [r for r in bd.iter_rows(min_row=7) if isinstance(r[1].value, dt.datetime)]
    later = [r for r in weeks if r[1].value.date() > dt.date(2026, 1, 20)]
    assert later and all(r[5].value == "未开始" and r[6].value is None for r in later)
    # the traffic lights colour numbers only: text and blanks stay white
    rules = [
        rule.formula[0]
        for rng in load_workbook(path)["分解"].conditional_formatting
        for rule in rng.rules
    ]
    assert rules and all("ISNUMBER(" in f for f in rules)


def test_week_sheet_shows_the_goals_weeks(store, tmp_path):
    """A 2027 Q1 goal exported on 2026-12-03 shows its first week, not an empty 11/30–12/6."""
    from openpyxl import load_workbook

    add_goal(store, "2027 Q1", 98000000, "quarter", "2027-01-04", "2027-03-31")
    add_time_block(store, "2027-01-05", 540, 660, "visit", note="新客户拜访")
    path = tmp_path / "plan.xlsx"
    result = export_plan(store, path, today=dt.date(2026, 12, 3))
    assert result["week"] == "2027-01-04"
    week = load_workbook(path)["周计划"]
    assert week["B1"].value == "周一 01-04"
    assert any("新客户拜访" in str(c.value) for row in week.iter_rows() for c in row)
    # or the week the rep chose
    result = export_plan(store, path, today=dt.date(2026, 12, 3), week=dt.date(2027, 2, 10))
    assert load_workbook(path)["周计划"]["B1"].value == "周一 02-08"


def test_week_sheet_block_reads_in_full(plan, tmp_path):
    """One line per half hour: type, customer, note — not one cut-off line in the first row."""
    from openpyxl import load_workbook

    add_time_block(plan, "2026-03-12", 840, 960, "followup", "上海宏达", "报价跟进", done=1)
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    week = load_workbook(path)["周计划"]
    assert week["E1"].value == "周四 03-12"
    thursday = [week.cell(r, 5).value for r in range(2, week.max_row + 1)]
    times = [week.cell(r, 1).value for r in range(2, week.max_row + 1)]
    i = times.index("14:00")
    assert thursday[i : i + 4] == ["✓ 客户跟进", "上海宏达", "报价跟进", None]


def test_customers_sheet_leaves_out_deals_without_customer(plan, tmp_path):
    from openpyxl import load_workbook

    add_deal(plan, dt.date(2026, 3, 5), None, 327_300_000)  # 327.3万 with no customer
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    ws = load_workbook(path, data_only=True)["客户"]
    names = [r[0].value for r in ws.iter_rows(min_row=2) if r[0].value is not None]
    assert names == ["杭州新锐", "上海宏达", '=HYPERLINK("http://x")']
    assert ws["C2"].value == pytest.approx(80 / 81.75)  # share of the customers' revenue


def test_record_ids_are_a_hidden_column(plan, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    wb = load_workbook(path)
    for sheet, col in (("活动记录", "H"), ("销售记录", "K")):
        ws = wb[sheet]
        assert ws[f"{col}1"].value == "编号" and str(ws[f"{col}2"].value).startswith("SP-")
        assert ws.column_dimensions[col].hidden
        visible = [c for c in "ABCDEFG" if not ws.column_dimensions[c].hidden]
        assert len(visible) == 7
    deals = wb["商机"]  # its IDs came back visible with the 商机 sheet's re-import
    assert deals["J3"].value == "编号" and deals.column_dimensions["J"].hidden


def test_progress_charts_sit_below_the_table(plan, tmp_path):
    """Beside the table they made fit-to-page shrink the figures until they could not be read."""
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    result = export_plan(plan, path, today=TODAY)
    ws = load_workbook(path)["进度"]
    rows = result["rows"]["progress"]
    anchors = [(c.anchor._from.row, c.anchor._from.col) for c in ws._charts]
    assert len(anchors) == 2 and all(r > rows and col == 0 for r, col in anchors)
    assert ws.page_setup.fitToWidth in (1, None) and ws.sheet_properties.pageSetUpPr.fitToPage


def test_default_file_name_is_the_goal_and_the_day(plan, store):
    from salesplanner.io.export_plan import default_file_name

    assert default_file_name(plan, TODAY) == "Q1 2026-03-11.xlsx"
    with plan.transaction():
        plan.execute("UPDATE goals SET title = '2026/Q1: 华东*区'")
    assert default_file_name(plan, TODAY) == "2026_Q1_ 华东_区 2026-03-11.xlsx"
    assert default_file_name(Store.memory(), TODAY) == "跑单规划 2026-03-11.xlsx"


def test_text_is_never_a_formula(plan, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    wb = load_workbook(path)
    cells = [
        c
        for ws in (wb["销售记录"], wb["活动记录"], wb["客户"])
        for row in ws.iter_rows()
        for c in row
    ]
    user_text = {'=HYPERLINK("http://x")', "+1 @rep -x", "=1+1"}
    risky = [c for c in cells if c.value in user_text]
    assert {c.value for c in risky} == user_text
    assert len(risky) >= 4 and all(c.data_type == "s" for c in risky)


def test_yuan_setting_changes_units(plan, tmp_path):
    from openpyxl import load_workbook

    save_settings(plan, load_settings(plan).with_(currency_unit="yuan", language="en"))
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    wb = load_workbook(path, data_only=True)
    ws = wb["Sales records"]
    assert ws["F1"].value == "Amount (¥)"
    assert ws["F2"].value == 12_000


def test_english_workbook_reads_yuan_with_separators(plan, tmp_path):
    """Issue 14.15: an English workbook read "98.00 10k yuan"; it shows ¥980,000 whatever the
    unit setting (万元 stays the Chinese way)."""
    from openpyxl import load_workbook

    save_settings(plan, load_settings(plan).with_(currency_unit="wan", language="en"))
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    wb = load_workbook(path)
    ws = wb["Sales records"]
    assert ws["F1"].value == "Amount (¥)"
    assert ws["F2"].value == 12_000 and "¥" in ws["F2"].number_format
    text = " ".join(str(c.value) for c in wb.worksheets[0]["B"] if c.value is not None)
    assert "¥" in text and "10k" not in text


def test_export_without_goal(store, tmp_path):
    from openpyxl import load_workbook

    export_plan(store, tmp_path / "empty.xlsx", today=TODAY)
    wb = load_workbook(tmp_path / "empty.xlsx")
    assert "目标" in wb.sheetnames


def test_round_trip_fixed(plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    fresh = Store.memory()
    import_file(fresh, analyse_file(fresh, path, sheet="销售记录"))
    import_file(fresh, analyse_file(fresh, path, sheet="活动记录"))
    assert deal_records(fresh) == deal_records(plan)
    assert activity_records(fresh) == activity_records(plan)


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Co", "Zl", "Zp")), max_size=12
).map(str.strip)
_name = st.one_of(
    st.just(""),
    st.sampled_from(["甲公司", "=cmd|' /C calc'!A0", "+86 138", "@risk", "Acme Ltd"]),
    _text,
)
_fen = st.integers(min_value=-(10**10), max_value=10**11)
_date = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    deals=st.lists(
        st.tuples(
            _date,
            _name,
            _fen,
            _text,
            st.one_of(st.none(), st.integers(0, 10**6)),
            st.one_of(st.none(), st.integers(0, 10**9)),
            _text,
            _text,
        ),
        max_size=8,
    ),
    acts=st.lists(
        st.tuples(
            _date,
            st.sampled_from(
                ["visit", "phone", "followup", "proposal", "contract", "event", "learning"]
            ),
            st.integers(0, 50),
            _name,
            _text,
            st.one_of(st.none(), _fen),
            _text,
        ),
        max_size=8,
    ),
    unit=st.sampled_from(["wan", "yuan"]),
)
def test_round_trip_property(tmp_path_factory, deals, acts, unit):
    src = Store.memory()
    save_settings(src, load_settings(src).with_(currency_unit=unit))
    for d, cust, fen, prod, qty, price, rep, note in deals:
        add_deal(
            src, d, cust, fen, prod, None if qty is None else float(qty), price, rep, note=note
        )
    for d, code, n, cust, outcome, fen, note in acts:
        add_activity(src, d, code, n, cust, outcome, fen, note)
    path = tmp_path_factory.mktemp("rt") / "plan.xlsx"
    export_plan(src, path, today=TODAY)
    dst = Store.memory()
    if deals:
        import_file(dst, analyse_file(dst, path, sheet="销售记录"))
    if acts:
        import_file(dst, analyse_file(dst, path, sheet="活动记录"))
    # exact, identical rows too (each has its own record ID); text like '=x keeps its apostrophe
    assert deal_records(dst) == deal_records(src)
    assert activity_records(dst) == activity_records(src)


def test_csv_export_bom_yuan_and_injection_guard(plan, tmp_path):
    path = tmp_path / "deals.csv"
    n = export_table_csv(plan, "deals", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and n == 3
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert "amount_yuan" in rows[0]
    assert rows[1][rows[0].index("amount_yuan")] == "12000.00"
    assert rows[2][rows[0].index("note")] == "'+1 @rep -x"


def test_csv_export_unknown_table(plan, tmp_path):
    from salesplanner.errors import UserError

    with pytest.raises(UserError, match="no table"):
        export_table_csv(plan, "deals; DROP TABLE deals", tmp_path / "x.csv")


@pytest.mark.slow
@pytest.mark.timeout(600)  # LibreOffice conversions, large files: minutes under load
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    out = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "plan.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000, out.stderr
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-png",
                "-f",
                "1",
                "-l",
                "3",
                str(pdf),
                str(tmp_path / "page"),
            ],
            check=True,
            timeout=60,
        )
        assert list(tmp_path.glob("page-*.png"))


def test_export_into_a_missing_folder_says_so(demo_store, tmp_path):
    from salesplanner.io.errors import ExportError

    with pytest.raises(ExportError) as exc:
        export_plan(demo_store, tmp_path / "no-such-folder" / "plan.xlsx")
    message = str(exc.value)
    assert "no-such-folder" in message and "does not exist" in message
    assert "tmp-export" not in message


def test_goal_sheet_speaks_the_workbook_language(demo_store, tmp_path):
    import openpyxl

    path = tmp_path / "plan.xlsx"
    export_plan(demo_store, path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "进行中" in text and "有挑战" in text and "季度" in text
    for code in ("active", "stretch", "quarter"):
        assert code not in text


LATIN_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}")  # "won", "logged", "catch-up visits"
RECORD_ID = re.compile(r"^SP-[0-9a-f]+-[A-Z]?\d+$")  # the hidden ID column: hex, not words


def test_chinese_export_has_no_english(demo_store, tmp_path):
    """Issue 14.3: a zh_CN workbook said "won", "logged", "demo", "new-customer visits" and
    "weekly visit: top customer". Every note the app writes reads in Chinese; names such as
    "CRM 标准版" (capitals) are the rep's own and stay."""
    from salesplanner.io.export_plan import ENGINE_NOTES
    from tests.app_notes import write_the_apps_notes
    from tests.conftest import DEMO_TODAY

    week = write_the_apps_notes(demo_store, DEMO_TODAY)
    notes = {
        r["note"]
        for r in demo_store.query(
            "SELECT DISTINCT note FROM time_blocks WHERE date BETWEEN ? AND ?",
            (week.isoformat(), (week + dt.timedelta(days=6)).isoformat()),
        )
    }
    assert {"catch-up visits", "new-customer visits", "write proposals"} <= notes  # the keys
    path = tmp_path / "plan.xlsx"
    export_plan(demo_store, path, today=DEMO_TODAY, week=week)
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    english = {
        (sheet.title, text)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for text in row
        if isinstance(text, str) and LATIN_WORD.search(RECORD_ID.sub("", text))
    }
    assert english == set()
    cells = " | ".join(c for row in book["周计划"].iter_rows(values_only=True) for c in row if c)
    missing = {n for n in notes if n and ENGINE_NOTES["zh"][n] not in cells}
    assert missing == set()  # each of the week's notes is in the sheet, in Chinese


def test_goal_achievement_is_coloured_only_once_the_goal_is_over(plan, tmp_path):
    """Mid-way through the goal 83 % of the whole target was a red cell although on pace."""
    from openpyxl import load_workbook

    def rules(today):
        path = tmp_path / f"plan-{today}.xlsx"
        export_plan(plan, path, today=today)
        return list(load_workbook(path)["目标"].conditional_formatting)

    assert rules(dt.date(2026, 3, 11)) == []  # the goal runs to 2026-03-31
    over = rules(dt.date(2026, 4, 2))  # over: green, amber or red against the target
    assert [(str(cf.sqref), [r.formula for r in cf.rules]) for cf in over] == [
        (
            "B13",
            [
                ["AND(ISNUMBER(B13),B13>=1)"],
                ["AND(ISNUMBER(B13),AND(B13>=0.8,B13<1))"],
                ["AND(ISNUMBER(B13),B13<0.8)"],
            ],
        )
    ]


def test_a_period_still_running_is_not_judged_red(plan, tmp_path):
    """Issue 14.2 / 14.10, seen in the LibreOffice PDF: December two days in read a red 20.1 %
    and the goal's total a red 58.2 % while both were still running. The traffic lights judge
    a month, a week or the total only once it has ended (its end date before the export day)."""
    from openpyxl import load_workbook

    path = tmp_path / "plan.xlsx"
    export_plan(plan, path, today=TODAY)
    book = load_workbook(path)
    sheet = book["分解"]
    rules = [rule.formula[0] for rng in sheet.conditional_formatting for rule in rng.rules]
    ended = f"<DATE({TODAY.year},{TODAY.month},{TODAY.day})"
    assert rules and all("ISNUMBER($C" in f and ended in f for f in rules)
    total = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "合计")
    assert total[2].value is not None  # the total row carries the goal's end date


def test_progress_header_row_holds_its_wrapped_english_labels(plan, tmp_path):
    """In LibreOffice's PDF "Cumulative target (¥)" and "New-customer visit" ran over the
    header row's border: the row kept one line's height for three lines of text."""
    from openpyxl import load_workbook

    save_settings(plan, load_settings(plan).with_(language="en"))
    path = tmp_path / "plan-en.xlsx"
    export_plan(plan, path, today=TODAY)
    ws = load_workbook(path)["Progress"]
    assert ws["F1"].value == "New-customer visit"
    assert ws.row_dimensions[1].height == 45  # New- / customer / visit in a 10-wide column
