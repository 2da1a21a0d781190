"""The exported workbook's 商机 sheet: open deals with live weighted amounts, totals by stage."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from salesplanner.domain.opportunities import Opportunity
from salesplanner.io.export_plan import export_plan
from salesplanner.services import pipeline
from salesplanner.store.settings import load_settings, save_settings

TODAY = dt.date(2026, 12, 2)


def _opp(customer, title, wan, stage, close, step=""):
    return Opportunity(
        None,
        customer,
        title,
        Decimal(wan) * 10_000,
        stage,
        dt.date(2026, 11, 1),
        expected_close=close,
        next_step=step,
        next_step_date=dt.date(2026, 12, 3) if step else None,
    )


@pytest.fixture
def deals(store):
    a = pipeline.add(
        store, _opp("华星科技", "二期扩容", "12", "proposal", dt.date(2026, 12, 20), "送报价")
    )
    pipeline.add(store, _opp("远航物流", "仓储系统", "8", "negotiation", dt.date(2026, 12, 10)))
    pipeline.add(store, _opp("华星科技", "培训服务", "3", "proposal", dt.date(2026, 12, 15)))
    lost = pipeline.add(store, _opp("青松", "丢了的单", "50", "lead", None))
    pipeline.lose(store, lost.opportunity_id, "价格", TODAY)
    return a


def _rows(path, sheet):
    return [list(r) for r in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)]


def test_one_row_per_open_deal_with_a_live_weighted_formula(store, deals, tmp_path):
    out = tmp_path / "plan.xlsx"
    result = export_plan(store, out, today=TODAY)
    assert result["sheets"][-1] == "商机"
    assert result["rows"]["pipeline"] == 3  # the lost deal is not open
    rows = _rows(out, "商机")
    assert rows[0][0] == "在跟商机（3 个）"
    assert rows[2][:6] == ["客户", "商机", "阶段", "预计金额(万元)", "赢率", "加权金额(万元)"]
    body = rows[3:6]
    # by stage (方案/报价 before 商务谈判), then by close date
    assert [r[1] for r in body] == ["培训服务", "二期扩容", "仓储系统"]
    assert body[1][2:6] == ["方案/报价", 12, 0.6, "=D5*E5"]
    assert body[1][7] == "送报价"
    assert body[2][2] == "商务谈判"
    assert "丢了的单" not in [r[1] for r in rows]
    totals = {r[0]: r for r in rows[7:] if r[0]}
    assert totals["方案/报价"][1:6] == ["=COUNTA(C4:C5)", None, "=SUM(D4:D5)", None, "=SUM(F4:F5)"]
    assert totals["商务谈判"][3] == "=SUM(D6:D6)"
    assert totals["合计"][5].startswith("=SUM(F")


def test_the_formulas_carry_their_values(store, deals, tmp_path):
    """A viewer that does not recalculate (a phone preview) still shows the numbers."""
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, today=TODAY)
    ws = openpyxl.load_workbook(out, data_only=True)["商机"]
    assert ws["F5"].value == pytest.approx(12 * 0.6)
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "合计")
    assert total[5] == pytest.approx(3 * 0.6 + 12 * 0.6 + 8 * 0.8)
    assert total[1] == 3


def test_english_headers_and_yuan(store, deals, tmp_path):
    save_settings(store, load_settings(store).with_(language="en"))
    out = tmp_path / "plan.xlsx"
    result = export_plan(store, out, today=TODAY)
    assert result["sheets"][-1] == "Pipeline"
    rows = _rows(out, "Pipeline")
    assert rows[0][0] == "Open deals (3)"
    assert rows[2][3] == "Amount (¥)"
    assert rows[4][2:5] == ["Proposal / quote", 120000, 0.6]
    assert "Total" in [r[0] for r in rows]


def test_no_open_deals_says_so(store, tmp_path):
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, today=TODAY)
    rows = _rows(out, "商机")
    assert rows[3][0] == "没有在跟的商机。"


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_totals(store, deals, tmp_path):
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, today=TODAY)
    ws = openpyxl.load_workbook(out)["商机"]
    ws["E5"] = 0.5  # a manager lowers one probability
    ws.parent.save(out)
    conv = tmp_path / "conv"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(conv),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=170,
    )
    values = [
        list(r)
        for r in openpyxl.load_workbook(conv / "plan.xlsx", data_only=True)["商机"].iter_rows(
            values_only=True
        )
    ]
    totals = {r[0]: r for r in values[7:] if r[0]}
    assert values[4][5] == pytest.approx(6.0)  # 12 × 0.5
    assert totals["方案/报价"][5] == pytest.approx(3 * 0.6 + 6.0)
    assert totals["合计"][5] == pytest.approx(3 * 0.6 + 6.0 + 8 * 0.8)
    assert totals["合计"][1] == 3
