"""`salesplanner goal …` reproduces METHOD.md's worked numbers (run through cli.main, --json)."""

import json

import pytest

from salesplanner.cli import main


def run(capsys, *argv):
    code = main(["goal", *argv, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_suggest(capsys):
    d = run(capsys, "suggest", "--history", "75", "80", "85", "--uplift", "15")
    assert (d["baseline"], d["raw_target"], d["target"]) == (85, 97.75, 98)
    assert d["verdict"]["level"] == "stretch"
    assert d["baseline_options"] == {"last": 85, "average": 80, "trend": 90}
    d = run(capsys, "suggest", "--history", "75", "80", "85", "--baseline", "trend", "--round", "0")
    assert d["baseline"] == 90 and d["target"] == 103.5


def test_suggest_with_factor(capsys):
    d = run(
        capsys,
        "suggest",
        "--history",
        "75",
        "80",
        "85",
        "--factor",
        "new version:+:10",
        "--factor",
        "competitor:-",
    )
    assert d["adjusted_baseline"] == 93.5 and d["target"] == 108


def test_check_unrealistic_and_reasonable(capsys):
    d = run(capsys, "check", "--history", "50", "50", "50", "--target", "200")
    assert d["verdict"]["level"] == "unrealistic"
    smart = {r["criterion"]: r for r in d["smart"]}
    assert smart["achievable"]["status"] == "fail" and smart["achievable"]["text"]
    assert set(smart) == {"specific", "measurable", "achievable", "relevant", "time_bound"}
    d = run(capsys, "check", "--history", "50", "50", "50", "--target", "60")
    assert d["verdict"]["level"] == "stretch"


def test_breakdown_months_weeks_days(capsys):
    d = run(
        capsys,
        "breakdown",
        "--total",
        "98",
        "--start",
        "2026-01-01",
        "--months",
        "3",
        "--method",
        "ramp",
        "--step",
        "10",
    )
    assert [m["amount"] for m in d["months"]] == [30, 33, 35]
    d = run(
        capsys,
        "breakdown",
        "--total",
        "98",
        "--start",
        "2026-01-01",
        "--months",
        "3",
        "--by",
        "week",
    )
    assert round(sum(w["amount"] for w in d["weeks"]), 2) == 98
    assert d["weeks"][0] == {
        "start": "2026-01-01",
        "end": "2026-01-04",
        "amount": 1.43,
        "working_days": 1,
    }
    d = run(
        capsys,
        "breakdown",
        "--total",
        "30",
        "--start",
        "2026-03-01",
        "--months",
        "1",
        "--by",
        "day",
    )
    assert len(d["days"]) == 22 and round(sum(x["amount"] for x in d["days"]), 2) == 30
    d = run(
        capsys,
        "breakdown",
        "--total",
        "60",
        "--start",
        "2026-01-01",
        "--method",
        "seasonal",
        "--weights",
        "1",
        "2",
        "3",
    )
    assert [m["amount"] for m in d["months"]] == [10, 20, 30]


def test_breakdown_unknown_year(capsys):
    d = run(capsys, "breakdown", "--total", "10", "--start", "2027-01-01", "--months", "1")
    assert d["unknown_schedule_years"] == [2027]


def test_funnel(capsys):
    d = run(
        capsys,
        "funnel",
        "--target",
        "30",
        "--deal-size",
        "3.75",
        "--close-rate",
        "8/15",
        "--proposal-rate",
        "15/40",
    )
    assert d["per_month"] == {"contracts": 8, "proposals": 15, "visits": 40, "followups": 100}
    assert d["per_week"]["visits"] == 10 and d["per_day"]["followups"] == 5


@pytest.mark.parametrize(
    "argv",
    [
        ["suggest", "--history", "x"],
        ["check", "--history", "50", "--target", "-1"],
        ["breakdown", "--total", "98", "--start", "2026-13-01"],
        ["breakdown", "--total", "98", "--start", "2026-01-01", "--months", "0"],
        [
            "breakdown",
            "--total",
            "98",
            "--start",
            "2026-01-01",
            "--method",
            "seasonal",
            "--weights",
            "1",
        ],
        [
            "funnel",
            "--target",
            "30",
            "--deal-size",
            "0",
            "--close-rate",
            "8/15",
            "--proposal-rate",
            "15/40",
        ],
        [
            "funnel",
            "--target",
            "30",
            "--deal-size",
            "3.75",
            "--close-rate",
            "8/0",
            "--proposal-rate",
            "15/40",
        ],
    ],
)
def test_bad_arguments_exit_2_one_line(capsys, argv):
    try:
        code = main(["goal", *argv])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
