"""The data's words on the network graph: the names of the inputs left of them, beside each output
its name (a class, a target column) and the shown sample's target t_k, and the line naming the
sample shown ("next: sample 4 of 4: x = (1, 1), t = 0"), above the legend.

Names longer than their room are shortened with "…" (the unit's tooltip has the full name). With
many outputs the labels win: the values under the units go first (paint_units draws them only on
big units), then the targets, never the names.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui

from core.teaching.notation import sub
from gui.graph.layout import GraphLayout
from gui.graph.legend import INK, MUTED
from gui.graph.paint import caption_card, font

LABEL_PX = 13.0  # the largest label font, px
MIN_PX = 8.0  # smaller than this a label is not readable: one line, the name only
GAP = 6.0  # px between a unit and its label
T_TEMPLATE = "t = −0.000"  # the widest target text the right-hand room is kept for


def _label_font(base: QtGui.QFont, spacing: float) -> QtGui.QFont:
    return font(base, max(MIN_PX, min(LABEL_PX, 0.42 * spacing)))


def rooms(base: QtGui.QFont, inputs: list[str] | None, outputs: list[str] | None,
          max_room: float) -> tuple[float, float]:
    """px to keep free left of the inputs and right of the outputs for their labels."""
    fm = QtGui.QFontMetricsF(font(base, LABEL_PX))
    left = max((fm.horizontalAdvance(n) for n in inputs), default=0.0) + GAP + 4 if inputs else 0.0
    right = fm.horizontalAdvance(T_TEMPLATE)
    if outputs:
        right = max(right, max(fm.horizontalAdvance(n) for n in outputs))
    return min(left, max_room), min(right + GAP + 4, max_room)


def target_text(k: int, m: int, t: float) -> str:
    """'t = 1' for one output, 't₃ = 0' for the third of several."""
    name = "t" + (sub(k + 1) if m > 1 else "")
    return f"{name} = {float(t):.3g}".replace("-", "−")


def paint_input_labels(p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont, names) -> None:
    """Each input's name, right-aligned just left of its unit, shortened to the room there."""
    lay = g.layers[0]
    if lay.compact is not None or not names:
        return
    spacing = float(lay.ys[1] - lay.ys[0]) if len(lay.ys) > 1 else 60.0
    f = _label_font(base, spacing)
    fm = QtGui.QFontMetricsF(f)
    p.setFont(f)
    p.setPen(INK)
    for u, name in enumerate(names):
        right = float(lay.x_in[u]) - lay.r - GAP
        width = max(right - 2.0, 10.0)
        text = fm.elidedText(name, QtCore.Qt.TextElideMode.ElideRight, width)
        box = QtCore.QRectF(right - width, float(lay.ys[u]) - fm.height() / 2, width, fm.height())
        p.drawText(box, QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   text)


def paint_output_labels(p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont, names,
                        targets: np.ndarray | None) -> None:
    """Beside each output o_k: its name (if the data has one) and the shown sample's t_k, on two
    lines when they fit, else one; when even one line is too long, the name alone."""
    lay = g.layers[-1]
    m = len(lay.ys)
    spacing = float(lay.ys[1] - lay.ys[0]) if m > 1 else 2 * lay.r + 40.0
    f = _label_font(base, spacing)
    fm = QtGui.QFontMetricsF(f)
    p.setFont(f)
    for k in range(m):
        x = float(lay.x_in[k]) + lay.r + GAP
        width = max(g.width - x - 2.0, 10.0)
        name = names[k] if names else None
        t = target_text(k, m, targets[k]) if targets is not None else None
        lines = output_lines(fm, name, t, spacing, width)
        top = float(lay.ys[k]) - len(lines) * fm.height() / 2
        for i, text in enumerate(lines):
            p.setPen(INK if text == name else MUTED)
            text = fm.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, width)
            p.drawText(QtCore.QRectF(x, top + i * fm.height(), width, fm.height()),
                       QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                       text)


def output_lines(fm: QtGui.QFontMetricsF, name: str | None, t: str | None, spacing: float,
                 width: float) -> list[str]:
    """What is written beside one output: [name, t] on two lines if the units are far enough
    apart, else one line 'name   t' if it fits `width` px, else the name alone (labels win)."""
    lines = [s for s in (name, t) if s]
    if len(lines) == 2 and spacing < 2.2 * fm.height():
        one = f"{name}   {t}"
        lines = [one] if fm.horizontalAdvance(one) <= width else [name]
    return lines


def paint_sample_line(p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont, text: str) -> None:
    """The sentence naming the sample shown, on a card above the legend."""
    if not text:
        return
    fm = QtGui.QFontMetricsF(font(base, 11))
    text = fm.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, g.width - 30)
    caption_card(p, base, QtCore.QPointF(g.width / 2, g.extra["story_y"]), text)
