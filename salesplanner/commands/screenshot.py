"""`salesplanner screenshot --db PATH --pane NAME --out FILE.png [--size WxH] [--lang L]`."""

from __future__ import annotations

import re

from salesplanner.cli import UsageError, add_json_argument, emit, parse_day

PANE_NAMES = ["goal", "week", "progress", "customers", "pipeline", "journal", "wizard", "card"]


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="render a pane offscreen and save it as PNG")
    p.add_argument("--db", required=True, help="plan file to show")
    p.add_argument("--pane", choices=PANE_NAMES, default="week")
    p.add_argument(
        "--out",
        required=True,
        help="PNG file to write (for --pane wizard: a folder, one PNG per page)",
    )
    p.add_argument("--size", default="1280x800", help="window size, e.g. 1280x800")
    p.add_argument("--lang", choices=["zh_CN", "en"], default=None)
    p.add_argument("--date", help="show this date (YYYY-MM-DD) where the pane is date-based")
    p.add_argument("--customer", type=int, help="--pane card: the customer's id")
    add_json_argument(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    import os
    from pathlib import Path

    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if not match:
        raise UsageError(f"--size must look like 1280x800, not {args.size!r}")
    width, height = int(match[1]), int(match[2])
    if args.date:
        parse_day(args.date, "--date")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = Path(args.db)
    if not db.exists():
        raise UsageError(f"{db} does not exist")
    if args.pane == "wizard":
        from salesplanner.ui.screenshot import render_wizard

        outdir = Path(args.out)
        if outdir.suffix.lower() == ".png":  # a file name given: its stem names the folder
            outdir = outdir.with_suffix("")
        pages = render_wizard(db, outdir, args.lang)
        emit(
            args,
            {"out": [str(p) for p in pages], "pane": "wizard"},
            f"Saved {len(pages)} wizard pages to {outdir}",
        )
        return 0
    from salesplanner.ui.screenshot import render_pane

    out = render_pane(
        db, args.pane, Path(args.out), (width, height), args.lang, args.date, args.customer
    )
    emit(
        args,
        {"out": str(out), "pane": args.pane, "size": [width, height]},
        f"Saved {args.pane} pane to {out}",
    )
    return 0
