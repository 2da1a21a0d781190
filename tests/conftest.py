"""Shared fixtures: an in-memory store, a temp-file store, demo databases, an AppContext."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TODAY = dt.date(2026, 11, 27)  # demo data is generated relative to this day in tests


@pytest.fixture
def store():
    from salesplanner.store import Store

    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path):
    from salesplanner.store import Store

    s = Store.open(tmp_path / "plan.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_small_master(tmp_path_factory) -> Path:
    from salesplanner.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo-small.db"
    write_demo(path, scale="small", today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_db(_demo_small_master, tmp_path) -> Path:
    """A fresh copy of the small demo database (built once per session)."""
    target = tmp_path / "demo.db"
    shutil.copy(_demo_small_master, target)
    return target


@pytest.fixture
def demo_store(demo_db):
    from salesplanner.store import Store

    s = Store.open(demo_db)
    yield s
    s.close()


@pytest.fixture
def qsettings_isolated(tmp_path, monkeypatch):
    """QSettings and platformdirs write into tmp_path, never the developer's home."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return tmp_path


@pytest.fixture
def ctx(qapp, store, qsettings_isolated):
    from salesplanner.ui.context import AppContext

    c = AppContext(store)
    yield c
    c.undo_stack.clear()


@pytest.fixture
def demo_ctx(qapp, demo_store, qsettings_isolated):
    from salesplanner.ui.context import AppContext

    c = AppContext(demo_store)
    yield c
    c.undo_stack.clear()


@pytest.fixture
def main_window(qtbot, demo_store, qsettings_isolated):
    from salesplanner.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    return w
