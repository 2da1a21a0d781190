"""The window when the plan file is under stress (issue 11 §2): read-only, another program
writing, an unusable -wal file — each said in one translated sentence, nothing lost."""

from __future__ import annotations

import sqlite3

import pytest

from salesplanner.store import PlanBusyError, ReadOnlyPlanError, Store
from salesplanner.ui import i18n
from salesplanner.ui.main_window import MainWindow
from salesplanner.ui.store_texts import user_sentence

pytestmark = pytest.mark.ui


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install(qapp, "en")


def _window(qtbot, store) -> MainWindow:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_read_only_plan_says_so_in_the_title_and_status_bar(
    qtbot, demo_db, qsettings_isolated, monkeypatch, chinese
):
    import salesplanner.store.db as db

    monkeypatch.setattr(db, "_writable", lambda path: False)  # as on a read-only USB stick
    store = Store.open(demo_db)
    assert store.read_only
    w = _window(qtbot, store)
    assert "只读" in w.windowTitle()
    assert "只读" in w.status_path.text()
    with pytest.raises(ReadOnlyPlanError) as caught, store.transaction():
        pass
    assert "只读" in user_sentence(caught.value)


def test_waiting_for_another_program_is_visible_then_one_chinese_sentence(
    qtbot, demo_db, qsettings_isolated, monkeypatch, chinese
):
    monkeypatch.setattr(Store, "busy_timeout_ms", 20)
    monkeypatch.setattr(Store, "busy_retries", 2)
    w = _window(qtbot, Store.open(demo_db))
    shown: list[str] = []
    w.statusBar().messageChanged.connect(shown.append)
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(PlanBusyError) as caught, w.ctx.store.transaction():
            pass
    finally:
        other.rollback()
        other.close()
    assert any("另一个程序" in m for m in shown), shown  # the busy state while waiting
    assert w.statusBar().currentMessage() == ""  # and gone afterwards
    sentence = user_sentence(caught.value)
    assert "另一个程序" in sentence and "损坏" not in sentence


def test_an_unusable_wal_is_told_once_when_the_window_opens(
    qtbot, demo_db, qsettings_isolated, chinese
):
    demo_db.with_name(demo_db.name + "-wal").write_bytes(b"junk" * 200)
    store = Store.open(demo_db)
    w = _window(qtbot, store)
    w.show_store_notices()
    assert "最近的更改可能" in w.statusBar().currentMessage()
    box = w.findChild(object, "storeNotices")
    assert box is not None and "最近的更改可能" in box.text()
    box.close()
    w.show_store_notices()  # once only
    assert store.notices == []


def test_every_store_and_limit_code_has_a_chinese_sentence(chinese):
    from salesplanner.domain import limits
    from salesplanner.store import db

    samples = [
        db.busy_error(None),
        db.disk_full_error(None),
        db.read_only_error(None),
        db.FolderMissingError("x", folder="/no/such"),
        db.WalSetAside("x", wal="p.db-wal", copy="p.db-wal.bak"),
        db.CorruptDatabaseError("x", path="p.db"),
        db.NotADatabaseError("x", path="p.db"),
        db.NewerVersionError("x", path="p.db", version=9, supported=5),
        db.StoreError("x", path="p.db", reason="disk I/O error"),
        db.ReadOnlyPlanError("x", code="store.read_only_old", name="p.db"),
    ]
    for check, value in [
        (limits.check_date, __import__("datetime").date(2200, 1, 1)),
        (limits.check_amount_wan, limits.Decimal("1e300")),
        (limits.check_percent, limits.Decimal("5000")),
        (limits.check_count, -1),
        (limits.check_rate, limits.Decimal("2")),
    ]:
        with pytest.raises(limits.LimitError) as caught:
            check(value)
        samples.append(caught.value)
    for exc in samples:
        sentence = user_sentence(exc)
        assert sentence != str(exc) and any("\u4e00" <= ch <= "\u9fff" for ch in sentence), exc


def test_import_and_export_errors_from_the_plan_file_are_translated(chinese):
    from salesplanner.store import db
    from salesplanner.ui.dialogs.import_texts import ImportTexts

    assert "磁盘已满" in ImportTexts().error(db.disk_full_error(None))
    assert "只读" in ImportTexts().error(db.read_only_error(None))
