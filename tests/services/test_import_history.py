"""Taking an import back: exactly its rows go, hand-made records stay, undo puts all back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import CONTRACT, VISIT, TimeBlock
from salesplanner.errors import UserError
from salesplanner.services import import_history as svc
from salesplanner.services.importing import analyse_file, import_file
from salesplanner.services.week import create_blocks, log_entry
from tests.builders import add_activity, everything, write_csv

ROWS = [
    ("日期", "客户", "金额", "产品", "阶段"),
    ("2026-11-02", "华星科技", "120000", "CRM 专业版", "赢单"),
    ("2026-11-05", "远航软件", "50000", "ERP 模块", "洽谈中"),
    ("2026-11-09", "明德信息", "30000", "CRM 标准版", "输单"),
    ("2026-11-12", "恒通网络", "80000", "数据分析套件", "成交"),
    ("2026-11-20", "瑞丰电子", "20000", "CRM 标准版", "方案"),
    ("2026-11-23", "金桥系统", "10000", "新版本升级", ""),
]


def count(store, sql: str) -> int:
    return store.execute(sql).fetchone()[0]


@pytest.fixture
def imported(store, tmp_path):
    """The sheet imported, then by hand: a contract for 华星科技 and a block for 远航软件."""
    report = import_file(store, analyse_file(store, write_csv(tmp_path / "销售.csv", ROWS)))
    assert report.imported == 3
    log_entry(store, QuickEntry(CONTRACT, 1, "华星科技", Decimal(5000), dt.date(2026, 11, 25)))
    create_blocks(
        store, [TimeBlock(None, dt.date(2026, 11, 26), 540, 600, VISIT, customer_name="远航软件")]
    )
    return report


def test_preview_names_what_goes_and_what_stays(store, imported):
    (entry,) = svc.history(store)
    assert (entry.file_name, entry.kind, entry.removable) == ("销售.csv", "sales", True)
    preview = svc.removal_preview(store, entry.id)
    assert preview.removes["deals"] == 3  # 赢单 12万, 成交 8万, the one without a stage
    assert preview.removes["opportunities"] == count(
        store, f"SELECT count(*) FROM opportunities WHERE import_id = {entry.id}"
    )
    # six customers came with the sheet; 华星科技 and 远航软件 are used by hand-made records
    assert preview.removes["customers"] == 4 and preview.customers_kept == 2
    assert everything(store) == everything(store)  # the preview changed nothing (sanity)


def test_remove_deletes_exactly_the_import_and_undo_restores_every_row(store, imported):
    before = everything(store)
    (entry,) = svc.history(store)
    removal = svc.remove_import(store, entry.id)
    assert removal.changes.deals and removal.changes.opportunities and removal.changes.customers
    # what was typed in the app stays: the 5000-yuan contract and the block, with their customers
    assert count(store, "SELECT count(*) FROM deals") == 1
    assert count(store, "SELECT sum(amount_fen) FROM deals") == 5000 * 100
    assert count(store, "SELECT count(*) FROM opportunities") == 0
    names = {r[0] for r in store.execute("SELECT name FROM customers")}
    assert names == {"华星科技", "远航软件"}
    assert count(store, "SELECT count(*) FROM customers WHERE import_id IS NOT NULL") == 0
    assert count(store, "SELECT count(*) FROM time_blocks WHERE customer_id IS NOT NULL") == 1
    assert svc.history(store) == []
    svc.restore_import(store, removal.snapshot)
    assert everything(store) == before


def test_a_removed_import_can_be_imported_again_and_then_undo_refuses(store, imported, tmp_path):
    (entry,) = svc.history(store)
    removal = svc.remove_import(store, entry.id)
    again = import_file(store, analyse_file(store, tmp_path / "销售.csv"))
    assert again.imported == 3  # nothing of the old import is left to dedupe against
    after = everything(store)
    with pytest.raises(svc.ImportedAgainError, match="销售.csv"):
        svc.restore_import(store, removal.snapshot)
    assert everything(store) == after


def test_a_hand_logged_activity_keeps_its_row_and_gets_its_link_back(store, imported):
    (entry,) = svc.history(store)
    deal_id = count(store, f"SELECT min(id) FROM deals WHERE import_id = {entry.id}")
    add_activity(store, "2026-11-27", VISIT, deal_id=deal_id)
    before = everything(store)
    removal = svc.remove_import(store, entry.id)
    assert removal.preview.links_lost == 1
    assert count(store, "SELECT count(*) FROM activities WHERE date = '2026-11-27'") == 1
    svc.restore_import(store, removal.snapshot)
    assert everything(store) == before


def test_unknown_and_targets_imports_are_refused_and_change_nothing(store, tmp_path):
    targets = tmp_path / "2027年目标.csv"
    write_csv(targets, [("月份", "目标"), ("2027-01", "300000"), ("2027-02", "330000")])
    import_file(store, analyse_file(store, targets, kind="targets"))
    before = everything(store)
    (entry,) = svc.history(store)
    assert (entry.kind, entry.removable) == ("targets", False)
    with pytest.raises(svc.TargetsImportError, match="2027年目标.csv"):
        svc.remove_import(store, entry.id)
    with pytest.raises(UserError, match="no import #99"):
        svc.removal_preview(store, 99)
    assert everything(store) == before
