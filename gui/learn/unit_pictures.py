"""Small pictures of what each unit computes: its activation over the input plane (2-D data), or
its incoming weights as an image (image data such as 8 × 8 digits).

One row per layer, one thumbnail per unit; hovering a thumbnail shows it large in a popup, with
its name. Activations use the grey ramp the network graph fills its units with, weights the
shared diverging map (gui/drawing/colormap.py), so a thumbnail reads like the node and edges it explains.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from core.engine.network import Network
from core.teaching.notation import Notation
from core.teaching.surface import layer_surfaces
from gui.drawing.colormap import LUT, activation_rgb, diverging_index, nice_ceiling
from gui.drawing.weight_images import image_shape, rgb_image
from gui.i18n.retranslating import Retranslating

_RANGES = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "tanh": (-1.0, 1.0)}
BIG = 260  # side of the hover picture, pixels


class _Thumb(QtWidgets.QLabel):
    """One unit's picture; tells the strip when the mouse enters, leaves or clicks."""

    def __init__(self, strip: UnitResponseStrip, layer: int, unit: int, size: int):
        super().__init__()
        self.strip, self.layer, self.unit = strip, layer, unit
        self.setFixedSize(size, size)
        self.setFrameShape(QtWidgets.QFrame.Shape.Box)
        self.setStyleSheet("QLabel { border: 1px solid #888; }")
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)

    def enterEvent(self, event) -> None:
        self.strip._on_thumb_entered(self)

    def leaveEvent(self, event) -> None:
        self.strip._on_thumb_left(self)

    def mousePressEvent(self, event) -> None:
        self.strip.unit_clicked.emit(self.layer, self.unit)


class _Popup(QtWidgets.QFrame):
    """A tooltip-like window: one unit's picture, large, with its name underneath."""

    def __init__(self):
        super().__init__(None, QtCore.Qt.WindowType.ToolTip)
        self.setStyleSheet("_Popup { background: white; border: 1px solid #666; }")
        self.picture = QtWidgets.QLabel()
        self.caption = QtWidgets.QLabel()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.picture)
        lay.addWidget(self.caption)


