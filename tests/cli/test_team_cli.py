"""`salesplanner report` and `salesplanner team …` as a rep and a manager type them."""

from __future__ import annotations

import json

from salesplanner.cli import main


def _json(capsys, argv):
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_publish_view_quota_inbox(demo_db, tmp_path, capsys):
    folder = tmp_path / "team"
    folder.mkdir()
    db = str(demo_db)
    out = _json(
        capsys,
        [
            "team",
            "publish",
            "--db",
            db,
            "--folder",
            str(folder),
            "--name",
            "王芳",
            "--date",
            "2026-11-27",
        ],
    )
    assert out["file"].endswith(".v1.snapshot.json")
    # remembered: the second publish needs neither folder nor name
    capsys.readouterr()
    assert main(["team", "publish", "--db", db, "--date", "2026-11-27"]) == 0
    assert "published" in capsys.readouterr().out
    view = _json(capsys, ["team", "view", "--folder", str(folder), "--date", "2026-11-28"])
    assert [r["name"] for r in view["reps"]] == ["王芳"]
    assert view["team"]["won_fen"] == view["reps"][0]["period"]["won_fen"] > 0
    quota = _json(
        capsys,
        [
            "team",
            "quota",
            "--folder",
            str(folder),
            "--total",
            "120",
            "--by",
            "even",
            "--start",
            "2027-01-01",
            "--end",
            "2027-03-31",
        ],
    )
    assert [q["fen"] for q in quota["quotas"]] == [120_0000_00]
    inbox = _json(capsys, ["team", "inbox", "--db", db])
    assert inbox["quota_fen"] == 120_0000_00 and inbox["start"] == "2027-01-01"


def test_team_errors_are_one_line_and_exit_2(demo_db, tmp_path, capsys):
    capsys.readouterr()
    assert main(["team", "publish", "--db", str(demo_db), "--folder", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "name" in err
    assert main(["team", "view", "--folder", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert main(["team", "quota", "--folder", str(tmp_path), "--total", "abc"]) == 2
    assert "--total" in capsys.readouterr().err


def test_report_text_in_chinese_and_pdf(demo_db, tmp_path, capsys):
    capsys.readouterr()
    assert main(["report", "--db", str(demo_db), "--week", "2026-W48", "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("周报 11月23日–11月29日")
    assert "本周" in text and "Weekly" not in text
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "周报.pdf"
    assert main(["report", "--db", str(demo_db), "--week", "2026-W48", "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    assert [p.name for p in out.iterdir()] == ["周报.pdf"]  # no temporary file left
    data = _json(capsys, ["report", "--db", str(demo_db), "--week", "2026-W48"])
    assert data["week"]["start"] == "2026-11-23"
    assert data["periods"][0]["kind"] == "week"
