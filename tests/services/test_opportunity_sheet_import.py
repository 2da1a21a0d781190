"""A sheet of deals in flight (商机 / a CRM's opportunity export): opportunities, never sales
for the open and lost ones; the won ones with their sale; undone as one import."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.io.errors import ImportCancelled
from salesplanner.services import import_history
from salesplanner.services import pipeline as svc
from salesplanner.services.importing import analyse_file, import_file
from tests import builders
from tests.io.excel_corpus import OPPORTUNITIES_CN as CN
from tests.io.excel_corpus import OPPORTUNITIES_CN_LATER as LATER

TODAY = dt.date(2026, 12, 4)

EN = [
    ("Opportunity Name", "Account Name", "Amount", "Stage", "Probability (%)", "Close Date"),
    ("Renewal", "Acme", 35000, "Negotiation", 80, "2026-12-15"),
    ("Pilot", "Globex", 12000, "Closed Lost", 0, "2026-11-02"),
    ("Upsell", "Initech", 9000, "Closed Won", 100, "2026-11-25"),
]


def write_xlsx(path, rows, title="商机"):
    return builders.write_xlsx(path, rows, title)


def counts(store):
    return {
        t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("opportunities", "opportunity_stage_history", "deals", "customers", "imports")
    }


def sales_fen(store):
    return store.execute("SELECT COALESCE(SUM(amount_fen), 0) FROM deals").fetchone()[0]


def run(store, path, **kw):
    return import_file(store, analyse_file(store, path, **kw), today=TODAY)


def test_a_chinese_deals_sheet_fills_the_pipeline_and_only_won_deals_are_sales(store, tmp_path):
    report = run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    assert report.kind == "opportunities"
    assert report.imported == 6 and report.customers_added == 6
    assert report.opportunities == {
        "open": 4,
        "won": 1,
        "lost": 1,
        "sales_written": 1,
        "sales_linked": 0,
        "moved": 0,
        "updated": 0,
        "unchanged": 0,
    }
    assert report.changes.opportunities and report.changes.deals
    # the sales: the won 5.5万 only; the lost 20万 and the open 25万 are not
    assert sales_fen(store) == 55_000 * 100
    deals = {o.customer_name: o for o in svc.load(store).opportunities}
    erp = deals["华星科技"]
    assert (erp.title, erp.amount, erp.stage, erp.expected_close) == (
        "ERP 二期", Decimal(120000), "proposal", dt.date(2026, 12, 20),
    )  # fmt: skip
    assert (erp.next_step, erp.channel, erp.outcome) == ("周三演示", "referral", "open")
    lost = deals["东升数据"]
    assert (lost.outcome, lost.lost_reason, lost.closed, lost.deal_id) == (
        "lost", "价格太高", dt.date(2026, 11, 10), None,
    )  # fmt: skip
    won = deals["明德信息"]
    assert won.outcome == "won" and won.deal_id is not None
    # no stage, 35 %: the open stage nearest (需求确认 40 %)
    assert deals["瑞丰通信"].stage == "needs"
    # a word that is no stage: at the first one, and the rep is told where
    assert deals["泰和通信"].stage == "lead"
    (warning,) = report.problems
    assert (warning.cell, warning.code, warning.severity) == ("D7", "stage.unknown", "warning")
    assert "谈着呢" in warning.sentence()


def test_a_crm_export_in_english(store, tmp_path):
    report = run(store, write_xlsx(tmp_path / "opportunities.xlsx", EN, "Opportunities"))
    assert report.kind == "opportunities"
    assert {k: report.opportunities[k] for k in ("open", "won", "lost")} == {
        "open": 1,
        "won": 1,
        "lost": 1,
    }
    assert sales_fen(store) == 9000 * 100
    deals = {o.customer_name: o for o in svc.load(store).opportunities}
    assert (deals["Acme"].stage, deals["Acme"].amount) == ("negotiation", Decimal(35000))


def test_a_sales_ledger_with_the_same_win_is_not_counted_twice(store, tmp_path):
    """Ledger first, deals list after: the won 年度续约 (5.5万, 11/20) is the ledger's 54,980
    yuan of 11/18 — linked, named, not a second sale."""
    ledger = tmp_path / "销售.csv"
    ledger.write_text("日期,客户,金额\n2026-11-18,明德信息,54980\n", encoding="utf-8")
    run(store, ledger)
    report = run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    assert (report.opportunities["sales_written"], report.opportunities["sales_linked"]) == (0, 1)
    assert sales_fen(store) == 54_980 * 100
    assert "0 sales written for won deals, 1 found in the plan" in report.summary()
    (note,) = [n for n in report.notes if getattr(n, "code", "") == "note.won_deals_linked"]
    assert note.params == {"n": 1, "name": "明德信息 年度续约", "date": "2026-11-18"}
    won = next(o for o in svc.load(store).opportunities if o.customer_name == "明德信息")
    assert won.deal_id == store.query("SELECT id FROM deals")[0]["id"]


def test_a_ledger_imported_after_the_deals_list_does_not_repeat_its_won_sale(store, tmp_path):
    """Deals list first (it writes the won deal's sale), the ledger after: its row of that sale
    is linked, not added; the ledger's other sales are; a sale two weeks off is another one."""
    run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    assert sales_fen(store) == 55_000 * 100
    ledger = tmp_path / "销售.csv"
    ledger.write_text(
        "日期,客户,金额\n2026-11-22,明德信息,55000\n2026-11-25,华星科技,30000\n"
        "2026-12-04,明德信息,55000\n",
        encoding="utf-8",
    )
    report = run(store, ledger)
    assert (report.imported, report.already_present) == (2, 1)
    assert sales_fen(store) == (55_000 + 30_000 + 55_000) * 100
    (note,) = [n for n in report.notes if getattr(n, "code", "") == "note.ledger_sales_linked"]
    assert note.params == {"n": 1, "name": "明德信息 年度续约", "date": "2026-11-22"}
    assert "the sales of won deals already in your plan" in str(note)
    # the same ledger again: nothing added either
    again = run(store, ledger)
    assert again.imported == 0
    assert sales_fen(store) == (55_000 + 30_000 + 55_000) * 100


def test_a_sale_far_off_in_amount_or_date_is_another_sale(store, tmp_path):
    ledger = tmp_path / "销售.csv"
    ledger.write_text(
        "日期,客户,金额\n2026-11-01,明德信息,55000\n2026-11-20,明德信息,50000\n",
        encoding="utf-8",
    )
    run(store, ledger)
    report = run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    assert report.opportunities["sales_written"] == 1
    assert sales_fen(store) == (55_000 + 50_000 + 55_000) * 100


def test_the_same_list_a_week_later_adds_only_the_new_deals(store, tmp_path):
    run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    before = counts(store)
    later = [CN[0], ("ERP 二期", "华星科技", 12, "方案/报价", "60%", "2026-12-20", "", "", "")]
    later.append(("新客户", "金桥系统", 6, "线索", "", "2027-02-01", "", "", ""))
    report = run(store, write_xlsx(tmp_path / "商机-12月.xlsx", later))
    assert (report.imported, report.already_present) == (1, 1)
    after = counts(store)
    assert after["opportunities"] == before["opportunities"] + 1
    assert after["deals"] == before["deals"]
    o = report.opportunities
    assert (o["moved"], o["updated"], o["unchanged"]) == (0, 0, 1)
    assert "1 unchanged" in report.summary()


# the CRM list a week later: deals moved on, one won, one lost, one with a new amount
def test_a_list_imported_again_moves_wins_loses_and_updates_the_deals_it_knows(store, tmp_path):
    run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    sales_before = sales_fen(store)
    report = run(store, write_xlsx(tmp_path / "商机-12月.xlsx", LATER))
    o = report.opportunities
    # ERP and CRM moved (CRM won), 新项目 lost; 试点's amount and close date; 明德 as it was
    assert (report.imported, o["moved"], o["updated"], o["unchanged"]) == (1, 3, 1, 1)
    assert "3 moved, 1 updated, 1 unchanged" in report.summary()
    deals = {o.customer_name: o for o in svc.load(store).opportunities}
    assert len(deals) == 7  # nothing doubled
    erp = deals["华星科技"]
    assert (erp.stage, erp.expected_close, erp.next_step) == (
        "negotiation", dt.date(2026, 12, 18), "周五签约",
    )  # fmt: skip
    moves = [(c.from_stage, c.to_stage, c.date) for c in svc.load(store).history
             if c.opportunity_id == erp.id]  # fmt: skip
    assert moves[-1] == ("proposal", "negotiation", TODAY)
    crm = deals["远航软件"]
    assert (crm.outcome, crm.amount, crm.closed) == ("won", Decimal(75000), dt.date(2026, 12, 2))
    # its sale is written, once: importing the same list a third time adds nothing
    assert sales_fen(store) == sales_before + 75_000 * 100
    lost = deals["瑞丰通信"]
    assert (lost.outcome, lost.lost_reason) == ("lost", "预算砍了")
    pilot = deals["泰和通信"]  # no stage in the sheet: it stays where it was
    assert (pilot.stage, pilot.amount, pilot.expected_close) == (
        "lead", Decimal(25000), dt.date(2027, 2, 15),
    )  # fmt: skip
    third = run(store, write_xlsx(tmp_path / "商机-12月b.xlsx", LATER))
    t = third.opportunities
    assert (third.imported, t["moved"], t["updated"], t["unchanged"]) == (0, 0, 0, 6)
    assert sales_fen(store) == sales_before + 75_000 * 100


def test_taking_back_the_second_import_puts_the_deals_back_and_undo_forward(store, tmp_path):
    run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    first = {(o.customer_name, o.stage, o.amount, o.expected_close, o.outcome, o.deal_id)
             for o in svc.load(store).opportunities}  # fmt: skip
    first_counts, first_sales = counts(store), sales_fen(store)
    report = run(store, write_xlsx(tmp_path / "商机-12月.xlsx", LATER))
    second = {(o.customer_name, o.stage, o.amount, o.expected_close, o.outcome, o.deal_id)
              for o in svc.load(store).opportunities}  # fmt: skip
    removal = import_history.remove_import(store, report.import_id)
    assert removal.changes.opportunities
    now = {(o.customer_name, o.stage, o.amount, o.expected_close, o.outcome, o.deal_id)
           for o in svc.load(store).opportunities}  # fmt: skip
    assert now == first
    assert sales_fen(store) == first_sales
    assert {k: v for k, v in counts(store).items() if k != "imports"} == {
        k: v for k, v in first_counts.items() if k != "imports"
    }
    import_history.restore_import(store, removal.snapshot)
    again = {(o.customer_name, o.stage, o.amount, o.expected_close, o.outcome, o.deal_id)
             for o in svc.load(store).opportunities}  # fmt: skip
    assert again == second


def test_a_crm_id_column_knows_a_deal_whose_title_changed(store, tmp_path):
    rows = [("商机编号",) + CN[0], ("OPP-7",) + CN[1], ("OPP-8",) + CN[2]]
    run(store, write_xlsx(tmp_path / "商机.xlsx", rows))
    renamed = [rows[0], ("OPP-7", "ERP 二期(扩容)", "华星科技", 15, "商务谈判", "", "", "", "", "")]
    report = run(store, write_xlsx(tmp_path / "商机2.xlsx", renamed))
    assert (report.imported, report.opportunities["moved"]) == (0, 1)
    (erp,) = [o for o in svc.load(store).opportunities if o.customer_name == "华星科技"]
    assert (erp.title, erp.amount, erp.stage) == ("ERP 二期", Decimal(150000), "negotiation")


def test_without_an_id_a_deal_is_known_by_customer_and_title(store, tmp_path):
    """A list without titles' dates or IDs, whose amount and close date changed."""
    first = [CN[0][:4] + (CN[0][5],), ("ERP 二期", "华星科技", 12, "方案/报价", "2026-12-20")]
    run(store, write_xlsx(tmp_path / "a.xlsx", first))
    later = [first[0], ("ERP 二期", "华星科技", 14, "方案/报价", "2027-01-10")]
    report = run(store, write_xlsx(tmp_path / "b.xlsx", later))
    assert (report.imported, report.opportunities["updated"]) == (0, 1)
    (erp,) = svc.load(store).opportunities
    assert (erp.amount, erp.expected_close) == (Decimal(140000), dt.date(2027, 1, 10))


def test_taking_the_import_back_removes_deals_sale_history_and_customers(store, tmp_path):
    empty = counts(store)
    report = run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    import_history.remove_import(store, report.import_id)
    assert {k: v for k, v in counts(store).items() if k != "imports"} == {
        k: v for k, v in empty.items() if k != "imports"
    }


def test_a_cancelled_import_changes_nothing(store, tmp_path):
    path = write_xlsx(tmp_path / "商机.xlsx", CN)
    before = counts(store)
    stored = []

    def progress(step, total, label):
        if label == "saving":  # the deals and the won one's sale are written by now
            stored.append(counts(store))

    def cancel():
        return bool(stored)

    with pytest.raises(ImportCancelled):
        import_file(store, analyse_file(store, path), progress=progress, cancel=cancel, today=TODAY)
    assert stored[0]["opportunities"] == 6 and stored[0]["deals"] == 1
    assert counts(store) == before


def test_a_bad_row_is_named_and_left_out(store, tmp_path):
    rows = [CN[0], CN[1], ("坏行", "", 3, "方案", "", "2026-12-01", "", "", "")]
    rows.append(("负数", "恒通网络", -2, "方案", "abc", "2026-12-01", "", "", ""))
    report = run(store, write_xlsx(tmp_path / "商机.xlsx", rows))
    assert report.imported == 1
    cells = {(p.cell, p.code) for p in report.problems}
    assert ("B3", "empty.name") in cells
    assert ("C4", "cell.not_an_amount") in cells


def test_a_sales_sheet_with_a_stage_column_stays_a_sales_import(store, tmp_path):
    path = tmp_path / "销售.csv"
    path.write_text(
        "日期,客户,金额,阶段\n2026-11-02,华星科技,120000,赢单\n2026-11-05,远航软件,50000,洽谈中\n",
        encoding="utf-8",
    )
    report = run(store, path)
    assert report.kind == "sales"
    assert sales_fen(store) == 120000 * 100


def test_the_plans_own_exported_deals_sheet_imports_back_without_doubling(store, tmp_path):
    from salesplanner.io.export_plan import export_plan
    from salesplanner.store import Store

    run(store, write_xlsx(tmp_path / "商机.xlsx", CN))
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, today=TODAY)
    open_before = svc.load(store).opportunities
    report = run(store, out, sheet="商机")
    assert report.kind == "opportunities"
    # every open deal is known by its ID; the totals by stage under the deals are no deals
    assert (report.imported, report.already_present, report.already_in_this_plan) == (0, 4, 4)
    assert report.problems == []
    assert svc.load(store).opportunities == open_before
    # into another plan: the same open deals, the same sum
    other = Store.memory()
    try:
        again = import_file(other, analyse_file(other, out, sheet="商机"), today=TODAY)
        assert again.imported == 4 and again.problems == []
        got = sorted((o.customer_name, o.amount, o.stage) for o in svc.load(other).opportunities)
        want = sorted((o.customer_name, o.amount, o.stage) for o in open_before if o.is_open)
        assert got == want
    finally:
        other.close()


