"""The week calendar: ONE widget painting day columns, hour rows and block rectangles.

Block rectangles are computed from the model when the week, the blocks or the size change
(:meth:`CalendarView._relayout`); painting, hit-testing and drag previews work on that list.
Nothing is written while dragging: a finished gesture is emitted as a request signal and the
pane turns it into an undoable command (the database is written on drop).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesplanner.domain.records import TimeBlock
from salesplanner.domain.week import SNAP_MIN, DayInfo, clamp_block, lanes, snap
from salesplanner.domain.week_log import EMPTY as EMPTY_LOG
from salesplanner.domain.week_log import BlockLog, DayGroup, WeekLog
from salesplanner.ui.labels import activity_label, weekday_label

DRAG_THRESHOLD = 4  # px before a press becomes a drag
EDGE = 5  # px of a block's top/bottom edge that resize it
KEY_STEP = 30  # minutes the keyboard cursor moves
BAND_ROWS = 3  # lines of a day's band of what was logged without a block (the last may be "+N")
LOGGED = QColor("#2e7d32")  # what was logged: a block's count and outcome, the day band


def short_holiday_name(name: str) -> str:
    """A holiday name without its parenthesis, so the header shows it whole: "休息日（由
    2026-09-20 调休）" → "休息日", "Day off (substituted from 09/20/2026)" → "Day off"."""
    for mark in ("（", "("):
        name = name.split(mark, 1)[0]
    return name.strip()


@dataclass
class _Drag:
    kind: str  # create | move | top | bottom
    press: QPointF
    day: int
    minute: int  # where the press was (minutes after midnight)
    block: TimeBlock | None = None
    offset: int = 0  # press minute - block start (move)
    active: bool = False
    preview: tuple[int, int, int] | None = None  # (day index, start, end)


@dataclass
class _Item:
    rect: QRectF
    block: TimeBlock
    lines: list[tuple[QStaticText, QFont, QColor, float]]  # text, font, colour, line height


@dataclass
class _BandLine:
    """One line of a day's band: a type logged without a block (or "+N more")."""

    rect: QRectF
    text: QStaticText
    code: str | None


@dataclass(frozen=True)
class _Palette:
    """The colours of one activity type, computed once (not per block per paint)."""

    bar: QColor
    fill: QColor
    fill_done: QColor
    bar_done: QColor
    border: QColor
    border_selected: QColor

    @classmethod
    def of(cls, base: QColor) -> _Palette:
        white, black = QColor("#ffffff"), QColor("#000000")
        return cls(
            base,
            _mix(base, white, 0.86),
            _mix(base, white, 0.93),
            _mix(base, white, 0.4),
            _mix(base, white, 0.55),
            _mix(base, black, 0.25),
        )


def _mix(color: QColor, other: QColor, t: float) -> QColor:
    return QColor(
        round(color.red() * (1 - t) + other.red() * t),
        round(color.green() * (1 - t) + other.green() * t),
        round(color.blue() * (1 - t) + other.blue() * t),
    )


def _wrap_once(text: str, fm: QFontMetricsF, width: float) -> tuple[str, str]:
    """Split ``text`` so the first part fits ``width``: at a space or hyphen if one fits,
    else between characters (Chinese has no spaces)."""
    cut = 0
    for i in range(1, len(text) + 1):
        if fm.horizontalAdvance(text[:i]) > width:
            break
        cut = i
    if cut == 0:
        return text, ""
    head = text[:cut]
    for sep in (" ", "-"):
        j = head.rfind(sep)
        if j > 0 and cut < len(text):
            keep = j + 1 if sep == "-" else j
            return text[:keep].rstrip(), text[j + 1 :].lstrip()
    return head, text[cut:]


def _line(
    text: str, font: QFont, color: QColor, height: float
) -> tuple[QStaticText, QFont, QColor, float]:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return static, font, color, height


def hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# what a deal to chase carries when dragged onto the calendar: its opportunity id as text
DEAL_MIME = "application/x-salesplanner-opportunity"
DEAL_DROP_MINUTES = 60  # the preview of a dropped deal (services.pipeline.CHASE_BLOCK_MINUTES)


