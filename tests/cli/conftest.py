"""Fixtures shared by the command-line tests: ``plan`` (a small plan made through the CLI
itself); ``run`` (cli.main → code, stdout, stderr) is in tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture
def plan(tmp_path, run):
    """Two imported sales (华星科技, 远航软件) and a contract logged for 华星科技."""
    sheet = tmp_path / "十一月销售.csv"
    sheet.write_text(
        "日期,客户,金额\n2026-11-02,华星科技,120000\n2026-11-05,远航软件,50000\n", encoding="utf-8"
    )
    db = tmp_path / "p.db"
    assert run("import", sheet, "--db", db)[0] == 0
    assert run("log", "签约 华星科技 0.3万", "--date", "2026-11-20", "--db", db)[0] == 0
    return db
