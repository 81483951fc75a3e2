"""The lesson pane: a lesson file (core/files/lesson.py) run step by step, with Next and Back.

Opening a lesson sets up its experiment (data, network, hyperparameters, seed, and the lesson's
initial weights if it gives them) and shows step 1. Each step's actions run in order; an action
that goes through the training thread (step, reset, α, play) is followed by a wait for the frame
that shows it, so the next action sees its result. Next is enabled once the actions are done
(a practice question answered, a run stopped) and the step's check holds. Back shows the previous
text again without repeating its actions: training cannot be undone.

What the pane cannot do itself (select a weight in the graph, switch a view, pose a practice
question) it asks for by signal; the window wires those to the views.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from core.engine.network import Network
from core.files.lesson import Action, Do, Lesson
from core.studio.experiment import Experiment
from core.studio.frame import Frame, FrameEvent
from core.studio.stop_rule import StopRule
from gui.i18n.retranslating import Retranslating
from gui.studio.studio import Studio


class LessonPane(Retranslating, QtWidgets.QWidget):
    """Title, the current step's text, its status line, Back / Next."""

    view_requested = QtCore.Signal(str)  # core.files.lesson.VIEWS
    weight_requested = QtCore.Signal(int, int, int)  # (l, to, from), 0-based, from −1 = bias
    practice_requested = QtCore.Signal(object, bool)  # weight or None, apply the step afterwards
    finished = QtCore.Signal()

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self.lesson: Lesson | None = None
        self.index = 0
        self._queue: list[Action] = []
        self._wait = None  # predicate on frames, or "practice"
        self._restore: tuple | None = None  # (stop rule, speed) to put back after a play
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("QLabel { color: #555; }")
        self.back_button = QtWidgets.QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QtWidgets.QPushButton()
        self.next_button.clicked.connect(self.next)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.title)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.status)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        lay.addLayout(row)
        self._done_index = -1  # the furthest step whose actions have run
        studio.frame_received.connect(self._on_frame_received)
        self.retranslate()

    # ---- public ----
    def open(self, lesson: Lesson) -> bool:
        """Set up the lesson's experiment and show step 1; False (nothing changed) if impossible."""
        s = self._studio
        exp = Experiment.from_dict(lesson.experiment)
        if not s.change_experiment(exp, self.tr("Lesson “{title}”").format(title=lesson.title)):
            return False
        s.clear_old_runs()
        self.lesson, self.index, self._done_index = lesson, 0, -1
        self.title.setText(f"<b>{_escape(lesson.title)}</b><br><span style='color:#555'>"
                           f"{_escape(lesson.summary)}</span>")
        self._queue = []
        self._wait = lambda f: f.event is FrameEvent.RESET and f.snapshot.samples_seen == 0
        if lesson.weights is not None:
            net = Network(s.sizes, exp.arch.activations(), exp.arch.loss)
            for l, (W, b) in enumerate(lesson.weights):
                net.W[l][:], net.b[l][:] = W, b
            # the lesson's own start, once the new trainer is up
            self._queue.append(Action(Do.RESET, {"params": net.params.copy()}))
        self._enter(0)
        return True

    def next(self) -> None:
        if self.lesson is None or not self.next_button.isEnabled():
            return
        if self.index + 1 >= len(self.lesson.steps):
            self.text.setText(self.tr("<p><b>End of the lesson.</b> Everything stays as it is: go on "
                                      "exploring, or open another lesson.</p>"))
            self.index = len(self.lesson.steps)
            self._refresh()
            self.finished.emit()
            return
        self._enter(self.index + 1)

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.index -= 1
            self._show_text()
            self._refresh()

    @property
    def is_waiting(self) -> bool:
        return self._wait is not None or bool(self._queue)

    def practice_finished(self) -> None:
        """The practice question a step asked for is done (the window calls this)."""
        if self._wait == "practice":
            self._wait = None
            self._run_queue()

    # ---- steps ----
    def _enter(self, index: int) -> None:
        self.index = index
        self._show_text()
        if index > self._done_index:
            self._done_index = index
            self._queue += list(self.lesson.steps[index].actions)
            if self._wait is None:
                self._run_queue()
        self._refresh()

    def _show_text(self) -> None:
        n = len(self.lesson.steps)
        paragraphs = "".join(f"<p>{_escape(p)}</p>" for p in self.lesson.steps[self.index].text.split("\n\n"))
        self.text.setText(self.tr("<p style='color:#555'>Step {n} of {count}</p>").format(
            n=self.index + 1, count=n) + paragraphs)

    def _run_queue(self) -> None:
        while self._queue and self._wait is None:
            self._run(self._queue.pop(0))
        self._refresh()

    def _run(self, a: Action) -> None:
        s, frame = self._studio, self._studio.frame
        seen = frame.snapshot.samples_seen if frame else 0
        if a.do is Do.RESET and "params" in a.args:
            params = a.args["params"]
            s.set_weights(params)
            self._wait = lambda f: f.snapshot.params.shape == params.shape and (f.snapshot.params == params).all()
        elif a.do is Do.RESET:
            s.reset()
            self._wait = lambda f: f.event is FrameEvent.RESET and f.snapshot.samples_seen == 0
        elif a.do is Do.SET_ALPHA:
            s.set_hyperparams(s.experiment.hp.with_(alpha=a.args["alpha"]))
            alpha = a.args["alpha"]
            self._wait = lambda f: f.hp.alpha == alpha
        elif a.do is Do.STEP:
            for _ in range(a.args["samples"]):
                s.step_sample()
            target = seen + a.args["samples"]
            self._wait = lambda f: f.snapshot.samples_seen >= target and not f.playing
        elif a.do is Do.PLAY:
            self._restore = (s.stop_rule, s.speed)
            s.set_stop_rule(StopRule(a.args.get("until_E_below"), a.args.get("max_epochs")))
            if "speed" in a.args:
                s.set_speed(a.args["speed"])
            s.play()
            self._wait = lambda f: not f.playing and not s.playing and f.snapshot.samples_seen > seen
        elif a.do is Do.CLEAR_OLD_RUNS:
            s.clear_old_runs()
        elif a.do is Do.SWITCH_VIEW:
            self.view_requested.emit(a.args["view"])
        elif a.do is Do.SELECT_WEIGHT:
            self.weight_requested.emit(*a.weight())
        elif a.do is Do.PRACTICE:
            self._wait = "practice"
            self.practice_requested.emit(a.weight(), a.args["apply_step"])

    def _on_frame_received(self, frame: Frame) -> None:
        if self.lesson is None or self.index >= len(self.lesson.steps):
            return  # nothing to wait for or check: no work on the GUI thread while training runs
        if callable(self._wait) and self._wait(frame):
            self._wait = None
            if self._restore is not None:
                rule, speed = self._restore
                self._restore = None
                self._studio.set_stop_rule(rule)
                self._studio.set_speed(speed)
            self._run_queue()
        self._refresh()

    def retranslate(self) -> None:
        """The buttons' and status words in the current language (the lesson's own text is its file's)."""
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Show the previous step's text (its actions are not repeated)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Go on to the next step"))
        if hasattr(self, "status"):
            self._refresh()

    def _refresh(self) -> None:
        lesson = self.lesson
        if lesson is None:
            self.title.setText(self.tr("No lesson open. File ▸ Open Lesson… runs one here."))
            self.next_button.setEnabled(False)
            self.back_button.setEnabled(False)
            return
        ended = self.index >= len(lesson.steps)
        self.back_button.setEnabled(0 < self.index and not ended)
        if ended:
            self.next_button.setEnabled(False)
            self.status.setText(self.tr("Lesson finished."))
            return
        step = lesson.steps[self.index]
        status, ready = "", True
        if self.is_waiting and self.index == self._done_index:
            ready = False
            status = (self.tr("Waiting for your answers in the Practice pane…") if self._wait == "practice"
                      else self.tr("Working…"))
        elif step.check is not None and self.index == self._done_index:
            frame = self._studio.frame
            E = frame.snapshot.last_epoch_E if frame else math.nan
            ready = frame is not None and step.check.holds(E, frame.snapshot.epoch)
            status = (self.tr("✓ {check}").format(check=step.check.describe()) if ready else
                      self.tr("Not yet: {check} (now E = {E:.4g}).").format(check=step.check.describe(), E=E))
        self.status.setText(status)
        last = self.index + 1 >= len(lesson.steps)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next ▶"))
        self.next_button.setEnabled(ready)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
