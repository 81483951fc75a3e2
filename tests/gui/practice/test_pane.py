"""Practice mode in the real window: a scripted student answers right (the step is then applied as
the engine computes it), answers with each common mistake (the hint names it), and the record is
exported. Mistaken answers are computed here by hand from the sample's forward values."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6 import QtCore

from core.studio.sample_trace import trace_next
from core.teaching.practice import Mistake
from gui.practice.question_text import parse_number
from tests.gui.conftest import frame_after


def _pose(qtbot, window, weight, apply_step=True):
    pane = window.practice.pane
    window.practice.your_turn.setChecked(True)
    pane.start(weight, apply_step)
    qtbot.waitUntil(lambda: pane.round is not None and not pane.round.done
                    and window.practice.pane._weight == weight, timeout=5000)
    return pane


def _forward(window):
    """The next sample's values, traced independently of the pane (what the graph shows)."""
    ds = window.studio.dataset
    return trace_next(window.studio.frame, ds.X_train, ds.T_train)


def test_parse_number_reads_what_students_type():
    """Unicode minus, exponent and decimal comma read; words do not."""
    assert parse_number("−0.0411") == -0.0411 and parse_number("-4.11e-2") == -0.0411
    assert parse_number("0,5") == 0.5 and parse_number("abc") is None and parse_number("nan") is None


def test_student_answering_right_then_the_engine_applies_the_step(qtbot, window):
    """δ_k and Δw_kj typed to 4 digits are right; the step then changes w_kj by exactly the key."""
    before = window.studio.frame.snapshot.params.copy()
    tr = _forward(window)
    h, o, t = tr.activations[1], tr.activations[2], tr.t
    d_k = (t[0] - o[0]) * o[0] * (1 - o[0])  # the seed's δ_k, by hand
    pane = _pose(qtbot, window, (1, 0, 1))
    assert not window.training_actions.play.isEnabled()
    assert "hidden while you answer" in window.learn_panel.inspector.html()
    assert pane.round.current.key == pytest.approx(d_k, rel=1e-12)
    pane.submit(f"{d_k:.4g}".replace("-", "−"))
    assert "Right" in pane.feedback.text()
    key = pane.round.current.key
    assert key == pytest.approx(0.5 * d_k * h[1], rel=1e-12)
    pane.submit(f"{key:.4g}")
    frame = frame_after(qtbot, window.studio, lambda f: f.trace is not None and f.snapshot.samples_seen == 1)
    change = frame.snapshot.params - before
    assert np.count_nonzero(np.isclose(change, key, rtol=0, atol=1e-15)) >= 1
    assert frame.trace.dW[1][0, 1] == key
    assert "Step applied" in pane.question.text()
    assert window.training_actions.play.isEnabled()
    assert "hidden while you answer" not in window.learn_panel.inspector.html()
    assert "2 right first time" in pane.score.text()


def _mistakes_by_hand(tr, weight):
    """{Mistake: (question index, the wrong number)} for the seed's 2-2-1 net."""
    x, (h, o), (net_j, net_k), t, a = tr.x, tr.activations[1:], tr.nets, tr.t, tr.alpha
    W1 = tr.weights_before[1]
    d_k = (t - o) * o * (1 - o)
    if weight[0] == 1:
        j = weight[2]
        return {Mistake.MISSING_DERIVATIVE: (0, t[0] - o[0]),
                Mistake.WRONG_SIGN: (0, (o[0] - t[0]) * o[0] * (1 - o[0])),
                Mistake.NET_FOR_OUTPUT: (0, (t[0] - o[0]) * net_k[0] * (1 - net_k[0])),
                Mistake.FORGOT_ALPHA: (1, d_k[0] * h[j])}
    j, i = weight[1], weight[2]
    W_new = W1 + a * np.outer(d_k, h)
    return {Mistake.UPDATED_WEIGHT: (0, W_new[:, j] @ d_k),
            Mistake.MISSING_DERIVATIVE: (1, W1[:, j] @ d_k),
            Mistake.NET_FOR_OUTPUT: (1, net_j[j] * (1 - net_j[j]) * (W1[:, j] @ d_k)),
            Mistake.FORGOT_ALPHA: (2, h[j] * (1 - h[j]) * (W1[:, j] @ d_k) * x[i])}


