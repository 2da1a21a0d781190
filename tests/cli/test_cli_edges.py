"""The command line at its edges: a closed pipe, a mistyped --db folder, absurd values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from salesplanner.cli import main


def test_output_into_a_closed_pipe_ends_quietly():
    # `salesplanner … --json | head` where head has already gone: no BrokenPipeError
    # traceback, no "Exception ignored" at interpreter exit
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "salesplanner", "goal", "breakdown", "--total", "98"]
            + ["--start", "2026-01-01", "--months", "12", "--by", "day", "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 0


def test_db_in_a_folder_that_does_not_exist_is_refused(tmp_path, one_line_exit_2):
    # a typo in the folder must not create folders and an empty plan
    target = tmp_path / "no-such-folder" / "plan.db"
    line = one_line_exit_2(["week", "--db", str(target)])
    assert "does not exist" in line and "no-such-folder" in line
    assert not target.parent.exists()


def test_db_in_a_folder_that_does_not_exist_is_refused_by_log_and_import(tmp_path, one_line_exit_2):
    target = tmp_path / "typo" / "plan.db"
    one_line_exit_2(["log", "visit Acme", "--db", str(target)])
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["goal", "suggest", "--history", "1e300"],
        ["goal", "suggest", "--history", "80", "--uplift", "1e308"],
        ["goal", "breakdown", "--total", "1e300", "--start", "2026-01-01"],
        ["goal", "breakdown", "--total", "98", "--start", "9999-12-01"],
        ["goal", "breakdown", "--total", "98", "--start", "2100-12-01", "--months", "3"],
        ["goal", "funnel", "--target", "30", "--deal-size", "3.75"]
        + ["--close-rate", "1e-300/1", "--proposal-rate", "15/40"],
        ["goal", "funnel", "--target", "30", "--deal-size", "3.75"]
        + ["--close-rate", "8/15", "--proposal-rate", "15/40", "--followups-per-day", "10**99"],
    ],
)
def test_absurd_numbers_and_dates_are_one_line(argv, one_line_exit_2):
    line = one_line_exit_2(argv)
    assert "error" in line


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "2101-W01", "1989-W52"])
@pytest.mark.parametrize("command", ["week", "diagnose", "ics"])
def test_weeks_outside_the_planning_years_are_one_line(
    capsys, tmp_path, week, command, one_line_exit_2
):
    db = tmp_path / "plan.db"
    main(["demo", "--db", str(db)])
    capsys.readouterr()
    argv = [command, "--db", str(db), "--week", week]
    if command == "ics":
        argv += ["--out", str(tmp_path / "w.ics")]
    line = one_line_exit_2(argv)
    assert "1990–2100" in line


@pytest.mark.parametrize("command", ["progress", "reminders", "top-customers"])
def test_days_outside_the_planning_years_are_one_line(capsys, tmp_path, command, one_line_exit_2):
    db = tmp_path / "plan.db"
    main(["demo", "--db", str(db)])
    capsys.readouterr()
    line = one_line_exit_2([command, "--db", str(db), "--date", "9999-12-31"])
    assert "1990–2100" in line


def test_the_last_week_of_the_planning_years_still_works(capsys, tmp_path):
    db = tmp_path / "plan.db"
    assert main(["week", "--db", str(db), "--week", "2100-W51"]) == 0
    assert main(["week", "--db", str(db), "--week", "1990-W01"]) == 0


def test_log_asks_about_an_ambiguous_line_and_yes_logs_it(capsys, tmp_path, one_line_exit_2):
    db = tmp_path / "plan.db"
    line = one_line_exit_2(["log", "phone -3", "--db", str(db), "--date", "2026-12-01"])
    assert "“-3”" in line and "--yes" in line
    assert (
        main(["log", "phone -3", "--db", str(db), "--date", "2026-12-01", "--yes", "--json"]) == 0
    )
    assert '"customer": "-3"' in capsys.readouterr().out


# -- faults the property test (test_cli_property.py) found, one example each ---------------------
@pytest.mark.parametrize(
    "argv",
    [
        ["goal", "suggest", "--history", "1e999999999"],  # decimal.Overflow in the bound itself
        ["goal", "breakdown", "--total", "98", "--weights", "1e999999999"],
        ["import-undo", "1021306509250132180992"],  # OverflowError: too large for SQLite
        ["writeback", "--import-id", "99999999999999999999"],
        ["top-customers", "--months", "25827"],  # ValueError: year -126 is out of range
        ["forecast", "--date", "0001-01-01"],  # OverflowError: date value out of range
        ["forecast", "--seed", "-1"],  # numpy: expected non-negative integer
        ["opp", "add", "华星科技", "1e999999999"],  # decimal.Overflow in parse_amount
        ["opp", "win", "99999999999999999999", "3万"],
        ["team", "quota", "--total", "100", "--start", "9999-12-01"],
    ],
)
def test_values_the_property_test_found_are_one_line(demo_db, tmp_path, argv, one_line_exit_2):
    where = ["--folder", str(tmp_path)] if argv[0] == "team" else ["--db", str(demo_db)]
    line = one_line_exit_2([*argv, *where])
    assert "error" in line


def test_a_line_break_in_a_value_does_not_make_the_error_longer(tmp_path, one_line_exit_2):
    # import --sheet "a\nb" echoed the name with its line breaks: 3 lines on stderr
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["日期", "客户", "金额"])
    book.save(tmp_path / "s.xlsx")
    argv = ["import", str(tmp_path / "s.xlsx"), "--sheet", "a\nb\u2028c\rd"]
    line = one_line_exit_2([*argv, "--db", str(tmp_path / "plan.db")])
    assert "a b c d" in line
