"""The Metrics tab: how good the network is, in a learner's words, on the training and test sets.

Classification: accuracy and a confusion matrix (rows: true class, columns: predicted class,
diagonal = right answers). Regression: RMSE and R² in the data's own units. The numbers come from
core.teaching.metrics.evaluate on a params copy; the Learn panel limits how often they are recomputed.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from core.engine.network import Network
from core.teaching.metrics import evaluate

RIGHT, WRONG = QtGui.QColor(46, 160, 67), QtGui.QColor(214, 39, 40)  # cell tints: right, wrong


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


class ConfusionTable(QtWidgets.QTableWidget):
    """A c × c table of counts, created once; each cell tinted by its share of its row."""

    def __init__(self, class_names, parent=None):
        c = len(class_names)
        super().__init__(c, c, parent)
        self.setHorizontalHeaderLabels([str(n) for n in class_names])
        self.setVerticalHeaderLabels([str(n) for n in class_names])
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        for h in (self.horizontalHeader(), self.verticalHeader()):
            h.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch if c <= 4 else
                                   QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()
        for i in range(c):
            for j in range(c):
                item = QtWidgets.QTableWidgetItem("")
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
                self.setItem(i, j, item)
        self.counts = np.zeros((c, c), dtype=np.int64)

    def retranslate(self) -> None:
        self.horizontalHeader().setToolTip(self.tr("predicted class"))
        self.verticalHeader().setToolTip(self.tr("true class"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_counts(self, C: np.ndarray) -> None:
        if np.array_equal(C, self.counts):
            return  # the usual case late in training; 100 cells cost ~10 ms to restyle
        self.counts = np.asarray(C).copy()
        rows = np.maximum(self.counts.sum(axis=1, keepdims=True), 1)
        for i in range(C.shape[0]):
            for j in range(C.shape[1]):
                item = self.item(i, j)
                item.setText(str(int(C[i, j])))
                share = C[i, j] / rows[i, 0]
                colour = QtGui.QColor(RIGHT if i == j else WRONG)
                colour.setAlphaF(0.08 + 0.5 * share if C[i, j] else 0.0)
                item.setBackground(colour)


class MetricsView(QtWidgets.QWidget):
    """Accuracy + confusion matrices, or RMSE + R², for one data set and architecture."""

    def __init__(self, dataset, sizes, activations, loss: str, parent=None):
        super().__init__(parent)
        self._data = dataset
        self._net = Network(tuple(sizes), tuple(activations), loss)
        self.task = dataset.task
        self.has_test = dataset.X_test is not None and len(dataset.X_test) > 0
        self.result: dict | None = None
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(QtCore.Qt.TextFormat.RichText)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.summary)
        self.tables: dict[str, ConfusionTable] = {}
        self._captions: dict[str, QtWidgets.QLabel] = {}
        if self.task == "classification":
            names = dataset.class_names or [str(i) for i in range(max(2, sizes[-1]))]
            for which in ("train", "test") if self.has_test else ("train",):
                caption = QtWidgets.QLabel()
                caption.setWordWrap(True)
                self._captions[which] = caption
                self.tables[which] = ConfusionTable(names)
                lay.addWidget(caption)
                lay.addWidget(self.tables[which], 1)
        else:
            lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        note = self.tr("(rows: true class, columns: the network's answer; the diagonal is right)")
        for which, caption in self._captions.items():
            title = self.tr("Confusion matrix, training set") if which == "train" else \
                self.tr("Confusion matrix, test set")
            caption.setText(f"<b>{title}</b> <span style='color:#666'>{note}</span>")
        self.summary.setText(self._summary_html() if self.result is not None else
                             "<p style='color:#555'>" + self.tr("Train a little to see the numbers.") + "</p>")

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_network_params(self, params: np.ndarray) -> None:
        """Evaluate the flat params copy on the training and test sets and show the numbers."""
        self._net.params[:] = params
        with np.errstate(all="ignore"):
            self.result = evaluate(self._net, self._data, self.task)
        self.summary.setText(self._summary_html())
        for which, table in self.tables.items():
            if self.result[which] is not None:
                table.set_counts(self.result[which]["confusion"])

    def _summary_html(self) -> str:
        rows = []
        for which in ("train", "test"):
            r = self.result[which]
            if r is None:
                continue
            name = self.tr("Training set") if which == "train" else self.tr("Test set")
            n = len(self._data.X_train if which == "train" else self._data.X_test)
            if self.task == "classification":
                right = int(np.trace(r["confusion"]))
                correct = self.tr("correct ({right} of {n})").format(right=right, n=n)
                rows.append(f"<tr><td><b>{name}</b></td><td align=right>&nbsp;{_pct(r['accuracy'])}"
                            f"</td><td style='color:#555'>&nbsp;{correct}</td></tr>")
            else:
                r2 = "–" if math.isnan(r["r2"]) else f"{r['r2']:.3f}"
                rows.append(f"<tr><td><b>{name}</b></td><td>&nbsp;RMSE {r['rmse']:.4g}</td>"
                            f"<td>&nbsp;R² {r2}</td></tr>")
        head = (self.tr("<b>Accuracy</b>: the share of samples whose class the network gets right.")
                if self.task == "classification" else
                self.tr("<b>RMSE</b>: typical size of the error, in the target's own units. <b>R²</b>: "
                        "share of the target's variation explained (1 is perfect, 0 no better than the "
                        "mean)."))
        same = ("" if self.has_test else
                "<br><span style='color:#666'>" + self.tr("This data set has no separate test set.") + "</span>")
        return f"{head}<table style='margin-top:6px'>{''.join(rows)}</table>{same}"
