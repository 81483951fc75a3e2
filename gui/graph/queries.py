"""What a test or an export can ask the network graph: edges drawn and their colours, where a unit
or an edge is on screen, what is under a point, the legend's notes. A mixin of NetworkGraphView
(gui/graph/view.py), reading its scene; it changes nothing.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from gui.graph.edges import bucket_of


class GraphQueries:
    """Read-only questions about the picture; `self._scene` is the view's GraphScene."""

    def drawn_edge_count(self) -> int:
        """How many edges (weights and biases) the current frame draws."""
        return len(self._scene.frame().values)

    def legend_notes(self) -> list[str]:
        """The notes under the colour bar, e.g. 'showing the strongest 2,000 of 23,820 weights'."""
        return self._scene.legend_notes(self._scene.frame())

    def colour_range(self) -> float:
        """The vmax of the current frame: edges are coloured on ±vmax."""
        return self._scene.frame().vmax

    def edge_colour(self, l: int, to: int, frm: int) -> QtGui.QColor:
        """The colour the edge W[l][to, frm] is drawn in (frm == −1: the bias)."""
        value = self._scene.state.value_grids(self._scene.mode)[l][to, frm]
        return self._scene.pens()[int(bucket_of(value, self.colour_range()))].color()

    def edge_point(self, l: int, to: int, frm: int, at: float = 0.5) -> QtCore.QPointF:
        """A point of an edge in widget coordinates, `at` of the way from its source (0.5: the
        midpoint, where two crossing edges of a 2-2 layer meet: pass another `at` to click one)."""
        x0, y0, x1, y1 = self._scene.segment(l, to, frm)
        return QtCore.QPointF(x0 + at * (x1 - x0), y0 + at * (y1 - y0))

    def node_point(self, layer: int, unit: int) -> QtCore.QPointF:
        """The centre of a unit in widget coordinates."""
        lay = self._scene.layout().layers[layer]
        return QtCore.QPointF(float(lay.x_in[unit]), float(lay.ys[unit]))

    def compact_rect(self) -> tuple[float, float, float, float] | None:
        """(x, y, w, h) of the input layer when it is drawn as an image or strip, else None."""
        return self._scene.layout().layers[0].compact

    def hit_test(self, pos: QtCore.QPointF):
        """What is under pos: ('node', layer, unit), ('edge', l, to, from), ('bias', layer) or None."""
        return self._scene.hit_test(pos)

    def tooltip_at(self, pos: QtCore.QPointF) -> str | None:
        """The tooltip shown at a widget position, or None over empty space."""
        hit = self._scene.hit_test(pos)
        return None if hit is None else self._scene.tooltip(hit)

    def message(self) -> str:
        """The refusal currently shown to the user, '' if none."""
        return self._scene.message
