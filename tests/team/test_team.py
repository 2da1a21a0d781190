"""The team folder: snapshots published and read back over a plain folder and a real WebDAV
server on 127.0.0.1, the roll-up, quotas, and every way a folder or a file can fail."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import socket
import threading

import pytest

from salesplanner.domain import team as T
from salesplanner.io.team_folder import TeamFolder
from salesplanner.services import team as S

from .conftest import PASSWORD, USER

TODAY = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 18, 0, 0)


def snap(rep_id="a1b2c3d4", name="王芳", target=3_000_000, won=1_000_000, history=0, **kw):
    return T.Snapshot(
        rep_id=rep_id,
        rep_name=name,
        published_at=kw.pop("published_at", NOW),
        as_of=TODAY,
        periods=(
            T.PeriodFigures("month", dt.date(2026, 11, 1), dt.date(2026, 11, 30), target, won),
        ),
        activities=kw.pop("activities", {"visit": (5, 10)}),
        history_fen=history,
        **kw,
    )


# -- the documents ---------------------------------------------------------------------------


def test_snapshot_round_trip_keeps_every_figure():
    s = snap(
        obstacles="客户预算冻结", help_needed="需要技术支持", review_week=dt.date(2026, 11, 23)
    )
    back = T.decode_snapshot(T.encode_snapshot(s))
    assert back == s


def test_customer_names_are_shared_only_when_the_rep_chose_so():
    s = snap(top_customers=(("华星科技", 500_000),))
    assert T.decode_snapshot(T.encode_snapshot(s)).top_customers == ()
    s = snap(top_customers=(("华星科技", 500_000),), share=T.SHARE_CUSTOMERS)
    assert T.decode_snapshot(T.encode_snapshot(s)).top_customers == (("华星科技", 500_000),)


def test_a_tampered_snapshot_is_refused_naming_the_file_and_the_rep():
    doc = json.loads(T.encode_snapshot(snap()))
    doc["content"]["periods"][0]["won_fen"] = 9_999_999
    with pytest.raises(T.TeamError) as e:
        T.decode_snapshot(json.dumps(doc).encode(), "x.v1.snapshot.json")
    assert e.value.code == "snapshot.tampered"
    assert "x.v1.snapshot.json" in str(e.value) and "王芳" in str(e.value)


def test_a_truncated_snapshot_is_refused():
    data = T.encode_snapshot(snap())
    with pytest.raises(T.TeamError) as e:
        T.decode_snapshot(data[: len(data) // 2], "half.json")
    assert e.value.code == "snapshot.not_json"
    assert "half.json" in str(e.value)


def test_a_snapshot_from_a_newer_app_is_refused_by_name():
    doc = json.loads(T.encode_snapshot(snap()))
    doc["schema"] = T.SCHEMA_VERSION + 1
    with pytest.raises(T.TeamError) as e:
        T.decode_snapshot(json.dumps(doc).encode(), "new.json")
    assert e.value.code == "snapshot.newer"
    assert "new.json" in str(e.value) and str(T.SCHEMA_VERSION + 1) in str(e.value)


# -- quotas ----------------------------------------------------------------------------------


def reps():
    return [
        snap("00000001", "甲", history=60_000_000),
        snap("00000002", "乙", history=30_000_000),
        snap("00000003", "丙", history=10_000_000),
    ]


def test_quota_by_history_is_proportional_and_exact():
    parts = T.split_quota(5_000_000_00, reps(), "history")
    assert parts == {"00000001": 3_000_000_00, "00000002": 1_500_000_00, "00000003": 500_000_00}


@pytest.mark.parametrize("total", [1, 99, 100_00, 3_333_333_33, 10_000_000_01])
def test_quota_evenly_keeps_the_exact_total(total):
    parts = T.split_quota(total, reps(), "even")
    assert sum(parts.values()) == total
    assert max(parts.values()) - min(parts.values()) <= 100 + total % 100


def test_manual_quota_keeps_the_hand_typed_part_and_spreads_the_rest_by_history():
    parts = T.split_quota(5_000_000_00, reps(), "manual", {"丙": 2_000_000_00})
    assert parts["00000003"] == 2_000_000_00
    assert parts["00000001"] == 2_000_000_00 and parts["00000002"] == 1_000_000_00
    with pytest.raises(T.TeamError) as e:
        T.split_quota(100, reps(), "manual", {"丙": 200})
    assert e.value.code == "quota.manual_sum"
    with pytest.raises(T.TeamError) as e:
        T.split_quota(100, reps(), "manual", {"丁": 50})
    assert e.value.code == "quota.manual_unknown"


def test_quotas_round_trip_and_refuse_parts_that_do_not_add_up():
    q = T.Quotas(dt.date(2027, 1, 1), dt.date(2027, 3, 31), 300, "even", {"00000001": 300}, {}, NOW)
    assert T.decode_quotas(T.encode_quotas(q)) == q
    bad = T.Quotas(q.start, q.end, 300, "even", {"00000001": 200}, {}, NOW)
    with pytest.raises(T.TeamError):
        T.decode_quotas(T.encode_quotas(bad))


# -- the roll-up -----------------------------------------------------------------------------


def test_roll_up_totals_are_the_sums_of_the_reps_and_the_weakest_rep_comes_first():
    a = snap("00000001", "甲", target=3_000_000, won=2_700_000, activities={"visit": (9, 10)})
    b = snap("00000002", "乙", target=2_000_000, won=400_000, activities={"visit": (3, 8)})
    old = snap("00000003", "丙", target=1_000_000, won=0, published_at=NOW - dt.timedelta(days=20))
    view = T.roll_up([a, b, old], TODAY, "month", {"00000002": 123})
    assert view.target_fen == 6_000_000 and view.won_fen == 3_100_000
    assert view.activities["visit"] == (9 + 3 + 5, 10 + 8 + 10)
    assert [r.snapshot.rep_name for r in view.reps] == ["丙", "乙", "甲"]
    assert [r.stale for r in view.reps] == [True, False, False]
    assert view.reps[1].quota_fen == 123


def test_a_rep_reporting_another_month_is_listed_but_not_added_into_the_team():
    a = snap("00000001", "甲", target=3_000_000, won=2_700_000, activities={"visit": (9, 10)})
    b = snap("00000002", "乙", target=2_000_000, won=400_000, activities={"visit": (3, 8)})
    october = T.PeriodFigures("month", dt.date(2026, 10, 1), dt.date(2026, 10, 31), 5_000_000, 0)
    late = T.Snapshot(
        rep_id="00000003",
        rep_name="丙",
        published_at=NOW - dt.timedelta(days=30),
        as_of=dt.date(2026, 10, 28),
        periods=(october,),
        activities={"visit": (20, 20)},
    )
    view = T.roll_up([late, a, b], TODAY, "month")
    assert view.period == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert view.target_fen == 5_000_000 and view.won_fen == 3_100_000
    assert view.activities["visit"] == (12, 18)
    assert [(r.snapshot.rep_name, r.in_period) for r in view.reps] == [
        ("乙", True),
        ("甲", True),
        ("丙", False),
    ]
    assert [r.snapshot.rep_name for r in view.summed] == ["乙", "甲"]


def test_two_reps_two_months_the_team_takes_the_month_of_today():
    nov = snap("00000001", "甲", target=1_000_000, won=100)
    dec = T.PeriodFigures("month", dt.date(2026, 12, 1), dt.date(2026, 12, 31), 2_000_000, 7)
    other = dataclasses.replace(snap("00000002", "乙"), periods=(dec,))
    view = T.roll_up([nov, other], TODAY, "month")
    assert view.period == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert view.won_fen == 100


# -- the folder: plain and WebDAV --------------------------------------------------------------


@pytest.fixture(params=["local", "webdav"])
def folder(request, tmp_path):
    if request.param == "local":
        path = tmp_path / "team"
        path.mkdir()
        yield str(path), path
    else:
        dav = request.getfixturevalue("dav")
        yield dav.url(), dav.root


def test_write_is_atomic_and_leaves_no_temporary_file(folder):
    url, root = folder
    f = TeamFolder(url)
    f.write("a.json", b"one")
    f.write("a.json", b"two")
    assert f.read("a.json") == b"two"
    assert f.names() == ["a.json"]
    assert sorted(p.name for p in root.iterdir()) == ["a.json"]


def test_publish_and_read_back_from_a_real_plan(folder, demo_store):
    url, _root = folder
    S.set_team_config(demo_store, S.TeamConfig(rep_id="", name="王芳", folder=url))
    done = S.publish(demo_store, as_of=TODAY)
    direct = S.build_snapshot(demo_store, TODAY)
    view = S.team_view(url, TODAY, "month")
    assert [r.snapshot.rep_name for r in view.reps] == ["王芳"]
    month = direct.period("month")
    assert view.won_fen == month.won_fen and view.target_fen == month.target_fen
    assert done.file_name == f"{direct.rep_id}.v1.snapshot.json"
    assert S.pending(demo_store) is None


def test_two_reps_publishing_at_once_both_arrive(folder):
    url, _root = folder
    errors = []

    def publish(i):
        try:
            for n in range(5):
                s = snap(f"{i:08x}", f"rep{i}", won=n)
                TeamFolder(url).write(s.file_name(), T.encode_snapshot(s))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=publish, args=(i,)) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    snaps, problems = S.read_snapshots(TeamFolder(url))
    assert problems == []
    assert sorted(s.rep_name for s in snaps) == ["rep1", "rep2"]
    assert {s.period("month").won_fen for s in snaps} == {4}


def test_a_reader_during_uploads_sees_old_or_new_never_a_broken_file(folder):
    url, _root = folder
    big = snap(obstacles="很长的障碍说明。" * 20_000)  # about 600 KB: uploads take a while
    team = TeamFolder(url)
    team.write(big.file_name(), T.encode_snapshot(big))
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            n += 1
            s = snap(obstacles=big.obstacles, won=n)
            TeamFolder(url).write(s.file_name(), T.encode_snapshot(s))
            stop.wait(0.02)  # back to back, as fast as a busy team could ever publish

    t = threading.Thread(target=writer)
    t.start()
    seen = set()
    try:
        for _ in range(40):
            snaps, problems = S.read_snapshots(TeamFolder(url))
            assert problems == []
            assert len(snaps) == 1
            seen.add(snaps[0].period("month").won_fen)
    finally:
        stop.set()
        t.join(30)
    assert len(seen) > 1  # the reader really ran while files were replaced


def test_a_bad_file_is_named_and_does_not_hide_the_team(folder):
    url, root = folder
    team = TeamFolder(url)
    good = snap("0000000a", "好")
    team.write(good.file_name(), T.encode_snapshot(good))
    team.write("0000000b.v1.snapshot.json", b'{"format": "salesplanner-team-snap')
    view = S.team_view(url, TODAY)
    assert [r.snapshot.rep_name for r in view.reps] == ["好"]
    assert len(view.problems) == 1 and "0000000b.v1.snapshot.json" in str(view.problems[0])


def test_wrong_password_is_one_clear_line(dav):
    with pytest.raises(T.TeamError) as e:
        TeamFolder(dav.url(password="wrong")).names()
    assert e.value.code == "folder.auth"
    assert "wrong" not in str(e.value)  # the password is never printed
    assert str(e.value).count("\n") == 0


def test_credentials_can_come_from_arguments(dav):
    f = TeamFolder(dav.url(user=None), user=USER, password=PASSWORD)
    assert f.names() == []


def _dying_server():
    """A server that reads a little of each request and then drops the connection."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    stop = threading.Event()

    def run():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            conn.recv(200)
            conn.close()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return srv, stop, t


