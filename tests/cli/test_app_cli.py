"""The app's command line: bad data files, demo data, screenshots, the first-paint smoke test."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesplanner.store import Store
from salesplanner.store.schema import SCHEMA_VERSION

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "salesplanner", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _newer(path: Path) -> None:
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _text(path: Path) -> None:
    path.write_text("客户,金额\n华星科技,35000\n", encoding="utf-8")


def _corrupt(path: Path) -> None:
    Store.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:] = b"\x00\xff" * ((len(data) - 100) // 2)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("make", [_newer, _text, _corrupt], ids=["newer", "text", "corrupt"])
def test_bad_db_gives_one_line_error_and_stays_identical(tmp_path, make):
    path = tmp_path / "plan.db"
    make(path)
    before = sha(path)
    proc = run("--db", str(path), "--quit-after-first-paint")
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("salesplanner: error:"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert sha(path) == before


def test_damage_after_a_clean_session_is_still_refused(tmp_path, monkeypatch):
    monkeypatch.setitem(ENV, "XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "plan.db"
    with Store.open(path) as store:
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO customers(name, notes) VALUES (?, ?)",
                [(f"c{i}", "x" * 400) for i in range(3000)],
            )
    assert run("--db", str(path), "--quit-after-first-paint").returncode == 0  # trusted now
    data = bytearray(path.read_bytes())
    data[4096 * 30 : 4096 * 32] = b"\xff" * (2 * 4096)  # deep inside the customers table
    path.write_bytes(bytes(data))
    before = sha(path)
    proc = run("--db", str(path), "--quit-after-first-paint")
    assert proc.returncode == 2 and "damaged" in proc.stderr
    assert sha(path) == before


def test_new_path_becomes_empty_plan_and_first_paint_exits_zero(tmp_path):
    path = tmp_path / "mine.db"
    proc = run("--db", str(path), "--quit-after-first-paint")
    assert proc.returncode == 0, proc.stderr
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_new_path_in_a_missing_folder_is_refused(tmp_path):
    # a mistyped folder must not become new folders and an empty plan
    path = tmp_path / "fresh" / "mine.db"
    proc = run("--db", str(path), "--quit-after-first-paint")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "does not exist" in proc.stderr
    assert not path.parent.exists()


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "demo.db"
    assert run("demo", "--db", str(path)).returncode == 0
    before = sha(path)
    proc = run("demo", "--db", str(path))
    assert proc.returncode == 2 and "--force" in proc.stderr
    assert sha(path) == before
    assert run("demo", "--db", str(path), "--force").returncode == 0


@pytest.mark.parametrize("pane", ["goal", "week", "progress", "customers"])
def test_screenshot_writes_a_non_blank_png(tmp_path, demo_db, pane):
    out = tmp_path / f"{pane}.png"
    proc = run(
        "screenshot",
        "--db",
        str(demo_db),
        "--pane",
        pane,
        "--out",
        str(out),
        "--size",
        "1024x700",
        "--lang",
        "zh_CN",
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 37) for y in range(0, 700, 23)}
    assert len(colours) > 5  # not a blank canvas


def test_bad_size_is_a_usage_error(tmp_path, demo_db):
    proc = run(
        "screenshot", "--db", str(demo_db), "--out", str(tmp_path / "x.png"), "--size", "big"
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
