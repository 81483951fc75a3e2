"""More than two inputs, not an image: the data in the plane of its two principal components
(core/teaching/projection.py, computed once), each point in its true class's colour, a black
ring round every point the network gets wrong, and behind them the network's answer over that
plane, with its decision boundary.

Regression: the points and the background in the data's units on the diverging map instead.
The heatmap is one ImageItem, the points two ScatterPlotItems and the rings a third, created
once and fed with setData; the caller limits how often `set_network_params` is called.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from core.data.dataset import class_indices
from core.engine.network import Network
from core.teaching.projection import Projection
from core.teaching.subsample import spread_rows
from core.teaching.surface import contour_segments, grid
from gui.drawing.colormap import diverging_rgb, nice_ceiling
from gui.learn.boundary_view import class_colours, washed

RESOLUTION = 70


class ProjectionView(QtWidgets.QWidget):
    """The data and the network's answer in the plane of the inputs' first two principal axes."""

    def __init__(self, data, sizes, activations, loss: str = "sse", parent=None):
        super().__init__(parent)
        self._sizes, self._acts, self._loss = tuple(sizes), tuple(activations), loss
        self._data, self._task = data, data.task
        self.projection = Projection.fit(data.X_train)
        # the points drawn (and checked each frame): all, or an even 2,000 of a big set
        train, test = spread_rows(len(data.X_train)), spread_rows(len(data.X_test))
        self._X = np.vstack([data.X_train[train], data.X_test[test]])
        self._T = np.vstack([data.T_train[train], data.T_test[test]])
        self._n_train = len(train)
        P = self.projection.to_plane(self._X)
        lo, hi = P.min(axis=0), P.max(axis=0)
        pad = 0.08 * np.maximum(hi - lo, 1e-9)
        self.xlim, self.ylim = (lo[0] - pad[0], hi[0] + pad[0]), (lo[1] - pad[1], hi[1] + pad[1])
        xs, ys = grid(self.xlim, self.ylim, RESOLUTION)
        plane = np.column_stack([np.tile(xs, ys.size), np.repeat(ys, xs.size)])
        self._grid_inputs = self.projection.from_plane(plane)
        m = self._sizes[-1]
        self._n_classes = 2 if m == 1 else m
        self.wrong: np.ndarray | None = None
        self._rgb: np.ndarray | None = None
        self._vmax = 1.0
        self._build(P)

    # ---- public interface ----
    def set_network_params(self, params: np.ndarray) -> None:
        """Recompute the background and the wrong points for the flat parameter buffer."""
        for _ in self.redraw_in_steps(params):
            pass

    def redraw_in_steps(self, params: np.ndarray):
        """set_network_params in two pieces (a generator): the background and the rings, then
        the boundary, for a caller spreading the work over passes of the event loop. A diverging
        run is reported by the studio: its overflows are not warned about here."""
        with np.errstate(all="ignore"):
            out = self._draw_background(params)
        yield
        with np.errstate(all="ignore"):
            self._draw_boundary(out)

    def _draw_background(self, params: np.ndarray) -> np.ndarray:
        """The answer over the plane as colours, and the rings; returns the outputs (ny, nx, m)."""
        net = Network(self._sizes, self._acts, self._loss, np.asarray(params, dtype=np.float64))
        out = net.forward(self._grid_inputs).reshape(RESOLUTION, RESOLUTION, -1)
        if self._task == "classification":
            cls = np.argmax(out, axis=-1) if out.shape[-1] > 1 else (out[..., 0] >= 0.5).astype(int)
            rgb = class_colours(self._n_classes)[cls]
            O = net.forward(self._X)
            self.wrong = class_indices(O) != class_indices(self._T)
            P = self._points_xy
            self._rings.setData(x=P[self.wrong, 0], y=P[self.wrong, 1])
        else:
            v = self._data.raw_targets(out.reshape(-1, out.shape[-1]))[:, 0].reshape(RESOLUTION, RESOLUTION)
            rgb = diverging_rgb(v, self._vmax)
        self._rgb = washed(rgb, 0.65)  # paler than the 2-D view's: the points sit on their own colour
        self._image.setImage(self._rgb, levels=(0, 255), autoLevels=False)
        self._image.setRect(QtCore.QRectF(self.xlim[0], self.ylim[0], self.xlim[1] - self.xlim[0],
                                          self.ylim[1] - self.ylim[0]))
        return out

    def _draw_boundary(self, out: np.ndarray) -> None:
        """Where the answer changes class: o = 0.5 for one output; for several, where each
        class's margin over the best other is 0."""
        if self._task != "classification":
            seg = np.empty((0, 4))
        elif out.shape[-1] == 1:
            seg = contour_segments(out[..., 0], 0.5)
        else:
            seg = np.vstack([contour_segments(out[..., k] - np.delete(out, k, axis=-1).max(axis=-1), 0.0)
                             for k in range(out.shape[-1])])
        self._boundary.setData(seg[:, [0, 2]].ravel(), seg[:, [1, 3]].ravel(), connect="pairs")

    def image_rgb(self) -> np.ndarray | None:
        """The background's colours, (ny, nx, 3) uint8, row 0 at the bottom."""
        return self._rgb

    # ---- building ----
    def _build(self, P: np.ndarray) -> None:
        self._points_xy = P
        plot = pg.PlotWidget(background="w")
        item = plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        plot.setMouseEnabled(False, False)
        e = self.projection.explained
        item.setLabel("bottom", self.tr("principal component 1 ({share} % of the variation)")
                      .format(share=round(100 * e[0])))
        item.setLabel("left", self.tr("principal component 2 ({share} %)").format(share=round(100 * e[1])))
        self._image = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self._image)
        self._boundary = pg.PlotCurveItem(pen=pg.mkPen((40, 40, 40), width=2), connect="pairs")
        self._boundary.setParentItem(self._image)
        self._boundary.setPos(0.5, 0.5)
        T = self._T
        if self._task == "classification":
            rgb = class_colours(self._n_classes)[class_indices(T)]
        else:
            raw = self._data.raw_targets(T)[:, 0]
            self._vmax = nice_ceiling(float(np.max(np.abs(raw))) if raw.size else 1.0)
            rgb = diverging_rgb(raw, self._vmax)
        n = self._n_train
        train = pg.ScatterPlotItem(x=P[:n, 0], y=P[:n, 1], size=8, pen=pg.mkPen("w", width=1),
                                   brush=[pg.mkBrush(*c) for c in rgb[:n]])
        test = pg.ScatterPlotItem(x=P[n:, 0], y=P[n:, 1], size=9, symbol="t",
                                  brush=pg.mkBrush(0, 0, 0, 0), pen=[pg.mkPen(*c, width=2) for c in rgb[n:]])
        self._rings = pg.ScatterPlotItem(size=15, pen=pg.mkPen((0, 0, 0), width=2),
                                         brush=pg.mkBrush(0, 0, 0, 0))
        for it in (train, test, self._rings):
            plot.addItem(it)
        plot.setRange(xRange=self.xlim, yRange=self.ylim, padding=0)
        if self._task == "classification":
            names = self._data.class_names or [str(i) for i in range(self._n_classes)]
            swatches = " &nbsp; ".join(f"<span style='color:rgb{tuple(int(v) for v in c)}'>●</span> {nm}"
                                       for c, nm in zip(class_colours(self._n_classes), names, strict=False))
            text = swatches + "<br>" + self.tr(
                "The data seen along its two directions of largest spread (PCA of the inputs). "
                "Background: the class the network answers on this plane, with the boundary. A black "
                "ring marks each sample the network gets wrong. Filled dots: training; hollow "
                "triangles: test.")
        else:
            text = self.tr("The data seen along its two directions of largest spread (PCA of the "
                           "inputs). Background: the network's answer on this plane; dots: the "
                           "targets, same colours (red positive, blue negative).")
        caption = QtWidgets.QLabel(text)
        caption.setWordWrap(True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(plot, 1)
        lay.addWidget(caption)

