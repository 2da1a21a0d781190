"""The Goal pane: the active goal (SMART, verdict, breakdown, activity targets), its earlier
versions, and the buttons that open the goal wizard. Empty state: "Start with the goal wizard".
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.funnel import FUNNEL_CODES
from salesplanner.domain.goals import SMART_CRITERIA, smart_check
from salesplanner.domain.money import to_fen
from salesplanner.services import goals as svc
from salesplanner.services import settings as settings_svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.format import (
    column_unit_label,
    format_amount,
    format_amount_cell,
    format_date,
)
from salesplanner.ui.goal import texts
from salesplanner.ui.goal.chart import TargetChart
from salesplanner.ui.goal.widgets import badge, make_item, make_table
from salesplanner.ui.labels import activity_label


class GoalPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.goal_combo = QComboBox()
        self.goal_combo.setMinimumWidth(260)
        self.new_button = QPushButton(self.tr("New goal…"))
        self.edit_button = QPushButton(self.tr("Edit goal…"))
        bar.addWidget(QLabel(self.tr("Goal:")))
        bar.addWidget(self.goal_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_content())
        self._connect_signals()
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.addStretch(1)
        title = QLabel(self.tr("Start with the goal wizard"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "The wizard looks at your past sales, suggests a challenging but realistic target "
                "(baseline + 10–20%), checks it against SMART, "
                "splits it into months and weeks, and "
                "turns it into weekly visits, proposals and contracts. It takes about five minutes."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        self.empty_text = text
        self.start_button = QPushButton(self.tr("Start the goal wizard"))
        self.start_button.setMinimumHeight(36)
        v.addWidget(title)
        # In a row of its own (not added with an alignment): the layout then gives the wrapped
        # text the height its width needs instead of clipping it to a guessed size.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 4)
        row.addStretch(1)
        v.addLayout(row)
        v.addSpacing(12)
        v.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        v.addStretch(2)
        return w

    def _build_content(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.verdict_badge = QLabel()
        head.addWidget(self.title)
        head.addWidget(self.verdict_badge)
        head.addStretch(1)
        v.addLayout(head)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        v.addWidget(self.subtitle)
        grid = QGridLayout()
        self.smart_rows = {}
        for i, crit in enumerate(SMART_CRITERIA):
            name = QLabel(texts.criterion_label(crit))
            mark = QLabel()
            mark.setMinimumWidth(48)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            sentence = QLabel()
            sentence.setWordWrap(True)
            grid.addWidget(name, i, 0)
            grid.addWidget(mark, i, 1)
            grid.addWidget(sentence, i, 2)
            self.smart_rows[crit] = (mark, sentence)
        grid.setColumnStretch(2, 1)
        v.addLayout(grid)

        split = QSplitter(Qt.Orientation.Horizontal)
        unit = column_unit_label(None)
        self.tabs = QTabWidget()
        self.months = make_table(
            [self.tr("Month"), self.tr("Working days"), self.tr("Target (%1)").replace("%1", unit)],
            editable=False,
        )
        self.weeks = make_table(
            [self.tr("Week"), self.tr("Working days"), self.tr("Target (%1)").replace("%1", unit)],
            editable=False,
        )
        self.activities = make_table(
            [self.tr("Month"), *[activity_label(c) for c in FUNNEL_CODES]], editable=False
        )
        self.tabs.addTab(self.months, self.tr("Months"))
        self.tabs.addTab(self.weeks, self.tr("Weeks"))
        self.tabs.addTab(self.activities, self.tr("Activity targets"))
        # The weekly targets at a glance: holiday weeks are the low bars (issue 14.17).
        self.chart = TargetChart(self.tr("Target by week"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tabs)
        left.addWidget(self.chart.widget)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        split.addWidget(left)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        # What the wizard asked for, shown again: key result areas, resources, risks and
        # fallbacks, external factors.
        sv.addWidget(QLabel(self.tr("Plan notes")))
        self.notes = QLabel()
        self.notes.setObjectName("goalNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes.setStyleSheet("#goalNotes { background: #fafafa; padding: 6px; }")
        sv.addWidget(self.notes)
        sv.addWidget(QLabel(self.tr("Earlier versions")))
        self.versions = QListWidget()
        self.versions.setWordWrap(True)
        sv.addWidget(self.versions, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        v.addWidget(split, 1)
        return w

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.on_new_goal)
        self.edit_button.clicked.connect(self.on_edit_goal)
        self.start_button.clicked.connect(self.on_new_goal)
        self.goal_combo.activated.connect(self.on_goal_chosen)

    # -- behaviour -----------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes.goal_pane:
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        self.settings = settings_svc.load(store)
        goals = svc.list_goals(store)
        ids = [g.id for g in goals]
        if self.goal_id not in ids:
            active = svc.active_goal(store)
            self.goal_id = active.id if active else (ids[0] if ids else None)
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        for g in goals:
            self.goal_combo.addItem(
                f"{g.title} ({format_amount(to_fen(g.target), self.settings)})", g.id
            )
        if self.goal_id is not None:
            self.goal_combo.setCurrentIndex(self.goal_combo.findData(self.goal_id))
        self.goal_combo.blockSignals(False)
        self.goal_combo.setVisible(bool(goals))
        self.edit_button.setEnabled(self.goal_id is not None)
        if self.goal_id is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.show_goal(svc.load_goal(store, self.goal_id))

    def show_goal(self, plan) -> None:
        g = plan.goal
        s = self.settings
        self.title.setText(f"{g.title} — {format_amount(to_fen(g.target), s)}")
        from salesplanner.domain.goals import judge

        v = judge(g.target, g.history_values, g.baseline, g.unit)
        badge(self.verdict_badge, texts.verdict_label(v.level), texts.VERDICT_COLORS[v.level])
        self.subtitle.setText(
            f"{format_date(g.start)} – {format_date(g.end)} · "
            f"{texts.period_kind_label(g.period_kind)} · "
            + (g.statement or self.tr("(no statement)"))
            + "\n"
            + texts.message_text(v.reason, s)
        )
        for r in smart_check(g, v):
            mark, sentence = self.smart_rows[r.criterion]
            badge(mark, texts.status_label(r.status), texts.STATUS_COLORS[r.status])
            sentence.setText(texts.message_text(r.message, s))
        self._fill_periods(self.months, plan.breakdown.months, monthly=True)
        self._fill_periods(self.weeks, plan.breakdown.weeks, monthly=False)
        self._fill_activities(plan)
        self.chart.update(
            plan.breakdown.weeks,
            self.settings,
            self.tr("Target (%1)").replace("%1", column_unit_label(self.settings)),
        )
        self.notes.setText(self.notes_html(g))
        self.versions.clear()
        for ver in svc.versions(self.ctx.store, g.id):
            reason = f" — {ver.reason}" if ver.reason else ""
            self.versions.addItem(
                self.tr("v%1 · %2 · %3")
                .replace("%1", str(ver.version))
                .replace("%2", ver.saved_at[:10])
                .replace("%3", format_amount(to_fen(ver.target), s))
                + reason
            )
        if self.versions.count() == 0:
            self.versions.addItem(
                self.tr("None yet: editing the goal keeps the earlier version here.")
            )

    def notes_html(self, g) -> str:
        """The goal's key result areas, resources, risks (with fallbacks) and factors."""
        plan = g.plan or {}

        def section(title: str, lines: list[str]) -> str:
            if not lines:
                return ""
            items = "".join(f"<li>{html.escape(x)}</li>" for x in lines)
            return f"<b>{html.escape(title)}</b><ul style='margin:0'>{items}</ul>"

        risks = [
            self.tr("{risk} → fallback: {fallback}").format(
                risk=r.get("risk", ""), fallback=r.get("fallback", "")
            )
            if r.get("fallback")
            else r.get("risk", "")
            for r in plan.get("risks", [])
            if isinstance(r, dict) and r.get("risk")
        ]
        factors = [
            f"{'+' if f.sign > 0 else '−'} {f.name}" + (f" ({f.pct}%)" if f.pct is not None else "")
            for f in g.factors
        ]
        text = "".join(
            (
                section(self.tr("Key result areas"), [str(x) for x in plan.get("kras", []) if x]),
                section(self.tr("Resources"), [str(x) for x in plan.get("resources", []) if x]),
                section(self.tr("Risks and fallbacks"), risks),
                section(self.tr("External factors"), factors),
            )
        )
        return text or html.escape(
            self.tr("No key result areas, resources or risks noted: edit the goal to add them.")
        )

    def _total_row(self, table: QTableWidget, cells: list[str]) -> None:
        """A bold 合计 row under the periods (the months must add up to the goal)."""
        r = table.rowCount()
        table.setRowCount(r + 1)
        for c, text in enumerate([self.tr("Total"), *cells]):
            item = make_item(text, align_right=c > 0)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setItem(r, c, item)

    def _fill_periods(self, table: QTableWidget, periods, monthly: bool) -> None:
        table.setRowCount(len(periods))
        if not periods:
            return
        cal = svc.make_calendar(self.ctx.store, periods[0].start, periods[-1].end)
        for r, p in enumerate(periods):
            label = (
                f"{p.start.year}-{p.start.month:02d}"
                if monthly
                else f"{format_date(p.start)} – {format_date(p.end)}"
            )
            table.setItem(r, 0, make_item(label))
            table.setItem(r, 1, make_item(str(cal.count(p.start, p.end)), align_right=True))
            table.setItem(
                r,
                2,
                make_item(format_amount_cell(p.amount_fen, self.settings), align_right=True),
            )
        this_week = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        for r, p in enumerate(periods):
            if p.start <= this_week <= p.end or p.start <= dt.date.today() <= p.end:
                table.selectRow(r)
        self._total_row(
            table,
            [
                str(cal.count(periods[0].start, periods[-1].end)),
                format_amount_cell(sum(p.amount_fen for p in periods), self.settings),
            ],
        )

    def _fill_activities(self, plan) -> None:
        months = plan.breakdown.months
        acts = [a for a in plan.activities if a.level == "month"]
        self.activities.setRowCount(len(months))
        for r, m in enumerate(months):
            self.activities.setItem(r, 0, make_item(f"{m.start.year}-{m.start.month:02d}"))
            for c, code in enumerate(FUNNEL_CODES, start=1):
                a = next((a for a in acts if a.start == m.start and a.code == code), None)
                self.activities.setItem(
                    r, c, make_item(str(a.count) if a else "—", align_right=True)
                )
        if months:
            self._total_row(
                self.activities,
                [str(sum(a.count for a in acts if a.code == code)) for code in FUNNEL_CODES],
            )

    def on_goal_chosen(self, index: int) -> None:
        self.goal_id = self.goal_combo.itemData(index)
        self.reload()

    def open_wizard(self, goal_id: int | None):
        """Seam for tests: runs the wizard modally and returns it."""
        from salesplanner.ui.goal.wizard import GoalWizard

        wizard = GoalWizard(self.ctx, goal_id, self)
        wizard.exec()
        return wizard

    def on_new_goal(self) -> None:
        wizard = self.open_wizard(None)
        if wizard.saved is not None:
            self.goal_id = wizard.saved.goal_id
            self.reload()

    def on_edit_goal(self) -> None:
        if self.goal_id is not None:
            self.open_wizard(self.goal_id)
            self.reload()
