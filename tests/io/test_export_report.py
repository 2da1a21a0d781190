"""The exported workbook carries the weekly report as a 周报 sheet with the report's figures."""

from __future__ import annotations

import datetime as dt

import openpyxl

from salesplanner.domain.money import to_fen
from salesplanner.io.export_plan import export_plan
from salesplanner.services.report import report_for_export

TODAY = dt.date(2026, 11, 27)


def _cells(ws):
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def _row(rows, first):
    return next(r for r in rows if r[0] == first)


def test_the_report_sheet_has_the_weeks_figures_and_moves(demo_store, tmp_path):
    report = report_for_export(demo_store, TODAY)
    assert report.monday == dt.date(2026, 11, 23)
    out = tmp_path / "plan.xlsx"
    result = export_plan(demo_store, out, today=TODAY, report=report)
    assert result["sheets"][5] == "周报"
    rows = _cells(openpyxl.load_workbook(out)["周报"])
    assert rows[0][0] == "周报 2026-11-23 – 2026-11-29"
    week = _row(rows, "本周")
    assert week[1] == report.week.target_fen / 1_000_000
    assert week[2] == report.week.won_fen / 1_000_000
    assert week[3] == '=IF(B5>0,C5/B5,"")'  # a live share of the row above
    assert _row(rows, "本周成交单数")[1] == report.deals_won
    moved = [r for r in rows if r[0] in ("新增", "推进", "退回", "赢单", "输单")]
    assert len(moved) == len(report.pipeline.deals) > 0
    lost = [r for r in moved if r[0] == "输单"]
    assert all(r[4] for r in lost)  # each lost deal says why
    total = sum(r[3] for r in moved)
    expected = sum(to_fen(d.amount) for d in report.pipeline.deals) / 1_000_000
    assert abs(total - expected) < 1e-9


def test_without_a_report_the_workbook_has_no_report_sheet(demo_store, tmp_path):
    out = tmp_path / "plan.xlsx"
    result = export_plan(demo_store, out, today=TODAY)
    assert "周报" not in result["sheets"]
    assert "周报" not in openpyxl.load_workbook(out).sheetnames


def test_the_command_line_export_includes_it(demo_db, tmp_path, capsys):
    from salesplanner.cli import main

    out = tmp_path / "plan.xlsx"
    assert main(["export", str(out), "--db", str(demo_db), "--today", "2026-11-27"]) == 0
    assert "周报" in openpyxl.load_workbook(out).sheetnames
