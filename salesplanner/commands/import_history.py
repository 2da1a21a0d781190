"""Import history on the command line: list the imports, take one back.

    salesplanner import-history --db PATH [--json]
    salesplanner import-undo ID --db PATH [--dry-run] [--json]

``import-undo`` deletes exactly the rows that import added (records typed in the app stay, and
so do imported customers that other records use); ``--dry-run`` only says what it would remove.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from salesplanner.cli import add_db_argument, add_json_argument, emit, open_store, record_number
from salesplanner.domain.plural import n_of

TABLE_WORDS = {
    "deals": "sale(s)",
    "activities": "activit(ies)",
    "customers": "customer(s)",
    "opportunities": "opportunit(ies)",
    "opportunity_stage_history": "stage change(s)",
    "opportunity_import_updates": "deal(s) put back as they were",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-history", help="list the imports of this plan, newest first")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser(
        "import-undo", help="remove exactly the rows one import added (see import-history)"
    )
    p.add_argument("id", type=record_number, help="the import's number, as import-history shows it")
    p.add_argument("--dry-run", action="store_true", help="say what would go, change nothing")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_undo)


def cmd_history(args: argparse.Namespace) -> int:
    from salesplanner.services import import_history as svc
    from salesplanner.services.writeback import local_time  # the rep's clock, not UTC

    store = open_store(args, create=False)
    try:
        entries = svc.history(store)
    finally:
        store.close()
    lines = [
        f"#{e.id} {local_time(e.imported_at)}  {e.file_name}"
        f"{f' [{e.sheet}]' if e.sheet and not e.file_name.lower().endswith('.csv') else ''}"
        f"  {e.kind}: {e.rows_imported} imported, "
        f"{e.rows_skipped} skipped, {n_of(e.rows_present, 'record(s)')} still in the plan"
        + ("" if e.removable else " (cannot be taken back)")
        for e in entries
    ]
    emit(args, [asdict(e) for e in entries], "\n".join(lines) or "No imports yet.")
    return 0


def _what(removes: dict[str, int]) -> str:
    parts = [n_of(n, TABLE_WORDS.get(t, t)) for t, n in removes.items() if n]
    return ", ".join(parts) or "no records"


def cmd_undo(args: argparse.Namespace) -> int:
    from salesplanner.services import import_history as svc

    store = open_store(args, create=False)
    try:
        if args.dry_run:
            preview = svc.removal_preview(store, args.id)
        else:
            preview = svc.remove_import(store, args.id).preview
    finally:
        store.close()
    verb = "Would remove" if args.dry_run else "Removed"
    text = f"{verb} import #{preview.import_id} ({preview.file_name}): {_what(preview.removes)}"
    if preview.customers_kept:
        text += f"; {n_of(preview.customers_kept, 'customer(s)')} kept: other records use them"
    if preview.contacts_kept:
        text += f"; {n_of(preview.contacts_kept, 'contact(s)')} kept: other records name them"
    if preview.links_lost:
        text += f"; {n_of(preview.links_lost, 'record(s)')} kept, unlinked from a removed row"
    emit(args, {"dry_run": args.dry_run, **asdict(preview)}, text + ".")
    return 0
