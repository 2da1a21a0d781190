"""A sales sheet with a 阶段/状态 column: won rows are sales, open and lost rows opportunities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salesplanner.services import pipeline as svc
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.store import opportunities as repo

ROWS = [
    ("日期", "客户", "金额", "产品", "阶段"),
    ("2026-11-02", "华星科技", "120000", "CRM 专业版", "赢单"),
    ("2026-11-05", "远航软件", "50000", "ERP 模块", "洽谈中"),
    ("2026-11-09", "明德信息", "30000", "CRM 标准版", "输单"),
    ("2026-11-12", "恒通网络", "80000", "数据分析套件", "成交"),
    ("2026-11-20", "瑞丰电子", "20000", "CRM 标准版", "方案"),
    ("2026-11-23", "金桥系统", "10000", "新版本升级", ""),
]


def write_csv(path, rows):
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def sales_total(store):
    return store.execute("SELECT COALESCE(SUM(amount_fen), 0) FROM deals").fetchone()[0]


def test_stage_column_splits_sales_from_the_pipeline(store, tmp_path):
    path = write_csv(tmp_path / "销售.csv", ROWS)
    report = import_file(store, analyse_file(store, path))
    assert report.kind == "sales"
    # sales: 12万 (赢单) + 8万 (成交) + 1万 (no stage) = 21万; never 洽谈中 / 输单 / 方案
    assert report.imported == 3 and sales_total(store) == 21 * 10000 * 100
    assert report.opportunities == {"open": 2, "lost": 1, "won": 2}
    assert report.changes.opportunities and report.changes.deals
    assert "2 open and 1 lost" in report.summary()
    data = svc.load(store)
    by_customer = {o.customer_name: o for o in data.opportunities}
    assert (by_customer["远航软件"].stage, by_customer["远航软件"].amount) == (
        "negotiation", Decimal(50000),
    )  # fmt: skip
    assert by_customer["瑞丰电子"].stage == "proposal"
    lost = by_customer["明德信息"]
    assert (lost.outcome, lost.closed) == ("lost", dt.date(2026, 11, 9))
    won = by_customer["华星科技"]
    assert won.outcome == "won" and won.deal_id is not None
    assert "金桥系统" not in by_customer  # a sale without a stage stays only a sale
    # the sheet's own win rate: 2 won of 3 closed
    assert (data.measured.won, data.measured.closed) == (2, 3)
    assert len(repo.history(store)) == 5


def test_importing_the_same_sheet_again_adds_nothing(store, tmp_path):
    path = write_csv(tmp_path / "销售.csv", ROWS)
    import_file(store, analyse_file(store, path))
    before = len(svc.load(store).opportunities), sales_total(store)
    again = import_file(store, analyse_file(store, path))
    assert again.imported == 0
    assert (len(svc.load(store).opportunities), sales_total(store)) == before


def test_a_sheet_without_open_or_lost_rows_makes_no_opportunities(store, tmp_path):
    rows = [r for r in ROWS if r[4] not in ("洽谈中", "输单", "方案")]
    report = import_file(store, analyse_file(store, write_csv(tmp_path / "s.csv", rows)))
    assert report.imported == 3 and report.opportunities == {}
    assert repo.list_opportunities(store) == [] and not report.changes.opportunities


def test_a_sheet_without_a_stage_column_does_not_load_the_pipeline(tmp_path):
    """A plain sales sheet (most imports) does not pay for the pipeline's modules (≈ 50 ms of
    a small import); one with a 阶段 column does. In fresh processes: what gets imported."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    plain = write_csv(tmp_path / "plain.csv", [r[:4] for r in ROWS])
    staged = write_csv(tmp_path / "staged.csv", ROWS)
    code = (
        "import sys; from salesplanner.cli import main; "
        "rc = main(['import', sys.argv[1], '--db', sys.argv[2]]); "
        "print(rc, 'salesplanner.services.pipeline' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}

    def loaded(path):
        out = subprocess.run(
            [sys.executable, "-c", code, str(path), str(tmp_path / f"{path.stem}.db")],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        return out.stdout.split()[-2:]

    assert loaded(plain) == ["0", "False"]
    assert loaded(staged) == ["0", "True"]