class CalendarView(QWidget):
    create_requested = Signal(object, int, int)  # date, start, end (drag on empty space)
    move_requested = Signal(int, object, int, int)  # block id, date, start, end (move / resize)
    edit_requested = Signal(int)  # block id (double-click, Enter)
    new_requested = Signal(object, int, int)  # date, start, end (double-click empty, Enter)
    delete_requested = Signal(int)
    copy_requested = Signal(int)
    paste_requested = Signal(object, int)  # date, start minute
    log_requested = Signal(int)  # mark a block done (Space)
    context_requested = Signal(
        object, object, int, object
    )  # block id|None, date, minute, global pos
    selection_changed = Signal(object)  # block id | None
    week_step_requested = Signal(int)  # days: -7 / +7 (Page Up / Page Down)
    deal_dropped = Signal(int, object, int)  # opportunity id, date, start (a deal to chase)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout_due = False  # resized, or a week set while hidden: not laid out yet
        self.setObjectName("weekCalendar")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAcceptDrops(True)  # a deal to chase dropped here plans a block for it
        self.days: list[DayInfo] = []
        self.blocks: list[TimeBlock] = []
        self.log: WeekLog = EMPTY_LOG
        self._band_rows = 0
        self._band: list[_BandLine] = []
        self.colors: dict[str, QColor] = {}
        self.work_start = 8 * 60 + 30
        self.work_end = 18 * 60
        self.first_min = 8 * 60
        self.last_min = 18 * 60
        self.fold_weekend = False
        self.now: dt.datetime | None = None
        self.empty_hint = ""  # shown over an empty week
        self.selected: int | None = None
        self.cursor_day = 0
        self.cursor_min = 9 * 60
        self._items: list[_Item] = []
        self._palettes: dict[str | None, _Palette] = {None: _Palette.of(QColor("#78909c"))}
        self._labels: dict[str, str] = {}
        self._header = 0.0
        self._hour_h = 1.0
        self._col: list[float] = [0.0] * 8
        self._folded: set[int] = set()
        self._drag: _Drag | None = None
        self._fonts()

    # -- model ---------------------------------------------------------------------------
    def _fonts(self) -> None:
        base = QFont(self.font())
        self._f_text = base
        self._f_bold = QFont(base)
        self._f_bold.setBold(True)
        self._f_small = QFont(base)
        self._f_small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        self._fm = QFontMetricsF(base)
        self._fm_bold = QFontMetricsF(self._f_bold)
        self._fm_small = QFontMetricsF(self._f_small)
        self._line = self._fm.height()

    def set_week(
        self,
        days: list[DayInfo],
        blocks: list[TimeBlock],
        *,
        work_start: int,
        work_end: int,
        fold_weekend: bool,
        now: dt.datetime | None = None,
        log: WeekLog | None = None,
    ) -> None:
        self.days = list(days)
        self.blocks = list(blocks)
        self.log = log or EMPTY_LOG
        self._band_rows = min(BAND_ROWS, self.log.most_groups())
        self.work_start, self.work_end = work_start, work_end
        self.fold_weekend = fold_weekend
        self.now = now
        first = (min([work_start] + [b.start_min for b in blocks]) // 60) * 60
        last = -(-max([work_end] + [b.end_min for b in blocks]) // 60) * 60
        self.first_min, self.last_min = first, max(last, first + 60)
        chosen = self.block(self.selected)
        if chosen is None and self.selected is not None:
            self.selected = None
            self.selection_changed.emit(None)
        elif chosen is not None and days and 0 <= (chosen.date - days[0].date).days < 7:
            # the keyboard cursor follows a selected block that moved
            self.cursor_day, self.cursor_min = (chosen.date - days[0].date).days, chosen.start_min
        self.cursor_min = min(max(self.cursor_min, self.first_min), self.last_min - SNAP_MIN)
        self._drag = None
        self.setMinimumHeight(
            int(self._header_h() + (self.last_min - self.first_min) / 60 * self._min_hour_h())
        )
        if self.isVisible():
            self._relayout()
        else:  # laid out when shown, at the size it is shown at (not twice at start-up)
            self._layout_due = True
        self.update()

    def set_colors(self, colors: dict[str, str]) -> None:
        self.colors = {code: QColor(value) for code, value in colors.items()}
        self._palettes = {code: _Palette.of(c) for code, c in self.colors.items()}
        self._palettes[None] = _Palette.of(QColor("#78909c"))

    def block(self, block_id: int | None) -> TimeBlock | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def select(self, block_id: int | None) -> None:
        if block_id != self.selected:
            self.selected = block_id
            b = self.block(block_id)
            if b is not None:
                self.cursor_day = (b.date - self.days[0].date).days if self.days else 0
                self.cursor_min = b.start_min
            self.selection_changed.emit(block_id)
            self.update()

    # -- geometry ------------------------------------------------------------------------
    def _header_h(self) -> float:
        return self._line * 2 + self._fm_small.height() + 10 + self._band_h()

    def _band_line_h(self) -> float:
        return self._fm_small.height() + 2

    def _band_h(self) -> float:
        """The band under the day names listing what was logged without a block (0 if none)."""
        return self._band_rows * self._band_line_h() + 4 if self._band_rows else 0.0

    def _gutter_w(self) -> float:
        return self._fm_small.horizontalAdvance("00:00") + 14

    def _min_hour_h(self) -> float:
        return self._line * 2.4

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        from PySide6.QtCore import QSize

        return QSize(int(self._gutter_w() + 7 * 60), int(self._header_h() + 8 * self._min_hour_h()))

    def hour_h(self) -> float:
        return self._hour_h

    def _compute_rows(self) -> None:
        hours = (self.last_min - self.first_min) / 60
        self._header = self._header_h()
        self._hour_h = max(self._min_hour_h(), (self.height() - self._header - 1) / hours)

    def y_of(self, minute: float) -> float:
        self._laid_out()
        return self._header + (minute - self.first_min) * self._hour_h / 60

    def minute_at(self, y: float) -> float:
        return self.first_min + (y - self._header) * 60 / self._hour_h

    def day_at(self, x: float) -> int:
        for i in range(7):
            if x < self._col[i + 1]:
                return max(0, i)
        return 6

    def day_rect(self, i: int) -> QRectF:
        self._laid_out()
        return QRectF(
            self._col[i],
            self._header_h(),
            self._col[i + 1] - self._col[i],
            self.y_of(self.last_min) - self._header_h(),
        )

    def slot_rect(self, day: int, start: int, end: int) -> QRectF:
        x0, x1 = self._col[day], self._col[day + 1]
        return QRectF(
            x0 + 2, self.y_of(start) + 1, x1 - x0 - 5, self.y_of(end) - self.y_of(start) - 2
        )

    def block_texts(self, block_id: int) -> list[str]:
        """The lines painted in a block, top to bottom (what the rep reads on it)."""
        self._laid_out()
        item = next((it for it in self._items if it.block.id == block_id), None)
        return [static.text() for static, _f, _c, _h in item.lines] if item else []

    def band_texts(self, date: dt.date) -> list[str]:
        """The lines painted in ``date``'s band of what was logged without a block."""
        self._laid_out()
        if not self.days or not 0 <= (date - self.days[0].date).days < 7:
            return []
        x0 = self._col[(date - self.days[0].date).days]
        return [line.text.text() for line in self._band if line.rect.left() == x0 + 3]

    def block_rect(self, block_id: int) -> QRectF | None:
        """Where a block is painted (tests drive the mouse at these coordinates)."""
        self._laid_out()
        return next((it.rect for it in self._items if it.block.id == block_id), None)

    def point_at(self, date: dt.date, minute: float) -> QPointF:
        """The centre x of ``date``'s column at ``minute`` (for tests and keyboard helpers)."""
        self._laid_out()
        i = (date - self.days[0].date).days
        return QPointF((self._col[i] + self._col[i + 1]) / 2, self.y_of(minute))

    def _relayout(self) -> None:
        self._layout_due = False
        self._compute_rows()
        if not self.days:
            self._items = []
            return
        self._labels = {}
        gutter = self._gutter_w()
        width = max(1.0, self.width() - gutter - 1)
        used = {(b.date - self.days[0].date).days for b in self.blocks}
        self._folded = {
            i
            for i, d in enumerate(self.days)
            if self.fold_weekend and d.date.weekday() >= 5 and not d.working and i not in used
        }
        folded_w = max(self._fm_small.horizontalAdvance("Sun") + 10, width / 7 * 0.22)
        normal = (width - folded_w * len(self._folded)) / max(1, 7 - len(self._folded))
        x = gutter
        self._col = [x]
        for i in range(7):
            x += folded_w if i in self._folded else normal
            self._col.append(x)
        by_day: dict[int, list[TimeBlock]] = {}
        for b in self.blocks:
            i = (b.date - self.days[0].date).days
            if 0 <= i < 7:
                by_day.setdefault(i, []).append(b)
        items = []
        for i, day_blocks in by_day.items():
            placed = lanes(day_blocks)
            x0, x1 = self._col[i], self._col[i + 1]
            inner = x1 - x0 - 5
            for j, b in enumerate(day_blocks):
                lane, count = placed[j]
                w = inner / count
                left, top = round(x0 + 2 + lane * w), round(self.y_of(b.start_min) + 1)
                rect = QRectF(
                    left,
                    top,
                    round(x0 + 1 + (lane + 1) * w) - left,
                    max(4, round(self.y_of(b.end_min) - 1) - top),
                )
                items.append(_Item(rect, b, self._lines(b, rect)))
        self._items = items
        self._band = self._band_lines()

    def _label(self, code: str) -> str:
        title = self._labels.get(code)
        if title is None:
            title = self._labels[code] = activity_label(code)
        return title

    def _group_text(self, g: DayGroup) -> str:
        """ "跟进 ×5"; a lone entry with its customer and outcome: "拜访 · 恒通科技 · 有兴趣"."""
        text = self._label(g.code) + (f" ×{g.count}" if g.count != 1 else "")
        one = g.single
        if one is not None:
            text += "".join(f" · {part}" for part in (one.customer_name, one.outcome) if part)
        return text

    def _band_lines(self) -> list[_BandLine]:
        """The band's lines, elided to their day's width, made once per layout (not per paint)."""
        if not self._band_rows:
            return []
        out = []
        top = self._header_h() - self._band_h() + 1
        h = self._band_line_h()
        for i, d in enumerate(self.days):
            groups = self.log.days.get(d.date, ())
            if not groups or i in self._folded:
                continue
            x0, x1 = self._col[i], self._col[i + 1]
            width = x1 - x0 - 16
            if width < 12:
                continue
            shown: list[tuple[str, str | None]] = [(self._group_text(g), g.code) for g in groups]
            if len(shown) > BAND_ROWS:
                rest = len(groups) - (BAND_ROWS - 1)
                shown = shown[: BAND_ROWS - 1] + [(self.tr("+{n} more").format(n=rest), None)]
            for row, (text, code) in enumerate(shown):
                elided = self._fm_small.elidedText(text, Qt.TextElideMode.ElideRight, width)
                static = _line(elided, self._f_small, LOGGED, h)[0]
                rect = QRectF(x0 + 3, top + row * h, x1 - x0 - 6, h - 1)
                out.append(_BandLine(rect, static, code))
        return out

    def _logged_text(self, log: BlockLog) -> str:
        text = self.tr("Logged {count}").format(count=log.count)
        return f"{text} · {log.outcome}" if log.outcome else text

    def _lines(self, b: TimeBlock, rect: QRectF) -> list[tuple[QStaticText, QFont, QColor, float]]:
        """The block's text, elided to its width, as many lines as its height holds."""
        width = rect.width() - 10
        if width < 8:
            return []
        dark, grey = QColor("#1f2933"), QColor("#52606d")
        title = self._label(b.code)
        log = self.log.blocks.get(b.id) if b.id is not None else None
        if b.planned_count:
            title += f" ×{b.planned_count}"
        time = f"{hm(b.start_min)}–{hm(b.end_min)}"
        if b.done:
            time = "✓ " + time
        rows = int((rect.height() - 4) // self._line)
        if rows <= 1:
            mark = f"✓{log.count} " if log else "✓ " if b.done else ""
            text = f"{mark}{hm(b.start_min)} {title}"
            if b.customer_name:
                text += f" · {b.customer_name}"
            return [
                _line(
                    self._fm_bold.elidedText(text, Qt.TextElideMode.ElideRight, width),
                    self._f_bold,
                    dark,
                    self._line,
                )
            ]
        lines = [(title, self._f_bold, self._fm_bold, dark)]
        if rows >= 4 and self._fm_bold.horizontalAdvance(title) > width:
            head, tail = _wrap_once(title, self._fm_bold, width)
            lines = [
                (head, self._f_bold, self._fm_bold, dark),
                (tail, self._f_bold, self._fm_bold, dark),
            ]
        if log is not None:  # what came of it, right under the title
            lines.append((self._logged_text(log), self._f_small, self._fm_small, LOGGED))
        lines.append((time, self._f_small, self._fm_small, grey))
        if b.customer_name:
            lines.append((b.customer_name, self._f_text, self._fm, dark))
        if b.note:
            lines.append((self._note_text(b.note), self._f_small, self._fm_small, grey))
        return [
            _line(fm.elidedText(text, Qt.TextElideMode.ElideRight, width), font, color, fm.height())
            for text, font, fm, color in lines[:rows]
        ]

    def _note_text(self, note: str) -> str:
        from salesplanner.ui.week.texts import note_label

        return note_label(note)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # laid out at the next event that needs it (the paint): a window being shown resizes
        # its calendar more than once before it first paints
        self._layout_due = True
        super().resizeEvent(event)

    def _laid_out(self) -> None:
        """Lay out now a week set while hidden (for a question asked before it is shown)."""
        if self._layout_due:
            self._relayout()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fonts()
            self._relayout()
            self.update()
        super().changeEvent(event)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        clip = QRectF(event.rect())
        p.fillRect(clip, QColor("#ffffff"))
        if not self.days:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        header = self._header_h()
        bottom = self.y_of(self.last_min)
        hour_h = self.hour_h()
        # day backgrounds: days off shaded and hatched, today tinted, hours outside work greyed
        off_fill, hatch = QColor("#f1f3f5"), QBrush(QColor("#e0e4e8"), Qt.BrushStyle.BDiagPattern)
        for i, d in enumerate(self.days):
            col = QRectF(self._col[i], header, self._col[i + 1] - self._col[i], bottom - header)
            if not col.intersects(clip):
                continue
            if not d.working:
                p.fillRect(col, off_fill)
                if d.name:
                    p.fillRect(col, hatch)
            else:
                if d.today:
                    p.fillRect(col, QColor("#f0f7ff"))
                outside = QColor(0, 0, 0, 10)
                p.fillRect(
                    QRectF(col.left(), header, col.width(), self.y_of(self.work_start) - header),
                    outside,
                )
                p.fillRect(
                    QRectF(
                        col.left(),
                        self.y_of(self.work_end),
                        col.width(),
                        bottom - self.y_of(self.work_end),
                    ),
                    outside,
                )
        # hour and half-hour lines, time labels in the gutter
        p.setFont(self._f_small)
        hour_pen, half_pen = QPen(QColor("#dde1e6")), QPen(QColor("#eef0f3"))
        half_pen.setStyle(Qt.PenStyle.DotLine)
        label_pen = QPen(QColor("#6b7785"))
        gutter = self._col[0]
        m = self.first_min
        while m <= self.last_min:
            y = round(self.y_of(m)) + 0.5
            if clip.top() - 2 <= y <= clip.bottom() + 2 + self._line:
                p.setPen(hour_pen)
                p.drawLine(QPointF(gutter - 4, y), QPointF(self.width(), y))
                if m < self.last_min:
                    p.setPen(label_pen)
                    p.drawText(
                        QRectF(0, y + 1, gutter - 6, self._line),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                        hm(m),
                    )
                    if hour_h >= self._line * 1.6:
                        p.setPen(half_pen)
                        yh = round(y + hour_h / 2) + 0.5
                        p.drawLine(QPointF(gutter, yh), QPointF(self.width(), yh))
            m += 60
        # vertical lines between days
        p.setPen(QPen(QColor("#cfd5dc")))
        for x in self._col:
            xr = round(x) + 0.5
            p.drawLine(QPointF(xr, 0), QPointF(xr, bottom))
        self._paint_header(p, clip)
        # blocks
        dragging = (
            self._drag.block.id if self._drag and self._drag.active and self._drag.block else None
        )
        for item in self._items:
            if item.rect.intersects(clip):
                self._paint_block(p, item, ghost=item.block.id == dragging)
        if not self._items and self.empty_hint:
            self._paint_empty_hint(p)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_now(p)
        if self._drag and self._drag.active and self._drag.preview:
            self._paint_preview(p)
        elif self.hasFocus() and self.selected is None and self.days:
            r = self.slot_rect(self.cursor_day, self.cursor_min, self.cursor_min + KEY_STEP)
            pen = QPen(QColor("#1e88e5"), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, 3, 3)
        p.end()

    def _paint_header(self, p: QPainter, clip: QRectF) -> None:
        header = self._header_h()
        if clip.top() > header:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(QRectF(0, 0, self.width(), header), QColor("#fafbfc"))
        p.setPen(QPen(QColor("#cfd5dc")))
        p.drawLine(QPointF(0, header - 0.5), QPointF(self.width(), header - 0.5))
        for i, d in enumerate(self.days):
            x0, x1 = self._col[i], self._col[i + 1]
            w = x1 - x0
            if i in self._folded:
                p.setFont(self._f_small)
                p.setPen(QColor("#8a94a0"))
                p.drawText(
                    QRectF(x0, 4, w, self._line),
                    Qt.AlignmentFlag.AlignCenter,
                    weekday_label(d.date.weekday()),
                )
                p.drawText(
                    QRectF(x0, 4 + self._line, w, self._line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(d.date.day),
                )
                continue
            wd = weekday_label(d.date.weekday())
            p.setFont(self._f_bold)
            color = QColor("#1f2933") if d.working else QColor("#8a94a0")
            if d.today:
                color = QColor("#1565c0")
            p.setPen(color)
            from salesplanner.ui.format import format_month_day

            # the longest form that fits: "Mon  Nov 23", "Mon 23", "Mon"
            for text in (f"{wd}  {format_month_day(d.date)}", f"{wd} {d.date.day}", wd):
                if self._fm_bold.horizontalAdvance(text) <= w - 12:
                    break
            p.drawText(
                QRectF(x0 + 6, 5, w - 12, self._line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._fm_bold.elidedText(text, Qt.TextElideMode.ElideRight, w - 12),
            )
            if d.today:
                pill = QRectF(x0 + 4, 5 + self._line + 2, 0, self._fm_small.height() + 2)
                text = self.tr("Today")
                pill.setWidth(self._fm_small.horizontalAdvance(text) + 12)
                p.setBrush(QColor("#1e88e5"))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                p.setPen(QColor("white"))
                p.setFont(self._f_small)
                p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
                p.setBrush(Qt.BrushStyle.NoBrush)
                note_x = pill.right() + 6
            else:
                note_x = x0 + 6
            note = short_holiday_name(d.name)  # the whole name is the header's tooltip
            if d.makeup and not note:
                note = self.tr("Make-up workday")
            elif not d.working and not note and d.date.weekday() < 5:
                note = self.tr("Day off")
            if note:
                p.setFont(self._f_small)
                p.setPen(QColor("#c62828") if not d.working else QColor("#ef6c00"))
                avail = x1 - note_x - 6
                p.drawText(
                    QRectF(note_x, 5 + self._line + 2, avail, self._fm_small.height() + 2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self._fm_small.elidedText(note, Qt.TextElideMode.ElideRight, avail),
                )
            if d.today:
                p.fillRect(QRectF(x0 + 1, header - 3, w - 1, 3), QColor("#1e88e5"))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._band:
            self._paint_band(p)

    def _paint_band(self, p: QPainter) -> None:
        """What was logged without a block: a line a type, a bar in the type's colour."""
        p.setFont(self._f_small)
        for line in self._band:
            r = line.rect
            pal = self._palettes.get(line.code) or self._palettes[None]
            if line.code is not None:
                p.fillRect(r, pal.fill_done)
                p.fillRect(QRectF(r.left(), r.top(), 3, r.height()), pal.bar)
            p.setPen(LOGGED if line.code is not None else QColor("#52606d"))
            y = r.top() + (r.height() - line.text.size().height()) / 2
            p.drawStaticText(QPointF(r.left() + 7, y), line.text)

    def _paint_block(self, p: QPainter, item: _Item, ghost: bool = False) -> None:
        b, r = item.block, item.rect
        pal = self._palettes.get(b.code) or self._palettes[None]
        if ghost:
            p.setOpacity(0.35)
        # Square, pixel-aligned shapes without antialiasing: crisp at any DPI and cheap enough
        # for a week of 200 blocks within one frame (rounded antialiased ones are 3× slower).
        p.fillRect(r, pal.fill_done if b.done else pal.fill)
        p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), pal.bar_done if b.done else pal.bar)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if b.id == self.selected:
            p.setPen(QPen(pal.border_selected, 2))
            p.drawRect(r.adjusted(1, 1, -1, -1))
        else:
            p.setPen(pal.border)
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
        y = r.top() + 2
        x = r.left() + 7
        bottom = r.bottom() + 2
        for static, font, color, h in item.lines:
            if y + h > bottom:
                break
            p.setFont(font)
            p.setPen(color)
            p.drawStaticText(QPointF(x, y + (h - static.size().height()) / 2), static)
            y += h
        if ghost:
            p.setOpacity(1.0)

    def _paint_empty_hint(self, p: QPainter) -> None:
        grid = QRectF(
            self._col[0],
            self._header,
            self._col[7] - self._col[0],
            self.y_of(self.last_min) - self._header,
        )
        box = QRectF(0, 0, min(grid.width() - 40, 460), self._line * 4.5)
        box.moveCenter(grid.center())
        p.setPen(QPen(QColor("#cfd8dc")))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRect(box)
        p.setPen(QColor("#52606d"))
        p.setFont(self._f_text)
        p.drawText(
            box.adjusted(12, 8, -12, -8),
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            self.empty_hint,
        )

    def _paint_now(self, p: QPainter) -> None:
        if self.now is None or not self.days:
            return
        i = (self.now.date() - self.days[0].date).days
        minute = self.now.hour * 60 + self.now.minute
        if not (0 <= i < 7) or not (self.first_min <= minute <= self.last_min):
            return
        y = self.y_of(minute)
        p.setPen(QPen(QColor("#e53935"), 2))
        p.drawLine(QPointF(self._col[i], y), QPointF(self._col[i + 1], y))
        p.setBrush(QColor("#e53935"))
        p.drawEllipse(QPointF(self._col[i], y), 4, 4)

    def _paint_preview(self, p: QPainter) -> None:
        if self._drag is None or self._drag.preview is None:
            return
        day, start, end = self._drag.preview
        r = self.slot_rect(day, start, end)
        code = self._drag.block.code if self._drag.block else ""
        base = self.colors.get(code, QColor("#1e88e5"))
        fill = QColor(base)
        fill.setAlpha(70)
        p.setBrush(fill)
        p.setPen(QPen(base, 1.5, Qt.PenStyle.DashLine))
        p.drawRoundedRect(r, 4, 4)
        p.setPen(QColor("#1f2933"))
        p.setFont(self._f_bold)
        p.drawText(
            r.adjusted(7, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{hm(start)}–{hm(end)}",
        )

    def _preview_rect(self) -> QRectF:
        if not self._drag or not self._drag.preview:
            return QRectF()
        day, start, end = self._drag.preview
        return self.slot_rect(day, start, end).adjusted(-3, -3, 3, 3 + self._line)

    # -- hit testing ---------------------------------------------------------------------
    def item_at(self, pos: QPointF) -> _Item | None:
        for item in reversed(self._items):
            if item.rect.contains(pos):
                return item
        return None

    def _edge_at(self, item: _Item, pos: QPointF) -> str | None:
        r = item.rect
        if r.height() >= 3 * EDGE and pos.y() >= r.bottom() - EDGE:
            return "bottom"
        if r.height() >= 3 * EDGE and pos.y() <= r.top() + EDGE:
            return "top"
        return None

    def _in_grid(self, pos: QPointF) -> bool:
        return pos.x() >= self._col[0] and self._header_h() <= pos.y() <= self.y_of(self.last_min)

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return super().mousePressEvent(event)
        pos = event.position()
        if not self._in_grid(pos):
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        day, minute = self.day_at(pos.x()), int(self.minute_at(pos.y()))
        item = self.item_at(pos)
        if item is not None:
            self.select(item.block.id)
            kind = self._edge_at(item, pos) or "move"
            self._drag = _Drag(kind, pos, day, minute, item.block, minute - item.block.start_min)
        else:
            self.select(None)
            self.cursor_day, self.cursor_min = day, snap(minute - KEY_STEP // 2, KEY_STEP)
            self._drag = _Drag("create", pos, day, snap(minute))
            self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        drag = self._drag
        if drag is None:
            self._update_cursor(pos)
            return
        if not drag.active:
            if (pos - drag.press).manhattanLength() < DRAG_THRESHOLD:
                return
            drag.active = True
            if drag.block is not None:
                self.setCursor(
                    Qt.CursorShape.ClosedHandCursor
                    if drag.kind == "move"
                    else Qt.CursorShape.SizeVerCursor
                )
        old = self._preview_rect()
        minute = self.minute_at(pos.y())
        if drag.kind == "create":
            a, b = sorted((drag.minute, snap(minute)))
            start, end = clamp_block(a, b)
            drag.preview = (drag.day, start, end)
        elif drag.block is None:  # (only a create drag has no block)
            return
        elif drag.kind == "move":
            blk = drag.block
            start, end = clamp_block(
                snap(minute - drag.offset), snap(minute - drag.offset) + blk.minutes, blk.minutes
            )
            drag.preview = (self.day_at(pos.x()), start, end)
        else:
            blk = drag.block
            day = (blk.date - self.days[0].date).days
            if drag.kind == "bottom":
                end = min(24 * 60, max(blk.start_min + SNAP_MIN, snap(minute)))
                drag.preview = (day, blk.start_min, end)
            else:
                start = max(0, min(blk.end_min - SNAP_MIN, snap(minute)))
                drag.preview = (day, start, blk.end_min)
        new = self._preview_rect()
        if drag.block is not None and drag.block.id is not None and old.isNull():
            old = self.block_rect(drag.block.id) or QRectF()
            old = old.adjusted(-3, -3, 3, 3)
        self.update(old.united(new).toAlignedRect())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        drag, self._drag = self._drag, None
        self.unsetCursor()
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not drag.active or drag.preview is None:
            self.update()
            return
        day, start, end = drag.preview
        date = self.days[day].date
        self.update()
        if drag.kind == "create":
            self.create_requested.emit(date, start, end)
        elif drag.block is not None:
            b = drag.block
            if (date, start, end) != (b.date, b.start_min, b.end_min):
                self.move_requested.emit(b.id, date, start, end)

    # -- a deal dropped from the list of deals to chase ------------------------------------
    def _deal_id(self, event) -> int | None:
        data = event.mimeData()
        if not self.days or data is None or not data.hasFormat(DEAL_MIME):
            return None
        text = bytes(data.data(DEAL_MIME).data()).decode("ascii", "replace")
        return int(text) if text.isdecimal() else None

    def _drop_slot(self, pos: QPointF) -> tuple[int, int, int]:
        start, end = clamp_block(
            snap(self.minute_at(pos.y())), snap(self.minute_at(pos.y())) + DEAL_DROP_MINUTES
        )
        return self.day_at(pos.x()), start, end

    def _clear_drop(self) -> None:
        if self._drag is not None and self._drag.kind == "deal":
            self.update(self._preview_rect().toAlignedRect())
            self._drag = None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._deal_id(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if self._deal_id(event) is None or not self._in_grid(pos):
            self._clear_drop()
            event.ignore()
            return
        old = self._preview_rect()
        day, start, end = self._drop_slot(pos)
        self._drag = _Drag("deal", pos, day, start, active=True, preview=(day, start, end))
        self.update(old.united(self._preview_rect()).toAlignedRect())
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._clear_drop()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        opportunity_id, pos = self._deal_id(event), event.position()
        self._clear_drop()
        if opportunity_id is None or not self._in_grid(pos):
            event.ignore()
            return
        day, start, _end = self._drop_slot(pos)
        event.acceptProposedAction()
        self.deal_dropped.emit(opportunity_id, self.days[day].date, start)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton or not self._in_grid(pos):
            return
        self._drag = None
        item = self.item_at(pos)
        if item is not None:
            self.edit_requested.emit(item.block.id)
        else:
            day = self.day_at(pos.x())
            start = snap(self.minute_at(pos.y()) - KEY_STEP, KEY_STEP)
            start, end = clamp_block(start, start + 60)
            self.new_requested.emit(self.days[day].date, start, end)

    def _update_cursor(self, pos: QPointF) -> None:
        item = self.item_at(pos)
        if item is not None and self._edge_at(item, pos):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif item is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = QPointF(event.pos())
        if not self.days or not self._in_grid(pos):
            return
        item = self.item_at(pos)
        day, minute = self.day_at(pos.x()), snap(self.minute_at(pos.y()), KEY_STEP)
        if item is not None:
            self.select(item.block.id)
        else:
            self.select(None)
            self.cursor_day, self.cursor_min = day, minute
        self.context_requested.emit(
            item.block.id if item else None, self.days[day].date, minute, event.globalPos()
        )

    # -- keyboard ------------------------------------------------------------------------
    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent

        if self._layout_due and event.type() != QEvent.Type.Resize:
            self._relayout()  # (a paint, a click, a key: on the layout of the current size)

        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            self.keyPressEvent(event)
            return True
        if event.type() == QEvent.Type.ToolTip and self.days:
            from PySide6.QtWidgets import QToolTip

            text = self.header_tooltip(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def header_tooltip(self, x: float, y: float) -> str:
        """The day's whole holiday name over its header ("休息日（由 2026-09-20 调休）"); over the
        band, everything logged that day without a block; over a block, what was logged in it."""
        if not self.days:
            return ""
        if y >= self._header:
            item = self.item_at(QPointF(x, y))
            log = self.log.blocks.get(item.block.id) if item and item.block.id else None
            return self._logged_text(log) if log else ""
        day = self.days[self.day_at(x)]
        if y >= self._header - self._band_h():
            return self.day_log_text(day.date)
        return day.name or ""

    def day_log_text(self, date: dt.date, most: int = 6) -> str:
        """Every type logged on ``date`` without a block, up to ``most`` entries of each."""
        lines = []
        for g in self.log.days.get(date, ()):
            lines.append(self._label(g.code) + f" ×{g.count}")
            for r in g.entries[:most]:
                said = " · ".join(part for part in (r.customer_name, r.outcome) if part)
                if said:
                    lines.append(f"    {said}")
            if len(g.entries) > most:
                lines.append("    " + self.tr("+{n} more").format(n=len(g.entries) - most))
        return "\n".join(lines)

    def _ordered(self) -> list[TimeBlock]:
        return sorted(self.blocks, key=lambda b: (b.date, b.start_min, b.id or 0))

    def _block_at_cursor(self) -> TimeBlock | None:
        if not self.days:
            return None
        date = self.days[self.cursor_day].date
        for b in self._ordered():
            if b.date == date and b.start_min <= self.cursor_min < b.end_min:
                return b
        return None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.days:
            return super().keyPressEvent(event)
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        sel = self.block(self.selected)
        K = Qt.Key
        if key in (K.Key_Tab, K.Key_Backtab):
            ordered = self._ordered()
            if ordered:
                back = key == K.Key_Backtab or shift
                ids = [b.id for b in ordered]
                if sel is None:
                    self.select(ids[-1] if back else ids[0])
                else:
                    i = ids.index(sel.id)
                    self.select(ids[(i - 1) % len(ids)] if back else ids[(i + 1) % len(ids)])
            return
        arrows = {K.Key_Up: (0, -1), K.Key_Down: (0, 1), K.Key_Left: (-1, 0), K.Key_Right: (1, 0)}
        if key in arrows:
            dday, dstep = arrows[key]
            if alt and sel is not None:
                day = (sel.date - self.days[0].date).days
                if shift and dstep:  # Alt+Shift+Up/Down: resize by 15 min
                    end = min(
                        24 * 60, max(sel.start_min + SNAP_MIN, sel.end_min + dstep * SNAP_MIN)
                    )
                    self.move_requested.emit(sel.id, sel.date, sel.start_min, end)
                else:  # Alt+arrows: move by 15 min or a day
                    nd = min(6, max(0, day + dday))
                    start, end = clamp_block(
                        sel.start_min + dstep * SNAP_MIN,
                        sel.end_min + dstep * SNAP_MIN,
                        sel.minutes,
                    )
                    if (nd, start) != (day, sel.start_min):
                        self.move_requested.emit(sel.id, self.days[nd].date, start, end)
                return
            self.cursor_day = min(6, max(0, self.cursor_day + dday))
            if sel is not None and dstep:
                base = sel.end_min if dstep > 0 else sel.start_min - KEY_STEP
                self.cursor_min = base
            else:
                self.cursor_min += dstep * KEY_STEP
            self.cursor_min = min(max(self.cursor_min, self.first_min), self.last_min - KEY_STEP)
            under = self._block_at_cursor()
            new_id = under.id if under else None
            if new_id != self.selected:  # the block under the cursor (the cursor stays put)
                self.selected = new_id
                self.selection_changed.emit(new_id)
            self.update()
            return
        if key in (K.Key_PageUp, K.Key_PageDown):
            self.week_step_requested.emit(-7 if key == K.Key_PageUp else 7)
            return
        if key in (K.Key_Return, K.Key_Enter):
            if sel is not None:
                self.edit_requested.emit(sel.id)
            else:
                self.new_requested.emit(
                    self.days[self.cursor_day].date,
                    self.cursor_min,
                    min(24 * 60, self.cursor_min + 60),
                )
            return
        if key in (K.Key_Delete, K.Key_Backspace) and sel is not None:
            self.delete_requested.emit(sel.id)
            return
        if key == K.Key_Space and sel is not None:
            self.log_requested.emit(sel.id)
            return
        if ctrl and key == K.Key_C and sel is not None:
            self.copy_requested.emit(sel.id)
            return
        if ctrl and key == K.Key_V:
            self.paste_requested.emit(self.days[self.cursor_day].date, self.cursor_min)
            return
        if key == K.Key_Escape and self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusOutEvent(event)
