"""The Progress pane's charts (pyqtgraph, imported only here and in the customers pane).

Each chart creates its plot items once; ``update(...)`` feeds them new arrays (``setData`` /
``setOpts``), never rebuilding. Hovering shows a read-out of the nearest day, week or stage;
``save_png(path)`` writes the chart with pyqtgraph's ImageExporter (SVG export is broken
with PySide6 6.12).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFontMetrics

from salesplanner.domain.progress import Progress
from salesplanner.domain.records import CONTRACT, PROPOSAL, VISIT
from salesplanner.ui.format import (
    column_fen_per_unit,
    column_unit_label,
    format_amount,
    format_date,
    format_month_day,
    format_percent,
)
from salesplanner.ui.labels import activity_label
from salesplanner.ui.progress.fan import FanView

BLUE, GREY, ORANGE, RED, GREEN = "#1e88e5", "#9e9e9e", "#fb8c00", "#e53935", "#43a047"


def _t(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def fen_per_unit(settings) -> float:
    return float(column_fen_per_unit(settings))


class Chart:
    """A PlotWidget with a title, light styling, a hover read-out and PNG export."""

    def __init__(self, title: str):
        self.widget = pg.PlotWidget(background="w")
        self.widget.setMinimumHeight(140)  # three charts and the table fit a 640-pixel-high window
        self.plot = self.widget.getPlotItem()
        self.plot.setTitle(title, color="#37474f", size="10pt")
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.widget.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen("#b0bec5"))
            axis.setTextPen(pg.mkPen("#455a64"))
        self.readout = pg.TextItem(
            "",
            color="#263238",
            anchor=(0, 1),
            fill=pg.mkBrush(255, 255, 255, 230),
            border=pg.mkPen("#b0bec5"),
        )
        self.readout.setZValue(100)
        self.readout.hide()
        self.plot.addItem(self.readout, ignoreBounds=True)
        self.widget.scene().sigMouseMoved.connect(self.on_mouse_moved)
        self.settings = None

    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            self.readout.hide()
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        self.show_readout(int(round(point.x())), point)

    def show_readout(self, index: int, at: QPointF | None = None) -> None:
        text = self.readout_text(index)
        if not text:
            self.readout.hide()
            return
        self.readout.setText(text)
        if at is None:
            at = QPointF(index, self.plot.vb.viewRange()[1][1])
        self.readout.setPos(at)
        self.readout.show()

    def readout_text(self, index: int) -> str:  # overridden
        return ""

    def save_png(self, path: str, width: int = 1200) -> None:
        self.readout.hide()
        exporter = ImageExporter(self.plot)
        exporter.parameters()["width"] = width
        exporter.export(str(path))


class CumulativeChart(Chart):
    """Cumulative actual against the target pace, with the forecast: the pipeline's fan
    (P10–P90 band and P50 line) when there is one, else the run-rate line (a week)."""

    def __init__(self):
        super().__init__(_t("Cumulative sales against the target pace"))
        self.plot.addLegend(offset=(8, 8), labelTextColor="#37474f")
        self.target = self.plot.plot(
            pen=pg.mkPen(GREY, width=1.6, style=Qt.PenStyle.DashLine), name=_t("Target pace")
        )
        self.actual = self.plot.plot(pen=pg.mkPen(BLUE, width=2.6), name=_t("Actual"))
        self.forecast = self.plot.plot(
            pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DotLine), name=_t("Forecast")
        )
        # The fan: P10 and P90 edges (no legend entry) with the band between, the P50 line.
        edge = pg.mkPen(ORANGE, width=0.8)
        self.fan_low = pg.PlotDataItem(pen=edge)
        self.fan_high = pg.PlotDataItem(pen=edge)
        band = pg.mkBrush(251, 140, 0, 60)
        self.fan_band = pg.FillBetweenItem(self.fan_low, self.fan_high, brush=band)
        self.plot.addItem(self.fan_low)
        self.plot.addItem(self.fan_high)
        self.plot.addItem(self.fan_band)
        # the legend draws its sample from a plot item's options: a filled one stands for the band
        self.fan_key = pg.PlotDataItem(pen=edge, fillLevel=0, fillBrush=band)
        self.fan_mid = self.plot.plot(
            pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine),
            name=_t("Forecast (P50)"),
        )
        self.today = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#cfd8dc", width=1))
        self.plot.addItem(self.today, ignoreBounds=True)
        # 目标 / 冲刺 / 挑战: a level line each, labelled at the right
        self.tier_lines = []
        # the highest tier is labelled under its line: above it the label would stand at the
        # top edge of the plot, cut off (the range ends a little above the line)
        for color, at, side in (("#546e7a", 0.55, 1), ("#8e24aa", 0.7, 1), (RED, 0.85, 0)):
            line = pg.InfiniteLine(
                angle=0,
                movable=False,
                pen=pg.mkPen(color, width=1.2, style=Qt.PenStyle.DashDotLine),
                label="{value}",  # a label object to set the tier's text on
                # staggered along the line: close tiers do not write over each other
                labelOpts={"position": at, "color": color, "anchors": [(0.5, side)] * 2},
            )
            line.hide()
            self.plot.addItem(line)
            self.tier_lines.append(line)
        self.tiers: list[tuple[str, int]] = []
        self.progress: Progress | None = None
        self.fan: FanView | None = None

    def update(
        self,
        p: Progress,
        settings,
        fan: FanView | None = None,
        tiers: list[tuple[str, int]] | None = None,
    ) -> None:
        """``tiers``: (name, fen) of each tier to draw as a level line (目标, 冲刺, 挑战)."""
        self.progress, self.settings, self.fan = p, settings, fan
        unit = fen_per_unit(settings)
        n = len(p.days)
        x = np.arange(n, dtype=float)
        self.target.setData(x, np.asarray(p.cum_target, dtype=float) / unit)
        m = len(p.cum_actual)
        self.actual.setData(x[:m], np.asarray(p.cum_actual, dtype=float) / unit)
        if fan is None and p.forecast_fen is not None and 0 < m < n:
            self.forecast.setData([m - 1, n - 1], [p.cum_actual[-1] / unit, p.forecast_fen / unit])
        else:
            self.forecast.setData([], [])
        self._set_fan(fan, unit)
        self._set_tiers(tiers or [], unit)
        self.today.setPos(max(0, m - 1))
        step = 7 if n > 20 else 1
        if n > 62:
            step = 14
        ticks = [(i, format_month_day(d)) for i, d in enumerate(p.days) if i % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setLabel("left", _t("Sales ({unit})").format(unit=column_unit_label(settings)))
        self.plot.enableAutoRange()

    def _set_fan(self, fan: FanView | None, unit: float) -> None:
        legend = self.plot.legend
        for item in (self.fan_key, self.fan_mid, self.forecast):
            legend.removeItem(item)
        if fan is None:
            for item in (self.fan_low, self.fan_high, self.fan_mid):
                item.setData([], [])
            self.fan_band.hide()
            legend.addItem(self.forecast, _t("Forecast"))
            return
        x = np.asarray(fan.xs, dtype=float)
        self.fan_low.setData(x, np.asarray(fan.p10, dtype=float) / unit)
        self.fan_high.setData(x, np.asarray(fan.p90, dtype=float) / unit)
        self.fan_band.show()
        legend.addItem(self.fan_key, _t("Forecast range (P10–P90)"))
        if fan.early:  # early in the period: a range, never a line through a few days
            self.fan_mid.setData([], [])
        else:
            self.fan_mid.setData(x, np.asarray(fan.p50, dtype=float) / unit)
            legend.addItem(self.fan_mid, _t("Forecast (P50)"))

    def _set_tiers(self, tiers: list[tuple[str, int]], unit: float) -> None:
        self.tiers = list(tiers[: len(self.tier_lines)])
        for i, line in enumerate(self.tier_lines):
            if i < len(self.tiers):
                name, fen = self.tiers[i]
                line.show()  # (a hidden label ignores a new text)
                line.setPos(fen / unit)
                line.label.setFormat(f"{name} {format_amount(fen, self.settings)}")
            else:
                line.hide()

    def fan_at(self, index: int) -> tuple[int, int, int] | None:
        """P10 / P50 / P90 in fen at a day of the fan's points (for the read-out)."""
        fan = self.fan
        if fan is None or float(index) not in fan.xs[1:]:
            return None
        i = fan.xs.index(float(index), 1)
        return fan.p10[i], fan.p50[i], fan.p90[i]

    def readout_text(self, index: int) -> str:
        p = self.progress
        if p is None or not 0 <= index < len(p.days):
            return ""
        lines = [
            format_date(p.days[index]),
            _t("Target to date: {amount}").format(
                amount=format_amount(p.cum_target[index], self.settings)
            ),
        ]
        if index < len(p.cum_actual):
            lines.append(
                _t("Actual: {amount}").format(
                    amount=format_amount(p.cum_actual[index], self.settings)
                )
            )
        elif (band := self.fan_at(index)) is not None:
            low, mid, high = (format_amount(v, self.settings) for v in band)
            lines.append(
                _t("Forecast: {low} – {high}").format(low=low, high=high)
                if self.fan is not None and self.fan.early
                else _t("Forecast: {mid} ({low} – {high})").format(mid=mid, low=low, high=high)
            )
        elif self.fan is None and p.forecast_fen is not None and index == len(p.days) - 1:
            lines.append(
                _t("Forecast: {amount}").format(amount=format_amount(p.forecast_fen, self.settings))
            )
        return "\n".join(lines)


