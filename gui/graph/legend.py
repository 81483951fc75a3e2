"""The graph's legend: what edge colour and width mean (a colour bar with tick values), what the
node fill means, and what is not drawn (edges below the threshold, or only the strongest shown)."""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from core.teaching.notation import compact
from gui.drawing.weight_images import colour_bar_image, grey_bar_image

INK = QtGui.QColor(40, 44, 52)
MUTED = QtGui.QColor(105, 110, 120)


def tick_text(v: float) -> str:
    """Compact tick label: '0', '1.5', '−0.25', '2e−5', '−5e153' (at most 7 characters)."""
    if v == 0:
        return "0"
    a = abs(v)
    if 1e-3 <= a < 1e4:
        return f"{v:.3g}".replace("-", "−")
    return compact(v)


def tick_fractions(fm: QtGui.QFontMetricsF, vmax: float, bar_w: float) -> tuple[float, ...]:
    """Where on the bar (−1 … 1) tick labels go: five when they fit side by side with a space
    between, else the ends and 0, else the ends only (never overlapping labels)."""
    for fracs in ((-1.0, -0.5, 0.0, 0.5, 1.0), (-1.0, 0.0, 1.0), (-1.0, 1.0)):
        room = bar_w / (len(fracs) - 1)  # between neighbouring ticks
        widest = max(fm.horizontalAdvance(tick_text(f * vmax)) for f in fracs)
        if widest + fm.horizontalAdvance("  ") <= room:
            return fracs
    return (-1.0, 1.0)


def _font(base: QtGui.QFont, px: float, bold: bool = False) -> QtGui.QFont:
    f = QtGui.QFont(base)
    f.setPixelSize(max(8, round(px)))
    f.setBold(bold)
    return f


class Legend:
    """Paints the legend into a rectangle; its images are made once and reused every frame."""

    def __init__(self):
        self._bar = colour_bar_image()
        self._grey = grey_bar_image()

    def paint(self, p: QtGui.QPainter, rect: QtCore.QRectF, base_font: QtGui.QFont, *, title: str,
              vmax: float, auto: bool, notes: list[str], show_activation: bool) -> None:  # fmt: skip
        """Draw the colour bar for ±vmax titled `title`, the activation ramp, and `notes` below.

        Three blocks in a row, centred: title | colour bar with ticks | activation ramp.
        """
        px = max(10.0, min(13.0, rect.height() * 0.22))
        f_bold, f_text = _font(base_font, px, bold=True), _font(base_font, px)
        fm_b, fm = QtGui.QFontMetricsF(f_bold), QtGui.QFontMetricsF(f_text)
        line = fm.height()
        sub = ("automatic range" if auto else "fixed range") + " · width ∝ |value|"
        left_w = max(fm_b.horizontalAdvance(title), fm.horizontalAdvance(sub))
        act_title = "units: activation"
        right_w = max(fm_b.horizontalAdvance(act_title), 90.0) if show_activation else 0.0
        gap = 12.0 + fm.horizontalAdvance(tick_text(-vmax)) / 2  # the end ticks stick out
        bar_w = min(340.0, rect.width() - left_w - right_w - 3 * gap - 40)
        if bar_w < 120:  # narrow: the title alone (the range note is in the tooltip), tighter
            sub = ""
            left_w = fm_b.horizontalAdvance(title)
            bar_w = min(340.0, rect.width() - left_w - right_w - 3 * gap - 10)
        small_ramp = False
        if bar_w < 90 and show_activation:  # too narrow for three blocks: the activation ramp,
            right_w, show_activation, small_ramp = 0.0, False, True  # small, under the title
            left_w = max(left_w, fm.horizontalAdvance("units: ") + 36)
            bar_w = max(80.0, min(340.0, rect.width() - left_w - 2 * gap - 10))
        total = left_w + gap + bar_w + (gap + right_w if show_activation else 0.0)
        x = rect.center().x() - total / 2
        top = rect.top() + 3
        bar_h = max(8.0, px * 0.8)
        bar = QtCore.QRectF(x + left_w + gap, top + 2, bar_w, bar_h)

        right_top = QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignTop
        p.setPen(INK)
        p.setFont(f_bold)
        p.drawText(QtCore.QRectF(x, top - 2, left_w, line), right_top, title)
        if sub:
            p.setPen(MUTED)
            p.setFont(f_text)
            p.drawText(QtCore.QRectF(x, top - 2 + line, left_w, line), right_top, sub)
        elif small_ramp:
            ramp = QtCore.QRectF(x + left_w - 32, top + line, 32, bar_h)
            p.setPen(MUTED)
            p.setFont(f_text)
            p.drawText(QtCore.QRectF(x, top - 2 + line, left_w - 36, line), right_top, "units:")
            p.drawImage(ramp, self._grey)
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.drawRect(ramp)

        p.drawImage(bar, self._bar)
        p.setPen(QtGui.QPen(MUTED, 1))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        for frac in tick_fractions(fm, vmax, bar_w):
            tx = bar.center().x() + frac * bar_w / 2
            p.setPen(QtGui.QPen(MUTED, 1))
            p.drawLine(QtCore.QPointF(tx, bar.bottom()), QtCore.QPointF(tx, bar.bottom() + 3))
            p.setPen(INK)
            p.drawText(QtCore.QRectF(tx - 40, bar.bottom() + 3, 80, line),
                       QtCore.Qt.AlignmentFlag.AlignHCenter, tick_text(frac * vmax))  # fmt: skip

        if show_activation:
            x0 = bar.right() + gap
            p.setFont(f_bold)
            p.setPen(INK)
            p.drawText(QtCore.QRectF(x0, top - 2, right_w + 20, line), QtCore.Qt.AlignmentFlag.AlignLeft,
                       act_title)  # fmt: skip
            ramp = QtCore.QRectF(x0, top + line, 60, bar_h)
            p.drawImage(ramp, self._grey)
            p.setPen(QtGui.QPen(MUTED, 1))
            p.drawRect(ramp)
            p.setFont(f_text)
            p.drawText(QtCore.QRectF(ramp.right() + 5, ramp.top() - (line - bar_h) / 2, 80, line),
                       QtCore.Qt.AlignmentFlag.AlignLeft, "low → high")  # fmt: skip

        if notes:
            p.setPen(MUTED)
            p.setFont(f_text)
            box = QtCore.QRectF(rect.left(), bar.bottom() + 3 + line, rect.width(), line)
            p.drawText(box, QtCore.Qt.AlignmentFlag.AlignHCenter, "  ·  ".join(notes))
