"""The "What units learned" tab: for 2-D inputs the decision boundary (or regression surface) with
each unit's response over the plane beside it; for image inputs each first-layer unit's incoming
weights as a picture; for anything else a note saying why there is nothing to draw.

Built for one data set and architecture (the Learn panel builds a new one when they change).
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from gui.learn.boundary_view import BoundaryView
from gui.learn.unit_pictures import UnitResponseStrip, image_shape

NOTE_HTML = ("<p style='color:#555'>This data set has {d} inputs ({names}), so there is no plane to "
             "paint the network's answer on, and they are not pixels of a picture.</p>"
             "<p style='color:#555'>With 2 inputs (XOR, spiral, moons, …) this tab shows the decision "
             "boundary and what each unit responds to; with images (digits) each hidden unit's "
             "incoming weights as a picture. Here, the <b>Metrics</b> tab says how good the "
             "network is, and the <b>Weights</b> tab shows every weight.</p>")


class UnitsTab(QtWidgets.QWidget):
    """BoundaryView + UnitResponseStrip (2-D), UnitResponseStrip alone (images) or a note."""

    unit_clicked = QtCore.Signal(int, int)  # (layer in sizes, unit)

    def __init__(self, dataset, sizes, activations, loss: str, parent=None):
        super().__init__(parent)
        self.boundary: BoundaryView | None = None
        self.strip: UnitResponseStrip | None = None
        self.note: QtWidgets.QLabel | None = None
        self._params = None
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 8, 2)
        d = sizes[0]
        if d == 2:
            self.boundary = BoundaryView(dataset, sizes, activations, loss, resolution=90)
            self.strip = UnitResponseStrip(sizes, activations, loss, self.boundary.xlim,
                                           self.boundary.ylim, dataset.input_norm, thumb=30, resolution=40,
                                           per_row=8)
            lay.addWidget(self.boundary, 3)
            lay.addWidget(self._scrolled(self.strip), 2)
        elif image_shape(d) is not None:
            self.strip = UnitResponseStrip(sizes, activations, loss, thumb=44, per_row=7)
            lay.addWidget(self._scrolled(self.strip), 1)
        else:
            names = ", ".join(dataset.feature_names[:6]) + (" …" if d > 6 else "")
            self.note = QtWidgets.QLabel(NOTE_HTML.format(d=d, names=names))
            self.note.setWordWrap(True)
            self.note.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
            self.note.setContentsMargins(10, 10, 10, 10)
            lay.addWidget(self.note, 1)
        if self.strip is not None:
            self.strip.unit_clicked.connect(self.unit_clicked)

    def set_network_params(self, params) -> None:
        """Redraw for the flat params copy (the caller limits the rate)."""
        self.stage_params(params)
        for _ in self.redraw_in_steps():
            pass

    def stage_params(self, params) -> None:
        """The params to show; drawn by the next `redraw_in_steps` (or set_network_params)."""
        self._params = params

    def redraw_in_steps(self):
        """Draw the staged params: the boundary, then the units' pictures, one per next(), for a
        caller spreading the work over passes of the event loop."""
        params = self._params
        if params is None:
            return
        with np.errstate(all="ignore"):  # a diverging run is reported by the studio, not here
            if self.boundary is not None:
                self.boundary.set_network_params(params)
        yield
        with np.errstate(all="ignore"):
            if self.strip is not None:
                self.strip.set_network_params(params)

    @staticmethod
    def _scrolled(widget: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
        inner = QtWidgets.QWidget()  # keeps the strip at the top instead of spread out
        box = QtWidgets.QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addStretch(1)
        area = QtWidgets.QScrollArea()
        area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        return area