class WeeklyBars(Chart):
    """Each week's sales against its target."""

    def __init__(self):
        super().__init__(_t("Weekly sales against target"))
        self.target = pg.BarGraphItem(
            x=[], height=[], width=0.72, brush=pg.mkBrush("#e0e0e0"), pen=pg.mkPen("#bdbdbd")
        )
        self.actual = pg.BarGraphItem(
            x=[], height=[], width=0.42, brush=pg.mkBrush(BLUE), pen=pg.mkPen(None)
        )
        self.plot.addItem(self.target)
        self.plot.addItem(self.actual)
        self.progress: Progress | None = None
        self._labels: list[tuple[int, str]] = []
        self.plot.vb.sigResized.connect(self._set_ticks)

    def _set_ticks(self, *_args) -> None:
        """Label every week, or every second (third …) one when the labels would run into
        each other (a narrow window, a quarter's weeks)."""
        labels = self._labels
        axis = self.plot.getAxis("bottom")
        if not labels:
            axis.setTicks([[]])
            return
        metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
        widest = max(metrics.horizontalAdvance(text) for _i, text in labels) + 8
        slot = self.plot.vb.width() / max(len(labels), 1)
        step = 1
        while step < len(labels) and slot * step < widest:
            step += 1
        axis.setTicks([labels[::step]])

    def update(self, p: Progress, settings) -> None:
        self.progress, self.settings = p, settings
        unit = fen_per_unit(settings)
        x = np.arange(len(p.weeks), dtype=float)
        targets = np.asarray([w.target_fen for w in p.weeks], dtype=float) / unit
        actuals = np.asarray([w.actual_fen for w in p.weeks], dtype=float) / unit
        brushes = [
            pg.mkBrush(GREEN if w.actual_fen >= w.target_fen else (RED if w.past else BLUE))
            for w in p.weeks
        ]
        self.target.setOpts(x=x, height=targets)
        self.actual.setOpts(x=x, height=actuals, brushes=brushes)
        self._labels = [(i, format_month_day(w.start)) for i, w in enumerate(p.weeks)]
        self._set_ticks()
        self.plot.setXRange(-0.6, max(len(p.weeks) - 0.4, 0.6), padding=0)
        self.plot.setYRange(0, max([*targets, *actuals, 0.01]) * 1.12, padding=0)

    def readout_text(self, index: int) -> str:
        p = self.progress
        if p is None or not 0 <= index < len(p.weeks):
            return ""
        w = p.weeks[index]
        return "\n".join(
            [
                _t("Week of {date}").format(date=format_date(w.start)),
                _t("Target: {amount}").format(amount=format_amount(w.target_fen, self.settings)),
                _t("Actual: {amount}").format(amount=format_amount(w.actual_fen, self.settings)),
            ]
        )