@pytest.mark.parametrize("mistake", list(Mistake))
def test_each_common_mistake_gets_a_hint_naming_it(qtbot, window, mistake):
    """A wrong answer made with `mistake` names it; a second wrong answer shows the worked solution."""
    window.studio.step_sample()  # x = (0, 1): a hidden weight from x₂ carries a signal
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 1)
    for weight in ((1, 0, 1), (0, 1, 1)):
        mistakes = _mistakes_by_hand(_forward(window), weight)
        if mistake not in mistakes:
            continue
        index, value = mistakes[mistake]
        pane = _pose(qtbot, window, weight, apply_step=False)
        for _ in range(index):
            pane.submit(repr(pane.round.current.key))
        q = pane.round.current
        pane.submit(f"{value:.4g}")
        assert f"Not quite ({mistake.value})" in pane.feedback.text(), pane.feedback.text()
        assert "Try again" in pane.feedback.text() and pane.round.current is q
        pane.submit("12345")  # out of tries: the worked solution, as the inspector shows it
        assert "worked solution" in pane.feedback.text()
        assert "Δw" in pane.solution.toPlainText() or "δ" in pane.solution.toPlainText()
        assert pane.continue_button.isVisibleTo(pane) or pane.round.done
        assert pane.record.entries[-1].hints[0] == mistake.value
        pane.round = None
        return
    pytest.fail(f"no question for {mistake}")


def test_step_in_practice_mode_asks_instead_of_training(qtbot, window):
    """P turns the mode on and asks; Show solution then Continue; → asks the next question."""
    window.activateWindow()
    qtbot.keyClick(window.graph_view, QtCore.Qt.Key.Key_P)
    pane = window.practice.pane
    qtbot.waitUntil(lambda: pane.round is not None, timeout=5000)
    assert window.practice.your_turn.isChecked() and window.practice.dock.isVisible()
    while not pane.round.done:
        pane.solution_button.click()
        if pane.continue_button.isVisibleTo(pane):
            pane.continue_button.click()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 1)
    qtbot.waitUntil(lambda: window.training_actions.step_sample.isEnabled())
    first = pane.round
    window.training_actions.step_sample.trigger()
    qtbot.waitUntil(lambda: pane.round is not first and pane.round is not None)
    assert window.studio.frame.snapshot.samples_seen == 1  # asked, not trained
    assert "solution shown" in pane.score.text()


def test_clicking_a_weight_asks_about_it_and_editing_one_withdraws(qtbot, window):
    """A weight clicked before any answer becomes the question's; a weight edit withdraws it."""
    pane = _pose(qtbot, window, (1, 0, 0))
    window.graph_view.edge_selected.emit(0, 1, -1)
    assert pane._weight == (0, 1, -1) and pane.round.current.symbol.plain == "Σₖ wₖ₂ δₖ"
    window.studio.edit_weight(1, 0, 0, 0.25)
    qtbot.waitUntil(lambda: pane.round is None, timeout=5000)
    assert "withdrawn" in pane.header.text()
    assert window.training_actions.play.isEnabled()


def test_record_is_exported_with_a_name(qtbot, window, tmp_path):
    """Export record: JSON with the name typed and each answered question."""
    pane = _pose(qtbot, window, (1, 0, -1))
    pane.submit("0.5")
    pane.submit(repr(pane.round.current.key))
    pane.name.setText("Grace")
    pane.export_record(str(tmp_path / "rec.json"))
    doc = json.loads((tmp_path / "rec.json").read_text(encoding="utf-8"))
    assert doc["name"] == "Grace" and doc["questions"][0]["outcome"] == "right after a hint"
