"""Week commands:

    salesplanner week --db PATH [--week 2026-W02] [--apply-template [NAME]] [--copy-last-week]
    salesplanner log  --db PATH "visit 华星科技" [--date YYYY-MM-DD]
                      (also "商机 华星科技 12万 方案")
    salesplanner ics  --db PATH [--week 2026-W02] --out FILE.ics [--alarm MINUTES]
    salesplanner reminders --db PATH [--date YYYY-MM-DD]

Each takes ``--json``. Bad input: one line, exit 2.
"""

from __future__ import annotations

import datetime as dt

from salesplanner.cli import (
    UsageError,
    add_db_argument,
    add_json_argument,
    emit,
    open_store,
    parse_day,
)
from salesplanner.domain.plural import n_of


def register(sub) -> None:
    p = sub.add_parser("week", help="list a week's blocks, targets and logged counts; fill it")
    add_db_argument(p)
    p.add_argument("--week", help="ISO week like 2026-W02 (default: this week)")
    p.add_argument(
        "--apply-template",
        nargs="?",
        const="",
        default=None,
        metavar="NAME",
        help="fill the week from the method's template (or your template NAME); "
        "holidays and planned slots are skipped",
    )
    p.add_argument("--copy-last-week", action="store_true", help="copy the previous week's blocks")
    add_json_argument(p)
    p.set_defaults(handler=run_week)

    p = sub.add_parser("log", help="log what you did, as the quick-entry bar does")
    add_db_argument(p)
    p.add_argument("text", help='e.g. "visit 华星科技", "phone 3", "contract 3.5万 华星科技"')
    p.add_argument("--date", help="the day it counts as today (YYYY-MM-DD; default: today)")
    p.add_argument(
        "--yes",
        action="store_true",
        help="log a line the app would ask about (e.g. a customer named -3) as it reads",
    )
    add_json_argument(p)
    p.set_defaults(handler=run_log)

    p = sub.add_parser("ics", help="export a week's plan as an iCalendar file with alarms")
    add_db_argument(p)
    p.add_argument("--week", help="ISO week like 2026-W02 (default: this week)")
    p.add_argument("--out", required=True, help="the .ics file to write")
    p.add_argument("--alarm", type=int, default=15, help="alarm minutes before each block (15)")
    p.add_argument(
        "--lang", choices=["zh_CN", "en"], default="en", help="language of the event titles (en)"
    )
    add_json_argument(p)
    p.set_defaults(handler=run_ics)

    p = sub.add_parser("reminders", help="follow-ups due, birthdays, holidays, the Friday review")
    add_db_argument(p)
    p.add_argument("--date", help="as of this day (YYYY-MM-DD; default: today)")
    add_json_argument(p)
    p.set_defaults(handler=run_reminders)


def _monday(text: str | None) -> dt.date:
    from salesplanner.domain.calendar import week_start
    from salesplanner.domain.week import WeekFormatError, parse_iso_week

    if not text:
        return week_start(dt.date.today())
    from salesplanner.domain.limits import check_week

    try:
        monday = parse_iso_week(text)
    except WeekFormatError as exc:
        raise UsageError(str(exc)) from None
    return check_week(monday, "--week")


