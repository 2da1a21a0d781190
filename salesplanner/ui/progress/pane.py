"""Progress pane: actual against target and pace, weekly bars, metrics with traffic lights, the
funnel, and beside the charts the diagnosis, the catch-up plan with options to apply, and the
target review. A second tab holds the weekly review.

The charts (pyqtgraph) are built once; ``reload`` recomputes the numbers through the services
and feeds the charts new arrays.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesplanner import APP_NAME

if TYPE_CHECKING:
    from salesplanner.domain.diagnosis import PipelineDiagnosis
    from salesplanner.domain.forecast import Forecast
    from salesplanner.domain.progress import Progress
    from salesplanner.domain.settings import Settings
from salesplanner.domain.calendar import week_start
from salesplanner.domain.goals import Message
from salesplanner.domain.money import to_fen
from salesplanner.domain.settings import Settings
from salesplanner.services import progress as svc
from salesplanner.services import settings as settings_svc
from salesplanner.services.goals import active_goal
from salesplanner.services.report import goal_forecast
from salesplanner.ui.context import AppContext
from salesplanner.ui.date_box import date_box
from salesplanner.ui.edits import push_edit, warn
from salesplanner.ui.format import format_amount, format_date, format_percent, parse_amount
from salesplanner.ui.labels import activity_label
from salesplanner.ui.progress.charts import CumulativeChart, FunnelChart, WeeklyBars
from salesplanner.ui.progress.commands import BlockEditCommand, ReviseTargetCommand
from salesplanner.ui.progress.fan import ForecastView, forecast_view
from salesplanner.ui.progress.review import WeeklyReviewPanel
from salesplanner.ui.progress.texts import (
    forecast_templates,
    pipeline_templates,
    sentence,
    templates,
)

LIGHT_COLORS = {
    "green": "#43a047",
    "amber": "#fb8c00",
    "red": "#e53935",
    "none": "#bdbdbd",
    "untracked": "#90a4ae",
}
MAX_OPTIONS = 3


def ask_png_path(parent: QWidget, suggested: str) -> str | None:
    """The file to save a chart to (a seam: tests replace it)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ProgressPane", "Save chart as PNG"),
        suggested,
        QCoreApplication.translate("ProgressPane", "PNG image (*.png)"),
    )
    return path or None


