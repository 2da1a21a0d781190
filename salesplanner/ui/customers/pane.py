"""Customers pane: the 80/20 ranking (METHOD.md 5) as a sortable, filterable table and a Pareto
chart; priority marks; the top 5 turned into weekly visit blocks (one undoable command)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME
from salesplanner.domain.calendar import week_start
from salesplanner.domain.customers import Pareto
from salesplanner.services import progress as svc
from salesplanner.services import settings as settings_svc
from salesplanner.ui.context import AppContext
from salesplanner.ui.customers.card import confirm  # (tests replace it here)
from salesplanner.ui.customers.model import (
    COLUMNS,
    ID_ROLE,
    CustomerFilterProxy,
    CustomerTableModel,
)
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount, format_date, format_percent
from salesplanner.ui.progress.charts import Chart
from salesplanner.ui.progress.commands import BlockEditCommand, SetPriorityCommand
from salesplanner.ui.week import clock

TOP_N = 5
NAME_COLUMN = COLUMNS.index("name")
REVENUE_COLUMN = COLUMNS.index("revenue")
TOP_WEEKS = 4
TOP_NAMES_SHOWN = 8  # names in the summary line; the rest are counted


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomersPane", text)


class ParetoChart(Chart):
    """Each buying customer's share of revenue (bars) and the cumulative share (line)."""

    def __init__(self):
        self.title = _t("Pareto: share of revenue by customer")
        super().__init__(self.title)
        self.bars = pg.BarGraphItem(
            x=[], height=[], width=0.8, brush=pg.mkBrush("#90caf9"), pen=pg.mkPen(None)
        )
        self.line = pg.PlotDataItem(pen=pg.mkPen("#e53935", width=2))
        self.eighty = pg.InfiniteLine(
            pos=80, angle=0, movable=False, pen=pg.mkPen("#757575", style=Qt.PenStyle.DashLine)
        )
        self.top = pg.InfiniteLine(
            pos=0, angle=90, movable=False, pen=pg.mkPen("#43a047", style=Qt.PenStyle.DashLine)
        )
        for item in (self.bars, self.line, self.eighty, self.top):
            self.plot.addItem(item)
        self.plot.setLabel("left", "%")
        self.plot.setLabel("bottom", _t("Customers by revenue rank"))
        self.analysis: Pareto | None = None

    def update(self, a: Pareto, settings) -> None:
        self.analysis, self.settings = a, settings
        buyers = [r for r in a.rows if r.customer.revenue_fen > 0]
        x = np.arange(1, len(buyers) + 1, dtype=float)
        self.bars.setOpts(x=x, height=np.asarray([float(r.share) * 100 for r in buyers]))
        self.line.setData(x, np.asarray([float(r.cumulative) * 100 for r in buyers]))
        self.top.setPos(a.top_count + 0.5)
        self.plot.setYRange(0, 102, padding=0)
        self.plot.setXRange(0.4, max(len(buyers), 1) + 0.6, padding=0)
        # Ranks are whole numbers: with a few customers tick every one (not 0.5 – 1.5); with
        # none, no axis numbers at all (an empty 0 – 1 frame said nothing).
        bottom = self.plot.getAxis("bottom")
        if len(buyers) <= 12:
            bottom.setTickSpacing(1, 1)
        else:
            bottom.setTickSpacing()  # automatic
        for side in ("bottom", "left"):
            self.plot.getAxis(side).setStyle(showValues=bool(buyers))
        self.plot.setTitle(
            self.title if buyers else _t("Pareto: no sales in this period yet"),
            color="#37474f",
            size="10pt",
        )

    def readout_text(self, index: int) -> str:
        a = self.analysis
        if a is None or not 1 <= index <= a.buyers:
            return ""
        r = a.rows[index - 1]
        return "\n".join(
            [
                f"{r.rank}. {r.name} ({r.abc})",
                format_amount(r.customer.revenue_fen, self.settings),
                _t("Cumulative: {pct}").format(pct=format_percent(float(r.cumulative), 1)),
            ]
        )


