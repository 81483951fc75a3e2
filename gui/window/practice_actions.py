"""Practice mode ("Your turn", key P) and lessons in the window: their docks, the action, the wiring.

Practice mode: the Practice pane is shown beside the Learn panel and a question is posed on the next
sample; while a question is open the inspector's derivation is covered (it would give the answer
away) and Play and the Step actions are disabled, so the weights cannot move under the question.
With the mode on and no question open, Step sample (→) asks the next question instead of training.
A weight clicked in the graph is the one asked about next.

Lessons: File ▸ Open Lesson… (or a bundled one) runs a lesson in a pane on the left; its requests
(select a weight, switch a view, pose a practice question) are carried out here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from core.checks.errors import BackpropStudioError
from core.files.lesson import bundled_lessons, read_lesson
from gui.practice.lesson_pane import LessonPane
from gui.practice.pane import PracticePane
from gui.window.actions import _action

COVER = QtCore.QCoreApplication.translate(
    "PracticeActions", "The derivation is hidden while you answer a practice question: it would give the "
    "answer away. It comes back when the question is done.")


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("PracticeActions", text)


class PracticeActions:
    """The "Your turn" action, the Practice and Lesson docks of `window` (a MainWindow)."""

    def __init__(self, window):
        self._w = window
        self.pane = PracticePane(window.studio)
        self.dock = QtWidgets.QDockWidget(_tr("Practice"), window)
        self.dock.setObjectName("practice")
        self.dock.setWidget(self.pane)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.lesson_pane = LessonPane(window.studio)
        self.lesson_dock = QtWidgets.QDockWidget(_tr("Lesson"), window)
        self.lesson_dock.setObjectName("lesson")
        self.lesson_dock.setWidget(self.lesson_pane)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, self.lesson_dock)
        self.lesson_dock.hide()
        self.your_turn = _action(window, _tr("Your turn"), "P", _tr(
            "Practice mode: on the next step you compute δ and Δw for one weight, and the app checks "
            "each number against the engine"), self.set_mode)
        self.your_turn.setCheckable(True)
        self.pane.round_started.connect(self._on_round_started)
        self.pane.round_finished.connect(self._on_round_finished)
        lp = self.lesson_pane
        lp.view_requested.connect(self._on_view_requested)
        lp.weight_requested.connect(self._on_weight_requested)
        lp.practice_requested.connect(self._on_practice_requested)
        self.pane.round_finished.connect(lp.practice_finished)
        window.graph_view.edge_selected.connect(self._on_edge_selected)

    def _show(self, dock, beside) -> None:
        """Show `dock` as a tab beside `beside` (tabified only when first shown: tabified hidden docks
        made a restored window wider than saved)."""
        if dock.isHidden() and beside is not None and beside.isVisible() and not self._w.tabifiedDockWidgets(dock):
            self._w.tabifyDockWidget(beside, dock)
        dock.show()
        dock.raise_()

    # ---- practice ----
    def set_mode(self, on: bool) -> None:
        """Practice mode on (a question on the next sample) or off (the open question withdrawn)."""
        if self.your_turn.isChecked() != on:
            self.your_turn.setChecked(on)
        if on:
            self._show(self.dock, self._w.learn_dock)
            self.pane.start()
        else:
            self.pane.cancel()

    def step_requested(self) -> None:
        """Step sample (→): in Practice mode, the next question; otherwise one sample trained."""
        if self.your_turn.isChecked():
            self.pane.start()
        else:
            self._w.studio.step_sample()

    def _on_round_started(self, l: int, to: int, frm: int) -> None:
        w = self._w
        w.graph_view.select(edge=(l, to, frm))
        w.learn_panel.inspector.set_cover(COVER)
        self._lock(True)

    def _on_round_finished(self) -> None:
        self._w.learn_panel.inspector.set_cover("")
        self._lock(False)

    def _lock(self, locked: bool) -> None:
        t = self._w.training_actions
        for a in (t.play, t.step_sample, t.step_epoch):
            a.setEnabled(not locked)

    def _on_edge_selected(self, l: int, to: int, frm: int) -> None:
        if self.your_turn.isChecked():
            self.pane.prefer_weight(l, to, frm)

    # ---- lessons ----
    def open_lesson_dialog(self) -> None:
        folder = str(bundled_lessons()[0].parent) if bundled_lessons() else str(Path.home())
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self._w, _tr("Open a lesson"), folder,
                                                        _tr("Lessons (*.json);;All (*)"))
        if path:
            self.open_lesson(path)

    def open_lesson(self, path) -> bool:
        """Read, check and run the lesson at `path`; a bad file is one plain sentence, nothing changed."""
        try:
            lesson = read_lesson(path)
        except BackpropStudioError as exc:
            self._w.report_problem(_tr("Could not open the lesson"), str(exc))
            return False
        self.your_turn.setChecked(False)
        self.pane.cancel()
        if not self.lesson_pane.open(lesson):
            return False
        self._show(self.lesson_dock, self._w.findChild(QtWidgets.QDockWidget, "controls"))
        start = (_tr("the lesson's own initial weights") if lesson.weights is not None else
                 _tr("initial weights from seed {seed}").format(seed=lesson.experiment["init"]["seed"]))
        self._w.statusBar().showMessage(_tr("Lesson “{title}” opened: {n} steps, {start}.").format(
            title=lesson.title, n=len(lesson.steps), start=start), 10000)
        return True

    def _on_view_requested(self, view: str) -> None:
        teach, w = self._w.teaching_actions, self._w
        if view in ("backprop", "weights_view"):
            if teach.backprop.isChecked() != (view == "backprop"):
                teach.backprop.trigger()
        else:
            w.learn_dock.show()
            w.learn_dock.raise_()
            w.learn_panel.show_tab(view)

    def _on_weight_requested(self, l: int, to: int, frm: int) -> None:
        w = self._w
        w.graph_view.select(edge=(l, to, frm))
        w.learn_panel.show_edge(l, to, frm)
        self.pane.prefer_weight(l, to, frm)

    def _on_practice_requested(self, weight, apply_step: bool) -> None:
        if not self.your_turn.isChecked():
            self.your_turn.setChecked(True)  # the action's slot is triggered, not toggled: no question yet
        self._show(self.dock, self._w.learn_dock)
        self.pane.start(weight, apply_step)


def lesson_menu_actions(menu: QtWidgets.QMenu, practice: PracticeActions) -> dict[str, QtGui.QAction]:
    """File ▸ Open Lesson… and File ▸ Lessons ▸ (the bundled ones)."""
    acts = {"open_lesson": menu.addAction(_tr("Open Lesson…"))}
    acts["open_lesson"].setStatusTip(_tr("Run a lesson file step by step in a pane beside the network"))
    acts["open_lesson"].triggered.connect(practice.open_lesson_dialog)
    sub = menu.addMenu(_tr("Lessons"))
    for n, path in enumerate(bundled_lessons(), 1):
        try:
            title = read_lesson(path).title
        except BackpropStudioError:
            continue
        a = sub.addAction(f"{n}. {title}")
        a.triggered.connect(lambda _=False, p=path: practice.open_lesson(p))
        acts[f"lesson_{n}"] = a
    return acts
