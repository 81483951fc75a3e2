"""The error plot: E_n per sample (thin), the epoch mean on the training set (bold) and the test
set's mean E (dashed), against samples or epochs, linear or log.

The three curves are created once and fed with setData from each frame's history copies; the
core's history is decimated, so memory and drawing time stay bounded however long training runs.
"""

from __future__ import annotations

import html
import time

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtWidgets

from core.studio.frame import Frame
from core.training.trainer import DIVERGED
from gui.drawing.redraw_pacer import NEXT_PASS, RedrawPacer
from gui.i18n.retranslating import Retranslating
from gui.plot.axes import CountAxis, GrowingAxis, y_limits
from gui.plot.envelope import divergence, envelope
from gui.studio.studio import Studio

SAMPLE_PEN = pg.mkPen((90, 140, 200, 80), width=1)
TRAIN_PEN = pg.mkPen((20, 70, 160), width=2.5)
TEST_PEN = pg.mkPen((225, 110, 20), width=2, style=QtCore.Qt.PenStyle.DashLine)
# About one point per pixel: Qt's wide and dashed pens cost time per segment (a dashed line
# through 5,000 noisy points takes seconds to stroke), so no curve shows more than the screen can.
CURVE_OPTIONS = {"autoDownsampleFactor": 1.0, "skipFiniteCheck": True}
PLOT_FPS = 10  # a curve reads well at 10 updates a second
PLOT_SHARE = 0.15  # of the GUI thread's time, at most
OLD_RUN_ALPHAS = (60, 75, 90, 110, 130)  # oldest faintest
OLD_RUN_RGB = (110, 110, 120)
RUN_NUMBERS = "①②③④⑤"  # earlier runs, oldest first, on the plot and in the legend
LOG_FLOOR = 1e-12  # log axes cannot show 0: an exact 0 is drawn at this height


