"""The capacity panel: the week's activity targets against the plan and the log, the buffer
warnings (trap 4.2) and the learning share (METHOD.md 3.4). One painted widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesplanner.domain.week import WeekCapacity
from salesplanner.ui.labels import activity_label, weekday_label

GREEN, ORANGE, RED, GREY = "#2e7d32", "#ef6c00", "#c62828", "#6b7785"
UNDER_WAY = "#1e88e5"  # a bar on its way to its target, or one without a target


def _hours(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{h}:{m:02d}"


class CapacityView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("capacityView")
        self.capacity: WeekCapacity | None = None
        self.sales: tuple[int, int | None, object] | None = None  # won, target (fen), settings
        self.colors: dict[str, QColor] = {}
        self._ops: list[tuple] = []
        self._height = 40
        self._laid_width = -1
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- model ---------------------------------------------------------------------------
    def set_capacity(self, capacity: WeekCapacity, colors: dict[str, str]) -> None:
        self.capacity = capacity
        self.colors = {c: QColor(v) for c, v in colors.items()}
        self._laid_width = -1
        self._layout()
        self.update()

    def set_sales(self, won_fen: int, target_fen: int | None, settings=None) -> None:
        """The week's sales won against its sales target (the goal's week target)."""
        self.sales = (won_fen, target_fen, settings)
        self._laid_width = -1
        self._layout()
        self.update()

    def sales_text(self) -> str:
        if self.sales is None:
            return ""
        from salesplanner.ui.format import format_amount

        won, target, settings = self.sales
        if not target:
            return self.tr("{won} won · no sales target this week").format(
                won=format_amount(won, settings)
            )
        return self.tr("{won} won of {target}").format(
            won=format_amount(won, settings), target=format_amount(target, settings)
        )

    def row_text(self, code: str) -> str:
        """The figures shown for one activity (tests read them)."""
        row = self.capacity.row(code) if self.capacity else None
        if row is None:
            return ""
        if row.target and row.logged >= row.target:  # reached: good news, whatever the plan
            return self.tr("{logged} of {target} done").format(logged=row.logged, target=row.target)
        if row.target and row.plan_short:
            return self.tr("{logged} of {target} done · plan holds only {planned}").format(
                logged=row.logged, target=row.target, planned=row.planned
            )
        if row.target and row.code == "contract":
            return self.tr("{logged} of {target} done").format(logged=row.logged, target=row.target)
        if row.target:
            return self.tr("{logged} of {target} done · plan holds {planned}").format(
                logged=row.logged, target=row.target, planned=row.planned
            )
        return self.tr("{logged} done · plan holds {planned}").format(
            logged=row.logged, planned=row.planned
        )

    def row_color(self, code: str) -> str:
        """Green when the target is reached (over-achievement is good news, never red); red
        only while the plan cannot reach it; grey otherwise."""
        row = self.capacity.row(code) if self.capacity else None
        if row is None:
            return GREY
        if row.target and row.logged >= row.target:
            return GREEN
        return RED if row.plan_short else GREY

    def bar_color(self, code: str) -> str:
        """The bars say what the text says: green reached, red at risk, blue under way. The
        activity's own calendar colour is not used: the contract's and negotiation's are
        red, and a full bar of them read as bad news (issue 14.10)."""
        status = self.row_color(code)
        return status if status in (GREEN, RED) else UNDER_WAY

    def warnings(self) -> list[str]:
        cap = self.capacity
        if cap is None:
            return []
        out = []
        for d in cap.short_days:
            out.append(
                self.tr(
                    "{day}: only {free} h unplanned; keep {buffer} h free for the unexpected"
                ).format(
                    day=weekday_label(d.date.weekday()),
                    free=_hours(d.free_min),
                    buffer=_hours(cap.buffer_min),
                )
            )
        return out

    # -- layout: a list of drawing operations, computed for a width ----------------------
    def _layout(self) -> None:
        width = max(120, self.width())
        self._laid_width = width
        f = QFont(self.font())
        fb = QFont(f)
        fb.setBold(True)
        fs = QFont(f)
        fs.setPointSizeF(max(7.0, f.pointSizeF() * 0.88))
        fm, fmb, fms = QFontMetricsF(f), QFontMetricsF(fb), QFontMetricsF(fs)
        ops: list[tuple] = []
        y = 4.0
        pad = 8.0
        inner = width - 2 * pad

        def text(t, font, fmx, color, flags=Qt.AlignmentFlag.AlignLeft, wrap=False):
            nonlocal y
            if wrap:
                r = fmx.boundingRect(
                    QRectF(pad, y, inner, 10000), int(Qt.TextFlag.TextWordWrap) | int(flags), t
                )
                h = r.height()
                ops.append(
                    (
                        "text",
                        QRectF(pad, y, inner, h),
                        t,
                        font,
                        color,
                        int(Qt.TextFlag.TextWordWrap) | int(flags),
                    )
                )
            else:
                h = fmx.height()
                ops.append(
                    (
                        "text",
                        QRectF(pad, y, inner, h),
                        fmx.elidedText(t, Qt.TextElideMode.ElideRight, inner),
                        font,
                        color,
                        int(flags),
                    )
                )
            y += h

        cap = self.capacity
        text(self.tr("Targets this week"), fb, fmb, QColor("#1f2933"))
        y += 4
        if cap is None:
            self._ops, self._height = ops, int(y)
            return
        if not cap.rows:
            text(
                self.tr("No activity targets or planned activities this week."),
                fs,
                fms,
                QColor(GREY),
                wrap=True,
            )
        if self.sales is not None:  # the week's sales target first: what the plan is for
            won, target, _settings = self.sales
            text(self.tr("Sales"), f, fm, QColor("#1f2933"))
            scale = max(target or 0, won, 1)
            bar = QRectF(pad, y + 2, inner, 8)
            ops.append(("bar", bar, QColor("#eceff1"), None))
            reached = target is not None and target > 0 and won >= target
            ops.append(
                (
                    "bar",
                    QRectF(bar.left(), bar.top(), inner * min(1, max(won, 0) / scale), 8),
                    QColor(GREEN if reached else UNDER_WAY),
                    None,
                )
            )
            if target:
                x = bar.left() + inner * target / scale
                ops.append(("tick", QRectF(x - 1, bar.top() - 3, 2, 14), QColor("#1f2933"), None))
            y += 13
            text(self.sales_text(), fs, fms, QColor(GREEN if reached else GREY))
            y += 5
        for r in cap.rows:
            color = QColor(self.bar_color(r.code))
            text(activity_label(r.code), f, fm, QColor("#1f2933"))
            scale = max(r.target, r.planned, r.logged, 1)
            bar = QRectF(pad, y + 2, inner, 8)
            ops.append(("bar", bar, QColor("#eceff1"), None))
            planned = QRectF(bar.left(), bar.top(), inner * min(1, r.planned / scale), 8)
            faint = QColor(color)
            faint.setAlpha(70)
            ops.append(("bar", planned, faint, None))
            logged = QRectF(bar.left(), bar.top() + 2, inner * min(1, r.logged / scale), 4)
            ops.append(("bar", logged, color, None))
            if r.target:
                x = bar.left() + inner * r.target / scale
                ops.append(("tick", QRectF(x - 1, bar.top() - 3, 2, 14), QColor("#1f2933"), None))
            y += 13
            status = QColor(self.row_color(r.code))
            text(self.row_text(r.code), fs, fms, status)
            y += 5
        # learning share
        y += 4
        text(self.tr("Learning time"), f, fm, QColor("#1f2933"))
        share = cap.learning_share
        bar = QRectF(pad, y + 2, inner, 8)
        ops.append(("bar", bar, QColor("#eceff1"), None))
        learn_color = QColor(ORANGE if cap.learning_short else GREEN)  # as its sentence
        learn_scale = max(float(cap.learning_target) * 2, float(share), 0.01)
        ops.append(
            ("bar", QRectF(pad, y + 2, inner * float(share) / learn_scale, 8), learn_color, None)
        )
        x = pad + inner * float(cap.learning_target) / learn_scale
        ops.append(("tick", QRectF(x - 1, y - 1, 2, 14), QColor("#1f2933"), None))
        y += 13
        text(
            self.tr("{hours} h planned, {share}% of working time (target {target}%)").format(
                hours=_hours(cap.learning_min),
                share=round(float(share) * 100),
                target=round(float(cap.learning_target) * 100),
            ),
            fs,
            fms,
            learn_color,
            wrap=True,
        )
        y += 8
        # buffer and plan warnings
        text(self.tr("Buffer (trap 4.2)"), f, fm, QColor("#1f2933"))
        warnings = self.warnings()
        if not warnings:
            text(
                self.tr("Every working day keeps at least {buffer} h unplanned.").format(
                    buffer=_hours(cap.buffer_min)
                ),
                fs,
                fms,
                QColor(GREEN),
                wrap=True,
            )
        for w in warnings:
            text("⚠ " + w, fs, fms, QColor(RED), wrap=True)
            y += 2
        y += 6
        # The height only grows: a week with fewer rows leaves space instead of re-laying out
        # (and repainting) the whole side panel on every week switch.
        self._ops, self._height = ops, max(int(y), self._height)
        if self.height() != self._height:
            self.setFixedHeight(self._height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(260, self._height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.width() != self._laid_width:
            self._layout()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for op in self._ops:
            if op[0] == "text":
                _k, rect, t, font, color, flags = op
                p.setFont(font)
                p.setPen(color)
                p.drawText(rect, flags, t)
            elif op[0] == "bar":
                _k, rect, color, _ = op
                if rect.width() > 0:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(color)
                    p.drawRoundedRect(rect, min(4, rect.height() / 2), min(4, rect.height() / 2))
            elif op[0] == "tick":
                _k, rect, color, _ = op
                p.fillRect(rect, color)
        p.end()
