"""The plan file: schema version, WAL, migrations with a backup, refusal of bad files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from salesplanner.store import (
    CorruptDatabaseError,
    NewerVersionError,
    NotADatabaseError,
    Store,
)
from salesplanner.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump(path: Path) -> list[str]:
    """Schema and rows as SQL (page layout aside, what the file holds)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    conn.close()


def test_new_file_is_wal_with_current_version(tmp_path):
    path = tmp_path / "new" / "plan.db"  # the app makes its own data folder when asked
    with Store.open(path, make_folder=True) as store:
        assert store.schema_version == SCHEMA_VERSION > 0
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.execute("PRAGMA page_size").fetchone()[0] == 8192
        assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        codes = {r["code"] for r in store.query("SELECT code FROM activity_types")}
        assert {"visit", "phone", "followup", "proposal", "contract", "buffer"} <= codes


def test_migration_from_v1_keeps_data_and_backs_up_first(tmp_path):
    path = tmp_path / "old.db"
    make_v1(path)
    before = sha(path)
    original = _dump(path)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        goal = store.query("SELECT title, target_fen, plan_json FROM goals")[0]
        assert goal == {"title": "Q1", "target_fen": 98_000_000, "plan_json": "{}"}
        assert store.query("SELECT amount_fen FROM deals")[0]["amount_fen"] == 3_750_000
    backups = list(tmp_path.glob("old.v1-*.db.bak"))
    assert len(backups) == 1
    # the backup is the file as it was: still version 1, same data
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == 1
    conn.close()
    assert _dump(backups[0]) == original  # the original content lives on in the backup
    assert sha(path) != before  # while the file itself was migrated


def test_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.db"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = sha(path)
    with pytest.raises(NewerVersionError, match="newer version"):
        Store.open(path)
    assert sha(path) == before


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is my shopping list\n", encoding="utf-8")
    before = sha(path)
    with pytest.raises(NotADatabaseError, match="not a SalesPlanner data file"):
        Store.open(path)
    assert sha(path) == before


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "broken.db"
    with Store.open(path) as store:
        with store.transaction():
            store.execute("INSERT INTO customers(name) VALUES ('x')")
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    # keep the header, smash the rest of page 1 and the following pages
    data[100:] = b"\xde\xad\xbe\xef" * ((len(data) - 100) // 4)
    path.write_bytes(bytes(data))
    before = sha(path)
    with pytest.raises(CorruptDatabaseError):
        Store.open(path)
    assert sha(path) == before


def test_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.execute("INSERT INTO customers(name) VALUES ('华星科技')")
            raise RuntimeError("boom")
    assert store.query("SELECT COUNT(*) AS n FROM customers")[0]["n"] == 0


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.execute(
                "INSERT INTO time_blocks(date, start_min, end_min, activity_code) "
                "VALUES ('2026-01-05', 540, 600, 'no-such-type')"
            )


def test_backup_copy_is_a_complete_database(file_store, tmp_path):
    with file_store.transaction():
        file_store.execute("INSERT INTO customers(name) VALUES ('远航软件')")
    copy = file_store.backup_to(tmp_path / "copy.db")
    with Store.open(copy) as other:
        assert [r["name"] for r in other.query("SELECT name FROM customers")] == ["远航软件"]


def test_migration_4_moves_row_key_into_a_named_index_keeping_links(tmp_path):
    from salesplanner.store.schema import MIGRATIONS

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migrate in MIGRATIONS[:3]:
        migrate(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO customers(id, name) VALUES (7, '华辰')")
    conn.execute(
        "INSERT INTO deals(id, date, customer_id, amount_fen, row_key) VALUES (41, '2026-03-02', "
        "7, 500000, 'k1')"
    )
    conn.execute(
        "INSERT INTO activities(id, date, activity_code, customer_id, deal_id, row_key) "
        "VALUES (9, '2026-03-02', 'contract', 7, 41, 'a1')"
    )
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        # the contract still points at its deal (dropping the old table cascaded nothing)
        assert store.query("SELECT id, deal_id, customer_id, row_key FROM activities") == [
            {"id": 9, "deal_id": 41, "customer_id": 7, "row_key": "a1"}
        ]
        assert store.query("SELECT id, row_key FROM deals") == [{"id": 41, "row_key": "k1"}]
        assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.execute("PRAGMA foreign_key_check").fetchall() == []
        names = {
            r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {
            "ux_deals_row_key",
            "ux_activities_row_key",
            "ix_deals_date",
            "ix_deals_customer",
            "ix_activities_date",
            "ix_activities_customer",
        } <= names
        assert not any(
            n.startswith(("sqlite_autoindex_deals", "sqlite_autoindex_activities")) for n in names
        )
        # the rule itself is unchanged: a key once, NULL any number of times
        with pytest.raises(sqlite3.IntegrityError), store.transaction():
            store.execute(
                "INSERT INTO deals(date, amount_fen, row_key) VALUES ('2026-03-03', 1, 'k1')"
            )
        with store.transaction():
            store.execute("INSERT INTO deals(date, amount_fen) VALUES ('2026-03-03', 1)")
            store.execute("INSERT INTO deals(date, amount_fen) VALUES ('2026-03-04', 1)")
        # a deal deleted in the app still clears the link (foreign keys are back on)
        with store.transaction():
            store.execute("DELETE FROM deals WHERE id = 41")
        assert store.query("SELECT deal_id FROM activities") == [{"deal_id": None}]


def test_a_new_plan_is_made_in_one_commit_or_not_at_all(tmp_path, monkeypatch):
    """A new plan waits for one commit on disk, not one per migration; a migration that fails
    leaves no half-made plan (no tables, version 0), and the next open makes it whole."""
    from salesplanner.store import schema

    commits = []
    real_connect = sqlite3.connect

    def connect(*args, **kw):
        conn = real_connect(*args, **kw)
        conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with Store.open(tmp_path / "new.db") as store:
        assert store.schema_version == SCHEMA_VERSION
    assert commits == ["COMMIT"]
    monkeypatch.undo()

    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:-1], broken])
    monkeypatch.setattr("salesplanner.store.db.MIGRATIONS", schema.MIGRATIONS)
    path = tmp_path / "half.db"
    with pytest.raises(Exception):  # noqa: B017, PT011 - whichever error the store makes of it
        Store.open(path)
    if path.exists():
        conn = real_connect(path)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        finally:
            conn.close()
    monkeypatch.undo()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
