"""The three bundled lessons played start to finish in the real window: a scripted student answers
every practice question, each step's actions run and its check holds before Next."""

from __future__ import annotations

import json

import numpy as np

from core.files.lesson import bundled_lessons, read_lesson
from core.studio.frame import FrameEvent
from tests.gui.conftest import frame_after


def _play(qtbot, window, path, timeout=60_000):
    """Open the lesson and press Next until it ends, answering questions with the engine's key."""
    practice, lp = window.practice, window.practice.lesson_pane
    assert practice.open_lesson(path)
    assert window.practice.lesson_dock.isVisible()
    steps = len(lp.lesson.steps)
    seen = []
    while lp.index < steps:
        def ready():
            r = practice.pane.round
            return lp.next_button.isEnabled() or (r is not None and not r.done)
        qtbot.waitUntil(ready, timeout=timeout)
        r = practice.pane.round
        if r is not None and not r.done:
            seen.append(practice.pane._weight)
            while not r.done:
                practice.pane.submit(f"{r.current.key:.5g}")
            continue
        seen.append(lp.index)
        lp.next_button.click()
    assert "End of the lesson" in lp.text.text() and not lp.next_button.isEnabled()
    return seen


def test_seed_lesson_four_updates_by_hand(qtbot, window):
    """Lesson 1: the lesson's weights are set, four questions on sample x = (1, 1), then one step."""
    path = bundled_lessons()[0]
    lesson = read_lesson(path)
    practice = window.practice
    assert practice.open_lesson(path)
    want = np.concatenate([np.append(W.ravel(), b) for W, b in lesson.weights])
    frame = frame_after(qtbot, window.studio, lambda f: f.snapshot.params.size == want.size
                        and np.allclose(np.sort(f.snapshot.params), np.sort(want)))
    assert frame.snapshot.samples_seen == 0
    seen = _play(qtbot, window, path)
    assert [w for w in seen if isinstance(w, tuple)] == [(1, 0, 0), (1, 0, -1), (0, 0, 0), (0, 0, -1)]
    assert [e.sample for e in practice.pane.record.entries] == [4] * 10  # x = (1, 1): 2 + 2 + 3 + 3 questions
    assert all(e.outcome.value == "right first time" for e in practice.pane.record.entries)
    frame = frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 1)
    assert window.graph_view.selected_edge() == (1, 0, 0)


def test_chain_rule_lesson(qtbot, window):
    """Lesson 2: backprop view on, a hidden-weight question, three steps, then a run to E < 0.01."""
    _play(qtbot, window, bundled_lessons()[1])
    assert window.teaching_actions.backprop.isChecked()
    frame = window.studio.frame
    assert frame.snapshot.last_epoch_E < 0.01 and frame.snapshot.samples_seen > 4
    kinds = [e.quantity for e in window.practice.pane.record.entries]
    assert kinds == ["Σₖ wₖ₂ δₖ", "δ₂", "Δw₂₁"]
    assert window.studio.stop_rule.target_E is None  # the user's stop rule is back


def test_learning_rate_lesson_keeps_three_runs(qtbot, window):
    """Lesson 3: α 0.05 stays on the plateau, 0.5 learns, 100 saturates; the plot keeps the runs."""
    _play(qtbot, window, bundled_lessons()[2])
    assert window.studio.experiment.hp.alpha == 100
    labels = [r.label for r in window.studio.old_runs.runs]
    assert len(labels) == 2 and "0.05" in labels[0] and "0.5" in labels[1], labels
    assert window.studio.frame.snapshot.last_epoch_E > 0.2


def test_back_shows_text_only_and_an_unmet_check_holds_next(qtbot, window, tmp_path):
    """A check that does not hold keeps Next disabled and says why; Back does not repeat actions."""
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({
        "format": "backprop-studio-lesson", "version": 1, "title": "Mine",
        "experiment": {"data": {"name": "xor"}},
        "steps": [{"text": "One.", "action": {"do": "step", "samples": 2}},
                  {"text": "Two.", "check": {"E_below": 1e-9}}]}), encoding="utf-8")
    lp = window.practice.lesson_pane
    assert window.practice.open_lesson(path)
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 2)
    qtbot.waitUntil(lambda: lp.next_button.isEnabled())
    lp.next()
    qtbot.waitUntil(lambda: "Not yet: E < 1e-09" in lp.status.text())
    assert not lp.next_button.isEnabled() and "Two." in lp.text.text()
    lp.back()
    assert "One." in lp.text.text() and "Step 1 of 2" in lp.text.text()
    # a command queued after Back is answered after anything Back might have sent: no more samples
    seen = []
    window.studio.frame_received.connect(seen.append)
    window.studio.set_hyperparams(window.studio.experiment.hp)
    qtbot.waitUntil(lambda: any(f.event is FrameEvent.CHANGED for f in seen))
    assert window.studio.frame.snapshot.samples_seen == 2
