"""Team benchmark: a team of 50 reps, from a local folder and a loopback WebDAV server.

    python benchmarks/bench_team.py [--runs 5] [--reps 50]

Measures, alternating the cases and taking medians:

* ``team view`` (read, check and roll up every snapshot) from a local folder — target ≤ 1 s;
* the same from a WebDAV server (wsgidav on 127.0.0.1, basic auth) — target ≤ 3 s;
* a rep's ``publish`` from a plan with three years of history — target ≤ 1 s;

and, as the floor measured in the same run, reading the same files' bytes with nothing else
(``open().read()`` / one GET each). Prints every figure, the ratio to the floor and the load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--reps", type=int, default=50)
    args = ap.parse_args()

    from team.conftest import DavServer

    from salesplanner.domain import team as T
    from salesplanner.io.team_folder import TeamFolder
    from salesplanner.services import team as S
    from salesplanner.services.demo import write_demo
    from salesplanner.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="bench-team-"))
    plan = tmp / "rep.db"
    today = dt.date(2026, 11, 27)
    write_demo(plan, scale="large", today=today)
    store = Store.open(plan)
    years = store.query("SELECT MIN(date) AS a, MAX(date) AS b FROM deals")[0]
    S.set_team_config(store, S.TeamConfig(rep_id="", name="王芳"))
    base = S.build_snapshot(store, today)

    local = tmp / "local"
    local.mkdir()
    dav_root = tmp / "dav"
    dav_root.mkdir()
    server = DavServer(dav_root)
    try:
        for i in range(args.reps):
            s = T.Snapshot(
                **{
                    **{f: getattr(base, f) for f in base.__dataclass_fields__},
                    "rep_id": f"{i + 1:016x}",
                    "rep_name": f"销售{i + 1:02d}",
                    "obstacles": "客户预算冻结，需要经理出面。" * 5,
                }
            )
            data = T.encode_snapshot(s)
            (local / s.file_name()).write_bytes(data)
            (dav_root / s.file_name()).write_bytes(data)
        names = sorted(p.name for p in local.iterdir())
        dav = TeamFolder(server.url())

        def floor_local():
            for n in names:
                (local / n).read_bytes()

        def floor_dav():
            fs = dav._client()
            for n in names:
                fs.cat_file(dav._remote(n))

        def view_local():
            v = S.team_view(str(local), today)
            assert len(v.reps) >= args.reps

        def view_dav():
            v = S.team_view(server.url(), today)
            assert len(v.reps) >= args.reps

        def publish_local():
            S.publish(store, str(local), today)

        def publish_dav():
            S.publish(store, server.url(), today)

        cases = {
            "floor: read 50 files, local": floor_local,
            "team view, local folder": view_local,
            "floor: GET 50 files, WebDAV": floor_dav,
            "team view, WebDAV": view_dav,
            "publish, local folder": publish_local,
            "publish, WebDAV": publish_dav,
        }
        results: dict[str, list[float]] = {k: [] for k in cases}
        for _ in range(args.runs):  # alternate the cases, one run of each per round
            for k, fn in cases.items():
                results[k].append(median_time(fn, 1))
    finally:
        server.stop()
        store.close()
    med = {k: statistics.median(v) for k, v in results.items()}
    load = os.getloadavg()
    print(f"reps: {args.reps}; plan history {years['a']} – {years['b']}; runs: {args.runs}")
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores)")
    for k, v in med.items():
        print(f"  {k:32s} {v * 1000:8.1f} ms")
    print(
        f"team view local: {med['team view, local folder'] * 1000:.0f} ms "
        f"(target ≤ 1000), "
        f"{med['team view, local folder'] / med['floor: read 50 files, local']:.1f}× "
        "the read floor"
    )
    print(
        f"team view WebDAV: {med['team view, WebDAV'] * 1000:.0f} ms (target ≤ 3000), "
        f"{med['team view, WebDAV'] / med['floor: GET 50 files, WebDAV']:.2f}× the GET floor"
    )
    print(
        f"publish: local {med['publish, local folder'] * 1000:.0f} ms, WebDAV "
        f"{med['publish, WebDAV'] * 1000:.0f} ms (target ≤ 1000)"
    )
    targets = {"team view, local folder": 1000, "team view, WebDAV": 3000}
    floors = {
        "team view, local folder": med["floor: read 50 files, local"],
        "team view, WebDAV": med["floor: GET 50 files, WebDAV"],
    }
    for k, v in med.items():
        if k.startswith("floor"):
            continue
        ratio = v / floors[k] if k in floors else None
        record(k, v * 1000, "ms", ratio=ratio, target=targets.get(k, 1000))
    emit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
