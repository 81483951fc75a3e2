"""The network graph as a picture: the state it shows, where everything goes at the current
size, which edges this frame draws, and how to paint it, hit-test it and describe it in a tooltip.

NetworkGraphView (gui/graph/view.py) owns one scene and adds the widget: the public interface,
mouse handling and weight editing. The scene recomputes lazily: the layout when the size changes,
the frame (edges, fills, images) when the state or a display option changes.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui

from core.studio.graph_state import GraphState
from core.teaching.notation import unit_name
from gui.drawing.colormap import activation_rgb, auto_vmax, diverging_rgb
from gui.drawing.weight_images import FieldStrip, field_image, input_image
from gui.graph import data_labels, paint
from gui.graph.edges import DEFAULT_BUDGET, EdgeFrame, bucket_of, make_pens, paint_edges_in_steps, select_edges
from gui.graph.layout import GraphLayout, compute_layout, hit_unit, nearest_segment
from gui.graph.legend import Legend
from gui.graph.tooltips import edge_tooltip, node_tooltip

ANTIALIAS_EDGES = 800  # above this many edges antialiasing costs more time than it adds clarity
LABEL_EDGES = 16  # up to this many edges (and big units), each edge carries its name and value
BIAS_TIP = "the constant 1: its weights w_j0, w_k0 are the biases of the next layer's units"


class GraphScene:
    """Everything drawn for one architecture. Options: mode ('weight' | 'gradient'), threshold
    (hide |w| below it), vmax_fixed (None: automatic). Marks: hover, selected_edge, selected_node."""

    def __init__(self, sizes, activations, size_of=lambda: (640, 480)):
        """size_of() gives the current (width, height) in px: the widget's size."""
        self.state = GraphState(sizes, activations)
        self.size_of = size_of
        self.mode, self.threshold, self.vmax_fixed = "weight", 0.0, None
        self.hover = self.selected_edge = self.selected_node = None
        self.message = ""
        # the data's words: input and output names (None: none better than x₁, o₁), the shown
        # sample's targets t (m,) as trained, and the sentence naming that sample
        self.input_names: list[str] | None = None
        self.output_names: list[str] | None = None
        self.targets: np.ndarray | None = None
        self.sample_text = ""
        self._legend = Legend()
        self._layout: GraphLayout | None = None
        self._frame: EdgeFrame | None = None

    def invalidate(self) -> None:
        """Forget this frame's edges and images (after a new state or option)."""
        self._frame = None

    def set_names(self, inputs: list[str] | None, outputs: list[str] | None) -> None:
        """Labels for the inputs and outputs (see core/studio/data_names.py); a new layout."""
        self.input_names, self.output_names = inputs, outputs
        self._layout = None

    def layout(self) -> GraphLayout:
        size = tuple(self.size_of())
        if self._layout is None or self._layout.extra["size"] != size:
            sizes = self.state.sizes
            inputs = self.input_names if self.input_names and len(self.input_names) == sizes[0] else None
            cap = (0.16 if size[0] >= 600 else 0.12) * size[0]  # a narrow graph keeps its columns apart
            left, right = data_labels.rooms(QtGui.QFont(), inputs, self.output_names, cap)
            self._layout = compute_layout(sizes, *size, left_room=left, right_room=right, story=22.0)
            self._layout.extra["size"] = size
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

    def pens(self) -> list[QtGui.QPen]:
        return self.layout().extra["pens"]

    def segment(self, l: int, to: int, frm: int) -> np.ndarray:
        n_from = self.state.sizes[l]
        return self.layout().edges[l][to * (n_from + 1) + (n_from if frm < 0 else frm)]

    def frame(self) -> EdgeFrame:
        g = self.layout()
        if self._frame is None:
            st = self.state
            vmax = self.vmax_fixed if self.mode == "weight" else None
            self._frame = select_edges(st.value_grids(self.mode), g.edges, self.threshold, vmax,
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

    def hit_test(self, pos: QtCore.QPointF):
        """What is under pos: ('node', layer, unit), ('edge', l, to, from), ('bias', layer) or None."""
        hit = hit_unit(self.layout(), pos.x(), pos.y())
        if hit is not None:
            return hit
        frame = self.frame()
        i, dist = nearest_segment(frame.segments, pos.x(), pos.y())
        if i >= 0 and dist <= max(4.0, self.pens()[int(frame.bucket[i])].widthF() / 2 + 2):
            l, idx = int(frame.layer[i]), int(frame.index[i])
            n_from = self.state.sizes[l]
            to, col = divmod(idx, n_from + 1)
            return ("edge", l, to, -1 if col == n_from else col)
        return None

    def paint(self, p: QtGui.QPainter, base: QtGui.QFont) -> None:
        for _ in self.paint_in_steps(p, base):
            pass

    def paint_in_steps(self, p: QtGui.QPainter, base: QtGui.QFont):
        """paint() as a generator that yields between pieces of about a millisecond or two (the
        edge selection, each path of edges, each column of units), for painting offscreen over
        several passes of the event loop."""
        g, frame, pens, base, st = self.layout(), self.frame(), self.pens(), base, self.state
        yield
        p.fillRect(QtCore.QRectF(0, 0, g.width, g.height), paint.BACKGROUND)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        paint.paint_captions(p, g, base)
        yield
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, g.extra["antialias"])
        yield from paint_edges_in_steps(p, frame, pens)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        values = st.value_grids(self.mode)
        hover_edge = self.hover[1:] if self.hover is not None and self.hover[0] == "edge" else None
        for edge, outline in ((hover_edge, paint.HOVER), (self.selected_edge, paint.SELECTED)):
            if edge is not None:
                pen = pens[int(bucket_of(values[edge[0]][edge[1], edge[2]], frame.vmax))]
                paint.paint_highlight_segment(p, self.segment(*edge), pen, outline)
        if g.extra["labels"]:
            p.setFont(base)
            paint.paint_edge_labels(p, frame, g, "Δ" if self.mode == "gradient" else "")
            yield
        if "input" in self._images:
            paint.paint_compact(p, g.layers[0], self._images["input"], base)
            yield
        if "fields" in self._images:
            paint.paint_thumbnails(p, g.layers[1], g.extra["strip"], self._images["fields"])
            self._paint_field_preview(p, g, base)
            yield
        for lay in g.layers[:-1]:
            paint.paint_bias_unit(p, lay, base, with_word=lay.bias[2] >= 12)
        yield
        for c, lay in enumerate(g.layers):
            if lay.compact is None:
                paint.paint_units(p, g, c, *self.unit_look(c), base)
                yield
        if self.input_names and len(self.input_names) == st.sizes[0]:
            data_labels.paint_input_labels(p, g, base, self.input_names)
        outputs = self.output_names if self.output_names and len(self.output_names) == st.sizes[-1] else None
        targets = self.targets if self.targets is not None and len(self.targets) == st.sizes[-1] else None
        data_labels.paint_output_labels(p, g, base, outputs, targets)
        data_labels.paint_sample_line(p, g, base, self.sample_text)
        yield
        hover_node = self.hover[1:] if self.hover is not None and self.hover[0] == "node" else None
        for node, colour, width in ((hover_node, paint.HOVER, 2.0), (self.selected_node, paint.SELECTED, 3.0)):
            if node is not None:
                paint.paint_unit_mark(p, g.layers[node[0]], node[1], colour, width)
        self._legend.paint(p, QtCore.QRectF(*g.legend), base, title=self._legend_title(), vmax=frame.vmax,
                           auto=self.vmax_fixed is None or self.mode != "weight",
                           notes=self.legend_notes(frame), show_activation=not self._deltas_shown())  # fmt: skip
        if self.message:
            paint.paint_message(p, g, base, self.message)

    def unit_look(self, c: int):
        """(fill, values, value format) of column c: δ in the backprop view, else activations;
        a column the step animation has not reached yet is drawn blank."""
        st = self.state
        delta = st.unit_delta(c) if self.mode == "gradient" else None
        if delta is not None:
            return diverging_rgb(delta, st.delta_vmax()), delta, "δ {:+.3g}"
        if st.reveal is not None and c >= st.reveal:
            return None, None, ""
        return self._fills[c], (st.acts[c] if st.acts is not None else None), "{:.2f}"

    def _paint_field_preview(self, p: QtGui.QPainter, g: GraphLayout, base: QtGui.QFont) -> None:
        """The hovered (else selected) first-layer unit's incoming weights, large, above the inputs."""
        unit = None
        for mark in (self.hover, ("node", *self.selected_node) if self.selected_node else None):
            if mark is not None and mark[0] == "node" and mark[1] == 1:
                unit = mark[2]
                break
        image = name = None
        if unit is not None:
            W0 = self.state.W_b()[0][0]
            image = field_image(W0[unit], g.layers[0].shape, auto_vmax(W0))
            name = unit_name(1, unit, len(self.state.sizes))
        paint.paint_field_preview(p, g.layers[0], base, image, name)

    def _legend_title(self) -> str:
        if self.mode == "gradient":
            if self.state.deltas is not None:  # the backprop view: one sample's Δw and δ
                return "edges: this sample's Δw"
            return "edges: last Δw" if self.state.last_dW is not None else "edges: Δw since last frame"
        return "edges: weight w"

    def legend_notes(self, frame: EdgeFrame) -> list[str]:
        notes = []
        if frame.capped:
            notes.append(f"showing the strongest {frame.shown:,} of {frame.total:,} weights")
        if self.threshold > 0:
            notes.append(f"hiding {frame.hidden_by_threshold:,} with |w| < {self.threshold:g}")
        if "fields" in self._images:
            notes.append("squares: each unit's incoming weights as an image")
        if self._deltas_shown():
            notes.append(f"units: error signal δ, same colours on ±{self.state.delta_vmax():.2g}")
        return notes

    def _deltas_shown(self) -> bool:
        return self.mode == "gradient" and self.state.deltas is not None

    def tooltip(self, hit) -> str:
        st = self.state
        if hit[0] == "bias":
            return BIAS_TIP
        if hit[0] == "node":
            W, b = st.W_b()
            tip = node_tooltip(hit[1], hit[2], st.sizes, st.activations, W, b, st.acts)
            names = self.input_names if hit[1] == 0 else self.output_names if hit[1] == len(st.sizes) - 1 else None
            if names and hit[2] < len(names):
                tip = f"{names[hit[2]]}\n{tip}"  # the full name, shortened beside the unit
            if hit[1] == len(st.sizes) - 1 and self.targets is not None and hit[2] < len(self.targets):
                tip += "\n" + data_labels.target_text(hit[2], st.sizes[-1], self.targets[hit[2]])
            return tip
        l, to, frm = hit[1:]
        deltas = st.delta_grids()
        delta = None if deltas is None or np.isnan(deltas[l][to, frm]) else float(deltas[l][to, frm])
        label = "last Δw" if st.last_dW is not None else "Δw since last frame"
        return edge_tooltip(l, to, frm, len(st.sizes), float(st.weight_grids()[l][to, frm]), delta, label)

