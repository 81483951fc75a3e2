"""The "Learn" panel: tabs that explain what the network is doing, beside the graph.

Derivation: the selected weight's (or unit's) update rule with the current sample's numbers.
What units learned: decision boundary and unit pictures (2-D), incoming weights (images), or a note.
Weights: every weight layer as a Hinton diagram. Metrics: accuracy and confusion, or RMSE and R².

It takes the Studio, subscribes to its frames and redraws only the tab on screen, each tab through
its own RedrawPacer (gui/drawing/redraw_pacer.py, the scheme every view uses): at most its rate,
within a share of the GUI thread, one view per pass of the event loop. Traces:
a single step's frame carries the exact SampleTrace the engine applied; otherwise the next sample
is traced here from the frame's params copy (core/studio/sample_trace.py says why).
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from core.studio.frame import Frame, FrameEvent
from core.studio.sample_trace import trace_next
from gui.drawing.redraw_pacer import NEXT_PASS, RedrawPacer
from gui.learn.hinton_view import HintonView
from gui.learn.inspector import DerivationInspector
from gui.learn.metrics_view import MetricsView
from gui.learn.units_tab import UnitsTab
from gui.studio.sample_words import sample_line
from gui.studio.studio import Studio

# Redraws per second, at most, of each tab while training runs (pauses and steps: at once).
RATES = {"derivation": 10.0, "units": 15.0, "weights": 5.0, "metrics": 4.0}
SHARE = 0.2  # of the GUI thread's time, at most, for the tab on screen while training runs
BIG_NETWORK = 200_000  # weights past which a refresh for a user's action goes in pieces too
TABS = (("derivation", "Derivation"), ("units", "What units learned"), ("weights", "Weights"),
        ("metrics", "Metrics"))  # keys and English titles; shown through retranslate()


class LearnPanel(QtWidgets.QTabWidget):
    """The teaching tabs for the studio's current experiment; rebuilt when it changes."""

    edge_chosen = QtCore.Signal(int, int, int)  # a weight picked in a tab (Hinton square)
    node_chosen = QtCore.Signal(int, int)  # a unit picked in a tab (unit picture)

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self._frame: Frame | None = None
        self._trace_cache: tuple[int, object] | None = None
        self._pacers = {key: RedrawPacer(rate, SHARE, self) for key, rate in RATES.items()}
        self.setDocumentMode(True)
        self.setMinimumWidth(200)  # the tabs scroll or wrap; the window must fit small screens
        self.inspector = DerivationInspector(point_size=11.5)
        self.units: UnitsTab | None = None
        self.hinton: HintonView | None = None
        self.metrics: MetricsView | None = None
        self._pages = {key: QtWidgets.QWidget() for key, _ in TABS}
        for key, title in TABS:
            QtWidgets.QVBoxLayout(self._pages[key]).setContentsMargins(0, 0, 0, 0)
            self.addTab(self._pages[key], title)
        self._pages["derivation"].layout().addWidget(self.inspector)
        self.guide = QtWidgets.QLabel()
        self.guide.setWordWrap(True)
        self.guide.setStyleSheet("QLabel { background: #eef3fb; color: #1d3f77; padding: 6px; }")
        self.guide.linkActivated.connect(self._on_guide_closed)
        self._pages["units"].layout().addWidget(self.guide)
        self.retranslate()
        self._build_for(studio.experiment)
        self.currentChanged.connect(self._on_current_changed)
        studio.frame_received.connect(self._on_frame_received)
        studio.experiment_changed.connect(self._on_experiment_changed)

    def _titles(self) -> dict[str, str]:
        return {"derivation": self.tr("Derivation"), "units": self.tr("What units learned"),
                "weights": self.tr("Weights"), "metrics": self.tr("Metrics")}

    def retranslate(self) -> None:
        tips = (self.tr("How backpropagation computes the selected weight's change, with the numbers of the "
                        "current sample"),
                self.tr("What the network (and each unit) answers over the input plane"),
                self.tr("Every weight as a square: area ∝ |w|, red positive, blue negative"),
                self.tr("Accuracy and confusion (classes) or RMSE and R² (numbers)"))
        for i, tip in enumerate(tips):
            self.setTabToolTip(i, tip)
        self._fit_titles()
        self.guide.setText(self.tr(
            "<b>1.</b> Press <b>Space</b> to start training and watch this picture change.<br>"
            "<b>2.</b> Click an edge (a weight) in the network to see how backpropagation "
            "changes it.<br><b>3.</b> Press <b>→</b> to train one sample at a time. "
            "<a href='close'>Hide</a>"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh(self.current_key())
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Full tab titles when they fit side by side, short ones when not (then Qt elides)."""
        fm = self.tabBar().fontMetrics()
        titles = self._titles()
        need = sum(fm.horizontalAdvance(title) + 20 for title in titles.values())
        short_titles = {"units": self.tr("Units")}
        for i, (key, _title) in enumerate(TABS):
            short = need > self.width() and key in short_titles
            self.setTabText(i, short_titles[key] if short else titles[key])

    # ---- public ----
    def current_key(self) -> str:
        return TABS[self.currentIndex()][0]

    def show_tab(self, key: str) -> None:
        self.setCurrentIndex([k for k, _ in TABS].index(key))

    def show_edge(self, l: int, to: int, frm: int) -> None:
        self.inspector.show_edge(l, to, frm)
        self._refresh("derivation")

    def show_node(self, layer: int, unit: int) -> None:
        self.inspector.show_node(layer, unit)
        self._refresh("derivation")

    def trace_for(self, frame: Frame):
        """The SampleTrace to explain for `frame` (cached per frame): the step's own, or the next
        sample's with the frame's weights."""
        step = self._studio.step_trace(frame)
        if step is not None:
            return step
        if frame.trace is not None:
            return frame.trace
        if self._trace_cache is None or self._trace_cache[0] is not frame:
            ds = self._studio.dataset
            if frame.snapshot.sizes != self._studio.sizes or frame.n_train != len(ds.X_train):
                return None  # a frame from before the experiment changed
            self._trace_cache = (frame, trace_next(frame, ds.X_train, ds.T_train))
        return self._trace_cache[1]

    # ---- building ----
    def _build_for(self, exp) -> None:
        ds, sizes = self._studio.dataset, self._studio.sizes
        acts, loss = exp.arch.activations(), exp.arch.loss
        for pacer in self._pacers.values():
            pacer.cancel()  # a sliced draw under way would go on with the old views
        for old in (self.units, self.hinton, self.metrics):
            if old is not None:
                old.deleteLater()
        self.units = UnitsTab(ds, sizes, acts, loss)
        self.units.unit_clicked.connect(self.node_chosen)
        self.hinton = HintonView(sizes)
        self.hinton.weight_clicked.connect(self.edge_chosen)
        area = QtWidgets.QScrollArea()
        area.setWidget(self.hinton)
        area.setWidgetResizable(True)
        area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.metrics = MetricsView(ds, sizes, acts, loss)
        for key, widget in (("units", self.units), ("weights", area), ("metrics", self.metrics)):
            lay = self._pages[key].layout()
            for i in reversed(range(lay.count())):
                if lay.itemAt(i).widget() is not self.guide:
                    lay.takeAt(i).widget().deleteLater()
            lay.addWidget(widget, 1)
        self.inspector.clear()
        self._frame = None
        self._trace_cache = None

    def showEvent(self, event) -> None:  # the dock reopened: catch up with the latest frame
        super().showEvent(event)
        self._refresh_now(self.current_key())

    # ---- slots ----
    def _on_experiment_changed(self, exp) -> None:
        self._build_for(exp)

    def _on_current_changed(self, _index: int) -> None:
        self._refresh_now(self.current_key())

    def _on_guide_closed(self, _link: str = "") -> None:
        self.guide.hide()

    def _on_frame_received(self, frame: Frame) -> None:
        self._frame = frame
        if frame.snapshot.samples_seen > 0 and self.guide.isVisible():
            self.guide.hide()  # the learner has started: the guide has done its work
        key = self.current_key()
        if not self.isVisible():
            return
        pacer = self._pacers[key]
        if frame.event is not FrameEvent.TICK:
            self._refresh_now(key)  # the user's action
        elif pacer.due(frame.event):
            pacer.run(lambda: self._refresh_and_paint(key))

    def _refresh_now(self, key: str) -> None:
        """A user's action (a step, a change, another tab) shows at once; on a network of more than
        BIG_NETWORK weights it starts at once and goes in pieces (at 6 layers of 512 units a whole
        refresh held the window 0.2-0.3 s)."""
        frame = self._frame
        if frame is not None and frame.snapshot.params.size > BIG_NETWORK:
            self._pacers[key].run(lambda: self._refresh_and_paint(key))
        else:
            self._refresh(key)

    def _refresh_and_paint(self, key: str):
        """_refresh in pieces (a sliced draw: gui/drawing/redraw_pacer.py), then the paint."""
        yield from self._refresh_in_steps(key)
        yield NEXT_PASS
        self.currentWidget().repaint()  # paint now, in this piece, not with the next view

    def _refresh(self, key: str) -> None:
        for _ in self._refresh_in_steps(key):
            pass

    def _refresh_in_steps(self, key: str):
        frame = self._frame
        if frame is None or frame.snapshot.sizes != self._studio.sizes:
            return
        params = frame.snapshot.params
        if key == "derivation":
            shown = self._studio.shown_sample(frame)
            self.inspector.set_sample_text(sample_line(shown) if shown is not None else "")
            if self.inspector.has_selection():
                s = frame.snapshot
                self.inspector.set_trace(self.trace_for(frame), s.sizes, s.activations, s.loss)
        elif key == "units":
            self.units.stage_params(params)
            yield from self.units.redraw_in_steps()
        elif key == "weights":
            self.hinton.set_params(params)
        else:
            yield from self.metrics.redraw_in_steps(params)