def test_server_going_away_mid_upload_keeps_the_snapshot_for_later(demo_store, dav):
    srv, stop, t = _dying_server()
    port = srv.getsockname()[1]
    try:
        S.set_team_config(
            demo_store,
            S.TeamConfig(rep_id="", name="王芳", folder=f"http://rep:pw@127.0.0.1:{port}/team"),
        )
        with pytest.raises(T.TeamError) as e:
            S.publish(demo_store, as_of=TODAY)
    finally:
        stop.set()
        t.join(5)
        srv.close()
    assert e.value.code == "publish.kept"
    assert "pw" not in str(e.value)
    assert S.pending(demo_store) == f"http://127.0.0.1:{port}/team"
    # the folder is back (here: the real server): the waiting snapshot goes out unchanged
    cfg = S.team_config(demo_store)
    demo_store.execute(
        "UPDATE settings SET value = json_set(value, '$.folder', ?) WHERE key = 'team_outbox'",
        (dav.url(),),
    )
    sent = S.flush_outbox(demo_store)
    assert sent is not None and S.pending(demo_store) is None
    assert [r.snapshot.rep_id for r in S.team_view(dav.url(), TODAY).reps] == [cfg.rep_id]


def test_an_unreachable_folder_is_one_line(tmp_path):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    port = srv.getsockname()[1]
    srv.close()  # nothing listens there
    with pytest.raises(T.TeamError) as e:
        TeamFolder(f"http://127.0.0.1:{port}/team", timeout=2).names()
    assert e.value.code == "folder.unreachable"


