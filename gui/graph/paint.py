"""Painting the parts of the network graph other than the edges: layer captions, units with their
labels and values, the bias units, the compact input image, receptive fields and highlights."""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui

from core.teaching.notation import compact, unit_letter, unit_name, weight_name
from gui.drawing.colormap import text_on
from gui.graph.layout import GraphLayout, UnitLayer
from gui.graph.legend import INK, MUTED

translate = QtCore.QCoreApplication.translate

BACKGROUND = QtGui.QColor(252, 252, 250)
OUTLINE = QtGui.QColor(43, 47, 54)
NEUTRAL_FILL = (232, 232, 228)
SELECTED = QtGui.QColor(17, 17, 17)
HOVER = QtGui.QColor(90, 90, 90)
_CENTER = QtCore.Qt.AlignmentFlag.AlignCenter


def font(base: QtGui.QFont, px: float, bold: bool = False, italic: bool = False) -> QtGui.QFont:
    """A copy of `base` at px pixels."""
    f = QtGui.QFont(base)
    f.setPixelSize(max(7, round(px)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def caption(layer: int, sizes) -> tuple[str, str]:
    """('inputs x', '2 units') style caption of a column."""
    n_layers, n = len(sizes), sizes[layer]
    letter = unit_letter(layer, n_layers)
    if layer == 0:
        head = translate("GraphPaint", "inputs {symbol}")
    elif layer == n_layers - 1:
        head = translate("GraphPaint", "outputs {symbol}")
    else:
        head = translate("GraphPaint", "hidden {symbol}")
    return head.format(symbol=letter), f"{n:,}"


def paint_captions(p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont) -> None:
    """Layer captions across the top band, each centred over its column. Where columns are close
    (six hidden layers) they shorten, never overlapping: 'hidden h⁽¹⁾ (6)', then 'h⁽¹⁾ (6)', then
    'h⁽¹⁾', in a smaller font at last."""
    px = min(15.0, max(11.0, g.caption_y * 0.75))
    xs = [lay.x for lay in g.layers]
    room = min((b - a for a, b in zip(xs, xs[1:], strict=False)), default=g.width) - 10

    def texts(c: int, variant: int) -> tuple[str, str]:
        head, count = caption(c, g.sizes)
        if variant >= 1:
            head = head.split(" ", 1)[1]  # the symbol alone: x, h⁽¹⁾, o
        return head, ("" if variant >= 2 else "  (" + count + ")")

    def width(c: int, variant: int, size: float) -> float:
        head, count = texts(c, variant)
        return (QtGui.QFontMetricsF(font(base, size, bold=True)).horizontalAdvance(head)
                + QtGui.QFontMetricsF(font(base, size * 0.9)).horizontalAdvance(count))

    variant = next((v for v in range(3) if all(width(c, v, px) <= room for c in range(len(xs)))), 2)
    widest = max(width(c, variant, px) for c in range(len(xs)))
    if widest > room:
        px = max(8.0, px * room / widest)
    for c, lay in enumerate(g.layers):
        head, count = texts(c, variant)
        f_head, f_count = font(base, px, bold=True), font(base, px * 0.9)
        w_head = QtGui.QFontMetricsF(f_head).horizontalAdvance(head)
        w_count = QtGui.QFontMetricsF(f_count).horizontalAdvance(count)
        x0 = lay.x - (w_head + w_count) / 2
        x0 = min(max(x0, 4.0), g.width - 4.0 - w_head - w_count)
        box = QtCore.QRectF(x0, 0, w_head + 4, 2 * g.caption_y)
        p.setFont(f_head)
        p.setPen(INK)
        p.drawText(box, QtCore.Qt.AlignmentFlag.AlignVCenter, head)
        if count:
            p.setFont(f_count)
            p.setPen(MUTED)
            p.drawText(QtCore.QRectF(x0 + w_head, 0, w_count + 4, 2 * g.caption_y),
                       QtCore.Qt.AlignmentFlag.AlignVCenter, count)  # fmt: skip


def paint_units(p: QtGui.QPainter, g: GraphLayout, c: int, fill: np.ndarray | None,
                values: np.ndarray | None, fmt: str, base: QtGui.QFont) -> None:  # fmt: skip
    """Column c's units as circles filled by activation or δ (fill: (n, 3) uint8), labelled if
    big; `values` are written under each unit with `fmt` (e.g. "{:.2f}")."""
    lay = g.layers[c]
    r = lay.r
    n = len(lay.ys)
    p.setPen(QtGui.QPen(OUTLINE, max(1.0, min(2.2, r / 14))))
    label_px = min(22.0, 0.62 * r)
    longest = unit_name(c, n - 1, len(g.sizes))
    width = QtGui.QFontMetricsF(font(base, label_px, italic=True)).horizontalAdvance(longest)
    label_px *= min(1.0, 1.6 * r / max(width, 1.0))  # long names like h⁽²⁾₁₂ shrink to fit
    f_label = font(base, label_px, italic=True)
    f_value = font(base, min(13.0, max(9.0, 0.36 * r)))
    for u in range(n):
        rgb = fill[u] if fill is not None else NEUTRAL_FILL
        centre = QtCore.QPointF(lay.x_in[u], lay.ys[u])
        p.setBrush(QtGui.QColor(int(rgb[0]), int(rgb[1]), int(rgb[2])))
        p.drawEllipse(centre, r, r)
        if label_px >= 9:
            p.setFont(f_label)
            p.setPen(text_on(rgb))
            p.drawText(QtCore.QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), _CENTER,
                       unit_name(c, u, len(g.sizes)))  # fmt: skip
            p.setPen(QtGui.QPen(OUTLINE, max(1.0, min(2.2, r / 14))))
        if values is not None and r >= 14:
            p.setFont(f_value)
            p.setPen(MUTED)
            box = QtCore.QRectF(centre.x() - 3 * r, centre.y() + r + 1, 6 * r, f_value.pixelSize() * 1.4)
            p.drawText(box, QtCore.Qt.AlignmentFlag.AlignHCenter, value_text(fmt, values[u]))
            p.setPen(QtGui.QPen(OUTLINE, max(1.0, min(2.2, r / 14))))


def value_text(fmt: str, v: float) -> str:
    """A unit's value with `fmt` in the usual range; beyond it (a diverged network's 10¹⁵⁶) in the
    bounded scientific form of core.teaching.notation.compact, so a label never outgrows its unit."""
    v = float(v)
    if math.isfinite(v) and abs(v) < 1e4:
        return fmt.format(v).replace("-", "−")
    return ("δ " if fmt.startswith("δ") else "") + compact(v, plus=fmt.startswith("δ"))


def paint_bias_unit(p: QtGui.QPainter, lay: UnitLayer, base: QtGui.QFont, with_word: bool) -> None:
    """The constant unit "1" whose weights are the biases of the next layer."""
    x, y, br = lay.bias
    p.setPen(QtGui.QPen(MUTED, 1.2, QtCore.Qt.PenStyle.SolidLine))
    p.setBrush(QtGui.QColor(255, 255, 255))
    p.drawEllipse(QtCore.QPointF(x, y), br, br)
    p.setFont(font(base, br * 1.15))
    p.setPen(INK)
    p.drawText(QtCore.QRectF(x - br, y - br, 2 * br, 2 * br), _CENTER, "1")
    if with_word:
        p.setFont(font(base, max(9.0, br * 0.8), italic=True))
        p.setPen(MUTED)
        p.drawText(QtCore.QRectF(x - br - 60, y - br, 56, 2 * br),
                   QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   translate("GraphPaint", "bias"))  # fmt: skip


def paint_compact(p: QtGui.QPainter, lay: UnitLayer, image: QtGui.QImage, base: QtGui.QFont) -> None:
    """A wide input layer as one image (or strip), framed, with its shape written underneath."""
    x, y, w, h = lay.compact
    rect = QtCore.QRectF(x, y, w, h)
    p.drawImage(rect, image)
    p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    p.setPen(QtGui.QPen(OUTLINE, 1.5))
    p.drawRect(rect)
    rows, cols = lay.shape
    if cols > 1:
        text = translate("GraphPaint", "{rows}×{cols} inputs, one pixel each").format(rows=rows, cols=cols)
        text = fitted_caption(text, QtGui.QFontMetricsF(font(base, 11)), w + 24)
        caption_card(p, base, QtCore.QPointF(x + w / 2, y + h + 12 + 7 * text.count("\n")), text)


def fitted_caption(text: str, metrics: QtGui.QFontMetricsF, width: float) -> str:
    """`text` on two lines, broken after its first ", ", when one line is wider than `width` (under a
    small input picture a long line runs into the next layer's units)."""
    head, comma, rest = text.partition(", ")
    return head + ",\n" + rest if comma and metrics.horizontalAdvance(text) > width else text


def caption_card(p: QtGui.QPainter, base: QtGui.QFont, centre: QtCore.QPointF, text: str,
                 italic: bool = False) -> None:  # fmt: skip
    """A small muted caption on a background card, readable over the edges behind it."""
    f = font(base, 11, italic=italic)
    fm = QtGui.QFontMetricsF(f)
    lines = text.split("\n")
    w, h = max(fm.horizontalAdvance(line) for line in lines) + 10, fm.height() * len(lines) + 2
    left = max(2.0, centre.x() - w / 2)  # whole, even next to the window's edge
    if p.device() is not None:
        left = min(left, max(2.0, p.device().width() / p.device().devicePixelRatioF() - w - 2))
    card = QtCore.QRectF(left, centre.y() - h / 2, w, h)
    p.setPen(QtCore.Qt.PenStyle.NoPen)
    p.setBrush(QtGui.QColor(252, 252, 250, 235))
    p.drawRoundedRect(card, 3, 3)
    p.setFont(f)
    p.setPen(MUTED)
    p.drawText(card, _CENTER, text)


def paint_field_preview(p: QtGui.QPainter, lay0: UnitLayer, base: QtGui.QFont, image, name: str | None) -> None:
    """A large view of one unit's receptive field above the input image, or a hint how to get it."""
    x, y, w, _ = lay0.compact
    top = lay0.bias[1] + lay0.bias[2] + 8
    size = min(0.5 * w, y - top - 26)
    if size < 36:
        return
    rect = QtCore.QRectF(x + (w - size) / 2, y - 10 - size, size, size)
    if image is None:
        caption_card(p, base, rect.center(), translate("GraphPaint", "hover a unit to see its weights"), italic=True)
        return
    p.drawImage(rect, image)
    p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    p.setPen(QtGui.QPen(OUTLINE, 1.2))
    p.drawRect(rect)
    text = translate("GraphPaint", "incoming weights of {unit}").format(unit=name)
    caption_card(p, base, QtCore.QPointF(rect.center().x(), rect.top() - 9), text)


def paint_thumbnails(p: QtGui.QPainter, lay: UnitLayer, strip, image: QtGui.QImage) -> None:
    """Each unit's receptive field as a small framed square beside it (one image for all)."""
    x0 = float(lay.thumbs[0][0])
    p.drawImage(QtCore.QPointF(x0, strip.top), image)
    p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    p.setPen(QtGui.QPen(MUTED, 1))
    p.drawRects([QtCore.QRectF(x0, y, size, size) for y, size in strip.rects])


def paint_highlight_segment(p: QtGui.QPainter, seg, pen: QtGui.QPen, outline: QtGui.QColor) -> None:
    """One edge drawn over the others, with a dark outline so it stands out from its neighbours."""
    line = QtCore.QLineF(float(seg[0]), float(seg[1]), float(seg[2]), float(seg[3]))
    halo = QtGui.QPen(outline, pen.widthF() + 4)
    halo.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    p.setPen(halo)
    p.drawLine(line)
    top = QtGui.QPen(pen)
    top.setWidthF(pen.widthF() + 1.5)
    p.setPen(top)
    p.drawLine(line)


def paint_unit_mark(p: QtGui.QPainter, lay: UnitLayer, unit: int, colour: QtGui.QColor, width: float) -> None:
    """A ring around a selected or hovered unit (a square round its pixel in a compact image)."""
    p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    p.setPen(QtGui.QPen(colour, width))
    if lay.compact is None:
        p.drawEllipse(QtCore.QPointF(lay.x_in[unit], lay.ys[unit]), lay.r + 2 + width, lay.r + 2 + width)
        return
    x0, y0, w, h = lay.compact
    rows, cols = lay.shape
    cell = QtCore.QRectF(x0 + (unit % cols) * w / cols, y0 + (unit // cols) * h / rows, w / cols, h / rows)
    p.drawRect(cell.adjusted(-1.5, -1.5, 1.5, 1.5))


def paint_edge_labels(p: QtGui.QPainter, frame, g: GraphLayout, prefix: str = "") -> None:
    """For a tiny net, each edge's name and value on a small card near its target unit.

    prefix: '' for weights, 'Δ' when the edges show Δw.
    """
    sizes = g.sizes
    f = font(p.font(), 12)
    p.setFont(f)
    fm = QtGui.QFontMetricsF(f)
    decimals = max(2, min(6, 2 - math.floor(math.log10(frame.vmax)))) if 0 < frame.vmax < math.inf else 2
    for i in range(len(frame.values)):
        l, idx = int(frame.layer[i]), int(frame.index[i])
        to, col = divmod(idx, sizes[l] + 1)
        frm = -1 if col == sizes[l] else col
        x0, y0, x1, y1 = frame.segments[i]
        value = compact(frame.values[i], decimals)
        text = f"{prefix}{weight_name(l, to, frm, len(sizes))} = {value}"
        w, h = fm.horizontalAdvance(text) + 8, fm.height() + 2
        length = math.hypot(x1 - x0, y1 - y0)
        back = max(0.3 * length, g.layers[l + 1].r + 14 + w / 2)  # clear of the target unit
        x, y = x1 - (x1 - x0) * back / length, y1 - (y1 - y0) * back / length
        card = QtCore.QRectF(x - w / 2, y - h / 2, w, h)
        p.setPen(QtGui.QPen(QtGui.QColor(200, 200, 200), 1))
        p.setBrush(QtGui.QColor(255, 255, 255, 230))
        p.drawRoundedRect(card, 4, 4)
        p.setPen(INK)
        p.drawText(card, _CENTER, text)


def paint_message(p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont, text: str) -> None:
    """A refusal (e.g. of a typed weight) across the top, until it expires."""
    f = font(base, 13, bold=True)
    p.setFont(f)
    w = QtGui.QFontMetricsF(f).horizontalAdvance(text) + 20
    box = QtCore.QRectF(g.width - w - 8, 2 * g.caption_y + 2, w, 24)
    p.setPen(QtGui.QPen(QtGui.QColor(160, 20, 30), 1))
    p.setBrush(QtGui.QColor(255, 240, 240))
    p.drawRoundedRect(box, 5, 5)
    p.drawText(box, _CENTER, text)
