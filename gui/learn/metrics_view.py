"""The Metrics tab: how good the network is, in a learner's words, on the training and test sets.

Classification: accuracy, a confusion matrix (rows: true class, columns: predicted class,
diagonal = right answers) and each class's accuracy under it. Regression: RMSE and R² in the
data's own units, and every sample's prediction against its true value, with the identity line
where a perfect network would put them all (PredictionScatter). The numbers come from
core.teaching.metrics (forward_in_pieces, evaluate_outputs) on a params copy, in pieces; the Learn
panel limits how often they are recomputed.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from core.engine.network import Network
from core.teaching.metrics import evaluate_outputs, forward_in_pieces, per_class_accuracy
from core.teaching.subsample import spread_rows
from gui.i18n.retranslating import Retranslating

RIGHT, WRONG = QtGui.QColor(46, 160, 67), QtGui.QColor(214, 39, 40)  # cell tints: right, wrong


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


class ConfusionTable(Retranslating, QtWidgets.QTableWidget):
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


class PredictionScatter(pg.PlotWidget):
    """Regression: predicted against true value of every sample (training filled, test hollow),
    in the data's units, over the identity line y = x. Items created once, fed with setData."""

    def __init__(self, dataset, parent=None):
        super().__init__(parent, background="w")
        self._data = dataset
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(False, False)
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("bottom", self.tr("true value t"))
        item.setLabel("left", self.tr("the network's answer o"))
        t_all = dataset.raw_targets(np.vstack([dataset.T_train, dataset.T_test]))[:, 0]
        lo, hi = float(t_all.min()), float(t_all.max())
        pad = 0.08 * (hi - lo or 1.0)
        self.limits = (lo - pad, hi + pad)
        self.identity = item.plot(self.limits, self.limits,
                                  pen=pg.mkPen((60, 60, 60), width=1.5, style=QtCore.Qt.PenStyle.DashLine))
        self.train = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.6), brush=pg.mkBrush(31, 119, 180, 170))
        self.test = pg.ScatterPlotItem(size=8, symbol="t", pen=pg.mkPen(214, 39, 40, width=1.5),
                                       brush=pg.mkBrush(0, 0, 0, 0))
        self.addItem(self.train)
        self.addItem(self.test)
        self.setRange(xRange=self.limits, yRange=self.limits, padding=0)
        self.points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        # the samples drawn: all, or an even 2,000 of a big set
        self.rows = {"train": spread_rows(len(dataset.X_train)), "test": spread_rows(len(dataset.X_test))}

    def set_outputs(self, O_train: np.ndarray, O_test: np.ndarray | None) -> None:
        """Outputs (n, m) of the rows `self.rows` picks, as the network gives them; column 0
        is drawn against its target."""
        ds = self._data
        for which, item, O, T in (("train", self.train, O_train, ds.T_train),
                                  ("test", self.test, O_test, ds.T_test)):
            if O is None or not len(O):
                continue
            t, o = ds.raw_targets(T[self.rows[which]])[:, 0], ds.raw_targets(O)[:, 0]
            o = np.clip(o, *self.limits) if np.all(np.isfinite(o)) else np.nan_to_num(o)
            self.points[which] = (t, o)
            item.setData(x=t, y=o)


class MetricsView(Retranslating, QtWidgets.QWidget):
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
        self.per_class: dict[str, QtWidgets.QLabel] = {}
        self.scatter: PredictionScatter | None = None
        self._scatter_caption: QtWidgets.QLabel | None = None
        if self.task == "classification":
            names = dataset.class_names or [str(i) for i in range(max(2, sizes[-1]))]
            for which in ("train", "test") if self.has_test else ("train",):
                caption = QtWidgets.QLabel()
                caption.setWordWrap(True)
                self._captions[which] = caption
                self.tables[which] = ConfusionTable(names)
                lay.addWidget(caption)
                lay.addWidget(self.tables[which], 1)
                self.per_class[which] = QtWidgets.QLabel()
                self.per_class[which].setWordWrap(True)
                self.per_class[which].setTextFormat(QtCore.Qt.TextFormat.RichText)
                lay.addWidget(self.per_class[which])
        else:
            self._scatter_caption = QtWidgets.QLabel()
            self._scatter_caption.setWordWrap(True)
            self.scatter = PredictionScatter(dataset)
            lay.addWidget(self._scatter_caption)
            lay.addWidget(self.scatter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        note = self.tr("(rows: true class, columns: the network's answer; the diagonal is right)")
        for which, caption in self._captions.items():
            title = self.tr("Confusion matrix, training set") if which == "train" else \
                self.tr("Confusion matrix, test set")
            caption.setText(f"<b>{title}</b> <span style='color:#666'>{note}</span>")
        if self._scatter_caption is not None:
            self._scatter_caption.setText(self.tr(
                "<b>Every sample's answer against its true value</b> <span style='color:#666'>"
                "(filled: training, hollow: test; on the dashed line the answer is exact)</span>"))
        self.summary.setText(self._summary_html() if self.result is not None else
                             "<p style='color:#555'>" + self.tr("Train a little to see the numbers.") + "</p>")
        if self.result is not None:
            for which in self.tables:
                if self.result[which] is not None:
                    self.per_class[which].setText(self._per_class_html(which))

    def set_network_params(self, params: np.ndarray) -> None:
        """Evaluate the flat params copy on the training and test sets and show the numbers."""
        for _ in self.redraw_in_steps(params):
            pass

    def redraw_in_steps(self, params: np.ndarray):
        """set_network_params in pieces (a generator): the forward passes of the training and test
        sets in slices of rows (core.teaching.metrics.forward_in_pieces), then the numbers, for a
        caller spreading the work over passes of the event loop."""
        self._net.params[:] = params
        ds, outputs = self._data, {}
        for which, X in (("train", ds.X_train), ("test", ds.X_test if self.has_test else None)):
            outputs[which] = None
            if X is not None and len(X):
                for O in forward_in_pieces(self._net, X):
                    if O is None:
                        yield
                outputs[which] = O
        with np.errstate(all="ignore"):
            self.result = evaluate_outputs(outputs["train"], outputs["test"], ds, self.task)
        self.summary.setText(self._summary_html())
        for which, table in self.tables.items():
            if self.result[which] is not None:
                table.set_counts(self.result[which]["confusion"])
                self.per_class[which].setText(self._per_class_html(which))
        if self.scatter is not None:
            rows = self.scatter.rows
            self.scatter.set_outputs(outputs["train"][rows["train"]],
                                     outputs["test"][rows["test"]] if self.has_test else None)

    def _per_class_html(self, which: str) -> str:
        acc = per_class_accuracy(self.result[which]["confusion"])
        names = self._data.class_names or [str(i) for i in range(len(acc))]
        parts = " &nbsp;·&nbsp; ".join(f"{n} {'–' if math.isnan(a) else _pct(a)}"
                                       for n, a in zip(names, acc, strict=False))
        return self.tr("Right per class: {parts}").format(parts=parts)

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
