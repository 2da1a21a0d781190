"""GUI entry: parse args → open the store → build the window → run the event loop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from salesplanner import APP_NAME
from salesplanner.ui.application import make_application, set_window_icon

if TYPE_CHECKING:  # (Qt is imported when a window is made, not for the command line)
    from PySide6.QtWidgets import QMainWindow, QMessageBox


def resolve_db_path(args: argparse.Namespace) -> Path:
    from salesplanner import paths

    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        return paths.demo_db_path()
    return paths.default_db_path()


def run_gui(args: argparse.Namespace, collect_after_paint: bool = False) -> int:
    """Open the plan named by ``args`` in the main window and run until it closes.

    ``collect_after_paint``: the caller switched the cyclic garbage collector off for the
    start-up; it is switched on again (see :func:`resume_collecting`) once the window has
    first painted, or here when the window does not open."""
    from salesplanner.store import Store, StoreError

    path = resolve_db_path(args)
    first_run = _is_first_run(args, path)
    if getattr(args, "demo", False):
        from salesplanner.services.demo import ensure_demo

        ensure_demo(path)
    # Open (and validate) the file before any window exists: a bad file is one line, exit 2.
    from salesplanner import paths
    from salesplanner.store import verified

    cache = paths.user_cache_dir()
    try:
        # every page is read unless the file is exactly as this app last closed it
        store = Store.open(
            path,
            verify=not verified.is_unchanged(path, cache),
            make_folder=not getattr(args, "db", None),  # the app's own folder, not a typo
        )
    except StoreError as exc:
        print(f"salesplanner: error: {exc}", file=sys.stderr)
        _show_startup_error(str(exc))
        return 2

    from salesplanner.store.settings import load_settings

    lang = args.lang or load_settings(store).language or None
    _import_week_data_layer()
    app = make_application(lang=lang, icon=False)
    from salesplanner.ui import crash

    crash.install(defer=True)
    from salesplanner.ui.main_window import MainWindow

    window = MainWindow(store)
    window.after_first_paint(lambda: _after_first_paint(collect_after_paint))
    if args.quit_after_first_paint:
        window.quit_after_first_paint()
    window.show()
    if not args.quit_after_first_paint:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.show_store_notices)  # e.g. an unusable -wal set aside
        QTimer.singleShot(0, lambda: _warn_missing_language(window))
        _after_start(window, first_run)
    code = app.exec()
    from salesplanner import compiled

    compiled.save()  # (when the loop ended before the after-paint save, or it learnt more)
    final = window.ctx.store  # File → Open may have swapped it
    final.close()
    if final.path is not None:
        verified.mark_closed(final.path, cache)
    _exit_now(code)  # (does not return unless a normal exit is needed)
    return code


def _after_first_paint(collect: bool) -> None:
    from salesplanner import compiled

    set_window_icon()
    compiled.save()  # what the next start compiles no more (when something was new)
    if collect:
        resume_collecting()


def resume_collecting() -> None:
    """Switch the cyclic garbage collector on again after the start-up, with what the
    start-up made (the modules, the window; long-lived, nearly no garbage) set aside for
    good: a collection of the oldest generation then walks only what was made since, so it
    does not stall the window for the ≈ 10 ms it takes to walk everything."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _exit_now(code: int) -> None:
    """End the process once the plan is closed, without tearing the interpreter down.

    Everything the app keeps is written by now (the plan closed, the window's QSettings synced
    when its close event ended, the log flushed below); what is left is freeing tens of
    thousands of Python and Qt objects one by one, ≈ 60 ms of CPU (a fifth of a start-up) that
    nobody waits for. Background jobs still running (a backup, a team publish) are let finish
    first, and the exit handlers run, as at a normal exit. When the app owns the clipboard (the
    rep copied something from it) the normal exit is kept: Qt hands the copied text to the
    desktop's clipboard manager only while the application is torn down."""
    import logging
    import os

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.clipboard().ownsClipboard():
        return
    tasks = sys.modules.get("salesplanner.ui.tasks")
    if tasks is not None:
        tasks.wait_for_background_tasks(30_000)
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is not None:
        run_exit_handlers()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing to tell anyone
            pass
    os._exit(code)


def _warn_missing_language(window: QMainWindow) -> QMessageBox | None:
    """Tell the rep in the window that the language they chose cannot be shown (English is).

    A window-modal box opened without blocking (box.open(), not exec) and the status bar; the
    box is returned (None when the language is shown) so that it can be checked.
    """
    from salesplanner.ui import i18n

    lang = i18n.missing_catalogue()
    if lang is None:
        return None
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def _t(text: str) -> str:
        return QCoreApplication.translate("Startup", text)

    text = _t(
        "This installation has no {0} translation, so SalesPlanner is shown in English. "
        "Reinstall it to get the {0} texts back."
    ).format(i18n.language_name(lang))
    window.statusBar().showMessage(text, 30000)
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Language"), text, parent=window)
    box.setObjectName("languageWarning")
    box.open()  # window-modal, does not block
    return box


def _import_week_data_layer() -> None:
    """Import the start pane's (Week) domain, store and service modules before Qt: once PySide6
    is loaded its import hook runs for every import statement, making these imports ~30 %
    slower (~3 ms at start-up)."""
    import salesplanner.domain.calendar  # noqa: F401
    import salesplanner.domain.reminders  # noqa: F401
    import salesplanner.services.week  # noqa: F401


def _is_first_run(args: argparse.Namespace, path: Path) -> bool:
    """The rep's own plan file does not exist yet (not for --db or --demo)."""
    from salesplanner import paths

    if getattr(args, "db", None) or getattr(args, "demo", False):
        return False
    return path == paths.default_db_path() and not path.exists()


def _after_start(window, first_run: bool) -> None:
    """Once the window is up: the daily backup (also of files opened later), then the welcome
    on the first run."""
    from PySide6.QtCore import QTimer

    from salesplanner.ui.dialogs import welcome

    def backup() -> None:
        import logging

        from salesplanner.services.settings import run_daily_backup

        try:
            made = run_daily_backup(window.ctx.store)
        except Exception:  # noqa: BLE001 - a failed backup must not stop the rep's work
            logging.getLogger("salesplanner").exception("daily backup failed")
            return
        if made is not None:
            logging.getLogger("salesplanner").info("daily backup: %s", made)

    QTimer.singleShot(2000, backup)
    window.warm_up_after_first_paint()  # the other panes, while the rep reads this one
    window.ctx.store_replaced.connect(lambda: QTimer.singleShot(2000, backup))  # File → Open
    welcome.schedule(window, first_run)


def _show_startup_error(message: str) -> None:
    """A dialog for people who started the app from an icon (no terminal to read)."""
    import os

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or os.environ.get("CI"):
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication([sys.argv[0]])  # alive while it shows
        if QApplication.platformName() in ("offscreen", "minimal"):
            return
        QMessageBox.critical(None, APP_NAME, message)
    except Exception:  # noqa: BLE001 - a failing dialog must not hide the original error
        pass
