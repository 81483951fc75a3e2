"""Hinton diagrams of the weight matrices: one panel per layer, one square per weight.

A square's area is proportional to |w| (a full cell is the legend's largest value), its colour is
the sign: the two ends of the shared diverging map (gui/drawing/colormap.py), red positive, blue negative.
Rows are the receiving units (to), columns the sending units (from), with the bias w_k0 as
column 0, set a little apart, as in the seed's notation. Painting is one QPainter pass: one
drawRects call per sign and layer. Hover for the weight's name and exact value; click to select.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from core.engine.network import Network
from core.teaching.notation import Notation, idx, num
from gui.drawing.colormap import NEGATIVE_END, POSITIVE_END, nice_ceiling

_MARGIN, _TITLE, _GAP, _LEGEND = 10, 42, 24, 54
_VGAP = 18  # between stacked panels (room for the 'b' under the bias column)
_MAX_CELL, _MIN_CELL = 30.0, 3.0


class HintonView(QtWidgets.QWidget):
    """All weight layers of a `sizes` network as Hinton diagrams, side by side."""

    weight_clicked = Signal(int, int, int)  # (l, to, from) of W[l][to, from]; from == -1: bias

    def __init__(self, sizes, params: np.ndarray | None = None, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self._sizes = tuple(int(n) for n in sizes)
        self._cut = False  # the last paint cut a matrix at the widget's edge
        self._note = Notation(self._sizes)
        self._net = Network(self._sizes)
        self._vmax = 1.0
        self._panels: list[QtCore.QRectF] = []
        self._cell = 10.0
        self.set_params(np.zeros(self._net.n_params) if params is None else params)

    # ---- public interface ----
    def set_params(self, params: np.ndarray) -> None:
        """Draw the weights of the flat parameter buffer `params` (copied)."""
        self._net.params[:] = np.asarray(params, dtype=np.float64)
        big = float(np.max(np.abs(self._net.params))) if self._net.n_params else 0.0
        self._vmax = nice_ceiling(big) if big > 0 else 1.0
        self.update()

    def weight_at(self, pos: QtCore.QPointF) -> tuple[int, int, int] | None:
        """(l, to, from) of the square under widget position `pos` (from == −1: bias), or None."""
        self._layout()
        for l, r in enumerate(self._panels):
            col = math.floor((pos.x() - r.left()) / self._cell)
            row = math.floor((pos.y() - r.top()) / self._cell)
            if col > 0:  # the bias column is set apart by half a cell
                col = math.floor((pos.x() - r.left() - self._cell * 0.5) / self._cell)
                if col < 1:
                    continue
            if 0 <= row < self._sizes[l + 1] and 0 <= col <= self._sizes[l]:
                return l, row, col - 1
        return None

    def cell_centre(self, l: int, to: int, frm: int) -> QtCore.QPointF:
        """Widget position of the centre of weight (l, to, frm)'s cell (frm == −1: bias)."""
        self._layout()
        r, c = self._panels[l], self._cell
        x = r.left() + (frm + 1) * c + (0.5 * c if frm >= 0 else 0.0) + c / 2
        return QtCore.QPointF(x, r.top() + to * c + c / 2)

    def tooltip_text(self, l: int, to: int, frm: int) -> str:
        """'w₁₂ = −0.4123 — from h₂ to o₁' for a weight; the bias reads 'w₁₀ … bias → o₁'."""
        w = self._net.b[l][to] if frm < 0 else self._net.W[l][to, frm]
        sub = idx(to + 1, 0 if frm < 0 else frm + 1)
        src = self.tr("bias (input 1)") if frm < 0 else self._note.unit(l, str(frm + 1)).plain
        exact = f"{w:.6g}".replace("-", "−")
        return (f"{self._note.weight(l, sub).plain} = {exact}\n"
                + self.tr("from {source} to {target}").format(source=src,
                                                              target=self._note.unit(l + 1, str(to + 1)).plain))

    def sizeHint(self) -> QtCore.QSize:
        cols = sum(n + 1.5 for n in self._sizes[:-1])
        rows = max(self._sizes[1:])
        w = 2 * _MARGIN + cols * 16 + _GAP * (len(self._sizes) - 2)
        return QtCore.QSize(int(min(w, 900)), int(min(_TITLE + rows * 16 + _LEGEND + 20, 600)))

    # ---- geometry ----
    def _titles(self, l: int) -> tuple[str, str]:
        """Two title lines of panel l: the matrix's symbol and which layers it joins."""
        to_l, from_l = self._note.letters(l)
        return (self._note.weight(l, to_l + from_l).plain,
                f"{self._note.layer_name(l)} → {self._note.layer_name(l + 1)}")

    def _layout(self) -> None:
        """Panels side by side, or stacked when the widget is tall and narrow (a side dock) and
        stacking gives bigger squares."""
        L = len(self._sizes) - 1
        cols = [self._sizes[l] + 1.5 for l in range(L)]  # + bias column + half-cell gap
        rows = max(self._sizes[1:])
        fm = self.fontMetrics()
        titles = [fm.horizontalAdvance(self._titles(l)[1]) + 6 for l in range(L)]
        avail_h = self.height() - _TITLE - _LEGEND - _MARGIN
        cell = min(_MAX_CELL, avail_h / rows)
        # shrink the cells until the panels (each at least as wide as its title) fit the width
        while cell > _MIN_CELL and (sum(max(c * cell, t) for c, t in zip(cols, titles, strict=True))
                                    + 2 * _MARGIN + _GAP * (L - 1) > self.width()):
            cell *= 0.95
        stacked_h = self.height() - _LEGEND - _MARGIN - L * _TITLE - (L - 1) * _VGAP
        stacked = min(_MAX_CELL, (self.width() - 2 * _MARGIN) / max(cols),
                      stacked_h / sum(self._sizes[1:]))
        self._panels = []
        if L > 1 and stacked > 1.15 * cell:
            self._cell = max(_MIN_CELL, stacked)
            y = float(_TITLE)
            for l in range(L):
                h = self._sizes[l + 1] * self._cell
                self._panels.append(QtCore.QRectF(_MARGIN, y, cols[l] * self._cell, h))
                y += h + _VGAP + _TITLE
            return
        self._cell = max(_MIN_CELL, cell)
        x = float(_MARGIN)
        for l in range(L):
            w, h = cols[l] * self._cell, self._sizes[l + 1] * self._cell
            self._panels.append(QtCore.QRectF(x, _TITLE, w, h))
            x += max(w, titles[l]) + _GAP

    def _squares(self, l: int, room: QtCore.QRectF | None = None) -> tuple[list[QtCore.QRectF], list[QtCore.QRectF]]:
        """(positive, negative) squares of layer l; side ∝ √|w| so that area ∝ |w|. Only those
        inside `room` (the painted area): a panel cut at the widget's edge (6 layers of 512 units:
        1.3 million weights) made 1.8 s of squares, nearly all of them never seen."""
        r, c = self._panels[l], self._cell
        M = np.hstack([self._net.b[l][:, None], self._net.W[l]])  # column 0 is the bias
        if room is not None:
            n_to = max(0, min(M.shape[0], int(np.ceil((room.bottom() - r.top()) / c))))
            n_from = max(0, min(M.shape[1], int(np.ceil((room.right() - r.left()) / c))))
            M = M[:n_to, :n_from]
        side = np.sqrt(np.minimum(np.abs(M) / self._vmax, 1.0)) * (c - 1.0)
        to, frm = np.nonzero(side >= 0.5)
        s = side[to, frm]
        x0 = r.left() + frm * c + np.where(frm > 0, 0.5 * c, 0.0) + (c - s) / 2
        y0 = r.top() + to * c + (c - s) / 2
        positive = M[to, frm] > 0
        return tuple([QtCore.QRectF(x, y, w, w) for x, y, w in zip(x0[keep].tolist(), y0[keep].tolist(),
                                                                  s[keep].tolist(), strict=True)]
                     for keep in (positive, ~positive))  # fmt: skip

    # ---- painting ----
    def paintEvent(self, event) -> None:
        self._layout()
        self._cut = False
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), QtGui.QColor(252, 252, 250))
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        font = p.font()
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        p.setFont(font)
        brushes = (QtGui.QBrush(QtGui.QColor(*POSITIVE_END)), QtGui.QBrush(QtGui.QColor(*NEGATIVE_END)))
        # matrices bigger than the panel at the smallest cell (512 × 513) are cut at its edges,
        # never drawn over the legend
        room = QtCore.QRectF(0, 0, self.width(), self.height() - _LEGEND)
        p.setClipRect(room)
        for l, r in enumerate(self._panels):
            p.setPen(QtGui.QColor(40, 40, 40))
            symbol, joins = self._titles(l)
            fm = p.fontMetrics()
            top = r.top() - _TITLE + 4  # the title band above the panel
            p.drawText(QtCore.QPointF(r.left(), top + fm.ascent()), symbol)
            p.setPen(QtGui.QColor(90, 90, 90))
            p.drawText(QtCore.QPointF(r.left(), top + fm.height() + fm.ascent()), joins)
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(QtGui.QColor(238, 238, 234))
            p.drawRect(QtCore.QRectF(r.left(), r.top(), self._cell, r.height()))  # bias column
            p.drawRect(QtCore.QRectF(r.left() + 1.5 * self._cell, r.top(),
                                     r.width() - 1.5 * self._cell, r.height()))
            for rects, brush in zip(self._squares(l, room), brushes, strict=True):
                if rects:
                    p.setBrush(brush)
                    p.drawRects(rects)
            if self._cell >= 12:
                p.setPen(QtGui.QColor(110, 110, 110))
                p.drawText(QtCore.QRectF(r.left(), r.bottom() + 2, self._cell, 14),
                           QtCore.Qt.AlignmentFlag.AlignHCenter, "b")
        p.setClipping(False)
        self._cut = any(r.bottom() > room.bottom() or r.right() > room.right() for r in self._panels)
        self._paint_legend(p, brushes)
        p.end()

    def _paint_legend(self, p: QtGui.QPainter, brushes) -> None:
        y = self.height() - _LEGEND + 4
        x = float(_MARGIN)
        p.setPen(QtGui.QColor(60, 60, 60))
        for frac in (1.0, 0.25):
            s = math.sqrt(frac) * 16
            for brush in brushes:
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                p.setBrush(brush)
                p.drawRect(QtCore.QRectF(x + (16 - s) / 2, y + (16 - s) / 2, s, s))
                x += 20
            p.setPen(QtGui.QColor(60, 60, 60))
            label = f"±{num(frac * self._vmax).plain}"
            p.drawText(QtCore.QPointF(x + 2, y + 13), label)
            x += p.fontMetrics().horizontalAdvance(label) + 18
        fm = p.fontMetrics()
        elide = QtCore.Qt.TextElideMode.ElideRight  # a narrow panel shortens the notes, never cuts them
        p.drawText(QtCore.QPointF(x, y + 13), fm.elidedText(
            self.tr("red: positive, blue: negative, area ∝ |w|"), elide, max(0, int(self.width() - x - 4))))
        p.setPen(QtGui.QColor(100, 100, 100))
        note = (self.tr("Cut off at the edge: widen the panel or drag it out.") if self._cut
                else self.tr("rows: to, columns: from, b = bias; hover for values"))
        p.drawText(QtCore.QPointF(_MARGIN, y + 34), fm.elidedText(note, elide, self.width() - 2 * _MARGIN))

    # ---- events ----
    def event(self, e: QtCore.QEvent) -> bool:
        if e.type() == QtCore.QEvent.Type.ToolTip:
            hit = self.weight_at(QtCore.QPointF(e.pos()))
            if hit is None:
                QtWidgets.QToolTip.hideText()
            else:
                QtWidgets.QToolTip.showText(e.globalPos(), self.tooltip_text(*hit), self)
            return True
        return super().event(e)

    def mousePressEvent(self, e: QtGui.QMouseEvent) -> None:
        hit = self.weight_at(e.position())
        if hit is not None:
            self.weight_clicked.emit(*hit)