class UnitResponseStrip(Retranslating, QtWidgets.QWidget):
    """Each hidden and output unit's response over the input plane, or (image inputs) each
    first-layer unit's incoming weights.

    Plane mode takes the same limits and input normalisation as the BoundaryView it sits under.
    """

    unit_hovered = Signal(int, int)  # (layer in sizes, unit); (-1, -1) when the mouse leaves
    unit_clicked = Signal(int, int)

    def __init__(self, sizes, activations, loss: str = "sse", xlim=(-1.0, 1.0), ylim=(-1.0, 1.0),
                 input_norm=None, thumb: int = 52, resolution: int = 64, per_row: int = 12,
                 parent=None):
        super().__init__(parent)
        self._sizes, self._acts, self._loss = tuple(sizes), tuple(activations), loss
        self._xlim, self._ylim, self._norm = xlim, ylim, input_norm
        self._res = int(resolution)
        self._shape = image_shape(self._sizes[0])
        self.mode = "weights" if self._shape is not None else "plane"
        self._note = Notation(self._sizes)
        self._images: dict[tuple[int, int], QtGui.QImage] = {}
        self._thumbs: dict[tuple[int, int], _Thumb] = {}
        self._popup = _Popup()
        self._per_row = int(per_row)
        self._build(thumb)

    # ---- public interface ----
    def set_network_params(self, params: np.ndarray) -> None:
        """Redraw every thumbnail for the flat parameter buffer `params`."""
        net = Network(self._sizes, self._acts, self._loss, np.asarray(params, dtype=np.float64))
        if self.mode == "weights":
            W = net.W[0]
            vmax = nice_ceiling(float(np.max(np.abs(W))) if W.size else 1.0)
            rgb = LUT[diverging_index(W, vmax)]  # (units, rows · cols, 3), the weight colours
            for u in range(W.shape[0]):
                self._set_image((1, u), rgb_image(rgb[u].reshape(*self._shape, 3)))
            return
        base = None
        if self._sizes[0] > 2 and self._norm is not None:
            base = self._norm.shift  # other raw features held at their fitted centre
        layers = layer_surfaces(net, self._xlim, self._ylim, self._res, self._norm, base=base)
        for s, A in enumerate(layers, start=1):
            lo, hi = _RANGES.get(self._acts[s - 1], (float(A.min()), float(A.max())))
            if self._acts[s - 1] == "relu":
                lo, hi = 0.0, max(float(A.max()), 1e-12)
            rgb = activation_rgb(A[::-1], lo, hi)  # image row 0 is the top: flip y
            for u in range(A.shape[-1]):
                self._set_image((s, u), rgb_image(np.ascontiguousarray(rgb[:, :, u])))

    def image(self, layer: int, unit: int) -> QtGui.QImage | None:
        """The current picture of a unit (top row = largest y), or None before the first params."""
        return self._images.get((layer, unit))

    def thumb(self, layer: int, unit: int) -> QtWidgets.QLabel:
        return self._thumbs[(layer, unit)]

    def popup(self) -> _Popup:
        """The hover window (visible while the mouse is over a thumbnail)."""
        return self._popup

    def fit_width(self, width: int) -> None:
        """Lay the thumbnails out in as many columns as `width` px hold (at most the per_row asked
        for, at least one): the Learn panel's scroll area calls this as it is resized, so that a
        narrow panel wraps the pictures instead of cutting them and the caption off on the right."""
        m = self._grid.contentsMargins()
        room = width - m.left() - m.right() - self._label_width() - self._grid.horizontalSpacing()
        step = self._thumb_size + self._grid.horizontalSpacing()
        columns = max(1, min(self._per_row, (room + self._grid.horizontalSpacing()) // step))
        if columns != self._columns:
            self._place(columns)

    # ---- building ----
    def _build(self, thumb: int) -> None:
        grid = self._grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(6)
        self._layers = [1] if self.mode == "weights" else list(range(1, len(self._sizes)))
        self._thumb_size = thumb
        caption = self._caption = QtWidgets.QLabel()
        caption.setWordWrap(True)
        self._layer_labels: dict[int, QtWidgets.QLabel] = {}
        for s in self._layers:
            name = self._layer_labels[s] = QtWidgets.QLabel()
            name.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight
                              | QtCore.Qt.AlignmentFlag.AlignVCenter)
            for u in range(self._sizes[s]):
                self._thumbs[(s, u)] = _Thumb(self, s, u, thumb)
        self._columns = 0
        self._place(self._per_row)
        self.retranslate()

    def _label_width(self) -> int:
        return max((label.sizeHint().width() for label in self._layer_labels.values()), default=0)

    def _place(self, columns: int) -> None:
        """Caption on top, then each layer's name and its thumbnails, `columns` to a row."""
        grid = self._grid
        if self._columns:  # placed before: take every widget out, then put it back in its new cell
            grid.setColumnStretch(self._columns + 1, 0)
            for w in (self._caption, *self._layer_labels.values(), *self._thumbs.values()):
                grid.removeWidget(w)
        grid.addWidget(self._caption, 0, 0, 1, columns + 1)
        row = 1
        for s in self._layers:
            grid.addWidget(self._layer_labels[s], row, 0)
            for u in range(self._sizes[s]):
                grid.addWidget(self._thumbs[(s, u)], row + u // columns, 1 + u % columns)
            row += (self._sizes[s] + columns - 1) // columns
        grid.setColumnStretch(columns + 1, 1)
        self._columns = columns

    def retranslate(self) -> None:
        if self.mode == "weights":
            self._caption.setText(self.tr(
                "Incoming weights of each first-layer unit, drawn as the {rows} × {cols} input image (red = "
                "positive, blue = negative): the pattern each unit looks for.").format(
                rows=self._shape[0], cols=self._shape[1]))
        else:
            self._caption.setText(self.tr(
                "What each unit computes over the input plane (dark = low, light = high): hidden units draw "
                "simple boundaries, later layers combine them."))
        for s, label in self._layer_labels.items():
            label.setText(self._note.layer_name(s))

    def _scaled(self, img: QtGui.QImage, side: int) -> QtGui.QPixmap:
        # weight images stay crisp pixels (an 8 × 8 digit); plane responses are smoothed
        mode = (QtCore.Qt.TransformationMode.FastTransformation if self.mode == "weights"
                else QtCore.Qt.TransformationMode.SmoothTransformation)
        return QtGui.QPixmap.fromImage(img.scaled(
            side, side, QtCore.Qt.AspectRatioMode.KeepAspectRatio, mode))

    def _set_image(self, key, img: QtGui.QImage) -> None:
        self._images[key] = img
        t = self._thumbs[key]
        t.setPixmap(self._scaled(img, t.width() - 2))

    def _describe(self, layer: int, unit: int) -> str:
        sym = self._note.unit(layer, str(unit + 1)).html
        if self.mode == "weights":
            return self.tr("<b>{unit}</b>: weights from every input pixel into this unit").format(unit=sym)
        return self.tr("<b>{unit}</b> ({layer} unit {n}) over the plane").format(
            unit=sym, layer=self._note.layer_name(layer), n=unit + 1)

    def _on_thumb_entered(self, t: _Thumb) -> None:
        img = self._images.get((t.layer, t.unit))
        self.unit_hovered.emit(t.layer, t.unit)
        if img is None:
            return
        self._popup.picture.setPixmap(self._scaled(img, BIG))
        self._popup.caption.setText(self._describe(t.layer, t.unit))
        self._popup.adjustSize()
        self._popup.move(t.mapToGlobal(QtCore.QPoint(t.width() + 8, 0)))
        self._popup.show()

    def _on_thumb_left(self, t: _Thumb) -> None:
        self._popup.hide()
        self.unit_hovered.emit(-1, -1)
