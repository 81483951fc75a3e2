"""The "What units learned" tab: a picture of what the network does, for every kind of data.

1 input: the answer as a curve over x with the data, and each last-hidden unit's curve below
(CurveView). 2 inputs: the decision boundary (or regression surface) with each unit's response
over the plane beside it. Images: each first-layer unit's incoming weights as a picture, and the
training samples the network gets most wrong (WorstStrip). More inputs: the data in the plane of
its principal components with the network's answer there (ProjectionView), or in the plane of
two features the user picks, the others held at their means (BoundaryView).

Built for one data set and architecture (the Learn panel builds a new one when they change).
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from gui.i18n.retranslating import Retranslating
from gui.learn.boundary_view import BoundaryView
from gui.learn.curve_view import CurveView
from gui.learn.projection_view import ProjectionView
from gui.learn.unit_pictures import UnitResponseStrip, image_shape
from gui.learn.worst_strip import WorstStrip

MAX_PAIR_FEATURES = 8  # feature pairs offered among the first this many features


class _FittingArea(QtWidgets.QScrollArea):
    """A vertical scroll area that tells its strip (UnitResponseStrip.fit_width) how wide it is, so
    that the strip wraps its pictures to the panel's width: there is no horizontal scroll bar."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        inner = self.widget()
        strips = inner.findChildren(UnitResponseStrip) if inner is not None else []
        for strip in strips:
            strip.fit_width(self.viewport().width())


class UnitsTab(Retranslating, QtWidgets.QWidget):
    """The picture for this data's kind; `kind` says which: 'curve', 'plane', 'image' or
    'projection'."""

    unit_clicked = QtCore.Signal(int, int)  # (layer in sizes, unit)

    def __init__(self, dataset, sizes, activations, loss: str, parent=None):
        super().__init__(parent)
        self._data, self._sizes, self._acts, self._loss = dataset, tuple(sizes), tuple(activations), loss
        self.boundary: BoundaryView | None = None
        self.strip: UnitResponseStrip | None = None
        self.curve: CurveView | None = None
        self.projection: ProjectionView | None = None
        self.worst: WorstStrip | None = None
        self.plane_combo: QtWidgets.QComboBox | None = None
        self._params = None
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 8, 2)
        d = sizes[0]
        shape = image_shape(d)
        if d == 1:
            self.kind = "curve"
            self.curve = CurveView(dataset, sizes, activations, loss)
            lay.addWidget(self.curve, 1)
        elif d == 2:
            self.kind = "plane"
            self.boundary = BoundaryView(dataset, sizes, activations, loss, resolution=90)
            self.strip = UnitResponseStrip(sizes, activations, loss, self.boundary.xlim,
                                           self.boundary.ylim, dataset.input_norm, thumb=30, resolution=40,
                                           per_row=8)
            lay.addWidget(self.boundary, 3)
            lay.addWidget(self._scrolled(self.strip), 2)
        elif shape is not None:
            self.kind = "image"
            self.strip = UnitResponseStrip(sizes, activations, loss, thumb=44, per_row=7)
            if dataset.task == "classification":
                self.worst = WorstStrip(dataset, sizes, activations, loss, shape)
                lay.addWidget(self.worst)
            lay.addWidget(self._scrolled(self.strip), 1)
        else:
            self.kind = "projection"
            self.plane_combo = QtWidgets.QComboBox()
            self.plane_combo.addItem(self.tr("Principal components (PCA of all inputs)"), None)
            names = dataset.feature_names
            n = min(d, MAX_PAIR_FEATURES)
            for i in range(n):
                for j in range(i + 1, n):
                    self.plane_combo.addItem(self.tr("{a} against {b}, the others at their mean")
                                             .format(a=names[i], b=names[j]), (i, j))
            self.plane_combo.setToolTip(self.tr("Which plane of the input space to draw the data "
                                                "and the network's answer on"))
            # long feature names must not widen the Learn panel: the popup shows them whole
            self.plane_combo.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.plane_combo.setMinimumContentsLength(16)
            self.plane_combo.currentIndexChanged.connect(self._on_plane_chosen)
            row = QtWidgets.QHBoxLayout()
            self._plane_label = QtWidgets.QLabel(self.tr("Plane:"))
            row.addWidget(self._plane_label)
            row.addWidget(self.plane_combo, 1)
            lay.addLayout(row)
            self._plane_box = QtWidgets.QVBoxLayout()
            lay.addLayout(self._plane_box, 1)
            self.projection = ProjectionView(dataset, sizes, activations, loss)
            self._plane_box.addWidget(self.projection)
        if self.strip is not None:
            self.strip.unit_clicked.connect(self.unit_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """The plane chooser's words in the current language (the pictures carry their own)."""
        if self.plane_combo is None:
            return
        names = self._data.feature_names
        self.plane_combo.setItemText(0, self.tr("Principal components (PCA of all inputs)"))
        for i in range(1, self.plane_combo.count()):
            a, b = self.plane_combo.itemData(i)
            self.plane_combo.setItemText(i, self.tr("{a} against {b}, the others at their mean")
                                         .format(a=names[a], b=names[b]))
        self.plane_combo.setToolTip(self.tr("Which plane of the input space to draw the data "
                                            "and the network's answer on"))
        self._plane_label.setText(self.tr("Plane:"))

    def set_network_params(self, params) -> None:
        """Redraw for the flat params copy (the caller limits the rate)."""
        self.stage_params(params)
        for _ in self.redraw_in_steps():
            pass

    def stage_params(self, params) -> None:
        """The params to show; drawn by the next `redraw_in_steps` (or set_network_params)."""
        self._params = params

    def redraw_in_steps(self):
        """Draw the staged params: the main picture, then the units' pictures, one per next(),
        for a caller spreading the work over passes of the event loop."""
        params = self._params
        if params is None:
            return
        with np.errstate(all="ignore"):  # a diverging run is reported by the studio, not here
            for view in (self.boundary, self.curve):
                if view is not None:
                    view.set_network_params(params)
        if self.projection is not None:
            yield from self.projection.redraw_in_steps(params)
        if self.worst is not None:
            yield
            yield from self.worst.redraw_in_steps(params)  # its pieces guard their own numbers
        yield
        with np.errstate(all="ignore"):
            if self.strip is not None:
                self.strip.set_network_params(params)

    # ---- slots ----
    def _on_plane_chosen(self, index: int) -> None:
        axes = self.plane_combo.itemData(index)
        old = self.projection or self.boundary
        self._plane_box.removeWidget(old)
        old.deleteLater()
        self.projection = self.boundary = None
        if axes is None:
            self.projection = ProjectionView(self._data, self._sizes, self._acts, self._loss)
            self._plane_box.addWidget(self.projection)
        else:
            self.boundary = BoundaryView(self._data, self._sizes, self._acts, self._loss,
                                         resolution=70, axes=tuple(axes))
            self._plane_box.addWidget(self.boundary)
        if self._params is not None:
            self.set_network_params(self._params)

    @staticmethod
    def _scrolled(widget: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
        inner = QtWidgets.QWidget()  # keeps the strip at the top instead of spread out
        box = QtWidgets.QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addStretch(1)
        area = _FittingArea()
        area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        return area
