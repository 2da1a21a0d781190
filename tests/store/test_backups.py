"""Daily backups with rotation; moving the plan file safely."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from salesplanner.store import Store, StoreError
from salesplanner.store.backups import backups_of, daily_backup, move_plan_file


def _add_customer(store, name):
    with store.transaction():
        store.execute("INSERT INTO customers(name) VALUES (?)", (name,))


def test_one_backup_per_day_and_only_n_kept(file_store, tmp_path):
    folder = tmp_path / "backups"
    _add_customer(file_store, "甲公司")
    first = daily_backup(file_store, folder, keep=3, today=dt.date(2026, 11, 1))
    assert first is not None and first.exists()
    assert daily_backup(file_store, folder, keep=3, today=dt.date(2026, 11, 1)) is None
    for day in range(2, 7):
        daily_backup(file_store, folder, keep=3, today=dt.date(2026, 11, day))
    kept = backups_of(file_store.path, folder)
    assert [p.name[-11:-3] for p in kept] == ["20261104", "20261105", "20261106"]
    with sqlite3.connect(kept[-1]) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("甲公司",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backups_off_and_in_memory(store, file_store, tmp_path):
    assert daily_backup(store, tmp_path, keep=5) is None
    assert daily_backup(file_store, tmp_path / "b", keep=0) is None
    assert not (tmp_path / "b").exists()


def test_backups_of_other_files_are_left_alone(tmp_path):
    folder = tmp_path / "backups"
    a = Store.open(tmp_path / "one" / "plan.db", make_folder=True)
    b = Store.open(tmp_path / "two" / "plan.db", make_folder=True)
    try:
        for day in (1, 2, 3):
            daily_backup(a, folder, keep=1, today=dt.date(2026, 1, day))
            daily_backup(b, folder, keep=2, today=dt.date(2026, 1, day))
        assert len(backups_of(a.path, folder)) == 1
        assert len(backups_of(b.path, folder)) == 2
    finally:
        a.close()
        b.close()


def test_move_keeps_data_and_removes_the_old_file(tmp_path):
    old = tmp_path / "plan.db"
    store = Store.open(old)
    _add_customer(store, "乙公司")
    result = move_plan_file(store, tmp_path / "moved" / "mine.db")
    try:
        assert result.store.path == tmp_path / "moved" / "mine.db"
        assert result.left_behind is None
        assert not old.exists()
        assert result.store.query("SELECT name FROM customers") == [{"name": "乙公司"}]
        _add_customer(result.store, "丙公司")  # the new file is writable
    finally:
        result.store.close()


def test_move_refuses_an_existing_target_and_touches_nothing(tmp_path):
    old = tmp_path / "plan.db"
    store = Store.open(old)
    target = tmp_path / "there.db"
    target.write_bytes(b"keep me")
    try:
        with pytest.raises(StoreError, match="already exists"):
            move_plan_file(store, target)
        assert target.read_bytes() == b"keep me"
        _add_customer(store, "丁公司")  # the old store is still open and usable
    finally:
        store.close()
    assert old.exists()


def test_failed_copy_leaves_the_old_file(tmp_path, monkeypatch):
    from salesplanner.store import backups

    old = tmp_path / "plan.db"
    store = Store.open(old)
    _add_customer(store, "戊公司")

    def bad_copy(_store, target):
        raise StoreError(f"The copy at {target} failed its check (damaged); nothing was changed.")

    monkeypatch.setattr(backups, "_copy_verified", bad_copy)
    try:
        with pytest.raises(StoreError, match="failed its check"):
            move_plan_file(store, tmp_path / "new.db")
        assert not (tmp_path / "new.db").exists()
        assert store.query("SELECT COUNT(*) AS n FROM customers") == [{"n": 1}]
    finally:
        store.close()