def _date(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    return parse_day(text, "--date")


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _names(store, lang: str = "en") -> dict[str, str]:
    from salesplanner.store.week import activity_types

    key = "name_zh" if lang == "zh_CN" else "name_en"
    return {t["code"]: t[key] for t in activity_types(store)}


def _week_json(data) -> dict:
    from salesplanner.domain.week import iso_week_label

    cap = data.capacity
    return {
        "week": iso_week_label(data.monday),
        "start": data.monday,
        "end": data.monday + dt.timedelta(days=6),
        "days": [
            {"date": d.date, "working": d.working, "name": d.name, "makeup": d.makeup}
            for d in data.days
        ],
        "blocks": [
            {
                "id": b.id,
                "date": b.date,
                "start": _hm(b.start_min),
                "end": _hm(b.end_min),
                "activity": b.code,
                "customer": b.customer_name,
                "note": b.note,
                "planned_count": b.planned_count,
                "done": b.done,
            }
            for b in data.blocks
        ],
        "targets": data.targets,
        "logged": data.logged,
        "capacity": [
            {
                "activity": r.code,
                "target": r.target,
                "planned": r.planned,
                "logged": r.logged,
                "plan_short": r.plan_short,
            }
            for r in cap.rows
        ],
        "buffer_short_days": [d.date for d in cap.short_days],
        "learning": {
            "minutes": cap.learning_min,
            "share": cap.learning_share,
            "target": cap.learning_target,
        },
    }


def _week_text(data, names: dict[str, str]) -> str:
    from salesplanner.domain.week import iso_week_label

    cap = data.capacity
    lines = [
        f"Week {iso_week_label(data.monday)} ({data.monday} – {data.monday + dt.timedelta(days=6)})"
    ]
    by_day: dict[dt.date, list] = {}
    for b in data.blocks:
        by_day.setdefault(b.date, []).append(b)
    for d in data.days:
        flag = "" if d.working else " (off" + (f": {d.name}" if d.name else "") + ")"
        if d.makeup:
            flag = " (make-up workday)"
        lines.append(f"{d.date:%a %Y-%m-%d}{flag}")
        for b in by_day.get(d.date, []):
            extra = " · ".join(x for x in (b.customer_name, b.note) if x)
            count = f" ×{b.planned_count}" if b.planned_count else ""
            done = " ✓" if b.done else ""
            lines.append(
                f"  {_hm(b.start_min)}–{_hm(b.end_min)}  {names.get(b.code, b.code)}"
                f"{count}{done}" + (f"  {extra}" if extra else "")
            )
    lines.append("Targets (target / plan holds / logged):")
    if not cap.rows:
        lines.append("  none")
    for r in cap.rows:
        warn = "  ← plan short" if r.plan_short else ""
        lines.append(
            f"  {names.get(r.code, r.code):<20} {r.target:>4} / {r.planned:>4} / "
            f"{r.logged:>4}{warn}"
        )
    for d in cap.short_days:
        lines.append(
            f"Buffer: {d.date:%a} has only {d.free_min} min unplanned (keep {cap.buffer_min})"
        )
    lines.append(
        f"Learning: {cap.learning_min} min = {float(cap.learning_share) * 100:.0f}% "
        f"of working time (target {float(cap.learning_target) * 100:.0f}%)"
    )
    return "\n".join(lines)


def run_week(args) -> int:
    from salesplanner.services import week as svc
    from salesplanner.store.settings import load_settings

    monday = _monday(args.week)
    store = open_store(args)
    try:
        settings = load_settings(store)
        added = None
        if args.apply_template is not None or args.copy_last_week:
            added = 0
            if args.copy_last_week:
                added += len(svc.copy_week(store, monday - dt.timedelta(days=7), monday).ids)
            if args.apply_template is not None:
                try:
                    added += len(svc.apply_template(store, monday, name=args.apply_template).ids)
                except svc.WeekError as exc:
                    raise UsageError(str(exc)) from None
        data = svc.load_week(store, monday, settings, dt.date.today())
        payload = _week_json(data)
        text = _week_text(data, _names(store))
        if added is not None:
            payload["added"] = added
            text = f"Added {n_of(added, 'block(s)')}.\n" + text
        emit(args, payload, text)
    finally:
        store.close()
    return 0


def run_log(args) -> int:
    from dataclasses import replace

    from salesplanner.domain.quick_entry import (
        QuickEntryError,
        QuickEntryQuestion,
        parse,
        parse_deal,
    )
    from salesplanner.services.week import customer_index, log_entry

    today = _date(args.date)
    try:
        deal = parse_deal(args.text, today)
        if deal is not None:  # 商机 / 推进 / 赢单 / 输单: a deal in flight
            from salesplanner.commands.pipeline import run_deal_entry

            return run_deal_entry(args, deal)
        parse(args.text, today, confirmed=args.yes)  # a bad line opens no plan file
    except QuickEntryQuestion as exc:
        raise UsageError(f"{exc} (add --yes to log it so)") from None
    except QuickEntryError as exc:
        raise UsageError(str(exc)) from None
    store = open_store(args)
    try:
        # as the bar reads it: where a known name ends and a note begins, and who it was with
        index = customer_index(store)
        try:
            entry = parse(args.text, today, confirmed=args.yes, index=index)
        except QuickEntryQuestion as exc:
            raise UsageError(f"{exc} (add --yes to log it so)") from None
        except QuickEntryError as exc:
            raise UsageError(str(exc)) from None
        meant = index.resolve(entry.customer).customer if entry.customer else None
        if meant is not None:
            entry = replace(entry, customer=meant)
        logged = log_entry(store, entry)
        names = _names(store)
    finally:
        store.close()
    payload = {
        "activity_id": logged.activity_id,
        "deal_id": logged.deal_id,
        "activity": entry.code,
        "count": entry.count,
        "date": entry.date,
        "customer": logged.customer_name,
        "new_customer": logged.new_customer,
        "amount": entry.amount,
        "outcome": entry.outcome,
        "contact": logged.contact_name or None,
    }
    text = f"Logged {entry.count} × {names.get(entry.code, entry.code)} on {entry.date}"
    if logged.customer_name:
        text += f" · {logged.customer_name}" + (" (new customer)" if logged.new_customer else "")
        if logged.contact_name:
            text += f" ({logged.contact_name})"
    if entry.amount is not None:
        from salesplanner.domain.money import format_wan, to_fen

        text += f" · {format_wan(to_fen(entry.amount))}"
    emit(args, payload, text)
    return 0


def run_ics(args) -> int:
    from pathlib import Path

    from salesplanner.io.ics import write_week_ics

    monday = _monday(args.week)
    if args.alarm < 0 or args.alarm > 24 * 60:
        raise UsageError("--alarm must be between 0 and 1440 minutes")
    out = Path(args.out)
    if out.exists() and out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name like week.ics")
    if not out.parent.exists():
        raise UsageError(f"the folder {out.parent} does not exist")
    store = open_store(args)
    try:
        n = write_week_ics(store, monday, out, _names(store, args.lang), alarm_minutes=args.alarm)
    finally:
        store.close()
    emit(
        args,
        {"out": str(out), "events": n, "week": args.week or str(monday)},
        f"Saved {n_of(n, 'event(s)')} to {out}",
    )
    return 0


def run_reminders(args) -> int:
    from salesplanner.services.reminders import due

    day = _date(args.date)
    now = dt.datetime.combine(day, dt.datetime.now().time())
    store = open_store(args)
    try:
        reminders = due(store, now)
    finally:
        store.close()
    lines = []
    for r in reminders:
        what = {
            "followup": f"follow up {r.customer_name}",
            "birthday": f"{r.customer_name}'s birthday",
            "holiday": f"{r.name}: send greetings",
            "review": "Friday review",
        }[r.kind]
        lines.append(f"{r.date}  {what}")
    emit(
        args,
        [
            {
                "key": r.key,
                "kind": r.kind,
                "date": r.date,
                "customer": r.customer_name,
                "name": r.name,
            }
            for r in reminders
        ],
        "\n".join(lines) if lines else "Nothing due.",
    )
    return 0