def test_a_sales_sheet_with_stages_cancelled_while_stored_leaves_no_deal(store, tmp_path):
    """The open and lost rows of a 阶段 column are stored with the sales: a cancel (or any
    failure) takes them back with the sales."""
    path = tmp_path / "销售.csv"
    path.write_text(
        "日期,客户,金额,阶段\n2026-11-02,华星科技,120000,赢单\n2026-11-05,远航软件,50000,洽谈中\n"
        "2026-11-09,明德信息,30000,输单\n",
        encoding="utf-8",
    )
    before = counts(store)
    stored = []

    def progress(step, total, label):
        if label == "saving":
            stored.append(step)

    def cancel():  # once the rows are being stored
        return bool(stored)

    with pytest.raises(ImportCancelled):
        import_file(store, analyse_file(store, path), progress=progress, cancel=cancel)
    assert counts(store) == before


def test_status_words_of_a_ledger_are_understood_and_lost_rows_keep_their_reason(store, tmp_path):
    """A 状态 column as reps fill it: only 已成交 is a sale; 已丢单 and 未成交 are lost deals with
    the note as the reason, 谈判中 and 跟进中 open deals."""
    path = tmp_path / "销售台账.csv"
    path.write_text(
        "日期,客户,金额,状态,备注\n"
        "2026-11-02,华星科技,120000,已成交,\n"
        "2026-11-03,远航软件,50000,谈判中,\n"
        "2026-11-04,明德信息,30000,已丢单,价格太高\n"
        "2026-11-05,恒通网络,20000,未成交,选了竞争对手\n"
        "2026-11-06,瑞丰电子,10000,跟进中,\n",
        encoding="utf-8",
    )
    report = run(store, path)
    assert report.kind == "sales"
    assert sales_fen(store) == 120000 * 100
    deals = {o.customer_name: o for o in svc.load(store).opportunities}
    assert (deals["远航软件"].stage, deals["瑞丰电子"].stage) == ("negotiation", "lead")
    assert (deals["明德信息"].outcome, deals["明德信息"].lost_reason) == ("lost", "价格太高")
    assert (deals["恒通网络"].outcome, deals["恒通网络"].lost_reason) == ("lost", "选了竞争对手")
    assert deals["华星科技"].outcome == "won"


@pytest.mark.parametrize(
    "word, key",
    [("已丢单", "lost"), ("未成交", "lost"), ("已签约", "won"), ("报价中", "proposal"),
     ("Negotiation/Review", "negotiation"), ("需求调研", "needs"), ("maybe", None)],
)  # fmt: skip
def test_sheet_stage_words(word, key):
    from salesplanner.domain.opportunities import sheet_stage_key

    assert sheet_stage_key(word) == key
