"""`salesplanner import / export / writeback / export-csv` on the command line."""

from __future__ import annotations

import json

import pytest

from salesplanner import cli
from tests.io import excel_corpus as corpus


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["salesplanner.commands.excel"])

    def _run(*argv):
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_import_json_report(tmp_path, run):
    db = tmp_path / "p.db"
    code, out, _ = run("import", corpus.chinese_sales(tmp_path / "s.xlsx"), "--db", db, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] == 6 and data["kind"] == "sales" and data["header_row"] == 4
    assert {p["column"] for p in data["problems"] if p["severity"] == "error"} == {"A", "F"}
    code, out, _ = run("import", corpus.chinese_sales(tmp_path / "s.xlsx"), "--db", db, "--json")
    assert json.loads(out)["imported"] == 0


def test_import_dry_run_kind_and_map(tmp_path, run):
    db = tmp_path / "p.db"
    path = corpus.english_sales(tmp_path / "e.xlsx")
    code, out, _ = run("import", path, "--db", db, "--dry-run", "--map", "note=Region", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["dry_run"] and data["imported"] == 5
    assert data["mapping"]["note"] == "H Region"
    code, out, err = run("import", path, "--db", db, "--kind", "customers", "--map", "bogus=A")
    assert code == 2 and "not a field" in err


def test_import_unknown_sheet(tmp_path, run):
    code, _, err = run(
        "import",
        corpus.chinese_sales(tmp_path / "s.xlsx"),
        "--db",
        tmp_path / "p.db",
        "--sheet",
        "Nope",
    )
    assert code == 2 and "no sheet named" in err


def test_list_sheets(tmp_path, run):
    code, out, _ = run(
        "import", corpus.chinese_sales(tmp_path / "s.xlsx"), "--list-sheets", "--json"
    )
    assert [s["name"] for s in json.loads(out)["sheets"]] == ["2026年销售明细", "说明"]


def test_export_and_export_csv(tmp_path, run):
    db = tmp_path / "p.db"
    assert run("import", corpus.chinese_sales(tmp_path / "s.xlsx"), "--db", db)[0] == 0
    code, out, _ = run(
        "export", tmp_path / "plan.xlsx", "--db", db, "--json", "--today", "2026-03-11"
    )
    assert code == 0 and json.loads(out)["rows"]["sales"] == 6
    code, out, _ = run("export-csv", "deals", tmp_path / "deals.csv", "--db", db, "--json")
    assert code == 0 and json.loads(out)["rows"] == 6
    code, _, err = run("export-csv", "nope", tmp_path / "x.csv", "--db", db)
    assert code == 2 and "no table" in err
    code, _, err = run("export", tmp_path / "plan.pdf", "--db", db)
    assert code == 2
    code, out, _ = run("export", tmp_path / "plan.xlsx", "--db", db, "--week", "2026-02-11")
    assert code == 0 and "week plan from 2026-02-09" in out
    code, _, err = run("export", tmp_path / "plan.xlsx", "--db", db, "--week", "2/11")
    assert code == 2 and "--week must be a day like" in err and len(err.splitlines()) == 1


def test_writeback_command(tmp_path, run):
    db = tmp_path / "p.db"
    path = corpus.activity_log(tmp_path / "log.xlsx")
    assert run("import", path, "--db", db)[0] == 0
    code, out, _ = run("writeback", "--db", db, "--json")
    assert code == 0 and json.loads(out)["activities"] == 0
    code, out, _ = run("writeback", "--db", db, "--list", "--json")
    assert json.loads(out)[0]["file_name"] == "log.xlsx"
    code, _, err = run("writeback", "--db", db, "--import-id", "99")
    assert code == 2 and "no import #99" in err
