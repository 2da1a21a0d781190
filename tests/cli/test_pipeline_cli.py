"""`salesplanner pipeline` and `salesplanner opp add|move|win|lose` with --json."""

from __future__ import annotations

import json

import pytest

from salesplanner.cli import main


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_add_move_win_lose_and_the_board(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    d = run(capsys, "opp", "add", "--db", db, "华星科技", "12万", "--stage", "方案", "--close",
            "2026-12-20", "--date", "2026-12-01")  # fmt: skip
    assert (d["customer"], d["amount"], d["stage"], d["expected_close"]) == (
        "华星科技", 120000, "proposal", "2026-12-20",
    )  # fmt: skip
    run(capsys, "opp", "add", "--db", db, "远航软件", "50000元", "--stage", "negotiation")
    run(capsys, "opp", "add", "--db", db, "明德信息", "3", "--date", "2026-12-01")
    d = run(capsys, "pipeline", "--db", db)
    stages = {s["stage"]: s for s in d["stages"]}
    # 12万 × 60 % + 5万 × 80 % + 3万 × 10 % = 7.2 + 4 + 0.3 = 11.5万
    assert (d["open_count"], d["open_amount"], d["weighted"]) == (3, 200000, 115000)
    assert (stages["proposal"]["count"], stages["proposal"]["weighted"]) == (1, 72000)
    d = run(capsys, "opp", "move", "--db", db, "华星", "商务谈判", "--date", "2026-12-05")
    assert d["stage"] == "negotiation"
    d = run(capsys, "opp", "win", "--db", db, "华星科技", "11.5万", "--date", "2026-12-10")
    assert d["outcome"] == "won" and d["amount"] == 115000 and d["sale_id"]
    d = run(capsys, "opp", "lose", "--db", db, "明德信息", "预算取消", "--date", "2026-12-11")
    assert d["outcome"] == "lost" and d["lost_reason"] == "预算取消" and d["sale_id"] is None
    d = run(capsys, "pipeline", "--db", db, "--closed")
    assert (d["open_count"], d["won"], d["closed"], d["win_rate"]) == (1, 1, 2, 0.5)
    won = next(s for s in d["stages"] if s["stage"] == "won")
    assert [x["customer"] for x in won["deals"]] == ["华星科技"]
    assert main(["pipeline", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "negotiation" in text and "5万" in text and "won 1 of 2 closed" in text
    # one open deal left: said in the singular, on its stage's line and in the total
    assert "open: 1 deal, 5万" in text
    assert [ln.split()[1:3] for ln in text.splitlines() if ln.startswith("negotiation")] == [
        ["1", "deal"]
    ]
    assert "1 deals" not in text


def test_bad_input_is_one_line_exit_2(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    assert main(["opp", "add", "--db", db, "甲公司", "2万", "--date", "2026-12-01"]) == 0
    assert main(["opp", "add", "--db", db, "甲公司", "3万", "--date", "2026-12-01"]) == 0
    capsys.readouterr()
    for argv in (
        ["opp", "add", "--db", db, "乙公司", "lots"],
        ["opp", "add", "--db", db, "乙公司", "2万", "--stage", "maybe"],
        ["opp", "add", "--db", db, "乙公司", "2万", "--close", "soon"],
        ["opp", "move", "--db", db, "甲公司", "方案"],  # two open deals: which one?
        ["opp", "move", "--db", db, "#99", "方案"],
        ["opp", "win", "--db", db, "#1", "0"],
        ["opp", "lose", "--db", db, "#1", " "],
        ["opp", "move", "--db", db, "#1", "won"],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "error" in err, (argv, err)


def test_opp_without_an_action_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["opp"])
    assert exc.value.code == 2 and "ACTION" in capsys.readouterr().err


def test_log_understands_deal_lines(capsys, tmp_path):
    db = str(tmp_path / "plan.db")
    d = run(capsys, "log", "--db", db, "商机 华星科技 12万 方案 12-20", "--date", "2026-12-01")
    assert (d["stage"], d["amount"], d["expected_close"], d["created"]) == (
        "proposal", 120000, "2026-12-20", "2026-12-01",
    )  # fmt: skip
    d = run(capsys, "log", "--db", db, "推进 华星 谈判", "--date", "2026-12-02")
    assert d["stage"] == "negotiation"
    d = run(capsys, "log", "--db", db, "赢单 华星科技 11.5万", "--date", "2026-12-03")
    assert d["outcome"] == "won" and d["amount"] == 115000 and d["sale_id"]
    d = run(capsys, "week", "--db", db, "--week", "2026-W49")
    assert d["logged"] == {"contract": 1}  # the win logged its contract
    assert main(["log", "--db", db, "输单 华星科技 价格太高", "--date", "2026-12-03"]) == 2
    assert "no open deal" in capsys.readouterr().err
