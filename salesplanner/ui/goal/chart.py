"""The goal pane's chart: each week's target as a bar (the low bars are the holiday weeks)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from salesplanner.ui.format import (
    column_fen_per_unit,
    format_amount,
    format_date,
    format_month_day,
)
from salesplanner.ui.progress.charts import Chart


class TargetChart(Chart):
    def __init__(self, title: str):
        super().__init__(title)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=pg.mkBrush("#90caf9"))
        self.plot.addItem(self.bars)
        self.weeks: list = []

    def update(self, weeks: Sequence, settings, axis_label: str) -> None:
        """``weeks``: the breakdown's weeks (``start``, ``end``, ``amount_fen``)."""
        self.weeks, self.settings = list(weeks), settings
        unit = float(column_fen_per_unit(settings))
        heights = [w.amount_fen / unit for w in self.weeks]
        self.bars.setOpts(x=list(range(len(heights))), height=heights, width=0.7)
        step = max(1, (len(self.weeks) + 7) // 8)
        ticks = [(i, format_month_day(w.start)) for i, w in enumerate(self.weeks)][::step]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setLabel("left", axis_label)
        self.plot.enableAutoRange()

    def readout_text(self, index: int) -> str:
        if not 0 <= index < len(self.weeks):
            return ""
        w = self.weeks[index]
        return QCoreApplication.translate("TargetChart", "{start} – {end}: {amount}").format(
            start=format_date(w.start),
            end=format_date(w.end),
            amount=format_amount(w.amount_fen, self.settings),
        )
