"""`salesplanner progress`, `diagnose`, `top-customers` and `demo --scenario seed-4.6`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from salesplanner.cli import main


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed46.db"
    assert main(["demo", "--scenario", "seed-4.6", "--db", str(path)]) == 0
    return path


def _json(capsys, argv):
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_progress_json(seed_db, capsys):
    data = _json(capsys, ["progress", "--db", str(seed_db), "--json"])
    assert data["as_of"] == "2026-06-05"
    assert data["target_fen"] == 30_000_000 and data["actual_fen"] == 5_000_000
    assert data["forecast_fen"] == 21_000_000
    dated = _json(capsys, ["progress", "--db", str(seed_db), "--date", "2026-06-03", "--json"])
    assert dated["working_days"]["elapsed"] == 3


def test_diagnose_json_is_the_46_case(seed_db, capsys):
    data = _json(capsys, ["diagnose", "--db", str(seed_db), "--json"])
    assert data["diagnosis"]["week"]["iso"] == "2026-W23"
    assert data["diagnosis"]["lagging_indicator"] == "visit"
    assert data["diagnosis"]["lagging"]["cost_fen"] == 5_000_000
    assert data["catch_up"]["weeks_total_fen"] == 25_000_000
    assert {o["key"] for o in data["options"]} == {"more_visits", "phone", "move_blocks"}
    same = _json(capsys, ["diagnose", "--db", str(seed_db), "--week", "2026-W23", "--json"])
    assert same["diagnosis"]["as_of"] == "2026-06-07"  # a past week: as of its end
    assert {**same["diagnosis"], "as_of": None} == {**data["diagnosis"], "as_of": None}


def test_text_output_and_bad_arguments(seed_db, capsys):
    assert main(["diagnose", "--db", str(seed_db)]) == 0
    assert "lagging indicator is new-customer visit" in capsys.readouterr().out
    assert main(["diagnose", "--db", str(seed_db), "--week", "W2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ISO week" in err
    assert main(["progress", "--db", str(seed_db), "--date", "june"]) == 2
    assert main(["progress", "--db", str(seed_db.with_name("missing.db"))]) == 2


def test_top_customers(seed_db, capsys):
    data = _json(capsys, ["top-customers", "--db", str(seed_db), "--months", "0", "--json"])
    assert data["buyers"] == 1 and data["top20_share"] == 1.0
    assert data["customers"][0]["name"] == "华星科技"


def test_top_customers_refuses_a_negative_window(seed_db, capsys):
    capsys.readouterr()
    assert main(["top-customers", "--db", str(seed_db), "--months", "-3", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "--months" in captured.err


def test_progress_forecast_is_the_pipelines_as_in_the_pane_and_report(tmp_path, capsys):
    """With open deals the month's forecast is the pipeline's range and odds (the figures the
    Progress pane and the weekly report show), not the run-rate line."""
    from salesplanner.domain.money import to_fen
    from salesplanner.services.report import goal_forecast
    from salesplanner.store.db import Store

    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    data = _json(capsys, ["progress", "--db", str(db), "--json"])
    with Store.open(db) as store:
        f = goal_forecast(store, dt.date.fromisoformat(data["as_of"]))
    period = data["period"]
    found = f.outlook_of(
        dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"])
    )
    assert found is not None
    outlook, _early = found
    pf = data["pipeline_forecast"]
    assert (pf["p10_fen"], pf["p90_fen"]) == (to_fen(outlook.p10), to_fen(outlook.p90))
    assert pf["chance"] == outlook.chances[0]
    assert main(["progress", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert f"likely to reach {data['target_fen'] // 1_000_000}万" in text
    assert "(run rate)" not in text
    assert main(["progress", "--db", str(db), "--period", "week"]) == 0
    assert "(run rate)" in capsys.readouterr().out  # a week has no pipeline outlook


def test_diagnose_says_what_holds_the_goal_back_from_the_pipeline(tmp_path, capsys):
    """The demo has a pipeline: the JSON and the text name the cause and the two options."""
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    data = _json(capsys, ["diagnose", "--db", str(path), "--json"])
    pipe = data["pipeline"]
    assert pipe["verdict"] in ("pipeline", "stuck", "activity")
    assert pipe["verdict"] == max(pipe["costs_fen"], key=pipe["costs_fen"].get)
    assert pipe["messages"][0]["code"] == f"pdiag.verdict.{pipe['verdict']}"
    keys = [o["key"] for o in pipe["options"]]
    assert "move_stale" in keys
    move = pipe["options"][keys.index("move_stale")]
    assert move["chance_after"] > move["chance_before"] == pipe["chance"]
    capsys.readouterr()
    assert main(["diagnose", "--db", str(path)]) == 0
    text = capsys.readouterr().out
    assert "from the pipeline:\n  What holds the period back: " in text
    assert "Move these stalled deals one stage on (" in text


def test_diagnose_without_a_pipeline_says_nothing_of_it(seed_db, capsys):
    assert _json(capsys, ["diagnose", "--db", str(seed_db), "--json"])["pipeline"] is None
