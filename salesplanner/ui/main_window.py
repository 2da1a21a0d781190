"""The main window: navigation between the Goal, Week, Progress, Customers and Pipeline panes.

Panes are created the first time they are shown (the app starts on the Week pane, so
pyqtgraph and pandas are not imported at start-up). Each pane listens to
``ctx.changed`` and refreshes what its flags say; no pane reaches into another.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import sys
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME, __version__
from salesplanner.services.changes import Changes
from salesplanner.services.plan import Store, StoreError
from salesplanner.ui.context import AppContext
from salesplanner.ui.format import format_date

# (key, module, class); order = navigation order
PANES: list[tuple[str, str, str]] = [
    ("goal", "salesplanner.ui.goal.pane", "GoalPane"),
    ("week", "salesplanner.ui.week.pane", "WeekPane"),
    ("progress", "salesplanner.ui.progress.pane", "ProgressPane"),
    ("customers", "salesplanner.ui.customers.pane", "CustomersPane"),
    ("pipeline", "salesplanner.ui.pipeline.pane", "PipelinePane"),
    ("journal", "salesplanner.ui.journal.pane", "JournalPane"),
]
START_PANE = "week"


class _PaintWatcher(QObject):
    painted = Signal()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.painted.emit)
        return False


class _Banner(QWidget):
    """A coloured strip above the panes: a sentence and its buttons."""

    def __init__(self, window: MainWindow, name: str, colors: tuple[str, str, str]):
        super().__init__(window)
        background, border, text = colors
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"QLabel {{ color: {text}; }}"
        )
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 16, 10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label, 1)

    def button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        self._layout.addWidget(b)
        b.clicked.connect(slot)
        return b


class EmptyState(_Banner):
    """Shown above the panes while the plan file has no goal and no records."""

    def __init__(self, window: MainWindow):
        super().__init__(window, "emptyState", ("#fff8e1", "#ffe082", "#5d4037"))
        self.label.setText(
            self.tr(
                "Your plan is empty. Start by setting a goal: the wizard turns your sales history "
                "into a target and a weekly plan. Or import the workbook you already keep."
            )
        )
        self.wizard_button = self.button(self.tr("Start the goal wizard"), window.on_new_goal)
        self.import_button = self.button(self.tr("Import a workbook…"), window.on_import)
        self.demo_button = self.button(self.tr("Explore demo data"), window.on_open_demo)


class DemoBanner(_Banner):
    """Above the panes while the demo plan is open: it is not the rep's data."""

    def __init__(self, window: MainWindow):
        super().__init__(window, "demoBanner", ("#e3f2fd", "#90caf9", "#0d47a1"))
        self.label.setText(
            self.tr(
                "This is the demo plan: made-up customers and sales to explore. Nothing you "
                "do here touches your own plan."
            )
        )
        self.own_button = self.button(self.tr("Start my own plan"), window.on_open_own_plan)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = AppContext(store, self)
        self.panes: dict[str, QWidget] = {}
        # panes built ahead by warm_up() and not shown yet: the changes they have missed
        self._unseen: dict[str, Changes] = {}
        self.cards: dict[int, QWidget] = {}  # customer cards opened, by customer id
        self._warm_thread: threading.Thread | None = None
        self._warm_timer: QTimer | None = None
        self._warm_watcher: _PaintWatcher | None = None
        # panes' data read ahead by warm_up's thread: key -> (the plan read, data)
        self._preloaded: dict[str, tuple[Store, object]] = {}
        self._warm_missed = Changes()
        self._build()
        self._connect_signals()
        self._watch_store()
        self.ctx.store_replaced.connect(self._watch_store)
        self._update_title()
        self._restore_geometry()
        self.show_pane(START_PANE)
        self._update_empty_state()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.resize(1280, 800)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer
        self._empty_state: EmptyState | None = None  # made when the plan is empty
        self._demo_banner: DemoBanner | None = None  # made when the demo plan is open
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)
        # made in place: reparenting a styled widget restyles it (~4 ms for the navigation)
        self.nav = QListWidget(central)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(132)
        self.nav.setStyleSheet(
            "#nav { border: none; background: #263238; color: #eceff1; font-size: 14px; }"
            "#nav::item { padding: 12px 14px; }"
            "#nav::item:selected { background: #37474f; color: white; border-left: "
            "3px solid #4fc3f7; }"
        )
        self.stack = QStackedWidget(central)
        for key, _module, _cls in PANES:
            item = QListWidgetItem(self._pane_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder_{key}")
            self.stack.addWidget(placeholder)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.quick_entry = self._build_quick_entry()  # Ctrl+L focuses it
        self.status_path = QLabel()
        self.statusBar().addPermanentWidget(self.status_path)
        self.ctx.status.connect(self._say)  # what panes tell the rep

    def _build_quick_entry(self):
        """The quick-entry bar (ui/week/quick_entry.py) at the right of the toolbar; Ctrl+L
        focuses it; what it says goes to the status bar."""
        from salesplanner.ui.week.quick_entry import QuickEntryBar

        bar = QuickEntryBar(self.ctx, self)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(bar)
        action = QAction(QCoreApplication.translate("QuickEntryBar", "Log an activity…"), self)
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(bar.focus)
        self.addAction(action)
        bar.focus_action = action
        bar.logged.connect(lambda m: self._say(m, 6000))
        bar.failed.connect(lambda m: self._say(m, 8000))
        bar.hinted.connect(lambda m: self._say(m, 6000))
        return bar

    def _say(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def _pane_title(self, key: str) -> str:
        return {
            "goal": self.tr("Goal"),
            "week": self.tr("Week"),
            "progress": self.tr("Progress"),
            "customers": self.tr("Customers"),
            "pipeline": self.tr("Pipeline"),
            "journal": self.tr("Journal"),
        }[key]

    def _action(self, text: str, shortcut=None, slot=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New plan file…"), S.New, self.on_new_file)
        self.act_open = self._action(self.tr("&Open plan file…"), S.Open, self.on_open_file)
        self.act_backup = self._action(
            self.tr("Save a &copy / Backup…"), "Ctrl+Shift+S", self.on_backup
        )
        self.act_import = self._action(self.tr("&Import workbook…"), "Ctrl+I", self.on_import)
        self.act_export = self._action(self.tr("&Export plan workbook…"), "Ctrl+E", self.on_export)
        self.act_writeback = self._action(
            self.tr("&Write back to workbook…"),
            None,
            self.on_write_back,
            self.tr(
                "Add the deals and activities logged here to the workbook they were imported from"
            ),
        )
        self.act_writeback.setIconText(self.tr("Write back"))  # the toolbar's short label
        self.act_import_history = self._action(
            self.tr("Import &history…"),
            None,
            self.on_import_history,
            self.tr("Every import of this plan; take one back"),
        )
        self.act_quit = self._action(self.tr("&Quit"), S.Quit, self.close)
        self.act_undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # The platform's redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once: the same key twice
        # on one action makes it ambiguous and Qt then runs neither (Linux: Redo = Ctrl+Shift+Z).
        redo_keys: list[QKeySequence] = []
        extra = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        for seq in (*QKeySequence.keyBindings(S.Redo), *extra):
            if seq not in redo_keys:
                redo_keys.append(seq)
        self.act_redo.setShortcuts(redo_keys)
        self.act_new_goal = self._action(self.tr("New &goal…"), "Ctrl+G", self.on_new_goal)
        self.act_settings = self._action(self.tr("&Settings…"), S.Preferences, self.on_settings)
        self.act_about = self._action(self.tr("&About SalesPlanner"), None, self.on_about)
        self.act_report = self._action(
            self.tr("Weekly &report…"),
            "Ctrl+R",
            self.on_weekly_report,
            self.tr("The week's report to copy into WeChat or e-mail, or to save as a PDF"),
        )
        self.act_team = self._action(
            self.tr("&Team…"),
            None,
            self.on_team,
            self.tr("Share a snapshot with your team; a manager's view of the team folder"),
        )
        self.pane_actions: dict[str, QAction] = {}
        for index, (key, _m, _c) in enumerate(PANES, start=1):
            act = self._action(self._pane_title(key), f"Ctrl+{index}")
            act.triggered.connect(lambda _checked=False, k=key: self.show_pane(k))
            self.pane_actions[key] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for act in (self.act_new, self.act_open, self.act_backup):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_import_history)
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_writeback)
        file_menu.addSeparator()
        file_menu.addAction(self.act_report)
        file_menu.addAction(self.act_team)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)
        view_menu = bar.addMenu(self.tr("&View"))
        for act in self.pane_actions.values():
            view_menu.addAction(act)
        plan_menu = bar.addMenu(self.tr("&Plan"))
        plan_menu.addAction(self.act_new_goal)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "plan": plan_menu,
            "help": help_menu,
        }

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_new_goal, self.act_import, self.act_export, self.act_writeback):
            tb.addAction(act)
        tb.addSeparator()
        # Short fixed labels on the toolbar (the menu's "Undo Log “…”" would widen the bar and
        # squeeze the quick-entry box); what would be undone shows in the tooltip.
        stack = self.ctx.undo_stack
        self.tb_undo = self._action(self.tr("Undo"), None, stack.undo)
        self.tb_redo = self._action(self.tr("Redo"), None, stack.redo)
        for act, can, text, changed, text_changed in (
            (
                self.tb_undo,
                stack.canUndo,
                stack.undoText,
                stack.canUndoChanged,
                stack.undoTextChanged,
            ),
            (
                self.tb_redo,
                stack.canRedo,
                stack.redoText,
                stack.canRedoChanged,
                stack.redoTextChanged,
            ),
        ):
            act.setEnabled(can())
            act.setToolTip(text())
            changed.connect(act.setEnabled)
            text_changed.connect(act.setToolTip)
            tb.addAction(act)
        self.toolbar = tb

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        self.ctx.changed.connect(self.on_changed)
        self.ctx.store_replaced.connect(self._close_cards)
        self.ctx.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        # Deleting a window whose undo stack holds edits clears the stack, which emits
        # cleanChanged while the window is already half gone: no title to update then.
        if shiboken6.isValid(self):
            self._update_title()

    # -- panes ---------------------------------------------------------------------------
    def pane(self, key: str, data=None) -> QWidget:
        """The pane widget for ``key``, created on first use (``data``: what its class's
        ``load`` read ahead, shown first)."""
        if key not in self.panes:
            index = [k for k, _m, _c in PANES].index(key)
            _key, module_name, class_name = PANES[index]
            module = importlib.import_module(module_name)
            cls = getattr(module, class_name)
            widget = cls(self.ctx, self, data=data) if data is not None else cls(self.ctx, self)
            old = self.stack.widget(index)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, widget)
            self.panes[key] = widget
            asks = getattr(widget, "customer_requested", None)  # a row that opens its customer
            if asks is not None:
                asks.connect(self.open_customer)
        elif key in self._unseen:  # built ahead: catch up with what changed since
            missed = self._unseen.pop(key)
            refresh = getattr(self.panes[key], "refresh", None)
            if missed.any() and refresh is not None:
                refresh(missed)
        return self.panes[key]

    # -- building the other panes ahead ---------------------------------------------------
    def after_first_paint(self, callback) -> None:
        """Call ``callback()`` from the event loop once the current pane has first painted."""
        watcher = _PaintWatcher(self)
        target = self.stack.currentWidget()
        if target is None:  # no pane yet: nothing to wait for
            QTimer.singleShot(0, callback)
            return

        def painted() -> None:
            target.removeEventFilter(watcher)
            callback()

        # once: a second paint may be queued before the filter comes off
        watcher.painted.connect(painted, Qt.ConnectionType.SingleShotConnection)
        target.installEventFilter(watcher)

    def warm_up_after_first_paint(self, delay_ms: int = 200) -> None:
        """Start :meth:`warm_up` ``delay_ms`` after the current pane has first painted."""
        self._warm_watcher = watcher = _PaintWatcher(self)
        target = self.stack.currentWidget()
        if target is None:  # no pane yet: nothing to wait for
            return

        def painted() -> None:
            if self._warm_watcher is None:  # (a paint queued before the filter came off)
                return
            self._warm_watcher = None
            target.removeEventFilter(watcher)
            QTimer.singleShot(delay_ms, self, self.warm_up)

        watcher.painted.connect(painted)
        target.installEventFilter(watcher)

    def warm_up(self) -> None:
        """Make the first click on every other pane only show it.

        The panes' modules (and so numpy and pyqtgraph, ≈ 0.3 s) are imported on a thread —
        importing touches no widget — then one pane is built per turn of the event loop while
        the window is idle. A pane built this way keeps the changes it misses until it is first
        shown (so edits in the Week pane do not reload panes the rep has not looked at)."""
        if self._warm_thread is not None:
            return
        todo = [(key, module, cls) for key, module, cls in PANES if key not in self.panes]
        modules = [module for _key, module, _cls in todo]
        modules += ["logging.handlers", "platform"]  # the log opened after the first paint
        store = self.ctx.store
        self._preloaded = {}
        self._warm_missed = Changes()  # what changed since the thread began to read

        def imports() -> None:
            for name in modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - the click imports it again and says why
                    logging.getLogger("salesplanner").exception("preloading %s failed", name)
            if store.path is None:  # (an in-memory plan: no second connection to read on)
                return
            from salesplanner.ui.tasks import own_connection

            try:
                with own_connection(store) as own:
                    for key, module, cls in todo:
                        load = getattr(getattr(sys.modules.get(module), cls, None), "load", None)
                        try:
                            if load is not None:
                                self._preloaded[key] = (store, load(own))
                        except Exception:  # noqa: BLE001 - the pane reads it when it is built
                            logging.getLogger("salesplanner").exception("reading %s failed", key)
            except Exception:  # noqa: BLE001 - (the plan file gone): each pane reads it
                logging.getLogger("salesplanner").exception("reading ahead failed")

        self._warm_thread = threading.Thread(target=imports, name="pane-imports", daemon=True)
        self._warm_thread.start()
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(40)  # between two panes: the window repaints and reacts
        self._warm_timer.timeout.connect(self._warm_step)
        self._warm_timer.start()

    def _warm_step(self) -> None:
        if self._warm_thread is not None and self._warm_thread.is_alive():
            return
        todo = [key for key, _m, _c in PANES if key not in self.panes]
        if not todo or self._warm_timer is None:
            if self._warm_timer is not None:
                self._warm_timer.stop()
            return
        key = todo[0]
        store, data = self._preloaded.pop(key, (None, None))
        if store is not self.ctx.store:  # (File → Open meanwhile: read for another plan)
            data = None
        try:
            self.pane(key, data)
        except Exception:  # noqa: BLE001 - the click builds it again and shows what is wrong
            logging.getLogger("salesplanner").exception("building the %s pane failed", key)
            self._warm_timer.stop()
            return
        # a pane made from what the thread read has missed what changed since it began
        self._unseen[key] = self._warm_missed if data is not None else Changes()

    def show_pane(self, key: str) -> QWidget:
        index = [k for k, _m, _c in PANES].index(key)
        widget = self.pane(key)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        return widget

    def open_customer(self, customer_id: int):
        """Show a customer's card (issue 13.1), the same window again if it was open before:
        what the rep typed there and did not save is still there."""
        from salesplanner.ui.customers.card import CustomerCard

        card = self.cards.get(customer_id)
        if not isinstance(card, CustomerCard) or not shiboken6.isValid(card):
            card = self.cards[customer_id] = CustomerCard(self.ctx, customer_id, self)
        else:
            card.reload()
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _close_cards(self) -> None:
        """Another plan file: the cards of the old one go."""
        cards, self.cards = self.cards, {}
        for card in cards.values():
            if shiboken6.isValid(card):
                card.close()
                card.deleteLater()

    def current_pane_key(self) -> str:
        return PANES[self.stack.currentIndex()][0]

    # -- slots ---------------------------------------------------------------------------
    def on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PANES):
            self.show_pane(PANES[row][0])

    def on_changed(self, changes: Changes) -> None:
        self._warm_missed = self._warm_missed | changes
        for key, widget in self.panes.items():
            if key in self._unseen:  # built ahead, not shown yet: refreshed when shown
                self._unseen[key] = self._unseen[key] | changes
                continue
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh(changes)
        self._update_empty_state()
        self._update_title()
        if changes.reviews and not changes.everything:
            self._publish_after_review()

    def on_new_goal(self) -> None:
        goal_pane = self.show_pane("goal")
        opener = getattr(goal_pane, "on_new_goal", None)
        if opener is not None:
            opener()

    def on_import(self) -> None:
        try:
            from salesplanner.ui.dialogs.import_wizard import ImportWizard
        except ImportError:
            self.statusBar().showMessage(self.tr("Import is not available in this build."), 5000)
            return
        ImportWizard.ask(self, self.ctx)

    def on_weekly_report(self) -> None:
        from salesplanner.services.progress import default_as_of
        from salesplanner.ui.team.report_dialog import WeeklyReportDialog

        WeeklyReportDialog.ask(self, self.ctx, default_as_of(self.ctx.store))

    def on_team(self) -> None:
        from salesplanner.ui.team.team_dialog import TeamDialog

        TeamDialog.ask(self, self.ctx)

    def _publish_after_review(self) -> None:
        """After a weekly review is saved, publish to the team when the rep asked for it.

        Runs in the background on a connection of its own; offline, the snapshot waits in
        the plan and the status bar says so."""
        from salesplanner.services import team as team_service

        store = self.ctx.store
        cfg = team_service.team_config(store)
        if not (cfg.publish_after_review and cfg.folder and cfg.name) or store.path is None:
            return
        from salesplanner.ui.tasks import BackgroundTask, own_connection
        from salesplanner.ui.team.texts import team_error_text

        def job(_progress, _cancelled):
            with own_connection(store) as own:
                return team_service.publish(own)

        def done(result) -> None:
            if result.error is not None:
                self.statusBar().showMessage(team_error_text(result.error), 10_000)
            else:
                self.statusBar().showMessage(
                    self.tr("Published your snapshot to {folder}.").format(
                        folder=result.value.folder
                    ),
                    5_000,
                )

        task = BackgroundTask(job, self)
        task.finished.connect(done)
        task.start()

    def on_import_history(self) -> None:
        """List the imports; remove one (undoable)."""
        from salesplanner.ui.dialogs.import_history import ImportHistoryDialog

        ImportHistoryDialog.ask(self, self.ctx)

    def on_write_back(self) -> None:
        """Add what was logged in the app to the workbook it was imported from (a dialog)."""
        from salesplanner.ui.dialogs.writeback_dialog import WriteBackDialog

        WriteBackDialog.ask(self, self.ctx)

    def on_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from salesplanner.io.export_plan import default_file_name
        from salesplanner.ui.week import clock

        name = default_file_name(self.ctx.store, clock.today())  # the goal and the day
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export plan workbook"),
            str(Path.home() / name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_week(self):
        """The week the 周计划 sheet shows: the one open in the Week pane when the rep went
        to one inside the goal, else the export's own choice (this week or the goal's)."""
        from salesplanner.services.plan import exported_week
        from salesplanner.ui.week import clock

        week = self.panes.get("week")
        return exported_week(self.ctx.store, clock.today(), getattr(week, "monday", None))

    def export_to(self, path: Path) -> bool:
        """Write the plan workbook in the background (progress, Cancel); True when written."""
        from PySide6.QtWidgets import QMessageBox

        from salesplanner.errors import UserError
        from salesplanner.io.export_plan import ExportCancelled, export_plan
        from salesplanner.services.report import report_for_export
        from salesplanner.ui.tasks import run_plan_task
        from salesplanner.ui.week import clock

        today, week = clock.today(), self.export_week()
        result = run_plan_task(
            self,
            self.ctx.store,
            self.tr("Export"),
            self.tr("Writing {name}…").format(name=path.name),
            lambda plan, progress, cancelled: export_plan(
                plan,
                path,
                progress=progress,
                cancelled=cancelled,
                today=today,
                week=week,
                report=report_for_export(plan, today),
            ),
        )
        if isinstance(result.error, ExportCancelled) or result.cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 5000)
            return False
        if isinstance(result.error, UserError):
            from salesplanner.ui.dialogs.import_texts import ImportTexts

            QMessageBox.warning(self, APP_NAME, ImportTexts().error(result.error))
            return False
        if result.error is not None:
            raise result.error
        monday = dt.date.fromisoformat(result.value["week"])
        self.statusBar().showMessage(
            self.tr("Exported to {path}; the week plan is the week of {date}.").format(
                path=str(path), date=format_date(monday, long=True)
            ),
            5000,
        )
        return True

    def on_settings(self) -> None:
        try:
            from salesplanner.ui.dialogs.settings_dialog import SettingsDialog
        except ImportError:
            return
        SettingsDialog.ask(self, self.ctx)

    def on_new_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New plan file"),
            str(Path.home() / "plan.salesplanner.db"),
            self.tr("SalesPlanner plan (*.db)"),
        )
        if path:
            target = Path(path)
            if target.exists():
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("{path} already exists; choose Open to use it.").format(path=path),
                )
                return
            self.open_store_path(target)

    def on_open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open plan file"),
            str(Path.home()),
            self.tr("SalesPlanner plan (*.db);;All files (*)"),
        )
        if path:
            self.open_store_path(Path(path))

    def on_open_demo(self) -> None:
        from salesplanner.paths import demo_db_path
        from salesplanner.services.demo import ensure_demo

        path = demo_db_path()
        ensure_demo(path)
        self.open_store_path(path)

    def on_open_own_plan(self) -> None:
        """Leave the demo for the rep's own plan file (made empty the first time)."""
        from salesplanner.paths import default_db_path

        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_store_path(path)

    def is_demo(self) -> bool:
        from salesplanner.paths import demo_db_path

        path = self.ctx.store.path
        try:
            return path is not None and path.resolve() == demo_db_path().resolve()
        except OSError:
            return False

    def open_store_path(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from salesplanner.ui.store_texts import user_sentence

        try:
            store = Store.open(path)
        except StoreError as exc:
            QMessageBox.warning(self, APP_NAME, user_sentence(exc))
            return False
        self.ctx.replace_store(store)
        self._update_title()
        self.show_store_notices()
        return True

    def on_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        suggested = Path.home() / f"{self._file_stem()}-backup.db"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(suggested), self.tr("SalesPlanner plan (*.db)")
        )
        if path:
            self.ctx.store.backup_to(path)
            self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=path), 5000)

    def on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About SalesPlanner"),
            self.tr(
                "<b>SalesPlanner {version}</b><p>Set a sales target, turn it into a weekly plan, "
                "track what happens and correct course — offline.</p>"
            ).format(version=__version__),
        )

    # -- state ---------------------------------------------------------------------------
    def _file_stem(self) -> str:
        return self.ctx.store.path.stem if self.ctx.store.path else "plan"

    def _update_title(self) -> None:
        path = self.ctx.store.path
        if self.ctx.store.read_only:
            title = self.tr("{name} (read-only)").format(name=self._file_stem())
            self.status_path.setText(self.tr("Read-only: {path}").format(path=path))
            self.status_path.setToolTip(
                self.tr(
                    "This plan file or its folder cannot be written to: you can look at it and "
                    "export it, but not change it. Copy it to a folder you can write to, then "
                    "open the copy."
                )
            )
        else:
            title = self._file_stem()
            self.status_path.setText(str(path) if path else self.tr("(in memory)"))
            self.status_path.setToolTip("")
        self.setWindowTitle(f"{title} — {APP_NAME}")

    # -- the plan file under stress --------------------------------------------------------
    def _watch_store(self) -> None:
        self.ctx.store.on_busy = self._on_busy

    def _on_busy(self, waiting: bool) -> None:
        """Another program holds the plan's write lock: show that we wait (the store retries)."""
        from PySide6.QtGui import QGuiApplication

        if waiting:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.statusBar().showMessage(
                self.tr("Waiting: another program is writing to the plan file…")
            )
            QApplication.processEvents()  # paint the message before the next wait
        else:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def show_store_notices(self) -> None:
        """What the opening of the plan found (e.g. an unusable -wal set aside), once."""
        from PySide6.QtWidgets import QMessageBox

        from salesplanner.ui.store_texts import user_sentence

        notices, self.ctx.store.notices = self.ctx.store.notices, []
        if not notices:
            return
        text = "\n\n".join(user_sentence(n) for n in notices)
        self.statusBar().showMessage(text.replace("\n\n", " "), 30000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.setObjectName("storeNotices")
        box.open()  # window-modal, does not block

    def is_plan_empty(self) -> bool:
        from salesplanner.services.plan import is_empty

        return is_empty(self.ctx.store)

    @property
    def empty_state(self) -> EmptyState:
        """The banner above the panes while the plan is empty (made the first time it is)."""
        if self._empty_state is None:
            self._empty_state = EmptyState(self)
            self._empty_state.setVisible(False)
            self._outer.insertWidget(0, self._empty_state)
        return self._empty_state

    def _update_empty_state(self) -> None:
        empty = self.is_plan_empty()
        if empty or self._empty_state is not None:
            self.empty_state.setVisible(empty)
        demo = self.is_demo()
        if demo or self._demo_banner is not None:
            if self._demo_banner is None:
                self._demo_banner = DemoBanner(self)
                self._outer.insertWidget(0, self._demo_banner)
            self._demo_banner.setVisible(demo)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for widget in self.panes.values():
            closer = getattr(widget, "on_window_closing", None)
            if closer is not None:
                closer()
        super().closeEvent(event)

    # -- smoke / benchmark ---------------------------------------------------------------
    def quit_after_first_paint(self) -> None:
        """Exit the event loop with 0 as soon as the current pane has painted once.

        The loop is told to stop from inside the paint event itself: the paint (the pane and its
        children, one synchronous pass) and its flush finish, then ``exec`` returns before any
        timer that expired meanwhile runs. With a zero-delay timer instead, a paint slower than
        the Week pane's 20 ms sales-line timer (any busy machine) also ran the work scheduled
        *after* the first paint, and start-up was timed with it."""
        self._paint_watcher = _QuitOnPaint(self)
        target = self.stack.currentWidget()
        if target is None:  # (the stack always holds the panes)
            raise RuntimeError("no pane to paint")
        target.installEventFilter(self._paint_watcher)


class _QuitOnPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QApplication.exit(0)
        return False
