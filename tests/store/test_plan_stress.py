"""The plan file under stress (issue 11 §2): a lock held by another program, a read-only
file or folder, a full disk, an unusable -wal file. Each is one sentence that says what it
is (never "damaged"), and nothing in the plan is lost."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesplanner.cli import main
from salesplanner.store import DiskFullError, PlanBusyError, ReadOnlyPlanError, Store


def _demo(path: Path) -> Path:
    from salesplanner.services.demo import write_demo

    return write_demo(path, scale="small")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("customers", "deals", "activities", "imports")
        }
    finally:
        conn.close()


@contextlib.contextmanager
def _mounted(folder: Path, size: str):
    """A small tmpfs at ``folder`` (root only; skipped where mounting is not allowed)."""
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


# -- another program holds the write lock -------------------------------------------------
@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(Store, "busy_timeout_ms", 30)
    monkeypatch.setattr(Store, "busy_retries", 2)


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO customers (name) VALUES ('held by the other program')")
    return other


def test_a_held_write_lock_waits_visibly_then_says_another_program(tmp_path, short_waits):
    path = _demo(tmp_path / "plan.db")
    before = _counts(path)
    other = _hold_write_lock(path)
    try:
        with Store.open(path) as store:
            states: list[bool] = []
            store.on_busy = states.append
            with pytest.raises(PlanBusyError) as caught, store.transaction():
                store.execute("INSERT INTO customers (name) VALUES ('mine')")
            assert states == [True, False]  # a busy state shown, then cleared
            message = str(caught.value)
            assert "Another program" in message and "damaged" not in message
            assert "nothing was changed" in message
    finally:
        other.rollback()
        other.close()
    assert _counts(path) == before


def test_the_wait_succeeds_when_the_other_program_finishes(tmp_path, monkeypatch):
    monkeypatch.setattr(Store, "busy_timeout_ms", 30)
    monkeypatch.setattr(Store, "busy_retries", 5)
    path = _demo(tmp_path / "plan.db")
    other = _hold_write_lock(path)
    with Store.open(path) as store:

        def busy(waiting: bool) -> None:
            if waiting and other.in_transaction:
                other.execute("COMMIT")  # the other program finishes while we wait

        store.on_busy = busy
        with store.transaction():
            store.execute("INSERT INTO customers (name) VALUES ('mine')")
    other.close()
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM customers")}
    assert {"mine", "held by the other program"} <= names


def test_log_while_another_program_writes_is_one_line_and_reading_still_works(
    tmp_path, short_waits, one_line_exit_2
):
    path = _demo(tmp_path / "plan.db")
    other = _hold_write_lock(path)
    try:
        line = one_line_exit_2(["log", "visit 华星科技", "--db", str(path)])
        assert "Another program" in line and "damaged" not in line
        assert "locked" not in line
        assert main(["week", "--db", str(path)]) == 0  # reading goes on
        assert main(["progress", "--db", str(path)]) == 0
    finally:
        other.rollback()
        other.close()


# -- read-only file or folder ---------------------------------------------------------------
@pytest.fixture
def read_only_plan(tmp_path):
    """A plan on a read-only disk (a USB stick, a colleague's share)."""
    source = _demo(tmp_path / "plan.db")
    with _mounted(tmp_path / "stick", "20m") as stick:
        shutil.copy2(source, stick / "plan.db")
        done = subprocess.run(
            ["mount", "-o", "remount,ro", str(stick)], capture_output=True, text=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot make the disk read-only: {done.stderr.strip()}")
        yield stick / "plan.db"


def test_a_read_only_plan_opens_read_only_and_refuses_changes(read_only_plan):
    digest = hashlib.sha256(read_only_plan.read_bytes()).hexdigest()
    with Store.open(read_only_plan) as store:
        assert store.read_only
        assert store.query("SELECT COUNT(*) AS n FROM customers")[0]["n"] > 0
        with pytest.raises(ReadOnlyPlanError) as caught, store.transaction():
            store.execute("INSERT INTO customers (name) VALUES ('x')")
        assert "read-only" in str(caught.value)
    assert hashlib.sha256(read_only_plan.read_bytes()).hexdigest() == digest


def test_reading_commands_work_on_a_read_only_plan(read_only_plan, tmp_path, capsys):
    db = str(read_only_plan)
    assert main(["week", "--db", db]) == 0
    assert main(["progress", "--db", db]) == 0
    assert main(["diagnose", "--db", db]) == 0
    assert main(["export", str(tmp_path / "plan.xlsx"), "--db", db]) == 0
    assert main(["ics", "--db", db, "--out", str(tmp_path / "w.ics")]) == 0
    assert (tmp_path / "plan.xlsx").stat().st_size > 0
    assert "Traceback" not in capsys.readouterr().err


def test_writing_commands_refuse_a_read_only_plan_in_one_line(read_only_plan, one_line_exit_2):
    db = str(read_only_plan)
    line = one_line_exit_2(["log", "visit 华星科技", "--db", db])
    assert "read-only" in line and "damaged" not in line
    line = one_line_exit_2(["week", "--db", db, "--copy-last-week"])
    assert "read-only" in line


# -- a full disk ------------------------------------------------------------------------------
def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    with contextlib.suppress(OSError):
        with open(folder / "filler2", "wb") as fh:
            while True:
                fh.write(b"\0" * 512)
                fh.flush()


def test_logging_on_a_full_disk_rolls_back_and_says_the_disk_is_full(tmp_path, one_line_exit_2):
    with _mounted(tmp_path / "disk", "4m") as disk:
        path = _demo(disk / "plan.db")
        before = _counts(path)
        _fill(disk)
        line = one_line_exit_2(["log", "contract 3.5万 新客户甲", "--db", str(path)])
        assert "disk is full" in line and "damaged" not in line
        (disk / "filler").unlink()
        assert _counts(path) == before
        assert main(["log", "visit 华星科技", "--db", str(path)]) == 0  # works again


def test_a_new_plan_on_a_full_disk_leaves_no_empty_file(tmp_path, one_line_exit_2):
    with _mounted(tmp_path / "disk", "1m") as disk:
        _fill(disk)
        one_line_exit_2(["log", "visit 华星科技", "--db", str(disk / "new.db")])
        assert not (disk / "new.db").exists()
        assert not (disk / "new.db-wal").exists()


def test_a_full_plan_transaction_is_disk_full_not_a_traceback(tmp_path):
    # without root: SQLite's own size limit gives the same SQLITE_FULL
    path = _demo(tmp_path / "plan.db")
    before = _counts(path)
    with Store.open(path) as store:
        pages = store.execute("PRAGMA page_count").fetchone()[0]
        store.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFullError) as caught, store.transaction():
            store.conn.executemany(
                "INSERT INTO customers (name) VALUES (?)",
                [(f"c{i:06d}" * 20,) for i in range(5000)],
            )
        assert "disk is full" in str(caught.value)
    assert _counts(path) == before


# -- an unusable -wal file ---------------------------------------------------------------------
def test_an_unusable_wal_is_set_aside_and_the_rep_told(tmp_path, capsys):
    path = _demo(tmp_path / "plan.db")
    before = _counts(path)
    junk = b"not a write-ahead log at all" * 40
    (tmp_path / "plan.db-wal").write_bytes(junk)
    assert main(["week", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "set aside" in err and "recent changes may be missing" in err
    copies = list(tmp_path.glob("plan.db-wal.unusable-*.bak"))
    assert len(copies) == 1 and copies[0].read_bytes() == junk
    assert _counts(path) == before


def test_a_healthy_wal_is_left_alone(tmp_path):
    path = _demo(tmp_path / "plan.db")
    keep = sqlite3.connect(path, isolation_level=None)  # keeps the -wal file in place
    keep.execute("PRAGMA journal_mode = WAL")
    keep.execute("INSERT INTO customers (name) VALUES ('only in the wal')")
    assert (tmp_path / "plan.db-wal").stat().st_size > 0
    with Store.open(path) as store:
        assert store.notices == []
        assert (
            store.query("SELECT COUNT(*) AS n FROM customers WHERE name = 'only in the wal'")[0][
                "n"
            ]
            == 1
        )
    keep.close()
    assert not list(tmp_path.glob("*.unusable-*"))


# -- "damaged" only for a damaged file ---------------------------------------------------------
def test_a_damaged_plan_is_called_damaged(tmp_path, one_line_exit_2):
    path = _demo(tmp_path / "plan.db")
    data = bytearray(path.read_bytes())
    data[8192 * 3 : 8192 * 3 + 4000] = os.urandom(4000)
    path.write_bytes(bytes(data))
    line = one_line_exit_2(["week", "--db", str(path)])
    assert "damaged" in line


def test_opening_a_plan_on_a_full_disk_says_the_disk_is_full(tmp_path, one_line_exit_2):
    # opened by a new process: SQLite must make the -shm file first, which fails
    with _mounted(tmp_path / "disk", "4m") as disk:
        path = _demo(disk / "plan.db")
        before = _counts(path)
        (disk / "plan.db-shm").unlink(missing_ok=True)  # left by the read-only count above
        _fill(disk)
        line = one_line_exit_2(["log", "visit 华星科技", "--db", str(path)])
        assert "disk is full" in line and "damaged" not in line
        (disk / "filler").unlink()
        assert _counts(path) == before


def test_export_onto_a_full_disk_leaves_nothing_and_says_so(tmp_path, capfd):
    path = _demo(tmp_path / "plan.db")
    with _mounted(tmp_path / "disk", "1m") as disk:
        _fill(disk)
        target = disk / "plan.xlsx"
        code = subprocess.run(  # a new interpreter: any ZipFile.__del__ noise shows at exit
            [sys.executable, "-m", "salesplanner", "export", str(target), "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert code.returncode == 2
        assert code.stderr.count("\n") == 1, code.stderr
        assert "disk is full" in code.stderr and "Excel" not in code.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "filler2"]


def test_an_import_onto_a_full_disk_rolls_back_and_says_the_disk_is_full(tmp_path, one_line_exit_2):
    # issue 11 §2: a full disk during import: one line, nothing half-stored, the plan as it was
    from openpyxl import Workbook

    book = tmp_path / "销售.xlsx"  # the workbook is on another disk; only the plan's is full
    wb = Workbook()
    wb.active.append(["成交日期", "客户名称", "金额"])
    for i in range(20_000):
        wb.active.append([f"2026-03-{1 + i % 28:02d}", f"新客户{i:05d}", 1000 + i])
    wb.save(book)
    with _mounted(tmp_path / "disk", "8m") as disk:
        path = _demo(disk / "plan.db")
        before = _counts(path)
        _fill(disk)
        line = one_line_exit_2(["import", str(book), "--db", str(path)])
        assert "disk is full" in line and "damaged" not in line and "Excel" not in line
        for filler in disk.glob("filler*"):
            filler.unlink()
        assert _counts(path) == before
        assert main(["import", str(book), "--db", str(path)]) == 0  # works again
        assert _counts(path)["deals"] == before["deals"] + 20_000
