"""The "Your turn" pane: one weight's update computed by the student, checked against the engine.

`start()` poses a round on the sample the engine learns from next, stopped after its forward pass
(training is paused first): the questions come from core.teaching.practice with the trace
core.studio.sample_trace.trace_next computes from the frame's weights, so the key is the engine's
own number. When the round is over the pane sends one StepSample, and the engine applies that very
step; the pane then says what it applied. A frame whose weights differ from the question's (a
reset, an edited weight, another experiment) withdraws the open question.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from core.checks.errors import BackpropStudioError
from core.files.practice_export import save_record
from core.studio.frame import Frame, FrameEvent
from core.studio.sample_trace import trace_next
from core.teaching.notation import Notation, idx
from core.teaching.practice import TOLERANCE_TEXT, practice_questions
from core.teaching.practice_round import TRIES, PracticeRecord, PracticeRound
from gui.i18n.retranslating import Retranslating
from gui.practice import question_text as text
from gui.practice.question_text import parse_number
from gui.studio.studio import Studio


class PracticePane(Retranslating, QtWidgets.QWidget):
    """Questions, answer box, hints, worked solution, score and the record's export."""

    round_started = QtCore.Signal(int, int, int)  # the weight asked about (l, to, from)
    round_finished = QtCore.Signal()  # answered (and, if asked, the step applied) or withdrawn

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self.record = PracticeRecord()
        self.round: PracticeRound | None = None
        self._frame: Frame | None = None  # the frame the open round was posed on
        self._weight: tuple[int, int, int] | None = None
        self._preferred: tuple[int, int, int] | None = None
        self._pending: tuple | None = None
        self._apply_step = True
        self._applying = False
        self._rng = np.random.default_rng()
        self._idle: str | None = "start"  # which idle message shows: "start", "off" or None
        self._build()
        studio.frame_received.connect(self._on_frame_received)
        self._show_idle(self.tr("Press P (Your turn) to be asked about the next step."))
        self._idle = "start"
        self.retranslate()

    def _build(self) -> None:
        self.header = QtWidgets.QLabel()
        self.inputs = QtWidgets.QLabel()
        self.question = QtWidgets.QLabel()
        self.feedback = QtWidgets.QLabel()
        for label in (self.header, self.inputs, self.question, self.feedback):
            label.setWordWrap(True)
            label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.answer = QtWidgets.QLineEdit()
        self.answer.setPlaceholderText(self.tr("your number, e.g. −0.0411"))

        self.answer.returnPressed.connect(self._on_check_clicked)
        self.check_button = QtWidgets.QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self._on_check_clicked)
        self.solution_button = QtWidgets.QPushButton(self.tr("Show solution"))
        self.solution_button.clicked.connect(self._on_solution_clicked)
        self.continue_button = QtWidgets.QPushButton(self.tr("Continue"))
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.next_button = QtWidgets.QPushButton(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Ask about the next sample's step"))
        self.next_button.clicked.connect(lambda: self.start())
        self.solution = QtWidgets.QTextBrowser()
        self.solution.setMinimumHeight(160)
        self.solution.setVisible(False)  # until a worked solution is shown
        self.score = QtWidgets.QLabel()
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(self.tr("name (optional)"))
        self.export_button = QtWidgets.QPushButton(self.tr("Export record…"))
        self.export_button.setToolTip(self.tr("Save every answer as CSV or JSON for a teacher; "
                                              "nothing is sent anywhere"))
        self.export_button.clicked.connect(self._on_export_clicked)
        tolerance = self._tolerance = QtWidgets.QLabel()
        tolerance.setWordWrap(True)
        tolerance.setStyleSheet("QLabel { color: #666; }")

        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.inputs)
        lay.addWidget(self.question)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.check_button)
        lay.addLayout(row)
        lay.addWidget(self.feedback)
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.solution_button, self.continue_button, self.next_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        lay.addWidget(self.solution, 1)
        lay.addStretch(0)
        lay.addWidget(tolerance)
        lay.addWidget(self.score)
        export = QtWidgets.QHBoxLayout()
        export.addWidget(self.name, 1)
        export.addWidget(self.export_button)
        lay.addLayout(export)
        self._update_score()

    # ---- public ----
    @property
    def is_open(self) -> bool:
        """A round is being asked (or its step is being applied)."""
        return (self.round is not None and not self.round.done) or self._applying or self._pending is not None

    def prefer_weight(self, l: int, to: int, frm: int) -> None:
        """A weight clicked in the graph: asked about next, or now if nothing is answered yet."""
        self._preferred = (l, to, frm)
        if self._untouched():
            self._pose(self._frame, self._preferred, self._apply_step)

    def _untouched(self) -> bool:
        """A round is open and nothing is answered yet: it can be replaced, nothing is lost."""
        r = self.round
        return (r is not None and not r.done and r.index == 0 and r.tries_left == TRIES
                and self._frame is not None and not self._applying)

    def start(self, weight: tuple[int, int, int] | None = None, apply_step: bool = True) -> None:
        """Pose a round about `weight` (None: the one clicked last, else one at random) on the next
        sample; the engine is paused first. apply_step: train that sample once the round is over."""
        if self._untouched():
            self.round = None
        if self.round is not None and not self.round.done or self._applying:
            return
        self._pending = (weight, apply_step)
        frame = self._studio.frame
        if self._studio.playing or frame is None or frame.playing:
            self._studio.pause()  # posed on the first paused frame
            return
        self._pending = None
        self._pose(frame, weight, apply_step)

    def cancel(self) -> None:
        """Withdraw the open question (Practice mode switched off)."""
        open_ = self.round is not None and not self.round.done
        self.round, self._pending = None, None
        self._show_idle(self.tr("Practice mode is off."))
        self._idle = "off"
        if open_:
            self.round_finished.emit()

    def submit(self, s: str) -> None:
        """Answer the current question with the text `s` (what the Check button does)."""
        self.answer.setText(s)
        self._on_check_clicked()

    def export_record(self, path: str) -> None:
        """Write the record as CSV (.csv) or JSON; raises BackpropStudioError with the file name."""
        save_record(path, self.record, self.name.text())

    # ---- posing ----
    def _pose(self, frame: Frame, weight, apply_step: bool) -> None:
        s = self._studio
        ds = s.dataset
        sizes = tuple(frame.snapshot.sizes)
        if sizes != tuple(s.sizes) or frame.n_train != len(ds.X_train):
            self._pending = (weight, apply_step)  # a frame from before the experiment changed
            return
        weight = weight or self._preferred or self._random_weight(sizes)
        l, to, frm = weight
        if not (0 <= l < len(sizes) - 1 and 0 <= to < sizes[l + 1] and -1 <= frm < sizes[l]):
            weight = l, to, frm = self._random_weight(sizes)
        trace = trace_next(frame, ds.X_train, ds.T_train)
        questions = practice_questions(trace, sizes, frame.snapshot.activations, frame.snapshot.loss,
                                       l, to, frm)
        symbol = Notation(sizes).weight(l, idx(to + 1, 0 if frm < 0 else frm + 1))
        self.round = PracticeRound(questions, self.record, int(trace.row) + 1, symbol.plain)
        self._frame, self._weight, self._apply_step, self._trace = frame, weight, apply_step, trace
        self.header.setText(text.header_html(symbol, trace))
        self.feedback.clear()
        self.solution.clear()
        self.solution.setVisible(False)
        self._show_question()
        self.round_started.emit(l, to, frm)

    def _random_weight(self, sizes) -> tuple[int, int, int]:
        l = int(self._rng.integers(len(sizes) - 1))
        return l, int(self._rng.integers(sizes[l + 1])), int(self._rng.integers(-1, sizes[l]))

    def _show_question(self) -> None:
        r = self.round
        q = r.current
        if q is None:
            return self._finish()
        self.inputs.setText(text.inputs_html(q))
        self.question.setText(text.question_html(q, r.index + 1, len(r.questions)))
        self.answer.clear()
        self._set_answering(True)
        self.answer.setFocus()

    def _set_answering(self, answering: bool) -> None:
        for w in (self.answer, self.check_button, self.solution_button):
            w.setEnabled(answering)
        self.continue_button.setVisible(not answering and self.round is not None and not self.round.done)
        self.next_button.setVisible(False)

    # ---- answering ----
    def _on_check_clicked(self) -> None:
        r = self.round
        if r is None or r.done or not self.answer.isEnabled():
            return
        value = parse_number(self.answer.text())
        if value is None:
            self.feedback.setText(self.tr("Type a number, e.g. −0.0411 or -4.11e-2."))
            return
        q = r.current
        verdict = r.answer(value)
        self._update_score()
        if verdict.right:
            self.feedback.setText(text.right_html(q, value))
            self._show_question()
        else:
            self.feedback.setText(text.hint_html(q, verdict, r.tries_left if r.current is q else 0))
            if r.current is not q:  # out of tries: the worked solution, then Continue
                self._show_solution(q)

    def _on_solution_clicked(self) -> None:
        r = self.round
        if r is not None and not r.done:
            self._show_solution(r.reveal())
            self._update_score()

    def _show_solution(self, q) -> None:
        self.solution.setHtml(q.solution_html)
        self.solution.setVisible(True)
        self._set_answering(False)
        if self.round.done:
            self.continue_button.setVisible(True)

    def _on_continue_clicked(self) -> None:
        self.continue_button.setVisible(False)
        self.solution.setVisible(False)
        self._show_question()

    def _finish(self) -> None:
        self._set_answering(False)
        self.continue_button.setVisible(False)
        self.question.setText(self.tr("<p>All questions of this step answered.</p>"))
        if self._apply_step:
            self._applying = True
            self._studio.step_sample()  # the engine trains exactly the sample the questions were on
        else:
            self.next_button.setVisible(True)
            self.round_finished.emit()

    # ---- frames ----
    def _on_frame_received(self, frame: Frame) -> None:
        if self._pending is not None and not frame.playing and not self._studio.playing:
            weight, apply_step = self._pending
            self._pending = None
            self._pose(frame, weight, apply_step)
        elif self._applying and frame.event in (FrameEvent.STEPPED, FrameEvent.DIVERGED, FrameEvent.RESET):
            self._applying = False
            if frame.trace is not None:
                self._show_applied(frame.trace)
            else:  # diverged, or the weights were replaced before the step
                self.question.setText(self.tr("<p>The step was not applied as asked: the weights were "
                                              "reset or training diverged.</p>"))
                self.next_button.setVisible(True)
            self.round_finished.emit()
        elif self.round is not None and not self.round.done and self._frame is not None:
            old = self._frame.snapshot
            if (frame.snapshot.sizes != old.sizes or frame.snapshot.samples_seen != old.samples_seen
                    or not np.array_equal(frame.snapshot.params, old.params)):
                self.round = None
                self._show_idle(self.tr("The weights changed, so the question was withdrawn."))
                self.round_finished.emit()

    def _show_applied(self, trace) -> None:
        self.question.setText(text.applied_html(trace, self._weight, self.round.weight if self.round else ""))
        self.next_button.setVisible(True)

    def retranslate(self) -> None:
        """The pane's fixed words in the current language (a question under way keeps its own)."""
        tolerance = QtCore.QCoreApplication.translate("Practice", TOLERANCE_TEXT)
        self.answer.setToolTip(tolerance)
        self._tolerance.setText(tolerance)
        self.answer.setPlaceholderText(self.tr("your number, e.g. −0.0411"))
        self.check_button.setText(self.tr("Check"))
        self.solution_button.setText(self.tr("Show solution"))
        self.continue_button.setText(self.tr("Continue"))
        self.next_button.setText(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Ask about the next sample's step"))
        self.name.setPlaceholderText(self.tr("name (optional)"))
        self.export_button.setText(self.tr("Export record…"))
        self.export_button.setToolTip(self.tr("Save every answer as CSV or JSON for a teacher; "
                                              "nothing is sent anywhere"))
        if self._idle == "start":
            self.header.setText(self.tr("Press P (Your turn) to be asked about the next step."))
        elif self._idle == "off":
            self.header.setText(self.tr("Practice mode is off."))
        self._update_score()

    def _show_idle(self, message: str) -> None:
        self._idle = None
        for w in (self.inputs, self.question, self.feedback):
            w.clear()
        self.header.setText(message)
        self.solution.clear()
        self.solution.setVisible(False)
        self._set_answering(False)
        self.continue_button.setVisible(False)

    def _update_score(self) -> None:
        self.score.setText(self.tr("Score: {summary}.").format(summary=self.record.summary()))

    def _on_export_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the practice record"), "practice-record.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"))
        if not path:
            return
        try:
            self.export_record(path)
        except BackpropStudioError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Could not export the record"), str(exc))
