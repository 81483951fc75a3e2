"""The network graph, the centre of the window: units in layers, edges coloured by weight.

The view takes the architecture in __init__ and draws whatever `set_state` last gave it (copies of
the flat parameter buffer, optionally the shown sample's activations and the last Δw). The data
lives in gui/graph_state.py, geometry in gui/graph_layout.py, edge choice and bucketing in
gui/graph_edges.py, the colour map in gui/colormap.py. Painting is plain QPainter: one pen and one
path per colour bucket, so even 784-30-10 paints in a few milliseconds.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from gui import graph_paint as paint
from gui.colormap import activation_rgb, auto_vmax
from gui.graph_edges import DEFAULT_BUDGET, EdgeFrame, bucket_of, make_pens, paint_edges, select_edges
from gui.graph_layout import GraphLayout, compute_layout, hit_unit, nearest_segment
from gui.graph_legend import Legend
from gui.graph_notation import unit_name, weight_name
from gui.graph_state import GraphState
from gui.graph_tooltips import edge_tooltip, node_tooltip
from gui.receptive_fields import FieldStrip, field_image, input_image

MAX_EDITED_WEIGHT = 1e6  # a typed weight beyond this would only make the network diverge
ANTIALIAS_EDGES = 800  # above this many edges antialiasing costs more time than it adds clarity
LABEL_EDGES = 16  # up to this many edges (and big units), each edge carries its name and value
BIAS_TIP = "the constant 1: its weights w_j0, w_k0 are the biases of the next layer's units"


class NetworkGraphView(QtWidgets.QWidget):
    """Draws a network's units and weights; hover for names and values, click to select,
    double-click a weight to type a new value."""

    edge_selected = Signal(int, int, int)  # (l, to, from): W[l][to, from]; from == -1 is the bias
    node_selected = Signal(int, int)  # (layer index in sizes, unit)
    weight_edited = Signal(int, int, int, float)  # new value typed for W[l][to, from] (−1: b[l][to])

    def __init__(self, sizes, activations, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._legend = Legend()
        self._vmax_fixed: float | None = None
        self._threshold = 0.0
        self._mode = "weight"
        self._message = ""
        self._message_timer = QtCore.QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(self._on_message_expired)
        self.set_architecture(sizes, activations)

    # ---- public interface ----
    def set_architecture(self, sizes, activations) -> None:
        """Show a new architecture (all weights 0 until set_state); clears the selection."""
        self._state = GraphState(sizes, activations)
        self._selected_edge = self._selected_node = self._hover = None
        self._layout: GraphLayout | None = None
        self._frame: EdgeFrame | None = None
        self.update()

    def set_state(self, params: np.ndarray, activations_per_layer=None, last_dW=None) -> None:
        """Draw new weights (copies; called up to ~30 times a second).

        params: flat (n_params,) as core.network.layout(sizes) lays it out; activations_per_layer:
        [x (d,), h (p,), …, o (m,)] of the shown sample, or None; last_dW: per layer (to, from) or
        (to, from + 1) arrays, or a flat buffer like params, or None (Δw is then the change since
        the previous call).
        """
        self._state.update(params, activations_per_layer, last_dW)
        self._frame = None
        if self._hover is not None and QtWidgets.QToolTip.isVisible():
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), self._tooltip_for(self._hover), self)
        self.update()

    def set_colour_range(self, vmax: float | None) -> None:
        """None: automatic range from the values drawn; else ±vmax (> 0), for weights only."""
        if vmax is not None and not (math.isfinite(vmax) and vmax > 0):
            raise ValueError(f"the colour range must be a positive number, got {vmax}")
        self._vmax_fixed = None if vmax is None else float(vmax)
        self._invalidate()

    def set_hide_threshold(self, t: float) -> None:
        """Hide the edges whose weight has |w| < t."""
        if not (math.isfinite(t) and t >= 0):
            raise ValueError(f"the threshold must be a number ≥ 0, got {t}")
        self._threshold = float(t)
        self._invalidate()

    def set_edge_values(self, mode: str) -> None:
        """'weight': colour edges by w; 'gradient': by the last Δw given to set_state."""
        if mode not in ("weight", "gradient"):
            raise ValueError(f"edge values must be 'weight' or 'gradient', not {mode!r}")
        self._mode = mode
        self._invalidate()

    def selected_edge(self) -> tuple[int, int, int] | None:
        return self._selected_edge

    def selected_node(self) -> tuple[int, int] | None:
        return self._selected_node

    def render_to(self, target) -> bool:
        """Paint the graph with a QPainter, or save it as an image file at twice the widget size."""
        if isinstance(target, QtGui.QPainter):
            self._paint(target)
            return True
        img = QtGui.QImage(self.size() * 2, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(2.0)
        p = QtGui.QPainter(img)
        self._paint(p)
        p.end()
        return img.save(str(target))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(760, 520)

    # ---- accessors for tests and exports ----
    def drawn_edge_count(self) -> int:
        """How many edges (weights and biases) the current frame draws."""
        return len(self._ensure_frame().values)

    def colour_range(self) -> float:
        """The vmax of the current frame: edges are coloured on ±vmax."""
        return self._ensure_frame().vmax

    def edge_colour(self, l: int, to: int, frm: int) -> QtGui.QColor:
        """The colour the edge W[l][to, frm] is drawn in (frm == −1: the bias)."""
        value = self._state.value_grids(self._mode)[l][to, frm]
        return self._pens()[int(bucket_of(value, self.colour_range()))].color()

    def edge_point(self, l: int, to: int, frm: int) -> QtCore.QPointF:
        """The midpoint of an edge in widget coordinates."""
        x0, y0, x1, y1 = self._segment(l, to, frm)
        return QtCore.QPointF((x0 + x1) / 2, (y0 + y1) / 2)

    def node_point(self, layer: int, unit: int) -> QtCore.QPointF:
        """The centre of a unit in widget coordinates."""
        lay = self._ensure_layout().layers[layer]
        return QtCore.QPointF(float(lay.x_in[unit]), float(lay.ys[unit]))

    def tooltip_at(self, pos: QtCore.QPointF) -> str | None:
        """The tooltip shown at a widget position, or None over empty space."""
        hit = self.hit_test(pos)
        return None if hit is None else self._tooltip_for(hit)

    def message(self) -> str:
        """The refusal currently shown to the user, '' if none."""
        return self._message

    def hit_test(self, pos: QtCore.QPointF):
        """What is under pos: ('node', layer, unit), ('edge', l, to, from), ('bias', layer) or None."""
        hit = hit_unit(self._ensure_layout(), pos.x(), pos.y())
        if hit is not None:
            return hit
        frame = self._ensure_frame()
        i, dist = nearest_segment(frame.segments, pos.x(), pos.y())
        if i >= 0 and dist <= max(4.0, self._pens()[int(frame.bucket[i])].widthF() / 2 + 2):
            l, idx = int(frame.layer[i]), int(frame.index[i])
            n_from = self._state.sizes[l]
            to, col = divmod(idx, n_from + 1)
            return ("edge", l, to, -1 if col == n_from else col)
        return None

    # ---- caches ----
    def _invalidate(self) -> None:
        self._frame = None
        self.update()

    def _ensure_layout(self) -> GraphLayout:
        size = (self.width(), self.height())
        if self._layout is None or (self._layout.width, self._layout.height) != size:
            sizes = self._state.sizes
            self._layout = compute_layout(sizes, *size)
            self._frame = None
            n_weights = sum(a * b for a, b in zip(sizes, sizes[1:], strict=False))
            k = min(n_weights, DEFAULT_BUDGET) + sum(sizes[1:])
            self._layout.extra["pens"] = make_pens(max(2.2, min(8.0, 8.0 * (12 / max(12, k)) ** 0.4)))
            self._layout.extra["antialias"] = k <= ANTIALIAS_EDGES
            lays = self._layout.layers
            self._layout.extra["labels"] = (k <= LABEL_EDGES and min(lay.r for lay in lays) >= 20
                                            and lays[1].x - lays[0].x >= 280)  # fmt: skip
            first = self._layout.layers[1]
            if first.thumbs is not None:
                self._layout.extra["strip"] = FieldStrip(first.ys, first.thumbs[1], self._layout.layers[0].shape)
        return self._layout

    def _pens(self) -> list[QtGui.QPen]:
        return self._ensure_layout().extra["pens"]

    def _segment(self, l: int, to: int, frm: int) -> np.ndarray:
        n_from = self._state.sizes[l]
        return self._ensure_layout().edges[l][to * (n_from + 1) + (n_from if frm < 0 else frm)]

    def _ensure_frame(self) -> EdgeFrame:
        g = self._ensure_layout()
        if self._frame is None:
            st = self._state
            vmax = self._vmax_fixed if self._mode == "weight" else None
            self._frame = select_edges(st.value_grids(self._mode), g.edges, self._threshold, vmax,
                                       DEFAULT_BUDGET, strength_of=st.weight_grids())  # fmt: skip
            self._fills = [None] * len(st.sizes)
            if st.acts is not None:
                self._fills = [activation_rgb(a, *st.activation_range(c)) for c, a in enumerate(st.acts)]
            self._images = {}
            lay0 = g.layers[0]
            if lay0.compact is not None:
                x = st.acts[0] if st.acts is not None else None
                self._images["input"] = input_image(x, lay0.shape, *st.activation_range(0))
            if "strip" in g.extra:
                W0 = st.W_b()[0][0]
                self._images["fields"] = g.extra["strip"].image(W0, auto_vmax(W0))
        return self._frame

    # ---- painting ----
    def paintEvent(self, event) -> None:
        p = QtGui.QPainter(self)
        self._paint(p)
        p.end()

    def _paint(self, p: QtGui.QPainter) -> None:
        g, frame, pens, base, st = self._ensure_layout(), self._ensure_frame(), self._pens(), self.font(), self._state
        p.fillRect(QtCore.QRectF(0, 0, g.width, g.height), paint.BACKGROUND)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        paint.paint_captions(p, g, base)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, g.extra["antialias"])
        paint_edges(p, frame, pens)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        values = st.value_grids(self._mode)
        hover_edge = self._hover[1:] if self._hover is not None and self._hover[0] == "edge" else None
        for edge, outline in ((hover_edge, paint.HOVER), (self._selected_edge, paint.SELECTED)):
            if edge is not None:
                pen = pens[int(bucket_of(values[edge[0]][edge[1], edge[2]], frame.vmax))]
                paint.paint_highlight_segment(p, self._segment(*edge), pen, outline)
        if g.extra["labels"]:
            p.setFont(base)
            paint.paint_edge_labels(p, frame, g, "Δ" if self._mode == "gradient" else "")
        if "input" in self._images:
            paint.paint_compact(p, g.layers[0], self._images["input"], base)
        if "fields" in self._images:
            paint.paint_thumbnails(p, g.layers[1], g.extra["strip"], self._images["fields"])
            self._paint_field_preview(p, g, base)
        for lay in g.layers[:-1]:
            paint.paint_bias_unit(p, lay, base, with_word=lay.bias[2] >= 12)
        for c, lay in enumerate(g.layers):
            if lay.compact is None:
                acts = st.acts[c] if st.acts is not None else None
                paint.paint_units(p, g, c, self._fills[c], acts, base)
        hover_node = self._hover[1:] if self._hover is not None and self._hover[0] == "node" else None
        for node, colour, width in ((hover_node, paint.HOVER, 2.0), (self._selected_node, paint.SELECTED, 3.0)):
            if node is not None:
                paint.paint_unit_mark(p, g.layers[node[0]], node[1], colour, width)
        self._legend.paint(p, QtCore.QRectF(*g.legend), base, title=self._legend_title(), vmax=frame.vmax,
                           auto=self._vmax_fixed is None or self._mode != "weight",
                           notes=self._legend_notes(frame), show_activation=True)  # fmt: skip
        if self._message:
            paint.paint_message(p, g, base, self._message)

    def _paint_field_preview(self, p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont) -> None:
        """The hovered (else selected) first-layer unit's incoming weights, large, above the inputs."""
        unit = None
        for mark in (self._hover, ("node", *self._selected_node) if self._selected_node else None):
            if mark is not None and mark[0] == "node" and mark[1] == 1:
                unit = mark[2]
                break
        image = name = None
        if unit is not None:
            W0 = self._state.W_b()[0][0]
            image = field_image(W0[unit], g.layers[0].shape, auto_vmax(W0))
            name = unit_name(1, unit, len(self._state.sizes))
        paint.paint_field_preview(p, g.layers[0], base, image, name)

    def _legend_title(self) -> str:
        if self._mode == "gradient":
            return "edges: last Δw" if self._state.last_dW is not None else "edges: Δw since last frame"
        return "edges: weight w"

    def _legend_notes(self, frame: EdgeFrame) -> list[str]:
        notes = []
        if frame.capped:
            notes.append(f"showing the strongest {frame.shown:,} of {frame.total:,} weights")
        if self._threshold > 0:
            notes.append(f"hiding {frame.hidden_by_threshold:,} with |w| < {self._threshold:g}")
        if "fields" in self._images:
            notes.append("squares: each unit's incoming weights as an image")
        return notes

    # ---- tooltips, selection, editing ----
    def _tooltip_for(self, hit) -> str:
        st = self._state
        if hit[0] == "bias":
            return BIAS_TIP
        if hit[0] == "node":
            W, b = st.W_b()
            return node_tooltip(hit[1], hit[2], st.sizes, st.activations, W, b, st.acts)
        l, to, frm = hit[1:]
        deltas = st.delta_grids()
        delta = None if deltas is None or np.isnan(deltas[l][to, frm]) else float(deltas[l][to, frm])
        label = "last Δw" if st.last_dW is not None else "Δw since last frame"
        return edge_tooltip(l, to, frm, len(st.sizes), float(st.weight_grids()[l][to, frm]), delta, label)

    def event(self, e: QtCore.QEvent) -> bool:
        if e.type() == QtCore.QEvent.Type.ToolTip:
            text = self.tooltip_at(QtCore.QPointF(e.pos()))
            if text:
                QtWidgets.QToolTip.showText(e.globalPos(), text, self)
            else:
                QtWidgets.QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mouseMoveEvent(self, e: QtGui.QMouseEvent) -> None:
        hit = self.hit_test(e.position())
        if hit != self._hover:
            self._hover = hit
            self.update()

    def leaveEvent(self, e) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()

    def mousePressEvent(self, e: QtGui.QMouseEvent) -> None:
        if e.button() != QtCore.Qt.MouseButton.LeftButton:
            return super().mousePressEvent(e)
        hit = self.hit_test(e.position())
        self._selected_edge = self._selected_node = None
        if hit is not None and hit[0] == "edge":
            self._selected_edge = hit[1:]
            self.edge_selected.emit(*hit[1:])
        elif hit is not None and hit[0] == "node":
            self._selected_node = hit[1:]
            self.node_selected.emit(*hit[1:])
        self.update()

    def mouseDoubleClickEvent(self, e: QtGui.QMouseEvent) -> None:
        hit = self.hit_test(e.position())
        if hit is not None and hit[0] == "edge":
            self._edit_weight(*hit[1:])

    def _edit_weight(self, l: int, to: int, frm: int) -> None:
        """Ask for a new value of W[l][to, frm] and emit weight_edited if it is acceptable."""
        name = weight_name(l, to, frm, len(self._state.sizes))
        current = float(self._state.weight_grids()[l][to, frm])
        value, ok = QtWidgets.QInputDialog.getDouble(
            self, "Edit weight", f"New value for {name}:", current,
            -MAX_EDITED_WEIGHT, MAX_EDITED_WEIGHT, 6,
        )  # fmt: skip
        if not ok:
            return
        if not math.isfinite(value) or abs(value) > MAX_EDITED_WEIGHT:
            self._show_message(f"{name} not changed: a weight must be a finite number with |w| ≤ 1e6")
            return
        self.weight_edited.emit(l, to, frm, float(value))

    def _show_message(self, text: str) -> None:
        self._message = text
        self._message_timer.start()
        self.update()

    def _on_message_expired(self) -> None:
        self._message = ""
        self.update()