def test_quota_published_by_the_manager_is_a_proposal_for_the_rep(folder, demo_store):
    url, _root = folder
    S.set_team_config(demo_store, S.TeamConfig(rep_id="", name="王芳", folder=url))
    S.publish(demo_store, as_of=TODAY)
    other = snap("0000000f", "李雷", history=1)
    TeamFolder(url).write(other.file_name(), T.encode_snapshot(other))
    goal_before = demo_store.query("SELECT * FROM goals")
    q = S.publish_quotas(
        url, 200_000_000, "even", dt.date(2027, 1, 1), dt.date(2027, 3, 31), manager="张经理"
    )
    assert sum(q.parts.values()) == 200_000_000
    got = S.received_quota(demo_store)
    assert got is not None and got.quota_fen == 100_000_000 and got.manager == "张经理"
    assert demo_store.query("SELECT * FROM goals") == goal_before  # nothing overwritten


def test_snapshot_carries_the_goal_odds_of_the_pipeline_forecast(demo_store):
    from salesplanner.services.pipeline import period_forecast
    from salesplanner.services.report import FORECAST_RUNS, FORECAST_SEED

    goal = S.build_snapshot(demo_store, TODAY).period("goal")
    direct = period_forecast(demo_store, TODAY, runs=FORECAST_RUNS, seed=FORECAST_SEED).forecast
    assert goal is not None and goal.odds == direct.period.chances[0]
    assert 0.0 <= goal.odds <= 1.0
