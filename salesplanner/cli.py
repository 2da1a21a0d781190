"""The command line: `salesplanner [--db PATH] [--lang L]` opens the window; subcommands script it.

Each feature keeps its commands in its own module under ``salesplanner/commands/`` exposing
``register(subparsers)``; the module is listed in ``COMMAND_MODULES``. A command handler takes
the parsed ``args`` and returns an exit code. Expected problems raise :class:`UsageError`
(exit 2, one line on stderr) or a ``StoreError``/domain error (exit 2, one line); anything else
is a bug and shows a traceback.

Heavy libraries (Qt, pandas, openpyxl, pyqtgraph) are imported inside handlers only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from salesplanner import __version__
from salesplanner.errors import UserError

COMMAND_MODULES: list[str] = [
    "salesplanner.commands.excel",
    "salesplanner.commands.demo",
    "salesplanner.commands.screenshot",
    "salesplanner.commands.goal",
    "salesplanner.commands.progress",
    "salesplanner.commands.week",
    "salesplanner.commands.pipeline",
    "salesplanner.commands.team",
    "salesplanner.commands.import_history",
    "salesplanner.commands.journal",
    "salesplanner.commands.customer",
]
# Which module registers each top-level command: starting the window (no command) then
# imports none of them, and a command imports only its own module. A test keeps this in
# step with what the modules register.
COMMAND_OWNERS: dict[str, str] = {
    "import": "salesplanner.commands.excel",
    "export": "salesplanner.commands.excel",
    "writeback": "salesplanner.commands.excel",
    "export-csv": "salesplanner.commands.excel",
    "import-history": "salesplanner.commands.import_history",
    "import-undo": "salesplanner.commands.import_history",
    "demo": "salesplanner.commands.demo",
    "screenshot": "salesplanner.commands.screenshot",
    "goal": "salesplanner.commands.goal",
    "progress": "salesplanner.commands.progress",
    "diagnose": "salesplanner.commands.progress",
    "top-customers": "salesplanner.commands.progress",
    "week": "salesplanner.commands.week",
    "log": "salesplanner.commands.week",
    "ics": "salesplanner.commands.week",
    "reminders": "salesplanner.commands.week",
    "pipeline": "salesplanner.commands.pipeline",
    "opp": "salesplanner.commands.pipeline",
    "forecast": "salesplanner.commands.pipeline",
    "report": "salesplanner.commands.team",
    "team": "salesplanner.commands.team",
    "journal": "salesplanner.commands.journal",
    "customer": "salesplanner.commands.customer",
    "contact": "salesplanner.commands.customer",
}


def one_line(message: str) -> str:
    """``message`` on one line: a typed value may hold line breaks (a sheet name, a customer)."""
    return " ".join(message.splitlines())


class UsageError(UserError):
    """Bad arguments or input: printed as one line, exit code 2."""


class CliArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2 (argparse prints usage too)
        self.exit(2, f"{self.prog}: error: {one_line(message)}\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with --json, else the human ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    else:
        print(text)


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db", type=Path, required=required, help="plan file (default: your own data file)"
    )


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def open_store(args: argparse.Namespace, create: bool = True):
    """Open the store named by ``--db`` (or the default file) for a command."""
    from salesplanner.paths import default_db_path
    from salesplanner.store import Store

    if args.db:
        store = Store.open(args.db, create=create)
    else:
        store = Store.open(default_db_path(), create=create, make_folder=True)
    for notice in store.notices:  # e.g. an unusable -wal file set aside
        print(f"salesplanner: note: {notice}", file=sys.stderr)
    return store


def parse_day(text: str, option: str):
    """A day typed on the command line (``--date``, ``--today``): ISO, inside the planning years."""
    import datetime as dt

    from salesplanner.domain.limits import check_date

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} must be a day like 2026-01-07, not {text!r}") from None
    return check_date(day, option)


def record_number(text: str) -> int:
    """A record's number typed on the command line (``import-undo 3``): an argparse type."""
    from salesplanner.domain.limits import LimitError, check_id

    try:
        value = int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    try:
        return check_id(value)
    except LimitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules ``argv`` needs (all of them for help or an unknown word)."""
    if argv is None:
        return COMMAND_MODULES
    for token in argv:
        if token in COMMAND_OWNERS:
            return [COMMAND_OWNERS[token]]
        if token in ("-h", "--help"):
            return COMMAND_MODULES
    words = [t for t in argv if not t.startswith("-")]
    # option values (--db PATH, --lang en) are words too: only a bare command-like word
    # that is not a known command needs every module (so argparse can say "invalid choice")
    return COMMAND_MODULES if any(w for w in words if not _looks_like_value(w, argv)) else []


def _looks_like_value(word: str, argv: Sequence[str]) -> bool:
    i = list(argv).index(word)
    return i > 0 and argv[i - 1] in ("--db", "--lang")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = CliArgumentParser(
        prog="salesplanner",
        description="SalesPlanner (跑单规划): sales targets, weekly plans, progress.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_db_argument(parser)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="UI language (default: system)")
    parser.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="open the window, wait for its first paint, exit 0 (for benchmarks and smoke tests)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (made if missing)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliArgumentParser)
    for name in _modules_for(argv):
        importlib.import_module(name).register(sub)
    return parser


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout without a file descriptor (captured in tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    import gc

    # Opening the window makes some 200k objects and no garbage to speak of: the cyclic
    # collector would walk them ~60 times before the first paint (≈ 10 ms). It is switched
    # back on after the first paint (salesplanner.app), for a command at once.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting and not gc.isenabled():
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    import gc

    from salesplanner import compiled, paths

    compiled.install(paths.user_cache_dir())  # before the first dataclass is made
    from salesplanner.domain import holiday_tables

    holiday_tables.CACHE_DIR = (
        paths.user_cache_dir
    )  # holiday tables without importing `holidays` (asked on use)
    if argv is None:
        argv = sys.argv[1:]
    try:
        args = build_parser(argv).parse_args(argv)  # --help | head: a closed pipe too
        if args.command is None:
            from salesplanner.app import run_gui

            return run_gui(args, collect_after_paint=collecting)
        if collecting:
            gc.enable()
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        # the reader went away (`salesplanner … | head`): the work is done, the rest of
        # the output has no one to read it; point stdout at nothing so the final flush
        # at exit stays quiet too
        _silence_stdout()
        return 0
    except UserError as exc:
        print(f"salesplanner: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("salesplanner: interrupted", file=sys.stderr)
        return 130