class FunnelChart(Chart):
    """Visits → proposals → contracts: expected to date against actual, with the rates."""

    STAGES = (VISIT, PROPOSAL, CONTRACT)

    def __init__(self):
        super().__init__(_t("Funnel to date: planned and observed"))
        self.plan = pg.BarGraphItem(
            x=[], height=[], width=0.36, brush=pg.mkBrush("#cfd8dc"), pen=pg.mkPen("#b0bec5")
        )
        self.seen = pg.BarGraphItem(
            x=[], height=[], width=0.36, brush=pg.mkBrush(BLUE), pen=pg.mkPen(None)
        )
        self.plot.addItem(self.plan)
        self.plot.addItem(self.seen)
        self.rate_items = [pg.TextItem("", color="#37474f", anchor=(0.5, 0)) for _ in range(2)]
        for item in self.rate_items:
            self.plot.addItem(item, ignoreBounds=True)
        self.plot.getAxis("bottom").setTicks(
            [[(i, activity_label(code)) for i, code in enumerate(self.STAGES)]]
        )
        self.progress: Progress | None = None

    def _counts(self, p: Progress) -> tuple[list[float], list[float]]:
        planned, actual = [], []
        for code in self.STAGES:
            m = p.metric(code)
            planned.append(float(m.expected) if m and m.expected is not None else 0.0)
            actual.append(float(m.actual) if m else 0.0)
        return planned, actual

    def update(self, p: Progress, settings) -> None:
        self.progress, self.settings = p, settings
        planned, actual = self._counts(p)
        x = np.arange(3, dtype=float)
        self.plan.setOpts(x=x - 0.19, height=planned)
        self.seen.setOpts(x=x + 0.19, height=actual)
        top = max([*planned, *actual, 1.0]) * 1.3
        self.plot.setYRange(0, top, padding=0)
        self.plot.setXRange(-0.6, 2.6, padding=0)
        pairs = (
            (p.planned.proposal_rate, p.observed.proposal_rate),
            (p.planned.close_rate, p.observed.close_rate),
        )
        for i, (item, (plan, seen)) in enumerate(zip(self.rate_items, pairs, strict=True)):
            item.setText(
                _t("planned {planned}\nobserved {observed}").format(
                    planned="—" if plan is None else format_percent(float(plan)),
                    observed="—" if seen is None else format_percent(float(seen)),
                )
            )
            item.setPos(i + 0.5, top * 0.98)

    def readout_text(self, index: int) -> str:
        p = self.progress
        if p is None or not 0 <= index < 3:
            return ""
        planned, actual = self._counts(p)
        return "\n".join(
            [
                activity_label(self.STAGES[index]),
                _t("Planned to date: {n}").format(n=round(planned[index], 1)),
                _t("Actual: {n}").format(n=int(actual[index])),
            ]
        )
