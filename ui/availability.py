"""A weekly availability grid: days across, half hours down; click and drag to paint free time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.models import TimeWindow, Weekday
from ui.palette import GRID
from ui.weekcalendar import day_index, day_names

FIRST_SLOT = 7 * 2  # 07:00
LAST_SLOT = 23 * 2  # 23:00
SLOTS = LAST_SLOT - FIRST_SLOT
DAYS = list(Weekday)


def _slot_time(slot: int) -> dt.time:
    s = slot + FIRST_SLOT
    return dt.time(s // 2, 30 * (s % 2)) if s < 48 else dt.time(23, 59)


def windows_to_cells(windows: list[TimeWindow]) -> set[tuple[int, int]]:
    """Half-hour cells (day, slot) wholly inside a free window."""
    cells = set()
    for w in windows:
        d = day_index(w.day)
        for slot in range(SLOTS):
            start, end = _slot_time(slot), _slot_time(slot + 1)
            if w.start <= start and end <= w.end:
                cells.add((d, slot))
    return cells


def cells_to_windows(cells: set[tuple[int, int]]) -> list[dict[str, object]]:
    """Contiguous runs of cells per day as windows (plain dicts for the learner model)."""
    out: list[dict[str, object]] = []
    for d in range(7):
        slot = 0
        while slot < SLOTS:
            if (d, slot) in cells:
                end = slot
                while end < SLOTS and (d, end) in cells:
                    end += 1
                out.append({"day": DAYS[d].value, "start": _slot_time(slot), "end": _slot_time(end)})
                slot = end
            else:
                slot += 1
    return out


class AvailabilityGrid(QWidget):
    """Paint free windows with the mouse (drag) or the keyboard (arrows + Space)."""

    windowsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityGrid")
        self.setAccessibleName(self.tr("Weekly free time"))
        self.setAccessibleDescription(self.tr(
            "Days across, half hours from 07:00 to 23:00 down. Drag or press Space to mark free time; "
            "arrow keys move."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cells: set[tuple[int, int]] = set()
        self._painting: bool | None = None
        self._before: set[tuple[int, int]] = set()
        self._last: tuple[int, int] | None = None
        self.cursor_cell = (0, 24)  # Monday 19:00

    def sizeHint(self) -> QSize:
        return QSize(340, self._top() + SLOTS * 9 + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _top(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def _left(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("00:00") + 8

    def _cell_size(self) -> tuple[float, float]:
        return (self.width() - self._left() - 2) / 7, (self.height() - self._top() - 2) / SLOTS

    def set_windows(self, windows: list[TimeWindow]) -> None:
        self.cells = windows_to_cells(windows)
        self.update()

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        cw, ch = self._cell_size()
        d = int((pos.x() - self._left()) // cw)
        s = int((pos.y() - self._top()) // ch)
        return (d, s) if 0 <= d < 7 and 0 <= s < SLOTS and pos.x() >= self._left() and pos.y() >= self._top() else None

    def cell_center(self, day: int, slot: int) -> QPoint:
        cw, ch = self._cell_size()
        return QPoint(int(self._left() + (day + 0.5) * cw), int(self._top() + (slot + 0.5) * ch))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        left, top = self._left(), self._top()
        cw, ch = self._cell_size()
        free = QColor("#5cb85c")
        for d, s in self.cells:
            p.fillRect(QRectF(left + d * cw, top + s * ch, cw, ch), free)
        for s in range(0, SLOTS + 1, 2):
            y = top + s * ch
            p.setPen(QPen(GRID))
            p.drawLine(left, int(y), int(left + 7 * cw), int(y))
            if s % 4 == 0 and s < SLOTS:
                p.setPen(QColor("#555555"))
                h = (s + FIRST_SLOT) // 2
                p.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{h:02d}:00")
        for d, name in enumerate(day_names()):
            x = left + d * cw
            p.setPen(QPen(GRID))
            p.drawLine(int(x), top, int(x), int(top + SLOTS * ch))
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(x, 0, cw, top), Qt.AlignmentFlag.AlignCenter, name)
        p.setPen(QPen(GRID))
        p.drawLine(int(left + 7 * cw), top, int(left + 7 * cw), int(top + SLOTS * ch))
        if self.hasFocus():
            d, s = self.cursor_cell
            p.setPen(QPen(QColor("#1f5fbf"), 2))
            p.drawRect(QRectF(left + d * cw + 1, top + s * ch, cw - 2, ch))
        p.end()

    def _apply(self, cell: tuple[int, int]) -> None:
        """Paint (or erase) ``cell`` and every cell on the way from the last one (fast drags skip cells)."""
        last = self._last or cell
        steps = max(abs(cell[0] - last[0]), abs(cell[1] - last[1]), 1)
        for k in range(steps + 1):
            c = (round(last[0] + (cell[0] - last[0]) * k / steps), round(last[1] + (cell[1] - last[1]) * k / steps))
            if self._painting:
                self.cells.add(c)
            else:
                self.cells.discard(c)
        self._last = cell
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._before = set(self.cells)
        self._painting = cell not in self.cells
        self._last = None
        self.cursor_cell = cell
        self._apply(cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._painting is None:
            return
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self._apply(cell)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._painting is None:
            return
        self._painting = None
        if self.cells != self._before:
            self.windowsChanged.emit(cells_to_windows(self.cells))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        d, s = self.cursor_cell
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in moves:
            dd, ds = moves[Qt.Key(key)]
            self.cursor_cell = (min(6, max(0, d + dd)), min(SLOTS - 1, max(0, s + ds)))
            self.update()
        elif key == Qt.Key.Key_Space:
            self.cells.symmetric_difference_update({self.cursor_cell})
            self.update()
            self.windowsChanged.emit(cells_to_windows(self.cells))
        else:
            super().keyPressEvent(event)
