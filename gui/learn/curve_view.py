"""One input: the network's answer as a curve over x, with the data points, and below it each
unit of the last hidden layer as its own curve: the "basis functions" the output adds up.

Regression: the fitted curve o(x) in the data's units over the training (filled) and test
(hollow) points. Classification: the probability of each class over x, the threshold 0.5 as a
dashed line, the points at their target (0 or 1) in their class's colour. Every curve is a
pyqtgraph item created once and fed with setData; the caller limits how often
`set_network_params` is called.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from core.engine.network import Network
from core.teaching.subsample import spread_rows
from gui.learn.boundary_view import class_colours

N_POINTS = 240  # samples of the curves over the x range
# distinct colours for the hidden units' curves (Tableau 10)
UNIT_COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
                (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]
MAX_UNIT_CURVES = 32


def _plot(layout, row: int, x_name: str, y_name: str) -> pg.PlotItem:
    item = layout.addPlot(row=row, col=0)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(False, False)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setLabel("bottom", x_name)
    item.setLabel("left", y_name)
    item.getAxis("left").setWidth(56)  # the same in both plots, so their x axes line up
    return item


class CurveView(QtWidgets.QWidget):
    """The answer over x and the last hidden layer's curves, for a network with one input."""

    def __init__(self, data, sizes, activations, loss: str = "sse", parent=None):
        super().__init__(parent)
        self._sizes, self._acts, self._loss = tuple(sizes), tuple(activations), loss
        self._data = data
        self._task = data.task
        norm = data.input_norm
        raw_train = norm.invert(data.X_train)[:, 0]
        raw_test = norm.invert(data.X_test)[:, 0] if len(data.X_test) else np.empty(0)
        lo, hi = float(np.min(np.r_[raw_train, raw_test])), float(np.max(np.r_[raw_train, raw_test]))
        pad = 0.05 * (hi - lo or 1.0)
        self.xs = np.linspace(lo - pad, hi + pad, N_POINTS)
        self._X = norm.apply(self.xs[:, None])
        self._values: np.ndarray | None = None
        self._units: np.ndarray | None = None
        self.crossings = np.empty(0)  # x where P(class 1) = 0.5 (one output), in the data's units
        x_name = (data.feature_names or ["x"])[0]
        self._layout = pg.GraphicsLayoutWidget()
        self._layout.setBackground("w")
        m = self._sizes[-1]
        if self._task == "classification" and m == 1:
            y_name = self.tr("probability of {name}").format(name=(data.class_names or ["", "1"])[1])
        elif self._task == "classification":
            y_name = self.tr("probability")
        else:
            names = (data.spec or {}).get("options", {}).get("targets")
            y_name = names[0] if isinstance(names, list) and names and isinstance(names[0], str) else "y"
        self.top = _plot(self._layout, 0, x_name, y_name)
        self._curves = []
        if self._task == "classification":
            colours = class_colours(2 if m == 1 else m)
            which = [1] if m == 1 else range(m)
            for c in which:
                self._curves.append(self.top.plot(pen=pg.mkPen(colours[c], width=3)))
            self.threshold = pg.InfiniteLine(0.5, angle=0, pen=pg.mkPen((60, 60, 60), width=1.5,
                                                                        style=QtCore.Qt.PenStyle.DashLine))
            self.top.addItem(self.threshold)
            # where the answer crosses 0.5: the decision boundary of one input, a point on x
            self.boundary = pg.PlotCurveItem(pen=pg.mkPen((40, 40, 40), width=2), connect="pairs")
            self.top.addItem(self.boundary)
            self.top.setYRange(-0.05, 1.05, padding=0)
        else:
            self._curves.append(self.top.plot(pen=pg.mkPen((20, 20, 20), width=3)))
            self.threshold = self.boundary = None
        train, test = spread_rows(len(raw_train)), spread_rows(len(raw_test))
        self._add_points(raw_train[train], data.T_train[train], filled=True)
        if len(raw_test):
            self._add_points(raw_test[test], data.T_test[test], filled=False)
        for curve in self._curves:
            curve.setZValue(10)  # over the points: the answer is what the picture is about
        self.top.setXRange(self.xs[0], self.xs[-1], padding=0)
        self.bottom = None
        self._unit_curves = []
        if len(self._sizes) > 2:
            self._layout.nextRow()
            self.bottom = _plot(self._layout, 1, x_name, self.tr("hidden unit output"))
            self.bottom.setXLink(self.top)
            n = min(self._sizes[-2], MAX_UNIT_CURVES)
            self._unit_curves = [self.bottom.plot(pen=pg.mkPen(UNIT_COLOURS[j % len(UNIT_COLOURS)],
                                                               width=1.8)) for j in range(n)]
            self._layout.ci.layout.setRowStretchFactor(0, 3)
            self._layout.ci.layout.setRowStretchFactor(1, 2)
        self.caption = QtWidgets.QLabel(self._caption())
        self.caption.setWordWrap(True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self._layout, 1)
        lay.addWidget(self.caption)

    # ---- public interface ----
    def set_network_params(self, params: np.ndarray) -> None:
        """Recompute every curve for the flat parameter buffer `params`."""
        net = Network(self._sizes, self._acts, self._loss, np.asarray(params, dtype=np.float64))
        acts = net.forward_all(self._X)
        out = acts[-1]
        if self._task == "classification":
            shown = out if out.shape[1] > 1 else out[:, :1]
        else:
            shown = self._data.raw_targets(out)
        self._values = shown
        for c, curve in enumerate(self._curves):
            curve.setData(self.xs, shown[:, c])
        if self.boundary is not None and shown.shape[1] == 1:
            self.crossings = _crossings(self.xs, shown[:, 0] - 0.5)
            ys = np.tile([0.0, 1.0], len(self.crossings))
            self.boundary.setData(np.repeat(self.crossings, 2), ys, connect="pairs")
        if self._unit_curves:
            self._units = acts[-2]
            for j, curve in enumerate(self._unit_curves):
                curve.setData(self.xs, self._units[:, j])

    def values(self) -> np.ndarray | None:
        """The drawn answer over `xs`: (N_POINTS, curves), probabilities or data units."""
        return self._values

    def unit_values(self) -> np.ndarray | None:
        """The last hidden layer's outputs over `xs`, (N_POINTS, units), or None."""
        return self._units

    # ---- building ----
    def _add_points(self, raw_x, T, filled: bool) -> None:
        if self._task == "classification":
            cls = (T[:, 0] >= 0.5).astype(int) if T.shape[1] == 1 else np.argmax(T, axis=1)
            colours = class_colours(max(2, T.shape[1]))[cls]
            y = (T[:, 0] if T.shape[1] == 1 else np.ones(len(T)))
        else:  # the data in blue (training) and orange (test), the answer in black over them
            colours = np.tile([[31, 119, 180]] if filled else [[230, 120, 20]], (len(T), 1))
            y = self._data.raw_targets(T)[:, 0]
        if filled:
            item = pg.ScatterPlotItem(x=raw_x, y=y, size=7, pen=pg.mkPen("w", width=0.8),
                                      brush=[pg.mkBrush(*c, 200) for c in colours])
        else:
            item = pg.ScatterPlotItem(x=raw_x, y=y, size=8, symbol="t", brush=pg.mkBrush(0, 0, 0, 0),
                                      pen=[pg.mkPen(*c, width=1.5) for c in colours])
        self.top.addItem(item)

    def _caption(self) -> str:
        if self._task == "classification":
            text = self.tr("The curve: the network's probability of each class at every x. Above "
                           "the dashed line (0.5) it answers that class; a solid upright line marks "
                           "where the answer changes. Filled dots: training samples at their "
                           "target; hollow triangles: test samples.")
        else:
            text = self.tr("Black: what the network answers at every x. Filled blue dots: "
                           "training samples; hollow orange triangles: test samples.")
        if self._unit_curves:
            text += " " + self.tr("Below: each unit of the last hidden layer over x. The output "
                                  "adds these curves up, each times its weight, so the fit is "
                                  "made of their bends.")
        return text


def _crossings(xs: np.ndarray, d: np.ndarray) -> np.ndarray:
    """x where the sampled d(x) changes sign, by linear interpolation between neighbours."""
    i = np.flatnonzero(np.sign(d[:-1]) * np.sign(d[1:]) < 0)
    return xs[i] - d[i] * (xs[i + 1] - xs[i]) / (d[i + 1] - d[i])
