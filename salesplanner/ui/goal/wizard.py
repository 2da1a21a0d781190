"""The goal wizard (METHOD.md 1-3): history → baseline & factors → challenge → SMART →
breakdown → activity targets → summary & save.

All pages edit one :class:`~salesplanner.ui.goal.draft.Draft`, so Back/Next keep what was
entered and Cancel changes nothing. Finish saves through ``services.goals.save_goal`` as a
:class:`SaveGoalCommand` on ``ctx.undo_stack`` (undo restores the earlier state exactly).

``GoalWizard(ctx, goal_id=None, parent=None)``: ``goal_id`` opens a saved goal for editing.
``render_wizard_pages(ctx, outdir, lang=None)`` writes a PNG of every page (screenshots).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesplanner.domain.funnel import (
    FUNNEL_CODES,
    MIN_RATE_SAMPLE,
    RATE_DEAL_PROPOSAL,
    RATE_DEAL_SIZE,
    RATE_PROPOSAL_WON,
    RATE_VISIT_DEAL,
    FunnelInputs,
    FunnelRates,
    parse_rate,
    rate_text,
)
from salesplanner.domain.goals import (
    BASELINE_METHODS,
    TIER_UPLIFT_PCT,
    Factor,
    HistoryPoint,
    baseline_options,
    growth_rates,
)
from salesplanner.domain.money import WAN, from_fen, to_fen
from salesplanner.errors import UserError
from salesplanner.services import goals as svc
from salesplanner.services import settings as settings_svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit, push_edit, warn
from salesplanner.ui.format import (
    amount_unit_label,
    format_amount,
    format_date,
    format_percent,
    parse_amount,
)
from salesplanner.ui.goal import texts
from salesplanner.ui.goal.draft import Draft, next_period_start
from salesplanner.ui.goal.widgets import (
    EDITED_BG,
    ERROR_BG,
    BarChart,
    badge,
    make_item,
    make_table,
    pydate,
    qdate,
)
from salesplanner.ui.labels import activity_label

SMALL_RATE_DENOMINATOR = 100  # 8/15 reads as a rate; 19681397/29638850 does not


def shown_rate(rate: Fraction, with_pct: bool = False) -> str:
    """A rate as a rep reads it: a small fraction as typed ("8/15", "8/15 (53%)" with
    ``with_pct``), a measured one of large counts as its percentage ("66%")."""
    pct = math.floor(rate * 100 + Fraction(1, 2))
    if rate.denominator > SMALL_RATE_DENOMINATOR:
        return f"{pct}%"
    return f"{rate_text(rate)} ({pct}%)" if with_pct else rate_text(rate)


class _Page(QWizardPage):
    def __init__(self, wizard: GoalWizard):
        super().__init__()
        self.wiz = wizard

    @property
    def draft(self) -> Draft:
        return self.wiz.draft

    @property
    def settings(self):
        return self.wiz.settings

    def money(self, yuan: Decimal) -> str:
        return format_amount(to_fen(yuan), self.settings)

    def money_plain(self, yuan: Decimal) -> str:
        return format_amount(to_fen(yuan), self.settings, unit=False)

    def parse_money(self, text: str) -> Decimal | None:
        fen = parse_amount(text, self.settings)
        return None if fen is None else from_fen(fen)


def _date_edit() -> QDateEdit:
    """A date field that offers only the planning years (domain.limits, as on the command line)."""
    from salesplanner.domain.limits import MAX_DATE, MIN_DATE

    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDateRange(qdate(MIN_DATE), qdate(MAX_DATE))
    return edit


# -- 1. history ---------------------------------------------------------------------------------


class HistoryPage(_Page):
    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("1. Sales history"))
        self.setSubTitle(
            self.tr(
                "Choose the goal's period, then check past periods' sales: "
                "the target grows from them."
            )
        )
        layout = QVBoxLayout(self)
        form = QHBoxLayout()
        self.kind_combo = QComboBox()
        for kind in ("month", "quarter", "year"):
            self.kind_combo.addItem(texts.period_kind_label(kind), kind)
        self.start_edit = _date_edit()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 12)
        self.count_spin.setValue(3)
        self.load_button = QPushButton(self.tr("Load from sales records"))
        form.addWidget(QLabel(self.tr("Goal for a")))
        form.addWidget(self.kind_combo)
        form.addWidget(QLabel(self.tr("starting")))
        form.addWidget(self.start_edit)
        form.addSpacing(12)
        form.addWidget(QLabel(self.tr("Past periods:")))
        form.addWidget(self.count_spin)
        form.addWidget(self.load_button)
        form.addStretch(1)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.table = make_table(
            [
                self.tr("Period"),
                self.tr("Sales (%1)").replace("%1", amount_unit_label(self.settings)),
                self.tr("Growth"),
            ]
        )
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add period"))
        self.remove_button = QPushButton(self.tr("Remove period"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        body.addLayout(left, 3)
        self.chart = BarChart()
        body.addWidget(self.chart, 2)
        layout.addLayout(body, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.on_period_changed)
        self.start_edit.dateChanged.connect(self.on_period_changed)
        self.load_button.clicked.connect(self.on_load)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.table.itemChanged.connect(self.on_item_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        with QSignalBlocker(self.kind_combo), QSignalBlocker(self.start_edit):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.draft.kind))
            self.start_edit.setDate(qdate(self.draft.start))
        self.has_sales = svc.has_sales(self.wiz.ctx.store)
        self.load_button.setEnabled(self.has_sales)
        if not self.draft.history and self.has_sales and self.draft.goal_id is None:
            self.draft.load_history(self.wiz.ctx.store, self.count_spin.value())
        if not self.draft.history:
            self.draft.history = [
                HistoryPoint(self.tr("Period %1").replace("%1", str(i + 1)), Decimal(0))
                for i in range(3)
            ]
        self.hint.setText(
            self.tr("Totals come from your sales records; edit any number that is not right.")
            if self.has_sales
            else self.tr(
                "No sales records yet: type in the totals of your last periods (from your own "
                "notes or the company report), or import a workbook first."
            )
        )
        self.fill()

    def on_period_changed(self) -> None:
        self.draft.kind = self.kind_combo.currentData()
        start = pydate(self.start_edit.date())
        from salesplanner.domain.goals import period_start

        self.draft.start = period_start(start, self.draft.kind)
        self.draft.end = None
        self.draft.manual_months = {}
        self.draft.month_counts = None
        if self.draft.start != start:
            with QSignalBlocker(self.start_edit):
                self.start_edit.setDate(qdate(self.draft.start))
        if self.has_sales:
            self.draft.load_history(self.wiz.ctx.store, self.count_spin.value())
            self.fill()

    def on_load(self) -> None:
        self.draft.load_history(self.wiz.ctx.store, self.count_spin.value())
        self.fill()

    def on_add(self) -> None:
        self.draft.history.append(
            HistoryPoint(
                self.tr("Period %1").replace("%1", str(len(self.draft.history) + 1)), Decimal(0)
            )
        )
        self.fill()

    def on_remove(self) -> None:
        row = self.table.currentRow()
        if self.draft.history:
            del self.draft.history[row if 0 <= row < len(self.draft.history) else -1]
        self.fill()

    def fill(self) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.draft.history))
            for r, h in enumerate(self.draft.history):
                label = make_item(h.label, editable=True)
                if h.partial:  # not over yet: the rep ticks it to count it all the same
                    label.setFlags(label.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    label.setCheckState(
                        Qt.CheckState.Checked if h.include else Qt.CheckState.Unchecked
                    )
                    label.setToolTip(
                        self.tr(
                            "This period is not over: its sales so far are left out of the "
                            "baseline. Tick to count them all the same."
                        )
                    )
                self.table.setItem(r, 0, label)
                self.table.setItem(
                    r, 1, make_item(self.money_plain(h.amount), editable=True, align_right=True)
                )
        self.update_derived()

    def on_item_changed(self, item: QTableWidgetItem) -> None:
        r = item.row()
        h = self.draft.history[r]
        if item.column() == 0:
            include = h.partial and item.checkState() == Qt.CheckState.Checked
            self.draft.history[r] = replace(h, label=item.text().strip(), include=include)
        elif item.column() == 1:
            value = self.parse_money(item.text())
            if value is None or value < 0:
                item.setBackground(QBrush(ERROR_BG))
                item.setToolTip(self.tr("Type an amount, e.g. 85"))
                return
            item.setBackground(QBrush())
            item.setToolTip("")
            self.draft.history[r] = replace(h, amount=value)
        self.update_derived()

    def update_derived(self) -> None:
        values = self.draft.values  # the periods counted
        rows = [r for r, h in enumerate(self.draft.history) if h.counted]
        with QSignalBlocker(self.table):
            growth = dict(zip(rows, growth_rates(values), strict=True))
            for r, h in enumerate(self.draft.history):
                g = growth.get(r)
                if not h.counted:
                    text = self.tr("not over: not counted")
                else:
                    text = "—" if g is None else f"{g.quantize(Decimal('0.1')):+}%"
                self.table.setItem(r, 2, make_item(text, align_right=True))
        wan = [float(v / WAN) for v in values]
        opts = baseline_options(values) if values else {}
        self.chart.set_data(
            wan,
            [self.draft.history[r].label for r in rows],
            line=None if len(values) < 2 else self._trend_line(values),
        )
        if values and any(values):
            text = (
                self.tr("Last %1 · average %2 · trend next %3")
                .replace("%1", self.money(opts["last"]))
                .replace("%2", self.money(opts["average"]))
                .replace("%3", self.money(opts["trend"]))
            )
        else:
            text = self.tr("Without history the wizard cannot judge whether a target is realistic.")
        left_out = [h.label for h in self.draft.history if not h.counted]
        if left_out:
            text += " " + self.tr(
                "%1 is not over yet: its sales so far are left out (tick it to count them)."
            ).replace("%1", ", ".join(left_out))
        self.summary.setText(text)

    @staticmethod
    def _trend_line(values: list[Decimal]) -> list[float]:
        from salesplanner.domain.goals import linear_trend

        slope, intercept = linear_trend(values)
        return [float((intercept + slope * i) / 10000) for i in range(len(values) + 1)]


# -- 2. baseline and factors --------------------------------------------------------------------


class BaselinePage(_Page):
    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("2. Baseline and external factors"))
        self.setSubTitle(
            self.tr("Pick what history says you can do, then note what is changing around you.")
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for m in BASELINE_METHODS:
            rb = QRadioButton()
            self.radios[m] = rb
            self.group.addButton(rb)
            layout.addWidget(rb)
        layout.addSpacing(8)
        layout.addWidget(
            QLabel(
                self.tr(
                    "External factors (market trend, competitors, season). "
                    "A percentage adjusts the baseline; without one it is a note."
                )
            )
        )
        self.table = make_table(
            [self.tr("Factor"), self.tr("Effect"), self.tr("Adjust %"), self.tr("Note")]
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add factor"))
        self.remove_button = QPushButton(self.tr("Remove factor"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.result)
        for m, rb in self.radios.items():
            rb.toggled.connect(functools.partial(self._on_radio, m))
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.table.itemChanged.connect(self.on_item_changed)

    def initializePage(self) -> None:  # noqa: N802
        opts = baseline_options(self.draft.values)
        hints = {
            "last": self.tr("the most recent period, the method's default"),
            "average": self.tr("steadier when periods jump around"),
            "trend": self.tr("continues a rising or falling line"),
        }
        for m, rb in self.radios.items():
            rb.setText(f"{texts.baseline_label(m)} — {self.money(opts[m])}  ({hints[m]})")
        with QSignalBlocker(self.group):
            self.radios[self.draft.baseline_method].setChecked(True)
        self.fill()

    def _on_radio(self, method: str, on: bool) -> None:
        if on:
            self.on_method(method)

    def on_method(self, method: str) -> None:
        self.draft.baseline_method = method
        self.update_result()

    def on_add(self) -> None:
        self.draft.factors.append(Factor(self.tr("New factor"), 1))
        self.fill()

    def on_remove(self) -> None:
        row = self.table.currentRow()
        if self.draft.factors:
            del self.draft.factors[row if 0 <= row < len(self.draft.factors) else -1]
        self.fill()

    def fill(self) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.draft.factors))
            for r, f in enumerate(self.draft.factors):
                self.table.setItem(r, 0, make_item(f.name, editable=True))
                combo = QComboBox()
                combo.addItem(self.tr("+ helps"), 1)
                combo.addItem(self.tr("− hurts"), -1)
                combo.setCurrentIndex(0 if f.sign > 0 else 1)
                combo.currentIndexChanged.connect(
                    lambda _i, r=r, c=combo: self.on_sign(r, c.currentData())
                )
                self.table.setCellWidget(r, 1, combo)
                self.table.setItem(
                    r,
                    2,
                    make_item("" if f.pct is None else str(f.pct), editable=True, align_right=True),
                )
                self.table.setItem(r, 3, make_item(f.note, editable=True))
        self.update_result()

    def on_sign(self, row: int, sign: int) -> None:
        f = self.draft.factors[row]
        self.draft.factors[row] = Factor(f.name, sign, f.pct, f.note)
        self.update_result()

    def on_item_changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        f = self.draft.factors[r]
        text = item.text().strip()
        if c == 0:
            f = Factor(text, f.sign, f.pct, f.note)
        elif c == 2:
            try:
                pct = None if not text else Decimal(text.rstrip("%").strip())
                if pct is not None and not (0 <= pct <= 100):
                    raise ValueError
            except (ArithmeticError, ValueError):
                item.setBackground(QBrush(ERROR_BG))
                return
            item.setBackground(QBrush())
            f = Factor(f.name, f.sign, pct, f.note)
        elif c == 3:
            f = Factor(f.name, f.sign, f.pct, text)
        self.draft.factors[r] = f
        self.update_result()

    def update_result(self) -> None:
        s = self.draft.suggestion()
        if s.adjusted != s.baseline:
            self.result.setText(
                self.tr("Baseline %1 → after factors %2")
                .replace("%1", self.money(s.baseline))
                .replace("%2", self.money(s.adjusted))
            )
        else:
            self.result.setText(self.tr("Baseline %1").replace("%1", self.money(s.baseline)))


# -- 3. challenge --------------------------------------------------------------------------------


class ChallengePage(_Page):
    STEPS = (
        (Decimal(10000), "1"),
        (Decimal(1000), "0.1"),
        (Decimal(100000), "10"),
        (Decimal(0), ""),
    )

    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("3. Challenge"))
        self.setSubTitle(
            self.tr(
                "The method adds 10–20% to the baseline: enough to stretch, not so much "
                "that you give up."
            )
        )
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 60)
        self.slider.setTickInterval(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.uplift_label = QLabel()
        self.uplift_label.setMinimumWidth(60)
        self.step_combo = QComboBox()
        for step, _ in self.STEPS:
            self.step_combo.addItem(self.step_text(step), str(step))
        self.target_edit = QLineEdit()
        self.target_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reset_button = QPushButton(self.tr("Use the suggestion"))
        grid.addWidget(QLabel(self.tr("Challenge over the baseline:")), 0, 0)
        grid.addWidget(self.slider, 0, 1)
        grid.addWidget(self.uplift_label, 0, 2)
        grid.addWidget(QLabel(self.tr("Round to:")), 1, 0)
        grid.addWidget(self.step_combo, 1, 1)
        grid.addWidget(
            QLabel(self.tr("Target (%1):").replace("%1", amount_unit_label(self.settings))), 2, 0
        )
        grid.addWidget(self.target_edit, 2, 1)
        grid.addWidget(self.reset_button, 2, 2)
        # the higher tiers: 冲刺 (stretch) and 挑战 (challenge), proposed and editable
        self.tier_edits: list[QLineEdit] = []
        for index, text in enumerate(
            (self.tr("Stretch tier (%1):"), self.tr("Challenge tier (%1):"))
        ):
            row = 3 + index
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(text.replace("%1", amount_unit_label(self.settings))), row, 0)
            grid.addWidget(edit, row, 1)
            edit.textEdited.connect(functools.partial(self.on_tier_edited, index))
            self.tier_edits.append(edit)
        self.tiers_reset = QPushButton(self.tr("Use the proposed tiers"))
        grid.addWidget(self.tiers_reset, 4, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.tiers_reset.clicked.connect(self.on_tiers_reset)
        self.calc = QLabel()
        self.calc.setWordWrap(True)
        layout.addWidget(self.calc)
        badge_row = QHBoxLayout()
        self.verdict_badge = QLabel()
        badge_row.addWidget(self.verdict_badge)
        badge_row.addStretch(1)
        layout.addLayout(badge_row)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        self.tiers_note = QLabel()
        self.tiers_note.setWordWrap(True)
        self.tiers_note.setStyleSheet("color: #455a64; margin-top: 8px;")
        layout.addWidget(self.tiers_note)
        layout.addStretch(1)
        self.slider.valueChanged.connect(self.on_uplift)
        self.step_combo.currentIndexChanged.connect(self.on_step)
        self.target_edit.textEdited.connect(self.on_target_edited)
        self.reset_button.clicked.connect(self.on_reset)

    def step_text(self, step: Decimal) -> str:
        if not step:
            return self.tr("no rounding")
        return format_amount(to_fen(step), self.settings)

    def initializePage(self) -> None:  # noqa: N802
        with QSignalBlocker(self.slider), QSignalBlocker(self.step_combo):
            self.slider.setValue(int(self.draft.uplift_pct))
            i = self.step_combo.findData(str(self.draft.step))
            if i < 0:
                self.step_combo.addItem(self.step_text(self.draft.step), str(self.draft.step))
                i = self.step_combo.count() - 1
            self.step_combo.setCurrentIndex(i)
        self.update_view(set_target=True)

    def on_uplift(self, value: int) -> None:
        self.draft.uplift_pct = Decimal(value)
        self.draft.target_override = None
        self.update_view(set_target=True)

    def on_step(self) -> None:
        self.draft.step = Decimal(self.step_combo.currentData())
        self.draft.target_override = None
        self.update_view(set_target=True)

    def on_target_edited(self, text: str) -> None:
        value = self.parse_money(text)
        if value is None or value < 0:
            self.target_edit.setStyleSheet("background: #ffcdd2;")
            return
        self.target_edit.setStyleSheet("")
        self.draft.target_override = value
        self.update_view(set_target=False)

    def on_reset(self) -> None:
        self.draft.target_override = None
        self.update_view(set_target=True)

    def update_view(self, set_target: bool) -> None:
        s = self.draft.suggestion()
        self.uplift_label.setText(f"+{self.draft.uplift_pct}%")
        if set_target:
            self.target_edit.setText(self.money_plain(self.draft.target))
            self.target_edit.setStyleSheet("")
        self.calc.setText(
            self.tr("%1 × (1 + %2%) = %3 → rounded %4")
            .replace("%1", self.money(s.adjusted))
            .replace("%2", str(self.draft.uplift_pct))
            .replace("%3", self.money(s.raw))
            .replace("%4", self.money(s.target))
            + (
                ""
                if self.draft.target_override is None
                else "  "
                + self.tr("(your own target: %1)").replace("%1", self.money(self.draft.target))
            )
        )
        v = self.draft.verdict()
        badge(self.verdict_badge, texts.verdict_label(v.level), texts.VERDICT_COLORS[v.level])
        self.reason.setText(texts.message_text(v.reason, self.settings))

        self.update_tiers()

    # -- tiers ---------------------------------------------------------------------------------
    def update_tiers(self) -> None:
        """Propose 冲刺 / 挑战 for the target as it stands; show the odds of all three."""
        from salesplanner.services import tiers as tier_svc

        d = self.draft
        store = self.wiz.ctx.store
        if d.target <= 0:
            return
        proposal = tier_svc.propose(store, d.start, d.deadline, d.target, d.step)
        d.proposed_tiers = proposal.tiers
        for edit, override, proposed in zip(
            self.tier_edits, d.tiers_override, proposal.tiers, strict=True
        ):
            shown = self.money_plain(proposed if override is None else override)
            if self.parse_money(edit.text()) != (proposed if override is None else override):
                edit.setText(shown)  # (not while the rep types "10" on the way to "106")
            edit.setStyleSheet("" if d.tiers_valid() else "background: #ffcdd2;")
        odds = tier_svc.odds(store, d.start, d.deadline, (d.target, *d.tiers))
        lines = [
            self.tr(
                "Stretch and challenge are proposed %1% and %2% above the target, or higher "
                "where your past weeks of sales reach more: with even odds for the stretch, "
                "one in ten for the challenge."
            )
            .replace("%1", str(TIER_UPLIFT_PCT[0]))
            .replace("%2", str(TIER_UPLIFT_PCT[1]))
        ]
        if odds.weeks and len(odds.chances) == 3:
            lines.append(
                self.tr(
                    "From your past %1 weeks of sales: target %2, stretch %3, challenge %4 "
                    "likely (without the deals in the pipeline)."
                )
                .replace("%1", str(odds.weeks))
                .replace("%2", format_percent(odds.chances[0]))
                .replace("%3", format_percent(odds.chances[1]))
                .replace("%4", format_percent(odds.chances[2]))
            )
        else:
            lines.append(self.tr("No past sales yet to give the odds of each tier."))
        if not d.tiers_valid():
            lines.append(self.tr("Each tier must be above the one before it."))
        self.tiers_note.setText("\n".join(lines))
        self.completeChanged.emit()

    def on_tier_edited(self, index: int, text: str) -> None:
        value = self.parse_money(text)
        if value is None or value <= 0:
            self.tier_edits[index].setStyleSheet("background: #ffcdd2;")
            return
        self.draft.tiers_override[index] = value
        self.update_tiers()

    def on_tiers_reset(self) -> None:
        self.draft.tiers_override = [None, None]
        self.update_tiers()

    def isComplete(self) -> bool:  # noqa: N802
        return self.draft.target > 0 and self.draft.tiers_valid()


# -- 4. SMART -------------------------------------------------------------------------------------


class SmartPage(_Page):
    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("4. SMART check"))
        self.setSubTitle(self.tr("Write the goal down. Each criterion turns green when it is met."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.statement_edit = QLineEdit()
        self.statement_edit.setPlaceholderText(
            self.tr("e.g. This quarter, 980,000 yuan of software sales")
        )
        self.focus_edit = QLineEdit()
        self.focus_edit.setPlaceholderText(
            self.tr("product line, segment or channel, e.g. the new version")
        )
        self.relevance_edit = QLineEdit()
        self.relevance_edit.setPlaceholderText(
            self.tr("e.g. the company is pushing the new version this year")
        )
        self.start_edit = _date_edit()
        self.end_edit = _date_edit()
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("deadline")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Goal statement:"), self.statement_edit)
        form.addRow(self.tr("Focus:"), self.focus_edit)
        form.addRow(self.tr("Serves company focus:"), self.relevance_edit)
        form.addRow(self.tr("Start:"), dates)
        layout.addLayout(form)
        grid = QGridLayout()
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        from salesplanner.domain.goals import SMART_CRITERIA

        for i, crit in enumerate(SMART_CRITERIA):
            name = QLabel(texts.criterion_label(crit))
            name.setStyleSheet("font-weight: bold;")
            mark = QLabel()
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setMinimumWidth(56)
            sentence = QLabel()
            sentence.setWordWrap(True)
            grid.addWidget(name, i, 0)
            grid.addWidget(mark, i, 1)
            grid.addWidget(sentence, i, 2)
            self.rows[crit] = (mark, sentence)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        for e in (self.title_edit, self.statement_edit, self.focus_edit, self.relevance_edit):
            e.textEdited.connect(self.on_edited)
        self.start_edit.dateChanged.connect(self.on_edited)
        self.end_edit.dateChanged.connect(self.on_edited)

    def initializePage(self) -> None:  # noqa: N802
        d = self.draft
        widgets = (
            self.title_edit,
            self.statement_edit,
            self.focus_edit,
            self.relevance_edit,
            self.start_edit,
            self.end_edit,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.title_edit.setText(d.title or d.default_title())
        self.statement_edit.setText(d.statement)
        self.focus_edit.setText(d.focus)
        self.relevance_edit.setText(d.relevance)
        self.start_edit.setDate(qdate(d.start))
        self.end_edit.setDate(qdate(d.deadline))
        del blockers
        self.update_results()

    def on_edited(self, *_args) -> None:
        d = self.draft
        d.title = self.title_edit.text()
        d.statement = self.statement_edit.text()
        d.focus = self.focus_edit.text()
        d.relevance = self.relevance_edit.text()
        start, end = pydate(self.start_edit.date()), pydate(self.end_edit.date())
        if start != d.start or end != d.deadline:
            d.start, d.end = start, end
            d.manual_months, d.month_counts = {}, None
        self.update_results()

    def update_results(self) -> None:
        for r in self.draft.smart():
            mark, sentence = self.rows[r.criterion]
            badge(mark, texts.status_label(r.status), texts.STATUS_COLORS[r.status])
            sentence.setText(texts.message_text(r.message, self.settings))

    def validatePage(self) -> bool:  # noqa: N802
        if self.draft.deadline < self.draft.start:
            QMessageBox.warning(
                self, self.tr("Goal wizard"), self.tr("The deadline is before the start.")
            )
            return False
        return True


# -- 5. breakdown ---------------------------------------------------------------------------------


class BreakdownPage(_Page):
    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("5. Break the goal down"))
        self.setSubTitle(
            self.tr(
                "Months, then weeks by working days (public holidays, make-up days and "
                "your days off count). Edit a month: the others absorb the difference."
            )
        )
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.method_combo = QComboBox()
        for m in ("even", "ramp", "seasonal"):
            self.method_combo.addItem(texts.breakdown_method_label(m), m)
        self.step_spin = QSpinBox()
        self.step_spin.setRange(-20, 50)
        self.step_spin.setSuffix(" %")
        self.reset_button = QPushButton(self.tr("Undo my edits"))
        bar.addWidget(QLabel(self.tr("Method:")))
        bar.addWidget(self.method_combo)
        self.step_label = QLabel(self.tr("step per month:"))
        bar.addWidget(self.step_label)
        bar.addWidget(self.step_spin)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #e65100;")
        layout.addWidget(self.note)
        body = QHBoxLayout()
        unit = amount_unit_label(self.settings)
        self.months = make_table(
            [self.tr("Month"), self.tr("Working days"), self.tr("Target (%1)").replace("%1", unit)]
        )
        self.weeks = make_table(
            [self.tr("Week"), self.tr("Working days"), self.tr("Target (%1)").replace("%1", unit)]
        )
        self.weeks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        left = QVBoxLayout()
        left.addWidget(self.months, 2)
        self.chart = BarChart()
        left.addWidget(self.chart, 2)
        body.addLayout(left, 1)
        body.addWidget(self.weeks, 1)
        layout.addLayout(body, 1)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.total)
        self.method_combo.currentIndexChanged.connect(self.on_method)
        self.step_spin.valueChanged.connect(self.on_step)
        self.reset_button.clicked.connect(self.on_reset)
        self.months.itemChanged.connect(self.on_month_edited)

    def initializePage(self) -> None:  # noqa: N802
        with QSignalBlocker(self.method_combo), QSignalBlocker(self.step_spin):
            self.method_combo.setCurrentIndex(
                self.method_combo.findData(self.draft.breakdown_method)
            )
            self.step_spin.setValue(int(self.draft.ramp_step_pct))
        self.refresh()

    def on_method(self) -> None:
        self.draft.breakdown_method = self.method_combo.currentData()
        self.draft.manual_months = {}
        self.draft.month_counts = None
        self.refresh()

    def on_step(self, value: int) -> None:
        self.draft.ramp_step_pct = Decimal(value)
        self.draft.manual_months = {}
        self.draft.month_counts = None
        self.refresh()

    def on_reset(self) -> None:
        self.draft.manual_months = {}
        self.draft.month_counts = None
        self.refresh()

    def on_month_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        value = self.parse_money(item.text())
        if value is None or value < 0:
            item.setBackground(QBrush(ERROR_BG))
            return
        edits = {**self.draft.valid_manual(), item.row(): to_fen(value)}
        if sum(edits.values()) > to_fen(self.draft.target) or (
            len(edits) == self.months.rowCount()
            and sum(edits.values()) != to_fen(self.draft.target)
        ):
            self.note.setText(
                self.tr("The edited months add up to more than the goal; lower one of them.")
            )
            self.refresh(keep_note=True)
            return
        self.draft.manual_months = edits
        self.draft.month_counts = None
        self.refresh()

    def refresh(self, keep_note: bool = False) -> None:
        is_ramp = self.draft.breakdown_method == "ramp"
        self.step_spin.setVisible(is_ramp)
        self.step_label.setVisible(is_ramp)
        try:
            plan = self.draft.plan(self.wiz.ctx.store)
        except UserError as exc:
            self.note.setText(str(exc))
            return
        self.wiz.current_plan = plan
        b = plan.breakdown
        with QSignalBlocker(self.months):
            self.months.setRowCount(len(b.months))
            for r, m in enumerate(b.months):
                self.months.setItem(r, 0, make_item(f"{m.start.year}-{m.start.month:02d}"))
                self.months.setItem(r, 1, make_item(str(m.working_days), align_right=True))
                it = make_item(
                    format_amount(m.amount_fen, self.settings, unit=False),
                    editable=True,
                    align_right=True,
                )
                if m.manual:
                    it.setBackground(QBrush(EDITED_BG))
                    it.setToolTip(self.tr("Set by hand"))
                self.months.setItem(r, 2, it)
        self.weeks.setRowCount(len(b.weeks))
        for r, w in enumerate(b.weeks):
            self.weeks.setItem(r, 0, make_item(f"{format_date(w.start)} – {format_date(w.end)}"))
            self.weeks.setItem(r, 1, make_item(str(w.working_days), align_right=True))
            self.weeks.setItem(
                r,
                2,
                make_item(format_amount(w.amount_fen, self.settings, unit=False), align_right=True),
            )
        self.chart.set_data(
            [float(from_fen(m.amount_fen) / WAN) for m in b.months],
            [f"{m.start.month}" for m in b.months],
        )
        ok = b.total_fen == to_fen(self.draft.target)
        self.total.setText(
            self.tr("Total %1 of the goal %2")
            .replace("%1", format_amount(b.total_fen, self.settings))
            .replace("%2", self.money(self.draft.target))
            + ("  ✓" if ok else "  ✗")
        )
        if not keep_note:
            years = self.draft.unknown_years(self.settings.holiday_region)
            self.note.setText(
                self.tr(
                    "The official holiday schedule for %1 is not published yet: holidays are "
                    "estimated and make-up working days are missing. Mark them as days off or "
                    "working days in the settings."
                ).replace("%1", ", ".join(map(str, years)))
                if years
                else ""
            )


# -- 6. activity targets --------------------------------------------------------------------------


class ActivityPage(_Page):
    COLUMNS = ("visit", "proposal", "contract", "followup")

    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("6. Activity targets"))
        self.setSubTitle(
            self.tr(
                "The funnel run backwards: revenue → contracts → proposals → visits. "
                "Change the rates to your own; edit any month."
            )
        )
        layout = QVBoxLayout(self)
        form = QGridLayout()
        self.deal_edit = QLineEdit()
        self.close_edit = QLineEdit()
        self.proposal_edit = QLineEdit()
        self.followups_spin = QSpinBox()
        self.followups_spin.setRange(0, 50)
        form.addWidget(
            QLabel(self.tr("Average deal (%1):").replace("%1", amount_unit_label(self.settings))),
            0,
            0,
        )
        form.addWidget(self.deal_edit, 0, 1)
        form.addWidget(QLabel(self.tr("Proposals that close:")), 0, 2)
        form.addWidget(self.close_edit, 0, 3)
        form.addWidget(QLabel(self.tr("Visits that become proposals:")), 1, 0)
        form.addWidget(self.proposal_edit, 1, 1)
        form.addWidget(QLabel(self.tr("Follow-ups a day:")), 1, 2)
        form.addWidget(self.followups_spin, 1, 3)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.measured_button = QPushButton(self.tr("Use my measured rates"))
        self.reset_button = QPushButton(self.tr("Undo my edits"))
        row.addWidget(self.source, 1)
        row.addWidget(self.measured_button)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        self.table = make_table([self.tr("Month"), *[activity_label(c) for c in self.COLUMNS]])
        layout.addWidget(self.table, 1)
        self.week_label = QLabel()
        self.week_label.setWordWrap(True)
        layout.addWidget(self.week_label)
        for e in (self.deal_edit, self.close_edit, self.proposal_edit):
            e.editingFinished.connect(self.on_inputs)
        self.followups_spin.valueChanged.connect(self.on_inputs)
        self.measured_button.clicked.connect(self.on_use_measured)
        self.reset_button.clicked.connect(self.on_reset)
        self.table.itemChanged.connect(self.on_count_edited)

    def initializePage(self) -> None:  # noqa: N802
        store = self.wiz.ctx.store
        self.rates = svc.measured_rates(store, self.draft.start, self.draft.funnel)
        self.measured_button.setEnabled(self.rates.any_measured)
        self.source.setText(self.rates_text(self.rates))
        self.fill_inputs()
        self.refresh()

    def fill_inputs(self) -> None:
        f = self.draft.funnel
        blockers = [
            QSignalBlocker(w)
            for w in (self.deal_edit, self.close_edit, self.proposal_edit, self.followups_spin)
        ]
        self.deal_edit.setText(format_amount(to_fen(f.deal_size), self.settings, unit=False))
        # the shown text → the exact rate, so a rate left as shown keeps its exact value
        self.shown_rates = {shown_rate(f.close_rate): f.close_rate,
                            shown_rate(f.proposal_rate): f.proposal_rate}  # fmt: skip
        self.close_edit.setText(shown_rate(f.close_rate))
        self.proposal_edit.setText(shown_rate(f.proposal_rate))
        self.followups_spin.setValue(f.followups_per_day)
        del blockers

    def on_inputs(self) -> None:
        try:
            deal = self.parse_money(self.deal_edit.text())
            if deal is None or deal <= 0:
                raise UserError(self.tr("The average deal must be an amount above zero."))
            funnel = FunnelInputs(
                deal,
                self.typed_rate(self.close_edit.text()),
                self.typed_rate(self.proposal_edit.text()),
                self.followups_spin.value(),
            )
        except UserError as exc:
            self.week_label.setText(str(exc))
            self.week_label.setStyleSheet("color: #c62828;")
            return
        self.week_label.setStyleSheet("")
        self.draft.funnel = funnel
        self.draft.month_counts = None
        self.refresh()

    def typed_rate(self, text: str) -> Fraction:
        shown = getattr(self, "shown_rates", {})
        return shown[text] if text in shown else parse_rate(text)

    def rates_text(self, rates: FunnelRates) -> str:
        """One line per rate: its value and whether it is measured (on how many cases) or
        the default."""
        lines = [self.tr("Your funnel over the last 12 months:")]
        for r in rates.rates:
            if r.code == RATE_DEAL_SIZE:
                value = format_amount(to_fen(r.amount), self.settings)
            else:
                value = shown_rate(Fraction(r.value), with_pct=True)
            label, cases = {
                RATE_DEAL_SIZE: (self.tr("Average won deal"), self.tr("won deals")),
                RATE_VISIT_DEAL: (self.tr("Visits → new deals"), self.tr("visits")),
                RATE_DEAL_PROPOSAL: (
                    self.tr("New deals → proposals"),
                    self.tr("deals decided"),
                ),
                RATE_PROPOSAL_WON: (self.tr("Proposals → won"), self.tr("closed proposals")),
            }[r.code]
            if r.measured:
                text = self.tr("%1: %2, measured from %3 %4")
            else:
                text = self.tr("%1: %2, default (%3 %4 so far; %5 needed)")
            lines.append(
                "• "
                + text.replace("%1", label)
                .replace("%2", value)
                .replace("%3", str(r.n))
                .replace("%4", cases)
                .replace("%5", str(MIN_RATE_SAMPLE[r.code]))
            )
        return "\n".join(lines)

    def on_use_measured(self) -> None:
        self.draft.funnel = self.rates.inputs(self.followups_spin.value())
        self.draft.month_counts = None
        self.fill_inputs()
        self.refresh()

    def on_reset(self) -> None:
        self.draft.month_counts = None
        self.refresh()

    def on_count_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            return
        try:
            value = int(item.text().strip())
            if value < 0:
                raise ValueError
        except ValueError:
            item.setBackground(QBrush(ERROR_BG))
            return
        counts = self.current_counts()
        counts[item.row()][self.COLUMNS[item.column() - 1]] = value
        self.draft.month_counts = counts
        self.refresh()

    def current_counts(self) -> list[dict]:
        plan = self.wiz.current_plan
        out: list[dict] = []
        if plan is None:  # (the page shows a plan before any count is edited)
            return out
        for m in plan.breakdown.months:
            out.append(
                {
                    a.code: a.count
                    for a in plan.activities
                    if a.level == "month" and a.start == m.start
                }
            )
        return out

    def refresh(self) -> None:
        try:
            plan = self.draft.plan(self.wiz.ctx.store)
        except UserError as exc:
            self.week_label.setText(str(exc))
            return
        self.wiz.current_plan = plan
        months = plan.breakdown.months
        month_acts = [a for a in plan.activities if a.level == "month"]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(months))
            for r, m in enumerate(months):
                self.table.setItem(r, 0, make_item(f"{m.start.year}-{m.start.month:02d}"))
                for c, code in enumerate(self.COLUMNS, start=1):
                    a = next((a for a in month_acts if a.start == m.start and a.code == code), None)
                    it = make_item(str(a.count if a else 0), editable=True, align_right=True)
                    if a and a.manual:
                        it.setBackground(QBrush(EDITED_BG))
                    self.table.setItem(r, c, it)
        full = [w for w in plan.breakdown.weeks if w.working_days >= 5]
        if full:
            w = full[0]
            acts = {
                a.code: a.count for a in plan.activities if a.level == "week" and a.start == w.start
            }
            self.week_label.setText(
                self.tr("A full week (%1): %2")
                .replace("%1", format_date(w.start))
                .replace(
                    "%2", ", ".join(f"{activity_label(c)} {acts.get(c, 0)}" for c in FUNNEL_CODES)
                )
            )


# -- 7. summary -----------------------------------------------------------------------------------


class SummaryPage(_Page):
    def __init__(self, wizard: GoalWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("7. Summary"))
        self.setSubTitle(
            self.tr(
                "Check the plan and save it. You can reopen and edit it later; earlier "
                "versions are kept."
            )
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        grid = QGridLayout()
        self.kras = QPlainTextEdit()
        self.resources = QPlainTextEdit()
        self.risks = QPlainTextEdit()
        for col, (label, edit) in enumerate(
            (
                (self.tr("Key result areas (one a line)"), self.kras),
                (self.tr("Resources"), self.resources),
                (self.tr("Risks and fallbacks"), self.risks),
            )
        ):
            grid.addWidget(QLabel(label), 0, col)
            edit.setMaximumHeight(110)
            grid.addWidget(edit, 1, col)
        layout.addLayout(grid)
        self.reason_label = QLabel(self.tr("Why the change (kept with the earlier version):"))
        self.reason_edit = QLineEdit()
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addStretch(1)
        self.kras.textChanged.connect(self.on_edited)
        self.resources.textChanged.connect(self.on_edited)
        self.risks.textChanged.connect(self.on_edited)
        self.reason_edit.textEdited.connect(self.on_edited)

    def initializePage(self) -> None:  # noqa: N802
        d = self.draft
        if d.goal_id is None and not (d.kras or d.resources or d.risks):
            d.kras = [
                self.tr("Customer development"),
                self.tr("Follow-up"),
                self.tr("Proposals"),
                self.tr("Contract negotiation"),
            ]
            d.resources = [self.tr("CRM for customer data"), self.tr("20% of time for learning")]
            d.risks = [self.tr("Visits fall short → more phone visits")]
        for edit, lines in (
            (self.kras, d.kras),
            (self.resources, d.resources),
            (self.risks, d.risks),
        ):
            with QSignalBlocker(edit):
                edit.setPlainText("\n".join(lines))
        self.reason_label.setVisible(d.goal_id is not None)
        self.reason_edit.setVisible(d.goal_id is not None)
        self.reason_edit.setText(d.reason)
        plan = self.wiz.current_plan or d.plan(self.wiz.ctx.store)
        self.wiz.current_plan = plan
        v = d.verdict()
        months = " / ".join(
            format_amount(m.amount_fen, self.settings) for m in plan.breakdown.months
        )
        month_acts = {}
        for a in plan.activities:
            if a.level == "goal":
                month_acts[a.code] = a.count
        acts = ", ".join(f"{activity_label(c)} {month_acts.get(c, 0)}" for c in FUNNEL_CODES)
        smart = " · ".join(
            f"<span style='color:{texts.STATUS_COLORS[r.status]}'>"
            f"{texts.criterion_label(r.criterion)}</span>"
            for r in d.smart()
        )
        h_goal, h_period, h_verdict = self.tr("Goal"), self.tr("Period"), self.tr("Verdict")
        h_months, h_activities = self.tr("Months"), self.tr("Activities in total")
        self.summary.setText(
            "<table cellspacing='4'>"
            f"<tr><td><b>{h_goal}</b></td><td>{d.goal().title} — {self.money(d.target)}</td></tr>"
            f"<tr><td><b>{h_period}</b></td><td>{format_date(d.start)} – "
            f"{format_date(d.deadline)}</td></tr>"
            f"<tr><td><b>{h_verdict}</b></td><td><span "
            f"style='color:{texts.VERDICT_COLORS[v.level]}'>"
            f"{texts.verdict_label(v.level)}</span> — "
            f"{texts.message_text(v.reason, self.settings)}</td></tr>"
            f"<tr><td><b>SMART</b></td><td>{smart}</td></tr>"
            f"<tr><td><b>{h_months}</b></td><td>{months}</td></tr>"
            f"<tr><td><b>{h_activities}</b></td><td>{acts}</td></tr>"
            "</table>"
        )

    def on_edited(self) -> None:
        def lines(edit: QPlainTextEdit) -> list[str]:
            return [s.strip() for s in edit.toPlainText().splitlines() if s.strip()]

        self.draft.kras = lines(self.kras)
        self.draft.resources = lines(self.resources)
        self.draft.risks = lines(self.risks)
        self.draft.reason = self.reason_edit.text()


# -- saving
# -----------------------------------------------------------------------------------------


class SaveGoalCommand(Edit):
    """Save a goal (new or edited); undo puts the earlier state back exactly."""

    def __init__(self, ctx: AppContext, plan, reason: str, text: str):
        super().__init__(ctx, text)
        self.plan = plan
        self.reason = reason
        self.goal_id = plan.goal.id
        self.before = svc.snapshot(ctx.store, self.goal_id) if self.goal_id is not None else None
        self.after: dict[str, Any] | None = None
        self.result: svc.SaveResult | None = None

    def do(self) -> Changes:
        self.result = svc.save_goal(self.ctx.store, self.plan, self.reason)
        self.goal_id = self.result.goal_id
        self.after = svc.snapshot(self.ctx.store, self.goal_id)
        return self.result.changes

    def redo_edit(self) -> Changes:
        return svc.restore(self.ctx.store, self.goal_id, self.after)

    def undo_edit(self) -> Changes:
        return svc.restore(self.ctx.store, self.goal_id, self.before)


class GoalWizard(QWizard):
    PAGES = (
        HistoryPage,
        BaselinePage,
        ChallengePage,
        SmartPage,
        BreakdownPage,
        ActivityPage,
        SummaryPage,
    )

    def __init__(self, ctx: AppContext, goal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings_svc.load(ctx.store)
        self.current_plan: svc.GoalPlan | None = None
        self.saved: svc.SaveResult | None = None
        loaded = svc.load_goal(ctx.store, goal_id) if goal_id is not None else None
        if loaded is not None:
            self.draft = Draft.from_plan(loaded)
            self.setWindowTitle(self.tr("Edit goal"))
        else:
            self.draft = Draft(start=next_period_start(dt.date.today(), "quarter"))
            self.setWindowTitle(self.tr("New goal"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, loaded is not None)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save goal"))
        self.pages = [cls(self) for cls in self.PAGES]
        for page in self.pages:
            self.addPage(page)
        self.resize(920, 660)

    def accept(self) -> None:
        try:
            plan = self.draft.plan(self.ctx.store)
            text = self.tr("Edit goal “%1”") if self.draft.goal_id else self.tr("New goal “%1”")
            cmd = SaveGoalCommand(
                self.ctx, plan, self.draft.reason, text.replace("%1", plan.goal.title)
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Goal wizard"), str(exc))
            return
        if not push_edit(self.ctx, cmd, warn(self, self.tr("Goal wizard"))):
            return
        self.saved = cmd.result
        super().accept()


def render_wizard_pages(
    ctx, outdir: str | Path, lang: str | None = None, goal_id: int | None = None
) -> list[Path]:
    """Write ``page-N.png`` for every wizard page (the app and translators already set up)."""
    from PySide6.QtWidgets import QApplication

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    wizard = GoalWizard(ctx, goal_id)
    if goal_id is None:
        d = wizard.draft
        if not svc.has_sales(ctx.store):
            d.history = [
                HistoryPoint(lbl, Decimal(v) * WAN)
                for lbl, v in (("2025Q2", 75), ("2025Q3", 80), ("2025Q4", 85))
            ]
        d.start = dt.date(2026, 1, 1)
        d.statement = QCoreApplication.translate(
            "GoalWizard", "This quarter, 980,000 yuan of sales of the new version"
        )
        d.focus = QCoreApplication.translate("GoalWizard", "New software version")
        d.relevance = QCoreApplication.translate(
            "GoalWizard", "The company is pushing the new version"
        )
        d.factors = [
            Factor(QCoreApplication.translate("GoalWizard", "New product version"), 1),
            Factor(
                QCoreApplication.translate("GoalWizard", "Competitor launched a similar product"),
                -1,
            ),
        ]
    wizard.show()
    out = []
    for i in range(len(wizard.pages)):
        if i:
            wizard.next()
        for _ in range(3):
            QApplication.processEvents()
        path = outdir / f"wizard-{lang or 'default'}-{i + 1}.png"
        wizard.grab().save(str(path), "PNG")
        out.append(path)
    wizard.reject()
    wizard.deleteLater()
    return out
