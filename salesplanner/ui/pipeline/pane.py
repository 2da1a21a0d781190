"""Pipeline pane (商机): the board (a column per stage, drag or keyboard to move) and a table
of the same deals with the filters a rep uses every Monday. Every change is one undoable edit
(``ui.pipeline.commands`` through ``ui.edits.push_edit``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain import opportunities as dom
from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import CHANNELS, DealFilter, Opportunity
from salesplanner.services import pipeline as svc
from salesplanner.services import settings as settings_svc
from salesplanner.services import week as week_svc
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount
from salesplanner.ui.labels import channel_label, stage_label
from salesplanner.ui.pipeline import commands
from salesplanner.ui.pipeline.board import BoardColumn, PipelineBoard
from salesplanner.ui.pipeline.dialogs import DealDialog, LoseDialog, StagesDialog, WinDialog
from salesplanner.ui.pipeline.model import ID_ROLE, DealFilterProxy, DealRow, DealTableModel
from salesplanner.ui.week import clock

CLOSED_DAYS = 365  # "won and lost too": the deals closed in the last year


class PipelinePane(QWidget):
    customer_requested = Signal(int)  # the selected deal's customer: open its card

    @staticmethod
    def load(store) -> tuple:
        """What a new pane shows first, read without a widget (the window reads it ahead on a
        thread): the day, the settings and the open deals with their dates."""
        today = clock.today()
        return today, settings_svc.load(store), svc.pane_data(store, today, None)

    def __init__(self, ctx: AppContext, parent=None, data: tuple | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stages: list[dom.Stage] = []
        self.open: list[Opportunity] = []
        self.rows: dict[int, DealRow] = {}
        self._build()
        self._connect_signals()
        self.reload(data)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New deal…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.win_button = QPushButton(self.tr("Won…"))
        self.lose_button = QPushButton(self.tr("Lost…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.edit_button, self.win_button, self.lose_button):
            top.addWidget(b)
        top.addWidget(self.delete_button)
        self.stages_button = QPushButton(self.tr("Stages…"))
        top.addWidget(self.stages_button)
        self.customer_button = QPushButton(self.tr("Customer card"))
        self.customer_button.setToolTip(self.tr("Open the card of the selected deal's customer"))
        top.addWidget(self.customer_button)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        self.board = PipelineBoard()
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidget(self.board)
        self.board_scroll.setWidgetResizable(False)
        self.board_scroll.viewport().installEventFilter(self)
        self.tabs.addTab(self.board_scroll, self.tr("Board"))

        table_page = QWidget()
        tl = QVBoxLayout(table_page)
        tl.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter by customer or deal…"))
        self.text_filter.setClearButtonEnabled(True)
        self.closing_box = QCheckBox(self.tr("Closing this month"))
        self.overdue_box = QCheckBox(self.tr("Close date passed"))
        self.no_step_box = QCheckBox(self.tr("No next step"))
        self.stale_box = QCheckBox(self.tr("No activity for"))
        self.stale_days = QSpinBox()
        self.stale_days.setRange(1, 365)
        self.stale_days.setValue(settings_svc.load(self.ctx.store).stale_days)  # the rep's N
        self.stale_days.setSuffix(self.tr(" days"))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("Any channel"), "")
        for key in CHANNELS:
            self.channel_combo.addItem(channel_label(key), key)
        self.closed_box = QCheckBox(self.tr("Won and lost too"))
        filters.addWidget(self.text_filter, 1)
        for w in (
            self.closing_box,
            self.overdue_box,
            self.no_step_box,
            self.stale_box,
            self.stale_days,
            self.channel_combo,
            self.closed_box,
        ):
            filters.addWidget(w)
        tl.addLayout(filters)
        self.model = DealTableModel(self)
        self.proxy = DealFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        tl.addWidget(self.table, 1)
        self.tabs.addTab(table_page, self.tr("Table"))
        outer.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.ctx.changed.connect(self.refresh)
        self.new_button.clicked.connect(self.on_new)
        self.stages_button.clicked.connect(self.on_stages)
        self.customer_button.clicked.connect(self.on_open_customer)
        self.edit_button.clicked.connect(lambda: self.on_edit(self.current_id()))
        self.win_button.clicked.connect(lambda: self.on_win(self.current_id()))
        self.lose_button.clicked.connect(lambda: self.on_lose(self.current_id()))
        self.delete_button.clicked.connect(lambda: self.on_delete(self.current_id()))
        self.board.move_requested.connect(self.on_move)
        self.board.win_requested.connect(self.on_win)
        self.board.lose_requested.connect(self.on_lose)
        self.board.edit_requested.connect(self.on_edit)
        self.board.delete_requested.connect(self.on_delete)
        self.board.selection_changed.connect(self.on_selection)
        self.table.doubleClicked.connect(lambda _i: self.on_edit(self.current_id()))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.on_selection(self.current_id())
        )
        self.tabs.currentChanged.connect(lambda _i: self.on_selection(self.current_id()))
        self.text_filter.textChanged.connect(self.on_filter)
        for box in (
            self.closing_box,
            self.overdue_box,
            self.no_step_box,
            self.stale_box,
        ):
            box.toggled.connect(self.on_filter)
        self.closed_box.toggled.connect(lambda _on: self.reload())
        self.stale_days.valueChanged.connect(self.on_filter)
        self.channel_combo.currentIndexChanged.connect(self.on_filter)

    # -- data ---------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        if changes.pipeline:
            self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """The board's view resized: its columns fit the new width."""
        if event.type() == QEvent.Type.Resize and watched is self.board_scroll.viewport():
            self.board.fit_width(event.size().width())
        return super().eventFilter(watched, event)

    def reload(self, loaded: tuple | None = None) -> None:
        """Read what the pane shows: the open deals (and the closed ones of the last year when
        the table is asked for them), each deal's stage date and last activity, and this
        month's won and lost totals, in a few queries (``loaded``: what :meth:`load` read)."""
        today = clock.today()
        closed_days = CLOSED_DAYS if self.closed_box.isChecked() else None
        if loaded is not None and loaded[0] == today and closed_days is None:
            _day, self.settings, data = loaded
        else:
            self.settings = settings_svc.load(self.ctx.store)
            data = svc.pane_data(self.ctx.store, today, closed_days)
        self.stages, self.open = data.stages, data.open
        opps, entered, last = data.shown, data.entered, data.last_activity
        names = {s.key: s.name for s in self.stages}
        known = dom.stage_map(self.stages)
        rows = []
        for o in opps:
            oid = o.id or 0
            rows.append(
                DealRow(
                    o,
                    names.get(o.stage, ""),
                    dom.weighted_amount(o, known),
                    max(0, (today - entered[oid]).days) if oid in entered else 0,
                    last.get(oid),
                    o.is_open and o.expected_close is not None and o.expected_close < today,
                )
            )
        self.rows = {r.opp.id or 0: r for r in rows}
        self.model.set_rows(rows, self.settings)
        self.proxy.set_filter(self._filter(), today=today)
        self._fill_board(data.month)
        self._update_summary()
        self.on_selection(self.current_id())

    def _fill_board(self, month: dict[str, tuple[int, int]]) -> None:
        columns = []
        s = self.settings
        for col in dom.by_stage(self.open, self.stages):
            cards = [self.rows[o.id or 0] for o in col.opportunities]
            columns.append(
                BoardColumn(
                    col.stage.key,
                    f"{stage_label(col.stage.key, col.stage.name)} · {col.stage.probability}%",
                    False,
                    cards,
                    self.tr("%n deal(s) · {sum}", "", col.count).format(
                        sum=format_amount(to_fen(col.amount), s)
                    ),
                    self.tr("weighted {sum}").format(sum=format_amount(to_fen(col.weighted), s)),
                )
            )
        for outcome in (dom.WON, dom.LOST):
            stage = dom.closing_stage(self.stages, outcome)
            n, fen = month.get(outcome, (0, 0))
            columns.append(
                BoardColumn(
                    stage.key,
                    stage_label(stage.key, stage.name),
                    True,
                    [],
                    self.tr("this month: {n} · {sum}").format(n=n, sum=format_amount(fen, s)),
                    self.tr("drop a deal here"),
                )
            )
        self.board.set_columns(columns, s, clock.today())

    def _update_summary(self) -> None:
        total = sum((o.amount for o in self.open), Decimal(0))
        rows = self.rows
        weighted = sum((rows[o.id or 0].weighted for o in self.open), Decimal(0))
        self.summary.setText(
            self.tr("Open: %n deal(s) · {sum} · weighted {weighted}", "", len(self.open)).format(
                sum=format_amount(to_fen(total), self.settings),
                weighted=format_amount(to_fen(weighted), self.settings),
            )
        )

    def _filter(self) -> DealFilter:
        return DealFilter(
            closing_this_month=self.closing_box.isChecked(),
            overdue=self.overdue_box.isChecked(),
            no_next_step=self.no_step_box.isChecked(),
            stale_days=self.stale_days.value() if self.stale_box.isChecked() else None,
            channel=self.channel_combo.currentData() or "",
            include_closed=self.closed_box.isChecked(),
        )

    # -- selection ----------------------------------------------------------------------
    def current_id(self) -> int:
        if self.tabs.currentIndex() == 0:
            return self.board.selected_id()
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return 0
        return int(self.proxy.data(index, ID_ROLE) or 0)

    def on_selection(self, opportunity_id: int) -> None:
        row = self.rows.get(opportunity_id)
        is_open = row is not None and row.opp.is_open
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.win_button.setEnabled(is_open)
        self.lose_button.setEnabled(is_open)
        self.customer_button.setEnabled(row is not None and row.opp.customer_id is not None)

    def on_open_customer(self) -> None:
        opp = self._opp(self.current_id())
        if opp is not None and opp.customer_id is not None:
            self.customer_requested.emit(opp.customer_id)

    def on_filter(self, *_args) -> None:
        self.proxy.set_filter(self._filter(), self.text_filter.text())

    # -- edits --------------------------------------------------------------------------
    def _push(self, command) -> bool:
        return push_edit(self.ctx, command, warn(self, self.tr("Pipeline")))

    def _opp(self, opportunity_id: int) -> Opportunity | None:
        row = self.rows.get(opportunity_id)
        return row.opp if row is not None else None

    def _customers(self) -> list[str]:
        return week_svc.customer_names(self.ctx.store)

    def _people(self):
        from salesplanner.services.customers import people

        return people(self.ctx.store)

    def on_new(self) -> None:
        today = clock.today()
        first = dom.open_stages(self.stages)[0].key
        blank = Opportunity(None, "", "", Decimal(0), first, today)
        opp = DealDialog.ask(self, blank, self.stages, self._customers(), today, self._people())
        if opp is not None:
            self._push(commands.add_command(self.ctx, opp))

    def on_edit(self, opportunity_id: int) -> None:
        current = self._opp(opportunity_id)
        if current is None:
            return
        today = clock.today()
        opp = DealDialog.ask(self, current, self.stages, self._customers(), today, self._people())
        if opp is not None and opp != current:
            self._push(commands.edit_command(self.ctx, opp, today))

    def on_move(self, opportunity_id: int, stage: str) -> None:
        if self._push(commands.move_command(self.ctx, opportunity_id, stage, clock.today())):
            self.board.select_id(opportunity_id)

    def on_win(self, opportunity_id: int) -> None:
        opp = self._opp(opportunity_id)
        if opp is None or not opp.is_open:
            return
        answer = WinDialog.ask(self, opp, clock.today())
        if answer is not None:
            self._push(commands.win_command(self.ctx, opportunity_id, *answer))

    def on_lose(self, opportunity_id: int) -> None:
        opp = self._opp(opportunity_id)
        if opp is None or not opp.is_open:
            return
        answer = LoseDialog.ask(self, opp, clock.today())
        if answer is not None:
            self._push(commands.lose_command(self.ctx, opportunity_id, *answer))

    def on_delete(self, opportunity_id: int) -> None:
        if self._opp(opportunity_id) is not None:
            self._push(commands.delete_command(self.ctx, opportunity_id))

    def on_stages(self) -> None:
        stages = StagesDialog.ask(self, self.stages)
        if stages is not None and stages != self.stages:
            self._push(commands.StagesCommand(self.ctx, stages))
