"""Images: the training samples the network currently gets most wrong, each drawn as its picture
with what the network says and what it is ("says 3, is 8"), worst first.

Recomputed from a params copy with one forward pass of the training set (core.teaching.metrics.
worst_samples); the thumbnails are QLabels created once and given new pixmaps. The caller limits
how often `set_network_params` is called.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from core.data.dataset import class_indices
from core.engine.network import Network
from core.teaching.metrics import forward_in_pieces, worst_samples
from core.teaching.subsample import spread_rows
from gui.drawing.weight_images import input_image

COUNT = 8
PER_ROW = 4  # two rows of four fit the Learn panel's usual width
SIDE = 56  # px of a thumbnail


class WorstStrip(QtWidgets.QWidget):
    """A row of the COUNT worst-classified training images with predicted and true labels."""

    def __init__(self, data, sizes, activations, loss: str, shape: tuple[int, int], parent=None):
        super().__init__(parent)
        self._data, self._shape = data, shape
        self._net = Network(tuple(sizes), tuple(activations), loss)
        self._names = [str(n) for n in (data.class_names or range(max(2, sizes[-1])))]
        X = data.X_train
        self._lo, self._hi = float(X.min()), float(X.max())
        self._rows = spread_rows(len(X))  # all of digits; an even 2,000 of MNIST's 60,000
        self.rows: np.ndarray = np.empty(0, dtype=np.int64)
        self.labels: list[tuple[str, str]] = []
        title = QtWidgets.QLabel(self.tr("<b>Hardest training samples now</b> (what the network "
                                         "says, what the sample is), worst first:"))
        title.setWordWrap(True)
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(6)
        self._pictures, self._captions = [], []
        for i in range(COUNT):
            pic, cap = QtWidgets.QLabel(), QtWidgets.QLabel()
            pic.setFixedSize(SIDE, SIDE)
            pic.setStyleSheet("QLabel { border: 1px solid #888; }")
            cap.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
            cap.setStyleSheet("QLabel { color: #333; font-size: 11px; }")
            # a fixed size: a new caption then costs no relayout of the tab (~10 ms when shown)
            cap.setFixedSize(SIDE + 16, 2 * QtGui.QFontMetrics(cap.font()).height() + 6)
            row, col = divmod(i, PER_ROW)
            grid.addWidget(pic, 2 * row, col)
            grid.addWidget(cap, 2 * row + 1, col)
            self._pictures.append(pic)
            self._captions.append(cap)
        grid.setColumnStretch(PER_ROW, 1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(title)
        lay.addLayout(grid)

    def set_network_params(self, params: np.ndarray) -> None:
        """Find and draw the worst-classified training samples for the flat params copy."""
        for _ in self.redraw_in_steps(params):
            pass

    def redraw_in_steps(self, params: np.ndarray):
        """set_network_params in pieces (a generator): the forward pass of the training set, in
        slices of rows (core.teaching.metrics.forward_in_pieces), then the pictures, for a caller
        spreading the work over passes of the event loop."""
        self._net.params[:] = params
        X, T = self._data.X_train[self._rows], self._data.T_train[self._rows]
        for O in forward_in_pieces(self._net, X):  # a diverging run is reported by the studio, not here
            if O is None:
                yield
        with np.errstate(all="ignore"):
            self._draw(worst_samples(O, T, COUNT), O, T, X)

    def _draw(self, rows, O, T, X) -> None:
        """Pictures and captions of `rows` (worst first); only what changed is redrawn."""
        pred, true = class_indices(O[rows]), class_indices(T[rows])
        shown = (self.rows, self.labels)
        self.rows, self.labels = self._rows[rows], []  # as rows of the whole training set
        for i, (row, at) in enumerate(zip(self.rows, rows, strict=True)):
            said, truth = self._names[int(pred[i])], self._names[int(true[i])]
            self.labels.append((said, truth))
            if i < len(shown[0]) and shown[0][i] == row and shown[1][i] == (said, truth):
                continue  # the same sample, the same answer: nothing to redraw
            img = input_image(X[at], self._shape, self._lo, self._hi)
            self._pictures[i].setPixmap(QtGui.QPixmap.fromImage(img).scaled(
                SIDE - 2, SIDE - 2, QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                QtCore.Qt.TransformationMode.FastTransformation))
            text = (self.tr("says {said}\nis {truth}") if said != truth else
                    self.tr("is {truth}\nunsure")).format(said=said, truth=truth)
            self._captions[i].setText(text)
            self._captions[i].setToolTip(self.tr("Training sample {row}: the network's output for "
                                                 "{said} is the largest; it is a {truth}.").format(
                row=int(row) + 1, said=said, truth=truth))