class ErrorPlot(Retranslating, QtWidgets.QWidget):
    """E against samples or epochs for the studio's current run."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self._frame: Frame | None = None
        self._pacer = RedrawPacer(PLOT_FPS, PLOT_SHARE, self)
        self.plot_widget = pg.PlotWidget(background="w", axisItems={"bottom": CountAxis("bottom")})
        self.plot_widget.setMinimumHeight(160)
        item = self.plot_widget.getPlotItem()
        # Set on the PlotItem: its addItem overwrites per-curve downsampling settings.
        item.setDownsampling(mode="peak", auto=True)
        item.setClipToView(True)
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("left", "E")
        item.getAxis("left").enableAutoSIPrefix(False)  # "E (x0.001)" puzzles a newcomer
        item.setMenuEnabled(False)
        # Tick labels are the costliest part of a paint; cached as pixmaps, they are only redrawn
        # when the axis range changes, which gui/plot/axes.py makes rare while a run goes on.
        for side in ("left", "bottom"):
            item.getAxis(side).setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The legend is a line of text above the plot (self.legend), never on the data.
        self.sample_curve = item.plot(pen=SAMPLE_PEN, **CURVE_OPTIONS)
        self.train_curve = item.plot(pen=TRAIN_PEN, **CURVE_OPTIONS)
        self.test_curve = item.plot(pen=TEST_PEN, **CURVE_OPTIONS)
        # After addItem (which imposes the PlotItem's mode): a mean keeps the bold and dashed
        # curves from zigzagging between peaks, which is what makes wide and dashed pens slow
        # (and a mean is what a trend line should show); the thin per-sample curve keeps its peaks.
        self.train_curve.setDownsampling(auto=True, method="mean")
        self.test_curve.setDownsampling(auto=True, method="mean")
        # per-sample E_n is drawn as its own min–max envelope per pixel column (gui/plot/envelope.py)
        self.sample_curve.setDownsampling(ds=1, auto=False)
        self.sample_curve.setClipToView(False)
        # the sample a diverged run stopped on (hidden otherwise); its word on the side of the line
        # with room (_place_divergence_label): left, over the run it ends, unless the line is near
        # the plot's left edge (a reopened session that left the range in its first samples)
        self.divergence_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen((190, 30, 40), width=1.5, style=QtCore.Qt.PenStyle.DashLine),
            label=self.tr("diverged"), labelOpts={"position": 0.95, "color": (190, 30, 40),
                                                  "anchors": [(1.05, 0), (1.05, 0)]})
        item.addItem(self.divergence_line, ignoreBounds=True)
        self.divergence_line.hide()
        # Earlier runs (studio.old_runs): faded curves and labels, created once, fed with setData.
        self.old_curves, self.old_labels = [], []
        for alpha in OLD_RUN_ALPHAS:
            curve = pg.PlotDataItem(pen=pg.mkPen((*OLD_RUN_RGB, alpha), width=2), **CURVE_OPTIONS)
            curve.setZValue(-10)
            label = pg.TextItem("", color=(95, 95, 105), anchor=(1, 1))
            label.setZValue(-5)
            item.addItem(curve)
            item.addItem(label)
            curve.hide()
            label.hide()
            self.old_curves.append(curve)
            self.old_labels.append(label)
        self._old_runs: list = []
        self._old_texts: list[str] = []
        self._x_axis = GrowingAxis()

        self.log_box = QtWidgets.QCheckBox()
        self.x_combo = QtWidgets.QComboBox()
        for unit in ("samples", "epochs"):
            self.x_combo.addItem(unit, unit)
        self.per_sample_box = QtWidgets.QCheckBox()
        self.per_sample_box.setChecked(True)
        self.clear_runs_button = QtWidgets.QPushButton()
        self.clear_runs_button.setVisible(False)
        self.clear_runs_button.clicked.connect(studio.clear_old_runs)
        bar = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel()
        bar.addWidget(self.title)
        bar.addStretch(1)
        # the legend: a line of its own under the bar, wrapping on narrow windows, off the data
        self.legend = QtWidgets.QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #444;")
        self.legend.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                  QtWidgets.QSizePolicy.Policy.Preferred)
        for w in (self.clear_runs_button, self.per_sample_box, self.log_box, self.x_combo):
            bar.addWidget(w)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)

        self.log_box.toggled.connect(self._on_log_toggled)
        self.x_combo.currentIndexChanged.connect(self._on_x_unit_changed)
        self.per_sample_box.toggled.connect(self._on_per_sample_toggled)
        studio.frame_received.connect(self._on_frame_received)
        studio.old_runs_changed.connect(self._on_old_runs_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.log_box.setText(self.tr("log E"))
        self.log_box.setToolTip(self.tr("Logarithmic E axis: shows the slow late progress of training"))
        self.x_combo.setItemText(0, self.tr("samples"))
        self.x_combo.setItemText(1, self.tr("epochs"))
        self.x_combo.setToolTip(self.tr("Horizontal axis: samples seen, or epochs (passes over the data)"))
        self.per_sample_box.setText(self.tr("per-sample E\u2099"))
        self.per_sample_box.setToolTip(self.tr("Show each sample's own error E\u2099 (noisy, thin line)"))
        self.clear_runs_button.setText(self.tr("Clear old runs"))
        self.clear_runs_button.setToolTip(self.tr("Remove the faded curves of earlier runs"))
        self.title.setText(self.tr("<b>Error E</b>"))
        self._legend_html = self.tr(
            "<span style='color:#5a8cc8'><b>┃</b></span>&nbsp;E<sub>n</sub> of each sample "
            "(its spread in each pixel column) &nbsp;&nbsp;<span style='color:#1446a0'><b>━━"
            "</b></span>&nbsp;mean E, training set (per epoch) &nbsp;&nbsp;<span "
            "style='color:#e16e14'><b>╺╸╺╸</b></span>&nbsp;mean E, test set")
        self.legend.setText(self._legend_html)
        self.legend.setToolTip(self.tr("What the curves are: each sample's own error Eₙ "
                                       "(from its smallest to its largest value in each pixel "
                                       "column), and the mean error per epoch"))
        if getattr(self, "_frame", None) is not None:
            self._redraw()  # the earlier runs' line of the legend, in the new words
        self.plot_widget.getPlotItem().setLabel("bottom", self.x_combo.currentText())
        for action in self.plot_widget.scene().contextMenu:  # pyqtgraph's own, worded by its translate()
            action.setText(QtCore.QCoreApplication.translate("GraphicsScene", "Export..."))

    @property
    def x_unit(self) -> str:
        return self.x_combo.currentData()

    def set_log(self, on: bool) -> None:
        self.log_box.setChecked(on)

    def set_x_unit(self, unit: str) -> None:
        index = self.x_combo.findData(unit)
        if index >= 0:
            self.x_combo.setCurrentIndex(index)

    def history_columns(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The last frame's history: {'samples'|'epochs'|'test': (x, y)} copies."""
        if self._frame is None:
            return {}
        return {k: (x.copy(), y.copy()) for k, (x, y) in self._frame.snapshot.history.items()}

    # ---- slots ----
    def _on_frame_received(self, frame: Frame) -> None:
        self._frame = frame
        if self._pacer.due(frame.event):  # a skipped frame's points are in the next one's history
            self._pacer.run(self._redraw_now)

    def _on_old_runs_changed(self, runs) -> None:
        self._old_runs = list(runs)[-len(self.old_curves):]
        self.clear_runs_button.setVisible(bool(self._old_runs))
        self._redraw()

    def old_run_labels(self) -> list[str]:
        """The labels of the earlier runs drawn (oldest first), as the legend lists them."""
        return list(self._old_texts)

    def _redraw_old_runs(self, in_epochs: bool, floor, current_E: np.ndarray) -> tuple[float, list]:
        """Feed the faded curves; returns their largest x and the y values drawn.

        A run that minimised another loss (½ SSE vs cross-entropy) has errors on another scale:
        it is drawn scaled to start where the current run's epoch means start, and its label
        says so (unscaled, and said, until the current run has finished an epoch)."""
        x_max, ys, self._old_texts = 0.0, [], []
        loss = self._studio.experiment.arch.loss
        offset = len(self.old_curves) - len(self._old_runs)  # newest runs get the strongest pens
        for i, (curve, label) in enumerate(zip(self.old_curves, self.old_labels, strict=True)):
            k = i - offset
            if k < 0:
                curve.hide()
                label.hide()
                continue
            run = self._old_runs[k]
            x = run.epochs * (1 if in_epochs else run.config.get("n_train", 1))
            y, text = run.E, run.label
            if run.config.get("loss", loss) != loss:
                if len(current_E) and np.isfinite(current_E[0]) and run.E[0] > 0:
                    y = run.E * (current_E[0] / run.E[0])
                    text = self.tr("{label} · other loss, scaled").format(label=run.label)
                    label.setToolTip(self.tr("This run minimised another loss; its curve is scaled "
                                             "to start where the current run starts."))
                else:
                    text = self.tr("{label} · other loss, own scale").format(label=run.label)
                    label.setToolTip(self.tr("This run minimised another loss: its E is not "
                                             "comparable with the current run's."))
            y = y if floor is None else np.maximum(y, floor)
            curve.setData(x, y)
            ys.append(y)
            # on the plot only the run's number, at its curve's end; the words are in the legend,
            # where no label can cover another or the data
            label.setText(RUN_NUMBERS[len(self._old_texts)])
            self._old_texts.append(text)
            y_last = float(y[-1])
            label.setPos(float(x[-1]), np.log10(y_last) if floor is not None else y_last)
            label.setAnchor((0.5, 1))
            curve.show()
            label.show()
            x_max = max(x_max, float(x[-1]))
        runs = " &nbsp; ".join(f"{RUN_NUMBERS[i]}&nbsp;{html.escape(t)}" for i, t in enumerate(self._old_texts))
        self.legend.setText(self._legend_html + (
            "<br>" + self.tr("Earlier runs (faded, darker = more recent): {runs}").format(runs=runs)
            if runs else ""))
        return x_max, ys

    def _redraw_now(self):
        """Feed the curves, then paint them in a later pass of the event loop (a sliced draw, see
        gui/drawing/redraw_pacer.py). In between, the view ignores the scene's changes: its own queued
        update would otherwise paint right after the first piece, one long block of the two.
        (It still paints when exposed or grabbed, showing the new data.)"""
        view = self.plot_widget
        mode = view.viewportUpdateMode()
        view.setViewportUpdateMode(QtWidgets.QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        try:
            self._redraw()
            yield NEXT_PASS
        finally:  # also when the draw is dropped: replaced, or the window closed
            if shiboken6.isValid(view):
                view.setViewportUpdateMode(mode)
        view.viewport().repaint()  # paint now, so the pacer sees what it costs

    def _place_divergence_label(self, left: bool) -> None:
        """The dashed line's word left of it (over the run it ends) or, near the left edge, right."""
        label = self.divergence_line.label
        anchor = (1.05, 0) if left else (-0.05, 0)
        if label.anchors[0] != anchor:
            label.anchors = [anchor, anchor]
            label.setAnchor(anchor)

    def _on_log_toggled(self, on: bool) -> None:
        self.plot_widget.getPlotItem().setLogMode(y=on)
        self._redraw()

    def _on_x_unit_changed(self, _index: int) -> None:
        self.plot_widget.getPlotItem().setLabel("bottom", self.x_combo.currentText())
        self._redraw()

    def _on_per_sample_toggled(self, on: bool) -> None:
        self.sample_curve.setVisible(on)
        self._redraw()  # the y range follows the curves shown

    def _redraw(self) -> None:
        if self._frame is None:
            return
        hist, n = self._frame.snapshot.history, max(1, self._frame.n_train)
        if not hist:
            return
        in_epochs = self.x_unit == "epochs"
        floor = LOG_FLOOR if self.log_box.isChecked() else None
        scales = {"samples": 1 / n if in_epochs else 1, "epochs": 1 if in_epochs else n,
                  "test": 1 if in_epochs else n}  # per-sample x is "samples seen"; epoch points
        series = {k: (hist[k][0] * scales[k], hist[k][1]) for k in scales}  # at their epoch's end
        diverged = (divergence(list(series.values())) if self._frame.snapshot.status == DIVERGED
                    or not all(np.isfinite(y).all() for _x, y in series.values()) else None)
        # the dashed line stands at the sample the run stopped on, as its message counts it (sample
        # samples_seen + 1); E may have left the plot's range samples before that, still finite
        stopped = self._frame.snapshot.status == DIVERGED
        line_x = None if diverged is None else (
            (self._frame.snapshot.samples_seen + 1) * scales["samples"] if stopped else diverged[1])
        x_max, ys = self._redraw_old_runs(in_epochs, floor, hist["epochs"][1])
        x_max = max([x_max] + [float(x[-1]) for x, _ in series.values() if len(x)]
                    + ([line_x] if line_x is not None else []))  # the line is on screen too
        # The x range is set first, and not auto-ranged: auto-downsampling and clipping follow
        # the current view, so data fed before a jump (samples -> epochs, a reset, a pause that
        # fits the axis) would be thinned or cut to the old range, leaving a gap on screen.
        view = self.plot_widget.getPlotItem().getViewBox()
        x_end = self._x_axis.end(max(x_max, 1.0 / n if in_epochs else 1.0), time.perf_counter(),
                                 running=self._frame.playing)
        view.setXRange(0, x_end, padding=0.02)
        columns = max(50, int(view.width()))
        for curve, key in ((self.sample_curve, "samples"), (self.train_curve, "epochs"),
                           (self.test_curve, "test")):
            x, y = series[key]
            if diverged is not None:  # past the cap it is drawn at the cap, leaving the plot
                y = np.where(np.abs(y) <= diverged[0], y, diverged[0] * 1.5)
            if floor is not None:
                y = np.maximum(y, floor)
            if curve is self.sample_curve:
                xs, ys_drawn, connect = envelope(x, y, 0.0, x_end, columns)
                curve.setData(xs, ys_drawn, connect=connect)
            else:
                curve.setData(x, y)
            if curve is not self.sample_curve or self.per_sample_box.isChecked():
                ys.append(y if diverged is None else y[np.abs(y) <= diverged[0]])
        self.divergence_line.setVisible(diverged is not None)
        if line_x is not None:
            self.divergence_line.setPos(line_x)
            self._place_divergence_label(line_x > x_end / 2)
        # The y range too is set here, in steps: auto-ranging moves it (and redraws the tick labels,
        # most of a paint's cost) on every frame while E falls. A diverged run keeps the range
        # of its finite past; the dashed line marks where it left.
        ys = [y for y in ys if len(y)]
        if ys:
            y = np.concatenate(ys)
            view.setYRange(*y_limits(np.log10(y) if floor is not None else y, floor is not None), padding=0.03)
        # pyqtgraph applies a range change when it next paints, and the items it moves then ask for
        # a second paint; applied here, one paint does
        view.prepareForPaint()
