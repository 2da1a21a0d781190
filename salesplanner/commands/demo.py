"""`salesplanner demo --db PATH [--scale small|large] [--scenario seed-4.6] [--force]`."""

from __future__ import annotations

from salesplanner.cli import add_json_argument, emit


def register(sub) -> None:
    p = sub.add_parser("demo", help="write a demo database from the method's worked example")
    p.add_argument("--db", required=True, help="file to write")
    p.add_argument("--scale", choices=["small", "large"], default="small")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.add_argument(
        "--scenario",
        choices=["seed-4.6"],
        help="write a worked example of the method instead (e.g. seed-4.6)",
    )
    add_json_argument(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    import time
    from pathlib import Path

    from salesplanner.services.demo import write_demo
    from salesplanner.store import Store

    started = time.perf_counter()
    if args.scenario:
        from salesplanner.services.scenarios import write_scenario

        path = write_scenario(Path(args.db), args.scenario, force=args.force)
    else:
        path = write_demo(Path(args.db), scale=args.scale, force=args.force)
    with Store.open(path) as store:
        counts = {
            t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("customers", "deals", "activities", "time_blocks", "goals")
        }
    seconds = round(time.perf_counter() - started, 2)
    label = args.scenario or args.scale
    emit(
        args,
        {
            "db": str(path),
            "scale": args.scale,
            "scenario": args.scenario,
            "counts": counts,
            "seconds": seconds,
        },
        f"Wrote {path} ({label}): "
        + ", ".join(f"{n} {t}" for t, n in counts.items())
        + f" in {seconds} s",
    )
    return 0
