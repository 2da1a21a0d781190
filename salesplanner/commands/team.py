"""The weekly report and the team folder from the command line.

* ``salesplanner report --db PATH [--week 2026-W49] [--pdf FILE | --text] [--json]``
* ``salesplanner team publish --db PATH [--folder URL_OR_PATH] [--name NAME]
  [--share numbers|customers]``
* ``salesplanner team view --folder URL_OR_PATH [--period month|goal] [--json]``
* ``salesplanner team quota --folder URL_OR_PATH --total 500 --by history|even|manual
  [--start D --end D] [--set NAME=WAN ...]``
* ``salesplanner team inbox --db PATH [--folder …]`` — the quota published for this rep.

A WebDAV folder's password is taken from the address (``https://me:pw@host/…``) or from the
environment variable ``SALESPLANNER_TEAM_PASSWORD``; the user from the address or ``--user``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from decimal import Decimal, InvalidOperation

from salesplanner.cli import UsageError, add_db_argument, add_json_argument, emit, open_store
from salesplanner.domain.plural import n_of

PASSWORD_ENV = "SALESPLANNER_TEAM_PASSWORD"


def register(sub) -> None:
    r = sub.add_parser("report", help="the weekly report: text to paste, or a PDF")
    add_db_argument(r)
    r.add_argument("--week", help="ISO week, e.g. 2026-W49 (default: the last week with data)")
    form = r.add_mutually_exclusive_group()
    form.add_argument("--pdf", help="write a one-page PDF to this file")
    form.add_argument("--text", action="store_true", help="print the short text (default)")
    r.add_argument(
        "--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="report language"
    )
    add_json_argument(r)
    r.set_defaults(handler=run_report)

    t = sub.add_parser("team", help="share a snapshot with the team; a manager's roll-up")
    tsub = t.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    p = tsub.add_parser("publish", help="write this rep's snapshot to the team folder")
    add_db_argument(p)
    _folder_args(p)
    p.add_argument("--name", help="your name as the team sees it (remembered)")
    p.add_argument("--share", choices=["numbers", "customers"], help="what is shared (remembered)")
    p.add_argument("--date", help="as of this day (default: the last logged day)")
    add_json_argument(p)
    p.set_defaults(handler=run_publish)

    v = tsub.add_parser("view", help="every rep's snapshot and the team's sums")
    _folder_args(v, required=True)
    v.add_argument("--period", choices=["month", "goal", "week"], default="month")
    v.add_argument("--date", help="today for staleness (default: today)")
    add_json_argument(v)
    v.set_defaults(handler=run_view)

    q = tsub.add_parser("quota", help="split a team target into reps' quotas and publish them")
    _folder_args(q, required=True)
    q.add_argument("--total", required=True, help="team target in 万元, e.g. 500")
    q.add_argument("--by", choices=["history", "even", "manual"], default="history")
    q.add_argument("--start", help="first day of the period (default: this month)")
    q.add_argument("--end", help="last day of the period (default: end of --start's month)")
    q.add_argument(
        "--set", action="append", default=[], metavar="NAME=WAN", help="a rep's quota by hand"
    )
    q.add_argument("--manager", default="", help="your name, shown to the reps")
    add_json_argument(q)
    q.set_defaults(handler=run_quota)

    i = tsub.add_parser("inbox", help="the quota your manager published for you")
    add_db_argument(i)
    _folder_args(i)
    add_json_argument(i)
    i.set_defaults(handler=run_inbox)


def _folder_args(p, required: bool = False) -> None:
    p.add_argument("--folder", required=required, help="team folder: a path or a WebDAV address")
    p.add_argument("--user", help="WebDAV user name (or in the address)")


def _password() -> str | None:
    return os.environ.get(PASSWORD_ENV) or None


def _date(text: str | None, option: str) -> dt.date | None:
    from salesplanner.cli import parse_day

    return None if text is None else parse_day(text, option)


def _wan_fen(text: str, option: str) -> int:
    from salesplanner.domain.money import wan_to_fen

    try:
        value = Decimal(text.strip().removesuffix("万").removesuffix("万元"))
    except InvalidOperation:
        raise UsageError(f"{option} must be an amount in 万元, not {text!r}") from None
    if not value.is_finite() or value < 0 or value > Decimal(10) ** 8:
        raise UsageError(f"{option} must be between 0 and 100000000 万元, not {text!r}")
    return wan_to_fen(value)


def _wan(fen: int | None) -> str:
    from salesplanner.domain.money import format_wan

    return "-" if fen is None else format_wan(fen)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


# -- report ----------------------------------------------------------------------------------


def run_report(args) -> int:
    from pathlib import Path

    from salesplanner.commands.progress import parse_week
    from salesplanner.services import progress as P
    from salesplanner.services.report import weekly_report

    path = args.db
    if path is not None and not Path(path).exists():
        raise UsageError(f"{path} does not exist")
    store = open_store(args, create=False)
    try:
        monday = parse_week(args.week) or P.default_as_of(store)
        report = weekly_report(store, monday)
        from salesplanner.store.settings import load_settings

        settings = load_settings(store)
    finally:
        store.close()
    if args.json and not args.pdf:
        emit(args, report.to_json(), "")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from salesplanner.ui import i18n
    from salesplanner.ui.report import report_text, write_pdf

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["salesplanner"])
    i18n.install(app, getattr(args, "lang", None) or settings.language or None)
    if args.pdf:
        try:
            out = write_pdf(report, Path(args.pdf), settings)
        except OSError as e:
            raise UsageError(f"cannot write {args.pdf}: {e.strerror or e}") from None
        emit(args, {"pdf": out, **report.to_json()}, f"wrote {out}")
        return 0
    print(report_text(report, settings))
    return 0


# -- team ------------------------------------------------------------------------------------


def run_publish(args) -> int:
    from dataclasses import replace

    from salesplanner.services import team as S

    store = open_store(args, create=False)
    try:
        cfg = S.team_config(store)
        changed = replace(
            cfg,
            name=args.name if args.name is not None else cfg.name,
            share=args.share or cfg.share,
            folder=args.folder or cfg.folder,
            user=args.user or cfg.user,
        )
        if changed != cfg:
            S.set_team_config(store, changed)
        done = S.publish(store, as_of=_date(args.date, "--date"), password=_password())
    finally:
        store.close()
    emit(
        args,
        {
            "folder": done.folder,
            "file": done.file_name,
            "bytes": done.size,
            "snapshot": done.snapshot.content(),
        },
        f"published {done.file_name} ({done.size} bytes) to {done.folder}",
    )
    return 0


def run_view(args) -> int:
    from salesplanner.services import team as S

    today = _date(args.date, "--date") or dt.date.today()
    view = S.team_view(args.folder, today, args.period, args.user, _password())
    rep_rows: list[dict[str, object]] = []
    data = {
        "period": view.kind,
        "team_period": None
        if view.period is None
        else {"start": view.period[0], "end": view.period[1]},
        "team": {
            "reps": len(view.reps),
            "target_fen": view.target_fen,
            "won_fen": view.won_fen,
            "forecast_fen": view.forecast_fen,
            "attainment": view.attainment,
            "pipeline_open_fen": view.pipeline_open_fen,
            "coverage": view.coverage,
            "activities": {c: {"done": a, "target": t} for c, (a, t) in view.activities.items()},
        },
        "reps": rep_rows,
        "problems": [str(p) for p in view.problems],
    }
    lines = [
        f"team ({n_of(len(view.reps), 'rep(s)')}, {view.kind}): won {_wan(view.won_fen)} of "
        f"{_wan(view.target_fen)} ({_pct(view.attainment)}), forecast {_wan(view.forecast_fen)}"
    ]
    for line in view.reps:
        s = line.snapshot
        p = s.period(view.kind)
        rep_rows.append(
            {
                "id": s.rep_id,
                "name": s.rep_name,
                "published_at": s.published_at,
                "stale": line.stale,
                "in_period": line.in_period,
                "quota_fen": line.quota_fen,
                "period": None if p is None else p.to_json(),
                "obstacles": s.obstacles,
                "help_needed": s.help_needed,
            }
        )
        stale = " (stale)" if line.stale else ""
        if not line.in_period and p is not None:
            stale += f" (other period {p.start} – {p.end}: not added in)"
        figures = (
            "no goal"
            if p is None
            else (f"won {_wan(p.won_fen)} of {_wan(p.target_fen)} ({_pct(p.attainment)})")
        )
        lines.append(f"  {s.rep_name}: {figures}; snapshot {s.published_at:%Y-%m-%d}{stale}")
        if s.help_needed.strip():
            lines.append(f"    help needed: {s.help_needed.strip().splitlines()[0]}")
    lines += [f"  cannot read: {p}" for p in view.problems]
    emit(args, data, "\n".join(lines))
    return 0


def run_quota(args) -> int:
    from salesplanner.domain.calendar import add_months
    from salesplanner.services import team as S

    total = _wan_fen(args.total, "--total")
    start = _date(args.start, "--start") or dt.date.today().replace(day=1)
    end = _date(args.end, "--end") or add_months(start.replace(day=1), 1) - dt.timedelta(days=1)
    if end < start:
        raise UsageError("--end must not be before --start")
    manual = {}
    for item in args.set:
        name, sep, amount = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set takes NAME=WAN, not {item!r}")
        manual[name.strip()] = _wan_fen(amount, "--set")
    if manual and args.by != "manual":
        raise UsageError("--set needs --by manual")
    q = S.publish_quotas(
        args.folder, total, args.by, start, end, manual, args.manager, args.user, _password()
    )
    data = {
        "start": q.start,
        "end": q.end,
        "total_fen": q.total_fen,
        "method": q.method,
        "quotas": [{"id": r, "name": q.names.get(r, ""), "fen": f} for r, f in q.parts.items()],
    }
    lines = [f"quotas {q.start} – {q.end}, {_wan(q.total_fen)} by {q.method}:"]
    lines += [f"  {q.names.get(r, r)}: {_wan(f)}" for r, f in q.parts.items()]
    emit(args, data, "\n".join(lines))
    return 0


def run_inbox(args) -> int:
    from salesplanner.services import team as S

    store = open_store(args, create=False)
    try:
        got = S.received_quota(store, args.folder, _password())
    finally:
        store.close()
    if got is None:
        emit(args, {"quota": None}, "no quota published for you")
        return 0
    emit(
        args,
        {
            "quota_fen": got.quota_fen,
            "start": got.start,
            "end": got.end,
            "manager": got.manager,
            "own_target_fen": got.own_target_fen,
        },
        f"proposed quota {_wan(got.quota_fen)} for {got.start} – {got.end}"
        + (f" from {got.manager}" if got.manager else "")
        + (f"; your own goal: {_wan(got.own_target_fen)}" if got.own_target_fen else ""),
    )
    return 0