class CustomersPane(QWidget):
    customer_requested = Signal(int)  # a double-click opens the customer's card

    @staticmethod
    def load(store) -> tuple:
        """What a new pane shows first, read without a widget (the window reads it ahead on a
        thread): the day, the settings and the last 12 months' analysis."""
        today = clock.today()
        return today, settings_svc.load(store), svc.customer_analysis(store, today, 12)

    def __init__(self, ctx: AppContext, parent=None, data: tuple | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.months: int | None = 12
        self.analysis: Pareto | None = None
        self._columns_sized = False  # the columns fit their contents once, on the first rows
        self._build()
        self._connect_signals()
        self.reload(data)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        top.addWidget(self.filter_edit, 1)
        self.class_combo = QComboBox()
        for key, text in (
            ("all", self.tr("All customers")),
            ("A", self.tr("Class A")),
            ("B", self.tr("Class B")),
            ("C", self.tr("Class C")),
            ("priority", self.tr("Priority")),
            ("due", self.tr("Follow-up due")),
        ):
            self.class_combo.addItem(text, key)
        top.addWidget(self.class_combo)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("Last 12 months"), 12)
        self.window_combo.addItem(self.tr("All history"), 0)
        top.addWidget(self.window_combo)
        self.mark_button = QPushButton(self.tr("Mark priority"))
        self.unmark_button = QPushButton(self.tr("Unmark"))
        self.top_button = QPushButton(self.tr("Visit the top 5 weekly"))
        self.top_button.setToolTip(
            self.tr(
                "Adds a one-hour visit to each of the five biggest customers in each of the next "
                "four weeks, in free time."
            )
        )
        self.new_button = QPushButton(self.tr("New customer…"))
        self.duplicates_button = QPushButton(self.tr("Duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("Customers that look like one company under two names, to merge.")
        )
        for b in (
            self.mark_button,
            self.unmark_button,
            self.top_button,
            self.new_button,
            self.duplicates_button,
        ):
            top.addWidget(b)
        outer.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("paretoSummary")
        self.summary.setStyleSheet("#paretoSummary { font-size: 14px; color: #263238; }")
        outer.addWidget(self.summary)

        self.model = CustomerTableModel(self)
        self.proxy = CustomerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes the spare width, not the nearly empty 重点 (priority) column.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._name_width = 0  # what the name column needs (set once the columns are fitted)
        self.table.viewport().installEventFilter(self)
        self.chart = ParetoChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart.widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 260])
        outer.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.on_filter_text)
        self.class_combo.currentIndexChanged.connect(self.on_class_changed)
        self.window_combo.currentIndexChanged.connect(self.on_window_changed)
        self.mark_button.clicked.connect(lambda: self.on_mark(True))
        self.unmark_button.clicked.connect(lambda: self.on_mark(False))
        self.top_button.clicked.connect(self.on_visit_top)
        self.new_button.clicked.connect(self.on_new_customer)
        self.duplicates_button.clicked.connect(self.on_duplicates)
        self.table.doubleClicked.connect(self.on_open)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        if changes.customer_table:
            self.reload()

    def reload(self, data: tuple | None = None) -> None:
        """Read the plan again and show it (``data``: what :meth:`load` read, if still so)."""
        # "Days since" and overdue follow-ups count from today, as the rep reads them.
        if data is not None and data[0] == clock.today() and self.months == 12:
            self.as_of, settings, self.analysis = data
        else:
            store = self.ctx.store
            settings = settings_svc.load(store)
            self.as_of = clock.today()
            self.analysis = svc.customer_analysis(store, self.as_of, self.months)
        a = self.analysis
        self.model.set_rows(list(a.rows), settings)
        self.chart.update(a, settings)
        if a.buyers:
            separator = self.tr(", ")  # between names: 、 in Chinese
            names = separator.join(r.name for r in a.top10[:TOP_NAMES_SHOWN])
            if len(a.top10) > TOP_NAMES_SHOWN:  # hundreds of customers: the table lists them
                names = self.tr("{names} and {count} more").format(
                    names=names, count=len(a.top10) - TOP_NAMES_SHOWN
                )
            self.summary.setToolTip(separator.join(r.name for r in a.top10))
            self.summary.setText(
                self.tr(
                    "The top 20% ({count} of {buyers} buying customers) bring {share} of {total}. "
                    "Top 10%: {names}."
                ).format(
                    count=a.top_count,
                    buyers=a.buyers,
                    share=format_percent(float(a.top_share)),
                    total=format_amount(a.total_fen, settings),
                    names=names,
                )
            )
        else:
            self.summary.setToolTip("")
            self.summary.setText(
                self.tr(
                    "No sales in this period yet: import or log sales to "
                    "see which customers matter most."
                )
            )
        self.top_button.setEnabled(a.buyers > 0)
        if not self._columns_sized and a.rows:
            # Once: measuring every cell of hundreds of customers on each logged call made the
            # quick-entry bar take ~0.2 s in a large plan.
            self._fit_columns()
            self._columns_sized = True
        else:
            # Amounts grow with the period (12 months → all): widen 业绩 so no figure is cut
            # ("4.13…"), never narrow a column the rep has widened.
            for col in (REVENUE_COLUMN,):
                wanted = self.table.sizeHintForColumn(col)
                if wanted > self.table.horizontalHeader().sectionSize(col):
                    self.table.horizontalHeader().resizeSection(col, wanted)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell and its header, as resizeColumnsToContents
        makes it, measuring only the few cells with the longest text of each column (asking
        Qt to measure every cell of 500 customers took ≈ 0.15 s when the pane opened)."""
        header = self.table.horizontalHeader()
        grid = 1 if self.table.showGrid() else 0
        rows = self.model.rows
        for col, column in enumerate(COLUMNS):
            if col == NAME_COLUMN:  # stretched to what is left
                continue
            lengths = sorted(
                ((len(str(self.model._display(r, column) or "")), i) for i, r in enumerate(rows)),
                reverse=True,
            )
            widest = max(
                (
                    self.table.sizeHintForIndex(index).width() + grid
                    for index in (
                        self.proxy.mapFromSource(self.model.index(i, col)) for _n, i in lengths[:3]
                    )
                    if index.isValid()  # (not a row the filter hides)
                ),
                default=0,
            )
            header.resizeSection(col, max(widest, header.sectionSizeHint(col)))
        self._name_width = self._longest_name_width()
        self._place_name_column()

    def _longest_name_width(self) -> int:
        """What the name column needs: its longest names, up to 16 characters' width."""
        longest = sorted(((len(r.name), i) for i, r in enumerate(self.model.rows)), reverse=True)
        widest = max(
            (
                self.table.sizeHintForIndex(index).width()
                for index in (
                    self.proxy.mapFromSource(self.model.index(i, NAME_COLUMN))
                    for _n, i in longest[:3]
                )
                if index.isValid()
            ),
            default=0,
        )
        cap = self.table.fontMetrics().horizontalAdvance("M") * 16
        header = self.table.horizontalHeader()
        return max(header.sectionSizeHint(NAME_COLUMN), min(widest, cap))

    def _place_name_column(self) -> None:
        """The name takes the spare width, but never less than it needs: where the other
        columns leave too little (English headers at 1024 px cut every name to "…"), it
        keeps its own width and the table scrolls sideways instead."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != NAME_COLUMN)
        spare = self.table.viewport().width() - others
        if spare >= self._name_width:
            header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(NAME_COLUMN, self._name_width)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self._name_width and obj is self.table.viewport():
            self._place_name_column()
        return super().eventFilter(obj, event)

    def select_customer(self, customer_id: int) -> bool:
        """Select and show one customer (another pane asked to open it); a filter that hides
        it is cleared first."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if self.proxy.data(index, ID_ROLE) == customer_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                    return True
            if attempt == 0:
                self.filter_edit.clear()
                self.class_combo.setCurrentIndex(0)
        return False

    # -- slots ---------------------------------------------------------------------------
    def on_filter_text(self, text: str) -> None:
        self.proxy.set_filter(text=text)

    def on_class_changed(self, _index: int) -> None:
        self.proxy.set_filter(mode=self.class_combo.currentData())

    def on_window_changed(self, _index: int) -> None:
        self.months = self.window_combo.currentData() or None
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, ID_ROLE) for i in rows]

    def on_mark(self, flag: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Mark priority customers") if flag else self.tr("Unmark priority customers")
        command = SetPriorityCommand(self.ctx, {i: flag for i in ids}, text)
        push_edit(self.ctx, command, warn(self, APP_NAME))

    def on_visit_top(self) -> None:
        if self.analysis is None:
            return
        top = [r for r in self.analysis.rows[:TOP_N] if r.customer.revenue_fen > 0]
        monday = week_start(max(dt.date.today(), self.as_of)) + dt.timedelta(days=7)
        edit = svc.plan_top_customer_visits(self.ctx.store, top, monday, TOP_WEEKS)
        if not edit.adds:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("There is no free time left in the next weeks for these visits."),
            )
            return
        days = sorted(b.date for b in edit.adds)
        wanted = len(top) * TOP_WEEKS
        preview = self.tr(
            "Add {count} one-hour visit blocks ({names}) from {first} to {last}?"
        ).format(
            count=len(edit.adds),
            names=self.tr(", ").join(r.name for r in top),  # 、 in Chinese
            first=format_date(days[0]),
            last=format_date(days[-1]),
        )
        if len(edit.adds) < wanted:
            preview += " " + self.tr(
                "{missing} of the {wanted} visits do not fit in the free time of those weeks."
            ).format(missing=wanted - len(edit.adds), wanted=wanted)
        if not confirm(self, preview):  # what is added is shown before it is added
            return
        command = BlockEditCommand(self.ctx, edit, self.tr("Visit the top 5 customers weekly"))
        if not push_edit(self.ctx, command, warn(self, APP_NAME)):
            return
        self.ctx.say(
            self.tr("{count} visit blocks added, {first} – {last}.").format(
                count=len(edit.adds), first=format_date(days[0]), last=format_date(days[-1])
            ),
            5000,
        )

    # -- the customer card ----------------------------------------------------------------------
    def on_open(self, index) -> None:
        customer_id = self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE)
        if customer_id is not None:
            self.customer_requested.emit(int(customer_id))

    def on_new_customer(self) -> None:
        from salesplanner.domain.card import Facts
        from salesplanner.ui.customers.card import ask_text
        from salesplanner.ui.customers.commands import NewCustomerCommand

        name = ask_text(self, self.tr("New customer"), self.tr("Name of the new customer:"))
        if not name:
            return
        command = NewCustomerCommand(self.ctx, Facts(name=name))
        if push_edit(self.ctx, command, warn(self, APP_NAME)) and command.created is not None:
            self.customer_requested.emit(command.created.customer_id)

    def on_duplicates(self) -> None:
        from salesplanner.ui.customers.card import MergeProposalsDialog

        MergeProposalsDialog(self.ctx, self).exec()