class ReviseTargetDialog(QDialog):
    """New target and the reason for it; ``ask`` returns (fen, reason) or None."""

    def __init__(self, parent, current_fen: int, suggested_fen: int | None, settings):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Revise the target"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The current target and every earlier version are kept.")))
        form.addRow(self.tr("Current target"), QLabel(format_amount(current_fen, settings)))
        self.amount = QLineEdit(format_amount(suggested_fen or current_fen, settings, unit=False))
        form.addRow(self.tr("New target"), self.amount)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. a key customer postponed its budget"))
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_value(self) -> tuple[int, str] | None:
        fen = parse_amount(self.amount.text(), self.settings)
        return None if fen is None else (fen, self.reason.text())

    @classmethod
    def ask(cls, parent, current_fen: int, suggested_fen: int | None, settings):
        dialog = cls(parent, current_fen, suggested_fen, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()


def _dot(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pix)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; color: #37474f; margin-top: 6px;")
    return label


@dataclass
class ProgressData:
    """What the pane shows, read from the plan (no widget touched: any thread may read it)."""

    settings: Settings
    as_of: dt.date
    has_goal: bool = False
    progress: Any = None  # domain.progress.Progress; None without a goal
    report: Any = None  # the week's diagnosis
    forecast: Any = None  # the pipeline forecast of the goal (domain.forecast.Forecast)
    pipeline: Any = None  # what holds the goal back (domain.diagnosis.PipelineDiagnosis)


def load_progress(store, as_of: dt.date | None, kind: str) -> ProgressData:
    """The goal's progress on ``as_of`` (None: the last day with logged data) by ``kind``."""
    settings = settings_svc.load(store)
    as_of = as_of or svc.default_as_of(store)
    goal = active_goal(store, as_of)
    if goal is None:
        return ProgressData(settings, as_of)
    targets = svc.goal_targets(store, goal, settings)
    p = svc.progress(store, as_of, kind, targets=targets)
    if p is None:  # (never with the goal's targets given)
        return ProgressData(settings, as_of, has_goal=True)
    return ProgressData(
        settings,
        as_of,
        has_goal=True,
        progress=p,
        report=svc.diagnose_week(
            store,
            as_of=as_of,
            targets=targets,
            settings=settings,
            today=max(as_of, dt.date.today()),
        ),
        forecast=goal_forecast(store, as_of),
        pipeline=svc.pipeline_diagnosis(store, as_of, settings, targets),
    )


class ProgressPane(QWidget):
    @staticmethod
    def load(store) -> ProgressData:
        """What a new pane shows first (for the window to read ahead on a thread)."""
        return load_progress(store, None, "month")

    def __init__(self, ctx: AppContext, parent=None, data: ProgressData | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = "month"
        self.as_of: dt.date | None = None  # None: the last day with logged data
        self.progress: Progress | None = None
        self.report: svc.DiagnosisReport | None = None
        self.settings: Settings | None = None
        self.forecast: Forecast | None = None  # the pipeline forecast of the goal
        self.forecast_view: ForecastView | None = None
        self.pipeline: PipelineDiagnosis | None = None  # what holds the goal back
        self._icons = {k: _dot(c) for k, c in LIGHT_COLORS.items()}
        self._build()
        self._connect_signals()
        self.reload(data)

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.period_combo = QComboBox()
        for key, text in (
            ("week", self.tr("This week")),
            ("month", self.tr("This month")),
            ("goal", self.tr("Whole goal")),
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.setCurrentIndex(1)
        top.addWidget(self.period_combo)
        top.addWidget(QLabel(self.tr("as of")))
        self.date_edit = date_box()
        top.addWidget(self.date_edit)
        self.headline = QLabel()
        self.headline.setObjectName("progressHeadline")
        self.headline.setStyleSheet("#progressHeadline { font-size: 14px; color: #263238; }")
        self.headline.setWordWrap(True)
        top.addWidget(self.headline, 1)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top.addWidget(self.save_button)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        charts_box = QWidget()
        grid = QGridLayout(charts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cumulative = CumulativeChart()
        self.weekly = WeeklyBars()
        self.funnel = FunnelChart()
        self.odds_label = QLabel()
        self.odds_label.setObjectName("forecastOdds")
        self.odds_label.setStyleSheet("#forecastOdds { font-size: 13px; color: #263238; }")
        self.odds_label.setWordWrap(True)
        grid.addWidget(self.odds_label, 0, 0, 1, 2)
        grid.addWidget(self.cumulative.widget, 1, 0, 1, 2)
        grid.addWidget(self.weekly.widget, 2, 0)
        grid.addWidget(self.funnel.widget, 2, 1)
        self.metrics = QTableWidget(0, 5)
        self.metrics.setHorizontalHeaderLabels(
            [
                self.tr("Metric"),
                self.tr("Actual"),
                self.tr("Expected to date"),
                self.tr("Target"),
                self.tr("Status"),
            ]
        )
        self.metrics.verticalHeader().setVisible(False)
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.metrics.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.metrics.verticalHeader().setDefaultSectionSize(22)
        self.metrics.setFixedHeight(
            22 * 5 + self.metrics.horizontalHeader().sizeHint().height() + 4
        )
        grid.addWidget(self.metrics, 3, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        main.addWidget(charts_box)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.forecast_heading = _heading(self.tr("Forecast from the pipeline"))
        side_layout.addWidget(self.forecast_heading)
        self.forecast_label = self._text_label()
        side_layout.addWidget(self.forecast_label)
        self.pipeline_heading = _heading(self.tr("What holds the goal back"))
        side_layout.addWidget(self.pipeline_heading)
        self.pipeline_label = self._text_label()
        self.pipeline_label.setObjectName("pipelineDiagnosis")
        side_layout.addWidget(self.pipeline_label)
        side_layout.addWidget(_heading(self.tr("Diagnosis")))
        self.diagnosis_label = self._text_label()
        side_layout.addWidget(self.diagnosis_label)
        self.plan_heading = _heading(self.tr("Catch-up plan"))
        side_layout.addWidget(self.plan_heading)
        self.plan_label = self._text_label()
        side_layout.addWidget(self.plan_label)
        self.options_heading = _heading(self.tr("Options for next week"))
        side_layout.addWidget(self.options_heading)
        self.option_labels: list[QLabel] = []
        self.option_buttons: list[QPushButton] = []
        for _ in range(MAX_OPTIONS):
            row = QFrame()
            row.setFrameShape(QFrame.Shape.StyledPanel)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(6, 4, 6, 4)
            label = self._text_label()
            button = QPushButton(self.tr("Apply to next week"))
            row_layout.addWidget(label)
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            side_layout.addWidget(row)
            self.option_labels.append(label)
            self.option_buttons.append(button)
        side_layout.addWidget(_heading(self.tr("Target review")))
        self.review_label = self._text_label()
        side_layout.addWidget(self.review_label)
        self.revise_button = QPushButton(self.tr("Revise target…"))
        side_layout.addWidget(self.revise_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMinimumWidth(300)
        main.addWidget(scroll)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        self.splitter = main
        self.tabs.addTab(main, self.tr("Progress"))
        self.review_panel = WeeklyReviewPanel(self.ctx)
        self.tabs.addTab(self.review_panel, self.tr("Weekly review"))

        menu = QMenu(self)
        self.save_actions = {
            "cumulative": menu.addAction(self.tr("Cumulative sales")),
            "weekly": menu.addAction(self.tr("Weekly bars")),
            "funnel": menu.addAction(self.tr("Funnel")),
        }
        self.save_button.setMenu(menu)

    def _text_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _connect_signals(self) -> None:
        self.period_combo.currentIndexChanged.connect(self.on_period_changed)
        self.date_edit.dateChanged.connect(self.on_date_changed)
        for i, button in enumerate(self.option_buttons):
            button.clicked.connect(lambda _checked=False, i=i: self.on_apply_option(i))
        self.revise_button.clicked.connect(self.on_revise)
        for key, action in self.save_actions.items():
            action.triggered.connect(lambda _checked=False, k=key: self.on_save_chart(k))
        self.ctx.store_replaced.connect(self.on_store_replaced)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        if changes.progress:
            self.reload()
        self.review_panel.refresh(changes)

    def go_to_date(self, day: dt.date) -> None:
        self.as_of = day
        self.reload()

    def reload(self, data: ProgressData | None = None) -> None:
        """Read the plan again and show it (``data``: read already, by :meth:`load`)."""
        if data is None:
            data = load_progress(self.ctx.store, self.as_of, self.kind)
        self.settings = settings = data.settings
        as_of = data.as_of
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self.date_edit.blockSignals(False)
        if not data.has_goal:
            self.progress = self.report = None
            self._show_empty()
            self.review_panel.set_week(as_of)
            return
        self.progress = p = data.progress
        if p is None:
            self._show_empty()
            return
        self.report = data.report
        self.forecast = data.forecast
        self.pipeline = data.pipeline
        self.forecast_view = view = forecast_view(self.forecast, p)
        self.cumulative.update(p, settings, view.fan if view else None, self._tiers(view))
        self._update_forecast(view)
        self.weekly.update(p, settings)
        self.funnel.update(p, settings)
        self._update_pipeline()
        self._update_headline(p)
        self._update_metrics(p)
        self._update_texts()
        if self.review_panel.shown_week != week_start(as_of):
            self.review_panel.set_week(as_of)

    def _tiers(self, view: ForecastView | None) -> list[tuple[str, int]]:
        """The tiers to draw when the goal has more than one (目标 / 冲刺 / 挑战)."""
        if view is None or len(view.outlook.targets) < 2:
            return []
        names = (self.tr("Target"), self.tr("Stretch"), self.tr("Challenge"))
        return [(n, to_fen(t)) for n, t in zip(names, view.outlook.targets, strict=False)]

    def _update_forecast(self, view: ForecastView | None) -> None:
        """The odds of each tier as one sentence above the chart; the range, coverage and
        new business beside it."""
        s, table = self.settings, templates() | forecast_templates()
        self.odds_label.setVisible(view is not None)
        self.forecast_heading.setVisible(view is not None)
        self.forecast_label.setVisible(view is not None)
        if view is None:
            self.odds_label.setText("")
            self.forecast_label.setText("")
            return
        odds = self.tr("; ").join(sentence(m, s, table) for m in view.odds)
        text = self.tr("{odds}.").format(odds=odds) if odds else ""
        first = next((m for m in view.more if m.code.startswith("forecast.range")), None)
        if first is not None:
            text = f"{text} {sentence(first, s, table)}".strip()
        self.odds_label.setText(text)
        paras = [sentence(m, s, table) for m in view.more if m is not first]
        if not view.has_basis:
            paras.insert(
                0,
                self.tr(
                    "No open deals and no closed ones yet: the forecast is what was won. "
                    "Add the deals you are chasing in the Pipeline pane."
                ),
            )
        self.forecast_label.setText("".join(f"<p>{html.escape(t)}</p>" for t in paras))

    def _update_pipeline(self) -> None:
        """Which of pipeline, stuck deals or activities holds the goal back, with numbers, and
        the pipeline's options with their effect on the odds (services.progress)."""
        d = self.pipeline
        self.pipeline_heading.setVisible(d is not None)
        self.pipeline_label.setVisible(d is not None)
        if d is None:
            self.pipeline_label.setText("")
            return
        s, table = self.settings, templates() | pipeline_templates()
        texts = [html.escape(sentence(m, s, table)) for m in d.messages]
        parts = [f"<p><b>{texts[0]}</b></p>"] + [f"<p>{t}</p>" for t in texts[1:]]
        if d.options:
            lead = self.tr("To catch up:")
            parts.append(f"<p><i>{html.escape(lead)}</i></p><ul>")
            for o in d.options:
                for m in o.messages:
                    parts.append(f"<li>{html.escape(sentence(m, s, table))}</li>")
            parts.append("</ul>")
        self.pipeline_label.setText("".join(parts))

    def _show_empty(self) -> None:
        self.pipeline = None
        self._update_pipeline()
        self.forecast = self.forecast_view = None
        self._update_forecast(None)
        self.headline.setText(self.tr("No goal yet: set a goal to see progress against it."))
        self.metrics.setRowCount(0)
        for label in (self.diagnosis_label, self.plan_label, self.review_label):
            label.setText("")
        for i in range(MAX_OPTIONS):
            self._option_frame(i).hide()
        self.options_heading.hide()
        self.revise_button.setEnabled(False)

    def _option_frame(self, i: int) -> QWidget:
        """The frame holding option ``i``'s label and its button."""
        frame = self.option_labels[i].parentWidget()
        if frame is None:
            raise RuntimeError("an option label outside its frame")
        return frame

    def _update_headline(self, p) -> None:
        s = self.settings
        if p.as_of < p.start:  # a goal set ahead: its first week or month, not "this" one
            period = {
                "week": self.tr("The goal's first week"),
                "month": self.tr("The goal's first month"),
                "goal": self.tr("Whole goal"),
            }[p.kind]
        else:
            period = {
                "week": self.tr("This week"),
                "month": self.tr("This month"),
                "goal": self.tr("Whole goal"),
            }[p.kind]
        fc = format_amount(p.forecast_fen, s) if p.forecast_fen is not None else "—"
        view = self.forecast_view
        if view is not None and view.has_basis:  # the pipeline's: a range early in the period
            o = view.outlook
            if view.early:
                fc = self.tr("{low} – {high}").format(
                    low=format_amount(to_fen(o.p10), s), high=format_amount(to_fen(o.p90), s)
                )
            else:
                fc = format_amount(to_fen(o.p50), s)
        self.headline.setText(
            self.tr(
                "<b>{period}</b> ({start} – {end}): <b>{actual}</b> of {target} · expected to date "
                "{expected} · forecast {forecast} · {left} working days left"
            ).format(
                period=html.escape(period),
                start=format_date(p.start),
                end=format_date(p.end),
                actual=format_amount(p.actual_fen, s),
                target=format_amount(p.target_fen, s),
                expected=format_amount(p.expected_fen, s),
                forecast=fc,
                left=p.left_days,
            )
        )

    def _status_text(self, light: str) -> str:
        return {
            "green": self.tr("On track"),
            "amber": self.tr("Behind"),
            "red": self.tr("Well behind"),
            "none": self.tr("No target"),
            "untracked": self.tr("Not logged"),
        }[light]

    def _update_metrics(self, p) -> None:
        """Sales first (what the target is about), then each activity metric."""
        self.metrics.setRowCount(len(p.metrics) + 1)
        s = self.settings
        sales_status = self._status_text(p.light)
        if p.target_fen and p.elapsed_days == 0:
            sales_status = self.tr("Not started")
        rows = [
            (
                [
                    self.tr("Sales"),
                    format_amount(p.actual_fen, s),
                    format_amount(p.expected_fen, s) if p.elapsed_days else "—",
                    format_amount(p.target_fen, s) if p.target_fen else "—",
                    sales_status,
                ],
                p.light,
            )
        ]
        for m in p.metrics:
            expected = "—" if m.expected is None else str(round(float(m.expected), 1))
            status = self._status_text(m.light)
            if m.target and p.elapsed_days == 0 and m.light in ("none", "untracked"):
                status = self.tr("Not started")  # a target, but no working day of it yet
            cells = [
                activity_label(m.code),
                str(m.actual),
                expected,
                "—" if m.target is None else str(m.target),
                status,
            ]
            rows.append((cells, m.light))
        for row, (cells, light) in enumerate(rows):
            for col, text in enumerate(cells):
                item = self.metrics.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.metrics.setItem(row, col, item)
                item.setText(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            light_item = self.metrics.item(row, 4)
            if light_item is not None:
                light_item.setIcon(self._icons[light])

    def _update_texts(self) -> None:
        r, s, table = self.report, self.settings, templates()

        def para(msgs) -> str:
            return "".join(f"<p>{html.escape(sentence(m, s, table))}</p>" for m in msgs)

        if r is None:
            return
        head = self.tr("Week of {date}").format(date=format_date(r.week.start))
        start = r.goal.start
        if self.progress is not None and start is not None and self.progress.as_of < start:
            # A goal set ahead (the wizard proposes the next quarter): not "set a goal first".
            self.diagnosis_label.setText(
                html.escape(
                    self.tr(
                        "The goal “{goal}” starts on {date}: "
                        "there is nothing to diagnose before then. "
                        "Plan its first week in the Week pane."
                    ).format(goal=r.goal.title, date=format_date(r.goal.start))
                )
            )
        else:
            self.diagnosis_label.setText(
                f"<p><i>{html.escape(head)}</i></p>" + para(r.diagnosis.messages)
            )
        ahead = any(m.code in ("catchup.ahead", "catchup.done") for m in r.plan.messages)
        # Ahead of the pace there is nothing to catch up: the weeks are the plan for the rest.
        self.plan_heading.setText(
            self.tr("Plan for the rest of the period") if ahead else self.tr("Catch-up plan")
        )
        self.plan_label.setText(para(r.plan.messages))
        self.options_heading.setVisible(bool(r.options))
        for i in range(MAX_OPTIONS):
            frame = self._option_frame(i)
            if i < len(r.options):
                self.option_labels[i].setText(para(r.options[i].messages))
                frame.show()
            else:
                frame.hide()
        review = r.review
        if review.suggest:
            dev = abs(review.forecasts[-1].deviation) if review.forecasts else 0
            code = "review.down" if review.direction == "down" else "review.up"
            msg = Message(
                code,
                {
                    "weeks": review.weeks_off,
                    "pct": int(review.margin * 100),
                    "suggested_fen": review.suggested_target_fen,
                },
            )
            self.review_label.setText(
                para([msg])
                + html.escape(
                    self.tr("Latest forecast off by {pct}.").format(pct=format_percent(float(dev)))
                )
            )
        else:
            self.review_label.setText(
                html.escape(
                    self.tr(
                        "The forecast has not stayed more than {pct} off the target for "
                        "%n week(s): keep the target.",
                        "",
                        review.weeks_needed,
                    ).format(pct=format_percent(float(review.margin)))
                )
            )
        self.revise_button.setEnabled(True)

    # -- slots ---------------------------------------------------------------------------
    def on_store_replaced(self) -> None:
        self.as_of = None

    def on_period_changed(self, _index: int) -> None:
        self.kind = self.period_combo.currentData()
        self.reload()

    def on_date_changed(self, qdate: QDate) -> None:
        self.as_of = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.reload()

    def on_apply_option(self, index: int) -> None:
        if self.report is None or index >= len(self.report.options):
            return
        option = self.report.options[index]
        texts = {
            "more_visits": self.tr("Add catch-up visits to next week"),
            "phone": self.tr("Add catch-up phone visits to next week"),
            "move_blocks": self.tr("Move blocks to customer development"),
        }
        edit = svc.option_edit(option)
        command = BlockEditCommand(self.ctx, edit, texts[option.key])
        if not push_edit(self.ctx, command, warn(self, APP_NAME)):
            return
        edit = command.edit  # as applied
        days = sorted({b.date for b in edit.adds} | {m.after.date for m in edit.moves})
        if days:
            message = self.tr(
                "%n block(s) added and {moved} changed, {first} – {last}.", "", len(edit.adds)
            )
        else:
            message = self.tr("Nothing fits next week: no block was added or changed.")
        self.ctx.say(
            message.format(
                moved=len(edit.moves),
                first=format_date(days[0]) if days else "",
                last=format_date(days[-1]) if days else "",
            ),
            8000,
        )

    def on_revise(self) -> None:
        if self.report is None:
            return
        goal = self.report.goal
        answer = ReviseTargetDialog.ask(
            self,
            self.progress_goal_target(),
            self.report.review.suggested_target_fen,
            self.settings,
        )
        if answer is None:
            return
        fen, reason = answer
        assert goal.id is not None and self.progress is not None  # (a goal is shown)
        command = ReviseTargetCommand(
            self.ctx, goal.id, fen, reason, self.progress.as_of, self.tr("Revise the target")
        )
        push_edit(self.ctx, command, warn(self, APP_NAME))

    def progress_goal_target(self) -> int:
        assert self.report is not None  # (asked only while a goal is shown)
        return to_fen(self.report.goal.target)

    def on_save_chart(self, key: str) -> None:
        chart = {"cumulative": self.cumulative, "weekly": self.weekly, "funnel": self.funnel}[key]
        path = ask_png_path(self, f"{key}.png")
        if path:
            chart.save_png(path)
