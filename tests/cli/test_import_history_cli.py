"""`salesplanner import-history` and `import-undo`: list the imports, take one back."""

from __future__ import annotations

import json

from tests.cli.plan_dump import dump


def test_history_lists_the_import_with_its_counts(plan, run):
    code, out, err = run("import-history", "--db", plan, "--json")
    assert (code, err) == (0, "")
    (entry,) = json.loads(out)
    assert (entry["id"], entry["file_name"], entry["kind"]) == (1, "十一月销售.csv", "sales")
    assert (entry["rows_imported"], entry["rows_present"], entry["removable"]) == (2, 4, True)
    code, out, _ = run("import-history", "--db", plan)
    assert "#1 " in out and "十一月销售.csv  sales: 2 imported, 0 skipped" in out


def test_history_says_when_in_the_reps_local_time(plan, run, monkeypatch):
    """The plan keeps UTC; the list said 01:30 for an import made at 09:30 in Beijing."""
    import datetime as dt
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        code, out, _ = run("import-history", "--db", plan, "--json")
        utc = dt.datetime.strptime(json.loads(out)[0]["imported_at"], "%Y-%m-%dT%H:%M:%SZ")
        code, out, _ = run("import-history", "--db", plan)
    finally:
        monkeypatch.undo()  # TZ as it was
        time.tzset()
    beijing = (utc + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")
    assert code == 0 and out.startswith(f"#1 {beijing}  十一月销售.csv")


def test_dry_run_changes_nothing_then_undo_removes_exactly_the_import(plan, run):
    before = dump(plan)
    code, out, _ = run("import-undo", "1", "--db", plan, "--dry-run")
    assert code == 0
    assert out.strip() == (
        "Would remove import #1 (十一月销售.csv): 2 sales, 1 customer; "
        "1 customer kept: other records use them."
    )
    assert dump(plan) == before
    code, out, _ = run("import-undo", "1", "--db", plan, "--json")
    data = json.loads(out)
    assert (code, data["dry_run"], data["removes"]) == (0, False, {"deals": 2, "customers": 1})
    code, out, _ = run("import-history", "--db", plan)
    assert out.strip() == "No imports yet."
    code, out, _ = run("export-csv", "deals", plan.with_name("deals.csv"), "--db", plan)
    rows = plan.with_name("deals.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and ",3000.00," in rows[1]  # only the contract logged by hand is left


def test_unknown_import_is_one_line_and_exit_2(plan, run):
    code, out, err = run("import-undo", "7", "--db", plan)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == ["salesplanner: error: There is no import #7 in this plan."]
