"""`salesplanner journal`: list what was logged, correct an entry, delete one (each --json)."""

from __future__ import annotations

import json

import pytest

from tests.cli.plan_dump import dump


def listed(run, db, *options) -> dict:
    code, out, err = run(
        "journal", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", *options, "--json"
    )
    assert (code, err) == (0, "")
    return json.loads(out)


def test_the_list_has_the_imported_sales_and_the_logged_contract(plan, run):
    data = listed(run, plan)
    assert [(e["date"], e["customer"], e["type"], e["source"]) for e in data["entries"]] == [
        ("2026-11-20", "华星科技", "contract", "manual"),
        ("2026-11-05", "远航软件", "contract", "import"),
        ("2026-11-02", "华星科技", "contract", "import"),
    ]
    assert (data["count"], data["sales_wan"]) == (3, 17.3)
    assert [e["type"] for e in listed(run, plan, "--customer", "远航软件")["entries"]] == [
        "contract"
    ]
    assert listed(run, plan, "--type", "visit")["entries"] == []
    code, out, _ = run("journal", "--db", plan, "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0 and "3 entries from 2026-11-01 to 2026-11-30, sales 17.3万" in out


def test_edit_then_delete_an_entry(plan, run):
    logged = listed(run, plan)["entries"][0]["id"]
    code, out, err = run(
        "journal", "edit", logged, "--amount", "0.5万", "--note", "二期", "--db", plan, "--json"
    )
    assert (code, err) == (0, "")
    changed = {
        (c["table"], k): (c["before"][k], v)
        for c in json.loads(out)["changed"]
        for k, v in c["after"].items()
    }
    assert changed[("deals", "amount_fen")] == (300000, 500000)
    assert changed[("activities", "note")] == ("", "二期")
    assert listed(run, plan)["sales_wan"] == 17.5

    code, out, err = run("journal", "delete", logged, "--db", plan)
    assert (code, err) == (0, "")
    assert out.strip() == f"Deleted {logged} (1 deal, 1 activity)."  # one of each, said so
    assert [e["id"] for e in listed(run, plan)["entries"]] == ["D2", "D1"]
    assert listed(run, plan)["sales_wan"] == 17


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["edit", "A99", "--note", "x"], "There is no journal entry A99."),
        (["edit", "Z1", "--note", "x"], "There is no journal entry Z1."),
        (["edit", "D1"], "Say what to change"),
        (["edit", "D1", "--outcome", "签约"], "has no count or outcome"),
        (["edit", "D1", "--amount", "-3"], "more than zero"),
        (["edit", "D1", "--date", "2026-02-30"], "--date must be a day"),
        (["edit", "D1", "--count", str(10**30)], "the count"),
        (["delete", "A424242"], "There is no journal entry A424242."),
        (["--type", "call"], "Unknown activity type 'call'."),
        (["--customer", "华星"], "No customer is called 华星."),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "start is after its end"),
    ],
)
def test_a_bad_id_or_argument_is_one_line_and_exit_2(plan, run, argv, said):
    before = dump(plan)
    code, out, err = run("journal", *argv, "--db", plan)
    assert code == 2 and out == ""
    assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert dump(plan) == before
