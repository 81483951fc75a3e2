"""The network graph, the centre of the window: units in layers, edges coloured by weight.

The view takes the architecture in __init__ and draws whatever `set_state` last gave it (copies of
the flat parameter buffer, optionally the shown sample's activations and the last Δw). What is
drawn and where lives in gui/graph/scene.py (state, layout, edge buckets, painting); this module
is the widget around it: the public interface, hover, selection and weight editing. Painting is
plain QPainter, one pen and one path per colour bucket, so even 784-30-10 paints in milliseconds.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from core.teaching.notation import weight_name
from gui.graph.queries import GraphQueries
from gui.graph.scene import GraphScene
from gui.inputs.number_dialog import ask_number

MAX_EDITED_WEIGHT = 1e6  # a typed weight beyond this would only make the network diverge


class NetworkGraphView(GraphQueries, QtWidgets.QWidget):
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
        self._message_timer = QtCore.QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(self._on_message_expired)
        self._scene = GraphScene(sizes, activations, self._size)
        # The picture shown, painted offscreen (by paintEvent, or by paint_in_steps a piece at
        # a time); anything else that changes the picture (a hover, a selection, an option) drops it.
        self._front: QtGui.QImage | None = None
        self._front_size = QtCore.QSize()
        self._version = 0  # counts those other changes: a picture begun before one is stale
        self._staged = -1  # the version at the last stage_state

    # ---- public interface ----
    def set_architecture(self, sizes, activations) -> None:
        """Show a new architecture (all weights 0 until set_state); clears the selection.
        Display options (colour range, threshold, edge values) are kept."""
        old = self._scene
        self._scene = GraphScene(sizes, activations, self._size)
        self._scene.mode, self._scene.threshold, self._scene.vmax_fixed = old.mode, old.threshold, old.vmax_fixed
        self._scene.set_names(old.input_names, old.output_names)
        self._changed()

    def fits(self, params: np.ndarray) -> bool:
        """True if `params` are for the network shown (a frame drawn late, by the redraw pacer or
        the step animation, may belong to a network replaced since)."""
        return np.shape(params) == self._scene.state.params.shape

    def set_names(self, inputs: list[str] | None, outputs: list[str] | None) -> None:
        """The data's names for the inputs and outputs, drawn beside them (None: no labels)."""
        self._scene.set_names(inputs, outputs)
        self._changed()

    def set_sample(self, text: str, targets=None) -> None:
        """The sentence naming the sample shown and its targets t (m,), drawn beside the outputs.
        Shown with the next set_state, stage_state or repaint (it does not repaint by itself)."""
        self._scene.sample_text = text
        self._scene.targets = None if targets is None else np.asarray(targets, dtype=np.float64).copy()

    def sample_text(self) -> str:
        """The sentence naming the sample shown, as drawn above the legend."""
        return self._scene.sample_text

    def shown_targets(self) -> np.ndarray | None:
        """The targets t drawn beside the outputs, or None."""
        return self._scene.targets

    def set_state(self, params: np.ndarray, activations_per_layer=None, last_dW=None) -> None:
        """Draw new weights (copies; called up to ~30 times a second).

        params: flat (n_params,) as core.engine.param_layout.ParamLayout(sizes) lays it out; activations_per_layer:
        [x (d,), h (p,), …, o (m,)] of the shown sample, or None; last_dW: per layer (to, from) or
        (to, from + 1) arrays, or a flat buffer like params, or None (Δw is then the change since
        the previous call).
        """
        self._scene.state.update(params, activations_per_layer, last_dW)
        self._scene.invalidate()
        self._refresh_tooltip()
        self._changed()

    def stage_state(self, params: np.ndarray, activations_per_layer=None, last_dW=None, deltas=None) -> None:
        """set_state and set_unit_deltas together, without repainting: the widget keeps showing its
        picture until `paint_in_steps` has painted the new one. Hover and tooltips use the new state
        at once. The state is set here, whether or not the painting is ever done."""
        self._scene.state.update(params, activations_per_layer, last_dW)
        self._scene.state.set_deltas(deltas)
        self._scene.invalidate()
        self._refresh_tooltip()
        self._staged = self._version

    def paint_in_steps(self):
        """Paint the staged state offscreen a piece at a time, then show it.

        A generator: each next() paints one piece (a millisecond or two), so a training frame can
        be spread over several passes of the event loop (gui/drawing/redraw_pacer.py) and never blocks it
        for a whole paint. If anything else changes the picture meanwhile (a hover, a click, an
        option), this one is dropped: paintEvent shows that.
        """
        scene, version, size = self._scene, self._version, self.size()
        if self._staged != version:
            return  # something changed the picture since the state was staged: paintEvent paints it
        image = self._new_picture()
        if image.isNull():  # not laid out yet: nothing to paint
            self._changed()
            return
        p = QtGui.QPainter(image)
        try:
            yield from scene.paint_in_steps(p, self.font())
        finally:
            p.end()
        if version == self._version and scene is self._scene and size == self.size():
            self._front, self._front_size = image, size
            self.update()  # shows it: a blit

    def set_colour_range(self, vmax: float | None) -> None:
        """None: automatic range from the values drawn; else ±vmax (> 0), for weights only."""
        if vmax is not None and not (math.isfinite(vmax) and vmax > 0):
            raise ValueError(f"the colour range must be a positive number, got {vmax}")
        self._scene.vmax_fixed = None if vmax is None else float(vmax)
        self._invalidate()

    def set_hide_threshold(self, t: float) -> None:
        """Hide the edges whose weight has |w| < t."""
        if not (math.isfinite(t) and t >= 0):
            raise ValueError(f"the threshold must be a number ≥ 0, got {t}")
        self._scene.threshold = float(t)
        self._invalidate()

    def set_edge_values(self, mode: str) -> None:
        """'weight': colour edges by w; 'gradient': by the last Δw given to set_state."""
        if mode not in ("weight", "gradient"):
            raise ValueError(f"edge values must be 'weight' or 'gradient', not {mode!r}")
        self._scene.mode = mode
        self._invalidate()

    def set_unit_deltas(self, deltas) -> None:
        """δ of each layer [δ⁽¹⁾, …, δ⁽ᴸ⁾] (copies) for the backprop view, or None."""
        self._scene.state.set_deltas(deltas)
        self._invalidate()

    def set_reveal(self, forward: int | None = None, backward_from: int | None = None) -> None:
        """For the step animation: show activations of columns < forward and δ of columns ≥
        backward_from only (None: all)."""
        self._scene.state.reveal, self._scene.state.delta_from = forward, backward_from
        self._invalidate()

    def select(self, edge=None, node=None) -> None:
        """Mark edge (l, to, from) or node (layer, unit) as selected, as a click would, without
        emitting edge_selected/node_selected (for selections made in another view)."""
        self._scene.selected_edge = tuple(edge) if edge is not None else None
        self._scene.selected_node = tuple(node) if node is not None else None
        self._changed()

    def edge_values(self) -> str:
        """'weight' or 'gradient': what the edge colours show."""
        return self._scene.mode

    def unit_look(self, column: int):
        """(fill (n, 3) or None, values or None, format) the units of a column are drawn with."""
        self._scene.frame()
        return self._scene.unit_look(column)

    def selected_edge(self) -> tuple[int, int, int] | None:
        return self._scene.selected_edge

    def selected_node(self) -> tuple[int, int] | None:
        return self._scene.selected_node

    def render_to(self, target) -> bool:
        """Paint the graph with a QPainter, or save it as an image file at twice the widget size."""
        if isinstance(target, QtGui.QPainter):
            self._scene.paint(target, self.font())
            return True
        img = QtGui.QImage(self.size() * 2, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(2.0)
        p = QtGui.QPainter(img)
        self._scene.paint(p, self.font())
        p.end()
        return img.save(str(target))

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(760, 520)

    # ---- Qt events ----
    def _invalidate(self) -> None:
        self._scene.invalidate()
        self._changed()

    def _changed(self) -> None:
        """The picture changed other than by paint_in_steps: paint it afresh."""
        self._version += 1
        self._front = None
        self.update()

    def _refresh_tooltip(self) -> None:
        hover = self._scene.hover
        if hover is not None and QtWidgets.QToolTip.isVisible():  # keep the open tooltip live
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), self._scene.tooltip(hover), self)

    def _size(self) -> tuple[int, int]:
        return self.width(), self.height()

    def _new_picture(self) -> QtGui.QImage:
        dpr = self.devicePixelRatioF()
        image = QtGui.QImage(round(self.width() * dpr), round(self.height() * dpr),
                             QtGui.QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
        image.setDevicePixelRatio(dpr)
        return image

    def paintEvent(self, event) -> None:
        # Always through an offscreen picture, kept: while paint_in_steps paints the next
        # one, an expose or a resize of a neighbour shows this one, never a half-painted frame.
        if self._front is None or self._front_size != self.size():
            image = self._new_picture()
            p = QtGui.QPainter(image)
            self._scene.paint(p, self.font())
            p.end()
            self._front, self._front_size = image, self.size()
        p = QtGui.QPainter(self)
        p.drawImage(QtCore.QPointF(0, 0), self._front)
        p.end()

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
        hit = self._scene.hit_test(e.position())
        if hit != self._scene.hover:
            self._scene.hover = hit
            self._changed()

    def leaveEvent(self, e) -> None:
        if self._scene.hover is not None:
            self._scene.hover = None
            self._changed()

    def mousePressEvent(self, e: QtGui.QMouseEvent) -> None:
        if e.button() != QtCore.Qt.MouseButton.LeftButton:
            return super().mousePressEvent(e)
        scene = self._scene
        hit = scene.hit_test(e.position())
        scene.selected_edge = scene.selected_node = None
        if hit is not None and hit[0] == "edge":
            scene.selected_edge = hit[1:]
            self.edge_selected.emit(*hit[1:])
        elif hit is not None and hit[0] == "node":
            scene.selected_node = hit[1:]
            self.node_selected.emit(*hit[1:])
        self._changed()

    def mouseDoubleClickEvent(self, e: QtGui.QMouseEvent) -> None:
        hit = self._scene.hit_test(e.position())
        if hit is not None and hit[0] == "edge":
            self._edit_weight(*hit[1:])

    def _edit_weight(self, l: int, to: int, frm: int) -> None:
        """Ask for a new value of W[l][to, frm] and emit weight_edited if it is acceptable."""
        state = self._scene.state
        name = weight_name(l, to, frm, len(state.sizes))
        current = float(state.weight_grids()[l][to, frm])
        value, ok = ask_number(self, self.tr("Edit weight"),
                               self.tr("New value for {name}:").format(name=name), current,
                               -MAX_EDITED_WEIGHT, MAX_EDITED_WEIGHT)
        if not ok:
            return
        if not math.isfinite(value) or abs(value) > MAX_EDITED_WEIGHT:
            self._scene.message = self.tr("{name} not changed: a weight must be a finite number with |w| ≤ 1e6").format(
                name=name)
            self._message_timer.start()
            self._changed()
            return
        self.weight_edited.emit(l, to, frm, float(value))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._changed()  # captions, legend and tooltips are worded at paint time
        super().changeEvent(event)

    def _on_message_expired(self) -> None:
        self._scene.message = ""
        self._changed()
