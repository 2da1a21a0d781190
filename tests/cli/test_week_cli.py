"""`salesplanner week / log / ics / reminders` with --json; bad input is one line, exit 2."""

from __future__ import annotations

import json

from salesplanner.cli import main


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_week_apply_template_log_and_ics(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    d = run(capsys, "week", "--db", db, "--week", "2026-W03", "--apply-template")
    assert d["added"] == 12 and len(d["blocks"]) == 12 and d["week"] == "2026-W03"
    assert d["start"] == "2026-01-12"
    d = run(capsys, "week", "--db", db, "--week", "2026-W03")
    assert "added" not in d and len(d["blocks"]) == 12
    d = run(capsys, "log", "--db", db, "visit 华星科技", "--date", "2026-01-14")
    assert d["activity"] == "visit" and d["customer"] == "华星科技" and d["new_customer"]
    d = run(capsys, "log", "--db", db, "contract 3.5万 华星科技", "--date", "2026-01-14")
    assert d["deal_id"] and d["amount"] == 35000 and not d["new_customer"]
    d = run(capsys, "week", "--db", db, "--week", "2026-W03")
    assert d["logged"] == {"visit": 1, "contract": 1}
    out = tmp_path / "w.ics"
    d = run(capsys, "ics", "--db", db, "--week", "2026-W03", "--out", str(out))
    assert d["events"] == 12 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    d = run(capsys, "reminders", "--db", db, "--date", "2026-01-16")
    assert any(r["kind"] == "review" for r in d)


def test_log_names_the_person_as_the_bar_does(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    run(capsys, "log", "--db", db, "visit 远航科技", "--date", "2026-01-14")
    run(capsys, "contact", "add", "远航科技", "--name", "王伟", "--db", db)
    d = run(capsys, "log", "--db", db, "跟进 远航科技 王伟 谈了价格", "--date", "2026-01-15")
    assert (d["customer"], d["contact"], d["outcome"]) == ("远航科技", "王伟", "王伟 谈了价格")
    d = run(capsys, "log", "--db", db, "跟进 王伟", "--date", "2026-01-15")  # the person alone
    assert (d["customer"], d["contact"], d["new_customer"]) == ("远航科技", "王伟", False)
    assert main(["log", "--db", db, "跟进 远航科技 王伟", "--date", "2026-01-15"]) == 0
    assert "· 远航科技 (王伟)" in capsys.readouterr().out


def test_text_output(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    assert main(["week", "--db", db, "--week", "2026-W40", "--apply-template"]) == 0
    text = capsys.readouterr().out
    assert "Added 7 blocks." in text and "(off: National Day)" in text


def test_bad_input_is_one_line_exit_2(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    for argv in (
        ["week", "--db", db, "--week", "2026-W60"],
        ["week", "--db", db, "--week", "next"],
        ["week", "--db", db, "--week", "2026-W02", "--apply-template", "Nope"],
        ["log", "--db", db, "went fishing"],
        ["log", "--db", db, "visit A", "--date", "27/11"],
        ["ics", "--db", db, "--week", "2026-W02", "--out", str(tmp_path / "no" / "x.ics")],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("salesplanner: error:"), err
