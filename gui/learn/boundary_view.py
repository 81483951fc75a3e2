"""The network's answer over the input plane: a decision-boundary (or regression-surface) heatmap
with the data points on top.

The heatmap is one pyqtgraph ImageItem created once and fed with setImage; the points are two
ScatterPlotItems (training filled, test hollow). Colours come from gui/drawing/colormap.py: for two
classes the output o is shown as o − 0.5 on the shared diverging map (blue = class 0, red =
class 1, grey = undecided), for regression the output in the data's own units on the same map;
the line o = 0.5 is drawn as the decision boundary. The caller limits how often
`set_network_params` is called.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from core.engine.network import Network
from core.teaching.surface import contour_segments, grid, layer_surfaces, padded_limits
from gui.drawing.colormap import NEGATIVE_END, POSITIVE_END, diverging_rgb, nice_ceiling
from gui.i18n.retranslating import Retranslating

# Colours of a third class and beyond (softmax outputs); classes 0 and 1 use the map's two ends.
_MORE_CLASSES = [(46, 160, 67), (230, 159, 0), (148, 103, 189), (140, 86, 75), (23, 190, 207),
                 (127, 127, 127), (188, 189, 34), (227, 119, 194)]
_WASH = 0.45  # the background is mixed this much with white so the points stand out


def class_colours(n: int) -> np.ndarray:
    """(n, 3) uint8 colours of classes 0..n−1: blue and red (the diverging map's ends), then more."""
    return np.array(([NEGATIVE_END, POSITIVE_END] + _MORE_CLASSES)[:max(n, 2)], dtype=np.uint8)


def washed(rgb: np.ndarray, amount: float = _WASH) -> np.ndarray:
    return np.round(rgb * (1.0 - amount) + 255.0 * amount).astype(np.uint8)


class BoundaryView(Retranslating, QtWidgets.QWidget):
    """Heatmap of the output over the plane of the first two inputs, points coloured by target.

    data: anything with X_train, T_train (and optionally X_test, T_test, input_norm, task,
    class_names, target_scaling, feature_names), inputs as the network sees them. More than two
    inputs: the plane shows `axes` with the other features held at their training mean.
    """

    def __init__(self, data, sizes, activations, loss: str = "sse", resolution: int = 100,
                 axes=(0, 1), parent=None):
        super().__init__(parent)
        self._sizes, self._acts, self._loss = tuple(sizes), tuple(activations), loss
        self._res, self._axes = int(resolution), tuple(axes)
        self._norm = getattr(data, "input_norm", None)
        self._task = getattr(data, "task", "classification")
        self._scaling = getattr(data, "target_scaling", None)
        m = self._sizes[-1]
        self._n_classes = 2 if m == 1 else m
        names = getattr(data, "class_names", None) or range(self._n_classes)
        self._class_ids = [str(n) for n in names]
        self._raw_train = self._raw(data.X_train)
        X_test = getattr(data, "X_test", None)
        self._raw_test = self._raw(X_test) if X_test is not None and len(X_test) else None
        pts = self._raw_train if self._raw_test is None else np.vstack([self._raw_train,
                                                                         self._raw_test])
        self.xlim, self.ylim = padded_limits(pts, 0.08, self._axes)
        self._base = self._raw_train.mean(axis=0)
        self._values: np.ndarray | None = None
        self._rgb: np.ndarray | None = None
        self._discretise = False
        self._vmax = 1.0
        self._build(data, X_test)

    # ---- public interface ----
    def set_network_params(self, params: np.ndarray) -> None:
        """Recompute and redraw the heatmap for the flat parameter buffer `params`."""
        net = Network(self._sizes, self._acts, self._loss, np.asarray(params, dtype=np.float64))
        out = layer_surfaces(net, self.xlim, self.ylim, self._res, self._norm, self._axes,
                             self._base)[-1]
        self._values = self._to_shown(out)
        self._redraw()

    def set_discretise(self, on: bool) -> None:
        """Show hard class regions (threshold 0.5, or argmax) instead of graded probabilities."""
        self._discretise_box.setChecked(bool(on))

    def set_show_test(self, on: bool) -> None:
        """Show or hide the test points (hollow markers)."""
        self._test_box.setChecked(bool(on))

    def image_rgb(self) -> np.ndarray | None:
        """The heatmap's colours, (ny, nx, 3) uint8, row 0 at the bottom (ylim[0])."""
        return self._rgb

    def values(self) -> np.ndarray | None:
        """What the heatmap shows: P(class 1) (ny, nx), class probabilities (ny, nx, m), or the
        regression output in the data's units."""
        return self._values

    def pixel_centres(self) -> tuple[np.ndarray, np.ndarray]:
        """(xs, ys): the raw input coordinates of the heatmap's columns and rows."""
        return grid(self.xlim, self.ylim, self._res)

    # ---- building ----
    def _raw(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        return X if self._norm is None else self._norm.invert(X)

    def _build(self, data, X_test) -> None:
        names = list(getattr(data, "feature_names", None) or [])
        self._plot = pg.PlotWidget(background="w")
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self._plot.setMouseEnabled(False, False)
        for side, a in (("bottom", self._axes[0]), ("left", self._axes[1])):
            item.setLabel(side, names[a] if a < len(names) else f"x{a + 1}")
            item.getAxis(side).setTextPen("#333")
        self._image = pg.ImageItem(axisOrder="row-major")
        self._plot.addItem(self._image)
        # the boundary o = 0.5 as disjoint segments (core.teaching.surface.contour_segments: numpy, a few
        # ms; pyqtgraph's IsocurveItem traces it in Python, 4× slower, inside every paint)
        self._boundary = pg.PlotCurveItem(pen=pg.mkPen((40, 40, 40), width=2), connect="pairs")
        self._boundary.setParentItem(self._image)
        self._boundary.setPos(0.5, 0.5)  # the segments' ends are in pixel-centre units
        self._train_pts = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1.2))
        self._test_pts = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(0, 0, 0, 0))
        self._plot.addItem(self._train_pts)
        self._plot.addItem(self._test_pts)
        self._plot.setRange(xRange=self.xlim, yRange=self.ylim, padding=0)
        self._set_points(self._train_pts, self._raw_train, data.T_train, filled=True)
        if self._raw_test is not None:
            self._set_points(self._test_pts, self._raw_test, data.T_test, filled=False)
        self._discretise_box = QtWidgets.QCheckBox()
        self._discretise_box.toggled.connect(self._on_discretise_toggled)
        self._test_box = QtWidgets.QCheckBox()
        self._test_box.setEnabled(self._raw_test is not None)
        self._test_box.toggled.connect(self._on_show_test_toggled)
        self._test_box.setChecked(self._raw_test is not None)
        self._caption = QtWidgets.QLabel()
        self._caption.setWordWrap(True)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self._discretise_box)
        row.addWidget(self._test_box)
        row.addStretch(1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self._plot, 1)
        lay.addLayout(row)
        lay.addWidget(self._caption)
        self.retranslate()

    def retranslate(self) -> None:
        self._discretise_box.setText(self.tr("discretise (threshold 0.5)"))
        self._test_box.setText(self.tr("show test points"))
        self._caption.setText(self._caption_html())
        for action in self._plot.scene().contextMenu:  # pyqtgraph's own, worded by its translate()
            action.setText(QtCore.QCoreApplication.translate("GraphicsScene", "Export..."))

    def _target_colours(self, T) -> np.ndarray:
        T = np.asarray(T, dtype=np.float64)
        if self._task == "classification":
            cls = (T[:, 0] >= 0.5).astype(int) if T.shape[1] == 1 else np.argmax(T, axis=1)
            return class_colours(self._n_classes)[cls]
        raw = T[:, 0] if self._scaling is None else self._scaling.invert(T)[:, 0]
        self._vmax = nice_ceiling(float(np.max(np.abs(raw))) if raw.size else 1.0)
        return diverging_rgb(raw, self._vmax)

    def _set_points(self, item, raw, T, filled: bool) -> None:
        rgb = self._target_colours(T)
        a, b = self._axes
        if filled:
            brushes = [pg.mkBrush(*c) for c in rgb]
            item.setData(x=raw[:, a], y=raw[:, b], brush=brushes)
        else:
            pens = [pg.mkPen(*c, width=2) for c in rgb]
            item.setData(x=raw[:, a], y=raw[:, b], pen=pens, symbol="t")

    @property
    def _class_names(self) -> list[str]:
        return [self.tr("class {name}").format(name=n) if n.isdigit() else n for n in self._class_ids]

    def _caption_html(self) -> str:
        if self._task != "classification":
            return self.tr("Background: the network's output o for every point of the plane, in the "
                           "data's units (red = positive, blue = negative). Dots: the targets t, same "
                           "colours. Where a dot matches its background, the network fits it.")
        names = self._class_names
        sw = "".join(f"<span style='color:rgb{tuple(int(v) for v in c)}'>●</span> {n} &nbsp; "
                     for c, n in zip(class_colours(self._n_classes), names, strict=False))
        if self._n_classes == 2:
            text = self.tr("Background: o, the network's probability of {name}, for every point of the plane. "
                           "The black line is the decision boundary o = 0.5. Filled dots: training samples; "
                           "hollow triangles: test samples.").format(name=names[1])
        else:
            text = self.tr("Background: the class the network picks (paler where it is unsure), for every "
                           "point of the plane. The black line is the decision boundary o = 0.5. Filled dots: "
                           "training samples; hollow triangles: test samples.")
        return f"{sw}<br>{text}"

    # ---- drawing ----
    def _to_shown(self, out: np.ndarray) -> np.ndarray:
        if self._task != "classification":
            o = out[..., 0]
            if self._scaling is not None:
                o = o * self._scaling.scale[0] + self._scaling.shift[0]
            return o
        if out.shape[-1] == 1:
            return out[..., 0]
        return out[..., 1] if out.shape[-1] == 2 else out

    def _redraw(self) -> None:
        v = self._values
        if v is None:
            return
        if self._task != "classification":
            rgb = diverging_rgb(v, self._vmax)
            level = None
        elif v.ndim == 2:
            p = (v >= 0.5).astype(float) if self._discretise else v
            rgb = diverging_rgb(p - 0.5, 0.5)
            level = 0.5
        else:
            cls = np.argmax(v, axis=-1)
            rgb = class_colours(v.shape[-1])[cls]
            if not self._discretise:
                conf = (np.max(v, axis=-1) - 1.0 / v.shape[-1]) / (1.0 - 1.0 / v.shape[-1])
                rgb = washed(rgb, 0.8 * (1.0 - conf[..., None]))
            level = None
        self._rgb = washed(rgb)
        self._image.setImage(self._rgb, levels=(0, 255), autoLevels=False)
        # the rect scales pixels to data units, so it is set once the image has a size
        self._image.setRect(QtCore.QRectF(self.xlim[0], self.ylim[0], self.xlim[1] - self.xlim[0],
                                          self.ylim[1] - self.ylim[0]))
        seg = contour_segments(v, level) if level is not None else np.empty((0, 4))
        self._boundary.setData(seg[:, [0, 2]].ravel(), seg[:, [1, 3]].ravel(), connect="pairs")

    def _on_discretise_toggled(self, on: bool) -> None:
        self._discretise = on
        self._redraw()

    def _on_show_test_toggled(self, on: bool) -> None:
        self._test_pts.setVisible(on)
