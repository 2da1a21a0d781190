"""The pipeline board: one column per stage, a card per deal, painted by one widget.

Like the week calendar, the board is a single widget painting rectangles it computes (no child
widget per card): 2,000 cards repaint within a frame, hit-testing and the drag preview work on
the rectangles, and the database is written on drop (through the pane's undoable command).
The two closing columns (won, lost) take a dropped card: the pane asks for the amount or the
reason.

Keyboard: arrows select a card; Ctrl+Left / Ctrl+Right move it a stage back or on; Enter
edits it; W wins, L loses, Delete deletes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesplanner.domain.money import to_fen
from salesplanner.ui.format import format_amount, format_date
from salesplanner.ui.pipeline.model import DealRow

COL_W = 210  # a column's width when there is room
MIN_COL_W = 170  # narrower, to fit every column (the won / lost drop targets too) in view
GAP = 8
HEAD_H = 66
CARD_H = 88
CARD_GAP = 6
PAD = 6
DRAG_START = 6  # pixels before a press becomes a drag
EDGE = 40  # a dragged card this near the view's left or right edge scrolls the board
SCROLL_STEP = 24  # pixels per tick of that scrolling (every 30 ms)


@dataclass
class BoardColumn:
    key: str
    title: str
    closing: bool  # a won / lost drop target
    cards: list[DealRow]
    summary: str  # "3 · 15万元" (count and sum)
    weighted: str  # "weighted 9万元"


class PipelineBoard(QWidget):
    move_requested = Signal(int, str)  # opportunity id, open stage key
    win_requested = Signal(int)
    lose_requested = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    selection_changed = Signal(int)  # opportunity id (0: none)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[BoardColumn] = []
        self.settings = None
        self.today = None
        self.selected: tuple[int, int] | None = None  # (column, card)
        self._press: tuple[QPoint, int, int] | None = None
        self._drag_pos: QPoint | None = None
        self.col_w = COL_W
        self._room = 0  # the width it is shown in (0: unknown)
        self._edge = 0  # -1 / +1: a drag held at the view's left / right edge
        self._scroller = QTimer(self)
        self._scroller.setInterval(30)
        self._scroller.timeout.connect(self._scroll_step)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    # -- data ---------------------------------------------------------------------------
    def set_columns(self, columns: list[BoardColumn], settings=None, today=None) -> None:
        keep = self.selected_id()
        self.columns, self.settings, self.today = columns, settings, today
        self.selected = self._find(keep) if keep else None
        self._fit()
        self.update()

    def fit_width(self, room: int) -> None:
        """Shown ``room`` pixels wide: columns narrow down to MIN_COL_W so that all of them,
        the won and lost drop targets included, are in view without scrolling."""
        self._room = room
        self._fit()

    def _fit(self) -> None:
        n = len(self.columns)
        w = COL_W
        if n and self._room:
            w = max(MIN_COL_W, min(COL_W, (self._room - GAP) // n - GAP))
        if w != self.col_w or self.size() != self.sizeHint():
            self.col_w = w
            self.resize(self.sizeHint())
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = max((len(c.cards) for c in self.columns), default=0)
        width = len(self.columns) * (self.col_w + GAP) + GAP
        return QSize(width, HEAD_H + GAP + rows * (CARD_H + CARD_GAP) + GAP)

    def selected_id(self) -> int:
        if self.selected is None:
            return 0
        c, r = self.selected
        if c < len(self.columns) and r < len(self.columns[c].cards):
            return self.columns[c].cards[r].opp.id or 0
        return 0

    def select_id(self, opportunity_id: int) -> None:
        self.selected = self._find(opportunity_id)
        self.update()

    def _find(self, opportunity_id: int) -> tuple[int, int] | None:
        for c, col in enumerate(self.columns):
            for r, card in enumerate(col.cards):
                if card.opp.id == opportunity_id:
                    return c, r
        return None

    # -- geometry -----------------------------------------------------------------------
    def column_rect(self, c: int) -> QRect:
        return QRect(GAP + c * (self.col_w + GAP), 0, self.col_w, self.height())

    def card_rect(self, c: int, r: int) -> QRect:
        x = GAP + c * (self.col_w + GAP)
        return QRect(x + PAD, HEAD_H + GAP + r * (CARD_H + CARD_GAP), self.col_w - 2 * PAD, CARD_H)

    def column_at(self, pos: QPoint) -> int | None:
        c = (pos.x() - GAP) // (self.col_w + GAP)
        if 0 <= c < len(self.columns) and self.column_rect(c).contains(pos):
            return c
        return None

    def card_at(self, pos: QPoint) -> tuple[int, int] | None:
        c = self.column_at(pos)
        if c is None:
            return None
        r = (pos.y() - HEAD_H - GAP) // (CARD_H + CARD_GAP)
        if 0 <= r < len(self.columns[c].cards) and self.card_rect(c, r).contains(pos):
            return c, r
        return None

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        area = event.rect()
        p.fillRect(area, self.palette().window())
        fm = QFontMetrics(self.font())
        line = fm.height() + 2
        target = self.column_at(self._drag_pos) if self._drag_pos is not None else None
        for c, col in enumerate(self.columns):
            rect = self.column_rect(c)
            if not rect.intersects(area):
                continue
            back = QColor("#eef2f6") if not col.closing else QColor("#f6f1ea")
            if target == c:
                back = QColor("#d6e9ff")
            p.fillRect(rect, back)
            head = QRect(rect.x() + PAD, 4, rect.width() - 2 * PAD, HEAD_H - 8)
            bold = p.font()
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor("#263238"))
            p.drawText(
                head.x(),
                head.y() + line - 4,
                fm.elidedText(col.title, Qt.TextElideMode.ElideRight, head.width()),
            )
            p.setFont(self.font())
            p.setPen(QColor("#455a64"))
            p.drawText(head.x(), head.y() + 2 * line - 4, col.summary)
            p.drawText(head.x(), head.y() + 3 * line - 4, col.weighted)
            if not col.cards:
                continue
            first = max(0, (area.top() - HEAD_H - GAP) // (CARD_H + CARD_GAP))
            last = min(len(col.cards) - 1, (area.bottom() - HEAD_H - GAP) // (CARD_H + CARD_GAP))
            for r in range(first, last + 1):
                self._paint_card(
                    p, fm, line, self.card_rect(c, r), col.cards[r], (c, r) == self.selected
                )
        if self._drag_pos is not None and self._press is not None:
            _pos, c, r = self._press
            ghost = self.card_rect(c, r)
            ghost.moveCenter(self._drag_pos)
            p.setOpacity(0.7)
            self._paint_card(p, fm, line, ghost, self.columns[c].cards[r], True)
            p.setOpacity(1.0)
        p.end()

    def _paint_card(
        self, p: QPainter, fm: QFontMetrics, line: int, rect: QRect, row: DealRow, selected: bool
    ) -> None:
        o = row.opp
        p.fillRect(rect, QColor("#ffffff"))
        p.setPen(QPen(QColor("#1e88e5") if selected else QColor("#cfd8dc"), 2 if selected else 1))
        p.drawRect(rect.adjusted(0, 0, -1, -1))
        x, w = rect.x() + 6, rect.width() - 12
        y = rect.y() + line - 2
        p.setPen(QColor("#212121"))
        p.drawText(x, y, fm.elidedText(o.customer_name, Qt.TextElideMode.ElideRight, w))
        p.setPen(QColor("#546e7a"))
        p.drawText(x, y + line, fm.elidedText(o.title or "", Qt.TextElideMode.ElideRight, w))
        amount = format_amount(to_fen(o.amount), self.settings)
        close = format_date(o.expected_close) if o.expected_close else ""
        p.setPen(QColor("#212121"))
        p.drawText(x, y + 2 * line, amount)
        if close:
            p.setPen(QColor("#c62828") if row.overdue else QColor("#546e7a"))
            p.drawText(QRect(x, y + line + 4, w, line), Qt.AlignmentFlag.AlignRight, close)
        p.setPen(QColor("#78909c"))
        days = self.tr("{n} d here").format(n=row.days_in_stage)
        step = o.next_step or self.tr("no next step")
        p.drawText(
            x, y + 3 * line, fm.elidedText(f"{days} · {step}", Qt.TextElideMode.ElideRight, w)
        )

    # -- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        hit = self.card_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self.selected = hit
            self._press = (event.position().toPoint(), *hit)
            self.selection_changed.emit(self.selected_id())
            self.update()
        self.setFocus()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._press is None:
            return
        pos = event.position().toPoint()
        if self._drag_pos is None and (pos - self._press[0]).manhattanLength() < DRAG_START:
            return
        self._drag_to(pos)
        self._watch_edge(pos)

    def _drag_to(self, pos: QPoint) -> None:
        old = self._drag_pos
        self._drag_pos = pos
        # repaint only what the ghost left and where it is now (and the column headers)
        w = self.col_w
        ghost = QRect(0, 0, w, CARD_H)
        for at in (old, pos):
            if at is not None:
                ghost.moveCenter(at)
                self.update(ghost.adjusted(-w, -4, w, 4))

    def _scroll_area(self):
        parent = self.parentWidget()
        scroll = parent.parentWidget() if parent is not None else None
        return scroll if scroll is not None and hasattr(scroll, "horizontalScrollBar") else None

    def _watch_edge(self, pos: QPoint) -> None:
        """A drag held near the view's edge scrolls the board that way (the won and lost
        columns may be out of view on a small screen)."""
        scroll = self._scroll_area()
        edge = 0
        if scroll is not None:
            x = self.mapTo(scroll.viewport(), pos).x()
            if x > scroll.viewport().width() - EDGE:
                edge = 1
            elif x < EDGE:
                edge = -1
        self._edge = edge
        if edge and not self._scroller.isActive():
            self._scroller.start()
        elif not edge:
            self._scroller.stop()

    def _scroll_step(self) -> None:
        scroll = self._scroll_area()
        if scroll is None or self._drag_pos is None or not self._edge:
            self._scroller.stop()
            return
        bar = scroll.horizontalScrollBar()
        before = bar.value()
        bar.setValue(before + self._edge * SCROLL_STEP)
        moved = bar.value() - before
        if not moved:
            self._scroller.stop()
            return
        # the pointer stays where it is on screen: over the board it is ``moved`` further on
        self._drag_to(self._drag_pos + QPoint(moved, 0))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        press, dragged = self._press, self._drag_pos
        self._press = self._drag_pos = None
        self._scroller.stop()
        self._edge = 0
        if press is None or dragged is None:
            return
        self.update()
        target = self.column_at(event.position().toPoint())
        _pos, c, r = press
        if target is None or target == c:
            return
        self._request(self.columns[c].cards[r].opp.id or 0, self.columns[target])

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        hit = self.card_at(event.position().toPoint())
        if hit is not None:
            self.selected = hit
            self.edit_requested.emit(self.selected_id())

    def _request(self, opportunity_id: int, column: BoardColumn) -> None:
        if column.key == "won" and column.closing:
            self.win_requested.emit(opportunity_id)
        elif column.closing:
            self.lose_requested.emit(opportunity_id)
        else:
            self.move_requested.emit(opportunity_id, column.key)

    # -- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key, mods = event.key(), event.modifiers()
        if not self.columns:
            return super().keyPressEvent(event)
        if self.selected is None:
            start = next((c for c, col in enumerate(self.columns) if col.cards), None)
            if start is None:
                return super().keyPressEvent(event)
            self.selected = (start, 0)
            self._changed()
            return
        c, r = self.selected
        oid = self.selected_id()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl:
            step = -1 if key == Qt.Key.Key_Left else 1
            target = c + step
            if 0 <= target < len(self.columns) and oid:
                self._request(oid, self.columns[target])
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            r = max(
                0, min(len(self.columns[c].cards) - 1, r + (1 if key == Qt.Key.Key_Down else -1))
            )
            self.selected = (c, r)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            n = c + step
            while 0 <= n < len(self.columns) and not self.columns[n].cards:
                n += step
            if 0 <= n < len(self.columns):
                self.selected = (n, min(r, len(self.columns[n].cards) - 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and oid:
            self.edit_requested.emit(oid)
            return
        elif key == Qt.Key.Key_W and oid:
            self.win_requested.emit(oid)
            return
        elif key == Qt.Key.Key_L and oid:
            self.lose_requested.emit(oid)
            return
        elif key == Qt.Key.Key_Delete and oid:
            self.delete_requested.emit(oid)
            return
        else:
            return super().keyPressEvent(event)
        self._changed()

    def _changed(self) -> None:
        self.selection_changed.emit(self.selected_id())
        if self.selected is not None:
            rect = self.card_rect(*self.selected)
            parent = self.parentWidget()
            scroll = parent.parentWidget() if parent is not None else None
            if scroll is not None and hasattr(scroll, "ensureVisible"):
                scroll.ensureVisible(rect.center().x(), rect.center().y(), self.col_w // 2, CARD_H)
        self.update()
